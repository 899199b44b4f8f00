#include "cli/show_command.h"

#include <CLI/CLI.hpp>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <iostream>

#include "cli/exit_codes.h"
#include "cli/name_normalizer.h"
#include "cli/output_format.h"
#include "export/utf8.h"
#include "graph/name_match.h"
#include "graph/queries/profile_query.h"

namespace pejabat {
namespace {

NodeKind KindOf(const std::string& what) {
  if (what == "office") return NodeKind::Organization;
  if (what == "event") return NodeKind::Event;
  return NodeKind::Person;
}

// The facts of one profile; `with_entity` adds the profiled node's columns (CSV).
ResultTable FactTable(const std::vector<Profile>& profiles, bool with_entity, ColumnUse evidence_use) {
  ResultTable t;
  if (with_entity)
    for (const char* key : {"entity_key", "entity_kind", "entity"}) t.columns.push_back({key, ColumnUse::Column});
  for (const char* key : {"subject", "relation", "role", "object", "article"})
    t.columns.push_back({key, ColumnUse::Column});
  t.columns.push_back({"evidence", evidence_use});
  if (with_entity)
    for (const char* key : {"object_kind", "object_key", "span_start", "span_end"})
      t.columns.push_back({key, ColumnUse::Column});
  auto text = [](const std::string& s) -> Cell { return s.empty() ? Cell{} : Cell{s}; };
  for (const auto& p : profiles)
    for (const auto& f : p.facts) {
      std::vector<Cell> row;
      if (with_entity) row = {text(p.key), text(p.kind), text(p.name)};
      for (const std::string* s : {&f.subject, &f.relation, &f.role, &f.object, &f.article, &f.evidence})
        row.push_back(text(*s));
      if (with_entity) {
        row.push_back(text(f.object_kind));
        row.push_back(text(f.object_key));
        row.push_back(Cell{static_cast<long long>(f.span_start)});
        row.push_back(Cell{static_cast<long long>(f.span_end)});
      }
      t.rows.push_back(std::move(row));
    }
  return t;
}

void WriteText(const std::vector<Profile>& profiles, bool markdown, std::ostream& out) {
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    const Profile& p = profiles[i];
    if (i) out << "\n";
    if (markdown) {
      out << "### " << p.kind << ": " << MarkdownEscape(p.name) << " (`" << p.key << "`)\n\n";
      for (const auto& [name, value] : p.attributes) out << "- " << name << ": " << MarkdownEscape(value) << "\n";
      if (!p.attributes.empty()) out << "\n";
      WriteMarkdown(FactTable({p}, false, ColumnUse::Column), out);
    } else {
      out << p.kind << ": " << p.name << "  (" << p.key << ")\n";
      std::size_t width = 0;
      for (const auto& [name, value] : p.attributes) width = std::max(width, name.size());
      for (const auto& [name, value] : p.attributes)
        out << "  " << name << std::string(width - name.size() + 2, ' ') << SanitizeUtf8(value) << "\n";
      out << "\n";
      WriteTerminalTable(FactTable({p}, false, ColumnUse::Note), out);
    }
  }
}

void WriteJson(const std::vector<Profile>& profiles, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
  w.SetIndent(' ', 2);
  auto str = [&](const std::string& s) {
    std::string clean = SanitizeUtf8(s);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
  };
  auto opt = [&](const std::string& s) {
    if (s.empty()) w.Null();
    else str(s);
  };
  w.StartArray();
  for (const auto& p : profiles) {
    w.StartObject();
    w.Key("key"), str(p.key);
    w.Key("kind"), str(p.kind);
    w.Key("name"), str(p.name);
    w.Key("attributes");
    w.StartObject();
    for (const auto& [name, value] : p.attributes) str(name), str(value);
    w.EndObject();
    w.Key("facts");
    w.StartArray();
    for (const auto& f : p.facts) {
      w.StartObject();
      w.Key("subject"), str(f.subject);
      w.Key("relation"), str(f.relation);
      w.Key("role"), opt(f.role);
      w.Key("object"), str(f.object);
      w.Key("object_kind"), str(f.object_kind);
      w.Key("object_key"), str(f.object_key);
      w.Key("article"), opt(f.article);
      w.Key("span_start"), w.Uint(f.span_start);
      w.Key("span_end"), w.Uint(f.span_end);
      w.Key("evidence"), opt(f.evidence);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  out << "\n";
}

}  // namespace

ShowCommand::ShowCommand(CLI::App& app) {
  command_ = app.add_subcommand("show", "Everything the graph says about a person, an office or an event, with evidence");
  command_->add_option("what", what_, "person, office or event")
      ->check(CLI::IsMember({"person", "office", "event"}))
      ->required();
  command_->add_option("name", name_, "The name as you would write it (\"sekda payakumbuh\", \"Ir. H. Rahmat Hidayat\")")
      ->required();
  source_.AddOptions(*command_);
}

bool ShowCommand::parsed() const { return command_->parsed(); }

int ShowCommand::Run() {
  Lexicon lexicon = LoadLexicon(source_);
  int code = kExitOk;
  std::optional<LoadedGraph> loaded = LoadGraph(source_, lexicon, "show", code);
  if (!loaded) return code;
  const KnowledgeGraph& graph = loaded->graph;
  NameNormalizer names(lexicon);
  std::vector<KnowledgeGraph::NodeId> found = FindByName(graph, KindOf(what_), names.Variants(name_));
  if (found.empty()) {
    std::cerr << "pejabat show: no " << what_ << " matches \"" << name_ << "\"\n";
    return kExitSomeFailed;
  }
  std::vector<Profile> profiles;
  for (auto v : found) profiles.push_back(BuildProfile(graph, v));
  // Equally good matches: the node the graph knows most about first.
  std::stable_sort(profiles.begin(), profiles.end(),
                   [](const Profile& a, const Profile& b) { return a.facts.size() > b.facts.size(); });
  switch (*ParseOutputFormat(source_.format)) {
    case OutputFormat::Table: WriteText(profiles, false, std::cout); break;
    case OutputFormat::Markdown: WriteText(profiles, true, std::cout); break;
    case OutputFormat::Csv: WriteCsv(FactTable(profiles, true, ColumnUse::Column), std::cout); break;
    case OutputFormat::Json: WriteJson(profiles, std::cout); break;
  }
  return loaded->exit_code;
}

}  // namespace pejabat
