#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace pejabat {

// One fact of a profile: an edge as a sentence (subject relation object) with
// the article and sentence it comes from.
struct ProfileFact {
  std::string subject;
  std::string relation;  // "holds", "spoke_at", ...
  std::string role;      // the edge's role (spoke_at: opened, remarks, ...)
  std::string object;    // the other end's name (a quote's full text)
  std::string object_kind;
  std::string object_key;
  std::string article;
  uint32_t span_start = 0, span_end = 0;
  std::string evidence;
};

// Everything the graph says about one node. A person: posts, events, quotes,
// representations, mentions. An office: its own links, its posts and who holds
// them. An event: who spoke, attended, organized it, where, and the speakers'
// posts and representations in its article.
struct Profile {
  std::string key, kind, name;
  std::vector<std::pair<std::string, std::string>> attributes;  // the node's own, in name order
  std::vector<ProfileFact> facts;  // by relation, then article and position
};

Profile BuildProfile(const KnowledgeGraph& graph, KnowledgeGraph::NodeId node);

}  // namespace pejabat
