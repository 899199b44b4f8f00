#pragma once
#include <string>

#include "extract/extractor.h"
#include "extract/lexicon.h"

namespace pejabat::testing {

// The real lexicon, loaded once for all tests of this binary.
inline const Lexicon& TheLexicon() {
  static const Lexicon lexicon = Lexicon::Load(PEJABAT_LEXICON_DIR);
  return lexicon;
}

inline const Extractor& TheExtractor() {
  static const Extractor extractor(TheLexicon());
  return extractor;
}

// An article made of a headline and one body paragraph, as a .txt would be.
inline RawArticle Article(const std::string& body, const std::string& published = "") {
  RawArticle a;
  a.source = "test.txt";
  a.title = "Berita uji";
  a.text = "Berita uji\n\n" + body + "\n";
  a.published = published;
  return a;
}

}  // namespace pejabat::testing
