#include "export/graphviz_renderer.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <stdexcept>

#include "export/atomic_file.h"
#include "export/drawing_builder.h"
#include "export/gv_context.h"
#include "export/node_id.h"

namespace pejabat {
namespace {

// cgraph's C API takes char* for strings it only reads.
char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

void Set(Agraph_t* root, void* object, int kind, const DotAttr& a) {
  Agsym_t* sym = agattr(root, kind, C(a.name), nullptr);
  if (!sym) sym = agattr(root, kind, C(a.name), C(std::string()));
  if (a.html) {
    // An HTML-like label must be an HTML string in cgraph's string pool.
    char* html = agstrdup_html(root, C(a.value));
    agxset(object, sym, html);
    agstrfree(root, html);
  } else {
    agxset(object, sym, C(a.value));
  }
}

GraphPtr BuildGraph(const Drawing& d) {
  GraphPtr g(agopen(C(d.name), Agdirected, nullptr));
  if (!g) throw std::runtime_error("graphviz: cannot create a graph");
  Agraph_t* root = g.get();
  // Defaults first: agattr on the root sets the value every object inherits.
  for (const auto& a : d.node_defaults) agattr(root, AGNODE, C(a.name), C(a.value));
  for (const auto& a : d.edge_defaults) agattr(root, AGEDGE, C(a.name), C(a.value));
  for (const auto& a : d.graph_attrs) Set(root, root, AGRAPH, a);

  std::vector<Agraph_t*> clusters;
  for (const auto& c : d.clusters) {
    Agraph_t* sub = agsubg(root, C(c.id), 1);
    for (const auto& a : c.attrs) Set(root, sub, AGRAPH, a);
    clusters.push_back(sub);
  }
  std::vector<Agnode_t*> nodes;
  nodes.reserve(d.nodes.size());
  DotAttrs attrs;
  for (const auto& n : d.nodes) {
    Agraph_t* owner = n.cluster == DrawnNode::kNoCluster ? root : clusters[n.cluster];
    Agnode_t* node = agnode(owner, C(ExportNodeId(d.graph->Node(n.node).key)), 1);
    DrawnNodeAttrs(d, n, attrs);
    for (const auto& a : attrs) Set(root, node, AGNODE, a);
    nodes.push_back(node);
  }
  for (std::size_t e = 0; e < d.graph->EdgeCount(); ++e) {
    if (!IsDrawnEdge(d, e)) continue;
    // Anonymous edges: cgraph keeps parallel edges of a non-strict graph.
    Agedge_t* edge = agedge(root, nodes[d.position[d.graph->Source(e)]], nodes[d.position[d.graph->Target(e)]], nullptr, 1);
    DrawnEdgeAttrs(d, e, attrs);
    for (const auto& a : attrs) Set(root, edge, AGEDGE, a);
  }
  return g;
}

}  // namespace

bool IsRenderFormat(std::string_view format) { return format == "svg" || format == "png" || format == "pdf"; }

std::vector<std::filesystem::path> RenderDrawing(const Drawing& drawing, const std::filesystem::path& dir,
                                                 const std::string& stem, const std::vector<std::string>& formats) {
  std::lock_guard<std::mutex> hold(GvLock());
  GVC_t* gvc = GvContext();
  GraphPtr g = BuildGraph(drawing);
  std::vector<std::filesystem::path> written;
  std::filesystem::path first = dir / (stem + "." + (formats.empty() ? "svg" : formats.front()));
  if (gvLayout(gvc, g.get(), drawing.layout.c_str()) != 0)
    throw std::runtime_error(first.string() + ": Graphviz layout '" + drawing.layout + "' failed");
  struct LayoutFree {
    GVC_t* gvc;
    Agraph_t* g;
    ~LayoutFree() { gvFreeLayout(gvc, g); }
  } layout_free{gvc, g.get()};
  for (const auto& format : formats) {
    std::filesystem::path target = dir / (stem + "." + format);
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, g.get(), format.c_str(), &data, &length) != 0 || !data)
      throw std::runtime_error(target.string() + ": Graphviz cannot render " + format);
    std::unique_ptr<char, void (*)(char*)> owned(data, gvFreeRenderData);
    WriteFileAtomically(target, [&](std::ostream& out) { out.write(data, length); });
    written.push_back(target);
  }
  return written;
}

}  // namespace pejabat
