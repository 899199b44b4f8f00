#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace pejabat {

// Hashes std::string and std::string_view alike, so that string-keyed lexicon
// tables can be searched with a view into a document (no temporary string).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// String sets and maps searched by std::string_view.
using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename Value>
using WordMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace pejabat
