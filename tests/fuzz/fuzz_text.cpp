// libFuzzer target: the text decoder and the plain-text reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/ingest/binary_sniffer.h"
#include "extract/ingest/text_decoder.h"
#include "extract/ingest/text_reader.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  using namespace pejabat;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  DecodedText d = DecodeToUtf8(bytes);
  fuzz::RequireCleanText(d.text, "decoded text is clean UTF-8");
  fuzz::Require(d.replaced + d.nuls_removed + d.controls_replaced == 0 || !d.warning.empty(),
                "every repair is said");
  (void)DescribeBinary(bytes);
  ReadResult r = ReadTextArticle(bytes, "f.txt", "f.txt");
  fuzz::RequireSaneResult(r, "f.txt");
  fuzz::Require(r.articles.size() <= 1, "one file, at most one article");
  fuzz::Require(!r.articles.empty() || !r.issues.empty(), "no article without a reason");
  return 0;
}
