#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"

namespace pejabat {

// The language-aware half of name lookup (graph/name_match.h is the generic
// half): what a user types is rewritten with the lexicon the extractor uses,
// so "Ir. H. Rahmat Hidayat, MM" loses its titles and degrees and "sekda
// payakumbuh" becomes "Sekretaris Daerah payakumbuh".
class NameNormalizer {
 public:
  explicit NameNormalizer(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // The normalized form first, then the text as typed (when different): the
  // graph lookup keeps whichever matches best.
  std::vector<std::string> Variants(std::string_view query) const;
  // Titles and degrees dropped; role and office abbreviations written out
  // (roles.tsv, offices.tsv): "walikota" -> "Wali Kota", "pemko" -> "Pemerintah Kota".
  std::string Normalize(std::string_view query) const;
  // A city without its place prefix: "Kota Padang" -> "Padang".
  std::string CityName(std::string_view city) const;
  // An event type from the word for it: "sosialisasi" -> "socialization"; a type name stays.
  std::string EventType(std::string_view type) const;

 private:
  const Lexicon& lexicon_;
};

}  // namespace pejabat
