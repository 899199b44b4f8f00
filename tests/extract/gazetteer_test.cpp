#include "extract/recognize/gazetteer.h"

#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/lexicon_table.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

const Gazetteer& Real() {
  static const Gazetteer gazetteer = Gazetteer::Load(std::string(PEJABAT_LEXICON_DIR) + "/regions.tsv");
  return gazetteer;
}

std::vector<std::string> Codes(const std::vector<const Region*>& found) {
  std::vector<std::string> out;
  for (const Region* r : found) out.push_back(r->code);
  return out;
}

// ---- The real file ----

TEST(GazetteerFile, LoadsWithExpectedCounts) {
  const Gazetteer& g = Real();
  std::size_t provinces = 0, cities = 0, regencies = 0;
  for (const Region& r : g.regions()) {
    if (r.level == RegionLevel::Province) ++provinces;
    if (r.level == RegionLevel::City) ++cities;
    if (r.level == RegionLevel::Regency) ++regencies;
  }
  EXPECT_EQ(provinces, 38u);
  EXPECT_GE(cities + regencies, 500u);
  EXPECT_GE(cities, 90u);
  EXPECT_GE(regencies, 400u);
  EXPECT_EQ(g.size(), provinces + cities + regencies);
}

TEST(GazetteerFile, EveryRegionHasItsProvince) {
  const Gazetteer& g = Real();
  std::set<std::string> provinces_with_members;
  for (const Region& r : g.regions()) {
    const Region* province = g.Province(r);
    if (r.level == RegionLevel::Province) {
      EXPECT_EQ(province, nullptr) << r.code;
      continue;
    }
    ASSERT_NE(province, nullptr) << r.code;
    EXPECT_EQ(province->level, RegionLevel::Province);
    EXPECT_EQ(r.code.substr(0, 2), province->code);
    provinces_with_members.insert(province->code);
  }
  EXPECT_EQ(provinces_with_members.size(), 38u);  // no province is empty
}

TEST(GazetteerFile, ByCodeAndDisplayName) {
  const Gazetteer& g = Real();
  const Region* padang = g.ByCode("13.71");
  ASSERT_NE(padang, nullptr);
  EXPECT_EQ(padang->name, "Padang");
  EXPECT_EQ(padang->level, RegionLevel::City);
  EXPECT_EQ(padang->DisplayName(), "Kota Padang");
  const Region* lpk = g.ByCode("13.07");
  ASSERT_NE(lpk, nullptr);
  EXPECT_EQ(lpk->DisplayName(), "Kabupaten Lima Puluh Kota");
  const Region* sumbar = g.ByCode("13");
  ASSERT_NE(sumbar, nullptr);
  EXPECT_EQ(sumbar->DisplayName(), "Provinsi Sumatera Barat");
  EXPECT_EQ(g.Province(*lpk), sumbar);
  EXPECT_EQ(g.ByCode("99.99"), nullptr);
  EXPECT_EQ(g.ByCode(""), nullptr);
}

TEST(GazetteerFile, WellKnownCodes) {
  const Gazetteer& g = Real();
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"13.76", "Payakumbuh"}, {"12.71", "Medan"},    {"15.07", "Tanjung Jabung Timur"},
      {"33.72", "Surakarta"},  {"35.73", "Malang"},   {"35.07", "Malang"},
      {"32.71", "Bogor"},      {"32.01", "Bogor"},    {"16.03", "Muara Enim"},
      {"31", "DKI Jakarta"},   {"34", "Daerah Istimewa Yogyakarta"}, {"35.78", "Surabaya"},
  };
  for (const auto& [code, name] : expected) {
    const Region* r = g.ByCode(code);
    ASSERT_NE(r, nullptr) << code;
    EXPECT_EQ(r->name, name) << code;
  }
}

