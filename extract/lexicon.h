#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/phrase_table.h"
#include "extract/recognize/gazetteer.h"

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
};

struct NationalOffice {
  std::string name;
  std::string type;
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
  bool IsPortfolioWord(std::string_view word) const { return portfolio.count(std::string(word)) > 0; }
  bool IsFunctionWord(std::string_view folded) const { return function_words.count(std::string(folded)) > 0; }
  std::optional<int> Month(std::string_view folded) const;
  std::optional<int> Weekday(std::string_view folded) const;

  PhraseTable titles;
  std::vector<std::string> title_canonical;
  std::vector<std::string> title_kinds;  // academic, religious, address, ...
  PhraseTable roles;
  std::vector<RoleEntry> role_entries;
  PhraseTable offices;
  std::vector<OfficeEntry> office_entries;
  PhraseTable national;
  std::vector<NationalOffice> national_entries;
  PhraseTable verbs;
  std::vector<VerbPosition> verb_positions;
  PhraseTable triggers;
  std::vector<std::string> trigger_types;
  PhraseTable cues;
  std::vector<EventCue> cue_entries;
  PhraseTable venues;
  PhraseTable indicators;
  std::vector<IndicatorEntry> indicator_entries;
  std::unordered_set<std::string> grades;      // "AA", "BB", "B" (as written)
  std::unordered_set<std::string> grade_cues;     // folded: "kategori", "predikat"
  std::unordered_set<std::string> figure_people;  // folded: "pegawai", "orang" (figure_words.tsv)
  std::unordered_map<std::string, std::string> place_prefixes;  // folded form -> level
  PhraseTable acting;
  std::vector<std::string> acting_forms;
  std::vector<BoilerplateRule> boilerplate;
  std::unordered_map<std::string, int> months;
  std::unordered_map<std::string, int> weekdays;
  std::unordered_set<std::string> abbreviations;   // folded, no trailing dot
  std::unordered_set<std::string> degrees;         // normalized by DegreeKey
  std::unordered_set<std::string> portfolio;       // as written (capitalized)
  std::unordered_set<std::string> function_words;  // folded
  std::unordered_set<std::string> functional_grades;  // folded: "ahli", "madya"
  std::unordered_set<std::string> participant_markers;  // folded: "peserta", "diikuti"
  std::unordered_set<std::string> participant_units;    // folded: "orang", "peserta"
  Gazetteer gazetteer;
};

// "M. Si" / "M.Si" / "MSI" -> "msi".
std::string DegreeKey(std::string_view written);

}  // namespace pejabat
