#pragma once
#include <cstddef>
#include <ostream>

#include "export/output_buffer.h"

namespace pejabat {

// A RapidJSON output stream over an OutputBuffer. RapidJSON writes one
// character at a time; OStreamWrapper turns each into an ostream::put with
// its sentry (about a third of the JSON-LD writer's time on a large graph),
// here each is a store into the buffer's block.
class BufferedJsonStream {
 public:
  using Ch = char;
  explicit BufferedJsonStream(std::ostream& out) : buffer_(out) {}

  void Put(char c) { buffer_.Append(c); }
  void Flush() { buffer_.Flush(); }

  // Required by RapidJSON's stream concept; never called on an output stream.
  char Peek() const { return '\0'; }
  char Take() { return '\0'; }
  std::size_t Tell() const { return 0; }
  char* PutBegin() { return nullptr; }
  std::size_t PutEnd(char*) { return 0; }

 private:
  OutputBuffer buffer_;
};

}  // namespace pejabat
