#include "extract/clean/dateline.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>

#include <boost/container/small_vector.hpp>

#include "extract/recognize/gazetteer.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

constexpr std::size_t kMaxHeader = 64;

// Finds the dash that ends a dateline header; returns the header end and the
// position after the dash (and its following space).
bool FindDash(std::string_view line, std::size_t& header_end, std::size_t& after) {
  if (line.size() < 2) return false;
  // Only the hyphens and the 0xE2 lead bytes are looked at, found by memchr:
  // testing every byte of the header was 1.0M instructions per 1k articles.
  const std::size_t limit = std::min(line.size(), kMaxHeader + 1);
  auto next = [&](char c, std::size_t from) {
    const void* p = std::memchr(line.data() + from, c, limit - from);
    return p ? static_cast<std::size_t>(static_cast<const char*>(p) - line.data()) : limit;
  };
  std::size_t hyphen = next('-', 1), lead = next('\xE2', 1);
  auto advance = [&](std::size_t i) {
    if (i == hyphen) hyphen = next('-', i + 1);
    else lead = next('\xE2', i + 1);
    return std::min(hyphen, lead);
  };
  for (std::size_t i = std::min(hyphen, lead); i < limit; i = advance(i)) {
    std::size_t width = 0;
    // The en and em dashes start with 0xE2: the two comparisons only where one can be
    // (comparing at every byte of the header was a third of ParseDateline's time).
    if (line[i] == '-') width = 1;
    else if (line[i] == '\xE2' &&
             (line.compare(i, 3, "\xE2\x80\x93") == 0 || line.compare(i, 3, "\xE2\x80\x94") == 0)) width = 3;
    if (!width) continue;
    bool space_before = line[i - 1] == ' ';
    std::size_t j = i + width;
    bool space_after = j < line.size() && line[j] == ' ';
    // "Muarasabak-Dinas" has no spaces; "Muarasabak- Dinas", "Padang -" do.
    bool glued = !space_before && !space_after && j < line.size() && IsAsciiAlpha(line[j]) && IsAsciiAlpha(line[i - 1]);
    if (!space_before && !space_after && !glued) continue;  // a hyphen inside a word ("Kemenpan-RB")
    if (!space_before && space_after == false && glued) {
      // Only a single capitalized word may be glued to its dash: "Muarasabak-".
      std::string_view head = line.substr(0, i);
      if (head.find(' ') != std::string_view::npos || !StartsWithUpper(head)) return false;
      // "Mudah-mudahan", "Sehari-hari": a lower-case word after the hyphen
      // continues the word; a dateline glued to its dash is followed by the
      // sentence's capital ("Muarasabak-Dinas") or written in capitals.
      bool head_caps = std::none_of(head.begin(), head.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (line[j] >= 'a' && line[j] <= 'z' && !head_caps) return false;
      // "Kemenpan-RB", "LAN-RI": capitals after the hyphen finish a name.
      std::size_t k = j;
      while (k < line.size() && line[k] >= 'A' && line[k] <= 'Z') ++k;
      bool caps_after = k - j >= 2 && (k == line.size() || !IsAsciiAlpha(line[k]));
      if (caps_after && !head_caps) return false;
    }
    header_end = space_before ? i - 1 : i;
    after = j;
    while (after < line.size() && line[after] == ' ') ++after;
    return true;
  }
  return false;
}

// Outlet markers, folded: ".com", "news", "antara", ...
using namespace std::string_view_literals;
constexpr std::string_view kOutletMarkers[] = {".com"sv, ".id"sv,    ".net"sv,   ".co"sv,    "news"sv,  "antara"sv,
                                               "kompas"sv, "detik"sv, "tribun"sv, "post"sv,  "pos "sv,  "online"sv,
                                               "media"sv, "times"sv, "today"sv,  "radar"sv};
// By byte, a bit for each marker starting with it.
constexpr std::array<uint16_t, 256> kOutletMarkersStarting = [] {
  static_assert(std::size(kOutletMarkers) <= 16);
  std::array<uint16_t, 256> starting{};
  for (std::size_t m = 0; m < std::size(kOutletMarkers); ++m)
    starting[static_cast<unsigned char>(kOutletMarkers[m][0])] |= static_cast<uint16_t>(1u << m);
  return starting;
}();

// Whether a marker is in `part` with its capitals folded. One walk over the
// part, comparing only the markers starting with the byte at hand, folding
// as it compares: a folded copy and a search per marker were 1,100
// instructions a call.
bool LooksLikeOutlet(std::string_view part) {
  for (std::size_t p = 0; p < part.size(); ++p) {
    for (unsigned m = kOutletMarkersStarting[static_cast<unsigned char>(FoldAscii(part[p]))]; m != 0; m &= m - 1) {
      const std::string_view marker = kOutletMarkers[std::countr_zero(m)];
      if (part.size() - p < marker.size()) continue;
      std::size_t k = 1;
      while (k < marker.size() && FoldAscii(part[p + k]) == marker[k]) ++k;
      if (k == marker.size()) return true;
    }
  }
  return false;
}

// The words walked in place (ForEachWord): building them as strings to count
// them or test their first letters took a fifth of ParseDateline's instructions.
bool MoreWordsThan(std::string_view s, std::size_t n) {
  std::size_t words = 0;
  ForEachWord(s, [&](std::string_view) { return ++words <= n; });
  return words > n;
}

bool AllCapitalized(std::string_view part) {
  bool all = true;
  ForEachWord(part, [&](std::string_view word) { return all = StartsWithUpper(word) || IsAsciiDigit(word[0]); });
  return all;
}

bool IsRegion(std::string_view name, const Gazetteer& gazetteer) { return !gazetteer.FindByName(name).empty(); }

}  // namespace

