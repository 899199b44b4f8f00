#include "export/yed_graphics.h"

#include <algorithm>

#include "export/node_style.h"
#include "export/xml_escape.h"

namespace pejabat {
namespace {

std::size_t CodePointCount(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

void WriteYedNodeGraphics(std::ostream& out, const NodeData& node, std::size_t index) {
  NodeStyle s = StyleOf(node.kind);
  // Sized for the label in yEd's 12pt Dialog font (about 7 px a character).
  double width = std::clamp<double>(7.0 * static_cast<double>(CodePointCount(node.name)) + 24.0, 60.0, 640.0);
  double height = 36.0;
  constexpr std::size_t kColumns = 12;
  double x = static_cast<double>(index % kColumns) * 320.0, y = static_cast<double>(index / kColumns) * 90.0;
  out << "      <data key=\"n_yed\"><y:ShapeNode>"
      << "<y:Geometry height=\"" << height << "\" width=\"" << width << "\" x=\"" << x << "\" y=\"" << y << "\"/>"
      << "<y:Fill color=\"" << s.fill << "\" transparent=\"false\"/>"
      << "<y:BorderStyle color=\"" << s.border << "\" type=\"line\" width=\"1.0\"/>"
      << "<y:NodeLabel alignment=\"center\" autoSizePolicy=\"content\" fontFamily=\"Dialog\" fontSize=\"12\" "
         "fontStyle=\"plain\" hasBackgroundColor=\"false\" hasLineColor=\"false\" modelName=\"internal\" "
         "modelPosition=\"c\" textColor=\"#000000\" visible=\"true\">"
      << XmlEscape(node.name) << "</y:NodeLabel>"
      << "<y:Shape type=\"" << s.yed_shape << "\"/>"
      << "</y:ShapeNode></data>\n";
}

void WriteYedEdgeGraphics(std::ostream& out, const EdgeData& edge) {
  EdgeStyle s = StyleOf(edge.relation);
  std::string line = std::string(s.style) == "dashed" ? "dashed" : std::string(s.style) == "dotted" ? "dotted" : "line";
  out << "      <data key=\"e_yed\"><y:PolyLineEdge>"
      << "<y:LineStyle color=\"" << s.color << "\" type=\"" << line << "\" width=\"1.0\"/>"
      << "<y:Arrows source=\"none\" target=\"standard\"/>"
      << "<y:EdgeLabel alignment=\"center\" fontFamily=\"Dialog\" fontSize=\"10\" fontStyle=\"plain\" "
         "modelName=\"centered\" modelPosition=\"center\" textColor=\""
      << s.color << "\" visible=\"true\">" << XmlEscape(RelationName(edge.relation)) << "</y:EdgeLabel>"
      << "</y:PolyLineEdge></data>\n";
}

}  // namespace pejabat
