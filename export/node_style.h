#pragma once
#include "graph/vocabulary.h"

namespace pejabat {

// The visual grammar shared by every picture (Graphviz, yEd): one shape and
// one colour per node kind, one colour and line style per relation.
struct NodeStyle {
  const char* shape;   // Graphviz shape name
  const char* yed_shape;  // yEd y:Shape type
  const char* fill;    // #RRGGBB
  const char* border;  // #RRGGBB
};

struct EdgeStyle {
  const char* color;  // #RRGGBB
  const char* style;  // Graphviz: solid, dashed, dotted, bold
};

NodeStyle StyleOf(NodeKind kind);
EdgeStyle StyleOf(Relation relation);

}  // namespace pejabat
