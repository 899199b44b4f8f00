#include "cli/graph_source.h"

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/exit_codes.h"
#include "cli/output_format.h"
#include "cli/pipeline.h"
#include "extract/extractor.h"
#include "graph/graph_builder.h"
#include "graph/graphml_reader.h"

namespace pejabat {

void GraphSource::AddOptions(CLI::App& command) {
  command.add_option("inputs", inputs,
                     "Article files or folders (as for `pejabat build`); - reads JSON Lines from stdin");
  command.add_option("--graph,-g", graph, "Query a GraphML file written by `pejabat build` instead of articles");
  command.add_option("--lexicon", lexicon, "Folder of lexicon files (default: $PEJABAT_LEXICON or the built-in one)");
  command.add_flag("--strict", strict, "Stop at the first input error instead of skipping the input");
  command.add_option("--format,-f", format, "Output: table, csv, json or markdown")
      ->check(CLI::IsMember(OutputFormatNames()))
      ->capture_default_str();
}

Lexicon LoadLexicon(const GraphSource& source) {
  return Lexicon::Load(source.lexicon.empty() ? Lexicon::DefaultDirectory() : source.lexicon);
}

std::optional<LoadedGraph> LoadGraph(const GraphSource& source, const Lexicon& lexicon, const std::string& command,
                                     int& exit_code) {
  if (source.inputs.empty() == source.graph.empty()) {
    std::cerr << "pejabat " << command << ": give article inputs or --graph FILE (one of the two)\n";
    exit_code = kExitUsage;
    return std::nullopt;
  }
  if (!source.graph.empty()) {
    std::string error;
    std::optional<KnowledgeGraph> graph = GraphReader::ReadFile(source.graph, error);
    if (!graph) {
      std::cerr << "pejabat: " << source.graph << ": " << error << "\n";
      exit_code = kExitNothingUsable;
      return std::nullopt;
    }
    return LoadedGraph{std::move(*graph), kExitOk};
  }
  std::optional<LoadedGraph> built = BuildFromArticles(source.inputs, lexicon, source.strict);
  if (!built) {
    std::cerr << "pejabat: no article could be read from the inputs\n";
    exit_code = kExitNothingUsable;
  }
  return built;
}

std::optional<LoadedGraph> BuildFromArticles(const std::vector<std::string>& inputs, const Lexicon& lexicon,
                                             bool strict) {
  // The same steps as `pejabat build` (cli/build_command.cpp), without the exports.
  Extractor extractor(lexicon);
  InputList expanded = ExpandInputs(inputs);
  GraphBuilder builder;
  Pipeline pipeline(extractor, PipelineOptions{strict});
  PipelineReport report = pipeline.Run(expanded, inputs, [&](ArticleFacts&& facts) { builder.Add(facts); });
  if (report.articles == 0) return std::nullopt;
  return LoadedGraph{builder.Build(), report.failed ? kExitSomeFailed : kExitOk};
}

}  // namespace pejabat
