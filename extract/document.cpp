#include "extract/document.h"

namespace pejabat {

Span Document::RangeSpan(std::size_t first, std::size_t last) const {
  if (first >= last || last > tokens.size()) return {};
  return Span{tokens[first].span.begin, tokens[last - 1].span.end};
}

std::string_view Document::TokenRange(std::size_t first, std::size_t last) const {
  return Slice(RangeSpan(first, last));
}

}  // namespace pejabat
