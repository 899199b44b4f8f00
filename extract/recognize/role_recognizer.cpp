#include "extract/recognize/role_recognizer.h"

#include "extract/lexicon.h"
#include "extract/recognize/region_parser.h"
#include "extract/recognize/token_scan.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

const std::string kNoLevel;

// The room Recognize makes for roles when it reads the first: more than
// nearly every article writes.
constexpr std::size_t kRolesAtFirst = 16;

bool IsRomanNumeral(std::string_view s) {
  static constexpr std::string_view kNumerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  for (auto n : kNumerals)
    if (s == n) return true;
  return false;
}

// "II" of "Asisten II", "1" of "Wakil Ketua 1 DPRD": which of several holders.
bool IsOrdinalAt(const Document& doc, std::size_t j) {
  return j < doc.size() &&
         (IsRomanNumeral(doc.TokenText(j)) || (doc.tokens[j].kind == TokenKind::Number && doc.TokenText(j).size() == 1));
}

// "Komisi A", "Komisi III": how a council names its commissions.
bool IsCommissionName(std::string_view s) {
  return IsRomanNumeral(s) || (s.size() == 1 && s[0] >= 'A' && s[0] <= 'Z');
}

// A role starts at a word with an acting form or a role phrase: the start
// bits alone, MatchAt reads the phrases. Recognize skips to such tokens by the
// bits itself.
[[gnu::always_inline]] inline bool MayStartRole(const Lexicon& lx, const Document& doc, std::size_t i) {
  return i < doc.size() && doc.tokens[i].kind == TokenKind::Word && (lx.acting.MayStartAt(doc, i) || lx.roles.MayStartAt(doc, i));
}
}  // namespace

// "Menteri Dalam Negeri (Mendagri)", "Direktur Jenderal (Dirjen)": a post's
// own short form in parentheses adds nothing. Only a role form is skipped: a
// name in parentheses ("Menteri X (Nama)") is the holder, not a short form.
std::size_t RoleRecognizer::SkipRoleShortForm(const Document& doc, std::size_t j) const {
  if (j + 2 >= doc.size() || doc.TokenText(j) != "(") return j;
  auto hit = lx_.roles.MatchAt(doc, j + 1);
  if (!hit || j + 1 + hit->length >= doc.size() || doc.TokenText(j + 1 + hit->length) != ")") return j;
  return j + 2 + hit->length;
}

// "Direktur Jenderal Peternakan dan Kesehatan Hewan Kementerian Pertanian",
// "Deputi II Bidang Perekonomian Kantor Staf Presiden": the unit a head leads,
// named by its field (capitalized words, "dan", a numeral, "bidang"), closed
// by the office it belongs to. Returns j when no office closes the field.
std::size_t RoleRecognizer::FieldBeforeOffice(const Document& doc, std::size_t j) const {
  constexpr std::size_t kMaxFieldTokens = 7;
  for (std::size_t k = j; k < doc.size() && k - j < kMaxFieldTokens; ++k) {
    if (k > j && lx_.StartsOffice(doc, k)) return doc.Folded(k - 1) == "dan" ? j : k;
    const Token& t = doc.tokens[k];
    if (t.paragraph_start && k > j) return j;
    bool field_word = t.kind == TokenKind::Word && (t.upper || doc.Folded(k) == "bidang" || (k > j && doc.Folded(k) == "dan"));
    if (!field_word || lx_.roles.MatchAt(doc, k) || !lx_.Word(doc, k).place_level.empty()) return j;
  }
  return j;
}

// Written office and place after a role: "Setdakota Medan", "Pemkot Padang", "Kota Padang", "Medan".
std::size_t RoleRecognizer::ParseOfficeAndPlace(const Document& doc, std::size_t j, RoleMention& m) const {
  if (auto office = offices_.MatchAt(doc, j)) {
    j = office->end;
    m.office = std::move(*office);
    return j;
  }
  if (auto r = MatchRegion(doc, lx_, j, true)) {
    m.region = r->region;
    return r->end;
  }
  return j;
}

// "… DPRD Kota Jambi dari Fraksi Partai Golkar, Nama": a council member's
// party group is not part of the post, but the name still follows it.
std::size_t RoleRecognizer::SkipFaction(const Document& doc, std::size_t j) const {
  std::size_t k = j;
  if (k < doc.size() && doc.Folded(k) == "dari") ++k;
  if (k >= doc.size() || doc.Folded(k) != "fraksi") return j;
  ++k;
  std::size_t words = 0;
  while (k < doc.size() && words < 5 && !doc.tokens[k].paragraph_start &&
         ((doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].upper) || doc.TokenText(k) == "-")) {
    ++k;
    ++words;
  }
  return words > 0 && k < doc.size() && doc.TokenText(k) == "," ? k : j;
}

