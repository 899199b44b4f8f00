#pragma once
#include <string>
#include <unordered_set>

#include "bench/gen_corpus/rng.h"

namespace pejabat::bench {

// An invented person: every name part is composed from syllable tables, so no
// real person's name is written into the code or the corpus on purpose.
struct Person {
  std::string titles;   // "Dr. H." or ""
  std::string name;     // "Sarwendi Tolumanga"
  std::string short_name;  // the part used later in the article: "Sarwendi"
  std::string degrees;  // "S.Sos, M.Si" or ""

  // As written at the first mention: "Dr. H. Sarwendi Tolumanga, M.Si".
  std::string Full() const;
};

// Makes people from a random stream. Name parts that are words of the
// lexicons (a generated "Dinas" or "Kota") are rejected, so that the extractor
// reads an invented name as a name.
class PersonMaker {
 public:
  explicit PersonMaker(std::unordered_set<std::string> reserved_words) : reserved_(std::move(reserved_words)) {}
  Person Make(Rng& rng) const;

 private:
  std::string NamePart(Rng& rng) const;
  std::unordered_set<std::string> reserved_;  // lowercase
};

}  // namespace pejabat::bench
