#pragma once
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ingest/input_limits.h"
#include "extract/ingest/read_result.h"
#include "extract/ingest/text_decoder.h"

namespace pejabat {

// One line of a JSON Lines file as read, not yet decoded or parsed. Reading
// lines is cheap and must happen in file order; parsing them is not, and can
// happen anywhere (the pipeline's workers do it), so the two are apart.
struct JsonlLine {
  std::string bytes;  // in the file's encoding, without the line feed
  std::string where;  // "feed.jsonl:12"
  SourceEncoding encoding = SourceEncoding::Utf8;
  bool too_long = false;  // over kMaxRecordBytes: bytes is empty, the line is reported
};

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
  // Reads and parses the next record; false at end of input. Issues go to `issues`.
  bool Next(RawArticle& article, std::vector<InputIssue>& issues);
  // Reads the next line (blank ones too: parsing skips them); false at end of input. Issues with
  // the file as a whole (binary, not UTF-8) go to `issues`.
  bool NextLine(JsonlLine& line, std::vector<InputIssue>& issues);
  // Bytes of input consumed so far (for progress).
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool Start(std::vector<InputIssue>& issues);
  bool Fill();
  int Get();
  bool ReadLine(std::string& line, bool& too_long);
  bool ReadUtf8Line(std::string& line, bool& too_long);

  std::streambuf& in_;
  std::string where_;
  std::string_view Buffered() const { return {buffer_.get(), size_}; }

  // Read ahead in large blocks: a byte at a time through the streambuf is slow.
  // Not a string: resizing one to read into clears the block first.
  std::unique_ptr<char[]> buffer_;
  std::size_t size_ = 0, capacity_ = 0;
  std::size_t pos_ = 0;
  std::uint64_t bytes_read_ = 0;
  bool started_ = false;
  bool stopped_ = false;
  SourceEncoding encoding_ = SourceEncoding::Utf8;
  std::size_t unit_ = 1;  // bytes per code unit
  std::size_t line_ = 0;
};

// Decodes and parses one line read by NextLine: its record, or its issues.
ReadResult ParseJsonlLine(const JsonlLine& line);
// The same for a line the caller gives up: parsed in its own bytes, not a copy.
ReadResult ParseJsonlLine(JsonlLine&& line);
// One record from UTF-8 (or repairable) bytes; `where` names it in issues.
ReadResult ParseJsonlRecord(std::string_view line, const std::string& where);

}  // namespace pejabat
