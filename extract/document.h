#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/segment/token.h"
#include "extract/span.h"

namespace pejabat {

class Vocabulary;

struct Sentence {
  Span span;
  uint32_t first_token = 0;
  uint32_t end_token = 0;  // one past the last
  uint32_t paragraph = 0;
};

// The Document owns the article text; tokens and sentences are views into it
// with byte offsets (spaCy's Doc/Span). Cleaning blanks boilerplate with spaces
// instead of deleting it, so offsets into the Document are offsets into the
// article as read.
class Document {
 public:
  Document() = default;
  explicit Document(std::string text) : text_(std::move(text)) {}

  const std::string& text() const { return text_; }
  // The text, given up when the document is done with (the resolver's facts keep it).
  std::string TakeText() && { return std::move(text_); }
  std::string_view Slice(Span span) const { return std::string_view(text_).substr(span.begin, span.size()); }
  // A token's text and its lower-case form (for lexicon lookups). Every
  // recognizer asks these at nearly every token, so they are views built
  // straight on the span, without substr's bounds check: tokens come from
  // Tokenize of this text, and FoldCase keeps its length (Segment). Saves 4.7M
  // of 620.4M instructions per 1k articles.
  std::string_view TokenText(std::size_t i) const { return View(text_, tokens[i].span); }
  std::string_view Folded(std::size_t i) const { return View(folded_text, tokens[i].span); }
  std::size_t size() const { return tokens.size(); }
  // Text from the start of token `first` to the end of token `last - 1`.
  // Inline, as the token views are: the resolver, the facts builder and the
  // quote recognizer ask some 70k ranges per 1k articles, and a call each was
  // 1.5M instructions.
  std::string_view TokenRange(std::size_t first, std::size_t last) const { return Slice(RangeSpan(first, last)); }
  Span RangeSpan(std::size_t first, std::size_t last) const {
    if (first >= last || last > tokens.size()) return {};
    return Span{tokens[first].span.begin, tokens[last - 1].span.end};
  }
  const Sentence& SentenceOf(std::size_t token) const { return sentences[tokens[token].sentence]; }
  // Whether token `t` exists and is a word starting with a capital.
  bool IsCapitalizedWord(std::size_t t) const { return t < size() && tokens[t].kind == TokenKind::Word && tokens[t].upper; }
  // Whether the word of token `i` is also written outside [first, end) as a
  // capitalized word on its own, with no capitalized word before or after it
  // ("Helmi menuturkan"): the evidence that a word is a one-word name.
  bool StandsAloneElsewhere(std::size_t i, std::size_t first, std::size_t end) const;

  std::vector<Token> tokens;
  // The text ASCII-lowercased byte for byte (FoldCase), so a token's folded form
  // is a slice at the token's own offsets: no string per token.
  std::string folded_text;
  // The Vocabulary Segment numbered the tokens' words with (Token::word).
  const Vocabulary* vocabulary = nullptr;
  std::vector<Sentence> sentences;
  Span title;  // the headline line
  Span body;   // from the dateline (or the first line after the title) to the end

 private:
  static std::string_view View(const std::string& s, Span span) { return {s.data() + span.begin, span.size()}; }

  std::string text_;
};

}  // namespace pejabat
