#include "cli/name_normalizer.h"

#include <algorithm>

#include "extract/text_util.h"

namespace pejabat {
namespace {

constexpr std::size_t kLongestPhrase = 5;  // words; longer lexicon forms are not abbreviations

// Words split on spaces and commas, trailing dots dropped ("Ir." -> "Ir").
std::vector<std::string> QueryWords(std::string_view query) {
  std::string spaced(query);
  std::replace(spaced.begin(), spaced.end(), ',', ' ');
  std::vector<std::string> words;
  for (auto& w : SplitWords(spaced)) {
    while (!w.empty() && w.back() == '.') w.pop_back();
    if (!w.empty()) words.push_back(std::move(w));
  }
  return words;
}

std::string Joined(const std::vector<std::string>& words, std::size_t from, std::size_t count) {
  std::vector<std::string> part(words.begin() + from, words.begin() + from + count);
  return Join(part, " ");
}

}  // namespace

std::string NameNormalizer::Normalize(std::string_view query) const {
  std::vector<std::string> words = QueryWords(query), out;
  std::size_t i = 0;
  while (i < words.size()) {
    bool matched = false;
    for (std::size_t len = std::min(kLongestPhrase, words.size() - i); len >= 1 && !matched; --len) {
      std::string phrase = Joined(words, i, len);
      if (auto v = lexicon_.roles.Find(phrase)) {
        const RoleEntry& role = lexicon_.role_entries[*v];
        out.push_back(role.role);
        // "kabag" is Kepala of a Bagian: the post's name says "Kepala Bagian".
        if (role.kind == RoleKind::UnitHead && !EqualsFolded(phrase, role.role)) out.push_back(role.unit);
      } else if (auto o = lexicon_.offices.Find(phrase)) {
        out.push_back(lexicon_.office_entries[*o].canonical);
      } else if (auto t = lexicon_.titles.Find(phrase); t && i + len < words.size()) {
        // A title before a name; one-letter titles ("H", "T") only in capitals, as the lexicon says.
        bool one_letter_lower = phrase.size() == 1 && !StartsWithUpper(phrase);
        if (one_letter_lower) continue;
      } else {
        continue;
      }
      matched = true;
      i += len;
    }
    if (matched) continue;
    if (out.empty() || !lexicon_.IsDegree(words[i])) out.push_back(words[i]);  // degrees follow a name
    ++i;
  }
  return Join(out, " ");
}

std::vector<std::string> NameNormalizer::Variants(std::string_view query) const {
  std::vector<std::string> out{Normalize(query)};
  std::string raw = CollapseSpaces(query);
  if (raw != out.front()) out.push_back(raw);
  return out;
}

std::string NameNormalizer::CityName(std::string_view city) const {
  std::vector<std::string> words = SplitWords(CollapseSpaces(city));
  if (words.size() > 1 && lexicon_.place_prefixes.count(FoldCase(words.front())))
    words.erase(words.begin());
  return Join(words, " ");
}

std::string NameNormalizer::EventType(std::string_view type) const {
  std::string folded = FoldCase(CollapseSpaces(type));
  if (auto v = lexicon_.triggers.Find(folded)) return lexicon_.trigger_types[*v];
  return folded;
}

}  // namespace pejabat
