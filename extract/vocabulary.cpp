#include "extract/vocabulary.h"

namespace pejabat {

uint32_t Vocabulary::Intern(std::string_view folded) {
  if (uint32_t id = Find(folded); id != kUnknown) return id;
  uint32_t id = static_cast<uint32_t>(ids_.size()) + 1;
  ids_.emplace(std::string(folded), id);
  return id;
}

}  // namespace pejabat
