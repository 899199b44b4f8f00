#include "extract/ingest/text_decoder.h"

#include <cstdint>

#include "extract/text_util.h"

namespace pejabat {
namespace {

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

std::string FromUtf16(std::string_view bytes, bool little_endian, std::size_t& bad) {
  std::string out;
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    auto unit = [&](std::size_t k) {
      uint8_t a = static_cast<uint8_t>(bytes[k]), b = static_cast<uint8_t>(bytes[k + 1]);
      return static_cast<uint32_t>(little_endian ? (a | (b << 8)) : ((a << 8) | b));
    };
    uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      ++bad;
      AppendUtf8(out, 0xFFFD);
    } else if (u != 0) {
      AppendUtf8(out, u);
    }
  }
  return out;
}

}  // namespace

bool LooksBinary(std::string_view bytes) {
  std::size_t sample = std::min<std::size_t>(bytes.size(), 4096), control = 0;
  if (sample >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    return false;  // UTF-16 text has many NULs but is text
  for (std::size_t i = 0; i < sample; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) ++control;
  }
  return sample > 0 && control * 10 > sample;  // over 10% control bytes
}

DecodedText DecodeToUtf8(std::string_view bytes) {
  DecodedText result;
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    std::size_t bad = 0;
    result.text = FromUtf16(bytes.substr(2), bytes[0] == '\xFF', bad);
    result.warning = "converted from UTF-16";
    if (bad) result.warning += " (" + std::to_string(bad) + " invalid units replaced)";
    return result;
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

  std::size_t nuls = 0;
  std::string clean;
  clean.reserve(bytes.size());
  for (char c : bytes) {
    if (c == '\0') ++nuls;
    else clean += c;
  }
  if (IsValidUtf8(clean)) {
    result.text = std::move(clean);
    if (nuls) result.warning = std::to_string(nuls) + " NUL bytes removed";
    return result;
  }
  // Not UTF-8. If every high byte is a Windows-1252 character, it is legacy text.
  bool cp1252 = true;
  for (unsigned char c : clean)
    if (c >= 0x80 && c <= 0x9F && kCp1252High[c - 0x80] == 0) cp1252 = false;
  // Mostly-UTF-8 text with a few broken bytes is better repaired than reinterpreted.
  std::size_t valid_multibyte = 0, invalid = 0;
  for (std::size_t i = 0; i < clean.size();) {
    unsigned char c = static_cast<unsigned char>(clean[i]);
    if (c < 0x80) { ++i; continue; }
    std::size_t n = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n && i + n <= clean.size() && IsValidUtf8(std::string_view(clean).substr(i, n))) {
      ++valid_multibyte;
      i += n;
    } else {
      ++invalid;
      ++i;
    }
  }
  if (cp1252 && valid_multibyte == 0) {
    for (unsigned char c : clean) {
      if (c < 0x80) result.text += static_cast<char>(c);
      else if (c <= 0x9F) AppendUtf8(result.text, kCp1252High[c - 0x80]);
      else AppendUtf8(result.text, c);  // Latin-1 range maps to itself
    }
    result.warning = "not UTF-8: converted from Windows-1252";
  } else {
    for (std::size_t i = 0; i < clean.size();) {
      unsigned char c = static_cast<unsigned char>(clean[i]);
      std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
      if (n && i + n <= clean.size() && IsValidUtf8(std::string_view(clean).substr(i, n))) {
        result.text.append(clean, i, n);
        i += n;
      } else {
        result.text += "\xEF\xBF\xBD";
        ++i;
      }
    }
    result.warning = "invalid UTF-8: " + std::to_string(invalid) + " bytes replaced with U+FFFD";
  }
  if (nuls) result.warning += "; " + std::to_string(nuls) + " NUL bytes removed";
  return result;
}

}  // namespace pejabat
