#pragma once
#include <string>

#include "graph/attributes.h"
#include "graph/vocabulary.h"

namespace pejabat {

// The bundled vertex property: a plain struct.
struct NodeData {
  NodeKind kind = NodeKind::Person;
  std::string key;   // canonical key, unique in the graph; also the exported node id
  std::string name;  // display name
  Attributes attrs;  // kind-specific: source, text, date, venue, city, participants, ...
};

}  // namespace pejabat
