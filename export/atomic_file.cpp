#include "export/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <ostream>
#include <stdexcept>
#include <string>
#include <system_error>

#include "export/streaming_file_buf.h"

namespace pejabat {
namespace fs = std::filesystem;
namespace {

// Parses the "<pid>" or "<pid>.<n>" after "<name>.tmp."; 0 if it is not one.
long TemporaryPid(const std::string& suffix) {
  std::size_t dot = suffix.find('.');
  std::string pid = suffix.substr(0, dot);
  if (pid.empty() || pid.size() > 9 || pid.find_first_not_of("0123456789") != std::string::npos) return 0;
  if (dot != std::string::npos) {
    std::string n = suffix.substr(dot + 1);
    if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos) return 0;
  }
  return std::stol(pid);
}

bool ProcessGone(long pid) {
  if (pid == ::getpid()) return false;
  return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// The data is made durable first (StreamingFileBuf::Finish), then the rename
// itself: after a crash of the machine the target is the old file or the whole
// new one, never an empty one.
void SyncPath(const fs::path& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

std::size_t RemoveStaleTemporaries(const fs::path& target) {
  const std::string prefix = target.filename().string() + ".tmp.";
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  std::size_t removed = 0;
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    long pid = TemporaryPid(name.substr(prefix.size()));
    std::error_code fec;
    if (pid > 0 && it->is_regular_file(fec) && ProcessGone(pid) && fs::remove(it->path(), fec)) ++removed;
  }
  return removed;
}

void WriteFileAtomically(const fs::path& target, const std::function<void(std::ostream&)>& write) {
  static std::atomic<unsigned> counter{0};
  RemoveStaleTemporaries(target);
  fs::path tmp = target;
  tmp += ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
  auto discard = [&] {
    std::error_code ec;
    fs::remove(tmp, ec);
  };
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0)
    throw std::runtime_error(target.string() + ": cannot write (" + tmp.string() + ": " + std::strerror(errno) + ")");
  bool ok = false;
  int error = 0;
  try {
    // Written behind and out of the page cache, then made durable (Finish: fsync).
    StreamingFileBuf buffer(fd);
    std::ostream out(&buffer);
    write(out);
    out.flush();
    ok = out && buffer.Finish();
    error = buffer.error();
  } catch (...) {
    ::close(fd);
    discard();
    throw;
  }
  if (::close(fd) != 0 && ok) {
    ok = false;
    error = errno;
  }
  if (!ok) {
    discard();
    throw std::runtime_error(target.string() + ": write failed: " +
                             (error ? std::strerror(error) : "the writer's stream failed"));
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    discard();
    throw std::runtime_error(target.string() + ": cannot rename into place: " + ec.message());
  }
  SyncPath(target.parent_path().empty() ? fs::path(".") : target.parent_path(), O_RDONLY | O_DIRECTORY);
}

}  // namespace pejabat
