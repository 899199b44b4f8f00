#include "graph/knowledge_graph.h"

#include <algorithm>
#include <stdexcept>

#include "graph/boost_graph.h"
#include "graph/huge_pages.h"

namespace pejabat {
namespace {

constexpr uint32_t kFreeSlot = UINT32_MAX;

std::size_t SlotHash(InternedText key) {
  uint64_t x = key.id();
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDULL;
  x ^= x >> 33;
  return static_cast<std::size_t>(x);
}

}  // namespace

void BoostGraph::Assign(NodeColumn nodes, EndsColumn ends, EdgeColumn data) {
  if (nodes.size() >= kFreeSlot || ends.size() >= kFreeSlot)
    throw std::length_error("graph too large: more than 4 billion nodes or edges");
  if (ends.size() != data.size()) throw std::logic_error("edge ends and properties differ in number");
  if (!std::is_sorted(ends.begin(), ends.end(), [](const Ends& a, const Ends& b) { return a.first < b.first; }))
    throw std::logic_error("edges not grouped by source");
  const auto n = static_cast<uint32_t>(nodes.size());
  // Boost's counting sort by source is stable, so edges keep their order and
  // Boost's edge index is the position in `ends`.
  graph = CsrGraph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), n);
  source.resize(ends.size());
  for (std::size_t e = 0; e < ends.size(); ++e) source[e] = ends[e].first;
  ends = {};
  edge_data = std::move(data);

  key_slots.assign(std::max<std::size_t>(16, std::bit_ceil(2 * std::size_t{n})), kFreeSlot);
  const std::size_t mask = key_slots.size() - 1;
  for (uint32_t v = 0; v < n; ++v) {
    std::size_t i = SlotHash(nodes[v].key) & mask;
    while (key_slots[i] != kFreeSlot) i = (i + 1) & mask;
    key_slots[i] = v;
    graph[v] = std::move(nodes[v]);
  }
  // Boost's own arrays: the writers and queries read these at random (an
  // edge's target node, a node's in-edges). At a million articles they are
  // 0.9 GB, and with 4 KiB pages nearly every such read also walked the page table.
  CollapseToHugePages(graph.m_vertex_properties);
  CollapseToHugePages(graph.m_forward.m_rowstart);
  CollapseToHugePages(graph.m_forward.m_column);
  CollapseToHugePages(graph.m_backward.m_rowstart);
  CollapseToHugePages(graph.m_backward.m_column);
  CollapseToHugePages(graph.m_backward.m_edge_properties);
  CollapseToHugePages(source);
  CollapseToHugePages(key_slots);
}

std::optional<uint32_t> BoostGraph::Find(std::string_view key) const {
  std::optional<InternedText> text = InternedText::Existing(key);
  if (!text || key_slots.empty()) return std::nullopt;
  const std::size_t mask = key_slots.size() - 1;
  for (std::size_t i = SlotHash(*text) & mask;; i = (i + 1) & mask) {
    uint32_t v = key_slots[i];
    if (v == kFreeSlot) return std::nullopt;
    if (graph[v].key == *text) return v;
  }
}

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<BoostGraph>()) {}
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph::~KnowledgeGraph() = default;

std::size_t KnowledgeGraph::NodeCount() const { return boost::num_vertices(impl_->graph); }
std::size_t KnowledgeGraph::EdgeCount() const { return impl_->edge_data.size(); }
const NodeData& KnowledgeGraph::Node(NodeId id) const { return impl_->graph[static_cast<VertexDescriptor>(id)]; }
const EdgeData& KnowledgeGraph::Edge(EdgeId id) const { return impl_->edge_data[id]; }
KnowledgeGraph::NodeId KnowledgeGraph::Source(EdgeId id) const { return impl_->source[id]; }
KnowledgeGraph::NodeId KnowledgeGraph::Target(EdgeId id) const {
  return boost::target(EdgeDescriptor(impl_->source[id], static_cast<uint32_t>(id)), impl_->graph);
}

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::OutEdges(NodeId id) const {
  std::vector<EdgeId> out;
  for (auto [it, end] = boost::out_edges(static_cast<VertexDescriptor>(id), impl_->graph); it != end; ++it)
    out.push_back(impl_->EdgeIndex(*it));
  return out;
}

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::InEdges(NodeId id) const {
  std::vector<EdgeId> in;
  for (auto [it, end] = boost::in_edges(static_cast<VertexDescriptor>(id), impl_->graph); it != end; ++it)
    in.push_back(impl_->EdgeIndex(*it));
  return in;
}

std::optional<KnowledgeGraph::NodeId> KnowledgeGraph::Find(std::string_view key) const {
  if (auto v = impl_->Find(key)) return *v;
  return std::nullopt;
}

std::size_t KnowledgeGraph::CountKind(NodeKind kind) const {
  std::size_t n = 0;
  for (auto [it, end] = boost::vertices(impl_->graph); it != end; ++it) n += impl_->graph[*it].kind == kind;
  return n;
}

}  // namespace pejabat
