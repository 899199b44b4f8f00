#pragma once
#include <compare>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace pejabat {

// An evidence sentence, kept out of RAM. Evidence is most of a graph's text (a
// sentence per fact, ~180 MB at 100k articles), and memory must grow with
// entities, not text: so evidence is appended to a spill file (an unlinked
// temporary file in $TMPDIR, else /tmp) and read back through a read-only
// mapping of it, which the kernel pages in and out as readers need it. Clean
// file pages are reclaimable, unlike the heap.
//
// The handle is a 32-bit number into a table of end offsets (8 bytes per
// stored text). Texts are not deduplicated here: GraphBuilder stores each
// article's sentence once and hands the handle to every fact it supports.
// If no spill file can be made, texts are kept in memory (interned), after a
// one-line warning on stderr; readers see no difference.
//
// A handle reads like a const string (view(), conversions, comparison by
// content); views stay valid for the whole process. Storing and reading are
// thread-safe.
class EvidenceText {
 public:
  EvidenceText() = default;  // the empty text
  EvidenceText(std::string_view text) : id_(Store(text)) {}  // NOLINT: implicit on purpose
  explicit EvidenceText(const std::string& text) : id_(Store(text)) {}
  EvidenceText(const char* text) : id_(Store(std::string_view(text))) {}  // NOLINT
  EvidenceText& operator=(const std::string& text) { return *this = EvidenceText(std::string_view(text)); }
  EvidenceText& operator=(std::string_view text) { return *this = EvidenceText(text); }
  EvidenceText& operator=(const char* text) { return *this = EvidenceText(text); }

  std::string_view view() const { return Lookup(id_); }
  operator std::string_view() const { return Lookup(id_); }  // NOLINT
  operator std::string() const { return std::string(Lookup(id_)); }  // NOLINT
  uint32_t id() const { return id_; }  // one stored text; equal texts may have different ids

  bool empty() const { return id_ == 0; }
  std::size_t size() const { return view().size(); }
  const char* data() const { return view().data(); }  // not NUL-terminated

  friend bool operator==(const EvidenceText& a, const EvidenceText& b) { return a.id_ == b.id_ || a.view() == b.view(); }
  friend bool operator==(const EvidenceText& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const EvidenceText& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const EvidenceText& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const EvidenceText& a, const EvidenceText& b) {
    return a.view().compare(b.view()) <=> 0;
  }
  friend std::ostream& operator<<(std::ostream& out, const EvidenceText& t) { return out << t.view(); }

  // Texts stored so far and their bytes, and whether they are in a spill file
  // (false: in memory), for the benchmarks.
  static std::size_t StoredCount();
  static std::size_t StoredBytes();
  static bool Spilled();

  // Hints for code that knows which texts it will read a little later
  // (graph/read_ahead.h); they return at once and are never needed for
  // correctness. Finding a text takes two reads at random places, its offset
  // and then its bytes, so there are two: PrefetchOffset, then, some time
  // later, Prefetch (which reads the offset).
  static void PrefetchOffset(uint32_t id);
  static void Prefetch(uint32_t id);

  // Once the graph is built and its evidence is about to be read at random
  // (writers, queries): reads the spill file into memory if it fits easily
  // (see evidence_text.cpp). Thread-safe; views already taken stay valid.
  static void ReadIntoMemory();
  // A while before ReadIntoMemory: starts bringing the spill file back from
  // the disk in the background. Returns at once.
  static void ReadAhead();

 private:
  static uint32_t Store(std::string_view text);
  static std::string_view Lookup(uint32_t id);
  uint32_t id_ = 0;
};

}  // namespace pejabat
