#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/recognize/gazetteer.h"

namespace pejabat {

struct RegionMatch {
  const Region* region = nullptr;
  std::size_t end = 0;          // one past the last token
  bool explicit_level = false;  // "Kota X", "Kabupaten X"
};

// False when no region can start at token i (i < doc.size()): in a numbered
// document, a token with neither a place prefix's nor a region name's start bit.
inline bool MayStartRegion(const Document& doc, const Lexicon& lexicon, std::size_t i) {
  return doc.vocabulary != lexicon.vocabulary.get() || !lexicon.gazetteer.HasWordIndex() ||
         (doc.tokens[i].phrase_starts & (lexicon.PlacePrefixBit() | lexicon.RegionStartBit())) != 0;
}

// MatchRegion past its first test, a call of its own (i < doc.size()).
std::optional<RegionMatch> MatchRegionAt(const Document& doc, const Lexicon& lexicon, std::size_t i, bool allow_bare,
                                         std::optional<RegionLevel> prefer);

// A region at token i: "Kota Padang", "Kabupaten Limapuluh kota", "Kab. Bogor",
// "Provinsi Sumatera Barat", or a bare name ("Medan", "Sumbar") when `allow_bare`.
// A bare name that exists as both kota and kabupaten resolves to `prefer` when
// given, else to the kota.
// Inline: it is asked after every office, unit name and role, and at most
// tokens neither a place prefix nor a word a region name starts with is
// written, which one test of the token's bits says (the call, its
// prologue and epilogue were most of the answer; 24k per 1k articles).
inline std::optional<RegionMatch> MatchRegion(const Document& doc, const Lexicon& lexicon, std::size_t i,
                                              bool allow_bare, std::optional<RegionLevel> prefer = std::nullopt) {
  if (i >= doc.size() || !MayStartRegion(doc, lexicon, i)) return std::nullopt;
  return MatchRegionAt(doc, lexicon, i, allow_bare, prefer);
}

// The longest region name starting at token i (no prefix), as the gazetteer knows it.
std::optional<RegionMatch> MatchRegionName(const Document& doc, const Lexicon& lexicon, std::size_t i,
                                           std::optional<RegionLevel> level);

std::optional<RegionLevel> LevelFromName(const std::string& level);  // "city" -> City

}  // namespace pejabat
