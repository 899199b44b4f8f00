#include "extract/recognize/person_recognizer.h"

#include <algorithm>

#include "extract/lexicon.h"
#include "extract/recognize/region_parser.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

constexpr std::size_t kMaxNameTokens = 5;

bool IsSingleCapital(std::string_view t) { return t.size() == 1 && t[0] >= 'A' && t[0] <= 'Z'; }

// The medical titles written in lower case ("dr Nama", "drg. Nama"); every
// other title starts with a capital.
bool IsLowerCaseTitle(std::string_view t) { return t == "dr" || t == "drg"; }

// Whether a token of [first, end) is already in a found name (`taken` marks them).
bool Overlaps(const TokenMask& taken, std::size_t first, std::size_t end) {
  for (std::size_t i = first; i < end && i < taken.size(); ++i)
    if (taken[i]) return true;
  return false;
}

// A name found with no title, degree or post: tokens [first, end) alone.
void AddBareName(const Document& doc, std::size_t first, std::size_t end, std::vector<PersonMention>& found,
                 TokenMask& taken) {
  PersonMention m;
  m.first = m.name_first = static_cast<uint32_t>(first);
  m.end = m.name_end = static_cast<uint32_t>(end);
  m.name = CollapseSpaces(doc.TokenRange(first, end));
  found.push_back(std::move(m));
  for (std::size_t t = first; t < end; ++t) taken[t] = true;
}

}  // namespace

bool PersonRecognizer::IsNameToken(const Document& doc, std::size_t i, const TokenMask& blocked) const {
  if (i >= doc.size() || blocked[i]) return false;
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::Word || !t.upper) return false;
  // "Selanjutnya", "Sebelumnya", "Rupanya", and their misspellings: a long
  // word in -nya opening a sentence is a connective, not a name.
  bool opens_sentence = i == 0 || doc.tokens[i - 1].sentence != t.sentence;
  if (opens_sentence && t.span.end - t.span.begin >= 7 && doc.Folded(i).ends_with("nya")) return false;
  const WordFacts& w = lx_.Word(doc, i);
  if (w.function_word || w.month || w.weekday || !w.place_level.empty()) return false;
  if (lx_.roles.MatchAt(doc, i) || lx_.offices.MatchAt(doc, i) || lx_.national.MatchAt(doc, i)) return false;
  if (lx_.verbs.MatchAt(doc, i) || lx_.cues.MatchAt(doc, i) || lx_.triggers.MatchAt(doc, i)) return false;
  if (lx_.venues.MatchAt(doc, i)) return false;
  return true;
}

// "Jenderal (Purn) Nama", "Kombes (Purn.) Nama": a title in parentheses after
// another one (a retired rank) belongs to the titles, not between them and
// the name. Returns the token after ")" when a name-like word follows, i otherwise.
std::size_t PersonRecognizer::TitleInParentheses(const Document& doc, std::size_t i,
                                                 std::vector<std::string>& titles) const {
  if (titles.empty() || i + 2 >= doc.size() || doc.TokenText(i) != "(") return i;
  auto hit = lx_.titles.MatchAt(doc, i + 1);
  if (!hit) return i;
  std::size_t k = i + 1 + hit->length;
  if (k < doc.size() && doc.TokenText(k) == ".") ++k;
  if (k + 1 >= doc.size() || doc.TokenText(k) != ")") return i;
  if (doc.tokens[k + 1].kind != TokenKind::Word || !doc.tokens[k + 1].upper) return i;
  titles.push_back(lx_.title_canonical[hit->value]);
  return k + 1;
}

std::size_t PersonRecognizer::ParseTitles(const Document& doc, std::size_t i, std::vector<std::string>& titles,
                                          bool& strong) const {
  std::size_t j = i;
  while (j < doc.size()) {
    if (std::size_t after = TitleInParentheses(doc, j, titles); after != j) {
      j = after;
      continue;
    }
    auto hit = lx_.titles.MatchAt(doc, j);
    if (!hit) break;
    std::string_view written = doc.TokenText(j);
    // One-letter titles ("H", "T") only in capitals; others start upper case
    // except the lower-case medical ones ("dr", "drg").
    if (written.size() == 1 && !IsSingleCapital(written)) break;
    if (!doc.tokens[j].upper && !IsLowerCaseTitle(written)) break;
    std::size_t k = j + hit->length;
    if (k < doc.size() && doc.TokenText(k) == "." && !doc.tokens[k].space_before) ++k;
    // A title must be followed by something name-like.
    bool parenthesized_title = k < doc.size() && doc.TokenText(k) == "(" && lx_.titles.MatchAt(doc, k + 1);
    if (!parenthesized_title && (k >= doc.size() || doc.tokens[k].kind != TokenKind::Word || !doc.tokens[k].upper))
      break;
    titles.push_back(lx_.title_canonical[hit->value]);
    if (lx_.title_kinds[hit->value] != "address") strong = true;
    j = k;
  }
  return j;
}

