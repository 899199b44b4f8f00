// pejabat: a knowledge graph of Indonesian government officials from news articles.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/build_command.h"
#include "cli/comma_list.h"
#include "cli/exit_codes.h"
#include "cli/render_command.h"
#include "cli/query_commands.h"
#include "cli/extract_command.h"
#include "extract/lexicon_table.h"

#ifndef PEJABAT_VERSION
#define PEJABAT_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  using namespace pejabat;
  CLI::App app{"pejabat: builds a knowledge graph of government officials, offices, events and quotes\n"
               "from Indonesian news articles (.txt, .html, .jsonl)."};
  app.set_version_flag("--version", std::string("pejabat ") + PEJABAT_VERSION);
  app.require_subcommand(1);

  BuildArgs build;
  std::string render;
  auto* cmd = app.add_subcommand("build", "Read articles and write the graph: graph.graphml, graph.jsonld, graph.dot, graph.svg");
  cmd->add_option("inputs", build.inputs, "Article files or folders (searched recursively, in sorted order); - reads JSON Lines from stdin")
      ->required();
  cmd->add_option("--out,-o", build.out, "Output folder (created if missing)")->capture_default_str();
  cmd->add_option("--lexicon", build.lexicon, "Folder of lexicon files (default: $PEJABAT_LEXICON or the built-in one)");
  cmd->add_flag("--quiet,-q", build.quiet, "Print no summary and no progress");
  cmd->add_flag("--strict", build.strict, "Stop at the first input error instead of skipping the input");
  cmd->add_option("--jobs,-j", build.jobs, "Extraction threads (default: all cores); the output is the same for any number");
  cmd->add_flag("--yed", build.exports.yed, "Add yEd label graphics to the GraphML");
  cmd->add_option("--base-iri", build.exports.base_iri, "Base IRI of the JSON-LD node identifiers")->capture_default_str();
  cmd->add_option("--render", render, "Extra renderings besides graph.svg, comma-separated: png,pdf");
  cmd->add_option("--layout", build.exports.layout, "Graphviz layout (dot, sfdp, neato, ...); default: by graph size");
  RenderCommand render_command(app);
  QueryCommands query_commands(app);  // query speakers, compare, show
  ExtractCommand extract_command(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    if (cmd->parsed()) {
      build.exports.render = SplitComma(render);
      return RunBuild(build);
    }
    if (render_command.parsed()) return render_command.Run();
    if (query_commands.parsed()) return query_commands.Run();
    if (extract_command.parsed()) return extract_command.Run();
  } catch (const LexiconError& e) {
    std::cerr << "pejabat: lexicon: " << e.what() << "\n";
    return kExitFatal;
  } catch (const std::exception& e) {
    std::cerr << "pejabat: " << e.what() << "\n";
    return kExitFatal;
  }
  return kExitOk;
}
