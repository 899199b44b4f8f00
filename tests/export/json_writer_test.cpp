// JsonWriter: its outer levels are laid out as RapidJSON's PrettyWriter with
// a one-space indent, deeper ones as RapidJSON's (compact) Writer, and
// strings are escaped as RapidJSON escapes them.
#include "export/json_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sstream>
#include <string>
#include <vector>

namespace pejabat {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string expected;  // the JSON string, quotes included
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

std::string Written(const std::function<void(JsonWriter&)>& write,
                    std::size_t line_depth = JsonWriter::kEveryLevel) {
  std::ostringstream out;
  {
    OutputBuffer buffer(out);
    JsonWriter w(buffer, line_depth);
    write(w);
  }
  return out.str();
}

class JsonStringTest : public testing::TestWithParam<Case> {};
TEST_P(JsonStringTest, Escaped) {
  EXPECT_EQ(Written([](JsonWriter& w) { w.String(GetParam().input); }), GetParam().expected);
}
INSTANTIATE_TEST_SUITE_P(
    Table, JsonStringTest,
    testing::Values(Case{"plain", "Budi Santoso", "\"Budi Santoso\""},
                    Case{"empty", "", "\"\""},
                    Case{"quote_backslash", "a\"b\\c", "\"a\\\"b\\\\c\""},
                    Case{"short_escapes", "\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\""},
                    Case{"other_controls", std::string("\0\x01\x0B\x1F", 4), "\"\\u0000\\u0001\\u000B\\u001F\""},
                    Case{"slash_and_del_kept", "a/b\x7F", "\"a/b\x7F\""},
                    Case{"non_latin_kept", "\xE3\x83\x96 \xF0\x9F\x98\x80", "\"\xE3\x83\x96 \xF0\x9F\x98\x80\""},
                    Case{"invalid_utf8_replaced", "a\xC3(b", "\"a\xEF\xBF\xBD(b\""},
                    Case{"truncated_sequence", "ab\xE0\xA4", "\"ab\xEF\xBF\xBD\xEF\xBF\xBD\""},
                    Case{"surrogate_replaced", "\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""}),
    [](const auto& info) { return std::string(info.param.name); });

// The same document through RapidJSON's PrettyWriter and ours.
template <typename Writer>
void Document(Writer& w) {
  w.StartObject();
  w.Key("@context");
  w.StartObject();
  w.Key("empty object");
  w.StartObject();
  w.EndObject();
  w.Key("empty array");
  w.StartArray();
  w.EndArray();
  w.EndObject();
  w.Key("@graph");
  w.StartArray();
  for (int i = 0; i < 3; ++i) {
    w.StartObject();
    w.Key("n");
    w.Int64(-1234567890123LL * i);
    w.Key("u");
    w.Uint(4000000000u);
    w.Key("b");
    w.Bool(i % 2 == 0);
    w.Key("list");
    w.StartArray();
    w.String("x");
    w.StartArray();
    w.StartObject();
    w.Key("deep");
    w.String("y\n");
    w.EndObject();
    w.EndArray();
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

TEST(JsonWriterTest, LaidOutAsRapidJsonPrettyWriter) {
  rapidjson::StringBuffer expected;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> rapid(expected);
  rapid.SetIndent(' ', 1);
  Document(rapid);
  EXPECT_EQ(Written([](JsonWriter& w) { Document(w); }), expected.GetString());
}

TEST(JsonWriterTest, DeepNestingIndentsLikeRapidJson) {
  auto nest = [](auto& w) {
    for (int i = 0; i < 150; ++i) w.StartArray();
    w.String("deep");
    for (int i = 0; i < 150; ++i) w.EndArray();
  };
  rapidjson::StringBuffer expected;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> rapid(expected);
  rapid.SetIndent(' ', 1);
  nest(rapid);
  EXPECT_EQ(Written([&](JsonWriter& w) { nest(w); }), expected.GetString());
}

// A _plain key or value is written as the escaping path writes it.
TEST(JsonWriterTest, PlainTextsAsEscapedOnes) {
  auto plain = [](JsonWriter& w) {
    w.StartObject();
    w.Key("@type"_plain);
    w.String("oa:TextQuoteSelector"_plain);
    w.Key(""_plain);
    w.String("a b/c:d#e"_plain);
    w.EndObject();
  };
  auto escaped = [](JsonWriter& w) {
    w.StartObject();
    w.Key("@type");
    w.String("oa:TextQuoteSelector");
    w.Key("");
    w.String("a b/c:d#e");
    w.EndObject();
  };
  EXPECT_EQ(Written(plain), Written(escaped));
  EXPECT_EQ(Written(plain, 0), Written(escaped, 0));
}

std::string Compact(const std::function<void(rapidjson::Writer<rapidjson::StringBuffer>&)>& write) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> rapid(buffer);
  write(rapid);
  return buffer.GetString();
}

TEST(JsonWriterTest, LineDepthZeroIsRapidJsonWriter) {
  EXPECT_EQ(Written([](JsonWriter& w) { Document(w); }, 0), Compact([](auto& w) { Document(w); }));
}

// graph.jsonld's layout: a line per member of the top object and of the
// containers directly in it, each line of "@graph" one whole node, compact.
TEST(JsonWriterTest, LineDepthTwoPutsEachGraphNodeOnALine) {
  const std::string written = Written([](JsonWriter& w) { Document(w); }, 2);
  std::vector<std::string> lines;
  std::istringstream in(written);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  const std::vector<std::string> expected_start = {
      "{", " \"@context\": {", "  \"empty object\": {},", "  \"empty array\": []", " },", " \"@graph\": ["};
  ASSERT_EQ(lines.size(), expected_start.size() + 3 + 2);
  for (std::size_t i = 0; i < expected_start.size(); ++i) EXPECT_EQ(lines[i], expected_start[i]);
  EXPECT_EQ(lines[lines.size() - 2], " ]");
  EXPECT_EQ(lines.back(), "}");
  // Each node line, without its indent and comma, is the node as RapidJSON's Writer writes it.
  rapidjson::Document doc;
  ASSERT_FALSE(doc.Parse(written.c_str()).HasParseError());
  const auto& graph = doc["@graph"];
  for (rapidjson::SizeType i = 0; i < graph.Size(); ++i) {
    std::string line = lines[expected_start.size() + i];
    ASSERT_EQ(line.rfind("  {", 0), 0u) << line;
    line = line.substr(2);
    if (i + 1 < graph.Size()) {
      ASSERT_EQ(line.back(), ',');
      line.pop_back();
    }
    EXPECT_EQ(line, Compact([&](auto& w) { graph[i].Accept(w); }));
  }
  // And the whole document says what the pretty layout says.
  rapidjson::Document pretty;
  ASSERT_FALSE(pretty.Parse(Written([](JsonWriter& w) { Document(w); }).c_str()).HasParseError());
  EXPECT_EQ(doc, pretty);
}

}  // namespace
}  // namespace pejabat
