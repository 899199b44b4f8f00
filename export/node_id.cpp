#include "export/node_id.h"

#include <cstdint>

#include "export/utf8.h"

namespace pejabat {

std::string ExportNodeId(std::string_view key) {
  static const char kHex[] = "0123456789ABCDEF";
  auto encode = [](std::string& out, unsigned char b) {
    out += '%';
    out += kHex[b >> 4];
    out += kHex[b & 0xF];
  };
  std::string out;
  out.reserve(key.size());
  std::size_t i = 0;
  while (i < key.size()) {
    uint32_t cp = 0;
    std::size_t n = DecodeUtf8(key, i, cp);
    if (n == 0) {
      encode(out, static_cast<unsigned char>(key[i]));
      ++i;
      continue;
    }
    bool unsafe = cp <= 0x20 || cp == 0x7F || cp == '%' || cp == '&' || cp == '<' || cp == '>' || cp == '"' ||
                  cp == '\'' || cp == '\\';
    if (unsafe) encode(out, static_cast<unsigned char>(cp));
    else out.append(key.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace pejabat
