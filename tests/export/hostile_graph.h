#pragma once
// A small hand-built graph whose names, title and quote carry everything that
// breaks a careless writer: <, &, ", ', ]]>, backslashes (one at the very end
// of a name), newlines, control characters, non-Latin scripts, a date without
// a year, and two articles so that two spoke_at edges join the same pair.
#include "extract/article_facts.h"
#include "graph/graph_builder.h"
#include "graph/knowledge_graph.h"

namespace pejabat::testing_graph {

inline const std::string kBudiName = "Budi <&> \"Santoso\"\n\x01]]>\\";
inline const std::string kSitiName = "Siti \xE0\xA4\xB8\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\xBF \\";
inline const std::string kQuoteText = "Kami <tidak> & \x01 ]]> \\ \"birokrasi\"\nbaris \xE3\x83\x96";

inline Span Find(const std::string& text, const std::string& what) {
  auto at = text.find(what);
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
}

inline ArticleFacts MakeArticle(const std::string& source, const std::string& date) {
  ArticleFacts f;
  f.meta.source = source;
  f.meta.title = "Judul <b>&amp;\"' ]]> \\ \xE3\x83\x96\xE3\x83\x87\xE3\x82\xA3\nbaris\x01";
  f.meta.city = "Kota \"Uji\"";
  f.meta.published = "2024-06-03";
  f.text = "Budi membuka Rapat <A> & B di Aula. \xE2\x80\x9C" + kQuoteText + "\xE2\x80\x9D kata Budi. Siti hadir.";
  f.meta.body = Span{0, static_cast<uint32_t>(f.text.size())};

  PersonEntity budi;
  budi.key = "person/budi";
  budi.name = kBudiName;
  budi.aliases = {"\xE3\x83\x96\xE3\x83\x87\xE3\x82\xA3"};
  budi.titles = {"Dr", "H"};
  budi.mentions = {Mention{Find(f.text, "Budi")}};
  PersonEntity siti;
  siti.key = "person/siti";
  siti.name = kSitiName;
  siti.mentions = {Mention{Find(f.text, "Siti")}};
  f.persons = {budi, siti};

  OrganizationEntity org;
  org.key = "org/pemkot-uji";
  org.name = "Pemerintah Kota <Uji> & \"Sekitarnya\"";
  org.type = "government";
  org.mentions = {Mention{Find(f.text, "Aula")}};
  f.organizations = {org};

  PostEntity post;
  post.key = "post/wali-kota-uji";
  post.name = "Wali Kota Uji";
  post.role = "Wali Kota";
  post.acting = "Plt";
  post.organization = 0;
  post.mentions = {Mention{Find(f.text, "Budi")}};
  f.posts = {post};

  EventEntity event;
  event.key = "event/rapat-uji";
  event.name = "Rapat <A> & B";
  event.type = "meeting";
  event.date = date;
  event.venue = "Aula ]]> \"Balai\"";
  event.city = "Kota \"Uji\"";
  event.participants = 40;
  event.mentions = {Mention{Find(f.text, "Rapat <A> & B")}};
  f.events = {event};

  QuoteEntity quote;
  quote.key = "quote/" + source + "/1";
  quote.text = kQuoteText;
  quote.span = Find(f.text, kQuoteText);
  f.quotes = {quote};

  auto ref = [](EntityKind kind, uint32_t i) { return EntityRef{kind, i}; };
  Span sentence = Find(f.text, "Budi membuka Rapat <A> & B di Aula.");
  f.facts = {
      {FactRelation::Holds, ref(EntityKind::Person, 0), ref(EntityKind::Post, 0), sentence, ""},
      {FactRelation::SpokeAt, ref(EntityKind::Person, 0), ref(EntityKind::Event, 0), sentence, "opened"},
      {FactRelation::Attended, ref(EntityKind::Person, 1), ref(EntityKind::Event, 0), Find(f.text, "Siti hadir."), ""},
      {FactRelation::Said, ref(EntityKind::Person, 0), ref(EntityKind::Quote, 0), quote.span, ""},
      {FactRelation::Represented, ref(EntityKind::Person, 1), ref(EntityKind::Post, 0), sentence, ""},
  };
  return f;
}

// Two articles about the same event: its date is known in the first only as
// --07-24; both say Budi spoke, so two spoke_at edges join the same pair.
inline KnowledgeGraph MakeHostileGraph() {
  GraphBuilder builder;
  builder.Add(MakeArticle("a <&>\"'\\.txt", "--07-24"));
  builder.Add(MakeArticle("b.txt", "2024-07-24"));
  return builder.Build();
}

}  // namespace pejabat::testing_graph
