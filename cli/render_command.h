#pragma once
#include <string>
#include <vector>

#include "export/exports.h"

namespace CLI {
class App;
}

namespace pejabat {

struct RenderArgs {
  std::vector<std::string> inputs;
  std::string out = "out";
  std::string lexicon;
  bool quiet = false;
  bool strict = false;
  std::vector<std::string> events;   // --event TEXT (repeatable)
  std::vector<std::string> cities;   // --city NAME
  std::vector<std::string> persons;  // --person NAME
  int radius = 1;                    // --radius for --person
  bool speakers = false;             // --speakers
  ExportOptions exports;
};

// `pejabat render`: articles -> graph -> focused pictures a person can read
// (graph/views.h): one event, one city, one person's ego graph, or who spoke
// at which event. Each view is written as OUT/<view>-<name>.dot and .svg plus
// the --render formats. Registered on the CLI app by the constructor; main
// calls Run() when the subcommand was given.
class RenderCommand {
 public:
  explicit RenderCommand(CLI::App& app);
  bool parsed() const;
  int Run();

 private:
  CLI::App* command_;
  RenderArgs args_;
  std::string render_;  // --render, comma-separated
};

int RunRender(const RenderArgs& args);

}  // namespace pejabat
