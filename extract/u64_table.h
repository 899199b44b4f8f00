#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace pejabat {

// An open-addressing table from non-zero 64-bit keys (two 32-bit numbers
// side by side) to 32-bit values, a power of two long and at most half full.
// Lexicon indexes built once at load and probed per token: the phrase
// tables' (first, second) word pairs and the gazetteer's trie edges.
class U64Table {
 public:
  static constexpr uint32_t kAbsent = UINT32_MAX;

  static uint64_t Key(uint32_t high, uint32_t low) { return uint64_t{high} << 32 | low; }

  // The value stored under `key` (non-zero), or kAbsent.
  uint32_t Find(uint64_t key) const {
    if (slots_.empty()) return kAbsent;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = SlotOf(key, mask);; i = (i + 1) & mask) {
      if (slots_[i].key == key) return slots_[i].value;
      if (slots_[i].key == 0) return kAbsent;
    }
  }
  // Stores `value` under `key` (non-zero) unless a value is there; returns the stored one.
  uint32_t Insert(uint64_t key, uint32_t value) {
    if (const uint32_t known = Find(key); known != kAbsent) return known;
    if (2 * (count_ + 1) > slots_.size()) Grow();
    Place(Slot{key, value});
    ++count_;
    return value;
  }
  void Clear() {
    slots_.clear();
    count_ = 0;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  static std::size_t SlotOf(uint64_t key, std::size_t mask) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
  }
  void Place(Slot slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = SlotOf(slot.key, mask);
    while (slots_[i].key != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(16, 2 * old.size()), Slot{});
    for (const Slot& s : old)
      if (s.key != 0) Place(s);
  }

  std::vector<Slot> slots_;
  std::size_t count_ = 0;
};

}  // namespace pejabat
