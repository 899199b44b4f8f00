// The lexicon's word numbers (extract/vocabulary.h): lookups, the in-text
// lookup Segment uses, and the per-table start masks phrase tables test.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "extract/vocabulary.h"

namespace pejabat {
namespace {

TEST(Vocabulary, NumbersWordsOnceFromOne) {
  Vocabulary v;
  const uint32_t a = v.Intern("kepala");
  EXPECT_EQ(a, 1u);
  EXPECT_EQ(v.Intern("dinas"), 2u);
  EXPECT_EQ(v.Intern("kepala"), a);
  EXPECT_EQ(v.Find("kepala"), a);
  EXPECT_EQ(v.Find("kepal"), Vocabulary::kUnknown);
  EXPECT_EQ(v.Find(""), Vocabulary::kUnknown);
  EXPECT_EQ(v.size(), 2u);
}

// Words of every length up to three chunks, found inside a text at every
// offset, with and without room to read their last chunk whole: the in-text
// lookup answers as Find does, for known and unknown words alike.
TEST(Vocabulary, FindInTextAnswersAsFind) {
  Vocabulary v;
  std::vector<std::string> words;
  for (std::size_t n = 1; n <= 24; ++n) {
    std::string w;
    for (std::size_t k = 0; k < n; ++k) w += static_cast<char>('a' + (k * 7 + n) % 26);
    words.push_back(w);
    v.Intern(w);
  }
  for (const std::string& w : words) {
    for (std::size_t before = 0; before < 3; ++before) {
      for (std::size_t after = 0; after < 10; ++after) {
        const std::string text = std::string(before, ' ') + w + std::string(after, ' ');
        const std::string_view word = std::string_view(text).substr(before, w.size());
        const char* end = text.data() + text.size();
        EXPECT_EQ(v.FindInText(word, end), v.Find(w)) << w << " +" << after;
        // The same word cut short by one byte is unknown either way.
        const std::string_view cut = word.substr(0, word.size() - 1);
        EXPECT_EQ(v.FindInText(cut, end), v.Find(cut)) << w;
      }
    }
  }
}

TEST(Vocabulary, StartMasksByTable) {
  Vocabulary v;
  const uint32_t roles = v.TableBit(), offices = v.TableBit();
  EXPECT_NE(roles, offices);
  const uint32_t kepala = v.Intern("kepala"), dinas = v.Intern("dinas"), kota = v.Intern("kota");
  v.MarkStart(kepala, roles);
  v.MarkStart(dinas, offices);
  v.MarkStart(kepala, offices);
  EXPECT_EQ(v.StartsOf(kepala), roles | offices);
  EXPECT_EQ(v.StartsOf(dinas), offices);
  EXPECT_EQ(v.StartsOf(kota), 0u);
  EXPECT_EQ(v.StartsOf(Vocabulary::kUnknown), 0u);
  EXPECT_EQ(v.StartsOf(1000), 0u);  // a number no word has
}

// The lookup Segment makes answers as Find and StartsOf do, for words short
// enough to be told apart by their first eight bytes and longer ones that
// share them ("kabupaten", "kabupatenku").
TEST(Vocabulary, FindWithStartsAnswersAsFindAndStartsOf) {
  Vocabulary v;
  const uint32_t bit = v.TableBit();
  for (const char* w : {"kabupaten", "kabupatenku", "kabupate", "kab", "k", "wakil", "wakil bupati"}) v.Intern(w);
  v.MarkStart(v.Find("kabupaten"), bit);
  v.MarkStart(v.Find("wakil"), bit);
  const std::string text = "kabupatenku kabupaten kabupate kab k wakil wakilx kabupatex wakil bupati";
  const char* end = text.data() + text.size();
  for (std::size_t b = 0; b < text.size(); ++b) {
    for (std::size_t e = b + 1; e <= text.size(); ++e) {
      const std::string_view word = std::string_view(text).substr(b, e - b);
      const Vocabulary::Found found = v.FindWithStarts(word, end);
      EXPECT_EQ(found.id, v.Find(std::string(word))) << word;
      EXPECT_EQ(found.starts, v.StartsOf(found.id)) << word;
    }
  }
  EXPECT_EQ(v.FindWithStarts(std::string_view(text).substr(0, 9), end).starts, bit);
}

// Words of one size that differ in one byte only, at each place from the
// first to the twenty-fourth: each keeps its own number, and a word that
// differs from all of them is unknown, by Find and by the in-text lookup.
// The lookup compares the first sixteen bytes as two chunks and the rest
// byte by byte, so a difference in either part must tell words apart.
TEST(Vocabulary, WordsDifferingInOneByteAnywhere) {
  for (std::size_t n = 1; n <= 24; ++n) {
    Vocabulary v;
    std::vector<std::string> words;
    std::vector<uint32_t> ids;
    const std::string base(n, 'a');
    for (std::size_t at = 0; at < n; ++at) {
      std::string w = base;
      w[at] = 'b';
      words.push_back(w);
      ids.push_back(v.Intern(w));
    }
    for (std::size_t k = 0; k < words.size(); ++k) {
      const std::string text = words[k] + std::string(16, ' ');
      EXPECT_EQ(v.Find(words[k]), ids[k]) << words[k];
      EXPECT_EQ(v.FindInText(std::string_view(text).substr(0, n), text.data() + text.size()), ids[k]) << words[k];
    }
    const std::string text = base + std::string(16, ' ');
    EXPECT_EQ(v.Find(base), Vocabulary::kUnknown) << base;
    EXPECT_EQ(v.FindInText(std::string_view(text).substr(0, n), text.data() + text.size()), Vocabulary::kUnknown)
        << base;
  }
}

// A slot keeps a word's size in one byte, 255 for any longer: words of 255
// bytes and more that share their first bytes keep their own numbers, and a
// size between them is unknown.
TEST(Vocabulary, WordsLongerThanTheSizeByte) {
  Vocabulary v;
  std::vector<uint32_t> ids;
  for (std::size_t n : {254, 255, 256, 300}) ids.push_back(v.Intern(std::string(n, 'a')));
  std::size_t k = 0;
  for (std::size_t n : {254, 255, 256, 300}) {
    const std::string text = std::string(n, 'a') + " ";
    EXPECT_EQ(v.Find(std::string(n, 'a')), ids[k]) << n;
    EXPECT_EQ(v.FindInText(std::string_view(text).substr(0, n), text.data() + text.size()), ids[k]) << n;
    ++k;
  }
  EXPECT_EQ(v.Find(std::string(257, 'a')), Vocabulary::kUnknown);
  EXPECT_EQ(v.Find(std::string(253, 'a')), Vocabulary::kUnknown);
}

// Words that differ only in trailing NUL bytes are different words (a word's
// first eight bytes are zero after its end, so only its size tells them apart).
TEST(Vocabulary, TrailingNulBytesMakeAnotherWord) {
  Vocabulary v;
  const uint32_t a = v.Intern("a");
  const uint32_t a0 = v.Intern(std::string("a\0", 2));
  EXPECT_NE(a, a0);
  EXPECT_EQ(v.Find("a"), a);
  EXPECT_EQ(v.Find(std::string("a\0", 2)), a0);
  EXPECT_EQ(v.Find(std::string("a\0\0", 3)), Vocabulary::kUnknown);
  EXPECT_EQ(v.Find(std::string(1, '\0')), Vocabulary::kUnknown);
}

// The start mask a lookup answers with is the one StartsOf gives, whether
// marked before or after the table grew.
TEST(Vocabulary, StartMasksKeptWhenTheTableGrows) {
  Vocabulary v;
  const uint32_t early = v.TableBit(), late = v.TableBit();
  const uint32_t kepala = v.Intern("kepala");
  v.MarkStart(kepala, early);
  std::vector<std::string> words;
  for (int k = 0; k < 1000; ++k) words.push_back(std::string("w").append(std::to_string(k)));
  for (const std::string& w : words) v.Intern(w);
  v.MarkStart(kepala, late);
  v.MarkStart(v.Find("w999"), late);
  const std::string text = "kepala w999 w1 ";
  const char* end = text.data() + text.size();
  EXPECT_EQ(v.FindWithStarts(std::string_view(text).substr(0, 6), end).starts, early | late);
  EXPECT_EQ(v.FindWithStarts(std::string_view(text).substr(7, 4), end).starts, late);
  EXPECT_EQ(v.FindWithStarts(std::string_view(text).substr(12, 2), end).starts, 0u);
  EXPECT_EQ(v.FindWithStarts(std::string_view(text).substr(12, 2), end).id, v.Find("w1"));
}

TEST(Vocabulary, StartMarkOfAnUnknownNumberIsAnError) {
  Vocabulary v;
  const uint32_t bit = v.TableBit();
  EXPECT_THROW(v.MarkStart(Vocabulary::kUnknown, bit), std::logic_error);
  EXPECT_THROW(v.MarkStart(1, bit), std::logic_error);
}

TEST(Vocabulary, AtMostThirtyTwoTables) {
  Vocabulary v;
  for (int i = 0; i < 32; ++i) v.TableBit();
  EXPECT_THROW(v.TableBit(), std::logic_error);
}

}  // namespace
}  // namespace pejabat
