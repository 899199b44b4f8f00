#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace pejabat {

struct GraphmlOptions {
  bool yed = false;  // add yEd's node and edge graphics (y:ShapeNode, y:PolyLineEdge)
};

// Writes the graph as GraphML that Gephi, Cytoscape, yEd, NetworkX, igraph
// and Neo4j (apoc.import.graphml) open unchanged. Our own writer: Boost's
// write_graphml neither escapes key names nor drops the control characters
// that break XML readers. What each tool reads:
//  - node `label` (Gephi's label), `name` (Cytoscape), `labels` = ":Kind"
//    (Neo4j node labels, with readLabels: true);
//  - edge `label` = the relation, first in every edge (Neo4j takes the
//    relationship type from it), `interaction` = the relation (Cytoscape);
//  - typed keys (int, double, boolean, string) declared with for=, a type
//    only when every value parses as it;
//  - node ids are the canonical keys (ExportNodeId: a few bytes readers
//    mangle are percent-encoded; the `key` attribute holds the key as is),
//    edge ids e0, e1, ... in the graph's deterministic edge order, so
//    parallel edges stay distinct.
// Honours ../shared/eval/README.md: node `kind`, `name`, Article `source`,
// Quote `text`, Event `date`/`venue`/`city`/`participants`, edge `relation`.
void WriteGraphml(const KnowledgeGraph& graph, std::ostream& out, const GraphmlOptions& options = {});

}  // namespace pejabat
