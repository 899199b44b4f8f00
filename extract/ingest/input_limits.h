#pragma once
#include <cstddef>

namespace pejabat {

// Bounds that keep one hostile input from taking the whole run's memory or
// time. A news article is tens of kilobytes; these are far above any real one.
inline constexpr std::size_t kMaxArticleBytes = 16u << 20;  // a .txt/.html file or a JSON Lines record
// The text handed to the extractor. Its cost grows faster than linearly with
// the mentions in one article (about 9 s for 1 MiB of dense mentions), so this
// bound is what keeps one article's time bounded. Real articles are 2-50 KB;
// an HTML page may be much bigger than its text, hence the two limits.
inline constexpr std::size_t kMaxArticleTextBytes = 1u << 20;
inline constexpr std::size_t kMaxTitleBytes = 300;          // longer titles are cut at a word, with "…"
inline constexpr std::size_t kMaxIdBytes = 512;             // a JSON Lines "id" becomes a node key

// "52.4 MiB": sizes in messages.
inline double Mebibytes(std::size_t bytes) { return static_cast<double>(bytes) / (1u << 20); }

}  // namespace pejabat
