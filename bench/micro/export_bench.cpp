// Micro-benchmarks of graph building and the writers on a generated graph:
// the facts of articles from gen-corpus's writer (seed fixed), extracted once,
// built into a KnowledgeGraph once, then written to a stream that discards the
// bytes (and counts them), so disks do not enter the numbers.
#include <benchmark/benchmark.h>

#include <memory>
#include <streambuf>

#include "bench/gen_corpus/article_writer.h"
#include "bench/gen_corpus/lexicon_words.h"
#include "bench/micro/sample_article.h"
#include "export/dot_writer.h"
#include "export/drawing_builder.h"
#include "export/graphml_writer.h"
#include "export/jsonld_writer.h"
#include "graph/graph_builder.h"

namespace pejabat::bench {
namespace {

constexpr std::size_t kArticles = 2000;

// A streambuf that counts what it is given and keeps none of it. It has a put
// area like a file's buffer, so a writer that puts one character at a time pays
// what it would pay writing a file, not a virtual call per character.
class CountingBuffer : public std::streambuf {
 public:
  CountingBuffer() { setp(area_, area_ + sizeof area_); }
  std::size_t bytes() const { return bytes_ + static_cast<std::size_t>(pptr() - pbase()); }

 protected:
  int_type overflow(int_type c) override {
    bytes_ += static_cast<std::size_t>(pptr() - pbase());
    setp(area_, area_ + sizeof area_);
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n <= epptr() - pptr()) {
      std::char_traits<char>::copy(pptr(), s, static_cast<std::size_t>(n));
      pbump(static_cast<int>(n));
    } else {
      bytes_ += static_cast<std::size_t>(pptr() - pbase()) + static_cast<std::size_t>(n);
      setp(area_, area_ + sizeof area_);
    }
    return n;
  }

 private:
  char area_[1 << 16];
  std::size_t bytes_ = 0;
};

const std::vector<ArticleFacts>& GeneratedFacts() {
  static const std::vector<ArticleFacts> facts = [] {
    const std::string dir = Lexicon::DefaultDirectory();
    ArticleWriter writer(LoadRegions(dir + "/regions.tsv"), PersonMaker(LexiconWords(dir)), CorpusOptions{});
    std::vector<ArticleFacts> all;
    all.reserve(kArticles);
    for (std::size_t i = 0; i < kArticles; ++i) {
      GeneratedArticle g = writer.Write(i);
      RawArticle a;
      a.source = g.id;
      a.title = g.title;
      a.text = g.title + "\n\n" + g.body;
      a.url = g.url;
      a.published = g.date;
      a.outlet = g.outlet;
      all.push_back(BenchExtractor().Extract(a));
    }
    return all;
  }();
  return facts;
}

const KnowledgeGraph& GeneratedGraph() {
  static const std::unique_ptr<KnowledgeGraph> graph = [] {
    GraphBuilder builder;
    for (const auto& f : GeneratedFacts()) builder.Add(f);
    return std::make_unique<KnowledgeGraph>(builder.Build());
  }();
  return *graph;
}

void Describe(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["nodes"] = static_cast<double>(GeneratedGraph().NodeCount());
  state.counters["edges"] = static_cast<double>(GeneratedGraph().EdgeCount());
}

void BM_GraphBuild(benchmark::State& state) {
  const auto& facts = GeneratedFacts();
  for (auto _ : state) {
    GraphBuilder builder;
    for (const auto& f : facts) builder.Add(f);
    benchmark::DoNotOptimize(builder.Build().NodeCount());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * facts.size()));  // articles/s
}
BENCHMARK(BM_GraphBuild)->Unit(benchmark::kMillisecond);

template <typename Write>
void WriterBenchmark(benchmark::State& state, Write write) {
  const KnowledgeGraph& graph = GeneratedGraph();
  std::size_t bytes = 0;
  for (auto _ : state) {
    CountingBuffer buffer;
    std::ostream out(&buffer);
    write(graph, out);
    bytes = buffer.bytes();
  }
  Describe(state, bytes);
}

void BM_WriteGraphml(benchmark::State& state) {
  WriterBenchmark(state, [](const KnowledgeGraph& g, std::ostream& out) { WriteGraphml(g, out); });
}
BENCHMARK(BM_WriteGraphml)->Unit(benchmark::kMillisecond);

void BM_WriteJsonld(benchmark::State& state) {
  WriterBenchmark(state, [](const KnowledgeGraph& g, std::ostream& out) { WriteJsonld(g, out); });
}
BENCHMARK(BM_WriteJsonld)->Unit(benchmark::kMillisecond);

// The DOT export is a Drawing (what to draw, styled) written as Graphviz source.
void BM_WriteDot(benchmark::State& state) {
  WriterBenchmark(state, [](const KnowledgeGraph& g, std::ostream& out) { WriteDot(BuildDrawing(g, DrawingOptions{}), out); });
}
BENCHMARK(BM_WriteDot)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace pejabat::bench
