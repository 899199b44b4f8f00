#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace pejabat {

// One member's value in a flat JSON object.
struct FlatJsonValue {
  enum class Kind { String, Integer, Null };
  Kind kind = Kind::Null;
  // A string's bytes between its quotes, escapes as written (AppendUnescaped
  // gives its value); an integer's digits, as std::to_string writes them.
  std::string_view raw;
  bool escaped = false;  // a string with an escape in it
};

struct FlatJsonMember {
  std::string_view key;  // as written: keys with escapes are not read here
  FlatJsonValue value;
};

// A JSON object whose members are strings, integers or null: the shape of
// nearly every JSON Lines record. Read in one pass of 16 bytes at a time
// without building anything, where a general JSON parser (rapidjson, about
// 11,000 instructions for a news record) handles every kind of value and
// escape, and unescapes every string in place as it goes.
struct FlatJsonObject {
  static constexpr std::size_t kMaxMembers = 16;
  std::array<FlatJsonMember, kMaxMembers> members;
  std::size_t size = 0;
};

// Reads `json` when it is such an object, with white space around it and
// nothing else, its strings valid UTF-8 without control bytes: bytes that
// decoding (DecodeOwnedAs) leaves as they are, so that a line can be read
// before it is decoded, one pass over its bytes instead of two. False for anything else JSON has, valid or not, which the
// caller leaves to a full parser (and its messages): nested values, true and
// false, negative numbers, fractions and exponents, integers of over 18
// digits, the escapes \b \f \r and \uXXXX (the ones that spell a control
// character or need decoding), a key with an escape, raw control bytes inside
// a string or a carriage return between tokens, more than kMaxMembers
// members. What it accepts, a JSON parser
// accepts with the same members and values.
bool ReadFlatJsonObject(std::string_view json, FlatJsonObject& object);

// Appends the value of a string read by ReadFlatJsonObject: `raw` with its
// escapes (only \" \\ \/ \n \t there) turned into their bytes. It works in
// `out`, which needs room for kUnescapeRoom bytes more than raw.size()
// (reserved here when it has not).
inline constexpr std::size_t kUnescapeRoom = 32;
void AppendUnescaped(std::string& out, std::string_view raw);

}  // namespace pejabat
