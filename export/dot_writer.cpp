#include "export/dot_writer.h"

#include <string>

#include "export/dot_escape.h"
#include "export/drawing_builder.h"
#include "export/node_id.h"
#include "export/output_buffer.h"
#include "graph/read_ahead.h"

namespace pejabat {
namespace {

void WriteValue(OutputBuffer& out, const DotAttr& a) {
  if (a.html) {
    out.Append('<');
    out.Append(a.value);
    out.Append('>');
  } else {
    AppendDotQuoted(out, a.value);
  }
}

void WriteStatement(OutputBuffer& out, const char* indent, const DotAttr& a) {
  out.Append(indent);
  out.Append(a.name);
  out.Append('=');
  WriteValue(out, a);
  out.Append(";\n");
}

void WriteList(OutputBuffer& out, const DotAttrs& attrs) {
  out.Append('[');
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    if (i) out.Append(", ");
    out.Append(attrs[i].name);
    out.Append('=');
    WriteValue(out, attrs[i]);
  }
  out.Append(']');
}

// Node ids are DOT strings that need no escaping (ExportNodeId encodes '"' and '\').
void WriteNodeId(OutputBuffer& out, const KnowledgeGraph& graph, std::size_t v, std::string& scratch) {
  out.Append('"');
  out.Append(ExportNodeId(graph.Node(v).key, scratch));
  out.Append('"');
}

}  // namespace

void WriteDot(const Drawing& d, std::ostream& stream) {
  const KnowledgeGraph& graph = *d.graph;
  OutputBuffer out(stream);
  std::string scratch;
  DotAttrs attrs;  // one node's or edge's at a time, made as it is written
  auto write_node = [&](const DrawnNode& node, const char* indent) {
    out.Append(indent);
    WriteNodeId(out, graph, node.node, scratch);
    out.Append(' ');
    DrawnNodeAttrs(d, node, attrs);
    WriteList(out, attrs);
    out.Append(";\n");
  };

  out.Append("digraph ");
  AppendDotQuoted(out, d.name);
  out.Append(" {\n");
  for (const auto& a : d.graph_attrs) WriteStatement(out, "  ", a);
  out.Append("  node ");
  WriteList(out, d.node_defaults);
  out.Append(";\n  edge ");
  WriteList(out, d.edge_defaults);
  out.Append(";\n");

  // Each cluster's nodes in node order: the nodes sorted by cluster (counting
  // sort, stable), the unclustered ones last.
  std::vector<std::size_t> start(d.clusters.size() + 2, 0);
  auto bucket = [&](const DrawnNode& n) { return n.cluster == DrawnNode::kNoCluster ? d.clusters.size() : n.cluster; };
  for (const auto& n : d.nodes) ++start[bucket(n) + 1];
  for (std::size_t c = 1; c < start.size(); ++c) start[c] += start[c - 1];
  std::vector<const DrawnNode*> by_cluster(d.nodes.size());
  {
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (const auto& n : d.nodes) by_cluster[next[bucket(n)]++] = &n;
  }
  for (std::size_t c = 0; c < d.clusters.size(); ++c) {
    out.Append("  subgraph ");
    AppendDotQuoted(out, d.clusters[c].id);
    out.Append(" {\n");
    for (const auto& a : d.clusters[c].attrs) WriteStatement(out, "    ", a);
    for (std::size_t i = start[c]; i < start[c + 1]; ++i) write_node(*by_cluster[i], "    ");
    out.Append("  }\n");
  }
  for (std::size_t i = start[d.clusters.size()]; i < start[d.clusters.size() + 1]; ++i)
    write_node(*by_cluster[i], "  ");

  const ReadAhead read_ahead(graph, ReadAhead::Walk::Edges);
  // Whether an edge is drawn reads its target's place in the drawing, at
  // random (a cache miss per edge once there are millions of nodes): asked
  // for as far ahead as ReadAhead asks for the target itself.
  constexpr std::size_t kPlaceAhead = 16;
  for (std::size_t e = 0; e < graph.EdgeCount(); ++e) {
    read_ahead.Before(e);
    if (e + kPlaceAhead < graph.EdgeCount()) __builtin_prefetch(&d.position[graph.Target(e + kPlaceAhead)]);
    if (!IsDrawnEdge(d, e)) continue;
    out.Append("  ");
    WriteNodeId(out, graph, graph.Source(e), scratch);
    out.Append(" -> ");
    WriteNodeId(out, graph, graph.Target(e), scratch);
    out.Append(' ');
    DrawnEdgeAttrs(d, e, attrs);
    WriteList(out, attrs);
    out.Append(";\n");
  }
  out.Append("}\n");
}

}  // namespace pejabat
