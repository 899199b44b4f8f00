// Evidence sentences live in a spill file (graph/evidence_text.h): stored
// texts read back whole, however they fall across the writer's buffer, and a
// graph's edges read their evidence through the same handle.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "graph/evidence_text.h"
#include "graph/graph_builder.h"
#include "query_fixture.h"

namespace pejabat {
namespace {

TEST(EvidenceText, StoredTextsReadBack) {
  EvidenceText a("Pelatihan dibuka Sekretaris Daerah."), b(std::string("Kata ") + "dia."), empty("");
  EXPECT_EQ(a, "Pelatihan dibuka Sekretaris Daerah.");
  EXPECT_EQ(b.view(), "Kata dia.");
  EXPECT_TRUE(empty.empty());
  EXPECT_TRUE(EvidenceText().empty());
  EXPECT_EQ(EvidenceText().view(), "");
  EXPECT_EQ(a, EvidenceText("Pelatihan dibuka Sekretaris Daerah."));  // equal by content, not by handle
  EXPECT_NE(a, b);
}

TEST(EvidenceText, ReadsLikeAString) {
  EvidenceText t("Wali Kota membuka acara.");
  std::string copy = t;
  std::string_view view = t;
  EXPECT_EQ(copy, "Wali Kota membuka acara.");
  EXPECT_EQ(view, "Wali Kota membuka acara.");
  EXPECT_EQ(t.size(), view.size());
  t = std::string("Bupati hadir.");
  EXPECT_EQ(t, "Bupati hadir.");
}

TEST(EvidenceText, TextsLargerThanTheWriteBufferAndTheirNeighboursRoundTrip) {
  std::string huge(3 << 20, 'x');  // past the writer's 1 MiB buffer
  huge[12345] = 'y';
  EvidenceText before("before the huge text"), big(huge), after("after the huge text");
  EXPECT_EQ(after, "after the huge text");  // read while still in the buffer
  EXPECT_EQ(big.view(), huge);
  EXPECT_EQ(before, "before the huge text");
}

TEST(EvidenceText, ViewsStayValidWhileMoreIsStored) {
  std::vector<EvidenceText> texts;
  std::vector<std::string_view> views;
  for (int i = 0; i < 100000; ++i) {  // several megabytes: many buffer flushes
    texts.emplace_back("evidence sentence number " + std::to_string(i));
    if (i % 1000 == 0) views.push_back(texts.back().view());  // read between writes
  }
  for (int i = 0; i < 100000; ++i) EXPECT_EQ(texts[i].view(), "evidence sentence number " + std::to_string(i));
  for (std::size_t k = 0; k < views.size(); ++k)
    EXPECT_EQ(views[k], "evidence sentence number " + std::to_string(k * 1000));
}

TEST(EvidenceText, TextsReadIntoMemoryReadBackAndEarlierViewsStayValid) {
  std::vector<EvidenceText> texts;
  for (int i = 0; i < 50000; ++i) texts.emplace_back("kalimat bukti nomor " + std::to_string(i));
  // As Build does: the file is brought back in the background first (twice
  // is once), and a text stored meanwhile is copied with the others.
  EvidenceText::ReadAhead();
  EvidenceText::ReadAhead();
  EvidenceText meanwhile("disimpan selagi dibaca");
  const std::string_view before = texts[123].view();
  const std::string_view meanwhile_before = meanwhile.view();
  EvidenceText::ReadIntoMemory();
  ASSERT_TRUE(EvidenceText::Spilled());
  EXPECT_NE(texts[123].view().data(), before.data());  // read from the copy now, not the file's mapping
  EXPECT_EQ(before, "kalimat bukti nomor 123");        // the mapping still serves views taken before
  for (int i = 0; i < 50000; ++i) EXPECT_EQ(texts[i].view(), "kalimat bukti nomor " + std::to_string(i));
  EXPECT_EQ(meanwhile, "disimpan selagi dibaca");
  EXPECT_NE(meanwhile.view().data(), meanwhile_before.data());
  // Texts stored later go to the file, and a second call copies nothing twice.
  EvidenceText later("disimpan sesudahnya");
  EvidenceText::ReadIntoMemory();
  EXPECT_EQ(later, "disimpan sesudahnya");
  EXPECT_EQ(texts[49999].view(), "kalimat bukti nomor 49999");
  EvidenceText::Prefetch(texts[7].id());  // a hint either way
  EvidenceText::Prefetch(later.id());
}

TEST(EvidenceText, OneSentenceBackingSeveralFactsOfAnArticleIsStoredOnce) {
  testing::FactsMaker a("x.txt", "Alpha", "Wali Kota Alpha Budi Santoso membuka rapat di Kota Alpha.");
  auto city = a.Place("place/91.71", "Kota Alpha", "city");
  auto org = a.Org("org/pemkot-alpha", "Wali Kota Alpha", "government", std::nullopt, std::nullopt);
  auto post = a.Post("post/walikota-alpha", "Wali Kota Alpha", "Wali Kota", org.index);
  auto person = a.Person("person/x", "Budi Santoso", "Budi Santoso");
  const std::string sentence = "Wali Kota Alpha Budi Santoso membuka rapat di Kota Alpha.";
  a.Link(FactRelation::Holds, person, post, sentence);
  a.Link(FactRelation::LocatedIn, org, city, sentence);
  GraphBuilder builder;
  builder.Add(a.facts);
  const std::size_t before = EvidenceText::StoredCount();
  KnowledgeGraph g = builder.Build();
  EXPECT_EQ(EvidenceText::StoredCount(), before);  // stored while adding, not at Build
  std::vector<uint32_t> ids;
  for (std::size_t e = 0; e < g.EdgeCount(); ++e)
    if (g.Edge(e).provenance.evidence == sentence) ids.push_back(g.Edge(e).provenance.evidence.id());
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0], ids[1]);
}

}  // namespace
}  // namespace pejabat
