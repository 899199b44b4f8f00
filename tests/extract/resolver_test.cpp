#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "extract/extractor.h"
#include "extract/lexicon.h"

#include "test_lexicon.h"

namespace pejabat {
namespace {

using testing::Article;
using testing::TheExtractor;

// An office, post, person or place named more than once in an article is one
// entity, under one key, with a mention for each time it is written: the
// builder finds it again by its name, by what makes its name (a unit head's
// unit, an office of the lexicon) or by its key, and each way must land on
// the entity the first mention made.
struct EntityCase {
  std::string text;
  std::string kind;  // persons, organizations, posts, places
  std::string key;
  std::string name;
  std::size_t mentions;
};

class EntityOnceTest : public ::testing::TestWithParam<EntityCase> {};

template <typename Entity>
const Entity* WithKey(const std::vector<Entity>& entities, const std::string& key) {
  const Entity* found = nullptr;
  for (const Entity& e : entities) {
    if (e.key != key) continue;
    EXPECT_EQ(found, nullptr) << "two entities with the key " << key;
    found = &e;
  }
  return found;
}

template <typename Entity>
void ExpectOnce(const std::vector<Entity>& entities, const EntityCase& c) {
  const Entity* e = WithKey(entities, c.key);
  ASSERT_NE(e, nullptr) << c.key;
  EXPECT_EQ(e->name, c.name);
  EXPECT_EQ(e->mentions.size(), c.mentions) << c.key;
}

TEST_P(EntityOnceTest, IsOneEntityWithEveryMention) {
  const EntityCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.text));
  if (c.kind == "persons") ExpectOnce(f.persons, c);
  else if (c.kind == "organizations") ExpectOnce(f.organizations, c);
  else if (c.kind == "posts") ExpectOnce(f.posts, c);
  else if (c.kind == "places") ExpectOnce(f.places, c);
  else FAIL() << "unknown kind " << c.kind;
}

const std::string kUnitTwice =
    "Kabag Organisasi Setda Kota Solok Wulan Sarianti membuka rapat di Aula Balai Kota. Kabag Organisasi Setda "
    "Kota Solok Wulan Sarianti mengatakan, rapat penting.";
const std::string kCouncilTwice =
    "Ketua DPRD Kota Malang Budi Santoso hadir. Ketua DPRD Kota Malang Budi Santoso menyampaikan sambutan.";
const std::string kGovernmentTwoForms =
    "Pemko Padang menggelar rapat. Rapat Pemerintah Kota Padang itu dibuka Sekda Kota Padang Arief Gunawan. "
    "Sekda Arief Gunawan mengatakan, rapat penting.";
const std::string kAgencyBranchTwice =
    "Kepala BPS Kabupaten Bogor Ahmad Yani hadir. Kepala BPS Kabupaten Bogor Ahmad Yani mengatakan data penting.";
const std::string kUnitWithDan =
    "Kabag Umum dan Keuangan Setda Kota Solok Wulan Sarianti membuka rapat. Kabag Umum dan Keuangan Setda Kota "
    "Solok Wulan Sarianti mengatakan, rapat penting.";
// Written once with runs of spaces: the unit's words one space apart, a
// word after '-' title-cased too.
const std::string kUnitSpacedHyphen =
    "Kabag Umum  dan   Keuangan-daerah Setda Kota Solok Wulan Sarianti membuka rapat. Kabag Umum dan "
    "Keuangan-daerah Setda Kota Solok Wulan Sarianti mengatakan, rapat penting.";
const std::string kCommunity =
    "Ketua LPM Kelurahan Sukajadi Budi Santoso hadir. Ketua LPM Budi Santoso menyampaikan sambutan di Kota Solok.";

