#include "extract/text_util.h"

#include <cstdint>
#include <cstring>

namespace pejabat {

std::string_view TrimView(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && IsAsciiSpace(s[b])) ++b;
  while (e > b && IsAsciiSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string Trim(std::string_view s) { return std::string(TrimView(s)); }

std::string FoldCase(std::string_view s) {
  std::string out(s);
  // Branch-free, so that the compiler can fold many bytes at once (whole articles pass here).
  for (char& c : out) c = FoldAscii(c);
  return out;
}

// CollapseSpaces and Slug write through a pointer into a string sized for the
// worst case and cut it at the end: appending byte by byte checked the capacity
// at every byte (both run on every name the resolver builds).
std::string CollapseSpaces(std::string_view s) {
  std::string out;
  AssignCollapsedSpaces(out, s);
  return out;
}

// Whether any of the eight bytes of `x` is below 0x21 (white space is 9 to 13
// and 32); exact, with no false positive when there is none.
static bool HasByteBelowBang(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  return ((x - kOnes * 0x21) & ~x & (kOnes * 0x80)) != 0;
}

// Whether `s` has nothing to collapse: no byte below 0x20 (the white space
// other than ' ' is 9 to 13), no space first or last, no two side by side.
// Eight bytes at a time: names and mentions are nearly always so, and are
// then copied whole, where the byte loop took 600 instructions for each
// written form of an office. The bytes after the last eight are tested as
// the string's last eight, again in part (a byte loop for them took a
// quarter of the time, and mispredicted its exit).
static bool IsCollapsed(std::string_view s) {
  const std::size_t n = s.size();
  if (n == 0) return true;
  if (s.front() == ' ' || s.back() == ' ') return false;
  if (n < 8) {
    bool space_before = false;
    for (char ch : s) {
      unsigned char c = static_cast<unsigned char>(ch);
      if (c < 0x20 || (c == ' ' && space_before)) return false;
      space_before = c == ' ';
    }
    return true;
  }
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = kOnes * 0x80, kLow7 = kOnes * 0x7F;
  // Whether the eight bytes at `at` are collapsed, the byte before them a
  // space or not: byte k is bits 8k to 8k+7 (little-endian loads).
  auto chunk = [&](std::size_t at, bool space_before) {
    uint64_t x;
    std::memcpy(&x, s.data() + at, 8);
    if (((x - kOnes * 0x20) & ~x & kHigh) != 0) return false;  // a byte below 0x20
    uint64_t t = x ^ (kOnes * ' ');
    uint64_t spaces = ~(((t & kLow7) + kLow7) | t | kLow7);  // 0x80 in each byte that is ' '
    // A space next to the one before it, within the chunk or across its start.
    return (spaces & (spaces << 8)) == 0 && !(space_before && (spaces & 0x80) != 0);
  };
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8)
    if (!chunk(i, i > 0 && s[i - 1] == ' ')) return false;
  return i == n || chunk(n - 8, s[n - 9] == ' ');
}

void AssignCollapsedSpaces(std::string& out, std::string_view s) {
  if (IsCollapsed(s)) {
    out.assign(s);
    return;
  }
  out.resize(s.size());
  char* const begin = out.data();
  char* o = begin;
  bool pending = false;
  std::size_t i = 0;
  while (i < s.size()) {
    // Eight bytes with no space among them are copied at once: names run
    // several letters between spaces (the resolver collapses every written
    // form of an office, person and post).
    if (uint64_t x; i + 8 <= s.size() && (std::memcpy(&x, s.data() + i, 8), !HasByteBelowBang(x))) {
      if (pending) *o++ = ' ';
      pending = false;
      std::memcpy(o, &x, 8);
      o += 8;
      i += 8;
      continue;
    }
    char c = s[i++];
    if (IsAsciiSpace(c)) {
      pending = o != begin;
    } else {
      if (pending) *o++ = ' ';
      pending = false;
      *o++ = c;
    }
  }
  out.resize(static_cast<std::size_t>(o - begin));
}

std::string_view CollapsedView(std::string& buffer, std::string_view s) {
  if (IsCollapsed(s)) return s;
  AssignCollapsedSpaces(buffer, s);
  return buffer;
}

namespace {
// What a byte becomes in a slug: letters lower case, digits and non-ASCII
// bytes as they are, anything else 0 (a separator). One load per byte instead
// of five comparisons: Slug makes every key of the resolver.
struct SlugTable {
  char to[256];
  constexpr SlugTable() : to() {
    for (int c = 0; c < 256; ++c) {
      bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
      to[c] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : keep ? static_cast<char>(c) : '\0';
    }
  }
};
constexpr SlugTable kSlug;
}  // namespace

// 0x80 in each byte of `x` that is an ASCII letter, 0 in every other: exact,
// each byte tested on its own (the sums stay within the byte).
static uint64_t LetterBytes(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = kOnes * 0x80, kLow7 = kOnes * 0x7F;
  const uint64_t y = (x | (kOnes * 0x20)) & kLow7;  // letters as lower case, the high bit apart
  const uint64_t from_a = y + kOnes * (0x80 - 'a');  // high bit: at least 'a'
  const uint64_t past_z = y + kOnes * (0x80 - 'z' - 1);  // high bit: past 'z'
  return from_a & ~past_z & ~x & kHigh;
}

std::string Slug(std::string_view s) {
  std::string out;
  AppendSlug(out, s);
  return out;
}

void AppendSlug(std::string& out, std::string_view s) {
  std::size_t start = out.size();
  out.resize(start + 2 * s.size());  // at most a dash before each byte
  char* const begin = out.data() + start;
  char* o = begin;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* const end = p + s.size();
  // Run by run: separators are skipped, and every run of kept bytes but the
  // first is joined by one dash, with no test per byte for a pending dash.
  for (;;) {
    while (p != end && !kSlug.to[*p]) ++p;
    if (p == end) break;
    if (o != begin) *o++ = '-';
    // The letters of eight bytes at a time, lower-cased and stored together,
    // however few lead (most words of names are shorter than eight, and went
    // byte by byte: AppendSlug 7.1M -> 6.7M instructions per 1k articles);
    // then the byte after them one at a time (a digit, a byte of UTF-8, or a
    // separator). The store of eight is in room: the output has two bytes
    // for each byte of `s`, and eight of `s` are left.
    for (;;) {
      if (end - p >= 8) {
        uint64_t x;
        std::memcpy(&x, p, 8);
        const uint64_t letters = LetterBytes(x);
        x |= 0x2020202020202020ull;
        std::memcpy(o, &x, 8);
        const std::size_t n = letters == 0x8080808080808080ull
                                  ? 8
                                  : static_cast<std::size_t>(__builtin_ctzll(~letters & 0x8080808080808080ull)) / 8;
        p += n;
        o += n;
        if (n == 8) continue;
      }
      char m;
      if (p == end || (m = kSlug.to[*p]) == 0) break;
      *o++ = m;
      ++p;
    }
  }
  out.resize(start + static_cast<std::size_t>(o - begin));
}

bool IsValidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Runs of ASCII, eight bytes at a time: most text is nearly all ASCII.
    if (uint64_t x; i + 8 <= s.size() && (std::memcpy(&x, s.data() + i, 8), (x & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    std::size_t n;
    unsigned cp;
    if ((c >> 5) == 0x6) { n = 1; cp = c & 0x1F; }
    else if ((c >> 4) == 0xE) { n = 2; cp = c & 0x0F; }
    else if ((c >> 3) == 0x1E) { n = 3; cp = c & 0x07; }
    else return false;
    if (i + n >= s.size()) return false;
    for (std::size_t k = 1; k <= n; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Reject overlong forms, surrogates and values past U+10FFFF.
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += n + 1;
  }
  return true;
}

bool StartsWithUpper(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

bool EqualsFolded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  // Eight bytes written alike are equal folded too; only chunks that differ
  // are folded byte by byte (a written form is mostly the canonical name as
  // it is, compared for every alias).
  std::size_t i = 0;
  for (; i + 8 <= a.size(); i += 8) {
    uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x == y) continue;
    for (std::size_t k = i; k < i + 8; ++k)
      if (FoldAscii(a[k]) != FoldAscii(b[k])) return false;
  }
  for (; i < a.size(); ++i)
    if (FoldAscii(a[i]) != FoldAscii(b[i])) return false;
  return true;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  ForEachWord(s, [&](std::string_view word) {
    out.emplace_back(word);
    return true;
  });
  return out;
}

std::vector<std::string> SplitFoldedWords(std::string_view s) {
  std::vector<std::string> out;
  out.reserve(4);  // names: one allocation where growing to three words took three
  ForEachWord(s, [&](std::string_view word) {
    for (char& c : out.emplace_back(word)) c = FoldAscii(c);
    return true;
  });
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

std::string TitleCase(std::string_view s) {
  std::string out(s);
  TitleCaseInPlace(out);
  return out;
}

void TitleCaseInPlace(std::span<char> s) {
  bool start = true;
  for (char& c : s) {
    if (IsAsciiAlpha(c)) {
      if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      start = false;
    } else {
      start = (c == ' ' || c == '-' || c == '(');
    }
  }
}

}  // namespace pejabat