// "Asisten II", "Asisten I Pemerintahan dan Kesra", "Asisten bidang administrasi",
// "Asisten Administrasi Umum".
std::size_t RoleRecognizer::ParseAssistant(const Document& doc, std::size_t j, RoleMention& m) const {
  if (IsOrdinalAt(doc, j)) {
    m.numeral = std::string(doc.TokenText(j));
    ++j;
  }
  bool bidang = j < doc.size() && doc.Folded(j) == "bidang";
  if (bidang) ++j;
  // After "bidang" the portfolio may be lower case; otherwise it is capitalized.
  std::size_t k = j;
  while (k < doc.size() && doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].paragraph_start) {
    std::string_view w = doc.TokenText(k);
    const bool connector = doc.Folded(k) == "dan" && k > j;
    // The case first: a lower-case word ends the portfolio, listed or not,
    // without two lookups (one of a title-cased copy).
    if (!bidang && !doc.tokens[k].upper && !connector) break;
    const bool listed = connector || lx_.IsPortfolioWord(w) || lx_.IsPortfolioWord(TitleCase(w));
    if (!listed || offices_.MatchAt(doc, k)) break;
    ++k;
  }
  if (k > j && doc.Folded(k - 1) == "dan") --k;
  if (k > j) m.portfolio = std::string(doc.TokenRange(j, k));
  return k;
}

// "Ketua LPM Nama", "Ketua RT 02", "Ketua PWRI Lawang Kidul, Nama", "Ketua
// PWRI Kabupaten Muara Enim": a body no lexicon lists (an association, a
// neighbourhood unit) written by its acronym, then its region, or an area
// name closed by a comma. "Ketua LPM Iskandar, Ikra …" reads the same way, so
// the words before the comma are an area only when the first word after it
// is a name the article also uses alone ("tegas Fajeri"). Returns j, with no
// community, when none is written.
std::size_t RoleRecognizer::ParseCommunity(const Document& doc, std::size_t j, RoleMention& m) const {
  constexpr std::size_t kMaxAreaWords = 3;
  if (j >= doc.size() || doc.tokens[j].paragraph_start || doc.tokens[j].kind != TokenKind::Word) return j;
  if (lx_.roles.MatchAt(doc, j) || lx_.IsDegreeToken(doc, j) || MatchRegion(doc, lx_, j, true) ||
      lx_.Word(doc, j).function_word)
    return j;
  if (!doc.tokens[j].all_caps) {
    // "Ketua Koalisi Pejalan Kaki Bogor (KPKB) Nama": named in full, then its
    // acronym in parentheses; "… (PBI) Cabang Bogor, Nama": then its branch
    // (a word that is never a name, function_words.tsv) up to a comma.
    std::size_t k = FullNameWithAcronymEnd(doc, j);
    if (k == j) return j;
    std::size_t branch = k;
    if (branch < doc.size() && doc.tokens[branch].upper && lx_.Word(doc, branch).function_word) {
      std::size_t comma = branch + 1;
      while (comma < doc.size() && comma - branch <= kMaxAreaWords && doc.tokens[comma].kind == TokenKind::Word &&
             doc.tokens[comma].upper)
        ++comma;
      if (comma < doc.size() && doc.TokenText(comma) == ",") k = comma;
    }
    m.community = CollapseSpaces(doc.TokenRange(j, k));
    return k;
  }
  std::size_t k = j + 1;
  if (k < doc.size() && doc.tokens[k].kind == TokenKind::Number && doc.TokenText(k).size() <= 3) ++k;  // "RT 02"
  if (auto r = MatchRegion(doc, lx_, k, true)) {
    m.region = r->region;
    m.community = std::string(doc.TokenRange(j, k));
    return r->end;
  }
  std::size_t area = k;
  while (area < doc.size() && area - k < kMaxAreaWords && doc.tokens[area].kind == TokenKind::Word && doc.tokens[area].upper &&
         !doc.tokens[area].paragraph_start)
    ++area;
  if (area > k && area + 1 < doc.size() && doc.TokenText(area) == "," && doc.StandsAloneElsewhere(area + 1, area + 1, area + 2))
    k = area;
  m.community = CollapseSpaces(doc.TokenRange(j, k));
  return k;
}

