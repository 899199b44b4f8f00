#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/document.h"
#include "extract/string_hash.h"

namespace pejabat {

// Every folded word that some lexicon phrase is made of, numbered from 1. A
// document looks each token up once (Segment) and keeps the number; phrase
// tables then compare numbers, and a token numbered 0 is in no phrase at all.
class Vocabulary {
 public:
  static constexpr uint32_t kUnknown = 0;

  // The word's number, adding it when new.
  uint32_t Intern(std::string_view folded);
  // The word's number, or kUnknown.
  uint32_t Find(std::string_view folded) const {
    auto it = ids_.find(folded);
    return it == ids_.end() ? kUnknown : it->second;
  }
  // The number of token i: the one Segment stored when the document was
  // segmented with this vocabulary, else looked up.
  uint32_t IdOf(const Document& doc, std::size_t i) const {
    return doc.vocabulary == this ? doc.word_ids[i] : Find(doc.Folded(i));
  }
  std::size_t size() const { return ids_.size(); }

 private:
  WordMap<uint32_t> ids_;
};

}  // namespace pejabat
