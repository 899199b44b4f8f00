#pragma once
#include "extract/document.h"

namespace pejabat {

class Lexicon;

// Fills doc.tokens, doc.folded and doc.sentences. A full stop ends a sentence
// unless it follows an abbreviation, a title, a degree or a single capital
// letter (an initial), or the next word starts in lower case.
void Segment(Document& doc, const Lexicon& lexicon);

}  // namespace pejabat
