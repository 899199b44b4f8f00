#include "extract/resolve/facts_builder.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "extract/lexicon.h"
#include "extract/recognize/region_parser.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

bool HasMention(const MentionList& mentions, Span span) {
  for (const auto& m : mentions)
    if (m.span == span) return true;
  return false;
}

void AddMention(MentionList& mentions, Span span) {
  if (HasMention(mentions, span)) return;
  mentions.push_back(Mention{span});
}

// `alias` with its spaces already collapsed; copied only when it is new.
void AddCollapsedAlias(NameList& aliases, const std::string& canonical, std::string_view alias) {
  if (alias.empty() || EqualsFolded(alias, canonical)) return;
  for (const auto& a : aliases)
    if (EqualsFolded(a, alias)) return;
  aliases.emplace_back(alias);
}

void AddAlias(NameList& aliases, const std::string& canonical, std::string_view alias) {
  AddCollapsedAlias(aliases, canonical, CollapseSpaces(alias));
}

// The answer kept for `key` when it was asked before, else nullptr: a scan,
// as an article asks about a few regions, offices and roles.
template <typename Key, typename Answer>
const Answer* Recalled(const std::vector<std::pair<const Key*, Answer>>& answers, const Key& key) {
  for (const auto& [asked, answer] : answers)
    if (asked == &key) return &answer;
  return nullptr;
}

// out += "administrasi umum" as "Administrasi Umum", keeping "dan" lower
// case: its words one space apart (collapsed as CollapseSpaces does), each
// title-cased (TitleCaseInPlace: a lower-case letter first or after '-' or
// '(' made upper case). A letter's case is a test of the byte before it, in
// one loop over the bytes with no branch that the compiler vectorises: a
// pass word by word, with a test and a branch for every byte, took 480
// instructions a unit name (AppendUnitTitle 2.2M instructions per 1k articles).
void AppendUnitTitle(std::string& out, std::string_view unit) {
  thread_local std::string collapsed;  // for the rare name with white space to collapse
  const std::string_view in = CollapsedView(collapsed, unit);
  const std::size_t at = out.size(), n = in.size();
  if (n == 0) return;
  out.resize(at + n);
  char* const o = out.data() + at;
  const char* const s = in.data();
  auto upper = [](char c, bool start) {
    return static_cast<char>(c - (start && static_cast<unsigned char>(c - 'a') < 26u ? 'a' - 'A' : 0));
  };
  o[0] = upper(s[0], true);
  for (std::size_t i = 1; i < n; ++i) {
    const char before = s[i - 1];
    o[i] = upper(s[i], before == ' ' || before == '-' || before == '(');
  }
  for (std::size_t p = in.find("dan"); p != std::string_view::npos; p = in.find("dan", p + 1))
    if ((p == 0 || s[p - 1] == ' ') && (p + 3 == n || s[p + 3] == ' ')) o[p] = 'd';  // "&" has no letter to keep
}

std::string LevelName(RegionLevel level) {
  switch (level) {
    case RegionLevel::City: return "city";
    case RegionLevel::Regency: return "regency";
    case RegionLevel::Province: return "province";
  }
  return "";
}

}  // namespace

// "Kepolisian Resor Muara Enim", "Kejaksaan Negeri Kota Bogor": police and
// prosecution offices are named after the place; its level is written only
// where a kota and a kabupaten share the name.
std::string FactsBuilder::VerticalPlaceName(const Region& region) const {
  if (region.level != RegionLevel::Regency) return DisplayNameOf(region);
  return lx_.gazetteer.Find(region.name, RegionLevel::City) ? DisplayNameOf(region) : region.name;
}

std::string PersonKey(const std::string& name, const Region* jurisdiction) {
  std::string key;
  AssignPersonKey(key, name, jurisdiction);
  return key;
}

void AssignPersonKey(std::string& key, const std::string& name, const Region* jurisdiction) {
  key.assign("person/");
  AppendSlug(key, name);
  // One word is too little to merge across articles: qualify it by the region.
  if (name.find(' ') == std::string::npos && jurisdiction) {
    key += '@';
    key += jurisdiction->code;
  }
}

