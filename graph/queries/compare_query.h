#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace pejabat {

enum class CompareBy { City, Province };

struct IndicatorValue {
  std::string indicator;  // "IKM", "AKIP", "agen perubahan"
  std::string value;      // as written
  std::string category;   // "B", "BB"
  std::string year;
  std::string article;
};

// What the articles about one city (or province) report. An entity counts for
// a city when it is directly linked to one of the city's articles (the eval
// contract's "belongs to an article").
struct RegionComparison {
  std::string region;  // the articles' `city`, or the province Place's name
  std::size_t articles = 0;
  std::size_t events = 0;
  std::vector<std::pair<std::string, std::size_t>> events_by_type;  // by type name
  std::size_t officials = 0;  // persons
  std::size_t posts = 0;      // distinct posts named or held in the articles
  std::size_t offices = 0;    // organizations, national agencies included
  std::vector<std::string> national_agencies;  // ministries, agencies, commissions with no region
  std::size_t speakers = 0;          // distinct persons who spoke at the events
  std::size_t outside_speakers = 0;  // ... whose office is outside the event's city
  std::optional<long> participants;  // sum of the participants the events report
  std::size_t quotes = 0;
  std::vector<IndicatorValue> indicators;  // Figure nodes
};

// One row per city (or province), in name order; articles with no city (or a
// city whose province is unknown) are grouped under "(unknown)".
std::vector<RegionComparison> CompareRegions(const KnowledgeGraph& graph, CompareBy by);

}  // namespace pejabat
