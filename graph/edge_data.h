#pragma once
#include <cstddef>

#include "graph/interned_text.h"
#include "graph/provenance.h"
#include "graph/vocabulary.h"

namespace pejabat {

// The bundled edge property: a plain struct.
struct EdgeData {
  Relation relation = Relation::MentionedIn;
  Provenance provenance;
  InternedText role;  // spoke_at: opened, remarks, report, resource_person, quoted (a handful of values)
  std::size_t index = 0;  // position in KnowledgeGraph's deterministic edge order
};

}  // namespace pejabat
