#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace pejabat {

// Generic, language-free name lookup over the graph. The CLI does the
// language-aware part (titles, degrees, abbreviations) and passes the written
// query together with its normalized forms as `queries`.

// Case-folded words: ASCII letters and digits are folded, bytes of other
// UTF-8 code points are kept, everything else separates words.
// "Ir. H. Rahmat Hidayat, MM" -> {"ir", "h", "rahmat", "hidayat", "mm"}.
std::vector<std::string> MatchWords(std::string_view text);
// The words joined by single spaces: a case- and punctuation-blind form.
std::string FoldWords(std::string_view text);

// How well a node answers a query, best first.
enum class NameMatch {
  ExactName,     // the query's words are the name's words
  ExactAlias,    // ... one alias's words
  WordsInName,   // every query word is a word of the name
  WordsInAlias,  // ... of one alias
  WordsInContext,  // ... of the name, aliases and context together (a person's posts, an office's posts)
  None,
};

// How a node of any kind answers one query. Context: a person's posts, an
// office's posts, an event's type, city, venue, date and article.
NameMatch MatchNode(const KnowledgeGraph& graph, KnowledgeGraph::NodeId node, std::string_view query);

// The nodes of `kind` that answer any of `queries` best (all ties), in id order;
// empty when none matches at all.
std::vector<KnowledgeGraph::NodeId> FindByName(const KnowledgeGraph& graph, NodeKind kind,
                                               const std::vector<std::string>& queries);

}  // namespace pejabat
