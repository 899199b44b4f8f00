#include "graph/graph_builder.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <tuple>

#include "graph/boost_graph.h"
#include "graph/code_point_index.h"

namespace pejabat {
namespace {

constexpr uint32_t kEmptySlot = std::numeric_limits<uint32_t>::max();

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
std::string_view EvidenceText(std::string_view text, Span span) {
  if (span.empty() || span.end > text.size()) return {};
  return text.substr(span.begin, span.size());
}

std::size_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDULL;
  x ^= x >> 33;
  x *= 0xC4CEB9FE1A85EC53ULL;
  return static_cast<std::size_t>(x ^ (x >> 33));
}

std::size_t EdgeHash(uint32_t from, uint32_t to, Relation relation) {
  return Mix((uint64_t{from} << 32 | to) ^ Mix(static_cast<uint64_t>(relation)));
}

std::size_t KeyHash(std::string_view key) { return std::hash<std::string_view>()(key); }

// Open addressing with linear probing over 32-bit numbers; at most half full.
// `hash_of(id)` rehashes an entry when the table grows.
template <typename HashOf>
void GrowIfNeeded(std::vector<uint32_t>& slots, std::size_t count, HashOf hash_of) {
  if (2 * (count + 1) <= slots.size()) return;
  std::vector<uint32_t> old = std::move(slots);
  slots.assign(old.empty() ? 1024 : old.size() * 2, kEmptySlot);
  const std::size_t mask = slots.size() - 1;
  for (uint32_t id : old) {
    if (id == kEmptySlot) continue;
    std::size_t i = hash_of(id) & mask;
    while (slots[i] != kEmptySlot) i = (i + 1) & mask;
    slots[i] = id;
  }
}

uint32_t CheckedNumber(std::size_t n, const char* what) {
  if (n >= kEmptySlot) throw std::length_error(std::string("graph too large: more than 4 billion ") + what);
  return static_cast<uint32_t>(n);
}

}  // namespace

uint32_t GraphBuilder::Intern(NodeKind kind, const std::string& key, const std::string& name) {
  GrowIfNeeded(node_slots_, nodes_.size(), [&](uint32_t id) { return KeyHash(nodes_[id].key); });
  const std::size_t mask = node_slots_.size() - 1;
  for (std::size_t i = KeyHash(key) & mask;; i = (i + 1) & mask) {
    uint32_t id = node_slots_[i];
    if (id == kEmptySlot) {
      id = CheckedNumber(nodes_.size(), "nodes");
      node_slots_[i] = id;
      NodeData node;
      node.kind = kind;
      node.key = key;
      node.name = name;
      nodes_.push_back(std::move(node));
      return id;
    }
    if (nodes_[id].key == key) return id;
  }
}

struct GraphBuilder::Article {
  std::string_view text;
  uint32_t source;
  CodePointIndex code_points;
  // Evidence already interned for this article, by span: one sentence backs
  // several facts, and a short scan beats hashing the sentence again.
  std::vector<std::pair<uint64_t, InternedText>> evidence = {};

  InternedText Evidence(Span span) {
    const uint64_t key = uint64_t{span.begin} << 32 | span.end;
    for (const auto& [k, text] : evidence)
      if (k == key) return text;
    evidence.emplace_back(key, InternedText(EvidenceText(text, span)));
    return evidence.back().second;
  }
};

void GraphBuilder::IndexArticleEdge(uint32_t id) {
  auto hash_of = [&](uint32_t e) { return EdgeHash(edges_[e].from, edges_[e].to, edges_[e].relation); };
  GrowIfNeeded(article_slots_, article_edges_, hash_of);
  const std::size_t mask = article_slots_.size() - 1;
  std::size_t i = hash_of(id) & mask;
  while (article_slots_[i] != kEmptySlot) i = (i + 1) & mask;
  article_slots_[i] = id;
  ++article_edges_;
}