INSTANTIATE_TEST_SUITE_P(
    Resolver, EntityOnceTest,
    ::testing::Values(
        // A unit head's unit, written twice with its chain: one office, one post.
        EntityCase{kUnitTwice, "organizations", "org/bagian-organisasi-sekretariat-daerah-kota-solok",
                   "Bagian Organisasi Sekretariat Daerah Kota Solok", 2},
        EntityCase{kUnitTwice, "organizations", "org/sekretariat-daerah-kota-solok",
                   "Sekretariat Daerah Kota Solok", 2},
        EntityCase{kUnitTwice, "organizations", "org/pemerintah-kota-solok", "Pemerintah Kota Solok", 0},
        EntityCase{kUnitTwice, "posts", "post/kepala-bagian-organisasi-sekretariat-daerah-kota-solok",
                   "Kepala Bagian Organisasi Sekretariat Daerah Kota Solok", 2},
        EntityCase{kUnitTwice, "persons", "person/wulan-sarianti", "Wulan Sarianti", 2},
        EntityCase{kUnitTwice, "places", "place/13.72", "Kota Solok", 0},
        // A post in an office with an acronym: the key is the plain name, the
        // name shows the acronym; found again by the plain name.
        EntityCase{kCouncilTwice, "posts", "post/ketua-dewan-perwakilan-rakyat-daerah-kota-malang",
                   "Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kota Malang", 2},
        EntityCase{kCouncilTwice, "organizations", "org/dewan-perwakilan-rakyat-daerah-kota-malang",
                   "Dewan Perwakilan Rakyat Daerah Kota Malang", 2},
        EntityCase{kCouncilTwice, "persons", "person/budi-santoso", "Budi Santoso", 2},
        // The short and the full form of a government; a post written with
        // and without its region.
        EntityCase{kGovernmentTwoForms, "organizations", "org/pemerintah-kota-padang", "Pemerintah Kota Padang", 2},
        EntityCase{kGovernmentTwoForms, "organizations", "org/sekretariat-daerah-kota-padang",
                   "Sekretariat Daerah Kota Padang", 0},
        EntityCase{kGovernmentTwoForms, "posts", "post/sekretaris-daerah-kota-padang",
                   "Sekretaris Daerah Kota Padang", 2},
        EntityCase{kGovernmentTwoForms, "persons", "person/arief-gunawan", "Arief Gunawan", 2},
        // A national agency and its regional office, each written twice.
        EntityCase{kAgencyBranchTwice, "organizations", "org/badan-pusat-statistik", "Badan Pusat Statistik", 2},
        EntityCase{kAgencyBranchTwice, "organizations", "org/badan-pusat-statistik-kabupaten-bogor",
                   "Badan Pusat Statistik Kabupaten Bogor", 2},
        EntityCase{kAgencyBranchTwice, "posts", "post/kepala-badan-pusat-statistik-kabupaten-bogor",
                   "Kepala Badan Pusat Statistik (BPS) Kabupaten Bogor", 2},
        // A unit's words title-cased one by one as they are copied, "dan" kept lower case.
        EntityCase{kUnitWithDan, "organizations", "org/bagian-umum-dan-keuangan-sekretariat-daerah-kota-solok",
                   "Bagian Umum dan Keuangan Sekretariat Daerah Kota Solok", 2},
        EntityCase{kUnitSpacedHyphen, "organizations",
                   "org/bagian-umum-dan-keuangan-daerah-sekretariat-daerah-kota-solok",
                   "Bagian Umum dan Keuangan-Daerah Sekretariat Daerah Kota Solok", 2},
        // A neighbourhood unit written alone is scoped by the jurisdiction.
        EntityCase{kCommunity, "organizations", "org/lpm@13.72", "LPM", 0},
        EntityCase{kCommunity, "places", "place/13.72", "Kota Solok", 1}));

// Whatever the article, no two entities of a kind share a key.
class UniqueKeysTest : public ::testing::TestWithParam<std::string> {};

template <typename Entity>
void ExpectUniqueKeys(const std::vector<Entity>& entities) {
  std::set<std::string> keys;
  for (const Entity& e : entities) EXPECT_TRUE(keys.insert(e.key).second) << e.key;
}

TEST_P(UniqueKeysTest, NoTwoEntitiesShareAKey) {
  ArticleFacts f = TheExtractor().Extract(Article(GetParam()));
  ExpectUniqueKeys(f.persons);
  ExpectUniqueKeys(f.organizations);
  ExpectUniqueKeys(f.posts);
  ExpectUniqueKeys(f.places);
}

INSTANTIATE_TEST_SUITE_P(Resolver, UniqueKeysTest,
                         ::testing::Values(kUnitTwice, kCouncilTwice, kGovernmentTwoForms, kAgencyBranchTwice,
                                           kCommunity, kUnitTwice + " " + kCouncilTwice + " " + kAgencyBranchTwice));

// The resolver's lists and buffers are one set per thread, cleared for each
// article: an article resolves the same after any other as it does first.
std::string Summary(const ArticleFacts& f) {
  std::string out;
  auto entities = [&](const auto& list) {
    for (const auto& e : list) out += e.key + "|" + e.name + "|" + std::to_string(e.mentions.size()) + "\n";
  };
  entities(f.persons);
  entities(f.organizations);
  entities(f.posts);
  entities(f.places);
  for (const PersonEntity& p : f.persons)
    for (const std::string& a : p.aliases) out += "alias " + a + "\n";
  for (const OrganizationEntity& o : f.organizations) {
    for (const std::string& a : o.aliases) out += "alias " + a + "\n";
    if (o.parent) out += "parent " + std::to_string(*o.parent) + "\n";
  }
  for (const Fact& fact : f.facts)
    out += std::to_string(static_cast<int>(fact.relation)) + " " + std::to_string(fact.from.index) + " " +
           std::to_string(fact.to.index) + " " + fact.role + "\n";
  return out;
}

class ReusedScratchTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ReusedScratchTest, ResolvesAsWhenFirst) {
  const std::string first = Summary(TheExtractor().Extract(Article(GetParam())));
  ASSERT_FALSE(first.empty());
  for (const std::string& other : {kUnitTwice, kCouncilTwice, kGovernmentTwoForms, kAgencyBranchTwice, kCommunity,
                                   kUnitWithDan}) {
    TheExtractor().Extract(Article(other + " " + other));
    EXPECT_EQ(Summary(TheExtractor().Extract(Article(GetParam()))), first) << "after: " << other;
  }
}

