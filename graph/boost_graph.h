#pragma once
// Private to graph/: the only header that includes Boost.Graph.
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <bit>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/edge_data.h"
#include "graph/huge_column.h"
#include "graph/node_data.h"

namespace pejabat {

// The graph is built once, after entity resolution, and never changes: Boost's
// compressed sparse row graph fits that and costs 12 bytes an edge (target,
// and the in-edge's source and edge number), where an adjacency_list costs
// about 80 (a list node per edge and a stored edge in each end's vector).
// Vertices are numbered 0..n-1 in key order, edges 0..m-1 in the graph's edge
// order (grouped by source, so Boost's edge index is our EdgeId). Vertex
// bundles are NodeData; edge properties live in `edge_data`, indexed by
// Boost's edge_index, so that the builder's sorted column moves in whole.
using CsrGraph = boost::compressed_sparse_row_graph<boost::bidirectionalS, NodeData, boost::no_property,
                                                    boost::no_property, uint32_t, uint32_t>;
using VertexDescriptor = boost::graph_traits<CsrGraph>::vertex_descriptor;
using EdgeDescriptor = boost::graph_traits<CsrGraph>::edge_descriptor;

// The columns a graph is built from. In huge pages: the builder grows them
// to GBs at a million articles (with 4 KiB pages a page fault every 4 KiB
// was a sixth of the merging thread's time) and the writers read them at
// random. Grown without copying (graph/huge_column.h).
using NodeColumn = HugeColumn<NodeData>;
using EdgeColumn = HugeColumn<EdgeData>;

struct BoostGraph {
  CsrGraph graph;
  EdgeColumn edge_data;  // by edge index
  std::vector<uint32_t> source;     // by edge index: Source(e) without a search
  std::vector<uint32_t> key_slots;  // open addressing over vertices by key handle; our own name -> vertex index

  using Ends = std::pair<uint32_t, uint32_t>;  // source and target vertex
  using EndsColumn = HugeColumn<Ends>;

  // Takes nodes already in key order, and edges (ends and properties, same
  // order) already grouped by source vertex, in their final order.
  void Assign(NodeColumn nodes, EndsColumn ends, EdgeColumn data);

  uint32_t EdgeIndex(const EdgeDescriptor& e) const { return static_cast<uint32_t>(boost::get(boost::edge_index, graph, e)); }
  const EdgeData& Edge(const EdgeDescriptor& e) const { return edge_data[EdgeIndex(e)]; }
  std::optional<uint32_t> Find(std::string_view key) const;
};

}  // namespace pejabat
