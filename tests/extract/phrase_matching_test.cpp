// The shared matching machinery of the recognizers: phrase tables asked by
// word numbers (with the pair filter in front of a bucket and the start bits
// tested alone), and the gazetteer's word trie that region names are walked
// by. Each answers as the plain reading does: a document numbered with the
// vocabulary and one that is not get the same matches.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "extract/phrase_table.h"
#include "extract/recognize/region_parser.h"
#include "extract/recognize/token_scan.h"
#include "extract/segment/sentence_splitter.h"
#include "extract/segment/tokenizer.h"
#include "extract/text_util.h"
#include "test_lexicon.h"

namespace pejabat {
namespace {

using testing::TheLexicon;

// A document tokenized as Segment does; numbered with `vocabulary` when given
// (its tokens' word numbers and start bits), else left for lookups by text.
Document MakeDocument(const std::string& text, const Vocabulary* vocabulary) {
  Document doc(text);
  doc.tokens = Tokenize(text);
  doc.folded_text = FoldCase(text);
  if (vocabulary) {
    doc.vocabulary = vocabulary;
    for (std::size_t i = 0; i < doc.size(); ++i) {
      doc.tokens[i].word = vocabulary->Find(doc.Folded(i));
      doc.tokens[i].phrase_starts = vocabulary->StartsOf(doc.tokens[i].word);
    }
  }
  return doc;
}

struct PhraseCase {
  std::string text;
  std::size_t token;
  std::size_t limit;
  std::optional<uint32_t> value;  // nullopt: no phrase starts there
  uint32_t length = 0;
};

class PhraseTableTest : public ::testing::TestWithParam<PhraseCase> {
 protected:
  static const PhraseTable& Table() {
    static const PhraseTable table = [] {
      PhraseTable t(std::make_shared<Vocabulary>());
      t.Add("Kepala", 1);
      t.Add("Kepala Dinas", 2);
      t.Add("Kepala Dinas Kesehatan", 3);
      t.Add("Kepala Bagian", 4);
      t.Add("Wali Kota", 5);
      t.Add("Satpol PP", 6);
      t.Add("Kemenpan-RB", 7);
      return t;
    }();
    return table;
  }
};

TEST_P(PhraseTableTest, MatchesLongestFirstNumberedOrNot) {
  const PhraseCase& c = GetParam();
  const PhraseTable& table = Table();
  for (const Vocabulary* vocabulary : {&table.vocabulary(), static_cast<const Vocabulary*>(nullptr)}) {
    Document doc = MakeDocument(c.text, vocabulary);
    auto hit = table.MatchAt(doc, c.token, c.limit);
    ASSERT_EQ(hit.has_value(), c.value.has_value()) << c.text << " at " << c.token;
    if (hit) {
      EXPECT_EQ(hit->value, *c.value) << c.text;
      EXPECT_EQ(hit->length, c.length) << c.text;
      // The start bit never says no where a phrase matches.
      EXPECT_TRUE(table.MayStartAt(doc, c.token)) << c.text;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, PhraseTableTest,
    ::testing::Values(PhraseCase{"Kepala Dinas Kesehatan Kota", 0, SIZE_MAX, 3, 3},
                      PhraseCase{"Kepala Dinas Pendidikan", 0, SIZE_MAX, 2, 2},
                      PhraseCase{"Kepala Bagian Umum", 0, SIZE_MAX, 4, 2},
                      // a second word no longer phrase has: the one-word phrase
                      PhraseCase{"Kepala Sekolah", 0, SIZE_MAX, 1, 1},
                      PhraseCase{"kepala desa", 0, SIZE_MAX, 1, 1},
                      // the last token: only the one-word phrase fits
                      PhraseCase{"Kepala", 0, SIZE_MAX, 1, 1},
                      // a limit cuts the longer phrases off
                      PhraseCase{"Kepala Dinas Kesehatan", 0, 2, 2, 2},
                      PhraseCase{"Kepala Dinas Kesehatan", 0, 1, 1, 1},
                      // a start word without a one-word phrase of its own
                      PhraseCase{"Wali Kota Padang", 0, SIZE_MAX, 5, 2},
                      PhraseCase{"Wali murid", 0, SIZE_MAX, std::nullopt},
                      PhraseCase{"Satpol PP Kota", 0, SIZE_MAX, 6, 2},
                      PhraseCase{"Kemenpan-RB", 0, SIZE_MAX, 7, 1},
                      // a new paragraph ends a phrase
                      PhraseCase{"Wali\nKota", 0, SIZE_MAX, std::nullopt},
                      PhraseCase{"Kepala\nDinas", 0, SIZE_MAX, 1, 1},
                      PhraseCase{"Ia bertemu Kepala Dinas", 2, SIZE_MAX, 2, 2},
                      PhraseCase{"Ia bertemu Kepala Dinas", 1, SIZE_MAX, std::nullopt},
                      PhraseCase{"Kepala", 5, SIZE_MAX, std::nullopt}));

// NextStart, eight masks at a time, finds the token a test of each would: at
// every place in a block of eight (either half), in a later block, in the
// tail after the last whole block, and none (n) when no mask has the bits.
struct NextStartCase {
  std::vector<uint32_t> masks;  // phrase_starts of each token
  std::size_t from, n;
  uint32_t bits;
  std::size_t want;
};

class NextStartTest : public ::testing::TestWithParam<NextStartCase> {};

TEST_P(NextStartTest, FindsTheFirstTokenWithTheBits) {
  const NextStartCase& c = GetParam();
  std::vector<Token> tokens(c.masks.size());
  for (std::size_t k = 0; k < tokens.size(); ++k) tokens[k].phrase_starts = c.masks[k];
  EXPECT_EQ(NextStart(tokens.data(), c.from, c.n, c.bits), c.want);
}

INSTANTIATE_TEST_SUITE_P(
    Masks, NextStartTest,
    ::testing::Values(NextStartCase{{0, 0, 0, 0, 0, 0, 0, 0, 0}, 0, 9, 1, 9},
                      NextStartCase{{1, 0, 0, 0, 0, 0, 0, 0, 0}, 0, 9, 1, 0},
                      NextStartCase{{0, 0, 2, 1, 0, 0, 0, 0, 0}, 0, 9, 1, 3},
                      NextStartCase{{0, 0, 2, 1, 0, 0, 0, 0, 0}, 0, 9, 3, 2},
                      NextStartCase{{0, 0, 0, 0, 0, 0, 0, 1, 0}, 0, 9, 1, 7},
                      NextStartCase{{0, 0, 0, 0, 0, 0, 0, 0, 1}, 0, 9, 1, 8},
                      NextStartCase{{1, 0, 0, 0, 0, 1, 0, 0, 0}, 1, 9, 1, 5},
                      // a token at or past n is not looked at
                      NextStartCase{{0, 0, 0, 0, 0, 0, 0, 0, 1}, 0, 8, 1, 8},
                      NextStartCase{{0, 0, 0, 1, 0}, 0, 3, 1, 3},
                      // blocks after the first, and the tail after two
                      NextStartCase{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0}, 0, 17, 1, 11},
                      NextStartCase{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}, 0, 17, 1, 13},
                      NextStartCase{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 0, 17, 1, 16},
                      NextStartCase{{0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0}, 2, 17, 1, 15},
                      NextStartCase{{0, 1}, 2, 2, 1, 2}));

// The window walk as it was read by folded keys (Gazetteer::LookUpKey), the
// reference the word trie must agree with.
std::optional<RegionMatch> ByKeys(const Document& doc, const Lexicon& lx, std::size_t i, std::optional<RegionLevel> level) {
  if (i >= doc.size() || !lx.StartsRegionName(doc, i)) return std::nullopt;
  std::optional<RegionMatch> best;
  std::string key;
  for (std::size_t k = 0; k < lx.gazetteer.MaxNameWords() && i + k < doc.size(); ++k) {
    const Token& t = doc.tokens[i + k];
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) break;
    if (k > 0 && t.paragraph_start) break;
    if (k > 0) key += ' ';
    for (char c : doc.Folded(i + k)) key += c == '-' ? ' ' : c;
    const Gazetteer::KeyLookup hit = lx.gazetteer.LookUpKey(key, level);
    const Region* found = level ? hit.at_level : hit.first;
    if (found) best = RegionMatch{found, i + k + 1, level.has_value()};
    if (!hit.longer) break;
  }
  return best;
}

void ExpectSameAsByKeys(const std::string& text) {
  const Lexicon& lx = TheLexicon();
  Document doc(text);
  Segment(doc, lx);
  for (std::size_t i = 0; i < doc.size(); ++i) {
    for (std::optional<RegionLevel> level :
         {std::optional<RegionLevel>{}, std::optional<RegionLevel>{RegionLevel::Province},
          std::optional<RegionLevel>{RegionLevel::City}, std::optional<RegionLevel>{RegionLevel::Regency}}) {
      auto want = ByKeys(doc, lx, i, level);
      auto got = MatchRegionName(doc, lx, i, level);
      ASSERT_EQ(got.has_value(), want.has_value()) << text << " at " << i;
      if (!got) continue;
      EXPECT_EQ(got->region, want->region) << text << " at " << i;
      EXPECT_EQ(got->end, want->end) << text << " at " << i;
      EXPECT_EQ(got->explicit_level, want->explicit_level) << text << " at " << i;
    }
  }
}

// Every name and alias of the real gazetteer, as written, folded, with
// hyphens between its words, title-cased and inside a sentence: the word
// trie reads each as the folded keys do, at every token.
TEST(RegionWordTrie, ReadsEveryNameAsTheKeysDo) {
  const Lexicon& lx = TheLexicon();
  ASSERT_TRUE(lx.gazetteer.HasWordIndex());
  std::size_t found = 0;
  for (const Region& region : lx.gazetteer.regions()) {
    std::vector<std::string> written{region.name};
    written.insert(written.end(), region.aliases.begin(), region.aliases.end());
    for (const std::string& name : written) {
      const std::string key = Gazetteer::FoldName(name);
      std::string hyphenated = key;
      for (char& c : hyphenated)
        if (c == ' ') c = '-';
      for (const std::string& text : {name, key, hyphenated, TitleCase(key), "Bupati " + name + " Barat, Senin"}) {
        ExpectSameAsByKeys(text);
        Document doc(text);
        Segment(doc, lx);
        found += MatchRegionName(doc, lx, 0, std::nullopt).has_value();
      }
    }
  }
  EXPECT_GT(found, 1500u);  // the names themselves are found
}

TEST(RegionWordTrie, ReadsSentencesAsTheKeysDo) {
  for (const std::string text :
       {"Wali Kota Padang Panjang dan Bupati Lima-Puluh Kota hadir.", "Kabupaten Toli-Toli, Provinsi Sulawesi Tengah",
        "Padang\nPariaman", "di Kab. 50 Kota", "Padang-Padang Lawas Utara Sidimpuan", "lima puluh-kota"})
    ExpectSameAsByKeys(text);
}

// The lexicon's own start bits answer as the word lists do, token by token:
// a place prefix has its bit, a portfolio word is found by IsPortfolioToken
// exactly when IsPortfolioWord finds its text, and a region bit is set where
// the word trie has a first edge.
TEST(LexiconStartBits, AnswerAsTheWordListsDo) {
  const Lexicon& lx = TheLexicon();
  for (const std::string text :
       {"Kepala Dinas Pemberdayaan Masyarakat dan Desa Kota Padang, Kecamatan Koto Tangah",
        "Asisten Pemerintahan dan Kesra Setda Kabupaten Toli-Toli", "kota padang KOTA Bogor kab. Lima-Puluh Kota",
        "Bagian Organisasi, Umum dan Keuangan Provinsi Sumatera Barat", "desa nagari kelurahan Kesehatan Hukum"}) {
    Document doc(text);
    Segment(doc, lx);
    for (std::size_t i = 0; i < doc.size(); ++i) {
      const uint32_t bits = doc.tokens[i].phrase_starts;
      EXPECT_EQ((bits & lx.PlacePrefixBit()) != 0, !lx.Word(doc, i).place_level.empty()) << text << " at " << i;
      EXPECT_EQ(lx.IsPortfolioToken(doc, i), lx.IsPortfolioWord(doc.TokenText(i))) << text << " at " << i;
      EXPECT_EQ((bits & lx.RegionStartBit()) != 0, lx.gazetteer.Next(0, doc.tokens[i].word) != Gazetteer::kNoNode)
          << text << " at " << i;
    }
  }
}

struct RegionCase {
  std::string text;
  std::size_t token;
  std::optional<RegionLevel> prefer;
  std::string code;  // "": no region
  std::size_t end = 0;
};

class MatchRegionTest : public ::testing::TestWithParam<RegionCase> {};

TEST_P(MatchRegionTest, ReadsTheRegion) {
  const RegionCase& c = GetParam();
  const Lexicon& lx = TheLexicon();
  Document doc(c.text);
  Segment(doc, lx);
  auto m = MatchRegion(doc, lx, c.token, true, c.prefer);
  if (c.code.empty()) {
    EXPECT_FALSE(m.has_value()) << c.text;
    return;
  }
  ASSERT_TRUE(m.has_value()) << c.text;
  EXPECT_EQ(m->region->code, c.code) << c.text;
  EXPECT_EQ(m->end, c.end) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, MatchRegionTest,
    ::testing::Values(RegionCase{"Kota Padang", 0, std::nullopt, "13.71", 2},
                      RegionCase{"Kabupaten Lima Puluh Kota", 0, std::nullopt, "13.07", 4},
                      RegionCase{"Kab. Lima-Puluh Kota", 0, std::nullopt, "13.07", 4},
                      RegionCase{"di Padang Pariaman", 1, std::nullopt, "13.05", 3},
                      // a bare name that is a kota and a kabupaten: the kota, unless the other is preferred
                      RegionCase{"Bupati Bogor", 1, std::nullopt, "32.71", 2},
                      RegionCase{"Bupati Bogor", 1, RegionLevel::Regency, "32.01", 2},
                      // the preferred level only as long as the longest name
                      RegionCase{"Padang Pariaman", 0, RegionLevel::City, "13.05", 2},
                      RegionCase{"Toli-Toli", 0, std::nullopt, "72.04", 1},
                      RegionCase{"padang", 0, std::nullopt, "", 0},
                      RegionCase{"Sekolah Padang", 0, std::nullopt, "", 0},
                      RegionCase{"Padang\nPariaman", 0, std::nullopt, "13.71", 1}));

}  // namespace
}  // namespace pejabat
