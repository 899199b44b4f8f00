#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace pejabat {

// Reads pejabat's own GraphML (export/graphml_writer.cpp) back into the
// KnowledgeGraph it was written from: node keys, kinds, names, attributes, and
// edges with relation, provenance and role. Keys are looked up by `attr.name`
// (never by their ids); a node's key is its `key` data (else its id, %XX-decoded);
// `label`, `labels`, `interaction` and keys without an attr.name
// (yEd graphics) are presentation and are skipped. Nodes and edges are put in
// the builder's content order, so a graph that went through GraphML answers
// every query exactly as the graph built from the articles.
//
// The XML is parsed without network access and without substituting entities.
// A file that is not such GraphML is an expected miss: nullopt, and `error`
// says why in one line (without the file name).
class GraphReader {
 public:
  static std::optional<KnowledgeGraph> ReadString(std::string_view xml, std::string& error);
  static std::optional<KnowledgeGraph> ReadFile(const std::string& path, std::string& error);
};

}  // namespace pejabat
