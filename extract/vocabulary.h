#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace pejabat {

// Every folded word that some lexicon phrase is made of, numbered from 1. A
// document looks each token up once (Segment) and keeps the number; phrase
// tables then compare numbers, and a token numbered 0 is in no phrase at all.
//
// Segment asks for every token of every article, so the words sit in an
// open-addressing table of (hash, number) slots with an inline hash: no call
// into std::hash, no division for the bucket, a string comparison only when
// the full hashes agree.
class Vocabulary {
 public:
  static constexpr uint32_t kUnknown = 0;

  // The word's number, adding it when new.
  uint32_t Intern(std::string_view folded);
  // The word's number, or kUnknown.
  uint32_t Find(std::string_view folded) const { return FindHashed(folded, Hash(folded)); }
  // Find for a word inside a longer text ending at `text_end` (Segment asks for
  // every token of the document's folded text): where 8 bytes can be read at
  // the word's last chunk, they are read at once and masked, instead of byte
  // by byte; the hash is the same.
  uint32_t FindInText(std::string_view folded, const char* text_end) const {
    const std::size_t tail = folded.size() & 7;
    if (tail == 0 || folded.data() + folded.size() - tail + 8 > text_end) return Find(folded);
    return FindHashed(folded, Hash(folded, /*padded=*/true));
  }

  // The number of token i: the one Segment stored when the document was
  // segmented with this vocabulary, else looked up.
  uint32_t IdOf(const Document& doc, std::size_t i) const {
    return doc.vocabulary == this ? doc.tokens[i].word : Find(doc.Folded(i));
  }
  std::size_t size() const { return words_.size(); }

  // Which phrase tables have a phrase starting with a word: each table of this
  // vocabulary takes one bit (TableBit), marks its phrases' first words
  // (MarkStart), and Segment stores each token's mask (StartsOf) beside its
  // number. Recognizers ask every table at every token, and nearly every
  // answer is "no": one test of a bit the document already holds.
  uint32_t TableBit();
  void MarkStart(uint32_t id, uint32_t bit);
  uint32_t StartsOf(uint32_t id) const { return id < starts_.size() ? starts_[id] : 0; }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t id = kUnknown;
  };
  // Eight bytes at a time, each chunk multiplied in (words are short).
  // `padded`: s is followed by enough readable bytes to load its last chunk whole.
  static uint32_t Hash(std::string_view s, bool padded = false) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 29;
    }
    if (i < s.size()) {
      // The last bytes one by one (a memcpy of a variable length is a call),
      // or loaded whole and cut to the word (the same value, little-endian).
      uint64_t w = 0;
      if (padded) {
        std::memcpy(&w, s.data() + i, 8);
        w &= ~uint64_t{0} >> (8 * (8 - (s.size() - i)));
      } else {
        for (std::size_t k = s.size(); k > i; --k) w = (w << 8) | static_cast<unsigned char>(s[k - 1]);
      }
      h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 29;
    }
    h *= 0x94D049BB133111EBull;
    return static_cast<uint32_t>(h >> 32);
  }
  uint32_t FindHashed(std::string_view folded, uint32_t hash) const {
    if (slots_.empty()) return kUnknown;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == kUnknown) return kUnknown;
      if (s.hash == hash && words_[s.id - 1] == folded) return s.id;
    }
  }
  void Place(uint32_t hash, uint32_t id);

  std::vector<std::string> words_;  // by number - 1
  std::vector<Slot> slots_;         // a power of two long, at most half full
  std::vector<uint32_t> starts_;    // by number: the bits of the tables it starts a phrase of
  uint32_t tables_ = 0;             // bits handed out
  std::size_t mask_ = 0;
};

}  // namespace pejabat
