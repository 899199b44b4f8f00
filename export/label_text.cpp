#include "export/label_text.h"

#include <vector>

#include "export/byte_scan.h"
#include "export/utf8.h"

namespace pejabat {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The length in code points of text[begin, end) (an invalid byte counts as
// one, for the U+FFFD written in its place), and whether all of it is valid.
std::size_t CodePointCount(std::string_view text, std::size_t begin, std::size_t end, bool& valid) {
  std::size_t count = 0;
  valid = true;
  for (std::size_t i = begin; i < end; ++count) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    uint32_t cp = 0;
    const std::size_t n = DecodeUtf8(text.substr(0, end), i, cp);
    valid = valid && n > 0;
    i += n > 0 ? n : 1;
  }
  return count;
}

bool IsSpace(std::string_view cp) { return cp.size() == 1 && IsSpaceByte(cp[0]); }

}  // namespace

// One pass over the bytes, each word appended where it is found: the DOT
// writer wraps a label for every node of the graph, and building a vector of
// code points and one of words for each was most of its time.
std::string WrapText(std::string_view text, std::size_t width) {
  std::string out;
  out.reserve(text.size());
  std::size_t line = 0;  // code points on the current line
  for (std::size_t i = 0; i < text.size();) {
    if (IsSpaceByte(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !IsSpaceByte(text[end])) ++end;
    bool valid = true;
    const std::size_t length = CodePointCount(text, i, end, valid);
    if (line > 0 && line + 1 + length > width) {
      out += '\n';
      line = 0;
    } else if (line > 0) {
      out += ' ';
      ++line;
    }
    const std::string_view word = text.substr(i, end - i);
    if (valid) out += word;
    else out += SanitizeUtf8(word);
    line += length;
    i = end;
  }
  return out;
}

std::string ShortenText(std::string_view text, std::size_t max_chars) {
  // Most texts are plain ASCII no longer than max_chars bytes: kept as they
  // are after one block scan (every node label and edge tooltip asks).
  if (text.size() <= max_chars && ByteScan::SkipPlain<>(text.data(), text.data() + text.size()) == text.data() + text.size())
    return std::string(text);
  // Count code points only as far as max_chars + 1: most texts are short
  // enough and valid, and are kept as they are.
  std::size_t count = 0, i = 0;
  bool valid = true;
  auto next = [&](std::size_t at, bool& ok) -> std::size_t {  // the length of the code point at `at`
    ok = true;
    if (static_cast<unsigned char>(text[at]) < 0x80) return 1;
    uint32_t cp = 0;
    std::size_t n = DecodeUtf8(text, at, cp);
    ok = n > 0;
    return ok ? n : 1;
  };
  for (bool ok = true; i < text.size() && count <= max_chars; ++count) {
    i += next(i, ok);
    valid = valid && ok;
  }
  if (count <= max_chars) return valid ? std::string(text) : SanitizeUtf8(text);
  // The first max_chars - 1 code points, no "word …", then the ellipsis.
  std::string out;
  i = 0;
  for (std::size_t k = 0, keep = max_chars > 0 ? max_chars - 1 : 0; k < keep; ++k) {
    bool ok = true;
    std::size_t n = next(i, ok);
    if (ok) out.append(text, i, n);
    else out.append(kReplacementCharacter);
    i += n;
  }
  while (!out.empty() && IsSpace(std::string_view(&out.back(), 1))) out.pop_back();
  out += "\xE2\x80\xA6";
  return out;
}

}  // namespace pejabat
