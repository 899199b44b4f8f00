#include "export/exports.h"

#include <algorithm>
#include <iostream>

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

std::vector<std::filesystem::path> Draw(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                        const std::string& stem, const std::string& title,
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
  std::vector<std::filesystem::path> written;
  auto dot = dir / (stem + ".dot");
  WriteFileAtomically(dot, [&](std::ostream& out) { WriteDot(drawing, out); });
  written.push_back(dot);
  for (auto& path : RenderDrawing(drawing, dir, stem, Formats(options.render))) written.push_back(path);
  return written;
}

}  // namespace

std::vector<std::filesystem::path> WriteExports(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                                const ExportOptions& options) {
  NormalizeBaseIri(options.base_iri);  // a bad base is refused before any file is written
  std::filesystem::create_directories(dir);
  std::vector<std::filesystem::path> written;
  auto graphml = dir / "graph.graphml";
  WriteFileAtomically(graphml, [&](std::ostream& out) { WriteGraphml(graph, out, GraphmlOptions{options.yed}); });
  written.push_back(graphml);
  auto jsonld = dir / "graph.jsonld";
  WriteFileAtomically(jsonld, [&](std::ostream& out) { WriteJsonld(graph, out, JsonldOptions{options.base_iri}); });
  written.push_back(jsonld);
  for (auto& path : Draw(graph, dir, "graph", "pejabat: officials, offices and events", options,
                          DrawingDetail::Auto))
    written.push_back(path);
  return written;
}

std::vector<std::filesystem::path> WritePicture(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                                const std::string& stem, const std::string& title,
                                                const ExportOptions& options) {
  std::filesystem::create_directories(dir);
  return Draw(graph, dir, stem, title, options, DrawingDetail::Focused);
}

}  // namespace pejabat
