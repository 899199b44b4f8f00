#include "export/exports.h"

#include <algorithm>
#include <atomic>
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

// A note on stderr when a picture is too large to read.
void NoteIfUnreadable(const Drawing& drawing, const std::string& stem) {
  if (drawing.nodes.size() > kReadableMaxNodes)
    std::cerr << "pejabat: note: " << stem << ".svg draws " << drawing.nodes.size()
              << " nodes, too many for a readable picture (drawn with " << drawing.layout
              << " anyway); for readable pictures use the focused views: pejabat render --event TEXT, --city NAME, "
                 "--person NAME or --speakers\n";
}

DrawingOptions OptionsFor(const std::string& title, const ExportOptions& options, DrawingDetail detail) {
  DrawingOptions drawing_options;
  drawing_options.detail = detail;
  drawing_options.layout = options.layout;
  drawing_options.title = title;
  return drawing_options;
}

// A writer's failure as one line that names its file.
std::string Failure(const std::filesystem::path& path, const char* what) {
  std::string message = what;
  // WriteFileAtomically's own errors already start with the file's name.
  if (message.rfind(path.string(), 0) != 0) message = path.string() + ": " + message;
  return message;
}

}  // namespace

DataFiles WriteDataFiles(const KnowledgeGraph& graph, const DrawingOptions& drawing_options,
                         const std::filesystem::path& dir, const ExportOptions& options) {
  DataFiles data;
  data.paths = {dir / "graph.graphml", dir / "graph.jsonld", dir / "graph.dot"};
  const std::vector<std::function<void(std::ostream&)>> writers = {
      [&](std::ostream& out) { WriteGraphml(graph, out, GraphmlOptions{options.yed}); },
      [&](std::ostream& out) { WriteJsonld(graph, out, JsonldOptions{options.base_iri}); },
      [&](std::ostream& out) {
        data.drawing = BuildDrawing(graph, drawing_options);
        WriteDot(data.drawing, out);
      }};
  const std::size_t longest_first[] = {1, 0, 2};
  std::vector<std::string> failures(data.paths.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t n; (n = next.fetch_add(1)) < std::size(longest_first);) {
      const std::size_t i = longest_first[n];
      try {
        WriteFileAtomically(data.paths[i], writers[i]);
      } catch (const std::exception& e) {
        failures[i] = Failure(data.paths[i], e.what());
      } catch (...) {
        failures[i] = Failure(data.paths[i], "unknown error");
      }
    }
  };
  {
    const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, writers.size());
    std::vector<std::jthread> pool;
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(work);
  }  // joined here
  for (const auto& failure : failures)
    if (!failure.empty()) throw std::runtime_error(failure);
  return data;
}

std::vector<std::filesystem::path> WriteExports(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                                const ExportOptions& options,
                                                const std::function<void()>& on_data_files) {
  NormalizeBaseIri(options.base_iri);  // a bad base is refused before any file is written
  std::filesystem::create_directories(dir);
  DataFiles data = WriteDataFiles(
      graph, OptionsFor("pejabat: officials, offices and events", options, DrawingDetail::Auto), dir, options);
  if (on_data_files) on_data_files();
  if (data.drawing.nodes.size() > kReadableMaxNodes) {
    std::cerr << "pejabat: note: graph.svg not drawn" << (options.render.empty() ? "" : " (nor --render)") << ": "
              << data.drawing.nodes.size() << " nodes, too many for a readable picture (at most "
              << kReadableMaxNodes
              << "), and laying them out would take hours; graph.dot holds the picture's source. For readable "
                 "pictures use the focused views: pejabat render --event TEXT, --city NAME, --person NAME or "
                 "--speakers\n";
    return data.paths;
  }
  for (auto& path : RenderDrawing(data.drawing, dir, "graph", Formats(options.render))) data.paths.push_back(path);
  return data.paths;
}

std::vector<std::filesystem::path> WritePicture(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                                const std::string& stem, const std::string& title,
                                                const ExportOptions& options) {
  std::filesystem::create_directories(dir);
  Drawing drawing = BuildDrawing(graph, OptionsFor(title, options, DrawingDetail::Focused));
  NoteIfUnreadable(drawing, stem);
  std::vector<std::filesystem::path> written;
  auto dot = dir / (stem + ".dot");
  WriteFileAtomically(dot, [&](std::ostream& out) { WriteDot(drawing, out); });
  written.push_back(dot);
  for (auto& path : RenderDrawing(drawing, dir, stem, Formats(options.render))) written.push_back(path);
  return written;
}

}  // namespace pejabat