// The end of "Koalisi Pejalan Kaki Bogor (KPKB)": capitalized words that are
// no office or role, then an acronym in parentheses; j when not so written.
std::size_t RoleRecognizer::FullNameWithAcronymEnd(const Document& doc, std::size_t j) const {
  constexpr std::size_t kMaxNameWords = 6;
  std::size_t k = j;
  while (k < doc.size() && k - j < kMaxNameWords && doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].upper &&
         !doc.tokens[k].all_caps && (k == j || !doc.tokens[k].paragraph_start) && !lx_.StartsOffice(doc, k) &&
         !lx_.roles.MatchAt(doc, k))
    ++k;
  if (k == j || k + 2 >= doc.size() || doc.TokenText(k) != "(" || !doc.tokens[k + 1].all_caps || doc.TokenText(k + 2) != ")")
    return j;
  return k + 3;
}

std::optional<RoleMention> RoleRecognizer::MatchAt(const Document& doc, std::size_t i) const {
  if (!MayStartRole(lx_, doc, i)) return std::nullopt;
  std::optional<RoleMention> m(std::in_place);
  if (!MatchInto(doc, i, *m)) return std::nullopt;
  return m;
}

bool RoleRecognizer::MatchInto(const Document& doc, std::size_t i, RoleMention& m) const {
  m.first = static_cast<uint32_t>(i);
  std::size_t j = i;
  if (auto acting = lx_.acting.MatchAt(doc, j); acting && doc.tokens[j].upper) {
    m.acting = lx_.acting_forms[acting->value];
    j += acting->length;
    if (j < doc.size() && doc.TokenText(j) == ".") ++j;
    // "Penjabat (Pj) Wali Kota": the short form in parentheses.
    if (j + 2 < doc.size() && doc.TokenText(j) == "(" && lx_.acting.MatchAt(doc, j + 1) && doc.TokenText(j + 2) == ")") {
      m.acting = lx_.acting_forms[lx_.acting.MatchAt(doc, j + 1)->value];
      j += 3;
    }
  }
  auto hit = lx_.roles.MatchAt(doc, j);
  if (!hit) return false;
  m.entry = hit->value;
  const RoleEntry& role = lx_.role_entries[hit->value];
  const std::size_t role_end = j + hit->length;
  j = SkipRoleShortForm(doc, role_end);

  switch (role.kind) {
    case RoleKind::RegionHead:
    case RoleKind::Secretary: {
      // "Sekretaris Daerah (Sekda) Kabupaten Cirebon": the short form adds nothing.
      j = offices_.SkipShortForm(doc, j);
      auto prefer = LevelFromName(role.unit);
      if (auto r = MatchRegion(doc, lx_, j, true, prefer)) {
        m.region = r->region;
        j = r->end;
      } else if (auto office = offices_.MatchAt(doc, j)) {
        j = office->end;
        m.office = std::move(*office);
      }
      break;
    }
    case RoleKind::Assistant:
      j = ParseAssistant(doc, j, m);
      // "Asisten Perekonomian dan Keuangan Sekretaris Daerah Provinsi DKI
      // Jakarta": the secretary's post names the secretariat the assistant sits in.
      if (auto sec = lx_.roles.MatchAt(doc, j); sec && lx_.role_entries[sec->value].kind == RoleKind::Secretary) {
        std::size_t k = offices_.SkipShortForm(doc, j + sec->length);
        if (auto r = MatchRegion(doc, lx_, k, true, LevelFromName(lx_.role_entries[sec->value].unit))) {
          m.region = r->region;
          j = r->end;
          break;
        }
      }
      j = ParseOfficeAndPlace(doc, j, m);
      break;
    case RoleKind::UnitHead: {
      // "Kepala Dinas Lingkungan Hidup Kota Payakumbuh": the role word doubles as the unit head.
      std::size_t end = offices_.UnitNameEnd(doc, j, /*after_role=*/true);
      if (end == j) {
        // "Kepala Dinas Kominfo Kabupaten X": the unit written by its short
        // form, an office whose full name starts with the role's unit.
        if (auto office = offices_.MatchAt(doc, j); office && office->parts.front().source == OfficePart::Source::Office &&
                                                    office->parts.front().unit_name.empty() &&
                                                    lx_.office_entries[office->parts.front().entry].canonical.starts_with(
                                                        role.unit + " ")) {
          j = office->end;
          m.office = std::move(*office);
        }
        // "Kabag" alone (a role reference): keep it, the unit is unknown.
        break;
      }
      // "Kasi Pelayanan Umum Kecamatan Cibinong, Nama": a unit of a district or
      // village office keeps the area in its name.
      if (const std::string& area = end < doc.size() ? lx_.Word(doc, end).place_level : kNoLevel;
          area == "district" || area == "village") {
        std::size_t k = end + 1;
        while (k < doc.size() && k - end <= 3 && doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].upper &&
               !doc.tokens[k].paragraph_start)
          ++k;
        if (k > end + 1 && k < doc.size() && doc.TokenText(k) == ",") end = k;
      }
      m.portfolio = std::string(doc.TokenRange(j, end));
      j = offices_.SkipShortForm(doc, end);
      // "Kepala Bagian Organisasi Setda Kota Padang" / "Kadis Kesehatan Kota Medan"
      if (auto office = offices_.MatchAt(doc, j)) {
        j = office->end;
        m.office = std::move(*office);
      } else if (auto r = MatchRegion(doc, lx_, j, true)) {
        m.region = r->region;
        j = r->end;
      }
      break;
    }
    case RoleKind::OfficeHead:
      if (auto r = MatchRegion(doc, lx_, j, true)) {
        m.region = r->region;
        j = r->end;
      }
      break;
    case RoleKind::Functional: {
      // "Analis Kebijakan Ahli Madya pada Direktorat …": grade words, then the office.
      std::size_t k = j;
      while (k < doc.size() && k - j < 3 && lx_.functional_grades.count(doc.Folded(k))) ++k;
      std::size_t p = k;
      if (p < doc.size() && (doc.Folded(p) == "pada" || doc.Folded(p) == "di" || doc.Folded(p) == "dari")) ++p;
      if (auto office = offices_.MatchAt(doc, p)) {
        j = office->end;
        m.office = std::move(*office);
        break;
      }
      j = k;
      // "Asisten Deputi Pelayanan Publik Wilayah II KemenPAN-RB, Nama": the
      // field of the post, then its office or a comma.
      std::size_t end = p == k ? offices_.UnitNameEnd(doc, k, /*after_role=*/false) : k;
      if (end == k) break;
      if (auto office = offices_.MatchAt(doc, end)) {
        m.portfolio = std::string(doc.TokenRange(k, end));
        j = office->end;
        m.office = std::move(*office);
      } else if (end < doc.size() && doc.TokenText(end) == ",") {
        m.portfolio = std::string(doc.TokenRange(k, end));
        j = end;
      }
      break;
    }
    case RoleKind::OrgHead: {
      if (j < doc.size() && doc.Folded(j) == "pada") ++j;
      if (IsOrdinalAt(doc, j) && lx_.StartsOffice(doc, j + 1)) m.numeral = std::string(doc.TokenText(j++));  // "Wakil Ketua 1 DPRD"
      // "Anggota Komisi C DPRD …": a council's commission (a letter or a roman
      // numeral, not "Komisi Pemilihan Umum"), then the council.
      std::size_t commission = j;
      if (j + 1 < doc.size() && doc.Folded(j) == "komisi" && IsCommissionName(doc.TokenText(j + 1))) j += 2;
      else if (!lx_.StartsOffice(doc, j)) j = FieldBeforeOffice(doc, j);
      auto office = offices_.MatchAt(doc, j);
      bool council_commission = j > commission && doc.Folded(commission) == "komisi";
      if (j > commission && !office && !council_commission) return false;
      if (j > commission) m.portfolio = std::string(doc.TokenRange(commission, j));
      if (office) {
        j = office->end;
        m.office = std::move(*office);
      } else if (m.portfolio.empty()) {
        // Written as a post ("Ketua LPM"), not as a count of members ("50 anggota PBI").
        if (doc.tokens[m.first].upper) j = ParseCommunity(doc, j, m);
        if (m.community.empty()) return false;  // "kepala kelurahannya" is not a post
      }
      // "Wakil Ketua Komisi I dari Fraksi X, Nama": the council is the region's.
      j = SkipFaction(doc, j);
      break;
    }
    case RoleKind::AreaHead: {
      constexpr std::size_t kMaxArea = 4, kMaxAreaAndName = 7;
      std::size_t k = j;
      while (k < doc.size() && doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].upper && k - j < kMaxAreaAndName &&
             (k == j || !doc.tokens[k].paragraph_start))
        ++k;
      // "Camat Nipah Panjang Helmi Saputra yang …": the gazetteer cannot say
      // where a district's name ends (it lists provinces, kota and kabupaten
      // only). The article usually says it later, calling the person by one
      // name alone ("Helmi menuturkan"): the name starts at the first word of
      // the run that also stands alone elsewhere.
      if (k - j >= 3)
        for (std::size_t s = j + 1; s < k; ++s)
          if (doc.StandsAloneElsewhere(s, j, k)) {
            m.portfolio = std::string(doc.TokenRange(j, s));
            j = s;
            break;
          }
      // "Camat Padang Barat, Nama": else an area name closed by a comma.
      if (m.portfolio.empty() && k > j && k - j <= kMaxArea && k < doc.size() && doc.TokenText(k) == ",") {
        m.portfolio = std::string(doc.TokenRange(j, k));
        j = k;
      }
      // Without either the run is left to the name reader whole.
      break;
    }
    case RoleKind::National: {
      // "Presiden Republik Indonesia", "Menteri Dalam Negeri RI": the country adds nothing.
      auto skip_country = [&](std::size_t k) {
        if (k + 1 < doc.size() && doc.Folded(k) == "republik" && doc.Folded(k + 1) == "indonesia") return k + 2;
        if (k < doc.size() && doc.TokenText(k) == "RI") return k + 1;
        return k;
      };
      j = skip_country(j);
      if (auto office = offices_.MatchAt(doc, j)) {
        j = office->end;
        m.office = std::move(*office);
        break;
      }
      // "Menteri Kesehatan", "Wakil Menteri Dalam Negeri": the ministry by its
      // field, the longest "Kementerian <words>" that is a national office.
      std::string phrase = "Kementerian";
      for (std::size_t k = j; k < doc.size() && k < j + 6; ++k) {
        if (doc.tokens[k].kind != TokenKind::Word || !doc.tokens[k].upper) break;
        phrase.append(" ").append(doc.TokenText(k));  // not " " + …: GCC 12 warns falsely (-Wrestrict)
        if (auto nat = lx_.national.Find(phrase)) {
          OfficeMention office;
          OfficePart part;
          part.source = OfficePart::Source::National;
          part.entry = *nat;
          part.first = static_cast<uint32_t>(j);
          part.end = static_cast<uint32_t>(k + 1);
          office.first = part.first;
          office.end = part.end;
          office.parts.push_back(part);
          m.office = std::move(office);
          m.portfolio = std::string(doc.TokenRange(j, k + 1));
        }
      }
      if (m.office) j = SkipRoleShortForm(doc, skip_country(m.office->end));
      // "Mendagri": the short form names its ministry.
      if (auto nat = role.unit.empty() ? std::nullopt : lx_.national.Find(role.unit); nat && !m.office) {
        OfficeMention office;
        OfficePart part;
        part.source = OfficePart::Source::National;
        part.entry = *nat;
        part.first = office.first = m.first;
        part.end = office.end = static_cast<uint32_t>(role_end);
        office.parts.push_back(part);
        m.office = std::move(office);
      }
      break;
    }
  }
  m.end = static_cast<uint32_t>(j);
  return true;
}

