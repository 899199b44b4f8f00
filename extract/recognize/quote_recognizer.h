#pragma once
#include <vector>

#include "extract/document.h"
#include "extract/recognize/mentions.h"

namespace pejabat {

class Lexicon;

// Direct quotes in “curly” or "straight" marks, or two single marks typed as
// one (‘’…’’), mixed pairs too (“…’’, ”…"), also when a quote runs over
// several paragraphs (each continued paragraph reopens the quote and only the
// last one closes it, or a line is broken inside it). Attribution after the
// quote is read here ("…,” kata X", "…,” ujarnya", "…". Ujar Bupati", "…,"
// papar Kepala X, Nama"); the resolver turns the speaker tokens into a person
// and handles attribution before the quote.
class QuoteRecognizer {
 public:
  explicit QuoteRecognizer(const Lexicon& lexicon) : lx_(lexicon) {}
  std::vector<QuoteMention> Recognize(const Document& doc) const;

 private:
  void Attribute(const Document& doc, QuoteMention& q) const;
  const Lexicon& lx_;
};

// The quoted words: marks, reopening marks of continued paragraphs and line breaks removed.
std::string QuoteText(const Document& doc, const QuoteMention& quote);

}  // namespace pejabat
