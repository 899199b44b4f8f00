// Typed values: only claim a type (GraphML attr.type, an RDF datatype) that
// the value really has.
#include <gtest/gtest.h>

#include <string>

#include "export/label_text.h"
#include "export/typed_value.h"
#include "export/xsd_date.h"

namespace pejabat {
namespace {

struct DateCase {
  const char* value;
  const char* type;  // nullptr: a plain literal
};

void PrintTo(const DateCase& c, std::ostream* os) { *os << '"' << c.value << '"'; }

class XsdDateTest : public testing::TestWithParam<DateCase> {};
TEST_P(XsdDateTest, TypeOf) {
  const char* got = XsdDateType(GetParam().value);
  if (GetParam().type == nullptr) EXPECT_EQ(got, nullptr) << GetParam().value;
  else ASSERT_NE(got, nullptr) << GetParam().value;
  if (GetParam().type && got) EXPECT_STREQ(got, GetParam().type);
}
INSTANTIATE_TEST_SUITE_P(Table, XsdDateTest,
                         testing::Values(DateCase{"2024-03-05", "xsd:date"}, DateCase{"2024-02-29", "xsd:date"},
                                         DateCase{"2023-02-29", nullptr}, DateCase{"2024-13-01", nullptr},
                                         DateCase{"--07-24", "xsd:gMonthDay"}, DateCase{"--02-29", "xsd:gMonthDay"},
                                         DateCase{"--02-30", nullptr}, DateCase{"2024-07", "xsd:gYearMonth"},
                                         DateCase{"2024", "xsd:gYear"}, DateCase{"5 Maret 2024", nullptr},
                                         DateCase{"2024-03-05T10:00", nullptr}, DateCase{"", nullptr}));

TEST(TypedValue, IntsFitGephisInt) {
  EXPECT_TRUE(ParsesAsInt("60"));
  EXPECT_TRUE(ParsesAsInt("-2147483648"));
  EXPECT_FALSE(ParsesAsInt("2147483648"));
  EXPECT_FALSE(ParsesAsInt("6O"));
  EXPECT_FALSE(ParsesAsInt(""));
  EXPECT_FALSE(ParsesAsInt("-"));
}

TEST(TypedValue, DoublesAreFiniteDecimals) {
  EXPECT_TRUE(ParsesAsDouble("80.23"));
  EXPECT_TRUE(ParsesAsDouble("1e3"));
  EXPECT_FALSE(ParsesAsDouble("80,23"));
  EXPECT_FALSE(ParsesAsDouble("nan"));
  EXPECT_FALSE(ParsesAsDouble("inf"));
  EXPECT_FALSE(ParsesAsDouble("1e999"));
  EXPECT_FALSE(ParsesAsDouble("0x10"));
}

TEST(TypedValue, BooleansAreWrittenAsTrueOrFalse) {
  EXPECT_TRUE(ParsesAsBoolean("TRUE"));
  EXPECT_FALSE(ParsesAsBoolean("Plt"));
  EXPECT_EQ(CanonicalBoolean("1"), "true");
  EXPECT_EQ(CanonicalBoolean("False"), "false");
}

TEST(LabelText, WrapsAtSpacesCountingCodePoints) {
  EXPECT_EQ(WrapText("Sekretaris Daerah Kota Bukittinggi", 18), "Sekretaris Daerah\nKota Bukittinggi");
  // Five 3-byte characters are five columns, not fifteen.
  EXPECT_EQ(WrapText("\xE3\x83\x96\xE3\x83\x96\xE3\x83\x96 \xE3\x83\x96\xE3\x83\x96", 6),
            "\xE3\x83\x96\xE3\x83\x96\xE3\x83\x96 \xE3\x83\x96\xE3\x83\x96");
  EXPECT_EQ(WrapText("a\nb", 10), "a b");
}

TEST(LabelText, ShortensOnCodePointsWithAnEllipsis) {
  EXPECT_EQ(ShortenText("abcdef", 10), "abcdef");
  EXPECT_EQ(ShortenText("abc def", 5), "abc\xE2\x80\xA6");
  EXPECT_EQ(ShortenText("\xE0\xA4\xB8\xE0\xA4\xBF\xE0\xA4\xA4", 2), "\xE0\xA4\xB8\xE2\x80\xA6");
}

}  // namespace
}  // namespace pejabat
