#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace pejabat {

// What the bytes of an input turned out to be.
enum class SourceEncoding { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252 };

// Turns the bytes of an input into UTF-8 text that every later stage can trust:
// - a UTF-8 byte order mark is stripped;
// - UTF-16 and UTF-32 with a byte order mark, and UTF-16 without one (found by
//   its pattern of NUL bytes), are converted;
// - text that is not valid UTF-8 but is explained by Windows-1252 is converted
//   from it; otherwise each invalid byte becomes U+FFFD (never dropped);
// - NUL bytes are removed, other C0 control characters become spaces, and form
//   and vertical feeds become line breaks (XML cannot carry them).
// `warning` says what was done in one phrase, empty when nothing was needed;
// the counts say the same for tests and callers that want numbers.
struct DecodedText {
  std::string text;
  std::string warning;
  SourceEncoding encoding = SourceEncoding::Utf8;
  bool had_bom = false;
  std::size_t replaced = 0;  // invalid bytes or code units replaced with U+FFFD
  std::size_t nuls_removed = 0;
  std::size_t controls_replaced = 0;
};

DecodedText DecodeToUtf8(std::string_view bytes);

// Decodes bytes already known to be in `encoding` (no sniffing, no byte order
// mark expected): the JSON Lines reader finds a file's encoding once and then
// decodes record by record. Utf8 still repairs (or converts from Windows-1252).
DecodedText DecodeAs(std::string_view bytes, SourceEncoding encoding);

// DecodeAs for bytes the caller gives up: text that needs no change (valid
// UTF-8 without a control character to clean: most JSON Lines records) is
// moved into the result, found so in one pass, instead of copied and cleaned.
DecodedText DecodeOwnedAs(std::string&& bytes, SourceEncoding encoding);

// The control-character clean-up of DecodeToUtf8 on its own, for text decoded
// elsewhere (JSON strings, whose escapes can spell any control character).
// Returns how many characters were removed or replaced.
std::size_t CleanControlCharacters(std::string& text);

}  // namespace pejabat
