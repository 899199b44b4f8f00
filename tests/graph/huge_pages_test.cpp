// Huge-page memory for the big random-access arrays (graph/huge_pages.h).
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "graph/huge_pages.h"

namespace pejabat {
namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

TEST(HugePages, AlignedToAHugePageAndUsableToTheLastByte) {
  for (std::size_t bytes : {std::size_t{1}, kHugePage - 1, kHugePage, 3 * kHugePage + 5}) {
    auto* p = static_cast<unsigned char*>(AllocateHuge(bytes));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % kHugePage, 0u) << bytes;
    std::memset(p, 0xAB, bytes);
    EXPECT_EQ(p[0], 0xAB);
    EXPECT_EQ(p[bytes - 1], 0xAB);
    FreeHuge(p, bytes);
  }
}

TEST(HugePages, TwoBlocksDoNotOverlap) {
  auto* a = static_cast<char*>(AllocateHuge(kHugePage));
  auto* b = static_cast<char*>(AllocateHuge(kHugePage));
  std::memset(a, 'a', kHugePage);
  std::memset(b, 'b', kHugePage);
  EXPECT_EQ(a[kHugePage - 1], 'a');
  EXPECT_EQ(b[0], 'b');
  EXPECT_TRUE(a + kHugePage <= b || b + kHugePage <= a);
  FreeHuge(a, kHugePage);
  FreeHuge(b, kHugePage);
}

// A vector growing across the threshold keeps its contents, whichever side
// of it each of its blocks came from.
TEST(HugePages, VectorKeepsItsContentsAcrossTheThreshold) {
  std::vector<uint64_t, HugePageAllocator<uint64_t>> v;
  const std::size_t n = 3 * kHugePage / sizeof(uint64_t);
  for (std::size_t i = 0; i < n; ++i) v.push_back(i * 7);
  for (std::size_t i = 0; i < n; i += 4099) ASSERT_EQ(v[i], i * 7);
  EXPECT_EQ(v.back(), (n - 1) * 7);
  std::vector<uint64_t, HugePageAllocator<uint64_t>> small(10, 5);
  EXPECT_EQ(small[9], 5u);
}

// Collapsing an array already written into huge pages copies it: every value
// stays, whether the array spans 2 MiB boundaries or lies within one, and the
// memory stays writable.
TEST(HugePages, CollapsingKeepsAnArraysContents) {
  std::vector<uint32_t> big(5 * kHugePage / sizeof(uint32_t) + 12345);
  for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<uint32_t>(i * 2654435761u);
  CollapseToHugePages(big);
  for (std::size_t i = 0; i < big.size(); i += 997) ASSERT_EQ(big[i], static_cast<uint32_t>(i * 2654435761u)) << i;
  EXPECT_EQ(big.back(), static_cast<uint32_t>((big.size() - 1) * 2654435761u));
  big.back() = 7;
  EXPECT_EQ(big.back(), 7u);

  std::vector<char> small(100, 'x');  // no whole huge page inside: nothing to do
  CollapseToHugePages(small);
  EXPECT_EQ(small[99], 'x');
  CollapseToHugePages(std::vector<int>{});
}

}  // namespace
}  // namespace pejabat
