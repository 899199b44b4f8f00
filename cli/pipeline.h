#pragma once
#include <functional>
#include <string>
#include <vector>

#include "cli/input_walker.h"
#include "extract/article_facts.h"
#include "extract/extractor.h"

namespace pejabat {

struct PipelineOptions {
  bool strict = false;  // any input error is fatal
};

struct PipelineReport {
  std::size_t files = 0;
  std::size_t articles = 0;
  std::size_t failed = 0;    // inputs or records that yielded nothing
  std::size_t warnings = 0;  // inputs read with a repair (encoding, ...)
  std::size_t ignored = 0;   // files in folders that are not articles
};

// Streams articles through the extractor: each is read, extracted and handed
// to `sink` (the graph builder), then released, so memory grows with the
// entities, not with the text. Articles reach the sink in input order.
// Problems are printed as one line each ("pejabat: where: reason") and counted.
class Pipeline {
 public:
  using Sink = std::function<void(ArticleFacts&&)>;
  Pipeline(const Extractor& extractor, PipelineOptions options) : extractor_(extractor), options_(options) {}

  PipelineReport Run(const InputList& inputs, const std::vector<std::string>& roots, const Sink& sink);

 private:
  void Report(const InputIssue& issue, PipelineReport& report) const;
  const Extractor& extractor_;
  PipelineOptions options_;
};

// The Article's `source`: the path below the folder it was found in, or the file name.
std::string SourceName(const std::string& path, const std::vector<std::string>& roots);

}  // namespace pejabat
