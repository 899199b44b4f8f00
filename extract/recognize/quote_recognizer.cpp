#include "extract/recognize/quote_recognizer.h"

#include "extract/lexicon.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

constexpr std::size_t kMinWords = 4;  // shorter unattributed "quotes" are scare quotes ("BB")

enum class Mark { Open, Close, None };

Mark Classify(const Document& doc, std::size_t i) {
  std::string_view t = doc.TokenText(i);
  if (t == "\xE2\x80\x9C" || t == "\xE2\x80\x9E" || t == "\xC2\xAB") return Mark::Open;   // “ „ «
  if (t == "\xE2\x80\x9D" || t == "\xC2\xBB") return Mark::Close;                          // ” »
  if (t != "\"") return Mark::None;  // single quotes are apostrophes or scare quotes
  const Token& tok = doc.tokens[i];
  bool attached_before = !tok.space_before && !tok.paragraph_start && i > 0 && doc.TokenText(i - 1) != "(";
  bool attached_after = i + 1 < doc.size() && !doc.tokens[i + 1].space_before && !doc.tokens[i + 1].paragraph_start;
  if (attached_before && !attached_after) return Mark::Close;
  if (attached_after && !attached_before) return Mark::Open;
  if (tok.paragraph_start) return Mark::Open;
  return attached_before ? Mark::Close : Mark::Open;
}

std::size_t CountWords(const Document& doc, std::size_t first, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t i = first; i < end; ++i) n += doc.tokens[i].kind == TokenKind::Word;
  return n;
}

}  // namespace

void QuoteRecognizer::Attribute(const Document& doc, QuoteMention& q) const {
  std::size_t j = q.close + 1;
  if (q.close >= doc.size() || j >= doc.size() || doc.tokens[j].paragraph_start) return;
  if (doc.TokenText(j) == "," || doc.TokenText(j) == ".") ++j;
  if (j >= doc.size() || doc.tokens[j].paragraph_start) return;
  auto verb = lx_.verbs.MatchAt(doc, j);
  if (!verb || lx_.verb_positions[verb->value] != VerbPosition::After) return;
  std::size_t after = j + verb->length;
  std::string_view last = doc.Folded(after - 1);
  bool nya = last.size() > 3 && last.compare(last.size() - 3, 3, "nya") == 0;
  if (nya || last == "dia" || last == "ia") {
    q.pronoun = true;
    return;
  }
  if (after < doc.size() && !doc.tokens[after].paragraph_start) {
    std::string_view f = doc.Folded(after);
    if (f == "dia" || f == "ia" || f == "beliau") {
      q.pronoun = true;
      return;
    }
    // The speaker phrase runs to the end of the clause.
    std::size_t end = after;
    while (end < doc.size() && !doc.tokens[end].paragraph_start && doc.tokens[end].kind != TokenKind::Quote) {
      std::string_view t = doc.TokenText(end);
      if (t == "." || t == "," || t == ";" || t == "!" || t == "?") break;
      ++end;
    }
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
  while (i < n) {
    if (doc.tokens[i].kind != TokenKind::Quote || Classify(doc, i) != Mark::Open) {
      ++i;
      continue;
    }
    QuoteMention q;
    q.open = static_cast<uint32_t>(i);
    std::size_t j = i + 1;
    bool closed = false;
    while (j < n) {
      if (doc.tokens[j].paragraph_start) {
        // A paragraph that reopens the quote continues it; otherwise the quote
        // ended, unclosed, with the previous paragraph.
        if (doc.tokens[j].kind == TokenKind::Quote && Classify(doc, j) == Mark::Open) {
          ++j;
          continue;
        }
        break;
      }
      if (doc.tokens[j].kind == TokenKind::Quote && Classify(doc, j) == Mark::Close) {
        closed = true;
        break;
      }
      ++j;
    }
    q.close = static_cast<uint32_t>(closed ? j : j);
    std::size_t inner_end = j;
    if (inner_end <= i + 1) {
      i = j + 1;
      continue;
    }
    q.text = doc.RangeSpan(i + 1, inner_end);
    if (closed) Attribute(doc, q);
    bool attributed = q.pronoun || q.speaker_first.has_value();
    if (attributed || CountWords(doc, i + 1, inner_end) >= kMinWords) out.push_back(q);
    i = closed ? j + 1 : j;
  }
  return out;
}

std::string QuoteText(const Document& doc, const QuoteMention& q) {
  std::string out;
  std::size_t end = q.close;
  for (std::size_t i = q.open + 1; i < end && i < doc.size(); ++i) {
    // Reopening marks of continued paragraphs are not part of the words.
    if (doc.tokens[i].paragraph_start && doc.tokens[i].kind == TokenKind::Quote) continue;
    if (!out.empty() && (doc.tokens[i].space_before || doc.tokens[i].paragraph_start)) out += ' ';
    out += doc.TokenText(i);
  }
  // A trailing comma belongs to the sentence around the quote, not to the words.
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace pejabat
