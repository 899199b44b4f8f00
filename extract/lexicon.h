#pragma once
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/phrase_table.h"
#include "extract/recognize/gazetteer.h"
#include "extract/string_hash.h"
#include "extract/vocabulary.h"
#include "extract/word_facts.h"

namespace pejabat {

enum class RoleKind { RegionHead, Secretary, Assistant, UnitHead, OrgHead, AreaHead, OfficeHead, Functional, National };

struct RoleEntry {
  std::string role;  // "Wali Kota", "Kepala"
  RoleKind kind;
  std::string unit;  // level (region_head, secretary) or unit head noun (unit_head, area_head)
};

struct OfficeEntry {
  std::string canonical;  // "Pemerintah Kota", "Badan Kepegawaian Daerah", "Dinas"
  std::string type;       // government, secretariat, division, agency, ...
  bool open = false;      // a name follows the head ("Dinas X")
  std::string level;      // city | regency | province | ""
  std::string parent;     // government | secretariat | national (a unit of a ministry or agency) | none
  std::string acronym;    // "DPRD": the all-caps form of a complete name, for posts ("Ketua … (DPRD) …")
};

struct NationalOffice {
  std::string name;
  std::string type;
  std::string acronym;  // "BPS": the first all-caps alias, for posts
};

enum class VerbPosition { After, Before };

struct EventCue {
  std::string role;   // opened, remarks, report, resource_person, instructor, attended, represented, organizer
  std::string voice;  // active | passive | noun
};

enum class BoilerplateAction { Line, Exact, Rest };

struct IndicatorEntry {
  std::string indicator;  // "IKM", "AKIP", "agen perubahan"
  bool count = false;     // a number of people before it, not a score after it
};

struct BoilerplateRule {
  std::string pattern;  // folded
  BoilerplateAction action;
};

// All language knowledge, loaded from extract/lexicon/*.tsv and validated on
// load (LexiconError with file:line on a malformed or duplicate row).
class Lexicon {
 public:
  static Lexicon Load(const std::string& dir);
  // The directory used when none is given: $PEJABAT_LEXICON, else the source tree's.
  static std::string DefaultDirectory();

  bool IsAbbreviation(std::string_view word) const;  // abbreviation, title or degree: a dot after it is not a full stop
  bool IsDegree(std::string_view word) const;        // "M.Si", "SH", "S.IP" (dots, case ignored)
  // IsDegree of token i's text. A token without dots or commas is its own
  // degree key once folded: its word facts answer without hashing (asked of
  // most name-like tokens).
  bool IsDegreeToken(const Document& doc, std::size_t i) const {
    std::string_view w = doc.TokenText(i);
    if (w.find_first_of(".,") != std::string_view::npos) return IsDegree(w);
    return Word(doc, i).degree;
  }
  // Whether word token i may be a degree: never false where IsDegreeToken is
  // true, and cheap enough to ask of every token. A dot inside a word is
  // inner_dot; a comma inside one only follows a leading digit ("80,23").
  bool MayBeDegreeWord(const Document& doc, std::size_t i) const {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::Word) return false;
    const char first = doc.text()[t.span.begin];
    return t.inner_dot || (first >= '0' && first <= '9') || Word(doc, i).degree;
  }
  // Gazetteer::StartsAName of token i's folded text, by its word facts when it
  // has no hyphen (asked at every capitalized token by the place matchers).
  bool StartsRegionName(const Document& doc, std::size_t i) const {
    std::string_view f = doc.Folded(i);
    if (f.find('-') != std::string_view::npos) return gazetteer.StartsAName(f);
    return Word(doc, i).region_start;
  }
  // Whether an office (a local one or a national agency) starts at token i.
  // Inline: the role and office recognizers ask it at every word of a unit's
  // or role's name, where nearly every token starts neither, on a test of
  // each table's bit.
  bool StartsOffice(const Document& doc, std::size_t i) const {
    return offices.MatchAt(doc, i).has_value() || national.MatchAt(doc, i).has_value();
  }
  bool IsPortfolioWord(std::string_view word) const { return portfolio.count(word) > 0; }
  // IsPortfolioWord of token i's text: a token whose folded word no portfolio
  // word folds to is answered by its start bit, without hashing its text.
  bool IsPortfolioToken(const Document& doc, std::size_t i) const {
    if (doc.vocabulary == vocabulary.get() && !(doc.tokens[i].phrase_starts & portfolio_bit_)) return false;
    return IsPortfolioWord(doc.TokenText(i));
  }
  // Bits in Token::phrase_starts beside the phrase tables' (valid for a
  // document numbered with `vocabulary`): a place prefix ("kota", "kecamatan"),
  // a word a region name starts with (a first edge of the gazetteer's word
  // trie, "toli-toli" too), a word some portfolio word folds to. A matcher
  // passes over the tokens with none of them by one test.
  uint32_t PlacePrefixBit() const { return place_prefix_bit_; }
  uint32_t RegionStartBit() const { return region_start_bit_; }
  bool IsFunctionWord(std::string_view folded) const { return Facts(vocabulary->Find(folded)).function_word; }
  std::optional<int> Month(std::string_view folded) const;
  std::optional<int> Weekday(std::string_view folded) const;
  // What the lexicon knows of token i's word: function word, month, weekday,
  // place prefix. By the number Segment gave the token: no hashing per question.
  const WordFacts& Word(const Document& doc, std::size_t i) const { return Facts(vocabulary->IdOf(doc, i)); }
  // The same by the word's number in `vocabulary` (0 and unknown numbers: no facts).
  const WordFacts& Facts(uint32_t id) const { return id < word_facts_.size() ? word_facts_[id] : word_facts_.front(); }

