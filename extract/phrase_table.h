#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/u64_table.h"
#include "extract/vocabulary.h"

namespace pejabat {

// Multi-word phrases looked up at a token position, longest match first. Phrases
// are tokenized like documents, so "Kemenpan-RB" and "Satpol PP" match the way
// they are written. Words are kept as numbers from the lexicon's Vocabulary, so
// a lookup indexes by the token's number (looked up once per document) and
// compares numbers, never strings.
class PhraseTable {
 public:
  // Tables of one lexicon share its vocabulary: a document numbers its tokens once.
  explicit PhraseTable(std::shared_ptr<Vocabulary> vocabulary)
      : vocabulary_(std::move(vocabulary)), bit_(vocabulary_->TableBit()) {}

  struct Match {
    uint32_t value = 0;   // what the phrase was added with
    uint32_t length = 0;  // tokens matched
  };

  // Returns false if the phrase (folded) is already present.
  bool Add(std::string_view phrase, uint32_t value);
  // Inline and small: nearly every token starts no phrase, recognizers ask at
  // every token, and the answer is one bit the document holds.
  [[gnu::always_inline]] std::optional<Match> MatchAt(const Document& doc, std::size_t token,
                                                      std::size_t limit = SIZE_MAX) const {
    if (token < doc.size() && doc.vocabulary == vocabulary_.get() && !(doc.tokens[token].phrase_starts & bit_))
      return std::nullopt;
    const Match m = MatchSlow(doc, token, limit);
    if (m.length == 0) return std::nullopt;
    return m;
  }
  // Whether some phrase of this table starts with token's word: the token's
  // bit alone, never a lookup of the phrases after it. A recognizer that
  // only asks whether to try a token (MatchAt says no as well when this
  // does) skips MatchSlow at start words whose phrases do not go on as
  // written.
  [[gnu::always_inline]] bool MayStartAt(const Document& doc, std::size_t token) const {
    if (token >= doc.size()) return false;
    if (doc.vocabulary == vocabulary_.get()) return (doc.tokens[token].phrase_starts & bit_) != 0;
    return MatchSlow(doc, token, SIZE_MAX).length != 0;
  }
  // This table's bit in Token::phrase_starts, for a recognizer that asks
  // several tables at every token with one test of their bits together
  // (only for a document with doc.vocabulary == &vocabulary(); MayStartAt
  // otherwise).
  uint32_t StartBit() const { return bit_; }
  const Vocabulary& vocabulary() const { return *vocabulary_; }
  std::optional<uint32_t> Find(std::string_view phrase) const;  // exact, case-insensitive
  std::size_t size() const { return count_; }

 private:
  struct Entry {
    std::vector<uint32_t> words;  // word numbers, from the second word on
    uint32_t value;
  };
  // What MatchSlow reads of a start word before its bucket, by its number:
  // nearly every start word is followed by a word that none of its longer
  // phrases has second, and is answered from here alone (reading the
  // bucket's vector and its last phrase for the one-word answer, with a
  // hashed pair lookup before, was 9.3M instructions per 1k articles).
  struct Head {
    uint64_t seconds = 0;  // bit (w & 63) of each word w a longer phrase has second
    uint32_t single = 0;   // the one-word phrase's value + 1; 0: none
  };
  // The lookups behind MatchAt answer a Match of length 0 for none: eight
  // bytes, returned in one register, where a std::optional<Match> went
  // through the stack and kept six registers saved and restored at every
  // call (a third of MatchSlow, whose answers nearly all come from the
  // start word's Head).
  Match MatchSlow(const Document& doc, std::size_t token, std::size_t limit) const;
  [[gnu::noinline]] Match MatchByText(const Document& doc, std::size_t token, std::size_t limit) const;
  // MatchSlow with token i's word number given by id_of(i).
  template <typename IdOf>
  Match MatchIds(const Document& doc, std::size_t token, std::size_t limit, IdOf id_of) const;
  // What MatchIds answers when the start word `first` has a longer phrase
  // whose second word may be `next`: the longest phrase at token ending by
  // `end`. A call of its own, which MatchSlow's other answers make without.
  [[gnu::noinline]] Match MatchLonger(const Document& doc, std::size_t token, std::size_t end,
                                      uint32_t first, uint32_t next) const;
  // The one-word phrase of a start word, when it ends by `end`.
  Match OneWord(const Head& head, std::size_t token, std::size_t end) const {
    if (head.single != 0 && token + 1 <= end) return Match{head.single - 1, 1};
    return Match{};
  }
  // A phrase of two or more words at token, whose second word is `next`,
  // ending by `end`.
  Match MatchFrom(const Document& doc, std::size_t token, uint32_t next,
                  const std::vector<Entry>& bucket, std::size_t end) const;
  // The (first, second) word pairs that start some phrase of two or more
  // words (word numbers start at 1, so no key is 0).
  bool HasPair(uint32_t first, uint32_t second) const {
    return pairs_.Find(U64Table::Key(first, second)) != U64Table::kAbsent;
  }

  std::shared_ptr<Vocabulary> vocabulary_;
  uint32_t bit_;  // this table's bit in the vocabulary's start masks
  // Phrases by the number of their first word, longest first; most numbers
  // (and kUnknown) start none.
  std::vector<std::vector<Entry>> by_first_;
  std::vector<Head> heads_;  // by the number of the first word, as by_first_
  U64Table pairs_;
  std::size_t count_ = 0;
};

// Folded word texts of a phrase, tokenized like a document.
std::vector<std::string> PhraseWords(std::string_view phrase);

}  // namespace pejabat
