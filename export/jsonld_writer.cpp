#include "export/jsonld_writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "export/id_map.h"
#include "export/iri.h"
#include "export/json_writer.h"
#include "export/jsonld_context.h"
#include "export/output_buffer.h"
#include "export/typed_value.h"
#include "export/xsd_date.h"
#include "graph/attribute_schema.h"
#include "graph/read_ahead.h"

namespace pejabat {
namespace {

using Writer = JsonWriter;

// How many items ahead a loop over a node's links asks for what it will read.
constexpr std::size_t kAhead = 8;

bool IsAdministrative(const NodeData& node) {
  static const std::set<std::string, std::less<>> kAdministrative = {"province", "city", "regency", "district",
                                                                     "village"};
  const auto* type = node.attrs.Find("type");
  return type && kAdministrative.count(*type);
}

void WriteTypes(Writer& w, const NodeData& node) {
  auto two = [&](JsonPlain a, JsonPlain b) {
    w.StartArray();
    w.String(a);
    w.String(b);
    w.EndArray();
  };
  switch (node.kind) {
    case NodeKind::Person: w.String("schema:Person"_plain); return;
    case NodeKind::Organization: two("schema:GovernmentOrganization"_plain, "org:Organization"_plain); return;
    case NodeKind::Post: w.String("org:Post"_plain); return;
    case NodeKind::Event: w.String("schema:Event"_plain); return;
    case NodeKind::Place:
      if (IsAdministrative(node)) two("schema:Place"_plain, "schema:AdministrativeArea"_plain);
      else w.String("schema:Place"_plain);
      return;
    case NodeKind::Quote: w.String("schema:Quotation"_plain); return;
    case NodeKind::Article: w.String("schema:NewsArticle"_plain); return;
    case NodeKind::Figure: w.String("pj:Figure"_plain); return;
  }
  w.String("schema:Thing"_plain);
}

// Attributes that hold a "; "-separated set (Attributes::AddToSet).
bool IsSetValued(std::string_view name) {
  return name == "aliases" || name == "titles" || name == "degrees" || name == "acting";
}

// The non-empty items of a "; "-separated set, in order.
template <typename OnItem>
void ForEachSetItem(std::string_view value, OnItem on_item) {
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t end = value.find("; ", start);
    if (end == std::string_view::npos) end = value.size();
    if (end > start) on_item(value.substr(start, end - start));
    start = end + 2;
  }
}

bool IsDateAttribute(std::string_view name) { return name == "date" || name == "end_date" || name == "published"; }

// One literal: a date typed by its form, an int as a JSON number, a double
// as a string the term coerces to xsd:double, else a plain string.
void WriteLiteral(Writer& w, std::string_view name, std::string_view value) {
  if (IsDateAttribute(name)) {
    if (const char* type = XsdDateType(value)) {
      w.StartObject();
      w.Key("@value"_plain);
      w.String(value);
      w.Key("@type"_plain);
      w.String(type);
      w.EndObject();
      return;
    }
    w.String(value);
    return;
  }
  AttributeType type = AttributeTypeOf(name);
  if (type == AttributeType::Int && ParsesAsInt(value)) {
    w.Int64(std::stoll(std::string(value)));
  } else if (type == AttributeType::Boolean && ParsesAsBoolean(value)) {
    w.Bool(CanonicalBoolean(value) == "true");
  } else if (name == "number" && !ParsesAsDouble(value)) {
    w.StartObject();  // a plain literal, overriding the term's xsd:double
    w.Key("@value"_plain);
    w.String(value);
    w.EndObject();
  } else {
    w.String(value);
  }
}

// A node's literal: the term it is written under, and the attribute it came from.
struct Literal {
  const JsonldTerm* term;
  std::string_view name, value;
};

// A link from a node: the term and the node it points to.
struct Link {
  const JsonldTerm* term;
  std::size_t target;
};

bool ByTerm(const JsonldTerm* a, const JsonldTerm* b) { return a->term < b->term; }

class JsonldWriter {
 public:
  JsonldWriter(const KnowledgeGraph& graph, const JsonldOptions& options)
      : graph_(graph), base_(NormalizeBaseIri(options.base_iri)), context_(base_ + "vocab#"),
        group_of_target_(graph.NodeCount(), 0) {
    for (std::size_t v = 0; v < graph.NodeCount(); ++v) {
      const NodeData& node = graph.Node(v);
      const auto* source = node.kind == NodeKind::Article ? node.attrs.Find("source") : nullptr;
      // Only keys that differ from the IRI an article is given anyway
      // (ArticleIri) are kept: GraphBuilder's never do, so at 1M articles
      // each of the millions of article IRIs is written without a lookup in
      // a table (and a key) at a random place.
      if (source && !source->empty() && node.key.view() != "article/" + std::string(source->view()))
        article_key_.Emplace(source->id(), node.key.id());
      for (const auto& [name, value] : node.attrs.entries()) context_.AttributeTerm(node.kind, name);
    }
  }

