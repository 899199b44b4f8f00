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
  uint32_t sentence = 0;
  uint32_t paragraph = 0;
};

}  // namespace pejabat
