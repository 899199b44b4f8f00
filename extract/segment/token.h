#pragma once
#include <cstdint>

#include "extract/span.h"

namespace pejabat {

enum class TokenKind : uint8_t { Word, Number, Quote, Dash, Punct };

// A token is a view: a span into the Document's text plus what kind it is.
struct Token {
  Span span;
  TokenKind kind = TokenKind::Word;
  bool upper = false;            // starts with an upper-case letter
  bool all_caps = false;         // two or more letters, all upper case ("BKD", "LAN-RI")
  bool space_before = false;     // white space (or start of text) before it
  bool paragraph_start = false;  // first token of a paragraph (line)
  bool inner_dot = false;        // a dot inside the word ("M.Si", "H.Zulkifli")
  // A full stop, '!', '?' or an ellipsis: the marks that may end a sentence.
  // Beside paragraph_start and inner_dot, so that Segment's loop asks the
  // three at once: asking the kind and then the text of every mark was two
  // branches a comma, and 40k mispredicted branches per 1k articles.
  bool ends_sentence = false;
  uint32_t sentence = 0;
  uint32_t paragraph = 0;
  // Set by Segment from the lexicon's Vocabulary: the number of the token's
  // folded word (0: in no lexicon phrase), and a bit per phrase table that has
  // a phrase starting with that word. Beside the rest of the token, which the
  // same questions read, and making a token 32 bytes: the token count, asked
  // at every loop bound of every recognizer, is then a shift, not a division.
  uint32_t word = 0;
  uint32_t phrase_starts = 0;
};
static_assert(sizeof(Token) == 32);

}  // namespace pejabat
