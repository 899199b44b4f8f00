#include "graph/queries/compare_query.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "graph/queries/event_facts.h"
#include "graph/queries/walk.h"

namespace pejabat {
namespace {

constexpr const char* kUnknown = "(unknown)";

// The region an article is grouped under: its display name and, where the graph
// has it, the Place behind it, so that Kota Bogor and Kabupaten Bogor (both
// "Bogor" in the articles) stay apart.
struct RegionKey {
  std::string name;
  std::string place;  // the Place's key, "" when unknown
  bool operator<(const RegionKey& o) const { return std::tie(name, place) < std::tie(o.name, o.place); }
};

RegionKey RegionOf(const KnowledgeGraph& g, NodeId article, CompareBy by) {
  std::optional<NodeId> city = CityPlaceOf(g, article);
  if (by == CompareBy::City) {
    std::string name = g.Node(article).attrs.Get("city");
    if (name.empty()) return {kUnknown, ""};
    return {name, city ? g.Node(*city).key : ""};
  }
  if (city)
    if (auto province = ProvinceOf(g, *city)) return {g.Node(*province).name, g.Node(*province).key};
  return {kUnknown, ""};
}

// Whether a speaker came from outside the event's city: an office of theirs is
// a national agency or lies outside it. Unknown (no office with a place) is not outside.
bool FromOutside(const KnowledgeGraph& g, const SpeakerCapacity& capacity, NodeId event, const EventFacts& ev) {
  std::optional<NodeId> city = CityPlaceOf(g, event);
  bool known = false;
  for (NodeId office : capacity.office_nodes) {
    if (IsNationalAgency(g, office)) {
      known = true;
      continue;
    }
    std::optional<NodeId> place = JurisdictionOf(g, office);
    if (!place) continue;
    known = true;
    bool inside = city ? PlaceWithin(g, *place, *city) : PlaceNameNames(g.Node(*place).name, ev.city);
    if (inside) return false;
  }
  return known;
}

struct Group {
  std::vector<NodeId> articles;
  std::set<std::string> sources;
};

RegionComparison Compare(const KnowledgeGraph& g, const std::string& region, const Group& group) {
  RegionComparison row;
  row.region = region;
  row.articles = group.articles.size();
  std::set<NodeId> members;
  for (NodeId a : group.articles)
    for (NodeId m : MembersOf(g, a)) members.insert(m);

  std::map<std::string, std::size_t> by_type;
  std::set<NodeId> posts, speakers, outside;
  for (NodeId v : members) {
    const NodeData& node = g.Node(v);
    switch (node.kind) {
      case NodeKind::Person:
        ++row.officials;
        for (EdgeId e : OutEdgesOf(g, v, Relation::Holds))
          if (group.sources.count(g.Edge(e).provenance.article)) posts.insert(g.Target(e));
        break;
      case NodeKind::Post: posts.insert(v); break;
      case NodeKind::Organization:
        ++row.offices;
        if (IsNationalAgency(g, v)) row.national_agencies.push_back(node.name);
        break;
      case NodeKind::Quote: ++row.quotes; break;
      case NodeKind::Figure:
        row.indicators.push_back({node.attrs.Get("indicator"), node.attrs.Get("value"), node.attrs.Get("category"),
                                  node.attrs.Get("year"), node.attrs.Get("article")});
        break;
      case NodeKind::Event: {
        ++row.events;
        EventFacts ev = DescribeEvent(g, v);
        ++by_type[ev.type.empty() ? kUnknown : ev.type];
        if (ev.participants) row.participants = row.participants.value_or(0) + *ev.participants;
        for (EdgeId e : InEdgesOf(g, v, Relation::SpokeAt)) {
          const std::string& article = g.Edge(e).provenance.article;
          if (!group.sources.count(article)) continue;
          NodeId person = g.Source(e);
          speakers.insert(person);
          if (FromOutside(g, CapacityIn(g, person, {article}), v, ev)) outside.insert(person);
        }
        break;
      }
      default: break;
    }
  }
  row.posts = posts.size();
  row.speakers = speakers.size();
  row.outside_speakers = outside.size();
  row.events_by_type.assign(by_type.begin(), by_type.end());
  std::sort(row.national_agencies.begin(), row.national_agencies.end());
  std::sort(row.indicators.begin(), row.indicators.end(), [](const IndicatorValue& a, const IndicatorValue& b) {
    return std::tie(a.indicator, a.year, a.value, a.category, a.article) <
           std::tie(b.indicator, b.year, b.value, b.category, b.article);
  });
  return row;
}

}  // namespace

std::vector<RegionComparison> CompareRegions(const KnowledgeGraph& g, CompareBy by) {
  std::map<RegionKey, Group> groups;
  std::map<std::string, std::size_t> named;  // how many groups share a display name
  for (NodeId v = 0; v < g.NodeCount(); ++v) {
    if (g.Node(v).kind != NodeKind::Article) continue;
    auto [it, added] = groups.try_emplace(RegionOf(g, v, by));
    named[it->first.name] += added;
    it->second.articles.push_back(v);
    it->second.sources.insert(SourceOf(g, v));
  }
  std::vector<RegionComparison> rows;
  for (const auto& [region, group] : groups) {
    // Two regions written alike are told apart by their Places' full names.
    std::string name = region.name;
    if (named[name] > 1 && !region.place.empty()) name = g.Node(*g.Find(region.place)).name;
    rows.push_back(Compare(g, name, group));
  }
  std::sort(rows.begin(), rows.end(),
            [](const RegionComparison& a, const RegionComparison& b) { return a.region < b.region; });
  return rows;
}

}  // namespace pejabat
