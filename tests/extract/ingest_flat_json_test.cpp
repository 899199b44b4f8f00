#include "extract/ingest/flat_json.h"

#include <gtest/gtest.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>

#include <string>
#include <vector>

namespace pejabat {
namespace {

// "key=value" per member, strings unescaped, null as "key=null", integers as "key=#digits".
std::vector<std::string> FlatMembers(const FlatJsonObject& object) {
  std::vector<std::string> out;
  for (std::size_t m = 0; m < object.size; ++m) {
    const FlatJsonValue& v = object.members[m].value;
    std::string value;
    switch (v.kind) {
      case FlatJsonValue::Kind::String:
        if (v.escaped) AppendUnescaped(value, v.raw);
        else value.assign(v.raw);
        break;
      case FlatJsonValue::Kind::Integer: value = "#" + std::string(v.raw); break;
      case FlatJsonValue::Kind::Null: value = "null"; break;
    }
    out.push_back(std::string(object.members[m].key) + "=" + value);
  }
  return out;
}

// The same list from rapidjson, for the objects ReadFlatJsonObject takes.
struct Members : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Members> {
  std::vector<std::string> out;
  std::string key;
  bool Key(const char* s, rapidjson::SizeType n, bool) { return key.assign(s, n), true; }
  bool String(const char* s, rapidjson::SizeType n, bool) { return out.push_back(key + "=" + std::string(s, n)), true; }
  bool Null() { return out.push_back(key + "=null"), true; }
  bool Uint(unsigned u) { return out.push_back(key + "=#" + std::to_string(u)), true; }
  bool Uint64(uint64_t u) { return out.push_back(key + "=#" + std::to_string(u)), true; }
};

struct FlatCase {
  std::string name;
  std::string json;
  bool flat;                          // read by ReadFlatJsonObject
  std::vector<std::string> members;   // when flat
};

std::ostream& operator<<(std::ostream& os, const FlatCase& c) { return os << c.name; }

class FlatJsonTest : public ::testing::TestWithParam<FlatCase> {};

TEST_P(FlatJsonTest, ReadsFlatObjectsAsAJsonParserDoesAndLeavesTheRest) {
  const FlatCase& c = GetParam();
  FlatJsonObject object;
  ASSERT_EQ(ReadFlatJsonObject(c.json, object), c.flat) << c.json;
  if (!c.flat) return;
  EXPECT_EQ(FlatMembers(object), c.members);
  Members parsed;
  rapidjson::Reader reader;
  rapidjson::StringStream in(c.json.c_str());
  ASSERT_FALSE(reader.Parse(in, parsed).IsError()) << "what is read here is JSON";
  EXPECT_EQ(FlatMembers(object), parsed.out);
}

// Long strings cross the 16- and 32-byte blocks the scans work in.
const std::string kLong(70, 'a');

const FlatCase kFlatCases[] = {
    {"Record", R"({"id":"a-1","title":"Judul","text":"Isi."})", true, {"id=a-1", "title=Judul", "text=Isi."}},
    {"SpacesAround", " \t{ \"id\" : 7 , \"x\" : null }  ", true, {"id=#7", "x=null"}},
    {"Empty", "{}", true, {}},
    {"Escapes", R"({"t":"a\"b\\c\/d\ne\tf"})", true, {"t=a\"b\\c/d\ne\tf"}},
    {"EscapesAcrossBlocks", "{\"t\":\"" + kLong + "\\n\\n" + kLong + "\\\"" + kLong + "\\\\\"}", true,
     {"t=" + kLong + "\n\n" + kLong + "\"" + kLong + "\\"}},
    {"EscapeEndingABlock", "{\"t\":\"" + std::string(31, 'b') + "\\n" + std::string(33, 'c') + "\"}", true,
     {"t=" + std::string(31, 'b') + "\n" + std::string(33, 'c')}},
    {"Utf8Kept", "{\"t\":\"caf\xC3\xA9 \xE2\x80\x9Cya\xE2\x80\x9D " + kLong + "\"}", true,
     {"t=caf\xC3\xA9 \xE2\x80\x9Cya\xE2\x80\x9D " + kLong}},
    // Bytes that are no UTF-8 are left to the decoder, and then to the full parser.
    {"Windows1252Byte", "{\"t\":\"caf\xE9 " + kLong + "\"}", false, {}},
    {"StrayContinuationByte", "{\"t\":\"" + kLong + "\x80\"}", false, {}},
    {"SequenceCutByTheQuote", "{\"t\":\"a\xE2\x80\"}", false, {}},
    {"HighByteOutsideStrings", "{\"t\":\"a\"\xC3\xA9}", false, {}},
    {"Zero", R"({"id":0})", true, {"id=#0"}},
    {"EighteenDigits", R"({"id":123456789012345678})", true, {"id=#123456789012345678"}},
    {"NineteenDigits", R"({"id":1234567890123456789})", false, {}},
    {"LeadingZero", R"({"id":07})", false, {}},
    {"Negative", R"({"id":-7})", false, {}},
    {"Fraction", R"({"id":1.5})", false, {}},
    {"Exponent", R"({"id":1e3})", false, {}},
    {"Boolean", R"({"id":true})", false, {}},
    {"Nested", R"({"id":"a","meta":{"x":1}})", false, {}},
    {"Array", R"({"id":"a","tags":["x"]})", false, {}},
    {"NotAnObject", R"(["a"])", false, {}},
    {"UnicodeEscape", R"({"t":"caf\u00e9"})", false, {}},
    {"ControlEscapes", R"({"t":"a\rb"})", false, {}},
    {"EscapedKey", R"({"i\u0064":"a"})", false, {}},
    {"RawTabInAString", "{\"t\":\"a\tb\"}", false, {}},
    {"RawLineBreakInALongString", "{\"t\":\"" + kLong + "\n" + kLong + "\"}", false, {}},
    {"CarriageReturnBetweenMembers", "{\"id\":\"a\",\r\"t\":\"b\"}", false, {}},
    {"Unterminated", R"({"id":"a)", false, {}},
    {"BadEscape", R"({"t":"a\x"})", false, {}},
    {"TrailingComma", R"({"id":"a",})", false, {}},
    {"TrailingGarbage", R"({"id":"a"} x)", false, {}},
    {"MissingColon", R"({"id" "a"})", false, {}},
    {"NullMisspelt", R"({"id":nul})", false, {}},
    {"TooManyMembers",
     R"({"a":1,"b":1,"c":1,"d":1,"e":1,"f":1,"g":1,"h":1,"i":1,"j":1,"k":1,"l":1,"m":1,"n":1,"o":1,"p":1,"q":1})",
     false, {}},
};

