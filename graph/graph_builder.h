#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "extract/article_facts.h"
#include "graph/knowledge_graph.h"

namespace pejabat {

// Merges the facts of many articles into one graph. Entities merge on their
// canonical key (hash lookups, never pairwise comparison); the first article
// that sets a scalar attribute wins, set-valued ones (aliases) are unioned.
// Articles must be added in a fixed order (the pipeline guarantees input order)
// so that the graph is the same for any thread count.
class GraphBuilder {
 public:
  void Add(const ArticleFacts& facts);
  KnowledgeGraph Build();  // leaves the builder empty

  std::size_t articles() const { return articles_; }

 private:
  struct PendingEdge {
    std::size_t from, to;
    EdgeData data;
  };
  std::size_t Intern(NodeKind kind, const std::string& key, const std::string& name);
  void Link(std::size_t from, std::size_t to, Relation relation, Provenance provenance, std::string role = {});

  std::vector<NodeData> nodes_;
  std::unordered_map<std::string, std::size_t> index_;  // key -> position in nodes_
  std::vector<PendingEdge> edges_;
  // One edge per (from, to, relation, article): the first evidence is kept.
  std::unordered_map<std::string, std::size_t> edge_index_;
  std::size_t articles_ = 0;
};

}  // namespace pejabat
