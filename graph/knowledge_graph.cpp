#include "graph/knowledge_graph.h"

#include "graph/boost_graph.h"

namespace pejabat {

void BoostGraph::Assign(std::vector<NodeData> nodes,
                        std::vector<std::pair<std::pair<std::size_t, std::size_t>, EdgeData>> links) {
  graph = AdjacencyList(nodes.size());
  by_key.clear();
  by_key.reserve(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    by_key.emplace(nodes[i].key, i);
    graph[i] = std::move(nodes[i]);
  }
  edges.clear();
  edges.reserve(links.size());
  for (auto& [ends, data] : links) {
    data.index = edges.size();
    edges.push_back(boost::add_edge(ends.first, ends.second, std::move(data), graph).first);
  }
}

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<BoostGraph>()) {}
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph::~KnowledgeGraph() = default;

std::size_t KnowledgeGraph::NodeCount() const { return boost::num_vertices(impl_->graph); }
std::size_t KnowledgeGraph::EdgeCount() const { return impl_->edges.size(); }
const NodeData& KnowledgeGraph::Node(NodeId id) const { return impl_->graph[id]; }
const EdgeData& KnowledgeGraph::Edge(EdgeId id) const { return impl_->graph[impl_->edges[id]]; }
KnowledgeGraph::NodeId KnowledgeGraph::Source(EdgeId id) const { return boost::source(impl_->edges[id], impl_->graph); }
KnowledgeGraph::NodeId KnowledgeGraph::Target(EdgeId id) const { return boost::target(impl_->edges[id], impl_->graph); }

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::OutEdges(NodeId id) const {
  std::vector<EdgeId> out;
  for (auto [it, end] = boost::out_edges(id, impl_->graph); it != end; ++it) out.push_back(impl_->graph[*it].index);
  return out;
}

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::InEdges(NodeId id) const {
  std::vector<EdgeId> in;
  for (auto [it, end] = boost::in_edges(id, impl_->graph); it != end; ++it) in.push_back(impl_->graph[*it].index);
  return in;
}

std::optional<KnowledgeGraph::NodeId> KnowledgeGraph::Find(std::string_view key) const {
  auto it = impl_->by_key.find(std::string(key));
  if (it == impl_->by_key.end()) return std::nullopt;
  return it->second;
}

std::size_t KnowledgeGraph::CountKind(NodeKind kind) const {
  std::size_t n = 0;
  for (auto [it, end] = boost::vertices(impl_->graph); it != end; ++it) n += impl_->graph[*it].kind == kind;
  return n;
}

}  // namespace pejabat
