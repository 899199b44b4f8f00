#include "cli/query_command.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <regex>

#include "cli/exit_codes.h"
#include "cli/name_normalizer.h"
#include "cli/output_format.h"
#include "graph/name_match.h"
#include "graph/queries/speakers_query.h"

namespace pejabat {
namespace {

// A year, a month or a day: 2019, 2019-10, 2019-10-30.
bool IsIsoDatePrefix(const std::string& s) {
  static const std::regex pattern(R"(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)");
  return std::regex_match(s, pattern);
}

ResultTable SpeakerTable(const std::vector<SpeakerRow>& rows) {
  ResultTable t;
  for (const char* key : {"date", "event", "type", "venue", "city", "speaker", "post", "office", "role",
                          "on_behalf_of", "quotes", "article"})
    t.columns.push_back({key, ColumnUse::Column});
  for (const char* key : {"event_key", "speaker_key", "evidence"}) t.columns.push_back({key, ColumnUse::Hidden});
  auto text = [](const std::string& s) -> Cell { return s.empty() ? Cell{} : Cell{s}; };
  for (const auto& r : rows)
    t.rows.push_back({text(r.date), text(r.event), text(r.type), text(r.venue), text(r.city), text(r.speaker),
                      text(r.post), text(r.office), text(r.role), text(r.on_behalf_of),
                      Cell{static_cast<long long>(r.quotes)}, text(r.article), text(r.event_key),
                      text(r.speaker_key), text(r.evidence)});
  return t;
}

}  // namespace

QueryCommand::QueryCommand(CLI::App& app) {
  CLI::App* query = app.add_subcommand("query", "Ask the graph a question (query speakers)");
  query->require_subcommand(1);
  speakers_ = query->add_subcommand("speakers", "Who spoke at which event: one row per (event, speaker)");
  source_.AddOptions(*speakers_);
  speakers_->add_option("--city", city_, "Only events in this city (\"Padang\", \"Kota Padang\")");
  speakers_->add_option("--type", type_, "Only events of this type (training, socialization, ... or \"diklat\")");
  speakers_->add_option("--since", since_, "Only events on or after this date (2019, 2019-10, 2019-10-30)");
  speakers_->add_option("--until", until_, "Only events on or before this date");
  speakers_->add_option("--person", person_, "Only this speaker (forgives case, titles, abbreviations)");
}

bool QueryCommand::parsed() const { return speakers_->parsed(); }

int QueryCommand::Run() {
  for (const std::string* date : {&since_, &until_})
    if (!date->empty() && !IsIsoDatePrefix(*date)) {
      std::cerr << "pejabat query speakers: not a date (YYYY, YYYY-MM or YYYY-MM-DD): " << *date << "\n";
      return kExitUsage;
    }
  Lexicon lexicon = LoadLexicon(source_);
  int code = kExitOk;
  std::optional<LoadedGraph> loaded = LoadGraph(source_, lexicon, "query speakers", code);
  if (!loaded) return code;
  const KnowledgeGraph& graph = loaded->graph;

  NameNormalizer names(lexicon);
  SpeakerFilter filter;
  filter.city = names.CityName(city_);
  if (FoldWords(filter.city) != FoldWords(city_)) filter.city_place = city_;  // "Kota Bogor", not Kabupaten Bogor
  filter.type = type_.empty() ? "" : names.EventType(type_);
  filter.since = since_;
  filter.until = until_;
  if (!person_.empty()) {
    filter.speakers = FindByName(graph, NodeKind::Person, names.Variants(person_));
    if (filter.speakers->empty()) {
      std::cerr << "pejabat query speakers: no person matches \"" << person_ << "\"\n";
      return kExitSomeFailed;
    }
  }
  WriteResult(SpeakerTable(QuerySpeakers(graph, filter)), *ParseOutputFormat(source_.format), std::cout);
  return loaded->exit_code;
}

}  // namespace pejabat
