#include "graph/attributes.h"

#include <algorithm>

namespace pejabat {

std::vector<Attributes::Entry>::iterator Attributes::LowerBound(std::string_view name) {
  return std::lower_bound(entries_.begin(), entries_.end(), name,
                          [](const Entry& e, std::string_view n) { return e.first < n; });
}

void Attributes::SetIfAbsent(std::string_view name, std::string_view value) {
  if (value.empty()) return;
  auto it = LowerBound(name);
  if (it != entries_.end() && it->first == name) return;  // copies nothing when the value is not taken
  entries_.insert(it, Entry{std::string(name), std::string(value)});
}

void Attributes::Set(std::string_view name, std::string value) {
  auto it = LowerBound(name);
  if (it != entries_.end() && it->first == name) {
    if (value.empty()) entries_.erase(it);
    else it->second = std::move(value);
  } else if (!value.empty()) {
    entries_.insert(it, Entry{std::string(name), std::move(value)});
  }
}

// The common case of AddToSet without building a vector: the set is sorted and
// has no empty items, and the value has no separator in it. Then inserting the
// value at its sorted place is what splitting, sorting and joining would give.
// Returns false (nothing changed) when the case does not apply.
bool Attributes::InsertIntoSortedSet(std::string& set, std::string_view value) {
  if (value.find("; ") != std::string_view::npos) return false;
  std::string_view items(set);
  std::string_view previous;
  std::size_t insert_at = std::string::npos;
  for (std::size_t start = 0; start <= items.size();) {
    std::size_t end = items.find("; ", start);
    if (end == std::string_view::npos) end = items.size();
    std::string_view item = items.substr(start, end - start);
    if (item.empty() || item < previous) return false;
    if (item == value) return true;  // already there
    if (insert_at == std::string::npos && value < item) insert_at = start;
    previous = item;
    start = end + 2;
  }
  if (insert_at == std::string::npos) {
    set.append("; ").append(value);
  } else {
    set.insert(insert_at, "; ");
    set.insert(insert_at, value);
  }
  return true;
}

void Attributes::AddToSet(std::string_view name, std::string_view value) {
  if (value.empty()) return;
  auto it = LowerBound(name);
  if (it == entries_.end() || it->first != name) {
    if (value.find("; ") == std::string_view::npos) {
      entries_.insert(it, Entry{std::string(name), std::string(value)});
      return;
    }
  } else if (InsertIntoSortedSet(it->second, value)) {
    return;
  }
  const std::string* current = Find(name);
  std::vector<std::string> items;
  if (current) {
    size_t start = 0;
    while (start <= current->size()) {
      size_t end = current->find("; ", start);
      if (end == std::string::npos) end = current->size();
      items.emplace_back(current->substr(start, end - start));
      start = end + 2;
    }
  }
  if (std::find(items.begin(), items.end(), value) != items.end()) return;
  items.emplace_back(value);
  std::sort(items.begin(), items.end());
  std::string joined;
  for (const auto& item : items) {
    if (!joined.empty()) joined += "; ";
    joined += item;
  }
  Set(name, std::move(joined));
}

const std::string* Attributes::Find(std::string_view name) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), name,
                             [](const Entry& e, std::string_view n) { return e.first < n; });
  return (it != entries_.end() && it->first == name) ? &it->second : nullptr;
}

std::string Attributes::Get(std::string_view name) const {
  const std::string* v = Find(name);
  return v ? *v : std::string();
}

}  // namespace pejabat
