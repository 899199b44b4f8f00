#pragma once
#include <charconv>
#include <cstddef>
#include <cstring>
#include <memory>
#include <ostream>
#include <string_view>

namespace pejabat {

// The writers' way to the std::ostream: text is copied into one large block
// and handed over with a single ostream::write per block. An export is
// hundreds of millions of small pieces (tags, keys, values); through
// `out << piece` each pays for a sentry and a virtual call, through this a
// memcpy. Flushes on destruction; the stream's own state reports write errors.
class OutputBuffer {
 public:
  static constexpr std::size_t kDefaultCapacity = std::size_t{1} << 20;

  explicit OutputBuffer(std::ostream& out, std::size_t capacity = kDefaultCapacity)
      : out_(out), begin_(new char[capacity]), end_(begin_.get() + capacity), at_(begin_.get()) {}
  ~OutputBuffer() { Flush(); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  void Append(std::string_view text) {
    if (text.size() > static_cast<std::size_t>(end_ - at_)) {
      Flush();
      if (text.size() > static_cast<std::size_t>(end_ - at_)) {  // larger than the whole block
        out_.write(text.data(), static_cast<std::streamsize>(text.size()));
        return;
      }
    }
    std::memcpy(at_, text.data(), text.size());
    at_ += text.size();
  }
  void Append(char c) {
    if (at_ == end_) Flush();
    *at_++ = c;
  }
  // Decimal digits, as std::to_string would give them.
  template <typename Integer>
  void AppendInteger(Integer n) {
    char digits[24];
    auto result = std::to_chars(digits, digits + sizeof digits, n);
    Append(std::string_view(digits, static_cast<std::size_t>(result.ptr - digits)));
  }

  // Room for `n` bytes written straight into the block (n at most its
  // capacity): Reserve, write through the pointer, then Commit what was used.
  char* Reserve(std::size_t n) {
    if (n > static_cast<std::size_t>(end_ - at_)) Flush();
    return at_;
  }
  void Commit(char* written_end) { at_ = written_end; }

  void Flush() {
    if (at_ != begin_.get()) out_.write(begin_.get(), at_ - begin_.get());
    at_ = begin_.get();
  }

 private:
  std::ostream& out_;
  std::unique_ptr<char[]> begin_;
  char* end_;
  char* at_;
};

}  // namespace pejabat
