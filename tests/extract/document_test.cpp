// Token ranges of a Document (extract/document.h): the text from one token's
// start to another's end, and nothing for an empty or out-of-range range.
#include <gtest/gtest.h>

#include <string>

#include "extract/document.h"
#include "extract/segment/tokenizer.h"

namespace pejabat {
namespace {

struct RangeCase {
  const char* name;
  std::size_t first;
  std::size_t last;
  const char* text;  // what TokenRange gives
  Span span;
};

class TokenRangeTable : public ::testing::TestWithParam<RangeCase> {};

TEST_P(TokenRangeTable, GivesThisText) {
  Document doc("Kepala Dinas,  hadir.");
  doc.tokens = Tokenize(doc.text());
  ASSERT_EQ(doc.size(), 5u);  // Kepala Dinas , hadir .
  EXPECT_EQ(doc.TokenRange(GetParam().first, GetParam().last), GetParam().text);
  EXPECT_EQ(doc.RangeSpan(GetParam().first, GetParam().last), GetParam().span);
}

INSTANTIATE_TEST_SUITE_P(
    Ranges, TokenRangeTable,
    ::testing::Values(RangeCase{"one_token", 1, 2, "Dinas", {7, 12}},
                      RangeCase{"spaces_inside_kept", 0, 4, "Kepala Dinas,  hadir", {0, 20}},
                      RangeCase{"to_the_end", 3, 5, "hadir.", {15, 21}},
                      RangeCase{"empty", 2, 2, "", {}},
                      RangeCase{"reversed", 3, 1, "", {}},
                      RangeCase{"past_the_end", 4, 6, "", {}}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace pejabat
