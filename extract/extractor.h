#pragma once
#include "extract/article_facts.h"
#include "extract/clean/cleaner.h"
#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/raw_article.h"
#include "extract/recognize/event_recognizer.h"
#include "extract/recognize/office_recognizer.h"
#include "extract/recognize/person_recognizer.h"
#include "extract/recognize/quote_recognizer.h"
#include "extract/recognize/role_recognizer.h"
#include "extract/resolve/article_resolver.h"

namespace pejabat {

// The pipeline for one article: clean -> segment -> recognize -> resolve.
// Stateless after construction, so one Extractor serves every worker thread.
class Extractor {
 public:
  explicit Extractor(const Lexicon& lexicon);

  struct Analysis {
    Document doc;
    CleanResult clean;
    Mentions mentions;
    const Region* jurisdiction = nullptr;
  };
  Analysis Analyze(const RawArticle& article) const;
  ArticleFacts Extract(const RawArticle& article) const;
  // The same for an article the caller gives up: its text is cleaned where it
  // is, not in a copy (the resolver reads the article's other fields only).
  ArticleFacts Extract(RawArticle&& article) const;

  const Lexicon& lexicon() const { return lx_; }

 private:
  // Cleans, segments and recognizes `text`, the article's text or a copy of it.
  Analysis AnalyzeText(std::string text) const;

  const Lexicon& lx_;
  OfficeRecognizer offices_;
  RoleRecognizer roles_;
  PersonRecognizer persons_;
  QuoteRecognizer quotes_;
  EventRecognizer events_;
};

}  // namespace pejabat