FactsBuilder::FactsBuilder(const Lexicon& lexicon, const Document& doc, ArticleFacts& facts, const Region* jurisdiction,
                           Memo& memo)
    : lx_(lexicon),
      doc_(doc),
      facts_(facts),
      jurisdiction_(jurisdiction),
      memo_(memo) {
  memo.Clear();
  if (memo.lexicon.owner_before(lexicon.vocabulary) || lexicon.vocabulary.owner_before(memo.lexicon)) {
    memo.lexicon = lexicon.vocabulary;
    ++memo.lexicon_changes;
    memo.role_units.assign(lexicon.role_entries.size(), std::nullopt);
    memo.role_slugs.assign(lexicon.role_entries.size(), std::string());
    memo.display_names.assign(lexicon.gazetteer.size(), std::string());
  }
}

const std::string& FactsBuilder::DisplayNameOf(const Region& region) const {
  const std::vector<Region>& regions = lx_.gazetteer.regions();
  const auto at = reinterpret_cast<std::uintptr_t>(&region), first = reinterpret_cast<std::uintptr_t>(regions.data());
  const std::size_t index = (at - first) / sizeof(Region);  // huge when before the first
  if (at < first || index >= memo_.display_names.size()) {  // not the lexicon's: no memo
    memo_.other_display_name = region.DisplayName();
    return memo_.other_display_name;
  }
  std::string& name = memo_.display_names[index];
  if (name.empty()) name = region.DisplayName();
  return name;
}

void FactsBuilder::Memo::Clear() {
  // key and written are assigned before each use. The post names are
  // cleared, not kept: PlainPostName reads an empty one as "the same".
  post_plain_names.clear();
  org_scopes.clear();
  acronyms.clear();
  offices.clear();
  posts.clear();
  known_offices.clear();
  known_units.clear();
  governments.clear();
  secretariats.clear();
  places.clear();
}

void FactsBuilder::Reserve(std::size_t offices, std::size_t parts, std::size_t roles) {
  memo_.offices.reserve(offices + roles);
  memo_.posts.reserve(roles);
  memo_.known_offices.reserve(parts + roles);
  memo_.known_units.reserve(roles);
  memo_.org_scopes.reserve(facts_.organizations.capacity());
}

template <typename Entity>
std::pair<uint32_t, bool> FactsBuilder::Intern(const std::vector<Entity>& entities, std::string_view key) {
  for (std::size_t i = 0; i < entities.size(); ++i)
    if (entities[i].key.size() == key.size() && std::string_view(entities[i].key) == key)
      return {static_cast<uint32_t>(i), false};
  return {static_cast<uint32_t>(entities.size()), true};
}

void FactsBuilder::AddWrittenForm(MentionList& mentions, NameList& aliases,
                                  const std::string& canonical, Span span, std::string_view surface) {
  // Collapsed into a reused buffer, and copied only when it is a new alias.
  AddMention(mentions, span);
  AddCollapsedAlias(aliases, canonical, CollapsedView(memo_.written, surface));
}

const Region* FactsBuilder::RegionAtLevel(const Region* region, const std::string& level) const {
  if (!region || level.empty()) return region;
  auto want = LevelFromName(level);
  if (!want || region->level == *want) return region;
  if (const Region* same = lx_.gazetteer.Find(region->name, *want)) return same;
  return region;
}

uint32_t FactsBuilder::Place(const Region& region, std::optional<Span> mention) {
  if (const uint32_t* known = Recalled(memo_.places, region)) {
    if (mention) AddMention(facts_.places[*known].mentions, *mention);
    return *known;
  }
  memo_.key.assign("place/");
  memo_.key += region.code;
  auto [index, inserted] = Intern(facts_.places, memo_.key);
  memo_.places.emplace_back(&region, index);
  if (inserted) {
    PlaceEntity& p = facts_.places.emplace_back();
    p.key = memo_.key;
    p.name = DisplayNameOf(region);
    p.type = LevelName(region.level);
    p.code = region.code;
    if (const Region* province = lx_.gazetteer.Province(region)) {
      uint32_t parent = Place(*province, std::nullopt);
      facts_.places[index].parent = parent;
    }
  }
  if (mention) AddMention(facts_.places[index].mentions, *mention);
  return index;
}

uint32_t FactsBuilder::Area(const std::string& type, const std::string& name, const Region* region,
                            std::optional<Span> mention) {
  std::string prefix = type == "district" ? "Kecamatan " : "Kelurahan ";
  memo_.key.assign("place/");
  memo_.key += region ? std::string_view(region->code) : std::string_view("-");
  memo_.key += '/';
  AppendSlug(memo_.key, prefix + name);
  auto [index, inserted] = Intern(facts_.places, memo_.key);
  if (inserted) {
    PlaceEntity& p = facts_.places.emplace_back();
    p.key = memo_.key;
    p.name = prefix + name;
    p.type = type;
    if (region) {
      uint32_t parent = Place(*region, std::nullopt);
      facts_.places[index].parent = parent;
    }
  }
  if (mention) AddMention(facts_.places[index].mentions, *mention);
  return index;
}

