#include "graph/views.h"

#include <algorithm>
#include <deque>
#include <set>

#include "graph/subgraph.h"

namespace pejabat {
namespace {

using NodeId = KnowledgeGraph::NodeId;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool Contains(std::string_view haystack, const std::string& lowered_needle) {
  return Lower(haystack).find(lowered_needle) != std::string::npos;
}

std::vector<NodeId> Neighbours(const KnowledgeGraph& graph, NodeId v) {
  std::vector<NodeId> out;
  for (auto e : graph.OutEdges(v)) out.push_back(graph.Target(e));
  for (auto e : graph.InEdges(v)) out.push_back(graph.Source(e));
  return out;
}

std::optional<KnowledgeGraph> Build(const KnowledgeGraph& graph, const std::set<NodeId>& nodes,
                                    const SubgraphBuilder::EdgeFilter& filter = {}) {
  if (nodes.empty()) return std::nullopt;
  return SubgraphBuilder::Induced(graph, std::vector<NodeId>(nodes.begin(), nodes.end()), filter);
}

}  // namespace

std::optional<KnowledgeGraph> EventView(const KnowledgeGraph& graph, std::string_view text) {
  const std::string needle = Lower(text);
  std::set<NodeId> events;
  for (NodeId v = 0; v < graph.NodeCount(); ++v) {
    const NodeData& n = graph.Node(v);
    if (n.kind != NodeKind::Event) continue;
    if (Contains(n.name, needle) || Contains(n.key, needle) || Contains(n.attrs.Get("date"), needle) ||
        Contains(n.attrs.Get("venue"), needle) || Contains(n.attrs.Get("city"), needle))
      events.insert(v);
  }
  if (events.empty()) return std::nullopt;
  std::set<NodeId> keep = events;
  std::set<std::string> articles;  // sources of the events' articles
  for (NodeId ev : events) {
    for (NodeId n : Neighbours(graph, ev)) {
      keep.insert(n);
      if (graph.Node(n).kind == NodeKind::Article) articles.insert(graph.Node(n).attrs.Get("source"));
    }
  }
  // The people's posts and offices, and what they said in those articles.
  for (NodeId ev : events)
    for (NodeId person : Neighbours(graph, ev)) {
      if (graph.Node(person).kind != NodeKind::Person) continue;
      for (auto e : graph.OutEdges(person)) {
        NodeId target = graph.Target(e);
        Relation r = graph.Edge(e).relation;
        if (r == Relation::Holds || r == Relation::Represented) {
          keep.insert(target);
          for (auto e2 : graph.OutEdges(target))
            if (graph.Edge(e2).relation == Relation::PostIn) keep.insert(graph.Target(e2));
        } else if (r == Relation::Said && articles.count(graph.Edge(e).provenance.article)) {
          keep.insert(target);
        }
      }
    }
  return Build(graph, keep);
}

std::optional<KnowledgeGraph> CityView(const KnowledgeGraph& graph, std::string_view name) {
  const std::string city = Lower(name);
  std::set<NodeId> keep;
  for (NodeId v = 0; v < graph.NodeCount(); ++v) {
    const NodeData& n = graph.Node(v);
    if (n.kind != NodeKind::Article || Lower(n.attrs.Get("city")) != city) continue;
    keep.insert(v);
    for (NodeId m : Neighbours(graph, v)) keep.insert(m);
  }
  return Build(graph, keep);
}

std::optional<KnowledgeGraph> PersonView(const KnowledgeGraph& graph, std::string_view name, int radius) {
  const std::string needle = Lower(name);
  std::set<NodeId> keep;
  std::deque<std::pair<NodeId, int>> queue;
  for (NodeId v = 0; v < graph.NodeCount(); ++v) {
    const NodeData& n = graph.Node(v);
    if (n.kind == NodeKind::Person && (Contains(n.name, needle) || Contains(n.attrs.Get("aliases"), needle))) {
      keep.insert(v);
      queue.push_back({v, 0});
    }
  }
  if (keep.empty()) return std::nullopt;
  while (!queue.empty()) {
    auto [v, depth] = queue.front();
    queue.pop_front();
    // An article links to everything in it: include it, never go on through it.
    if (depth >= radius || (depth > 0 && graph.Node(v).kind == NodeKind::Article)) continue;
    for (NodeId n : Neighbours(graph, v))
      if (keep.insert(n).second) queue.push_back({n, depth + 1});
  }
  return Build(graph, keep);
}

std::optional<KnowledgeGraph> SpeakersView(const KnowledgeGraph& graph) {
  std::set<NodeId> keep;
  for (std::size_t e = 0; e < graph.EdgeCount(); ++e) {
    if (graph.Edge(e).relation != Relation::SpokeAt) continue;
    keep.insert(graph.Source(e));
    keep.insert(graph.Target(e));
  }
  return Build(graph, keep, [](const KnowledgeGraph& g, KnowledgeGraph::EdgeId e) {
    return g.Edge(e).relation == Relation::SpokeAt;
  });
}

}  // namespace pejabat
