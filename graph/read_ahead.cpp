#include "graph/read_ahead.h"

#include "graph/boost_graph.h"

namespace pejabat {

void EdgeReadAhead::RequestNodes(KnowledgeGraph::EdgeId e) const {
  __builtin_prefetch(&graph_.Node(graph_.Target(e)));
  EvidenceText::PrefetchOffset(graph_.Edge(e).provenance.evidence.id());
}

void EdgeReadAhead::RequestTexts(KnowledgeGraph::EdgeId e) const {
  const EdgeData& edge = graph_.Edge(e);
  InternedText::Prefetch(graph_.Node(graph_.Source(e)).key.id());
  InternedText::Prefetch(graph_.Node(graph_.Target(e)).key.id());
  InternedText::Prefetch(edge.provenance.article.id());
  EvidenceText::Prefetch(edge.provenance.evidence.id());
}

void NodeReadAhead::RequestEdges(KnowledgeGraph::NodeId v) const {
  const BoostGraph& g = graph_.boost();
  std::size_t n = 0;
  for (auto [it, end] = boost::out_edges(static_cast<VertexDescriptor>(v), g.graph); it != end && n < kMaxEdges; ++it, ++n)
    __builtin_prefetch(&g.graph[boost::target(*it, g.graph)]);
  n = 0;
  for (auto [it, end] = boost::in_edges(static_cast<VertexDescriptor>(v), g.graph); it != end && n < kMaxEdges; ++it, ++n)
    __builtin_prefetch(&g.Edge(*it));
}

void NodeReadAhead::RequestTexts(KnowledgeGraph::NodeId v) const {
  const BoostGraph& g = graph_.boost();
  std::size_t n = 0;
  for (auto [it, end] = boost::out_edges(static_cast<VertexDescriptor>(v), g.graph); it != end && n < kMaxEdges; ++it, ++n)
    InternedText::Prefetch(g.graph[boost::target(*it, g.graph)].key.id());
}

}  // namespace pejabat
