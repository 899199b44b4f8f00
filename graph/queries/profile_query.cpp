#include "graph/queries/profile_query.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "graph/queries/walk.h"

namespace pejabat {
namespace {

std::string DisplayName(const NodeData& node) {
  if (node.kind == NodeKind::Quote)
    if (const InternedText* text = node.attrs.Find("text")) return *text;
  return node.name;
}

// An edge as a fact; `about` is the profiled node, which may be either end.
ProfileFact FactOf(const KnowledgeGraph& g, EdgeId e, NodeId about) {
  const EdgeData& d = g.Edge(e);
  NodeId from = g.Source(e), to = g.Target(e);
  NodeId other = from == about ? to : from;
  ProfileFact f;
  f.subject = DisplayName(g.Node(from));
  f.relation = std::string(RelationName(d.relation));
  f.role = d.role;
  f.object = DisplayName(g.Node(to));
  f.object_kind = std::string(NodeKindName(g.Node(other).kind));
  f.object_key = g.Node(other).key;
  f.article = d.provenance.article;
  f.span_start = d.provenance.span_start;
  f.span_end = d.provenance.span_end;
  f.evidence = d.provenance.evidence;
  return f;
}

std::vector<EdgeId> AllEdges(const KnowledgeGraph& g, NodeId v) {
  std::vector<EdgeId> edges = g.OutEdges(v);
  for (EdgeId e : g.InEdges(v)) edges.push_back(e);
  return edges;
}

// Edges one step away that say who the profiled node's people are.
std::vector<std::pair<EdgeId, NodeId>> SecondHand(const KnowledgeGraph& g, NodeId v) {
  std::vector<std::pair<EdgeId, NodeId>> out;
  const NodeData& node = g.Node(v);
  if (node.kind == NodeKind::Organization) {
    // The office's posts and who holds them.
    for (EdgeId p : InEdgesOf(g, v, Relation::PostIn)) {
      NodeId post = g.Source(p);
      for (EdgeId h : InEdgesOf(g, post, Relation::Holds)) out.push_back({h, g.Source(h)});
    }
  } else if (node.kind == NodeKind::Event) {
    // The posts and representations of the people at the event, as its articles state them.
    std::set<std::string> articles;
    for (NodeId a : ArticlesOf(g, v)) articles.insert(SourceOf(g, a));
    std::set<NodeId> people;
    for (Relation r : {Relation::SpokeAt, Relation::Attended})
      for (EdgeId e : InEdgesOf(g, v, r)) people.insert(g.Source(e));
    for (NodeId person : people)
      for (Relation r : {Relation::Holds, Relation::Represented})
        for (EdgeId e : OutEdgesOf(g, person, r))
          if (articles.count(g.Edge(e).provenance.article)) out.push_back({e, person});
  }
  return out;
}

}  // namespace

Profile BuildProfile(const KnowledgeGraph& g, KnowledgeGraph::NodeId v) {
  const NodeData& node = g.Node(v);
  Profile p;
  p.key = node.key;
  p.kind = std::string(NodeKindName(node.kind));
  p.name = node.name;
  for (const auto& [name, value] : node.attrs.entries()) p.attributes.emplace_back(name, value);
  std::vector<std::pair<EdgeId, NodeId>> edges;
  for (EdgeId e : AllEdges(g, v)) edges.push_back({e, v});
  for (const auto& second : SecondHand(g, v)) edges.push_back(second);
  std::sort(edges.begin(), edges.end(), [&](const auto& a, const auto& b) {
    const EdgeData& x = g.Edge(a.first);
    const EdgeData& y = g.Edge(b.first);
    return std::tie(x.relation, x.provenance.article, x.provenance.span_start, a.first) <
           std::tie(y.relation, y.provenance.article, y.provenance.span_start, b.first);
  });
  edges.erase(std::unique(edges.begin(), edges.end(),
                          [](const auto& a, const auto& b) { return a.first == b.first; }),
              edges.end());
  for (const auto& [e, about] : edges) p.facts.push_back(FactOf(g, e, about));
  return p;
}

}  // namespace pejabat
