#include <gtest/gtest.h>

#include "graph/name_match.h"
#include "query_fixture.h"

namespace pejabat {
namespace {

std::vector<std::string> Names(const KnowledgeGraph& g, const std::vector<KnowledgeGraph::NodeId>& ids) {
  std::vector<std::string> out;
  for (auto id : ids) out.push_back(g.Node(id).name);
  return out;
}

TEST(NameMatch, WordsAreCaseFoldedAndSplitOnPunctuation) {
  EXPECT_EQ(MatchWords("Ir. H. Budi Santoso, M.Si"), (std::vector<std::string>{"ir", "h", "budi", "santoso", "m", "si"}));
  EXPECT_EQ(MatchWords("Kemenpan-RB"), (std::vector<std::string>{"kemenpan", "rb"}));
  EXPECT_EQ(FoldWords("  Kota   PADANG "), "kota padang");
  EXPECT_EQ(FoldWords("Ça va"), "Ça va");  // non-ASCII letters are kept as written
}

TEST(NameMatch, FindsPeopleByNameAliasOrPost) {
  KnowledgeGraph g = testing::FixtureGraph();
  EXPECT_EQ(Names(g, FindByName(g, NodeKind::Person, {"budi santoso"})), std::vector<std::string>{"Budi Santoso"});
  EXPECT_EQ(Names(g, FindByName(g, NodeKind::Person, {"BUDI"})), std::vector<std::string>{"Budi Santoso"});
  // The written form with titles and degrees is an alias.
  EXPECT_EQ(Names(g, FindByName(g, NodeKind::Person, {"Ir. H. Budi Santoso, MM"})),
            std::vector<std::string>{"Budi Santoso"});
  // By post: the words of a post the person holds.
  EXPECT_EQ(Names(g, FindByName(g, NodeKind::Person, {"sekretaris daerah beta"})),
            std::vector<std::string>{"Eka Putra"});
  EXPECT_EQ(Names(g, FindByName(g, NodeKind::Person, {"Sekretaris Daerah"})),
            (std::vector<std::string>{"Budi Santoso", "Eka Putra"}));
  EXPECT_TRUE(FindByName(g, NodeKind::Person, {"Zorro"}).empty());
  EXPECT_TRUE(FindByName(g, NodeKind::Person, {"", " . "}).empty());
}

TEST(NameMatch, TheBestMatchAmongTheQueriesWins) {
  KnowledgeGraph g = testing::FixtureGraph();
  // "Budi Santoso" names one person exactly; "kota alpha" only in context (several people).
  EXPECT_EQ(Names(g, FindByName(g, NodeKind::Person, {"kota alpha", "Budi Santoso"})),
            std::vector<std::string>{"Budi Santoso"});
  EXPECT_EQ(MatchNode(g, *g.Find("person/budi-santoso"), "budi santoso"), NameMatch::ExactName);
  EXPECT_EQ(MatchNode(g, *g.Find("person/budi-santoso"), "ir h budi santoso mm"), NameMatch::ExactAlias);
  EXPECT_EQ(MatchNode(g, *g.Find("person/budi-santoso"), "santoso"), NameMatch::WordsInName);
  EXPECT_EQ(MatchNode(g, *g.Find("person/budi-santoso"), "santoso mm"), NameMatch::WordsInAlias);
  EXPECT_EQ(MatchNode(g, *g.Find("person/budi-santoso"), "santoso sekretaris alpha"), NameMatch::WordsInContext);
  EXPECT_EQ(MatchNode(g, *g.Find("person/budi-santoso"), "santoso beta"), NameMatch::None);
}

TEST(NameMatch, FindsOfficesAndEvents) {
  KnowledgeGraph g = testing::FixtureGraph();
  EXPECT_EQ(Names(g, FindByName(g, NodeKind::Organization, {"kemencon"})),
            std::vector<std::string>{"Kementerian Contoh"});
  // An office by the post in it.
  EXPECT_EQ(Names(g, FindByName(g, NodeKind::Organization, {"sekretaris daerah kota alpha"})),
            std::vector<std::string>{"Sekretariat Daerah Kota Alpha"});
  EXPECT_EQ(Names(g, FindByName(g, NodeKind::Event, {"sosialisasi"})), std::vector<std::string>{"Sosialisasi Layanan"});
  EXPECT_EQ(Names(g, FindByName(g, NodeKind::Event, {"training alpha"})),
            std::vector<std::string>{"Pelatihan Tata Kelola"});
}

}  // namespace
}  // namespace pejabat
