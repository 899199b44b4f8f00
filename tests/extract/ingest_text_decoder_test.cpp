#include "extract/ingest/text_decoder.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "extract/text_util.h"

namespace pejabat {
namespace {

using namespace std::string_literals;

struct DecodeCase {
  const char* name;
  std::string bytes;
  std::string text;  // expected UTF-8 result
  SourceEncoding encoding;
  std::size_t replaced;
  std::size_t nuls;
  std::size_t controls;
  const char* warning;  // a phrase the warning contains; "" means no warning at all
};

std::ostream& operator<<(std::ostream& os, const DecodeCase& c) { return os << c.name; }

class DecodeToUtf8Test : public ::testing::TestWithParam<DecodeCase> {};

TEST_P(DecodeToUtf8Test, DecodesRepairsAndSaysWhat) {
  const DecodeCase& c = GetParam();
  DecodedText d = DecodeToUtf8(c.bytes);
  EXPECT_EQ(d.text, c.text);
  EXPECT_EQ(d.encoding, c.encoding);
  EXPECT_EQ(d.replaced, c.replaced);
  EXPECT_EQ(d.nuls_removed, c.nuls);
  EXPECT_EQ(d.controls_replaced, c.controls);
  if (std::string(c.warning).empty()) EXPECT_EQ(d.warning, "");
  else EXPECT_NE(d.warning.find(c.warning), std::string::npos) << d.warning;
  EXPECT_TRUE(IsValidUtf8(d.text));
}

const DecodeCase kDecodeCases[] = {
    {"Ascii", "Wali Kota hadir.\n", "Wali Kota hadir.\n", SourceEncoding::Utf8, 0, 0, 0, ""},
    {"Empty", "", "", SourceEncoding::Utf8, 0, 0, 0, ""},
    {"Utf8WithBomStripped", "\xEF\xBB\xBFKafe\xCC\x81 \xE2\x80\x9CPadang\xE2\x80\x9D",
     "Kafe\xCC\x81 \xE2\x80\x9CPadang\xE2\x80\x9D", SourceEncoding::Utf8, 0, 0, 0, ""},
    {"FourByteUtf8Kept", "Senyum \xF0\x9F\x98\x80", "Senyum \xF0\x9F\x98\x80", SourceEncoding::Utf8, 0, 0, 0, ""},
    {"Windows1252SmartQuotesAndAccent", "Kata \x93" "caf\xE9\x94 \x96 selesai",
     "Kata \xE2\x80\x9C" "caf\xC3\xA9\xE2\x80\x9D \xE2\x80\x93 selesai", SourceEncoding::Windows1252, 0, 0, 0,
     "converted from Windows-1252"},
    {"Latin1RangeIsWindows1252", "Jos\xE9 \xA9 2024", "Jos\xC3\xA9 \xC2\xA9 2024", SourceEncoding::Windows1252, 0, 0,
     0, "Windows-1252"},
    // 0x81 is unassigned in Windows-1252, so this is broken UTF-8: replaced.
    {"InvalidUtf8UnassignedCp1252Byte", "ab\x81" "cd", "ab\xEF\xBF\xBD" "cd", SourceEncoding::Utf8, 1, 0, 0,
     "invalid UTF-8: 1 bytes replaced with U+FFFD"},
    // Valid multibyte UTF-8 elsewhere: the broken bytes are repaired, not reinterpreted.
    {"MostlyUtf8WithBrokenBytes", "caf\xC3\xA9 \xFF\xFE ok", "caf\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD ok",
     SourceEncoding::Utf8, 2, 0, 0, "2 bytes replaced"},
    {"TruncatedSequenceAtEnd", "caf\xC3\xA9 \xE2\x80", "caf\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD", SourceEncoding::Utf8, 2,
     0, 0, "replaced"},
    {"OverlongSlashReplaced", "a\xC3\xA9/\xC0\xAF", "a\xC3\xA9/\xEF\xBF\xBD\xEF\xBF\xBD", SourceEncoding::Utf8, 2, 0,
     0, "replaced"},
    {"Utf8EncodedSurrogateReplaced", "\xC3\xA9\xED\xA0\x80", "\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
     SourceEncoding::Utf8, 3, 0, 0, "replaced"},
    {"Utf16LeWithBom", "\xFF\xFE" "J\0u\0d\0u\0l\0\n\0\xE9\0"s, "Judul\n\xC3\xA9", SourceEncoding::Utf16LE, 0, 0, 0,
     "converted from UTF-16LE"},
    {"Utf16BeWithBom", "\xFE\xFF\0J\0u\0d\0u\0l"s, "Judul", SourceEncoding::Utf16BE, 0, 0, 0,
     "converted from UTF-16BE"},
    {"Utf16LeWithoutBom", "W\0a\0l\0i\0 \0K\0o\0t\0a\0"s, "Wali Kota", SourceEncoding::Utf16LE, 0, 0, 0,
     "UTF-16LE (no byte order mark)"},
    {"Utf16SurrogatePair", "\xFF\xFE" "a\0\x3D\xD8\x00\xDE"s, "a\xF0\x9F\x98\x80", SourceEncoding::Utf16LE, 0, 0, 0,
     "UTF-16LE"},
    {"Utf16LoneSurrogateReplaced", "\xFF\xFE" "a\0\x3D\xD8" "b\0"s, "a\xEF\xBF\xBD" "b", SourceEncoding::Utf16LE, 1, 0,
     0, "1 invalid code units replaced"},
    {"Utf16OddTrailingByteReplaced", "\xFF\xFE" "a\0b"s, "a\xEF\xBF\xBD", SourceEncoding::Utf16LE, 1, 0, 0,
     "replaced"},
    {"Utf32LeWithBom", "\xFF\xFE\0\0J\0\0\0\x00\xF6\x01\0"s, "J\xF0\x9F\x98\x80", SourceEncoding::Utf32LE, 0, 0, 0,
     "UTF-32LE"},
    {"Utf32OutOfRangeReplaced", "\0\0\xFE\xFF\0\0\0A\0\x11\0\0"s, "A\xEF\xBF\xBD", SourceEncoding::Utf32BE, 1, 0, 0,
     "UTF-32BE"},
    {"NulBytesRemoved", "Wa\0li Kota\0\0"s, "Wali Kota", SourceEncoding::Utf8, 0, 3, 0, "3 NUL bytes removed"},
    {"NulInsideUtf8SequenceDoesNotBreakIt", "caf\xC3\0\xA9"s, "caf\xC3\xA9", SourceEncoding::Utf8, 0, 1, 0,
     "1 NUL bytes removed"},
    {"ControlCharactersBecomeSpaces", "a\x01" "b\x1B" "c\x7F" "d", "a b c\x7F" "d", SourceEncoding::Utf8, 0, 0, 2,
     "2 control characters replaced"},
    {"LineEndingsNormalized", "a\r\nb\rc\fd\ve\tf", "a\nb\nc\nd\ne\tf", SourceEncoding::Utf8, 0, 0, 0, ""},
    {"Utf16NulCodeUnitRemoved", "\xFF\xFE" "a\0\0\0b\0"s, "ab", SourceEncoding::Utf16LE, 0, 1, 0, "NUL"},
    {"Windows1252WithNuls", "caf\xE9\0"s, "caf\xC3\xA9", SourceEncoding::Windows1252, 0, 1, 0,
     "converted from Windows-1252; 1 NUL bytes removed"},
};

INSTANTIATE_TEST_SUITE_P(Table, DecodeToUtf8Test, ::testing::ValuesIn(kDecodeCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(DecodeAs, UsesTheGivenEncodingWithoutSniffing) {
  // Two bytes that would sniff as nothing in particular, decoded as UTF-16BE.
  DecodedText d = DecodeAs(std::string("\0A\0B", 4), SourceEncoding::Utf16BE);
  EXPECT_EQ(d.text, "AB");
  EXPECT_EQ(d.replaced, 0u);
  DecodedText utf8 = DecodeAs("caf\xE9", SourceEncoding::Utf8);
  EXPECT_EQ(utf8.text, "caf\xC3\xA9");  // 8-bit input still finds Windows-1252
  EXPECT_EQ(utf8.encoding, SourceEncoding::Windows1252);
}

TEST(CleanControlCharacters, CountsWhatItChanged) {
  std::string s("id\0\x02x\r\ny", 8);
  EXPECT_EQ(CleanControlCharacters(s), 2u);
  EXPECT_EQ(s, "id x\ny");
}

// The scan for controls reads 64 and 16 bytes at a time: one at any place of
// a chunk or a block, or in the tail after the last whole block, is found and
// changed, after tabs and line feeds (which the chunk test also stops at).
TEST(CleanControlCharacters, FindsAControlAtEveryPlaceOfABlock) {
  for (char control : {'\0', '\x01', '\x0B', '\x0C', '\r', '\x1A', '\x1F'})
    for (std::size_t at = 0; at < 140; ++at) {
      const std::string before = std::string(at, 'a').replace(at / 2, at > 8 ? 2 : 0, "\t\n");
      std::string s = before + control + "\t\n\xC3\xA9" + std::string(140 - at, 'b');
      std::string expected = before + (control == '\0' ? "" : control == '\x01' || control > '\r' ? " " : "\n") +
                             "\t\n\xC3\xA9" + std::string(140 - at, 'b');
      EXPECT_EQ(CleanControlCharacters(s), control == '\0' || control == '\x01' || control > '\r' ? 1u : 0u)
          << int(control) << " at " << at;
      EXPECT_EQ(s, expected) << int(control) << " at " << at;
    }
}

// DecodeOwnedAs takes clean UTF-8 as it is after one pass over 16-byte
// blocks: multi-byte sequences across block ends, cut off at the end, broken,
// overlong or Windows-1252 bytes, and controls anywhere give what DecodeAs gives.
TEST(DecodeOwnedAs, GivesWhatDecodeAsGives) {
  const std::string pieces[] = {"a", "bc ", "\xC3\xA9", "\xE2\x80\x93", "\xF0\x9F\x98\x80", "\xE2\x80", "\xC0\xAF",
                                "\xED\xA0\x80", "\xE9", "\x80", "\t", "\n", "\r", std::string(1, '\0'), "\x1F", "\x7F"};
  std::mt19937 rng(20261206);
  for (int round = 0; round < 5000; ++round) {
    std::string bytes;
    const std::size_t count = rng() % 40;
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t pick = rng() % 100;
      bytes += pick < 80 ? pieces[pick % 2] : pieces[2 + (round % 4 == 0 ? pick % 14 : pick % 3)];
    }
    DecodedText expected = DecodeAs(bytes, SourceEncoding::Utf8);
    DecodedText got = DecodeOwnedAs(std::string(bytes), SourceEncoding::Utf8);
    ASSERT_EQ(got.text, expected.text) << "round " << round;
    ASSERT_EQ(got.warning, expected.warning) << "round " << round;
    ASSERT_EQ(got.encoding, expected.encoding) << "round " << round;
    ASSERT_EQ(got.had_bom, expected.had_bom) << "round " << round;
    ASSERT_EQ(got.replaced + got.nuls_removed + got.controls_replaced,
              expected.replaced + expected.nuls_removed + expected.controls_replaced) << "round " << round;
  }
  DecodedText utf16 = DecodeOwnedAs(std::string("\0A\0B", 4), SourceEncoding::Utf16BE);
  EXPECT_EQ(utf16.text, "AB");
}

// Whatever the bytes, the result is valid UTF-8 without a character XML 1.0
// forbids, and nothing is dropped without being counted.
TEST(DecodeToUtf8, RandomBytesAlwaysGiveCleanUtf8) {
  std::mt19937 rng(20240607);
  for (int round = 0; round < 2000; ++round) {
    std::string bytes(rng() % 200, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() % 256);
    if (round % 3 == 0 && bytes.size() > 2) bytes[0] = '\xFF', bytes[1] = '\xFE';  // UTF-16 paths too
    DecodedText d = DecodeToUtf8(bytes);
    ASSERT_TRUE(IsValidUtf8(d.text)) << "round " << round;
    for (char c : d.text) {
      unsigned char u = static_cast<unsigned char>(c);
      ASSERT_FALSE(u < 0x20 && c != '\t' && c != '\n') << "round " << round << " control " << int(u);
    }
    bool changed = d.replaced || d.nuls_removed || d.controls_replaced || d.encoding != SourceEncoding::Utf8;
    if (changed) {
      EXPECT_FALSE(d.warning.empty()) << "round " << round;
    }
  }
}

}  // namespace
}  // namespace pejabat
