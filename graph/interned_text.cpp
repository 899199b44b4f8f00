#include "graph/interned_text.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "graph/huge_pages.h"

namespace pejabat {
namespace {

// The process's texts, back to back in chunks that never move, so a handle
// names a place: the chunk (high bits) and a 4-byte-aligned offset in it (low
// bits). A text is stored as its length (4 bytes), its bytes and a NUL.
// Handle 0 is the empty text, stored first.
//
// An open-addressing table finds a text again. A slot holds the text's hash
// beside its handle (8 bytes), so a probe reads the table alone and only a
// slot whose hash matches reads the arena: at a million articles the table
// and arena are hundreds of MB, and each read of either is a cache miss
// (reading every probed text's stored hash made Intern 12% of a 1M build's
// time). Probes stay within a cache line or two, so the table may be three
// quarters full, and takes no more memory than half-full 4-byte slots did.
//
// Capacity: 4,096 chunks of 4 MiB (16 GiB of text); a text longer than a chunk
// gets a chunk of its own size.
constexpr unsigned kOffsetBits = 20;                   // in units of 4 bytes: 4 MiB per chunk
constexpr std::size_t kChunkBytes = std::size_t{4} << kOffsetBits;
constexpr std::size_t kMaxChunks = std::size_t{1} << (32 - kOffsetBits);
constexpr uint32_t kHeader = 4;  // the length
constexpr uint64_t kFree = 0;    // a free slot (handle 0, the empty text, is never in the table)

uint64_t SlotOf(uint32_t id, uint32_t hash) { return uint64_t{hash} << 32 | id; }
uint32_t IdIn(uint64_t slot) { return static_cast<uint32_t>(slot); }
uint32_t HashIn(uint64_t slot) { return static_cast<uint32_t>(slot >> 32); }

uint32_t HashOf(std::string_view text) { return static_cast<uint32_t>(std::hash<std::string_view>()(text)); }

class TextPool {
 public:
  TextPool() { Append(""); }  // handle 0

  uint32_t Intern(std::string_view text) {
    const uint32_t hash = HashOf(text);
    std::lock_guard lock(mutex_);
    return InternLocked(text, hash);
  }

  std::optional<uint32_t> Find(std::string_view text) {
    const uint32_t hash = HashOf(text);
    std::lock_guard lock(mutex_);
    return FindLocked(text, hash);
  }

  std::string_view Lookup(uint32_t id) const {
    const char* at = At(id);
    uint32_t length;
    std::memcpy(&length, at, sizeof length);
    return {at + kHeader, length};
  }

  void Prefetch(uint32_t id) const {
    const char* at = At(id);
    // Two lines: a key or a name with its length rarely needs more.
    __builtin_prefetch(at);
    __builtin_prefetch(at + 64);
  }

  // Intern for each text, in steps over a batch: its slot asked for, then the
  // text its first matching slot names, then the interning itself, in order.
  void InternAll(std::span<const std::string_view> texts, std::span<InternedText> interned) {
    constexpr std::size_t kBatch = 64;
    uint32_t hashes[kBatch];
    std::lock_guard lock(mutex_);
    for (std::size_t at = 0; at < texts.size(); at += kBatch) {
      const std::size_t count = std::min(kBatch, texts.size() - at);
      // Grown first, so that the slots asked for are the ones looked at.
      while (4 * (count_ + count) > 3 * slots_.size()) Grow();
      const std::size_t mask = slots_.size() - 1;
      for (std::size_t k = 0; k < count; ++k) {
        hashes[k] = HashOf(texts[at + k]);
        __builtin_prefetch(&slots_[hashes[k] & mask]);
      }
      // By now the first slots have arrived: ask for the texts they name.
      for (std::size_t k = 0; k < count; ++k)
        if (const std::optional<uint64_t> slot = FirstMatch(hashes[k])) Prefetch(IdIn(*slot));
      for (std::size_t k = 0; k < count; ++k) {
        const std::string_view text = texts[at + k];
        interned[at + k] = InternedText::FromId(text.empty() ? 0 : InternLocked(text, hashes[k]));
      }
    }
  }

  std::size_t size() {
    std::lock_guard lock(mutex_);
    return count_;
  }
  std::size_t bytes() {
    std::lock_guard lock(mutex_);
    return bytes_;
  }
  std::size_t memory() {
    std::lock_guard lock(mutex_);
    return arena_bytes_ + slots_.size() * sizeof(uint64_t);
  }

