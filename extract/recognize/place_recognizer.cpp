#include "extract/recognize/place_recognizer.h"

#include "extract/lexicon.h"
#include "extract/recognize/region_parser.h"
#include "extract/recognize/token_scan.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

bool CapitalizedWord(const Document& doc, std::size_t i) {
  return i < doc.size() && doc.tokens[i].kind == TokenKind::Word && doc.tokens[i].upper && !doc.tokens[i].paragraph_start;
}

}  // namespace

std::vector<PlaceMention> RecognizePlaces(const Document& doc, const Lexicon& lx, const TokenMask& blocked) {
  std::vector<PlaceMention> out;
  const std::size_t n = doc.size();
  // A place starts at a place prefix or at a capitalized word a region name
  // starts with (the lexicon's start bits): the other tokens, and the blocked
  // ones, are passed over in a loop of their own before any word facts are
  // read (RecognizePlaces 19.5M -> 2.9M instructions per 1k articles, callgrind).
  const bool numbered = doc.vocabulary == lx.vocabulary.get();
  const uint32_t prefix_bit = lx.PlacePrefixBit(), region_bit = lx.RegionStartBit();
  const Token* tokens = doc.tokens.data();
  const uint8_t* taken = blocked.data();
  const uint32_t either = prefix_bit | region_bit;
  for (std::size_t i = 0; i < n; ++i) {
    if (numbered) {
      // The bits first: nearly every token has neither, and is passed over on
      // one test.
      for (; (i = NextStart(tokens, i, n, either)) < n; ++i) {
        const Token& t = tokens[i];
        if (!(t.phrase_starts & prefix_bit) && !t.upper) continue;
        if (!taken[i] && t.kind == TokenKind::Word) break;
      }
    } else {
      while (i < n && (taken[i] || tokens[i].kind != TokenKind::Word)) ++i;
    }
    if (i >= n) break;
    const std::string& prefix = lx.Word(doc, i).place_level;
    // Most words have no place prefix: not compared with the two names then
    // (RecognizePlaces 21.1M -> 19.6M instructions per 1k articles, callgrind).
    if (!prefix.empty() && (prefix == "district" || prefix == "village")) {
      // "Kecamatan Padang Barat": the area's name is the capitalized run after it.
      std::size_t j = i + 1;
      if (j < doc.size() && doc.TokenText(j) == ".") ++j;
      std::size_t k = j;
      auto area_word = [&](std::size_t t) {
        if (t >= doc.size() || blocked[t] || doc.tokens[t].kind != TokenKind::Word || doc.tokens[t].paragraph_start)
          return false;
        if (!lx.Word(doc, t).place_level.empty() || lx.Word(doc, t).function_word) return false;
        // "Kecamatan padang Barat": a lower-case slip is tolerated when a capital follows.
        return doc.tokens[t].upper || (t == j && CapitalizedWord(doc, t + 1));
      };
      while (k - j < 4 && area_word(k)) ++k;
      if (k > j && doc.tokens[i].upper) {
        PlaceMention m;
        m.first = static_cast<uint32_t>(i);
        m.end = static_cast<uint32_t>(k);
        m.area_type = prefix;
        m.area_name = TitleCase(CollapseSpaces(doc.TokenRange(j, k)));
        out.push_back(std::move(m));
        i = k - 1;
      }
      continue;
    }
    // A region starts at a place prefix or a capitalized name: most words are
    // neither, and are skipped without a call (MatchRegion would say no too).
    if (prefix.empty() && !doc.tokens[i].upper) continue;
    // A capitalized word without a prefix is a region only when a region's
    // name starts with it, which its word facts say: asked here, not after a
    // call to MatchRegion at every capitalized word.
    if (prefix.empty() && !lx.StartsRegionName(doc, i)) continue;
    auto r = MatchRegion(doc, lx, i, true);
    if (!r) continue;
    bool spans_blocked = false;
    for (std::size_t k = i; k < r->end; ++k) spans_blocked |= blocked[k];
    if (spans_blocked) continue;
    if (!r->explicit_level) {
      // A bare name must stand alone: not continuing or continued by another
      // capitalized word ("Padang Pasir", "Grand Kanaya Medan" is still fine after a comma).
      bool before = i > 0 && CapitalizedWord(doc, i - 1) && !doc.tokens[i].paragraph_start;
      bool after = CapitalizedWord(doc, r->end) && !(r->end < doc.size() && lx.Word(doc, r->end).weekday);
      if (before || after) continue;
    }
    PlaceMention m;
    m.first = static_cast<uint32_t>(i);
    m.end = static_cast<uint32_t>(r->end);
    m.region = r->region;
    m.explicit_level = r->explicit_level;
    out.push_back(m);
    i = r->end - 1;
  }
  return out;
}

}  // namespace pejabat
