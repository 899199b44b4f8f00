#include "graph/vocabulary.h"

#include <array>

namespace pejabat {
namespace {

constexpr std::array<std::string_view, 8> kKindNames = {
    "Article", "Person", "Organization", "Post", "Event", "Place", "Quote", "Figure"};

constexpr std::array<std::string_view, 12> kRelationNames = {
    "holds",      "post_in", "sub_organization_of", "spoke_at",     "attended",  "organized",
    "represented", "said",   "located_in",          "reports",      "mentioned_in", "quoted_in"};

}  // namespace

std::string_view NodeKindName(NodeKind kind) { return kKindNames[static_cast<size_t>(kind)]; }

std::string_view RelationName(Relation relation) { return kRelationNames[static_cast<size_t>(relation)]; }

std::optional<NodeKind> ParseNodeKind(std::string_view name) {
  for (size_t i = 0; i < kKindNames.size(); ++i)
    if (kKindNames[i] == name) return static_cast<NodeKind>(i);
  return std::nullopt;
}

std::optional<Relation> ParseRelation(std::string_view name) {
  for (size_t i = 0; i < kRelationNames.size(); ++i)
    if (kRelationNames[i] == name) return static_cast<Relation>(i);
  return std::nullopt;
}

}  // namespace pejabat
