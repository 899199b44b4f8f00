#include "extract/segment/sentence_splitter.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "extract/lexicon.h"
#include "extract/segment/tokenizer.h"
#include "extract/text_util.h"
#include "extract/vocabulary.h"

namespace pejabat {
namespace {


// Where token `t` (a word) holds a title glued to a name by its dot ("H.Zulkifli",
// "Hj.Siti", "Drs.H.Ahmad"), the length of the title; 0 otherwise. A degree
// written the same way ("S.Sos", "M.Si") is one word, and so is a title glued
// to another degree-like part ("Dr.Ir" stays for the title reader).
std::size_t GluedTitleLength(std::string_view word, const Lexicon& lexicon) {
  std::size_t dot = word.find('.');
  if (dot == 0 || dot == std::string_view::npos || dot + 2 >= word.size()) return 0;
  std::string_view rest = word.substr(dot + 1);
  if (!StartsWithUpper(rest) || !(rest[1] >= 'a' && rest[1] <= 'z')) return 0;
  std::string_view rest_word = rest.substr(0, rest.find('.'));
  if (lexicon.IsDegree(word) || lexicon.IsDegree(rest_word) || !lexicon.titles.Find(word.substr(0, dot))) return 0;
  return dot;
}

// Splits every glued title off into a word and a dot of its own, as if the
// article had written "H. Zulkifli"; the title reader then does the rest.
void SplitGluedTitles(std::vector<Token>& tokens, std::string_view text, const Lexicon& lexicon) {
  std::vector<Token> out;  // stays empty, and nothing is copied, until a title is split
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& word = tokens[i];
    if (word.kind != TokenKind::Word || !word.upper || !word.inner_dot) {
      if (!out.empty()) out.push_back(word);
      continue;
    }
    Token t = word;
    std::size_t n;
    while ((n = GluedTitleLength(text.substr(t.span.begin, t.span.size()), lexicon)) > 0) {
      if (out.empty()) out.assign(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(i));
      Token title = t, dot = t, rest = t;
      title.span.end = static_cast<uint32_t>(t.span.begin + n);
      title.all_caps = n >= 2 && std::all_of(text.begin() + title.span.begin, text.begin() + title.span.end,
                                             [](char c) { return c >= 'A' && c <= 'Z'; });
      dot.kind = TokenKind::Punct;
      dot.ends_sentence = true;
      dot.span = {title.span.end, title.span.end + 1};
      dot.upper = dot.all_caps = dot.space_before = dot.paragraph_start = dot.inner_dot = false;
      title.inner_dot = false;
      rest.span.begin = dot.span.end;
      rest.space_before = rest.paragraph_start = false;
      rest.all_caps = false;
      rest.inner_dot = text.substr(rest.span.begin, rest.span.size()).find('.') != std::string_view::npos;
      out.push_back(title);
      out.push_back(dot);
      t = rest;
    }
    if (!out.empty()) out.push_back(t);
  }
  if (!out.empty()) tokens = std::move(out);
}

// Numbers a token's folded word straight from its span, what Folded(i)
// gives, in the folded text [folded, folded_end). Always inlined: as a call
// per token it took 22.3M instructions per 1k articles, 17.6M inline.
[[gnu::always_inline]] inline void NumberWord(Token& t, const Vocabulary& vocabulary, const char* folded,
                                              const char* folded_end) {
  const Vocabulary::Found found =
      vocabulary.FindWithStarts(std::string_view(folded + t.span.begin, t.span.size()), folded_end);
  t.word = found.id;
  t.phrase_starts = found.starts;
}

// Lexicon::IsDegreeToken, with MayBeDegreeWord asked first of words: nearly
// every word before a full stop has no dot or comma in it, and is then
// answered from its flags, without IsDegreeToken's search for either (1.2M
// instructions of memchr per 1k articles).
bool IsDegreeAt(const Document& doc, std::size_t i, const Lexicon& lexicon) {
  if (doc.tokens[i].kind == TokenKind::Word && !lexicon.MayBeDegreeWord(doc, i)) return false;
  return lexicon.IsDegreeToken(doc, i);
}

// Numbers every token's word and sentence and lists the sentences, in one
// pass over the tokens: a pass to number the words and another for the
// sentences were 8 instructions a token more each (loop, loads of the
// token). When `find_glued`, stops and returns false at the first word that
// holds a title glued to a name (the few words with a capital and a dot
// inside are asked): its tokens are split, and the pass is made again.
static_assert(offsetof(Token, inner_dot) == offsetof(Token, paragraph_start) + 1 &&
              offsetof(Token, ends_sentence) == offsetof(Token, paragraph_start) + 2);
bool NumberAndSplit(Document& doc, const Lexicon& lexicon, bool find_glued) {
  const Vocabulary& vocabulary = *doc.vocabulary;
  const char* const folded = doc.folded_text.data();
  const char* const folded_end = folded + doc.folded_text.size();
  doc.sentences.clear();
  // Each token is given its sentence's number as the loop passes it, not by a
  // second pass over each closed sentence's tokens (1.0M fewer instructions
  // per 1k articles).
  Token* const tokens = doc.tokens.data();
  uint32_t current = 0;  // the number of the sentence being read: doc.sentences.size()
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    if (end <= start) return;
    Sentence s;
    s.first_token = static_cast<uint32_t>(start);
    s.end_token = static_cast<uint32_t>(end);
    s.span = doc.RangeSpan(start, end);
    s.paragraph = tokens[start].paragraph;
    doc.sentences.push_back(s);
    ++current;
    start = end;
  };
  const std::size_t n = doc.tokens.size();
  Token* const last = tokens + n;
  for (std::size_t i = 0; i < n; ++i) {
    // Most tokens neither open a paragraph nor have a dot inside nor end a
    // sentence: a loop of their own, which calls nothing, so that what it
    // reads stays in registers. Commas and brackets stay in it too (leaving
    // and entering it again was some 20 instructions a mark).
    for (Token* p = tokens + i;; ++p) {
      if (p == last) {
        close(n);
        return true;
      }
      NumberWord(*p, vocabulary, folded, folded_end);
      // paragraph_start, inner_dot and ends_sentence, side by side, asked at once.
      uint16_t opens_or_dotted;
      std::memcpy(&opens_or_dotted, &p->paragraph_start, 2);
      if ((opens_or_dotted | p->ends_sentence) != 0) {
        i = static_cast<std::size_t>(p - tokens);
        break;
      }
      p->sentence = current;
    }
    Token& t = tokens[i];
    if (t.inner_dot && find_glued && t.upper && t.kind == TokenKind::Word &&
        GluedTitleLength(doc.Slice(t.span), lexicon) > 0)
      return false;
    if (!t.paragraph_start && t.kind != TokenKind::Punct) {
      t.sentence = current;
      continue;
    }
    if (i > start && t.paragraph_start) close(i);
    t.sentence = current;
    if (!t.ends_sentence) continue;
    // Closing quotes and brackets right after the stop belong to this sentence.
    std::size_t end = i + 1;
    while (end < n && !tokens[end].paragraph_start && !tokens[end].space_before &&
           (tokens[end].kind == TokenKind::Quote || doc.TokenText(end) == ")"))
      ++end;
    if (end >= n || tokens[end].paragraph_start) continue;  // the paragraph break closes it
    if (doc.TokenText(i) == "." && i > 0 && !t.space_before) {
      std::string_view prev = doc.TokenText(i - 1);
      bool initial = prev.size() == 1 && StartsWithUpper(prev);
      // Titles and abbreviations are followed by more of the sentence ("Ir. H.
      // Rahmat"); a degree ends a name, and the sentence too when a new
      // capitalized word that is not another degree follows ("M.Si. Kegiatan").
      // Asked in this order, each only when the one before says no: the
      // degree test looks for dots in the word byte by byte. The word after
      // is numbered here, before the loop reaches it: the degree test reads
      // its number.
      if (initial || lexicon.abbreviations.count(doc.Folded(i - 1)) > 0 ||
          (IsDegreeAt(doc, i - 1, lexicon) &&
           (NumberWord(tokens[end], vocabulary, folded, folded_end), IsDegreeAt(doc, end, lexicon))))
        continue;
    }
    const Token& next = tokens[end];
    bool opens = next.upper || next.kind == TokenKind::Quote || next.kind == TokenKind::Number ||
                 next.kind == TokenKind::Dash;
    if (!opens) continue;
    // The closing quotes and brackets, passed over here, are of this sentence
    // (quotes and brackets: no glued title among them).
    for (std::size_t k = i + 1; k < end; ++k) {
      NumberWord(tokens[k], vocabulary, folded, folded_end);
      tokens[k].sentence = current;
    }
    close(end);
    i = end - 1;
  }
  close(n);
  return true;
}

}  // namespace

void Segment(Document& doc, const Lexicon& lexicon) {
  doc.tokens = Tokenize(doc.text());
  doc.folded_text = FoldCase(doc.text());
  doc.vocabulary = lexicon.vocabulary.get();
  // Split tokens are numbered again, all of them: few articles have a glued
  // title (none of the 1k benchmark articles).
  if (!NumberAndSplit(doc, lexicon, true)) {
    SplitGluedTitles(doc.tokens, doc.text(), lexicon);
    NumberAndSplit(doc, lexicon, false);
  }
}

}  // namespace pejabat
