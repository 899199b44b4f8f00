#pragma once
#include <string>
#include <vector>

#include "extract/span.h"

namespace pejabat {

class Lexicon;

struct CleanResult {
  Span title;
  Span body;
  std::string outlet;
  std::string dateline_city;
  std::vector<Span> dropped;  // what was blanked, for `extract --format jsonl` and tests
};

// Keeps the article body and blanks the rest with spaces (offsets stay valid):
// boilerplate lines from lexicon/boilerplate.tsv, related-news lists to the end,
// photo captions with credits, lines repeated elsewhere (pull-quotes, repeated
// headlines), whatever stands between the headline and the dateline, and
// reporter codes such as "(ka)" closing a paragraph. Detects outlet and dateline.
CleanResult CleanArticle(std::string& text, const Lexicon& lexicon);

}  // namespace pejabat