  void Write(std::ostream& out) {
    OutputBuffer buffer(out);
    JsonWriter w(buffer, 2);  // a line per context term and per node of "@graph"
    w.StartObject();
    w.Key("@context"_plain);
    WriteContext(w);
    w.Key("@graph"_plain);
    w.StartArray();
    const ReadAhead node_read_ahead(graph_, ReadAhead::Walk::Nodes);
    for (std::size_t v = 0; v < graph_.NodeCount(); ++v) {
      node_read_ahead.Before(v);
      WriteNode(w, v);
    }
    const ReadAhead edge_read_ahead(graph_, ReadAhead::Walk::Edges);
    for (std::size_t e = 0; e < graph_.EdgeCount(); ++e) {
      edge_read_ahead.Before(e);
      WriteStatement(w, e);
    }
    w.EndArray();
    w.EndObject();
    buffer.Append('\n');
  }

 private:
  // IRIs are built in reused strings: a graph has millions of them. They are
  // written relative to the context's @base (every reader resolves them to
  // base + path): the base repeated in each of them was a sixth of the file.
  void NodeIri(std::size_t v, std::string& iri) const {
    iri.clear();
    AppendIriPath(iri, graph_.Node(v).key);
  }

  // The Article an edge was read in: its node's key when that is not the
  // IRI GraphBuilder would give it, else that IRI.
  void ArticleIri(InternedText source, std::string& iri) const {
    iri.clear();
    if (auto key = article_key_.Find(source.id())) {
      AppendIriPath(iri, InternedText::FromId(*key));
    } else {
      iri += "article/";
      AppendIriPath(iri, source);
    }
  }

  const std::string& PredicateIri(const JsonldTerm& term) {
    for (const auto& [known, iri] : predicate_iris_)
      if (known == &term) return iri;
    return predicate_iris_.emplace_back(&term, context_.Iri(term)).second;
  }

  void WriteContext(Writer& w) {
    w.StartObject();
    w.Key("@base"_plain);
    w.String(base_);
    for (const auto& [prefix, iri] : context_.prefixes()) {
      w.Key(prefix);
      w.String(iri);
    }
    for (const JsonldTerm* t : context_.Terms()) {
      w.Key(t->term);
      w.StartObject();
      w.Key(t->reverse ? "@reverse"_plain : "@id"_plain);
      w.String(t->prefix + ":" + t->local);
      if (!t->coercion.empty()) {
        w.Key("@type"_plain);
        w.String(t->coercion);
      }
      w.EndObject();
    }
    w.EndObject();
  }

  void WriteNode(Writer& w, std::size_t v) {
    const NodeData& node = graph_.Node(v);
    w.StartObject();
    w.Key("@id"_plain);
    NodeIri(v, iri_);
    w.String(iri_);
    w.Key("@type"_plain);
    WriteTypes(w, node);
    w.Key("identifier"_plain);
    w.String(node.key);
    if (!node.name.empty()) {
      w.Key("name"_plain);
      w.String(node.name);
    }
    // Attributes, grouped by term (two attributes may share one), in
    // attribute order within a term.
    literals_.clear();
    for (const auto& [name, value] : node.attrs.entries()) {
      const JsonldTerm* term = context_.AttributeTerm(node.kind, name);
      if (!term) continue;
      if (IsSetValued(name))
        ForEachSetItem(value, [&](std::string_view item) { literals_.push_back({term, name, item}); });
      else
        literals_.push_back({term, name, value});
    }
    std::stable_sort(literals_.begin(), literals_.end(),
                     [](const Literal& a, const Literal& b) { return ByTerm(a.term, b.term); });
    for (std::size_t i = 0; i < literals_.size();) {
      std::size_t end = i + 1;
      while (end < literals_.size() && literals_[end].term == literals_[i].term) ++end;
      w.Key(literals_[i].term->term);
      if (end - i > 1) w.StartArray();
      for (std::size_t k = i; k < end; ++k) WriteLiteral(w, literals_[k].name, literals_[k].value);
      if (end - i > 1) w.EndArray();
      i = end;
    }
    const std::vector<KnowledgeGraph::EdgeId> out_edges = graph_.OutEdges(v);
    WriteLinks(w, node, out_edges);
    if (node.kind != NodeKind::Article) WriteSources(w, v, out_edges);
    w.EndObject();
  }

