// measure-build: the stages of `pejabat build`, timed one by one, for bench/run.
// Prints "name<TAB>value" lines: input size, extraction (pipeline) seconds,
// graph build seconds, node and edge counts, each export's write seconds, and
// the peak resident set size. --extract-only hands the facts to a sink that
// drops them, which measures reading + extraction alone.
#include <CLI/CLI.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

#include "cli/input_walker.h"
#include "cli/pipeline.h"
#include "cli/thread_cpu_clock.h"
#include "export/atomic_file.h"
#include "export/drawing_builder.h"
#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/jsonld_writer.h"
#include "graph/evidence_text.h"
#include "graph/graph_builder.h"

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void Print(const char* name, double value) { std::cout << name << '\t' << value << '\n'; }

// Resident set size now, in MB (the peak comes from getrusage at the end).
double RssMb() {
  std::ifstream statm("/proc/self/statm");
  double pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1e6;
}

template <typename Write>
void TimeWrite(const char* name, const std::string& path, const Write& write) {
  // As `pejabat build` writes it: written behind, out of the page cache, and
  // durable (fsync) before the clock stops.
  auto start = Clock::now();
  pejabat::WriteFileAtomically(path, write);
  Print(name, Since(start));
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pejabat;
  CLI::App app{"measure-build: times the stages of pejabat build"};
  std::vector<std::string> inputs;
  unsigned jobs = 0;
  bool extract_only = false;
  std::string out_dir;
  app.add_option("inputs", inputs, "Article files or folders")->required();
  app.add_option("--jobs,-j", jobs, "Extraction threads (0: all cores)");
  app.add_flag("--extract-only", extract_only, "Drop the facts instead of building the graph");
  app.add_option("--out", out_dir, "Write graph.graphml, graph.jsonld and graph.dot here, timing each");
  CLI11_PARSE(app, argc, argv);
  try {
    Lexicon lexicon = Lexicon::Load(Lexicon::DefaultDirectory());
    Extractor extractor(lexicon);
    InputList list = ExpandInputs(inputs);
    GraphBuilder builder;
    Pipeline pipeline(extractor, PipelineOptions{false, jobs, false});
    auto start = Clock::now();
    double add_seconds = 0;  // time in GraphBuilder::Add, on the delivering thread
    double add_cpu_seconds = 0;
    PipelineReport report = extract_only ? pipeline.Run(list, inputs, [](ArticleFacts&&) {})
                                         : pipeline.Run(list, inputs, [&](ArticleFacts&& facts) {
                                             auto add_start = Clock::now();
                                             double cpu_start = ThreadCpuSeconds();
                                             builder.Add(facts);
                                             add_cpu_seconds += ThreadCpuSeconds() - cpu_start;
                                             add_seconds += Since(add_start);
                                           });
    double extract_seconds = Since(start);
    Print("threads", Pipeline::ThreadCount(jobs));
    Print("articles", static_cast<double>(report.articles));
    Print("input_mb", report.bytes / 1e6);
    Print("pipeline_s", extract_seconds);
    Print("pipeline_mb_per_s", report.bytes / 1e6 / extract_seconds);
    for (std::size_t i = 0; i < report.workers.size(); ++i) {  // where the threads' time went
      const WorkerReport& w = report.workers[i];
      const std::string worker = "worker" + std::to_string(i);
      Print((worker + "_articles").c_str(), static_cast<double>(w.articles));
      Print((worker + "_cpu_s").c_str(), w.cpu_seconds);
      Print((worker + "_first_unit_s").c_str(), w.first_unit_seconds);
    }
    Print("rss_after_pipeline_mb", RssMb());
    if (!extract_only) Print("graph_add_s", add_seconds);
    if (!extract_only) Print("graph_add_cpu_s", add_cpu_seconds);
    if (!extract_only) {
      start = Clock::now();
      double cpu_start = ThreadCpuSeconds();
      KnowledgeGraph graph = builder.Build();
      Print("graph_build_s", Since(start));
      Print("graph_build_cpu_s", ThreadCpuSeconds() - cpu_start);
      Print("nodes", static_cast<double>(graph.NodeCount()));
      Print("edges", static_cast<double>(graph.EdgeCount()));
      Print("rss_after_graph_mb", RssMb());
      Print("interned_texts", static_cast<double>(InternedText::PoolSize()));
      Print("interned_mb", InternedText::PoolBytes() / 1e6);
      Print("interned_pool_mb", InternedText::PoolMemory() / 1e6);  // arena and index
      Print(EvidenceText::Spilled() ? "evidence_spilled_mb" : "evidence_in_ram_mb", EvidenceText::StoredBytes() / 1e6);
      if (!out_dir.empty()) {
        std::filesystem::create_directories(out_dir);
        TimeWrite("graphml_s", out_dir + "/graph.graphml", [&](std::ostream& out) { WriteGraphml(graph, out); });
        TimeWrite("jsonld_s", out_dir + "/graph.jsonld", [&](std::ostream& out) { WriteJsonld(graph, out); });
        TimeWrite("dot_s", out_dir + "/graph.dot", [&](std::ostream& out) { WriteDot(BuildDrawing(graph, DrawingOptions{}), out); });
      }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    Print("peak_rss_mb", usage.ru_maxrss / 1024.0);
  } catch (const std::exception& e) {
    std::cerr << "measure-build: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
