// GraphBuilder::Build's order: nodes by key in std::string_view's byte order,
// edges by (source, target, relation, article name). Build sorts keys by
// 7-byte digits and moves nodes and edges with a radix sort, so the keys here
// are the cases that could go wrong: prefixes of one another, lengths at the
// digit boundaries, NUL and bytes above 0x7F, long shared prefixes, and
// enough of them, added in no particular order, for several radix passes.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "graph/graph_builder.h"
#include "query_fixture.h"

namespace pejabat {
namespace {

std::vector<std::string> AwkwardKeys() {
  std::vector<std::string> keys = {"person",          "person/",          "person/a",        "person/abcdefg",
                                   "person/abcdefgh", "person/abcdefghi", "person/abcdef",   "person/\xC3\xA9",
                                   "person/z",        "person/\x7F",      "person/\xFF\xFF", "person/a b",
                                   "p",               "q"};
  keys.push_back(std::string("person/a\0", 9));  // a prefix plus a NUL still follows the prefix
  keys.push_back(std::string("person/a\0b", 10));
  const std::string long_prefix = "person/" + std::string(600, 'k');  // deeper than the digit sort goes
  for (std::string suffix : {"", "a", "b", "ba", "\xC3\xA9"}) keys.push_back(long_prefix + suffix);
  for (char c = 'a'; c <= 'h'; ++c) keys.push_back(std::string("person/") + c + "\xC3\xA9");  // unsigned bytes
  std::mt19937 random(7);
  for (int i = 0; i < 3000; ++i) {  // more than 256 nodes: more than one radix pass
    std::string key = i % 3 ? "person/" : "org/";
    for (int n = static_cast<int>(random() % 12); n >= 0; --n) key += static_cast<char>('a' + random() % 4);
    keys.push_back(key);
  }
  std::shuffle(keys.begin(), keys.end(), random);
  return keys;
}

TEST(GraphOrder, NodesAreInKeyByteOrder) {
  std::vector<std::string> keys = AwkwardKeys();
  testing::FactsMaker article("order.txt", "Alpha", "Budi hadir.");
  for (const std::string& key : keys) article.Person(key, "Budi", "Budi");
  GraphBuilder builder;
  builder.Add(article.facts);
  KnowledgeGraph g = builder.Build();

  keys.push_back("article/order.txt");
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  ASSERT_EQ(g.NodeCount(), keys.size());
  for (std::size_t v = 0; v < keys.size(); ++v) ASSERT_EQ(g.Node(v).key.view(), keys[v]) << v;
}

TEST(GraphOrder, EdgesAreBySourceThenTargetRelationAndArticleName) {
  // One person holds one post according to many articles, whose names are
  // added in no particular order: same source, target and relation, so the
  // article names decide; each article also links the person and a few others.
  std::vector<std::string> sources;
  for (int i = 0; i < 300; ++i) sources.push_back("berita-" + std::to_string(i * 7919 % 1000) + ".txt");
  GraphBuilder builder;
  for (const std::string& source : sources) {
    testing::FactsMaker a(source, "Alpha", "Budi Santoso menjabat Wali Kota Alpha di Pemerintah Kota Alpha.");
    auto org = a.Org("org/pemerintah-kota-alpha", "Pemerintah Kota Alpha", "government", {}, {});
    auto post = a.Post("post/wali-kota-alpha", "Wali Kota Alpha", "Wali Kota", org.index);
    auto person = a.Person("person/budi-santoso", "Budi Santoso", "Budi Santoso");
    auto other = a.Person("person/" + source, "Budi", "Budi");
    a.Link(FactRelation::Holds, person, post, "Budi Santoso menjabat Wali Kota Alpha");
    a.Link(FactRelation::Represented, other, post, "Wali Kota Alpha");
    builder.Add(a.facts);
  }
  KnowledgeGraph g = builder.Build();

  auto key_of = [&](std::size_t e) {
    const EdgeData& d = g.Edge(e);
    return std::make_tuple(g.Node(g.Source(e)).key.view(), g.Node(g.Target(e)).key.view(), d.relation,
                           d.provenance.article.view());
  };
  ASSERT_GT(g.EdgeCount(), 2 * sources.size());
  for (std::size_t e = 1; e < g.EdgeCount(); ++e) ASSERT_LT(key_of(e - 1), key_of(e)) << e;
}

}  // namespace
}  // namespace pejabat