uint32_t FactsBuilder::Venue(const std::string& name, const Region* region, Span mention) {
  memo_.key.assign("place/venue/");
  AppendSlug(memo_.key, name);
  if (region) {
    memo_.key += '@';
    memo_.key += region->code;
  }
  auto [index, inserted] = Intern(facts_.places, memo_.key);
  if (inserted) {
    PlaceEntity& p = facts_.places.emplace_back();
    p.key = memo_.key;
    p.name = name;
    p.type = "venue";
    if (region) {
      uint32_t parent = Place(*region, std::nullopt);
      facts_.places[index].parent = parent;
    }
  }
  AddMention(facts_.places[index].mentions, mention);
  return index;
}

uint32_t FactsBuilder::Org(std::string_view name, std::string_view type, std::optional<uint32_t> parent,
                           const Region* region, std::optional<Span> mention, std::string_view surface,
                           std::string_view scope) {
  auto [index, inserted] = OrgIndex(name, scope, parent);
  if (inserted) {
    // New entities (here and for places, posts, persons) are built in place:
    // a local one moved in cost a move and a destruction of each string and
    // vector (with posts reserved, 3.3M instructions per 1k articles).
    OrganizationEntity& o = facts_.organizations.emplace_back();
    memo_.org_scopes.push_back(scope);
    o.key = memo_.key;
    o.name = name;
    o.type = type;
    if (region) {
      uint32_t place = Place(*region, std::nullopt);
      facts_.organizations[index].place = place;
    }
  }
  AddToOrg(index, parent, mention, surface);
  return index;
}

void FactsBuilder::AddToOrg(uint32_t org, std::optional<uint32_t> parent, std::optional<Span> mention,
                            std::string_view surface) {
  OrganizationEntity& o = facts_.organizations[org];
  if (parent && !o.parent && *parent != org) o.parent = parent;
  if (mention) AddWrittenForm(o.mentions, o.aliases, o.name, *mention, surface);
}

void FactsBuilder::AppendNameSlug(std::string& key, std::string_view name, std::optional<uint32_t> tail) const {
  if (tail && memo_.org_scopes[*tail].empty()) {
    const OrganizationEntity& o = facts_.organizations[*tail];
    const std::size_t n = o.name.size();
    if (name.size() > n && name.ends_with(o.name) && name[name.size() - n - 1] == ' ') {
      const std::size_t before = key.size();
      AppendSlug(key, name.substr(0, name.size() - n - 1));
      // Slug(a + " " + b) is Slug(a) and Slug(b) joined by a dash, or the
      // one that is not empty; an office's key without a scope is "org/" + Slug(name).
      const std::string_view tail_slug = std::string_view(o.key).substr(4);
      if (!tail_slug.empty()) {
        if (key.size() > before) key += '-';
        key += tail_slug;
      }
      return;
    }
  }
  AppendSlug(key, name);
}

std::pair<uint32_t, bool> FactsBuilder::OrgIndex(std::string_view name, std::string_view scope,
                                                 std::optional<uint32_t> tail) {
  // The same name in the same scope makes the same key: an office asked for
  // again is found by its name, with no slug and key to make (half of the
  // calls are for an office the article already has).
  for (std::size_t i = 0; i < facts_.organizations.size(); ++i)
    if (facts_.organizations[i].name == name && memo_.org_scopes[i] == scope) return {static_cast<uint32_t>(i), false};
  memo_.key.assign("org/");
  AppendNameSlug(memo_.key, name, tail);
  if (!scope.empty()) {
    memo_.key += '@';
    memo_.key += scope;
  }
  return Intern(facts_.organizations, memo_.key);
}

