#include "extract/entity_kind.h"

#include "extract/fact_relation.h"

namespace pejabat {

const char* EntityKindName(EntityKind kind) {
  switch (kind) {
    case EntityKind::Person: return "Person";
    case EntityKind::Organization: return "Organization";
    case EntityKind::Post: return "Post";
    case EntityKind::Event: return "Event";
    case EntityKind::Place: return "Place";
    case EntityKind::Quote: return "Quote";
    case EntityKind::Figure: return "Figure";
  }
  return "?";
}

const char* FactRelationName(FactRelation relation) {
  switch (relation) {
    case FactRelation::Holds: return "holds";
    case FactRelation::PostIn: return "post_in";
    case FactRelation::SubOrganizationOf: return "sub_organization_of";
    case FactRelation::SpokeAt: return "spoke_at";
    case FactRelation::Attended: return "attended";
    case FactRelation::Organized: return "organized";
    case FactRelation::Represented: return "represented";
    case FactRelation::Said: return "said";
    case FactRelation::LocatedIn: return "located_in";
    case FactRelation::Reports: return "reports";
  }
  return "?";
}

}  // namespace pejabat
