#include "export/dot_escape.h"

#include <cstdint>

#include "export/utf8.h"
#include "export/xml_escape.h"

namespace pejabat {

std::string DotEscString(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  ForEachCodePoint(
      text,
      [&](uint32_t cp, std::string_view bytes) {
        if (cp == '\\') out += "\\\\";
        else if (cp == '\n') out += "\\n";
        else if (cp == '\t') out += ' ';
        else if (cp >= 0x20 && cp != 0x7F) out.append(bytes);
        // other control characters are dropped: renderers choke on them
      },
      [&](unsigned char) { out.append(kReplacementCharacter); });
  return out;
}

std::string DotQuote(std::string_view value) {
  std::string out = "\"";
  out.reserve(value.size() + 2);
  for (char c : value) {
    if (c == '"') out += "\\\"";
    else out += c;
  }
  out += '"';
  return out;
}

std::string DotHtmlText(std::string_view text) {
  std::string plain;  // a CR would survive as a character reference
  plain.reserve(text.size());
  for (char c : text)
    if (c != '\r') plain += c;
  std::string escaped = XmlEscape(plain);
  std::string out;
  out.reserve(escaped.size());
  for (char c : escaped) {
    if (c == '\n') out += "<BR/>";
    else if (c == '\t') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace pejabat
