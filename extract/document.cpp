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
  auto capitalized = [&](std::size_t t) { return t < size() && tokens[t].kind == TokenKind::Word && tokens[t].upper; };
  std::string_view word = TokenText(i);
  for (std::size_t k = 0; k < size(); ++k) {
    if ((k >= first && k < end) || !tokens[k].upper || TokenText(k) != word) continue;
    if ((k > 0 && capitalized(k - 1) && !tokens[k].paragraph_start) || capitalized(k + 1)) continue;
    return true;
  }
  return false;
}

}  // namespace pejabat
