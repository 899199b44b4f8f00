#pragma once
// Private to graph/: the only header that includes Boost.Graph.
#include <boost/graph/adjacency_list.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/edge_data.h"
#include "graph/node_data.h"

namespace pejabat {

using AdjacencyList = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeData, EdgeData>;
using VertexDescriptor = boost::graph_traits<AdjacencyList>::vertex_descriptor;
using EdgeDescriptor = boost::graph_traits<AdjacencyList>::edge_descriptor;

struct BoostGraph {
  AdjacencyList graph;
  std::vector<EdgeDescriptor> edges;                   // by EdgeData::index
  std::unordered_map<std::string, VertexDescriptor> by_key;  // our own name -> vertex index

  // Adds nodes (already in key order) and edges (already in their final order).
  void Assign(std::vector<NodeData> nodes, std::vector<std::pair<std::pair<std::size_t, std::size_t>, EdgeData>> links);
};

}  // namespace pejabat
