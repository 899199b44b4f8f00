#include "graph/queries/speakers_query.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "graph/name_match.h"
#include "graph/queries/event_facts.h"
#include "graph/queries/walk.h"

namespace pejabat {
namespace {

bool HasYear(const std::string& date) {
  return date.size() >= 4 && std::all_of(date.begin(), date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
}

bool DateInRange(const std::string& date, const SpeakerFilter& f) {
  if (f.since.empty() && f.until.empty()) return true;
  if (!HasYear(date)) return false;
  if (!f.since.empty() && date < f.since) return false;
  if (!f.until.empty() && date.substr(0, f.until.size()) > f.until) return false;
  return true;
}

bool CityMatches(const KnowledgeGraph& g, NodeId event, const std::string& city, const SpeakerFilter& f) {
  if (f.city.empty()) return true;
  if (FoldWords(city) == FoldWords(f.city)) {
    if (f.city_place.empty()) return true;
    std::optional<NodeId> place = CityPlaceOf(g, event);
    return !place || FoldWords(g.Node(*place).name) == FoldWords(f.city_place);
  }
  // An event of the city held just outside it (a resort in the neighbouring
  // regency) is still the city's: the article's jurisdiction counts too.
  for (auto e : g.OutEdges(event)) {
    const NodeData& article = g.Node(g.Target(e));
    if (g.Edge(e).relation == Relation::MentionedIn && article.kind == NodeKind::Article &&
        FoldWords(article.attrs.Get("city")) == FoldWords(f.city))
      return true;
  }
  return false;
}

int DateRank(const std::string& date) { return HasYear(date) ? 0 : date.empty() ? 2 : 1; }

std::string JoinUnique(const std::vector<std::string>& items) {
  std::string out;
  std::set<std::string> seen;
  for (const auto& s : items) {
    if (s.empty() || !seen.insert(s).second) continue;
    if (!out.empty()) out += "; ";
    out += s;
  }
  return out;
}

struct Ranked {
  SpeakerRow row;
  int date_rank = 0;
  uint32_t first_mention = 0;
};

}  // namespace

std::vector<SpeakerRow> QuerySpeakers(const KnowledgeGraph& g, const SpeakerFilter& filter) {
  std::vector<Ranked> ranked;
  for (NodeId event = 0; event < g.NodeCount(); ++event) {
    if (g.Node(event).kind != NodeKind::Event) continue;
    EventFacts ev = DescribeEvent(g, event);
    if (!CityMatches(g, event, ev.city, filter)) continue;
    if (!filter.type.empty() && FoldWords(ev.type) != FoldWords(filter.type)) continue;
    if (!DateInRange(ev.date, filter)) continue;

    // The spoke_at edges into the event, grouped by speaker in edge order.
    std::map<NodeId, std::vector<EdgeId>> by_speaker;
    for (EdgeId e : InEdgesOf(g, event, Relation::SpokeAt)) by_speaker[g.Source(e)].push_back(e);
    for (const auto& [person, edges] : by_speaker) {
      if (filter.speakers &&
          std::find(filter.speakers->begin(), filter.speakers->end(), person) == filter.speakers->end())
        continue;
      Ranked r;
      SpeakerRow& row = r.row;
      row.date = ev.date;
      row.event = g.Node(event).name;
      row.event_key = g.Node(event).key;
      row.type = ev.type;
      row.venue = ev.venue;
      row.city = ev.city;
      row.speaker = g.Node(person).name;
      row.speaker_key = g.Node(person).key;
      std::set<std::string> articles;
      std::vector<std::string> article_list;
      for (EdgeId e : edges) {
        const EdgeData& d = g.Edge(e);
        if (row.role.empty()) row.role = d.role;
        if (articles.insert(d.provenance.article).second) article_list.push_back(d.provenance.article);
      }
      r.date_rank = DateRank(ev.date);
      r.first_mention = g.Edge(edges.front()).provenance.span_start;
      row.evidence = g.Edge(edges.front()).provenance.evidence;
      row.article = JoinUnique(article_list);

      SpeakerCapacity capacity = CapacityIn(g, person, articles);
      row.post = JoinUnique(capacity.posts);
      row.office = JoinUnique(capacity.offices);
      row.on_behalf_of = JoinUnique(capacity.on_behalf_of);
      row.quotes = capacity.quotes;
      ranked.push_back(std::move(r));
    }
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return std::tie(a.date_rank, a.row.date, a.row.event, a.row.event_key, a.first_mention, a.row.speaker,
                    a.row.speaker_key) < std::tie(b.date_rank, b.row.date, b.row.event, b.row.event_key,
                                                  b.first_mention, b.row.speaker, b.row.speaker_key);
  });
  std::vector<SpeakerRow> rows;
  rows.reserve(ranked.size());
  for (auto& r : ranked) rows.push_back(std::move(r.row));
  return rows;
}

}  // namespace pejabat