void GraphBuilder::StartArticle(uint32_t source, bool seen_before) {
  // A small table, emptied for every article (a large one, left by a huge
  // article, is given back).
  if (article_slots_.size() > 4096) article_slots_.assign(256, kEmptySlot);
  else std::fill(article_slots_.begin(), article_slots_.end(), kEmptySlot);
  article_edges_ = 0;
  if (!seen_before) return;
  // The same source again: its earlier articles' edges are the same article's.
  auto index_range = [&](EdgeRange r) {
    for (uint32_t id = r.begin; id < r.end; ++id)
      if (!IsStructural(edges_[id].relation)) IndexArticleEdge(id);
  };
  index_range(source_edges_[source]);
  if (auto it = repeated_source_edges_.find(source); it != repeated_source_edges_.end())
    for (EdgeRange r : it->second) index_range(r);
}

void GraphBuilder::Link(Article& article, uint32_t from, uint32_t to, Relation relation, Span span,
                        const std::string& role) {
  const bool structural = IsStructural(relation);
  std::vector<uint32_t>& slots = structural ? structural_slots_ : article_slots_;
  GrowIfNeeded(slots, structural ? structural_edges_ : article_edges_,
               [&](uint32_t e) { return EdgeHash(edges_[e].from, edges_[e].to, edges_[e].relation); });
  const std::size_t mask = slots.size() - 1;
  for (std::size_t i = EdgeHash(from, to, relation) & mask;; i = (i + 1) & mask) {
    uint32_t id = slots[i];
    if (id == kEmptySlot) {
      slots[i] = CheckedNumber(edges_.size(), "edges");
      if (structural) ++structural_edges_;
      else ++article_edges_;
      edges_.push_back(PendingEdge{from, to, article.source, article.code_points.ToCodePoint(span.begin),
                                   article.code_points.ToCodePoint(span.end), relation,
                                   article.Evidence(span), InternedText(role)});
      return;
    }
    PendingEdge& e = edges_[id];
    if (e.from == from && e.to == to && e.relation == relation) {
      // Keep the first evidence, but a role stated later still refines an empty one.
      if (e.role.empty() && !role.empty()) e.role = InternedText(role);
      return;
    }
  }
}