TEST(GazetteerFile, SameNameKotaBeforeKabupaten) {
  const Gazetteer& g = Real();
  for (const char* name : {"Bogor", "Malang", "Bekasi", "Solok", "Kupang", "Sorong", "Jayapura", "Bima", "Tasik"}) {
    auto found = g.FindByName(name);
    ASSERT_EQ(found.size(), 2u) << name;
    EXPECT_EQ(found[0]->level, RegionLevel::City) << name;
    EXPECT_EQ(found[1]->level, RegionLevel::Regency) << name;
    EXPECT_EQ(found[0]->province_code, found[1]->province_code) << name;
  }
}

TEST(GazetteerFile, FoldsCaseSpacesAndHyphens) {
  const Gazetteer& g = Real();
  EXPECT_EQ(Codes(g.FindByName("lima  puluh kota")), std::vector<std::string>{"13.07"});
  EXPECT_EQ(Codes(g.FindByName("  LIMA PULUH KOTA ")), std::vector<std::string>{"13.07"});
  EXPECT_EQ(Codes(g.FindByName("Lima-Puluh Kota")), std::vector<std::string>{"13.07"});
  EXPECT_EQ(Codes(g.FindByName("toli toli")), Codes(g.FindByName("Toli-Toli")));
  EXPECT_EQ(Codes(g.FindByName("Tojo Una Una")), std::vector<std::string>{"72.09"});
}

TEST(GazetteerFile, FindPrefersOfficialNameOverAlias) {
  const Gazetteer& g = Real();
  // "Yogyakarta" is the kota's name and an alias of the province.
  const Region* kota = g.Find("Yogyakarta", RegionLevel::City);
  ASSERT_NE(kota, nullptr);
  EXPECT_EQ(kota->code, "34.71");
  const Region* province = g.Find("Yogyakarta", RegionLevel::Province);
  ASSERT_NE(province, nullptr);
  EXPECT_EQ(province->code, "34");
  EXPECT_EQ(g.Find("Payakumbuh", RegionLevel::Regency), nullptr);
}

TEST(GazetteerFile, MaxNameWords) {
  // "Daerah Khusus Ibu Kota Jakarta"
  EXPECT_EQ(Real().MaxNameWords(), 5u);
}

TEST(GazetteerFile, AliasesAreUniqueAndNamesHaveNoPrefix) {
  for (const Region& r : Real().regions()) {
    std::set<std::string> seen{Gazetteer::FoldName(r.name)};
    for (const auto& alias : r.aliases) EXPECT_TRUE(seen.insert(Gazetteer::FoldName(alias)).second) << r.code << " " << alias;
    for (const char* prefix : {"kota ", "kabupaten ", "provinsi ", "kab. "}) {
      EXPECT_NE(FoldCase(r.name).rfind(prefix, 0), 0u) << r.code << " " << r.name;
    }
  }
}

// ---- Lookup table ----

struct LookupCase {
  std::string written;
  std::optional<RegionLevel> level;  // Find(written, level); nullopt: FindByName only
  std::vector<std::string> codes;    // expected FindByName (or Find) codes; empty: no match
};

void PrintTo(const LookupCase& c, std::ostream* os) { *os << '"' << c.written << '"'; }

class GazetteerLookup : public testing::TestWithParam<LookupCase> {};

