#pragma once
#include <filesystem>
#include <string>
#include <unordered_set>

namespace pejabat::bench {

// Every word of the lexicons (lower case): a generated name part must not be
// one of them, or the extractor would read it as a title, a post or a place.
std::unordered_set<std::string> LexiconWords(const std::filesystem::path& dir);

}  // namespace pejabat::bench
