#pragma once
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace pejabat {

// An immutable string stored once per process: equal texts share one copy, and
// the handle is a 32-bit number. Keys, names, attribute values, article names
// and roles are held this way (evidence sentences go to a spill file,
// graph/evidence_text.h): a million articles give
// millions of nodes and tens of millions of edges whose texts repeat, and a
// handle costs 4 bytes where a std::string costs 32 plus its heap block.
//
// The texts sit back to back in an append-only arena (graph/interned_text.cpp),
// so a text costs its bytes plus 5 (its length and a NUL) and 8 to 11 bytes of index.
// A handle reads like a const string: it converts to std::string_view (no copy)
// and to std::string (a copy, for code that wants one), compares with strings,
// prints and concatenates. Assigning a string interns it. Interned texts are
// never freed: they live as long as the process, like the graphs that use them.
// Interning and reading are thread-safe.
class InternedText {
 public:
  InternedText() = default;  // the empty text
  InternedText(std::string_view text) : id_(Intern(text)) {}                 // NOLINT: implicit on purpose
  // Explicit, so that `cond ? text : std::string(...)` has one type (std::string).
  explicit InternedText(const std::string& text) : id_(Intern(text)) {}
  InternedText& operator=(const std::string& text) { return *this = InternedText(std::string_view(text)); }
  InternedText& operator=(std::string_view text) { return *this = InternedText(text); }
  InternedText& operator=(const char* text) { return *this = InternedText(text); }
  InternedText(const char* text) : id_(Intern(std::string_view(text))) {}    // NOLINT

  // The text if it was ever interned, without adding it (for lookups by key).
  static std::optional<InternedText> Existing(std::string_view text);
  // The text whose id() this is (for tables kept by number); `id` must come
  // from id().
  static InternedText FromId(uint32_t id) {
    InternedText t;
    t.id_ = id;
    return t;
  }

  std::string_view view() const { return Lookup(id_); }
  std::string_view str() const { return Lookup(id_); }
  operator std::string_view() const { return Lookup(id_); }  // NOLINT
  operator std::string() const { return std::string(Lookup(id_)); }  // NOLINT
  uint32_t id() const { return id_; }  // equal texts, equal ids

  bool empty() const { return id_ == 0; }
  std::size_t size() const { return view().size(); }
  std::size_t length() const { return view().size(); }
  const char* data() const { return view().data(); }
  const char* c_str() const { return view().data(); }  // the arena keeps a NUL after every text
  const char* begin() const { return view().data(); }
  const char* end() const { return view().data() + view().size(); }
  char operator[](std::size_t i) const { return view()[i]; }
  char front() const { return view().front(); }
  char back() const { return view().back(); }
  std::string substr(std::size_t pos = 0, std::size_t n = std::string::npos) const {
    return std::string(view().substr(pos, n));
  }
  std::size_t find(std::string_view s, std::size_t pos = 0) const { return view().find(s, pos); }
  std::size_t find(char c, std::size_t pos = 0) const { return view().find(c, pos); }
  int compare(std::string_view s) const { return view().compare(s); }

  // Equal texts are one entry, so equality is identity.
  friend bool operator==(const InternedText& a, const InternedText& b) { return a.id_ == b.id_; }
  friend bool operator==(const InternedText& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const InternedText& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const InternedText& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const InternedText& a, const InternedText& b) {
    if (a.id_ == b.id_) return std::strong_ordering::equal;
    return a.view().compare(b.view()) <=> 0;
  }
  friend std::strong_ordering operator<=>(const InternedText& a, const std::string& b) { return a.compare(b) <=> 0; }
  friend std::strong_ordering operator<=>(const InternedText& a, std::string_view b) { return a.compare(b) <=> 0; }
  friend std::strong_ordering operator<=>(const InternedText& a, const char* b) { return a.compare(b) <=> 0; }

  friend std::string operator+(const InternedText& a, const std::string& b) { return std::string(a.view()) + b; }
  friend std::string operator+(const std::string& a, const InternedText& b) { return a + std::string(b.view()); }
  friend std::string operator+(const InternedText& a, const char* b) { return std::string(a.view()) + b; }
  friend std::string operator+(const char* a, const InternedText& b) { return a + std::string(b.view()); }
  friend std::string operator+(const InternedText& a, char b) { return std::string(a.view()) + b; }
  friend std::string operator+(char a, const InternedText& b) { return a + std::string(b.view()); }
  friend std::string operator+(const InternedText& a, const InternedText& b) {
    return std::string(a.view()) + std::string(b.view());
  }
  friend std::ostream& operator<<(std::ostream& out, const InternedText& t) { return out << t.view(); }

  // Distinct texts interned so far, their bytes, and the bytes the pool holds
  // for them (arena and index), for the benchmarks.
  static std::size_t PoolSize();
  static std::size_t PoolBytes();
  static std::size_t PoolMemory();

  // Asks the CPU to start loading the text of handle `id` into the cache, and
  // returns at once: for code that knows which texts it will read a little
  // later (graph/read_ahead.h). A hint: never needed for correctness.
  static void Prefetch(uint32_t id);
  // Interns a batch of texts, a step for all of them at a time (their places
  // in the table, then the stored texts they may equal, then the interning),
  // so that their cache misses overlap instead of coming one by one. The texts
  // are interned in order, as one by one; interned[k] is texts[k]'s handle,
  // and interned has texts.size() entries.
  static void InternAll(std::span<const std::string_view> texts, std::span<InternedText> interned);

 private:
  static uint32_t Intern(std::string_view text);
  static std::string_view Lookup(uint32_t id);
  uint32_t id_ = 0;
};

}  // namespace pejabat

template <>
struct std::hash<pejabat::InternedText> {
  std::size_t operator()(const pejabat::InternedText& t) const noexcept { return std::hash<uint32_t>()(t.id()); }
};
