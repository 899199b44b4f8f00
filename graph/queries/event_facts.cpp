#include "graph/queries/event_facts.h"

#include <charconv>

namespace pejabat {
namespace {

std::optional<long> ParseCount(const std::string& s) {
  long v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

bool QuoteIn(const KnowledgeGraph& g, NodeId quote, const std::set<std::string>& articles) {
  for (EdgeId e : OutEdgesOf(g, quote, Relation::QuotedIn))
    if (articles.count(SourceOf(g, g.Target(e)))) return true;
  return articles.count(g.Node(quote).attrs.Get("article")) > 0;
}

}  // namespace

EventFacts DescribeEvent(const KnowledgeGraph& g, NodeId event) {
  const Attributes& a = g.Node(event).attrs;
  EventFacts f;
  f.date = a.Get("date");
  f.type = a.Get("type");
  f.venue = a.Get("venue");
  f.city = a.Get("city");
  f.participants = ParseCount(a.Get("participants"));
  f.articles = ArticlesOf(g, event);
  for (EdgeId e : OutEdgesOf(g, event, Relation::LocatedIn)) {
    const NodeData& place = g.Node(g.Target(e));
    std::string type = place.attrs.Get("type");
    if (f.venue.empty() && type == "venue") f.venue = place.name;
  }
  for (NodeId article : f.articles)
    if (f.city.empty()) f.city = g.Node(article).attrs.Get("city");
  return f;
}

SpeakerCapacity CapacityIn(const KnowledgeGraph& g, NodeId person, const std::set<std::string>& articles) {
  SpeakerCapacity c;
  std::vector<EdgeId> holds = OutEdgesOf(g, person, Relation::Holds), here;
  for (EdgeId e : holds)
    if (articles.count(g.Edge(e).provenance.article)) here.push_back(e);
  // A post stated in another article still says who the person is.
  for (EdgeId e : here.empty() ? holds : here) {
    NodeId post = g.Target(e);
    c.post_nodes.push_back(post);
    c.posts.push_back(g.Node(post).name);
    for (EdgeId p : OutEdgesOf(g, post, Relation::PostIn)) {
      c.office_nodes.push_back(g.Target(p));
      c.offices.push_back(g.Node(g.Target(p)).name);
    }
  }
  for (EdgeId e : OutEdgesOf(g, person, Relation::Represented))
    if (articles.count(g.Edge(e).provenance.article)) c.on_behalf_of.push_back(g.Node(g.Target(e)).name);
  for (EdgeId e : OutEdgesOf(g, person, Relation::Said)) c.quotes += QuoteIn(g, g.Target(e), articles);
  return c;
}

}  // namespace pejabat
