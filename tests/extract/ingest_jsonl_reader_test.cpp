#include "extract/ingest/jsonl_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "extract/ingest/input_limits.h"
#include "extract/text_util.h"
#include "lazy_text.h"

namespace pejabat {
namespace {

using namespace std::string_literals;

struct Expected {
  std::string where;  // "f.jsonl:3"
  std::string phrase;
  bool fatal;
};

struct Read {
  std::vector<RawArticle> articles;
  std::vector<InputIssue> issues;
};

Read ReadAll(const std::string& content) {
  std::istringstream in(content);
  JsonlReader reader(in, "f.jsonl");
  Read out;
  RawArticle a;
  while (reader.Next(a, out.issues)) out.articles.push_back(std::move(a));
  EXPECT_FALSE(reader.Next(a, out.issues)) << "stays at the end";
  return out;
}

std::string Issues(const Read& r) {
  std::string s;
  for (const auto& i : r.issues) s += i.where + ": " + i.reason + (i.fatal ? " [fatal]" : "") + "\n";
  return s;
}

struct JsonlCase {
  const char* name;
  testing::LazyText content;
  std::vector<std::string> ids;  // the records read, in order
  std::vector<Expected> issues;  // exactly these, in order
};

std::ostream& operator<<(std::ostream& os, const JsonlCase& c) { return os << c.name; }

class JsonlReaderTest : public ::testing::TestWithParam<JsonlCase> {};

TEST_P(JsonlReaderTest, ReadsGoodRecordsAndNamesTheLineOfEachBadOne) {
  const JsonlCase& c = GetParam();
  Read r = ReadAll(c.content.str());
  std::vector<std::string> ids;
  for (const auto& a : r.articles) {
    ids.push_back(a.source);
    EXPECT_EQ(a.input_path.rfind("f.jsonl:", 0), 0u) << "every article names its line: " << a.input_path;
    EXPECT_TRUE(IsValidUtf8(a.text) && IsValidUtf8(a.title) && IsValidUtf8(a.source));
    EXPECT_EQ(a.text.find('\0'), std::string::npos);
  }
  EXPECT_EQ(ids, c.ids);
  ASSERT_EQ(r.issues.size(), c.issues.size()) << Issues(r);
  for (const auto& issue : r.issues) EXPECT_EQ(issue.reason.find('\n'), std::string::npos) << "one line each";
  for (std::size_t i = 0; i < c.issues.size(); ++i) {
    EXPECT_EQ(r.issues[i].where, c.issues[i].where) << Issues(r);
    EXPECT_NE(r.issues[i].reason.find(c.issues[i].phrase), std::string::npos) << Issues(r);
    EXPECT_EQ(r.issues[i].fatal, c.issues[i].fatal) << Issues(r);
  }
}

// The pipeline reads lines in one thread and parses them in others: the two
// halves, called apart, must give exactly what Next gives.
TEST_P(JsonlReaderTest, LinesParsedApartGiveTheSameRecordsAndIssues) {
  const JsonlCase& c = GetParam();
  const std::string content = c.content.str();
  Read whole = ReadAll(content);
  std::istringstream in(content);
  JsonlReader reader(in, "f.jsonl");
  Read apart;
  JsonlLine line;
  while (reader.NextLine(line, apart.issues)) {
    ReadResult r = ParseJsonlLine(line);
    apart.issues.insert(apart.issues.end(), r.issues.begin(), r.issues.end());
    for (auto& a : r.articles) apart.articles.push_back(std::move(a));
  }
  ASSERT_EQ(apart.articles.size(), whole.articles.size());
  for (std::size_t i = 0; i < whole.articles.size(); ++i) {
    EXPECT_EQ(apart.articles[i].source, whole.articles[i].source);
    EXPECT_EQ(apart.articles[i].text, whole.articles[i].text);
    EXPECT_EQ(apart.articles[i].input_path, whole.articles[i].input_path);
  }
  EXPECT_EQ(Issues(apart), Issues(whole));
  bool refused = std::any_of(whole.issues.begin(), whole.issues.end(),
                             [](const InputIssue& i) { return i.where == "f.jsonl" && i.fatal; });
  if (!refused) {
    EXPECT_EQ(reader.bytes_read(), content.size()) << "every byte is counted once";
  }
}

std::string Rec(const std::string& id, const std::string& text = "Wali Kota hadir.") {
  return "{\"id\":\"" + id + "\",\"title\":\"Judul " + id + "\",\"text\":\"" + text + "\"}\n";
}

std::string Utf16Le(const std::string& ascii) {
  std::string out = "\xFF\xFE";
  for (char c : ascii) out += c, out += '\0';
  return out;
}

const JsonlCase kJsonlCases[] = {
    {"Good", Rec("a") + Rec("b"), {"a", "b"}, {}},
    {"IntegerIdAndNoTrailingNewline", "{\"id\":42,\"text\":\"x\"}", {"42"}, {}},
    {"BlankLinesAndCrlf", "\n" + Rec("a") + "   \r\n{\"id\":\"b\",\"text\":\"y\"}\r\n\n", {"a", "b"}, {}},
    {"Utf8Bom", "\xEF\xBB\xBF" + Rec("a"), {"a"}, {}},
    {"MalformedLineInTheMiddle", Rec("a") + "{\"id\":\"b\",\"text\":\"unterminated}\n" + Rec("c"), {"a", "c"},
     {{"f.jsonl:2", "invalid JSON at byte ", true}}},
    {"TruncatedLastRecord", Rec("a") + "{\"id\":\"b\",\"te", {"a"}, {{"f.jsonl:2", "invalid JSON", true}}},
    {"TrailingGarbage", "{\"id\":\"a\",\"text\":\"x\"} sampah\n" + Rec("b"), {"b"},
     {{"f.jsonl:1", "invalid JSON at byte 23: The document root must not be followed by other values", true}}},
    {"TwoObjectsOnOneLine", "{\"id\":\"a\",\"text\":\"x\"}{\"id\":\"b\",\"text\":\"y\"}\n", {},
     {{"f.jsonl:1", "invalid JSON", true}}},
    {"NotAnObject", "[1,2]\n\"teks\"\n" + Rec("a"), {"a"},
     {{"f.jsonl:1", "record is not a JSON object", true}, {"f.jsonl:2", "record is not a JSON object", true}}},
    {"MissingId", "{\"text\":\"x\"}\n", {}, {{"f.jsonl:1", "record has no \"id\"", true}}},
    {"EmptyId", "{\"id\":\"  \",\"text\":\"x\"}\n", {}, {{"f.jsonl:1", "record has an empty \"id\"", true}}},
    {"IdWrongType", "{\"id\":{\"a\":1},\"text\":\"x\"}\n{\"id\":1.5,\"text\":\"x\"}\n", {},
     {{"f.jsonl:1", "\"id\" is not a string or an integer", true},
      {"f.jsonl:2", "\"id\" is not a string or an integer", true}}},
    {"IdTooLong", "{\"id\":\"" + std::string(kMaxIdBytes + 1, 'x') + "\",\"text\":\"x\"}\n", {},
     {{"f.jsonl:1", "\"id\" is longer than 512 bytes", true}}},
    {"MissingText", "{\"id\":\"a\",\"title\":\"t\"}\n{\"id\":\"b\",\"text\":\" \\n \"}\n", {},
     {{"f.jsonl:1", "record \"a\" has no \"text\"", true}, {"f.jsonl:2", "record \"b\" has no \"text\"", true}}},
    {"TextWrongType", "{\"id\":\"a\",\"text\":[\"x\"]}\n", {}, {{"f.jsonl:1", "record \"a\": \"text\" is not a string", true}}},
    {"OptionalFieldWrongTypeIsIgnored", "{\"id\":\"a\",\"text\":\"x\",\"date\":20240101,\"title\":null}\n", {"a"},
     {{"f.jsonl:1", "record \"a\": \"date\" is not a string; ignored", false}}},
    {"EscapedControlsCleaned", "{\"id\":\"a\\u0000b\",\"text\":\"x\\u0000y\\u0007z\"}\n", {"ab"},
     {{"f.jsonl:1", "3 control characters in its strings removed or replaced", false}}},
    // Found by fuzz_jsonl: an escaped line break in an id made a two-line message.
    {"IdWithEscapedLineBreaks", "{\"id\":\"a\\nb\",\"text\":\"x\"}\n{\"id\":\"c\\n\\td\"}\n", {"a b"},
     {{"f.jsonl:2", "record \"c  d\" has no \"text\"", true}}},
    {"LoneSurrogateEscape", "{\"id\":\"a\",\"text\":\"\\ud800\"}\n" + Rec("b"), {"b"},
     {{"f.jsonl:1", "The surrogate pair in string is invalid", true}}},
    {"InvalidUtf8InARecord", "{\"id\":\"a\",\"text\":\"caf\xC3\xA9 \xFF\"}\n", {"a"},
     {{"f.jsonl:1", "invalid UTF-8: 1 bytes replaced with U+FFFD", false}}},
    {"Windows1252Record", "{\"id\":\"a\",\"text\":\"caf\xE9\"}\n", {"a"},
     {{"f.jsonl:1", "not UTF-8: converted from Windows-1252", false}}},
    {"NulBytesInALine", Rec("a") + "\0\0"s + Rec("b") + std::string(64, '\0'), {"a", "b"},
     {{"f.jsonl:2", "2 NUL bytes removed", false}, {"f.jsonl:3", "64 NUL bytes removed", false}}},
    {"DeeplyNestedJson", testing::LazyText::Made([] {
       return "{\"id\":\"a\",\"text\":\"x\",\"extra\":" + std::string(1'000'000, '[') + std::string(1'000'000, ']') +
              "}\n" + std::string(1'000'000, '[') + "\n" + Rec("b");
     }),
     {"a", "b"}, {{"f.jsonl:2", "invalid JSON", true}}},
    {"OversizeRecordBetweenGoodOnes",
     testing::LazyText::Made(
         [] { return Rec("a") + "{\"id\":\"big\",\"text\":\"" + std::string(kMaxArticleBytes, 'x') + "\"}\n" + Rec("c"); }),
     {"a", "c"},
     {{"f.jsonl:2", "record too large: over 16 MiB", true}}},
    {"TextTooLong",
     testing::LazyText::Made(
         [] { return Rec("a") + "{\"id\":\"big\",\"text\":\"" + std::string(2 << 20, 'x') + "\"}\n" + Rec("c"); }),
     {"a", "c"}, {{"f.jsonl:2", "record \"big\": article text too long: 2.0 MiB (the limit is 1 MiB)", true}}},
    {"Utf16LeWithBom", Utf16Le(Rec("a") + Rec("b")), {"a", "b"},
     {{"f.jsonl", "JSON Lines should be UTF-8: converted from UTF-16LE", false}}},
    {"BinaryFile", "\x1F\x8B\x08\0{\"id\":\"a\",\"text\":\"x\"}\n"s, {},
     {{"f.jsonl", "binary file (gzip-compressed data), not JSON Lines", true}}},
    {"Empty", "", {}, {}},
    // The record's fields are read as the parser meets them: the first member of
    // a name decides, null is absent, members of nested objects are not the record's.
    {"FirstMemberOfANameDecides",
     "{\"id\":\"a\",\"id\":\"b\",\"text\":\"x\"}\n{\"id\":\"c\",\"text\":7,\"text\":\"y\"}\n"
     "{\"id\":null,\"id\":\"d\",\"text\":\"x\"}\n",
     {"a"},
     {{"f.jsonl:2", "record \"c\": \"text\" is not a string", true}, {"f.jsonl:3", "record has no \"id\"", true}}},
    {"NestedMembersAreNotTheRecords",
     "{\"meta\":{\"id\":\"in\",\"text\":\"x\"},\"list\":[{\"id\":\"z\"}],\"id\":\"out\",\"text\":\"y\"}\n"
     "{\"meta\":{\"id\":\"in\",\"text\":\"x\"}}\n",
     {"out"}, {{"f.jsonl:2", "record has no \"id\"", true}}},
    {"IntegerIdsOfEveryWidth",
     "{\"id\":-7,\"text\":\"x\"}\n{\"id\":4294967295,\"text\":\"x\"}\n{\"id\":-9223372036854775808,\"text\":\"x\"}\n"
     "{\"id\":18446744073709551615,\"text\":\"x\"}\n{\"id\":1e3,\"text\":\"x\"}\n{\"id\":true,\"text\":\"x\"}\n",
     {"-7", "4294967295", "-9223372036854775808", "18446744073709551615"},
     {{"f.jsonl:5", "\"id\" is not a string or an integer", true},
      {"f.jsonl:6", "\"id\" is not a string or an integer", true}}},
    {"EscapedNamesAndWrongTypedOptionals",
     "{\"i\\u0064\":\"a\",\"t\\u0065xt\":\"x\",\"title\":[\"t\"],\"outlet\":{\"n\":1},\"url\":false}\n", {"a"},
     {{"f.jsonl:1", "record \"a\": \"title\" is not a string; ignored", false},
      {"f.jsonl:1", "record \"a\": \"url\" is not a string; ignored", false},
      {"f.jsonl:1", "record \"a\": \"outlet\" is not a string; ignored", false}}},
};

INSTANTIATE_TEST_SUITE_P(Table, JsonlReaderTest, ::testing::ValuesIn(kJsonlCases),
                         [](const auto& info) { return std::string(info.param.name); });

// Controls are cleaned from the strings only when the record holds an escape
// that can make one (\b, \f, \r, \uXXXX); "\\b" is a backslash and a 'b'.
TEST(JsonlReader, CleansControlsEscapedInAnyString) {
  struct Case {
    const char* json;
    const char* text;  // the article's text, title first
    const char* source;
    std::size_t controls;  // counted in the message; 0: no message
  } cases[] = {
      {R"({"id":"a","text":"x\ny\tz \"q\""})", "x\ny\tz \"q\"", "a", 0},
      {R"({"id":"a","text":"x\by"})", "x y", "a", 1},
      {R"({"id":"a","text":"x\fy"})", "x\ny", "a", 0},  // line breaks go uncounted
      {R"({"id":"a","text":"x\r\ny"})", "x\ny", "a", 0},
      {R"({"id":"a","text":"x\u0001y"})", "x y", "a", 1},
      {R"({"id":"a","text":"caf\u00e9"})", "caf\xC3\xA9", "a", 0},
      {R"({"id":"a","text":"x\\by\\f\\r\\u0001"})", "x\\by\\f\\r\\u0001", "a", 0},
      {R"({"id":"a\u0002","title":"T\rU","text":"x","url":"u\bv"})", "T U\n\nx", "a ", 2},
      {R"({"id":"a","text":"x\\\by"})", "x\\ y", "a", 1},
  };
  for (const Case& c : cases) {
    ReadResult r = ParseJsonlRecord(c.json, "f.jsonl:1");
    ASSERT_EQ(r.articles.size(), 1u) << c.json;
    EXPECT_EQ(r.articles[0].text, c.text) << c.json;
    EXPECT_EQ(r.articles[0].source, c.source) << c.json;
    const std::string message = std::to_string(c.controls) + " control characters";
    bool found = false;
    for (const auto& issue : r.issues) found |= issue.reason.find(message) != std::string::npos;
    if (c.controls) EXPECT_TRUE(found) << c.json;
    else EXPECT_TRUE(r.issues.empty()) << c.json;
  }
}

