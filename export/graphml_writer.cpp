#include "export/graphml_writer.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "export/node_id.h"
#include "export/typed_value.h"
#include "export/xml_escape.h"
#include "export/yed_graphics.h"
#include "graph/attribute_schema.h"

namespace pejabat {
namespace {

const char* GraphmlType(AttributeType type) {
  switch (type) {
    case AttributeType::Int: return "int";
    case AttributeType::Double: return "double";
    case AttributeType::Boolean: return "boolean";
    case AttributeType::String: return "string";
  }
  return "string";
}

struct Key {
  std::string id;    // XML NMTOKEN, unique in the file
  std::string name;  // attr.name: what every reader calls the attribute
  AttributeType type = AttributeType::String;
};

// Node attributes written by the writer itself, not taken from NodeData::attrs.
bool IsReservedNodeAttribute(const std::string& name) {
  return name == "kind" || name == "name" || name == "label" || name == "labels" || name == "key";
}

// Key ids are letters, digits and '_' after a prefix; a numeric suffix keeps
// two names that sanitize alike ("a-b", "a_b") apart.
std::string UniqueKeyId(const std::string& prefix, const std::string& name, std::set<std::string>& used) {
  std::string id = prefix;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    id += ok ? c : '_';
  }
  std::string candidate = id;
  for (int n = 2; !used.insert(candidate).second; ++n) candidate = id + "_" + std::to_string(n);
  return candidate;
}

// The node attribute keys in name order, each typed only as far as its values allow.
std::vector<Key> NodeAttributeKeys(const KnowledgeGraph& graph, std::set<std::string>& used_ids) {
  std::map<std::string, AttributeType> types;
  for (std::size_t v = 0; v < graph.NodeCount(); ++v)
    for (const auto& [name, value] : graph.Node(v).attrs.entries()) {
      if (IsReservedNodeAttribute(name)) continue;
      auto [it, inserted] = types.try_emplace(name, AttributeTypeOf(name));
      if (!ParsesAs(it->second, value)) it->second = AttributeType::String;
    }
  std::vector<Key> keys;
  for (const auto& [name, type] : types) keys.push_back({UniqueKeyId("n_", name, used_ids), name, type});
  return keys;
}

void WriteKey(std::ostream& out, const Key& key, const char* domain) {
  out << "  <key id=\"" << XmlEscapeAttribute(key.id) << "\" for=\"" << domain << "\" attr.name=\""
      << XmlEscapeAttribute(key.name) << "\" attr.type=\"" << GraphmlType(key.type) << "\"/>\n";
}

// An empty <data> reads back as "no value" in NetworkX but "" in igraph: leave it out.
void WriteData(std::ostream& out, const std::string& key, const std::string& value) {
  if (value.empty()) return;
  out << "      <data key=\"" << XmlEscapeAttribute(key) << "\">" << XmlEscape(value) << "</data>\n";
}

void WriteTypedData(std::ostream& out, const Key& key, const std::string& value) {
  WriteData(out, key.id, key.type == AttributeType::Boolean ? CanonicalBoolean(value) : value);
}

}  // namespace

void WriteGraphml(const KnowledgeGraph& graph, std::ostream& out, const GraphmlOptions& options) {
  std::set<std::string> used_ids = {"labels", "n_key", "n_kind", "n_name", "n_label", "n_yed",
                                    "label",  "e_relation", "e_interaction", "e_article", "e_span_start",
                                    "e_span_end", "e_evidence", "e_role", "e_yed"};
  const std::vector<Key> node_keys = NodeAttributeKeys(graph, used_ids);
  // Neo4j's importer only reads data keys whose *id* is "labels" / "label".
  const Key labels{"labels", "labels", AttributeType::String};
  const Key key{"n_key", "key", AttributeType::String}, kind{"n_kind", "kind", AttributeType::String}, name{"n_name", "name", AttributeType::String},
      label{"n_label", "label", AttributeType::String};
  const Key edge_label{"label", "label", AttributeType::String},
      relation{"e_relation", "relation", AttributeType::String},
      interaction{"e_interaction", "interaction", AttributeType::String},
      article{"e_article", "article", AttributeType::String}, span_start{"e_span_start", "span_start", AttributeType::Int},
      span_end{"e_span_end", "span_end", AttributeType::Int}, evidence{"e_evidence", "evidence", AttributeType::String},
      role{"e_role", "role", AttributeType::String};

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n";
  if (options.yed) out << "    xmlns:y=\"http://www.yworks.com/xml/graphml\"\n";
  out << "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key* k : {&labels, &key, &kind, &name, &label}) WriteKey(out, *k, "node");
  for (const auto& k : node_keys) WriteKey(out, k, "node");
  for (const Key* k : {&edge_label, &relation, &interaction, &article, &span_start, &span_end, &evidence, &role})
    WriteKey(out, *k, "edge");
  if (options.yed) {
    out << "  <key id=\"n_yed\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n";
    out << "  <key id=\"e_yed\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n";
  }

  std::map<std::string, const Key*> key_of;
  for (const auto& k : node_keys) key_of.emplace(k.name, &k);

  out << "  <graph id=\"pejabat\" edgedefault=\"directed\">\n";
  for (std::size_t v = 0; v < graph.NodeCount(); ++v) {
    const NodeData& node = graph.Node(v);
    const std::string kind_name(NodeKindName(node.kind));
    out << "    <node id=\"" << XmlEscapeAttribute(ExportNodeId(node.key)) << "\">\n";
    WriteData(out, labels.id, ":" + kind_name);
    WriteData(out, key.id, node.key);
    WriteData(out, kind.id, kind_name);
    WriteData(out, name.id, node.name);
    WriteData(out, label.id, node.name);
    for (const auto& [attr, value] : node.attrs.entries())
      if (!IsReservedNodeAttribute(attr)) WriteTypedData(out, *key_of.at(attr), value);
    if (options.yed) WriteYedNodeGraphics(out, node, v);
    out << "    </node>\n";
  }
  for (std::size_t e = 0; e < graph.EdgeCount(); ++e) {
    const EdgeData& edge = graph.Edge(e);
    const std::string relation_name(RelationName(edge.relation));
    out << "    <edge id=\"e" << e << "\" source=\"" << XmlEscapeAttribute(ExportNodeId(graph.Node(graph.Source(e)).key))
        << "\" target=\"" << XmlEscapeAttribute(ExportNodeId(graph.Node(graph.Target(e)).key)) << "\">\n";
    WriteData(out, edge_label.id, relation_name);
    WriteData(out, relation.id, relation_name);
    WriteData(out, interaction.id, relation_name);
    if (!edge.provenance.article.empty()) WriteData(out, article.id, edge.provenance.article);
    WriteData(out, span_start.id, std::to_string(edge.provenance.span_start));
    WriteData(out, span_end.id, std::to_string(edge.provenance.span_end));
    if (!edge.provenance.evidence.empty()) WriteData(out, evidence.id, edge.provenance.evidence);
    if (!edge.role.empty()) WriteData(out, role.id, edge.role);
    if (options.yed) WriteYedEdgeGraphics(out, edge);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace pejabat
