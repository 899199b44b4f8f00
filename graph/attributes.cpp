#include "graph/attributes.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace pejabat {
namespace {

// The common case of AddToSet without building a vector: the set is sorted and
// has no empty items, and the value has no separator in it. Then inserting the
// value at its sorted place is what splitting, sorting and joining would give.
// Returns false (nothing known) when the case does not apply.
bool InsertIntoSortedSet(std::string& set, std::string_view value) {
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

// The general case: split the current set, add, sort, join.
std::string AddToJoinedSet(std::string_view current, std::string_view value) {
  std::vector<std::string> items;
  for (std::size_t start = 0; start <= current.size();) {
    std::size_t end = current.find("; ", start);
    if (end == std::string_view::npos) end = current.size();
    items.emplace_back(current.substr(start, end - start));
    start = end + 2;
  }
  if (std::find(items.begin(), items.end(), value) != items.end()) return std::string(current);
  items.emplace_back(value);
  std::sort(items.begin(), items.end());
  std::string joined;
  for (const auto& item : items) {
    if (!joined.empty()) joined += "; ";
    joined += item;
  }
  return joined;
}

}  // namespace

Attributes::Attributes(const Attributes& other) { *this = other; }

Attributes& Attributes::operator=(const Attributes& other) {
  if (this == &other) return *this;
  entries_.reset(other.size_ ? new Entry[other.size_] : nullptr);
  std::copy(other.entries_.get(), other.entries_.get() + other.size_, entries_.get());
  size_ = capacity_ = other.size_;
  return *this;
}

void Attributes::Reallocate(uint16_t capacity) {
  std::unique_ptr<Entry[]> grown(capacity ? new Entry[capacity] : nullptr);
  std::copy(entries_.get(), entries_.get() + size_, grown.get());
  entries_ = std::move(grown);
  capacity_ = capacity;
}

void Attributes::ShrinkToFit() {
  if (capacity_ != size_) Reallocate(size_);
}

Attributes::Entry* Attributes::LowerBound(AttributeName name) const {
  return std::lower_bound(entries_.get(), entries_.get() + size_, name,
                          [](const Entry& e, AttributeName n) { return e.first < n; });
}

const Attributes::Entry* Attributes::FindEntry(AttributeName name) const {
  for (const Entry& e : entries())  // a handful: a scan of numbers beats comparing names
    if (e.first == name) return &e;
  return nullptr;
}

void Attributes::InsertAt(Entry* at, AttributeName name, InternedText value) {
  const std::size_t index = at - entries_.get();
  if (size_ == capacity_) {
    if (capacity_ == UINT16_MAX) throw std::length_error("more than 65,535 attributes on one node");
    Reallocate(static_cast<uint16_t>(std::min<std::size_t>(UINT16_MAX, capacity_ ? 2 * capacity_ : 4)));
  }
  Entry* base = entries_.get();
  std::move_backward(base + index, base + size_, base + size_ + 1);
  base[index] = Entry{name, value};
  ++size_;
}

void Attributes::EraseAt(Entry* at) {
  std::move(at + 1, entries_.get() + size_, at);
  --size_;
}

std::pair<Attributes::Entry*, bool> Attributes::Place(AttributeName name) const {
  Entry* it = LowerBound(name);
  return {it, it != entries_.get() + size_ && it->first == name};
}

void Attributes::SetIfAbsent(AttributeName name, std::string_view value) {
  if (value.empty()) return;
  const auto [it, found] = Place(name);
  if (!found) InsertAt(it, name, InternedText(value));  // interns nothing when the value is not taken
}

void Attributes::SetInternedIfAbsent(AttributeName name, InternedText value) {
  if (value.empty()) return;
  const auto [it, found] = Place(name);
  if (!found) InsertAt(it, name, value);
}

void Attributes::Set(AttributeName name, std::string_view value) {
  const auto [it, found] = Place(name);
  if (found) {
    if (value.empty()) EraseAt(it);
    else it->second = InternedText(value);
  } else if (!value.empty()) {
    InsertAt(it, name, InternedText(value));
  }
}

void Attributes::AddToSet(AttributeName name, std::string_view value) {
  if (value.empty()) return;
  const auto [it, found] = Place(name);
  if (found) AddToExistingSet(it, value);
  else InsertAt(it, name, InternedText(value));  // splitting, sorting and joining one item gives it back
}

void Attributes::AddInternedToSet(AttributeName name, InternedText value) {
  if (value.empty()) return;
  const auto [it, found] = Place(name);
  if (found) AddToExistingSet(it, value.view());
  else InsertAt(it, name, value);
}

void Attributes::AddToExistingSet(Entry* it, std::string_view value) {
  std::string set(it->second.view());
  const std::size_t before = set.size();
  if (InsertIntoSortedSet(set, value)) {
    if (set.size() != before) it->second = InternedText(set);  // a new text only when the set grew
    return;
  }
  Set(it->first, AddToJoinedSet(it->second.view(), value));
}

const InternedText* Attributes::Find(std::string_view name) const {
  if (size_ == 0) return nullptr;
  std::optional<AttributeName> known = AttributeName::Existing(name);
  return known ? ValueOf(*known) : nullptr;
}

const InternedText* Attributes::ValueOf(AttributeName name) const {
  const Entry* e = FindEntry(name);
  return e ? &e->second : nullptr;
}

std::string Attributes::Get(std::string_view name) const {
  const InternedText* v = Find(name);
  return v ? std::string(v->view()) : std::string();
}

}  // namespace pejabat
