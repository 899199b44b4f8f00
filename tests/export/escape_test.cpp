// Escaping for every format: a table of inputs and the exact output expected.
#include <gtest/gtest.h>

#include <string>

#include "export/dot_escape.h"
#include "export/iri.h"
#include "export/node_id.h"
#include "export/xml_escape.h"

namespace pejabat {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string expected;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class XmlEscapeTest : public testing::TestWithParam<Case> {};
TEST_P(XmlEscapeTest, Content) { EXPECT_EQ(XmlEscape(GetParam().input), GetParam().expected); }
INSTANTIATE_TEST_SUITE_P(
    Table, XmlEscapeTest,
    testing::Values(Case{"plain", "Budi Santoso", "Budi Santoso"},
                    Case{"markup", "<b>&amp;\"'", "&lt;b&gt;&amp;amp;&quot;&apos;"},
                    Case{"cdata_end", "a]]>b", "a]]&gt;b"},
                    Case{"backslash", "a\\b", "a\\b"},
                    Case{"newline_tab_kept", "a\nb\tc", "a\nb\tc"},
                    Case{"cr_as_reference", "a\rb", "a&#13;b"},
                    Case{"controls_dropped", std::string("a\x01\x08\x0B\x1F", 5) + "b", "ab"},
                    Case{"nul_dropped", std::string("a\0b", 3), "ab"},
                    Case{"non_latin_kept", "\xE3\x83\x96\xE3\x83\x87\xE3\x82\xA3 \xE0\xA4\xB8", "\xE3\x83\x96\xE3\x83\x87\xE3\x82\xA3 \xE0\xA4\xB8"},
                    Case{"fffe_dropped", "a\xEF\xBF\xBE" "b", "ab"},
                    Case{"invalid_utf8_replaced", "a\xC3(b", "a\xEF\xBF\xBD(b"},
                    Case{"truncated_sequence", "ab\xE0\xA4", "ab\xEF\xBF\xBD\xEF\xBF\xBD"},
                    Case{"surrogate_replaced", "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
                    Case{"overlong_replaced", "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"}),
    [](const auto& info) { return std::string(info.param.name); });

class XmlAttributeTest : public testing::TestWithParam<Case> {};
TEST_P(XmlAttributeTest, Attribute) { EXPECT_EQ(XmlEscapeAttribute(GetParam().input), GetParam().expected); }
INSTANTIATE_TEST_SUITE_P(Table, XmlAttributeTest,
                         testing::Values(Case{"newline", "a\nb", "a&#10;b"}, Case{"tab", "a\tb", "a&#9;b"},
                                         Case{"quotes", "\"'", "&quot;&apos;"}),
                         [](const auto& info) { return std::string(info.param.name); });

class DotEscStringTest : public testing::TestWithParam<Case> {};
TEST_P(DotEscStringTest, Value) { EXPECT_EQ(DotEscString(GetParam().input), GetParam().expected); }
INSTANTIATE_TEST_SUITE_P(
    Table, DotEscStringTest,
    testing::Values(Case{"plain", "Budi", "Budi"}, Case{"backslash_doubled", "a\\b", "a\\\\b"},
                    Case{"trailing_backslash", "a\\", "a\\\\"}, Case{"newline_as_escape", "a\nb", "a\\nb"},
                    Case{"quote_kept_for_quoting", "a\"b", "a\"b"},
                    Case{"controls_dropped", std::string("a\x01\r\x7F", 4) + "b", "ab"},
                    Case{"markup_kept", "<b>&amp;]]>", "<b>&amp;]]>"},
                    Case{"invalid_utf8_replaced", "\xFF", "\xEF\xBF\xBD"}),
    [](const auto& info) { return std::string(info.param.name); });

class DotQuoteTest : public testing::TestWithParam<Case> {};
TEST_P(DotQuoteTest, Quoted) { EXPECT_EQ(DotQuote(GetParam().input), GetParam().expected); }
INSTANTIATE_TEST_SUITE_P(Table, DotQuoteTest,
                         testing::Values(Case{"plain", "a b", "\"a b\""}, Case{"quote", "a\"b", "\"a\\\"b\""},
                                         Case{"escaped_backslash_then_quote", "\\\\\"", "\"\\\\\\\"\""},
                                         Case{"empty", "", "\"\""}),
                         [](const auto& info) { return std::string(info.param.name); });

class DotHtmlTextTest : public testing::TestWithParam<Case> {};
TEST_P(DotHtmlTextTest, Html) { EXPECT_EQ(DotHtmlText(GetParam().input), GetParam().expected); }
INSTANTIATE_TEST_SUITE_P(Table, DotHtmlTextTest,
                         testing::Values(Case{"markup", "<b>&\"'", "&lt;b&gt;&amp;&quot;&apos;"},
                                         Case{"newline_as_br", "a\nb", "a<BR/>b"}, Case{"cr_dropped", "a\r\nb", "a<BR/>b"},
                                         Case{"backslash_plain", "a\\", "a\\"},
                                         Case{"controls_dropped", "a\x01" "b", "ab"}),
                         [](const auto& info) { return std::string(info.param.name); });

class NodeIdTest : public testing::TestWithParam<Case> {};
TEST_P(NodeIdTest, Id) { EXPECT_EQ(ExportNodeId(GetParam().input), GetParam().expected); }
INSTANTIATE_TEST_SUITE_P(
    Table, NodeIdTest,
    testing::Values(Case{"slug_unchanged", "person/budi-santoso", "person/budi-santoso"},
                    Case{"readers_mangle", "article/a <&>\"'\\%.txt", "article/a%20%3C%26%3E%22%27%5C%25.txt"},
                    Case{"controls", "a\nb\x01", "a%0Ab%01"},
                    Case{"non_latin_kept", "article/\xE3\x83\x96", "article/\xE3\x83\x96"},
                    Case{"invalid_utf8_encoded", "a\xFF", "a%FF"},
                    Case{"long_key_quote_last", "place/venue/hotel-dogostros'", "place/venue/hotel-dogostros%27"},
                    Case{"long_key_space_inside", "place/venue/hotel dogostros@63.06", "place/venue/hotel%20dogostros@63.06"},
                    Case{"long_key_del_last", "article/gen-0000000.txt\x7F", "article/gen-0000000.txt%7F"},
                    Case{"long_key_percent_first", "%article/gen-0000000.txt", "%25article/gen-0000000.txt"}),
    [](const auto& info) { return std::string(info.param.name); });

class IriPathTest : public testing::TestWithParam<Case> {};
TEST_P(IriPathTest, Path) { EXPECT_EQ(IriPath(GetParam().input), GetParam().expected); }
INSTANTIATE_TEST_SUITE_P(Table, IriPathTest,
                         testing::Values(Case{"slug", "person/budi-santoso", "person/budi-santoso"},
                                         Case{"space_and_markup", "a b<&>", "a%20b%3C%26%3E"},
                                         Case{"non_latin", "\xE3\x83\x96", "%E3%83%96"},
                                         Case{"hash_and_query", "a#b?c", "a%23b%3Fc"}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(NormalizeBaseIri, AddsTheSlashAndKeepsHash) {
  EXPECT_EQ(NormalizeBaseIri("https://example.org/kg"), "https://example.org/kg/");
  EXPECT_EQ(NormalizeBaseIri("https://example.org/kg/"), "https://example.org/kg/");
  EXPECT_EQ(NormalizeBaseIri("urn:x:kg#"), "urn:x:kg#");
}

TEST(NormalizeBaseIri, RefusesWhatIsNotAnAbsoluteIri) {
  for (const char* bad : {"relative/path", "", ":nothing", "https://exa mple.org/", "http:", "1http://x/", "https://x/<y>"})
    EXPECT_THROW(NormalizeBaseIri(bad), std::invalid_argument) << bad;
}

}  // namespace
}  // namespace pejabat
