#include "extract/segment/tokenizer.h"

#include <array>
#include <bit>
#include <cstdint>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pejabat {
namespace {

// Length and code point of the UTF-8 sequence at text[i] (1 for invalid bytes).
std::size_t CharAt(std::string_view text, std::size_t i, uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (i + n > text.size()) n = 1;
  cp = n == 1 ? c : (c & (0x7F >> n));
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  return n;
}

bool IsQuoteCp(uint32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x201E ||
         cp == 0x00AB || cp == 0x00BB;
}
bool IsDashCp(uint32_t cp) { return cp == 0x2013 || cp == 0x2014 || cp == 0x2012 || cp == 0x2015; }
bool IsSpaceCp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 || cp == 0x2009 ||
         cp == 0x200B || cp == 0x202F || cp == 0x3000 || cp == 0xFEFF;
}
bool IsLetterCp(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  // General punctuation and symbols are not letters; other scripts are.
  if (cp >= 0x2000 && cp <= 0x206F) return false;
  if (cp >= 0x00A0 && cp <= 0x00BF) return false;
  if (cp == 0x00D7 || cp == 0x00F7 || cp == 0xFFFD) return false;
  if (cp >= 0x2190 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  return true;
}
bool IsDigitCp(uint32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsUpperCp(uint32_t cp) { return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7); }

// ASCII bytes that continue a word: bit 0 a small letter, bit 1 a capital,
// bit 2 a digit; 0 for everything else (non-ASCII bytes take the decoding path).
constexpr uint8_t kSmall = 1, kCapital = 2, kDigit = 4;
constexpr std::array<uint8_t, 256> kWordBytes = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kSmall;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kCapital;
  for (int c = '0'; c <= '9'; ++c) table[c] = kDigit;
  return table;
}();

// The end of the run of ASCII letters and digits from `j`, on text whose
// byte at `size` is none. Sixteen bytes at a time where sixteen can be read
// (a word is mostly one block: about 14 instructions, where the byte loop
// took 4 to 5 a byte).
std::size_t RunEnd(const unsigned char* bytes, std::size_t j, std::size_t size) {
#if defined(__SSE2__)
  // x in [low, low + n) for each byte: x + (0x80 - low), which moves the
  // range to the lowest signed bytes, is below -128 + n (two instructions,
  // where an unsigned minimum and compare took three and a copy).
  auto in_range = [](__m128i x, char low, char n) {
    return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - low))),
                          _mm_set1_epi8(static_cast<char>(-128 + n)));
  };
  while (j + 16 <= size) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + j));
    // Letters of either case are one range with 0x20 set; bytes above 0x7F
    // stay above it.
    const __m128i letters = in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 26);
    const __m128i digits = in_range(x, '0', 10);
    const unsigned word = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letters, digits)));
    // ~word is never 0 (its upper half is set): no test for a zero operand.
    if (word != 0xFFFF) return j + static_cast<std::size_t>(__builtin_ctz(~word));
    j += 16;
  }
#endif
  while (kWordBytes[bytes[j]]) ++j;
  return j;
}

// The end of the run of spaces from `j`. Cleaning blanks boilerplate with
// spaces, in runs of tens to hundreds (217k of the 507k spaces of the 1k
// benchmark articles, in some 5k runs), each space a turn of the token loop:
// sixteen at a time instead.
std::size_t SpacesEnd(const unsigned char* bytes, std::size_t j, std::size_t size) {
#if defined(__SSE2__)
  while (j + 16 <= size) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + j));
    const unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' '))));
    // ~spaces is never 0 (its upper half is set): no test for a zero operand.
    if (spaces != 0xFFFF) return j + static_cast<std::size_t>(__builtin_ctz(~spaces));
    j += 16;
  }
#endif
  while (j < size && bytes[j] == ' ') ++j;
  return j;
}

