#include "export/streaming_file_buf.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>

#include "export/atomic_file.h"

namespace pejabat {
namespace {

namespace fs = std::filesystem;

fs::path TempPath(const std::string& name) {
  return fs::temp_directory_path() / ("pejabat-sfb-" + std::to_string(::getpid()) + "-" + name);
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Pieces of every size a writer hands over: single characters, short
// strings, and blocks larger than the buffer, across many small windows.
std::string WriteMixed(std::ostream& out) {
  std::string expected;
  for (int i = 0; i < 3000; ++i) {
    std::string piece = "<data key=\"k" + std::to_string(i) + "\">";
    out << piece;
    out.put('\n');
    expected += piece + "\n";
    if (i % 1000 == 999) {
      std::string block(StreamingFileBuf::kBufferBytes + 12345, static_cast<char>('a' + i % 26));
      out.write(block.data(), static_cast<std::streamsize>(block.size()));
      expected += block;
    }
  }
  return expected;
}

TEST(StreamingFileBuf, WritesEveryByteInOrderAcrossWindows) {
  const fs::path path = TempPath("mixed");
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ASSERT_GE(fd, 0);
  std::string expected;
  {
    StreamingFileBuf buffer(fd, /*window=*/64 * 1024);  // many windows written behind and dropped
    std::ostream out(&buffer);
    expected = WriteMixed(out);
    out.flush();
    EXPECT_TRUE(out.good());
    EXPECT_TRUE(buffer.Finish());
    EXPECT_EQ(buffer.error(), 0);
    EXPECT_EQ(buffer.bytes_written(), expected.size());
  }
  ::close(fd);
  EXPECT_EQ(ReadAll(path), expected);
  fs::remove(path);
}

TEST(StreamingFileBuf, AFullDiskFailsTheStreamAndKeepsTheReason) {
  const int fd = ::open("/dev/full", O_WRONLY);
  if (fd < 0) GTEST_SKIP() << "no /dev/full";
  StreamingFileBuf buffer(fd);
  std::ostream out(&buffer);
  WriteMixed(out);  // more than the buffer: the first block already fails
  out.flush();
  EXPECT_FALSE(out.good());
  EXPECT_FALSE(buffer.Finish());
  EXPECT_EQ(buffer.error(), ENOSPC);
  ::close(fd);
}

TEST(WriteFileAtomically, WritesTheWholeFileThroughTheStreamingBuffer) {
  const fs::path dir = TempPath("atomic");
  fs::create_directories(dir);
  std::string expected;
  WriteFileAtomically(dir / "graph.graphml", [&](std::ostream& out) { expected = WriteMixed(out); });
  EXPECT_EQ(ReadAll(dir / "graph.graphml"), expected);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);  // no temporary left
  fs::remove_all(dir);
}

TEST(WriteFileAtomically, AWriterThatFailsItsStreamLeavesNoFile) {
  const fs::path dir = TempPath("failing");
  fs::create_directories(dir);
  try {
    WriteFileAtomically(dir / "graph.jsonld", [](std::ostream& out) {
      out << "partial";
      out.setstate(std::ios::badbit);
    });
    ADD_FAILURE() << "no error for a failed stream";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("graph.jsonld: write failed"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(fs::is_empty(dir));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace pejabat
