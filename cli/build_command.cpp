#include "cli/build_command.h"

#include <iomanip>
#include <iostream>

#include "cli/exit_codes.h"
#include "cli/pipeline.h"
#include "cli/progress.h"
#include "export/drawing_builder.h"
#include "export/iri.h"
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

// The title WriteExports gives graph.dot and graph.svg.
constexpr const char* kDrawingTitle = "pejabat: officials, offices and events";

// Beyond kReadableMaxNodes drawn nodes no single picture is readable, and
// sfdp's run time on our clustered drawings grows much faster than their size:
// the graph of 1,000 generated articles (12,855 drawn nodes) was still being
// laid out after 10 minutes, and a year of news would never finish. Such a
// graph gets its data files and graph.dot (the picture's source, for anyone
// who wants to wait for sfdp), and a message naming the focused views instead
// of a rendering. Returns the paths written.
std::vector<std::filesystem::path> Export(const KnowledgeGraph& graph, const BuildArgs& args, Progress& phase) {
  // A drawing never has more nodes than the graph, so small graphs skip the check.
  if (graph.NodeCount() <= kReadableMaxNodes) {
    phase.Finish();  // WriteExports may print notes of its own; a small graph is written quickly
    return WriteExports(graph, args.out, args.exports);
  }
  const ExportOptions& options = args.exports;
  NormalizeBaseIri(options.base_iri);  // a bad base is refused before any file is written
  std::filesystem::create_directories(args.out);
  DrawingOptions drawing_options;
  drawing_options.layout = options.layout;
  drawing_options.title = kDrawingTitle;
  DataFiles data = WriteDataFiles(graph, drawing_options, args.out, options);
  phase.Finish();  // the note or the renderer's own messages take the progress line's place
  if (data.drawing.nodes.size() <= kReadableMaxNodes) {
    for (auto& path : RenderGraphPictures(data.drawing, args.out, options)) data.paths.push_back(path);
    return data.paths;
  }
  std::cerr << "pejabat: note: graph.svg not drawn" << (options.render.empty() ? "" : " (nor --render)") << ": "
            << data.drawing.nodes.size() << " nodes, too many for a readable picture (at most " << kReadableMaxNodes
            << "), and laying them out would take hours; graph.dot holds the picture's source. For readable "
               "pictures use the focused views: pejabat render --event TEXT, --city NAME, --person NAME or --speakers\n";
  return data.paths;
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
  auto written = Export(graph, args, phase);
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
