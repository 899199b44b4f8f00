#pragma once
#include <string>
#include <vector>

#include "extract/ingest/read_result.h"

namespace pejabat {

enum class InputFormat { Text, Html, JsonLines };

struct InputFile {
  std::string path;  // as given or found; "-" for standard input
  InputFormat format = InputFormat::Text;
};

// Expands files and folders (recursively, sorted by path so output never
// depends on directory order) into the articles' input files. Folders yield
// .txt, .html, .htm and .jsonl files; other files in them are counted in
// `ignored`. Problems (missing paths, unreadable folders) go to `issues`.
struct InputList {
  std::vector<InputFile> files;
  std::vector<InputIssue> issues;
  std::size_t ignored = 0;
};

InputList ExpandInputs(const std::vector<std::string>& inputs);

}  // namespace pejabat
