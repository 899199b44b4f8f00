#pragma once
#include <string>
#include <vector>

#include "export/exports.h"

namespace pejabat {

struct BuildArgs {
  std::vector<std::string> inputs;
  std::string out = "out";
  std::string lexicon;
  bool quiet = false;
  bool strict = false;
  unsigned jobs = 0;  // extraction threads; 0: all cores
  ExportOptions exports;
};

// `pejabat build`: articles -> graph -> exports, with a summary on stdout.
int RunBuild(const BuildArgs& args);

}  // namespace pejabat
