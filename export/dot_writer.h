#pragma once
#include <ostream>

#include "export/drawing.h"

namespace pejabat {

// Writes a drawing as DOT text: `dot -Tsvg graph.dot` (or the engine named in
// its `layout` attribute) redraws the picture pejabat rendered.
void WriteDot(const Drawing& drawing, std::ostream& out);

}  // namespace pejabat