// "Munafri 'Appi' Arifuddin", "Ahmad “Abah” Fauzi": one or two capitalized
// words in quotes between two words of a name are the name the person goes
// by, not a word of the name. Returns the token after the closing mark when
// a name word follows it, i otherwise.
std::size_t PersonRecognizer::NicknameEnd(const Document& doc, std::size_t i, const TokenMask& blocked) const {
  constexpr std::size_t kMaxNicknameWords = 2;
  if (i >= doc.size() || doc.tokens[i].kind != TokenKind::Quote) return i;
  std::size_t k = i + 1;
  while (k < doc.size() && k - i <= kMaxNicknameWords && IsNameToken(doc, k, blocked) && !doc.tokens[k].paragraph_start) ++k;
  if (k == i + 1 || k >= doc.size() || doc.tokens[k].kind != TokenKind::Quote) return i;
  if (!IsNameToken(doc, k + 1, blocked) || doc.tokens[k + 1].paragraph_start) return i;
  return k + 1;
}

std::size_t PersonRecognizer::ParseDegrees(const Document& doc, std::size_t i, std::vector<std::string>& degrees) const {
  std::size_t j = i;
  while (j < doc.size()) {
    std::size_t k = j;
    if (doc.TokenText(k) == ",") ++k;
    if (k >= doc.size() || doc.tokens[k].paragraph_start || doc.tokens[k].kind != TokenKind::Word) break;
    std::string_view w = doc.TokenText(k);
    std::size_t next = k + 1;
    if (next < doc.size() && doc.TokenText(next) == "." && !doc.tokens[next].space_before) ++next;
    if (lx_.IsDegreeToken(doc, k) && (doc.tokens[k].upper || w.find('.') != std::string_view::npos)) {
      degrees.emplace_back(doc.TokenRange(k, next));
      j = next;
      continue;
    }
    // "S M.Si": a one-letter fragment of a degree, followed by a degree.
    if (IsSingleCapital(w) && next < doc.size() && lx_.IsDegreeToken(doc, next)) {
      degrees.emplace_back(w);
      j = next;
      continue;
    }
    break;
  }
  return j;
}

std::optional<ParsedName> PersonRecognizer::ParseName(const Document& doc, std::size_t i,
                                                      const TokenMask& blocked, NameCache& names) const {
  // A name starts with a capital or with a lower-case medical title: the
  // title-and-degree rule asks at every token, and most tokens are neither.
  if (i >= doc.size() || (!doc.tokens[i].upper && !IsLowerCaseTitle(doc.TokenText(i)))) return std::nullopt;
  ParsedName p;
  p.first = i;
  bool strong = false;
  std::size_t j = ParseTitles(doc, i, p.titles, strong);
  p.address_only = !p.titles.empty() && !strong;
  p.name_first = j;
  std::size_t k = j;
  // The marks and words of a nickname do not count towards the name's length.
  auto name_tokens = [&](std::size_t k) { return k - j - (p.nick_end ? p.nick_close + 1 - p.nick_open : 0); };
  while (k < doc.size() && name_tokens(k) < kMaxNameTokens) {
    if (k > j && doc.tokens[k].paragraph_start) break;
    if (k > j && p.nick_end == 0) {
      if (std::size_t after = NicknameEnd(doc, k, blocked); after != k) {
        p.nick_open = k;
        p.nick_first = k + 1;
        p.nick_end = p.nick_close = after - 1;
        k = after;
        continue;
      }
    }
    std::string_view w = doc.TokenText(k);
    // Degrees end the name ("Lahum SH MM"); a lone capital before a degree too.
    if (k > j && lx_.IsDegreeToken(doc, k) && (doc.tokens[k].all_caps || w.find('.') != std::string_view::npos)) break;
    if (IsSingleCapital(w)) {
      // An initial inside a name ("M. Yusuf"), not at its end.
      std::size_t n = k + 1;
      if (n < doc.size() && doc.TokenText(n) == "." && !doc.tokens[n].space_before) ++n;
      if (n < doc.size() && IsNameToken(doc, n, blocked, names) && !lx_.IsDegreeToken(doc, n)) {
        k = n;
        continue;
      }
      break;
    }
    if (!IsNameToken(doc, k, blocked, names)) {
      // Right after a title, a capitalized word that is also a function word
      // starts the name when a name word follows ("H. Lalu Suparman"); not
      // when an acronym follows: "Ibu Hamil KEK" is a group of mothers.
      bool after_title = k == j && !p.titles.empty() && !blocked[k] && doc.tokens[k].kind == TokenKind::Word &&
                         doc.tokens[k].upper && lx_.Word(doc, k).function_word && IsNameToken(doc, k + 1, blocked, names) &&
                         !doc.tokens[k + 1].all_caps;
      if (!after_title) break;
    }
    ++k;
  }
  if (k == j) return std::nullopt;
  // One all-caps word is an acronym ("SAKIP", "OPD"), not a name.
  if (k == j + 1 && doc.tokens[j].all_caps) return std::nullopt;
  p.name_end = k;
  // A bare region is a place, not a name ("Padang").
  if (auto r = MatchRegion(doc, lx_, j, true); r && r->end >= k) return std::nullopt;
  p.end = ParseDegrees(doc, k, p.degrees);
  return p;
}