// "Ketua PWRI Kabupaten Muara Enim", "Ketua LPM": an association or a
// neighbourhood unit that no lexicon lists. With its region written it is that
// region's; written alone it is only known within the article's jurisdiction,
// as a one-word name is (every kelurahan has an "RT 02").
uint32_t FactsBuilder::Community(const RoleMention& role) {
  if (role.region) {
    std::string& name = memo_.name;
    name.assign(role.community);
    name += ' ';
    name += DisplayNameOf(*role.region);
    return Org(name, "community", std::nullopt, role.region, std::nullopt, {});
  }
  return Org(role.community, "community", std::nullopt, jurisdiction_, std::nullopt, {},
             jurisdiction_ ? std::string_view(jurisdiction_->code) : std::string_view());
}

uint32_t FactsBuilder::Government(const Region& region) {
  // Asked for every office and post of the region: after the first answer
  // the name, slug and key would only find the same entity again.
  if (const uint32_t* org = Recalled(memo_.governments, region)) return *org;
  std::string& name = memo_.name;
  name.assign(region.level == RegionLevel::City      ? "Pemerintah Kota "
              : region.level == RegionLevel::Regency ? "Pemerintah Kabupaten "
                                                     : "Pemerintah Provinsi ");
  name += region.name;
  uint32_t org = Org(name, "government", std::nullopt, &region, std::nullopt, {});
  memo_.governments.emplace_back(&region, org);
  return org;
}

uint32_t FactsBuilder::Secretariat(const Region& region) {
  if (const uint32_t* org = Recalled(memo_.secretariats, region)) return *org;
  uint32_t gov = Government(region);
  std::string& name = memo_.name;
  name.assign("Sekretariat Daerah ");
  name += DisplayNameOf(region);
  uint32_t org = Org(name, "secretariat", gov, &region, std::nullopt, {});
  memo_.secretariats.emplace_back(&region, org);
  return org;
}

const Region* FactsBuilder::OfficeRegion(const OfficeMention& m) const {
  return OfficeRegion(m.region, m.level, m.parts.empty() ? nullptr : &m.parts.front());
}

const Region* FactsBuilder::OfficeRegion(const Region* region, const std::string& level, const OfficePart* first) const {
  if (region) return RegionAtLevel(region, level);
  if (first && first->source == OfficePart::Source::National) return nullptr;
  // A ministry's unit is not in the article's region.
  if (first && lx_.office_entries[first->entry].parent == "national") return nullptr;
  return RegionAtLevel(jurisdiction_, level);
}

// Builds parts[part..] of a chain, outermost first, and returns parts[part].
std::optional<uint32_t> FactsBuilder::OfficeFromParts(const OfficeMention& m, std::size_t part, const Region* region,
                                                      bool written) {
  const OfficePart& p = m.parts[part];
  std::optional<Span> span;
  std::string_view surface;
  if (written) {
    // The written form of an inner part includes the rest of the chain.
    span = doc_.RangeSpan(p.first, m.end);
    surface = doc_.Slice(*span);
  }
  if (p.source == OfficePart::Source::National) {
    const NationalOffice& nat = lx_.national_entries[p.entry];
    // "BPS Kabupaten X", "Ombudsman RI Perwakilan Sumatera Barat": the agency's
    // office in a region, a part of the agency.
    if (m.region) {
      // The agency itself is named too ("BPKP" in "Perwakilan BPKP Provinsi X").
      std::optional<Span> own;
      if (written) own = doc_.RangeSpan(p.first, p.end);
      uint32_t agency = Org(nat.name, nat.type, std::nullopt, nullptr, own,
                            own ? doc_.Slice(*own) : std::string_view());
      NoteAcronym(agency, nat.name, nat.acronym);
      std::string& name = memo_.name;
      name.assign(nat.name);
      if (m.representative) {
        name += " Perwakilan ";
        name += m.region->name;
      } else {
        name += ' ';
        name += DisplayNameOf(*m.region);
      }
      uint32_t branch = Org(name, nat.type, agency, m.region, span, surface);
      NoteAcronym(branch, nat.name, nat.acronym);
      return branch;
    }
    uint32_t agency = Org(nat.name, nat.type, std::nullopt, nullptr, span, surface);
    NoteAcronym(agency, nat.name, nat.acronym);
    return agency;
  }
  const OfficeEntry& e = lx_.office_entries[p.entry];
  const std::string_view type = e.type, above = e.parent;  // views: compared below with literals, size first
  std::optional<uint32_t> parent;
  if (part + 1 < m.parts.size()) {
    parent = OfficeFromParts(m, part + 1, region, written);
  } else if (region) {
    if (above == "secretariat") parent = Secretariat(*region);
    else if (above == "government") parent = Government(*region);
  }
  if (type == "government") {
    if (!region) return std::nullopt;
    uint32_t gov = Government(*region);
    // Its written form: Org of the government's own name finds the same
    // entity (keys are unique per entity), so the slug and lookup are skipped.
    AddToOrg(gov, std::nullopt, span, surface);
    return gov;
  }
  const std::string_view unit = e.open ? std::string_view(p.unit_name) : std::string_view();
  for (const KnownOffice& k : memo_.known_offices) {
    if (k.entry == p.entry && k.parent == parent && k.region == region && k.unit == unit) {
      AddToOrg(k.org, parent, span, surface);
      return k.org;
    }
  }
  // Appended in place, into the builder's buffer: each " " + part was a
  // temporary string, and the name a new one each time.
  std::string& name = memo_.name;
  name.assign(e.canonical);
  if (e.open) {
    name += ' ';
    AppendUnitTitle(name, p.unit_name);
  }
  if ((type == "division" || above == "national") && parent) {
    name += ' ';
    name += facts_.organizations[*parent].name;
  } else if (type == "vertical" && region) {
    name += ' ';
    name += VerticalPlaceName(*region);
  } else if (type != "health_center" && region) {
    name += ' ';
    name += DisplayNameOf(*region);
  }
  uint32_t org = Org(name, e.type, parent, region, span, surface);
  if (!e.open) NoteAcronym(org, e.canonical, e.acronym);
  memo_.known_offices.push_back(KnownOffice{p.entry, std::string(unit), parent, region, org});
  return org;
}

