#pragma once
#include <cstdint>

namespace pejabat {

// A half-open byte range [begin, end) into an article's text. Byte offsets keep
// slicing O(1); exporters convert to code points only where a reader needs them.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace pejabat