  // Links to other nodes, grouped by term, each target once.
  //
  // A hub (a city, a government) has thousands of links whose targets lie
  // all over the node table and the text arena, so each loop asks for what it
  // will read kAhead items later (the target's mark and node, then its key):
  // at a million articles those reads are cache misses, and waited for one by
  // one they were most of this writer's time.
  void WriteLinks(Writer& w, const NodeData& node, const std::vector<KnowledgeGraph::EdgeId>& out_edges) {
    links_.clear();
    for (std::size_t i = 0; i < out_edges.size(); ++i) {
      if (i + kAhead < out_edges.size()) {
        const std::size_t ahead = graph_.Target(out_edges[i + kAhead]);
        __builtin_prefetch(&group_of_target_[ahead]);
        __builtin_prefetch(&graph_.Node(ahead));
      }
      const auto e = out_edges[i];
      links_.push_back({&context_.RelationTerm(graph_.Edge(e).relation, node.kind), graph_.Target(e)});
    }
    std::stable_sort(links_.begin(), links_.end(), [](const Link& a, const Link& b) { return ByTerm(a.term, b.term); });
    for (std::size_t i = 0; i < links_.size();) {
      std::size_t end = i + 1;
      while (end < links_.size() && links_[end].term == links_[i].term) ++end;
      // Each target once, in the order of the edges. Marked by the group's
      // number, not searched for: a government organizes thousands of events
      // over years of news, and a search per link made this quadratic.
      targets_.clear();
      if (++group_ == 0) {  // the numbers wrapped: forget every mark
        std::fill(group_of_target_.begin(), group_of_target_.end(), 0);
        group_ = 1;
      }
      for (std::size_t k = i; k < end; ++k) {
        if (k + kAhead < end) __builtin_prefetch(&group_of_target_[links_[k + kAhead].target]);
        uint32_t& mark = group_of_target_[links_[k].target];
        if (mark == group_) continue;
        mark = group_;
        targets_.push_back(links_[k].target);
      }
      w.Key(links_[i].term->term);
      if (targets_.size() > 1) w.StartArray();
      for (std::size_t t = 0; t < targets_.size(); ++t) {
        if (t + 2 * kAhead < targets_.size()) __builtin_prefetch(&graph_.Node(targets_[t + 2 * kAhead]));
        if (t + kAhead < targets_.size()) InternedText::Prefetch(graph_.Node(targets_[t + kAhead]).key.id());
        NodeIri(targets_[t], iri_);
        w.String(iri_);
      }
      if (targets_.size() > 1) w.EndArray();
      i = end;
    }
  }

  // The articles the node was read in, by IRI; each once, by its interned
  // number: equal numbers are equal texts, and sorting texts read them at
  // random all over the arena for every comparison (a place named in 100,000
  // articles of a 1M build). Read ahead as the links are.
  void WriteSources(Writer& w, std::size_t v, const std::vector<KnowledgeGraph::EdgeId>& out_edges) {
    articles_.clear();
    auto add = [&](std::size_t e) {
      const InternedText article = graph_.Edge(e).provenance.article;
      if (!article.empty()) articles_.push_back(article.id());
    };
    for (auto e : out_edges) add(e);
    const std::vector<KnowledgeGraph::EdgeId> in_edges = graph_.InEdges(v);
    for (std::size_t i = 0; i < in_edges.size(); ++i) {
      if (i + kAhead < in_edges.size()) __builtin_prefetch(&graph_.Edge(in_edges[i + kAhead]));
      add(in_edges[i]);
    }
    std::sort(articles_.begin(), articles_.end());
    articles_.erase(std::unique(articles_.begin(), articles_.end()), articles_.end());
    if (source_iris_.size() < articles_.size()) source_iris_.resize(articles_.size());
    for (std::size_t i = 0; i < articles_.size(); ++i) {
      if (i + 2 * kAhead < articles_.size()) article_key_.Prefetch(articles_[i + 2 * kAhead]);
      if (i + kAhead < articles_.size()) {
        const uint32_t ahead = articles_[i + kAhead];
        InternedText::Prefetch(article_key_.Find(ahead).value_or(ahead));
      }
      ArticleIri(InternedText::FromId(articles_[i]), source_iris_[i]);
    }
    auto end = source_iris_.begin() + static_cast<std::ptrdiff_t>(articles_.size());
    std::sort(source_iris_.begin(), end);
    end = std::unique(source_iris_.begin(), end);
    std::size_t count = static_cast<std::size_t>(end - source_iris_.begin());
    if (count > 0) {
      w.Key("wasDerivedFrom"_plain);
      if (count > 1) w.StartArray();
      for (std::size_t i = 0; i < count; ++i) w.String(source_iris_[i]);
      if (count > 1) w.EndArray();
    }
  }

