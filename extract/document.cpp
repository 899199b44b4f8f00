#include "extract/document.h"

namespace pejabat {

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
