// The flat number map the JSON-LD writer finds articles' nodes with.
#include <gtest/gtest.h>

#include <cstdint>

#include "export/id_map.h"

namespace pejabat {
namespace {

TEST(IdMap, FindsWhatWasAddedAndNothingElse) {
  IdMap map;
  EXPECT_FALSE(map.Find(7));  // empty
  map.Emplace(7, 70);
  map.Emplace(9, 90);
  EXPECT_EQ(map.Find(7), 70u);
  EXPECT_EQ(map.Find(9), 90u);
  EXPECT_FALSE(map.Find(8));
}

TEST(IdMap, TheFirstValueStays) {
  IdMap map;
  map.Emplace(5, 1);
  map.Emplace(5, 2);
  EXPECT_EQ(map.Find(5), 1u);
}

// Many keys (the table grows many times), some sharing low bits, the largest
// number among them: every one is found with its value.
TEST(IdMap, KeepsEveryKeyAcrossGrowth) {
  IdMap map;
  constexpr uint32_t kKeys = 100000;
  for (uint32_t k = 1; k <= kKeys; ++k) map.Emplace(k * 4096, k);
  map.Emplace(UINT32_MAX, 42);
  for (uint32_t k = 1; k <= kKeys; ++k) ASSERT_EQ(map.Find(k * 4096), k) << k;
  EXPECT_EQ(map.Find(UINT32_MAX), 42u);
  EXPECT_FALSE(map.Find(4097));
}

}  // namespace
}  // namespace pejabat
