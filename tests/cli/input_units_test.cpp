#include "cli/input_units.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace pejabat {
namespace {

namespace fs = std::filesystem;

// A JSON Lines file of `records` lines of about 1,000 bytes each.
class JsonlFile {
 public:
  explicit JsonlFile(std::size_t records)
      : path_(fs::temp_directory_path() / ("pejabat-units-" + std::to_string(getpid()) + ".jsonl")) {
    std::ofstream out(path_, std::ios::binary);
    for (std::size_t i = 0; i < records; ++i)
      out << "{\"id\": \"" << i << "\", \"text\": \"" << std::string(980, 'a') << "\"}\n";
  }
  ~JsonlFile() { fs::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

// The number of lines in each unit, in order.
std::vector<std::size_t> BatchLines(const std::string& path, BatchSizes sizes) {
  const std::vector<InputFile> files = {{path, InputFormat::JsonLines}};
  InputUnits units(files, {}, sizes);
  std::vector<std::size_t> lines;
  InputUnit unit;
  std::size_t expected_id = 0;
  while (units.Next(unit)) {
    for (const auto& line : unit.lines) {  // every line once, in file order
      EXPECT_NE(line.bytes.find("\"id\": \"" + std::to_string(expected_id) + "\""), std::string::npos) << line.bytes.substr(0, 20);
      ++expected_id;
    }
    lines.push_back(unit.lines.size());
  }
  return lines;
}

TEST(InputUnits, BatchesTakeAtMostTheirBytes) {
  JsonlFile file(100);
  // 16 kB: 16 lines of some 1,000 bytes each, the last batch what is left.
  const std::vector<std::size_t> lines = BatchLines(file.path(), BatchSizes{64, 16 * 1024, 0, 1024});
  EXPECT_EQ(lines, (std::vector<std::size_t>{17, 17, 17, 17, 17, 15}));
}

TEST(InputUnits, BatchesTakeAtMostTheirRecords) {
  JsonlFile file(100);
  const std::vector<std::size_t> lines = BatchLines(file.path(), BatchSizes{40, 1024 * 1024, 0, 1024});
  EXPECT_EQ(lines, (std::vector<std::size_t>{40, 40, 20}));
}

// Toward the end of the file a batch takes a share of what is left: the
// batches shrink to the smallest allowed, and every line still comes once.
TEST(InputUnits, LastBatchesAreSmaller) {
  JsonlFile file(100);
  const std::vector<std::size_t> lines = BatchLines(file.path(), BatchSizes{64, 16 * 1024, 4, 2 * 1024});
  ASSERT_GE(lines.size(), 8u);
  EXPECT_EQ(lines.front(), 17u);  // 100 kB left: a quarter is more than 16 kB
  for (std::size_t i = 1; i < lines.size(); ++i) EXPECT_LE(lines[i], lines[i - 1]) << i;
  EXPECT_LE(lines[lines.size() - 2], 3u);  // 2 kB: some two lines
  std::size_t total = 0;
  for (std::size_t n : lines) total += n;
  EXPECT_EQ(total, 100u);
}

}  // namespace
}  // namespace pejabat
