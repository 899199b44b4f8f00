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
  // Most texts are short enough and valid: kept as they are, without a piece per code point.
  std::size_t count = 0;
  bool valid = true;
  ForEachCodePoint(
      text, [&](uint32_t, std::string_view) { ++count; },
      [&](unsigned char) {
        ++count;
        valid = false;
      });
  if (count <= max_chars) return valid ? std::string(text) : SanitizeUtf8(text);
  auto cps = CodePoints(text);
  std::string out;
  std::size_t keep = max_chars > 0 ? max_chars - 1 : 0;
  while (keep > 0 && IsSpace(cps[keep - 1])) --keep;  // no "word …"
  for (std::size_t i = 0; i < keep; ++i) out.append(cps[i]);
  out += "\xE2\x80\xA6";
  return out;
}

}  // namespace pejabat
