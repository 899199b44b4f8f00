#pragma once
#include <optional>
#include <vector>

#include "extract/article_facts.h"
#include "extract/clean/cleaner.h"
#include "extract/document.h"
#include "extract/raw_article.h"
#include "extract/recognize/event_recognizer.h"
#include "extract/recognize/mentions.h"

namespace pejabat {

class Lexicon;

// Everything the recognizers found in one Document.
struct Mentions {
  std::vector<DateMention> dates;
  std::vector<PlaceMention> places;
  std::vector<OfficeMention> offices;
  std::vector<RoleMention> roles;
  std::vector<PersonMention> persons;
  std::vector<QuoteMention> quotes;
  std::vector<FigureMention> figures;
  std::optional<EventMention> event;
};

// Turns mentions into the article's entities and facts: merges short forms
// into full names ("Rahmat" -> "Rahmat Hidayat"), resolves role references ("kata
// walikota") and pronouns ("ujarnya") to people, attributes quotes, and gives
// the people of the event their roles.
ArticleFacts ResolveArticle(const Lexicon& lexicon, const RawArticle& raw, const Document& doc,
                            const CleanResult& clean, const Mentions& mentions, const Region* jurisdiction);
// The same for an article and document given up: the facts take their
// strings and text (`raw.text` is not read) instead of copies, an allocation
// and a copy each, and a free each of the originals.
ArticleFacts ResolveArticle(const Lexicon& lexicon, RawArticle&& raw, Document&& doc, const CleanResult& clean,
                            const Mentions& mentions, const Region* jurisdiction);

}  // namespace pejabat