  // The edge as a statement of the triple it asserts, annotating the span of
  // the article it was read from.
  void WriteStatement(Writer& w, std::size_t e) {
    const EdgeData& edge = graph_.Edge(e);
    std::size_t from = graph_.Source(e), to = graph_.Target(e);
    const JsonldTerm& term = context_.RelationTerm(edge.relation, graph_.Node(from).kind);
    if (term.reverse) std::swap(from, to);
    w.StartObject();
    w.Key("@id"_plain);
    iri_.assign("fact/e").append(std::to_string(e));
    w.String(iri_);
    w.Key("@type"_plain);
    w.StartArray();
    w.String("rdf:Statement"_plain);
    w.String("oa:Annotation"_plain);
    w.EndArray();
    w.Key("subject"_plain);
    NodeIri(from, iri_);
    w.String(iri_);
    w.Key("predicate"_plain);
    w.String(PredicateIri(term));
    w.Key("object"_plain);
    NodeIri(to, iri_);
    w.String(iri_);
    w.Key("relation"_plain);
    w.String(RelationName(edge.relation));
    if (!edge.role.empty()) {
      w.Key("role"_plain);
      w.String(edge.role);
    }
    w.Key("motivatedBy"_plain);
    w.String("oa:describing"_plain);
    if (!edge.provenance.article.empty()) {
      ArticleIri(edge.provenance.article, iri_);
      w.Key("wasDerivedFrom"_plain);
      w.String(iri_);
      w.Key("hasTarget"_plain);
      w.StartObject();
      w.Key("@type"_plain);
      w.String("oa:SpecificResource"_plain);
      w.Key("hasSource"_plain);
      w.String(iri_);
      w.Key("hasSelector"_plain);
      w.StartArray();
      w.StartObject();
      w.Key("@type"_plain);
      w.String("oa:TextPositionSelector"_plain);
      w.Key("start"_plain);
      w.Uint(edge.provenance.span_start);
      w.Key("end"_plain);
      w.Uint(edge.provenance.span_end);
      w.EndObject();
      if (!edge.provenance.evidence.empty()) {
        w.StartObject();
        w.Key("@type"_plain);
        w.String("oa:TextQuoteSelector"_plain);
        w.Key("exact"_plain);
        w.String(edge.provenance.evidence);
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndObject();
  }

  const KnowledgeGraph& graph_;
  std::string base_;
  JsonldContext context_;
  // Article source -> its node's key, by interned number (a number hashes
  // without reading the text), for the keys that are not "article/" + source.
  IdMap article_key_;
  std::vector<std::pair<const JsonldTerm*, std::string>> predicate_iris_;
  // Scratch reused from node to node and edge to edge.
  std::string iri_;
  std::vector<Literal> literals_;
  std::vector<Link> links_;
  std::vector<std::size_t> targets_;
  std::vector<uint32_t> group_of_target_;  // by node: the last link group that named it
  uint32_t group_ = 0;
  std::vector<uint32_t> articles_;  // interned numbers of a node's article sources
  std::vector<std::string> source_iris_;
};

}  // namespace

void WriteJsonld(const KnowledgeGraph& graph, std::ostream& out, const JsonldOptions& options) {
  JsonldWriter(graph, options).Write(out);
}

}  // namespace pejabat
