#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "extract/document.h"
#include "extract/recognize/gazetteer.h"

namespace pejabat {

class Lexicon;

struct RegionMatch {
  const Region* region = nullptr;
  std::size_t end = 0;          // one past the last token
  bool explicit_level = false;  // "Kota X", "Kabupaten X"
};

// A region at token i: "Kota Padang", "Kabupaten Limapuluh kota", "Kab. Bogor",
// "Provinsi Sumatera Barat", or a bare name ("Medan", "Sumbar") when `allow_bare`.
// A bare name that exists as both kota and kabupaten resolves to `prefer` when
// given, else to the kota.
std::optional<RegionMatch> MatchRegion(const Document& doc, const Lexicon& lexicon, std::size_t i, bool allow_bare,
                                       std::optional<RegionLevel> prefer = std::nullopt);

// The longest region name starting at token i (no prefix), as the gazetteer knows it.
std::optional<RegionMatch> MatchRegionName(const Document& doc, const Lexicon& lexicon, std::size_t i,
                                           std::optional<RegionLevel> level);

std::optional<RegionLevel> LevelFromName(const std::string& level);  // "city" -> City

}  // namespace pejabat
