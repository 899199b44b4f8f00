#include "export/iri.h"

#include <array>
#include <stdexcept>

namespace pejabat {
namespace {

constexpr bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string NormalizeBaseIri(std::string_view base) {
  auto fail = [&](const char* why) {
    throw std::invalid_argument("base IRI \"" + std::string(base) + "\" " + why);
  };
  std::size_t colon = base.find(':');
  if (colon == std::string_view::npos || colon == 0 || !IsAlpha(base[0]))
    fail("is not absolute (it needs a scheme, e.g. https://example.org/id/)");
  for (std::size_t i = 0; i < colon; ++i)
    if (!(IsAlpha(base[i]) || IsDigit(base[i]) || base[i] == '+' || base[i] == '-' || base[i] == '.'))
      fail("has an invalid scheme");
  if (colon + 1 == base.size()) fail("has nothing after the scheme");
  for (char c : base) {
    unsigned char b = static_cast<unsigned char>(c);
    if (b <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == '{' || c == '}' || c == '|' || c == '^' ||
        c == '`' || b == 0x7F)
      fail("contains a character not allowed in an IRI");
  }
  std::string out(base);
  if (out.back() != '/' && out.back() != '#') out += '/';
  return out;
}

// The bytes a path keeps as they are (RFC 3986's unreserved characters and
// "/"), by table: every IRI of graph.jsonld (two or three per statement)
// goes through here, and a chain of comparisons per byte was 5% of writing it.
constexpr std::array<bool, 256> kKept = [] {
  std::array<bool, 256> kept{};
  for (int c = 0; c < 256; ++c)
    kept[c] = IsAlpha(static_cast<char>(c)) || IsDigit(static_cast<char>(c)) || c == '-' || c == '.' || c == '_' ||
              c == '~' || c == '/';
  return kept;
}();

void AppendIriPath(std::string& out, std::string_view key) {
  static const char kHex[] = "0123456789ABCDEF";
  auto kept = [](char c) { return kKept[static_cast<unsigned char>(c)]; };
  std::size_t i = 0;
  while (i < key.size()) {
    std::size_t run = i;  // kept characters go in one append
    while (i < key.size() && kept(key[i])) ++i;
    out.append(key, run, i - run);
    if (i == key.size()) break;
    unsigned char b = static_cast<unsigned char>(key[i++]);
    char encoded[3] = {'%', kHex[b >> 4], kHex[b & 0xF]};
    out.append(encoded, 3);
  }
}

std::string IriPath(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  AppendIriPath(out, key);
  return out;
}

}  // namespace pejabat
