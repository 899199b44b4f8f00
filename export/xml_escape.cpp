#include "export/xml_escape.h"

#include <cstdint>

#include "export/utf8.h"

namespace pejabat {
namespace {

bool AllowedInXml(uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

std::string Escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size() + 16);
  ForEachCodePoint(
      text,
      [&](uint32_t cp, std::string_view bytes) {
        if (!AllowedInXml(cp)) return;
        switch (cp) {
          case '<': out += "&lt;"; break;
          case '>': out += "&gt;"; break;
          case '&': out += "&amp;"; break;
          case '"': out += "&quot;"; break;
          case '\'': out += "&apos;"; break;
          case '\r': out += "&#13;"; break;  // a raw CR would be normalized away by readers
          case '\n': out += attribute ? "&#10;" : "\n"; break;
          case '\t': out += attribute ? "&#9;" : "\t"; break;
          default: out.append(bytes);
        }
      },
      // an invalid byte is replaced, never passed through
      [&](unsigned char) { out.append(kReplacementCharacter); });
  return out;
}

}  // namespace

std::string XmlEscape(std::string_view text) { return Escape(text, false); }

std::string XmlEscapeAttribute(std::string_view text) { return Escape(text, true); }

}  // namespace pejabat
