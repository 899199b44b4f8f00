#include <gtest/gtest.h>

#include "graph/queries/compare_query.h"
#include "query_fixture.h"

namespace pejabat {
namespace {

const RegionComparison& Row(const std::vector<RegionComparison>& rows, const std::string& region) {
  for (const auto& r : rows)
    if (r.region == region) return r;
  ADD_FAILURE() << "no row for " << region;
  static RegionComparison none;
  return none;
}

TEST(CompareRegions, OneRowPerArticleCityInNameOrder) {
  auto rows = CompareRegions(testing::FixtureGraph(), CompareBy::City);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].region, "(unknown)");
  EXPECT_EQ(rows[1].region, "Alpha");
  EXPECT_EQ(rows[2].region, "Beta");
  EXPECT_EQ(rows[0].articles, 1u);
  EXPECT_EQ(rows[0].events, 0u);
  EXPECT_FALSE(rows[0].participants.has_value());
}

TEST(CompareRegions, CountsWhatTheCitysArticlesReport) {
  auto rows = CompareRegions(testing::FixtureGraph(), CompareBy::City);
  const RegionComparison& alpha = Row(rows, "Alpha");
  EXPECT_EQ(alpha.articles, 1u);
  EXPECT_EQ(alpha.events, 1u);
  EXPECT_EQ(alpha.events_by_type, (std::vector<std::pair<std::string, std::size_t>>{{"training", 1}}));
  EXPECT_EQ(alpha.officials, 5u);  // four speakers and one attendee
  EXPECT_EQ(alpha.posts, 5u);
  EXPECT_EQ(alpha.offices, 5u);
  EXPECT_EQ(alpha.national_agencies, std::vector<std::string>{"Kementerian Contoh"});
  EXPECT_EQ(alpha.speakers, 4u);
  // The ministry's resource person and the Sekda of Beta came from outside Alpha.
  EXPECT_EQ(alpha.outside_speakers, 2u);
  EXPECT_EQ(alpha.participants, 30);
  EXPECT_EQ(alpha.quotes, 3u);
  ASSERT_EQ(alpha.indicators.size(), 1u);
  EXPECT_EQ(alpha.indicators[0].indicator, "IKM");
  EXPECT_EQ(alpha.indicators[0].value, "80,5");
  EXPECT_EQ(alpha.indicators[0].category, "B");
  EXPECT_EQ(alpha.indicators[0].year, "2019");

  const RegionComparison& beta = Row(rows, "Beta");
  EXPECT_EQ(beta.events_by_type, (std::vector<std::pair<std::string, std::size_t>>{{"socialization", 1}}));
  EXPECT_EQ(beta.officials, 2u);
  EXPECT_EQ(beta.posts, 1u);
  EXPECT_EQ(beta.offices, 1u);
  EXPECT_TRUE(beta.national_agencies.empty());
  EXPECT_EQ(beta.speakers, 2u);
  EXPECT_EQ(beta.outside_speakers, 1u);  // the Sekda of Alpha; the Sekda of Beta is at home
  EXPECT_FALSE(beta.participants.has_value());
  EXPECT_TRUE(beta.indicators.empty());
}

TEST(CompareRegions, ByProvinceFollowsLocatedIn) {
  auto rows = CompareRegions(testing::FixtureGraph(), CompareBy::Province);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].region, "(unknown)");
  const RegionComparison& zeta = rows[1];
  EXPECT_EQ(zeta.region, "Provinsi Zeta");
  EXPECT_EQ(zeta.articles, 2u);
  EXPECT_EQ(zeta.events, 2u);
  EXPECT_EQ(zeta.officials, 5u);
  EXPECT_EQ(zeta.speakers, 4u);
  EXPECT_EQ(zeta.outside_speakers, 3u);
  EXPECT_EQ(zeta.participants, 30);
}

}  // namespace
}  // namespace pejabat

namespace pejabat {
namespace {

// Both articles say "Delta"; one is about the city, the other about the regency
// and names the city too. They must not be counted as one place.
TEST(CompareRegions, KotaAndKabupatenOfTheSameNameStayApart) {
  using testing::FactsMaker;
  FactsMaker kota("kota.txt", "Delta", "Rapat di Kota Delta dipimpin Wali Kota Delta.");
  auto kota_place = kota.Place("place/95.71", "Kota Delta", "city");
  auto rapat = kota.Event("event/kota.txt/1", "Rapat", "meeting", "2021-01-04", "", "Delta", {});
  kota.Link(FactRelation::LocatedIn, rapat, kota_place, "Rapat di Kota Delta");
  FactsMaker kab("kab.txt", "Delta", "Apel di Kabupaten Delta, dekat Kota Delta, diikuti 12 peserta.");
  auto kab_place = kab.Place("place/95.01", "Kabupaten Delta", "regency");
  kab.Place("place/95.71", "Kota Delta", "city");
  auto apel = kab.Event("event/kab.txt/1", "Apel", "ceremony", "2021-01-05", "", "Delta", 12);
  kab.Link(FactRelation::LocatedIn, apel, kab_place, "Apel di Kabupaten Delta");
  GraphBuilder builder;
  builder.Add(kota.facts);
  builder.Add(kab.facts);
  auto rows = CompareRegions(builder.Build(), CompareBy::City);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].region, "Kabupaten Delta");
  EXPECT_EQ(rows[0].events_by_type, (std::vector<std::pair<std::string, std::size_t>>{{"ceremony", 1}}));
  EXPECT_EQ(rows[0].participants, 12);
  EXPECT_EQ(rows[1].region, "Kota Delta");
  EXPECT_EQ(rows[1].events_by_type, (std::vector<std::pair<std::string, std::size_t>>{{"meeting", 1}}));
}

}  // namespace
}  // namespace pejabat
