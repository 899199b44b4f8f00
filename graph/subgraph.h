#pragma once
#include <functional>
#include <vector>

#include "graph/knowledge_graph.h"

namespace pejabat {

// Builds new, smaller KnowledgeGraphs out of a graph: the focused views that
// `pejabat render` draws. Node data and edges are copied, and the node and
// edge order stays the parent's (key order), so views are deterministic too.
class SubgraphBuilder {
 public:
  using EdgeFilter = std::function<bool(const KnowledgeGraph&, KnowledgeGraph::EdgeId)>;

  // The nodes `keep` (by id in `graph`, in any order, repeats allowed) and the
  // edges among them that `filter` accepts (all of them when it is empty).
  static KnowledgeGraph Induced(const KnowledgeGraph& graph, const std::vector<KnowledgeGraph::NodeId>& keep,
                                const EdgeFilter& filter = {});
};

}  // namespace pejabat
