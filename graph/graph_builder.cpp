#include "graph/graph_builder.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <numeric>
#include <optional>
#include <span>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <utility>

#include "graph/boost_graph.h"
#include "graph/code_point_index.h"
#include "graph/in_parallel.h"
#include "graph/radix_sort.h"
#include "graph/text_order.h"

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
std::string_view EvidenceOf(std::string_view text, Span span) {
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

std::size_t KeyHash(InternedText key) { return Mix(key.id()); }

std::size_t ArticleHash(uint32_t node) { return Mix(node); }  // an article node's, in the table of articles' edges

// Open addressing with linear probing; at most half full. A slot is a number
// (kEmptySlot when free) or a struct with free(). `hash_of(slot)` rehashes an
// entry when the table grows.
bool IsFree(uint32_t slot) { return slot == kEmptySlot; }
template <typename Slot>
bool IsFree(const Slot& slot) {
  return slot.free();
}
template <typename Slot>
Slot FreeSlot() {
  if constexpr (std::is_same_v<Slot, uint32_t>) return kEmptySlot;
  else return Slot{};
}

template <typename Slots, typename HashOf>
void GrowIfNeeded(Slots& slots, std::size_t count, HashOf hash_of) {
  using Slot = typename Slots::value_type;
  if (2 * (count + 1) <= slots.size()) return;
  Slots old = std::move(slots);
  slots.assign(old.empty() ? 1024 : old.size() * 2, FreeSlot<Slot>());
  const std::size_t mask = slots.size() - 1;
  for (const Slot& slot : old) {
    if (IsFree(slot)) continue;
    std::size_t i = hash_of(slot) & mask;
    while (!IsFree(slots[i])) i = (i + 1) & mask;
    slots[i] = slot;
  }
}

// Rearranges columns so that item i becomes the old item order[i], in place
// (following the permutation's cycles): the graph's columns are the largest
// things in memory, and a sorted copy would double them. Spends `order`. Each
// step can miss the cache, so it is for columns that fit in it (RadixSort
// moves large ones).
template <typename... Columns>
void PermuteInPlace(std::vector<uint32_t>& order, Columns&... columns) {
  for (uint32_t i = 0; i < order.size(); ++i) {
    if (order[i] == i) continue;  // in place, or already moved
    auto saved = std::make_tuple(std::move(columns[i])...);
    for (uint32_t j = i;;) {
      const uint32_t k = order[j];
      order[j] = j;
      if (k == i) {
        std::apply([&](auto&... item) { ((columns[j] = std::move(item)), ...); }, saved);
        break;
      }
      ((columns[j] = std::move(columns[k])), ...);
      j = k;
    }
  }
}

uint32_t CheckedNumber(std::size_t n, const char* what) {
  if (n >= kEmptySlot) throw std::length_error(std::string("graph too large: more than 4 billion ") + what);
  return static_cast<uint32_t>(n);
}

// Each node's place in key order (std::string_view's <), by node number.
std::vector<uint32_t> KeyOrderPlaces(const NodeColumn& nodes) {
  std::vector<InternedText> keys(nodes.size());
  for (std::size_t v = 0; v < keys.size(); ++v) keys[v] = nodes[v].key;
  return PlacesInTextOrder(keys);
}

using EdgeEnds = std::pair<uint32_t, uint32_t>;  // GraphBuilder::Ends: from, to

// Sorts each group of edges with one source, which lie side by side, by
// (target, relation, article, span) where it lies.
void SortGroups(std::span<EdgeEnds> all_ends, std::span<EdgeData> all_data) {
  std::vector<uint32_t> order;
  for (std::size_t begin = 0, end; begin < all_ends.size(); begin = end) {
    for (end = begin + 1; end < all_ends.size() && all_ends[end].first == all_ends[begin].first;) ++end;
    if (end - begin == 1) continue;
    const std::span<EdgeEnds> ends = all_ends.subspan(begin, end - begin);
    const std::span<EdgeData> data = all_data.subspan(begin, end - begin);
    auto less = [&](uint32_t a, uint32_t b) {
      if (ends[a].second != ends[b].second) return ends[a].second < ends[b].second;
      const EdgeData& x = data[a];
      const EdgeData& y = data[b];
      if (x.relation != y.relation) return x.relation < y.relation;
      if (x.provenance.article != y.provenance.article) return x.provenance.article < y.provenance.article;  // by name
      return std::tie(x.provenance.span_start, x.provenance.span_end) <
             std::tie(y.provenance.span_start, y.provenance.span_end);
    };
    order.resize(end - begin);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), less);
    PermuteInPlace(order, ends, data);
  }
}