INSTANTIATE_TEST_SUITE_P(Resolver, ReusedScratchTest,
                         ::testing::Values(kUnitTwice, kCouncilTwice, kGovernmentTwoForms, kAgencyBranchTwice,
                                           kCommunity, kUnitWithDan));

// An article given up (Extract(RawArticle&&)) hands its fields and text to
// the facts instead of copies: the facts are those of a copied article.
class GivenUpArticleTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GivenUpArticleTest, ResolvesAsACopy) {
  RawArticle article = Article(GetParam(), "2023-05-09");
  article.source = "an-article-source-longer-than-fifteen.txt";
  article.url = "https://example.org/berita/2023/05/09/rapat-penting";
  article.outlet = "Warta Uji Harian";
  const ArticleFacts copied = TheExtractor().Extract(article);
  const std::string text = article.text;
  const ArticleFacts given = TheExtractor().Extract(std::move(article));
  EXPECT_EQ(given.text, text);
  EXPECT_EQ(given.text, copied.text);
  EXPECT_EQ(given.meta.source, "an-article-source-longer-than-fifteen.txt");
  EXPECT_EQ(given.meta.title, copied.meta.title);
  EXPECT_EQ(given.meta.url, "https://example.org/berita/2023/05/09/rapat-penting");
  EXPECT_EQ(given.meta.published, "2023-05-09");
  EXPECT_EQ(given.meta.outlet, "Warta Uji Harian");
  EXPECT_EQ(given.meta.city, copied.meta.city);
  EXPECT_EQ(Summary(given), Summary(copied));
  ASSERT_EQ(given.quotes.size(), copied.quotes.size());
  for (std::size_t i = 0; i < given.quotes.size(); ++i) EXPECT_EQ(given.quotes[i].key, copied.quotes[i].key);
  ASSERT_EQ(given.events.size(), copied.events.size());
  for (std::size_t i = 0; i < given.events.size(); ++i) {
    EXPECT_EQ(given.events[i].key, copied.events[i].key);
    EXPECT_EQ(given.events[i].date, copied.events[i].date);
  }
}

INSTANTIATE_TEST_SUITE_P(Resolver, GivenUpArticleTest,
                         ::testing::Values(kUnitTwice, kGovernmentTwoForms,
                                           "Rapat koordinasi digelar Senin (8/5) di Aula Balai Kota Solok. "
                                           "\"Rapat ini penting,\" kata Wali Kota Solok Budi Santoso."));

// An entity's mentions and written forms are kept in the entity up to a
// few, and on the heap beyond: a person written more times than there is
// room for keeps every mention, in the order written.
TEST(ResolverLists, MoreMentionsThanInlineRoom) {
  std::string text;
  for (int i = 0; i < 7; ++i) text += "Wali Kota Solok Budi Santoso hadir di rapat ke-" + std::to_string(i) + ". ";
  const ArticleFacts f = TheExtractor().Extract(Article(text));
  const PersonEntity* budi = WithKey(f.persons, "person/budi-santoso");
  ASSERT_NE(budi, nullptr);
  ASSERT_EQ(budi->mentions.size(), 7u);
  for (std::size_t i = 1; i < budi->mentions.size(); ++i)
    EXPECT_LT(budi->mentions[i - 1].span.begin, budi->mentions[i].span.begin);
  const std::string_view first = std::string_view(f.text).substr(budi->mentions[0].span.begin, 12);
  EXPECT_EQ(first, "Budi Santoso");
}

// What the builder learns of a lexicon (the office each role's unit names,
// each role's slug) is kept from article to article on a thread, by the
// role's index: another lexicon, whose role of that index heads another
// unit (a Kabag heading a Subbagian), starts afresh, as it would on a
// thread of its own.
TEST(ResolverLexicon, AnotherLexiconStartsAfresh) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("pejabat-roles-changed-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(PEJABAT_LEXICON_DIR, dir, fs::copy_options::recursive);
  {
    std::ifstream in(dir / "roles.tsv");
    std::stringstream all;
    all << in.rdbuf();
    in.close();
    std::string roles = all.str();
    const std::string kabag = "\nkabag\tKepala\tunit_head\tBagian\n";
    const std::size_t at = roles.find(kabag);
    ASSERT_NE(at, std::string::npos);
    roles.replace(at, kabag.size(), "\nkabag\tKepala\tunit_head\tSubbagian\n");
    std::ofstream(dir / "roles.tsv", std::ios::trunc) << roles;
  }
  const Lexicon changed = Lexicon::Load(dir.string());
  fs::remove_all(dir);
  const Extractor other(changed);
  const std::string text = kUnitTwice + " " + kCouncilTwice + " " + kAgencyBranchTwice;
  std::string fresh;
  std::thread([&] { fresh = Summary(other.Extract(Article(text))); }).join();
  ASSERT_FALSE(fresh.empty());
  const std::string real = Summary(TheExtractor().Extract(Article(text)));
  EXPECT_EQ(Summary(other.Extract(Article(text))), fresh);
  EXPECT_EQ(Summary(TheExtractor().Extract(Article(text))), real);
}

}  // namespace
}  // namespace pejabat
