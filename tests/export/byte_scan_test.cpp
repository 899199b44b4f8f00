// ByteScan::SkipPlain (export/byte_scan.h), the escapers' fast path, stops at
// exactly the first byte an escaper must see, wherever it falls: inside the
// first sixteen bytes, after them, in the overlapping last block, in a text
// shorter than a block.
#include <gtest/gtest.h>

#include <string>

#include "export/byte_scan.h"

namespace pejabat {
namespace {

struct StopCase {
  char byte;  // placed after `at` plain bytes
  bool stops;
};

class SkipPlainStops : public ::testing::TestWithParam<StopCase> {};

TEST_P(SkipPlainStops, AtTheFirstSuchByteWhereverItFalls) {
  const auto [byte, stops] = GetParam();
  for (std::size_t length = 1; length <= 40; ++length)
    for (std::size_t at = 0; at < length; ++at) {
      std::string text(length, 'a');
      text[at] = byte;
      const char* found = ByteScan::SkipPlain<'"', '\\'>(text.data(), text.data() + text.size());
      const std::size_t expected = stops ? at : length;
      ASSERT_EQ(static_cast<std::size_t>(found - text.data()), expected)
          << "byte " << static_cast<int>(static_cast<unsigned char>(byte)) << " at " << at << " of " << length;
    }
}

INSTANTIATE_TEST_SUITE_P(Bytes, SkipPlainStops,
                         ::testing::Values(StopCase{'"', true}, StopCase{'\\', true}, StopCase{'\n', true},
                                           StopCase{'\0', true}, StopCase{'\x1F', true},
                                           StopCase{static_cast<char>(0x80), true},
                                           StopCase{static_cast<char>(0xC3), true},
                                           StopCase{static_cast<char>(0xFF), true}, StopCase{' ', false},
                                           StopCase{'~', false}, StopCase{'<', false}, StopCase{'\x7F', false}));

// The writers scan again from just after each escaped byte: from any start,
// the first of two stops is found, never the second (the last block
// overlaps bytes already scanned, and must not skip past a stop in them).
TEST(SkipPlain, FindsTheFirstOfTwoStopsFromAnyStart) {
  for (std::size_t length = 2; length <= 40; ++length)
    for (std::size_t first = 0; first < length; ++first)
      for (std::size_t second = first + 1; second < length; ++second) {
        std::string text(length, 'a');
        text[first] = '"';
        text[second] = '\\';
        for (std::size_t start = 0; start <= first; ++start) {
          const char* found = ByteScan::SkipPlain<'"', '\\'>(text.data() + start, text.data() + text.size());
          ASSERT_EQ(static_cast<std::size_t>(found - text.data()), first)
              << "stops at " << first << " and " << second << " of " << length << ", from " << start;
        }
        const char* after = ByteScan::SkipPlain<'"', '\\'>(text.data() + first + 1, text.data() + text.size());
        ASSERT_EQ(static_cast<std::size_t>(after - text.data()), second) << first << " " << second << " " << length;
      }
}

TEST(SkipPlain, OtherSpecialsAndEmptyText) {
  const std::string text = "Wali Kota & Sekda <hadir>";
  const char* begin = text.data();
  const char* end = begin + text.size();
  const char* xml_stop = ByteScan::SkipPlain<'<', '>', '&'>(begin, end);
  EXPECT_EQ(xml_stop - begin, 10);
  const char* angle_stop = ByteScan::SkipPlain<'<'>(begin, end);
  EXPECT_EQ(angle_stop - begin, 18);
  const std::string del = std::string(20, 'x') + '\x7F';
  const char* dot_stop = ByteScan::SkipPlain<'\\', 0x7F>(del.data(), del.data() + del.size());
  EXPECT_EQ(dot_stop - del.data(), 20);
  const char* empty_stop = ByteScan::SkipPlain<'"'>(begin, begin);
  EXPECT_EQ(empty_stop, begin);
}

}  // namespace
}  // namespace pejabat