INSTANTIATE_TEST_SUITE_P(Table, FlatJsonTest, ::testing::ValuesIn(kFlatCases),
                         [](const auto& info) { return std::string(info.param.name); });

// An escaped quote, a three-byte sequence and a control byte at every place
// around the first and second 32-byte steps: the step goes on past an
// escape or a sequence that ends in the next one, and the escaped quote is
// no closing one.
std::vector<FlatCase> AtEveryPlace() {
  std::vector<FlatCase> cases;
  for (std::size_t lead = 0; lead < 70; ++lead) {
    const std::string before(lead, 'x'), after(40, 'y');
    cases.push_back({"EscapedQuoteAfter" + std::to_string(lead), "{\"t\":\"" + before + "\\\"" + after + "\"}", true,
                     {"t=" + before + "\"" + after}});
    cases.push_back({"SequenceAfter" + std::to_string(lead), "{\"t\":\"" + before + "\xE2\x80\x93" + after + "\"}", true,
                     {"t=" + before + "\xE2\x80\x93" + after}});
    cases.push_back({"ControlAfter" + std::to_string(lead), "{\"t\":\"" + before + "\x01" + after + "\"}", false, {}});
  }
  return cases;
}

INSTANTIATE_TEST_SUITE_P(AtEveryPlace, FlatJsonTest, ::testing::ValuesIn(AtEveryPlace()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(AppendUnescaped, AppendsAfterWhatIsThere) {
  std::string out = "Judul\n\n";
  AppendUnescaped(out, R"(a\nb)");
  EXPECT_EQ(out, "Judul\n\na\nb");
  AppendUnescaped(out, "");
  EXPECT_EQ(out, "Judul\n\na\nb");
}

}  // namespace
}  // namespace pejabat
