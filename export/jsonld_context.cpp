#include "export/jsonld_context.h"

#include <stdexcept>

namespace pejabat {
namespace {

const std::vector<JsonldTerm>& FixedTerms() {
  static const std::vector<JsonldTerm> terms = {
      // every node
      {"identifier", "schema", "identifier", "", false},
      {"name", "schema", "name", "", false},
      {"wasDerivedFrom", "prov", "wasDerivedFrom", "@id", false},
      // people and offices
      {"alternateName", "schema", "alternateName", "", false},
      {"honorificPrefix", "schema", "honorificPrefix", "", false},
      {"honorificSuffix", "schema", "honorificSuffix", "", false},
      {"organizationType", "pj", "organizationType", "", false},
      {"roleName", "pj", "roleName", "", false},
      {"acting", "pj", "acting", "", false},
      // places
      {"placeType", "pj", "placeType", "", false},
      {"regionCode", "pj", "regionCode", "", false},
      // events
      {"eventType", "pj", "eventType", "", false},
      {"startDate", "schema", "startDate", "", false},
      {"endDate", "schema", "endDate", "", false},
      {"weekday", "pj", "weekday", "", false},
      {"venue", "pj", "venue", "", false},
      {"city", "pj", "city", "", false},
      {"participants", "pj", "participants", "", false},
      // quotes and articles
      {"text", "schema", "text", "", false},
      {"headline", "schema", "headline", "", false},
      {"url", "schema", "url", "xsd:anyURI", false},
      {"datePublished", "schema", "datePublished", "", false},
      {"source", "pj", "source", "", false},
      {"outlet", "pj", "outlet", "", false},
      {"dateline", "pj", "dateline", "", false},
      // figures an office reported
      {"indicator", "pj", "indicator", "", false},
      {"value", "pj", "value", "", false},
      {"number", "pj", "number", "xsd:double", false},
      {"category", "pj", "category", "", false},
      {"year", "pj", "year", "", false},
      {"entityType", "pj", "entityType", "", false},
      // relations
      {"holds", "org", "holds", "@id", false},
      {"postIn", "org", "postIn", "@id", false},
      {"subOrganizationOf", "org", "subOrganizationOf", "@id", false},
      {"spokeAt", "schema", "performer", "@id", true},
      {"attended", "schema", "attendee", "@id", true},
      {"organized", "schema", "organizer", "@id", true},
      {"actedOnBehalfOf", "prov", "actedOnBehalfOf", "@id", false},
      {"said", "schema", "spokenByCharacter", "@id", true},
      {"location", "schema", "location", "@id", false},
      {"containedInPlace", "schema", "containedInPlace", "@id", false},
      {"reports", "pj", "reports", "@id", false},
      {"mentionedIn", "schema", "mentions", "@id", true},
      {"isPartOf", "schema", "isPartOf", "@id", false},
      // one statement per edge, with where it was read (Web Annotation)
      {"subject", "rdf", "subject", "@id", false},
      {"predicate", "rdf", "predicate", "@id", false},
      {"object", "rdf", "object", "@id", false},
      {"relation", "pj", "relation", "", false},
      {"role", "pj", "role", "", false},
      {"motivatedBy", "oa", "motivatedBy", "@id", false},
      {"hasTarget", "oa", "hasTarget", "", false},
      {"hasSource", "oa", "hasSource", "@id", false},
      {"hasSelector", "oa", "hasSelector", "", false},
      {"start", "oa", "start", "", false},
      {"end", "oa", "end", "", false},
      {"exact", "oa", "exact", "", false},
  };
  return terms;
}

// Attributes whose fixed term is not their own name.
std::string FixedTermFor(NodeKind kind, const std::string& name) {
  if (name == "type") {
    switch (kind) {
      case NodeKind::Event: return "eventType";
      case NodeKind::Place: return "placeType";
      case NodeKind::Organization: return "organizationType";
      default: return "entityType";
    }
  }
  if (name == "aliases") return "alternateName";
  if (name == "titles") return "honorificPrefix";
  if (name == "degrees") return "honorificSuffix";
  if (name == "title") return "headline";
  if (name == "date") return "startDate";
  if (name == "end_date") return "endDate";
  if (name == "published") return "datePublished";
  if (name == "code") return "regionCode";
  if (name == "role") return "roleName";
  return name;
}

std::string Sanitize(const std::string& name) {
  std::string out;
  for (char c : name)
    out += ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') ? c : '_';
  if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out = "a_" + out;
  return out;
}

// Fixed terms an attribute may be written under: literals of the node itself,
// not links, statements or annotation parts.
bool IsAttributeTerm(const JsonldTerm& t) {
  return t.coercion != "@id" && t.prefix != "rdf" && t.prefix != "oa" && t.term != "identifier" && t.term != "name" &&
         t.term != "relation" && t.term != "role";
}

// The term of an edge's relation, written on its source node (LocatedIn from
// a place is containedInPlace instead).
const char* RelationTermName(Relation relation) {
  switch (relation) {
    case Relation::Holds: return "holds";
    case Relation::PostIn: return "postIn";
    case Relation::SubOrganizationOf: return "subOrganizationOf";
    case Relation::SpokeAt: return "spokeAt";
    case Relation::Attended: return "attended";
    case Relation::Organized: return "organized";
    case Relation::Represented: return "actedOnBehalfOf";
    case Relation::Said: return "said";
    case Relation::LocatedIn: return "location";
    case Relation::Reports: return "reports";
    case Relation::MentionedIn: return "mentionedIn";
    case Relation::QuotedIn: return "isPartOf";
  }
  return "mentionedIn";
}

}  // namespace

JsonldContext::JsonldContext(std::string vocab_iri) {
  prefixes_ = {{"schema", "https://schema.org/"},
               {"org", "http://www.w3.org/ns/org#"},
               {"prov", "http://www.w3.org/ns/prov#"},
               {"oa", "http://www.w3.org/ns/oa#"},
               {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
               {"xsd", "http://www.w3.org/2001/XMLSchema#"},
               {"pj", std::move(vocab_iri)}};
  for (const auto& t : FixedTerms()) terms_.emplace(t.term, t);
  for (std::size_t r = 0; r < kRelations; ++r) relation_terms_[r] = &Term(RelationTermName(static_cast<Relation>(r)));
  contained_in_place_ = &Term("containedInPlace");
}

const JsonldTerm* JsonldContext::AttributeTerm(NodeKind kind, AttributeName name) {
  static const JsonldTerm kNotAsked;
  std::vector<const JsonldTerm*>& terms = attribute_terms_[static_cast<std::size_t>(kind)];
  if (name.id() >= terms.size()) terms.resize(name.id() + 1, &kNotAsked);
  if (terms[name.id()] == &kNotAsked) terms[name.id()] = AttributeTerm(kind, name.str());
  return terms[name.id()];
}

const JsonldTerm* JsonldContext::AttributeTerm(NodeKind kind, const std::string& name) {
  if (name == "article") return nullptr;
  auto fixed = terms_.find(FixedTermFor(kind, name));
  if (fixed != terms_.end() && IsAttributeTerm(fixed->second)) return &fixed->second;
  // No fixed term: a pj: term of the attribute's own name, kept apart from
  // the structural terms (an attribute called "subject" is not rdf:subject).
  std::string term = Sanitize(name);
  auto it = terms_.find(term);
  if (it != terms_.end() && !added_.count(term)) term = "attr_" + term;
  added_.insert(term);
  auto [added, inserted] = terms_.try_emplace(term, JsonldTerm{term, "pj", term, "", false});
  return &added->second;
}

const JsonldTerm& JsonldContext::RelationTerm(Relation relation, NodeKind source_kind) const {
  if (relation == Relation::LocatedIn && source_kind == NodeKind::Place) return *contained_in_place_;
  return *relation_terms_[static_cast<std::size_t>(relation)];
}

const JsonldTerm& JsonldContext::Term(std::string_view term) const {
  auto it = terms_.find(term);
  if (it == terms_.end()) throw std::logic_error("JSON-LD term not in the context: " + std::string(term));
  return it->second;
}

std::string JsonldContext::Iri(const JsonldTerm& term) const { return prefixes_.at(term.prefix) + term.local; }

std::vector<const JsonldTerm*> JsonldContext::Terms() const {
  std::vector<const JsonldTerm*> out;
  for (const auto& [key, term] : terms_) out.push_back(&term);
  return out;
}

}  // namespace pejabat
