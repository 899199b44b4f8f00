#pragma once
#include <string>
#include <string_view>

namespace pejabat {

// Turns the bytes of an input into UTF-8 text: strips a UTF-8 BOM, converts
// UTF-16 (with BOM), treats text that is not valid UTF-8 as Windows-1252 when
// that explains it, and otherwise replaces invalid bytes with U+FFFD. NUL bytes
// are dropped. `warning` says what was done, empty when nothing was needed.
struct DecodedText {
  std::string text;
  std::string warning;
};

DecodedText DecodeToUtf8(std::string_view bytes);

// True when the bytes look like a binary file rather than text.
bool LooksBinary(std::string_view bytes);

}  // namespace pejabat
