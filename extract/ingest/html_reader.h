#pragma once
#include <string>
#include <string_view>

#include "extract/ingest/read_result.h"

namespace pejabat {

// An HTML (or XHTML, or XML) article, parsed by libxml2's HTML parser with the
// network off, no entity substitution and no DTD loading, after the DOCTYPE's
// internal subset is removed and with an entity loader that refuses everything
// (see libxml_setup.h): a document can never make us read a file or a URL.
// Bytes are decoded by DecodeToUtf8 first (a <meta charset> cannot override it).
// script, style, nav, header, footer, aside, form, noscript, template and
// embedded objects are dropped; block elements become line breaks.
// Title: <title>, else the first <h1>. Binary files and files over
// kMaxArticleBytes are refused; text lost to libxml2's limits (nesting deeper
// than 256, a text node over 10 MB) is reported as a warning.
ReadResult ReadHtmlArticle(std::string_view bytes, const std::string& source, const std::string& where);

}  // namespace pejabat
