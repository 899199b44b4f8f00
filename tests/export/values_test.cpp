// Typed values: only claim a type (GraphML attr.type, an RDF datatype) that
// the value really has.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "export/label_text.h"
#include "export/typed_value.h"
#include "export/utf8.h"
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
  if (GetParam().type == nullptr) {
    EXPECT_EQ(got, nullptr) << GetParam().value;
  } else {
    ASSERT_NE(got, nullptr) << GetParam().value;
  }
  if (GetParam().type && got) {
    EXPECT_STREQ(got, GetParam().type);
  }
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

// WrapText by its definition: the text's code points (U+FFFD for an invalid
// byte), split into words at ASCII white space, laid on lines greedily.
std::string WrapByDefinition(std::string_view text, std::size_t width) {
  std::vector<std::string> words(1);
  std::vector<std::size_t> lengths(1, 0);
  ForEachCodePoint(
      text,
      [&](uint32_t cp, std::string_view bytes) {
        if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r') {
          if (lengths.back()) {
            words.emplace_back();
            lengths.push_back(0);
          }
          return;
        }
        words.back() += bytes;
        ++lengths.back();
      },
      [&](unsigned char) {
        words.back() += kReplacementCharacter;
        ++lengths.back();
      });
  std::string out;
  std::size_t line = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!lengths[i]) continue;
    if (line > 0 && line + 1 + lengths[i] > width) {
      out += '\n';
      line = 0;
    } else if (line > 0) {
      out += ' ';
      ++line;
    }
    out += words[i];
    line += lengths[i];
  }
  return out;
}

TEST(LabelText, WrapsRandomTextsAsDefined) {
  const std::vector<std::string> pieces = {"a", "Kota", " ", "  ", "\n", "\t", "\r", "\xC3\xA9", "\xE3\x83\x96",
                                           "\xF0\x9F\x98\x80", "\xC3", "\xFF", "\x80", "\xE3\x83", "Sekretaris"};
  std::mt19937 random(7);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int n = std::uniform_int_distribution<int>(0, 14)(random); n > 0; --n)
      text += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(random)];
    const std::size_t width = std::uniform_int_distribution<std::size_t>(1, 30)(random);
    ASSERT_EQ(WrapText(text, width), WrapByDefinition(text, width)) << "width " << width << ": " << text;
  }
}

TEST(LabelText, ShortensOnCodePointsWithAnEllipsis) {
  EXPECT_EQ(ShortenText("abcdef", 10), "abcdef");
  EXPECT_EQ(ShortenText("Sekretaris Daerah Kota Bukittinggi", 34), "Sekretaris Daerah Kota Bukittinggi");
  EXPECT_EQ(ShortenText("Sekretaris Daerah Kota Bukittinggi", 33), "Sekretaris Daerah Kota Bukitting\xE2\x80\xA6");
  EXPECT_EQ(ShortenText("Sekretaris Daerah\x01Kota \xFF", 40), "Sekretaris Daerah\x01Kota \xEF\xBF\xBD");
  EXPECT_EQ(ShortenText("abc def", 5), "abc\xE2\x80\xA6");
  EXPECT_EQ(ShortenText("\xE0\xA4\xB8\xE0\xA4\xBF\xE0\xA4\xA4", 2), "\xE0\xA4\xB8\xE2\x80\xA6");
}

}  // namespace
}  // namespace pejabat
