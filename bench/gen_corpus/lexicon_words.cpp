#include "bench/gen_corpus/lexicon_words.h"

#include <cctype>
#include <fstream>

namespace pejabat::bench {

std::unordered_set<std::string> LexiconWords(const std::filesystem::path& dir) {
  std::unordered_set<std::string> words;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".tsv") continue;
    std::ifstream in(entry.path());
    std::string word;
    char c;
    auto flush = [&] {
      if (!word.empty()) words.insert(word);
      word.clear();
    };
    while (in.get(c)) {
      if (std::isalpha(static_cast<unsigned char>(c))) word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      else flush();
    }
    flush();
  }
  return words;
}

}  // namespace pejabat::bench
