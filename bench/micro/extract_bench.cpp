// Micro-benchmarks of the extractor's stages on one article written for them
// (bench/micro/sample_article.h): the tokenizer, sentence segmentation, the
// date, person and event recognizers, and the whole Extract. Bytes processed
// are the article's, so each reports MB/s comparable with bench/run's.
#include <benchmark/benchmark.h>

#include "bench/micro/sample_article.h"
#include "extract/recognize/date_recognizer.h"
#include "extract/segment/sentence_splitter.h"
#include "extract/segment/tokenizer.h"

namespace pejabat::bench {
namespace {

// The article cleaned, segmented and recognized once; the benchmarks below
// rerun one stage on it with the inputs the extractor would give that stage.
const Extractor::Analysis& SampleAnalysis() {
  static const Extractor::Analysis analysis = BenchExtractor().Analyze(SampleArticle());
  return analysis;
}

// The tokens a person may not start at: inside offices, roles, the headline
// (as Extractor::Analyze blocks them).
TokenMask PersonBlocked(const Extractor::Analysis& a) {
  TokenMask blocked(a.doc.size(), false);
  for (const auto& o : a.mentions.offices)
    for (std::size_t i = o.first; i < o.end; ++i) blocked[i] = true;
  for (const auto& r : a.mentions.roles)
    for (std::size_t i = r.first; i < r.end; ++i) blocked[i] = true;
  for (std::size_t i = 0; i < a.doc.size() && a.doc.tokens[i].span.end <= a.doc.title.end; ++i) blocked[i] = true;
  return blocked;
}

void SetBytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * SampleArticle().text.size()));
}

void BM_Tokenize(benchmark::State& state) {
  const std::string text = SampleArticle().text;
  for (auto _ : state) benchmark::DoNotOptimize(Tokenize(text));
  SetBytes(state);
}
BENCHMARK(BM_Tokenize);

void BM_Segment(benchmark::State& state) {
  const Extractor::Analysis& a = SampleAnalysis();
  for (auto _ : state) {
    Document doc(a.doc.text());
    doc.title = a.doc.title;
    doc.body = a.doc.body;
    Segment(doc, BenchLexicon());
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  SetBytes(state);
}
BENCHMARK(BM_Segment);

void BM_RecognizeDates(benchmark::State& state) {
  const Extractor::Analysis& a = SampleAnalysis();
  for (auto _ : state) benchmark::DoNotOptimize(RecognizeDates(a.doc, BenchLexicon()));
  SetBytes(state);
}
BENCHMARK(BM_RecognizeDates);

void BM_RecognizePersons(benchmark::State& state) {
  const Extractor::Analysis& a = SampleAnalysis();
  const TokenMask blocked = PersonBlocked(a);
  const PersonRecognizer persons(BenchLexicon());
  for (auto _ : state) benchmark::DoNotOptimize(persons.Recognize(a.doc, a.mentions.roles, blocked));
  SetBytes(state);
}
BENCHMARK(BM_RecognizePersons);

void BM_RecognizeEvent(benchmark::State& state) {
  const Extractor::Analysis& a = SampleAnalysis();
  const EventRecognizer events(BenchLexicon());
  for (auto _ : state)
    benchmark::DoNotOptimize(events.Recognize(a.doc, a.mentions.dates, a.mentions.quotes, a.mentions.persons));
  SetBytes(state);
}
BENCHMARK(BM_RecognizeEvent);

void BM_ExtractArticle(benchmark::State& state) {
  const RawArticle article = SampleArticle();
  for (auto _ : state) benchmark::DoNotOptimize(BenchExtractor().Extract(article));
  SetBytes(state);
}
BENCHMARK(BM_ExtractArticle);

}  // namespace
}  // namespace pejabat::bench