// The letters of text[begin, end) and how many are capitals. The word scan
// below only keeps which kinds of character it saw (a count per byte was most
// of its cost); the few questions that need counts ask this.
std::size_t CountLetters(std::string_view text, std::size_t begin, std::size_t end, std::size_t& uppers) {
  std::size_t letters = 0;
  uppers = 0;
  for (std::size_t i = begin; i < end;) {
    uint32_t cp;
    std::size_t n = CharAt(text, i, cp);
    if (IsLetterCp(cp)) {
      ++letters;
      uppers += IsUpperCp(cp);
    }
    i += n;
  }
  return letters;
}

// "Kominfo.Kepala Dinas ...": a full stop with its space left out, between a
// word and the capitalised word that starts the next sentence. A word of four
// or more letters, not all capitals, before the dot and a capital followed by a
// small letter after it: abbreviations and degrees have short parts ("S.Sos",
// "M.Si", "Hj.Siti") and web addresses small letters ("detik.com").
bool GluedSentence(std::string_view text, std::size_t after_dot, std::size_t letters, std::size_t uppers) {
  if (letters < 4 || uppers == letters) return false;
  uint32_t first, second;
  std::size_t n = CharAt(text, after_dot, first);
  if (!IsUpperCp(first) || after_dot + n >= text.size()) return false;
  CharAt(text, after_dot + n, second);
  return IsLetterCp(second) && !IsUpperCp(second);
}

// Whether cp is white space between tokens; a newline also opens the next paragraph.
bool SkipsSpace(uint32_t cp, bool& new_paragraph, uint32_t& paragraph) {
  if (cp == '\n') {
    if (!new_paragraph) ++paragraph;
    new_paragraph = true;
    return true;
  }
  return IsSpaceCp(cp);
}

