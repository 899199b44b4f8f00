#include "export/jsonld_writer.h"

#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "export/buffered_json_stream.h"
#include "export/iri.h"
#include "export/jsonld_context.h"
#include "export/typed_value.h"
#include "export/utf8.h"
#include "export/xsd_date.h"
#include "graph/attribute_schema.h"

namespace pejabat {
namespace {

using Writer = rapidjson::PrettyWriter<BufferedJsonStream>;

void String(Writer& w, const std::string& s) {
  std::string clean = SanitizeUtf8(s);  // RapidJSON would copy invalid bytes through
  w.String(clean.c_str(), static_cast<rapidjson::SizeType>(clean.size()));
}

void Key(Writer& w, const std::string& key) { w.Key(key.c_str(), static_cast<rapidjson::SizeType>(key.size())); }

std::vector<std::string> Types(const NodeData& node) {
  switch (node.kind) {
    case NodeKind::Person: return {"schema:Person"};
    case NodeKind::Organization: return {"schema:GovernmentOrganization", "org:Organization"};
    case NodeKind::Post: return {"org:Post"};
    case NodeKind::Event: return {"schema:Event"};
    case NodeKind::Place: {
      static const std::set<std::string> kAdministrative = {"province", "city", "regency", "district", "village"};
      if (kAdministrative.count(node.attrs.Get("type"))) return {"schema:Place", "schema:AdministrativeArea"};
      return {"schema:Place"};
    }
    case NodeKind::Quote: return {"schema:Quotation"};
    case NodeKind::Article: return {"schema:NewsArticle"};
    case NodeKind::Figure: return {"pj:Figure"};
  }
  return {"schema:Thing"};
}

// Attributes that hold a "; "-separated set (Attributes::AddToSet).
bool IsSetValued(const std::string& name) {
  return name == "aliases" || name == "titles" || name == "degrees" || name == "acting";
}

std::vector<std::string> SplitSet(const std::string& value) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t end = value.find("; ", start);
    if (end == std::string::npos) end = value.size();
    if (end > start) items.push_back(value.substr(start, end - start));
    start = end + 2;
  }
  return items;
}

bool IsDateAttribute(const std::string& name) { return name == "date" || name == "end_date" || name == "published"; }

// One literal: a date typed by its form, an int as a JSON number, a double
// as a string the term coerces to xsd:double, else a plain string.
void WriteLiteral(Writer& w, const std::string& name, const std::string& value) {
  if (IsDateAttribute(name)) {
    if (const char* type = XsdDateType(value)) {
      w.StartObject();
      Key(w, "@value");
      String(w, value);
      Key(w, "@type");
      w.String(type);
      w.EndObject();
      return;
    }
    String(w, value);
    return;
  }
  AttributeType type = AttributeTypeOf(name);
  if (type == AttributeType::Int && ParsesAsInt(value)) {
    w.Int64(std::stoll(value));
  } else if (type == AttributeType::Boolean && ParsesAsBoolean(value)) {
    w.Bool(CanonicalBoolean(value) == "true");
  } else if (name == "number" && !ParsesAsDouble(value)) {
    w.StartObject();  // a plain literal, overriding the term's xsd:double
    Key(w, "@value");
    String(w, value);
    w.EndObject();
  } else {
    String(w, value);
  }
}

void WriteIds(Writer& w, const std::vector<std::string>& iris) {
  if (iris.size() == 1) {
    String(w, iris.front());
    return;
  }
  w.StartArray();
  for (const auto& iri : iris) String(w, iri);
  w.EndArray();
}

class JsonldWriter {
 public:
  JsonldWriter(const KnowledgeGraph& graph, const JsonldOptions& options)
      : graph_(graph), base_(NormalizeBaseIri(options.base_iri)), context_(base_ + "vocab#") {
    for (std::size_t v = 0; v < graph.NodeCount(); ++v) {
      const NodeData& node = graph.Node(v);
      if (node.kind == NodeKind::Article && !node.attrs.Get("source").empty())
        article_key_.emplace(node.attrs.Get("source"), node.key);
      for (const auto& [name, value] : node.attrs.entries()) context_.AttributeTerm(node.kind, name);
    }
  }

  void Write(std::ostream& out) {
    BufferedJsonStream stream(out);
    Writer w(stream);
    w.SetIndent(' ', 1);
    w.StartObject();
    Key(w, "@context");
    WriteContext(w);
    Key(w, "@graph");
    w.StartArray();
    for (std::size_t v = 0; v < graph_.NodeCount(); ++v) WriteNode(w, v);
    for (std::size_t e = 0; e < graph_.EdgeCount(); ++e) WriteStatement(w, e);
    w.EndArray();
    w.EndObject();
    stream.Flush();
    out << '\n';
  }

 private:
  std::string NodeIri(std::size_t v) const { return base_ + IriPath(graph_.Node(v).key); }

  // The Article an edge was read in: its node when the graph has it, else the
  // IRI GraphBuilder would give it.
  std::string ArticleIri(const std::string& source) const {
    auto it = article_key_.find(source);
    return base_ + IriPath(it != article_key_.end() ? it->second : "article/" + source);
  }

