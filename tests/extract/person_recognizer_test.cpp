// The person recognizer's mentions in full: each rule, what it keeps with the
// name (titles, degrees, nickname, post), and which rule claims a name first
// (a token claimed once is no part of a later rule's name). On sentences
// written for these tests (not taken from any article).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_lexicon.h"

namespace pejabat {
namespace {

using testing::Article;
using testing::TheExtractor;

struct Expected {
  std::string written;    // the whole phrase as written, titles and degrees included
  std::string name;
  std::string titles;     // canonical, joined by '|'
  std::string degrees;    // as written, joined by '|'
  std::string nicknames;  // joined by '|'
  std::string post;       // the role written with the name, "" for none
};

struct MentionCase {
  std::string text;
  std::vector<Expected> mentions;  // in text order
};

std::string Joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "|") + p;
  return out;
}

// The mentions of one article, as Expected rows.
std::vector<Expected> Mentions(const std::string& text) {
  Extractor::Analysis a = TheExtractor().Analyze(Article(text));
  std::vector<Expected> got;
  for (const PersonMention& p : a.mentions.persons) {
    Expected e;
    e.written = std::string(a.doc.TokenRange(p.first, p.end));
    e.name = p.name;
    e.titles = Joined(p.titles);
    e.degrees = Joined(p.degrees);
    e.nicknames = Joined(p.nicknames);
    if (p.role) {
      const RoleMention& r = a.mentions.roles[*p.role];
      e.post = std::string(a.doc.TokenRange(r.first, r.end));
    }
    got.push_back(e);
  }
  return got;
}

std::string Describe(const std::vector<Expected>& mentions) {
  std::string out;
  for (const auto& e : mentions)
    out += "[" + e.written + "] name=" + e.name + " titles=" + e.titles + " degrees=" + e.degrees +
           " nicknames=" + e.nicknames + " post=" + e.post + "\n";
  return out;
}

bool operator==(const Expected& a, const Expected& b) {
  return a.written == b.written && a.name == b.name && a.titles == b.titles && a.degrees == b.degrees &&
         a.nicknames == b.nicknames && a.post == b.post;
}

class PersonMentionTest : public ::testing::TestWithParam<MentionCase> {};

TEST_P(PersonMentionTest, ReadsTheseMentions) {
  const MentionCase& c = GetParam();
  std::vector<Expected> got = Mentions(c.text);
  EXPECT_TRUE(got == c.mentions) << c.text << "\ngot:\n" << Describe(got) << "want:\n" << Describe(c.mentions);
}

INSTANTIATE_TEST_SUITE_P(
    Table, PersonMentionTest,
    ::testing::Values(
        // role_before: titles before the name and a degree after it stay with the name
        MentionCase{"Kegiatan itu dibuka Sekretaris Daerah Ir. H. Rahmat Hidayat, MM di Padang.",
                    {{"Ir. H. Rahmat Hidayat, MM", "Rahmat Hidayat", "Ir.|H.", "MM", "", "Sekretaris Daerah"}}},
        // role_after: the name, a comma, then the post
        MentionCase{"Hendra Saputra, Kepala Dinas Sosial Kota Jambi, menyerahkan bantuan.",
                    {{"Hendra Saputra", "Hendra Saputra", "", "", "", "Kepala Dinas Sosial Kota Jambi"}}},
        // cue_noun: the part a person plays, an event word and a comma between
        MentionCase{"Pemateri kegiatan, Yuliani Prasetyo dari BKN, menjelaskan aturan baru.",
                    {{"Yuliani Prasetyo", "Yuliani Prasetyo", "", "", "", ""}}},
        // title and degree, anywhere
        MentionCase{"Materi disampaikan Ust. Ahmad Fauzi tentang etika pelayanan.",
                    {{"Ust. Ahmad Fauzi", "Ahmad Fauzi", "Ust.", "", "", ""}}},
        MentionCase{"Narasumber dari BKN, Rini Astuti, S.Sos, M.AP memaparkan aturan baru.",
                    {{"Rini Astuti, S.Sos, M.AP", "Rini Astuti", "", "S.Sos|M.AP", "", ""}}},
        MentionCase{"Hadir pula Budi Santoso SH MM di acara itu.",
                    {{"Budi Santoso SH MM", "Budi Santoso", "", "SH|MM", "", ""}}},
        MentionCase{"Rapat dipimpin Drs H T Amri Lubis S M.Si di ruang rapat.",
                    {{"Drs H T Amri Lubis S M.Si", "Amri Lubis", "Drs.|H.|T.", "S|M.Si", "", ""}}},
        MentionCase{"Rombongan dipimpin Jenderal (Purn) Rudi Hartanto tiba di bandara.",
                    {{"Jenderal (Purn) Rudi Hartanto", "Rudi Hartanto", "Jenderal|Purn.", "", "", ""}}},
        // verb_after, verb_before, "Menurut"
        MentionCase{"\"Kami siap,\" kata Fajar Hidayat di lapangan.", {{"Fajar Hidayat", "Fajar Hidayat", "", "", "", ""}}},
        MentionCase{"Usai rapat Erwin Susanto menyampaikan terima kasih.",
                    {{"Erwin Susanto", "Erwin Susanto", "", "", "", ""}}},
        MentionCase{"Menurut Budi Santoso, survei itu penting.", {{"Budi Santoso", "Budi Santoso", "", "", "", ""}}},
        // a nickname in quotes is left out of the name
        MentionCase{"Wali Kota Solok Ramadhan 'Adan' Saputra meninjau pasar.",
                    {{"Ramadhan 'Adan' Saputra", "Ramadhan Saputra", "", "", "Adan", "Wali Kota Solok"}}},
        // a post in parentheses after a name found by its degree is that person's
        MentionCase{"Hadir Yetti Rahmawati, S.Sos (Kepala Bagian Umum) dan staf.",
                    {{"Yetti Rahmawati, S.Sos", "Yetti Rahmawati", "", "S.Sos", "", "Kepala Bagian Umum"}}},
        // the first rule to read a name claims it: the post before the name,
        // not the title, the degree or the reporting verb after it
        MentionCase{"Sekda Kota Solok Dr. Rudi Hartono, M.Si mengatakan rapat selesai.",
                    {{"Dr. Rudi Hartono, M.Si", "Rudi Hartono", "Dr.", "M.Si", "", "Sekda Kota Solok"}}},
        // a name found once is a name written again, and a one-word name starts a full one
        MentionCase{"Narasumber Dr. Rina Kartika Dewi hadir. Menurut Rina Kartika, survei itu penting.",
                    {{"Dr. Rina Kartika Dewi", "Rina Kartika Dewi", "Dr.", "", "", ""},
                     {"Rina Kartika", "Rina Kartika", "", "", "", ""}}},
        MentionCase{"Hadir pula Rudi Hartono, SH di aula.\n\nRudi Hartono kemudian meninjau pasar.",
                    {{"Rudi Hartono, SH", "Rudi Hartono", "", "SH", "", ""},
                     {"Rudi Hartono", "Rudi Hartono", "", "", "", ""}}},
        MentionCase{"Pemerhati budaya Darmin Salim yang ditemui di lokasi menjelaskan sejarahnya.\n\n\"Ini warisan "
                    "kita,\" ujar Darmin.",
                    {{"Darmin Salim", "Darmin Salim", "", "", "", ""}, {"Darmin", "Darmin", "", "", "", ""}}},
        // negative: a lower-case word in a degree's reach starts no name
        MentionCase{"Rapat itu dihadiri warga dan tamu SH dari desa.", {}}));

