#include "graph/code_point_index.h"

#include <cstring>

namespace pejabat {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Code points (bytes that are not UTF-8 continuation bytes, 10xxxxxx) in
// text[begin, end), eight bytes at a time: the graph builder asks for two
// offsets per edge, tens of millions of times on a large corpus.
uint32_t CountCodePoints(std::string_view text, uint32_t begin, uint32_t end) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  uint32_t count = 0;
  uint32_t i = begin;
  for (; i + 8 <= end; i += 8) {
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    // Bit 7 of a byte survives when the byte's bit 7 is set and its bit 6 is
    // not; the multiplication adds the surviving bits up in the top byte
    // (cheaper than std::popcount without -mpopcnt).
    uint64_t continuation = (w & ~(w << 1) & kHighBits) >> 7;
    count += 8 - static_cast<uint32_t>((continuation * 0x0101010101010101ULL) >> 56);
  }
  for (; i < end; ++i) count += !IsContinuation(text[i]);
  return count;
}

}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 1);
  const uint32_t size = static_cast<uint32_t>(text.size());
  uint32_t count = 0;
  for (uint32_t block = 0; block < size; block += kStride) {
    checkpoints_.push_back(count);
    count += CountCodePoints(text, block, block + kStride < size ? block + kStride : size);
  }
}

uint32_t CodePointIndex::ToCodePoint(uint32_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = static_cast<uint32_t>(text_.size());
  uint32_t block = byte_offset / kStride;
  if (block >= checkpoints_.size()) {
    if (checkpoints_.empty()) return 0;
    block = static_cast<uint32_t>(checkpoints_.size() - 1);
  }
  return checkpoints_[block] + CountCodePoints(text_, block * kStride, byte_offset);
}

}  // namespace pejabat
