#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace pejabat {

// The name of a node attribute ("city", "aliases", ...) as a 16-bit number.
// Every node of a kind carries the same few names, so a node stores numbers and
// the names themselves are kept once, in a process-wide registry that only
// grows (the schema's names and whatever a GraphML file read back declares).
// It reads like a const std::string (it converts to const std::string& and to
// std::string_view, compares with strings, prints). Thread-safe.
class AttributeName {
 public:
  AttributeName() = default;  // the empty name
  AttributeName(std::string_view name);                            // NOLINT: implicit on purpose
  AttributeName(const std::string& name) : AttributeName(std::string_view(name)) {}  // NOLINT
  AttributeName(const char* name) : AttributeName(std::string_view(name)) {}         // NOLINT

  // The name if it was ever registered, without adding it (for lookups).
  static std::optional<AttributeName> Existing(std::string_view name);

  const std::string& str() const;
  operator const std::string&() const { return str(); }       // NOLINT
  operator std::string_view() const { return str(); }        // NOLINT
  std::size_t size() const { return str().size(); }
  bool empty() const { return id_ == 0; }
  uint16_t id() const { return id_; }

  friend bool operator==(AttributeName a, AttributeName b) { return a.id_ == b.id_; }
  friend bool operator==(AttributeName a, const std::string& b) { return a.str() == b; }
  friend bool operator==(AttributeName a, std::string_view b) { return a.str() == b; }
  friend bool operator==(AttributeName a, const char* b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(AttributeName a, AttributeName b) {
    if (a.id_ == b.id_) return std::strong_ordering::equal;
    return a.str().compare(b.str()) <=> 0;
  }
  friend std::strong_ordering operator<=>(AttributeName a, std::string_view b) {
    return std::string_view(a.str()).compare(b) <=> 0;
  }
  friend std::ostream& operator<<(std::ostream& out, AttributeName n) { return out << n.str(); }

 private:
  uint16_t id_ = 0;
};

}  // namespace pejabat
