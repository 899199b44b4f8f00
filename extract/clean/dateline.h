#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace pejabat {

class Gazetteer;

// The dateline that opens a news body: "Padang, (Antaranews Sumbar) -",
// "MUDANEWS.COM, Medan –", "N3 Payakumbuh -", "VALORAnews -", "Muarasabak-",
// "JAKARTA, KOMPAS.com -".
struct Dateline {
  std::string outlet;
  std::string city;
  std::size_t length = 0;  // bytes of the line taken by the dateline, dash and space included
};

std::optional<Dateline> ParseDateline(std::string_view line, const Gazetteer& gazetteer);

}  // namespace pejabat
