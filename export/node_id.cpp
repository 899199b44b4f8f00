#include "export/node_id.h"

#include <cstdint>

#include "export/byte_scan.h"
#include "export/utf8.h"

namespace pejabat {
namespace {

bool Unsafe(uint32_t cp) {
  return cp <= 0x20 || cp == 0x7F || cp == '%' || cp == '&' || cp == '<' || cp == '>' || cp == '"' || cp == '\'' ||
         cp == '\\';
}

// Printable ASCII that needs no encoding: the key is its own id. Scanned a
// block at a time (ByteScan stops at controls and non-ASCII bytes itself):
// every node and both ends of every edge ask, in GraphML and DOT alike.
bool IsOwnId(std::string_view key) {
  const char* end = key.data() + key.size();
  return ByteScan::SkipPlain<' ', 0x7F, '%', '&', '<', '>', '"', '\'', '\\'>(key.data(), end) == end;
}

}  // namespace

std::string_view ExportNodeId(std::string_view key, std::string& scratch) {
  if (IsOwnId(key)) return key;
  static const char kHex[] = "0123456789ABCDEF";
  auto encode = [&](unsigned char b) {
    scratch += '%';
    scratch += kHex[b >> 4];
    scratch += kHex[b & 0xF];
  };
  scratch.clear();
  ForEachCodePoint(
      key,
      [&](uint32_t cp, std::string_view bytes) {
        if (Unsafe(cp)) encode(static_cast<unsigned char>(cp));
        else scratch.append(bytes);
      },
      [&](unsigned char byte) { encode(byte); });
  return scratch;
}

std::string ExportNodeId(std::string_view key) {
  std::string scratch;
  return std::string(ExportNodeId(key, scratch));
}

}  // namespace pejabat
