// The focused views (graph/views.h) that `pejabat render` draws.
#include <gtest/gtest.h>

#include "graph/subgraph.h"
#include "graph/views.h"
#include "hostile_graph.h"

namespace pejabat {
namespace {

bool Has(const KnowledgeGraph& g, const char* key) { return g.Find(key).has_value(); }

TEST(Views, InducedSubgraphKeepsParallelEdgesAndOrder) {
  KnowledgeGraph graph = testing_graph::MakeHostileGraph();
  auto budi = *graph.Find("person/budi"), event = *graph.Find("event/rapat-uji");
  KnowledgeGraph sub = SubgraphBuilder::Induced(graph, {event, budi, budi});
  ASSERT_EQ(sub.NodeCount(), 2u);
  EXPECT_EQ(sub.Node(0).key, "event/rapat-uji");  // key order, whatever the request order
  EXPECT_EQ(sub.EdgeCount(), 2u);                 // spoke_at from two articles
  for (std::size_t e = 0; e < sub.EdgeCount(); ++e) EXPECT_EQ(sub.OutEdges(sub.Source(e)).at(e), e);
}

TEST(Views, EventViewHasItsPeoplePostsAndQuotes) {
  KnowledgeGraph graph = testing_graph::MakeHostileGraph();
  auto view = EventView(graph, "RAPAT <a>");
  ASSERT_TRUE(view);
  for (const char* key : {"event/rapat-uji", "person/budi", "person/siti", "post/wali-kota-uji", "org/pemkot-uji",
                          "quote/b.txt/1"})
    EXPECT_TRUE(Has(*view, key)) << key;
  EXPECT_FALSE(EventView(graph, "no such event"));
}

TEST(Views, PersonViewDoesNotGoOnThroughArticles) {
  KnowledgeGraph graph = testing_graph::MakeHostileGraph();
  auto view = PersonView(graph, "siti", 2);
  ASSERT_TRUE(view);
  EXPECT_TRUE(Has(*view, "post/wali-kota-uji"));
  EXPECT_TRUE(Has(*view, "article/b.txt"));
  // Reached only through an article (mentioned_in), two links away.
  EXPECT_FALSE(Has(*view, "quote/b.txt/1"));
  EXPECT_FALSE(PersonView(graph, "nobody"));
}

TEST(Views, SpeakersViewHasOnlySpokeAt) {
  KnowledgeGraph graph = testing_graph::MakeHostileGraph();
  auto view = SpeakersView(graph);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->NodeCount(), 2u);
  for (std::size_t e = 0; e < view->EdgeCount(); ++e) EXPECT_EQ(view->Edge(e).relation, Relation::SpokeAt);
}

TEST(Views, CityViewMatchesTheArticlesCity) {
  KnowledgeGraph graph = testing_graph::MakeHostileGraph();
  auto view = CityView(graph, "kota \"uji\"");
  ASSERT_TRUE(view);
  EXPECT_TRUE(Has(*view, "article/a <&>\"'\\.txt"));
  EXPECT_TRUE(Has(*view, "person/budi"));
  EXPECT_FALSE(CityView(graph, "Atlantis"));
}

}  // namespace
}  // namespace pejabat
