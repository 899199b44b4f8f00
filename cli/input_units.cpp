#include "cli/input_units.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace pejabat {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> FolderRoots(const std::vector<std::string>& roots) {
  std::vector<std::string> folders;
  for (const auto& root : roots) {
    std::error_code ec;
    if (fs::is_directory(root, ec)) folders.push_back(root);
  }
  return folders;
}

std::string SourceBelow(const std::string& path, const std::vector<std::string>& folders) {
  fs::path p(path);
  for (const auto& root : folders) {
    fs::path rel = p.lexically_relative(root);
    if (!rel.empty() && rel.native()[0] != '.') return rel.generic_string();
  }
  return p.filename().string();
}

}  // namespace

InputUnits::InputUnits(const std::vector<InputFile>& files, const std::vector<std::string>& roots, BatchSizes sizes)
    : files_(files), folders_(FolderRoots(roots)), sizes_(sizes) {}

InputUnits::~InputUnits() = default;

bool InputUnits::Next(InputUnit& unit) {
  for (;;) {
    if (jsonl_ && NextLines(unit)) return true;
    unit = InputUnit{};
    if (next_file_ == files_.size()) return false;
    const InputFile& file = files_[next_file_++];
    unit.new_file = true;
    if (file.format != InputFormat::JsonLines) {
      ReadWholeFile(file, unit);
      return true;
    }
    std::istream* in = &std::cin;
    if (file.path != "-") {
      stream_ = std::make_unique<std::ifstream>(file.path, std::ios::binary);
      if (!*stream_) {
        stream_.reset();
        unit.issues.push_back({file.path, "cannot open for reading", true});
        return true;
      }
      in = stream_.get();
      prefetch_ = std::make_unique<InputPrefetch>(file.path);
      std::error_code ec;
      file_bytes_ = fs::file_size(file.path, ec);
      if (ec) file_bytes_ = 0;
    } else {
      file_bytes_ = 0;
    }
    jsonl_ = std::make_unique<JsonlReader>(*in, file.path == "-" ? "<stdin>" : file.path);
    jsonl_first_ = true;
    reported_ = 0;
  }
}

// The next batch of the JSON Lines file being read; false when the file has
// nothing more to report (and is closed).
bool InputUnits::NextLines(InputUnit& unit) {
  unit = InputUnit{};
  unit.new_file = jsonl_first_;
  jsonl_first_ = false;
  const std::size_t limit = BatchBytesNow();
  std::size_t batch_bytes = 0;
  JsonlLine line;
  bool full = false;
  while (jsonl_->NextLine(line, unit.issues)) {
    unit.kind = InputUnit::Kind::Lines;
    batch_bytes += line.bytes.size();
    unit.lines.push_back(std::move(line));
    line = JsonlLine{};
    if ((full = unit.lines.size() >= sizes_.records || batch_bytes >= limit)) break;
  }
  unit.input_bytes = jsonl_->bytes_read() - reported_;
  reported_ = jsonl_->bytes_read();
  if (prefetch_) prefetch_->ReachedOffset(reported_);
  if (full) return true;
  // The end of the file: the last batch, trailing problems (or an empty file) still travel in order.
  jsonl_.reset();
  stream_.reset();
  prefetch_.reset();
  return !unit.lines.empty() || unit.new_file || !unit.issues.empty();
}

std::size_t InputUnits::BatchBytesNow() const {
  if (sizes_.tail_parts == 0 || file_bytes_ == 0) return sizes_.bytes;
  const std::uint64_t read = jsonl_->bytes_read();
  const std::uint64_t left = file_bytes_ > read ? file_bytes_ - read : 0;
  return static_cast<std::size_t>(
      std::clamp<std::uint64_t>(left / sizes_.tail_parts, std::min(sizes_.min_bytes, sizes_.bytes), sizes_.bytes));
}

void InputUnits::ReadWholeFile(const InputFile& file, InputUnit& unit) {
  std::ifstream in(file.path, std::ios::binary);
  if (!in) {
    unit.issues.push_back({file.path, "cannot open for reading", true});
    return;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  unit.bytes = std::move(buffer).str();
  unit.input_bytes = unit.bytes.size();
  if (unit.bytes.empty()) {
    unit.issues.push_back({file.path, "empty file", true});
    return;
  }
  unit.kind = InputUnit::Kind::FileBytes;
  unit.format = file.format;
  unit.source = SourceBelow(file.path, folders_);
  unit.path = file.path;
}

}  // namespace pejabat
