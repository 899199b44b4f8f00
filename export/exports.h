#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "export/drawing.h"
#include "export/drawing_builder.h"
#include "graph/knowledge_graph.h"

namespace pejabat {

struct ExportOptions {
  bool yed = false;                  // GraphML with yEd label graphics
  std::string base_iri = "https://pejabat.example/id/";  // JSON-LD node IRIs
  std::vector<std::string> render;   // extra renderings: svg, png, pdf
  std::string layout;                // Graphviz layout; empty: chosen by size
};

// Writes every export of the graph into `dir` (created if missing), each file
// atomically: the three data files (WriteDataFiles), then graph.svg plus the
// renderings asked for. An unknown rendering format is reported on stderr and
// skipped. Beyond kReadableMaxNodes drawn nodes no picture is readable and
// sfdp's run time on our clustered drawings grows much faster than their
// size (1,000 generated articles, 12,855 drawn nodes, were still being laid
// out after 10 minutes): such a graph gets no rendering but a note on stderr
// naming the focused views; graph.dot still holds the picture's source.
// `on_data_files` is called once the data files are written, before any
// message (the CLI erases its progress line there). Returns the paths written.
std::vector<std::filesystem::path> WriteExports(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                                const ExportOptions& options,
                                                const std::function<void()>& on_data_files = {});

// The data files written, and the drawing graph.dot was written from.
struct DataFiles {
  std::vector<std::filesystem::path> paths;
  Drawing drawing;
};

// Writes the three data files of `graph` into `dir` (which must exist) at the
// same time, each atomically: graph.graphml, graph.jsonld, and graph.dot,
// from BuildDrawing(graph, drawing_options), made in the DOT writer's own
// thread. On a large graph each takes seconds to minutes of CPU and disk, and
// they share nothing but the graph they read. They are started longest
// first (JSON-LD, GraphML, DOT) on as many threads as there are cores, at
// most three: on two cores JSON-LD has one to itself while GraphML and then
// DOT share the other (three threads on two cores left one idle at the end,
// while JSON-LD finished alone). Throws std::runtime_error whose message
// names the file, the first in the order graphml, jsonld, dot to fail; the
// others are still written.
DataFiles WriteDataFiles(const KnowledgeGraph& graph, const DrawingOptions& drawing_options,
                         const std::filesystem::path& dir, const ExportOptions& options);

// Writes one picture of `graph`, a focused view (graph/views.h): dir/stem.dot
// and dir/stem.svg plus options.render, titled `title`, articles left out.
// Returns the paths written.
std::vector<std::filesystem::path> WritePicture(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                                const std::string& stem, const std::string& title,
                                                const ExportOptions& options);

}  // namespace pejabat
