#include "graph/subgraph.h"

#include <algorithm>

#include "graph/boost_graph.h"

namespace pejabat {

KnowledgeGraph SubgraphBuilder::Induced(const KnowledgeGraph& graph, const std::vector<KnowledgeGraph::NodeId>& keep,
                                        const EdgeFilter& filter) {
  std::vector<KnowledgeGraph::NodeId> ids = keep;
  std::sort(ids.begin(), ids.end());  // the parent's order is key order
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);
  std::vector<std::size_t> position(graph.NodeCount(), kAbsent);
  NodeColumn nodes;
  nodes.reserve(ids.size());
  for (auto v : ids) {
    position[v] = nodes.size();
    nodes.push_back(graph.Node(v));
  }
  BoostGraph::EndsColumn ends;
  EdgeColumn data;
  for (std::size_t e = 0; e < graph.EdgeCount(); ++e) {  // parent edge order: still grouped by source
    std::size_t from = position[graph.Source(e)], to = position[graph.Target(e)];
    if (from == kAbsent || to == kAbsent) continue;
    if (filter && !filter(graph, e)) continue;
    ends.emplace_back(static_cast<uint32_t>(from), static_cast<uint32_t>(to));
    data.push_back(graph.Edge(e));
  }
  KnowledgeGraph sub;
  sub.impl_->Assign(std::move(nodes), std::move(ends), std::move(data));
  return sub;
}

}  // namespace pejabat
