#pragma once
#include <string>

#include "cli/graph_source.h"

namespace CLI {
class App;
}

namespace pejabat {

// `pejabat compare [--by city|province]`: per city (or province), what its
// articles report: events by type, officials, posts, offices, national
// agencies, speakers (and those from outside), participants, indicators.
class CompareCommand {
 public:
  explicit CompareCommand(CLI::App& app);
  bool parsed() const;
  int Run();

 private:
  CLI::App* command_;
  GraphSource source_;
  std::string by_ = "city";
};

}  // namespace pejabat
