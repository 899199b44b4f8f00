#pragma once
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pejabat {

// The escapers' fast path: the long runs of plain ASCII that most values are
// made of are skipped without a look at each byte. Each test is exact.
struct ByteScan {
  static uint64_t Broadcast(uint8_t b) { return 0x0101010101010101ULL * b; }
  static uint64_t Load(const char* p) {
    uint64_t x;
    std::memcpy(&x, p, sizeof x);
    return x;
  }
  // Eight bytes at once (SWAR; the classic bit tricks, see "Bit Twiddling
  // Hacks", haszero/hasless): true when some byte of the eight matches.
  // Some byte is below n (n at most 0x80).
  static bool AnyBelow(uint64_t x, uint8_t n) { return ((x - Broadcast(n)) & ~x & Broadcast(0x80)) != 0; }
  // Some byte equals b.
  static bool AnyEqual(uint64_t x, uint8_t b) { return AnyBelow(x ^ Broadcast(b), 1); }
  // Some byte is 0x80 or above (part of a multi-byte UTF-8 sequence).
  static bool AnyHigh(uint64_t x) { return (x & Broadcast(0x80)) != 0; }

  // The first byte in [p, end) that an escaper must look at: a control
  // (below 0x20), a byte of a multi-byte UTF-8 sequence (0x80 and up), or one
  // of `Specials`; `end` if there is none. Sixteen bytes at a time with SSE2
  // (every x86-64 CPU has it: one signed comparison finds both the controls
  // and the high bytes), else eight. The last bytes of a text are tested by
  // one more block that ends at `end` and overlaps bytes already found plain,
  // instead of a loop byte by byte: the writers escape millions of short
  // values and keys, and that loop was two thirds of the scan's instructions.
  template <char... Specials>
  static const char* SkipPlain(const char* p, const char* end) {
#if defined(__SSE2__)
    if (end - p >= 16) {
      auto hits = [](const char* at) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
        __m128i hit = _mm_cmplt_epi8(x, _mm_set1_epi8(0x20));
        ((hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8(Specials)))), ...);
        return static_cast<unsigned>(_mm_movemask_epi8(hit));
      };
      for (; end - p > 16; p += 16)
        if (const unsigned mask = hits(p)) return p + __builtin_ctz(mask);
      const unsigned mask = hits(end - 16);  // the bytes before p in it are plain: a hit is at p or after
      return mask ? end - 16 + __builtin_ctz(mask) : end;
    }
#endif
    auto any8 = [](const char* at) {
      const uint64_t x = Load(at);
      return AnyHigh(x) || AnyBelow(x, 0x20) || (AnyEqual(x, static_cast<uint8_t>(Specials)) || ...);
    };
    const char* from = p;  // where the byte-by-byte search for the first hit starts
    if (end - p >= 8) {
      for (; end - p > 8; p += 8)
        if (any8(p)) return FirstSpecial<Specials...>(p, end);
      if (!any8(end - 8)) return end;
      from = p;  // the hit is in [end - 8, end), at or after p
    }
    return FirstSpecial<Specials...>(from, end);
  }

 private:
  // The first byte from p that SkipPlain stops at (one is known to follow when called from a hit).
  template <char... Specials>
  static const char* FirstSpecial(const char* p, const char* end) {
    for (; p < end; ++p) {
      const auto c = static_cast<unsigned char>(*p);
      if (c < 0x20 || c >= 0x80 || ((*p == Specials) || ...)) return p;
    }
    return end;
  }
};

}  // namespace pejabat
