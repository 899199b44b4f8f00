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
  ForEachCodePoint(
      key,
      [&](uint32_t cp, std::string_view bytes) {
        bool unsafe = cp <= 0x20 || cp == 0x7F || cp == '%' || cp == '&' || cp == '<' || cp == '>' || cp == '"' ||
                      cp == '\'' || cp == '\\';
        if (unsafe) encode(out, static_cast<unsigned char>(cp));
        else out.append(bytes);
      },
      [&](unsigned char byte) { encode(out, byte); });
  return out;
}

}  // namespace pejabat
