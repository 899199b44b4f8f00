#pragma once
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace pejabat {

// `pejabat extract INPUT... --format jsonl`: one JSON line per article with its
// entities, their mentions (character span, surface form, canonical form) and
// facts, for debugging the extractor and for other pipelines.
class ExtractCommand {
 public:
  explicit ExtractCommand(CLI::App& app);
  bool parsed() const;
  int Run();

 private:
  CLI::App* command_;
  std::vector<std::string> inputs_;
  std::string format_ = "jsonl";
  std::string lexicon_;
  bool strict_ = false;
};

}  // namespace pejabat
