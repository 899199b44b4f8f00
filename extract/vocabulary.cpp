#include "extract/vocabulary.h"

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace pejabat {

uint32_t Vocabulary::Intern(std::string_view folded) {
  if (uint32_t id = Find(folded); id != kUnknown) return id;
  words_.emplace_back(folded);
  const uint64_t head = Chunk(folded.data(), std::min<std::size_t>(folded.size(), 8));
  const uint64_t second = folded.size() > 8 ? Second(folded, folded.data()) : 0;
  entries_.push_back(Entry{head, second, static_cast<uint32_t>(folded.size()), 0});
  const uint32_t id = static_cast<uint32_t>(words_.size());
  if (2 * words_.size() > slots_.size()) {
    // Grow: twice the slots (64 at first), every word placed again.
    slots_.assign(std::max<std::size_t>(64, 2 * slots_.size()), Slot{});
    mask_ = slots_.size() - 1;
    shift_ = 32 - static_cast<unsigned>(std::countr_zero(slots_.size()));
    for (uint32_t k = 1; k <= words_.size(); ++k) Place(HashOf(words_[k - 1]), k);
  } else {
    Place(HashOf(folded), id);
  }
  return id;
}

uint32_t Vocabulary::TableBit() {
  // Ten tables today; a lexicon with more than 32 is a programming error.
  if (tables_ == 32) throw std::logic_error("Vocabulary: more than 32 phrase tables share one vocabulary");
  return 1u << tables_++;
}

void Vocabulary::MarkStart(uint32_t id, uint32_t bit) {
  if (id == kUnknown || id > entries_.size()) throw std::logic_error("Vocabulary: a start mark for a number no word has");
  entries_[id - 1].starts |= bit;
}

uint32_t Vocabulary::FindOutOfLine(std::string_view folded) const { return Find(folded); }

void Vocabulary::Place(uint32_t hash, uint32_t id) {
  std::size_t i = Index(hash);
  while (slots_[i].id != kUnknown) i = (i + 1) & mask_;
  slots_[i] = Slot{hash, id};
}

}  // namespace pejabat
