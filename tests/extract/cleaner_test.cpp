#include "extract/clean/cleaner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_lexicon.h"

namespace pejabat {
namespace {

using testing::TheLexicon;

// A line repeated inside a longer line (a pull-quote, a teaser) is blanked.
struct RepeatedLineCase {
  std::string name;
  std::string text;
  std::string kept;     // still in the cleaned text
  std::string blanked;  // a line of its own before cleaning, gone after ("": none)
};

class RepeatedLineTest : public ::testing::TestWithParam<RepeatedLineCase> {};

// The line the cases repeat.
const std::string kQuote = "Pelayanan publik harus lebih cepat dan lebih murah bagi warga.";

TEST_P(RepeatedLineTest, BlanksWhatALongerLineHolds) {
  std::string text = GetParam().text;
  CleanArticle(text, TheLexicon());
  EXPECT_NE(text.find(GetParam().kept), std::string::npos) << text;
  if (!GetParam().blanked.empty()) {
    EXPECT_EQ(text.find("\n" + GetParam().blanked + "\n"), std::string::npos) << text;
  } else {
    EXPECT_EQ(text, GetParam().text);
  }
}

// The shortest line looked for: 40 bytes.
const std::string kShortQuote = "Rapat ditutup oleh Sekretaris Daerah ini";

std::string WithQuoteAt(std::size_t lead, const std::string& quote = kQuote) {
  return "Judul berita\n\nKata Kepala Dinas " + std::string(lead, 'x') + " " + quote +
         " Demikian disampaikan dalam rapat itu.\n\n" + quote + "\n\nRapat ditutup pukul lima sore hari itu.\n";
}

std::vector<RepeatedLineCase> Cases() {
  std::vector<RepeatedLineCase> cases;
  // The quote at every place in its paragraph over 40 bytes (the cleaner
  // looks for a line only where it may be, by samples of the longer lines).
  for (std::size_t lead = 0; lead < 41; ++lead) {
    cases.push_back({"QuoteAfter" + std::to_string(lead), WithQuoteAt(lead), "Kata Kepala Dinas", kQuote});
    cases.push_back({"ShortQuoteAfter" + std::to_string(lead), WithQuoteAt(lead, kShortQuote), "Kata Kepala Dinas",
                     kShortQuote});
  }
  // A line with white space around it is found inside a longer line that
  // is shorter than the line with its white space.
  const std::string spaced = "      " + kQuote + "      ";
  cases.push_back({"QuoteWithSpacesAround",
                   "Judul berita\n\n" + spaced + "\n\nKata dia, " + kQuote + "\n", "Kata dia, ", spaced});
  cases.push_back({"QuoteFirst",
                   "Judul berita\n\n" + kQuote + "\n\nKata Kepala Dinas, " + kQuote + " Demikian katanya di sana.\n",
                   "Kata Kepala Dinas", kQuote});
  cases.push_back({"QuoteEndsTheParagraph",
                   "Judul berita\n\nKata Kepala Dinas, " + kQuote + "\n\n" + kQuote + "\n", "Kata Kepala Dinas", kQuote});
  // Two bytes longer is no longer line: the same line with spaces around it.
  cases.push_back({"OnlySpacesMore", "Judul berita\n\n " + kQuote + " \n\n" + kQuote + "\n", kQuote, ""});
  cases.push_back({"NothingRepeated",
                   "Judul berita\n\n" + kQuote + "\n\nRapat ditutup pukul lima sore hari itu oleh panitia acara.\n",
                   kQuote, ""});
  // Under 40 bytes a line may well be inside another one.
  cases.push_back({"ShortLine", "Judul berita\n\nRapat ditutup pukul lima sore.\n\nKata panitia, rapat ditutup pukul "
                                "lima sore. Semua pulang.\n\nRapat ditutup pukul lima sore.\n",
                   "Rapat ditutup pukul lima sore.\n", ""});
  // Almost the quote: a different last byte.
  cases.push_back({"AlmostTheQuote",
                   "Judul berita\n\nKata Kepala Dinas, " + kQuote.substr(0, kQuote.size() - 1) +
                       "! Demikian katanya.\n\n" + kQuote + "\n",
                   kQuote + "\n", ""});
  return cases;
}

INSTANTIATE_TEST_SUITE_P(Table, RepeatedLineTest, ::testing::ValuesIn(Cases()),
                         [](const auto& info) { return info.param.name; });

// A line blanked as a repeat holds nothing for later lines: the first of two
// copies inside a third goes, the second is compared with the third only.
TEST(RepeatedLine, ThreeNestedLinesKeepTheLongest) {
  const std::string middle = "Kata Kepala Dinas, " + kQuote;
  std::string text = "Judul berita\n\n" + kQuote + "\n\n" + middle + "\n\n" + middle + " Demikian katanya di sana.\n";
  CleanArticle(text, TheLexicon());
  EXPECT_EQ(text.find("\n" + kQuote + "\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("\n" + middle + "\n"), std::string::npos) << text;
  EXPECT_NE(text.find(middle + " Demikian"), std::string::npos) << text;
}

// The headline written again (in capitals, with dashes around it) is no body
// text; a line that only starts like it is.
TEST(RepeatedHeadline, BlankedInAnyCase) {
  std::string text = "Rapat Koordinasi Pelayanan Publik\n\n- RAPAT KOORDINASI PELAYANAN PUBLIK -\n\n"
                     "Rapat Koordinasi Pelayanan Publik digelar di aula kantor bupati.\n";
  CleanArticle(text, TheLexicon());
  EXPECT_EQ(text.find("RAPAT KOORDINASI"), std::string::npos) << text;
  EXPECT_NE(text.find("Rapat Koordinasi Pelayanan Publik digelar"), std::string::npos) << text;
}

}  // namespace
}  // namespace pejabat