std::optional<uint32_t> FactsBuilder::Office(const OfficeMention& m) {
  if (m.parts.empty()) return std::nullopt;
  if (const auto* office = Recalled(memo_.offices, m)) return *office;
  std::optional<uint32_t> office = OfficeFromParts(m, 0, OfficeRegion(m), true);
  memo_.offices.emplace_back(&m, office);
  return office;
}

// The unit a unit_head role heads: "Kabag Organisasi Setda Kota Padang" -> Bagian Organisasi (…).
std::optional<uint32_t> FactsBuilder::UnitOffice(const RoleMention& r) {
  if (r.portfolio.empty()) return std::nullopt;
  auto head = UnitOfficeEntry(r.entry);
  if (!head) return std::nullopt;
  // The unit's region as an office mention of the unit alone would have it,
  // with no mention made for it (a vector and a part to allocate).
  OfficePart unit;
  unit.entry = *head;
  const Region* region = r.region;
  static const std::string kNoLevel;
  const std::string* level = &kNoLevel;
  if (r.office) {
    region = r.office->region ? r.office->region : region;
    level = &r.office->level;
  }
  const Region* resolved = OfficeRegion(region, *level, &unit);
  // Only the written chain after the unit gets mentions; the unit's own words are in the role.
  std::optional<uint32_t> outer;
  if (r.office && !r.office->parts.empty()) outer = Office(*r.office);
  const OfficeEntry& e = lx_.office_entries[*head];
  std::optional<uint32_t> parent = outer;
  if (!parent && resolved) {
    if (e.parent == "secretariat") parent = Secretariat(*resolved);
    else if (e.parent == "government") parent = Government(*resolved);
  }
  Span span = doc_.RangeSpan(r.first, r.end);
  // The same unit, portfolio, parent and region make the same name: a unit
  // the article has is found with no name to make.
  for (const KnownUnit& k : memo_.known_units) {
    if (k.entry == *head && k.parent == parent && k.region == resolved && k.portfolio == r.portfolio) {
      AddToOrg(k.org, parent, span, doc_.Slice(span));
      return k.org;
    }
  }
  // Appended in place, as in OfficeFromParts.
  const std::string_view type = e.type;
  std::string& name = memo_.name;
  name.assign(e.canonical);
  name += ' ';
  AppendUnitTitle(name, r.portfolio);
  if ((type == "division" || type == "unit") && parent) {
    name += ' ';
    name += facts_.organizations[*parent].name;
  } else if (type != "health_center" && resolved) {
    name += ' ';
    name += DisplayNameOf(*resolved);
  }
  uint32_t org = Org(name, e.type, parent, resolved, span, doc_.Slice(span));
  memo_.known_units.push_back(KnownUnit{*head, r.portfolio, parent, resolved, org});
  return org;
}

