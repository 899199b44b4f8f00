#pragma once
#include <map>
#include <string>

#include "graph/knowledge_graph.h"

namespace pejabat {

struct CitySummary {
  std::size_t articles = 0, people = 0, offices = 0, events = 0, quotes = 0;
};

struct GraphSummary {
  std::size_t articles = 0, people = 0, posts = 0, offices = 0, events = 0, quotes = 0, places = 0;
  std::map<std::string, CitySummary> cities;  // by the articles' city
};

// Counts by kind, and per city the entities its articles mention.
GraphSummary Summarize(const KnowledgeGraph& graph);

}  // namespace pejabat
