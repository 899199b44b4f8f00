// The writers on a small hostile graph, each read back by a real parser:
// libxml2 for GraphML and SVG, RapidJSON for JSON-LD, cgraph for DOT.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "export/dot_escape.h"
#include "export/dot_writer.h"
#include "export/drawing_builder.h"
#include "export/exports.h"
#include "export/graphml_writer.h"
#include "export/graphviz_renderer.h"
#include "export/jsonld_writer.h"
#include "export/xml_escape.h"
#include "graph/graphml_reader.h"
#include "hostile_graph.h"

namespace pejabat {
namespace {

using testing_graph::kBudiName;
using testing_graph::kQuoteText;
using testing_graph::kSitiName;

struct XmlDoc {
  xmlDocPtr doc = nullptr;
  explicit XmlDoc(const std::string& text)
      : doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "mem.xml", "UTF-8", XML_PARSE_NONET)) {}
  ~XmlDoc() { xmlFreeDoc(doc); }
};

std::string Content(xmlNodePtr node) {
  xmlChar* c = xmlNodeGetContent(node);
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}

std::string Prop(xmlNodePtr node, const char* name) {
  xmlChar* c = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}

bool Named(xmlNodePtr n, const char* name) {
  return n->type == XML_ELEMENT_NODE && std::string(reinterpret_cast<const char*>(n->name)) == name;
}

// What XML 1.0 can carry of a text: its forbidden control characters dropped.
std::string XmlVisible(const std::string& s) {
  std::string out;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') out += c;
  return out;
}

struct GraphmlContent {
  std::map<std::string, std::string> key_names, key_types;       // id -> attr.name / attr.type
  std::map<std::string, std::map<std::string, std::string>> nodes;  // key attribute -> name -> value
  std::vector<std::string> edge_ids;
  std::vector<std::string> first_edge_keys;
  std::size_t shape_nodes = 0;
};

GraphmlContent ReadGraphml(const std::string& text) {
  XmlDoc doc(text);
  GraphmlContent g;
  EXPECT_NE(doc.doc, nullptr) << "GraphML is not well-formed";
  if (!doc.doc) return g;
  for (xmlNodePtr k = xmlDocGetRootElement(doc.doc)->children; k; k = k->next) {
    if (Named(k, "key")) {
      g.key_names[Prop(k, "id")] = Prop(k, "attr.name");
      g.key_types[Prop(k, "attr.name") + "@" + Prop(k, "for")] = Prop(k, "attr.type");
    }
    if (!Named(k, "graph")) continue;
    for (xmlNodePtr n = k->children; n; n = n->next) {
      if (Named(n, "node")) {
        std::map<std::string, std::string> values;
        for (xmlNodePtr d = n->children; d; d = d->next) {
          if (!Named(d, "data")) continue;
          if (Prop(d, "key") == "n_yed") {
            for (xmlNodePtr y = d->children; y; y = y->next) g.shape_nodes += Named(y, "ShapeNode");
            continue;
          }
          values[g.key_names[Prop(d, "key")]] = Content(d);
        }
        g.nodes[values["key"]] = values;
      } else if (Named(n, "edge")) {
        g.edge_ids.push_back(Prop(n, "id"));
        for (xmlNodePtr d = n->children; d; d = d->next)
          if (Named(d, "data")) {
            g.first_edge_keys.push_back(Prop(d, "key"));
            break;
          }
      }
    }
  }
  return g;
}

class WritersTest : public ::testing::Test {
 protected:
  KnowledgeGraph graph = testing_graph::MakeHostileGraph();
};

TEST_F(WritersTest, HostileGraphHasParallelEdges) {
  auto budi = graph.Find("person/budi");
  ASSERT_TRUE(budi);
  int spoke = 0;
  for (auto e : graph.OutEdges(*budi)) spoke += graph.Edge(e).relation == Relation::SpokeAt;
  EXPECT_EQ(spoke, 2);
}

