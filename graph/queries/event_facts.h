#pragma once
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/queries/walk.h"

namespace pejabat {

// An event's where and when, with the fallbacks the graph allows: the venue
// and city Places it is located_in, the city of its article.
struct EventFacts {
  std::string date, type, venue, city;
  std::optional<long> participants;
  std::vector<NodeId> articles;  // the Article nodes it belongs to
};
EventFacts DescribeEvent(const KnowledgeGraph& g, NodeId event);

// In what capacity a person appears in some articles (by `source`): the posts
// held there (any post when none is stated there), their offices, whom they
// represented, and how many of those articles' quotes they said.
struct SpeakerCapacity {
  std::vector<std::string> posts, offices, on_behalf_of;
  std::vector<NodeId> post_nodes, office_nodes;
  std::size_t quotes = 0;
};
SpeakerCapacity CapacityIn(const KnowledgeGraph& g, NodeId person, const std::set<std::string>& articles);

}  // namespace pejabat
