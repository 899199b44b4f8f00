#include "export/utf8.h"

namespace pejabat {

std::size_t DecodeUtf8(std::string_view s, std::size_t i, uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  std::size_t n;
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  if ((c >> 5) == 0x6) { n = 2; cp = c & 0x1F; }
  else if ((c >> 4) == 0xE) { n = 3; cp = c & 0x0F; }
  else if ((c >> 3) == 0x1E) { n = 4; cp = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

std::string SanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(
      text, [&](uint32_t, std::string_view bytes) { out.append(bytes); },
      [&](unsigned char) { out.append(kReplacementCharacter); });
  return out;
}

}  // namespace pejabat
