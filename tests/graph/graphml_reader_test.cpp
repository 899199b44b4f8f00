#include "graph/graphml_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "graph/queries/compare_query.h"
#include "graph/queries/speakers_query.h"
#include "query_fixture.h"

namespace pejabat {
namespace {

std::string Esc(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// GraphML as another tool might write it: key ids that say nothing (d0, d1, ...),
// the real names only in attr.name, nodes and edges in reverse order, and a
// yEd graphics key with no attr.name.
std::string KeyId(int n) {
  std::string id = "d";
  id += std::to_string(n);
  return id;
}

std::string ForeignGraphml(const KnowledgeGraph& g) {
  std::map<std::string, std::string> node_keys, edge_keys;
  int next = 0;
  auto node_key = [&](const std::string& name) {
    auto [it, added] = node_keys.try_emplace(name, KeyId(next));
    next += added;
    return it->second;
  };
  std::ostringstream body;
  for (std::size_t v = g.NodeCount(); v-- > 0;) {
    const NodeData& n = g.Node(v);
    body << "<node id=\"" << Esc(n.key) << "\">";
    body << "<data key=\"" << node_key("kind") << "\">" << NodeKindName(n.kind) << "</data>";
    body << "<data key=\"" << node_key("name") << "\">" << Esc(n.name) << "</data>";
    body << "<data key=\"" << node_key("label") << "\">ignored</data>";
    body << "<data key=\"yed\"><y:ShapeNode xmlns:y=\"http://www.yworks.com/xml/graphml\"/></data>";
    for (const auto& [name, value] : n.attrs.entries())
      body << "<data key=\"" << node_key(name) << "\">" << Esc(value) << "</data>";
    body << "</node>\n";
  }
  for (const char* name : {"relation", "article", "span_start", "span_end", "evidence", "role"})
    edge_keys[name] = KeyId(next++);
  for (std::size_t e = g.EdgeCount(); e-- > 0;) {
    const EdgeData& d = g.Edge(e);
    body << "<edge source=\"" << Esc(g.Node(g.Source(e)).key) << "\" target=\"" << Esc(g.Node(g.Target(e)).key)
         << "\">";
    body << "<data key=\"" << edge_keys["relation"] << "\">" << RelationName(d.relation) << "</data>";
    body << "<data key=\"" << edge_keys["article"] << "\">" << Esc(d.provenance.article) << "</data>";
    body << "<data key=\"" << edge_keys["span_start"] << "\">" << d.provenance.span_start << "</data>";
    body << "<data key=\"" << edge_keys["span_end"] << "\">" << d.provenance.span_end << "</data>";
    if (!d.provenance.evidence.empty())
      body << "<data key=\"" << edge_keys["evidence"] << "\"><![CDATA[" << d.provenance.evidence << "]]></data>";
    if (!d.role.empty()) body << "<data key=\"" << edge_keys["role"] << "\">" << Esc(d.role) << "</data>";
    body << "</edge>\n";
  }
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  for (const auto& [name, id] : node_keys)
    out << "<key id=\"" << id << "\" for=\"node\" attr.name=\"" << name << "\" attr.type=\"string\"/>\n";
  for (const auto& [name, id] : edge_keys)
    out << "<key id=\"" << id << "\" for=\"edge\" attr.name=\"" << name << "\" attr.type=\"string\"/>\n";
  out << "<key id=\"yed\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n";
  out << "<graph id=\"G\" edgedefault=\"directed\">\n" << body.str() << "</graph>\n</graphml>\n";
  return out.str();
}

std::vector<std::pair<std::string, std::string>> Entries(const NodeData& node) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [name, value] : node.attrs.entries()) out.emplace_back(name, value);
  return out;
}

void ExpectSameGraph(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  ASSERT_EQ(a.NodeCount(), b.NodeCount());
  ASSERT_EQ(a.EdgeCount(), b.EdgeCount());
  for (std::size_t v = 0; v < a.NodeCount(); ++v) {
    EXPECT_EQ(a.Node(v).key, b.Node(v).key);
    EXPECT_EQ(a.Node(v).kind, b.Node(v).kind);
    EXPECT_EQ(a.Node(v).name, b.Node(v).name);
    EXPECT_EQ(Entries(a.Node(v)), Entries(b.Node(v))) << a.Node(v).key;
  }
  for (std::size_t e = 0; e < a.EdgeCount(); ++e) {
    EXPECT_EQ(a.Source(e), b.Source(e));
    EXPECT_EQ(a.Target(e), b.Target(e));
    const EdgeData& x = a.Edge(e);
    const EdgeData& y = b.Edge(e);
    EXPECT_EQ(x.relation, y.relation);
    EXPECT_EQ(x.role, y.role);
    EXPECT_EQ(x.provenance.article, y.provenance.article);
    EXPECT_EQ(x.provenance.span_start, y.provenance.span_start);
    EXPECT_EQ(x.provenance.span_end, y.provenance.span_end);
    EXPECT_EQ(x.provenance.evidence, y.provenance.evidence);
    const std::vector<std::size_t> out = b.OutEdges(b.Source(e));  // the edge is where its id says
    EXPECT_NE(std::find(out.begin(), out.end(), e), out.end());
  }
  for (std::size_t v = 0; v < a.NodeCount(); ++v) EXPECT_EQ(b.Find(a.Node(v).key), v);
}

TEST(GraphReader, RebuildsTheSameGraphFromKeysNamedByAttrName) {
  KnowledgeGraph built = testing::FixtureGraph();
  std::string error;
  auto read = GraphReader::ReadString(ForeignGraphml(built), error);
  ASSERT_TRUE(read) << error;
  ExpectSameGraph(built, *read);
}

TEST(GraphReader, QueriesAnswerTheSameOnTheReadGraph) {
  KnowledgeGraph built = testing::FixtureGraph();
  std::string error;
  auto read = GraphReader::ReadString(ForeignGraphml(built), error);
  ASSERT_TRUE(read) << error;
  auto a = QuerySpeakers(built, {});
  auto b = QuerySpeakers(*read, {});
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].event_key, b[i].event_key);
    EXPECT_EQ(a[i].speaker_key, b[i].speaker_key);
    EXPECT_EQ(a[i].post, b[i].post);
    EXPECT_EQ(a[i].on_behalf_of, b[i].on_behalf_of);
    EXPECT_EQ(a[i].quotes, b[i].quotes);
  }
  auto ca = CompareRegions(built, CompareBy::Province);
  auto cb = CompareRegions(*read, CompareBy::Province);
  ASSERT_EQ(ca.size(), cb.size());
  for (std::size_t i = 0; i < ca.size(); ++i) {
    EXPECT_EQ(ca[i].region, cb[i].region);
    EXPECT_EQ(ca[i].outside_speakers, cb[i].outside_speakers);
  }
}