void GraphBuilder::Add(const ArticleFacts& facts) {
  ++articles_;
  const ArticleMeta& meta = facts.meta;
  auto [number, inserted] = source_numbers_.try_emplace(InternedText(meta.source), 0);
  if (inserted) {
    number->second = CheckedNumber(sources_.size(), "articles");
    sources_.push_back(number->first);
    source_edges_.push_back(EdgeRange{0, 0});
  }
  Article current{facts.text, number->second, CodePointIndex(facts.text)};
  StartArticle(current.source, !inserted);
  const uint32_t first_edge = static_cast<uint32_t>(edges_.size());
  auto link = [&](uint32_t from, uint32_t to, Relation relation, Span span, const std::string& role = {}) {
    Link(current, from, to, relation, span, role);
  };

  uint32_t article = Intern(NodeKind::Article, "article/" + meta.source, meta.title.empty() ? meta.source : meta.title);
  Attributes& a = nodes_[article].attrs;
  a.SetIfAbsent("source", meta.source);
  a.SetIfAbsent("title", meta.title);
  a.SetIfAbsent("url", meta.url);
  a.SetIfAbsent("published", meta.published);
  a.SetIfAbsent("outlet", meta.outlet);
  a.SetIfAbsent("dateline", meta.dateline_city);
  a.SetIfAbsent("city", meta.city);
  a.SetIfAbsent("region_code", meta.region_code);

  // Node numbers of this article's entities, by kind and index.
  std::vector<uint32_t> persons, orgs, posts, places, events, quotes, figures;
  auto mention_link = [&](uint32_t node, const std::vector<Mention>& mentions) {
    if (mentions.empty()) return;  // implied entities (a parent office) are not "in" the article
    link(node, article, Relation::MentionedIn, mentions.front().span);
  };

  for (const auto& p : facts.persons) {
    uint32_t v = Intern(NodeKind::Person, p.key, p.name);
    for (const auto& t : p.titles) nodes_[v].attrs.AddToSet("titles", t);
    for (const auto& d : p.degrees) nodes_[v].attrs.AddToSet("degrees", d);
    for (const auto& al : p.aliases) nodes_[v].attrs.AddToSet("aliases", al);
    mention_link(v, p.mentions);
    persons.push_back(v);
  }
  for (const auto& pl : facts.places) {
    uint32_t v = Intern(NodeKind::Place, pl.key, pl.name);
    nodes_[v].attrs.SetIfAbsent("type", pl.type);
    nodes_[v].attrs.SetIfAbsent("code", pl.code);
    mention_link(v, pl.mentions);
    places.push_back(v);
  }
  for (const auto& o : facts.organizations) {
    uint32_t v = Intern(NodeKind::Organization, o.key, o.name);
    nodes_[v].attrs.SetIfAbsent("type", o.type);
    for (const auto& al : o.aliases) nodes_[v].attrs.AddToSet("aliases", al);
    mention_link(v, o.mentions);
    orgs.push_back(v);
  }
  for (const auto& p : facts.posts) {
    uint32_t v = Intern(NodeKind::Post, p.key, p.name);
    nodes_[v].attrs.SetIfAbsent("role", p.role);
    if (!p.acting.empty()) nodes_[v].attrs.AddToSet("acting", p.acting);
    mention_link(v, p.mentions);
    posts.push_back(v);
  }
  for (const auto& e : facts.events) {
    uint32_t v = Intern(NodeKind::Event, e.key, e.name);
    Attributes& ea = nodes_[v].attrs;
    ea.SetIfAbsent("type", e.type);
    ea.SetIfAbsent("date", e.date);
    ea.SetIfAbsent("end_date", e.end_date);
    ea.SetIfAbsent("weekday", e.weekday);
    ea.SetIfAbsent("venue", e.venue);
    ea.SetIfAbsent("city", e.city);
    if (e.participants) ea.SetIfAbsent("participants", std::to_string(*e.participants));
    ea.SetIfAbsent("article", meta.source);
    link(v, article, Relation::MentionedIn, e.mentions.empty() ? meta.body : e.mentions.front().span);
    events.push_back(v);
  }
  for (const auto& q : facts.quotes) {
    uint32_t v = Intern(NodeKind::Quote, q.key, q.text.substr(0, std::min<std::size_t>(q.text.size(), 80)));
    nodes_[v].attrs.SetIfAbsent("text", q.text);
    nodes_[v].attrs.SetIfAbsent("article", meta.source);
    link(v, article, Relation::QuotedIn, q.span);
    quotes.push_back(v);
  }
  for (const auto& f : facts.figures) {
    uint32_t v = Intern(NodeKind::Figure, f.key, f.indicator + " " + f.value);
    Attributes& fa = nodes_[v].attrs;
    fa.SetIfAbsent("indicator", f.indicator);
    fa.SetIfAbsent("value", f.value);
    if (f.number) fa.SetIfAbsent("number", std::to_string(*f.number));
    fa.SetIfAbsent("category", f.category);
    fa.SetIfAbsent("year", f.year);
    fa.SetIfAbsent("article", meta.source);
    link(v, article, Relation::MentionedIn, f.span);
    figures.push_back(v);
  }

  // Structure carried on the entities themselves.
  for (std::size_t i = 0; i < facts.organizations.size(); ++i) {
    const auto& o = facts.organizations[i];
    Span where = o.mentions.empty() ? meta.body : o.mentions.front().span;
    if (o.parent) link(orgs[i], orgs.at(*o.parent), Relation::SubOrganizationOf, where);
    if (o.place) link(orgs[i], places.at(*o.place), Relation::LocatedIn, where);
  }
  for (std::size_t i = 0; i < facts.posts.size(); ++i) {
    const auto& p = facts.posts[i];
    Span where = p.mentions.empty() ? meta.body : p.mentions.front().span;
    if (p.organization) link(posts[i], orgs.at(*p.organization), Relation::PostIn, where);
  }
  for (std::size_t i = 0; i < facts.places.size(); ++i) {
    const auto& pl = facts.places[i];
    if (pl.parent)
      link(places[i], places.at(*pl.parent), Relation::LocatedIn, pl.mentions.empty() ? meta.body : pl.mentions.front().span);
  }

  auto vertex = [&](EntityRef ref) -> uint32_t {
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
    link(vertex(fact.from), vertex(fact.to), ToRelation(fact.relation), fact.evidence, fact.role);

  const EdgeRange range{first_edge, static_cast<uint32_t>(edges_.size())};
  if (inserted) source_edges_[current.source] = range;
  else repeated_source_edges_[current.source].push_back(range);
}

KnowledgeGraph GraphBuilder::Build() {
  // Order nodes by key so ids and file order depend on content only.
  const std::size_t n = nodes_.size();
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return nodes_[a].key < nodes_[b].key; });
  std::vector<uint32_t> position(n);
  for (uint32_t i = 0; i < n; ++i) position[order[i]] = i;
  node_slots_ = {};

  // Articles by name, so that an edge's article compares as a number.
  std::vector<uint32_t> by_name(sources_.size());
  std::iota(by_name.begin(), by_name.end(), 0u);
  std::sort(by_name.begin(), by_name.end(), [&](uint32_t a, uint32_t b) { return sources_[a].str() < sources_[b].str(); });
  std::vector<uint32_t> rank(sources_.size());
  std::vector<InternedText> sorted_sources(sources_.size());
  for (uint32_t i = 0; i < by_name.size(); ++i) {
    rank[by_name[i]] = i;
    sorted_sources[i] = sources_[by_name[i]];
  }
  source_numbers_ = {};
  sources_ = {};
  source_edges_ = {};
  repeated_source_edges_ = {};
  structural_slots_ = {};
  article_slots_ = {};
  structural_edges_ = article_edges_ = 0;

  // Edges by (source key, target key, relation, article, span): a total order,
  // since there is one edge per (source, target, relation, article).
  std::vector<uint32_t> out_degree(n), in_degree(n);
  for (PendingEdge& e : edges_) {
    e.from = position[e.from];
    e.to = position[e.to];
    e.source = rank[e.source];
    ++out_degree[e.from];
    ++in_degree[e.to];
  }
  std::sort(edges_.begin(), edges_.end(), [](const PendingEdge& x, const PendingEdge& y) {
    return std::tie(x.from, x.to, x.relation, x.source, x.span_start, x.span_end) <
           std::tie(y.from, y.to, y.relation, y.source, y.span_start, y.span_end);
  });

  // Straight into the Boost graph (what BoostGraph::Assign does, without an
  // intermediate copy of every edge).
  KnowledgeGraph graph;
  BoostGraph& g = *graph.impl_;
  g.graph = AdjacencyList(n);
  g.by_key.clear();
  g.by_key.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    NodeData& node = nodes_[order[i]];
    g.by_key.emplace(node.key, i);
    g.graph[i] = std::move(node);
    g.graph.out_edge_list(i).reserve(out_degree[i]);
    boost::in_edge_list(g.graph, i).reserve(in_degree[i]);
  }
  nodes_ = {};
  order = {};
  position = {};
  out_degree = {};
  in_degree = {};
  g.edges.clear();
  g.edges.reserve(edges_.size());
  for (const PendingEdge& e : edges_) {
    EdgeData data;
    data.relation = e.relation;
    data.provenance.article = sorted_sources[e.source];
    data.provenance.span_start = e.span_start;
    data.provenance.span_end = e.span_end;
    data.provenance.evidence = e.evidence;
    data.role = e.role;
    data.index = g.edges.size();
    g.edges.push_back(boost::add_edge(e.from, e.to, std::move(data), g.graph).first);
  }
  edges_ = {};
  articles_ = 0;
  return graph;
}

}  // namespace pejabat
