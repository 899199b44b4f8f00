#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <streambuf>

namespace pejabat {

// A write-only stream buffer over a file descriptor for exports of many GB.
// Through an ofstream, every page written stays in the page cache until the
// closing fsync: a million articles make 57 GB of exports on a 24 GB machine,
// so the cache fills, and from then on every page the build allocates or
// writes must first be reclaimed. The build's own work then slows by a third
// (measured: the same 100k build, page cache full vs empty: graph build 3.0 s
// vs 2.0 s, JSON-LD 20.4 s vs 10.9 s, system time 8.2 s vs 3.0 s).
//
// So this buffer writes behind: each `window` of the file is handed to the
// disk as soon as it is written (sync_file_range, without waiting), and the
// window before it, by then on disk, is waited for and dropped from the cache
// (posix_fadvise DONTNEED). At most two windows of the file are in the cache,
// the disk works while the writer computes, and the closing fsync has little
// left to do. Files under one window are written as an ofstream would.
//
// Errors (a full disk) make the stream fail (badbit); error() keeps errno.
// The descriptor is not closed here.
class StreamingFileBuf : public std::streambuf {
 public:
  static constexpr std::size_t kBufferBytes = std::size_t{1} << 20;
  static constexpr std::uint64_t kWindowBytes = std::uint64_t{64} << 20;

  explicit StreamingFileBuf(int fd, std::uint64_t window = kWindowBytes);
  StreamingFileBuf(const StreamingFileBuf&) = delete;
  StreamingFileBuf& operator=(const StreamingFileBuf&) = delete;

  // Writes what is buffered and makes the file durable (fsync); false on any
  // error so far, with error() set.
  bool Finish();
  int error() const { return error_; }
  std::uint64_t bytes_written() const { return written_; }

 protected:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool Drain();  // the buffer to the file
  bool WriteAll(const char* data, std::size_t n);
  void WriteBehind();

  int fd_;
  std::uint64_t window_;
  std::unique_ptr<char[]> buffer_;
  std::uint64_t written_ = 0;  // bytes handed to the kernel
  std::uint64_t started_ = 0;  // bytes whose writeback was started
  std::uint64_t dropped_ = 0;  // bytes on disk and out of the cache
  int error_ = 0;
};

}  // namespace pejabat