// The recognizer keeps its buffers from article to article (per thread): an
// article read after a longer one, and the longer one read again, come out
// as when each is read first.
TEST(PersonRecognizer, ArticlesReadInTurnDoNotShareState) {
  const std::string long_text =
      "Kegiatan itu dibuka Sekretaris Daerah Ir. H. Rahmat Hidayat, MM di Padang. Hadir pula Budi Santoso SH MM "
      "dan Hendra Saputra, Kepala Dinas Sosial Kota Jambi.\n\n\"Kami siap,\" kata Rahmat Hidayat.";
  const std::string short_text = "Menurut Erwin Susanto, survei itu penting.";
  const std::vector<Expected> long_first = Mentions(long_text);
  const std::vector<Expected> short_first = Mentions(short_text);
  ASSERT_EQ(long_first.size(), 4u) << Describe(long_first);
  ASSERT_EQ(short_first.size(), 1u) << Describe(short_first);
  EXPECT_TRUE(Mentions(long_text) == long_first);
  EXPECT_TRUE(Mentions(short_text) == short_first);
}

// A document numbered with another lexicon's vocabulary (the recognizer's
// own numbers and phrase-start masks do not apply to it) reads the same names
// as one numbered with the recognizer's lexicon.
TEST(PersonRecognizer, DocumentOfAnotherVocabularyReadsTheSameNames) {
  static const Lexicon other = Lexicon::Load(PEJABAT_LEXICON_DIR);
  const Extractor other_extractor(other);
  const PersonRecognizer persons(testing::TheLexicon());
  for (const std::string text :
       {"Kegiatan itu dibuka Sekretaris Daerah Ir. H. Rahmat Hidayat, MM di Padang. Hadir pula Budi Santoso SH MM.",
        "Menurut Budi Santoso, survei itu penting.\n\n\"Kami siap,\" kata Budi.",
        "Wali Kota Solok Ramadhan 'Adan' Saputra meninjau pasar. Usai rapat Erwin Susanto menyampaikan terima kasih."}) {
    Extractor::Analysis a = other_extractor.Analyze(Article(text));
    ASSERT_NE(a.doc.vocabulary, testing::TheLexicon().vocabulary.get());
    // The tokens the extractor keeps from names: offices, roles and the headline.
    TokenMask blocked(a.doc.size(), 0);
    for (const auto& o : a.mentions.offices)
      for (std::size_t i = o.first; i < o.end; ++i) blocked[i] = 1;
    for (const auto& r : a.mentions.roles)
      for (std::size_t i = r.first; i < r.end; ++i) blocked[i] = 1;
    for (std::size_t i = 0; i < a.doc.size() && a.doc.tokens[i].span.end <= a.doc.title.end; ++i) blocked[i] = 1;
    const std::vector<PersonMention> got = persons.Recognize(a.doc, a.mentions.roles, blocked);
    ASSERT_EQ(got.size(), a.mentions.persons.size()) << text;
    ASSERT_FALSE(got.empty()) << text;
    for (std::size_t k = 0; k < got.size(); ++k) {
      const PersonMention& want = a.mentions.persons[k];
      EXPECT_EQ(got[k].first, want.first) << text;
      EXPECT_EQ(got[k].end, want.end) << text;
      EXPECT_EQ(got[k].name, want.name) << text;
      EXPECT_EQ(got[k].titles, want.titles) << text;
      EXPECT_EQ(got[k].degrees, want.degrees) << text;
      EXPECT_EQ(got[k].nicknames, want.nicknames) << text;
      EXPECT_EQ(got[k].role, want.role) << text;
    }
  }
}

}  // namespace
}  // namespace pejabat
