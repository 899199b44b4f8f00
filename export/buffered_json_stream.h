#pragma once
#include <ostream>
#include <string>

namespace pejabat {

// A RapidJSON output stream that collects characters and hands them to the
// std::ostream in large blocks. RapidJSON writes one character at a time, and
// OStreamWrapper turns each into an ostream::put with its sentry: about a
// third of the JSON-LD writer's time on a large graph (bench/run, perf).
class BufferedJsonStream {
 public:
  using Ch = char;
  explicit BufferedJsonStream(std::ostream& out) : out_(out) { buffer_.reserve(kBlock); }
  ~BufferedJsonStream() { Flush(); }
  BufferedJsonStream(const BufferedJsonStream&) = delete;
  BufferedJsonStream& operator=(const BufferedJsonStream&) = delete;

  void Put(char c) {
    buffer_.push_back(c);
    if (buffer_.size() >= kBlock) Flush();
  }
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

  // Required by RapidJSON's stream concept; never called on an output stream.
  char Peek() const { return '\0'; }
  char Take() { return '\0'; }
  std::size_t Tell() const { return 0; }
  char* PutBegin() { return nullptr; }
  std::size_t PutEnd(char*) { return 0; }

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  std::ostream& out_;
  std::string buffer_;
};

}  // namespace pejabat
