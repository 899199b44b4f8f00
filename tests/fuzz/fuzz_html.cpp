// libFuzzer target: the HTML reader (libxml2's HTML parser, the DOCTYPE
// filter, the text walk).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/ingest/doctype_filter.h"
#include "extract/ingest/html_reader.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  using namespace pejabat;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string copy(bytes);
  std::size_t removed = StripDoctypeInternalSubsets(copy);
  fuzz::Require(copy.size() <= bytes.size(), "the filter only removes");
  fuzz::Require(removed > 0 || copy == bytes, "nothing removed, nothing changed");
  ReadResult r = ReadHtmlArticle(bytes, "f.html", "f.html");
  fuzz::RequireSaneResult(r, "f.html");
  fuzz::Require(r.articles.size() <= 1, "one file, at most one article");
  fuzz::Require(!r.articles.empty() || !r.issues.empty(), "no article without a reason");
  return 0;
}