std::vector<PersonMention> PersonRecognizer::Recognize(const Document& doc, const std::vector<RoleMention>& roles,
                                                       const TokenMask& blocked) const {
  std::vector<PersonMention> found;
  NameCache names(doc.size(), -1);
  TokenMask taken(doc.size(), false);  // tokens of found names: overlap tests at every token
  auto add = [&](const ParsedName& p, std::optional<uint32_t> role) {
    if (Overlaps(taken, p.first, p.end)) return;
    for (std::size_t i = p.first; i < p.end; ++i) taken[i] = true;
    PersonMention m;
    m.first = static_cast<uint32_t>(p.first);
    m.end = static_cast<uint32_t>(p.end);
    m.name_first = static_cast<uint32_t>(p.name_first);
    m.name_end = static_cast<uint32_t>(p.name_end);
    m.name = CollapseSpaces(doc.TokenRange(p.name_first, p.name_end));
    if (p.nick_end > p.nick_first) {
      m.name = CollapseSpaces(std::string(doc.TokenRange(p.name_first, p.nick_open)) + " " +
                              std::string(doc.TokenRange(p.nick_close + 1, p.name_end)));
      m.nicknames.push_back(CollapseSpaces(doc.TokenRange(p.nick_first, p.nick_end)));
    }
    m.titles = p.titles;
    m.degrees = p.degrees;
    m.role = role;
    found.push_back(std::move(m));
  };

  // role_before: the name right after a role, with or without a comma.
  for (uint32_t r = 0; r < roles.size(); ++r) {
    std::size_t j = roles[r].end;
    bool comma = j < doc.size() && doc.TokenText(j) == ",";
    if (comma) ++j;
    if (j >= doc.size() || doc.tokens[j].paragraph_start) continue;
    auto p = ParseName(doc, j, blocked, names);
    if (!p) continue;
    add(*p, r);
  }
  // role_after: "Nama, Kepala Dinas …" — a name, a comma, then a role.
  for (uint32_t r = 0; r < roles.size(); ++r) {
    std::size_t comma = roles[r].first;
    if (comma < 2 || doc.TokenText(comma - 1) != ",") continue;
    // Walk back over the name run before the comma.
    std::size_t start = comma - 1;
    while (start > 0 && start + kMaxNameTokens + 1 > comma - 1 && (IsNameToken(doc, start - 1, blocked, names) ||
                                                                   lx_.IsDegreeToken(doc, start - 1)))
      --start;
    for (std::size_t s = start; s < comma - 1; ++s) {
      auto p = ParseName(doc, s, blocked, names);
      if (p && p->end == comma - 1) {
        add(*p, r);
        break;
      }
    }
  }
  // cue_noun: the name after a noun naming the part a person plays, with an
  // event word and a comma allowed between ("Narasumber kegiatan, Nama dari …",
  // "pemateri Nama").
  for (std::size_t i = 0; i < doc.size(); ++i) {
    auto cue = lx_.cues.MatchAt(doc, i);
    if (!cue || blocked[i]) continue;
    // Only the parts a person plays; "laporan", "arahan" are also followed by documents.
    const EventCue& c = lx_.cue_entries[cue->value];
    if (c.voice != "noun" || (c.role != "resource_person" && c.role != "instructor")) continue;
    std::size_t j = i + cue->length;
    if (auto trigger = lx_.triggers.MatchAt(doc, j)) j += trigger->length;
    if (j < doc.size() && doc.TokenText(j) == ",") ++j;
    if (j >= doc.size() || doc.tokens[j].paragraph_start || Overlaps(taken, j, j + 1)) continue;
    if (auto p = ParseName(doc, j, blocked, names)) add(*p, std::nullopt);
  }
  // title and degree: self-evident names anywhere. A name found here starts
  // with a title or is followed by a degree within kDegreeReach tokens (the
  // longest name, a nickname, an initial's dot and a comma): where neither is
  // written, ParseName is not asked (it was asked at every capitalized word).
  // Degrees are words (ParseDegrees).
  constexpr std::size_t kDegreeReach = kMaxNameTokens + 10;
  std::vector<uint32_t> next_degree(doc.size() + 1, static_cast<uint32_t>(doc.size()));
  for (std::size_t i = doc.size(); i-- > 0;)
    next_degree[i] = lx_.MayBeDegreeWord(doc, i) ? static_cast<uint32_t>(i) : next_degree[i + 1];
  for (std::size_t i = 0; i < doc.size(); ++i) {
    if (blocked[i] || Overlaps(taken, i, i + 1)) continue;
    if (next_degree[i + 1] > i + kDegreeReach && !lx_.titles.MatchAt(doc, i)) continue;
    if (i > 0 && IsNameToken(doc, i - 1, blocked, names) && !lx_.titles.MatchAt(doc, i)) continue;  // not a run start
    auto p = ParseName(doc, i, blocked, names);
    if (!p) continue;
    // A form of address before one word is too weak ("Kelas Ibu Muda").
    bool weak = p->address_only && p->degrees.empty() && p->name_end - p->name_first == 1;
    if ((!p->titles.empty() || !p->degrees.empty()) && !weak) {
      add(*p, std::nullopt);
      i = p->end - 1;
    }
  }
  // verb_after / verb_before: names attributed speech.
  for (std::size_t i = 0; i < doc.size(); ++i) {
    auto verb = lx_.verbs.MatchAt(doc, i);
    if (!verb || blocked[i]) continue;
    VerbPosition pos = lx_.verb_positions[verb->value];
    if (pos == VerbPosition::After) {
      std::size_t j = i + verb->length;
      if (j < doc.size() && !doc.tokens[j].paragraph_start && !Overlaps(taken, j, j + 1))
        if (auto p = ParseName(doc, j, blocked, names)) add(*p, std::nullopt);
    } else {
      // "Erwan menyampaikan": the name run that ends right before the verb.
      std::size_t end = i;
      std::size_t start = end;
      while (start > 0 && end - start < kMaxNameTokens && IsNameToken(doc, start - 1, blocked, names)) --start;
      if (start == end || Overlaps(taken, start, end)) continue;
      auto p = ParseName(doc, start, blocked, names);
      // A lone all-caps word before a verb is an acronym ("KPU menyampaikan").
      bool acronym = end - start == 1 && doc.tokens[start].all_caps;
      if (p && p->name_end == end && !acronym) add(*p, std::nullopt);
    }
  }
  // "Menurut Erwan, …"
  for (std::size_t i = 0; i + 1 < doc.size(); ++i) {
    if (doc.Folded(i) != "menurut" || Overlaps(taken, i + 1, i + 2)) continue;
    auto p = ParseName(doc, i + 1, blocked, names);
    if (p && p->end < doc.size() && doc.TokenText(p->end) == ",") add(*p, std::nullopt);
  }
  // A post right after a found name is that person's: "Ir. Nama, MT, Pengendali
  // Teknis pada …" (a name found by its title or degree, a comma, the post),
  // "Yetti, S.Sos (Auditor Madya Inspektorat)" (the post in parentheses).
  for (uint32_t r = 0; r < roles.size(); ++r) {
    std::size_t mark = roles[r].first;
    if (mark < 1) continue;
    std::string_view before = doc.TokenText(mark - 1);
    if (before != "," && before != "(") continue;
    for (auto& m : found)
      if (!m.role && m.end == mark - 1 && (before == "(" || !m.degrees.empty())) m.role = r;
  }
  AddRepeatedNames(doc, found, taken);
  AddFullNames(doc, found, taken, blocked, names);
  std::sort(found.begin(), found.end(), [](const PersonMention& a, const PersonMention& b) { return a.first < b.first; });
  return found;
}

