#include <gtest/gtest.h>

#include <algorithm>

#include "graph/queries/profile_query.h"
#include "query_fixture.h"

namespace pejabat {
namespace {

std::vector<std::string> Relations(const Profile& p) {
  std::vector<std::string> out;
  for (const auto& f : p.facts) out.push_back(f.relation + (f.role.empty() ? "" : ":" + f.role));
  return out;
}

const ProfileFact* FindFact(const Profile& p, const std::string& subject, const std::string& relation,
                            const std::string& object) {
  for (const auto& f : p.facts)
    if (f.subject == subject && f.relation == relation && f.object == object) return &f;
  return nullptr;
}

TEST(Profile, PersonHasEveryFactWithItsEvidence) {
  KnowledgeGraph g = testing::FixtureGraph();
  Profile p = BuildProfile(g, *g.Find("person/budi-santoso"));
  EXPECT_EQ(p.kind, "Person");
  EXPECT_EQ(p.name, "Budi Santoso");
  auto attr = [&](const std::string& name) {
    for (const auto& [n, v] : p.attributes)
      if (n == name) return v;
    return std::string();
  };
  EXPECT_EQ(attr("aliases"), "Ir. H. Budi Santoso, MM");
  EXPECT_EQ(attr("titles"), "H.; Ir.");
  EXPECT_EQ(Relations(p), (std::vector<std::string>{"holds", "spoke_at:opened", "spoke_at:remarks", "represented",
                                                     "said", "said", "mentioned_in", "mentioned_in"}));
  const ProfileFact& holds = p.facts[0];
  EXPECT_EQ(holds.subject, "Budi Santoso");
  EXPECT_EQ(holds.object, "Sekretaris Daerah Kota Alpha");
  EXPECT_EQ(holds.object_kind, "Post");
  EXPECT_EQ(holds.article, "a.txt");
  EXPECT_EQ(holds.evidence, "Sekretaris Daerah Kota Alpha Ir. H. Budi Santoso, MM");
  EXPECT_LT(holds.span_start, holds.span_end);
  const ProfileFact* said = FindFact(p, "Budi Santoso", "said", "Kita harus melayani,");
  ASSERT_NE(said, nullptr);  // a quote is shown by its full text
  EXPECT_EQ(said->evidence, "\"Kita harus melayani,\" kata Budi.");
}

TEST(Profile, OfficeListsItsPostsAndWhoHoldsThem) {
  KnowledgeGraph g = testing::FixtureGraph();
  Profile p = BuildProfile(g, *g.Find("org/dinas-contoh-kota-alpha"));
  EXPECT_NE(FindFact(p, "Kepala Dinas Contoh Kota Alpha", "post_in", "Dinas Contoh Kota Alpha"), nullptr);
  EXPECT_NE(FindFact(p, "Citra Dewi", "holds", "Kepala Dinas Contoh Kota Alpha"), nullptr);
  EXPECT_NE(FindFact(p, "Dinas Contoh Kota Alpha", "organized", "Pelatihan Tata Kelola"), nullptr);
  EXPECT_NE(FindFact(p, "Dinas Contoh Kota Alpha", "sub_organization_of", "Pemerintah Kota Alpha"), nullptr);
}

TEST(Profile, EventListsSpeakersAttendeesAndTheirPostsThere) {
  KnowledgeGraph g = testing::FixtureGraph();
  Profile p = BuildProfile(g, *g.Find("event/a.txt/1"));
  for (const char* speaker : {"Budi Santoso", "Citra Dewi", "Dodi Pratama", "Eka Putra"})
    EXPECT_NE(FindFact(p, speaker, "spoke_at", "Pelatihan Tata Kelola"), nullptr) << speaker;
  EXPECT_NE(FindFact(p, "Fajar", "attended", "Pelatihan Tata Kelola"), nullptr);
  EXPECT_NE(FindFact(p, "Budi Santoso", "represented", "Wali Kota Alpha"), nullptr);
  EXPECT_NE(FindFact(p, "Eka Putra", "holds", "Sekretaris Daerah Kota Beta"), nullptr);
  // Facts of other articles stay out of this event's profile (b.txt's holds of the same post).
  std::size_t eka_holds = std::count_if(p.facts.begin(), p.facts.end(), [](const ProfileFact& f) {
    return f.subject == "Eka Putra" && f.relation == "holds";
  });
  EXPECT_EQ(eka_holds, 1u);
}

}  // namespace
}  // namespace pejabat
