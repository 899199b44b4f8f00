#include "extract/document.h"

namespace pejabat {

Span Document::RangeSpan(std::size_t first, std::size_t last) const {
  if (first >= last || last > tokens.size()) return {};
  return Span{tokens[first].span.begin, tokens[last - 1].span.end};
}

std::string_view Document::TokenRange(std::size_t first, std::size_t last) const {
  return Slice(RangeSpan(first, last));
}

bool Document::StandsAloneElsewhere(std::size_t i, std::size_t first, std::size_t end) const {
  std::string_view word = TokenText(i);
  for (std::size_t k = 0; k < size(); ++k) {
    if ((k >= first && k < end) || !tokens[k].upper || TokenText(k) != word) continue;
    if ((k > 0 && IsCapitalizedWord(k - 1) && !tokens[k].paragraph_start) || IsCapitalizedWord(k + 1)) continue;
    return true;
  }
  return false;
}

}  // namespace pejabat