// Attribute names, registered once rather than looked up on every article.
struct Names {
  AttributeName acting{"acting"};
  AttributeName aliases{"aliases"};
  AttributeName article{"article"};
  AttributeName category{"category"};
  AttributeName city{"city"};
  AttributeName code{"code"};
  AttributeName date{"date"};
  AttributeName dateline{"dateline"};
  AttributeName degrees{"degrees"};
  AttributeName end_date{"end_date"};
  AttributeName indicator{"indicator"};
  AttributeName number{"number"};
  AttributeName outlet{"outlet"};
  AttributeName participants{"participants"};
  AttributeName published{"published"};
  AttributeName region_code{"region_code"};
  AttributeName role{"role"};
  AttributeName source{"source"};
  AttributeName text{"text"};
  AttributeName title{"title"};
  AttributeName titles{"titles"};
  AttributeName type{"type"};
  AttributeName url{"url"};
  AttributeName value{"value"};
  AttributeName venue{"venue"};
  AttributeName weekday{"weekday"};
  AttributeName year{"year"};
};

}  // namespace

void GraphBuilder::GrowNodeSlots(std::size_t count) {
  GrowIfNeeded(node_slots_, count, [&](uint32_t id) { return KeyHash(nodes_[id].key); });
}

void GraphBuilder::GrowArticleSlots(std::size_t count) {
  GrowIfNeeded(article_slots_, count, [&](uint32_t e) { return EdgeHashOf(e); });
}

void GraphBuilder::GrowStructuralSlots(std::size_t count) {
  GrowIfNeeded(structural_slots_, count,
               [](const StructuralSlot& slot) { return EdgeHash(slot.from, slot.to, slot.relation); });
}

// The node of key `k`; a new one gets `name` in InternValues.
uint32_t GraphBuilder::Intern(NodeKind kind, InternedText k, std::string_view name) {
  GrowNodeSlots(nodes_.size());
  const std::size_t mask = node_slots_.size() - 1;
  for (std::size_t i = KeyHash(k) & mask;; i = (i + 1) & mask) {
    uint32_t id = node_slots_[i];
    if (id == kEmptySlot) {
      id = CheckedNumber(nodes_.size(), "nodes");
      node_slots_[i] = id;
      NodeData node;
      node.kind = kind;
      node.key = k;
      nodes_.push_back(std::move(node));
      QueueValue(PendingValue::Op::Name, id, {}, name);
      return id;
    }
    if (nodes_[id].key == k) return id;
  }
}

// SetIfAbsent, later: a value is interned only for an attribute not yet set
// (checked again when applied, so that the article's first value wins).
void GraphBuilder::SetLater(uint32_t node, AttributeName name, std::string_view value) {
  if (value.empty() || nodes_[node].attrs.ValueOf(name)) return;
  QueueValue(PendingValue::Op::Set, node, name, value);
}

