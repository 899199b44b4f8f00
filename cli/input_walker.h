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

// Expands files and folders into the articles' input files, sorted by path
// whatever the order they were listed in (so the graph never depends on it)
// and each read once (a file listed twice, or inside a listed folder, counts
// once). Standard input ("-") comes last. Folders are walked recursively
// without following symbolic links to folders (no loop can trap the walk);
// they yield .txt, .html, .htm, .xhtml and .jsonl/.ndjson files, and the other
// files in them, hidden files and folders (".name") included, are counted in
// `ignored`. A file named on the command line is read whatever its extension
// (as text by default).
//
// Each problem is one issue naming the path, and the rest of the walk goes on:
// missing paths, broken or looping symbolic links, unreadable files and
// folders, FIFOs and devices (reading one could block forever), and .txt or
// .html files over kMaxArticleBytes (refused before they are read).
struct InputList {
  std::vector<InputFile> files;
  std::vector<InputIssue> issues;
  std::size_t ignored = 0;
};

InputList ExpandInputs(const std::vector<std::string>& inputs);

}  // namespace pejabat
