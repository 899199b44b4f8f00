#include "export/graphml_writer.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "export/node_id.h"
#include "export/output_buffer.h"
#include "export/typed_value.h"
#include "export/xml_escape.h"
#include "export/yed_graphics.h"
#include "graph/attribute_schema.h"
#include "graph/read_ahead.h"

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

void WriteKey(OutputBuffer& out, const Key& key, const char* domain) {
  out.Append("  <key id=\"");
  AppendXmlEscapedAttribute(out, key.id);
  out.Append("\" for=\"");
  out.Append(domain);
  out.Append("\" attr.name=\"");
  AppendXmlEscapedAttribute(out, key.name);
  out.Append("\" attr.type=\"");
  out.Append(GraphmlType(key.type));
  out.Append("\"/>\n");
}

// "      <data key=\"ID\">", made once per key: key ids are NMTOKENs (letters,
// digits, '_'), which XML escaping leaves as they are.
std::string DataOpening(const Key& key) { return "      <data key=\"" + key.id + "\">"; }

// An empty <data> reads back as "no value" in NetworkX but "" in igraph: leave it out.
void WriteData(OutputBuffer& out, std::string_view opening, std::string_view value) {
  if (value.empty()) return;
  out.Append(opening);
  AppendXmlEscaped(out, value);
  out.Append("</data>\n");
}

template <typename Integer>
void WriteIntegerData(OutputBuffer& out, std::string_view opening, Integer value) {
  out.Append(opening);
  out.AppendInteger(value);
  out.Append("</data>\n");
}

void WriteNodeId(OutputBuffer& out, std::string_view key, std::string& scratch) {
  AppendXmlEscapedAttribute(out, ExportNodeId(key, scratch));
}

}  // namespace

void WriteGraphml(const KnowledgeGraph& graph, std::ostream& stream, const GraphmlOptions& options) {
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

  OutputBuffer out(stream);
  out.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
             "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
  if (options.yed) out.Append("    xmlns:y=\"http://www.yworks.com/xml/graphml\"\n");
  out.Append("    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
             "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  for (const Key* k : {&labels, &key, &kind, &name, &label}) WriteKey(out, *k, "node");
  for (const auto& k : node_keys) WriteKey(out, k, "node");
  for (const Key* k : {&edge_label, &relation, &interaction, &article, &span_start, &span_end, &evidence, &role})
    WriteKey(out, *k, "edge");
  if (options.yed) {
    out.Append("  <key id=\"n_yed\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n");
    out.Append("  <key id=\"e_yed\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n");
  }

  // Each attribute's key and its <data> opening, by attribute name.
  std::map<std::string, std::pair<const Key*, std::string>, std::less<>> key_of;
  for (const auto& k : node_keys) key_of.emplace(k.name, std::make_pair(&k, DataOpening(k)));
  const std::string labels_data = DataOpening(labels), key_data = DataOpening(key), kind_data = DataOpening(kind),
                    name_data = DataOpening(name), label_data = DataOpening(label);
  const std::string edge_label_data = DataOpening(edge_label), relation_data = DataOpening(relation),
                    interaction_data = DataOpening(interaction), article_data = DataOpening(article),
                    span_start_data = DataOpening(span_start), span_end_data = DataOpening(span_end),
                    evidence_data = DataOpening(evidence), role_data = DataOpening(role);

  std::string scratch;
  out.Append("  <graph id=\"pejabat\" edgedefault=\"directed\">\n");
  const ReadAhead node_read_ahead(graph, ReadAhead::Walk::NodeTexts);
  for (std::size_t v = 0; v < graph.NodeCount(); ++v) {
    node_read_ahead.Before(v);
    const NodeData& node = graph.Node(v);
    const std::string_view kind_name = NodeKindName(node.kind);
    out.Append("    <node id=\"");
    WriteNodeId(out, node.key, scratch);
    out.Append("\">\n");
    out.Append(labels_data);  // ":Kind", never empty
    out.Append(':');
    AppendXmlEscaped(out, kind_name);
    out.Append("</data>\n");
    WriteData(out, key_data, node.key);
    WriteData(out, kind_data, kind_name);
    WriteData(out, name_data, node.name);
    WriteData(out, label_data, node.name);
    for (const auto& [attr, value] : node.attrs.entries()) {
      if (IsReservedNodeAttribute(attr)) continue;
      const auto& [attr_key, opening] = key_of.find(std::string_view(attr))->second;
      if (attr_key->type == AttributeType::Boolean) WriteData(out, opening, CanonicalBoolean(value));
      else WriteData(out, opening, value);
    }
    if (options.yed) {
      out.Flush();  // the yEd graphics go to the stream itself, after what is buffered
      WriteYedNodeGraphics(stream, node, v);
    }
    out.Append("    </node>\n");
  }
  const ReadAhead edge_read_ahead(graph, ReadAhead::Walk::Edges);
  for (std::size_t e = 0; e < graph.EdgeCount(); ++e) {
    edge_read_ahead.Before(e);
    const EdgeData& edge = graph.Edge(e);
    const std::string_view relation_name = RelationName(edge.relation);
    out.Append("    <edge id=\"e");
    out.AppendInteger(e);
    out.Append("\" source=\"");
    WriteNodeId(out, graph.Node(graph.Source(e)).key, scratch);
    out.Append("\" target=\"");
    WriteNodeId(out, graph.Node(graph.Target(e)).key, scratch);
    out.Append("\">\n");
    WriteData(out, edge_label_data, relation_name);
    WriteData(out, relation_data, relation_name);
    WriteData(out, interaction_data, relation_name);
    WriteData(out, article_data, edge.provenance.article);
    WriteIntegerData(out, span_start_data, edge.provenance.span_start);
    WriteIntegerData(out, span_end_data, edge.provenance.span_end);
    WriteData(out, evidence_data, edge.provenance.evidence);
    WriteData(out, role_data, edge.role);
    if (options.yed) {
      out.Flush();
      WriteYedEdgeGraphics(stream, edge);
    }
    out.Append("    </edge>\n");
  }
  out.Append("  </graph>\n</graphml>\n");
}

}  // namespace pejabat