  // The words of every phrase table below (declared first: the tables share it).
  std::shared_ptr<Vocabulary> vocabulary = std::make_shared<Vocabulary>();
  PhraseTable titles{vocabulary};
  std::vector<std::string> title_canonical;
  std::vector<std::string> title_kinds;  // academic, religious, address, ...
  PhraseTable roles{vocabulary};
  std::vector<RoleEntry> role_entries;
  PhraseTable offices{vocabulary};
  std::vector<OfficeEntry> office_entries;
  PhraseTable national{vocabulary};
  std::vector<NationalOffice> national_entries;
  PhraseTable verbs{vocabulary};
  std::vector<VerbPosition> verb_positions;
  PhraseTable triggers{vocabulary};
  std::vector<std::string> trigger_types;
  PhraseTable cues{vocabulary};
  std::vector<EventCue> cue_entries;
  PhraseTable venues{vocabulary};
  PhraseTable indicators{vocabulary};
  std::vector<IndicatorEntry> indicator_entries;
  WordSet grades;      // "AA", "BB", "B" (as written)
  WordSet grade_cues;     // folded: "kategori", "predikat"
  WordSet figure_people;  // folded: "pegawai", "orang" (figure_words.tsv)
  WordMap<std::string> place_prefixes;  // folded form -> level
  PhraseTable acting{vocabulary};
  std::vector<std::string> acting_forms;
  std::vector<BoilerplateRule> boilerplate;
  // The numbers of the rules that can match a line whose folded core starts
  // with byte b, in file order: the cleaner tries each line against these only.
  const std::vector<uint32_t>& BoilerplateFor(unsigned char b) const { return boilerplate_by_first_[b]; }
  WordMap<int> months;
  WordMap<int> weekdays;
  WordSet abbreviations;   // folded, no trailing dot
  WordSet degrees;         // normalized by DegreeKey
  WordSet portfolio;       // as written (capitalized)
  WordSet function_words;  // folded
  WordSet functional_grades;  // folded: "ahli", "madya"
  WordSet participant_markers;  // folded: "peserta", "diikuti"
  WordSet participant_units;    // folded: "orang", "peserta"
  Gazetteer gazetteer;

 private:
  // Fills word_facts_ from the word lists above, once they are loaded.
  void IndexWords();
  void IndexBoilerplate();
  std::array<std::vector<uint32_t>, 256> boilerplate_by_first_;
  std::vector<WordFacts> word_facts_{1};  // by vocabulary number; [0] for unknown words
  uint32_t place_prefix_bit_ = 0, region_start_bit_ = 0, portfolio_bit_ = 0;
};

// "M. Si" / "M.Si" / "MSI" -> "msi".
std::string DegreeKey(std::string_view written);

}  // namespace pejabat
