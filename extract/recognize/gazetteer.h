#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/string_hash.h"
#include "extract/u64_table.h"
#include "extract/vocabulary.h"

namespace pejabat {

class LexiconTable;

// The gazetteer of Indonesian provinces, kota and kabupaten, read from
// extract/lexicon/regions.tsv (see docs/gazetteer.md).
enum class RegionLevel { Province, City, Regency };

// "province", "city", "regency": the spelling used in the lexicon files.
std::string_view RegionLevelName(RegionLevel level);

struct Region {
  std::string code;            // Kemendagri kode wilayah: "13" or "13.71"
  RegionLevel level = RegionLevel::Province;
  std::string name;            // official name without prefix: "Padang"
  std::string province_code;   // "13" ("" for provinces)
  std::vector<std::string> aliases;
  // "Kota Padang", "Kabupaten Lima Puluh Kota", "Provinsi Sumatera Barat".
  std::string DisplayName() const;
};

class Gazetteer {
 public:
  // Reads and validates the file; throws LexiconError with "file:line: reason".
  static Gazetteer Load(const std::string& path);
  // The same on text in memory; `name` stands for the file name in errors.
  static Gazetteer Parse(std::string_view content, const std::string& name);

  // Every region whose official name or alias is `written` (without the
  // Kota/Kabupaten/Provinsi prefix), in file order: a province before its kota,
  // a kota before a kabupaten of the same name. Case is ignored, hyphens count
  // as spaces and runs of white space as one ("lima  puluh kota",
  // "Toli-Toli" == "toli toli"); an alias is not derived from the name
  // ("Limapuluh Kota" matches only because the file lists it).
  std::vector<const Region*> FindByName(std::string_view written) const;
  // The region of that level written so: an official name wins over an alias,
  // then file order decides. nullptr when none.
  const Region* Find(std::string_view written, RegionLevel level) const;
  // Find and the first of FindByName for a key already folded as FoldName
  // folds: the matcher builds keys token by token without folding them again.
  const Region* FindKey(std::string_view key, RegionLevel level) const;
  const Region* FirstByKey(std::string_view key) const;
  // FirstByKey, FindKey for `level` (when given) and StartsALongerName of one
  // key with one hash lookup: the matcher asks all three of every window.
  struct KeyLookup {
    const Region* first = nullptr;     // FirstByKey
    const Region* at_level = nullptr;  // FindKey(key, level)
    bool longer = false;               // StartsALongerName
  };
  KeyLookup LookUpKey(std::string_view key, std::optional<RegionLevel> level) const;

  // The names and aliases by their words' numbers in a vocabulary, for the
  // matcher: a trie from the root (node 0) by word number, so that a window
  // of document tokens is walked by the numbers Segment gave them, with no
  // key folded, joined or hashed as a string. Every word of every name is
  // interned, and so is every run of a name's words joined by hyphens
  // ("toli-toli", "lima-puluh": one token in a document), an edge of its own.
  // Called once, before any document is segmented with the vocabulary.
  void IndexWords(Vocabulary& vocabulary);
  bool HasWordIndex() const { return !nodes_.empty(); }
  static constexpr uint32_t kNoNode = UINT32_MAX;
  // The node after word number `word` from `node`, or kNoNode.
  uint32_t Next(uint32_t node, uint32_t word) const {
    if (word == 0) return kNoNode;
    return edges_.Find(U64Table::Key(node + 1, word));  // U64Table::kAbsent is kNoNode
  }
  // LookUpKey of the key a node stands for.
  KeyLookup AtNode(uint32_t node, std::optional<RegionLevel> level) const;
  const Region* ByCode(std::string_view code) const;  // nullptr when unknown
  const Region* Province(const Region& region) const;  // its province, or nullptr (for a province)
  // The longest name or alias in words (hyphens split words), for the matcher.
  std::size_t MaxNameWords() const { return max_name_words_; }
  // Whether some name or alias starts with this word (folded as FoldName
  // folds): a cheap first test before longer windows are folded and looked up.
  bool StartsAName(std::string_view folded_word) const;
  // Whether a longer name or alias starts with this key and a space
  // ("lima puluh" for "lima puluh kota"): the matcher stops widening its
  // window when none does instead of looking up every window to MaxNameWords.
  bool StartsALongerName(std::string_view key) const { return name_prefixes_.count(key) > 0; }
  // Every word that starts a name or alias (folded, no hyphen or space), for
  // the lexicon's word facts.
  const WordSet& FirstWords() const { return first_words_; }
  std::size_t size() const { return regions_.size(); }
  const std::vector<Region>& regions() const { return regions_; }

  // The key names are indexed under: ASCII lowercase, '-' as a space, white
  // space collapsed and trimmed.
  static std::string FoldName(std::string_view written);

 private:
  struct Match {
    std::size_t index;
    bool official;  // the region's official name, not an alias
  };
  static Gazetteer Build(const LexiconTable& table);  // validates rows, then indexes them
  void Index(std::size_t index, const std::string& written, bool official);
  const Region* AtLevel(const std::vector<Match>& matches, RegionLevel level) const;

  std::vector<Region> regions_;
  // By key: the regions written so, and whether a longer key starts with it
  // and a space (a prefix alone has no matches).
  struct Name {
    std::vector<Match> matches;
    bool longer = false;
  };
  WordMap<Name> by_name_;
  // The word trie (IndexWords): nodes_[0] is the root; edges_ maps
  // (node + 1, word) to the next node.
  uint32_t AddEdge(uint32_t from, uint32_t word, uint32_t to) {
    return edges_.Insert(U64Table::Key(from + 1, word), to);
  }
  std::vector<Name> nodes_;
  U64Table edges_;
  std::unordered_map<std::string, std::size_t> by_code_;
  std::size_t max_name_words_ = 0;
  WordSet first_words_;
  WordSet name_prefixes_;  // every key's proper prefixes ending before a space
};

}  // namespace pejabat
