#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "bench/gen_corpus/person.h"
#include "bench/gen_corpus/region_table.h"

namespace pejabat::bench {

struct GeneratedArticle {
  std::string id;       // "gen-0000042"
  std::string title;
  std::string date;     // ISO publication date
  std::string outlet;
  std::string url;
  std::string body;     // without the title
};

struct CorpusOptions {
  uint64_t seed = 20240305;
  // Probability that a person in an article is a recurring one: the holder of
  // the post in that city for the period, or one of a national pool of resource
  // persons who speak in many cities. Otherwise the person is new.
  double reappear = 0.5;
  std::size_t pool = 500;  // size of the national pool of travelling resource persons
};

// Writes article number n of the corpus. Each article draws from its own
// random stream, so the text of article n depends only on the seed and n.
class ArticleWriter {
 public:
  ArticleWriter(std::vector<Region> regions, PersonMaker maker, CorpusOptions options)
      : regions_(std::move(regions)), maker_(std::move(maker)), options_(options) {}

  GeneratedArticle Write(std::size_t n) const;

 private:
  Person Holder(std::size_t region, int post, int year) const;
  Person Traveller(std::size_t index, std::string& post) const;

  std::vector<Region> regions_;
  PersonMaker maker_;
  CorpusOptions options_;
};

}  // namespace pejabat::bench
