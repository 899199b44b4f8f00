#include "extract/ingest/binary_sniffer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace pejabat {
namespace {

using namespace std::string_literals;

const std::string kArticle =
    "Wali Kota Padang membuka rapat koordinasi di Balai Kota, Senin (3/6).\n\n"
    "\"Kami siap bekerja sama,\" katanya kepada wartawan.\n";

std::string RandomBytes(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng() % 256);
  return s;
}

struct SniffCase {
  const char* name;
  std::string bytes;
  bool binary;
  const char* kind;  // expected DescribeBinary() when binary
};

std::ostream& operator<<(std::ostream& os, const SniffCase& c) { return os << c.name; }

class DescribeBinaryTest : public ::testing::TestWithParam<SniffCase> {};

TEST_P(DescribeBinaryTest, TellsBinaryFromText) {
  const SniffCase& c = GetParam();
  auto kind = DescribeBinary(c.bytes);
  ASSERT_EQ(kind.has_value(), c.binary);
  if (c.binary) EXPECT_EQ(*kind, c.kind);
}

const SniffCase kSniffCases[] = {
    {"PlainArticle", kArticle, false, ""},
    {"Empty", "", false, ""},
    {"Pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", true, "PDF document"},
    {"Png", "\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, true, "PNG image"},
    {"Jpeg", "\xFF\xD8\xFF\xE0\0\x10JFIF"s, true, "JPEG image"},
    {"Zip", "PK\x03\x04\x14\0\0\0"s, true, "ZIP archive (or an office document)"},
    {"Gzip", "\x1F\x8B\x08\0\0\0\0\0"s, true, "gzip-compressed data"},
    {"Elf", "\x7F" "ELF\x02\x01\x01\0"s, true, "executable program (ELF)"},
    {"RandomBytes", RandomBytes(3000, 7), true, ""},
    {"OnlyNuls", std::string(100, '\0'), true, "only NUL bytes"},
    // A few stray NULs, or NUL padding after a crash, do not make an article binary.
    {"ArticleWithStrayNuls", "Wali\0 Kota\0 "s + kArticle, false, ""},
    {"ArticleWithTrailingNulPadding", kArticle + std::string(4096, '\0'), false, ""},
    {"Utf16WithBom", "\xFF\xFE" "W\0a\0l\0i\0"s, false, ""},
    {"Utf16WithoutBom", "W\0a\0l\0i\0 \0K\0o\0t\0a\0"s, false, ""},
    {"Utf32WithBom", "\xFF\xFE\0\0W\0\0\0a\0\0\0"s, false, ""},
    {"Windows1252Text", "Kata \x93" "caf\xE9\x94 selesai.", false, ""},
    {"TerminalEscapesAreText", "\x1B[1mPenting\x1B[0m: rapat hari ini.\n", false, ""},
};

INSTANTIATE_TEST_SUITE_P(Table, DescribeBinaryTest, ::testing::ValuesIn(kSniffCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(NotTextReason, NamesTheKindWhenKnown) {
  EXPECT_EQ(NotTextReason("PDF document", "HTML"), "binary file (PDF document), not HTML");
  EXPECT_EQ(NotTextReason("", "text"), "binary file, not text");
}

TEST(LooksLikeUtf16WithoutBom, FindsTheByteOrder) {
  bool little = false;
  EXPECT_TRUE(LooksLikeUtf16WithoutBom("a\0b\0c\0"s, little));
  EXPECT_TRUE(little);
  EXPECT_TRUE(LooksLikeUtf16WithoutBom("\0a\0b\0c"s, little));
  EXPECT_FALSE(little);
  EXPECT_FALSE(LooksLikeUtf16WithoutBom(std::string(64, '\0'), little));
  EXPECT_FALSE(LooksLikeUtf16WithoutBom(kArticle, little));
}

}  // namespace
}  // namespace pejabat
