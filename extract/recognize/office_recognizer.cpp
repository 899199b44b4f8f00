#include "extract/recognize/office_recognizer.h"

#include "extract/lexicon.h"
#include "extract/recognize/region_parser.h"
#include "extract/recognize/token_scan.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

// Literals compared with an entry's strings as views: a std::string against a
// C string is a call that measures the literal first (each part of each
// office read compares its type and parent).
using namespace std::string_view_literals;

// The room Recognize makes for offices when it reads the first: more than
// nearly every article writes.
constexpr std::size_t kOfficesAtFirst = 16;

bool IsConnector(const Document& doc, std::size_t i) {
  std::string_view f = doc.Folded(i);
  return f == "dan" || f == "&";
}

// An office starts at a word with a national office, an office head or
// "Perwakilan" (a branch named first): the start bits alone, MatchAt reads
// the phrases. Recognize skips to such tokens by the bits itself.
[[gnu::always_inline]] inline bool MayStartOffice(const Lexicon& lx, const Document& doc, std::size_t i) {
  return i < doc.size() && doc.tokens[i].kind == TokenKind::Word &&
         (lx.national.MayStartAt(doc, i) || lx.offices.MayStartAt(doc, i) || doc.Folded(i) == "perwakilan");
}
}  // namespace

// "Pemerintah Kota (Pemko) Padang", "Dinas Komunikasi dan Informatika (Kadis
// Kominfo) Sleman": a short form in parentheses, up to four capitalized words,
// is skipped so that the place after it still belongs to the office.
std::size_t OfficeRecognizer::SkipShortForm(const Document& doc, std::size_t i) const {
  if (i >= doc.size() || doc.TokenText(i) != "(") return i;
  for (std::size_t k = i + 1; k < doc.size() && k <= i + 5; ++k) {
    if (doc.TokenText(k) == ")") return k > i + 1 ? k + 1 : i;
    const Token& t = doc.tokens[k];
    bool word = (t.kind == TokenKind::Word && t.upper) || doc.TokenText(k) == "-";
    if (!word || t.paragraph_start) return i;
  }
  return i;
}

// A unit name ends at a place, another office, a role, a lower-case word,
// punctuation or a paragraph break.
bool OfficeRecognizer::StopsUnit(const Document& doc, std::size_t i) const {
  if (i >= doc.size()) return true;
  const Token& t = doc.tokens[i];
  if (t.paragraph_start || t.kind != TokenKind::Word || !t.upper) return true;
  const WordFacts& facts = lx_.Word(doc, i);
  if (!facts.place_level.empty()) return true;
  if (lx_.StartsOffice(doc, i) || lx_.roles.MatchAt(doc, i)) return true;
  // A function word ends the name unless units are named with it ("Pemberdayaan Masyarakat").
  if (facts.function_word && !lx_.IsPortfolioToken(doc, i)) return true;
  if (facts.weekday) return true;
  return false;
}

std::size_t OfficeRecognizer::UnitNameEnd(const Document& doc, std::size_t i, bool after_role) const {
  std::size_t j = i, portfolio_end = i;
  bool portfolio_only = true;
  while (j < doc.size()) {
    if (IsConnector(doc, j) && j > i && j + 1 < doc.size() && !StopsUnit(doc, j + 1)) {
      ++j;
      continue;
    }
    if (StopsUnit(doc, j)) break;
    // A bare region closing the run is the office's place ("BKD Medan"), not its name.
    // ("Dinas Kesehatan Padang"); a name made of place words stays whole ("Puskesmas Padang Pasir").
    if (auto r = MatchRegion(doc, lx_, j, true);
        r && j > i && portfolio_only && (r->end >= doc.size() || StopsUnit(doc, r->end)))
      break;
    if (portfolio_only && lx_.IsPortfolioToken(doc, j)) portfolio_end = j + 1;
    else portfolio_only = false;
    ++j;
  }
  if (j > i && IsConnector(doc, j - 1)) --j;
  // A name may follow the unit without a comma ("Kadis Sosial Hendra Saputra"):
  // unless the run is closed by a comma, an office or a place, keep the listed words.
  // A run that an office or a place closes is all unit name: a person's name
  // is not written between a unit and its office ("Kabid Pengembangan Karier BKD").
  // Looked at past a short form: "Bagian Pemberdayaan Masyarakat (BPM) Makassar".
  const std::size_t after = SkipShortForm(doc, j);
  bool closed_by_office = after < doc.size() && (lx_.StartsOffice(doc, after) ||
                                                 !lx_.Word(doc, after).place_level.empty() ||
                                                 MatchRegion(doc, lx_, after, true).has_value());
  bool closed = after >= doc.size() || doc.TokenText(after) == "," || closed_by_office;
  if (closed && (portfolio_end == j || !after_role || closed_by_office)) return j;
  if (portfolio_end > i) return portfolio_end;
  if (!after_role) return j;  // a name of its own ("Puskesmas Sungai Sapih")
  return closed ? j : i;
}

std::optional<OfficeMention> OfficeRecognizer::MatchAt(const Document& doc, std::size_t i, bool after_role) const {
  if (!MayStartOffice(lx_, doc, i)) return std::nullopt;
  std::optional<OfficeMention> m(std::in_place);
  if (!MatchInto(doc, i, after_role, *m)) return std::nullopt;
  return m;
}

