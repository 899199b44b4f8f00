#pragma once
#include <cstdint>

#include "graph/interned_text.h"

namespace pejabat {

// Where a fact comes from: the article (its `source`), the character span of
// the evidence in that article's text, and the evidence sentence itself.
// The texts are interned (graph/interned_text.h): every edge of an article
// names the same article, and one sentence often supports several facts.
struct Provenance {
  InternedText article;
  uint32_t span_start = 0;  // Unicode code points into the article text
  uint32_t span_end = 0;
  InternedText evidence;
};

}  // namespace pejabat
