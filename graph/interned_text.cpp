#include "graph/interned_text.h"

#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace pejabat {
namespace {

// The process's texts, back to back in chunks that never move, so a handle
// names a place: the chunk (high bits) and a 4-byte-aligned offset in it (low
// bits). A text is stored as its length and hash (4 bytes each), its bytes and
// a NUL. Handle 0 is the empty text, stored first.
//
// An open-addressing table of handles finds a text again; it is at most half
// full, and the stored hash spares rereading texts when it grows or probes.
//
// Capacity: 4,096 chunks of 4 MiB (16 GiB of text); a text longer than a chunk
// gets a chunk of its own size.
constexpr unsigned kOffsetBits = 20;                   // in units of 4 bytes: 4 MiB per chunk
constexpr std::size_t kChunkBytes = std::size_t{4} << kOffsetBits;
constexpr std::size_t kMaxChunks = std::size_t{1} << (32 - kOffsetBits);
constexpr uint32_t kHeader = 8;  // length, hash
constexpr uint32_t kFree = 0;    // a free slot (handle 0, the empty text, is never in the table)

uint32_t HashOf(std::string_view text) { return static_cast<uint32_t>(std::hash<std::string_view>()(text)); }

class TextPool {
 public:
  TextPool() { Append("", 0); }  // handle 0

  uint32_t Intern(std::string_view text) {
    const uint32_t hash = HashOf(text);
    std::lock_guard lock(mutex_);
    if (2 * (count_ + 1) > slots_.size()) Grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      uint32_t id = slots_[i];
      if (id == kFree) {
        id = Append(text, hash);
        slots_[i] = id;
        ++count_;
        bytes_ += text.size();
        return id;
      }
      if (Matches(id, text, hash)) return id;
    }
  }

  std::optional<uint32_t> Find(std::string_view text) {
    if (text.empty()) return 0;
    const uint32_t hash = HashOf(text);
    std::lock_guard lock(mutex_);
    if (slots_.empty()) return std::nullopt;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      uint32_t id = slots_[i];
      if (id == kFree) return std::nullopt;
      if (Matches(id, text, hash)) return id;
    }
  }

  std::string_view Lookup(uint32_t id) const {
    const char* at = chunks_[id >> kOffsetBits].load(std::memory_order_acquire) +
                     (std::size_t{id & ((1u << kOffsetBits) - 1)} << 2);
    uint32_t length;
    std::memcpy(&length, at, sizeof length);
    return {at + kHeader, length};
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
    return arena_bytes_ + slots_.size() * sizeof(uint32_t);
  }

 private:
  static uint32_t StoredHash(const char* at) {
    uint32_t hash;
    std::memcpy(&hash, at + 4, sizeof hash);
    return hash;
  }

  bool Matches(uint32_t id, std::string_view text, uint32_t hash) const {
    const char* at = Address(id);
    return StoredHash(at) == hash && Lookup(id) == text;
  }

  const char* Address(uint32_t id) const {
    return chunks_[id >> kOffsetBits].load(std::memory_order_relaxed) +
           (std::size_t{id & ((1u << kOffsetBits) - 1)} << 2);
  }

  // Copies the text into the arena; returns its handle. Called with the lock held.
  uint32_t Append(std::string_view text, uint32_t hash) {
    if (text.size() > UINT32_MAX - 16) throw std::length_error("text too long to intern");
    const std::size_t need = (kHeader + text.size() + 1 + 3) & ~std::size_t{3};
    if (!current_ || used_ + need > current_size_) NewChunk(need);
    char* at = current_ + used_;
    const uint32_t length = static_cast<uint32_t>(text.size());
    std::memcpy(at, &length, sizeof length);
    std::memcpy(at + 4, &hash, sizeof hash);
    if (!text.empty()) std::memcpy(at + kHeader, text.data(), text.size());
    at[kHeader + text.size()] = '\0';
    const uint32_t id = static_cast<uint32_t>(((chunk_count_ - 1) << kOffsetBits) | (used_ >> 2));
    used_ += need;
    return id;
  }

  void NewChunk(std::size_t need) {
    if (chunk_count_ == kMaxChunks) throw std::length_error("graph too large: more than 16 GiB of distinct text");
    current_size_ = std::max(kChunkBytes, need);
    // Not value-initialised: pages are touched only as texts fill them.
    storage_.emplace_back(new char[current_size_]);
    current_ = storage_.back().get();
    chunks_[chunk_count_++].store(current_, std::memory_order_release);
    used_ = 0;
    arena_bytes_ += current_size_;
  }

  void Grow() {
    std::vector<uint32_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, kFree);
    const std::size_t mask = slots_.size() - 1;
    for (uint32_t id : old) {
      if (id == kFree) continue;
      std::size_t i = StoredHash(Address(id)) & mask;
      while (slots_[i] != kFree) i = (i + 1) & mask;
      slots_[i] = id;
    }
  }

  std::mutex mutex_;
  std::unique_ptr<std::atomic<char*>[]> chunks_{new std::atomic<char*>[kMaxChunks]()};
  std::vector<std::unique_ptr<char[]>> storage_;
  std::size_t chunk_count_ = 0;
  char* current_ = nullptr;
  std::size_t current_size_ = 0, used_ = 0;
  std::vector<uint32_t> slots_;
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

std::optional<InternedText> InternedText::Existing(std::string_view text) {
  std::optional<uint32_t> id = Pool().Find(text);
  if (!id) return std::nullopt;
  InternedText t;
  t.id_ = *id;
  return t;
}

std::size_t InternedText::PoolSize() { return Pool().size(); }
std::size_t InternedText::PoolBytes() { return Pool().bytes(); }
std::size_t InternedText::PoolMemory() { return Pool().memory(); }

}  // namespace pejabat
