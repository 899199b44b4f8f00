#include "extract/ingest/jsonl_reader.h"

// rapidjson scans string runs 16 bytes at a time with SSE2 (every x86-64 CPU
// has it) instead of byte by byte; article texts are most of every record.
// Not under AddressSanitizer: the aligned loads may read past the string's
// end inside its last 16-byte block (harmless, but reported).
#if defined(__SSE2__) && !defined(__SANITIZE_ADDRESS__) && !defined(RAPIDJSON_SSE2)
#if defined(__has_feature)
#if !__has_feature(address_sanitizer)
#define RAPIDJSON_SSE2
#endif
#else
#define RAPIDJSON_SSE2
#endif
#endif

#include <rapidjson/encodedstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cstring>
#include <utility>
#include <rapidjson/error/en.h>

#include "extract/ingest/binary_sniffer.h"
#include "extract/ingest/flat_json.h"
#include "extract/ingest/size_check.h"
#include "extract/ingest/title_text.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

bool IsBlank(std::string_view s) { return s.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos; }

// Ids, urls, dates and outlets are one-line values (an id also appears in
// messages, which are one line each): escaped line breaks and tabs become spaces.
// Without a branch, so that the compiler does 16 bytes at a time.
void MakeOneLine(std::string& s) {
  for (char& c : s) c = c == '\n' || c == '\t' ? ' ' : c;
}

enum class FieldState { Absent, Ok, WrongType };

// The record's members that make an article, read as the parser meets them
// (SAX): each value is a view of its string where the parse leaves it,
// instead of a DOM of every member that each field is then looked up in
// (ParseJsonlLine went from 18.0M to 16.5M instructions per 1k articles).
// As the DOM's lookup did, the first member of a name decides (a later one
// is ignored), null is absent, and only the root object's members count.
class RecordFields : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RecordFields> {
 public:
  enum Field { kId, kText, kTitle, kUrl, kDate, kOutlet, kFieldCount };
  struct Value {
    FieldState state = FieldState::Absent;
    std::string_view text;
    bool escaped = false;  // `text` is a string as written in the JSON (AppendValue unescapes it)
  };

  bool root_is_object() const { return root_is_object_; }
  const Value& operator[](Field f) const { return values_[f]; }

  // The fields of a flat record (ReadFlatJsonObject), by the same rules as
  // the parser's events below; false, with nothing read, for any other record.
  bool ReadFlat(std::string_view json) {
    FlatJsonObject object;
    if (!ReadFlatJsonObject(json, object)) return false;
    root_is_object_ = true;
    for (std::size_t m = 0; m < object.size; ++m) {
      const Field f = FieldNamed(object.members[m].key);
      if (f == kFieldCount || std::exchange(seen_[f], true)) continue;
      const FlatJsonValue& value = object.members[m].value;
      switch (value.kind) {
        case FlatJsonValue::Kind::String: values_[f] = {FieldState::Ok, value.raw, value.escaped}; break;
        case FlatJsonValue::Kind::Integer:
          values_[f] = {f == kId ? FieldState::Ok : FieldState::WrongType, value.raw, false};
          break;
        case FlatJsonValue::Kind::Null: break;
      }
    }
    return true;
  }

  bool StartObject() {
    if (depth_ == 0) root_is_object_ = true;
    return Container();
  }
  bool StartArray() { return Container(); }
  bool EndObject(rapidjson::SizeType) { return --depth_, true; }
  bool EndArray(rapidjson::SizeType) { return --depth_, true; }
  bool Key(const char* name, rapidjson::SizeType length, bool) {
    if (depth_ != 1) return true;
    const Field f = FieldNamed(std::string_view(name, length));
    pending_ = f == kFieldCount || std::exchange(seen_[f], true) ? kFieldCount : f;
    return true;
  }
  // Copied only when the parse is not in place (its strings are then gone after the call).
  bool String(const char* s, rapidjson::SizeType length, bool copy) {
    if (Field f = Take(); f != kFieldCount) {
      values_[f].state = FieldState::Ok;
      values_[f].text = copy ? std::string_view(owned_[f].assign(s, length)) : std::string_view(s, length);
    }
    return true;
  }
  // An integer id is its digits, as std::to_string writes them.
  bool Int(int i) { return Integer(std::to_string(i)); }
  bool Uint(unsigned u) { return Integer(std::to_string(u)); }
  bool Int64(int64_t i) { return Integer(std::to_string(i)); }
  bool Uint64(uint64_t u) { return Integer(std::to_string(u)); }
  bool Null() { return Take(), true; }
  bool Default() {  // a boolean or a number with a fraction
    if (Field f = Take(); f != kFieldCount) values_[f].state = FieldState::WrongType;
    return true;
  }