// AddToSet, later. A value for a set the node already has (or will have:
// an earlier value of this entity starts it) is not interned alone, as
// AddToSet would not (the set is, once it grows); the set's text is asked
// for instead.
void GraphBuilder::AddToSetLater(uint32_t node, AttributeName name, std::string_view value) {
  if (value.empty()) return;
  const InternedText* set = nodes_[node].attrs.ValueOf(name);
  bool started = set != nullptr;
  for (auto it = pending_values_.rbegin(); !started && it != pending_values_.rend() && it->node == node; ++it)
    started = it->op == PendingValue::Op::AddToNewSet && it->name == name;
  if (started) {
    if (set) InternedText::Prefetch(set->id());
    pending_values_.push_back(PendingValue{PendingValue::Op::AddToSet, node, name, 0, value});
    return;
  }
  QueueValue(PendingValue::Op::AddToNewSet, node, name, value);
}

// `text`, to be interned with the article's other values for `op` on `node`.
void GraphBuilder::QueueValue(PendingValue::Op op, uint32_t node, AttributeName name, std::string_view text) {
  pending_values_.push_back(PendingValue{op, node, name, static_cast<uint32_t>(value_texts_.size()), {}});
  value_texts_.push_back(text);
}

std::string_view GraphBuilder::Own(std::string text) { return owned_values_.emplace_back(std::move(text)); }

void GraphBuilder::InternValues() {
  values_.resize(value_texts_.size());
  InternedText::InternAll(value_texts_, values_);
  for (const PendingValue& p : pending_values_) {
    Attributes& attrs = nodes_[p.node].attrs;
    switch (p.op) {
      case PendingValue::Op::Name: nodes_[p.node].name = values_[p.text]; break;
      case PendingValue::Op::Set: attrs.SetInternedIfAbsent(p.name, values_[p.text]); break;
      case PendingValue::Op::AddToNewSet: attrs.AddInternedToSet(p.name, values_[p.text]); break;
      case PendingValue::Op::AddToSet: attrs.AddToSet(p.name, p.view); break;
    }
  }
  pending_values_.clear();
  value_texts_.clear();
  owned_values_.clear();
}

// Every entity of an article costs Intern a few reads at random places: the
// key's slot in the text table and its text, its slot in the node table, the
// node and its attributes. At a million articles each is a cache miss, and
// waited for one by one they were a large part of Add's time (the text
// table's probe alone was 27% of its samples). So the article's keys are
// interned first, a step for all of them at a time (InternAll), and what the
// node lookups will read is asked for; Intern then finds it in the cache.
// keys_ is the article's key, its source, then the entities' keys in Add's
// order: persons, places, organizations, posts, events, quotes, figures.
void GraphBuilder::InternKeys(const ArticleFacts& facts, std::string_view article_key) {
  key_texts_.clear();
  key_texts_.push_back(article_key);
  key_texts_.push_back(facts.meta.source);
  auto keys = [&](const auto& entities) {
    for (const auto& entity : entities) key_texts_.push_back(entity.key);
  };
  keys(facts.persons);
  keys(facts.places);
  keys(facts.organizations);
  keys(facts.posts);
  keys(facts.events);
  keys(facts.quotes);
  keys(facts.figures);
  keys_.resize(key_texts_.size());
  InternedText::InternAll(key_texts_, keys_);
  // The node table grows now if this article could fill it, so that the slots asked for stay where they are.
  GrowNodeSlots(nodes_.size() + keys_.size());
  const std::size_t mask = node_slots_.size() - 1;
  prefetch_nodes_.clear();
  for (InternedText k : keys_) {
    prefetch_nodes_.push_back(static_cast<uint32_t>(KeyHash(k) & mask));
    __builtin_prefetch(&node_slots_[prefetch_nodes_.back()]);
  }
  for (uint32_t& slot : prefetch_nodes_) {
    slot = node_slots_[slot];  // the first probe's node: usually the one
    if (slot != kEmptySlot) __builtin_prefetch(&nodes_[slot]);
  }
  for (uint32_t node : prefetch_nodes_)
    if (node != kEmptySlot) __builtin_prefetch(nodes_[node].attrs.entries().data());
}

