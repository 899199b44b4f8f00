#include "cli/input_walker.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
#include <set>
#include <system_error>

#include "extract/ingest/size_check.h"

namespace pejabat {
namespace fs = std::filesystem;
namespace {

std::optional<InputFormat> FormatOf(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".txt") return InputFormat::Text;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::Html;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::JsonLines;
  return std::nullopt;
}

std::string KindOf(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    default: return "not a regular file";
  }
}

// Why a path that `status` could not follow fails: "symbolic link loop",
// "broken symbolic link", or the system's reason.
std::string StatusFailure(const fs::path& path, const std::error_code& ec) {
  if (!ec) return "no such file or directory";
  std::error_code lec;
  bool is_link = fs::is_symlink(fs::symlink_status(path, lec));
  if (ec.value() == ELOOP) return "symbolic link loop";
  if (is_link && (ec.value() == ENOENT || ec.value() == ENOTDIR)) return "broken symbolic link (its target does not exist)";
  if (ec.value() == ENOENT) return "no such file or directory";
  return ec.message();
}

class Walker {
 public:
  explicit Walker(InputList& list) : list_(list) {}

  // (device, inode) of each file added, in the order of list.files.
  const std::vector<std::pair<dev_t, ino_t>>& identities() const { return identities_; }

  void AddNamed(const std::string& input) {
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      Issue(input, StatusFailure(input, ec));
      return;
    }
    if (fs::is_directory(status)) {
      WalkFolder(input);
      return;
    }
    // A file named on the command line is read whatever its extension.
    AddFile(input, status, FormatOf(input).value_or(InputFormat::Text));
  }

 private:
  void Issue(const std::string& where, const std::string& reason) { list_.issues.push_back({where, reason, true}); }

  void AddFile(const std::string& path, const fs::file_status& status, InputFormat format) {
    if (!fs::is_regular_file(status)) {
      // Opening a FIFO waits for a writer: it would hang the run.
      Issue(path, KindOf(status.type()) + ", not a file to read");
      return;
    }
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || ::access(path.c_str(), R_OK) != 0) {
      Issue(path, std::string("cannot open: ") + std::strerror(errno));
      return;
    }
    // JSON Lines are streamed record by record; other files are read whole.
    if (format != InputFormat::JsonLines && !CheckArticleSize(static_cast<std::size_t>(st.st_size), path, list_.issues))
      return;
    list_.files.push_back({path, format});
    identities_.push_back({st.st_dev, st.st_ino});
  }

  // Depth-first with an explicit stack: no recursion, and an unreadable
  // folder is reported without ending the walk of the others.
  void WalkFolder(const std::string& root) {
    std::vector<fs::path> pending{fs::path(root)};
    while (!pending.empty()) {
      fs::path dir = std::move(pending.back());
      pending.pop_back();
      std::error_code ec;
      fs::directory_iterator it(dir, ec), end;
      if (ec) {
        Issue(dir.string(), "cannot read folder: " + ec.message());
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) break;
        Visit(*it, pending);
      }
      if (ec) Issue(dir.string(), "cannot read folder: " + ec.message() + " (the rest of it is not read)");
    }
  }

  void Visit(const fs::directory_entry& entry, std::vector<fs::path>& pending) {
    const fs::path& path = entry.path();
    std::string name = path.filename().string();
    std::error_code ec;
    fs::file_status own = entry.symlink_status(ec);
    if (ec) {
      Issue(path.string(), ec.message());
      return;
    }
    if (fs::is_directory(own)) {
      if (name.front() == '.') ++list_.ignored;  // .git, .cache, ...
      else pending.push_back(path);
      return;
    }
    if (name.front() == '.') {  // editor locks, ._ AppleDouble files, our own temporary files
      ++list_.ignored;
      return;
    }
    fs::file_status target = own;
    if (fs::is_symlink(own)) {
      target = fs::status(path, ec);
      if (ec || !fs::exists(target)) {
        Issue(path.string(), StatusFailure(path, ec));
        return;
      }
      if (fs::is_directory(target)) {  // not followed: a link to a parent would loop
        ++list_.ignored;
        return;
      }
    }
    auto format = FormatOf(path);
    if (!format) {
      ++list_.ignored;
      return;
    }
    AddFile(path.string(), target, *format);
  }

  InputList& list_;
  std::vector<std::pair<dev_t, ino_t>> identities_;  // of each entry of list_.files
};

// Sorted by path, each file once (the same inode reached by two paths, a
// symbolic link or a file inside a listed folder listed again, is read under
// the first path): the same inputs in any order give the same list.
void SortAndDeduplicate(std::vector<InputFile>& files, const std::vector<std::pair<dev_t, ino_t>>& identities) {
  std::vector<std::size_t> order(files.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return files[a].path < files[b].path; });
  std::set<std::pair<dev_t, ino_t>> seen;
  std::vector<InputFile> unique;
  unique.reserve(files.size());
  for (std::size_t i : order)
    if (seen.insert(identities[i]).second) unique.push_back(std::move(files[i]));
  files = std::move(unique);
}

}  // namespace

InputList ExpandInputs(const std::vector<std::string>& inputs) {
  InputList list;
  Walker walker(list);
  bool standard_input = false;
  for (const auto& input : inputs) {
    if (input == "-") standard_input = true;
    else walker.AddNamed(input);
  }
  SortAndDeduplicate(list.files, walker.identities());
  if (standard_input) list.files.push_back({"-", InputFormat::JsonLines});  // last, and once
  return list;
}

}  // namespace pejabat
