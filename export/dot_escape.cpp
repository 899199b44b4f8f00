#include "export/dot_escape.h"

#include <cstdint>

#include "export/byte_scan.h"
#include "export/utf8.h"
#include "export/xml_escape.h"

namespace pejabat {

std::string DotEscString(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t run = 0;  // unchanged text goes in runs
  auto replace = [&](std::size_t at, std::size_t length, std::string_view with) {
    out.append(text, run, at - run);
    out.append(with);
    run = at + length;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    // Plain ASCII goes as it is.
    i = static_cast<std::size_t>(ByteScan::SkipPlain<'\\', 0x7F>(text.data() + i, text.data() + text.size()) - text.data());
    if (i == text.size()) break;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      uint32_t cp = 0;
      std::size_t n = DecodeUtf8(text, i, cp);
      if (n == 0) replace(i, 1, kReplacementCharacter);  // an invalid byte is replaced, never passed through
      i += n ? n : 1;
      continue;
    }
    if (c == '\\') replace(i, 1, "\\\\");
    else if (c == '\n') replace(i, 1, "\\n");
    else if (c == '\t') replace(i, 1, " ");
    else if (c < 0x20 || c == 0x7F) replace(i, 1, "");  // other controls are dropped: renderers choke on them
    ++i;
  }
  out.append(text, run, std::string_view::npos);
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
