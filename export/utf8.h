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

// `text` with every invalid byte replaced by U+FFFD: JSON and XML readers
// reject a whole file for one bad byte.
std::string SanitizeUtf8(std::string_view text);

}  // namespace pejabat
