// Sentences (extract/segment/sentence_splitter.h): where a full stop ends one
// and where it does not (initials, abbreviations, titles, degrees), on
// sentences written for these tests with the real lexicon.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "extract/segment/sentence_splitter.h"
#include "extract/vocabulary.h"
#include "test_lexicon.h"

namespace pejabat {
namespace {

// The sentences' text; each token must also be numbered with the sentence
// that holds it, and with its word's number and start mask (Segment gives
// both in one pass).
std::vector<std::string> Sentences(const std::string& text) {
  Document doc(text);
  const Lexicon& lexicon = testing::TheLexicon();
  Segment(doc, lexicon);
  for (std::size_t k = 0; k < doc.size(); ++k) {
    const Sentence& s = doc.SentenceOf(k);
    EXPECT_TRUE(s.first_token <= k && k < s.end_token) << text << " token " << k;
    const uint32_t word = lexicon.vocabulary->Find(doc.Folded(k));
    EXPECT_EQ(doc.tokens[k].word, word) << text << " token " << k;
    EXPECT_EQ(doc.tokens[k].phrase_starts, lexicon.vocabulary->StartsOf(word)) << text << " token " << k;
  }
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Slice(s.span));
  return out;
}

struct SentenceCase {
  const char* name;
  const char* text;
  std::vector<std::string> sentences;
};

class SentenceTable : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(SentenceTable, SplitsHere) { EXPECT_EQ(Sentences(GetParam().text), GetParam().sentences) << GetParam().text; }

INSTANTIATE_TEST_SUITE_P(
    Examples, SentenceTable,
    ::testing::Values(
        SentenceCase{"full_stop", "Rapat dimulai. Semua hadir.", {"Rapat dimulai.", "Semua hadir."}},
        SentenceCase{"lower_case_after_stop", "Rapat dimulai. semua hadir.", {"Rapat dimulai. semua hadir."}},
        SentenceCase{"paragraph", "Rapat dimulai\nSemua hadir", {"Rapat dimulai", "Semua hadir"}},
        SentenceCase{"closing_quote_stays", "\"Kami siap.\" Dia pergi.", {"\"Kami siap.\"", "Dia pergi."}},
        SentenceCase{"closing_quote_and_bracket", "Rapat usai.\n(\"Kami siap.\") Dia pergi.",
                     {"Rapat usai.", "(\"Kami siap.\")", "Dia pergi."}},
        SentenceCase{"initial", "Hadir pula Budi S. Wirawan di sana.", {"Hadir pula Budi S. Wirawan di sana."}},
        SentenceCase{"abbreviation", "Surat No. 12 tahun ini. Dia hadir.", {"Surat No. 12 tahun ini.", "Dia hadir."}},
        // A degree before the stop and another after it: one name goes on.
        SentenceCase{"degree_then_degree", "Oleh Rina Wati, S.Sos. M.Si hadir.", {"Oleh Rina Wati, S.Sos. M.Si hadir."}},
        // A degree written without its dots is a degree too.
        SentenceCase{"undotted_degrees", "Oleh Rina Wati, SH. MH hadir.", {"Oleh Rina Wati, SH. MH hadir."}},
        // A degree ends the name, and the sentence, when a word that is no
        // degree follows.
        SentenceCase{"degree_then_word", "Oleh Rina Wati, M.Si. Kegiatan usai.", {"Oleh Rina Wati, M.Si.", "Kegiatan usai."}},
        // A plain word before the stop, even one followed by a degree.
        SentenceCase{"word_then_degree", "Rapat usai. M.Si dibahas.", {"Rapat usai.", "M.Si dibahas."}},
        SentenceCase{"number_before_stop", "Nilainya 80,23. Dia puas.", {"Nilainya 80,23.", "Dia puas."}},
        SentenceCase{"other_stops", "Apa kabar? Baik! Lalu\xE2\x80\xA6 Dia pergi.",
                     {"Apa kabar?", "Baik!", "Lalu\xE2\x80\xA6", "Dia pergi."}},
        // Marks that end no sentence, and one beyond ASCII that is no ellipsis.
        SentenceCase{"other_marks", "Rapat (kemarin) usai, semua: hadir \xE2\x80\xA2 Dia pergi. Dia pulang.",
                     {"Rapat (kemarin) usai, semua: hadir \xE2\x80\xA2 Dia pergi.", "Dia pulang."}},
        // A title glued to a name is split off as if written "H. Rudi": an
        // initial's stop, which ends no sentence, wherever the word comes.
        SentenceCase{"glued_title", "Hadir H.Rudi Hartono. Dia pergi.", {"Hadir H.Rudi Hartono.", "Dia pergi."}},
        SentenceCase{"glued_title_after_sentences", "Rapat usai. Kepala Dinas hadir.\nHadir Hj.Rina Wati, S.Sos. Dia pergi.",
                     {"Rapat usai.", "Kepala Dinas hadir.", "Hadir Hj.Rina Wati, S.Sos.", "Dia pergi."}}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace pejabat
