#include "extract/ingest/flat_json.h"

#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/text_util.h"

namespace pejabat {
namespace {

// JSON's white space but the carriage return, a control byte that decoding
// changes: a line with one is left to the full parser.
bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A byte of 0x80 and up starts a multi-byte UTF-8 sequence (or is no UTF-8).
bool IsHigh(char c) { return static_cast<unsigned char>(c) >= 0x80; }

#if defined(__SSE2__)
// One bit per byte of the 16 at `p` that is a quote, a backslash, a control
// or of 0x80 and up. The last two are one signed comparison: bytes of 0x80
// and up are the negative ones.
unsigned SpecialBits(const char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                                   _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
  return static_cast<unsigned>(_mm_movemask_epi8(hit));
}
#endif

// The length of the valid UTF-8 sequence at `p` (its first byte 0x80 or up),
// 0 when it is none: as the decoder judges it (IsCleanUtf8), so that a line
// read here is one it would leave as it is.
std::size_t SequenceLength(const char* p, const char* end) {
  const unsigned char c = static_cast<unsigned char>(*p);
  const std::size_t n = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || static_cast<std::size_t>(end - p) < n) return 0;
  return IsValidUtf8(std::string_view(p, n)) ? n : 0;
}

// The first quote, backslash, control or high byte in [p, end), or end: 16
// bytes a step.
const char* NextSpecial(const char* p, const char* end) {
#if defined(__SSE2__)
  for (; end - p >= 16; p += 16)
    if (const unsigned bits = SpecialBits(p)) return p + std::countr_zero(bits);
#endif
  while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20 && !IsHigh(*p)) ++p;
  return p;
}

// The byte after the escape or the UTF-8 sequence at `s` (a special byte but
// a quote), or nullptr when it is neither or one not read here.
const char* PastEscapeOrSequence(const char* s, const char* end, bool& escaped) {
  if (IsHigh(*s)) {
    const std::size_t n = SequenceLength(s, end);
    return n == 0 ? nullptr : s + n;
  }
  if (*s != '\\' || end - s < 2) return nullptr;
  const char e = s[1];
  if (e != '"' && e != '\\' && e != '/' && e != 'n' && e != 't') return nullptr;
  escaped = true;
  return s + 2;
}

// The closing quote of the string whose bytes start at `p`, or nullptr when it
// has none, a control byte, a byte that is no UTF-8, or an escape not read here.
// 32 bytes a step, every special byte of a step taken from its bits: when
// each escape ended a scan and the next scan loaded its bytes again,
// StringEnd took 5.1M instructions per 1k articles (a news text has an
// escape about every 80 bytes).
const char* StringEnd(const char* p, const char* end, bool& escaped) {
  escaped = false;
#if defined(__SSE2__)
  while (end - p >= 32) {
    const char* next = p + 32;
    for (unsigned bits = SpecialBits(p) | SpecialBits(p + 16) << 16; bits != 0;) {
      const char* const s = p + std::countr_zero(bits);
      if (*s == '"') return s;
      const char* const after = PastEscapeOrSequence(s, end, escaped);
      if (after == nullptr) return nullptr;
      if (after >= next) {  // an escape or a sequence that ends in the next step
        next = after;
        break;
      }
      bits &= ~0u << (after - p);
    }
    p = next;
  }
#endif
  while (true) {
    p = NextSpecial(p, end);
    if (p == end) return nullptr;
    if (*p == '"') return p;
    p = PastEscapeOrSequence(p, end, escaped);
    if (p == nullptr) return nullptr;
  }
}

char Unescaped(char e) { return e == 'n' ? '\n' : e == 't' ? '\t' : e; }

}  // namespace

bool ReadFlatJsonObject(std::string_view json, FlatJsonObject& object) {
  object.size = 0;
  const char* p = json.data();
  const char* const end = p + json.size();
  auto skip_space = [&] {
    while (p < end && IsJsonSpace(*p)) ++p;
  };
  skip_space();
  if (p == end || *p != '{') return false;
  ++p;
  skip_space();
  if (p != end && *p == '}') {
    ++p;
    skip_space();
    return p == end;
  }
  while (true) {
    if (p == end || *p != '"' || object.size == FlatJsonObject::kMaxMembers) return false;
    bool escaped = false;
    const char* const key = p + 1;
    const char* const key_end = StringEnd(key, end, escaped);
    if (key_end == nullptr || escaped) return false;
    p = key_end + 1;
    skip_space();
    if (p == end || *p != ':') return false;
    ++p;
    skip_space();
    if (p == end) return false;
    FlatJsonMember& member = object.members[object.size++];
    member.key = std::string_view(key, static_cast<std::size_t>(key_end - key));
    if (*p == '"') {
      const char* const value = p + 1;
      const char* const value_end = StringEnd(value, end, escaped);
      if (value_end == nullptr) return false;
      member.value = {FlatJsonValue::Kind::String, std::string_view(value, static_cast<std::size_t>(value_end - value)),
                      escaped};
      p = value_end + 1;
    } else if (IsDigit(*p)) {
      // No leading zeros and at most 18 digits: the digits are then the
      // integer as std::to_string writes it, and fit every integer type.
      const char* const digits = p;
      if (*p == '0') ++p;
      else
        while (p != end && IsDigit(*p) && p - digits < 18) ++p;
      if (p != end && (IsDigit(*p) || *p == '.' || *p == 'e' || *p == 'E')) return false;
      member.value = {FlatJsonValue::Kind::Integer, std::string_view(digits, static_cast<std::size_t>(p - digits)),
                      false};
    } else if (end - p >= 4 && std::memcmp(p, "null", 4) == 0) {
      member.value = {FlatJsonValue::Kind::Null, {}, false};
      p += 4;
    } else {
      return false;
    }
    skip_space();
    if (p == end) return false;
    if (*p == '}') {
      ++p;
      skip_space();
      return p == end;
    }
    if (*p != ',') return false;
    ++p;
    skip_space();
  }
}

// The string is copied first (memcpy), with 32 bytes of room before it, and
// unescaped towards the front, 32 bytes at a time: each block is stored as
// loaded, and the write position moves on by the bytes before its first
// backslash. A store never reaches bytes not read yet, as the write position
// stays 32 bytes or more behind the read one. Appending the runs between
// escapes took about 100 instructions an escape (a news text has one about
// every 80 bytes: its line breaks and quotation marks), making room for the
// text first cleared it (memset) before it was overwritten.
void AppendUnescaped(std::string& out, std::string_view raw) {
  constexpr std::size_t kRoom = kUnescapeRoom;
  const std::size_t start = out.size();
  out.reserve(start + kRoom + raw.size());
  out.append(kRoom, ' ').append(raw);
  char* dst = out.data() + start;
  const char* p = dst + kRoom;
  const char* const end = p + raw.size();
#if defined(__SSE2__)
  const __m128i backslash = _mm_set1_epi8('\\');
  while (end - p >= 32) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst), x);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + 16), y);
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, backslash))) |
                          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(y, backslash))) << 16;
    if (mask == 0) {
      p += 32;
      dst += 32;
      continue;
    }
    const int k = std::countr_zero(mask);
    dst[k] = Unescaped(p[k + 1]);
    p += k + 2;
    dst += k + 1;
  }
#endif
  while (p < end) {
    if (*p == '\\') {
      *dst++ = Unescaped(p[1]);
      p += 2;
    } else {
      *dst++ = *p++;
    }
  }
  out.resize(static_cast<std::size_t>(dst - out.data()));
}

}  // namespace pejabat
