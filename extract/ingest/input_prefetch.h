#pragma once
#include <cstdint>
#include <string>

namespace pejabat {

// Asks the kernel to read a file ahead of the reader, so that a JSON Lines
// file being read in order is already in memory when the reader gets there.
// The kernel's own read-ahead is a few MB beyond the last read, started as
// the reader reaches it: at a million articles (2.8 GB) much of the corpus
// was not in the page cache, and the workers, two at 130 MB/s, waited for the
// disk 246 times in one run, the reader holding the input lock meanwhile.
// Here the next kWindow bytes are asked for (posix_fadvise WILLNEED, which
// queues the reads and returns) every kStep bytes. Hints only: a file that
// cannot be opened again (standard input, a pipe) gets none.
class InputPrefetch {
 public:
  InputPrefetch() = default;
  explicit InputPrefetch(const std::string& path);
  InputPrefetch(const InputPrefetch&) = delete;
  InputPrefetch& operator=(const InputPrefetch&) = delete;
  ~InputPrefetch();

  // The reader is at `offset`: asks for what lies ahead if it is time.
  void ReachedOffset(std::uint64_t offset);

  static constexpr std::uint64_t kWindow = std::uint64_t{64} << 20;
  static constexpr std::uint64_t kStep = std::uint64_t{16} << 20;

 private:
  int fd_ = -1;
  std::uint64_t asked_until_ = 0;  // bytes [0, asked_until_) asked for
};

}  // namespace pejabat
