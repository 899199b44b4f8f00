#pragma once
#include <string>

#include "cli/graph_source.h"

namespace CLI {
class App;
}

namespace pejabat {

// `pejabat query speakers`: one row per (event, speaker) with the speaker's
// post, office, role at the event, on whose behalf, and quotes.
class QueryCommand {
 public:
  explicit QueryCommand(CLI::App& app);
  bool parsed() const;
  int Run();

 private:
  CLI::App* speakers_;
  GraphSource source_;
  std::string city_, type_, since_, until_, person_;
};

}  // namespace pejabat
