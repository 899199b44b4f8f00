#pragma once
#include <optional>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "graph/knowledge_graph.h"

namespace CLI {
class App;
}

namespace pejabat {

// Where a query's graph comes from: articles (built in memory exactly as
// `pejabat build` builds them) or a GraphML file pejabat wrote (--graph).
struct GraphSource {
  std::vector<std::string> inputs;
  std::string graph;    // --graph FILE
  std::string lexicon;  // --lexicon DIR
  bool strict = false;
  std::string format = "table";

  // Adds INPUT..., --graph, --lexicon, --strict and --format to a subcommand.
  void AddOptions(CLI::App& command);
};

struct LoadedGraph {
  KnowledgeGraph graph;
  int exit_code = 0;  // kExitSomeFailed when some inputs were skipped
};

// Reads the graph; problems are printed as one line each ("pejabat: where:
// reason"). nullopt (and `exit_code`) when nothing usable was read.
std::optional<LoadedGraph> LoadGraph(const GraphSource& source, const Lexicon& lexicon, const std::string& command,
                                     int& exit_code);

// The graph of articles, built as `pejabat build` builds it (inputs are read,
// each problem reported on one line); nullopt when no article could be read.
std::optional<LoadedGraph> BuildFromArticles(const std::vector<std::string>& inputs, const Lexicon& lexicon,
                                             bool strict);

// The lexicon named by --lexicon, or the default one.
Lexicon LoadLexicon(const GraphSource& source);

}  // namespace pejabat
