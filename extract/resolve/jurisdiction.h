#pragma once
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/recognize/mentions.h"

namespace pejabat {

class Lexicon;

// The region an article is about, for offices and posts written without one
// ("Bagian Pemerintahan", "Sekda", "kata bupati"). Evidence, strongest first: the
// dateline city, the headline, regional governments and posts written with a
// place ("Pemko Payakumbuh", "Walikota Medan"), places written with a level.
const Region* PickJurisdiction(const Document& doc, const Lexicon& lexicon, const std::string& dateline_city,
                               const std::vector<OfficeMention>& offices, const std::vector<RoleMention>& roles,
                               const std::vector<PlaceMention>& places);

}  // namespace pejabat