 private:
  // Called with the lock held; `text` is not empty.
  uint32_t InternLocked(std::string_view text, uint32_t hash) {
    if (4 * (count_ + 1) > 3 * slots_.size()) Grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const uint64_t slot = slots_[i];
      if (slot == kFree) {
        const uint32_t id = Append(text);
        slots_[i] = SlotOf(id, hash);
        ++count_;
        bytes_ += text.size();
        return id;
      }
      if (HashIn(slot) == hash && Lookup(IdIn(slot)) == text) return IdIn(slot);
    }
  }

  // Called with the lock held.
  std::optional<uint32_t> FindLocked(std::string_view text, uint32_t hash) const {
    if (text.empty()) return 0;
    if (slots_.empty()) return std::nullopt;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const uint64_t slot = slots_[i];
      if (slot == kFree) return std::nullopt;
      if (HashIn(slot) == hash && Lookup(IdIn(slot)) == text) return IdIn(slot);
    }
  }

  // The first slot holding `hash`, if any, without reading the arena. Called
  // with the lock held.
  std::optional<uint64_t> FirstMatch(uint32_t hash) const {
    if (slots_.empty()) return std::nullopt;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      if (slots_[i] == kFree) return std::nullopt;
      if (HashIn(slots_[i]) == hash) return slots_[i];
    }
  }

  // Where handle `id`'s text is stored: its chunk (high bits) and offset (low).
  const char* At(uint32_t id) const {
    return chunks_[id >> kOffsetBits].load(std::memory_order_acquire) + (std::size_t{id & ((1u << kOffsetBits) - 1)} << 2);
  }

  // Copies the text into the arena; returns its handle. Called with the lock held.
  uint32_t Append(std::string_view text) {
    if (text.size() > UINT32_MAX - 16) throw std::length_error("text too long to intern");
    const std::size_t need = (kHeader + text.size() + 1 + 3) & ~std::size_t{3};
    if (!current_ || used_ + need > current_size_) NewChunk(need);
    char* at = current_ + used_;
    const uint32_t length = static_cast<uint32_t>(text.size());
    std::memcpy(at, &length, sizeof length);
    if (!text.empty()) std::memcpy(at + kHeader, text.data(), text.size());
    at[kHeader + text.size()] = '\0';
    const uint32_t id = static_cast<uint32_t>(((chunk_count_ - 1) << kOffsetBits) | (used_ >> 2));
    used_ += need;
    return id;
  }

  void NewChunk(std::size_t need) {
    if (chunk_count_ == kMaxChunks) throw std::length_error("graph too large: more than 16 GiB of distinct text");
    current_size_ = std::max(kChunkBytes, need);
    // In huge pages: the writers read texts at random all over the arena.
    // Pages are committed only as texts fill them.
    current_ = static_cast<char*>(AllocateHuge(current_size_));
    chunks_[chunk_count_++].store(current_, std::memory_order_release);
    used_ = 0;
    arena_bytes_ += current_size_;
  }

  void Grow() {
    HugePageVector<uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, kFree);
    const std::size_t mask = slots_.size() - 1;
    for (uint64_t slot : old) {
      if (slot == kFree) continue;
      std::size_t i = HashIn(slot) & mask;
      while (slots_[i] != kFree) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::mutex mutex_;
  std::unique_ptr<std::atomic<char*>[]> chunks_{new std::atomic<char*>[kMaxChunks]()};
  std::size_t chunk_count_ = 0;
  char* current_ = nullptr;
  std::size_t current_size_ = 0, used_ = 0;
  HugePageVector<uint64_t> slots_;  // probed at random by every Intern
  std::size_t count_ = 0, bytes_ = 0, arena_bytes_ = 0;
};

// Never destroyed: handles may be read until the very end of the process, and
// freeing the arena at exit would only cost time.
TextPool& Pool() {
  static TextPool* pool = new TextPool;
  return *pool;
}

}  // namespace

uint32_t InternedText::Intern(std::string_view text) {
  if (text.empty()) return 0;
  return Pool().Intern(text);
}

std::string_view InternedText::Lookup(uint32_t id) { return Pool().Lookup(id); }
void InternedText::Prefetch(uint32_t id) { Pool().Prefetch(id); }
void InternedText::InternAll(std::span<const std::string_view> texts, std::span<InternedText> interned) {
  Pool().InternAll(texts, interned);
}

std::optional<InternedText> InternedText::Existing(std::string_view text) {
  std::optional<uint32_t> id = Pool().Find(text);
  if (!id) return std::nullopt;
  return FromId(*id);
}

std::size_t InternedText::PoolSize() { return Pool().size(); }
std::size_t InternedText::PoolBytes() { return Pool().bytes(); }
std::size_t InternedText::PoolMemory() { return Pool().memory(); }

}  // namespace pejabat
