#pragma once
#include "graph/attributes.h"
#include "graph/huge_column.h"
#include "graph/interned_text.h"
#include "graph/vocabulary.h"

namespace pejabat {

// The bundled vertex property: a plain struct of 32 bytes (texts are interned
// handles, attributes a compact sorted array).
struct NodeData {
  NodeKind kind = NodeKind::Person;
  InternedText key;   // canonical key, unique in the graph; also the exported node id
  InternedText name;  // display name
  Attributes attrs;   // kind-specific: source, text, date, venue, city, participants, ...
};

// Its texts are handles and its attribute list a unique_ptr: nothing in it
// points into it, so a column of nodes can move by moving its pages.
template <>
inline constexpr bool kBitwiseRelocatable<NodeData> = true;

}  // namespace pejabat