// A name found once is a name wherever the article writes it again, even
// where no rule would find it ("Usai upacara, Lalu Suparman kepada wartawan
// mengatakan …"): every run of two or more of its words, written as a run of
// its own, is a mention (the resolver merges it into the full name).
void PersonRecognizer::AddRepeatedNames(const Document& doc, std::vector<PersonMention>& found,
                                        TokenMask& taken) const {
  // Every run of two or more words of a found name, as a token range; the
  // longest runs are tried first.
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  for (const auto& m : found)
    for (std::size_t a = m.name_first; a + 1 < m.name_end; ++a)
      for (std::size_t b = a + 2; b <= m.name_end; ++b) runs.emplace_back(a, b);
  std::stable_sort(runs.begin(), runs.end(),
                   [](const auto& x, const auto& y) { return x.second - x.first > y.second - y.first; });
  // The runs' first words, once: every capitalized word of the article is
  // compared with them, and nearly every one is none of them.
  std::vector<std::string_view> firsts;
  for (const auto& run : runs)
    if (std::find(firsts.begin(), firsts.end(), doc.TokenText(run.first)) == firsts.end())
      firsts.push_back(doc.TokenText(run.first));
  for (std::size_t i = 0; i < doc.size(); ++i) {
    if (!doc.IsCapitalizedWord(i) || (i > 0 && doc.IsCapitalizedWord(i - 1) && !doc.tokens[i].paragraph_start)) continue;
    const std::string_view word = doc.TokenText(i);
    if (std::find(firsts.begin(), firsts.end(), word) == firsts.end()) continue;
    for (const auto& [run_first, run_end] : runs) {
      // The first word first: nearly every run differs there, before the
      // overlap walk below is worth doing.
      if (word != doc.TokenText(run_first)) continue;
      std::size_t end = i + (run_end - run_first);
      if (end > doc.size() || doc.IsCapitalizedWord(end) || Overlaps(taken, i, end)) continue;
      bool same = true;
      for (std::size_t t = 0; t < run_end - run_first && same; ++t) same = doc.TokenText(i + t) == doc.TokenText(run_first + t);
      if (!same) continue;
      AddBareName(doc, i, end, found, taken);
      break;
    }
  }
}