struct GraphBuilder::Article {
  std::string_view text;
  InternedText name;  // the source, as edges name their article
  CodePointIndex code_points;
  // Evidence already stored for this article, by span: one sentence backs
  // several facts. Only within an article: a table over all texts would grow
  // with text, and a short scan beats hashing the sentence.
  std::vector<std::pair<uint64_t, EvidenceText>> evidence = {};

  EvidenceText Evidence(Span span) {
    const uint64_t key = uint64_t{span.begin} << 32 | span.end;
    for (const auto& [k, text] : evidence)
      if (k == key) return text;
    evidence.emplace_back(key, EvidenceText(EvidenceOf(text, span)));
    return evidence.back().second;
  }
};

std::size_t GraphBuilder::EdgeHashOf(uint32_t id) const {
  return EdgeHash(ends_[id].first, ends_[id].second, edge_data_[id].relation);
}

void GraphBuilder::IndexArticleEdge(uint32_t id) {
  GrowArticleSlots(article_edges_);
  const std::size_t mask = article_slots_.size() - 1;
  std::size_t i = EdgeHashOf(id) & mask;
  while (article_slots_[i] != kEmptySlot) i = (i + 1) & mask;
  article_slots_[i] = id;
  ++article_edges_;
}

void GraphBuilder::StartArticle(uint32_t article, bool seen_before) {
  // A small table, emptied for every article (a large one, left by a huge
  // article, is given back).
  if (article_slots_.size() > 4096) article_slots_.assign(256, kEmptySlot);
  else std::fill(article_slots_.begin(), article_slots_.end(), kEmptySlot);
  article_edges_ = 0;
  // Its place in the table of articles' edges, asked for now: EndArticle
  // writes it, at a random place in a table over all articles.
  GrowIfNeeded(article_ranges_, article_nodes_, [](const ArticleSlot& slot) { return ArticleHash(slot.node); });
  const std::size_t mask = article_ranges_.size() - 1;
  __builtin_prefetch(&article_ranges_[ArticleHash(article) & mask]);
  if (!seen_before) return;
  // The same source again: its earlier articles' edges are the same article's.
  auto index_range = [&](EdgeRange r) {
    for (uint32_t id = r.begin; id < r.end; ++id)
      if (!IsStructural(edge_data_[id].relation)) IndexArticleEdge(id);
  };
  for (std::size_t i = ArticleHash(article) & mask; !article_ranges_[i].free(); i = (i + 1) & mask)
    if (article_ranges_[i].node == article) index_range(article_ranges_[i].edges);
  if (auto it = repeated_article_edges_.find(article); it != repeated_article_edges_.end())
    for (EdgeRange r : it->second) index_range(r);
}

void GraphBuilder::EndArticle(uint32_t article, bool seen_before, EdgeRange edges) {
  if (seen_before) {
    repeated_article_edges_[article].push_back(edges);
    return;
  }
  const std::size_t mask = article_ranges_.size() - 1;  // grown by StartArticle
  std::size_t i = ArticleHash(article) & mask;
  while (!article_ranges_[i].free()) i = (i + 1) & mask;
  article_ranges_[i] = ArticleSlot{article, edges};
  ++article_nodes_;
}

// The number of the structural edge (from, to, relation), or kEmptySlot after
// recording `next` as its number.
uint32_t GraphBuilder::FindStructural(uint32_t from, uint32_t to, Relation relation, uint32_t next) {
  GrowStructuralSlots(structural_edges_);
  const std::size_t mask = structural_slots_.size() - 1;
  for (std::size_t i = EdgeHash(from, to, relation) & mask;; i = (i + 1) & mask) {
    StructuralSlot& slot = structural_slots_[i];
    if (slot.free()) {
      slot = StructuralSlot{from, to, next, relation};
      ++structural_edges_;
      return kEmptySlot;
    }
    if (slot.from == from && slot.to == to && slot.relation == relation) return slot.id;
  }
}

