#pragma once
#include <cstdint>
#include <string>

namespace pejabat {

// What the lexicon says about one folded word, kept by the word's vocabulary
// number so that recognizers ask about a token without hashing its text.
struct WordFacts {
  bool function_word = false;  // function_words.tsv
  uint8_t month = 0;           // 1-12 (months.tsv), 0: not a month
  uint8_t weekday = 0;         // ISO 1-7 (weekdays.tsv), 0: not a weekday
  std::string place_level;     // place_prefixes.tsv: "city", "district", ...; empty: not a prefix
  bool degree = false;         // degrees.tsv, as a degree key (DegreeKey): "msi", "sh"
  bool region_start = false;   // regions.tsv: some name or alias starts with this word
  bool participant_marker = false;  // participants.tsv: "peserta", "diikuti"
};

}  // namespace pejabat
