#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/article_facts.h"
#include "graph/interned_text.h"
#include "graph/knowledge_graph.h"

namespace pejabat {

// Merges the facts of many articles into one graph. Entities merge on their
// canonical key (hash lookups, never pairwise comparison); the first article
// that sets a scalar attribute wins, set-valued ones (aliases) are unioned.
// Articles must be added in a fixed order (the pipeline guarantees input order)
// so that the graph is the same for any thread count.
//
// Storage is compact because a million articles make tens of millions of
// edges: a pending edge is 40 bytes (node numbers, article number, span, and
// interned evidence and role), and the node and edge indexes are open-addressing
// tables of 32-bit numbers rather than maps of string keys.
class GraphBuilder {
 public:
  void Add(const ArticleFacts& facts);
  KnowledgeGraph Build();  // leaves the builder empty

  std::size_t articles() const { return articles_; }

 private:
  struct PendingEdge {
    uint32_t from, to;
    uint32_t source;  // article number: position in sources_
    uint32_t span_start, span_end;
    Relation relation;
    InternedText evidence;
    InternedText role;
  };
  uint32_t Intern(NodeKind kind, const std::string& key, const std::string& name);
  void Link(uint32_t from, uint32_t to, Relation relation, uint32_t source, uint32_t span_start, uint32_t span_end,
            InternedText evidence, const std::string& role = {});
  uint32_t SourceNumber(const std::string& source);

  std::vector<NodeData> nodes_;
  std::vector<uint32_t> node_slots_;  // open addressing over nodes_ by key; kEmptySlot when free
  std::vector<PendingEdge> edges_;
  // One edge per (from, to, relation, article) (structural relations: per
  // (from, to, relation)); the first evidence is kept.
  std::vector<uint32_t> edge_slots_;
  std::vector<InternedText> sources_;  // article sources by number
  std::unordered_map<InternedText, uint32_t> source_numbers_;
  std::size_t articles_ = 0;
};

}  // namespace pejabat