 private:
  // By the key's size first: one comparison of bytes at most but for "text"
  // and "date" (a loop over the six names compared each).
  static Field FieldNamed(std::string_view key) {
    switch (key.size()) {
      case 2: return key == "id" ? kId : kFieldCount;
      case 3: return key == "url" ? kUrl : kFieldCount;
      case 4: return key == "text" ? kText : key == "date" ? kDate : kFieldCount;
      case 5: return key == "title" ? kTitle : kFieldCount;
      case 6: return key == "outlet" ? kOutlet : kFieldCount;
      default: return kFieldCount;
    }
  }
  // The field whose value this is, once: kFieldCount for any other value.
  Field Take() {
    if (depth_ != 1) return kFieldCount;
    return std::exchange(pending_, kFieldCount);
  }
  bool Container() {
    if (Field f = Take(); f != kFieldCount) values_[f].state = FieldState::WrongType;
    ++depth_;
    return true;
  }
  bool Integer(std::string digits) {
    if (Field f = Take(); f == kId) {
      values_[f].state = FieldState::Ok;
      values_[f].text = owned_[f] = std::move(digits);
    } else if (f != kFieldCount) {
      values_[f].state = FieldState::WrongType;
    }
    return true;
  }

  Value values_[kFieldCount];
  std::string owned_[kFieldCount];
  bool seen_[kFieldCount] = {};
  Field pending_ = kFieldCount;
  int depth_ = 0;
  bool root_is_object_ = false;
};

// Whether the record's strings may decode to a control that
// CleanControlCharacters changes. Raw bytes below 0x20 cannot reach them: the
// line is cleaned before the parse (DecodeOwnedAs keeps only lines without
// any, DecodeAs cleans the rest) and rapidjson rejects them inside strings.
// Only the escapes \b, \f, \r and \uXXXX can make one, and a news record
// has none (its escapes are \n and \"): one memchr hop per backslash (about
// 1.2M instructions per 1k articles) spares the scans of all six strings
// (2.1M): ParseJsonlLine went from 18.9M to 18.0M.
bool MayEscapeControl(std::string_view json) {
  const char* p = json.data();
  const char* const end = p + json.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\\', static_cast<std::size_t>(end - p)))) != nullptr) {
    if (p + 1 == end) return true;
    const char c = p[1];
    if (c == 'b' || c == 'f' || c == 'r' || c == 'u') return true;
    p += 2;  // past the escaped byte: "\\\\u" is a backslash, then a 'u'
  }
  return false;
}

// The value of a field read as a string: unescaped when read by
// ReadFlatJsonObject, as it is when the parser unescaped it.
void AppendValue(std::string& out, const RecordFields::Value& value) {
  if (value.escaped) AppendUnescaped(out, value.text);
  else out.append(value.text);
}

void AssignValue(std::string& out, const RecordFields::Value& value) {
  out.clear();
  AppendValue(out, value);
}

