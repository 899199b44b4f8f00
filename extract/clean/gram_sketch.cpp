#include "extract/clean/gram_sketch.h"

#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pejabat {
namespace {

// The 12 top bits of each 8 bytes times an odd constant (Fibonacci
// hashing), so that every byte of the gram reaches them.
uint32_t GramBit(const char* p) {
  static_assert(GramSketch::kGram == 16);
  uint64_t a, b;
  std::memcpy(&a, p, 8);
  std::memcpy(&b, p + 8, 8);
  return static_cast<uint32_t>((a * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full) >> 52);
}

// A bit for each of the 16 bytes at p that is a capital.
unsigned CapitalBits16(const char* p) {
#if defined(__SSE2__)
  // One signed comparison: 'A' to 'Z' moved to the 26 lowest bytes.
  const __m128i x = _mm_add_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), _mm_set1_epi8(0x80 - 'A'));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(-128 + 26))));
#else
  unsigned bits = 0;
  for (int k = 0; k < 16; ++k) bits |= static_cast<unsigned>(p[k] >= 'A' && p[k] <= 'Z') << k;
  return bits;
#endif
}

// A bit for each of the 32 bytes at p that is a capital, of those before
// `end` (p < end), reading no further than 15 bytes past `end`.
unsigned CapitalBits(const char* p, const char* end) {
  unsigned bits = CapitalBits16(p);
  if (end - p > 16) bits |= CapitalBits16(p + 16) << 16;
  return end - p < 32 ? bits & ((1u << (end - p)) - 1) : bits;
}

}  // namespace

void GramSketch::Set(const char* gram) {
  const uint32_t bit = GramBit(gram);
  words_[bit >> 6] |= uint64_t{1} << (bit & 63);
}

bool GramSketch::Has(const char* gram) const {
  const uint32_t bit = GramBit(gram);
  return words_[bit >> 6] >> (bit & 63) & 1;
}

// Grams start kGram bytes or more before the end, where the 16-byte loads
// of CapitalBits stay inside the line.
void GramSketch::Add(std::string_view line) {
  static_assert(kGram >= 16);
  if (line.size() < kGram) return;
  empty_ = false;
  const char* const end = line.data() + line.size() - kGram + 1;
  for (const char* p = line.data(); p < end; p += 32)
    for (unsigned bits = CapitalBits(p, end); bits != 0; bits &= bits - 1) Set(p + std::countr_zero(bits));
}

bool GramSketch::MayContain(std::string_view needle) const {
  if (empty_) return false;
  if (needle.size() < kGram) return true;
  const char* const end = needle.data() + needle.size() - kGram + 1;
  int asked = 0;
  for (const char* p = needle.data(); p < end; p += 32)
    for (unsigned bits = CapitalBits(p, end); bits != 0; bits &= bits - 1) {
      if (!Has(p + std::countr_zero(bits))) return false;
      if (++asked == 2) return true;
    }
  return true;
}

void GramSketch::Clear() {
  if (empty_) return;
  std::memset(words_.data(), 0, sizeof words_);
  empty_ = true;
}

}  // namespace pejabat
