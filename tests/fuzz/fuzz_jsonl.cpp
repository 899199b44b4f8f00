// libFuzzer target: the JSON Lines reader, fed the input as a whole file.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "extract/ingest/jsonl_reader.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  using namespace pejabat;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  JsonlReader reader(in, "f.jsonl");
  ReadResult r;
  RawArticle article;
  std::size_t lines = 1;
  for (std::size_t i = 0; i < size; ++i) lines += data[i] == '\n';
  while (reader.Next(article, r.issues)) {
    fuzz::Require(!article.source.empty() && article.source.size() <= kMaxIdBytes, "a record has a bounded id");
    r.articles.push_back(std::move(article));
    article = RawArticle{};
    fuzz::Require(r.articles.size() <= lines, "at most one record per line");
  }
  fuzz::Require(!reader.Next(article, r.issues), "the end stays the end");
  fuzz::RequireSaneResult(r, "f.jsonl");
  return 0;
}