std::optional<Dateline> ParseDateline(std::string_view line, const Gazetteer& gazetteer) {
  std::size_t header_end = 0, after = 0;
  if (!FindDash(line, header_end, after)) return std::nullopt;
  // A view of the line: a string of its own only without its "(Outlet)",
  // where every call copied it (a heap block for most headers).
  std::string_view header = TrimView(line.substr(0, header_end));
  std::string joined;
  if (header.empty() || MoreWordsThan(header, 6)) return std::nullopt;

  Dateline d;
  d.length = after;
  // "(Outlet)" in parentheses.
  std::size_t open = header.find('(');
  if (open != std::string::npos) {
    std::size_t close = header.find(')', open);
    if (close == std::string::npos) return std::nullopt;
    d.outlet = TrimView(header.substr(open + 1, close - open - 1));
    joined.assign(header.substr(0, open)).append(header.substr(close + 1));
    header = TrimView(joined);
  }
  // The parts and their words are views into `header`, which stays as it is
  // from here: SplitList and SplitWords built a string for each (ParseDateline
  // went from 4.3M to 3.5M instructions per 1k articles without them).
  // Held inline: a header has a few parts, and a heap block for them was an
  // allocation and a release at most calls (0.2M instructions per 1k articles).
  boost::container::small_vector<std::string_view, 8> parts;
  for (std::size_t start = 0; start <= header.size();) {
    std::size_t end = std::min(header.find(',', start), header.size());
    std::string_view part = TrimView(header.substr(start, end - start));
    if (!part.empty()) parts.push_back(part);
    start = end + 1;
  }
  if (parts.empty()) return d.outlet.empty() ? std::nullopt : std::optional<Dateline>(d);
  for (const auto& part : parts)
    if (!AllCapitalized(part)) return std::nullopt;

  for (const auto& part : parts) {
    // Looked up once: the branches below asked the gazetteer up to four times
    // for the same part.
    std::optional<bool> part_region;
    auto is_region = [&] {
      if (!part_region) part_region = IsRegion(part, gazetteer);
      return *part_region;
    };
    if (d.outlet.empty() && LooksLikeOutlet(part) && !is_region()) {
      d.outlet = part;
      continue;
    }
    if (d.city.empty()) {
      std::size_t words = 0;
      std::string_view last_word;
      ForEachWord(part, [&](std::string_view word) {
        ++words;
        last_word = word;
        return true;
      });
      // "N3 Payakumbuh": an outlet word followed by a known place.
      if (words >= 2 && d.outlet.empty() && IsRegion(last_word, gazetteer) && !is_region()) {
        d.city = last_word;
        d.outlet = CollapseSpaces(part.substr(0, static_cast<std::size_t>(last_word.data() - part.data())));
      } else if (is_region() || parts.size() > 1 || words == 1) {
        // A lone unknown single word is an outlet ("VALORAnews": capitals
        // inside a word in small letters) unless it names a place; a word in
        // capitals alone is a town ("MUARASABAK -"), as "JAKARTA -" is.
        auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
        auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
        bool mixed_case = std::any_of(part.begin() + 1, part.end(), is_upper) && std::any_of(part.begin(), part.end(), is_lower);
        if (parts.size() == 1 && words == 1 && !is_region() && (LooksLikeOutlet(part) || mixed_case))
          d.outlet = part;
        else
          d.city = part;
      } else {
        return std::nullopt;
      }
    } else if (d.outlet.empty()) {
      d.outlet = part;
    }
  }
  // City names in datelines are often upper case ("JAKARTA"): title-case them.
  bool upper = !d.city.empty() && std::all_of(d.city.begin(), d.city.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
  // In place: the two copies took an allocation each.
  if (upper) {
    for (char& c : d.city) c = FoldAscii(c);
    TitleCaseInPlace(d.city);
  }
  return d;
}

}  // namespace pejabat
