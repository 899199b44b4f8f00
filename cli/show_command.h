#pragma once
#include <string>

#include "cli/graph_source.h"

namespace CLI {
class App;
}

namespace pejabat {

// `pejabat show person|office|event NAME`: everything the graph says about the
// nodes that NAME names, each fact with its article and evidence sentence.
class ShowCommand {
 public:
  explicit ShowCommand(CLI::App& app);
  bool parsed() const;
  int Run();

 private:
  CLI::App* command_;
  GraphSource source_;
  std::string what_;
  std::string name_;
};

}  // namespace pejabat
