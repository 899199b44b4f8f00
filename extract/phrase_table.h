#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pejabat {

class Document;

// Multi-word phrases looked up at a token position, longest match first. Phrases
// are tokenized like documents, so "Kemenpan-RB" and "Satpol PP" match the way
// they are written. Lookups hash the first folded word (never a scan of all phrases).
class PhraseTable {
 public:
  struct Match {
    uint32_t value = 0;   // what the phrase was added with
    uint32_t length = 0;  // tokens matched
  };

  // Returns false if the phrase (folded) is already present.
  bool Add(std::string_view phrase, uint32_t value);
  std::optional<Match> MatchAt(const Document& doc, std::size_t token, std::size_t limit = SIZE_MAX) const;
  std::optional<uint32_t> Find(std::string_view phrase) const;  // exact, case-insensitive
  std::size_t size() const { return count_; }

 private:
  struct Entry {
    std::vector<std::string> words;  // folded, from the second word on
    uint32_t value;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  // A bit per (first byte, last byte, length) class of the first words: most
  // tokens start no phrase, and this rejects them without hashing the word.
  std::array<uint64_t, 64> first_words_{};
  std::size_t count_ = 0;
};

// Folded word texts of a phrase, tokenized like a document.
std::vector<std::string> PhraseWords(std::string_view phrase);

}  // namespace pejabat
