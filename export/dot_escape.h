#pragma once
#include <string>
#include <string_view>

#include "export/output_buffer.h"

namespace pejabat {

// Graphviz reads text in two stages, and each needs its own escaping:
//  1. the DOT lexer: inside "...", only \" is an escape (\\ is kept as two
//     characters, and a lone backslash before the closing quote swallows it);
//  2. label-like attributes (label, tooltip, xlabel) are "escString"s, where
//     \\ is a backslash, \n a line break and \N the node name.

// `text` as an escString value: backslashes doubled, newlines as \n, control
// characters dropped, invalid UTF-8 replaced. Set it with cgraph as it is.
std::string DotEscString(std::string_view text);

// A value as a DOT double-quoted string: only '"' needs escaping. Values made
// by DotEscString or ExportNodeId never end in a lone backslash.
std::string DotQuote(std::string_view value);
void AppendDotQuoted(OutputBuffer& out, std::string_view value);  // DotQuote(value) written into `out`

// Text for an HTML-like label (label=<...>): XML-escaped with the characters
// XML 1.0 forbids removed, newlines turned into <BR/>. Graphviz parses these
// labels with an XML parser, and draws the raw text when that fails.
std::string DotHtmlText(std::string_view text);

}  // namespace pejabat
