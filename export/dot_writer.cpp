#include "export/dot_writer.h"

#include "export/dot_escape.h"

namespace pejabat {
namespace {

std::string Value(const DotAttr& a) { return a.html ? "<" + a.value + ">" : DotQuote(a.value); }

void WriteList(std::ostream& out, const DotAttrs& attrs) {
  out << '[';
  for (std::size_t i = 0; i < attrs.size(); ++i) out << (i ? ", " : "") << attrs[i].name << '=' << Value(attrs[i]);
  out << ']';
}

void WriteNode(std::ostream& out, const DrawnNode& node, const char* indent) {
  out << indent << DotQuote(node.id) << ' ';
  WriteList(out, node.attrs);
  out << ";\n";
}

}  // namespace

void WriteDot(const Drawing& d, std::ostream& out) {
  out << "digraph " << DotQuote(d.name) << " {\n";
  for (const auto& a : d.graph_attrs) out << "  " << a.name << '=' << Value(a) << ";\n";
  out << "  node ";
  WriteList(out, d.node_defaults);
  out << ";\n  edge ";
  WriteList(out, d.edge_defaults);
  out << ";\n";
  for (std::size_t c = 0; c < d.clusters.size(); ++c) {
    out << "  subgraph " << DotQuote(d.clusters[c].id) << " {\n";
    for (const auto& a : d.clusters[c].attrs) out << "    " << a.name << '=' << Value(a) << ";\n";
    for (const auto& node : d.nodes)
      if (node.cluster == c) WriteNode(out, node, "    ");
    out << "  }\n";
  }
  for (const auto& node : d.nodes)
    if (node.cluster == DrawnNode::kNoCluster) WriteNode(out, node, "  ");
  for (const auto& edge : d.edges) {
    out << "  " << DotQuote(d.nodes[edge.from].id) << " -> " << DotQuote(d.nodes[edge.to].id) << ' ';
    WriteList(out, edge.attrs);
    out << ";\n";
  }
  out << "}\n";
}

}  // namespace pejabat
