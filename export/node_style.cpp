#include "export/node_style.h"

namespace pejabat {

// Colours: light fills so black labels stay readable, a darker border of the
// same hue; hues far apart so kinds are told apart at a glance.
NodeStyle StyleOf(NodeKind kind) {
  switch (kind) {
    case NodeKind::Person: return {"ellipse", "ellipse", "#FFE08A", "#B7791F"};
    case NodeKind::Post: return {"box", "roundrectangle", "#D0DCFF", "#3B5BDB"};
    case NodeKind::Organization: return {"folder", "rectangle", "#C3F0CA", "#2B8A3E"};
    case NodeKind::Event: return {"hexagon", "hexagon", "#FFC9C9", "#C92A2A"};
    case NodeKind::Place: return {"house", "trapezoid2", "#E9ECEF", "#495057"};
    case NodeKind::Quote: return {"note", "parallelogram", "#FFF3BF", "#E67700"};
    case NodeKind::Article: return {"tab", "rectangle", "#F1F3F5", "#868E96"};
    case NodeKind::Figure: return {"cds", "octagon", "#C5F6FA", "#0B7285"};
  }
  return {"ellipse", "ellipse", "#FFFFFF", "#000000"};
}

EdgeStyle StyleOf(Relation relation) {
  switch (relation) {
    case Relation::Holds: return {"#3B5BDB", "solid"};
    case Relation::PostIn: return {"#748FFC", "solid"};
    case Relation::SubOrganizationOf: return {"#2B8A3E", "solid"};
    case Relation::SpokeAt: return {"#C92A2A", "bold"};
    case Relation::Attended: return {"#F08C00", "dashed"};
    case Relation::Organized: return {"#2F9E44", "dashed"};
    case Relation::Represented: return {"#862E9C", "dashed"};
    case Relation::Said: return {"#E67700", "solid"};
    case Relation::LocatedIn: return {"#868E96", "dotted"};
    case Relation::Reports: return {"#0B7285", "solid"};
    case Relation::MentionedIn: return {"#CED4DA", "dotted"};
    case Relation::QuotedIn: return {"#CED4DA", "dotted"};
  }
  return {"#000000", "solid"};
}

}  // namespace pejabat
