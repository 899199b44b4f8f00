#include "extract/ingest/text_decoder.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/ingest/binary_sniffer.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Windows-1252's 0x80-0x9F block; 0 marks the five unassigned bytes.
constexpr uint16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

uint32_t Unit(std::string_view b, std::size_t i, std::size_t width, bool little_endian) {
  uint32_t v = 0;
  for (std::size_t k = 0; k < width; ++k) {
    uint32_t byte = static_cast<uint8_t>(b[little_endian ? i + width - 1 - k : i + k]);
    v = (v << 8) | byte;
  }
  return v;
}

// A code point decoded from UTF-16/32, or U+FFFD (counted in `bad`) when it
// is no character: a lone surrogate, beyond U+10FFFF, a cut-off last unit.
void AppendCodePoint(std::string& out, uint32_t u, std::size_t& bad) {
  if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) {
    ++bad;
    out += kReplacement;
  } else {
    AppendUtf8(out, u);
  }
}
constexpr uint32_t kCutOff = 0xFFFFFFFF;  // a trailing odd byte or partial unit

// A trailing odd byte (or partial UTF-32 unit) is a cut-off character: replaced.
std::string FromUtf16(std::string_view bytes, bool little_endian, std::size_t& bad) {
  std::string out;
  out.reserve(bytes.size() / 2 + 16);
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    uint32_t u = Unit(bytes, i, 2, little_endian);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      uint32_t low = Unit(bytes, i + 2, 2, little_endian);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    AppendCodePoint(out, u, bad);
  }
  if (i < bytes.size()) AppendCodePoint(out, kCutOff, bad);
  return out;
}

std::string FromUtf32(std::string_view bytes, bool little_endian, std::size_t& bad) {
  std::string out;
  out.reserve(bytes.size() / 4 + 16);
  std::size_t i = 0;
  for (; i + 3 < bytes.size(); i += 4) {
    AppendCodePoint(out, Unit(bytes, i, 4, little_endian), bad);
  }
  if (i < bytes.size()) AppendCodePoint(out, kCutOff, bad);
  return out;
}

// Length of the valid UTF-8 sequence at `i`, 0 when the byte there starts none.
std::size_t ValidSequenceAt(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  return n == 1 || IsValidUtf8(s.substr(i, n)) ? n : 0;
}

// 8-bit input: UTF-8 when valid; Windows-1252 when that explains every high
// byte and no valid UTF-8 sequence says otherwise; else UTF-8 with each bad
// byte replaced (mostly-UTF-8 text with a few broken bytes is repaired, not
// reinterpreted).
void FromEightBit(std::string_view bytes, DecodedText& r) {
  if (IsValidUtf8(bytes)) {
    r.text.assign(bytes);
    return;
  }
  bool cp1252 = true;
  std::size_t valid_multibyte = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x80 && c <= 0x9F && kCp1252High[c - 0x80] == 0) cp1252 = false;
    std::size_t n = ValidSequenceAt(bytes, i);
    if (n > 1) ++valid_multibyte;
    i += n ? n : 1;
  }
  r.text.reserve(bytes.size() + bytes.size() / 8);
  if (cp1252 && valid_multibyte == 0) {
    r.encoding = SourceEncoding::Windows1252;
    for (unsigned char c : bytes) {
      if (c < 0x80) r.text += static_cast<char>(c);
      else if (c <= 0x9F) AppendUtf8(r.text, kCp1252High[c - 0x80]);
      else AppendUtf8(r.text, c);  // the Latin-1 range maps to itself
    }
    return;
  }
  for (std::size_t i = 0; i < bytes.size();) {
    std::size_t n = ValidSequenceAt(bytes, i);
    if (n) {
      r.text.append(bytes.substr(i, n));
      i += n;
    } else {
      r.text += kReplacement;
      ++r.replaced;
      ++i;
    }
  }
}

// Whether a byte is one CleanControls changes: NUL, CR, a form or vertical
// feed or another C0 control (tab and LF stay).
bool IsCleanedControl(char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n'; }

// What a block of 16 bytes holds, one bit per byte: the controls CleanControls
// changes, and the bytes of multi-byte UTF-8 sequences (0x80 and up). Most
// text has neither in most blocks, so the scans below look at 16 bytes at a
// time instead of one.
struct BlockBits {
  unsigned controls = 0, high = 0;
};
constexpr std::size_t kBlock = 16;
constexpr std::size_t kChunk = 4 * kBlock;

BlockBits ScanBlock(const char* p) {
  BlockBits bits;
#if defined(__SSE2__)
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i below_space = _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
  const __m128i kept = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n')));
  bits.controls = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(kept, below_space)));
  bits.high = static_cast<unsigned>(_mm_movemask_epi8(x));
