#pragma once
#include <cstdint>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "cli/input_walker.h"
#include "extract/ingest/input_prefetch.h"
#include "extract/ingest/jsonl_reader.h"

namespace pejabat {

// One unit of input, in input order: a file's bytes still to decode, or a
// batch of JSON Lines lines still to parse, with the problems met while
// reading them.
struct InputUnit {
  enum class Kind { Nothing, FileBytes, Lines };
  Kind kind = Kind::Nothing;
  bool new_file = false;            // the first unit of an input file (counted on delivery)
  std::vector<InputIssue> issues;   // reported before the unit's articles
  std::uint64_t input_bytes = 0;    // for the progress line
  InputFormat format = InputFormat::Text;
  std::string bytes, source, path;  // FileBytes
  std::vector<JsonlLine> lines;     // Lines, in file order
};

// How JSON Lines files are cut into batches.
struct BatchSizes {
  std::size_t records = 64;           // lines per batch, at most
  std::size_t bytes = 1024 * 1024;    // bytes of lines per batch, at most
  // Toward the end of a file a batch takes at most 1/tail_parts of the bytes
  // left in it (but not fewer than min_bytes), so that the last batches are
  // small and no worker is left alone with a large one; 0: no such limit.
  std::size_t tail_parts = 0;
  std::size_t min_bytes = 16 * 1024;
};

// Cuts the input files, in the order given, into units: each .txt or .html
// file whole, each JSON Lines file in batches of lines (BatchSizes). Only line
// ends are found here; decoding and parsing are left to whoever extracts the
// unit, so that reading is never the slow part. Not thread-safe: the
// pipeline's workers take turns.
class InputUnits {
 public:
  InputUnits(const std::vector<InputFile>& files, const std::vector<std::string>& roots, BatchSizes sizes);
  ~InputUnits();

  // The next unit, in place of what `unit` held; false after the last.
  bool Next(InputUnit& unit);

 private:
  bool NextLines(InputUnit& unit);
  void ReadWholeFile(const InputFile& file, InputUnit& unit);

  const std::vector<InputFile>& files_;
  std::vector<std::string> folders_;  // the roots that are folders, for the articles' `source`
  // The most bytes the next batch may take: sizes_.bytes, less toward the file's end.
  std::size_t BatchBytesNow() const;

  const BatchSizes sizes_;
  std::size_t next_file_ = 0;
  // The JSON Lines file being read, if any.
  std::unique_ptr<std::ifstream> stream_;
  std::unique_ptr<JsonlReader> jsonl_;
  std::unique_ptr<InputPrefetch> prefetch_;  // the file read ahead of jsonl_
  bool jsonl_first_ = false;
  std::uint64_t reported_ = 0;  // of jsonl_->bytes_read(), counted in units so far
  std::uint64_t file_bytes_ = 0;  // the size of the file being read; 0: unknown (standard input)
};

}  // namespace pejabat
