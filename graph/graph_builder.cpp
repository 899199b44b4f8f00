#include "graph/graph_builder.h"

#include <algorithm>
#include <numeric>

#include "graph/boost_graph.h"
#include "graph/code_point_index.h"

namespace pejabat {
namespace {

NodeKind ToNodeKind(EntityKind kind) {
  switch (kind) {
    case EntityKind::Person: return NodeKind::Person;
    case EntityKind::Organization: return NodeKind::Organization;
    case EntityKind::Post: return NodeKind::Post;
    case EntityKind::Event: return NodeKind::Event;
    case EntityKind::Place: return NodeKind::Place;
    case EntityKind::Quote: return NodeKind::Quote;
    case EntityKind::Figure: return NodeKind::Figure;
  }
  return NodeKind::Person;
}

Relation ToRelation(FactRelation relation) {
  switch (relation) {
    case FactRelation::Holds: return Relation::Holds;
    case FactRelation::PostIn: return Relation::PostIn;
    case FactRelation::SubOrganizationOf: return Relation::SubOrganizationOf;
    case FactRelation::SpokeAt: return Relation::SpokeAt;
    case FactRelation::Attended: return Relation::Attended;
    case FactRelation::Organized: return Relation::Organized;
    case FactRelation::Represented: return Relation::Represented;
    case FactRelation::Said: return Relation::Said;
    case FactRelation::LocatedIn: return Relation::LocatedIn;
    case FactRelation::Reports: return Relation::Reports;
  }
  return Relation::MentionedIn;
}

// Structural relations hold regardless of the article that states them: one edge.
bool IsStructural(Relation r) {
  return r == Relation::PostIn || r == Relation::SubOrganizationOf || r == Relation::LocatedIn;
}

// The evidence text: the extractor passes the sentence or clause that supports a fact.
std::string EvidenceText(const std::string& text, Span span) {
  if (span.empty() || span.end > text.size()) return {};
  return text.substr(span.begin, span.size());
}

}  // namespace

std::size_t GraphBuilder::Intern(NodeKind kind, const std::string& key, const std::string& name) {
  auto [it, inserted] = index_.try_emplace(key, nodes_.size());
  if (inserted) {
    NodeData node;
    node.kind = kind;
    node.key = key;
    node.name = name;
    nodes_.push_back(std::move(node));
  }
  return it->second;
}

void GraphBuilder::Link(std::size_t from, std::size_t to, Relation relation, Provenance provenance,
                        std::string role) {
  std::string edge_key = std::to_string(from) + '>' + std::to_string(to) + '>' +
                         std::to_string(static_cast<int>(relation));
  if (!IsStructural(relation)) edge_key += '>' + provenance.article;
  auto [it, inserted] = edge_index_.try_emplace(std::move(edge_key), edges_.size());
  if (!inserted) {
    // Keep the first evidence, but a role stated later still refines an empty one.
    if (edges_[it->second].data.role.empty()) edges_[it->second].data.role = std::move(role);
    return;
  }
  EdgeData data;
  data.relation = relation;
  data.provenance = std::move(provenance);
  data.role = std::move(role);
  edges_.push_back(PendingEdge{from, to, std::move(data)});
}

void GraphBuilder::Add(const ArticleFacts& facts) {
  ++articles_;
  const ArticleMeta& meta = facts.meta;
  CodePointIndex cps(facts.text);
  auto provenance = [&](Span span) {
    Provenance p;
    p.article = meta.source;
    p.span_start = cps.ToCodePoint(span.begin);
    p.span_end = cps.ToCodePoint(span.end);
    p.evidence = EvidenceText(facts.text, span);
    return p;
  };

  std::size_t article = Intern(NodeKind::Article, "article/" + meta.source, meta.title.empty() ? meta.source : meta.title);
  Attributes& a = nodes_[article].attrs;
  a.SetIfAbsent("source", meta.source);
  a.SetIfAbsent("title", meta.title);
  a.SetIfAbsent("url", meta.url);
  a.SetIfAbsent("published", meta.published);
  a.SetIfAbsent("outlet", meta.outlet);
  a.SetIfAbsent("dateline", meta.dateline_city);
  a.SetIfAbsent("city", meta.city);

  // Vertex positions of this article's entities, by kind and index.
  std::vector<std::size_t> persons, orgs, posts, places, events, quotes, figures;
  auto mention_link = [&](std::size_t node, const std::vector<Mention>& mentions) {
    if (mentions.empty()) return;  // implied entities (a parent office) are not "in" the article
    Link(node, article, Relation::MentionedIn, provenance(mentions.front().span));
  };

  for (const auto& p : facts.persons) {
    std::size_t v = Intern(NodeKind::Person, p.key, p.name);
    for (const auto& t : p.titles) nodes_[v].attrs.AddToSet("titles", t);
    for (const auto& d : p.degrees) nodes_[v].attrs.AddToSet("degrees", d);
    for (const auto& al : p.aliases) nodes_[v].attrs.AddToSet("aliases", al);
    mention_link(v, p.mentions);
    persons.push_back(v);
  }
  for (const auto& pl : facts.places) {
    std::size_t v = Intern(NodeKind::Place, pl.key, pl.name);
    nodes_[v].attrs.SetIfAbsent("type", pl.type);
    nodes_[v].attrs.SetIfAbsent("code", pl.code);
    mention_link(v, pl.mentions);
    places.push_back(v);
  }
  for (const auto& o : facts.organizations) {
    std::size_t v = Intern(NodeKind::Organization, o.key, o.name);
    nodes_[v].attrs.SetIfAbsent("type", o.type);
    for (const auto& al : o.aliases) nodes_[v].attrs.AddToSet("aliases", al);
    mention_link(v, o.mentions);
    orgs.push_back(v);
  }
  for (const auto& p : facts.posts) {
    std::size_t v = Intern(NodeKind::Post, p.key, p.name);
    nodes_[v].attrs.SetIfAbsent("role", p.role);
    if (!p.acting.empty()) nodes_[v].attrs.AddToSet("acting", p.acting);
    mention_link(v, p.mentions);
    posts.push_back(v);
  }
  for (const auto& e : facts.events) {
    std::size_t v = Intern(NodeKind::Event, e.key, e.name);
    Attributes& ea = nodes_[v].attrs;
    ea.SetIfAbsent("type", e.type);
    ea.SetIfAbsent("date", e.date);
    ea.SetIfAbsent("end_date", e.end_date);
    ea.SetIfAbsent("weekday", e.weekday);
    ea.SetIfAbsent("venue", e.venue);
    ea.SetIfAbsent("city", e.city);
    if (e.participants) ea.SetIfAbsent("participants", std::to_string(*e.participants));
    ea.SetIfAbsent("article", meta.source);
    if (!e.mentions.empty()) Link(v, article, Relation::MentionedIn, provenance(e.mentions.front().span));
    else Link(v, article, Relation::MentionedIn, provenance(meta.body));
    events.push_back(v);
  }
  for (const auto& q : facts.quotes) {
    std::size_t v = Intern(NodeKind::Quote, q.key, q.text.substr(0, std::min<std::size_t>(q.text.size(), 80)));
    nodes_[v].attrs.SetIfAbsent("text", q.text);
    nodes_[v].attrs.SetIfAbsent("article", meta.source);
    Link(v, article, Relation::QuotedIn, provenance(q.span));
    quotes.push_back(v);
  }
  for (const auto& f : facts.figures) {
    std::size_t v = Intern(NodeKind::Figure, f.key, f.indicator + " " + f.value);
    Attributes& fa = nodes_[v].attrs;
    fa.SetIfAbsent("indicator", f.indicator);
    fa.SetIfAbsent("value", f.value);
    if (f.number) fa.SetIfAbsent("number", std::to_string(*f.number));
    fa.SetIfAbsent("category", f.category);
    fa.SetIfAbsent("year", f.year);
    fa.SetIfAbsent("article", meta.source);
    Link(v, article, Relation::MentionedIn, provenance(f.span));
    figures.push_back(v);
  }

  // Structure carried on the entities themselves.
  for (std::size_t i = 0; i < facts.organizations.size(); ++i) {
    const auto& o = facts.organizations[i];
    Span where = o.mentions.empty() ? meta.body : o.mentions.front().span;
    if (o.parent) Link(orgs[i], orgs[*o.parent], Relation::SubOrganizationOf, provenance(where));
    if (o.place) Link(orgs[i], places[*o.place], Relation::LocatedIn, provenance(where));
  }
  for (std::size_t i = 0; i < facts.posts.size(); ++i) {
    const auto& p = facts.posts[i];
    Span where = p.mentions.empty() ? meta.body : p.mentions.front().span;
    if (p.organization) Link(posts[i], orgs[*p.organization], Relation::PostIn, provenance(where));
  }
  for (std::size_t i = 0; i < facts.places.size(); ++i) {
    const auto& pl = facts.places[i];
    if (pl.parent) Link(places[i], places[*pl.parent], Relation::LocatedIn,
                        provenance(pl.mentions.empty() ? meta.body : pl.mentions.front().span));
  }

  auto vertex = [&](EntityRef ref) -> std::size_t {
    switch (ref.kind) {
      case EntityKind::Person: return persons.at(ref.index);
      case EntityKind::Organization: return orgs.at(ref.index);
      case EntityKind::Post: return posts.at(ref.index);
      case EntityKind::Event: return events.at(ref.index);
      case EntityKind::Place: return places.at(ref.index);
      case EntityKind::Quote: return quotes.at(ref.index);
      case EntityKind::Figure: return figures.at(ref.index);
    }
    return 0;
  };
  for (const auto& fact : facts.facts)
    Link(vertex(fact.from), vertex(fact.to), ToRelation(fact.relation), provenance(fact.evidence), fact.role);
}

KnowledgeGraph GraphBuilder::Build() {
  // Order nodes by key so ids and file order depend on content only.
  std::vector<std::size_t> order(nodes_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return nodes_[a].key < nodes_[b].key; });
  std::vector<std::size_t> position(nodes_.size());
  for (std::size_t i = 0; i < order.size(); ++i) position[order[i]] = i;

  std::vector<NodeData> sorted_nodes;
  sorted_nodes.reserve(nodes_.size());
  for (std::size_t i : order) sorted_nodes.push_back(std::move(nodes_[i]));

  std::vector<std::pair<std::pair<std::size_t, std::size_t>, EdgeData>> links;
  links.reserve(edges_.size());
  for (auto& e : edges_) links.push_back({{position[e.from], position[e.to]}, std::move(e.data)});
  std::sort(links.begin(), links.end(), [](const auto& x, const auto& y) {
    return std::tie(x.first, x.second.relation, x.second.provenance.article, x.second.provenance.span_start,
                    x.second.provenance.span_end) < std::tie(y.first, y.second.relation, y.second.provenance.article,
                                                             y.second.provenance.span_start, y.second.provenance.span_end);
  });

  KnowledgeGraph graph;
  graph.impl_->Assign(std::move(sorted_nodes), std::move(links));
  nodes_.clear();
  index_.clear();
  edges_.clear();
  edge_index_.clear();
  articles_ = 0;
  return graph;
}

}  // namespace pejabat
