#include "extract/phrase_table.h"

#include <algorithm>

#include "extract/document.h"
#include "extract/segment/tokenizer.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

// The filter slot of a folded first word (see PhraseTable::first_words_).
std::size_t FilterSlot(const std::string& word) {
  if (word.empty()) return 0;
  uint32_t h = static_cast<unsigned char>(word.front()) * 0x9E37u ^ static_cast<unsigned char>(word.back()) * 0x85EBu ^
               static_cast<uint32_t>(word.size()) * 0xC2B3u;
  return (h ^ (h >> 12)) & 4095u;
}

}  // namespace

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<std::string> words;
  for (const Token& t : Tokenize(phrase)) words.push_back(FoldCase(phrase.substr(t.span.begin, t.span.size())));
  return words;
}

bool PhraseTable::Add(std::string_view phrase, uint32_t value) {
  std::vector<std::string> words = PhraseWords(phrase);
  if (words.empty()) return false;
  std::size_t slot = FilterSlot(words.front());
  first_words_[slot / 64] |= uint64_t{1} << (slot % 64);
  auto& bucket = by_first_[words.front()];
  std::vector<std::string> rest(words.begin() + 1, words.end());
  for (const auto& e : bucket)
    if (e.words == rest) return false;
  bucket.push_back(Entry{std::move(rest), value});
  // Longest first, so the first hit in MatchAt is the longest.
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
  ++count_;
  return true;
}

std::optional<PhraseTable::Match> PhraseTable::MatchAt(const Document& doc, std::size_t token, std::size_t limit) const {
  if (token >= doc.size()) return std::nullopt;
  std::size_t slot = FilterSlot(doc.Folded(token));
  if (!(first_words_[slot / 64] >> (slot % 64) & 1)) return std::nullopt;
  auto it = by_first_.find(doc.Folded(token));
  if (it == by_first_.end()) return std::nullopt;
  std::size_t end = std::min(limit, doc.size());
  for (const Entry& e : it->second) {
    if (token + 1 + e.words.size() > end) continue;
    bool ok = true;
    for (std::size_t k = 0; k < e.words.size() && ok; ++k) {
      const Token& t = doc.tokens[token + 1 + k];
      ok = !t.paragraph_start && doc.Folded(token + 1 + k) == e.words[k];
    }
    if (ok) return Match{e.value, static_cast<uint32_t>(1 + e.words.size())};
  }
  return std::nullopt;
}

std::optional<uint32_t> PhraseTable::Find(std::string_view phrase) const {
  std::vector<std::string> words = PhraseWords(phrase);
  if (words.empty()) return std::nullopt;
  auto it = by_first_.find(words.front());
  if (it == by_first_.end()) return std::nullopt;
  std::vector<std::string> rest(words.begin() + 1, words.end());
  for (const Entry& e : it->second)
    if (e.words == rest) return e.value;
  return std::nullopt;
}

}  // namespace pejabat
