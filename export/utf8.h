#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pejabat {

// Decodes the UTF-8 sequence at text[i] into `code_point`; returns its length in
// bytes, or 0 when the bytes there are not valid UTF-8 (overlong, surrogate,
// truncated). Writers use it to never pass invalid bytes on to a reader.
std::size_t DecodeUtf8(std::string_view text, std::size_t i, uint32_t& code_point);

// Walks `text` code point by code point: on_code_point(cp, its bytes) for each
// valid sequence, on_invalid(byte) for each byte that starts none. The writers'
// escaping loops all have this shape and differ only in what they emit.
template <typename OnCodePoint, typename OnInvalid>
void ForEachCodePoint(std::string_view text, OnCodePoint on_code_point, OnInvalid on_invalid) {
  std::size_t i = 0;
  while (i < text.size()) {
    uint32_t cp = 0;
    std::size_t n = DecodeUtf8(text, i, cp);
    if (n == 0) {
      on_invalid(static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    on_code_point(cp, text.substr(i, n));
    i += n;
  }
}

// The UTF-8 of U+FFFD, written in place of an invalid byte.
inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// `text` with every invalid byte replaced by U+FFFD: JSON and XML readers
// reject a whole file for one bad byte.
std::string SanitizeUtf8(std::string_view text);

}  // namespace pejabat
