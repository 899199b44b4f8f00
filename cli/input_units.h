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

// Cuts the input files, in the order given, into units: each .txt or .html
// file whole, each JSON Lines file in batches of lines of at most
// `batch_records` lines or `batch_bytes` bytes. Only line ends are found here;
// decoding and parsing are left to whoever extracts the unit, so that reading
// is never the slow part. Not thread-safe: the pipeline's workers take turns.
class InputUnits {
 public:
  InputUnits(const std::vector<InputFile>& files, const std::vector<std::string>& roots, std::size_t batch_records,
             std::size_t batch_bytes);
  ~InputUnits();

  // The next unit; false after the last.
  bool Next(InputUnit& unit);

 private:
  bool NextLines(InputUnit& unit);
  void ReadWholeFile(const InputFile& file, InputUnit& unit);

  const std::vector<InputFile>& files_;
  std::vector<std::string> folders_;  // the roots that are folders, for the articles' `source`
  const std::size_t batch_records_, batch_bytes_;
  std::size_t next_file_ = 0;
  // The JSON Lines file being read, if any.
  std::unique_ptr<std::ifstream> stream_;
  std::unique_ptr<JsonlReader> jsonl_;
  std::unique_ptr<InputPrefetch> prefetch_;  // the file read ahead of jsonl_
  bool jsonl_first_ = false;
  std::uint64_t reported_ = 0;  // of jsonl_->bytes_read(), counted in units so far
};

}  // namespace pejabat