// The same among the current article's edges (recent: their columns are in the cache).
uint32_t GraphBuilder::FindArticleEdge(uint32_t from, uint32_t to, Relation relation, uint32_t next) {
  GrowArticleSlots(article_edges_);
  const std::size_t mask = article_slots_.size() - 1;
  for (std::size_t i = EdgeHash(from, to, relation) & mask;; i = (i + 1) & mask) {
    const uint32_t id = article_slots_[i];
    if (id == kEmptySlot) {
      article_slots_[i] = next;
      ++article_edges_;
      return kEmptySlot;
    }
    if (ends_[id].first == from && ends_[id].second == to && edge_data_[id].relation == relation) return id;
  }
}

void GraphBuilder::Link(Article& article, uint32_t from, uint32_t to, Relation relation, Span span,
                        std::string_view role) {
  const uint32_t next = CheckedNumber(ends_.size(), "edges");
  const uint32_t id =
      IsStructural(relation) ? FindStructural(from, to, relation, next) : FindArticleEdge(from, to, relation, next);
  if (id == kEmptySlot) {
    ends_.emplace_back(from, to);
    EdgeData data;
    data.relation = relation;
    data.provenance.article = article.name;
    data.provenance.span_start = article.code_points.ToCodePoint(span.begin);
    data.provenance.span_end = article.code_points.ToCodePoint(span.end);
    data.provenance.evidence = article.Evidence(span);
    data.role = InternedText(role);
    edge_data_.push_back(data);
    return;
  }
  // Keep the first evidence, but a role stated later still refines an empty
  // one (the role asked first: the edge's columns are read only when it matters).
  if (role.empty()) return;
  EdgeData& e = edge_data_[id];
  if (e.role.empty()) e.role = InternedText(role);
}

void GraphBuilder::LinkAll(Article& article) {
  // Each structural link probes a table over the whole graph at a random
  // place: their slots are asked for together, then looked up in order.
  std::size_t structural = 0;
  for (const PendingLink& l : pending_links_) structural += IsStructural(l.relation);
  GrowStructuralSlots(structural_edges_ + structural);
  const std::size_t mask = structural_slots_.size() - 1;
  for (const PendingLink& l : pending_links_)
    if (IsStructural(l.relation)) __builtin_prefetch(&structural_slots_[EdgeHash(l.from, l.to, l.relation) & mask]);
  for (const PendingLink& l : pending_links_) Link(article, l.from, l.to, l.relation, l.span, l.role);
  pending_links_.clear();
}

