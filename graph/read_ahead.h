#pragma once
#include <cstddef>

#include "graph/knowledge_graph.h"

namespace pejabat {

// Writers read each edge's end nodes, their keys, its article and its
// evidence sentence. At a million articles those lie at random places in
// gigabytes (the node table, the interned-text arena, the evidence spill
// file), and each read is a cache and TLB miss the writer waits for: that
// waiting is why writing a 1M graph took 15 times as long as a 100k one. The
// edges are walked in order, so a writer can ask for an edge's data a few
// edges ahead and the misses overlap with the work of writing.
//
// Call Before(e) for e = 0, 1, 2, ... before reading edge e. Only hints are
// given: nothing is read that the writer would not read itself.
class EdgeReadAhead {
 public:
  explicit EdgeReadAhead(const KnowledgeGraph& graph) : graph_(graph), count_(graph.EdgeCount()) {}

  void Before(KnowledgeGraph::EdgeId e) const {
    if (e + 2 * kDistance < count_) RequestNodes(e + 2 * kDistance);
    if (e + kDistance < count_) RequestTexts(e + kDistance);
  }

 private:
  // An edge's data takes two steps: its end nodes and evidence offset, then
  // (kDistance edges later, when those have arrived) the texts they point to.
  static constexpr std::size_t kDistance = 8;
  void RequestNodes(KnowledgeGraph::EdgeId e) const;
  void RequestTexts(KnowledgeGraph::EdgeId e) const;

  const KnowledgeGraph& graph_;
  std::size_t count_;
};

// The same for writers that walk the nodes in order and, for each, read the
// keys of the nodes its out-edges point to and the articles of its in-edges
// (the JSON-LD writer): Before(v) for v = 0, 1, 2, ... before reading node v.
// Only a node's first kMaxEdges edges each way are asked for: a hub's links
// are read on in order, and asking for thousands at once would only push
// each other out of the cache.
class NodeReadAhead {
 public:
  explicit NodeReadAhead(const KnowledgeGraph& graph) : graph_(graph), count_(graph.NodeCount()) {}

  void Before(KnowledgeGraph::NodeId v) const {
    if (v + 2 * kDistance < count_) RequestEdges(v + 2 * kDistance);
    if (v + kDistance < count_) RequestTexts(v + kDistance);
  }

 private:
  static constexpr std::size_t kDistance = 4;
  static constexpr std::size_t kMaxEdges = 16;
  void RequestEdges(KnowledgeGraph::NodeId v) const;
  void RequestTexts(KnowledgeGraph::NodeId v) const;

  const KnowledgeGraph& graph_;
  std::size_t count_;
};

}  // namespace pejabat