TEST(GraphReader, KeyDefaultsFillMissingData) {
  const char* xml = R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="node" attr.name="kind"><default>Person</default></key>
  <key id="n" for="node" attr.name="name"/>
  <key id="r" for="edge" attr.name="relation"><default>holds</default></key>
  <graph edgedefault="directed">
    <node id="person/x"><data key="n">X &amp; Y</data></node>
    <node id="post/y"><data key="k">Post</data><data key="n">Kepala</data></node>
    <edge source="person/x" target="post/y"/>
  </graph></graphml>)";
  std::string error;
  auto g = GraphReader::ReadString(xml, error);
  ASSERT_TRUE(g) << error;
  ASSERT_EQ(g->NodeCount(), 2u);
  EXPECT_EQ(g->Node(0).kind, NodeKind::Person);
  EXPECT_EQ(g->Node(0).name, "X & Y");
  EXPECT_EQ(g->Node(1).kind, NodeKind::Post);
  ASSERT_EQ(g->EdgeCount(), 1u);
  EXPECT_EQ(g->Edge(0).relation, Relation::Holds);
}

TEST(GraphReader, NodeKeyComesFromKeyDataElseFromTheDecodedId) {
  const char* xml = R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="labels" for="node" attr.name="labels"/>
  <key id="n_key" for="node" attr.name="key"/><key id="n_kind" for="node" attr.name="kind"/>
  <key id="e_relation" for="edge" attr.name="relation"/>
  <graph>
    <node id="n1"><data key="labels">:Person</data><data key="n_key">person/a&amp;b</data><data key="n_kind">Person</data></node>
    <node id="post/x%20y%25"><data key="n_kind">Post</data></node>
    <edge source="n1" target="post/x%20y%25"><data key="e_relation">holds</data></edge>
  </graph></graphml>)";
  std::string error;
  auto g = GraphReader::ReadString(xml, error);
  ASSERT_TRUE(g) << error;
  EXPECT_TRUE(g->Find("person/a&b"));
  EXPECT_TRUE(g->Find("post/x y%"));
  EXPECT_TRUE(g->Node(*g->Find("person/a&b")).attrs.empty());  // `labels` is presentation
  ASSERT_EQ(g->EdgeCount(), 1u);
  EXPECT_EQ(g->Node(g->Source(0)).key, "person/a&b");
}

