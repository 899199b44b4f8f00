#include "extract/recognize/region_parser.h"

#include <algorithm>

#include "extract/lexicon.h"
#include "extract/text_util.h"

namespace pejabat {

// Compared as views: a std::string against a C string is a call that
// measures the literal and compares to the shorter length, asked after every
// office and place prefix read (0.5M instructions per 1k articles).
std::optional<RegionLevel> LevelFromName(const std::string& level) {
  const std::string_view l = level;
  if (l == "city") return RegionLevel::City;
  if (l == "regency") return RegionLevel::Regency;
  if (l == "province") return RegionLevel::Province;
  return std::nullopt;
}

namespace {

// The longest region name starting at token i of any level (`any`) and of
// `level` (when given) in one walk of the window: each window's key is built
// and looked up once for both (MatchRegion asks both of a bare name that
// prefers a level).
void MatchNames(const Document& doc, const Lexicon& lx, std::size_t i, std::optional<RegionLevel> level,
                std::optional<RegionMatch>& any, std::optional<RegionMatch>& at_level) {
  // Most tokens start no region name: say so before folding any window
  // (a fifth of extraction time otherwise; docs/performance.md).
  if (i >= doc.size()) return;
  if (doc.vocabulary == lx.vocabulary.get() && lx.gazetteer.HasWordIndex()) {
    if (!(doc.tokens[i].phrase_starts & lx.RegionStartBit())) return;  // no first edge of the trie
  } else if (!lx.StartsRegionName(doc, i)) {
    return;
  }
  const std::size_t max_words = lx.gazetteer.MaxNameWords();
  if (lx.gazetteer.HasWordIndex()) {
    // By the tokens' word numbers, one step of the gazetteer's trie each,
    // with no key built and hashed per window (with the single walk for both
    // levels, MatchRegion 18.5M -> 6.7M instructions per 1k articles,
    // callgrind; the folded keys below stay for a gazetteer without words).
    uint32_t node = 0;
    for (std::size_t k = 0; k < max_words && i + k < doc.size(); ++k) {
      const Token& t = doc.tokens[i + k];
      if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) break;
      if (k > 0 && t.paragraph_start) break;
      node = lx.gazetteer.Next(node, lx.vocabulary->IdOf(doc, i + k));
      if (node == Gazetteer::kNoNode) break;
      const Gazetteer::KeyLookup hit = lx.gazetteer.AtNode(node, level);
      if (hit.first) any = RegionMatch{hit.first, i + k + 1, false};
      if (hit.at_level) at_level = RegionMatch{hit.at_level, i + k + 1, true};
      if (!hit.longer) break;
    }
    return;
  }
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
    const Gazetteer::KeyLookup hit = lx.gazetteer.LookUpKey(key, level);
    if (hit.first) any = RegionMatch{hit.first, i + k + 1, false};
    if (hit.at_level) at_level = RegionMatch{hit.at_level, i + k + 1, true};
    if (!hit.longer) break;
  }
}

}  // namespace

std::optional<RegionMatch> MatchRegionName(const Document& doc, const Lexicon& lx, std::size_t i,
                                           std::optional<RegionLevel> level) {
  std::optional<RegionMatch> any, at_level;
  MatchNames(doc, lx, i, level, any, at_level);
  return level ? at_level : any;
}

std::optional<RegionMatch> MatchRegionAt(const Document& doc, const Lexicon& lx, std::size_t i, bool allow_bare,
                                         std::optional<RegionLevel> prefer) {
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
  // there is no preferred one either; both are read in one walk.
  std::optional<RegionMatch> any, m;
  MatchNames(doc, lx, i, prefer, any, m);
  if (!any) return std::nullopt;
  any->explicit_level = false;
  // The preferred level only when its name is as long as the best unlevelled one.
  if (m && m->end >= any->end) {
    m->explicit_level = false;
    return m;
  }
  return any;
}

}  // namespace pejabat
