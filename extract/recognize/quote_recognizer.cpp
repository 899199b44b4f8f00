#include "extract/recognize/quote_recognizer.h"

#include "extract/lexicon.h"
#include "extract/recognize/token_scan.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

constexpr std::size_t kMinWords = 4;  // shorter unattributed "quotes" are scare quotes ("BB")

enum class Mark { Open, Close, None };

// A quotation mark: one token, or two single marks written as one double mark
// (‘’…’’, ''…'': some outlets type their double quotes that way).
struct QuoteMark {
  Mark mark = Mark::None;
  std::size_t width = 1;
};

bool IsSingleMark(std::string_view t) { return t == "\xE2\x80\x98" || t == "\xE2\x80\x99" || t == "'"; }  // ‘ ’ '

bool Attached(const Document& doc, std::size_t i) {
  return i < doc.size() && !doc.tokens[i].space_before && !doc.tokens[i].paragraph_start;
}

// A mark read by where it is attached: to the word after it it opens, to the
// word before it it closes.
Mark ByAttachment(const Document& doc, std::size_t first, std::size_t end) {
  const Token& tok = doc.tokens[first];
  bool attached_before = Attached(doc, first) && first > 0 && doc.TokenText(first - 1) != "(";
  bool attached_after = Attached(doc, end);
  if (attached_before && !attached_after) return Mark::Close;
  if (attached_after && !attached_before) return Mark::Open;
  if (tok.paragraph_start) return Mark::Open;
  return attached_before ? Mark::Close : Mark::Open;
}

QuoteMark Classify(const Document& doc, std::size_t i) {
  if (doc.tokens[i].kind != TokenKind::Quote) return {};
  std::string_view t = doc.TokenText(i);
  if (t == "\xE2\x80\x9C" || t == "\xE2\x80\x9E" || t == "\xC2\xAB") return {Mark::Open, 1};   // “ „ «
  if (t == "\xE2\x80\x9D" || t == "\xC2\xBB") return {Mark::Close, 1};                          // ” »
  if (t == "\"") return {ByAttachment(doc, i, i + 1), 1};
  // A lone single mark is an apostrophe or a scare quote; two together are a double mark.
  if (IsSingleMark(t) && i + 1 < doc.size() && doc.tokens[i + 1].kind == TokenKind::Quote &&
      IsSingleMark(doc.TokenText(i + 1)) && Attached(doc, i + 1))
    return {ByAttachment(doc, i, i + 2), 2};
  return {};
}

// Where no quote is open, a closing mark glued to the capitalized word after
// it opens one: writers type ” for “ (”Kegiatan …", "… Penilai.”Melalui …”).
// A real closing mark is followed by a space, punctuation or a lower-case verb
// (",’’kata Hilmar").
QuoteMark OpeningMark(const Document& doc, std::size_t i) {
  QuoteMark m = Classify(doc, i);
  if (m.mark != Mark::Close) return m;
  std::size_t next = i + m.width;
  bool word_after = Attached(doc, next) && doc.tokens[next].kind == TokenKind::Word && doc.tokens[next].upper;
  bool word_before = Attached(doc, i) && i > 0 && doc.tokens[i - 1].kind == TokenKind::Word;
  if (word_after && !word_before) m.mark = Mark::Open;
  return m;
}

std::size_t CountWords(const Document& doc, std::size_t first, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t i = first; i < end; ++i) n += doc.tokens[i].kind == TokenKind::Word;
  return n;
}

// Whether the first quotation mark of the paragraph starting at `first` is a
// closing one: the paragraph ends a quote opened before it.
bool FirstMarkCloses(const Document& doc, std::size_t first) {
  for (std::size_t i = first; i < doc.size() && (i == first || !doc.tokens[i].paragraph_start); ++i) {
    Mark m = Classify(doc, i).mark;
    if (m != Mark::None) return m == Mark::Close;
  }
  return false;
}

// The first token after `first` that ends a clause: punctuation, a quotation
// mark or a new paragraph.
std::size_t ClauseEnd(const Document& doc, std::size_t first) {
  std::size_t end = first;
  while (end < doc.size() && !doc.tokens[end].paragraph_start && doc.tokens[end].kind != TokenKind::Quote) {
    std::string_view t = doc.TokenText(end);
    if (t == "." || t == "," || t == ";" || t == "!" || t == "?") break;
    ++end;
  }
  return end;
}

}  // namespace

