#include "extract/vocabulary.h"

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace pejabat {

uint32_t Vocabulary::Intern(std::string_view folded) {
  if (uint32_t id = Find(folded); id != kUnknown) return id;
  // A slot holds the number in its low 24 bits.
  if (words_.size() == kIdMask) throw std::logic_error("Vocabulary: more than 16777215 words");
  words_.emplace_back(folded);
  const uint64_t head = Chunk(folded.data(), std::min<std::size_t>(folded.size(), 8));
  const uint64_t second = folded.size() > 8 ? Second(folded, folded.data()) : 0;
  entries_.push_back(Entry{head, second, static_cast<uint32_t>(folded.size()), 0});
  const uint32_t id = static_cast<uint32_t>(words_.size());
  if (2 * words_.size() > slots_.size()) {
    // Grow: twice the slots, every word placed again.
    slots_.assign(2 * slots_.size(), Slot{});
    mask_ = slots_.size() - 1;
    shift_ = 64 - static_cast<std::size_t>(std::countr_zero(slots_.size()));
    for (uint32_t k = 1; k <= words_.size(); ++k) Place(k);
  } else {
    Place(id);
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
  Entry& e = entries_[id - 1];
  e.starts |= bit;
  // The slot's copy, which lookups answer with.
  for (std::size_t i = Index(e.head, e.size);; i = (i + 1) & mask_) {
    if ((slots_[i].size_id & kIdMask) == id) {
      slots_[i].starts = e.starts;
      return;
    }
  }
}

uint32_t Vocabulary::FindOutOfLine(std::string_view folded) const { return Find(folded); }

void Vocabulary::Place(uint32_t id) {
  const Entry& e = entries_[id - 1];
  std::size_t i = Index(e.head, e.size);
  while (slots_[i].size_id != 0) i = (i + 1) & mask_;
  slots_[i] = Slot{e.head, SizeField(e.size) << kSizeShift | id, e.starts};
}

}  // namespace pejabat
