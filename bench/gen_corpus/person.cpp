#include "bench/gen_corpus/person.h"

#include <array>
#include <cctype>
#include <string_view>

namespace pejabat::bench {
namespace {

constexpr std::array<std::string_view, 20> kOnsets = {"b", "d", "g", "h", "j", "k", "l", "m", "n", "p",
                                                      "r", "s", "t", "w", "y", "sy", "dw", "tr", "nd", "ng"};
constexpr std::array<std::string_view, 7> kVowels = {"a", "i", "u", "e", "o", "a", "ia"};
constexpr std::array<std::string_view, 10> kCodas = {"", "", "", "n", "r", "s", "t", "ng", "l", "m"};
constexpr std::array<std::string_view, 6> kTitles = {"Drs.", "Dr.", "H.", "Hj.", "Ir.", "Dra."};
constexpr std::array<std::string_view, 12> kDegrees = {"S.Sos", "M.Si", "SH", "MM", "M.AP", "ST",
                                                       "SE", "M.Pd", "S.Kom", "MT", "S.IP", "M.Kes"};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string Person::Full() const {
  std::string out = titles.empty() ? name : titles + " " + name;
  if (!degrees.empty()) out += ", " + degrees;
  return out;
}

std::string PersonMaker::NamePart(Rng& rng) const {
  for (;;) {
    std::string part;
    int syllables = rng.Between(2, 3);
    for (int i = 0; i < syllables; ++i) {
      // Names start with a consonant cluster-free onset and end on a vowel or a soft coda.
      std::string_view onset = i == 0 ? kOnsets[rng.Below(15)] : rng.Pick(kOnsets);
      part += onset;
      part += rng.Pick(kVowels);
      if (i + 1 < syllables ? rng.Chance(0.3) : rng.Chance(0.6)) part += rng.Pick(kCodas);
    }
    part[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(part[0])));
    if (part.size() >= 5 && !reserved_.count(Lower(part))) return part;
  }
}

Person PersonMaker::Make(Rng& rng) const {
  Person p;
  int parts = rng.Chance(0.55) ? 2 : 3;
  std::string first = NamePart(rng);
  p.name = first;
  for (int i = 1; i < parts; ++i) {
    p.name += ' ';
    p.name += NamePart(rng);
  }
  p.short_name = first;
  int titles = rng.Chance(0.5) ? 0 : rng.Between(1, 2);
  std::size_t first_title = rng.Below(kTitles.size());
  for (int i = 0; i < titles; ++i) {
    if (!p.titles.empty()) p.titles += " ";
    p.titles += kTitles[(first_title + 2 * i) % kTitles.size()];
  }
  int degrees = rng.Chance(0.3) ? 0 : rng.Between(1, 2);
  std::size_t first_degree = rng.Below(kDegrees.size());
  for (int i = 0; i < degrees; ++i) {
    if (!p.degrees.empty()) p.degrees += ", ";
    p.degrees += kDegrees[(first_degree + 1 + i * 5) % kDegrees.size()];
  }
  return p;
}

}  // namespace pejabat::bench
