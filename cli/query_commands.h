#pragma once
#include "cli/compare_command.h"
#include "cli/query_command.h"
#include "cli/show_command.h"

namespace CLI {
class App;
}

namespace pejabat {

// The question-answering subcommands, registered on the app together so that
// main.cpp stays small: `query speakers`, `compare`, `show`. Each reads
// articles or a saved GraphML (--graph) and prints table, csv, json or markdown.
class QueryCommands {
 public:
  explicit QueryCommands(CLI::App& app) : query_(app), compare_(app), show_(app) {}
  bool parsed() const { return query_.parsed() || compare_.parsed() || show_.parsed(); }
  int Run() {
    if (query_.parsed()) return query_.Run();
    if (compare_.parsed()) return compare_.Run();
    return show_.Run();
  }

 private:
  QueryCommand query_;
  CompareCommand compare_;
  ShowCommand show_;
};

}  // namespace pejabat