// The tokenizer proper. `text` must be followed by a byte that is no ASCII
// letter or digit, or end with one: the word scan's tight run then stops by
// itself and needs no bound test per byte (a std::string's NUL serves).
std::vector<Token> TokenizeStopped(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  std::size_t i = 0;
  bool space_before = true, new_paragraph = true;
  uint32_t paragraph = 0;
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (i < text.size()) {
    if (bytes[i] == ' ') {  // the commonest byte between tokens
      space_before = true;
      ++i;
      if (i < text.size() && bytes[i] == ' ') i = SpacesEnd(bytes, i, text.size());
      continue;
    }
    // Nearly every token starts with an ASCII letter or digit: straight to
    // the word scan, no decoding and no white-space tests.
    uint32_t cp = bytes[i];
    std::size_t n = 1;
    const uint8_t start_class = kWordBytes[cp];  // 0: not an ASCII letter or digit
    if (!start_class) {
      if (cp >= 0x80) n = CharAt(text, i, cp);
      if (SkipsSpace(cp, new_paragraph, paragraph)) {
        space_before = true;
        i += n;
        continue;
      }
    }
    Token& t = tokens.emplace_back();  // written in place: no copy of a finished token
    t.span.begin = static_cast<uint32_t>(i);
    t.space_before = space_before;
    t.paragraph_start = new_paragraph;
    t.paragraph = paragraph;
    space_before = false;
    new_paragraph = false;
    // Every ASCII letter and digit has a class; a word starting otherwise starts
    // with a letter beyond ASCII (never a digit).
    if (start_class || IsLetterCp(cp)) {
      bool starts_digit = start_class == kDigit;
      t.kind = starts_digit ? TokenKind::Number : TokenKind::Word;
      t.upper = start_class ? start_class == kCapital : IsUpperCp(cp);
      // Which kinds of character the word holds so far (kSmall: any letter
      // that is not a capital).
      uint8_t seen = start_class;
      // An ASCII first byte is taken: its class is `seen` (not reading it
      // again is a turn of the capitals' loop below fewer, 0.9M instructions
      // per 1k articles).
      std::size_t j = start_class ? i + 1 : i;
      for (;;) {
        // ASCII letters and digits, nearly all of the text, in a tight run: no
        // decoding, and no bound test (bytes above 0x7F are 0 in the table, and
        // so is the byte that stops the text). Once a small letter is seen,
        // nothing the rest adds is asked (not all capitals, not a number, has
        // letters): most words start with one, and their run only looks for
        // the end.
        if (!(seen & kSmall)) {
          for (uint8_t cls; (cls = kWordBytes[bytes[j]]) != 0;) {
            ++j;
            seen |= cls;
            if (cls == kSmall) break;  // "Pemerintah": the rest is the plain run's
          }
        }
        if (seen & kSmall) j = RunEnd(bytes, j, text.size());
        if (j >= text.size()) break;
        uint32_t c;
        std::size_t m;
        unsigned char b = bytes[j];
        if (b == ' ') {  // the commonest end of a word, and no joiner: 4.0M of 55.1M
          space_before = true;  // and the space taken here, not by another turn of the outer loop
          t.span.end = static_cast<uint32_t>(j);
          i = j + 1;
          goto word_done;
        }
        if (b < 0x80) {  // not a letter or digit: the run above took those
          c = b;
          m = 1;
        } else {
          m = CharAt(text, j, c);
          if (IsLetterCp(c) || IsDigitCp(c)) {
            if (IsLetterCp(c)) seen |= IsUpperCp(c) ? kCapital : kSmall;
            j += m;
            continue;
          }
        }
        // Internal joiners continue the token only when a letter or digit follows.
        if (j + 1 < text.size() && (c == '-' || c == '.' || c == '\'' || c == ',' || c == '/' || c == ':' || c == 0x2019)) {
          uint32_t next;
          CharAt(text, j + m, next);
          bool has_letters = seen & (kSmall | kCapital);
          bool in_number = starts_digit && !has_letters;
          bool ok = false;
          if (c == '-' || c == '\'' || c == 0x2019) ok = IsLetterCp(next) || (c == '-' && IsDigitCp(next));
          else if (c == '.' && in_number) ok = IsDigitCp(next);
          else if (c == '.' && IsLetterCp(next)) {
            std::size_t uppers;
            std::size_t letters = CountLetters(text, i, j, uppers);
            ok = !GluedSentence(text, j + m, letters, uppers);
          } else if (c != '.') ok = in_number && IsDigitCp(next);  // , / : only inside numbers
          if (c == 0x2019 || c == '\'') ok = ok && has_letters;
          if (ok) {
            t.inner_dot |= c == '.';
            j += m;
            continue;
          }
        }
        break;
      }
      t.span.end = static_cast<uint32_t>(j);
      i = j;
    word_done:
      if (starts_digit && (seen & (kSmall | kCapital))) t.kind = TokenKind::Word;  // "2x", "5G"
      // Two or more letters, none of them small: counted only for such words.
      if ((seen & kCapital) && !(seen & kSmall)) {
        std::size_t uppers;
        t.all_caps = CountLetters(text, t.span.begin, t.span.end, uppers) >= 2;
      }
    } else if (IsQuoteCp(cp) || cp == '\'') {
      t.kind = TokenKind::Quote;
      t.span.end = static_cast<uint32_t>(i + n);
      i += n;
    } else if (IsDashCp(cp) || cp == '-') {
      t.kind = TokenKind::Dash;
      std::size_t j = i + n;
      while (j < text.size() && text[j] == '-') ++j;  // "--" is one dash
      t.span.end = static_cast<uint32_t>(j);
      i = j;
    } else {
      t.kind = TokenKind::Punct;
      t.ends_sentence = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
      t.span.end = static_cast<uint32_t>(i + n);
      i += n;
    }
  }
  return tokens;
}

}  // namespace

std::vector<Token> Tokenize(const std::string& text) { return TokenizeStopped(text); }

std::vector<Token> Tokenize(std::string_view text) {
  // A text ending in a letter or digit is scanned in a copy, which its NUL ends.
  if (!text.empty() && kWordBytes[static_cast<unsigned char>(text.back())]) return TokenizeStopped(std::string(text));
  return TokenizeStopped(text);
}

}  // namespace pejabat
