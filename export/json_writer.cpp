#include "export/json_writer.h"

#include <algorithm>
#include <array>

#include "export/byte_scan.h"
#include "export/utf8.h"

namespace pejabat {
namespace {

// RapidJSON's escapes for the bytes below 0x80: 0 (none), the letter after
// the backslash, or 'u' for \u00XX.
constexpr std::array<char, 128> MakeEscapes() {
  std::array<char, 128> e{};
  for (int c = 0; c < 0x20; ++c) e[c] = 'u';
  e['\b'] = 'b';
  e['\t'] = 't';
  e['\n'] = 'n';
  e['\f'] = 'f';
  e['\r'] = 'r';
  e['"'] = '"';
  e['\\'] = '\\';
  return e;
}

constexpr std::array<char, 128> kEscapes = MakeEscapes();

// ",\n" and the deepest indent we expect; deeper levels add spaces piecewise.
constexpr std::string_view kBreak =
    ",\n                                                                ";
constexpr std::size_t kMaxIndent = kBreak.size() - 2;

}  // namespace

void JsonWriter::PrefixOnLines() {
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (level.array || level.values % 2 == 0) {  // an element, or a key
    LineBreak(level.values > 0);
  } else {
    out_.Append(": ");
  }
  ++level.values;
}

void JsonWriter::Close(char bracket) {
  const bool broken = levels_.back().values > 0 && !Compact();
  levels_.pop_back();
  if (broken) LineBreak(false);
  out_.Append(bracket);
}

void JsonWriter::LineBreak(bool comma) {
  std::size_t indent = levels_.size();
  std::size_t first = std::min(indent, kMaxIndent);
  out_.Append(kBreak.substr(comma ? 0 : 1, (comma ? 2 : 1) + first));
  for (indent -= first; indent > 0; indent -= std::min(indent, kMaxIndent))
    out_.Append(kBreak.substr(2, std::min(indent, kMaxIndent)));
}

void JsonWriter::WriteString(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out_.Append('"');
  const char* p = text.data();
  const char* end = p + text.size();
  const char* run = p;
  auto flush = [&](const char* at) {
    if (at > run) out_.Append(std::string_view(run, static_cast<std::size_t>(at - run)));
  };
  while (p < end) {
    p = ByteScan::SkipPlain<'"', '\\'>(p, end);  // plain ASCII goes as it is
    if (p == end) break;
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      if (char e = kEscapes[c]) {
        flush(p);
        char escaped[6] = {'\\', e, '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out_.Append(std::string_view(escaped, e == 'u' ? 6 : 2));
        run = p + 1;
      }
      ++p;
      continue;
    }
    uint32_t cp = 0;
    std::size_t n = DecodeUtf8(text, static_cast<std::size_t>(p - text.data()), cp);
    if (n == 0) {  // JSON readers reject a whole file for one invalid byte
      flush(p);
      out_.Append(kReplacementCharacter);
      run = p + 1;
      n = 1;
    }
    p += n;
  }
  flush(end);
  out_.Append('"');
}

}  // namespace pejabat