// The fields of a record that is not flat (ReadFlatJsonObject), parsed by
// rapidjson in place: its strings are unescaped inside `json`, which is
// spoiled, instead of copied into the parse. False, with the issue, when
// `json` is no JSON.
bool ParseFields(std::string& json, const std::string& where, RecordFields& fields, ReadResult& result) {
  // The reader's stack holds one count per open object or array: a buffer
  // on the stack serves it (deeper nesting gets heap blocks), where its
  // first block was an allocation and release per record.
  alignas(8) char pool_buffer[1024];
  rapidjson::MemoryPoolAllocator<> pool(pool_buffer, sizeof pool_buffer);
  rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>> reader(&pool);
  // Iterative: a line of a million '[' must not overflow the stack. No
  // kParseStopWhenDoneFlag: anything after the object makes the record invalid.
  // rapidjson's SIMD scan works on NUL-terminated input only; decoded text has
  // no NULs (DecodeAs removes them), which the check keeps true.
  if (std::memchr(json.data(), '\0', json.size()) == nullptr) {
    rapidjson::InsituStringStream in(json.data());
    reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseInsituFlag>(in, fields);
  } else {
    rapidjson::MemoryStream bytes(json.data(), json.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(bytes);
    reader.Parse<rapidjson::kParseIterativeFlag>(in, fields);
  }
  if (!reader.HasParseError()) return true;
  std::string message = rapidjson::GetParseError_En(reader.GetParseErrorCode());
  if (!message.empty() && message.back() == '.') message.pop_back();
  result.issues.push_back(
      {where, "invalid JSON at byte " + std::to_string(reader.GetErrorOffset() + 1) + ": " + message, true});
  return false;
}

// The article from a record's fields, or the issues that keep it out.
// `may_escape_control`: the strings may hold controls to clean.
void BuildArticle(const RecordFields& fields, bool may_escape_control, const std::string& where, ReadResult& result) {
  if (!fields.root_is_object()) {
    result.issues.push_back({where, "record is not a JSON object", true});
    return;
  }
  // Built where it is delivered, and taken back out on any issue that keeps
  // it out: built aside, it was moved there (seven strings) and destroyed.
  struct Delivery {
    std::vector<RawArticle>& articles;
    bool done = false;
    ~Delivery() {
      if (!done) articles.pop_back();
    }
  } delivery{result.articles};
  RawArticle& article = result.articles.emplace_back();
  switch (fields[RecordFields::kId].state) {
    case FieldState::Absent:
      result.issues.push_back({where, "record has no \"id\"", true});
      return;
    case FieldState::WrongType:
      result.issues.push_back({where, "record's \"id\" is not a string or an integer", true});
      return;
    case FieldState::Ok: break;
  }
  AssignValue(article.source, fields[RecordFields::kId]);
  std::size_t controls = may_escape_control ? CleanControlCharacters(article.source) : 0;
  MakeOneLine(article.source);
  if (IsBlank(article.source)) {
    result.issues.push_back({where, "record has an empty \"id\"", true});
    return;
  }
  if (article.source.size() > kMaxIdBytes) {
    result.issues.push_back(
        {where, "record's \"id\" is longer than " + std::to_string(kMaxIdBytes) + " bytes", true});
    return;
  }
  // Named in messages only: built when one is written, where it was a heap
  // block (and one more for the size check's prefix) for every article.
  auto record = [&] { return "record \"" + article.source + "\""; };
  if (fields[RecordFields::kText].state == FieldState::WrongType) {
    result.issues.push_back({where, record() + ": \"text\" is not a string", true});
    return;
  }
  // The text goes straight into the article, after its title: it is copied
  // once, where it was copied out of the DOM first.
  std::string title;
  if (fields[RecordFields::kTitle].state == FieldState::Ok) AssignValue(title, fields[RecordFields::kTitle]);
  if (may_escape_control) controls += CleanControlCharacters(title);
  // A view of `title` itself when it has nothing to collapse (nearly every
  // title), which the article then takes whole: no copy of it.
  std::string collapsed;
  const std::string_view full_title = CollapsedView(collapsed, title);
  const std::size_t text_begin = full_title.empty() ? 0 : full_title.size() + 2;
  article.text.reserve(text_begin + fields[RecordFields::kText].text.size() + kUnescapeRoom);
  if (!full_title.empty()) article.text.append(full_title).append("\n\n");
  AppendValue(article.text, fields[RecordFields::kText]);
  // The title is collapsed already, with no control left to count.
  if (may_escape_control) controls += CleanControlCharacters(article.text);
  const std::string_view text = std::string_view(article.text).substr(text_begin);
  if (IsBlank(text)) {
    result.issues.push_back({where, record() + " has no \"text\"", true});
    return;
  }
  struct Optional {
    RecordFields::Field field;
    const char* name;
    std::string* value;
  } optional[] = {{RecordFields::kTitle, "title", nullptr},
                  {RecordFields::kUrl, "url", &article.url},
                  {RecordFields::kDate, "date", &article.published},
                  {RecordFields::kOutlet, "outlet", &article.outlet}};
  for (auto& field : optional) {
    const RecordFields::Value& value = fields[field.field];
    if (value.state == FieldState::WrongType)
      result.issues.push_back({where, record() + ": \"" + field.name + "\" is not a string; ignored", false});
    if (field.value == nullptr) continue;  // the title, read above
    if (value.state == FieldState::Ok) AssignValue(*field.value, value);
    if (may_escape_control) controls += CleanControlCharacters(*field.value);
    MakeOneLine(*field.value);
  }
  if (controls)
    result.issues.push_back({where, record() + ": " + std::to_string(controls) +
                                        " control characters in its strings removed or replaced with spaces", false});
  if (!CheckArticleText(text.size() + title.size(), where, result.issues)) {
    result.issues.back().reason.insert(0, record() + ": ");  // named only when it is written
    return;
  }
  // Collapsed already: MakeTitle, which collapses again, only has to shorten a long one.
  if (full_title.size() > kMaxTitleBytes) article.title = MakeTitle(full_title);
  else if (full_title.data() == title.data()) article.title = std::move(title);
  else article.title = std::move(collapsed);
  delivery.done = true;  // input_path: the caller's (ParseUtf8Record)
}

// Parses one record whose text is already UTF-8. A flat record (nearly every
// one) is read by ReadFlatJsonObject, which leaves `json` as it is and needs
// no cleaning of controls (it takes none of the escapes that make one); any
// other by rapidjson.
void ParseRecord(std::string& json, const std::string& where, ReadResult& result) {
  RecordFields fields;
  bool may_escape_control = false;
  if (!fields.ReadFlat(json)) {
    may_escape_control = MayEscapeControl(json);
    if (!ParseFields(json, where, fields, result)) return;
  }
  BuildArticle(fields, may_escape_control, where, result);
}

// One record from UTF-8 (or repairable) bytes the caller gives up: a clean
// line is parsed in its own bytes, with no copy at all. `where` becomes the
// article's input_path, moved there, not copied.
ReadResult ParseUtf8Record(std::string&& line, std::string where) {
  ReadResult result;
  // A flat record is valid UTF-8 without control bytes (ReadFlatJsonObject
  // checks as it reads), which decoding leaves as it is: read before any
  // decoding, its bytes are gone over once where the decoder's check took a
  // pass of its own (DecodeOwnedAs, 2.2M instructions per 1k articles).
  // ParseJsonlLine went from 16.6M (with rapidjson) to 12.1M.
  if (RecordFields fields; fields.ReadFlat(line)) {
    BuildArticle(fields, false, where, result);
  } else {
    DecodedText decoded = DecodeOwnedAs(std::move(line), SourceEncoding::Utf8);
    if (!decoded.warning.empty()) result.issues.push_back({where, decoded.warning, false});
    if (!IsBlank(decoded.text)) ParseRecord(decoded.text, where, result);
  }
  if (!result.articles.empty()) result.articles.back().input_path = std::move(where);
  return result;
}

}  // namespace

