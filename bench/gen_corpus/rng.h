#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pejabat::bench {

// SplitMix64: tiny, fast, and its output is fixed by the algorithm, unlike the
// standard distributions whose results differ between library versions. Every
// article gets its own stream (seed, article number), so article i is the same
// text whatever the corpus size and however many articles come before it.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  Rng(uint64_t seed, uint64_t stream) : state_(Mix(seed ^ Mix(stream + 0x632BE59BD9B4E019ULL))) {}

  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    return Mix(z);
  }
  // Uniform in [0, n) (n > 0); the modulo bias is irrelevant for text generation.
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<std::size_t>(hi - lo + 1))); }
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }
  template <typename Array>
  const auto& Pick(const Array& a) { return a[Below(std::size(a))]; }

  static uint64_t Mix(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

 private:
  uint64_t state_;
};

// A stable hash of a few numbers, for choosing the holder of a post in a city.
inline uint64_t HashOf(uint64_t a, uint64_t b, uint64_t c = 0) { return Rng::Mix(Rng::Mix(a ^ Rng::Mix(b)) ^ c); }

}  // namespace pejabat::bench
