#include "export/drawing_builder.h"

#include <map>
#include <set>
#include <string_view>

#include "export/dot_escape.h"
#include "export/label_text.h"
#include "export/node_style.h"

namespace pejabat {
namespace {

constexpr const char* kFont = "Helvetica,Arial,sans-serif";

bool Drawn(NodeKind kind, DrawingDetail detail) {
  switch (detail) {
    case DrawingDetail::Entities: return kind != NodeKind::Article && kind != NodeKind::Quote && kind != NodeKind::Figure;
    case DrawingDetail::Focused: return kind != NodeKind::Article;
    default: return true;
  }
}

// The city a node is drawn in: its own `city` (events, articles), else the one
// city of the articles and events it is linked to; none when they disagree.
// Interned handles of the graph's own texts: 4 bytes a node, where views took
// 16 (two such tables are 260 MB at a million articles, made while the other
// writers run), and equal handles are equal texts.
std::vector<InternedText> CityOfNodes(const KnowledgeGraph& graph) {
  std::vector<InternedText> city(graph.NodeCount());
  for (std::size_t v = 0; v < graph.NodeCount(); ++v)
    if (const auto* c = graph.Node(v).attrs.Find("city")) city[v] = *c;
  std::vector<InternedText> derived = city;
  for (std::size_t v = 0; v < graph.NodeCount(); ++v) {
    if (!city[v].empty()) continue;
    InternedText seen;
    bool several = false;
    auto look = [&](std::size_t other) {
      if (city[other].empty()) return;
      if (seen.empty()) seen = city[other];
      else if (seen != city[other]) several = true;
    };
    for (auto e : graph.OutEdges(v)) look(graph.Target(e));
    for (auto e : graph.InEdges(v)) look(graph.Source(e));
    if (!several) derived[v] = seen;
  }
  return derived;
}

std::string Bold(const std::string& text) { return "<B>" + DotHtmlText(text) + "</B>"; }

std::string Small(const std::string& text, int points = 9) {
  return "<FONT POINT-SIZE=\"" + std::to_string(points) + "\">" + DotHtmlText(text) + "</FONT>";
}

std::string NodeLabel(const NodeData& node) {
  switch (node.kind) {
    case NodeKind::Person: return Bold(WrapText(node.name, 22));
    case NodeKind::Event: {
      std::string label = Bold(WrapText(ShortenText(node.name, 90), 28));
      std::string when = node.attrs.Get("date");
      std::string where = node.attrs.Get("venue");
      std::string line = when.empty() ? std::string("date unknown") : when;
      if (!where.empty()) line += " \xC2\xB7 " + ShortenText(where, 40);
      return label + "<BR/>" + Small(WrapText(line, 34), 10);
    }
    case NodeKind::Quote:
      return "<I>" + DotHtmlText(WrapText("\xE2\x80\x9C" + ShortenText(node.attrs.Get("text").empty() ? node.name : node.attrs.Get("text"), 70) + "\xE2\x80\x9D", 28)) + "</I>";
    case NodeKind::Article: {
      std::string label = DotHtmlText(WrapText(ShortenText(node.name, 70), 30));
      std::string source = node.attrs.Get("source");
      return source.empty() ? label : label + "<BR/>" + Small(ShortenText(source, 40), 8);
    }
    default: return DotHtmlText(WrapText(ShortenText(node.name, 80), 26));
  }
}

std::string Tooltip(const NodeData& node) {
  std::string text = std::string(NodeKindName(node.kind)) + ": " + node.name;
  if (node.kind == NodeKind::Quote) text = "Quote: " + node.attrs.Get("text");
  return DotEscString(ShortenText(text, 400));
}

std::string EdgeLabel(const EdgeData& edge) {
  std::string label(RelationName(edge.relation));
  if (!edge.role.empty() && edge.role != label) label += ": " + edge.role;
  return label;
}

std::string Legend(const std::string& title, const std::set<NodeKind>& kinds, const std::set<Relation>& relations,
                   std::size_t omitted, DrawingDetail detail) {
  std::string html = "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">";
  if (!title.empty()) html += "<TR><TD ALIGN=\"LEFT\">" + Bold(title) + "</TD></TR>";
  html += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"4\" CELLPADDING=\"4\"><TR>";
  for (NodeKind kind : kinds) {
    NodeStyle s = StyleOf(kind);
    html += std::string("<TD BGCOLOR=\"") + s.fill + "\" COLOR=\"" + s.border + "\">" +
            DotHtmlText(std::string(NodeKindName(kind))) + "</TD>";
  }
  html += "</TR></TABLE></TD></TR>";
  if (!relations.empty()) {
    html += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"4\"><TR>";
    for (Relation r : relations) {
      EdgeStyle s = StyleOf(r);
      html += std::string("<TD><FONT COLOR=\"") + s.color + "\">\xE2\x80\x94\xE2\x80\x94 " +
              DotHtmlText(std::string(RelationName(r))) + "</FONT></TD>";
    }
    html += "</TR></TABLE></TD></TR>";
  }
  if (omitted && detail == DrawingDetail::Entities)
    html += "<TR><TD ALIGN=\"LEFT\">" +
            Small(std::to_string(omitted) +
                      " articles, quotes and figures not drawn (they are in graph.graphml and graph.jsonld);"
                      " pejabat render draws focused views with them",
                  10) +
            "</TD></TR>";
  html += "</TABLE>";
  return html;
}

}  // namespace

std::string ChooseLayout(std::size_t drawn_nodes, std::string_view requested) {
  if (!requested.empty()) return std::string(requested);
  return drawn_nodes <= kDotMaxNodes ? "dot" : "sfdp";
}

Drawing BuildDrawing(const KnowledgeGraph& graph, const DrawingOptions& options) {
  DrawingDetail detail = options.detail;
  if (detail == DrawingDetail::Auto)
    detail = graph.NodeCount() <= kFullDetailMaxNodes ? DrawingDetail::Full : DrawingDetail::Entities;

  Drawing d;
  d.graph = &graph;
  d.name = "pejabat";
  const std::vector<InternedText> cities = CityOfNodes(graph);
  std::map<std::string_view, std::size_t> cluster_of_city;
  d.position.assign(graph.NodeCount(), Drawing::kNotDrawn);
  std::set<NodeKind> kinds;
  for (std::size_t v = 0; v < graph.NodeCount(); ++v) {
    const NodeData& node = graph.Node(v);
    if (!Drawn(node.kind, detail)) {
      ++d.omitted_nodes;
      continue;
    }
    if (!cities[v].empty()) cluster_of_city.emplace(cities[v].view(), 0);
    kinds.insert(node.kind);
    d.position[v] = d.nodes.size();
    d.nodes.push_back({v, DrawnNode::kNoCluster});
  }
  // Clusters in city order, so ids do not depend on node order.
  for (auto& [city, index] : cluster_of_city) {
    index = d.clusters.size();
    DrawnCluster c;
    c.id = "cluster_" + std::to_string(index);
    c.attrs = {{"label", DotEscString(city)},
               {"style", "rounded,filled"},
               {"fillcolor", "#F8F9FA"},
               {"color", "#ADB5BD"},
               {"fontsize", "18"},
               {"fontcolor", "#495057"}};
    d.clusters.push_back(std::move(c));
  }
  for (auto& n : d.nodes)
    if (!cities[n.node].empty()) n.cluster = cluster_of_city.at(cities[n.node].view());

  std::set<Relation> relations;
  for (std::size_t e = 0; e < graph.EdgeCount(); ++e) {
    if (!IsDrawnEdge(d, e)) continue;
    relations.insert(graph.Edge(e).relation);
    ++d.edge_count;
  }

  d.layout = ChooseLayout(d.nodes.size(), options.layout);
  d.graph_attrs = {{"layout", d.layout},
                   {"fontname", kFont},
                   {"label", Legend(options.title, kinds, relations, d.omitted_nodes, detail), true},
                   {"labelloc", "t"},
                   {"labeljust", "l"},
                   {"bgcolor", "white"},
                   {"pad", "0.3"},
                   {"outputorder", "edgesfirst"},
                   {"forcelabels", "true"}};
  if (d.layout == "dot") {
    d.graph_attrs.push_back({"rankdir", "LR"});
    d.graph_attrs.push_back({"nodesep", "0.25"});
    d.graph_attrs.push_back({"ranksep", "0.6"});
  } else {
    d.graph_attrs.push_back({"overlap", "prism"});
    d.graph_attrs.push_back({"overlap_scaling", "-4"});
    d.graph_attrs.push_back({"sep", "+8"});
    d.graph_attrs.push_back({"splines", "true"});
  }
  d.node_defaults = {{"style", "filled"}, {"fontname", kFont}, {"fontsize", "11"}, {"penwidth", "1.2"}};
  d.edge_defaults = {{"fontname", kFont}, {"fontsize", "8"}, {"arrowsize", "0.6"}, {"penwidth", "1.1"}};
  return d;
}

void DrawnNodeAttrs(const Drawing& drawing, const DrawnNode& drawn, DotAttrs& attrs) {
  const NodeData& node = drawing.graph->Node(drawn.node);
  NodeStyle s = StyleOf(node.kind);
  attrs = {{"shape", s.shape}, {"fillcolor", s.fill}, {"color", s.border}, {"label", NodeLabel(node), true},
           {"tooltip", Tooltip(node)}};
  if (node.kind == NodeKind::Post) attrs.push_back({"style", "rounded,filled"});
}

bool IsDrawnEdge(const Drawing& drawing, KnowledgeGraph::EdgeId e) {
  return drawing.position[drawing.graph->Source(e)] != Drawing::kNotDrawn &&
         drawing.position[drawing.graph->Target(e)] != Drawing::kNotDrawn;
}

void DrawnEdgeAttrs(const Drawing& drawing, KnowledgeGraph::EdgeId e, DotAttrs& attrs) {
  const EdgeData& edge = drawing.graph->Edge(e);
  EdgeStyle s = StyleOf(edge.relation);
  // xlabel, not label: Graphviz 2.43's dot frees memory twice (gvFreeLayout
  // after flat_edges) when labelled edges lie within one rank of a cluster,
  // which our city clusters make common; xlabels are placed after layout.
  attrs = {{"xlabel", DotEscString(EdgeLabel(edge))}, {"color", s.color}, {"fontcolor", s.color}, {"style", s.style}};
  if (!edge.provenance.evidence.empty())
    attrs.push_back({"tooltip", DotEscString(ShortenText(edge.provenance.evidence, 300))});
}

}  // namespace pejabat
