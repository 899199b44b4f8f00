#include "export/streaming_file_buf.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace pejabat {

StreamingFileBuf::StreamingFileBuf(int fd, std::uint64_t window)
    : fd_(fd), window_(window), buffer_(new char[kBufferBytes]) {
  setp(buffer_.get(), buffer_.get() + kBufferBytes);
}

StreamingFileBuf::int_type StreamingFileBuf::overflow(int_type ch) {
  if (!Drain()) return traits_type::eof();
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  *pptr() = traits_type::to_char_type(ch);
  pbump(1);
  return ch;
}

std::streamsize StreamingFileBuf::xsputn(const char* s, std::streamsize n) {
  const auto size = static_cast<std::size_t>(n);
  // The writers hand over their own blocks of up to 1 MiB (OutputBuffer):
  // those go straight to the file, not copied a second time.
  if (size >= kBufferBytes / 2) return Drain() && WriteAll(s, size) ? n : 0;
  if (size > static_cast<std::size_t>(epptr() - pptr()) && !Drain()) return 0;
  std::memcpy(pptr(), s, size);
  pbump(static_cast<int>(size));
  return n;
}

int StreamingFileBuf::sync() { return Drain() ? 0 : -1; }

bool StreamingFileBuf::Drain() {
  const auto n = static_cast<std::size_t>(pptr() - pbase());
  setp(buffer_.get(), buffer_.get() + kBufferBytes);
  return error_ == 0 && (n == 0 || WriteAll(buffer_.get(), n));
}

bool StreamingFileBuf::WriteAll(const char* data, std::size_t n) {
  if (error_) return false;
  while (n > 0) {
    const ssize_t k = ::write(fd_, data, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) {
      error_ = k < 0 ? errno : ENOSPC;
      return false;
    }
    data += k;
    n -= static_cast<std::size_t>(k);
    written_ += static_cast<std::uint64_t>(k);
  }
  WriteBehind();
  return true;
}

void StreamingFileBuf::WriteBehind() {
  if (written_ - started_ < window_) return;
  // The window before the one just written has had a whole window's time to
  // reach the disk: wait for what is left of it, then drop it from the cache.
  // Failures here cost only the cache (a file system without
  // sync_file_range): the closing fsync still makes the file durable.
  if (started_ > dropped_) {
    const auto length = static_cast<off_t>(started_ - dropped_);
    ::sync_file_range(fd_, static_cast<off_t>(dropped_), length,
                      SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
    ::posix_fadvise(fd_, static_cast<off_t>(dropped_), length, POSIX_FADV_DONTNEED);
    dropped_ = started_;
  }
  ::sync_file_range(fd_, static_cast<off_t>(started_), static_cast<off_t>(written_ - started_), SYNC_FILE_RANGE_WRITE);
  started_ = written_;
}

bool StreamingFileBuf::Finish() {
  if (!Drain()) return false;
  if (::fsync(fd_) != 0) {
    error_ = errno;
    return false;
  }
  return true;
}

}  // namespace pejabat
