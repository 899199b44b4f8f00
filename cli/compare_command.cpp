#include "cli/compare_command.h"

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/exit_codes.h"
#include "cli/output_format.h"
#include "graph/queries/compare_query.h"

namespace pejabat {
namespace {

std::string IndicatorText(const IndicatorValue& v) {
  std::string text = v.indicator + " " + v.value;
  if (!v.category.empty()) text += " (" + v.category + ")";
  if (!v.year.empty()) text += " " + v.year;
  return text;
}

ResultTable ComparisonTable(const std::vector<RegionComparison>& rows, const std::string& by) {
  ResultTable t;
  for (const char* key : {by.c_str(), "articles", "events", "officials", "posts", "offices", "speakers",
                          "outside_speakers", "participants", "quotes", "events_by_type", "national_agencies",
                          "indicators"})
    t.columns.push_back({key, ColumnUse::Column});
  auto n = [](std::size_t v) { return Cell{static_cast<long long>(v)}; };
  for (const auto& r : rows) {
    Counts by_type;
    for (const auto& [type, count] : r.events_by_type) by_type.push_back({type, static_cast<long long>(count)});
    std::vector<std::string> indicators;
    for (const auto& v : r.indicators) indicators.push_back(IndicatorText(v));
    t.rows.push_back({Cell{r.region}, n(r.articles), n(r.events), n(r.officials), n(r.posts), n(r.offices),
                      n(r.speakers), n(r.outside_speakers),
                      r.participants ? Cell{static_cast<long long>(*r.participants)} : Cell{}, n(r.quotes),
                      Cell{by_type}, Cell{r.national_agencies}, Cell{indicators}});
  }
  return t;
}

}  // namespace

CompareCommand::CompareCommand(CLI::App& app) {
  command_ = app.add_subcommand("compare", "Compare cities (or provinces): events, officials, offices, speakers, ...");
  source_.AddOptions(*command_);
  command_->add_option("--by", by_, "Group the articles by city or province")
      ->check(CLI::IsMember({"city", "province"}))
      ->capture_default_str();
}

bool CompareCommand::parsed() const { return command_->parsed(); }

int CompareCommand::Run() {
  Lexicon lexicon = LoadLexicon(source_);
  int code = kExitOk;
  std::optional<LoadedGraph> loaded = LoadGraph(source_, lexicon, "compare", code);
  if (!loaded) return code;
  auto rows = CompareRegions(loaded->graph, by_ == "province" ? CompareBy::Province : CompareBy::City);
  WriteResult(ComparisonTable(rows, by_), *ParseOutputFormat(source_.format), std::cout);
  return loaded->exit_code;
}

}  // namespace pejabat
