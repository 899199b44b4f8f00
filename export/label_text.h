#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace pejabat {

// Picture labels: long names are wrapped and long texts shortened, counting
// code points (not bytes) so that non-Latin names are measured right.

// Breaks `text` into lines of at most `width` code points at spaces (a word
// longer than that gets a line of its own); existing newlines become spaces.
std::string WrapText(std::string_view text, std::size_t width);

// The first `max_chars` code points of `text`, ending in "…" when cut.
std::string ShortenText(std::string_view text, std::size_t max_chars);

}  // namespace pejabat
