#include <gtest/gtest.h>

#include "graph/queries/speakers_query.h"
#include "query_fixture.h"

namespace pejabat {
namespace {

std::vector<std::string> Speakers(const std::vector<SpeakerRow>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows) out.push_back(r.event + "/" + r.speaker);
  return out;
}

TEST(QuerySpeakers, OneRowPerEventAndSpeakerInDateAndMentionOrder) {
  KnowledgeGraph g = testing::FixtureGraph();
  auto rows = QuerySpeakers(g, {});
  // The dated event first; the one with no year after it. Attendees are not speakers.
  EXPECT_EQ(Speakers(rows), (std::vector<std::string>{
                                "Pelatihan Tata Kelola/Budi Santoso", "Pelatihan Tata Kelola/Citra Dewi",
                                "Pelatihan Tata Kelola/Dodi Pratama", "Pelatihan Tata Kelola/Eka Putra",
                                "Sosialisasi Layanan/Eka Putra", "Sosialisasi Layanan/Budi Santoso"}));
}

TEST(QuerySpeakers, RowCarriesPostOfficeRoleOnBehalfOfAndQuotes) {
  KnowledgeGraph g = testing::FixtureGraph();
  auto rows = QuerySpeakers(g, {});
  ASSERT_EQ(rows.size(), 6u);
  const SpeakerRow& opened = rows[0];
  EXPECT_EQ(opened.date, "2020-03-05");
  EXPECT_EQ(opened.type, "training");
  EXPECT_EQ(opened.venue, "Hotel Satu");
  EXPECT_EQ(opened.city, "Alpha");
  EXPECT_EQ(opened.post, "Sekretaris Daerah Kota Alpha");
  EXPECT_EQ(opened.office, "Sekretariat Daerah Kota Alpha");
  EXPECT_EQ(opened.role, "opened");
  EXPECT_EQ(opened.on_behalf_of, "Wali Kota Alpha");
  EXPECT_EQ(opened.quotes, 2u);
  EXPECT_EQ(opened.article, "a.txt");
  EXPECT_EQ(opened.evidence, "Pelatihan dibuka Sekretaris Daerah");

  EXPECT_EQ(rows[1].role, "report");
  EXPECT_EQ(rows[1].quotes, 1u);
  EXPECT_EQ(rows[1].office, "Dinas Contoh Kota Alpha");
  EXPECT_EQ(rows[2].office, "Kementerian Contoh");
  EXPECT_EQ(rows[2].quotes, 0u);
}

TEST(QuerySpeakers, QuotesAndRepresentationCountOnlyInTheEventsArticle) {
  KnowledgeGraph g = testing::FixtureGraph();
  auto rows = QuerySpeakers(g, {});
  const SpeakerRow& later = rows[5];  // the Sekda of Alpha at the Beta event
  EXPECT_EQ(later.speaker, "Budi Santoso");
  EXPECT_EQ(later.quotes, 0u);
  EXPECT_EQ(later.on_behalf_of, "");
  EXPECT_EQ(later.role, "remarks");
  EXPECT_EQ(later.date, "--07-01");
  // No post is stated in b.txt: the one from a.txt still says who he is.
  EXPECT_EQ(later.post, "Sekretaris Daerah Kota Alpha");
  EXPECT_EQ(later.article, "b.txt");
}

TEST(QuerySpeakers, FiltersByCityTypeDateAndSpeaker) {
  KnowledgeGraph g = testing::FixtureGraph();
  SpeakerFilter city;
  city.city = "alpha";
  EXPECT_EQ(QuerySpeakers(g, city).size(), 4u);
  city.city = "Beta";
  city.city_place = "kota beta";  // the city's Place, when the user named it
  EXPECT_EQ(QuerySpeakers(g, city).size(), 2u);
  city.city_place = "Kabupaten Beta";
  EXPECT_TRUE(QuerySpeakers(g, city).empty());
  city.city_place = "";
  city.city = "Gamma";
  EXPECT_TRUE(QuerySpeakers(g, city).empty());

  SpeakerFilter type;
  type.type = "Socialization";
  EXPECT_EQ(Speakers(QuerySpeakers(g, type)),
            (std::vector<std::string>{"Sosialisasi Layanan/Eka Putra", "Sosialisasi Layanan/Budi Santoso"}));

  SpeakerFilter dates;
  dates.since = "2020";  // the event with no year cannot be placed in time
  EXPECT_EQ(QuerySpeakers(g, dates).size(), 4u);
  dates.since = "2020-03-06";
  EXPECT_TRUE(QuerySpeakers(g, dates).empty());
  dates.since = "";
  dates.until = "2020-03";
  EXPECT_EQ(QuerySpeakers(g, dates).size(), 4u);
  dates.until = "2020-02-29";
  EXPECT_TRUE(QuerySpeakers(g, dates).empty());

  SpeakerFilter person;
  person.speakers = std::vector<KnowledgeGraph::NodeId>{*g.Find("person/eka-putra")};
  EXPECT_EQ(Speakers(QuerySpeakers(g, person)),
            (std::vector<std::string>{"Pelatihan Tata Kelola/Eka Putra", "Sosialisasi Layanan/Eka Putra"}));
}

}  // namespace
}  // namespace pejabat