std::vector<RoleMention> RoleRecognizer::Recognize(const Document& doc) const {
  std::vector<RoleMention> out;
  const std::size_t n = doc.size();
  // Where a role may start, by the tokens' phrase bits alone (MatchAt says
  // no at any other token): the tokens between are passed over in a loop of
  // their own, one bit test each (MayStartRole at every token was two table
  // lookups: RoleRecognizer::Recognize self 11.3M -> 5.0M instructions per
  // 1k articles, callgrind).
  const bool numbered = doc.vocabulary == &lx_.roles.vocabulary();
  const uint32_t starts = lx_.acting.StartBit() | lx_.roles.StartBit();
  const Token* tokens = doc.tokens.data();
  for (std::size_t i = 0; i < n;) {
    if (numbered) {
      i = NextStart(tokens, i, n, starts);
      if (i >= n) break;
    }
    // "wakil" of "wakil ketua" is part of the role; a role inside a word run
    // already taken is not tried again.
    // Read where it is kept: a mention is large (its strings and office),
    // and moving it out of MatchAt's optional into the list took a copy of
    // each short string (0.45M instructions of memcpy per 1k articles).
    if (!MayStartRole(lx_, doc, i)) {
      ++i;
      continue;
    }
    // Room for the roles of most articles at the first: a mention is large,
    // and each growth of the list moved every mention in it (4.1k growths,
    // 2.4M instructions per 1k articles).
    if (out.capacity() == 0) out.reserve(kRolesAtFirst);
    RoleMention& m = out.emplace_back();
    if (MatchInto(doc, i, m)) {
      i = m.end > i ? m.end : i + 1;
    } else {
      out.pop_back();
      ++i;
    }
  }
  return out;
}

}  // namespace pejabat