std::optional<uint32_t> FactsBuilder::UnitOfficeEntry(uint32_t role_entry) const {
  std::optional<std::optional<uint32_t>>& known = memo_.role_units[role_entry];
  if (!known) known = lx_.offices.Find(lx_.role_entries[role_entry].unit);
  return *known;
}

void FactsBuilder::NoteAcronym(uint32_t org, const std::string& head, const std::string& acronym) {
  if (!acronym.empty() && facts_.organizations[org].name.starts_with(head) && !AcronymOf(org))
    memo_.acronyms.push_back(Acronym{org, head, acronym});
}

const FactsBuilder::Acronym* FactsBuilder::AcronymOf(uint32_t org) const {
  for (const Acronym& a : memo_.acronyms)
    if (a.org == org) return &a;
  return nullptr;
}

std::string FactsBuilder::NameWithAcronym(uint32_t org) const {
  const std::string& name = facts_.organizations[org].name;
  const Acronym* a = AcronymOf(org);
  if (!a) return name;
  std::string out;
  out.reserve(name.size() + a->acronym.size() + 3);
  out += a->head;
  out += " (";
  out += a->acronym;
  out += ')';
  out.append(name, a->head.size());
  return out;
}

std::string FactsBuilder::PostName(const RoleMention& r, const std::string& org_name, const Region* region) const {
  const RoleEntry& role = lx_.role_entries[r.entry];
  // Appended in place, as office names are: each " " + part was a temporary string.
  std::string name;
  name.reserve(role.role.size() + org_name.size() + 48);
  name += role.role;
  auto add = [&](std::string_view part) {
    name += ' ';
    name += part;
  };
  auto add_unit = [&](std::string_view unit) {
    name += ' ';
    AppendUnitTitle(name, unit);
  };
  auto add_org = [&] {
    if (!org_name.empty()) add(org_name);
  };
  switch (role.kind) {
    case RoleKind::RegionHead:
      if (region) add(region->name);
      break;
    case RoleKind::Secretary:
      if (region) add(DisplayNameOf(*region));
      break;
    case RoleKind::Assistant:
    case RoleKind::OrgHead:
      // "Asisten II ..."; "Wakil Ketua 1 DPRD": which deputy is part of the
      // post, and so is the commission of "Sekretaris Komisi A DPRD".
      if (!r.numeral.empty()) add(r.numeral);
      if (!r.portfolio.empty()) add_unit(r.portfolio);
      add_org();
      break;
    case RoleKind::National:
      // "Menteri Kesehatan", not "Menteri Kementerian Kesehatan"; "Mendagri"
      // implies its ministry and is named by its role alone.
      if (!role.unit.empty()) break;
      if (!r.portfolio.empty()) add_unit(r.portfolio);
      else add_org();
      break;
    case RoleKind::UnitHead:
      if (!UnitOfficeEntry(r.entry) && !r.portfolio.empty()) {
        add(role.unit);
        add_unit(r.portfolio);
      }
      add_org();
      break;
    case RoleKind::AreaHead:
      if (!r.portfolio.empty()) add_unit(r.portfolio);
      break;
    case RoleKind::OfficeHead:
      // "Inspektur Kota X" reads better than "Inspektur Inspektorat Kota X"; a
      // Kepala or Wakil Kepala names the office.
      if (role.role.find("Kepala") != std::string::npos || !region) add_org();
      else add(DisplayNameOf(*region));
      break;
    case RoleKind::Functional:
      if (!r.portfolio.empty()) add_unit(r.portfolio);
      add_org();
      break;
    default:
      add_org();
      break;
  }
  return name;
}

namespace {

void AppendNumber(std::string& out, uint64_t v) {
  char digits[20];
  const char* end = std::to_chars(digits, digits + sizeof digits, v).ptr;
  out.append(digits, static_cast<std::size_t>(end - digits));
}

}  // namespace

const std::string& FactsBuilder::RoleSlug(uint32_t entry) const {
  std::string& slug = memo_.role_slugs[entry];
  if (slug.empty()) AppendSlug(slug, lx_.role_entries[entry].role);
  return slug;
}

