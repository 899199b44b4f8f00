#pragma once
#include <string>
#include <vector>

#include "extract/raw_article.h"

namespace pejabat {

// A problem with one input, reported as "where: reason" on one line. Readers
// never throw for bad input: they report and go on with what they can read.
struct InputIssue {
  std::string where;   // "samples/a.html" or "feed.jsonl:12"
  std::string reason;  // "invalid UTF-8 replaced (3 bytes)"
  bool fatal = false;  // the input (or record) yielded no article
};

struct ReadResult {
  std::vector<RawArticle> articles;
  std::vector<InputIssue> issues;
};

}  // namespace pejabat
