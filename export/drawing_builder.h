#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "export/drawing.h"
#include "graph/knowledge_graph.h"

namespace pejabat {

// How much of the graph a picture shows. Entities leaves out articles, quotes
// and figures (and the mention edges to them): on a large graph they bury the
// people, offices and events a reader looks for; the data files keep them.
// Focused (the views of `pejabat render`) leaves out the articles only. Left
// out or not, articles still place their nodes in their city's cluster.
enum class DrawingDetail { Auto, Full, Entities, Focused };

struct DrawingOptions {
  DrawingDetail detail = DrawingDetail::Auto;  // Auto: Full up to kFullDetailMaxNodes
  std::string layout;  // Graphviz engine; empty: ChooseLayout
  std::string title;   // shown above the legend
};

// dot draws the clearest pictures but its run time explodes with size (a
// random 300-node graph takes 55 s, 1,000 nodes over 2 minutes), while sfdp
// handles 3,000 nodes in under a second.
inline constexpr std::size_t kDotMaxNodes = 150;
inline constexpr std::size_t kFullDetailMaxNodes = 150;
// Beyond this no single picture is readable; the focused views are.
inline constexpr std::size_t kReadableMaxNodes = 3000;

std::string ChooseLayout(std::size_t drawn_nodes, std::string_view requested);

// What to draw of `graph` and the picture's own attributes; `graph` must
// outlive the drawing.
Drawing BuildDrawing(const KnowledgeGraph& graph, const DrawingOptions& options);

// The attributes of one drawn node (shape, colours, label, tooltip) and of
// one drawn edge, made when they are written: `attrs` is replaced.
void DrawnNodeAttrs(const Drawing& drawing, const DrawnNode& node, DotAttrs& attrs);
void DrawnEdgeAttrs(const Drawing& drawing, KnowledgeGraph::EdgeId edge, DotAttrs& attrs);

// Whether a graph edge is drawn: both its ends are.
bool IsDrawnEdge(const Drawing& drawing, KnowledgeGraph::EdgeId edge);

}  // namespace pejabat
