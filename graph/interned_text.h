#pragma once
#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace pejabat {

// An immutable string stored once per process: equal texts share one copy, and
// the handle is a pointer (8 bytes). Edges carry the article's name, the
// evidence sentence and the role this way: a million articles give tens of
// millions of edges, whose texts repeat (every edge of an article names it,
// and one sentence is the evidence of several facts).
//
// It reads like a const std::string (it converts to const std::string& and to
// std::string_view, compares with strings, prints, concatenates), so code
// written against std::string fields keeps compiling. Assigning a string
// interns it. Interned texts are never freed: they live as long as the
// process, like the graphs that use them. Interning is thread-safe.
class InternedText {
 public:
  InternedText() : text_(&Empty()) {}
  InternedText(const std::string& text) : text_(Intern(text)) {}  // NOLINT: implicit on purpose
  InternedText(std::string_view text) : text_(Intern(text)) {}    // NOLINT
  InternedText(const char* text) : text_(Intern(std::string_view(text))) {}  // NOLINT

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }  // NOLINT
  operator std::string_view() const { return *text_; }     // NOLINT

  bool empty() const { return text_->empty(); }
  std::size_t size() const { return text_->size(); }
  std::size_t length() const { return text_->size(); }
  const char* data() const { return text_->data(); }
  const char* c_str() const { return text_->c_str(); }
  std::string::const_iterator begin() const { return text_->begin(); }
  std::string::const_iterator end() const { return text_->end(); }
  char operator[](std::size_t i) const { return (*text_)[i]; }
  char front() const { return text_->front(); }
  char back() const { return text_->back(); }
  std::string substr(std::size_t pos = 0, std::size_t n = std::string::npos) const { return text_->substr(pos, n); }
  std::size_t find(std::string_view s, std::size_t pos = 0) const { return text_->find(s, pos); }
  std::size_t find(char c, std::size_t pos = 0) const { return text_->find(c, pos); }
  int compare(std::string_view s) const { return std::string_view(*text_).compare(s); }

  // Equal texts are one object, so equality is identity.
  friend bool operator==(const InternedText& a, const InternedText& b) { return a.text_ == b.text_; }
  friend bool operator==(const InternedText& a, const std::string& b) { return *a.text_ == b; }
  friend bool operator==(const InternedText& a, std::string_view b) { return *a.text_ == b; }
  friend bool operator==(const InternedText& a, const char* b) { return *a.text_ == b; }
  friend std::strong_ordering operator<=>(const InternedText& a, const InternedText& b) {
    if (a.text_ == b.text_) return std::strong_ordering::equal;
    return a.text_->compare(*b.text_) <=> 0;
  }
  friend std::strong_ordering operator<=>(const InternedText& a, const std::string& b) { return a.text_->compare(b) <=> 0; }
  friend std::strong_ordering operator<=>(const InternedText& a, std::string_view b) { return a.compare(b) <=> 0; }
  friend std::strong_ordering operator<=>(const InternedText& a, const char* b) { return a.compare(b) <=> 0; }

  friend std::string operator+(const InternedText& a, const std::string& b) { return *a.text_ + b; }
  friend std::string operator+(const std::string& a, const InternedText& b) { return a + *b.text_; }
  friend std::string operator+(const InternedText& a, const char* b) { return *a.text_ + b; }
  friend std::string operator+(const char* a, const InternedText& b) { return a + *b.text_; }
  friend std::string operator+(const InternedText& a, char b) { return *a.text_ + b; }
  friend std::string operator+(char a, const InternedText& b) { return a + *b.text_; }
  friend std::string operator+(const InternedText& a, const InternedText& b) { return *a.text_ + *b.text_; }
  friend std::ostream& operator<<(std::ostream& out, const InternedText& t) { return out << *t.text_; }

  // Distinct texts interned so far, and their bytes (for the benchmarks).
  static std::size_t PoolSize();
  static std::size_t PoolBytes();

 private:
  static const std::string& Empty();
  static const std::string* Intern(std::string_view text);
  const std::string* text_;
};

}  // namespace pejabat

template <>
struct std::hash<pejabat::InternedText> {
  std::size_t operator()(const pejabat::InternedText& t) const noexcept {
    return std::hash<std::string_view>()(std::string_view(t));
  }
};