#else
  for (std::size_t k = 0; k < kBlock; ++k) {
    bits.controls |= static_cast<unsigned>(IsCleanedControl(p[k])) << k;
    bits.high |= static_cast<unsigned>(static_cast<unsigned char>(p[k]) >= 0x80) << k;
  }
#endif
  return bits;
}

// Whether the 64 bytes at `p` hold a byte below 0x20 (tab and LF too: the
// blocks then tell) or, `with_high`, one of 0x80 and up. The four blocks are
// tested at once through their minimum and their union, about 20
// instructions where ScanBlock on each takes about 50: most text has neither
// in most chunks.
bool AnyBelowSpaceOrHigh(const char* p, bool with_high) {
#if defined(__SSE2__)
  auto load = [p](std::size_t k) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k * kBlock)); };
  const __m128i a = load(0), b = load(1), c = load(2), d = load(3);
  const __m128i low = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
  int mask = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(low, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F)));
  if (with_high) mask |= _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d)));
  return mask != 0;
#else
  for (std::size_t k = 0; k < kChunk; ++k)
    if (static_cast<unsigned char>(p[k]) < 0x20 || (with_high && static_cast<unsigned char>(p[k]) >= 0x80)) return true;
  return false;
#endif
}

// The first byte that CleanControls must change. Most text has none, so the
// text is left untouched. 64 and 16 bytes at a time where the former scan
// took 8-byte words (and went byte by byte through every word holding a line
// feed): CleanControlCharacters on the records' strings went from 9.1M to
// 2.7M instructions per 1k articles.
std::size_t FirstControl(std::string_view s) {
  std::size_t i = 0;
  for (; i + kChunk <= s.size(); i += kChunk) {
    if (!AnyBelowSpaceOrHigh(s.data() + i, false)) continue;
    for (std::size_t k = i; k < i + kChunk; k += kBlock)
      if (unsigned controls = ScanBlock(s.data() + k).controls) return k + static_cast<std::size_t>(std::countr_zero(controls));
  }
  for (; i + kBlock <= s.size(); i += kBlock)
    if (unsigned controls = ScanBlock(s.data() + i).controls) return i + static_cast<std::size_t>(std::countr_zero(controls));
  for (; i < s.size(); ++i)
    if (IsCleanedControl(s[i])) return i;
  return s.size();
}

