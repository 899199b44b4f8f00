#pragma once
#include <cstdint>

#include "graph/evidence_text.h"
#include "graph/interned_text.h"

namespace pejabat {

// Where a fact comes from: the article (its `source`), the character span of
// the evidence in that article's text, and the evidence sentence itself.
// The article is interned (graph/interned_text.h): every edge of an article
// names it. The evidence is spilled to a file (graph/evidence_text.h): it is
// most of the graph's text; one sentence supporting several facts of an
// article is stored once (GraphBuilder).
struct Provenance {
  InternedText article;
  uint32_t span_start = 0;  // Unicode code points into the article text
  uint32_t span_end = 0;
  EvidenceText evidence;
};

}  // namespace pejabat
