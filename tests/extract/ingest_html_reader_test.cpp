#include "extract/ingest/html_reader.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "extract/ingest/input_limits.h"
#include "extract/text_util.h"
#include "lazy_text.h"

namespace pejabat {
namespace {

namespace fs = std::filesystem;

// A local file whose content must never reach any output.
class SecretFile {
 public:
  SecretFile() {
    dir_ = fs::temp_directory_path() / ("pejabat-secret-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    path_ = dir_ / "secret.txt";
    std::ofstream(path_) << marker() << "\n";
  }
  ~SecretFile() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  static std::string marker() { return "RAHASIA_7f3c9e_JANGAN_BOCOR"; }
  std::string url() const { return "file://" + path_.string(); }
  std::string path() const { return path_.string(); }

 private:
  fs::path dir_, path_;
};

const SecretFile& Secret() {
  static SecretFile secret;
  return secret;
}

std::string Everything(const ReadResult& r) {
  std::string all;
  for (const auto& a : r.articles) all += a.title + "\n" + a.text + "\n" + a.source + "\n";
  for (const auto& i : r.issues) all += i.where + ": " + i.reason + "\n";
  return all;
}

bool HasIssue(const ReadResult& r, const std::string& phrase, bool fatal) {
  for (const auto& i : r.issues)
    if (i.reason.find(phrase) != std::string::npos && i.fatal == fatal) return true;
  return false;
}

// ---- Hostile documents: nothing they point at is ever read ----

struct HostileCase {
  const char* name;
  std::string (*html)();
};

std::ostream& operator<<(std::ostream& os, const HostileCase& c) { return os << c.name; }

const std::string kBody = "<p>Wali Kota Padang membuka rapat di Balai Kota.</p>";

const HostileCase kHostileCases[] = {
    {"ExternalEntityInHtml",
     [] {
       return "<!DOCTYPE html [<!ENTITY x SYSTEM \"" + Secret().url() + "\">]>\n<html><body>" + kBody +
              "<p>Isi: &x;</p></body></html>";
     }},
    {"ExternalEntityPlainPath",
     [] {
       return "<!DOCTYPE html [<!ENTITY x SYSTEM \"" + Secret().path() + "\">]><html><body>" + kBody +
              "<p>&x;</p></body></html>";
     }},
    {"ParameterEntity",
     [] {
       return "<!DOCTYPE html [<!ENTITY % p SYSTEM \"" + Secret().url() + "\"> %p;]><html><body>" + kBody +
              "</body></html>";
     }},
    {"XmlDocumentWithExternalEntity",
     [] {
       return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE article [\n  <!ENTITY x SYSTEM \"" +
              Secret().url() + "\">\n]>\n<article><title>Judul</title>" + kBody + "<p>&x;</p></article>";
     }},
    {"XhtmlWithInternalSubset",
     [] {
       return "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
              "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\" [\n<!ENTITY x SYSTEM \"" +
              Secret().url() + "\">\n<!-- a ] in a comment -->\n<!ENTITY y \"a ] in a literal\">\n]>\n"
              "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + kBody + "<p>&x; &y;</p></body></html>";
     }},
    {"ExternalDtd",
     [] { return "<!DOCTYPE html SYSTEM \"" + Secret().url() + "\"><html><body>" + kBody + "</body></html>"; }},
    {"XInclude",
     [] {
       return "<html xmlns:xi=\"http://www.w3.org/2001/XInclude\"><body>" + kBody + "<xi:include href=\"" +
              Secret().url() + "\" parse=\"text\"/></body></html>";
     }},
    {"ResourcesThatBrowsersWouldLoad",
     [] {
       std::string u = Secret().url();
       return "<html><head><link rel=\"stylesheet\" href=\"" + u + "\"><base href=\"" + u + "\"></head><body>" +
              kBody + "<img src=\"" + u + "\"><iframe src=\"" + u + "\"></iframe><object data=\"" + u +
              "\"></object><svg><image href=\"" + u + "\"/></svg></body></html>";
     }},
};

class HostileHtmlTest : public ::testing::TestWithParam<HostileCase> {};

TEST_P(HostileHtmlTest, NeverReadsWhatTheDocumentPointsAt) {
  ReadResult r = ReadHtmlArticle(GetParam().html(), "a.html", "a.html");
  ASSERT_EQ(r.articles.size(), 1u) << Everything(r);
  EXPECT_NE(r.articles[0].text.find("Wali Kota Padang membuka rapat"), std::string::npos) << Everything(r);
  EXPECT_EQ(Everything(r).find(SecretFile::marker()), std::string::npos) << Everything(r);
  EXPECT_EQ(r.articles[0].text.find("ENTITY"), std::string::npos) << "declarations are not body text";
}

INSTANTIATE_TEST_SUITE_P(Table, HostileHtmlTest, ::testing::ValuesIn(kHostileCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(HtmlReader, InternalSubsetIsReportedAndReferencesStayLiteral) {
  ReadResult r = ReadHtmlArticle(kHostileCases[0].html(), "a.html", "a.html");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_TRUE(HasIssue(r, "DOCTYPE internal subset ignored", false)) << Everything(r);
  EXPECT_NE(r.articles[0].text.find("&x;"), std::string::npos) << r.articles[0].text;
}

// Even a libxml2 parse that asks for entity substitution and DTD loading gets
// nothing: the process-wide loader installed by the reader refuses every file.
TEST(HtmlReader, ExternalEntityLoaderRefusesEvenWhenAskedToLoad) {
  ReadHtmlArticle("<p>x</p>", "a.html", "a.html");  // installs the loader
  std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + Secret().url() + "\">]><r>&x;</r>";
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                                XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  std::string content;
  if (doc) {
    xmlChar* text = xmlNodeGetContent(xmlDocGetRootElement(doc));
    if (text) content = reinterpret_cast<const char*>(text);
    xmlFree(text);
    xmlFreeDoc(doc);
  }
  EXPECT_EQ(content.find(SecretFile::marker()), std::string::npos);
}

TEST(HtmlReader, BillionLaughsStaysSmall) {
  std::string html = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
  std::string prev = "lol";
  for (int i = 1; i <= 9; ++i) {
    std::string name = "lol" + std::to_string(i);
    html += "<!ENTITY " + name + " \"";
    for (int k = 0; k < 10; ++k) html += "&" + prev + ";";
    html += "\">\n";
    prev = name;
  }
  html += "]>\n<html><body>" + kBody + "<p>&lol9;</p></body></html>";
  ReadResult r = ReadHtmlArticle(html, "bomb.html", "bomb.html");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_LT(r.articles[0].text.size(), 1000u);
  EXPECT_EQ(r.articles[0].text.find("lollol"), std::string::npos);
}

// ---- Structure and text ----

struct TextCase {
  const char* name;
  std::string html;
  std::vector<std::string> present;  // in the article text
  std::vector<std::string> absent;
  std::string title;
};

std::ostream& operator<<(std::ostream& os, const TextCase& c) { return os << c.name; }

class HtmlTextTest : public ::testing::TestWithParam<TextCase> {};

TEST_P(HtmlTextTest, KeepsArticleTextOnly) {
  const TextCase& c = GetParam();
  ReadResult r = ReadHtmlArticle(c.html, "a.html", "a.html");
  ASSERT_EQ(r.articles.size(), 1u) << Everything(r);
  const RawArticle& a = r.articles[0];
  for (const auto& s : c.present) EXPECT_NE(a.text.find(s), std::string::npos) << s << "\n" << a.text;
  for (const auto& s : c.absent) EXPECT_EQ(a.text.find(s), std::string::npos) << s << "\n" << a.text;
  EXPECT_EQ(a.title, c.title);
  EXPECT_TRUE(IsValidUtf8(a.text));
}

const TextCase kTextCases[] = {
    {"TitleAndParagraphs",
     "<html><head><title>Rapat Koordinasi</title></head><body><p>Paragraf satu.</p><p>Paragraf dua.</p></body></html>",
     {"Rapat Koordinasi\n\nParagraf satu.\n\nParagraf dua."}, {}, "Rapat Koordinasi"},
    {"ScriptStyleAndFriendsDropped",
     "<html><head><title>T</title><style>p{color:red} SKRIP1</style><script>var s='SKRIP2</p>';</script></head>"
     "<body><nav>SKRIP3</nav><p>Isi berita.</p><noscript>SKRIP4</noscript><template>SKRIP5</template>"
     "<script type=\"application/ld+json\">{\"SKRIP6\":1}</script><footer>SKRIP7</footer></body></html>",
     {"Isi berita."}, {"SKRIP1", "SKRIP2", "SKRIP3", "SKRIP4", "SKRIP5", "SKRIP6", "SKRIP7", "color"}, "T"},
    {"MarkupCharactersDecodedOnce",
     "<html><body><h1>A &amp; B</h1><p>Kata &lt;b&gt;tegas&lt;/b&gt; &quot;kami&quot; &#60;script&#62; &amp;amp; "
     "]]&gt; {{x}} \\N</p></body></html>",
     {"Kata <b>tegas</b> \"kami\" <script> &amp; ]]> {{x}} \\N"}, {"&lt;"}, "A & B"},
    {"MetaCharsetCannotOverrideDecoding",
     "<html><head><meta charset=\"windows-1252\"><title>Caf\xC3\xA9</title></head><body><p>\xE2\x80\x9CKita\xE2\x80\x9D"
     "</p></body></html>",
     {"\xE2\x80\x9CKita\xE2\x80\x9D"}, {"\xC3\x83"}, "Caf\xC3\xA9"},
    {"XmlDeclarationCannotOverrideDecoding",
     "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><body><h1>Caf\xC3\xA9</h1><p>Isi.</p></body></html>",
     {"Caf\xC3\xA9"}, {"\xC3\x83"}, "Caf\xC3\xA9"},
    {"Utf16WithBom",
     std::string("\xFF\xFE<\0p\0>\0K\0o\0t\0a\0<\0/\0p\0>\0", 22), {"Kota"}, {}, "Kota"},
    {"Windows1252Html", "<html><body><p>Caf\xE9 \x93kita\x94</p></body></html>",
     {"Caf\xC3\xA9 \xE2\x80\x9Ckita\xE2\x80\x9D"}, {}, "Caf\xC3\xA9 \xE2\x80\x9Ckita\xE2\x80\x9D"},
    {"UnclosedTagSoup", "<p>Satu<p>Dua<div>Tiga</span></b>Empat", {"Satu", "Dua", "Tiga", "Empat"}, {}, "Satu"},
    {"NulBytesInHtml", std::string("<p>Wa\0li Kota membuka rapat koordinasi pemerintah daerah hari ini.</p>", 70),
     {"Wali Kota membuka"}, {}, "Wali Kota membuka rapat koordinasi pemerintah daerah hari ini."},
};

INSTANTIATE_TEST_SUITE_P(Table, HtmlTextTest, ::testing::ValuesIn(kTextCases),
                         [](const auto& info) { return std::string(info.param.name); });

// ---- Inputs that yield nothing, or lose text: always said, never silent ----

TEST(HtmlReader, DeepNestingIsBoundedAndReported) {
  std::string html = "<html><body><p>Wali Kota hadir.</p>";
  for (int i = 0; i < 10000; ++i) html += "<div>";
  html += "<p>Terlalu dalam.</p>";
  for (int i = 0; i < 10000; ++i) html += "</div>";
  html += "</body></html>";
  ReadResult r = ReadHtmlArticle(html, "deep.html", "deep.html");
  ASSERT_EQ(r.articles.size(), 1u) << Everything(r);
  EXPECT_NE(r.articles[0].text.find("Wali Kota hadir."), std::string::npos);
  EXPECT_TRUE(HasIssue(r, "nested more than 256 elements deep", false)) << Everything(r);
}

TEST(HtmlReader, DeepNestingWithAllTextTooDeepIsSkipped) {
  std::string html;
  for (int i = 0; i < 10000; ++i) html += "<div>";
  html += "Teks";
  ReadResult r = ReadHtmlArticle(html, "deep.html", "deep.html");
  EXPECT_TRUE(r.articles.empty());
  EXPECT_TRUE(HasIssue(r, "nested more than 256", false)) << Everything(r);
  EXPECT_TRUE(HasIssue(r, "HTML has no body text", true)) << Everything(r);
}

// A text node over libxml2's 10 MB limit is cut short (said), and the text
// left is still over kMaxArticleTextBytes (said, and skipped).
TEST(HtmlReader, HugeTextNodeIsReportedTwice) {
  std::string html = "<html><body><p>";
  while (html.size() < 10'500'000) html += "Wali Kota hadir di rapat. ";
  html += "</p></body></html>";
  ReadResult r = ReadHtmlArticle(html, "big.html", "big.html");
  EXPECT_TRUE(r.articles.empty());
  EXPECT_TRUE(HasIssue(r, "cut short", false)) << Everything(r).substr(0, 300);
  EXPECT_TRUE(HasIssue(r, "article text too long: 9.5 MiB (the limit is 1 MiB)", true)) << Everything(r).substr(0, 300);
}

TEST(HtmlReader, BigPageWithSmallTextIsRead) {
  // Scraped pages carry far more markup and script than text.
  std::string html = "<html><head><script>";
  while (html.size() < 3'000'000) html += "var x = 'bukan teks artikel';\n";
  html += "</script></head><body><p>Wali Kota hadir.</p></body></html>";
  ReadResult r = ReadHtmlArticle(html, "page.html", "page.html");
  ASSERT_EQ(r.articles.size(), 1u) << Everything(r).substr(0, 300);
  EXPECT_EQ(r.articles[0].text, "Wali Kota hadir.\n\n");
}

struct RefusedCase {
  const char* name;
  testing::LazyText bytes;
  const char* reason;
};

std::ostream& operator<<(std::ostream& os, const RefusedCase& c) { return os << c.name; }

class HtmlRefusedTest : public ::testing::TestWithParam<RefusedCase> {};

TEST_P(HtmlRefusedTest, SkipsWithOneFatalIssue) {
  const RefusedCase& c = GetParam();
  ReadResult r = ReadHtmlArticle(c.bytes.str(), "x.html", "x.html");
  EXPECT_TRUE(r.articles.empty());
  ASSERT_TRUE(HasIssue(r, c.reason, true)) << Everything(r).substr(0, 300);
  for (const auto& i : r.issues) EXPECT_EQ(i.where, "x.html");
}

const RefusedCase kRefusedCases[] = {
    {"Empty", "", "HTML has no body text"},
    {"OnlyMarkup", "<html><head><title></title><script>x()</script></head><body> </body></html>",
     "HTML has no body text"},
    {"Pdf", "%PDF-1.4\n\x01\x02\x03", "binary file (PDF document), not HTML"},
    {"RandomBinary", std::string(2000, '\x01'), "binary file, not HTML"},
    {"TooLarge", testing::LazyText::Made([] { return std::string(kMaxArticleBytes + 1, 'a'); }),
     "too large: 16.0 MiB (the limit is 16 MiB)"},
    {"UnterminatedInternalSubset", "<!DOCTYPE x [<!ENTITY a \"b\"> <p>never closed", "HTML has no body text"},
};

INSTANTIATE_TEST_SUITE_P(Table, HtmlRefusedTest, ::testing::ValuesIn(kRefusedCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(HtmlReader, LongTitleIsCutForLabels) {
  std::string words;
  while (words.size() < 5000) words += "kata ";
  ReadResult r = ReadHtmlArticle("<title>" + words + "</title><p>Isi.</p>", "a.html", "a.html");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_LE(r.articles[0].title.size(), kMaxTitleBytes + 3);
  EXPECT_EQ(r.articles[0].title.substr(r.articles[0].title.size() - 3), "\xE2\x80\xA6");
  EXPECT_NE(r.articles[0].text.find(Trim(words)), std::string::npos) << "the text keeps the whole title";
}

}  // namespace
}  // namespace pejabat
