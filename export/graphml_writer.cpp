#include "export/graphml_writer.h"

#include <cctype>
#include <map>
#include <set>
#include <string>

#include "export/xml_escape.h"
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

// Key ids are XML NCName-safe; the attribute's real name goes in attr.name.
std::string KeyId(char prefix, const std::string& name) {
  std::string id(1, prefix);
  id += '_';
  for (char c : name) id += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : '_';
  return id;
}

void WriteKey(std::ostream& out, const std::string& id, const char* domain, const std::string& name,
              AttributeType type) {
  out << "  <key id=\"" << XmlEscape(id) << "\" for=\"" << domain << "\" attr.name=\"" << XmlEscape(name)
      << "\" attr.type=\"" << GraphmlType(type) << "\"/>\n";
}

void WriteData(std::ostream& out, const std::string& key, const std::string& value) {
  out << "      <data key=\"" << XmlEscape(key) << "\">" << XmlEscape(value) << "</data>\n";
}

// The fixed edge attributes, in file order.
const char* const kEdgeKeys[] = {"relation", "label", "interaction", "article", "span_start", "span_end", "evidence", "role"};

}  // namespace

void WriteGraphml(const KnowledgeGraph& graph, std::ostream& out, const GraphmlOptions& options) {
  // Node attribute names actually used, in sorted order for determinism.
  std::set<std::string> node_attrs;
  for (std::size_t v = 0; v < graph.NodeCount(); ++v)
    for (const auto& [name, value] : graph.Node(v).attrs.entries()) node_attrs.insert(name);
  node_attrs.erase("kind");
  node_attrs.erase("name");
  node_attrs.erase("label");

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n";
  if (options.yed) out << "    xmlns:y=\"http://www.yworks.com/xml/graphml\"\n";
  out << "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  WriteKey(out, "n_kind", "node", "kind", AttributeType::String);
  WriteKey(out, "n_name", "node", "name", AttributeType::String);
  WriteKey(out, "n_label", "node", "label", AttributeType::String);
  for (const auto& name : node_attrs) WriteKey(out, KeyId('n', name), "node", name, AttributeTypeOf(name));
  for (const char* name : kEdgeKeys) WriteKey(out, KeyId('e', name), "edge", name, AttributeTypeOf(name));
  if (options.yed) out << "  <key id=\"n_yed\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n";

  out << "  <graph id=\"pejabat\" edgedefault=\"directed\">\n";
  for (std::size_t v = 0; v < graph.NodeCount(); ++v) {
    const NodeData& node = graph.Node(v);
    out << "    <node id=\"" << XmlEscape(node.key) << "\">\n";
    WriteData(out, "n_kind", std::string(NodeKindName(node.kind)));
    WriteData(out, "n_name", node.name);
    WriteData(out, "n_label", node.name);
    for (const auto& [name, value] : node.attrs.entries()) WriteData(out, KeyId('n', name), value);
    if (options.yed) {
      out << "      <data key=\"n_yed\"><y:ShapeNode><y:NodeLabel>" << XmlEscape(node.name)
          << "</y:NodeLabel></y:ShapeNode></data>\n";
    }
    out << "    </node>\n";
  }
  for (std::size_t e = 0; e < graph.EdgeCount(); ++e) {
    const EdgeData& edge = graph.Edge(e);
    const std::string relation(RelationName(edge.relation));
    out << "    <edge id=\"e" << e << "\" source=\"" << XmlEscape(graph.Node(graph.Source(e)).key) << "\" target=\""
        << XmlEscape(graph.Node(graph.Target(e)).key) << "\">\n";
    WriteData(out, "e_relation", relation);
    WriteData(out, "e_label", relation);
    WriteData(out, "e_interaction", relation);
    WriteData(out, "e_article", edge.provenance.article);
    WriteData(out, "e_span_start", std::to_string(edge.provenance.span_start));
    WriteData(out, "e_span_end", std::to_string(edge.provenance.span_end));
    if (!edge.provenance.evidence.empty()) WriteData(out, "e_evidence", edge.provenance.evidence);
    if (!edge.role.empty()) WriteData(out, "e_role", edge.role);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace pejabat
