#pragma once
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace pejabat {

// Every folded word that some lexicon phrase is made of, numbered from 1. A
// document looks each token up once (Segment) and keeps the number; phrase
// tables then compare numbers, and a token numbered 0 is in no phrase at all.
//
// Segment asks for every token of every article, so the words sit in an
// open-addressing table with an inline hash: no call into std::hash, no
// division for the bucket, and a word of up to eight bytes, nearly every
// token, is found or missed from the table's slots alone.
class Vocabulary {
 public:
  static constexpr uint32_t kUnknown = 0;

  // The word's number, adding it when new.
  uint32_t Intern(std::string_view folded);
  // The word's number, or kUnknown.
  uint32_t Find(std::string_view folded) const {
    return FindKeyed(folded, Chunk(folded.data(), std::min<std::size_t>(folded.size(), 8)), folded.data()).id;
  }
  // Find for a word inside a longer text ending at `text_end` (Segment asks for
  // every token of the document's folded text): where 8 bytes can be read at
  // the word's last chunk, they are read at once and masked, instead of byte
  // by byte; the hash is the same.
  uint32_t FindInText(std::string_view folded, const char* text_end) const {
    return FindWithStarts(folded, text_end).id;
  }
  // FindInText with the word's StartsOf, both from the one slot the lookup
  // compares the word with (Segment asks both for every token).
  struct Found {
    uint32_t id = kUnknown;
    uint32_t starts = 0;
  };
  // Every word is keyed by its size and first eight bytes (ShortHash): a
  // word of one to eight bytes with eight readable from its start, nearly
  // every token, is loaded once and cut to its size (the lookup was 70
  // instructions a token, 25M per 1k articles), and a longer word is not
  // hashed to its end (a fifth of the tokens; NumberWords 22.1M -> 20.2M per
  // 1k articles): its other bytes are compared only with an entry whose size
  // and first eight bytes are its own.
  Found FindWithStarts(std::string_view folded, const char* text_end) const {
    const std::size_t n = folded.size();
    if (n - 1 < 8 && folded.data() + 8 <= text_end) {
      uint64_t w;
      std::memcpy(&w, folded.data(), 8);
      return FindKeyed(folded, w & kLowBytes[n], text_end);
    }
    if (n > 8 && folded.data() + 8 <= text_end) {
      uint64_t w;
      std::memcpy(&w, folded.data(), 8);
      return FindKeyed(folded, w, text_end);
    }
    return FindKeyed(folded, Chunk(folded.data(), std::min<std::size_t>(n, 8)), text_end);
  }

  // The number of token i: the one Segment stored when the document was
  // segmented with this vocabulary, else looked up.
  uint32_t IdOf(const Document& doc, std::size_t i) const {
    return doc.vocabulary == this ? doc.tokens[i].word : FindOutOfLine(doc.Folded(i));
  }
  std::size_t size() const { return words_.size(); }

  // Which phrase tables have a phrase starting with a word: each table of this
  // vocabulary takes one bit (TableBit), marks its phrases' first words
  // (MarkStart), and Segment stores each token's mask (StartsOf) beside its
  // number. Recognizers ask every table at every token, and nearly every
  // answer is "no": one test of a bit the document already holds.
  uint32_t TableBit();
  void MarkStart(uint32_t id, uint32_t bit);
  uint32_t StartsOf(uint32_t id) const { return id - 1 < entries_.size() ? entries_[id - 1].starts : 0; }

 private:
  // A word's number and its size, in one slot field: the number in the low
  // bits, the size (255 for any longer) in the top byte.
  static constexpr unsigned kSizeShift = 24;
  static constexpr uint32_t kIdMask = (uint32_t{1} << kSizeShift) - 1;
  static uint32_t SizeField(std::size_t n) { return static_cast<uint32_t>(std::min<std::size_t>(n, 255)); }
  // What a lookup compares a word with: its first eight bytes (zero after its
  // end), its size and number, and its start mask. A word of up to eight
  // bytes is told apart by the slot alone, and a hit answers with the slot's
  // own mask: where a slot held a hash and a number, and the word's size,
  // bytes and mask sat in an entry elsewhere, a hit read two places
  // (NumberWords 19.6M -> 17.6M instructions per 1k articles).
  struct Slot {
    uint64_t head = 0;
    uint32_t size_id = 0;  // SizeField << kSizeShift | number; 0: empty
    uint32_t starts = 0;
  };
  // What the slots do not hold, by number - 1: a longer word's full size
  // and next eight bytes (zero after its end), so that a word of up to
  // sixteen bytes is told apart without a call to memcmp (45k calls, 0.7M
  // instructions per 1k articles), from a chunk its key reads anyway; and
  // the start mask StartsOf answers.
  struct Entry {
    uint64_t head = 0;
    uint64_t second = 0;
    uint32_t size = 0;
    uint32_t starts = 0;
  };
  // Bytes [0, n) of an 8-byte load, by n from 1 to 8 (a table: a mask
  // shifted by the size was four instructions a token).
  static constexpr uint64_t kLowBytes[9] = {0,
                                           0xFF,
                                           0xFFFF,
                                           0xFFFFFF,
                                           0xFFFFFFFF,
                                           0xFFFFFFFFFF,
                                           0xFFFFFFFFFFFF,
                                           0xFFFFFFFFFFFFFF,
                                           0xFFFFFFFFFFFFFFFF};
  // The first slot to look at for a word of size `n` and first eight bytes
  // `w` (zero after its end, little-endian): one multiply, whose top bits
  // (shift_) pick the slot, so that every byte of `w` moves them. The size
  // is added, not shifted to the top byte and mixed in (two instructions a
  // token fewer): words that share their first eight bytes still start apart.
  std::size_t Index(uint64_t w, std::size_t n) const {
    return static_cast<std::size_t>(((w + n) * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  // Bytes [0, n) of p, n at most 8, as a little-endian number: byte by byte
  // (a memcpy of a variable length is a call).
  static uint64_t Chunk(const char* p, std::size_t n) {
    uint64_t w = 0;
    for (std::size_t k = n; k > 0; --k) w = (w << 8) | static_cast<unsigned char>(p[k - 1]);
    return w;
  }
  // Bytes [8, 16) of a word longer than eight bytes, zero after its end:
  // loaded whole and cut where sixteen bytes can be read from its start.
  static uint64_t Second(std::string_view s, const char* text_end) {
    const std::size_t n = std::min<std::size_t>(s.size() - 8, 8);
    if (s.data() + 16 > text_end) return Chunk(s.data() + 8, n);
    uint64_t w;
    std::memcpy(&w, s.data() + 8, 8);
    return w & kLowBytes[n];
  }
  // `head`: the word's first eight bytes (Chunk); `text_end`: how far bytes
  // can be read from the word's start (the folded text's end; Find passes the
  // word's start, and nothing past the word is read).
  Found FindKeyed(std::string_view folded, uint64_t head, const char* text_end) const {
    const uint32_t size = SizeField(folded.size());
    for (std::size_t i = Index(head, folded.size());; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.head == head && s.size_id >> kSizeShift == size) {
        const uint32_t id = s.size_id & kIdMask;
        if (folded.size() <= 8 || RestEquals(id, folded, text_end)) return {id, s.starts};
      } else if (s.size_id == 0) {
        return {};
      }
    }
  }
  // Whether word `id`, whose size field and first eight bytes are those of
  // `folded` (longer than eight bytes), is `folded`.
  bool RestEquals(uint32_t id, std::string_view folded, const char* text_end) const {
    const Entry& e = entries_[id - 1];
    return e.size == folded.size() && e.second == Second(folded, text_end) &&
           (folded.size() <= 16 ||
            std::memcmp(words_[id - 1].data() + 16, folded.data() + 16, folded.size() - 16) == 0);
  }
  // Puts word `id` (entries_[id - 1]) in the first empty slot of its run.
  void Place(uint32_t id);
  // Find, not inlined: IdOf's fallback, which a document segmented with this
  // vocabulary never takes, kept out of the recognizers' token loops that
  // inline IdOf.
  uint32_t FindOutOfLine(std::string_view folded) const;

  std::vector<std::string> words_;  // by number - 1
  std::vector<Entry> entries_;      // by number - 1
  // A power of two long, at most half full.
  static constexpr std::size_t kFirstSlots = 64;
  std::vector<Slot> slots_ = std::vector<Slot>(kFirstSlots);
  uint32_t tables_ = 0;  // bits handed out
  std::size_t mask_ = kFirstSlots - 1;
  // 64 less the bits of a slot's index; a std::size_t, which a store to a
  // token's uint32_t fields cannot alias, so NumberWords's loop keeps it in a
  // register.
  std::size_t shift_ = 64 - std::countr_zero(kFirstSlots);
};

}  // namespace pejabat
