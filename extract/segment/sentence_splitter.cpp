#include "extract/segment/sentence_splitter.h"

#include "extract/lexicon.h"
#include "extract/segment/tokenizer.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

bool IsTerminal(std::string_view t) { return t == "." || t == "!" || t == "?" || t == "\xE2\x80\xA6"; }

}  // namespace

void Segment(Document& doc, const Lexicon& lexicon) {
  doc.tokens = Tokenize(doc.text());
  doc.folded_text = FoldCase(doc.text());
  doc.vocabulary = lexicon.vocabulary.get();
  doc.word_ids.resize(doc.tokens.size());
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) doc.word_ids[i] = doc.vocabulary->Find(doc.Folded(i));

  doc.sentences.clear();
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    if (end <= start) return;
    Sentence s;
    s.first_token = static_cast<uint32_t>(start);
    s.end_token = static_cast<uint32_t>(end);
    s.span = doc.RangeSpan(start, end);
    s.paragraph = doc.tokens[start].paragraph;
    for (std::size_t k = start; k < end; ++k) doc.tokens[k].sentence = static_cast<uint32_t>(doc.sentences.size());
    doc.sentences.push_back(s);
    start = end;
  };
  const std::size_t n = doc.tokens.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > start && doc.tokens[i].paragraph_start) close(i);
    if (!IsTerminal(doc.TokenText(i))) continue;
    // Closing quotes and brackets right after the stop belong to this sentence.
    std::size_t end = i + 1;
    while (end < n && !doc.tokens[end].paragraph_start && !doc.tokens[end].space_before &&
           (doc.tokens[end].kind == TokenKind::Quote || doc.TokenText(end) == ")"))
      ++end;
    if (end >= n || doc.tokens[end].paragraph_start) continue;  // the paragraph break closes it
    if (doc.TokenText(i) == "." && i > 0 && !doc.tokens[i].space_before) {
      std::string_view prev = doc.TokenText(i - 1);
      bool initial = prev.size() == 1 && StartsWithUpper(prev);
      // Titles and abbreviations are followed by more of the sentence ("Ir. H.
      // Benni"); a degree ends a name, and the sentence too when a new
      // capitalized word that is not another degree follows ("M.Si. Kegiatan").
      bool abbreviation = lexicon.abbreviations.count(doc.Folded(i - 1)) > 0;
      bool degree_then_more = lexicon.IsDegreeToken(doc, i - 1) && end < n && lexicon.IsDegreeToken(doc, end);
      if (initial || abbreviation || degree_then_more) continue;
    }
    const Token& next = doc.tokens[end];
    bool opens = next.upper || next.kind == TokenKind::Quote || next.kind == TokenKind::Number ||
                 next.kind == TokenKind::Dash;
    if (!opens) continue;
    close(end);
    i = end - 1;
  }
  close(n);
}

}  // namespace pejabat
