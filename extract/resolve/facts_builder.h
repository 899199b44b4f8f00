#pragma once
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/article_facts.h"
#include "extract/document.h"
#include "extract/recognize/mentions.h"

namespace pejabat {

class Lexicon;
struct RoleEntry;

// Creates the entities of one article under their canonical keys, once each:
// a second mention of the same office, post or place returns the same index and
// adds its written form as an alias. Names and keys are built here and only here.
class FactsBuilder {
 public:
  struct Memo;
  // `memo` is cleared here, and is the builder's until it is destroyed.
  FactsBuilder(const Lexicon& lexicon, const Document& doc, ArticleFacts& facts, const Region* jurisdiction,
               Memo& memo);

  // Room for what an article with these many office mentions (with `parts`
  // parts in all) and role mentions can ask: its lists grown a push at a
  // time took ten allocations an article.
  void Reserve(std::size_t offices, std::size_t parts, std::size_t roles);

  uint32_t Place(const Region& region, std::optional<Span> mention);
  uint32_t Area(const std::string& type, const std::string& name, const Region* region, std::optional<Span> mention);
  uint32_t Venue(const std::string& name, const Region* region, Span mention);

  // The innermost office of a written chain; its written parents get mentions,
  // implied parents (the government above a secretariat) do not. The mention
  // must outlive the builder: the answer is kept by its address.
  std::optional<uint32_t> Office(const OfficeMention& mention);
  uint32_t Government(const Region& region);
  uint32_t Secretariat(const Region& region);

  // The post a role names, in the jurisdiction when it names no place. The
  // role must outlive the builder, as an office mention must.
  std::optional<uint32_t> Post(const RoleMention& role);
  // A key for the post a role names, without creating anything (for role
  // references): roles with the same key name the same post. Into `key`, a
  // reused buffer.
  void AssignPostKey(std::string& key, const RoleMention& role) const;
  // Slug of a role entry's name, made once per entry and thread: what a post
  // key of a role of that entry starts with, after "post/".
  const std::string& RoleSlug(uint32_t entry) const;

  uint32_t Person(const PersonMention& mention);
  void AddFact(FactRelation relation, EntityRef from, EntityRef to, Span evidence, std::string role = {});
  // AddFact of a fact the article cannot have yet (its quote or figure is
  // new, or each person is given one role at the event): no scan of the
  // facts for it, which half of the facts took.
  void AddNewFact(FactRelation relation, EntityRef from, EntityRef to, Span evidence, std::string role = {});

  const Region* jurisdiction() const { return jurisdiction_; }
  const Region* RegionAtLevel(const Region* region, const std::string& level) const;

 private:
  struct OfficeName {
    std::string name, type;
    const Region* region;
  };
  std::string VerticalPlaceName(const Region& region) const;
  // region.DisplayName(), made once per region and thread (Memo). Valid until
  // the next call when the region is not the lexicon's.
  const std::string& DisplayNameOf(const Region& region) const;
  const Region* OfficeRegion(const OfficeMention& mention) const;
  // The same, for a mention with that region, level and first part.
  const Region* OfficeRegion(const Region* region, const std::string& level, const OfficePart* first) const;
  std::optional<uint32_t> OfficeFromParts(const OfficeMention& mention, std::size_t part, const Region* region,
                                         bool written);
  std::optional<uint32_t> NewPost(const RoleMention& role);
  std::optional<uint32_t> UnitOffice(const RoleMention& role);
  std::string PostName(const RoleMention& role, const std::string& org_name, const Region* region) const;
  // The office entry a role's unit names ("Bagian" of Kabag), if any.
  std::optional<uint32_t> UnitOfficeEntry(uint32_t role_entry) const;
  // "Dewan Perwakilan Rakyat Daerah (DPRD) Kota Malang": an office's name with
  // the acronym people know it by, for the names of posts in it.
  std::string NameWithAcronym(uint32_t org) const;
  void NoteAcronym(uint32_t org, const std::string& head, const std::string& acronym);
  // `scope`: a region code for a name that is only unique within it ("LPM").
  // Views for the type, written form and scope: callers pass literals and
  // slices of the text, which took a temporary string each (an allocation for
  // every written office part).
  // The name as a view (most are built in Memo::name): copied for a new
  // office only, where a string made for each call was freed for an office
  // the article has.
  uint32_t Org(std::string_view name, std::string_view type, std::optional<uint32_t> parent, const Region* region,
               std::optional<Span> mention, std::string_view surface, std::string_view scope = {});
  // What Org does for an office it already has: the parent when it had none,
  // the written form.
  void AddToOrg(uint32_t org, std::optional<uint32_t> parent, std::optional<Span> mention, std::string_view surface);
  uint32_t Community(const RoleMention& role);
  // The index of the entity of `entities` with `key`, else the index it is
  // to be added at (then .second is true, and the caller adds it). A scan of
  // the keys, sizes first: an article has tens of entities, and a hash table
  // of their keys cost a hash per lookup and a node and a copy of the key per
  // entity (Intern took 9.6M instructions per 1k articles).
  template <typename Entity>
  std::pair<uint32_t, bool> Intern(const std::vector<Entity>& entities, std::string_view key);
  // The index of the office `name` in `scope`: found by its name when the
  // article has it (the same name in the same scope makes the same key),
  // else Intern of its key ("org/" + Slug(name) + "@" + scope), with the
  // slug of `tail`'s name taken from its key (AppendNameSlug).
  std::pair<uint32_t, bool> OrgIndex(std::string_view name, std::string_view scope, std::optional<uint32_t> tail);
  // key += Slug(name). A name that ends with the name of office `tail` ("Kepala
  // Bagian Organisasi" + its office, a division + its secretariat) takes that
  // part's slug from the office's key: only the head is slugged (a slug is
  // 500 instructions an office or post name).
  void AppendNameSlug(std::string& key, std::string_view name, std::optional<uint32_t> tail) const;
  // The written form of a mention as the mention's text and as an alias both.
  void AddWrittenForm(MentionList& mentions, NameList& aliases, const std::string& canonical,
                      Span span, std::string_view surface);

