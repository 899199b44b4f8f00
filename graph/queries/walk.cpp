#include "graph/queries/walk.h"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/pending/queue.hpp>
#include <boost/property_map/property_map.hpp>
#include <unordered_map>

#include "graph/boost_graph.h"
#include "graph/name_match.h"

namespace pejabat {
namespace {

// Keeps the edges of some relations: the view BFS walks.
struct RelationFilter {
  const BoostGraph* graph = nullptr;
  std::vector<Relation> relations;
  bool operator()(const EdgeDescriptor& e) const {
    return std::find(relations.begin(), relations.end(), graph->Edge(e).relation) != relations.end();
  }
};

struct DiscoveryRecorder : boost::default_bfs_visitor {
  std::vector<NodeId>* order = nullptr;
  template <class Vertex, class Graph>
  void discover_vertex(Vertex v, const Graph&) const {
    order->push_back(v);
  }
};

bool IsRegion(const NodeData& node) {
  if (node.kind != NodeKind::Place) return false;
  std::string type = node.attrs.Get("type");
  return type == "city" || type == "regency";
}

// The `city` an Article or Event is about; an Event without one takes its article's.
std::string CityOf(const KnowledgeGraph& g, NodeId v) {
  std::string city = g.Node(v).attrs.Get("city");
  if (city.empty() && g.Node(v).kind == NodeKind::Event)
    for (NodeId a : ArticlesOf(g, v))
      if (city = g.Node(a).attrs.Get("city"); !city.empty()) break;
  return city;
}

}  // namespace

std::vector<EdgeId> OutEdgesOf(const KnowledgeGraph& g, NodeId v, Relation relation) {
  const BoostGraph& b = g.boost();
  std::vector<EdgeId> out;
  for (auto [it, end] = boost::out_edges(static_cast<VertexDescriptor>(v), b.graph); it != end; ++it)
    if (b.Edge(*it).relation == relation) out.push_back(b.EdgeIndex(*it));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<EdgeId> InEdgesOf(const KnowledgeGraph& g, NodeId v, Relation relation) {
  const BoostGraph& b = g.boost();
  std::vector<EdgeId> in;
  for (auto [it, end] = boost::in_edges(static_cast<VertexDescriptor>(v), b.graph); it != end; ++it)
    if (b.Edge(*it).relation == relation) in.push_back(b.EdgeIndex(*it));
  std::sort(in.begin(), in.end());
  return in;
}

std::vector<NodeId> ReachableFrom(const KnowledgeGraph& g, NodeId start, std::initializer_list<Relation> relations) {
  const CsrGraph& adj = g.boost().graph;
  RelationFilter filter{&g.boost(), std::vector<Relation>(relations)};
  boost::filtered_graph<CsrGraph, RelationFilter> view(adj, filter);
  std::vector<NodeId> order;
  DiscoveryRecorder recorder;
  recorder.order = &order;
  // breadth_first_visit with a sparse color map: the cost is the part of the
  // graph reached, not the whole graph (queries call this once per speaker).
  std::unordered_map<VertexDescriptor, boost::default_color_type> colors;  // missing = white
  boost::associative_property_map<decltype(colors)> color_map(colors);
  boost::queue<VertexDescriptor> buffer;
  boost::breadth_first_visit(view, static_cast<VertexDescriptor>(start), buffer, recorder, color_map);
  return order;
}

std::optional<NodeId> ArticleBySource(const KnowledgeGraph& g, std::string_view source) {
  // The builder's key for an article; a scan covers graphs written by other tools.
  if (auto v = g.Find("article/" + std::string(source)); v && g.Node(*v).kind == NodeKind::Article) return v;
  for (NodeId v = 0; v < g.NodeCount(); ++v)
    if (g.Node(v).kind == NodeKind::Article && g.Node(v).attrs.Get("source") == source) return v;
  return std::nullopt;
}

std::string SourceOf(const KnowledgeGraph& g, NodeId article) {
  std::string source = g.Node(article).attrs.Get("source");
  return source.empty() ? std::string(g.Node(article).key) : source;
}

std::vector<NodeId> ArticlesOf(const KnowledgeGraph& g, NodeId v) {
  const CsrGraph& adj = g.boost().graph;
  std::vector<NodeId> out;
  for (auto [it, end] = boost::out_edges(static_cast<VertexDescriptor>(v), adj); it != end; ++it)
    if (adj[boost::target(*it, adj)].kind == NodeKind::Article) out.push_back(boost::target(*it, adj));
  for (auto [it, end] = boost::in_edges(static_cast<VertexDescriptor>(v), adj); it != end; ++it)
    if (adj[boost::source(*it, adj)].kind == NodeKind::Article) out.push_back(boost::source(*it, adj));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<NodeId> MembersOf(const KnowledgeGraph& g, NodeId article) {
  const CsrGraph& adj = g.boost().graph;
  std::vector<NodeId> out;
  for (auto [it, end] = boost::in_edges(static_cast<VertexDescriptor>(article), adj); it != end; ++it) out.push_back(boost::source(*it, adj));
  for (auto [it, end] = boost::out_edges(static_cast<VertexDescriptor>(article), adj); it != end; ++it) out.push_back(boost::target(*it, adj));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool PlaceNameNames(std::string_view place_name, std::string_view city) {
  std::vector<std::string> words = MatchWords(place_name);
  std::string wanted;
  for (const auto& w : MatchWords(city)) wanted += w;
  if (wanted.empty()) return false;
  // A suffix of whole words, compared without spaces: "Lima Puluh Kota" names "Limapuluh Kota".
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string tail;
    for (std::size_t i = k; i < words.size(); ++i) tail += words[i];
    if (tail == wanted) return true;
  }
  return false;
}

std::optional<NodeId> CityPlaceOf(const KnowledgeGraph& g, NodeId v) {
  // A region code on the node (kode wilayah) settles it.
  if (std::string code = g.Node(v).attrs.Get("region_code"); !code.empty())
    for (NodeId p = 0; p < g.NodeCount(); ++p)
      if (g.Node(p).kind == NodeKind::Place && g.Node(p).attrs.Get("code") == code) return p;
  const std::string city = CityOf(g, v);
  if (city.empty()) return std::nullopt;
  auto names_city = [&](NodeId p) { return IsRegion(g.Node(p)) && PlaceNameNames(g.Node(p).name, city); };
  // An event's own located_in first.
  for (EdgeId e : OutEdgesOf(g, v, Relation::LocatedIn))
    if (names_city(g.Target(e))) return g.Target(e);
  // Then the places of its article(s). "Bogor" may name both Kota and Kabupaten
  // Bogor: the one more of the article's facts are located in wins.
  std::vector<NodeId> articles = g.Node(v).kind == NodeKind::Article ? std::vector<NodeId>{v} : ArticlesOf(g, v);
  std::vector<std::string> sources;
  for (NodeId a : articles) sources.push_back(SourceOf(g, a));
  std::optional<NodeId> best;
  std::size_t best_score = 0;
  for (NodeId a : articles)
    for (NodeId p : MembersOf(g, a)) {
      if (!names_city(p)) continue;
      std::size_t score = 1;
      for (EdgeId e : InEdgesOf(g, p, Relation::LocatedIn))
        score += std::find(sources.begin(), sources.end(), g.Edge(e).provenance.article) != sources.end();
      if (!best || score > best_score) best = p, best_score = score;
    }
  if (best) return best;
  for (NodeId p = 0; p < g.NodeCount(); ++p)
    if (names_city(p)) return p;
  return std::nullopt;
}

std::optional<NodeId> ProvinceOf(const KnowledgeGraph& g, NodeId place) {
  for (NodeId p : ReachableFrom(g, place, {Relation::LocatedIn}))
    if (g.Node(p).kind == NodeKind::Place && g.Node(p).attrs.Get("type") == "province") return p;
  return std::nullopt;
}

bool PlaceWithin(const KnowledgeGraph& g, NodeId place, NodeId area) {
  for (NodeId p : ReachableFrom(g, place, {Relation::LocatedIn}))
    if (p == area) return true;
  return false;
}

std::optional<NodeId> JurisdictionOf(const KnowledgeGraph& g, NodeId organization) {
  for (NodeId p : ReachableFrom(g, organization, {Relation::SubOrganizationOf, Relation::LocatedIn}))
    if (g.Node(p).kind == NodeKind::Place) return p;
  return std::nullopt;
}

bool IsNationalAgency(const KnowledgeGraph& g, NodeId organization) {
  const NodeData& org = g.Node(organization);
  if (org.kind != NodeKind::Organization) return false;
  std::string type = org.attrs.Get("type");
  if (type != "ministry" && type != "agency" && type != "commission") return false;
  return !JurisdictionOf(g, organization).has_value();
}

}  // namespace pejabat
