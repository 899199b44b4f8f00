// Text helpers (extract/text_util.h): the fast forms (slugs by table, spaces
// collapsed eight bytes at a time, keys appended into reused strings) answer
// byte for byte as the plain definitions they replaced.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "extract/string_hash.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

bool PlainSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string PlainCollapseSpaces(std::string_view s) {
  std::string out;
  bool pending = false;
  for (char c : s) {
    if (PlainSpace(c)) {
      pending = !out.empty();
    } else {
      if (pending) out += ' ';
      pending = false;
      out += c;
    }
  }
  return out;
}

std::string PlainSlug(std::string_view s) {
  std::string out;
  bool dash = false;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (IsAsciiAlpha(c) || IsAsciiDigit(c) || u >= 0x80) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else {
      dash = true;
    }
  }
  return out;
}

// Texts of every length up to 40 over an alphabet of letters, digits, every
// kind of white space, control bytes, punctuation and UTF-8 bytes.
std::vector<std::string> Samples() {
  const std::string alphabet = std::string("aZ9 \t\n\v\f\r\x01\x1f!-.@[`{~\x7f") + "\xc3\xa9" + std::string(1, '\0');
  std::mt19937 rng(7);
  std::vector<std::string> out = {"", " ", "  Rahmat   Hidayat ", "Bagian Organisasi Sekretariat Daerah Kota Padang",
                                  "Kepala\tDinas\n\nKominfo  ", "ABCDEFGHIJKLMNOP QRSTUVWX"};
  for (int n = 0; n < 4000; ++n) {
    std::string s(rng() % 41, ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    out.push_back(s);
  }
  // Words one space apart, as names are written, some with one flaw (a space
  // too many, first or last, or another kind of white space) at any place.
  const std::string letters = "aBz9\xc3\xa9-.";
  const std::string flaws[] = {" ", "\t", "\n", "\r", "\v", "\f", "\x01"};
  for (int n = 0; n < 4000; ++n) {
    std::string s;
    for (int w = 0, words = 1 + rng() % 8; w < words; ++w) {
      if (w) s += ' ';
      for (int k = 0, len = 1 + rng() % 11; k < len; ++k) s += letters[rng() % letters.size()];
    }
    if (n % 2) s.insert(rng() % (s.size() + 1), flaws[rng() % std::size(flaws)]);
    out.push_back(s);
  }
  // Long words of letters alone (eight at a time in a slug), one byte of
  // another kind now and then.
  const std::string only_letters = "aAzZmQ";
  const std::string others = std::string("@[`{ 09-\x80\xff") + std::string(1, '\0');
  for (int n = 0; n < 2000; ++n) {
    std::string s;
    for (int w = 0, words = 1 + rng() % 4; w < words; ++w) {
      if (w) s += ' ';
      for (int k = 0, len = 1 + rng() % 20; k < len; ++k) s += only_letters[rng() % only_letters.size()];
    }
    if (n % 3 == 0) s[rng() % s.size()] = others[rng() % others.size()];
    out.push_back(s);
  }
  return out;
}

TEST(TextUtil, CollapseSpacesAnswersAsThePlainDefinition) {
  std::string reused = "left over from before";
  for (const std::string& s : Samples()) {
    EXPECT_EQ(CollapseSpaces(s), PlainCollapseSpaces(s)) << s;
    AssignCollapsedSpaces(reused, s);
    EXPECT_EQ(reused, PlainCollapseSpaces(s)) << s;
  }
}

TEST(TextUtil, CollapsedViewIsTheTextItselfWhenNothingCollapses) {
  std::string buffer = "left over from before";
  for (const std::string& s : Samples()) {
    const std::string_view view = CollapsedView(buffer, s);
    EXPECT_EQ(view, PlainCollapseSpaces(s)) << s;
    // A control byte (other white space, or not) is copied to be looked at.
    const bool control = std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
    if (PlainCollapseSpaces(s) == s && !control) EXPECT_EQ(view.data(), s.data()) << s;
    else EXPECT_EQ(view.data(), buffer.data()) << s;
  }
}

TEST(TextUtil, SlugAnswersAsThePlainDefinition) {
  for (const std::string& s : Samples()) {
    EXPECT_EQ(Slug(s), PlainSlug(s)) << s;
    std::string key = "org/";
    AppendSlug(key, s);
    EXPECT_EQ(key, "org/" + PlainSlug(s)) << s;  // no dash where the appended slug starts
  }
  EXPECT_EQ(Slug("Rahmat Hidayat"), "rahmat-hidayat");
  EXPECT_EQ(Slug(" -Dinas (PUPR) "), "dinas-pupr");
}

TEST(TextUtil, EqualsFoldedFoldsOnlyAsciiLetters) {
  std::mt19937 rng(11);
  for (const std::string& s : Samples()) {
    std::string t = s;
    for (char& c : t)
      if (rng() % 2 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    EXPECT_TRUE(EqualsFolded(s, t)) << s;
    if (!t.empty()) {
      t[rng() % t.size()] ^= 0x01;  // a letter's case is bit 0x20: this changes the byte
      EXPECT_FALSE(EqualsFolded(s, t)) << s;
    }
  }
  EXPECT_FALSE(EqualsFolded("Kota", "Kot"));
  EXPECT_FALSE(EqualsFolded("@", "`"));  // one bit apart as 'A' and 'a' are, not letters
}

TEST(TextUtil, FoldCaseFoldsOnlyAsciiCapitals) {
  std::string every;  // every byte value, at every offset within eight bytes
  for (int shift = 0; shift < 8; ++shift) {
    every.append(static_cast<std::size_t>(shift), 'Q');
    for (int c = 0; c < 256; ++c) every += static_cast<char>(c);
  }
  std::vector<std::string> texts = Samples();
  texts.push_back(every);
  for (const std::string& s : texts) {
    std::string plain = s;
    for (char& c : plain)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    EXPECT_EQ(FoldCase(s), plain) << s;
  }
}

TEST(TextUtil, SplitFoldedWordsIsSplitWordsOfFoldCase) {
  for (const std::string& s : Samples()) EXPECT_EQ(SplitFoldedWords(s), SplitWords(FoldCase(s))) << s;
}

TEST(TextUtil, TitleCaseInPlaceIsTitleCase) {
  EXPECT_EQ(TitleCase("pemerintah kota padang"), "Pemerintah Kota Padang");
  EXPECT_EQ(TitleCase("kesbang-pol (badan)"), "Kesbang-Pol (Badan)");
  for (const std::string& s : Samples()) {
    std::string t = s;
    TitleCaseInPlace(t);
    EXPECT_EQ(t, TitleCase(s)) << s;
  }
}

TEST(TextUtil, IsAsciiSpaceIsWhatSplitWordsSplitsOn) {
  for (int c = -128; c < 128; ++c) EXPECT_EQ(IsAsciiSpace(static_cast<char>(c)), PlainSpace(static_cast<char>(c))) << c;
}

// HashBytes (extract/string_hash.h) reads every byte: a string and each
// change of one byte in it, or of its length, hash apart; the lexicon's
// sets find a word by a view into other text.
TEST(StringHash, EveryByteAndTheLengthCount) {
  std::mt19937 rng(11);
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string s(n, 'a');
    for (char& c : s) c = static_cast<char>('a' + rng() % 26);
    const std::size_t h = HashBytes(s);
    EXPECT_EQ(h, StringHash{}(std::string_view(s)));
    EXPECT_NE(h, HashBytes(s + 'a')) << s;
    EXPECT_NE(h, HashBytes(s + std::string(1, '\0'))) << s;
    for (std::size_t i = 0; i < n; ++i) {
      std::string t = s;
      t[i] = static_cast<char>(t[i] ^ 0x20);
      EXPECT_NE(h, HashBytes(t)) << s << " at " << i;
    }
  }
  // Words of Samples() spread over many hashes: a few equal ones at most.
  std::set<std::string> words;
  for (const std::string& s : Samples()) words.insert(s);
  std::set<std::size_t> hashes;
  for (const std::string& w : words) hashes.insert(HashBytes(w));
  EXPECT_GE(hashes.size() + 2, words.size());
  WordSet set{"kota", "kabupaten"};
  const std::string text = "di kota padang";
  EXPECT_EQ(set.count(std::string_view(text).substr(3, 4)), 1u);
  EXPECT_EQ(set.count(std::string_view(text).substr(3, 3)), 0u);
}

}  // namespace
}  // namespace pejabat
