#pragma once
#include <optional>
#include <vector>

#include "extract/document.h"
#include "extract/recognize/mentions.h"

namespace pejabat {

class Lexicon;

// Offices as written: "Pemerintah Kota (Pemko) Padang", "Bagian Organisasi Setda
// Kota Padang", "Dinas Lingkungan Hidup Kota Payakumbuh", "BKD Kota Medan",
// "Kemenpan-RB", "Badan Pusat Statistik Kabupaten Tanjung Jabung Timur".
class OfficeRecognizer {
 public:
  explicit OfficeRecognizer(const Lexicon& lexicon) : lx_(lexicon) {}

  std::vector<OfficeMention> Recognize(const Document& doc) const;
  // One office starting exactly at token i. `after_role`: the unit name stops
  // at the first word that is not a portfolio word, since a name may follow
  // ("Kabag Organisasi Hendra Saputra").
  std::optional<OfficeMention> MatchAt(const Document& doc, std::size_t i, bool after_role = false) const;
  // A unit or portfolio name at token i ("Lingkungan Hidup", "Pemerintahan dan
  // Kesra"); returns its end (== i when there is none).
  std::size_t UnitNameEnd(const Document& doc, std::size_t i, bool after_role) const;
  // After a "(Pemko)" or "(Kadis Kominfo)" short form at token i; i when there is none.
  std::size_t SkipShortForm(const Document& doc, std::size_t i) const;

 private:
  // MatchAt into `m`, a mention as default-constructed, after MayStartOffice
  // said yes; false when no office starts at i.
  bool MatchInto(const Document& doc, std::size_t i, bool after_role, OfficeMention& m) const;
  bool StopsUnit(const Document& doc, std::size_t i) const;
  const Lexicon& lx_;
};

}  // namespace pejabat