bool OfficeRecognizer::MatchInto(const Document& doc, std::size_t i, bool after_role, OfficeMention& m) const {
  m.first = static_cast<uint32_t>(i);
  std::size_t j = i;
  bool lower_head = !doc.tokens[i].upper;

  // "Perwakilan BPKP Provinsi Sumatera Barat": the branch named before the agency.
  bool branch_first = doc.Folded(i) == "perwakilan" && !lower_head && lx_.national.MatchAt(doc, i + 1);
  if (auto nat = lx_.national.MatchAt(doc, branch_first ? i + 1 : i)) {
    if (lower_head) return false;
    if (branch_first) ++i;
    OfficePart part;
    part.source = OfficePart::Source::National;
    part.entry = nat->value;
    part.first = static_cast<uint32_t>(i);
    j = i + nat->length;
    part.end = static_cast<uint32_t>(j);
    m.parts.push_back(std::move(part));
    j = SkipShortForm(doc, j);
    // "Ombudsman RI Perwakilan Sumatera Barat": the branch in a region.
    bool branch_after = j + 1 < doc.size() && doc.Folded(j) == "perwakilan" && MatchRegion(doc, lx_, j + 1, true);
    if (branch_after) ++j;
    if (branch_first || branch_after) {
      m.representative = true;
      m.level = "province";  // branches serve a province ("Perwakilan Jambi" is not Kota Jambi)
    }
  } else {
    // A chain of offices: "Bagian Organisasi" + "Setda" + ... innermost first.
    while (j < doc.size()) {
      auto hit = lx_.offices.MatchAt(doc, j);
      if (!hit) break;
      const OfficeEntry& entry = lx_.office_entries[hit->value];
      OfficePart part;
      part.entry = hit->value;
      part.first = static_cast<uint32_t>(j);
      std::size_t k = j + hit->length;
      if (entry.open) {
        std::size_t end = UnitNameEnd(doc, k, after_role && m.parts.empty());
        if (end == k) break;  // "Dinas" alone is not an office name
        part.unit_name = std::string(doc.TokenRange(k, end));
        k = end;
      }
      k = SkipShortForm(doc, k);
      part.end = static_cast<uint32_t>(k);
      if (!entry.level.empty() && m.level.empty()) m.level = entry.level;
      // Only a more general office may follow: a division sits in a secretariat,
      // a secretariat or agency in a government.
      if (!m.parts.empty()) {
        const OfficeEntry& inner = lx_.office_entries[m.parts.back().entry];
        bool fits = (inner.parent == "national"sv && entry.type == "directorate"sv) ||
                    (inner.parent == "secretariat"sv && entry.type == "secretariat"sv) ||
                    (inner.parent == "government"sv && entry.type == "government"sv) ||
                    (inner.type == "secretariat"sv && entry.type == "government"sv);
        if (!fits) break;
      }
      m.parts.push_back(std::move(part));
      j = k;
      if (entry.type == "government"sv) break;
      // A unit of a ministry ends the chain with the ministry, when written:
      // "Direktorat Jenderal Otonomi Daerah Kementerian Dalam Negeri".
      if (entry.parent == "national"sv) {
        if (auto nat = lx_.national.MatchAt(doc, j); nat && doc.tokens[j].upper) {
          OfficePart outer;
          outer.source = OfficePart::Source::National;
          outer.entry = nat->value;
          outer.first = static_cast<uint32_t>(j);
          j += nat->length;
          outer.end = static_cast<uint32_t>(j);
          m.parts.push_back(std::move(outer));
        }
        break;
      }
    }
    if (m.parts.empty()) return false;
  }

  // The place: "Kota Padang", "Kabupaten Limapuluh kota", or a bare name.
  std::optional<RegionLevel> prefer = LevelFromName(m.level);
  if (auto r = MatchRegion(doc, lx_, j, true, prefer)) {
    m.region = r->region;
    j = r->end;
  }
  // Lower-case heads ("pemerintah kota", "bagian Pemerintahan") are offices only
  // with a place or a capitalized name after them.
  if (lower_head) {
    const OfficePart& head = m.parts.front();
    bool named = !head.unit_name.empty() && StartsWithUpper(head.unit_name);
    if (!named && !m.region) return false;
  }
  m.end = static_cast<uint32_t>(j);
  return true;
}

std::vector<OfficeMention> OfficeRecognizer::Recognize(const Document& doc) const {
  std::vector<OfficeMention> out;
  const std::size_t n = doc.size();
  // Where an office may start, by the tokens' phrase bits alone: a word
  // starting a national office or an office head, or a capitalized word
  // ("Perwakilan") before a national office; MatchAt says no at any other.
  // The tokens between are passed over in a loop of their own, one bit test
  // each (MayStartOffice at every token was two table lookups and a string
  // comparison: OfficeRecognizer::Recognize self 13.2M -> 3.6M instructions
  // per 1k articles, callgrind).
  const bool numbered = doc.vocabulary == &lx_.national.vocabulary();
  const uint32_t heads = lx_.national.StartBit() | lx_.offices.StartBit();
  const uint32_t national = lx_.national.StartBit();
  const Token* tokens = doc.tokens.data();
  for (std::size_t i = 0; i < n;) {
    if (numbered) {
      std::size_t k = i;
      k = NextStart(tokens, k, n, heads);
      if (k >= n) break;
      if (k > i && (tokens[k].phrase_starts & national) && tokens[k - 1].upper) --k;
      i = k;
    }
    // An office name starts at a word boundary that is not inside a word run
    // already consumed.
    // Read where it is kept, not moved there from MatchAt's optional (a
    // copy of each short string).
    if (!MayStartOffice(lx_, doc, i)) {
      ++i;
      continue;
    }
    // Room for the offices of most articles at the first: each growth of
    // the list moved every mention in it.
    if (out.capacity() == 0) out.reserve(kOfficesAtFirst);
    OfficeMention& m = out.emplace_back();
    if (MatchInto(doc, i, false, m)) {
      i = m.end;
    } else {
      out.pop_back();
      ++i;
    }
  }
  return out;
}

}  // namespace pejabat
