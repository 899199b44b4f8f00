#include "extract/ingest/input_prefetch.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace pejabat {

InputPrefetch::InputPrefetch(const std::string& path) : fd_(open(path.c_str(), O_RDONLY | O_CLOEXEC)) {
  ReachedOffset(0);
}

InputPrefetch::~InputPrefetch() {
  if (fd_ >= 0) close(fd_);
}

void InputPrefetch::ReachedOffset(std::uint64_t offset) {
  if (fd_ < 0 || offset + kWindow < asked_until_ + kStep) return;
  const std::uint64_t from = std::max(asked_until_, offset), to = offset + kWindow;
  // Past the end of the file the kernel reads nothing.
  posix_fadvise(fd_, static_cast<off_t>(from), static_cast<off_t>(to - from), POSIX_FADV_WILLNEED);
  asked_until_ = to;
}

}  // namespace pejabat