TEST_P(GazetteerLookup, Finds) {
  const LookupCase& c = GetParam();
  const Gazetteer& g = Real();
  if (c.level) {
    const Region* r = g.Find(c.written, *c.level);
    if (c.codes.empty()) {
      EXPECT_EQ(r, nullptr);
    } else {
      ASSERT_NE(r, nullptr);
      EXPECT_EQ(r->code, c.codes.front());
      EXPECT_EQ(r->level, *c.level);
    }
  } else {
    EXPECT_EQ(Codes(g.FindByName(c.written)), c.codes);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, GazetteerLookup,
    testing::Values(
        // positives
        LookupCase{"Payakumbuh", RegionLevel::City, {"13.76"}},
        LookupCase{"Payakumbuh", std::nullopt, {"13.76"}},
        LookupCase{"Limapuluh Kota", RegionLevel::Regency, {"13.07"}},
        LookupCase{"50 Kota", std::nullopt, {"13.07"}},
        LookupCase{"Lima Puluh Kota", RegionLevel::Regency, {"13.07"}},
        LookupCase{"Tanjab Timur", RegionLevel::Regency, {"15.07"}},
        LookupCase{"Tanjabtim", std::nullopt, {"15.07"}},
        LookupCase{"Tanjung Jabung Timur", std::nullopt, {"15.07"}},
        LookupCase{"Solo", std::nullopt, {"33.72"}},
        LookupCase{"Solo", RegionLevel::City, {"33.72"}},
        LookupCase{"Sumbar", RegionLevel::Province, {"13"}},
        LookupCase{"sumbar", std::nullopt, {"13"}},
        LookupCase{"Sumatera Barat", std::nullopt, {"13"}},
        LookupCase{"Bogor", std::nullopt, {"32.71", "32.01"}},
        LookupCase{"Bogor", RegionLevel::City, {"32.71"}},
        LookupCase{"Bogor", RegionLevel::Regency, {"32.01"}},
        LookupCase{"Malang", std::nullopt, {"35.73", "35.07"}},
        LookupCase{"Medan", RegionLevel::City, {"12.71"}},
        LookupCase{"Muaraenim", RegionLevel::Regency, {"16.03"}},
        LookupCase{"Muara Enim", RegionLevel::Regency, {"16.03"}},
        LookupCase{"Pangkep", RegionLevel::Regency, {"73.10"}},
        LookupCase{"Kukar", RegionLevel::Regency, {"64.02"}},
        LookupCase{"HSS", RegionLevel::Regency, {"63.06"}},
        LookupCase{"Batubara", std::nullopt, {"12.19"}},
        LookupCase{"Batu Bara", std::nullopt, {"12.19"}},
        LookupCase{"DKI Jakarta", RegionLevel::Province, {"31"}},
        LookupCase{"Jakarta Selatan", RegionLevel::City, {"31.71"}},
        LookupCase{"DIY", RegionLevel::Province, {"34"}},
        LookupCase{"Tangsel", RegionLevel::City, {"36.74"}},
        // negatives
        LookupCase{"Hotel Grand Kanaya", std::nullopt, {}},
        LookupCase{"Senin", std::nullopt, {}},
        LookupCase{"", std::nullopt, {}},
        LookupCase{"   ", std::nullopt, {}},
        LookupCase{"Kota Padang", std::nullopt, {}},  // the prefix is not part of the name
        LookupCase{"Payakumbuh", RegionLevel::Province, {}},
        LookupCase{"Sumbar", RegionLevel::City, {}},
        LookupCase{"Lima", std::nullopt, {}}));

// ---- Validation ----

const std::string kHeader = "code\tlevel\tname\tprovince\taliases\n";

// Parses `content` named "test.tsv"; expects a LexiconError naming `line`.
void ExpectFailsAt(const std::string& content, int line, const std::string& reason_part = "") {
  try {
    Gazetteer::Parse(content, "test.tsv");
    ADD_FAILURE() << "no LexiconError for:\n" << content;
  } catch (const LexiconError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find("test.tsv:" + std::to_string(line)), std::string::npos) << message;
    if (!reason_part.empty()) {
      EXPECT_NE(message.find(reason_part), std::string::npos) << message;
    }
  }
}

TEST(GazetteerValidation, AcceptsSmallFile) {
  Gazetteer g = Gazetteer::Parse("# comment\n" + kHeader +
                                     "13\tprovince\tSumatera Barat\t\tSumbar\n"
                                     "13.71\tcity\tPadang\t13\t\n"
                                     "13.07\tregency\tLima Puluh Kota\t13\tLimapuluh Kota|50 Kota\n",
                                 "test.tsv");
  EXPECT_EQ(g.size(), 3u);
  EXPECT_EQ(g.MaxNameWords(), 3u);
  ASSERT_NE(g.Find("50 kota", RegionLevel::Regency), nullptr);
  EXPECT_EQ(g.Find("50 kota", RegionLevel::Regency)->aliases.size(), 2u);
}