ReadResult ParseJsonlRecord(std::string_view line, const std::string& where) {
  return ParseUtf8Record(std::string(line), where);
}

namespace {
constexpr std::size_t kReadBlock = 1 << 20;
}  // namespace

ReadResult ParseJsonlLine(const JsonlLine& line) { return ParseJsonlLine(JsonlLine(line)); }

ReadResult ParseJsonlLine(JsonlLine&& line) {
  if (line.too_long) {
    ReadResult r;
    r.issues.push_back(
        {line.where, "record too large: over " + std::to_string(JsonlReader::kMaxRecordBytes >> 20) + " MiB", true});
    return r;
  }
  if (line.encoding == SourceEncoding::Utf8) return ParseUtf8Record(std::move(line.bytes), std::move(line.where));
  ReadResult r;
  DecodedText decoded = DecodeAs(line.bytes, line.encoding);
  if (decoded.replaced || decoded.nuls_removed || decoded.controls_replaced)
    r.issues.push_back({line.where, decoded.warning, false});
  if (!IsBlank(decoded.text)) ParseRecord(decoded.text, line.where, r);
  if (!r.articles.empty()) r.articles.back().input_path = std::move(line.where);
  return r;
}

// Keeps what is still unread and reads a block after it, into memory that is
// not cleared first: a string resized to read into was zeroed a MiB at a time,
// 4.2M instructions per 1k articles (2.8 MB).
bool JsonlReader::Fill() {
  const std::size_t have = size_ - pos_;
  if (have + kReadBlock > capacity_) {
    auto bigger = std::make_unique_for_overwrite<char[]>(have + kReadBlock);
    if (have) std::memcpy(bigger.get(), buffer_.get() + pos_, have);
    buffer_ = std::move(bigger);
    capacity_ = have + kReadBlock;
  } else if (have) {
    std::memmove(buffer_.get(), buffer_.get() + pos_, have);
  }
  pos_ = 0;
  std::streamsize got = in_.sgetn(buffer_.get() + have, static_cast<std::streamsize>(kReadBlock));
  size_ = have + static_cast<std::size_t>(std::max<std::streamsize>(0, got));
  return size_ > have;
}

int JsonlReader::Get() {
  if (pos_ == size_ && !Fill()) return std::char_traits<char>::eof();
  ++bytes_read_;
  return static_cast<unsigned char>(buffer_[pos_++]);
}

