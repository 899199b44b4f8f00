#pragma once
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ingest/input_limits.h"
#include "extract/ingest/read_result.h"
#include "extract/ingest/text_decoder.h"

namespace pejabat {

// JSON Lines: one article per line with `id` (string or integer), `text` and
// optional `title`, `url`, `date` (publication date) and `outlet`. A bad record
// is reported with its line number ("feed.jsonl:12: reason") and skipped; the
// rest of the file is still read. The file's encoding is found once from its
// first bytes (UTF-8, or UTF-16/32 with or without a byte order mark); a binary
// file is refused as a whole. A record over kMaxRecordBytes is skipped without
// being held in memory; JSON nesting is parsed iteratively, so depth cannot
// exhaust the stack.
class JsonlReader {
 public:
  static constexpr std::size_t kMaxRecordBytes = kMaxArticleBytes;

  JsonlReader(std::istream& in, std::string where) : in_(*in.rdbuf()), where_(std::move(where)) {}
  // Reads the next record; false at end of input. Issues go to `issues`.
  bool Next(RawArticle& article, std::vector<InputIssue>& issues);

 private:
  bool Start(std::vector<InputIssue>& issues);
  int Get();
  bool ReadLine(std::string& line, bool& too_long);

  std::streambuf& in_;
  std::string where_;
  std::string head_;  // the first bytes, read ahead to find the encoding
  std::size_t head_pos_ = 0;
  bool started_ = false;
  bool stopped_ = false;
  SourceEncoding encoding_ = SourceEncoding::Utf8;
  std::size_t unit_ = 1;  // bytes per code unit
  std::size_t line_ = 0;
};

// One record from UTF-8 (or repairable) bytes; `where` names it in issues.
ReadResult ParseJsonlRecord(std::string_view line, const std::string& where);

}  // namespace pejabat
