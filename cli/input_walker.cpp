#include "cli/input_walker.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>

namespace pejabat {
namespace fs = std::filesystem;
namespace {

std::optional<InputFormat> FormatOf(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".txt") return InputFormat::Text;
  if (ext == ".html" || ext == ".htm") return InputFormat::Html;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::JsonLines;
  return std::nullopt;
}

}  // namespace

InputList ExpandInputs(const std::vector<std::string>& inputs) {
  InputList list;
  for (const auto& input : inputs) {
    if (input == "-") {
      list.files.push_back({"-", InputFormat::JsonLines});
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      list.issues.push_back({input, ec && ec != std::errc::no_such_file_or_directory ? ec.message() : "no such file or directory", true});
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<InputFile> found;
      // Symlinks to folders are not followed, so a link loop cannot trap the walk.
      fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) {
        list.issues.push_back({input, "cannot read folder: " + ec.message(), true});
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          list.issues.push_back({it->path().string(), "cannot read: " + ec.message(), true});
          ec.clear();
          continue;
        }
        std::error_code fec;
        if (!it->is_regular_file(fec)) {
          if (it->is_symlink(fec) && !fs::exists(it->path(), fec))
            list.issues.push_back({it->path().string(), "broken or looping symbolic link", true});
          continue;
        }
        if (auto format = FormatOf(it->path())) found.push_back({it->path().string(), *format});
        else ++list.ignored;
      }
      std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
      list.files.insert(list.files.end(), found.begin(), found.end());
      continue;
    }
    // A file named on the command line is read whatever its extension (as text by default).
    list.files.push_back({input, FormatOf(input).value_or(InputFormat::Text)});
  }
  return list;
}

}  // namespace pejabat
