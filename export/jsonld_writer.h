#pragma once
#include <ostream>
#include <string>

#include "graph/knowledge_graph.h"

namespace pejabat {

struct JsonldOptions {
  std::string base_iri = "https://pejabat.example/id/";  // node IRIs: base + canonical key
};

// Writes the graph as one JSON-LD document with its @context inline (no
// remote fetch): nodes typed with schema.org (Person, GovernmentOrganization,
// Event, Place, Quotation, NewsArticle) and the W3C Organization Ontology
// (org:Post, org:holds, org:postIn, org:subOrganizationOf); each node
// prov:wasDerivedFrom the articles it was read in, prov:actedOnBehalfOf for
// `represented`; and one rdf:Statement per edge that is also an oa:Annotation
// of the evidence, located by an oa:TextPositionSelector (code points) and an
// oa:TextQuoteSelector. Dates are typed by what they are: xsd:date only for a
// full date, xsd:gMonthDay for "--07-24". Throws std::invalid_argument for a
// base IRI that is not absolute.
void WriteJsonld(const KnowledgeGraph& graph, std::ostream& out, const JsonldOptions& options = {});

}  // namespace pejabat
