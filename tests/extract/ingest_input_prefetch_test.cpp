// Reading a file ahead of its reader (extract/ingest/input_prefetch.h).
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "extract/ingest/input_prefetch.h"

namespace pejabat {
namespace {

// How many of the file's pages are in the page cache.
std::size_t ResidentPages(int fd, std::size_t bytes) {
  void* map = mmap(nullptr, bytes, PROT_READ, MAP_SHARED, fd, 0);
  if (map == MAP_FAILED) return 0;
  const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  std::vector<unsigned char> in((bytes + page - 1) / page);
  std::size_t resident = 0;
  if (mincore(map, bytes, in.data()) == 0)
    for (unsigned char c : in) resident += c & 1;
  munmap(map, bytes);
  return resident;
}

TEST(InputPrefetch, BringsTheFileAheadOfTheReaderBackIntoThePageCache) {
  const std::string path = testing::TempDir() + "pejabat-prefetch-test.jsonl";
  constexpr std::size_t kBytes = 8 << 20;  // within the first window
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  ASSERT_GE(fd, 0);
  const std::string line(1023, 'x');
  for (std::size_t at = 0; at < kBytes; at += 1024) ASSERT_EQ(write(fd, (line + "\n").data(), 1024), 1024);
  ASSERT_EQ(fsync(fd), 0);  // clean pages, which the kernel drops when told to
  posix_fadvise(fd, 0, kBytes, POSIX_FADV_DONTNEED);
  const std::size_t pages = kBytes / static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  if (ResidentPages(fd, kBytes) == pages) {
    close(fd);
    unlink(path.c_str());
    GTEST_SKIP() << "this file system keeps its pages in memory (tmpfs): nothing to read ahead";
  }
  InputPrefetch prefetch(path);  // the reader at offset 0: the window ahead is asked for
  // The reads are queued, not waited for: give them time.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (ResidentPages(fd, kBytes) < pages && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  EXPECT_EQ(ResidentPages(fd, kBytes), pages);
  close(fd);
  unlink(path.c_str());
}

TEST(InputPrefetch, AFileThatCannotBeOpenedAgainGetsNoHintsAndNoError) {
  InputPrefetch prefetch("/nonexistent-folder/articles.jsonl");
  prefetch.ReachedOffset(InputPrefetch::kWindow * 3);
  InputPrefetch none;
  none.ReachedOffset(0);
  SUCCEED();
}

}  // namespace
}  // namespace pejabat
