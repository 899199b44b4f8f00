#include "graph/evidence_text.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "graph/huge_pages.h"
#include "graph/in_parallel.h"
#include "graph/interned_text.h"

namespace pejabat {
namespace {

// The spill file is mapped once, read-only and much larger than it will grow:
// a mapping reaches pages appended later (MAP_SHARED sees the page cache), so
// views never move and no remapping is needed. Only address space is taken.
constexpr std::size_t kReserveBytes = std::size_t{64} << 30;  // 64 GiB of evidence
constexpr std::size_t kBufferBytes = std::size_t{1} << 20;    // writes go out in 1 MiB blocks
// The table of end offsets, in blocks that never move (readers on other
// threads index it without a lock).
constexpr unsigned kBlockBits = 18;
constexpr std::size_t kBlockSize = std::size_t{1} << kBlockBits;
constexpr std::size_t kMaxBlocks = std::size_t{1} << (32 - kBlockBits);

// An unlinked temporary file: the kernel frees it when the process ends, however it ends.
int OpenSpillFile(std::string& dir) {
  const char* env = std::getenv("TMPDIR");
  dir = env && *env ? env : "/tmp";
  int fd = -1;
#ifdef O_TMPFILE
  fd = open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
#endif
  std::string path = dir + "/pejabat-evidence-XXXXXX";
  fd = mkostemp(path.data(), O_CLOEXEC);
  if (fd >= 0) unlink(path.c_str());
  return fd;
}

// The kernel's estimate of the memory that can be had without swapping, in
// bytes; 0 when unknown (not Linux).
std::size_t MemAvailableBytes() {
  std::ifstream meminfo("/proc/meminfo");
  std::string key;
  std::size_t kib = 0;
  while (meminfo >> key >> kib) {
    if (key == "MemAvailable:") return kib * 1024;
    meminfo.ignore(64, '\n');
  }
  return 0;
}

// Without a spill file an entry holds an interned text (its 4 bytes: the
// handle is trivially copyable), whose arena never moves either.
static_assert(std::is_trivially_copyable_v<InternedText> && sizeof(InternedText) == sizeof(uint32_t));
uint64_t ToEntry(InternedText text) { return std::bit_cast<uint32_t>(text); }
InternedText FromEntry(uint64_t entry) { return std::bit_cast<InternedText>(static_cast<uint32_t>(entry)); }

class EvidenceStore {
 public:
  EvidenceStore() {
    std::string dir;
    fd_ = OpenSpillFile(dir);
    int error = errno;
    if (fd_ >= 0) {
      void* map = mmap(nullptr, kReserveBytes, PROT_READ, MAP_SHARED, fd_, 0);
      if (map != MAP_FAILED) {
        map_ = static_cast<const char*>(map);
        buffer_.reserve(kBufferBytes);
      } else {
        error = errno;
        close(fd_);
        fd_ = -1;
      }
    }
    if (!map_)
      std::fprintf(stderr, "pejabat: cannot make an evidence spill file in %s (%s); keeping evidence in memory\n",
                   dir.c_str(), std::strerror(error));
    Push(0);  // id 0: the empty text
  }

  uint32_t Store(std::string_view text) {
    std::lock_guard lock(mutex_);
    if (!map_) {
      bytes_ += text.size();
      return Push(ToEntry(InternedText(text)));
    }
    if (written_ + text.size() > kReserveBytes)
      throw std::length_error("graph too large: more than 64 GiB of evidence text");
    if (buffer_.size() + text.size() > kBufferBytes) Flush();
    if (text.size() > kBufferBytes) WriteAll(text);
    else buffer_.insert(buffer_.end(), text.begin(), text.end());
    written_ += text.size();
    bytes_ += text.size();
    return Push(written_);
  }

