#pragma once
#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <numeric>
#include <span>
#include <utility>

#include "graph/in_parallel.h"

namespace pejabat {

// Sorting columns (a key column and its companions, moved together) for
// GraphBuilder::Build.

template <typename First, typename... Rest>
void SwapItems(std::size_t i, std::size_t j, std::span<First> first, std::span<Rest>... rest) {
  std::swap(first[i], first[j]);
  (std::swap(rest[i], rest[j]), ...);
}

// One pass: the items moved into 256 runs by their digit at `shift`; returns
// where the runs start (and, last, end).
template <typename Key, typename First, typename... Rest>
std::array<std::size_t, 257> RadixPass(Key key, unsigned shift, std::span<First> first, std::span<Rest>... rest) {
  auto digit = [&](std::size_t i) { return key(first[i]) >> shift & 0xFF; };
  std::array<std::size_t, 257> start{};
  for (std::size_t i = 0; i < first.size(); ++i) ++start[digit(i) + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::array<std::size_t, 256> next;
  std::copy(start.begin(), start.end() - 1, next.begin());
  for (unsigned b = 0; b < 256; ++b) {
    while (next[b] < start[b + 1]) {  // the item at next[b] goes to its run; an unplaced one comes back
      const std::size_t i = next[b], to = next[digit(i)]++;
      if (to != i) SwapItems(i, to, first, rest...);
    }
  }
  return start;
}

template <typename Key, typename First, typename... Rest>
void RadixSort(Key key, unsigned shift, std::span<First> first, std::span<Rest>... rest);

// Runs [from, to) of a pass at `shift` (RadixPass's `start`), each sorted by the digits below.
template <typename Key, typename First, typename... Rest>
void SortRuns(Key key, unsigned shift, const std::array<std::size_t, 257>& start, unsigned from, unsigned to,
              std::span<First> first, std::span<Rest>... rest) {
  if (shift == 0) return;
  for (unsigned b = from; b < to; ++b) {
    const std::size_t size = start[b + 1] - start[b];
    if (size > 1) RadixSort(key, shift - 8, first.subspan(start[b], size), rest.subspan(start[b], size)...);
  }
}

// Sorts columns by a number, in place: a most-significant-digit radix sort, 8
// bits at a time from `shift` (a multiple of 8) down, American flag style.
// `key(first[i])` is item i's number. Each pass moves items into 256 runs that
// fill front to back, so memory is read and written in a few streams, where
// following a permutation's cycles costs a cache miss per item: 35.7 million
// edges in random order took 10 s that way and take 1.1 s this way. Not stable.
template <typename Key, typename First, typename... Rest>
void RadixSort(Key key, unsigned shift, std::span<First> first, std::span<Rest>... rest) {
  if (first.size() <= 16) {  // a few items, in cache: insertion sort costs less than 256 counters
    for (std::size_t i = 1; i < first.size(); ++i)
      for (std::size_t j = i; j > 0 && key(first[j]) < key(first[j - 1]); --j) SwapItems(j, j - 1, first, rest...);
    return;
  }
  const std::array<std::size_t, 257> start = RadixPass(key, shift, first, rest...);
  SortRuns(key, shift, start, 0, 256, first, rest...);
}

// RadixSort with the runs of its first pass sorted on two threads
// (InParallel): the first holds runs up to half the items, the second the rest.
template <typename Key, typename First, typename... Rest>
void RadixSortInParallel(Key key, unsigned shift, std::span<First> first, std::span<Rest>... rest) {
  if (first.size() < kInParallelMinItems || shift == 0) {
    RadixSort(key, shift, first, rest...);
    return;
  }
  const std::array<std::size_t, 257> start = RadixPass(key, shift, first, rest...);
  unsigned middle = 0;
  while (middle < 256 && start[middle] < first.size() / 2) ++middle;
  InParallel(
      first.size(), [&] { SortRuns(key, shift, start, 0, middle, first, rest...); },
      [&] { SortRuns(key, shift, start, middle, 256, first, rest...); });
}

// RadixSort's first shift for numbers below `n`: digits end at bit 0, so that
// a run of the last pass holds one number.
inline unsigned TopShift(std::size_t n) {
  const unsigned bits = static_cast<unsigned>(std::bit_width(n > 0 ? n - 1 : 0));
  return bits > 8 ? (bits - 1) / 8 * 8 : 0;
}

}  // namespace pejabat
