#pragma once
#include <cstddef>

#include "graph/knowledge_graph.h"

namespace pejabat {

// Writers read each edge's end nodes, their keys, its article and its
// evidence sentence. At a million articles those lie at random places in
// gigabytes (the node table, the interned-text arena, the evidence spill
// file), and each read is a cache and TLB miss the writer waits for: that
// waiting is why writing a 1M graph took 15 times as long as a 100k one. The
// items are walked in order, so a writer can ask for an item's data a few
// items ahead and the misses overlap with the work of writing.
//
// Call Before(i) for i = 0, 1, 2, ... before reading item i. Only hints are
// given: nothing is read that the writer would not read itself. Finding the
// data takes two steps (the node or offset, then the texts they point to),
// so each is asked for twice: its first step 2d items ahead, its second d.
class ReadAhead {
 public:
  enum class Walk {
    Edges,  // each edge's end nodes, their keys, its article and evidence
    // Each node's key, name, attributes and their values (NodeTexts), then
    // also its out-edge targets and their keys, and its in-edges (for their
    // articles): the JSON-LD writer. Only a node's first kMaxEdges edges each
    // way: a hub's links are read ahead by the writer's own loops, and asking
    // for thousands at once would only push each other out of the cache.
    Nodes,
    // Each node's own texts: the GraphML writer's nodes. Nodes are in key
    // order, their texts and attribute lists where Add left them, in the
    // order articles came.
    NodeTexts,
  };

  ReadAhead(const KnowledgeGraph& graph, Walk walk)
      : graph_(graph), walk_(walk), count_(walk == Walk::Edges ? graph.EdgeCount() : graph.NodeCount()),
        distance_(walk == Walk::Nodes ? 4 : 8) {}

  void Before(std::size_t item) const {
    if (item + 2 * distance_ < count_) RequestFirst(item + 2 * distance_);
    if (item + distance_ < count_) RequestSecond(item + distance_);
  }

 private:
  static constexpr std::size_t kMaxEdges = 16;
  void RequestFirst(std::size_t item) const;
  void RequestSecond(std::size_t item) const;
  void RequestNodeFirst(std::size_t node) const;   // its key, name and attribute list
  void RequestNodeSecond(std::size_t node) const;  // its attributes' values

  const KnowledgeGraph& graph_;
  Walk walk_;
  std::size_t count_, distance_;
};

}  // namespace pejabat
