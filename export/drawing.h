#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace pejabat {

// A picture of a graph, described once and handed to two writers: the DOT
// text (dot_writer) and the in-process Graphviz renderer (graphviz_renderer),
// so graph.dot re-renders to the same picture as graph.svg.
struct DotAttr {
  std::string name;
  std::string value;  // an escString (see dot_escape.h) or, when html, HTML-like label text
  bool html = false;
};

using DotAttrs = std::vector<DotAttr>;

struct DrawnCluster {
  std::string id;  // "cluster_…": Graphviz draws subgraphs with this prefix as boxes
  DotAttrs attrs;
};

struct DrawnNode {
  std::string id;  // ExportNodeId of the canonical key
  std::size_t cluster = kNoCluster;
  DotAttrs attrs;
  static constexpr std::size_t kNoCluster = static_cast<std::size_t>(-1);
};

struct DrawnEdge {
  std::size_t from = 0, to = 0;  // positions in Drawing::nodes
  DotAttrs attrs;
};

struct Drawing {
  std::string name;
  std::string layout;  // the Graphviz layout engine chosen for it
  DotAttrs graph_attrs, node_defaults, edge_defaults;
  std::vector<DrawnCluster> clusters;
  std::vector<DrawnNode> nodes;
  std::vector<DrawnEdge> edges;
  std::size_t omitted_nodes = 0;  // left out by the detail level
};

}  // namespace pejabat