  struct Acronym {
    uint32_t org;
    std::string_view head, acronym;  // "Dewan Perwakilan Rakyat Daerah", "DPRD"
  };
  struct KnownOffice {
    uint32_t entry;
    std::string unit;
    std::optional<uint32_t> parent;
    const Region* region;
    uint32_t org;
  };
  struct KnownUnit {
    uint32_t entry;
    std::string_view portfolio;
    std::optional<uint32_t> parent;
    const Region* region;
    uint32_t org;
  };

  const Lexicon& lx_;
  const Document& doc_;
  ArticleFacts& facts_;
  const Region* jurisdiction_;
  std::string_view PlainPostName(uint32_t post) const;
  const Acronym* AcronymOf(uint32_t org) const;
  Memo& memo_;  // the builder's buffers and what it recalls (Memo)
};

// What the builder keeps while it works on an article: buffers, the answers
// it recalls and what it learns of the entities it made. Held by the caller,
// one per thread, and cleared for each article (Clear), so that article
// after article reuses the room of its vectors: a builder's own dozen
// vectors took an allocation and a free each an article.
struct FactsBuilder::Memo {
  void Clear();
  // Reused buffers for the key being looked up and a collapsed written form:
  // a key or form already known then costs no allocation (Org is asked 14
  // times per article, mostly for offices it already has).
  std::string key, written;
  // The name of an office being asked for (Org), built in place.
  std::string name;
  // The name each post's key was made from, where the post's own name is
  // another (the office's acronym added); empty where it is the same.
  std::vector<std::string> post_plain_names;
  // The scope each organization was made in (Org's `scope`), by index: with
  // its name, what makes its key.
  std::vector<std::string_view> org_scopes;
  // Views of the lexicon's strings, in a list scanned by organization: a
  // hash map of copies cost three allocations per office with an acronym.
  std::vector<Acronym> acronyms;
  // Office() of each mention asked before. The resolver asks again for the
  // same mention (each office, then for posts, organizers and figures), and a
  // second answer would rebuild every name and key of the chain to find the
  // same entities, adding nothing: mentions and aliases are already there.
  std::vector<std::pair<const OfficeMention*, std::optional<uint32_t>>> offices;
  std::vector<std::pair<const RoleMention*, std::optional<uint32_t>>> posts;  // Post() of each role, likewise
  // The office an entry of the lexicon names, by what makes its name (the
  // entry, an open head's unit, the parent or region after it): an office
  // named again in an article (8k of 14k Org calls per 1k articles) then
  // costs no name, slug and key lookup.
  std::vector<KnownOffice> known_offices;
  // The office a unit head's role names (UnitOffice), by what makes its
  // name: the unit's entry, the portfolio (a view of the role's), the parent
  // and the region.
  std::vector<KnownUnit> known_units;
  // Government() and Secretariat() of each region asked before.
  std::vector<std::pair<const Region*, uint32_t>> governments, secretariats;
  // Place() of each region asked before: every new office asks for its
  // region's place, and the key and its lookup only found the same place
  // again (3.6M instructions per 1k articles).
  std::vector<std::pair<const Region*, uint32_t>> places;
  // What is learnt of the lexicon itself, kept from article to article
  // while the lexicon is the same: known by its vocabulary's owner (the weak
  // pointer keeps that control block, so no other lexicon's can have its
  // address). Asked once per article, the answers below cost PhraseTable::Find
  // and slugs again in every article (1.5M and 1.3M instructions per 1k).
  std::weak_ptr<Vocabulary> lexicon;
  // How many times `lexicon` has changed: the resolver makes what it learns
  // of a lexicon again when this moves.
  uint64_t lexicon_changes = 0;
  // UnitOfficeEntry of each role entry, by its index: unknown until asked.
  // PhraseTable::Find splits the unit's name into words (930 instructions).
  std::vector<std::optional<std::optional<uint32_t>>> role_units;
  // Slug of each role entry's name (AssignPostKey), by its index; empty until asked.
  std::vector<std::string> role_slugs;
  // DisplayName of each region of the gazetteer, by its index; empty until
  // asked. A new string each time it was asked, for every office and post
  // name with a region (1.5M instructions per 1k articles).
  std::vector<std::string> display_names;
  std::string other_display_name;  // DisplayNameOf a region of no gazetteer's list
};

// Canonical keys: "person/rahmat-hidayat", "org/pemerintah-kota-padang", "place/13.71".
std::string PersonKey(const std::string& name, const Region* jurisdiction);
void AssignPersonKey(std::string& key, const std::string& name, const Region* jurisdiction);

}  // namespace pejabat
