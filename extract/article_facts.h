#pragma once
#include <boost/container/small_vector.hpp>
#include <optional>
#include <string>
#include <vector>

#include "extract/entity_kind.h"
#include "extract/fact_relation.h"
#include "extract/span.h"

namespace pejabat {

// The plain structs the extractor emits for one article. Each entity carries a
// canonical `key`: two entities with the same key, in any articles, are the same
// node of the graph. Keys are lowercase ASCII-ish slugs built by resolve/.

// Where an entity is written: its text is the article's `text` at `span`
// (`pejabat extract` prints it, white space collapsed, as "surface"). No
// copy of it is kept: the graph needs only the span, and a string per
// mention was an allocation, a copy and a free for every one of them.
struct Mention {
  Span span;
};

// An entity's mentions and written forms, with room inside the entity for
// the few nearly every entity has: as vectors, each list was a heap block of
// its own, 28 of the 90 an article's facts took, each allocated while
// resolving and freed with the facts (~ArticleFacts 10.6M -> 7.9M
// instructions per 1k articles). Four mentions hold those of 96% of persons
// and 95% of offices; two strings nearly every list of aliases, titles and
// degrees.
using MentionList = boost::container::small_vector<Mention, 4>;
using NameList = boost::container::small_vector<std::string, 2>;

struct ArticleMeta {
  std::string source;  // file name or JSON Lines id: the Article node's `source`
  std::string title;
  std::string url;
  std::string published;      // ISO date of publication, if known
  std::string outlet;         // "Antaranews Sumbar", "MUDANEWS.COM", ...
  std::string dateline_city;  // city named in the dateline
  std::string city;           // the jurisdiction the article is about
  std::string region_code;    // kode wilayah of `city`, when known
  Span body;                  // where the cleaned body starts and ends
};

struct PersonEntity {
  std::string key;
  std::string name;                   // without titles or degrees
  NameList titles;                    // honorifics, ranks: "Drs", "H", "Ir"
  NameList degrees;                   // "SH", "M.Si"
  NameList aliases;                   // other written forms in this article
  MentionList mentions;
};

struct OrganizationEntity {
  std::string key;
  std::string name;                  // canonical full name
  std::string type;                  // government, secretariat, division, agency, ministry, ...
  NameList aliases;                  // written forms ("Pemko Padang")
  std::optional<uint32_t> parent;    // index of the parent office in this article
  std::optional<uint32_t> place;     // index of its jurisdiction in `places`
  MentionList mentions;              // empty when only implied by a post or a parent link
};

struct PostEntity {
  std::string key;
  std::string name;   // "Kepala Bagian Organisasi Sekretariat Daerah Kota Padang"
  std::string role;   // "Kepala Bagian", "Wali Kota", "Asisten II"
  std::string acting;  // "", "Plt", "Pj", "Plh"
  std::optional<uint32_t> organization;
  MentionList mentions;
};

struct PlaceEntity {
  std::string key;
  std::string name;  // "Kota Padang", "Hotel Grand Kanaya"
  std::string type;  // province, city, regency, district, village, venue
  std::string code;  // kode wilayah for administrative areas
  std::optional<uint32_t> parent;
  MentionList mentions;
};

struct EventEntity {
  std::string key;
  std::string name;
  std::string type;     // training, socialization, meeting, ceremony, statement, ...
  std::string date;     // ISO 8601, or --MM-DD when the year is unknown
  std::string weekday;  // as written ("Senin")
  std::string end_date;
  std::string venue;
  std::string city;
  std::optional<int> participants;
  MentionList mentions;
};

struct QuoteEntity {
  std::string key;
  std::string text;  // without quotation marks
  Span span;
};

struct FigureEntity {
  std::string key;
  std::string indicator;  // "IKM", "AKIP", "agen perubahan"
  std::string value;      // "80,23" as written, normalized by `number`
  std::optional<double> number;
  std::string category;   // "B", "BB"
  std::string year;
  Span span;
};

struct Fact {
  FactRelation relation;
  EntityRef from;
  EntityRef to;
  Span evidence;     // the span that supports it (usually a clause or sentence)
  std::string role;  // for spoke_at: opened, remarks, report, resource_person, quoted
};

struct Diagnostic {
  std::string message;  // e.g. "weekday Senin contradicts 2019-10-30 (a Rabu)"
  Span span;
};

struct ArticleFacts {
  ArticleMeta meta;
  std::string text;  // the article text the spans point into
  std::vector<PersonEntity> persons;
  std::vector<OrganizationEntity> organizations;
  std::vector<PostEntity> posts;
  std::vector<PlaceEntity> places;
  std::vector<EventEntity> events;
  std::vector<QuoteEntity> quotes;
  std::vector<FigureEntity> figures;
  std::vector<Fact> facts;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace pejabat
