#include "graph/code_point_index.h"

namespace pejabat {
namespace {
bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 1);
  uint32_t count = 0;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    count += !IsContinuation(text[i]);
  }
}

uint32_t CodePointIndex::ToCodePoint(uint32_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = static_cast<uint32_t>(text_.size());
  uint32_t block = byte_offset / kStride;
  if (block >= checkpoints_.size()) {
    if (checkpoints_.empty()) return 0;
    block = static_cast<uint32_t>(checkpoints_.size() - 1);
  }
  uint32_t count = checkpoints_[block];
  for (uint32_t i = block * kStride; i < byte_offset; ++i) count += !IsContinuation(text_[i]);
  return count;
}

}  // namespace pejabat
