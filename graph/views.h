#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace pejabat {

// The focused views of `pejabat render`, each small enough to read. A view
// that matches nothing returns std::nullopt. Matching is case-insensitive on
// the node's name (and a person's aliases, an event's date, venue and city).

// Events matching `text`, with everyone and everything linked to them (who
// spoke, attended, organized; where; the article), the posts the people held
// and the offices of those posts, and what the speakers said in that article.
std::optional<KnowledgeGraph> EventView(const KnowledgeGraph& graph, std::string_view text);

// Everything the articles about city `name` mention, and those articles.
std::optional<KnowledgeGraph> CityView(const KnowledgeGraph& graph, std::string_view name);

// The ego graph of the people matching `name`: their neighbours up to
// `radius` links away, not going on through articles (every node of an
// article is one link from it).
std::optional<KnowledgeGraph> PersonView(const KnowledgeGraph& graph, std::string_view name, int radius = 1);

// Who spoke at which event: people -> events by spoke_at only; the events
// carry their city, so the picture groups them by city.
std::optional<KnowledgeGraph> SpeakersView(const KnowledgeGraph& graph);

}  // namespace pejabat
