#pragma once
// A small hand-made graph for the query tests: three made-up articles (no
// real names), merged by GraphBuilder exactly as the pipeline merges them.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "extract/article_facts.h"
#include "graph/graph_builder.h"
#include "graph/knowledge_graph.h"

namespace pejabat::testing {

// Builds one article's facts; entities are found by the words they are written with.
class FactsMaker {
 public:
  FactsMaker(std::string source, std::string city, std::string text) {
    facts.meta.source = std::move(source);
    facts.meta.title = "Berita " + facts.meta.source;
    facts.meta.city = std::move(city);
    facts.text = std::move(text);
    facts.meta.body = Span{0, static_cast<uint32_t>(facts.text.size())};
  }

  Span At(const std::string& needle) const {
    std::size_t at = facts.text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    if (at == std::string::npos) return {};
    return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
  }
  MentionList Mentioned(const std::string& surface) const { return {Mention{At(surface)}}; }

  EntityRef Place(std::string key, std::string name, std::string type, std::optional<uint32_t> parent = {}) {
    PlaceEntity p{key, name, type, "", parent, Mentioned(name)};
    facts.places.push_back(p);
    return {EntityKind::Place, static_cast<uint32_t>(facts.places.size() - 1)};
  }
  EntityRef Org(std::string key, std::string name, std::string type, std::optional<uint32_t> parent,
                std::optional<uint32_t> place, NameList aliases = {}) {
    OrganizationEntity o{key, name, type, aliases, parent, place, Mentioned(name)};
    facts.organizations.push_back(o);
    return {EntityKind::Organization, static_cast<uint32_t>(facts.organizations.size() - 1)};
  }
  EntityRef Post(std::string key, std::string name, std::string role, uint32_t org) {
    PostEntity p{key, name, role, "", org, Mentioned(name)};
    facts.posts.push_back(p);
    return {EntityKind::Post, static_cast<uint32_t>(facts.posts.size() - 1)};
  }
  EntityRef Person(std::string key, std::string name, std::string written, NameList titles = {},
                   NameList degrees = {}) {
    PersonEntity p{key, name, titles, degrees, {}, Mentioned(written)};
    if (written != name) p.aliases.push_back(written);
    facts.persons.push_back(p);
    return {EntityKind::Person, static_cast<uint32_t>(facts.persons.size() - 1)};
  }
  EntityRef Event(std::string key, std::string name, std::string type, std::string date, std::string venue,
                  std::string city, std::optional<int> participants) {
    EventEntity e{key, name, type, date, "", "", venue, city, participants, Mentioned(name)};
    facts.events.push_back(e);
    return {EntityKind::Event, static_cast<uint32_t>(facts.events.size() - 1)};
  }
  EntityRef Quote(std::string key, std::string text) {
    facts.quotes.push_back(QuoteEntity{key, text, At(text)});
    return {EntityKind::Quote, static_cast<uint32_t>(facts.quotes.size() - 1)};
  }
  EntityRef Figure(std::string key, std::string indicator, std::string value, std::string category, std::string year,
                   const std::string& written) {
    facts.figures.push_back(FigureEntity{key, indicator, value, std::nullopt, category, year, At(written)});
    return {EntityKind::Figure, static_cast<uint32_t>(facts.figures.size() - 1)};
  }
  void Link(FactRelation r, EntityRef from, EntityRef to, const std::string& evidence, std::string role = {}) {
    facts.facts.push_back(Fact{r, from, to, At(evidence), std::move(role)});
  }

