#pragma once
#include <span>
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
void AssignCollapsedSpaces(std::string& out, std::string_view s);  // CollapseSpaces into a reused string
// CollapseSpaces(s) as a view: `s` itself when it has nothing to collapse
// and no control byte (nearly every written name), else `buffer` collapsed into, with no copy of
// `s` made where it is read once (AssignCollapsedSpaces copied each written
// form of an office and person).
std::string_view CollapsedView(std::string& buffer, std::string_view s);
std::string Slug(std::string_view s);                 // "Rahmat Hidayat" -> "rahmat-hidayat"
void AppendSlug(std::string& out, std::string_view s);  // out += Slug(s), without the temporary
bool IsValidUtf8(std::string_view s);
bool StartsWithUpper(std::string_view s);              // first byte is A-Z
// Inline, as IsAsciiSpace: TitleCaseInPlace and the resolver ask them of
// every byte of every name (363.2M -> 363.0M instructions per 1,000
// articles with them inline).
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
// ' ' or \t \n \v \f \r (9 to 13), what SplitWords splits on: two comparisons, inline.
inline bool IsAsciiSpace(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u == ' ' || static_cast<unsigned char>(u - '\t') < 5u;
}
// A-Z to a-z, every other byte as it is; branch-free, so loops over it vectorise.
inline char FoldAscii(char c) {
  return static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26u ? 'a' - 'A' : 0));
}
// Calls visit(word) for each run of bytes that are not IsAsciiSpace, in
// order, while it returns true: the words of SplitWords, without a string each.
template <typename Visit>
void ForEachWord(std::string_view s, Visit&& visit) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    const std::size_t begin = i;
    while (i < s.size() && !IsAsciiSpace(s[i])) ++i;
    if (i > begin && !visit(s.substr(begin, i - begin))) return;
  }
}
bool EqualsFolded(std::string_view a, std::string_view b);
std::vector<std::string> SplitWords(std::string_view s);  // on ASCII white space
std::vector<std::string> SplitFoldedWords(std::string_view s);  // SplitWords(FoldCase(s)) in one pass
std::string Join(const std::vector<std::string>& parts, std::string_view separator);
// "pemerintah kota padang" -> "Pemerintah Kota Padang"; keeps all-caps words.
std::string TitleCase(std::string_view s);
void TitleCaseInPlace(std::span<char> s);

}  // namespace pejabat
