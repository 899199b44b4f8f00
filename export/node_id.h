#pragma once
#include <string>
#include <string_view>

namespace pejabat {

// The id a node gets in GraphML and DOT (and so in the SVG): its canonical
// key, unchanged for the usual slugs ("person/budi-santoso"). Bytes that some
// reader mangles or chokes on are percent-encoded: '%' itself, & < > " ' \,
// spaces and control characters, invalid UTF-8. (igraph's GraphML reader turns
// '&' in an id into "&#38;"; the DOT lexer cannot end a string in '\'.)
// Decoding the %XX escapes gives the key back.
std::string ExportNodeId(std::string_view key);

// The same without a string per call, for writers that name every node and
// both ends of every edge: `key` itself when it is its own id (the usual
// case), else the id built in `scratch`.
std::string_view ExportNodeId(std::string_view key, std::string& scratch);

}  // namespace pejabat
