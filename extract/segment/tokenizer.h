#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extract/segment/token.h"

namespace pejabat {

// Splits text into tokens with byte offsets. Words keep internal hyphens,
// apostrophes and dots ("Kemenpan-RB", "Jum'at", "M.Si", "S.IP"); numbers keep
// internal separators ("14/11/2018", "80,23"). Curly and straight quotation
// marks and dashes are tokens of their own. Every newline starts a paragraph.
std::vector<Token> Tokenize(std::string_view text);
// The same for a std::string, whose NUL ends the word scan: no copy, and no
// bound test per byte.
std::vector<Token> Tokenize(const std::string& text);

}  // namespace pejabat
