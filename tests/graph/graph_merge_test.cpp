// GraphBuilder's merging of edges: one edge per (from, to, relation, article),
// structural relations (post_in, sub_organization_of, located_in) one per
// (from, to, relation) over all articles, the first evidence kept; an article
// whose source was seen before is the same article. The tables behind this
// grow as the graph does, so the cases run past their first size too.
#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <vector>

#include "graph/graph_builder.h"
#include "query_fixture.h"

namespace pejabat {
namespace {

// Edges of `relation`, as (source key, target key, article, role, evidence).
struct EdgeSeen {
  std::string from, to, article, role, evidence;
};
std::vector<EdgeSeen> EdgesOf(const KnowledgeGraph& g, Relation relation) {
  std::vector<EdgeSeen> out;
  for (std::size_t e = 0; e < g.EdgeCount(); ++e) {
    const EdgeData& d = g.Edge(e);
    if (d.relation != relation) continue;
    out.push_back({std::string(g.Node(g.Source(e)).key.view()), std::string(g.Node(g.Target(e)).key.view()),
                   std::string(d.provenance.article.view()), std::string(d.role.view()),
                   std::string(d.provenance.evidence.view())});
  }
  return out;
}

// An article in which the Bagian Umum is part of the Sekretariat Daerah and
// Budi holds its head's post; `words` leads its text, so articles differ.
testing::FactsMaker BagianArticle(const std::string& source, const std::string& words) {
  testing::FactsMaker a(source, "Alpha",
                        words + " Kepala Bagian Umum Budi Santoso hadir. Bagian Umum Sekretariat Daerah Kota Alpha.");
  auto setda = a.Org("org/setda-alpha", "Sekretariat Daerah Kota Alpha", "secretariat", {}, {});
  auto bagian = a.Org("org/bagian-umum-alpha", "Bagian Umum", "division", setda.index, {});
  auto post = a.Post("post/kabag-umum-alpha", "Kepala Bagian Umum", "Kepala Bagian", bagian.index);
  auto budi = a.Person("person/budi-santoso", "Budi Santoso", "Budi Santoso");
  a.Link(FactRelation::Holds, budi, post, "Kepala Bagian Umum Budi Santoso hadir.");
  return a;
}

TEST(GraphMerge, AStructuralEdgeIsOnePerEndsAndRelationAndKeepsTheFirstEvidence) {
  GraphBuilder builder;
  builder.Add(BagianArticle("a.txt", "Pertama.").facts);
  builder.Add(BagianArticle("b.txt", "Kedua.").facts);
  KnowledgeGraph g = builder.Build();

  const auto sub = EdgesOf(g, Relation::SubOrganizationOf);
  ASSERT_EQ(sub.size(), 1u);
  EXPECT_EQ(sub[0].from, "org/bagian-umum-alpha");
  EXPECT_EQ(sub[0].to, "org/setda-alpha");
  EXPECT_EQ(sub[0].article, "a.txt");
  EXPECT_EQ(EdgesOf(g, Relation::PostIn).size(), 1u);
  // Holding a post is said by each article: one edge each.
  const auto holds = EdgesOf(g, Relation::Holds);
  ASSERT_EQ(holds.size(), 2u);
  EXPECT_EQ(holds[0].article, "a.txt");
  EXPECT_EQ(holds[1].article, "b.txt");
}

TEST(GraphMerge, AFactRepeatedInOneArticleIsOneEdgeAndALaterRoleFillsAnEmptyOne) {
  testing::FactsMaker a("a.txt", "Alpha", "Rapat digelar. Budi membuka rapat. Budi berbicara di rapat.");
  auto budi = a.Person("person/budi", "Budi", "Budi");
  auto rapat = a.Event("event/a.txt/1", "Rapat", "meeting", "2020-03-05", "", "Alpha", {});
  a.Link(FactRelation::SpokeAt, budi, rapat, "Budi berbicara di rapat.");
  a.Link(FactRelation::SpokeAt, budi, rapat, "Budi membuka rapat.", "opened");
  a.Link(FactRelation::SpokeAt, budi, rapat, "Budi berbicara di rapat.", "remarks");  // the role is set: kept
  GraphBuilder builder;
  builder.Add(a.facts);
  KnowledgeGraph g = builder.Build();

  const auto spoke = EdgesOf(g, Relation::SpokeAt);
  ASSERT_EQ(spoke.size(), 1u);
  EXPECT_EQ(spoke[0].role, "opened");
  EXPECT_EQ(spoke[0].evidence, "Budi berbicara di rapat.");  // the first evidence
}

TEST(GraphMerge, ASourceSeenAgainIsTheSameArticle) {
  // The same source three times (the same file name in two folders, a
  // repeated JSON Lines id), with other articles between, enough of them for
  // the table of articles to grow past its first size in between.
  GraphBuilder builder;
  builder.Add(BagianArticle("same.txt", "Pertama.").facts);
  for (int i = 0; i < 1500; ++i) builder.Add(BagianArticle("other-" + std::to_string(i) + ".txt", "Lain.").facts);
  builder.Add(BagianArticle("same.txt", "Kedua.").facts);
  testing::FactsMaker third("same.txt", "Alpha", "Ketiga. Citra hadir sebagai Kepala Bagian Umum di Bagian Umum.");
  auto citra = third.Person("person/citra", "Citra", "Citra");
  auto post = third.Post("post/kabag-umum-alpha", "Kepala Bagian Umum", "Kepala Bagian", 0);
  third.Org("org/bagian-umum-alpha", "Bagian Umum", "division", {}, {});
  third.Link(FactRelation::Holds, citra, post, "Citra hadir sebagai Kepala Bagian Umum");
  builder.Add(third.facts);
  KnowledgeGraph g = builder.Build();

  std::size_t same_holds = 0, same_articles = 0;
  for (const EdgeSeen& e : EdgesOf(g, Relation::Holds)) same_holds += e.article == "same.txt";
  for (std::size_t v = 0; v < g.NodeCount(); ++v) same_articles += g.Node(v).key.view() == "article/same.txt";
  EXPECT_EQ(same_articles, 1u);
  // Budi's post from the first two (one edge, the first evidence), Citra's from the third.
  EXPECT_EQ(same_holds, 2u);
  EXPECT_EQ(EdgesOf(g, Relation::Holds).size(), 1500u + 2u);
  EXPECT_EQ(EdgesOf(g, Relation::MentionedIn).size(), 1501u * 4u + 1u);  // same.txt mentions Citra too
}

TEST(GraphMerge, ManyStructuralEdgesSurviveTheirTableGrowing) {
  // 3,000 divisions, each part of one of 7 secretariats, stated by two
  // articles: the table over structural edges grows several times in the
  // first, and the second finds every edge again. A third article puts each
  // division under the next secretariat: new edges from the same divisions.
  constexpr int kDivisions = 3000;
  GraphBuilder builder;
  for (const std::string source : {"a.txt", "b.txt", "c.txt"}) {
    testing::FactsMaker a(source, "Alpha", "Bagian dan Sekretariat hadir.");
    for (int s = 0; s < 7; ++s) a.Org("org/setda-" + std::to_string(s), "Sekretariat", "secretariat", {}, {});
    const int shift = source == "c.txt" ? 1 : 0;
    for (int d = 0; d < kDivisions; ++d)
      a.Org("org/bagian-" + std::to_string(d), "Bagian", "division", static_cast<uint32_t>((d + shift) % 7), {});
    builder.Add(a.facts);
  }
  KnowledgeGraph g = builder.Build();

  const auto sub = EdgesOf(g, Relation::SubOrganizationOf);
  ASSERT_EQ(sub.size(), 2u * kDivisions);
  for (const EdgeSeen& e : sub) {
    const int d = std::stoi(e.from.substr(std::string("org/bagian-").size()));
    if (e.article == "a.txt") EXPECT_EQ(e.to, "org/setda-" + std::to_string(d % 7));
    else if (e.article == "c.txt") EXPECT_EQ(e.to, "org/setda-" + std::to_string((d + 1) % 7));
    else ADD_FAILURE() << e.from << " -> " << e.to << " from " << e.article;
  }
}

}  // namespace
}  // namespace pejabat
