#include "export/exports.h"

#include "export/atomic_file.h"
#include "export/graphml_writer.h"

namespace pejabat {

std::vector<std::filesystem::path> WriteExports(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                                                const ExportOptions& options) {
  std::filesystem::create_directories(dir);
  std::vector<std::filesystem::path> written;
  auto graphml = dir / "graph.graphml";
  WriteFileAtomically(graphml, [&](std::ostream& out) { WriteGraphml(graph, out, GraphmlOptions{options.yed}); });
  written.push_back(graphml);
  return written;
}

}  // namespace pejabat
