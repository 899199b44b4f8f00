#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "export/output_buffer.h"

namespace pejabat {

// A text the compiler has checked needs no escaping in JSON (printable ASCII,
// no quote, no backslash): the keys and constant values the JSON-LD writer
// writes millions of times ("@id"_plain), copied without the escaper's scan.
struct JsonPlain {
  std::string_view text;
};

consteval JsonPlain operator""_plain(const char* text, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i)
    if (text[i] < 0x20 || text[i] > 0x7E || text[i] == '"' || text[i] == '\\')
      throw "a _plain text must be printable ASCII without quotes or backslashes";
  return JsonPlain{std::string_view(text, size)};
}

// A streaming JSON writer for the JSON-LD export. The members and elements
// of the outer `line_depth` levels of containers are laid out exactly as
// RapidJSON's PrettyWriter with a one-space indent: each on a line of its
// own, "key": value, empty containers as {} and []. Deeper containers are
// written compact, as RapidJSON's Writer does ({"key":value,...}). With
// line_depth 2 (graph.jsonld) each node of "@graph" is one line: a
// million-article graph is tens of GB, a fifth of which was indentation,
// and a line per node is what grep and line-by-line readers want. Strings
// are escaped as RapidJSON does (\" \\ \b \f \n \r \t, other controls as
// \u00XX) and sanitized on the way (invalid UTF-8 becomes U+FFFD), in one
// pass that copies unchanged runs whole: RapidJSON copied them a character
// at a time, after SanitizeUtf8 had copied them once already.
class JsonWriter {
 public:
  static constexpr std::size_t kEveryLevel = static_cast<std::size_t>(-1);  // PrettyWriter throughout

  explicit JsonWriter(OutputBuffer& out, std::size_t line_depth = kEveryLevel) : out_(out), line_depth_(line_depth) {}

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
  void Key(JsonPlain key) {
    Prefix();
    WritePlain(key.text);
  }
  void String(JsonPlain text) {
    Prefix();
    WritePlain(text.text);
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
  // element or object key, ": " before an object member's value (a comma
  // and ":" alone inside a compact container: nearly every value of
  // graph.jsonld, so that case is inline).
  void Prefix() {
    if (levels_.size() <= line_depth_) return PrefixOnLines();
    Level& level = levels_.back();
    if (level.array || level.values % 2 == 0) {
      if (level.values > 0) out_.Append(',');
    } else {
      out_.Append(':');
    }
    ++level.values;
  }
  void PrefixOnLines();
  void Open(char bracket, bool array) {
    Prefix();
    out_.Append(bracket);
    levels_.push_back({array, 0});
  }
  void Close(char bracket);
  void LineBreak(bool comma);  // [","] "\n" and one space per open level
  void WriteString(std::string_view text);
  void WritePlain(std::string_view text) {
    char* at = out_.Reserve(text.size() + 2);
    *at++ = '"';
    std::memcpy(at, text.data(), text.size());
    at += text.size();
    *at++ = '"';
    out_.Commit(at);
  }

  bool Compact() const { return levels_.size() > line_depth_; }  // of the innermost open container

  OutputBuffer& out_;
  const std::size_t line_depth_;
  std::vector<Level> levels_;
};

}  // namespace pejabat
