#pragma once
#include <string>

#include "graph/provenance.h"
#include "graph/vocabulary.h"

namespace pejabat {

// The bundled edge property: a plain struct.
struct EdgeData {
  Relation relation = Relation::MentionedIn;
  Provenance provenance;
  std::string role;  // spoke_at: opened, remarks, report, resource_person, quoted
  std::size_t index = 0;  // position in KnowledgeGraph's deterministic edge order
};

}  // namespace pejabat
