#include "extract/recognize/region_parser.h"

#include <algorithm>

#include "extract/lexicon.h"
#include "extract/text_util.h"

namespace pejabat {

std::optional<RegionLevel> LevelFromName(const std::string& level) {
  if (level == "city") return RegionLevel::City;
  if (level == "regency") return RegionLevel::Regency;
  if (level == "province") return RegionLevel::Province;
  return std::nullopt;
}

std::optional<RegionMatch> MatchRegionName(const Document& doc, const Lexicon& lx, std::size_t i,
                                           std::optional<RegionLevel> level) {
  // Most tokens start no region name: say so before folding any window
  // (a fifth of extraction time otherwise; docs/performance.md).
  if (i >= doc.size() || !lx.StartsRegionName(doc, i)) return std::nullopt;
  const std::size_t max_words = lx.gazetteer.MaxNameWords();
  std::optional<RegionMatch> best;
  // The window's key as Gazetteer::FoldName would fold the words joined by
  // spaces: a word token holds no white space and a hyphen only between
  // letters or digits, so folding each token and spacing its hyphens is the same.
  std::string key;
  for (std::size_t k = 0; k < max_words && i + k < doc.size(); ++k) {
    const Token& t = doc.tokens[i + k];
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) break;
    if (k > 0 && t.paragraph_start) break;
    if (k > 0) key += ' ';
    std::size_t at = key.size();
    key += doc.Folded(i + k);
    std::replace(key.begin() + static_cast<std::ptrdiff_t>(at), key.end(), '-', ' ');
    const Region* hit = level ? lx.gazetteer.FindKey(key, *level) : lx.gazetteer.FirstByKey(key);
    if (hit) best = RegionMatch{hit, i + k + 1, level.has_value()};
    if (!lx.gazetteer.StartsALongerName(key)) break;
  }
  return best;
}

std::optional<RegionMatch> MatchRegion(const Document& doc, const Lexicon& lx, std::size_t i, bool allow_bare,
                                       std::optional<RegionLevel> prefer) {
  if (i >= doc.size()) return std::nullopt;
  if (const std::string& prefix = lx.Word(doc, i).place_level; !prefix.empty()) {
    auto level = LevelFromName(prefix);
    if (level) {
      std::size_t j = i + 1;
      if (j < doc.size() && doc.TokenText(j) == "." && !doc.tokens[j].space_before) ++j;  // "Kab."
      if (auto m = MatchRegionName(doc, lx, j, level)) return m;
      return std::nullopt;
    }
  }
  if (!allow_bare || !doc.tokens[i].upper) return std::nullopt;
  // A levelled name is also an unlevelled one, so without an unlevelled match
  // there is no preferred one either, and the unlevelled match is found once.
  auto any = MatchRegionName(doc, lx, i, std::nullopt);
  if (!any) return std::nullopt;
  any->explicit_level = false;
  if (prefer) {
    // The preferred level only when its name is as long as the best unlevelled one.
    if (auto m = MatchRegionName(doc, lx, i, prefer); m && m->end >= any->end) {
      m->explicit_level = false;
      return m;
    }
  }
  return any;
}

}  // namespace pejabat
