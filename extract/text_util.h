#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace pejabat {

// Small text helpers shared by every stage. Indonesian news is almost entirely
// ASCII letters; case folding and slugs therefore work on ASCII and leave other
// code points as they are.
std::string Trim(std::string_view s);
std::string_view TrimView(std::string_view s);  // Trim without a copy
std::string FoldCase(std::string_view s);             // ASCII lowercase
std::string CollapseSpaces(std::string_view s);       // runs of white space -> one space, trimmed
std::string Slug(std::string_view s);                 // "Benni Warlis" -> "benni-warlis"
bool IsValidUtf8(std::string_view s);
bool StartsWithUpper(std::string_view s);              // first byte is A-Z
bool IsAsciiAlpha(char c);
bool IsAsciiDigit(char c);
bool EqualsFolded(std::string_view a, std::string_view b);
std::vector<std::string> SplitWords(std::string_view s);  // on ASCII white space
std::string Join(const std::vector<std::string>& parts, std::string_view separator);
// "pemerintah kota padang" -> "Pemerintah Kota Padang"; keeps all-caps words.
std::string TitleCase(std::string_view s);

}  // namespace pejabat
