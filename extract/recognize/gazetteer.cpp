#include "extract/recognize/gazetteer.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "extract/lexicon_table.h"
#include "extract/text_util.h"

namespace pejabat {

static_assert(Gazetteer::kNoNode == U64Table::kAbsent, "Next returns the table's absent value as kNoNode");
namespace {

const std::vector<std::string> kColumns = {"code", "level", "name", "province", "aliases"};
// (level, name) is the key: "Bogor" is both a kota and a kabupaten.
const std::vector<std::string> kKeyColumns = {"level", "name"};
const std::vector<std::string> kRequired = {"code", "level", "name"};

std::optional<RegionLevel> ParseLevel(std::string_view text) {
  if (text == "province") return RegionLevel::Province;
  if (text == "city") return RegionLevel::City;
  if (text == "regency") return RegionLevel::Regency;
  return std::nullopt;
}

bool IsTwoDigits(std::string_view s) { return s.size() == 2 && IsAsciiDigit(s[0]) && IsAsciiDigit(s[1]); }

// "NN" for a province, "NN.NN" otherwise.
bool IsValidCode(std::string_view code, RegionLevel level) {
  if (level == RegionLevel::Province) return IsTwoDigits(code);
  return code.size() == 5 && code[2] == '.' && IsTwoDigits(code.substr(0, 2)) && IsTwoDigits(code.substr(3));
}

}  // namespace

std::string_view RegionLevelName(RegionLevel level) {
  switch (level) {
    case RegionLevel::Province: return "province";
    case RegionLevel::City: return "city";
    case RegionLevel::Regency: return "regency";
  }
  return "province";
}

std::string Region::DisplayName() const {
  switch (level) {
    case RegionLevel::Province: return "Provinsi " + name;
    case RegionLevel::City: return "Kota " + name;
    case RegionLevel::Regency: return "Kabupaten " + name;
  }
  return name;
}

std::string Gazetteer::FoldName(std::string_view written) {
  std::string folded = FoldCase(written);
  for (char& c : folded)
    if (c == '-') c = ' ';
  // Nearly every name has nothing to collapse: it is kept as folded, not
  // copied into a second string (the dateline asks for every article).
  std::string collapsed;
  if (CollapsedView(collapsed, folded).data() == folded.data()) return folded;
  return collapsed;
}

bool Gazetteer::StartsAName(std::string_view folded_word) const {
  // "Pangkal-Pinang" is one token; its first word is "pangkal".
  std::string_view first = folded_word.substr(0, folded_word.find('-'));
  return first_words_.count(first) > 0;
}

Gazetteer Gazetteer::Load(const std::string& path) {
  return Build(LexiconTable::Load(path, kColumns, kKeyColumns, kRequired));
}

Gazetteer Gazetteer::Parse(std::string_view content, const std::string& name) {
  return Build(LexiconTable::Parse(content, name, kColumns, kKeyColumns, kRequired));
}

void Gazetteer::Index(std::size_t index, const std::string& written, bool official) {
  std::string key = FoldName(written);
  std::vector<std::string> key_words = SplitWords(key);
  std::size_t words = key_words.size();
  if (!key_words.empty()) first_words_.insert(key_words.front());
  if (words > max_name_words_) max_name_words_ = words;
  for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
    name_prefixes_.insert(key.substr(0, space));
    by_name_[key.substr(0, space)].longer = true;
  }
  by_name_[std::move(key)].matches.push_back(Match{index, official});
}

Gazetteer Gazetteer::Build(const LexiconTable& table) {
  const std::size_t c_code = table.Column("code"), c_level = table.Column("level"), c_name = table.Column("name"),
                    c_province = table.Column("province"), c_aliases = table.Column("aliases");
  std::vector<Region> regions;
  std::unordered_map<std::string, std::size_t> code_row;      // code -> index into rows
  std::unordered_set<std::string> level_names;                // "city\tpadang", after hyphen folding
  const auto& rows = table.rows();
  regions.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const LexiconRow& row = rows[i];
    Region region;
    region.code = row[c_code];
    region.name = row[c_name];
    region.province_code = row[c_province];
    std::optional<RegionLevel> level = ParseLevel(row[c_level]);
    if (!level) table.Fail(row, "level must be province, city or regency, not '" + row[c_level] + "'");
    region.level = *level;
    if (!IsValidCode(region.code, region.level))
      table.Fail(row, "code '" + region.code + "' must be " +
                          (region.level == RegionLevel::Province ? "NN for a province" : "NN.NN for a kota or kabupaten"));
    if (region.level == RegionLevel::Province) {
      if (!region.province_code.empty()) table.Fail(row, "a province has an empty province column");
    } else {
      if (region.province_code.empty()) table.Fail(row, "a kota or kabupaten needs its province code");
      if (region.code.compare(0, 2, region.province_code) != 0 || region.province_code.size() != 2)
        table.Fail(row, "code '" + region.code + "' is not under its province '" + region.province_code + "'");
      const bool city_code = region.code[3] == '7';
      if (region.level == RegionLevel::City && !city_code)
        table.Fail(row, "a kota's code is NN.7x, not '" + region.code + "'");
      if (region.level == RegionLevel::Regency && city_code)
        table.Fail(row, "a kabupaten's code is not NN.7x: '" + region.code + "'");
    }
    if (!code_row.emplace(region.code, i).second)
      table.Fail(row, "duplicate code '" + region.code + "' (also on line " +
                          std::to_string(rows[code_row[region.code]].line) + ")");
    if (!level_names.insert(std::string(RegionLevelName(region.level)) + '\t' + Gazetteer::FoldName(region.name))
             .second)
      table.Fail(row, "duplicate " + std::string(RegionLevelName(region.level)) + " '" + region.name + "'");
    std::unordered_set<std::string> written{Gazetteer::FoldName(region.name)};
    for (std::string& alias : SplitList(row[c_aliases])) {
      if (!written.insert(Gazetteer::FoldName(alias)).second)
        table.Fail(row, "alias '" + alias + "' repeats the name or another alias of this row");
      region.aliases.push_back(std::move(alias));
    }
    regions.push_back(std::move(region));
  }
  // Province references are checked once every row is known.
  for (std::size_t i = 0; i < regions.size(); ++i) {
    const Region& region = regions[i];
    if (region.level == RegionLevel::Province) continue;
    auto it = code_row.find(region.province_code);
    if (it == code_row.end() || regions[it->second].level != RegionLevel::Province)
      table.Fail(rows[i], "province '" + region.province_code + "' has no province row in this file");
  }

  Gazetteer gazetteer;
  gazetteer.regions_ = std::move(regions);
  for (std::size_t i = 0; i < gazetteer.regions_.size(); ++i) {
    const Region& region = gazetteer.regions_[i];
    gazetteer.by_code_.emplace(region.code, i);
    gazetteer.Index(i, region.name, true);
    for (const std::string& alias : region.aliases) gazetteer.Index(i, alias, false);
  }
  return gazetteer;
}