TEST(JsonlReader, BuildsTheArticleFromTheFields) {
  Read r = ReadAll(
      "{\"id\":\"k-1\",\"title\":\"  Rapat   Koordinasi \",\"text\":\"Isi.\",\"url\":\"https://x.id/1\","
      "\"date\":\"2024-06-03\",\"outlet\":\"Kabar\"}\n");
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.source, "k-1");
  EXPECT_EQ(a.title, "Rapat Koordinasi");
  EXPECT_EQ(a.text, "Rapat Koordinasi\n\nIsi.");
  EXPECT_EQ(a.url, "https://x.id/1");
  EXPECT_EQ(a.published, "2024-06-03");
  EXPECT_EQ(a.outlet, "Kabar");
  EXPECT_EQ(a.input_path, "f.jsonl:1");
}

TEST(ParseJsonlRecord, OneLineOnItsOwn) {
  ReadResult r = ParseJsonlRecord("{\"id\":\"a\",\"text\":\"x\"}", "s:9");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].input_path, "s:9");
  EXPECT_TRUE(ParseJsonlRecord("   ", "s:1").issues.empty()) << "a blank line is not an error";
  // A title with nothing to collapse is the article's as it is.
  ReadResult titled = ParseJsonlRecord(R"({"id":"a","title":"Rapat Koordinasi","text":"x"})", "s:2");
  ASSERT_EQ(titled.articles.size(), 1u);
  EXPECT_EQ(titled.articles[0].title, "Rapat Koordinasi");
  EXPECT_EQ(titled.articles[0].text, "Rapat Koordinasi\n\nx");
}

}  // namespace
}  // namespace pejabat