void FactsBuilder::AssignPostKey(std::string& key, const RoleMention& r) const {
  // Mirrors Post() without creating entities: enough to compare references.
  const RoleEntry& role = lx_.role_entries[r.entry];
  const Region* region = r.region ? r.region : (r.office && r.office->region ? r.office->region : jurisdiction_);
  if (role.kind == RoleKind::RegionHead) region = RegionAtLevel(region, role.unit);
  // Appended piece by piece into one reused string: the temporaries of
  // every "+" cost 1,300 instructions a key, asked for every role and
  // reference, and a new string for each an allocation.
  key.assign("post/");
  key += RoleSlug(r.entry);
  key += '/';
  key += region ? std::string_view(region->code) : std::string_view("-");
  if (!r.numeral.empty()) {
    key += '/';
    key += r.numeral;
  }
  if (role.kind == RoleKind::UnitHead) {
    key += '/';
    for (char c : role.unit) key += FoldAscii(c);
    key += '/';
    AppendSlug(key, r.portfolio);
  }
  if (role.kind == RoleKind::UnitHead && r.portfolio.empty() && r.office && !r.office->parts.empty()) {
    key += '/';
    AppendNumber(key, r.office->parts.front().entry);
  }
  if ((role.kind == RoleKind::Functional || role.kind == RoleKind::National || role.kind == RoleKind::OrgHead) &&
      !r.portfolio.empty()) {
    key += '/';
    AppendSlug(key, r.portfolio);
  }
  if (!r.community.empty()) {
    key += "/c-";
    AppendSlug(key, r.community);
  }
  if ((role.kind == RoleKind::OrgHead || role.kind == RoleKind::Functional) && r.office && !r.office->parts.empty()) {
    const OfficePart& part = r.office->parts.front();
    key += '/';
    AppendNumber(key, static_cast<uint64_t>(part.source));
    key += '-';
    AppendNumber(key, part.entry);
    key += '-';
    AppendSlug(key, part.unit_name);
  }
}

std::optional<uint32_t> FactsBuilder::Post(const RoleMention& r) {
  // The resolver asks again for the same role (its holder, then who was
  // represented); a second answer would rebuild the chain, names and key of
  // the same post, adding nothing: its mention is already there.
  if (const auto* post = Recalled(memo_.posts, r)) return *post;
  std::optional<uint32_t> post = NewPost(r);
  memo_.posts.emplace_back(&r, post);
  return post;
}

std::optional<uint32_t> FactsBuilder::NewPost(const RoleMention& r) {
  const RoleEntry& role = lx_.role_entries[r.entry];
  const Region* region = r.region ? r.region : (r.office && r.office->region ? r.office->region : jurisdiction_);
  std::optional<uint32_t> org;
  switch (role.kind) {
    case RoleKind::RegionHead:
      region = RegionAtLevel(region, role.unit);
      if (region) org = Government(*region);
      if (r.office) Office(*r.office);
      break;
    case RoleKind::Secretary:
      region = RegionAtLevel(region, role.unit);
      if (r.office) org = Office(*r.office);
      if (region && (!org || facts_.organizations[*org].type == "government")) org = Secretariat(*region);
      break;
    case RoleKind::Assistant:
      if (r.office) org = Office(*r.office);
      // An assistant sits in the Sekretariat Daerah even when the text names the government.
      if (region && (!org || facts_.organizations[*org].type == "government")) org = Secretariat(*region);
      break;
    case RoleKind::UnitHead:
      org = UnitOffice(r);
      // "Kepala Bidang Lalu Lintas Dinas Perhubungan": a unit we do not make an
      // office of (a Bidang is also an assistant's field) is a post in the office.
      // "Kepala Dinas Kominfo": the unit is the written office itself.
      if (!org && r.office) org = Office(*r.office);
      if (!org) return std::nullopt;  // "Kabag" alone: a reference, not a post
      break;
    case RoleKind::OrgHead:
    case RoleKind::National:
      if (r.office) org = Office(*r.office);
      if (!org && !r.community.empty()) org = Community(r);
      // "Ketua Komisi I" without its council: a commission of the region's DPRD.
      if (!org && role.kind == RoleKind::OrgHead && !r.portfolio.empty() && region) {
        OfficeMention council;
        OfficePart part;
        part.entry = *lx_.offices.Find("DPRD");
        council.parts.push_back(part);
        council.region = region;
        org = OfficeFromParts(council, 0, region, /*written=*/false);
      }
      // "Presiden": a post of the state, with no office to write.
      if (!org && !(role.kind == RoleKind::National && role.unit == "state")) return std::nullopt;
      break;
    case RoleKind::AreaHead:
      if (region) org = Government(*region);
      break;
    case RoleKind::OfficeHead: {
      // "Inspektur Kota Bukittinggi" heads the Inspektorat of that region.
      OfficeMention office;
      OfficePart part;
      part.entry = *UnitOfficeEntry(r.entry);  // Find(role.unit), asked once per article
      office.parts.push_back(part);
      office.region = region;
      org = OfficeFromParts(office, 0, region, /*written=*/false);
      // "Kajari Muara Enim", "Kapolres": the head's title names the office, so
      // the article mentions it (no alias: the words are the post's).
      if (org) {
        Span span = doc_.RangeSpan(r.first, r.end);
        AddMention(facts_.organizations[*org].mentions, span);
      }
      break;
    }
    case RoleKind::Functional:
      if (r.office) org = Office(*r.office);
      break;
  }
  // The key stays the plain full name; the name shows the acronym as well,
  // the way the post is written ("Ketua DPRD") and read in full. The name
  // is made only for a new post, and again with the acronym only when the
  // office has one: PostName took 8.8M instructions per 1k articles when
  // both were made for every role.
  static const std::string kNoOrg;
  std::string name = PostName(r, org ? facts_.organizations[*org].name : kNoOrg, region);
  // The same plain name makes the same key: a post the article has is found
  // by it, with no slug and key to make.
  uint32_t index = 0;
  while (index < facts_.posts.size() && PlainPostName(index) != name) ++index;
  bool inserted = false;
  if (index == facts_.posts.size()) {
    memo_.key.assign("post/");
    AppendNameSlug(memo_.key, name, org);
    std::tie(index, inserted) = Intern(facts_.posts, memo_.key);
  }
  if (inserted) {
    PostEntity& p = facts_.posts.emplace_back();
    p.key = memo_.key;
    if (org && AcronymOf(*org)) {
      p.name = PostName(r, NameWithAcronym(*org), region);
      memo_.post_plain_names.resize(index + 1);
      memo_.post_plain_names[index] = std::move(name);
    } else {
      p.name = std::move(name);
    }
    p.role = role.role;
    p.organization = org;
  }
  PostEntity& post = facts_.posts[index];
  if (!r.acting.empty() && post.acting.empty()) post.acting = r.acting;
  Span span = doc_.RangeSpan(r.first, r.end);
  AddMention(post.mentions, span);
  return index;
}