void QuoteRecognizer::Attribute(const Document& doc, QuoteMention& q) const {
  std::size_t j = q.close + Classify(doc, q.close).width;
  if (q.close >= doc.size() || j >= doc.size() || doc.tokens[j].paragraph_start) return;
  if (doc.TokenText(j) == "," || doc.TokenText(j) == ".") ++j;
  if (j >= doc.size() || doc.tokens[j].paragraph_start) return;
  auto verb = lx_.verbs.MatchAt(doc, j);
  if (!verb || lx_.verb_positions[verb->value] != VerbPosition::After) return;
  std::size_t after = j + verb->length;
  // "ujarnya", "katanya lagi", "kata dia": the verb phrase itself holds the pronoun.
  for (std::size_t k = j; k < after; ++k) {
    std::string_view w = doc.Folded(k);
    bool nya = w.size() > 3 && w.compare(w.size() - 3, 3, "nya") == 0;
    if (nya || w == "dia" || w == "ia") {
      q.pronoun = true;
      return;
    }
  }
  if (after < doc.size() && !doc.tokens[after].paragraph_start) {
    std::string_view f = doc.Folded(after);
    if (f == "dia" || f == "ia" || f == "beliau") {
      q.pronoun = true;
      return;
    }
    // The speaker phrase runs to the end of the clause, and on over a comma
    // to a name or post in apposition ("papar Kepala BPS Provinsi X, Nurul …",
    // "ujar Budi, Kepala Dinas …"); a lower-case word after the comma starts
    // another clause ("…, saat membuka acara").
    std::size_t end = ClauseEnd(doc, after);
    if (end < doc.size() && doc.TokenText(end) == "," && end + 1 < doc.size() && !doc.tokens[end + 1].paragraph_start &&
        doc.tokens[end + 1].kind == TokenKind::Word && doc.tokens[end + 1].upper)
      end = ClauseEnd(doc, end + 1);
    if (end > after) {
      q.speaker_first = static_cast<uint32_t>(after);
      q.speaker_end = static_cast<uint32_t>(end);
    }
  }
}

std::vector<QuoteMention> QuoteRecognizer::Recognize(const Document& doc) const {
  std::vector<QuoteMention> out;
  const std::size_t n = doc.size();
  std::size_t i = 0;
  const Token* tokens = doc.tokens.data();
  while (i < n) {
    // Only a quotation mark opens a quote (Classify says None at any other
    // token): tested here, in a loop of its own, not by a call per token
    // (QuoteRecognizer::Recognize 9.5M -> 3.9M instructions per 1k articles,
    // callgrind).
    i = NextWhere(tokens, i, n, [](const Token& t) { return t.kind == TokenKind::Quote; });
    if (i >= n) break;
    QuoteMark opening = OpeningMark(doc, i);
    if (opening.mark != Mark::Open) {
      ++i;
      continue;
    }
    QuoteMention q;
    q.open = static_cast<uint32_t>(i + opening.width - 1);  // the text starts after the mark
    std::size_t j = q.open + 1;
    bool closed = false;
    while (j < n) {
      // The words of the quote: no mark, no new paragraph.
      while (j < n && tokens[j].kind != TokenKind::Quote && !tokens[j].paragraph_start) ++j;
      if (j >= n) break;
      QuoteMark m = Classify(doc, j);
      if (doc.tokens[j].paragraph_start) {
        // A paragraph that reopens the quote continues it; otherwise the quote
        // ended, unclosed, with the previous paragraph.
        if (m.mark == Mark::Open) {
          j += m.width;
          continue;
        }
        // A line broken inside the quote: the next paragraph's first mark closes it.
        if (!FirstMarkCloses(doc, j)) break;
      }
      if (m.mark == Mark::Close) {
        closed = true;
        break;
      }
      ++j;
    }
    q.close = static_cast<uint32_t>(j);
    std::size_t inner_end = j;
    if (inner_end <= q.open + 1) {
      i = j + 1;
      continue;
    }
    q.text = doc.RangeSpan(q.open + 1, inner_end);
    if (closed) Attribute(doc, q);
    bool attributed = q.pronoun || q.speaker_first.has_value();
    if (attributed || CountWords(doc, q.open + 1, inner_end) >= kMinWords) out.push_back(q);
    i = closed ? j + Classify(doc, j).width : j;
  }
  return out;
}

std::string QuoteText(const Document& doc, const QuoteMention& q) {
  // The words are copied as runs of the text written as the result writes
  // it (tokens glued or one space apart), one append a run instead of one a
  // token (QuoteText 4.4M -> 1.8M instructions per 1k articles with its callees, callgrind).
  // The result is never longer than the text between the marks.
  const std::string& text = doc.text();
  std::string out;
  out.reserve(q.text.size());
  std::size_t run_begin = 0, run_end = 0;  // bytes of the run not yet appended
  bool any = false;                        // a word read: out and the run are not both empty
  std::size_t end = q.close;
  for (std::size_t i = q.open + 1; i < end && i < doc.size(); ++i) {
    const Token& t = doc.tokens[i];
    // Reopening marks of continued paragraphs are not part of the words.
    if (t.paragraph_start && t.kind == TokenKind::Quote) {
      i += Classify(doc, i).width - 1;
      continue;
    }
    const bool space = any && (t.space_before || t.paragraph_start);
    if (any && t.span.begin == run_end + (space ? 1 : 0) && (!space || text[run_end] == ' ')) {
      run_end = t.span.end;
      continue;
    }
    out.append(text, run_begin, run_end - run_begin);
    if (space) out += ' ';
    run_begin = t.span.begin;
    run_end = t.span.end;
    any = true;
  }
  out.append(text, run_begin, run_end - run_begin);
  // A trailing comma belongs to the sentence around the quote, not to the words.
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace pejabat
