#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "extract/document.h"
#include "extract/recognize/mentions.h"
#include "extract/recognize/token_mask.h"

namespace pejabat {

class Lexicon;

struct ParsedName {
  std::size_t first = 0, end = 0;            // whole phrase
  std::size_t name_first = 0, name_end = 0;  // the name alone
  std::vector<std::string> titles, degrees;
  // A nickname in quotes inside the name, left out of it: [nick_first, nick_end)
  // are its words, [nick_open, nick_close] the marks (empty when none).
  std::size_t nick_open = 0, nick_close = 0, nick_first = 0, nick_end = 0;
  bool address_only = false;  // the only titles are forms of address ("Ibu", "Pak")
};

// People are recognized only next to evidence that a name is a person's:
//   role_before   "Sekretaris Daerah Ir. H. Benni Warlis, MM", "Kepala Bagian …, Sandra Imelda"
//   role_after    "Yoherman, Asisten I"
//   title         "Ust. Yengki Otrio", "Ir Ivonne Pongoh"
//   degree        "Noviana Andriana, SH, M.AP"
//   verb_after    "…,” lanjut Lahum"   (a reporting verb, then the name)
//   verb_before   "Erwan menyampaikan …", "Menurut Erwan, …"
// A nickname in quotes inside a name ("Given 'Nick' Family") is left out of
// the name and kept as an alias.
// A capitalized phrase with none of these is not a person: related-news lists,
// headlines and place names stay out of the graph.
class PersonRecognizer {
 public:
  explicit PersonRecognizer(const Lexicon& lexicon) : lx_(lexicon) {}

  // `blocked[i]` marks tokens that belong to offices or roles.
  std::vector<PersonMention> Recognize(const Document& doc, const std::vector<RoleMention>& roles,
                                       const TokenMask& blocked) const;
  // IsNameToken answers of one Recognize call, per token: -1 not asked yet.
  // The rules ask again and again of the same tokens (a run start, then each
  // word of the run, for each rule), and each answer takes up to eight phrase
  // table lookups.
  using NameCache = std::vector<int8_t>;
  // Titles, name and degrees at token i; `names` is the call's NameCache.
  std::optional<ParsedName> ParseName(const Document& doc, std::size_t i, const TokenMask& blocked,
                                      NameCache& names) const;
  bool IsNameToken(const Document& doc, std::size_t i, const TokenMask& blocked) const;
  // IsNameToken, answered once per token.
  bool IsNameToken(const Document& doc, std::size_t i, const TokenMask& blocked, NameCache& names) const {
    if (i >= doc.size()) return false;
    if (names[i] < 0) names[i] = IsNameToken(doc, i, blocked) ? 1 : 0;
    return names[i] == 1;
  }

 private:
  // `strong`: set when a title other than a form of address was read.
  void AddRepeatedNames(const Document& doc, std::vector<PersonMention>& found, TokenMask& taken) const;
  void AddFullNames(const Document& doc, std::vector<PersonMention>& found, TokenMask& taken,
                    const TokenMask& blocked, NameCache& names) const;
  std::size_t ParseTitles(const Document& doc, std::size_t i, std::vector<std::string>& titles, bool& strong) const;
  std::size_t TitleInParentheses(const Document& doc, std::size_t i, std::vector<std::string>& titles) const;
  std::size_t NicknameEnd(const Document& doc, std::size_t i, const TokenMask& blocked) const;
  std::size_t ParseDegrees(const Document& doc, std::size_t i, std::vector<std::string>& degrees) const;
  const Lexicon& lx_;
};

}  // namespace pejabat
