#include "export/xml_escape.h"

#include <array>
#include <cstdint>

#include "export/byte_scan.h"
#include "export/utf8.h"

namespace pejabat {
namespace {

// What an ASCII byte becomes: itself (nullptr), a reference, or nothing ("")
// for the C0 controls XML 1.0 forbids. Bytes from 0x80 up are UTF-8 and are
// checked as code points.
using Replacements = std::array<const char*, 128>;

constexpr Replacements MakeReplacements(bool attribute) {
  Replacements r{};
  for (int c = 0; c < 0x20; ++c) r[c] = "";
  r['\t'] = attribute ? "&#9;" : nullptr;
  r['\n'] = attribute ? "&#10;" : nullptr;
  r['\r'] = "&#13;";  // a raw CR would be normalized away by readers
  r['<'] = "&lt;";
  r['>'] = "&gt;";
  r['&'] = "&amp;";
  r['"'] = "&quot;";
  r['\''] = "&apos;";
  return r;
}

constexpr Replacements kContent = MakeReplacements(false);
constexpr Replacements kAttribute = MakeReplacements(true);

// Hands `text`, escaped, to emit(std::string_view) as long unchanged runs
// between the pieces that change: most values need no escaping at all and
// go out in one piece.
template <typename Emit>
void Escape(std::string_view text, const Replacements& replacements, Emit&& emit) {
  const char* p = text.data();
  const char* end = p + text.size();
  const char* run = p;
  auto replace = [&](const char* at, std::size_t length, std::string_view with) {
    if (at > run) emit(std::string_view(run, static_cast<std::size_t>(at - run)));
    if (!with.empty()) emit(with);
    run = at + length;
  };
  while (p < end) {
    p = ByteScan::SkipPlain<'<', '>', '&', '"', '\''>(p, end);  // plain ASCII goes as it is
    if (p == end) break;
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      if (const char* with = replacements[c]) replace(p, 1, with);
      ++p;
      continue;
    }
    uint32_t cp = 0;
    std::size_t n = DecodeUtf8(text, static_cast<std::size_t>(p - text.data()), cp);
    if (n == 0) {  // an invalid byte is replaced, never passed through
      replace(p, 1, kReplacementCharacter);
      ++p;
    } else {
      if (cp == 0xFFFE || cp == 0xFFFF) replace(p, n, "");
      p += n;
    }
  }
  if (end > run) emit(std::string_view(run, static_cast<std::size_t>(end - run)));
}

std::string EscapeToString(std::string_view text, const Replacements& replacements) {
  std::string out;
  out.reserve(text.size() + 16);
  Escape(text, replacements, [&](std::string_view piece) { out.append(piece); });
  return out;
}

}  // namespace

std::string XmlEscape(std::string_view text) { return EscapeToString(text, kContent); }

std::string XmlEscapeAttribute(std::string_view text) { return EscapeToString(text, kAttribute); }

void AppendXmlEscaped(OutputBuffer& out, std::string_view text) {
  Escape(text, kContent, [&](std::string_view piece) { out.Append(piece); });
}

void AppendXmlEscapedAttribute(OutputBuffer& out, std::string_view text) {
  Escape(text, kAttribute, [&](std::string_view piece) { out.Append(piece); });
}

}  // namespace pejabat
