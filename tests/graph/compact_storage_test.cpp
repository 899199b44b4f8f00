// The compact storage under the graph model: interned texts, attribute names
// and the attribute list.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/attributes.h"
#include "graph/interned_text.h"

namespace pejabat {
namespace {

TEST(InternedText, EqualTextsShareOneHandle) {
  InternedText a("Kota Alpha"), b(std::string("Kota ") + "Alpha"), c("Kota Beta");
  EXPECT_EQ(a.id(), b.id());
  EXPECT_NE(a.id(), c.id());
  EXPECT_EQ(a, "Kota Alpha");
  EXPECT_LT(a, c);  // ordered as texts, not as handles
  EXPECT_EQ(InternedText().id(), 0u);
  EXPECT_TRUE(InternedText("").empty());
}

TEST(InternedText, ExistingFindsWithoutAdding) {
  EXPECT_FALSE(InternedText::Existing("a text no test interns 7f3a"));
  const std::size_t before = InternedText::PoolSize();
  EXPECT_FALSE(InternedText::Existing("a text no test interns 7f3a"));
  EXPECT_EQ(InternedText::PoolSize(), before);
  InternedText added("a text no test interns 7f3a");
  ASSERT_TRUE(InternedText::Existing("a text no test interns 7f3a"));
  EXPECT_EQ(InternedText::Existing("a text no test interns 7f3a")->id(), added.id());
}

TEST(InternedText, TextsLongerThanAnArenaChunkAndTheirNeighboursRoundTrip) {
  std::string huge(5 << 20, 'x');  // past the 4 MiB chunk
  huge[12345] = 'y';
  InternedText before("before the huge text"), big(huge), after("after the huge text");
  EXPECT_EQ(big.view(), huge);
  EXPECT_EQ(big.c_str()[huge.size()], '\0');
  EXPECT_EQ(before, "before the huge text");
  EXPECT_EQ(after, "after the huge text");
  EXPECT_EQ(InternedText(huge).id(), big.id());
}

TEST(InternedText, ManyTextsSurviveTheIndexGrowing) {
  std::vector<InternedText> texts;
  for (int i = 0; i < 20000; ++i) texts.emplace_back("evidence sentence number " + std::to_string(i));
  for (int i = 0; i < 20000; ++i) {
    EXPECT_EQ(texts[i].view(), "evidence sentence number " + std::to_string(i));
    EXPECT_EQ(InternedText("evidence sentence number " + std::to_string(i)).id(), texts[i].id());
  }
}

TEST(InternedText, ReadsLikeAString) {
  InternedText t("Wali Kota");
  std::string copy = t;  // a copy, for code that wants one
  std::string_view view = t;
  EXPECT_EQ(copy, "Wali Kota");
  EXPECT_EQ(view, "Wali Kota");
  EXPECT_EQ("role: " + t, "role: Wali Kota");
  std::string other = "x";
  std::string chosen = other.empty() ? std::string(t) : other;
  EXPECT_EQ(chosen, "x");
}

std::vector<std::pair<std::string, std::string>> Entries(const Attributes& a) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [name, value] : a.entries()) out.emplace_back(name, value);
  return out;
}

TEST(Attributes, KeepNameOrderAndFirstWriterWins) {
  Attributes a;
  a.SetIfAbsent("venue", "Aula");
  a.SetIfAbsent("city", "Alpha");
  a.SetIfAbsent("date", "2024-01-02");
  a.SetIfAbsent("city", "Beta");  // taken already
  a.SetIfAbsent("type", "");      // empty values are not stored
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(Entries(a), (Pairs{{"city", "Alpha"}, {"date", "2024-01-02"}, {"venue", "Aula"}}));
  a.Set("city", "Gamma");
  a.Set("venue", "");  // erases
  EXPECT_EQ(Entries(a), (Pairs{{"city", "Gamma"}, {"date", "2024-01-02"}}));
  EXPECT_EQ(a.Get("city"), "Gamma");
  EXPECT_EQ(a.Get("participants"), "");
}

TEST(Attributes, SetValuedAttributesStaySortedAndUnique) {
  Attributes a;
  a.AddToSet("aliases", "Budi");
  a.AddToSet("aliases", "Ani");
  a.AddToSet("aliases", "Budi");
  a.AddToSet("aliases", "Cici; Ani");  // a joined value goes the long way round
  EXPECT_EQ(a.Get("aliases"), "Ani; Budi; Cici; Ani");
  Attributes b;
  b.AddToSet("titles", "Ir.");
  b.AddToSet("titles", "H.");
  EXPECT_EQ(b.Get("titles"), "H.; Ir.");
}

// The interned forms (for values interned in a batch) do what the others do.
TEST(Attributes, InternedValuesGoWhereTextValuesGo) {
  const AttributeName city("city"), titles("titles");
  Attributes a;
  a.SetInternedIfAbsent(city, InternedText("Alpha"));
  a.SetInternedIfAbsent(city, InternedText("Beta"));  // taken already
  a.SetInternedIfAbsent(AttributeName("type"), InternedText());  // empty: not stored
  a.AddInternedToSet(titles, InternedText("Ir."));
  a.AddInternedToSet(titles, InternedText("H."));
  a.AddInternedToSet(titles, InternedText("Ir."));
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(Entries(a), (Pairs{{"city", "Alpha"}, {"titles", "H.; Ir."}}));
  ASSERT_NE(a.ValueOf(city), nullptr);
  EXPECT_EQ(*a.ValueOf(city), "Alpha");
  EXPECT_EQ(a.ValueOf(AttributeName("venue")), nullptr);
}

TEST(Attributes, LookingUpAnUnknownNameRegistersNothing) {
  Attributes a;
  a.SetIfAbsent("city", "Alpha");
  EXPECT_EQ(a.Find("a name nobody declares 41c2"), nullptr);
  EXPECT_FALSE(AttributeName::Existing("a name nobody declares 41c2"));
  ASSERT_NE(a.Find("city"), nullptr);
  EXPECT_EQ(*a.Find("city"), "Alpha");
}

TEST(Attributes, CopiesAreIndependent) {
  Attributes a;
  a.SetIfAbsent("city", "Alpha");
  Attributes b = a;
  b.Set("city", "Beta");
  EXPECT_EQ(a.Get("city"), "Alpha");
  EXPECT_EQ(b.Get("city"), "Beta");
  a = b;
  EXPECT_EQ(a.Get("city"), "Beta");
}

}  // namespace
}  // namespace pejabat
