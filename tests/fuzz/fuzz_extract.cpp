// libFuzzer target: the whole extractor (clean, segment, recognize, resolve)
// on whatever text the readers can produce, with the real lexicons.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/extractor.h"
#include "extract/ingest/text_reader.h"
#include "extract/lexicon.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

const pejabat::Extractor& TheExtractor() {
  static const pejabat::Lexicon lexicon = pejabat::Lexicon::Load(PEJABAT_LEXICON_DIR);
  static const pejabat::Extractor extractor(lexicon);
  return extractor;
}

void RequireInside(const pejabat::Span& span, std::size_t size, const char* what) {
  pejabat::fuzz::Require(span.begin <= span.end && span.end <= size, what);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  TheExtractor();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  using namespace pejabat;
  ReadResult r = ReadTextArticle(std::string_view(reinterpret_cast<const char*>(data), size), "f.txt", "f.txt");
  for (const auto& article : r.articles) {
    ArticleFacts facts = TheExtractor().Extract(article);
    const std::size_t n = facts.text.size();
    RequireInside(facts.meta.body, n, "body span inside the text");
    for (const auto& q : facts.quotes) RequireInside(q.span, n, "quote span inside the text");
    for (const auto& f : facts.figures) RequireInside(f.span, n, "figure span inside the text");
    for (const auto& f : facts.facts) RequireInside(f.evidence, n, "evidence span inside the text");
    for (const auto& d : facts.diagnostics) RequireInside(d.span, n, "diagnostic span inside the text");
    for (const auto& e : facts.events)
      for (const auto& m : e.mentions) RequireInside(m.span, n, "mention span inside the text");
  }
  return 0;
}