TEST_F(WritersTest, GraphmlReadsBackWithEveryValue) {
  std::ostringstream out;
  WriteGraphml(graph, out);
  GraphmlContent g = ReadGraphml(out.str());
  ASSERT_EQ(g.nodes.size(), graph.NodeCount());
  ASSERT_EQ(g.edge_ids.size(), graph.EdgeCount());
  EXPECT_EQ(std::set<std::string>(g.edge_ids.begin(), g.edge_ids.end()).size(), graph.EdgeCount())
      << "edge ids must be unique so parallel edges survive";
  for (const auto& key : g.first_edge_keys) EXPECT_EQ(key, "label") << "Neo4j reads the type from the first data";
  for (std::size_t v = 0; v < graph.NodeCount(); ++v) {
    const NodeData& node = graph.Node(v);
    auto& values = g.nodes[node.key];
    EXPECT_EQ(values["name"], XmlVisible(node.name));
    EXPECT_EQ(values["label"], XmlVisible(node.name));
    EXPECT_EQ(values["kind"], NodeKindName(node.kind));
    EXPECT_EQ(values["labels"], ":" + std::string(NodeKindName(node.kind)));
    for (const auto& [name, value] : node.attrs.entries()) EXPECT_EQ(values[name], XmlVisible(value)) << name;
  }
  EXPECT_EQ(g.nodes["person/budi"]["name"], "Budi <&> \"Santoso\"\n]]>\\");
  EXPECT_EQ(g.key_types["participants@node"], "int");
  EXPECT_EQ(g.key_types["acting@node"], "string") << "\"Plt\" is no boolean";
  EXPECT_EQ(g.key_types["span_start@edge"], "int");
  EXPECT_EQ(g.shape_nodes, 0u);
  EXPECT_EQ(out.str().find("xmlns:y"), std::string::npos) << "the yEd namespace only with --yed";
}

TEST_F(WritersTest, GraphmlForYedHasAShapeNodePerNode) {
  std::ostringstream out;
  WriteGraphml(graph, out, GraphmlOptions{true});
  GraphmlContent g = ReadGraphml(out.str());
  EXPECT_EQ(g.shape_nodes, graph.NodeCount());
  EXPECT_NE(out.str().find("yfiles.type=\"nodegraphics\""), std::string::npos);
  EXPECT_EQ(g.nodes["person/siti"]["name"], kSitiName);
}

TEST_F(WritersTest, GraphmlIsDeterministic) {
  std::ostringstream a, b;
  WriteGraphml(graph, a);
  WriteGraphml(testing_graph::MakeHostileGraph(), b);
  EXPECT_EQ(a.str(), b.str());
}

// Every key of every object is a keyword or a term of the inline @context.
void ExpectMapped(const rapidjson::Value& v, const rapidjson::Value& context, int& keys) {
  if (v.IsArray()) {
    for (const auto& item : v.GetArray()) ExpectMapped(item, context, keys);
  } else if (v.IsObject()) {
    for (const auto& m : v.GetObject()) {
      std::string key = m.name.GetString();
      ++keys;
      if (key[0] != '@') {
        EXPECT_TRUE(context.HasMember(key.c_str())) << key << " is not in the @context";
      }
      ExpectMapped(m.value, context, keys);
    }
  }
}

const rapidjson::Value* NodeById(const rapidjson::Document& doc, const std::string& id) {
  for (const auto& n : doc["@graph"].GetArray())
    if (n.HasMember("identifier") && n["identifier"].GetString() == id) return &n;
  return nullptr;
}

TEST_F(WritersTest, JsonldParsesWithEveryKeyMappedAndDatesTypedByForm) {
  std::ostringstream out;
  WriteJsonld(graph, out, JsonldOptions{"https://example.org/kg"});
  rapidjson::Document doc;
  doc.Parse(out.str().c_str(), out.str().size());
  ASSERT_FALSE(doc.HasParseError()) << "offset " << doc.GetErrorOffset();
  ASSERT_TRUE(doc["@context"].IsObject());
  ASSERT_EQ(doc["@graph"].Size(), graph.NodeCount() + graph.EdgeCount());
  int keys = 0;
  ExpectMapped(doc["@graph"], doc["@context"], keys);
  EXPECT_GT(keys, 100);
  // Node IRIs are relative to the context's @base: "person/budi" is https://example.org/kg/person/budi.
  ASSERT_TRUE(doc["@context"].HasMember("@base"));
  EXPECT_STREQ(doc["@context"]["@base"].GetString(), "https://example.org/kg/");
  for (const auto& n : doc["@graph"].GetArray()) {
    const std::string iri = n["@id"].GetString();
    EXPECT_EQ(iri.find(':'), std::string::npos) << iri;
    EXPECT_NE(iri.find('/'), std::string::npos) << iri;
  }

  const auto* budi = NodeById(doc, "person/budi");
  ASSERT_NE(budi, nullptr);
  EXPECT_EQ(std::string((*budi)["name"].GetString(), (*budi)["name"].GetStringLength()), kBudiName)
      << "JSON carries control characters, escaped";
  EXPECT_STREQ((*budi)["@type"].GetString(), "schema:Person");
  EXPECT_TRUE(budi->HasMember("holds"));
  EXPECT_TRUE(budi->HasMember("wasDerivedFrom"));

  const auto* event = NodeById(doc, "event/rapat-uji");
  ASSERT_NE(event, nullptr);
  EXPECT_STREQ((*event)["startDate"]["@value"].GetString(), "--07-24");
  EXPECT_STREQ((*event)["startDate"]["@type"].GetString(), "xsd:gMonthDay");
  EXPECT_EQ((*event)["participants"].GetInt(), 40);

  const auto* siti = NodeById(doc, "person/siti");
  ASSERT_NE(siti, nullptr);
  EXPECT_TRUE(siti->HasMember("actedOnBehalfOf"));

  int articles = 0;
  for (const auto& n : doc["@graph"].GetArray())
    if (n.HasMember("datePublished")) {
      ++articles;
      EXPECT_STREQ(n["datePublished"]["@type"].GetString(), "xsd:date");
    }
  EXPECT_EQ(articles, 2);

  const auto& quote = *NodeById(doc, "quote/b.txt/1");
  EXPECT_EQ(std::string(quote["text"].GetString(), quote["text"].GetStringLength()), kQuoteText);
}