  void WriteContext(Writer& w) {
    w.StartObject();
    for (const auto& [prefix, iri] : context_.prefixes()) {
      Key(w, prefix);
      String(w, iri);
    }
    for (const JsonldTerm* t : context_.Terms()) {
      Key(w, t->term);
      w.StartObject();
      Key(w, t->reverse ? "@reverse" : "@id");
      String(w, t->prefix + ":" + t->local);
      if (!t->coercion.empty()) {
        Key(w, "@type");
        String(w, t->coercion);
      }
      w.EndObject();
    }
    w.EndObject();
  }

  void WriteNode(Writer& w, std::size_t v) {
    const NodeData& node = graph_.Node(v);
    w.StartObject();
    Key(w, "@id");
    String(w, NodeIri(v));
    Key(w, "@type");
    auto types = Types(node);
    WriteIds(w, types);
    Key(w, "identifier");
    String(w, node.key);
    if (!node.name.empty()) {
      Key(w, "name");
      String(w, node.name);
    }
    // Attributes, grouped by term (two attributes may share one).
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> literals;
    for (const auto& [name, value] : node.attrs.entries()) {
      const JsonldTerm* term = context_.AttributeTerm(node.kind, name);
      if (!term) continue;
      if (IsSetValued(name))
        for (auto& item : SplitSet(value)) literals[term->term].emplace_back(name, item);
      else
        literals[term->term].emplace_back(name, value);
    }
    for (const auto& [term, values] : literals) {
      Key(w, term);
      if (values.size() > 1) w.StartArray();
      for (const auto& [name, value] : values) WriteLiteral(w, name, value);
      if (values.size() > 1) w.EndArray();
    }
    // Links to other nodes, and the articles the node was read in.
    std::map<std::string, std::vector<std::string>> links;
    std::set<std::string> sources;
    for (auto e : graph_.OutEdges(v)) {
      const JsonldTerm& term = context_.RelationTerm(graph_.Edge(e).relation, node.kind);
      auto& targets = links[term.term];
      std::string target = NodeIri(graph_.Target(e));
      if (std::find(targets.begin(), targets.end(), target) == targets.end()) targets.push_back(target);
    }
    if (node.kind != NodeKind::Article) {
      for (auto e : graph_.OutEdges(v))
        if (!graph_.Edge(e).provenance.article.empty()) sources.insert(ArticleIri(graph_.Edge(e).provenance.article));
      for (auto e : graph_.InEdges(v))
        if (!graph_.Edge(e).provenance.article.empty()) sources.insert(ArticleIri(graph_.Edge(e).provenance.article));
    }
    for (const auto& [term, targets] : links) {
      Key(w, term);
      WriteIds(w, targets);
    }
    if (!sources.empty()) {
      Key(w, "wasDerivedFrom");
      WriteIds(w, std::vector<std::string>(sources.begin(), sources.end()));
    }
    w.EndObject();
  }

  // The edge as a statement of the triple it asserts, annotating the span of
  // the article it was read from.
  void WriteStatement(Writer& w, std::size_t e) {
    const EdgeData& edge = graph_.Edge(e);
    std::size_t from = graph_.Source(e), to = graph_.Target(e);
    const JsonldTerm& term = context_.RelationTerm(edge.relation, graph_.Node(from).kind);
    if (term.reverse) std::swap(from, to);
    w.StartObject();
    Key(w, "@id");
    String(w, base_ + "fact/e" + std::to_string(e));
    Key(w, "@type");
    WriteIds(w, {"rdf:Statement", "oa:Annotation"});
    Key(w, "subject");
    String(w, NodeIri(from));
    Key(w, "predicate");
    String(w, context_.Iri(term));
    Key(w, "object");
    String(w, NodeIri(to));
    Key(w, "relation");
    String(w, std::string(RelationName(edge.relation)));
    if (!edge.role.empty()) {
      Key(w, "role");
      String(w, edge.role);
    }
    Key(w, "motivatedBy");
    String(w, "oa:describing");
    if (!edge.provenance.article.empty()) {
      std::string article = ArticleIri(edge.provenance.article);
      Key(w, "wasDerivedFrom");
      String(w, article);
      Key(w, "hasTarget");
      w.StartObject();
      Key(w, "@type");
      String(w, "oa:SpecificResource");
      Key(w, "hasSource");
      String(w, article);
      Key(w, "hasSelector");
      w.StartArray();
      w.StartObject();
      Key(w, "@type");
      String(w, "oa:TextPositionSelector");
      Key(w, "start");
      w.Uint(edge.provenance.span_start);
      Key(w, "end");
      w.Uint(edge.provenance.span_end);
      w.EndObject();
      if (!edge.provenance.evidence.empty()) {
        w.StartObject();
        Key(w, "@type");
        String(w, "oa:TextQuoteSelector");
        Key(w, "exact");
        String(w, edge.provenance.evidence);
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
  std::map<std::string, std::string> article_key_;  // Article source -> node key
};

}  // namespace

void WriteJsonld(const KnowledgeGraph& graph, std::ostream& out, const JsonldOptions& options) {
  JsonldWriter(graph, options).Write(out);
}

}  // namespace pejabat
