#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace pejabat {

// Which events to list in a speakers query. Every field is optional.
struct SpeakerFilter {
  std::string city;   // the event's city ("Bogor"), compared case- and punctuation-blind
  // The city's Place by its full name ("Kabupaten Bogor"), when the user said
  // which: events whose city Place is known must be in that one.
  std::string city_place;
  std::string type;   // the event's type ("training"), compared case-blind
  // ISO date bounds, a year, a month or a day ("2019", "2019-10", "2019-10-30"),
  // both inclusive. Events whose year is unknown ("--07-24") are left out when set.
  std::string since;
  std::string until;
  std::optional<std::vector<KnowledgeGraph::NodeId>> speakers;  // only these persons
};

// One row per (event, speaker): who spoke where, in what capacity.
struct SpeakerRow {
  std::string date;
  std::string event;
  std::string event_key;
  std::string type;
  std::string venue;
  std::string city;
  std::string speaker;
  std::string speaker_key;
  std::string post;          // the posts held in the event's article, "; "-joined
  std::string office;        // the offices of those posts, "; "-joined
  std::string role;          // spoke_at role: opened, remarks, report, resource_person, quoted, statement
  std::string on_behalf_of;  // whom the speaker represented, from `represented` edges
  std::size_t quotes = 0;    // said edges to quotes of the event's article
  std::string article;       // the article(s) that report it, "; "-joined
  std::string evidence;      // the sentence of the spoke_at edge
};

// Rows in order of date (events with an unknown year, then without a date,
// last), event, and the order the article names the speakers in.
std::vector<SpeakerRow> QuerySpeakers(const KnowledgeGraph& graph, const SpeakerFilter& filter);

}  // namespace pejabat
