#pragma once
#include "graph/interned_text.h"
#include "graph/provenance.h"
#include "graph/vocabulary.h"

namespace pejabat {

// The edge property: a plain struct of 24 bytes, kept in a column indexed by
// the edge's id (graph/boost_graph.h). Tens of millions of edges at a million
// articles, so every field is a number or an interned handle.
struct EdgeData {
  Relation relation = Relation::MentionedIn;
  Provenance provenance;
  InternedText role;  // spoke_at: opened, remarks, report, resource_person, quoted (a handful of values)
};

}  // namespace pejabat
