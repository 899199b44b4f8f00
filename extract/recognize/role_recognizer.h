#pragma once
#include <optional>
#include <vector>

#include "extract/document.h"
#include "extract/recognize/mentions.h"
#include "extract/recognize/office_recognizer.h"

namespace pejabat {

class Lexicon;

// Posts as written: "Walikota Medan", "Sekretaris Daerah", "Asisten II",
// "Asisten bidang administrasi Pemkot Padang", "Kepala Bagian Organisasi Setda
// Kota Padang", "Kabag Organisasi", "Kepala BKD Kota Medan", "Plt Kadis Kesehatan".
class RoleRecognizer {
 public:
  RoleRecognizer(const Lexicon& lexicon, const OfficeRecognizer& offices) : lx_(lexicon), offices_(offices) {}

  std::vector<RoleMention> Recognize(const Document& doc) const;
  std::optional<RoleMention> MatchAt(const Document& doc, std::size_t i) const;

 private:
  // MatchAt into `m`, a mention as default-constructed; false when no role
  // starts at i (m then holds whatever was read).
  bool MatchInto(const Document& doc, std::size_t i, RoleMention& m) const;
  std::size_t ParseAssistant(const Document& doc, std::size_t j, RoleMention& m) const;
  std::size_t ParseOfficeAndPlace(const Document& doc, std::size_t j, RoleMention& m) const;
  std::size_t SkipFaction(const Document& doc, std::size_t j) const;
  std::size_t SkipRoleShortForm(const Document& doc, std::size_t j) const;
  std::size_t FieldBeforeOffice(const Document& doc, std::size_t j) const;
  std::size_t ParseCommunity(const Document& doc, std::size_t j, RoleMention& m) const;
  std::size_t FullNameWithAcronymEnd(const Document& doc, std::size_t j) const;
  const Lexicon& lx_;
  const OfficeRecognizer& offices_;
};

}  // namespace pejabat
