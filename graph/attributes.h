#pragma once
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "graph/attribute_name.h"
#include "graph/interned_text.h"

namespace pejabat {

// A small ordered name -> value list. Nodes carry a handful of attributes, so a
// sorted array beats a map in memory and keeps export order deterministic. An
// entry is 8 bytes (a name number and an interned value), and the list itself
// 16 (the array's pointer and its size), because a million articles give
// millions of nodes.
class Attributes {
 public:
  // `first` and `second`, like the pair it used to be: `for (auto& [name, value] : entries())`.
  struct Entry {
    AttributeName first;
    InternedText second;
    friend bool operator==(const Entry&, const Entry&) = default;
  };

  Attributes() = default;
  Attributes(const Attributes& other);
  Attributes& operator=(const Attributes& other);
  Attributes(Attributes&&) noexcept = default;
  Attributes& operator=(Attributes&&) noexcept = default;

  // Sets the value unless one is already there (first writer wins, so merging
  // articles in input order is deterministic). Empty values are not stored.
  void SetIfAbsent(AttributeName name, std::string_view value);
  void SetInternedIfAbsent(AttributeName name, InternedText value);  // the same, for a value already interned
  void Set(AttributeName name, std::string_view value);
  // Adds `value` to a "; "-separated set-valued attribute, keeping it sorted and unique.
  void AddToSet(AttributeName name, std::string_view value);
  void AddInternedToSet(AttributeName name, InternedText value);  // the same, for a value already interned
  const InternedText* Find(std::string_view name) const;  // nullptr when absent
  const InternedText* ValueOf(AttributeName name) const;    // nullptr when absent
  std::string Get(std::string_view name) const;           // "" when absent

  std::span<const Entry> entries() const { return {entries_.get(), size_}; }
  bool empty() const { return size_ == 0; }
  void ShrinkToFit();  // once the node is complete

 private:
  Entry* LowerBound(AttributeName name) const;
  std::pair<Entry*, bool> Place(AttributeName name) const;  // where name is (true) or would go (false)
  const Entry* FindEntry(AttributeName name) const;
  void InsertAt(Entry* at, AttributeName name, InternedText value);
  void EraseAt(Entry* at);
  void AddToExistingSet(Entry* at, std::string_view value);
  void Reallocate(uint16_t capacity);

  std::unique_ptr<Entry[]> entries_;
  uint16_t size_ = 0, capacity_ = 0;
};

}  // namespace pejabat
