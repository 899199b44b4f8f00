#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

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
  std::size_t node = 0;  // in the graph
  std::size_t cluster = kNoCluster;
  static constexpr std::size_t kNoCluster = static_cast<std::size_t>(-1);
};

// What is drawn and how the picture as a whole looks. The nodes' and edges'
// own attributes (labels, tooltips, colours) are not stored: the writers make
// them from the graph one at a time (drawing_builder.h), so a drawing of a
// million-node graph holds no copy of its text. The graph must outlive it.
struct Drawing {
  const KnowledgeGraph* graph = nullptr;
  std::string name;
  std::string layout;  // the Graphviz layout engine chosen for it
  DotAttrs graph_attrs, node_defaults, edge_defaults;
  std::vector<DrawnCluster> clusters;
  std::vector<DrawnNode> nodes;       // in graph order
  std::vector<std::size_t> position;  // for each graph node, its index in `nodes`, or kNotDrawn
  std::size_t edge_count = 0;         // edges drawn: those whose two ends are
  std::size_t omitted_nodes = 0;      // left out by the detail level
  static constexpr std::size_t kNotDrawn = static_cast<std::size_t>(-1);
};

}  // namespace pejabat