TEST(GraphReader, EntitiesAreNeitherExpandedNorFetched) {
  // An internal entity and an external one: neither may end up in the graph.
  const char* xml = R"(<?xml version="1.0"?>
<!DOCTYPE graphml [
  <!ENTITY secret SYSTEM "file:///etc/hostname">
  <!ENTITY word "expanded">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="node" attr.name="kind"/><key id="n" for="node" attr.name="name"/>
  <graph><node id="person/x"><data key="k">Person</data><data key="n">A&secret;B&word;C</data></node></graph>
</graphml>)";
  std::string error;
  auto g = GraphReader::ReadString(xml, error);
  ASSERT_TRUE(g) << error;
  EXPECT_EQ(g->Node(0).name, "ABC");
}

TEST(GraphReader, RejectsWhatIsNotPejabatGraphmlWithAReason) {
  std::string error;
  EXPECT_FALSE(GraphReader::ReadString("<graphml><graph>", error));
  EXPECT_NE(error.find("not well-formed XML (line 1)"), std::string::npos) << error;
  EXPECT_FALSE(GraphReader::ReadString("<svg/>", error));
  EXPECT_NE(error.find("not GraphML"), std::string::npos) << error;
  EXPECT_FALSE(GraphReader::ReadString("<graphml/>", error));
  EXPECT_EQ(error, "no <graph> element");
  const char* keys = R"(<graphml><key id="k" for="node" attr.name="kind"/><key id="r" for="edge" attr.name="relation"/>
    <key id="s" for="edge" attr.name="span_start"/><graph>)";
  EXPECT_FALSE(GraphReader::ReadString(std::string(keys) + R"(<node id="a"><data key="k">Robot</data></node></graph></graphml>)", error));
  EXPECT_EQ(error, "node a: unknown kind 'Robot'");
  EXPECT_FALSE(GraphReader::ReadString(std::string(keys) + R"(<node id="a"/></graph></graphml>)", error));
  EXPECT_NE(error.find("has no kind"), std::string::npos) << error;
  EXPECT_FALSE(GraphReader::ReadString(
      std::string(keys) + R"(<node id="a"><data key="k">Person</data></node><edge source="a" target="b"><data key="r">holds</data></edge></graph></graphml>)",
      error));
  EXPECT_EQ(error, "edge a -> b: an end is not a node of the graph");
  EXPECT_FALSE(GraphReader::ReadString(
      std::string(keys) + R"(<node id="a"><data key="k">Person</data></node><edge source="a" target="a"><data key="r">likes</data></edge></graph></graphml>)",
      error));
  EXPECT_EQ(error, "edge a -> a: unknown relation 'likes'");
  EXPECT_FALSE(GraphReader::ReadString(
      std::string(keys) + R"(<node id="a"><data key="k">Person</data></node><edge source="a" target="a"><data key="r">holds</data><data key="s">-3</data></edge></graph></graphml>)",
      error));
  EXPECT_EQ(error, "edge a -> a: span_start is not an offset: '-3'");
  EXPECT_FALSE(GraphReader::ReadString(
      std::string(keys) + R"(<node id="a"><data key="k">Person</data></node><node id="a"><data key="k">Person</data></node></graph></graphml>)",
      error));
  EXPECT_EQ(error, "node id a appears twice");
}

TEST(GraphReader, MissingFileIsAnErrorNotACrash) {
  std::string error;
  EXPECT_FALSE(GraphReader::ReadFile("/nonexistent/graph.graphml", error));
  EXPECT_NE(error.find("cannot open"), std::string::npos) << error;
}

}  // namespace
}  // namespace pejabat
