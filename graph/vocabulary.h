#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace pejabat {

// Node kinds and relation names of the graph: the contract of the GraphML
// (`kind`, `relation`) that ../shared/eval reads and users query.
enum class NodeKind : uint8_t { Article, Person, Organization, Post, Event, Place, Quote, Figure };

enum class Relation : uint8_t {
  Holds, PostIn, SubOrganizationOf, SpokeAt, Attended, Organized, Represented, Said,
  LocatedIn, Reports, MentionedIn, QuotedIn,
};

inline constexpr NodeKind kAllNodeKinds[] = {NodeKind::Article, NodeKind::Person, NodeKind::Organization,
                                             NodeKind::Post,    NodeKind::Event,  NodeKind::Place,
                                             NodeKind::Quote,   NodeKind::Figure};

std::string_view NodeKindName(NodeKind kind);      // "Person"
std::string_view RelationName(Relation relation);  // "spoke_at"
std::optional<NodeKind> ParseNodeKind(std::string_view name);
std::optional<Relation> ParseRelation(std::string_view name);

}  // namespace pejabat
