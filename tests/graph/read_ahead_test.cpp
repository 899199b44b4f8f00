// Read-ahead hints (graph/read_ahead.h) change no result: walking a graph
// with them reads the same texts as without, up to the last edge and node
// (where the look-ahead must stop at the end; the sanitizer build checks the
// reads), and the text stores' prefetches accept every handle they can be given.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/evidence_text.h"
#include "graph/interned_text.h"
#include "graph/read_ahead.h"
#include "query_fixture.h"

namespace pejabat {
namespace {

// What a writer reads of each edge, as one line per edge.
std::vector<std::string> EdgeLines(const KnowledgeGraph& graph, const ReadAhead* read_ahead) {
  std::vector<std::string> lines;
  for (std::size_t e = 0; e < graph.EdgeCount(); ++e) {
    if (read_ahead) read_ahead->Before(e);
    const EdgeData& edge = graph.Edge(e);
    lines.push_back(std::string(graph.Node(graph.Source(e)).key.view()) + " -> " +
                    std::string(graph.Node(graph.Target(e)).key.view()) + " | " +
                    std::string(edge.provenance.article.view()) + " | " + std::string(edge.provenance.evidence.view()));
  }
  return lines;
}

TEST(ReadAhead, ReadsTheSameEdgesToTheLast) {
  const KnowledgeGraph graph = testing::FixtureGraph();
  ASSERT_GT(graph.EdgeCount(), 20u);  // more edges than the look-ahead reaches
  const ReadAhead read_ahead(graph, ReadAhead::Walk::Edges);
  const std::vector<std::string> plain = EdgeLines(graph, nullptr);
  EXPECT_EQ(EdgeLines(graph, &read_ahead), plain);
  EXPECT_FALSE(plain.back().empty());
}

TEST(ReadAhead, AcceptsEveryNodeToTheLast) {
  const KnowledgeGraph graph = testing::FixtureGraph();
  const ReadAhead read_ahead(graph, ReadAhead::Walk::Nodes);
  std::vector<std::string> keys;
  for (std::size_t v = 0; v < graph.NodeCount(); ++v) {
    read_ahead.Before(v);
    for (auto e : graph.OutEdges(v)) keys.emplace_back(graph.Node(graph.Target(e)).key.view());
  }
  std::vector<std::string> plain;
  for (std::size_t v = 0; v < graph.NodeCount(); ++v)
    for (auto e : graph.OutEdges(v)) plain.emplace_back(graph.Node(graph.Target(e)).key.view());
  EXPECT_EQ(keys, plain);
}

// What a writer reads of each node itself: its key, name and attributes.
std::vector<std::string> NodeLines(const KnowledgeGraph& graph, const ReadAhead* read_ahead) {
  std::vector<std::string> lines;
  for (std::size_t v = 0; v < graph.NodeCount(); ++v) {
    if (read_ahead) read_ahead->Before(v);
    const NodeData& node = graph.Node(v);
    std::string line = std::string(node.key.view()) + " | " + std::string(node.name.view());
    for (const auto& [name, value] : node.attrs.entries())
      line += " | " + name.str() + "=" + std::string(value.view());
    lines.push_back(line);
  }
  return lines;
}

TEST(ReadAhead, ReadsTheSameNodeTextsToTheLast) {
  const KnowledgeGraph graph = testing::FixtureGraph();
  ASSERT_GT(graph.NodeCount(), 20u);  // more nodes than the look-ahead reaches
  const std::vector<std::string> plain = NodeLines(graph, nullptr);
  for (ReadAhead::Walk walk : {ReadAhead::Walk::NodeTexts, ReadAhead::Walk::Nodes}) {
    const ReadAhead read_ahead(graph, walk);
    EXPECT_EQ(NodeLines(graph, &read_ahead), plain);
  }
}

TEST(ReadAhead, AnEmptyGraphHasNothingToAskFor) {
  const KnowledgeGraph graph = GraphBuilder().Build();
  EXPECT_EQ(graph.EdgeCount(), 0u);
  ReadAhead(graph, ReadAhead::Walk::Edges).Before(0);  // nothing ahead of edge 0: no read
  ReadAhead(graph, ReadAhead::Walk::Nodes).Before(0);
  ReadAhead(graph, ReadAhead::Walk::NodeTexts).Before(0);
}

TEST(TextPrefetch, AcceptsTheEmptyTextAndTextsNotYetInTheSpillFile) {
  InternedText::Prefetch(InternedText().id());
  const InternedText key("orang/contoh-prefetch");
  InternedText::Prefetch(key.id());
  EXPECT_EQ(key.view(), "orang/contoh-prefetch");

  EvidenceText::PrefetchOffset(0);
  EvidenceText::Prefetch(0);
  // Just stored: still in the store's write buffer, not readable through the
  // mapping until a read flushes it. The hint must not read it there.
  const EvidenceText fresh("Kalimat yang baru disimpan untuk uji prefetch.");
  EvidenceText::PrefetchOffset(fresh.id());
  EvidenceText::Prefetch(fresh.id());
  EXPECT_EQ(fresh.view(), "Kalimat yang baru disimpan untuk uji prefetch.");
  EvidenceText::Prefetch(fresh.id());  // flushed now
  EXPECT_EQ(fresh.view(), "Kalimat yang baru disimpan untuk uji prefetch.");
}

// Interning a batch gives each text the handle that interning it alone
// gives, adds new texts in the batch's order, and takes a text repeated in
// the batch, or the empty text, like any other.
TEST(TextPrefetch, InterningABatchIsInterningEachInOrder) {
  const InternedText known("orang/dikenal-sebelum-batch");
  std::vector<std::string> fresh;  // over two batches of 64
  for (int i = 0; i < 150; ++i) fresh.push_back("orang/baru-dalam-batch-" + std::to_string(i));
  std::vector<std::string_view> batch;
  for (const auto& f : fresh) batch.push_back(f);
  batch.push_back(known.view());
  batch.push_back("");
  batch.push_back(fresh[3]);  // again, after it was added
  std::vector<InternedText> interned(batch.size());
  InternedText::InternAll(batch, interned);

  for (std::size_t k = 0; k < batch.size(); ++k) {
    EXPECT_EQ(interned[k].view(), batch[k]) << k;
    EXPECT_EQ(interned[k].id(), InternedText(batch[k]).id()) << k;
  }
  EXPECT_EQ(interned[fresh.size()].id(), known.id());
  EXPECT_TRUE(interned[fresh.size() + 1].empty());
  EXPECT_EQ(interned.back().id(), interned[3].id());
  for (std::size_t k = 1; k < fresh.size(); ++k) EXPECT_LT(interned[k - 1].id(), interned[k].id()) << k;
}

}  // namespace
}  // namespace pejabat