  std::string_view Lookup(uint32_t id) {
    if (id == 0) return {};
    const uint64_t end = Entry(id);
    if (!map_) return FromEntry(end).view();
    const uint64_t begin = Entry(id - 1);
    if (end <= copied_.load(std::memory_order_acquire)) return {copy_ + begin, static_cast<std::size_t>(end - begin)};
    if (flushed_.load(std::memory_order_acquire) < end) {
      std::lock_guard lock(mutex_);
      if (flushed_.load(std::memory_order_relaxed) < end) Flush();
    }
    return {map_ + begin, static_cast<std::size_t>(end - begin)};
  }

  void PrefetchOffset(uint32_t id) const {
    if (id == 0) return;  // a handle comes from Store: its entries exist
    __builtin_prefetch(EntryAt(id));
    __builtin_prefetch(EntryAt(id - 1));
  }

  void Prefetch(uint32_t id) const {
    if (!map_ || id == 0) return;
    const uint64_t begin = Entry(id - 1), end = Entry(id);
    if (end > flushed_.load(std::memory_order_relaxed)) return;  // not yet in the file
    const char* base = end <= copied_.load(std::memory_order_acquire) ? copy_ : map_;
    // A sentence is a few lines; a long one is read on as the prefetchers see it.
    for (uint64_t at = begin & ~uint64_t{63}; at < end && at < begin + 256; at += 64) __builtin_prefetch(base + at);
  }

  // Reads the texts stored so far into memory, where they are read from now
  // on; texts stored later still go to the file. Writing a built graph reads
  // every edge's evidence at random places, and a random read through the
  // file's mapping took 300-640 ns on this VM against 65-95 ns in anonymous
  // memory (bench: 5 million random one-byte reads of 1 GB). Done only when
  // the texts take at most half of the memory available, so that a graph whose
  // evidence would crowd out RAM keeps it in reclaimable file pages. The
  // writers touch every page of the mapping anyway: at a million articles the
  // resident set is the same either way. Views into the mapping stay valid.
  void ReadIntoMemory() {
    std::lock_guard lock(mutex_);
    if (reading_ahead_.joinable()) reading_ahead_.join();
    if (!map_ || copy_ || written_ == 0) return;
    Flush();
    if (written_ > MemAvailableBytes() / 2) return;
    char* copy = static_cast<char*>(AllocateHuge(written_));
    auto read = [&](uint64_t from, uint64_t to) {
      for (uint64_t at = from; at < to;) {
        const ssize_t n = pread(fd_, copy + at, to - at, static_cast<off_t>(at));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        at += static_cast<uint64_t>(n);
      }
      return true;
    };
    // Most of the time goes to the kernel's clearing of the fresh pages (2.8 s
    // at a million articles), which two threads do side by side: the halves
    // split at a huge page, so that no page is faulted by both.
    const uint64_t middle = written_ / 2 & ~((uint64_t{2} << 20) - 1);
    bool front = false, back = false;
    InParallel(
        static_cast<std::size_t>(written_ / 64), [&] { front = read(0, middle); },  // items: cache lines
        [&] { back = read(middle, written_); });
    if (!front || !back) {  // the mapping still serves every text
      FreeHuge(copy, written_);
      return;
    }
    copy_ = copy;
    copied_.store(written_, std::memory_order_release);
    // Its pages are no longer read; the page cache may drop them at once.
    posix_fadvise(fd_, 0, static_cast<off_t>(written_), POSIX_FADV_DONTNEED);
  }

  // Asks the kernel to bring the file back into the page cache, on a thread
  // of its own, so that ReadIntoMemory (later) copies from memory. By the end
  // of a million articles much of the file's 2 GB had been written back and
  // evicted, and ReadIntoMemory waited for the disk (94 waits, 0.6 s) while
  // the graph's sorting, just before, kept one core busy and the other idle.
  void ReadAhead() {
    std::lock_guard lock(mutex_);
    if (!map_ || copy_ || written_ == 0 || reading_ahead_.joinable()) return;
    Flush();
    // posix_fadvise returns once the reads are queued, but queueing 2 GB waits for the disk.
    reading_ahead_ = std::thread([fd = fd_, n = written_] {
      posix_fadvise(fd, 0, static_cast<off_t>(n), POSIX_FADV_WILLNEED);
    });
  }

