#include "extract/ingest/doctype_filter.h"

#include <string_view>

namespace pejabat {
namespace {

bool StartsWithDoctype(std::string_view s, std::size_t at) {
  static constexpr std::string_view kDoctype = "<!doctype";
  if (at + kDoctype.size() > s.size()) return false;
  for (std::size_t k = 0; k < kDoctype.size(); ++k) {
    char c = s[at + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kDoctype[k]) return false;
  }
  return true;
}

// The end of the subset that opens at `open` ('['): one past its ']', skipping
// quoted literals and comments, where a ']' does not count.
std::size_t SubsetEnd(std::string_view s, std::size_t open) {
  std::size_t i = open + 1;
  while (i < s.size()) {
    char c = s[i];
    if (c == '"' || c == '\'') {
      std::size_t close = s.find(c, i + 1);
      if (close == std::string_view::npos) return s.size();
      i = close + 1;
    } else if (s.compare(i, 4, "<!--") == 0) {
      std::size_t close = s.find("-->", i + 4);
      if (close == std::string_view::npos) return s.size();
      i = close + 3;
    } else if (c == ']') {
      return i + 1;
    } else {
      ++i;
    }
  }
  return s.size();
}

}  // namespace

std::size_t StripDoctypeInternalSubsets(std::string& html) {
  std::size_t removed = 0;
  std::string out;
  std::size_t copied = 0, from = 0;
  while ((from = html.find("<!", from)) != std::string::npos) {
    if (!StartsWithDoctype(html, from)) {
      from += 2;
      continue;
    }
    // Inside the declaration, before its '>': quoted public and system ids may
    // hold '[' or '>'.
    std::size_t i = from + 9;
    std::size_t open = std::string::npos;
    while (i < html.size() && html[i] != '>') {
      if (html[i] == '"' || html[i] == '\'') {
        std::size_t close = html.find(html[i], i + 1);
        i = close == std::string::npos ? html.size() : close + 1;
        continue;
      }
      if (html[i] == '[') {
        open = i;
        break;
      }
      ++i;
    }
    if (open == std::string::npos) {
      from = i;
      continue;
    }
    std::size_t end = SubsetEnd(html, open);
    out.append(html, copied, open - copied);
    copied = end;
    from = end;
    ++removed;
  }
  if (removed == 0) return 0;
  out.append(html, copied, std::string::npos);
  html = std::move(out);
  return removed;
}

}  // namespace pejabat
