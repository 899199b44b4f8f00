#include "extract/lexicon.h"

#include <cstdlib>
#include <unordered_set>

#include "extract/lexicon_table.h"
#include "extract/text_util.h"

#ifndef PEJABAT_LEXICON_DIR
#define PEJABAT_LEXICON_DIR "extract/lexicon"
#endif

namespace pejabat {
namespace {

// "DPRD", "BPS": capital letters only (not "Bappeda", "Satpol PP", "LAN-RI").
bool IsAcronym(std::string_view form) {
  if (form.size() < 2) return false;
  for (char c : form)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

RoleKind ParseRoleKind(const LexiconTable& t, const LexiconRow& row, const std::string& kind) {
  if (kind == "region_head") return RoleKind::RegionHead;
  if (kind == "secretary") return RoleKind::Secretary;
  if (kind == "assistant") return RoleKind::Assistant;
  if (kind == "unit_head") return RoleKind::UnitHead;
  if (kind == "org_head") return RoleKind::OrgHead;
  if (kind == "area_head") return RoleKind::AreaHead;
  if (kind == "national") return RoleKind::National;
  if (kind == "office_head") return RoleKind::OfficeHead;
  if (kind == "functional") return RoleKind::Functional;
  t.Fail(row, "unknown role kind '" + kind + "'");
}

void AddPhrase(PhraseTable& table, const LexiconTable& t, const LexiconRow& row, std::string_view phrase,
               uint32_t value) {
  if (!table.Add(phrase, value)) t.Fail(row, "duplicate phrase '" + std::string(phrase) + "'");
}

// Written variants of an abbreviation with parts: "Kemenpan-RB" is also written
// "Kemenpan RB" and "KemenpanRB".
std::vector<std::string> HyphenVariants(const std::string& alias) {
  std::vector<std::string> out{alias};
  if (alias.find('-') != std::string::npos) {
    std::string spaced = alias, joined;
    for (char& c : spaced)
      if (c == '-') c = ' ';
    for (char c : alias)
      if (c != '-') joined += c;
    out.push_back(spaced);
    out.push_back(joined);
  }
  return out;
}

// Writes the degree key of `written` to `out` (room for written.size() bytes)
// and returns its length.
std::size_t DegreeKeyInto(std::string_view written, char* out) {
  std::size_t n = 0;
  for (char c : written)
    if (c != '.' && c != ' ' && c != ',') out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return n;
}

}  // namespace

std::string DegreeKey(std::string_view written) {
  std::string key(written.size(), '\0');
  key.resize(DegreeKeyInto(written, key.data()));
  return key;
}

std::string Lexicon::DefaultDirectory() {
  if (const char* env = std::getenv("PEJABAT_LEXICON"); env && *env) return env;
  return PEJABAT_LEXICON_DIR;
}

Lexicon Lexicon::Load(const std::string& dir) {
  Lexicon lx;
  auto path = [&](const char* file) { return dir + "/" + file; };

  auto titles = LexiconTable::Load(path("titles.tsv"), {"form", "kind", "canonical"}, {"form"}, {"form", "kind", "canonical"});
  for (const auto& row : titles.rows()) {
    static const std::unordered_set<std::string> kinds{"academic", "religious", "honorific", "rank", "noble", "address"};
    if (!kinds.count(row[1])) titles.Fail(row, "unknown title kind '" + row[1] + "'");
    AddPhrase(lx.titles, titles, row, row[0], static_cast<uint32_t>(lx.title_canonical.size()));
    lx.title_canonical.push_back(row[2]);
    lx.title_kinds.push_back(row[1]);
    lx.abbreviations.insert(FoldCase(row[0]));
  }

  auto degrees = LexiconTable::Load(path("degrees.tsv"), {"form", "level"}, {}, {"form", "level"});
  for (const auto& row : degrees.rows())
    if (!lx.degrees.insert(DegreeKey(row[0])).second) degrees.Fail(row, "duplicate degree '" + row[0] + "'");

  auto roles = LexiconTable::Load(path("roles.tsv"), {"form", "role", "kind", "unit"}, {"form"}, {"form", "role", "kind"});
  for (const auto& row : roles.rows()) {
    RoleEntry e{row[1], ParseRoleKind(roles, row, row[2]), row[3]};
    if ((e.kind == RoleKind::UnitHead || e.kind == RoleKind::AreaHead) && e.unit.empty())
      roles.Fail(row, "unit_head and area_head roles need a unit");
    if (e.kind == RoleKind::RegionHead && e.unit != "city" && e.unit != "regency" && e.unit != "province")
      roles.Fail(row, "region_head needs unit city, regency or province");
    AddPhrase(lx.roles, roles, row, row[0], static_cast<uint32_t>(lx.role_entries.size()));
    lx.role_entries.push_back(std::move(e));
  }

  auto offices = LexiconTable::Load(path("offices.tsv"), {"form", "canonical", "type", "naming", "level", "parent"},
                                    {"form"}, {"form", "canonical", "type", "naming", "parent"});
  for (const auto& row : offices.rows()) {
    if (row[3] != "complete" && row[3] != "open") offices.Fail(row, "naming must be complete or open");
    if (!row[4].empty() && row[4] != "city" && row[4] != "regency" && row[4] != "province")
      offices.Fail(row, "level must be city, regency, province or empty");
    if (row[5] != "government" && row[5] != "secretariat" && row[5] != "national" && row[5] != "none")
      offices.Fail(row, "parent must be government, secretariat, national or none");
    AddPhrase(lx.offices, offices, row, row[0], static_cast<uint32_t>(lx.office_entries.size()));
    lx.office_entries.push_back(OfficeEntry{row[1], row[2], row[3] == "open", row[4], row[5], {}});
  }
  // The acronym people write for a complete name ("DPRD", "BKD") is its first
  // all-caps form; every form of that name shares it.
  for (const auto& row : offices.rows()) {
    if (row[3] != "complete" || !IsAcronym(row[0]) || row[0] == row[1]) continue;
    for (auto& e : lx.office_entries)
      if (e.canonical == row[1] && e.acronym.empty()) e.acronym = row[0];
  }

  for (const auto& row : roles.rows())
    if (row[2] == "office_head" && !lx.offices.Find(row[3])) roles.Fail(row, "office_head unit '" + row[3] + "' is not in offices.tsv");

  auto national = LexiconTable::Load(path("national_offices.tsv"), {"name", "aliases", "type"}, {"name"}, {"name", "type"});
  for (const auto& row : national.rows()) {
    uint32_t id = static_cast<uint32_t>(lx.national_entries.size());
    AddPhrase(lx.national, national, row, row[0], id);
    for (const auto& alias : SplitList(row[1]))
      for (const auto& variant : HyphenVariants(alias)) lx.national.Add(variant, id);  // variants may coincide
    NationalOffice office{row[0], row[2], {}};
    for (const auto& alias : SplitList(row[1]))
      if (office.acronym.empty() && IsAcronym(alias)) office.acronym = alias;
    lx.national_entries.push_back(std::move(office));
  }
  // A national post's unit: empty (the office is written after it), "state"
  // (a post of the state itself: Presiden) or the national office it implies
  // (Mendagri: Kementerian Dalam Negeri).
  for (const auto& row : roles.rows())
    if (row[2] == "national" && !row[3].empty() && row[3] != "state" && !lx.national.Find(row[3]))
      roles.Fail(row, "national unit '" + row[3] + "' is neither state nor in national_offices.tsv");

  auto verbs = LexiconTable::Load(path("reporting_verbs.tsv"), {"form", "position"}, {"form"}, {"form", "position"});
  for (const auto& row : verbs.rows()) {
    if (row[1] != "after" && row[1] != "before") verbs.Fail(row, "position must be after or before");
    AddPhrase(lx.verbs, verbs, row, row[0], static_cast<uint32_t>(lx.verb_positions.size()));
    lx.verb_positions.push_back(row[1] == "after" ? VerbPosition::After : VerbPosition::Before);
  }

  auto indicators = LexiconTable::Load(path("indicators.tsv"), {"form", "indicator", "measure"}, {"form"},
                                       {"form", "indicator", "measure"});
  for (const auto& row : indicators.rows()) {
    if (row[2] != "score" && row[2] != "count") indicators.Fail(row, "measure must be score or count");
    AddPhrase(lx.indicators, indicators, row, row[0], static_cast<uint32_t>(lx.indicator_entries.size()));
    lx.indicator_entries.push_back(IndicatorEntry{row[1], row[2] == "count"});
  }
  auto figure_words = LexiconTable::Load(path("figure_words.tsv"), {"form", "role"}, {"form"}, {"form", "role"});
  for (const auto& row : figure_words.rows()) {
    if (row[1] == "grade") lx.grades.insert(row[0]);
    else if (row[1] == "cue") lx.grade_cues.insert(FoldCase(row[0]));
    else if (row[1] == "people") lx.figure_people.insert(FoldCase(row[0]));
    else figure_words.Fail(row, "role must be grade, cue or people");
  }

  auto triggers = LexiconTable::Load(path("event_triggers.tsv"), {"form", "type"}, {"form"}, {"form", "type"});
  for (const auto& row : triggers.rows()) {
    AddPhrase(lx.triggers, triggers, row, row[0], static_cast<uint32_t>(lx.trigger_types.size()));
    lx.trigger_types.push_back(row[1]);
  }

  auto cues = LexiconTable::Load(path("event_cues.tsv"), {"form", "role", "voice"}, {"form"}, {"form", "role", "voice"});
  for (const auto& row : cues.rows()) {
    static const std::unordered_set<std::string> roles_ok{"opened", "remarks", "report", "resource_person", "instructor",
                                                          "attended", "represented", "organizer", "channel",
                                                          "companion"};
    if (!roles_ok.count(row[1])) cues.Fail(row, "unknown cue role '" + row[1] + "'");
    if (row[2] != "active" && row[2] != "passive" && row[2] != "noun") cues.Fail(row, "voice must be active, passive or noun");
    AddPhrase(lx.cues, cues, row, row[0], static_cast<uint32_t>(lx.cue_entries.size()));
    lx.cue_entries.push_back(EventCue{row[1], row[2]});
  }

  auto venues = LexiconTable::Load(path("venues.tsv"), {"form"}, {"form"}, {"form"});
  for (const auto& row : venues.rows()) AddPhrase(lx.venues, venues, row, row[0], 0);

  auto acting = LexiconTable::Load(path("acting.tsv"), {"form", "meaning"}, {"form"}, {"form", "meaning"});
  for (const auto& row : acting.rows()) {
    AddPhrase(lx.acting, acting, row, row[0], static_cast<uint32_t>(lx.acting_forms.size()));
    lx.acting_forms.push_back(row[0]);
  }

  auto months = LexiconTable::Load(path("months.tsv"), {"form", "month"}, {"form"}, {"form", "month"});
  for (const auto& row : months.rows()) {
    int m = std::atoi(row[1].c_str());
    if (m < 1 || m > 12) months.Fail(row, "month must be 1-12");
    lx.months[FoldCase(row[0])] = m;
  }
  auto weekdays = LexiconTable::Load(path("weekdays.tsv"), {"form", "iso"}, {"form"}, {"form", "iso"});
  for (const auto& row : weekdays.rows()) {
    int d = std::atoi(row[1].c_str());
    if (d < 1 || d > 7) weekdays.Fail(row, "iso weekday must be 1-7");
    lx.weekdays[FoldCase(row[0])] = d;
  }

  auto boiler = LexiconTable::Load(path("boilerplate.tsv"), {"pattern", "action"}, {"pattern"}, {"pattern", "action"});
  for (const auto& row : boiler.rows()) {
    BoilerplateAction action;
    if (row[1] == "line") action = BoilerplateAction::Line;
    else if (row[1] == "exact") action = BoilerplateAction::Exact;
    else if (row[1] == "rest") action = BoilerplateAction::Rest;
    else boiler.Fail(row, "action must be line, exact or rest");
    lx.boilerplate.push_back(BoilerplateRule{FoldCase(row[0]), action});
  }
  lx.IndexBoilerplate();

  auto abbreviations = LexiconTable::Load(path("abbreviations.tsv"), {"form"}, {"form"}, {"form"});
  for (const auto& row : abbreviations.rows()) lx.abbreviations.insert(FoldCase(row[0]));

  auto portfolio = LexiconTable::Load(path("portfolio_words.tsv"), {"word"}, {"word"}, {"word"});
  for (const auto& row : portfolio.rows()) lx.portfolio.insert(row[0]);

  auto function_words = LexiconTable::Load(path("function_words.tsv"), {"word"}, {"word"}, {"word"});
  for (const auto& row : function_words.rows()) lx.function_words.insert(FoldCase(row[0]));

  auto prefixes = LexiconTable::Load(path("place_prefixes.tsv"), {"form", "level"}, {"form"}, {"form", "level"});
  for (const auto& row : prefixes.rows()) {
    static const std::unordered_set<std::string> levels{"city", "regency", "province", "district", "village"};
    if (!levels.count(row[1])) prefixes.Fail(row, "unknown level '" + row[1] + "'");
    lx.place_prefixes[FoldCase(row[0])] = row[1];
  }

  auto grades = LexiconTable::Load(path("functional_grades.tsv"), {"word"}, {"word"}, {"word"});
  for (const auto& row : grades.rows()) lx.functional_grades.insert(FoldCase(row[0]));

  auto participants = LexiconTable::Load(path("participants.tsv"), {"form", "role"}, {"form", "role"}, {"form", "role"});
  for (const auto& row : participants.rows()) {
    if (row[1] == "marker") lx.participant_markers.insert(FoldCase(row[0]));
    else if (row[1] == "unit") lx.participant_units.insert(FoldCase(row[0]));
    else participants.Fail(row, "role must be marker or unit");
  }

  lx.gazetteer = Gazetteer::Load(path("regions.tsv"));
  lx.IndexWords();
  return lx;
}

void Lexicon::IndexWords() {
  auto facts = [&](const std::string& word) -> WordFacts& {
    uint32_t id = vocabulary->Intern(word);
    if (id >= word_facts_.size()) word_facts_.resize(id + 1);
    return word_facts_[id];
  };
  for (const auto& w : function_words) facts(w).function_word = true;
  for (const auto& [w, month] : months) facts(w).month = static_cast<uint8_t>(month);
  for (const auto& [w, day] : weekdays) facts(w).weekday = static_cast<uint8_t>(day);
  for (const auto& [w, level] : place_prefixes) facts(w).place_level = level;
  for (const auto& key : degrees) facts(key).degree = true;
  for (const auto& w : gazetteer.FirstWords()) facts(w).region_start = true;
  gazetteer.IndexWords(*vocabulary);
  place_prefix_bit_ = vocabulary->TableBit();
  region_start_bit_ = vocabulary->TableBit();
  portfolio_bit_ = vocabulary->TableBit();
  for (const auto& [w, level] : place_prefixes) vocabulary->MarkStart(vocabulary->Intern(w), place_prefix_bit_);
  for (const auto& w : portfolio) vocabulary->MarkStart(vocabulary->Intern(FoldCase(w)), portfolio_bit_);
  for (uint32_t id = 1; id <= vocabulary->size(); ++id)
    if (gazetteer.Next(0, id) != Gazetteer::kNoNode) vocabulary->MarkStart(id, region_start_bit_);
  for (const auto& w : participant_markers) facts(w).participant_marker = true;
}

void Lexicon::IndexBoilerplate() {
  for (auto& rules : boilerplate_by_first_) rules.clear();
  for (uint32_t r = 0; r < boilerplate.size(); ++r) {
    const std::string& pattern = boilerplate[r].pattern;
    if (!pattern.empty()) {
      boilerplate_by_first_[static_cast<unsigned char>(pattern[0])].push_back(r);
      continue;
    }
    for (auto& rules : boilerplate_by_first_) rules.push_back(r);  // an empty prefix starts every line
  }
}

bool Lexicon::IsAbbreviation(std::string_view word) const {
  return abbreviations.count(FoldCase(word)) > 0 || IsDegree(word);
}

bool Lexicon::IsDegree(std::string_view word) const {
  // Asked of most name-like tokens: the key of a word goes on the stack.
  char key[64];
  if (word.size() > sizeof key) return degrees.count(DegreeKey(word)) > 0;
  return degrees.count(std::string_view(key, DegreeKeyInto(word, key))) > 0;
}

std::optional<int> Lexicon::Month(std::string_view folded) const {
  if (int m = Facts(vocabulary->Find(folded)).month) return m;
  return std::nullopt;
}

std::optional<int> Lexicon::Weekday(std::string_view folded) const {
  if (int d = Facts(vocabulary->Find(folded)).weekday) return d;
  return std::nullopt;
}

}  // namespace pejabat
