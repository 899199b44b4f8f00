#pragma once
#include <vector>

#include "extract/document.h"
#include "extract/recognize/mentions.h"

namespace pejabat {

class Lexicon;

// Indicators an article reports, for comparing cities (indicators.tsv):
//   score_after   "nilai IKM Pemkot Samarinda tahun 2023 tercatat 82,45 dengan
//                 kategori B": the first number after the indicator in its
//                 sentence, before another indicator; a year and a grade
//                 (kategori/predikat, grades.tsv) when written with it
//   count_before  "97 pegawai yang telah disahkan sebagai agen perubahan": the
//                 nearest whole number before the indicator in its sentence
// Headlines are skipped (the body says the same with its context); one
// figure per indicator and value in an article.
std::vector<FigureMention> RecognizeFigures(const Document& doc, const Lexicon& lexicon);

}  // namespace pejabat
