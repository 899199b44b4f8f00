#pragma once
#include <cstdint>
#include <cstring>

namespace pejabat {

// The escapers' fast path: eight bytes tested at once (SWAR), so that the
// long runs of plain ASCII that most values are made of are skipped without
// a look at each byte. Each test is exact: true when some byte of the eight
// matches. (The classic bit tricks, see "Bit Twiddling Hacks", haszero/hasless.)
struct ByteScan {
  static uint64_t Broadcast(uint8_t b) { return 0x0101010101010101ULL * b; }
  static uint64_t Load(const char* p) {
    uint64_t x;
    std::memcpy(&x, p, sizeof x);
    return x;
  }
  // Some byte is below n (n at most 0x80).
  static bool AnyBelow(uint64_t x, uint8_t n) { return ((x - Broadcast(n)) & ~x & Broadcast(0x80)) != 0; }
  // Some byte equals b.
  static bool AnyEqual(uint64_t x, uint8_t b) { return AnyBelow(x ^ Broadcast(b), 1); }
  // Some byte is 0x80 or above (part of a multi-byte UTF-8 sequence).
  static bool AnyHigh(uint64_t x) { return (x & Broadcast(0x80)) != 0; }
};

}  // namespace pejabat
