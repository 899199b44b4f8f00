#include "export/exports.h"

#include <algorithm>
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>

#include "export/atomic_file.h"
#include "export/dot_writer.h"
#include "export/drawing_builder.h"
#include "export/graphml_writer.h"
#include "export/graphviz_renderer.h"
#include "export/iri.h"
#include "export/jsonld_writer.h"

namespace pejabat {
namespace {

// svg always, then the extra formats asked for, each once.
std::vector<std::string> Formats(const std::vector<std::string>& requested) {
  std::vector<std::string> formats = {"svg"};
  for (const auto& f : requested) {
    if (!IsRenderFormat(f)) {
      std::cerr << "pejabat: --render: unknown format \"" << f << "\" (use svg, png, pdf); skipped\n";
      continue;
    }
    if (std::find(formats.begin(), formats.end(), f) == formats.end()) formats.push_back(f);
  }
  return formats;
}

// The picture of `graph`, after a note on stderr when it is too large to read.
Drawing DrawingOf(const KnowledgeGraph& graph, const std::string& stem, const std::string& title,
                  const ExportOptions& options, DrawingDetail detail) {
  DrawingOptions drawing_options;
  drawing_options.detail = detail;
  drawing_options.layout = options.layout;
  drawing_options.title = title;
  Drawing drawing = BuildDrawing(graph, drawing_options);
  if (drawing.nodes.size() > kReadableMaxNodes)
    std::cerr << "pejabat: note: " << stem << ".svg draws " << drawing.nodes.size()
              << " nodes, too many for a readable picture (drawn with " << drawing.layout
              << " anyway); for readable pictures use the focused views: pejabat render --event TEXT, --city NAME, "
                 "--person NAME or --speakers\n";
  return drawing;
}

// A writer's failure as one line that names its file.
std::string Failure(const std::filesystem::path& path, const char* what) {
  std::string message = what;
  // WriteFileAtomically's own errors already start with the file's name.
  if (message.rfind(path.string(), 0) != 0) message = path.string() + ": " + message;
  return message;
}

}  // namespace

std::vector<std::filesystem::path> WriteDataFiles(const KnowledgeGraph& graph, const Drawing& drawing,
                                                  const std::filesystem::path& dir, const ExportOptions& options) {
  const std::vector<std::filesystem::path> paths = {dir / "graph.graphml", dir / "graph.jsonld", dir / "graph.dot"};
  const std::vector<std::function<void(std::ostream&)>> writers = {
      [&](std::ostream& out) { WriteGraphml(graph, out, GraphmlOptions{options.yed}); },
      [&](std::ostream& out) { WriteJsonld(graph, out, JsonldOptions{options.base_iri}); },
      [&](std::ostream& out) { WriteDot(drawing, out); }};
  std::vector<std::string> failures(paths.size());
  {
    std::vector<std::jthread> threads;
    for (std::size_t i = 0; i < paths.size(); ++i)
      threads.emplace_back([&, i] {
        try {
          WriteFileAtomically(paths[i], writers[i]);
        } catch (const std::exception& e) {
          failures[i] = Failure(paths[i], e.what());
        } catch (...) {
          failures[i] = Failure(paths[i], "unknown error");
        }
      });
  }  // joined here
  for (const auto& failure : failures)
    if (!failure.empty()) throw std::runtime_error(failure);
  return paths;
}

std::vector<std::filesystem::path> WriteExports(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                                const ExportOptions& options) {
  NormalizeBaseIri(options.base_iri);  // a bad base is refused before any file is written
  std::filesystem::create_directories(dir);
  Drawing drawing = DrawingOf(graph, "graph", "pejabat: officials, offices and events", options, DrawingDetail::Auto);
  std::vector<std::filesystem::path> written = WriteDataFiles(graph, drawing, dir, options);
  for (auto& path : RenderDrawing(drawing, dir, "graph", Formats(options.render))) written.push_back(path);
  return written;
}

std::vector<std::filesystem::path> WritePicture(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                                const std::string& stem, const std::string& title,
                                                const ExportOptions& options) {
  std::filesystem::create_directories(dir);
  Drawing drawing = DrawingOf(graph, stem, title, options, DrawingDetail::Focused);
  std::vector<std::filesystem::path> written;
  auto dot = dir / (stem + ".dot");
  WriteFileAtomically(dot, [&](std::ostream& out) { WriteDot(drawing, out); });
  written.push_back(dot);
  for (auto& path : RenderDrawing(drawing, dir, stem, Formats(options.render))) written.push_back(path);
  return written;
}

}  // namespace pejabat