// "pemerhati budaya Wenri Wanhar yang ditemui …" and later "ujar Wenri": no
// rule reads the full name, but the one word found elsewhere starts it. A run
// of name words of its own (no capitalized word before it) that starts with a
// one-word name found elsewhere is that person's full name (the resolver then
// merges the one word into it).
void PersonRecognizer::AddFullNames(const Document& doc, std::vector<PersonMention>& found, TokenMask& taken,
                                    const TokenMask& blocked, NameCache& names) const {
  std::vector<std::string_view> single;
  for (const auto& m : found)
    if (m.name_end == m.name_first + 1 && m.titles.empty()) single.push_back(doc.TokenText(m.name_first));
  if (single.empty()) return;
  for (std::size_t i = 1; i + 1 < doc.size(); ++i) {
    // The cheap tests first: this runs at every token.
    if (!doc.tokens[i].upper || taken[i]) continue;
    if (std::find(single.begin(), single.end(), doc.TokenText(i)) == single.end()) continue;
    bool run_start = doc.tokens[i].paragraph_start || !doc.IsCapitalizedWord(i - 1);
    if (!run_start || !IsNameToken(doc, i, blocked, names)) continue;
    std::size_t end = i + 1;
    // A degree ends the name ("Fajar SH"); a long acronym is no part of one ("Fajar BUMD").
    auto name_word = [&](std::size_t k) {
      return IsNameToken(doc, k, blocked, names) && !taken[k] && !lx_.IsDegreeToken(doc, k) &&
             !(doc.tokens[k].all_caps && doc.TokenText(k).size() > 3);
    };
    while (end < doc.size() && end - i < kMaxNameTokens && !doc.tokens[end].paragraph_start && name_word(end)) ++end;
    if (end == i + 1 || end >= doc.size() || (doc.IsCapitalizedWord(end) && !lx_.IsDegreeToken(doc, end))) continue;
    AddBareName(doc, i, end, found, taken);
  }
}

}  // namespace pejabat
