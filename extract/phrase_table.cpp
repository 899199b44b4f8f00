#include "extract/phrase_table.h"

#include <algorithm>

#include "extract/segment/tokenizer.h"
#include "extract/text_util.h"

namespace pejabat {

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<std::string> words;
  for (const Token& t : Tokenize(phrase)) words.push_back(FoldCase(phrase.substr(t.span.begin, t.span.size())));
  return words;
}

bool PhraseTable::Add(std::string_view phrase, uint32_t value) {
  std::vector<std::string> words = PhraseWords(phrase);
  if (words.empty()) return false;
  uint32_t first = vocabulary_->Intern(words.front());
  std::vector<uint32_t> rest;
  for (std::size_t k = 1; k < words.size(); ++k) rest.push_back(vocabulary_->Intern(words[k]));
  if (first >= by_first_.size()) {
    by_first_.resize(first + 1);
    heads_.resize(first + 1);
  }
  vocabulary_->MarkStart(first, bit_);
  auto& bucket = by_first_[first];
  for (const auto& e : bucket)
    if (e.words == rest) return false;
  Head& head = heads_[first];
  if (!rest.empty()) {
    pairs_.Insert(U64Table::Key(first, rest.front()), 0);
    head.seconds |= uint64_t{1} << (rest.front() & 63);
  } else {
    head.single = value + 1;
  }
  bucket.push_back(Entry{std::move(rest), value});
  // Longest first, so the first hit in MatchAt is the longest.
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
  ++count_;
  return true;
}

template <typename IdOf>
PhraseTable::Match PhraseTable::MatchIds(const Document& doc, std::size_t token, std::size_t limit,
                                         IdOf id_of) const {
  if (token >= doc.size()) return Match{};
  const uint32_t first = id_of(token);
  if (first >= heads_.size()) return Match{};
  const Head& head = heads_[first];
  // Most starts go on with a word no longer phrase of theirs has second: then
  // only the one-word phrase can match, answered here without walking the
  // bucket (a dozen phrases on average, each read through its words);
  // MatchFrom walks it for the rest. The seconds' bits say no to nearly
  // every such word before the pair is looked up.
  const std::size_t end = std::min(limit, doc.size());
  if (head.seconds != 0 && token + 2 <= end && !doc.tokens[token + 1].paragraph_start) {
    const uint32_t next = id_of(token + 1);
    if ((head.seconds >> (next & 63)) & 1) return MatchLonger(doc, token, end, first, next);
  }
  return OneWord(head, token, end);
}

PhraseTable::Match PhraseTable::MatchLonger(const Document& doc, std::size_t token, std::size_t end,
                                            uint32_t first, uint32_t next) const {
  if (HasPair(first, next))
    if (const Match longer = MatchFrom(doc, token, next, by_first_[first], end); longer.length != 0) return longer;
  return OneWord(heads_[first], token, end);
}

PhraseTable::Match PhraseTable::MatchSlow(const Document& doc, std::size_t token,
                                          std::size_t limit) const {
  // A document numbered with this vocabulary, nearly every one, reads its
  // tokens' numbers; the lookups by text for any other are a call of their
  // own, so that this path keeps its few values in registers (the prologue
  // and epilogue that saved them for both were a fifth of MatchSlow).
  if (doc.vocabulary == vocabulary_.get())
    return MatchIds(doc, token, limit, [&doc](std::size_t i) { return doc.tokens[i].word; });
  return MatchByText(doc, token, limit);
}

PhraseTable::Match PhraseTable::MatchByText(const Document& doc, std::size_t token,
                                            std::size_t limit) const {
  return MatchIds(doc, token, limit, [&](std::size_t i) { return vocabulary_->Find(doc.Folded(i)); });
}

PhraseTable::Match PhraseTable::MatchFrom(const Document& doc, std::size_t token, uint32_t next,
                                          const std::vector<Entry>& bucket, std::size_t end) const {
  // The second word, where nearly every phrase of a bucket already differs,
  // is read once by the caller instead of per phrase (a bucket holds a dozen
  // phrases on average). The one-word phrase, last (longest first), is the
  // caller's too.
  for (const Entry& e : bucket) {
    const std::size_t n = e.words.size();
    if (n == 0) break;
    if (e.words[0] != next || token + 1 + n > end) continue;
    bool ok = true;
    for (std::size_t k = 1; k < n && ok; ++k) {
      const Token& t = doc.tokens[token + 1 + k];
      ok = !t.paragraph_start && vocabulary_->IdOf(doc, token + 1 + k) == e.words[k];
    }
    if (ok) return Match{e.value, static_cast<uint32_t>(1 + n)};
  }
  return Match{};
}

std::optional<uint32_t> PhraseTable::Find(std::string_view phrase) const {
  std::vector<std::string> words = PhraseWords(phrase);
  if (words.empty()) return std::nullopt;
  std::vector<uint32_t> ids;
  for (const auto& w : words) {
    uint32_t id = vocabulary_->Find(w);
    if (id == Vocabulary::kUnknown) return std::nullopt;  // a word no phrase has
    ids.push_back(id);
  }
  if (ids.front() >= by_first_.size()) return std::nullopt;
  std::vector<uint32_t> rest(ids.begin() + 1, ids.end());
  for (const Entry& e : by_first_[ids.front()])
    if (e.words == rest) return e.value;
  return std::nullopt;
}

}  // namespace pejabat
