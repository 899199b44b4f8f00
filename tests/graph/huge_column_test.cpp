// The graph's growing columns (graph/huge_column.h) and the mapping growth
// under them (GrowHuge in graph/huge_pages.h).
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <numeric>
#include <span>
#include <string>
#include <utility>

#include "graph/edge_data.h"
#include "graph/huge_column.h"
#include "graph/huge_pages.h"
#include "graph/node_data.h"

namespace pejabat {
namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

TEST(GrowHuge, KeepsTheBytesAndStaysAligned) {
  auto* p = static_cast<unsigned char*>(AllocateHuge(kHugePage));
  for (std::size_t i = 0; i < kHugePage; ++i) p[i] = static_cast<unsigned char>(i * 7);
  // A block right after it forces at least one growth to move the pages.
  void* neighbour = AllocateHuge(kHugePage);
  std::size_t bytes = kHugePage;
  for (std::size_t grown : {2 * kHugePage, 5 * kHugePage, 16 * kHugePage}) {
    p = static_cast<unsigned char*>(GrowHuge(p, bytes, grown));
    bytes = grown;
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % kHugePage, 0u) << grown;
    for (std::size_t i = 0; i < kHugePage; i += 4093) ASSERT_EQ(p[i], static_cast<unsigned char>(i * 7)) << i;
    p[bytes - 1] = 0x5A;  // the new part is usable to its last byte
    EXPECT_EQ(p[bytes - 1], 0x5A);
  }
  FreeHuge(p, bytes);
  FreeHuge(neighbour, kHugePage);
}

TEST(GrowHuge, ToNoMoreThanItHasChangesNothing) {
  void* p = AllocateHuge(kHugePage + 1);  // two huge pages
  EXPECT_EQ(GrowHuge(p, kHugePage + 1, 2 * kHugePage), p);
  FreeHuge(p, 2 * kHugePage);
}

// Enough edges to pass from the heap into a mapping and to grow it several times.
constexpr std::size_t kManyEdges = 5 * kHugePage / sizeof(EdgeData);

TEST(HugeColumn, KeepsEveryItemAcrossHeapAndMappedGrowth) {
  HugeColumn<EdgeData> column;
  for (uint32_t i = 0; i < kManyEdges; ++i) {
    EdgeData& e = column.emplace_back();
    e.provenance.span_start = i;
    e.provenance.span_end = ~i;
  }
  ASSERT_EQ(column.size(), kManyEdges);
  EXPECT_GE(column.capacity(), kManyEdges);
  for (uint32_t i = 0; i < kManyEdges; ++i) {
    ASSERT_EQ(column[i].provenance.span_start, i);
    ASSERT_EQ(column[i].provenance.span_end, ~i);
  }
  // Contiguous, as std::span and Boost's graph constructor take it.
  std::span<EdgeData> all(column);
  EXPECT_EQ(all.size(), kManyEdges);
  EXPECT_EQ(&all.back(), &column.back());
  EXPECT_EQ(column.end() - column.begin(), static_cast<std::ptrdiff_t>(kManyEdges));
}

TEST(HugeColumn, NodesKeepTheirAttributesWhenTheColumnMoves) {
  HugeColumn<NodeData> nodes;
  const std::size_t count = 3 * kHugePage / sizeof(NodeData);
  const AttributeName city("city");
  for (std::size_t i = 0; i < count; ++i) {
    NodeData node;
    node.key = "node/" + std::to_string(i);
    if (i % 1000 == 0) node.attrs.SetIfAbsent(city, "kota " + std::to_string(i));
    nodes.push_back(std::move(node));
  }
  HugeColumn<NodeData> moved = std::move(nodes);
  EXPECT_TRUE(nodes.empty());  // NOLINT: moved-from is empty, by design
  ASSERT_EQ(moved.size(), count);
  for (std::size_t i = 0; i < count; i += 1000) {
    EXPECT_EQ(moved[i].key.view(), "node/" + std::to_string(i));
    ASSERT_NE(moved[i].attrs.ValueOf(city), nullptr) << i;
    EXPECT_EQ(moved[i].attrs.ValueOf(city)->view(), "kota " + std::to_string(i));
  }
  EXPECT_EQ(moved[1].attrs.ValueOf(city), nullptr);
}

TEST(HugeColumn, AnItemAppendedFromTheColumnItselfSurvivesTheGrowthItCauses) {
  HugeColumn<std::pair<uint32_t, uint32_t>> ends;
  ends.emplace_back(41u, 42u);
  while (ends.size() < ends.capacity()) ends.emplace_back(0u, 0u);
  for (int growth = 0; growth < 17; ++growth) {  // through the heap and into a mapping, grown three times
    while (ends.size() < ends.capacity()) ends.emplace_back(1u, 1u);
    ends.push_back(ends[0]);
    ASSERT_EQ(ends.back(), std::make_pair(41u, 42u)) << growth;
  }
}

TEST(HugeColumn, ReserveClearAndMoveAssignment) {
  HugeColumn<std::pair<uint32_t, uint32_t>> ends;
  ends.reserve(kHugePage);  // straight into a mapping
  const auto* where = ends.data();
  for (uint32_t i = 0; i < 1000; ++i) ends.emplace_back(i, i + 1);
  EXPECT_EQ(ends.data(), where);  // reserved: no growth
  EXPECT_EQ(ends[999], std::make_pair(999u, 1000u));
  ends.clear();
  EXPECT_TRUE(ends.empty());
  EXPECT_EQ(ends.capacity(), kHugePage);
  HugeColumn<std::pair<uint32_t, uint32_t>> other;
  other.emplace_back(7u, 8u);
  ends = std::move(other);
  ASSERT_EQ(ends.size(), 1u);
  EXPECT_EQ(ends[0], std::make_pair(7u, 8u));
  ends = {};
  EXPECT_EQ(ends.capacity(), 0u);
}

}  // namespace
}  // namespace pejabat
