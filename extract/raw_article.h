#pragma once
#include <string>

namespace pejabat {

// One article as read from its input, before cleaning. `text` holds the title
// line followed by the body, exactly as read (decoded to UTF-8); every span the
// extractor reports is an offset into it.
struct RawArticle {
  std::string source;     // input file name, or the JSON Lines record id
  std::string title;
  std::string text;
  std::string url;
  std::string published;  // publication date as given (ISO 8601 when known)
  std::string outlet;
  std::string input_path;  // where it came from, for messages ("file.jsonl:12")
};

}  // namespace pejabat
