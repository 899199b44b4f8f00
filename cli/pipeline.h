#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/input_walker.h"
#include "extract/article_facts.h"
#include "extract/extractor.h"

namespace pejabat {

class WorkerThread;

struct PipelineOptions {
  bool strict = false;    // any input error is fatal
  unsigned jobs = 0;      // extraction threads; 0: one per core
  bool progress = false;  // a progress line on stderr (only when it is a terminal)
};

// What one worker of a run did: the articles it extracted, its thread's CPU
// time, and when it took its first unit of input. bench/run sets these
// against a one-thread run's to show where two threads' time goes
// (docs/performance.md).
struct WorkerReport {
  std::size_t articles = 0;       // extracted by this worker
  double cpu_seconds = 0;         // its thread's CPU time in the run
  double first_unit_seconds = 0;  // from the run's start until it held its first unit of input
};

struct PipelineReport {
  std::size_t files = 0;
  std::size_t articles = 0;
  std::size_t failed = 0;    // inputs or records that yielded nothing
  std::size_t warnings = 0;  // inputs read with a repair (encoding, ...)
  std::size_t ignored = 0;   // files in folders that are not articles
  std::uint64_t bytes = 0;   // input bytes read
  std::vector<WorkerReport> workers;  // one per worker, the calling thread first
};

// Streams articles through the extractor: each is read, extracted and handed
// to `sink` (the graph builder), then released, so memory grows with the
// entities, not with the text. Files are taken in the order of their paths
// (however the command line lists them), records in file order. `jobs`
// workers (the calling thread one of them) each take the next unit of input
// in turn (a file, or a batch of JSON Lines), decode and extract it; the
// results reach the sink strictly in input order (through a reorder window of
// bounded size), so the sink sees the same sequence for any number of jobs.
// The sink is called by whichever worker delivers, one at a time, never by
// two at once.
// Problems are printed as one line each ("pejabat: where: reason"), in input
// order, and counted; with `strict` the first one throws std::runtime_error.
class Pipeline {
 public:
  using Sink = std::function<void(ArticleFacts&&)>;
  Pipeline(const Extractor& extractor, PipelineOptions options);
  ~Pipeline();  // joins the workers of the last run

  PipelineReport Run(const InputList& inputs, const std::vector<std::string>& roots, const Sink& sink);

  // The thread count `jobs` stands for (0: the machine's cores).
  static unsigned ThreadCount(unsigned jobs);

 private:
  const Extractor& extractor_;
  PipelineOptions options_;
  // Workers whose work is done, still exiting: joined by the next Run or the destructor.
  std::vector<std::unique_ptr<WorkerThread>> exiting_;
};

// The Article's `source`: the path below the folder it was found in, or the file name.
std::string SourceName(const std::string& path, const std::vector<std::string>& roots);

}  // namespace pejabat
