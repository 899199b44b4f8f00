#pragma once
// Invariants every fuzz target checks on what the readers hand on: a failed
// check aborts, which libFuzzer reports like a crash (with the input).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ingest/input_limits.h"
#include "extract/ingest/read_result.h"
#include "extract/text_util.h"

namespace pejabat::fuzz {

inline void Require(bool ok, const char* what, std::string_view detail = {}) {
  if (ok) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  if (!detail.empty()) std::fprintf(stderr, "  in: %.*s\n", static_cast<int>(std::min<std::size_t>(detail.size(), 400)), detail.data());
  std::abort();
}

// Text the extractor and the exporters may trust: valid UTF-8, no NUL, no C0
// control other than tab and line feed.
inline void RequireCleanText(std::string_view s, const char* what) {
  Require(IsValidUtf8(s), what);
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    Require(!(u < 0x20 && c != '\t' && c != '\n'), what);
  }
}

inline void RequireSaneResult(const ReadResult& r, std::string_view where_prefix) {
  for (const auto& a : r.articles) {
    RequireCleanText(a.text, "article text is clean UTF-8");
    RequireCleanText(a.title, "title is clean UTF-8");
    RequireCleanText(a.source, "source is clean UTF-8");
    Require(a.title.size() <= kMaxTitleBytes + 3, "title is bounded");
    Require(!a.text.empty(), "an article has text");
    Require(a.text.size() <= kMaxArticleTextBytes + kMaxTitleBytes * 8, "article text is bounded");
  }
  for (const auto& i : r.issues) {
    Require(!i.reason.empty(), "an issue has a reason", i.where);
    Require(i.reason.find('\n') == std::string::npos, "an issue is one line", i.where + ": " + i.reason);
    Require(i.where.compare(0, where_prefix.size(), where_prefix) == 0, "an issue names its input", i.where);
  }
}

}  // namespace pejabat::fuzz