bool JsonlReader::Start(std::vector<InputIssue>& issues) {
  started_ = true;
  Fill();
  std::string_view h = Buffered().substr(0, 4096);
  if (auto kind = DescribeBinary(h)) {
    issues.push_back({where_, NotTextReason(*kind, "JSON Lines"), true});
    return false;
  }
  bool little_endian = false;
  if (h.substr(0, 4) == std::string_view("\xFF\xFE\x00\x00", 4) || h.substr(0, 4) == std::string_view("\x00\x00\xFE\xFF", 4)) {
    encoding_ = h[0] == '\xFF' ? SourceEncoding::Utf32LE : SourceEncoding::Utf32BE;
    unit_ = 4;
    pos_ = 4;
  } else if (h.substr(0, 2) == "\xFF\xFE" || h.substr(0, 2) == "\xFE\xFF") {
    encoding_ = h[0] == '\xFF' ? SourceEncoding::Utf16LE : SourceEncoding::Utf16BE;
    unit_ = 2;
    pos_ = 2;
  } else if (LooksLikeUtf16WithoutBom(h, little_endian)) {
    encoding_ = little_endian ? SourceEncoding::Utf16LE : SourceEncoding::Utf16BE;
    unit_ = 2;
  } else if (h.substr(0, 3) == "\xEF\xBB\xBF") {
    pos_ = 3;
  }
  bytes_read_ = pos_;
  if (unit_ > 1)
    issues.push_back({where_, std::string("JSON Lines should be UTF-8: converted from ") +
                                  (unit_ == 4 ? "UTF-32" : "UTF-16") +
                                  (encoding_ == SourceEncoding::Utf16LE || encoding_ == SourceEncoding::Utf32LE
                                       ? "LE" : "BE"), false});
  return true;
}

// UTF-8 lines: whole runs up to the next line feed are found with memchr and
// copied at once.
bool JsonlReader::ReadUtf8Line(std::string& line, bool& too_long) {
  bool any = false;
  while (pos_ < size_ || Fill()) {
    any = true;
    const char* begin = buffer_.get() + pos_;
    std::size_t left = size_ - pos_;
    const void* feed = std::memchr(begin, '\n', left);
    std::size_t run = feed ? static_cast<std::size_t>(static_cast<const char*>(feed) - begin) : left;
    if (!too_long && line.size() + run <= kMaxRecordBytes) line.append(begin, run);
    else too_long = true, line.clear();  // keep reading to the line's end, holding nothing
    pos_ += run + (feed ? 1 : 0);
    bytes_read_ += run + (feed ? 1 : 0);
    if (feed) return true;
  }
  return any;
}

// Raw bytes of the next line, without its line feed; false at end of input.
bool JsonlReader::ReadLine(std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  if (unit_ == 1) return ReadUtf8Line(line, too_long);
  bool any = false;
  char unit[4];
  while (true) {
    std::size_t got = 0;
    for (; got < unit_; ++got) {
      int c = Get();
      if (c == std::char_traits<char>::eof()) break;
      unit[got] = static_cast<char>(c);
    }
    if (got == 0) return any;
    any = true;
    bool feed = got == unit_;
    for (std::size_t k = 0; k < got && feed; ++k) {
      bool low_byte = encoding_ == SourceEncoding::Utf16LE || encoding_ == SourceEncoding::Utf32LE ? k == 0
                                                                                                   : k == unit_ - 1;
      feed = unit[k] == (low_byte ? '\n' : '\0');
    }
    if (feed) return true;
    if (!too_long && line.size() + got <= kMaxRecordBytes) line.append(unit, got);
    else too_long = true, line.clear();
    if (got < unit_) return true;
  }
}

bool JsonlReader::NextLine(JsonlLine& line, std::vector<InputIssue>& issues) {
  if (stopped_) return false;
  if (!started_ && !Start(issues)) {
    stopped_ = true;
    return false;
  }
  while (ReadLine(line.bytes, line.too_long)) {
    ++line_;
    line.where = where_ + ":" + std::to_string(line_);
    line.encoding = encoding_;
    return true;
  }
  stopped_ = true;
  return false;
}

bool JsonlReader::Next(RawArticle& article, std::vector<InputIssue>& issues) {
  JsonlLine line;
  while (NextLine(line, issues)) {
    ReadResult r = ParseJsonlLine(std::move(line));  // NextLine refills all of it
    issues.insert(issues.end(), r.issues.begin(), r.issues.end());
    if (!r.articles.empty()) {
      article = std::move(r.articles.front());
      return true;
    }
  }
  return false;
}

}  // namespace pejabat