std::vector<const Region*> Gazetteer::FindByName(std::string_view written) const {
  std::vector<const Region*> out;
  auto it = by_name_.find(FoldName(written));
  if (it == by_name_.end()) return out;
  // Matches were added region by region, so they are already in file order;
  // a region is indexed once per distinct folded form (validated on load).
  out.reserve(it->second.matches.size());
  for (const Match& match : it->second.matches) out.push_back(&regions_[match.index]);
  return out;
}

const Region* Gazetteer::Find(std::string_view written, RegionLevel level) const {
  return FindKey(FoldName(written), level);
}

const Region* Gazetteer::FirstByKey(std::string_view key) const {
  auto it = by_name_.find(key);
  return it == by_name_.end() || it->second.matches.empty() ? nullptr : &regions_[it->second.matches.front().index];
}

const Region* Gazetteer::FindKey(std::string_view key, RegionLevel level) const {
  auto it = by_name_.find(key);
  if (it == by_name_.end()) return nullptr;
  return AtLevel(it->second.matches, level);
}

const Region* Gazetteer::AtLevel(const std::vector<Match>& matches, RegionLevel level) const {
  const Region* alias_match = nullptr;
  for (const Match& match : matches) {
    const Region& region = regions_[match.index];
    if (region.level != level) continue;
    if (match.official) return &region;
    if (!alias_match) alias_match = &region;
  }
  return alias_match;
}

Gazetteer::KeyLookup Gazetteer::LookUpKey(std::string_view key, std::optional<RegionLevel> level) const {
  KeyLookup out;
  auto it = by_name_.find(key);
  if (it == by_name_.end()) return out;
  const Name& name = it->second;
  out.longer = name.longer;
  if (!name.matches.empty()) out.first = &regions_[name.matches.front().index];
  if (level) out.at_level = AtLevel(name.matches, *level);
  return out;
}

Gazetteer::KeyLookup Gazetteer::AtNode(uint32_t node, std::optional<RegionLevel> level) const {
  KeyLookup out;
  const Name& name = nodes_[node];
  out.longer = name.longer;
  if (!name.matches.empty()) out.first = &regions_[name.matches.front().index];
  if (level) out.at_level = AtLevel(name.matches, *level);
  return out;
}

void Gazetteer::IndexWords(Vocabulary& vocabulary) {
  nodes_.assign(1, Name{});
  edges_.Clear();
  for (const auto& [key, name] : by_name_) {
    if (name.matches.empty()) continue;  // a prefix only: its longer names lay its path
    std::vector<std::string> words = SplitWords(key);
    // The path word by word: path[j] is the node of the first j words.
    std::vector<uint32_t> path{0};
    for (const std::string& word : words) {
      uint32_t next = Next(path.back(), vocabulary.Intern(word));
      if (next == kNoNode) {
        next = static_cast<uint32_t>(nodes_.size());
        nodes_.emplace_back();
        AddEdge(path.back(), vocabulary.Intern(word), next);
      }
      nodes_[path.back()].longer = true;
      path.push_back(next);
    }
    nodes_[path.back()].matches = name.matches;
    // Runs of two or more words written as one hyphenated token.
    for (std::size_t j = 0; j < words.size(); ++j) {
      std::string run = words[j];
      for (std::size_t m = j + 1; m < words.size(); ++m) {
        run.append("-").append(words[m]);
        AddEdge(path[j], vocabulary.Intern(run), path[m + 1]);
      }
    }
  }
}

const Region* Gazetteer::ByCode(std::string_view code) const {
  auto it = by_code_.find(Trim(code));
  return it == by_code_.end() ? nullptr : &regions_[it->second];
}

const Region* Gazetteer::Province(const Region& region) const {
  if (region.level == RegionLevel::Province) return nullptr;
  return ByCode(region.province_code);
}

}  // namespace pejabat