void GraphBuilder::Add(const ArticleFacts& facts) {
  static const Names names;
  ++articles_;
  const ArticleMeta& meta = facts.meta;
  InternKeys(facts, "article/" + meta.source);
  std::size_t next_key = 0;  // in keys_
  const std::size_t known_nodes = nodes_.size();
  uint32_t article = Intern(NodeKind::Article, keys_[next_key++], meta.title.empty() ? meta.source : meta.title);
  // The article's node is made by the first article from its source; another
  // article from the same source finds it.
  const bool seen_before = nodes_.size() == known_nodes;
  Article current{facts.text, keys_[next_key++], CodePointIndex(facts.text)};
  StartArticle(article, seen_before);
  const uint32_t first_edge = static_cast<uint32_t>(ends_.size());
  auto link = [&](uint32_t from, uint32_t to, Relation relation, Span span, std::string_view role = {}) {
    Link(current, from, to, relation, span, role);
  };
  auto pend = [&](uint32_t from, uint32_t to, Relation relation, Span span, std::string_view role = {}) {
    pending_links_.push_back(PendingLink{from, to, relation, span, role});
  };

  auto set = [&](uint32_t node, AttributeName name, std::string_view value) { SetLater(node, name, value); };
  auto add = [&](uint32_t node, AttributeName name, std::string_view value) { AddToSetLater(node, name, value); };
  set(article, names.source, meta.source);
  set(article, names.title, meta.title);
  set(article, names.url, meta.url);
  set(article, names.published, meta.published);
  set(article, names.outlet, meta.outlet);
  set(article, names.dateline, meta.dateline_city);
  set(article, names.city, meta.city);
  set(article, names.region_code, meta.region_code);

  // Node numbers of this article's entities, by kind and index.
  std::vector<uint32_t> persons, orgs, posts, places, events, quotes, figures;
  auto mention_link = [&](uint32_t node, const MentionList& mentions) {
    if (mentions.empty()) return;  // implied entities (a parent office) are not "in" the article
    link(node, article, Relation::MentionedIn, mentions.front().span);
  };

  // Entities in keys_'s order (InternKeys).
  for (const auto& p : facts.persons) {
    uint32_t v = Intern(NodeKind::Person, keys_[next_key++], p.name);
    for (const auto& t : p.titles) add(v, names.titles, t);
    for (const auto& d : p.degrees) add(v, names.degrees, d);
    for (const auto& al : p.aliases) add(v, names.aliases, al);
    mention_link(v, p.mentions);
    persons.push_back(v);
  }
  for (const auto& pl : facts.places) {
    uint32_t v = Intern(NodeKind::Place, keys_[next_key++], pl.name);
    set(v, names.type, pl.type);
    set(v, names.code, pl.code);
    mention_link(v, pl.mentions);
    places.push_back(v);
  }
  for (const auto& o : facts.organizations) {
    uint32_t v = Intern(NodeKind::Organization, keys_[next_key++], o.name);
    set(v, names.type, o.type);
    for (const auto& al : o.aliases) add(v, names.aliases, al);
    mention_link(v, o.mentions);
    orgs.push_back(v);
  }
  for (const auto& p : facts.posts) {
    uint32_t v = Intern(NodeKind::Post, keys_[next_key++], p.name);
    set(v, names.role, p.role);
    add(v, names.acting, p.acting);
    mention_link(v, p.mentions);
    posts.push_back(v);
  }
  for (const auto& e : facts.events) {
    uint32_t v = Intern(NodeKind::Event, keys_[next_key++], e.name);
    set(v, names.type, e.type);
    set(v, names.date, e.date);
    set(v, names.end_date, e.end_date);
    set(v, names.weekday, e.weekday);
    set(v, names.venue, e.venue);
    set(v, names.city, e.city);
    if (e.participants) set(v, names.participants, Own(std::to_string(*e.participants)));
    set(v, names.article, meta.source);
    link(v, article, Relation::MentionedIn, e.mentions.empty() ? meta.body : e.mentions.front().span);
    events.push_back(v);
  }
  for (const auto& q : facts.quotes) {
    std::string_view text = q.text;
    uint32_t v = Intern(NodeKind::Quote, keys_[next_key++], text.substr(0, std::min<std::size_t>(text.size(), 80)));
    set(v, names.text, q.text);
    set(v, names.article, meta.source);
    link(v, article, Relation::QuotedIn, q.span);
    quotes.push_back(v);
  }
  for (const auto& f : facts.figures) {
    uint32_t v = Intern(NodeKind::Figure, keys_[next_key++], Own(f.indicator + " " + f.value));
    set(v, names.indicator, f.indicator);
    set(v, names.value, f.value);
    if (f.number) set(v, names.number, Own(std::to_string(*f.number)));
    set(v, names.category, f.category);
    set(v, names.year, f.year);
    set(v, names.article, meta.source);
    link(v, article, Relation::MentionedIn, f.span);
    figures.push_back(v);
  }
  InternValues();

  // Structure carried on the entities themselves, then the facts: linked together (LinkAll).
  for (std::size_t i = 0; i < facts.organizations.size(); ++i) {
    const auto& o = facts.organizations[i];
    Span where = o.mentions.empty() ? meta.body : o.mentions.front().span;
    if (o.parent) pend(orgs[i], orgs.at(*o.parent), Relation::SubOrganizationOf, where);
    if (o.place) pend(orgs[i], places.at(*o.place), Relation::LocatedIn, where);
  }
  for (std::size_t i = 0; i < facts.posts.size(); ++i) {
    const auto& p = facts.posts[i];
    Span where = p.mentions.empty() ? meta.body : p.mentions.front().span;
    if (p.organization) pend(posts[i], orgs.at(*p.organization), Relation::PostIn, where);
  }
  for (std::size_t i = 0; i < facts.places.size(); ++i) {
    const auto& pl = facts.places[i];
    if (pl.parent)
      pend(places[i], places.at(*pl.parent), Relation::LocatedIn,
           pl.mentions.empty() ? meta.body : pl.mentions.front().span);
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
    pend(vertex(fact.from), vertex(fact.to), ToRelation(fact.relation), fact.evidence, fact.role);
  LinkAll(current);

  for (uint32_t v : persons) nodes_[v].attrs.ShrinkToFit();  // set-valued attributes may have grown
  for (uint32_t v : orgs) nodes_[v].attrs.ShrinkToFit();
  for (uint32_t v : posts) nodes_[v].attrs.ShrinkToFit();
  nodes_[article].attrs.ShrinkToFit();
  for (uint32_t v : events) nodes_[v].attrs.ShrinkToFit();
  for (uint32_t v : quotes) nodes_[v].attrs.ShrinkToFit();
  for (uint32_t v : figures) nodes_[v].attrs.ShrinkToFit();
  for (uint32_t v : places) nodes_[v].attrs.ShrinkToFit();

  EndArticle(article, seen_before, EdgeRange{first_edge, static_cast<uint32_t>(ends_.size())});
}

// Puts the edges in the graph's order: by (source key, target key, relation,
// article, span), a total order since there is one edge per (source, target,
// relation, article), so the result does not depend on the order the sorts
// find edges in. Ends are already node positions. The radix sort groups the
// edges by source; each group, a node's few out-edges now side by side in
// memory, is sorted where it lies.
void GraphBuilder::SortEdges() {
  RadixSortInParallel([](const Ends& e) { return e.first; }, TopShift(nodes_.size()), std::span(ends_),
                      std::span(edge_data_));
  const std::size_t middle =
      MiddleRunBoundary(ends_.size(), [&](std::size_t a, std::size_t b) { return ends_[a].first == ends_[b].first; });
  InParallel(
      ends_.size(), [&] { SortGroups(std::span(ends_.data(), middle), std::span(edge_data_.data(), middle)); },
      [&] {
        SortGroups(std::span(ends_.data() + middle, ends_.size() - middle),
                   std::span(edge_data_.data() + middle, ends_.size() - middle));
      });
}

KnowledgeGraph GraphBuilder::Build() {
  // Order nodes by key so ids and file order depend on content only.
  const std::size_t n = nodes_.size();
  // The merging tables first: they are not needed any more, and Build's peak is its own arrays.
  node_slots_ = {};
  article_ranges_ = {};
  repeated_article_edges_ = {};
  structural_slots_ = {};
  article_slots_ = {};
  structural_edges_ = article_edges_ = article_nodes_ = 0;
  EvidenceText::ReadAhead();  // for ReadIntoMemory below, while this sorts
  std::vector<uint32_t> position = KeyOrderPlaces(nodes_);  // by node number
  for (Ends& e : ends_) e = Ends{position[e.first], position[e.second]};

  // Positions are 0..n-1, so sorting by them puts every node at its own.
  RadixSortInParallel([](uint32_t p) { return p; }, TopShift(n), std::span(position), std::span(nodes_));
  position = {};
  SortEdges();

  KnowledgeGraph graph;
  graph.impl_->Assign(std::move(nodes_), std::move(ends_), std::move(edge_data_));
  nodes_ = {};
  ends_ = {};
  edge_data_ = {};
  articles_ = 0;
  // From here evidence is read, not stored: the writers read every edge's.
  // After the builder's arrays are freed, so this is not added to Build's peak.
  EvidenceText::ReadIntoMemory();
  return graph;
}

}  // namespace pejabat
