#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/edge_data.h"
#include "graph/node_data.h"

namespace pejabat {

struct BoostGraph;  // the Boost.Graph compressed sparse row graph, private to graph/

// The knowledge graph: a Boost.Graph (compressed sparse row) behind a small facade so that
// only graph/ includes Boost. Nodes are ordered by key and edges by
// (source key, target key, relation, article, span): the order is a function of
// the content, never of input or thread order. Built once, by GraphBuilder.
class KnowledgeGraph {
 public:
  using NodeId = std::size_t;
  using EdgeId = std::size_t;

  KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  ~KnowledgeGraph();

  std::size_t NodeCount() const;
  std::size_t EdgeCount() const;
  const NodeData& Node(NodeId id) const;
  const EdgeData& Edge(EdgeId id) const;
  NodeId Source(EdgeId id) const;
  NodeId Target(EdgeId id) const;
  std::vector<EdgeId> OutEdges(NodeId id) const;
  std::vector<EdgeId> InEdges(NodeId id) const;
  std::optional<NodeId> Find(std::string_view key) const;
  std::size_t CountKind(NodeKind kind) const;

  // For graph/ algorithms (queries) that run Boost.Graph on the model.
  const BoostGraph& boost() const { return *impl_; }

 private:
  friend class GraphBuilder;
  friend class GraphReader;
  friend class SubgraphBuilder;  // focused views (graph/subgraph.h)
  std::unique_ptr<BoostGraph> impl_;
};

}  // namespace pejabat