// Whether Decode would leave UTF-8 `s` as it is: valid UTF-8 (so not
// Windows-1252 either) without a byte CleanControls changes. One pass over
// 64- and 16-byte blocks where there were three over every byte (the search
// for NULs, the validation, the scan for controls: 12.6M instructions per 1k
// articles, now 2.2M); only the bytes of multi-byte sequences are looked at
// one by one.
bool IsCleanUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i + kBlock <= s.size()) {
    if (i + kChunk <= s.size() && !AnyBelowSpaceOrHigh(s.data() + i, true)) {
      i += kChunk;
      continue;
    }
    BlockBits bits = ScanBlock(s.data() + i);
    if (bits.controls) return false;
    std::size_t end = i + kBlock;  // a sequence may run past the block: the next one starts after it
    while (bits.high) {
      const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(bits.high));
      const std::size_t n = ValidSequenceAt(s, at);
      if (n == 0) return false;
      end = std::max(end, at + n);
      bits.high = at + n - i >= kBlock ? 0 : bits.high & (~0u << (at + n - i));
    }
    i = end;
  }
  while (i < s.size()) {
    if (IsCleanedControl(s[i])) return false;
    const std::size_t n = static_cast<unsigned char>(s[i]) < 0x80 ? 1 : ValidSequenceAt(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// NULs go; other C0 controls become spaces; CR LF, lone CR, form feed and
// vertical tab become LF. Works on bytes: below 0x80 a UTF-8 byte is a character.
// In place: the text never grows.
void CleanControls(DecodedText& r) {
  std::string& s = r.text;
  std::size_t out = FirstControl(s);
  for (std::size_t i = out; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\0') {
      ++r.nuls_removed;
    } else if (c == '\r') {
      s[out++] = '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else if (c == '\f' || c == '\v') {
      s[out++] = '\n';
    } else if (IsCleanedControl(c)) {
      s[out++] = ' ';
      ++r.controls_replaced;
    } else {
      s[out++] = c;
    }
  }
  s.resize(out);
}

std::string EncodingName(SourceEncoding e) {
  switch (e) {
    case SourceEncoding::Utf16LE: return "UTF-16LE";
    case SourceEncoding::Utf16BE: return "UTF-16BE";
    case SourceEncoding::Utf32LE: return "UTF-32LE";
    case SourceEncoding::Utf32BE: return "UTF-32BE";
    case SourceEncoding::Windows1252: return "Windows-1252";
    case SourceEncoding::Utf8: break;
  }
  return "UTF-8";
}

void Append(std::string& warning, const std::string& phrase) {
  if (!warning.empty()) warning += "; ";
  warning += phrase;
}

// Decodes `bytes` as r.encoding (Windows1252 is found, not given: it starts as
// Utf8), cleans controls and writes the warning.
void Decode(std::string_view bytes, DecodedText& r) {
  bool little_endian = r.encoding == SourceEncoding::Utf16LE || r.encoding == SourceEncoding::Utf32LE;
  switch (r.encoding) {
    case SourceEncoding::Utf16LE:
    case SourceEncoding::Utf16BE: r.text = FromUtf16(bytes, little_endian, r.replaced); break;
    case SourceEncoding::Utf32LE:
    case SourceEncoding::Utf32BE: r.text = FromUtf32(bytes, little_endian, r.replaced); break;
    case SourceEncoding::Utf8:
    case SourceEncoding::Windows1252: {
      // NULs first: they are single bytes in every 8-bit encoding, and a stray
      // one must not make valid UTF-8 look broken.
      r.encoding = SourceEncoding::Utf8;
      if (std::memchr(bytes.data(), '\0', bytes.size()) == nullptr) {
        FromEightBit(bytes, r);
        break;
      }
      std::string without_nuls;
      without_nuls.reserve(bytes.size());
      for (char c : bytes) {
        if (c == '\0') ++r.nuls_removed;
        else without_nuls += c;
      }
      FromEightBit(without_nuls, r);
      break;
    }
  }
  CleanControls(r);

  if (r.encoding != SourceEncoding::Utf8)
    Append(r.warning, (r.encoding == SourceEncoding::Windows1252 ? "not UTF-8: converted from " : "converted from ") +
                          EncodingName(r.encoding) +
                          (r.encoding != SourceEncoding::Windows1252 && !r.had_bom ? " (no byte order mark)" : ""));
  if (r.replaced)
    Append(r.warning, (r.encoding == SourceEncoding::Utf8 ? "invalid UTF-8: " : "") + std::to_string(r.replaced) +
                          (r.encoding == SourceEncoding::Utf8 ? " bytes" : " invalid code units") +
                          " replaced with U+FFFD");
  if (r.nuls_removed) Append(r.warning, std::to_string(r.nuls_removed) + " NUL bytes removed");
  if (r.controls_replaced)
    Append(r.warning, std::to_string(r.controls_replaced) + " control characters replaced with spaces");
}

}  // namespace

DecodedText DecodeToUtf8(std::string_view bytes) {
  DecodedText r;
  bool little_endian = false;
  if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\x00\x00", 4) ||
      bytes.substr(0, 4) == std::string_view("\x00\x00\xFE\xFF", 4)) {
    r.encoding = bytes[0] == '\xFF' ? SourceEncoding::Utf32LE : SourceEncoding::Utf32BE;
    r.had_bom = true;
    bytes.remove_prefix(4);
  } else if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    r.encoding = bytes[0] == '\xFF' ? SourceEncoding::Utf16LE : SourceEncoding::Utf16BE;
    r.had_bom = true;
    bytes.remove_prefix(2);
  } else if (LooksLikeUtf16WithoutBom(bytes, little_endian)) {
    r.encoding = little_endian ? SourceEncoding::Utf16LE : SourceEncoding::Utf16BE;
  } else if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    r.had_bom = true;
    bytes.remove_prefix(3);
  }
  Decode(bytes, r);
  return r;
}

DecodedText DecodeAs(std::string_view bytes, SourceEncoding encoding) {
  DecodedText r;
  r.encoding = encoding;
  r.had_bom = true;  // the caller found the encoding: no "(no byte order mark)" note per record
  Decode(bytes, r);
  return r;
}

DecodedText DecodeOwnedAs(std::string&& bytes, SourceEncoding encoding) {
  if (encoding != SourceEncoding::Utf8 || !IsCleanUtf8(bytes)) return DecodeAs(bytes, encoding);
  DecodedText r;
  r.text = std::move(bytes);
  r.had_bom = true;  // as DecodeAs
  return r;
}

std::size_t CleanControlCharacters(std::string& text) {
  if (FirstControl(text) == text.size()) return 0;  // most strings: nothing to clean, nor to move about
  DecodedText r;
  r.text = std::move(text);
  CleanControls(r);
  text = std::move(r.text);
  return r.nuls_removed + r.controls_replaced;
}

}  // namespace pejabat
