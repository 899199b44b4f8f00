#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace pejabat {

struct GraphmlOptions {
  bool yed = false;  // add yEd's node label graphics (y:ShapeNode)
};

// Writes the graph as GraphML. Our own writer: Boost's write_graphml neither
// escapes key names nor drops the control characters that break XML readers.
// Honours ../shared/eval/README.md: node `kind`, `name`, Article `source`,
// Quote `text`, Event `date`/`venue`/`city`/`participants`, edge `relation`.
void WriteGraphml(const KnowledgeGraph& graph, std::ostream& out, const GraphmlOptions& options = {});

}  // namespace pejabat
