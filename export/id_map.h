#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "graph/huge_pages.h"

namespace pejabat {

// A map from non-zero 32-bit numbers (interned text ids) to numbers, in one
// flat table: a lookup is one probe in one array (in huge pages once large).
// A writer asks it once per article of every node; std::unordered_map took a
// bucket and a node, two cache misses, each time at a million articles.
class IdMap {
 public:
  // Adds key -> value unless key is there already (the first value stays).
  void Emplace(uint32_t key, uint32_t value) {
    if (2 * (count_ + 1) > slots_.size()) Grow();
    for (std::size_t i = Hash(key) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (Key(slots_[i]) == key) return;
      if (Key(slots_[i]) == 0) {
        slots_[i] = uint64_t{key} << 32 | value;
        ++count_;
        return;
      }
    }
  }
  std::optional<uint32_t> Find(uint32_t key) const {
    if (slots_.empty()) return std::nullopt;
    for (std::size_t i = Hash(key) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (Key(slots_[i]) == key) return static_cast<uint32_t>(slots_[i]);
      if (Key(slots_[i]) == 0) return std::nullopt;
    }
  }
  // Asks for the slot Find(key) will read first; a hint for loops that know
  // their keys in advance.
  void Prefetch(uint32_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Hash(key) & (slots_.size() - 1)]);
  }

 private:
  static uint32_t Key(uint64_t slot) { return static_cast<uint32_t>(slot >> 32); }
  static std::size_t Hash(uint32_t key) { return (uint64_t{key} * 0x9E3779B97F4A7C15ull) >> 24; }
  void Grow() {
    HugePageVector<uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), 0);
    count_ = 0;
    for (uint64_t slot : old)
      if (Key(slot) != 0) Emplace(Key(slot), static_cast<uint32_t>(slot));
  }

  HugePageVector<uint64_t> slots_;  // key << 32 | value; key 0: free
  std::size_t count_ = 0;
};

}  // namespace pejabat
