#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace pejabat {

// Converts UTF-8 byte offsets into code point offsets (what Python's str
// slicing, spaCy and Web Annotation selectors count), in O(1) per lookup after
// an O(n/64) table.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  uint32_t ToCodePoint(uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kStride = 64;
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;  // code points before byte i * kStride
};

}  // namespace pejabat
