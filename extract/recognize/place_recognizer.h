#pragma once
#include <vector>

#include "extract/document.h"
#include "extract/recognize/mentions.h"
#include "extract/recognize/token_mask.h"

namespace pejabat {

class Lexicon;

// Administrative places: "Kota Padang", "Kabupaten Limapuluh kota", "Sumbar",
// a bare "Medan" that stands alone (not inside a longer capitalized name such as
// "Padang Pasir"), and areas inside them: "Kecamatan Padang Barat", "Kelurahan X".
// Tokens in `blocked` (offices, roles, people) are skipped: their places are
// read with them.
std::vector<PlaceMention> RecognizePlaces(const Document& doc, const Lexicon& lexicon, const TokenMask& blocked);

}  // namespace pejabat
