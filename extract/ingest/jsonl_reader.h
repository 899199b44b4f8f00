#pragma once
#include <istream>
#include <string>

#include "extract/ingest/read_result.h"

namespace pejabat {

// JSON Lines: one article per line with `id`, `title`, `text` and optional `url`,
// `date` (publication date) and `outlet`. A bad record is reported with its line
// number and skipped; the rest of the file is still read.
class JsonlReader {
 public:
  static constexpr std::size_t kMaxRecordBytes = 16u << 20;  // 16 MiB per line

  JsonlReader(std::istream& in, std::string where) : in_(in), where_(std::move(where)) {}
  // Reads the next record; false at end of input. Issues go to `issues`.
  bool Next(RawArticle& article, std::vector<InputIssue>& issues);

 private:
  std::istream& in_;
  std::string where_;
  std::size_t line_ = 0;
};

ReadResult ParseJsonlRecord(std::string_view line, const std::string& where);

}  // namespace pejabat
