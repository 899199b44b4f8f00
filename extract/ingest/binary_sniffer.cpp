#include "extract/ingest/binary_sniffer.h"

#include <algorithm>
#include <cstddef>

namespace pejabat {
namespace {

struct Signature {
  std::string_view magic;
  const char* kind;
};

// Files people drop into a folder of articles by mistake. Each magic is long or
// odd enough that no text article starts with it.
constexpr Signature kSignatures[] = {
    {"%PDF-", "PDF document"},
    {"\x89PNG\r\n\x1A\n", "PNG image"},
    {"\xFF\xD8\xFF", "JPEG image"},
    {"GIF87a", "GIF image"},
    {"GIF89a", "GIF image"},
    {std::string_view("PK\x03\x04", 4), "ZIP archive (or an office document)"},
    {std::string_view("PK\x05\x06", 4), "ZIP archive (or an office document)"},
    {"\x1F\x8B", "gzip-compressed data"},
    {std::string_view("\xFD" "7zXZ\x00", 6), "xz-compressed data"},
    {"\x28\xB5\x2F\xFD", "zstd-compressed data"},
    {"7z\xBC\xAF\x27\x1C", "7-Zip archive"},
    {"\x7F" "ELF", "executable program (ELF)"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "Microsoft Office document (OLE)"},
    {std::string_view("SQLite format 3\x00", 16), "SQLite database"},
};

bool HasUnicodeBom(std::string_view b) {
  return b.size() >= 2 && ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF') ||
                           (b.size() >= 4 && b.substr(0, 4) == std::string_view("\x00\x00\xFE\xFF", 4)));
}

// Bytes that never occur in text: C0 controls other than tab, line breaks,
// form feed and escape (terminal logs), and DEL.
bool IsControl(unsigned char c) { return c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) || c == 0x7F; }

}  // namespace

bool LooksLikeUtf16WithoutBom(std::string_view bytes, bool& little_endian) {
  std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  std::size_t pairs = n / 2, nul_even = 0, nul_odd = 0;
  if (pairs < 2) return false;
  for (std::size_t i = 0; i < n; i += 2) {
    if (bytes[i] == '\0') ++nul_even;
    if (bytes[i + 1] == '\0') ++nul_odd;
  }
  // ASCII-heavy text: nearly every unit has its NUL on one side and almost
  // none on the other (a file of NUL bytes has them on both).
  auto one_sided = [&](std::size_t high, std::size_t low) { return high * 10 >= pairs * 6 && low * 20 <= pairs; };
  if (one_sided(nul_odd, nul_even)) {
    little_endian = true;
    return true;
  }
  if (one_sided(nul_even, nul_odd)) {
    little_endian = false;
    return true;
  }
  return false;
}

std::optional<std::string> DescribeBinary(std::string_view bytes) {
  for (const auto& s : kSignatures)
    if (bytes.substr(0, s.magic.size()) == s.magic) return s.kind;
  bool little_endian = false;
  if (HasUnicodeBom(bytes) || LooksLikeUtf16WithoutBom(bytes, little_endian)) return std::nullopt;
  std::size_t end = bytes.size();
  while (end > 0 && bytes[end - 1] == '\0') --end;  // trailing NUL padding is damage, not content
  std::size_t control = 0;
  for (std::size_t i = 0; i < end; ++i)
    if (IsControl(static_cast<unsigned char>(bytes[i]))) ++control;
  // Real text has next to no control bytes; random or compressed data about 10%.
  // Over 3% is binary, so an article with a few stray NULs is still read.
  if (end > 0 && control * 100 > end * 3) return std::string();
  if (end == 0 && !bytes.empty()) return std::string("only NUL bytes");
  return std::nullopt;
}

std::string NotTextReason(const std::string& kind, const std::string& expected) {
  return (kind.empty() ? std::string("binary file") : "binary file (" + kind + ")") + ", not " + expected;
}

}  // namespace pejabat
