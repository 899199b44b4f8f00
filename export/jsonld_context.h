#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/attribute_name.h"
#include "graph/vocabulary.h"

namespace pejabat {

// The JSON-LD @context pejabat writes inline: schema.org, the W3C
// Organization Ontology (org:), PROV-O (prov:), Web Annotation (oa:), and
// pejabat's own terms (pj:, under the base IRI) for what those do not cover.
// Every key the writer emits is defined here, because jsonld.js (and any
// JSON-LD processor) silently drops a key the context does not map.
struct JsonldTerm {
  std::string term;      // the JSON key
  std::string prefix;    // "schema", "org", "prov", "oa", "rdf", "pj"
  std::string local;     // local name after the prefix
  std::string coercion;  // "", "@id", "xsd:double", "xsd:anyURI"
  bool reverse = false;  // @reverse: the triple runs from the value to the node
};

class JsonldContext {
 public:
  explicit JsonldContext(std::string vocab_iri);
  // Holds pointers into its own terms.
  JsonldContext(const JsonldContext&) = delete;
  JsonldContext& operator=(const JsonldContext&) = delete;

  // The term for a node attribute, or nullptr when the attribute is carried
  // another way (an Event's `article` is its prov:wasDerivedFrom link).
  // Attributes without a fixed term get a pj: term of their own name.
  const JsonldTerm* AttributeTerm(NodeKind kind, const std::string& name);
  // The same, remembered by kind and name number: every node asks for each
  // of its attributes twice (building the context, writing the node), and
  // the answer depends on those two alone.
  const JsonldTerm* AttributeTerm(NodeKind kind, AttributeName name);
  // The term for an edge, as written on its source node.
  const JsonldTerm& RelationTerm(Relation relation, NodeKind source_kind) const;
  const JsonldTerm& Term(std::string_view term) const;  // a fixed term by its key

  std::string Iri(const JsonldTerm& term) const;  // the full predicate IRI
  const std::map<std::string, std::string>& prefixes() const { return prefixes_; }
  std::vector<const JsonldTerm*> Terms() const;   // every term, fixed and added, by key

 private:
  std::map<std::string, std::string> prefixes_;
  std::map<std::string, JsonldTerm, std::less<>> terms_;
  std::set<std::string> added_;  // terms made for attributes without a fixed one
  // RelationTerm's answers, looked up once (a search of terms_ by text per
  // edge was 6% of writing JSON-LD): by relation, and LocatedIn from a place.
  static constexpr std::size_t kRelations = static_cast<std::size_t>(Relation::QuotedIn) + 1;
  std::array<const JsonldTerm*, kRelations> relation_terms_{};
  const JsonldTerm* contained_in_place_ = nullptr;
  // AttributeTerm's answers by kind, then name number; kNotAsked before the first.
  static constexpr std::size_t kKinds = static_cast<std::size_t>(NodeKind::Figure) + 1;
  std::array<std::vector<const JsonldTerm*>, kKinds> attribute_terms_;
};

}  // namespace pejabat