TEST_F(WritersTest, JsonldStatementsLocateTheirEvidence) {
  std::ostringstream out;
  WriteJsonld(graph, out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  ASSERT_FALSE(doc.HasParseError());
  int statements = 0;
  for (const auto& n : doc["@graph"].GetArray()) {
    if (!n.HasMember("predicate")) continue;
    ++statements;
    const auto& selectors = n["hasTarget"]["hasSelector"];
    ASSERT_TRUE(selectors.IsArray());
    EXPECT_STREQ(selectors[0]["@type"].GetString(), "oa:TextPositionSelector");
    EXPECT_LE(selectors[0]["start"].GetUint(), selectors[0]["end"].GetUint());
  }
  EXPECT_EQ(statements, static_cast<int>(graph.EdgeCount()));
}

TEST_F(WritersTest, JsonldRefusesARelativeBase) {
  std::ostringstream out;
  EXPECT_THROW(WriteJsonld(graph, out, JsonldOptions{"kg/"}), std::invalid_argument);
}

TEST_F(WritersTest, DotReadsBackWithCgraph) {
  DrawingOptions options;
  options.detail = DrawingDetail::Full;
  Drawing drawing = BuildDrawing(graph, options);
  std::ostringstream out;
  WriteDot(drawing, out);
  std::string text = out.str();
  Agraph_t* g = agmemread(text.c_str());
  ASSERT_NE(g, nullptr) << text;
  EXPECT_EQ(static_cast<std::size_t>(agnnodes(g)), graph.NodeCount());
  EXPECT_EQ(static_cast<std::size_t>(agnedges(g)), graph.EdgeCount()) << "parallel edges survive";
  Agnode_t* siti = agnode(g, const_cast<char*>("person/siti"), 0);
  ASSERT_NE(siti, nullptr);
  // The name ends in a backslash: the tooltip must come back whole.
  EXPECT_EQ(std::string(agget(siti, const_cast<char*>("tooltip"))), DotEscString("Person: " + kSitiName));
  Agnode_t* article = agnode(g, const_cast<char*>("article/a%20%3C%26%3E%22%27%5C.txt"), 0);
  EXPECT_NE(article, nullptr) << "node ids percent-encode what readers mangle";
  agclose(g);
}

TEST_F(WritersTest, RenderedSvgIsWellFormed) {
  auto dir = std::filesystem::temp_directory_path() / ("pejabat-export-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(dir);
  DrawingOptions options;
  options.detail = DrawingDetail::Full;
  auto written = RenderDrawing(BuildDrawing(graph, options), dir, "g", {"svg", "png"});
  ASSERT_EQ(written.size(), 2u);
  std::ifstream in(dir / "g.svg");
  std::string svg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  XmlDoc doc(svg);
  EXPECT_NE(doc.doc, nullptr) << "SVG is not well-formed";
  std::size_t drawn = 0;
  for (std::size_t at = svg.find("class=\"node\""); at != std::string::npos; at = svg.find("class=\"node\"", at + 1)) ++drawn;
  EXPECT_EQ(drawn, graph.NodeCount());
  EXPECT_NE(svg.find("Rapat &lt;A&gt; &amp; B"), std::string::npos) << "HTML-like labels kept the text";
  EXPECT_GT(std::filesystem::file_size(dir / "g.png"), 1000u);
  std::filesystem::remove_all(dir);
}

// The three data files are written at the same time: each is the same as
// when written alone (graph.dot from the drawing made in its thread, which is
// handed back), and a failure names its file while the others are kept.
TEST_F(WritersTest, DataFilesWrittenTogetherAreTheWritersOutput) {
  auto dir = std::filesystem::temp_directory_path() /
             ("pejabat-datafiles-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "graph.jsonld" / "in-the-way");
  Drawing drawing = BuildDrawing(graph, DrawingOptions{});
  auto read = [](const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  try {
    WriteDataFiles(graph, DrawingOptions{}, dir, ExportOptions{});
    ADD_FAILURE() << "a directory in the way of graph.jsonld must fail the write";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()).rfind((dir / "graph.jsonld").string() + ": ", 0), 0u) << e.what();
  }
  std::ostringstream graphml, dot;
  WriteGraphml(graph, graphml);
  WriteDot(drawing, dot);
  EXPECT_EQ(read(dir / "graph.graphml"), graphml.str());
  EXPECT_EQ(read(dir / "graph.dot"), dot.str());

  std::filesystem::remove_all(dir / "graph.jsonld");
  const DataFiles written = WriteDataFiles(graph, DrawingOptions{}, dir, ExportOptions{});
  EXPECT_EQ(written.paths.size(), 3u);
  EXPECT_EQ(written.drawing.nodes.size(), drawing.nodes.size());
  EXPECT_EQ(written.drawing.layout, drawing.layout);
  std::ostringstream jsonld;
  WriteJsonld(graph, jsonld);
  EXPECT_EQ(read(dir / "graph.jsonld"), jsonld.str());
  std::filesystem::remove_all(dir);
}

// A graph read from another tool's GraphML may key its articles otherwise
// than "article/" + source: facts then point at those keys, and articles keyed
// the usual way (or absent from the graph) at "article/" + source.
TEST(JsonldArticles, FactsPointAtTheArticlesOwnKeys) {
  const char* xml = R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="node" attr.name="kind"/><key id="n" for="node" attr.name="name"/>
  <key id="s" for="node" attr.name="source"/>
  <key id="r" for="edge" attr.name="relation"/><key id="a" for="edge" attr.name="article"/>
  <graph edgedefault="directed">
    <node id="berita/satu"><data key="k">Article</data><data key="n">Satu</data><data key="s">satu.txt</data></node>
    <node id="article/dua.txt"><data key="k">Article</data><data key="n">Dua</data><data key="s">dua.txt</data></node>
    <node id="person/x"><data key="k">Person</data><data key="n">X</data></node>
    <edge source="person/x" target="berita/satu"><data key="r">mentioned_in</data><data key="a">satu.txt</data></edge>
    <edge source="person/x" target="article/dua.txt"><data key="r">mentioned_in</data><data key="a">dua.txt</data></edge>
    <edge source="person/x" target="berita/satu"><data key="r">said</data><data key="a">tiga.txt</data></edge>
  </graph></graphml>)";
  std::string error;
  auto graph = GraphReader::ReadString(xml, error);
  ASSERT_TRUE(graph) << error;
  std::ostringstream out;
  WriteJsonld(*graph, out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str(), out.str().size());
  ASSERT_FALSE(doc.HasParseError());
  std::set<std::string> person_sources, fact_sources;
  for (const auto& n : doc["@graph"].GetArray()) {
    if (!n.HasMember("wasDerivedFrom")) continue;
    const std::string id = n["@id"].GetString();
    auto& into = id == "person/x" ? person_sources : fact_sources;
    if (n["wasDerivedFrom"].IsArray())
      for (const auto& v : n["wasDerivedFrom"].GetArray()) into.insert(v.GetString());
    else
      into.insert(n["wasDerivedFrom"].GetString());
  }
  const std::set<std::string> expected = {"berita/satu", "article/dua.txt", "article/tiga.txt"};
  EXPECT_EQ(person_sources, expected);
  EXPECT_EQ(fact_sources, expected);
}

TEST(ChooseLayout, DotOnlyForSmallGraphs) {
  EXPECT_EQ(ChooseLayout(10, ""), "dot");
  EXPECT_EQ(ChooseLayout(kDotMaxNodes, ""), "dot");
  EXPECT_EQ(ChooseLayout(kDotMaxNodes + 1, ""), "sfdp");
  EXPECT_EQ(ChooseLayout(10, "neato"), "neato");
}

}  // namespace
}  // namespace pejabat
