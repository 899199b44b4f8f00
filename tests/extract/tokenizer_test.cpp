// The tokenizer (extract/segment/tokenizer.h): a table of texts and the
// tokens they make, then words of every length at every offset, which is
// where a scan that reads the text in blocks could go wrong (a word crossing
// a block, a word ending the text).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/segment/tokenizer.h"

namespace pejabat {
namespace {

// A token written as text: kind, flags and the bytes it covers.
std::string Describe(std::string_view text, const Token& t) {
  static const char* const kKinds[] = {"W", "N", "Q", "D", "P"};
  std::string d = kKinds[static_cast<int>(t.kind)];
  if (t.upper) d += "^";
  if (t.all_caps) d += "!";
  if (t.inner_dot) d += ".";
  if (t.paragraph_start) d += "|";
  if (!t.space_before) d += "+";
  return d + ":" + std::string(text.substr(t.span.begin, t.span.size()));
}

std::vector<std::string> Describe(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.push_back(Describe(text, t));
  return out;
}

struct TokenizeCase {
  const char* name;
  const char* text;
  std::vector<std::string> tokens;
};

class TokenizeTable : public ::testing::TestWithParam<TokenizeCase> {};

TEST_P(TokenizeTable, MakesTheseTokens) {
  EXPECT_EQ(Describe(GetParam().text), GetParam().tokens) << GetParam().text;
}

// W word, N number, Q quote, D dash, P punctuation; ^ capitalized, ! all
// capitals, . inner dot, | opens a paragraph, + no space before.
INSTANTIATE_TEST_SUITE_P(
    Examples, TokenizeTable,
    ::testing::Values(
        TokenizeCase{"words", "Wali Kota membuka", {"W^|:Wali", "W^:Kota", "W:membuka"}},
        TokenizeCase{"all_capitals", "BKD dan LAN-RI", {"W^!|:BKD", "W:dan", "W^!:LAN-RI"}},
        TokenizeCase{"one_capital_is_not_all_caps", "A b", {"W^|:A", "W:b"}},
        TokenizeCase{"hyphen_and_apostrophe", "Kemenpan-RB Jum'at", {"W^|:Kemenpan-RB", "W^:Jum'at"}},
        TokenizeCase{"degree_with_inner_dots", "M.Si S.IP", {"W^.|:M.Si", "W^!.:S.IP"}},
        TokenizeCase{"number_separators", "14/11/2018 80,23 1.500", {"N|:14/11/2018", "N:80,23", "N.:1.500"}},
        TokenizeCase{"digits_then_letters_are_a_word", "5G 2x", {"W|:5G", "W:2x"}},
        TokenizeCase{"sentence_end", "Padang. Medan", {"W^|:Padang", "P+:.", "W^:Medan"}},
        TokenizeCase{"glued_sentence", "Kominfo.Kepala Dinas", {"W^|:Kominfo", "P+:.", "W^+:Kepala", "W^:Dinas"}},
        TokenizeCase{"web_address_stays", "detik.com", {"W.|:detik.com"}},
        TokenizeCase{"quotes", "\xE2\x80\x9CKami\xE2\x80\x9D \"ya\"",
                     {"Q|:\xE2\x80\x9C", "W^+:Kami", "Q+:\xE2\x80\x9D", "Q:\"", "W+:ya", "Q+:\""}},
        TokenizeCase{"dashes", "Padang -- Kota \xE2\x80\x93 x", {"W^|:Padang", "D:--", "W^:Kota", "D:\xE2\x80\x93", "W:x"}},
        TokenizeCase{"paragraphs", "Satu\nDua\n\nTiga", {"W^|:Satu", "W^|:Dua", "W^|:Tiga"}},
        TokenizeCase{"accented_letters", "Caf\xC3\xA9 \xC3\x89lise", {"W^|:Caf\xC3\xA9", "W^:\xC3\x89lise"}},
        TokenizeCase{"no_break_space", "Kota\xC2\xA0Padang", {"W^|:Kota", "W^:Padang"}},
        TokenizeCase{"trailing_joiner_is_not_kept", "kata- dan", {"W|:kata", "D+:-", "W:dan"}},
        TokenizeCase{"punctuation", "(Sekda), ya!", {"P|:(", "W^+:Sekda", "P+:)", "P+:,", "W:ya", "P+:!"}},
        TokenizeCase{"empty", "", {}},
        // What ends a word of ASCII letters, lone punctuation marks, runs of
        // spaces (cleaning blanks boilerplate with them), and bytes beyond
        // ASCII after a word: the shapes a faster word loop must keep.
        TokenizeCase{"what_ends_a_word",
                     "kata, kata. kata; kata:x kata/y kata.",
                     {"W|:kata", "P+:,", "W:kata", "P+:.", "W:kata", "P+:;", "W:kata", "P+::", "W+:x", "W:kata", "P+:/",
                      "W+:y", "W:kata", "P+:."}},
        TokenizeCase{"capitals_and_digits",
                     "DPRD2024 COVID-19 BKD, ABC. A1",
                     {"W^!|:DPRD2024", "W^!:COVID-19", "W^!:BKD", "P+:,", "W^!:ABC", "P+:.", "W^:A1"}},
        TokenizeCase{"runs_of_spaces", "Kota  Padang a                                        b\n  c",
                     {"W^|:Kota", "W^:Padang", "W:a", "W:b", "W|:c"}},
        TokenizeCase{"joiners_before_other_marks", "x.-y kata' Jum'at kata-",
                     {"W|:x", "P+:.", "D+:-", "W+:y", "W:kata", "Q+:'", "W^:Jum'at", "W:kata", "D+:-"}},
        TokenizeCase{"bytes_beyond_ascii_after_a_word", "ya\xE2\x80\x9D ya\xC3\xA9 ya\xC2\xA0x",
                     {"W|:ya", "Q+:\xE2\x80\x9D", "W:ya\xC3\xA9", "W:ya", "W:x"}}),
    [](const auto& info) { return std::string(info.param.name); });

// A word of each length from 1 to 40 bytes, at each offset from 0 to 20,
// alone at the end of the text or followed by more: one token with its exact
// span and flags, whatever block boundaries it crosses.
TEST(Tokenize, WordsOfEveryLengthAtEveryOffset) {
  const std::string letters = "AbcdefghijklmnopqrstuvwxyzAbcdefghijklmn";
  for (std::size_t length = 1; length <= 40; ++length) {
    for (std::size_t offset = 0; offset <= 20; ++offset) {
      for (const char* after : {"", " x", ",", "\xC3\xA9z", "-"}) {
        std::string word = letters.substr(0, length);
        std::string text = std::string(offset, ' ') + word + after;
        std::vector<Token> tokens = Tokenize(text);
        ASSERT_FALSE(tokens.empty());
        const Token& t = tokens.front();
        const std::string expected = std::string(after).starts_with("\xC3\xA9") ? word + "\xC3\xA9z" : word;
        EXPECT_EQ(text.substr(t.span.begin, t.span.size()), expected) << "length " << length << " offset " << offset;
        EXPECT_EQ(t.kind, TokenKind::Word);
        EXPECT_TRUE(t.upper);
        EXPECT_EQ(t.all_caps, false);
      }
    }
  }
}

// What kinds of character a word holds decides its kind and all_caps, however
// far into the word the first small letter or digit comes.
TEST(Tokenize, CharacterKindsAnywhereInTheWord) {
  for (std::size_t length = 2; length <= 40; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      std::string caps(length, 'K');
      std::string with_small = caps;
      with_small[at] = 'k';
      std::string digits(length, '7');
      std::string with_letter = digits;
      with_letter[at] = 'x';
      const std::string prefix = "x ";  // not at the start of the text
      auto first_word = [&](const std::string& w) { return Tokenize(prefix + w + " ya").at(1); };
      EXPECT_TRUE(first_word(caps).all_caps) << caps;
      EXPECT_FALSE(first_word(with_small).all_caps) << with_small;
      EXPECT_EQ(first_word(digits).kind, TokenKind::Number) << digits;
      EXPECT_EQ(first_word(with_letter).kind, TokenKind::Word) << with_letter;  // "x777", "7x77" ("2x")
      EXPECT_EQ(first_word(with_letter).span.size(), length) << with_letter;
    }
  }
}

// Every byte value after a small letter, read sixteen bytes at a time (a
// long word) and byte by byte (near the end of the text): the word ends at
// the byte in both, or goes on in both, and only ASCII letters and digits
// are taken by the run itself.
TEST(Tokenize, EveryByteEndsAWordAsTheByteLoopDoes) {
  for (int b = 1; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const std::string long_text = std::string(20, 'a') + c + std::string(20, 'a');
    const std::string short_text = std::string(3, 'a') + c + std::string(3, 'a');
    const Token first_long = Tokenize(long_text).front();
    const Token first_short = Tokenize(short_text).front();
    const bool long_goes_on = first_long.span.end > 20, short_goes_on = first_short.span.end > 3;
    EXPECT_EQ(long_goes_on, short_goes_on) << b;
    const bool alnum = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    if (alnum) {
      EXPECT_EQ(first_long.span.end, long_text.size()) << b;
    } else if (b < 0x80 && b != '.' && b != '-' && b != '\'') {
      EXPECT_EQ(first_long.span.end, 20u) << b;
    }
  }
}

// Runs of spaces of every length from 1 to 40 (cleaning blanks boilerplate
// with such runs), between words, after a mark and at the end of the text:
// the next token starts after the whole run, with space before it.
TEST(Tokenize, RunsOfSpacesOfEveryLength) {
  for (std::size_t run = 1; run <= 40; ++run) {
    const std::string spaces(run, ' ');
    const std::string text = "kata" + spaces + "lagi," + spaces + "x" + spaces;
    const std::vector<Token> tokens = Tokenize(text);
    ASSERT_EQ(tokens.size(), 4u) << run;
    EXPECT_EQ(tokens[1].span.begin, 4 + run) << run;
    EXPECT_EQ(tokens[2].span.begin, 8 + run) << run;
    EXPECT_FALSE(tokens[2].space_before) << run;
    EXPECT_EQ(tokens[3].span.begin, 9 + 2 * run) << run;
    EXPECT_TRUE(tokens[1].space_before && tokens[3].space_before) << run;
    const std::vector<Token> viewed = Tokenize(std::string_view(text));
    ASSERT_EQ(viewed.size(), 4u) << run;
    EXPECT_EQ(viewed[3].span, tokens[3].span) << run;
  }
}

// The marks that may end a sentence (full stop, '!', '?', ellipsis) say so;
// no other token does, a word with dots inside included.
TEST(Tokenize, MarksThatEndSentences) {
  const std::string text = ". ! ? \xE2\x80\xA6 , : ; ( ) \" \xE2\x80\x93 - \xE2\x80\xA2 M.Si. 2.5";
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> ending;
  for (const Token& t : tokens)
    if (t.ends_sentence) ending.emplace_back(text.substr(t.span.begin, t.span.size()));
  EXPECT_EQ(ending, (std::vector<std::string>{".", "!", "?", "\xE2\x80\xA6", "."}));
  ASSERT_EQ(tokens.size(), 16u);
}

// A view that stops inside a word, with letters and digits after it in
// memory: the word scan stops at the view's end, not at the next space (the
// scan of a std::string stops at its NUL instead).
TEST(Tokenize, ViewEndsInsideAWord) {
  const std::string text = "Kota Padang2024 x";
  for (std::size_t cut = 1; cut <= text.size(); ++cut) {
    const std::string_view view = std::string_view(text).substr(0, cut);
    const std::vector<Token> tokens = Tokenize(view);
    ASSERT_FALSE(tokens.empty()) << cut;
    EXPECT_LE(tokens.back().span.end, cut) << cut;
    const std::vector<Token> copied = Tokenize(std::string(view));
    ASSERT_EQ(tokens.size(), copied.size()) << cut;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      EXPECT_EQ(Describe(view, tokens[k]), Describe(view, copied[k])) << cut;
      EXPECT_EQ(tokens[k].span, copied[k].span) << cut;
    }
  }
}

// A token for every byte, far more tokens than a news text makes of its
// size: every one is made, with its own span.
TEST(Tokenize, PunctuationOnly) {
  for (std::size_t n : {1, 9, 10, 11, 40, 1000}) {
    const std::string text(n, ',');
    const std::vector<Token> tokens = Tokenize(text);
    ASSERT_EQ(tokens.size(), n);
    for (std::size_t k = 0; k < n; ++k) {
      EXPECT_EQ(tokens[k].span, (Span{static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1)}));
      EXPECT_EQ(tokens[k].kind, TokenKind::Punct);
      EXPECT_EQ(tokens[k].space_before, k == 0);
      EXPECT_EQ(tokens[k].word, 0u);
    }
  }
}

}  // namespace
}  // namespace pejabat