TEST(GazetteerValidation, ProvinceMayFollowItsMembers) {
  Gazetteer g = Gazetteer::Parse(kHeader +
                                     "13.71\tcity\tPadang\t13\t\n"
                                     "13\tprovince\tSumatera Barat\t\t\n",
                                 "test.tsv");
  ASSERT_NE(g.ByCode("13.71"), nullptr);
  EXPECT_EQ(g.Province(*g.ByCode("13.71")), g.ByCode("13"));
}

TEST(GazetteerValidation, DuplicateCode) {
  ExpectFailsAt(kHeader +
                    "13\tprovince\tSumatera Barat\t\t\n"
                    "13.71\tcity\tPadang\t13\t\n"
                    "13.71\tcity\tPariaman\t13\t\n",
                4, "duplicate code");
}

TEST(GazetteerValidation, DuplicateLevelAndName) {
  ExpectFailsAt(kHeader +
                    "13\tprovince\tSumatera Barat\t\t\n"
                    "13.71\tcity\tPadang\t13\t\n"
                    "13.77\tcity\tpadang\t13\t\n",
                4);
}

TEST(GazetteerValidation, BadLevel) {
  ExpectFailsAt(kHeader +
                    "13\tprovince\tSumatera Barat\t\t\n"
                    "13.71\tkota\tPadang\t13\t\n",
                3, "level");
}

TEST(GazetteerValidation, MissingProvinceRow) {
  ExpectFailsAt(kHeader +
                    "13\tprovince\tSumatera Barat\t\t\n"
                    "13.71\tcity\tPadang\t13\t\n"
                    "12.71\tcity\tMedan\t12\t\n",
                4, "no province row");
}

TEST(GazetteerValidation, MissingProvinceColumn) {
  ExpectFailsAt(kHeader +
                    "13\tprovince\tSumatera Barat\t\t\n"
                    "13.71\tcity\tPadang\t\t\n",
                3);
}

TEST(GazetteerValidation, CodeNotUnderItsProvince) {
  ExpectFailsAt(kHeader +
                    "12\tprovince\tSumatera Utara\t\t\n"
                    "13\tprovince\tSumatera Barat\t\t\n"
                    "13.71\tcity\tPadang\t12\t\n",
                4, "not under");
}

TEST(GazetteerValidation, MalformedCode) {
  ExpectFailsAt(kHeader + "131\tprovince\tSumatera Barat\t\t\n", 2, "code");
  ExpectFailsAt(kHeader +
                    "13\tprovince\tSumatera Barat\t\t\n"
                    "1371\tcity\tPadang\t13\t\n",
                3, "code");
  ExpectFailsAt(kHeader +
                    "13\tprovince\tSumatera Barat\t\t\n"
                    "13.01\tcity\tPadang\t13\t\n",
                3, "kota");
  ExpectFailsAt(kHeader +
                    "13\tprovince\tSumatera Barat\t\t\n"
                    "13.71\tregency\tAgam\t13\t\n",
                3, "kabupaten");
}

TEST(GazetteerValidation, RepeatedAlias) {
  ExpectFailsAt(kHeader +
                    "13\tprovince\tSumatera Barat\t\tSumbar|SUMBAR\n",
                2, "alias");
  ExpectFailsAt(kHeader +
                    "13\tprovince\tSumatera Barat\t\tSumatera-Barat\n",
                2, "alias");
}

TEST(GazetteerValidation, MalformedHeader) {
  ExpectFailsAt("# regions\ncode\tlevel\tname\tprovince\n13\tprovince\tSumatera Barat\t\n", 2, "header");
  ExpectFailsAt("code level name province aliases\n", 1, "header");
}

TEST(GazetteerValidation, WrongFieldCount) {
  ExpectFailsAt(kHeader + "13\tprovince\tSumatera Barat\n", 2);
}

TEST(GazetteerValidation, MissingFile) {
  EXPECT_THROW(Gazetteer::Load("/nonexistent/regions.tsv"), LexiconError);
}

}  // namespace
}  // namespace pejabat
