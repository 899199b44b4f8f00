#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/article_facts.h"
#include "graph/huge_column.h"
#include "graph/huge_pages.h"
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
// edges: an edge is its two node numbers and a 24-byte EdgeData (interned
// article and role, a spilled evidence handle, span, relation), in two columns that Build()
// sorts in place and hands to the graph without a copy. Nodes are 32-byte
// NodeData with interned texts. The indexes are open-addressing tables of
// numbers rather than maps of string keys. An edge that belongs to its
// article (all but the structural relations) can only repeat within the
// article's own edges, so those are deduplicated in a small per-article table;
// only structural edges need a table over the whole graph.
//
// At a million articles every table, column and text is larger than the
// caches, so Add works an article at a time in steps (keys interned together,
// then nodes, then the values to intern together, then links), each step
// asking for what the next will read at random places before it reads them.
class GraphBuilder {
 public:
  void Add(const ArticleFacts& facts);
  KnowledgeGraph Build();  // leaves the builder empty

  std::size_t articles() const { return articles_; }

 private:
  using Ends = std::pair<uint32_t, uint32_t>;  // from, to: node numbers
  struct Article;  // the article being added: its text, name and code point index
  struct EdgeRange {
    uint32_t begin, end;  // positions in edges_
  };
  // A slot of the table of structural edges. The edge's ends and relation sit
  // beside its number, so that a probe reads the table alone: comparing with
  // the edge's columns read them at a random place, two cache misses per
  // structural fact once a million articles make them a GB.
  struct StructuralSlot {
    uint32_t from = 0, to = 0, id = UINT32_MAX;  // id UINT32_MAX: free
    Relation relation = Relation::MentionedIn;
    bool free() const { return id == UINT32_MAX; }
  };
  // A slot of the table of where each article's edges are, by its node.
  struct ArticleSlot {
    uint32_t node = UINT32_MAX;  // UINT32_MAX: free
    EdgeRange edges = {0, 0};
    bool free() const { return node == UINT32_MAX; }
  };
  // A link of the article, waiting until all of them can be looked up together.
  struct PendingLink {
    uint32_t from, to;
    Relation relation;
    Span span;
    std::string_view role;
  };
  // A value of the article: a new node's name, or an attribute to set or add
  // to a set, waiting until the article's values can be interned together
  // (InternValues) rather than one by one, each a wait at a random place in
  // the text table.
  struct PendingValue {
    enum class Op : uint8_t { Name, Set, AddToNewSet, AddToSet } op;
    uint32_t node;
    AttributeName name;     // Set, AddToNewSet, AddToSet
    uint32_t text;          // Name, Set, AddToNewSet: its place in value_texts_
    std::string_view view;  // AddToSet: the value, added to a set the node has (not interned alone)
  };
  // Room for `count` entries (tables at most half full).
  void GrowNodeSlots(std::size_t count);
  void GrowArticleSlots(std::size_t count);
  void GrowStructuralSlots(std::size_t count);
  uint32_t Intern(NodeKind kind, InternedText key, std::string_view name);
  void SetLater(uint32_t node, AttributeName name, std::string_view value);
  void AddToSetLater(uint32_t node, AttributeName name, std::string_view value);
  void QueueValue(PendingValue::Op op, uint32_t node, AttributeName name, std::string_view text);
  std::string_view Own(std::string text);  // kept until the article's values are interned
  void InternValues();  // and applies them, in order
  void InternKeys(const ArticleFacts& facts, std::string_view article_key);
  void Link(Article& article, uint32_t from, uint32_t to, Relation relation, Span span,
            std::string_view role = {});
  void LinkAll(Article& article);  // pending_links_, their structural slots asked for first
  uint32_t FindStructural(uint32_t from, uint32_t to, Relation relation, uint32_t next);
  uint32_t FindArticleEdge(uint32_t from, uint32_t to, Relation relation, uint32_t next);
  void StartArticle(uint32_t article, bool seen_before);
  void EndArticle(uint32_t article, bool seen_before, EdgeRange edges);
  void IndexArticleEdge(uint32_t id);
  std::size_t EdgeHashOf(uint32_t id) const;
  void SortEdges();  // Build's: edges in the graph's order

  HugeColumn<NodeData> nodes_;  // the graph's columns (graph/boost_graph.h): in huge pages, grown without copying
  // The hash tables below are probed at random by every Add: in huge pages
  // once large (a million articles make them hundreds of MB).
  using SlotTable = HugePageVector<uint32_t>;
  SlotTable node_slots_;  // open addressing over nodes_ by key; kEmptySlot when free
  HugeColumn<Ends> ends_;  // by edge number, with edge_data_
  HugeColumn<EdgeData> edge_data_;
  // One edge per (from, to, relation, article), the first evidence kept;
  // structural relations: one per (from, to, relation).
  HugePageVector<StructuralSlot> structural_slots_;  // over the structural edges of all articles
  SlotTable article_slots_;                          // over the current article's other edges
  std::size_t structural_edges_ = 0, article_edges_ = 0;
  // Where each article's edges are, for the rare source named by two articles
  // (the same file name in two folders, a repeated JSON Lines id): the first
  // article's in article_ranges_, the others' in repeated_article_edges_.
  HugePageVector<ArticleSlot> article_ranges_;
  std::size_t article_nodes_ = 0;
  std::unordered_map<uint32_t, std::vector<EdgeRange>> repeated_article_edges_;
  std::size_t articles_ = 0;
  // Scratch, reused from article to article.
  std::vector<std::string_view> key_texts_;
  std::vector<InternedText> keys_;  // InternKeys'
  std::vector<uint32_t> prefetch_nodes_;
  std::vector<PendingLink> pending_links_;
  std::vector<PendingValue> pending_values_;
  std::vector<std::string_view> value_texts_;
  std::vector<InternedText> values_;
  std::deque<std::string> owned_values_;  // values made here (numbers, figure names)
};

}  // namespace pejabat
