#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

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

  // The term for a node attribute, or nullptr when the attribute is carried
  // another way (an Event's `article` is its prov:wasDerivedFrom link).
  // Attributes without a fixed term get a pj: term of their own name.
  const JsonldTerm* AttributeTerm(NodeKind kind, const std::string& name);
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
};

}  // namespace pejabat
