#include "graph/read_ahead.h"

#include "graph/boost_graph.h"

namespace pejabat {

void ReadAhead::RequestNodeFirst(std::size_t node) const {
  const NodeData& n = graph_.Node(node);
  InternedText::Prefetch(n.key.id());
  InternedText::Prefetch(n.name.id());
  __builtin_prefetch(n.attrs.entries().data());
}

void ReadAhead::RequestNodeSecond(std::size_t node) const {
  for (const auto& [name, value] : graph_.Node(node).attrs.entries()) InternedText::Prefetch(value.id());
}

void ReadAhead::RequestFirst(std::size_t item) const {
  if (walk_ == Walk::Edges) {
    __builtin_prefetch(&graph_.Node(graph_.Target(item)));
    EvidenceText::PrefetchOffset(graph_.Edge(item).provenance.evidence.id());
    return;
  }
  RequestNodeFirst(item);
  if (walk_ == Walk::NodeTexts) return;
  const BoostGraph& g = graph_.boost();
  const auto v = static_cast<VertexDescriptor>(item);
  std::size_t n = 0;
  for (auto [it, end] = boost::out_edges(v, g.graph); it != end && n < kMaxEdges; ++it, ++n)
    __builtin_prefetch(&g.graph[boost::target(*it, g.graph)]);
  n = 0;
  for (auto [it, end] = boost::in_edges(v, g.graph); it != end && n < kMaxEdges; ++it, ++n)
    __builtin_prefetch(&g.Edge(*it));
}

void ReadAhead::RequestSecond(std::size_t item) const {
  if (walk_ == Walk::Edges) {
    const EdgeData& edge = graph_.Edge(item);
    InternedText::Prefetch(graph_.Node(graph_.Source(item)).key.id());
    InternedText::Prefetch(graph_.Node(graph_.Target(item)).key.id());
    InternedText::Prefetch(edge.provenance.article.id());
    EvidenceText::Prefetch(edge.provenance.evidence.id());
    return;
  }
  RequestNodeSecond(item);
  if (walk_ == Walk::NodeTexts) return;
  const BoostGraph& g = graph_.boost();
  std::size_t n = 0;
  for (auto [it, end] = boost::out_edges(static_cast<VertexDescriptor>(item), g.graph); it != end && n < kMaxEdges;
       ++it, ++n)
    InternedText::Prefetch(g.graph[boost::target(*it, g.graph)].key.id());
}

}  // namespace pejabat
