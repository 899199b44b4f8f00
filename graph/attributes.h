#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pejabat {

// A small ordered name -> value list. Nodes carry a handful of attributes, so a
// sorted vector beats a map in memory and keeps export order deterministic.
class Attributes {
 public:
  using Entry = std::pair<std::string, std::string>;

  // Sets the value unless one is already there (first writer wins, so merging
  // articles in input order is deterministic). Empty values are not stored.
  void SetIfAbsent(std::string_view name, std::string_view value);
  void Set(std::string_view name, std::string value);
  // Adds `value` to a "; "-separated set-valued attribute, keeping it sorted and unique.
  void AddToSet(std::string_view name, std::string_view value);
  const std::string* Find(std::string_view name) const;
  std::string Get(std::string_view name) const;  // "" when absent

  const std::vector<Entry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }

 private:
  std::vector<Entry>::iterator LowerBound(std::string_view name);
  static bool InsertIntoSortedSet(std::string& set, std::string_view value);
  std::vector<Entry> entries_;
};

}  // namespace pejabat
