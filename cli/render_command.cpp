#include "cli/render_command.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <optional>

#include "cli/comma_list.h"
#include "cli/exit_codes.h"
#include "cli/graph_source.h"
#include "graph/views.h"

namespace pejabat {
namespace {


// A file-name-safe form of what the user typed: "Kota Bogor" -> "kota-bogor".
std::string Slug(const std::string& text) {
  std::string out;
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "view" : out.substr(0, 60);
}

struct View {
  std::string stem, title, what;  // file stem, picture title, how the user asked for it
  std::optional<KnowledgeGraph> graph;
};

std::vector<View> SelectViews(const KnowledgeGraph& graph, const RenderArgs& args) {
  std::vector<View> views;
  for (const auto& text : args.events)
    views.push_back({"event-" + Slug(text), "Event: " + text, "--event \"" + text + "\"", EventView(graph, text)});
  for (const auto& name : args.cities)
    views.push_back({"city-" + Slug(name), "City: " + name, "--city \"" + name + "\"", CityView(graph, name)});
  for (const auto& name : args.persons)
    views.push_back({"person-" + Slug(name), "Person: " + name + " (ego graph, radius " + std::to_string(args.radius) + ")",
                     "--person \"" + name + "\"", PersonView(graph, name, args.radius)});
  if (args.speakers)
    views.push_back({"speakers", "Who spoke at which event, by city", "--speakers", SpeakersView(graph)});
  return views;
}

}  // namespace

RenderCommand::RenderCommand(CLI::App& app) {
  command_ = app.add_subcommand("render", "Read articles and draw focused views a person can read: one event, "
                                          "one city, one person's ego graph, or who spoke at which event");
  auto* c = command_;
  c->add_option("inputs", args_.inputs, "Article files or folders, as for build")->required();
  c->add_option("--out,-o", args_.out, "Output folder (created if missing)")->capture_default_str();
  c->add_option("--lexicon", args_.lexicon, "Folder of lexicon files (default: $PEJABAT_LEXICON or the built-in one)");
  c->add_option("--event", args_.events, "Draw the events whose name, date, venue or city contains TEXT");
  c->add_option("--city", args_.cities, "Draw everything the articles about city NAME mention");
  c->add_option("--person", args_.persons, "Draw the ego graph of the people whose name contains NAME");
  c->add_option("--radius", args_.radius, "Links from the person an ego graph reaches")->capture_default_str()->check(
      CLI::Range(1, 4));
  c->add_flag("--speakers", args_.speakers, "Draw who spoke at which event (people -> events, grouped by city)");
  c->add_option("--render", render_, "Extra renderings besides the .svg, comma-separated: png,pdf");
  c->add_option("--layout", args_.exports.layout, "Graphviz layout (dot, sfdp, neato, ...); default: by size");
  c->add_flag("--quiet,-q", args_.quiet, "Print only problems");
  c->add_flag("--strict", args_.strict, "Stop at the first input error instead of skipping the input");
}

bool RenderCommand::parsed() const { return command_->parsed(); }

int RenderCommand::Run() {
  args_.exports.render = SplitComma(render_);
  return RunRender(args_);
}

int RunRender(const RenderArgs& args) {
  if (args.events.empty() && args.cities.empty() && args.persons.empty() && !args.speakers) {
    std::cerr << "pejabat render: choose a view: --event TEXT, --city NAME, --person NAME or --speakers\n";
    return kExitUsage;
  }
  Lexicon lexicon = Lexicon::Load(args.lexicon.empty() ? Lexicon::DefaultDirectory() : args.lexicon);
  std::optional<LoadedGraph> loaded = BuildFromArticles(args.inputs, lexicon, args.strict);
  if (!loaded) {
    std::cerr << "pejabat: no article could be read from the inputs; nothing drawn\n";
    return kExitNothingUsable;
  }
  const KnowledgeGraph& graph = loaded->graph;
  bool missed = false;
  for (auto& view : SelectViews(graph, args)) {
    if (!view.graph) {
      std::cerr << "pejabat render: " << view.what << ": nothing in the graph matches; no picture drawn\n";
      missed = true;
      continue;
    }
    auto written = WritePicture(*view.graph, args.out, view.stem, view.title, args.exports);
    if (!args.quiet) {
      std::cout << view.what << ": " << view.graph->NodeCount() << " nodes, " << view.graph->EdgeCount()
                << " edges; wrote";
      for (const auto& path : written) std::cout << " " << path.string();
      std::cout << "\n";
    }
  }
  return (missed || loaded->exit_code != kExitOk) ? kExitSomeFailed : kExitOk;
}

}  // namespace pejabat
