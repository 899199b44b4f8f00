#include "export/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <fstream>
#include <stdexcept>
#include <string>
#include <system_error>

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

// Data first, then the rename itself: after a crash of the machine the target
// is the old file or the whole new one, never an empty one.
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
  try {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(target.string() + ": cannot write (" + tmp.string() + ")");
    write(out);
    out.close();
    if (!out) throw std::runtime_error(target.string() + ": write failed (disk full?)");
  } catch (...) {
    discard();
    throw;
  }
  SyncPath(tmp, O_RDONLY);
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    discard();
    throw std::runtime_error(target.string() + ": cannot rename into place: " + ec.message());
  }
  SyncPath(target.parent_path().empty() ? fs::path(".") : target.parent_path(), O_RDONLY | O_DIRECTORY);
}

}  // namespace pejabat