  std::size_t count() {
    std::lock_guard lock(mutex_);
    return count_ - 1;
  }
  std::size_t bytes() {
    std::lock_guard lock(mutex_);
    return bytes_;
  }
  bool spilled() const { return map_ != nullptr; }

 private:
  // Appends an entry (an end offset, or in memory an interned id); returns its id.
  // Called with the lock held.
  uint32_t Push(uint64_t entry) {
    if (count_ == kMaxBlocks * kBlockSize) throw std::length_error("graph too large: more than 4 billion evidence texts");
    const std::size_t block = count_ >> kBlockBits;
    if (!blocks_[block].load(std::memory_order_relaxed)) {
      // One huge page per block (2 MiB): writers look entries up at random.
      // Never freed, like the store.
      auto* entries = static_cast<uint64_t*>(AllocateHuge(kBlockSize * sizeof(uint64_t)));
      blocks_[block].store(entries, std::memory_order_release);
    }
    blocks_[block].load(std::memory_order_relaxed)[count_ & (kBlockSize - 1)] = entry;
    return static_cast<uint32_t>(count_++);
  }

  const uint64_t* EntryAt(uint32_t id) const {
    return &blocks_[id >> kBlockBits].load(std::memory_order_acquire)[id & (kBlockSize - 1)];
  }
  uint64_t Entry(uint32_t id) const { return *EntryAt(id); }

  // Called with the lock held.
  void Flush() {
    WriteAll(std::string_view(buffer_.data(), buffer_.size()));
    buffer_.clear();
    flushed_.store(written_, std::memory_order_release);
  }

  void WriteAll(std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t n = write(fd_, bytes.data(), bytes.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0)
        throw std::runtime_error(std::string("cannot write the evidence spill file: ") + std::strerror(errno));
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
  }

  std::mutex mutex_;
  int fd_ = -1;
  const char* map_ = nullptr;
  std::vector<char> buffer_;
  uint64_t written_ = 0;             // bytes stored, including the buffer
  std::atomic<uint64_t> flushed_{0};  // bytes in the file, readable through the map
  const char* copy_ = nullptr;        // the file's first copied_ bytes in memory (ReadIntoMemory)
  std::atomic<uint64_t> copied_{0};
  std::thread reading_ahead_;  // ReadAhead's, joined by ReadIntoMemory
  std::unique_ptr<std::atomic<uint64_t*>[]> blocks_{new std::atomic<uint64_t*>[kMaxBlocks]()};
  std::size_t count_ = 0, bytes_ = 0;
};

// Never destroyed: views may be read until the very end of the process.
EvidenceStore& Store() {
  static EvidenceStore* store = new EvidenceStore;
  return *store;
}

}  // namespace

uint32_t EvidenceText::Store(std::string_view text) {
  if (text.empty()) return 0;
  return pejabat::Store().Store(text);
}

std::string_view EvidenceText::Lookup(uint32_t id) { return pejabat::Store().Lookup(id); }
void EvidenceText::PrefetchOffset(uint32_t id) { pejabat::Store().PrefetchOffset(id); }
void EvidenceText::Prefetch(uint32_t id) { pejabat::Store().Prefetch(id); }
void EvidenceText::ReadAhead() { pejabat::Store().ReadAhead(); }
void EvidenceText::ReadIntoMemory() { pejabat::Store().ReadIntoMemory(); }

std::size_t EvidenceText::StoredCount() { return pejabat::Store().count(); }
std::size_t EvidenceText::StoredBytes() { return pejabat::Store().bytes(); }
bool EvidenceText::Spilled() { return pejabat::Store().spilled(); }

}  // namespace pejabat
