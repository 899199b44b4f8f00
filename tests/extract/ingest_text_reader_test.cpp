#include "extract/ingest/text_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/ingest/input_limits.h"
#include "extract/ingest/title_text.h"
#include "lazy_text.h"

namespace pejabat {
namespace {

using namespace std::string_literals;

struct TextCase {
  const char* name;
  testing::LazyText bytes;
  bool read;            // an article comes out
  std::string title;    // when read
  std::string issue;    // a phrase of the one issue expected; "" for none
  bool fatal;
};

std::ostream& operator<<(std::ostream& os, const TextCase& c) { return os << c.name; }

class TextReaderTest : public ::testing::TestWithParam<TextCase> {};

TEST_P(TextReaderTest, ReadsOrSaysWhyNot) {
  const TextCase& c = GetParam();
  ReadResult r = ReadTextArticle(c.bytes.str(), "a.txt", "dir/a.txt");
  ASSERT_EQ(r.articles.size(), c.read ? 1u : 0u);
  if (c.read) {
    EXPECT_EQ(r.articles[0].title, c.title);
    EXPECT_EQ(r.articles[0].source, "a.txt");
    EXPECT_EQ(r.articles[0].input_path, "dir/a.txt");
  }
  if (c.issue.empty()) {
    EXPECT_TRUE(r.issues.empty()) << r.issues[0].reason;
  } else {
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_EQ(r.issues[0].where, "dir/a.txt");
    EXPECT_NE(r.issues[0].reason.find(c.issue), std::string::npos) << r.issues[0].reason;
    EXPECT_EQ(r.issues[0].fatal, c.fatal);
  }
}

const TextCase kTextCases[] = {
    {"TitleIsFirstLine", "Rapat Koordinasi\n\nIsi berita.\n", true, "Rapat Koordinasi", "", false},
    {"LeadingBlankLinesAndSpaces", "\n\n   Rapat   Koordinasi  \r\nIsi.", true, "Rapat Koordinasi", "", false},
    {"OneLineOnly", "Hanya satu baris", true, "Hanya satu baris", "", false},
    {"Windows1252", "Caf\xE9 \x93Kita\x94\n\nIsi.", true, "Caf\xC3\xA9 \xE2\x80\x9CKita\xE2\x80\x9D",
     "not UTF-8: converted from Windows-1252", false},
    {"Utf16", "\xFF\xFE" "J\0u\0d\0u\0l\0\n\0"s, true, "Judul", "converted from UTF-16LE", false},
    {"BlankFile", " \n\t\r\n ", false, "", "empty article (no text)", true},
    {"OnlyNulsAndBlanksIsBinary", std::string(50, '\0') + "  ", false, "", "binary file", true},
    {"Pdf", "%PDF-1.5\n...", false, "", "binary file (PDF document), not text", true},
    {"TooLarge", testing::LazyText::Made([] { return std::string(kMaxArticleBytes + 1, 'a'); }), false, "",
     "too large: 16.0 MiB (the limit is 16 MiB)", true},
    {"TextTooLong", testing::LazyText::Made([] { return "Judul\n\n" + std::string(kMaxArticleTextBytes, 'a'); }), false, "",
     "article text too long: 1.0 MiB (the limit is 1 MiB)", true},
};

INSTANTIATE_TEST_SUITE_P(Table, TextReaderTest, ::testing::ValuesIn(kTextCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(TextReader, TextIsKeptWhole) {
  ReadResult r = ReadTextArticle("Judul\n\nBaris satu.\r\nBaris dua.", "a.txt", "a.txt");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "Judul\n\nBaris satu.\nBaris dua.");
}

struct TitleCase {
  const char* name;
  std::string line;
  std::string title;
};

std::ostream& operator<<(std::ostream& os, const TitleCase& c) { return os << c.name; }

class MakeTitleTest : public ::testing::TestWithParam<TitleCase> {};

TEST_P(MakeTitleTest, CollapsesAndCuts) {
  std::string t = MakeTitle(GetParam().line);
  EXPECT_EQ(t, GetParam().title);
  EXPECT_LE(t.size(), kMaxTitleBytes + 3);
}

std::string Words(std::size_t bytes, const std::string& word) {
  std::string s;
  while (s.size() < bytes) s += word;
  return s;
}

const TitleCase kTitleCases[] = {
    {"Short", "  Rapat \t Koordinasi ", "Rapat Koordinasi"},
    {"ExactlyAtLimit", std::string(kMaxTitleBytes, 'a'), std::string(kMaxTitleBytes, 'a')},
    {"CutAtAWord", Words(1000, "kata "), Words(kMaxTitleBytes, "kata ").substr(0, kMaxTitleBytes - 1) + "\xE2\x80\xA6"},
    {"NoSpaceCutAtCharacterBoundary", Words(1000, "\xC3\xA9"), Words(kMaxTitleBytes - 1, "\xC3\xA9") + "\xE2\x80\xA6"},
    {"ShortPrefixOfAHugeLine", "Judul" + std::string(5000, ' ') + "lanjutan", "Judul\xE2\x80\xA6"},
    {"TrailingSpacesOnlyIsNotCut", "Judul" + std::string(5000, ' '), "Judul"},
};

INSTANTIATE_TEST_SUITE_P(Table, MakeTitleTest, ::testing::ValuesIn(kTitleCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace pejabat
