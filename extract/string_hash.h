#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace pejabat {

// A hash of a few bytes, inline: the lexicon's sets are asked of words of
// a few letters, and std::hash<std::string_view> (std::_Hash_bytes, a call
// and a loop for the bytes after each eight) took 55 instructions a word.
// Eight bytes at a time while more than eight are left; the last one to
// eight as two loads of four that overlap (or, for three bytes at most, the
// first, middle and last byte): every byte is read, and the length is mixed
// in, so strings of one length differ in what is mixed. Each step is one
// 64 x 64 -> 128-bit multiply folded to 64 bits.
inline std::size_t HashBytes(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  auto mix = [](uint64_t a, uint64_t b) {
    const unsigned __int128 m = static_cast<unsigned __int128>(a ^ 0xA0761D6478BD642Full) * (b ^ 0xE7037ED1A0B428DBull);
    return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
  };
  const char* p = s.data();
  std::size_t n = s.size();
  uint64_t h = kMul * (n + 1);
  for (; n > 8; p += 8, n -= 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    h = mix(h, x);
  }
  uint64_t last = 0;
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    last = (static_cast<uint64_t>(a) << 32) | b;
  } else if (n > 0) {
    last = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
           (static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) | static_cast<unsigned char>(p[n - 1]);
  }
  return mix(h, last);
}

// Hashes std::string and std::string_view alike, so that string-keyed lexicon
// tables can be searched with a view into a document (no temporary string).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return HashBytes(s); }
};

// String sets and maps searched by std::string_view.
using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename Value>
using WordMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace pejabat
