#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace pejabat {

// Small traversals the queries share. They walk the Boost.Graph model
// (graph/boost_graph.h) and know the graph's contract (graph/vocabulary.h),
// nothing of the language: names are compared case-folded, word by word.
using NodeId = KnowledgeGraph::NodeId;
using EdgeId = KnowledgeGraph::EdgeId;

// Edges of one relation leaving / entering `v`, in edge order.
std::vector<EdgeId> OutEdgesOf(const KnowledgeGraph& g, NodeId v, Relation relation);
std::vector<EdgeId> InEdgesOf(const KnowledgeGraph& g, NodeId v, Relation relation);

// Nodes reachable from `start` along out-edges of the given relations, in
// breadth-first order (`start` first).
std::vector<NodeId> ReachableFrom(const KnowledgeGraph& g, NodeId start, std::initializer_list<Relation> relations);

// The Article node whose `source` is `source`.
std::optional<NodeId> ArticleBySource(const KnowledgeGraph& g, std::string_view source);
// An Article node's `source` (its key when the attribute is missing).
std::string SourceOf(const KnowledgeGraph& g, NodeId article);
// The Article nodes `v` is directly linked to (any relation, either direction):
// the eval contract's "a node belongs to an article".
std::vector<NodeId> ArticlesOf(const KnowledgeGraph& g, NodeId v);
// The nodes directly linked to an Article node, each once, in id order.
std::vector<NodeId> MembersOf(const KnowledgeGraph& g, NodeId article);

// The city or regency Place that an Article's or Event's `city` names: first
// among the places it is linked to, then any in the graph.
std::optional<NodeId> CityPlaceOf(const KnowledgeGraph& g, NodeId article_or_event);
// The province Place containing `place` along located_in (or `place` itself).
std::optional<NodeId> ProvinceOf(const KnowledgeGraph& g, NodeId place);
// True when `place` is `area` or lies within it along located_in.
bool PlaceWithin(const KnowledgeGraph& g, NodeId place, NodeId area);
// The first Place an organization reaches through sub_organization_of and located_in.
std::optional<NodeId> JurisdictionOf(const KnowledgeGraph& g, NodeId organization);
// A ministry, agency or commission with no region: a national agency.
bool IsNationalAgency(const KnowledgeGraph& g, NodeId organization);

// True when a place name ("Kota Payakumbuh", "Kabupaten Lima Puluh Kota") ends
// with the words of `city` ("Payakumbuh", "Limapuluh Kota"), ignoring case and spaces.
bool PlaceNameNames(std::string_view place_name, std::string_view city);

}  // namespace pejabat
