#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace pejabat {

struct ExportOptions {
  bool yed = false;                  // GraphML with yEd label graphics
  std::string base_iri = "https://pejabat.example/id/";  // JSON-LD node IRIs
  std::vector<std::string> render;   // extra renderings: svg, png, pdf
  std::string layout;                // Graphviz layout; empty: chosen by size
};

// Writes every export of the graph into `dir` (created if missing), each file
// atomically: graph.graphml, graph.jsonld, graph.dot, and graph.svg plus the
// renderings asked for. Returns the paths written. An unknown rendering
// format is reported on stderr and skipped.
std::vector<std::filesystem::path> WriteExports(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                                const ExportOptions& options);

// Writes one picture of `graph`, a focused view (graph/views.h): dir/stem.dot
// and dir/stem.svg plus options.render, titled `title`, articles left out.
// Returns the paths written.
std::vector<std::filesystem::path> WritePicture(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                                const std::string& stem, const std::string& title,
                                                const ExportOptions& options);

}  // namespace pejabat
