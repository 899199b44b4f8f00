#pragma once
#include <cstdint>
#include <vector>

#include "extract/document.h"
#include "extract/recognize/mentions.h"
#include "extract/recognize/token_mask.h"

namespace pejabat {

class Lexicon;

// People are recognized only next to evidence that a name is a person's:
//   role_before   "Sekretaris Daerah Ir. H. Rahmat Hidayat, MM", "Kepala Bagian …, Yetti Rahmawati"
//   role_after    "Erwin, Asisten I"
//   title         "Ust. Ahmad Fauzi", "Ir Rina Kartika"
//   degree        "Rini Astuti, SH, M.AP"
//   verb_after    "…,” lanjut Hendra"   (a reporting verb, then the name)
//   verb_before   "Fajar menyampaikan …", "Menurut Fajar, …"
// A nickname in quotes inside a name ("Given 'Nick' Family") is left out of
// the name and kept as an alias.
// A capitalized phrase with none of these is not a person: related-news lists,
// headlines and place names stay out of the graph.
//
// The rules run one after the other: role_before, role_after, a cue noun
// ("Narasumber Nama"), title and degree, verb_after and verb_before,
// "Menurut"; then a post written right after a name found is that person's,
// a name found is found again wherever it is written, and a one-word name
// starts a longer one. A token claimed by one rule is no part of a later
// rule's name, so the order decides. One walk over the tokens first notes
// where each rule can fire (a title, a cue, a reporting verb, "Menurut", a
// word that may be a degree, a capitalized word opening a run), and each rule
// then visits only those tokens (NameScan, in the .cpp).
class PersonRecognizer {
 public:
  explicit PersonRecognizer(const Lexicon& lexicon);

  // `blocked[i]` marks tokens that belong to offices or roles.
  std::vector<PersonMention> Recognize(const Document& doc, const std::vector<RoleMention>& roles,
                                       const TokenMask& blocked) const;

 private:
  const Lexicon& lx_;
  // By vocabulary number, what the walk over every token asks of a word:
  // whether it is a degree (WordFacts::degree) and whether it is "menurut"
  // (bits in the .cpp), one byte read instead of the lexicon's word facts.
  std::vector<uint8_t> word_marks_;
  // IsDegree of "," and of ".": asked after nearly every name read (the
  // token that ends it), and each answer builds and hashes a degree key.
  bool comma_is_degree_ = false;
  bool dot_is_degree_ = false;
};

}  // namespace pejabat
