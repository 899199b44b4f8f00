// The sorts of GraphBuilder::Build: a radix sort of columns and the order of
// texts, each from kInParallelMinItems items on two threads. Sizes on both
// sides of that threshold check the two paths against std::sort.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/in_parallel.h"
#include "graph/interned_text.h"
#include "graph/radix_sort.h"
#include "graph/text_order.h"

namespace pejabat {
namespace {

constexpr std::size_t kBig = kInParallelMinItems + 12345;

enum class Keys { Random, FewValues, OneTopDigit };

struct RadixCase {
  std::size_t count;
  Keys keys;
};

std::vector<uint32_t> MakeKeys(const RadixCase& c) {
  std::mt19937 random(42);
  std::vector<uint32_t> keys(c.count);
  for (auto& k : keys) {
    switch (c.keys) {
      case Keys::Random: k = static_cast<uint32_t>(random() % (c.count + 1)); break;
      case Keys::FewValues: k = static_cast<uint32_t>(random() % 3) * 1000; break;  // long runs of equal keys
      case Keys::OneTopDigit: k = static_cast<uint32_t>(random() % 256); break;      // every item in the first run
    }
  }
  return keys;
}

class RadixSortTest : public testing::TestWithParam<RadixCase> {};

// The keys come out in order, and each companion item moves with its key.
TEST_P(RadixSortTest, SortsLikeStdSortAndKeepsColumnsTogether) {
  const std::vector<uint32_t> original = MakeKeys(GetParam());
  for (bool parallel : {false, true}) {
    std::vector<uint32_t> keys = original;
    std::vector<uint32_t> origin(keys.size());
    std::iota(origin.begin(), origin.end(), 0u);
    auto key = [](uint32_t k) { return k; };
    const unsigned shift = TopShift(GetParam().count + 1);
    if (parallel) RadixSortInParallel(key, shift, std::span(keys), std::span(origin));
    else RadixSort(key, shift, std::span(keys), std::span(origin));
    std::vector<uint32_t> want = original;
    std::sort(want.begin(), want.end());
    EXPECT_EQ(keys, want) << (parallel ? "in parallel" : "on one thread");
    for (std::size_t i = 0; i < keys.size(); ++i) ASSERT_EQ(original[origin[i]], keys[i]) << i;
    std::vector<uint32_t> seen = origin;
    std::sort(seen.begin(), seen.end());
    for (std::size_t i = 0; i < seen.size(); ++i) ASSERT_EQ(seen[i], i);  // a permutation
  }
}

INSTANTIATE_TEST_SUITE_P(Sizes, RadixSortTest,
                         testing::Values(RadixCase{0, Keys::Random}, RadixCase{1, Keys::Random},
                                         RadixCase{16, Keys::Random}, RadixCase{17, Keys::Random},
                                         RadixCase{5000, Keys::Random}, RadixCase{kBig, Keys::Random},
                                         RadixCase{kBig, Keys::FewValues}, RadixCase{kBig, Keys::OneTopDigit}));

// Distinct texts sharing long prefixes (runs sorted one, two and three 7-byte
// digits deep), prefixes of one another, and bytes above 0x7F.
std::vector<std::string> MakeTexts(std::size_t count) {
  std::mt19937 random(7);
  const std::vector<std::string> stems = {"person:", "organization:pemerintah kota ", "post:kepala bagian ",
                                          "event:", "quote:\xC3\xA9", ""};
  std::vector<std::string> texts;
  texts.reserve(count);
  for (std::size_t i = 0; texts.size() < count; ++i) {
    std::string t = stems[random() % stems.size()] + std::to_string(random() % (4 * count));
    if (i % 5 == 0) t += " suffix";
    texts.push_back(std::move(t));
    if (i % 7 == 0 && texts.size() < count) texts.push_back(texts.back() + "x");  // its prefix is a text too
  }
  std::sort(texts.begin(), texts.end());
  texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
  std::shuffle(texts.begin(), texts.end(), random);
  return texts;
}

class TextOrderTest : public testing::TestWithParam<std::size_t> {};

TEST_P(TextOrderTest, PlacesAreTheByteOrder) {
  const std::vector<std::string> texts = MakeTexts(GetParam());
  std::vector<InternedText> interned(texts.begin(), texts.end());
  const std::vector<uint32_t> place = PlacesInTextOrder(interned);
  ASSERT_EQ(place.size(), texts.size());
  std::vector<std::string_view> by_place(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) by_place.at(place[i]) = texts[i];
  std::vector<std::string_view> want(texts.begin(), texts.end());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(by_place, want);
}

INSTANTIATE_TEST_SUITE_P(Sizes, TextOrderTest, testing::Values(0, 1, 2, 1000, kBig));

TEST(InParallel, RunsBothAndRethrows) {
  for (std::size_t items : {std::size_t{10}, kBig}) {
    std::vector<int> done(2, 0);
    InParallel(items, [&] { done[0] = 1; }, [&] { done[1] = 1; });
    EXPECT_EQ(done, (std::vector<int>{1, 1}));
    EXPECT_THROW(InParallel(items, [] {}, [] { throw std::runtime_error("second"); }), std::runtime_error);
    EXPECT_THROW(InParallel(items, [] { throw std::runtime_error("first"); }, [] {}), std::runtime_error);
    bool second_ran = false;  // the first's failure still waits for the second
    EXPECT_THROW(InParallel(items, [] { throw std::logic_error("first"); }, [&] { second_ran = true; }),
                 std::logic_error);
    if (items >= kInParallelMinItems) {
      EXPECT_TRUE(second_ran);
    }
  }
}

}  // namespace
}  // namespace pejabat
