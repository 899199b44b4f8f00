#pragma once
#include <cstddef>
#include <ostream>
#include <string>

#include "graph/edge_data.h"
#include "graph/node_data.h"

namespace pejabat {

// yEd's own GraphML extension (namespace y = http://www.yworks.com/xml/graphml):
// a y:ShapeNode per node, in the kind's shape and colour with its name as the
// label, and a y:PolyLineEdge per edge labelled with the relation. yEd reads
// only these for what it draws; the typed keys stay for its data panel.
// Nodes start on a grid (`index` picks the cell): yEd's Layout menu arranges them.
void WriteYedNodeGraphics(std::ostream& out, const NodeData& node, std::size_t index);
void WriteYedEdgeGraphics(std::ostream& out, const EdgeData& edge);

}  // namespace pejabat
