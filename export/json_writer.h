#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "export/output_buffer.h"

namespace pejabat {

// A streaming JSON writer for the JSON-LD export, laid out exactly as
// RapidJSON's PrettyWriter with a one-space indent (graph.jsonld's format):
// every member and element on a line of its own, "key": value, empty
// containers as {} and []. Strings are escaped as RapidJSON does (\" \\ \b
// \f \n \r \t, other controls as \u00XX) and sanitized on the way (invalid
// UTF-8 becomes U+FFFD), in one pass that copies unchanged runs whole:
// RapidJSON copied them a character at a time, after SanitizeUtf8 had copied
// them once already.
class JsonWriter {
 public:
  explicit JsonWriter(OutputBuffer& out) : out_(out) {}

  void StartObject() { Open('{', false); }
  void EndObject() { Close('}'); }
  void StartArray() { Open('[', true); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key) {
    Prefix();
    WriteString(key);
  }
  void String(std::string_view text) {
    Prefix();
    WriteString(text);
  }
  void Int64(int64_t n) {
    Prefix();
    out_.AppendInteger(n);
  }
  void Uint(unsigned n) {
    Prefix();
    out_.AppendInteger(n);
  }
  void Bool(bool b) {
    Prefix();
    out_.Append(b ? "true" : "false");
  }

 private:
  struct Level {
    bool array;
    std::size_t values;  // in an object, keys and values both count
  };

  // What goes before a value: the comma, line break and indent of an array
  // element or object key, ": " before an object member's value.
  void Prefix();
  void Open(char bracket, bool array) {
    Prefix();
    out_.Append(bracket);
    levels_.push_back({array, 0});
  }
  void Close(char bracket);
  void LineBreak(bool comma);  // [","] "\n" and one space per open level
  void WriteString(std::string_view text);

  OutputBuffer& out_;
  std::vector<Level> levels_;
};

}  // namespace pejabat
