#include "cli/pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "export/json_writer.h"
#include "export/output_buffer.h"

namespace pejabat {
namespace {

namespace fs = std::filesystem;

// The project's sample articles, each written `copies` times as a record of
// one JSON Lines file.
class SampleJsonl {
 public:
  explicit SampleJsonl(int copies)
      : path_(fs::temp_directory_path() / ("pejabat-pipeline-" + std::to_string(getpid()) + ".jsonl")) {
    std::vector<fs::path> samples;
    for (const auto& entry : fs::directory_iterator(fs::path(PEJABAT_SOURCE_DIR) / "samples"))
      if (entry.path().extension() == ".txt") samples.push_back(entry.path());
    std::ofstream out(path_, std::ios::binary);
    OutputBuffer buffer(out);  // flushed before `out` closes
    for (int copy = 0; copy < copies; ++copy) {
      for (const auto& sample : samples) {
        std::ifstream in(sample, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        JsonWriter record(buffer, 0);  // one line
        record.StartObject();
        record.Key("id"_plain);
        record.String(sample.stem().string() + "-" + std::to_string(copy));
        record.Key("text"_plain);
        record.String(text.str());
        record.EndObject();
        buffer.Append('\n');
        ++records_;
      }
    }
  }
  ~SampleJsonl() { fs::remove(path_); }
  std::string path() const { return path_.string(); }
  std::size_t records() const { return records_; }

 private:
  fs::path path_;
  std::size_t records_ = 0;
};

class PipelineWorkers : public ::testing::TestWithParam<unsigned> {
 protected:
  static void SetUpTestSuite() { lexicon_ = new Lexicon(Lexicon::Load(PEJABAT_LEXICON_DIR)); }
  static void TearDownTestSuite() {
    delete lexicon_;
    lexicon_ = nullptr;
  }
  static Lexicon* lexicon_;
};
Lexicon* PipelineWorkers::lexicon_ = nullptr;

// Each worker accounts for the articles it extracted, the CPU it spent and
// when it took its first unit; together they account for every article.
TEST_P(PipelineWorkers, AccountForEveryArticle) {
  const unsigned jobs = GetParam();
  SampleJsonl file(20);
  ASSERT_GT(file.records(), 100u);
  Extractor extractor(*lexicon_);
  Pipeline pipeline(extractor, PipelineOptions{false, jobs, false});
  std::size_t delivered = 0;
  const auto start = std::chrono::steady_clock::now();
  PipelineReport report = pipeline.Run(ExpandInputs({file.path()}), {file.path()}, [&](ArticleFacts&&) { ++delivered; });
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  EXPECT_EQ(report.articles, file.records());
  EXPECT_EQ(delivered, file.records());
  ASSERT_EQ(report.workers.size(), jobs);
  const std::size_t accounted = std::accumulate(report.workers.begin(), report.workers.end(), std::size_t{0},
                                                [](std::size_t n, const WorkerReport& w) { return n + w.articles; });
  EXPECT_EQ(accounted, file.records());
  for (std::size_t i = 0; i < report.workers.size(); ++i) {
    const WorkerReport& w = report.workers[i];
    if (w.articles == 0) continue;  // a worker started late may find the input taken
    EXPECT_GT(w.cpu_seconds, 0.0) << "worker " << i;
    EXPECT_GE(w.first_unit_seconds, 0.0) << "worker " << i;
    EXPECT_LT(w.first_unit_seconds, elapsed) << "worker " << i;
    EXPECT_LE(w.cpu_seconds, elapsed + 0.01) << "worker " << i;  // one thread's CPU, not the process's
  }
}

INSTANTIATE_TEST_SUITE_P(Jobs, PipelineWorkers, ::testing::Values(1u, 2u, 3u));

}  // namespace
}  // namespace pejabat
