#include "export/label_text.h"

#include <vector>

#include "export/utf8.h"

namespace pejabat {
namespace {

// The code points of `text` as UTF-8 pieces; invalid bytes become U+FFFD.
std::vector<std::string_view> CodePoints(std::string_view text) {
  std::vector<std::string_view> out;
  ForEachCodePoint(
      text, [&](uint32_t, std::string_view bytes) { out.push_back(bytes); },
      [&](unsigned char) { out.push_back(kReplacementCharacter); });
  return out;
}

bool IsSpace(std::string_view cp) { return cp == " " || cp == "\n" || cp == "\t" || cp == "\r"; }

}  // namespace

std::string WrapText(std::string_view text, std::size_t width) {
  std::vector<std::string> words;
  std::vector<std::size_t> lengths;
  std::string word;
  std::size_t length = 0;
  for (std::string_view cp : CodePoints(text)) {
    if (IsSpace(cp)) {
      if (length) {
        words.push_back(std::move(word));
        lengths.push_back(length);
      }
      word.clear();
      length = 0;
    } else {
      word.append(cp);
      ++length;
    }
  }
  if (length) {
    words.push_back(std::move(word));
    lengths.push_back(length);
  }
  std::string out;
  std::size_t line = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (line > 0 && line + 1 + lengths[i] > width) {
      out += '\n';
      line = 0;
    } else if (line > 0) {
      out += ' ';
      ++line;
    }
    out += words[i];
    line += lengths[i];
  }
  return out;
}

std::string ShortenText(std::string_view text, std::size_t max_chars) {
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