std::string_view FactsBuilder::PlainPostName(uint32_t post) const {
  if (post < memo_.post_plain_names.size() && !memo_.post_plain_names[post].empty()) return memo_.post_plain_names[post];
  return facts_.posts[post].name;
}

uint32_t FactsBuilder::Person(const PersonMention& m) {
  // The same name makes the same key (the jurisdiction is the article's):
  // a full name written again is found with no key to make.
  uint32_t index = 0;
  while (index < facts_.persons.size() && facts_.persons[index].name != m.name) ++index;
  bool inserted = false;
  if (index == facts_.persons.size()) {
    AssignPersonKey(memo_.key, m.name, jurisdiction_);
    std::tie(index, inserted) = Intern(facts_.persons, memo_.key);
  }
  if (inserted) {
    PersonEntity& p = facts_.persons.emplace_back();
    p.key = memo_.key;
    p.name = m.name;
  }
  PersonEntity& p = facts_.persons[index];
  for (const auto& t : m.titles)
    if (std::find(p.titles.begin(), p.titles.end(), t) == p.titles.end()) p.titles.push_back(t);
  for (const auto& d : m.degrees)
    if (std::find(p.degrees.begin(), p.degrees.end(), d) == p.degrees.end()) p.degrees.push_back(d);
  Span span = doc_.RangeSpan(m.first, m.end);
  AddWrittenForm(p.mentions, p.aliases, p.name, span, doc_.Slice(span));
  for (const auto& nick : m.nicknames) AddAlias(p.aliases, p.name, nick);
  return index;
}

void FactsBuilder::AddFact(FactRelation relation, EntityRef from, EntityRef to, Span evidence, std::string role) {
  for (auto& f : facts_.facts) {
    if (f.relation == relation && f.from == from && f.to == to) {
      if (f.role.empty()) f.role = std::move(role);
      return;
    }
  }
  AddNewFact(relation, from, to, evidence, std::move(role));
}

void FactsBuilder::AddNewFact(FactRelation relation, EntityRef from, EntityRef to, Span evidence, std::string role) {
  // Made in place: a Fact made and moved in cost a move and a destruction of its role.
  facts_.facts.emplace_back(relation, from, to, evidence, std::move(role));
}

}  // namespace pejabat