  ArticleFacts facts;
};

// Article a.txt (city Alpha): a training in Alpha opened by the Sekda of Alpha
// on behalf of the Wali Kota, with a report by a local head of office, a
// resource person from a national ministry and remarks by the Sekda of Beta.
// Article b.txt (city Beta): a socialization in Beta with no year, where the
// Sekda of Beta and the Sekda of Alpha speak. Article c.txt: no city, nothing.
inline std::vector<ArticleFacts> FixtureArticles() {
  std::vector<ArticleFacts> out;
  {
    FactsMaker a("a.txt", "Alpha",
                 "ALPHA - Pelatihan Tata Kelola digelar di Hotel Satu, Kota Alpha, Provinsi Zeta, Kamis (5/3/2020), "
                 "diikuti 30 peserta. Pelatihan dibuka Sekretaris Daerah Kota Alpha Ir. H. Budi Santoso, MM mewakili "
                 "Wali Kota Alpha. \"Kita harus melayani,\" kata Budi. \"Pelayanan adalah kunci,\" ujarnya. "
                 "Kepala Dinas Contoh Kota Alpha Citra Dewi melaporkan kegiatan. \"Semua siap,\" kata Citra. "
                 "Narasumber Dodi Pratama dari Kementerian Contoh (Kemencon) memaparkan materi. "
                 "Sekretaris Daerah Kota Beta Eka Putra memberi sambutan di Pemerintah Kota Beta, Kota Beta. "
                 "Fajar hadir. Dinas Contoh Kota Alpha berada di bawah Pemerintah Kota Alpha dan Sekretariat "
                 "Daerah Kota Alpha. Direktur Kementerian Contoh hadir. Nilai IKM Kota Alpha 2019 sebesar 80,5 (B).");
    auto zeta = a.Place("place/91", "Provinsi Zeta", "province");
    auto alpha = a.Place("place/91.71", "Kota Alpha", "city", zeta.index);
    auto beta = a.Place("place/91.72", "Kota Beta", "city", zeta.index);
    auto hotel = a.Place("place/venue/hotel-satu", "Hotel Satu", "venue", alpha.index);
    auto pemko = a.Org("org/pemerintah-kota-alpha", "Pemerintah Kota Alpha", "government", {}, alpha.index,
                       {"Pemko Alpha"});
    auto setda = a.Org("org/sekretariat-daerah-kota-alpha", "Sekretariat Daerah Kota Alpha", "secretariat",
                       pemko.index, alpha.index);
    auto dinas = a.Org("org/dinas-contoh-kota-alpha", "Dinas Contoh Kota Alpha", "agency", pemko.index, alpha.index);
    auto kemen = a.Org("org/kementerian-contoh", "Kementerian Contoh", "ministry", {}, {}, {"Kemencon"});
    auto pemko_beta = a.Org("org/pemerintah-kota-beta", "Pemerintah Kota Beta", "government", {}, beta.index);
    auto sekda = a.Post("post/sekretaris-daerah-kota-alpha", "Sekretaris Daerah Kota Alpha", "Sekretaris Daerah",
                        setda.index);
    auto wako = a.Post("post/wali-kota-alpha", "Wali Kota Alpha", "Wali Kota", pemko.index);
    auto kadis = a.Post("post/kepala-dinas-contoh-kota-alpha", "Kepala Dinas Contoh Kota Alpha", "Kepala",
                        dinas.index);
    auto direktur = a.Post("post/direktur-kementerian-contoh", "Direktur Kementerian Contoh", "Direktur", kemen.index);
    auto sekda_beta = a.Post("post/sekretaris-daerah-kota-beta", "Sekretaris Daerah Kota Beta", "Sekretaris Daerah",
                             pemko_beta.index);
    auto budi = a.Person("person/budi-santoso", "Budi Santoso", "Ir. H. Budi Santoso, MM", {"Ir.", "H."}, {"MM"});
    auto citra = a.Person("person/citra-dewi", "Citra Dewi", "Citra Dewi");
    auto dodi = a.Person("person/dodi-pratama", "Dodi Pratama", "Dodi Pratama");
    auto eka = a.Person("person/eka-putra", "Eka Putra", "Eka Putra");
    auto fajar = a.Person("person/fajar@91.71", "Fajar", "Fajar");
    auto training = a.Event("event/a.txt/1", "Pelatihan Tata Kelola", "training", "2020-03-05", "Hotel Satu", "Alpha", 30);
    auto q1 = a.Quote("quote/a.txt/1", "Kita harus melayani,");
    auto q2 = a.Quote("quote/a.txt/2", "Pelayanan adalah kunci,");
    auto q3 = a.Quote("quote/a.txt/3", "Semua siap,");
    a.Figure("figure/a.txt/1", "IKM", "80,5", "B", "2019", "Nilai IKM Kota Alpha 2019 sebesar 80,5 (B)");
    a.Link(FactRelation::LocatedIn, training, alpha, "digelar di Hotel Satu, Kota Alpha");
    a.Link(FactRelation::LocatedIn, training, hotel, "digelar di Hotel Satu");
    a.Link(FactRelation::Organized, dinas, training, "Kepala Dinas Contoh Kota Alpha Citra Dewi melaporkan kegiatan.");
    a.Link(FactRelation::Holds, budi, sekda, "Sekretaris Daerah Kota Alpha Ir. H. Budi Santoso, MM");
    a.Link(FactRelation::SpokeAt, budi, training, "Pelatihan dibuka Sekretaris Daerah", "opened");
    a.Link(FactRelation::Represented, budi, wako, "mewakili Wali Kota Alpha");
    a.Link(FactRelation::Said, budi, q1, "\"Kita harus melayani,\" kata Budi.");
    a.Link(FactRelation::Said, budi, q2, "\"Pelayanan adalah kunci,\" ujarnya.");
    a.Link(FactRelation::Holds, citra, kadis, "Kepala Dinas Contoh Kota Alpha Citra Dewi");
    a.Link(FactRelation::SpokeAt, citra, training, "Citra Dewi melaporkan kegiatan.", "report");
    a.Link(FactRelation::Said, citra, q3, "\"Semua siap,\" kata Citra.");
    a.Link(FactRelation::Holds, dodi, direktur, "Narasumber Dodi Pratama dari Kementerian Contoh");
    a.Link(FactRelation::SpokeAt, dodi, training, "Narasumber Dodi Pratama", "resource_person");
    a.Link(FactRelation::Holds, eka, sekda_beta, "Sekretaris Daerah Kota Beta Eka Putra");
    a.Link(FactRelation::SpokeAt, eka, training, "Eka Putra memberi sambutan", "remarks");
    a.Link(FactRelation::Attended, fajar, training, "Fajar hadir.", "attended");
    out.push_back(std::move(a.facts));
  }
  {
    FactsMaker b("b.txt", "Beta",
                 "BETA - Sosialisasi Layanan digelar di Aula Beta, Kota Beta, Senin (1/7). Sekretaris Daerah Kota "
                 "Beta Eka Putra membuka acara. Budi Santoso ikut memberi sambutan. Acara diadakan Pemerintah Kota Beta.");
    auto beta = b.Place("place/91.72", "Kota Beta", "city");
    b.Org("org/pemerintah-kota-beta", "Pemerintah Kota Beta", "government", {}, beta.index);
    auto sekda_beta = b.Post("post/sekretaris-daerah-kota-beta", "Sekretaris Daerah Kota Beta", "Sekretaris Daerah", 0);
    auto eka = b.Person("person/eka-putra", "Eka Putra", "Eka Putra");
    auto budi = b.Person("person/budi-santoso", "Budi Santoso", "Budi Santoso");
    auto sos = b.Event("event/b.txt/1", "Sosialisasi Layanan", "socialization", "--07-01", "Aula Beta", "Beta", {});
    b.Link(FactRelation::LocatedIn, sos, beta, "digelar di Aula Beta, Kota Beta");
    b.Link(FactRelation::Holds, eka, sekda_beta, "Sekretaris Daerah Kota Beta Eka Putra");
    b.Link(FactRelation::SpokeAt, eka, sos, "Eka Putra membuka acara.", "opened");
    b.Link(FactRelation::SpokeAt, budi, sos, "Budi Santoso ikut memberi sambutan.", "remarks");
    out.push_back(std::move(b.facts));
  }
  {
    FactsMaker c("c.txt", "", "Tanpa kota.");
    out.push_back(std::move(c.facts));
  }
  return out;
}

inline KnowledgeGraph FixtureGraph() {
  GraphBuilder builder;
  for (const auto& facts : FixtureArticles()) builder.Add(facts);
  return builder.Build();
}

}  // namespace pejabat::testing
