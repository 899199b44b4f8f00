#pragma once
#include <cstdint>
#include <string>

namespace pejabat {

// Where a fact comes from: the article (its `source`), the character span of
// the evidence in that article's text, and the evidence sentence itself.
struct Provenance {
  std::string article;
  uint32_t span_start = 0;  // Unicode code points into the article text
  uint32_t span_end = 0;
  std::string evidence;
};

}  // namespace pejabat
