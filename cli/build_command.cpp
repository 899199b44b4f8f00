#include "cli/build_command.h"

#include <iomanip>
#include <iostream>

#include "cli/exit_codes.h"
#include "cli/pipeline.h"
#include "cli/progress.h"
#include "graph/graph_builder.h"
#include "graph/summary.h"

namespace pejabat {
namespace {

void PrintSummary(const GraphSummary& s, const PipelineReport& report) {
  std::cout << "articles " << s.articles << "  people " << s.people << "  posts " << s.posts << "  offices "
            << s.offices << "  events " << s.events << "  quotes " << s.quotes << "  places " << s.places << "\n";
  if (report.failed || report.warnings || report.ignored)
    std::cout << "inputs: " << report.failed << " skipped, " << report.warnings << " read with warnings, "
              << report.ignored << " non-article files ignored\n";
  std::cout << std::left << std::setw(34) << "city" << std::right << std::setw(9) << "articles" << std::setw(8)
            << "people" << std::setw(9) << "offices" << std::setw(8) << "events" << std::setw(8) << "quotes" << "\n";
  for (const auto& [city, c] : s.cities)
    std::cout << std::left << std::setw(34) << city << std::right << std::setw(9) << c.articles << std::setw(8)
              << c.people << std::setw(9) << c.offices << std::setw(8) << c.events << std::setw(8) << c.quotes << "\n";
}

}  // namespace

int RunBuild(const BuildArgs& args) {
  Lexicon lexicon = Lexicon::Load(args.lexicon.empty() ? Lexicon::DefaultDirectory() : args.lexicon);
  Extractor extractor(lexicon);
  InputList inputs = ExpandInputs(args.inputs);
  GraphBuilder builder;
  Pipeline pipeline(extractor, PipelineOptions{args.strict, args.jobs, !args.quiet});
  PipelineReport report = pipeline.Run(inputs, args.inputs, [&](ArticleFacts&& facts) { builder.Add(facts); });
  if (report.articles == 0) {
    std::cerr << "pejabat: no article could be read from the inputs; nothing written\n";
    return kExitNothingUsable;
  }
  // After the articles, building the graph and writing the exports take
  // minutes on a large corpus: say which is going on.
  Progress phase(!args.quiet, 0);
  phase.Phase("building the graph ...");
  KnowledgeGraph graph = builder.Build();
  phase.Phase("writing the exports ...");
  // The progress line gives way to the notes and renderer messages that follow the data files.
  auto written = WriteExports(graph, args.out, args.exports, [&] { phase.Finish(); });
  phase.Finish();
  if (!args.quiet) {
    PrintSummary(Summarize(graph), report);
    std::cout << "wrote";
    for (const auto& path : written) std::cout << " " << path.string();
    std::cout << "\n";
  }
  return report.failed ? kExitSomeFailed : kExitOk;
}

}  // namespace pejabat
