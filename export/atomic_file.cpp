#include "export/atomic_file.h"

#include <unistd.h>

#include <fstream>
#include <stdexcept>
#include <string>

namespace pejabat {

void WriteFileAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write) {
  std::filesystem::path tmp = target;
  tmp += ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(target.string() + ": cannot write (" + tmp.string() + ")");
    write(out);
    out.flush();
    if (!out) {
      std::error_code ec;
      std::filesystem::remove(tmp, ec);
      throw std::runtime_error(target.string() + ": write failed");
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, target, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    throw std::runtime_error(target.string() + ": cannot rename into place: " + ec.message());
  }
}

}  // namespace pejabat
