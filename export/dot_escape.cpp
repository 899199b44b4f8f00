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

namespace {

// `value` as a DOT double-quoted string, handed to emit(std::string_view) in pieces.
template <typename Emit>
void Quote(std::string_view value, Emit&& emit) {
  emit("\"");
  std::size_t run = 0;
  for (std::size_t quote = value.find('"'); quote != std::string_view::npos; quote = value.find('"', run)) {
    emit(value.substr(run, quote - run));
    emit("\\\"");
    run = quote + 1;
  }
  emit(value.substr(run));
  emit("\"");
}

}  // namespace

std::string DotQuote(std::string_view value) {
  std::string out;
  out.reserve(value.size() + 2);
  Quote(value, [&](std::string_view piece) { out.append(piece); });
  return out;
}

void AppendDotQuoted(OutputBuffer& out, std::string_view value) {
  Quote(value, [&](std::string_view piece) { out.Append(piece); });
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
