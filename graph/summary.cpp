#include "graph/summary.h"

#include <set>

namespace pejabat {

GraphSummary Summarize(const KnowledgeGraph& graph) {
  GraphSummary s;
  s.articles = graph.CountKind(NodeKind::Article);
  s.people = graph.CountKind(NodeKind::Person);
  s.posts = graph.CountKind(NodeKind::Post);
  s.offices = graph.CountKind(NodeKind::Organization);
  s.events = graph.CountKind(NodeKind::Event);
  s.quotes = graph.CountKind(NodeKind::Quote);
  s.places = graph.CountKind(NodeKind::Place);
  std::map<std::string, std::set<std::size_t>> seen;  // city -> nodes counted
  for (std::size_t v = 0; v < graph.NodeCount(); ++v) {
    const NodeData& article = graph.Node(v);
    if (article.kind != NodeKind::Article) continue;
    // Name the region in full ("Kota Bogor", "Kabupaten Bogor") so same-named kota and kabupaten stay apart.
    std::string city = article.attrs.Get("city");
    if (auto place = graph.Find("place/" + article.attrs.Get("region_code")); place && !article.attrs.Get("region_code").empty())
      city = graph.Node(*place).name;
    if (city.empty()) city = "(unknown)";
    CitySummary& c = s.cities[city];
    ++c.articles;
    for (auto e : graph.InEdges(v)) {
      std::size_t n = graph.Source(e);
      if (!seen[city].insert(n).second) continue;
      switch (graph.Node(n).kind) {
        case NodeKind::Person: ++c.people; break;
        case NodeKind::Organization: ++c.offices; break;
        case NodeKind::Event: ++c.events; break;
        case NodeKind::Quote: ++c.quotes; break;
        default: break;
      }
    }
  }
  return s;
}

}  // namespace pejabat
