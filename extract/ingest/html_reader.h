#pragma once
#include <string>
#include <string_view>

#include "extract/ingest/read_result.h"

namespace pejabat {

// An HTML article, parsed by libxml2's HTML parser with network access, entity
// loading and DTD loading off (a document can never make us read a file or a
// URL). script, style, nav, header, footer, aside, form and noscript are
// dropped; block elements become line breaks. Title: <title>, else the first <h1>.
ReadResult ReadHtmlArticle(std::string_view bytes, const std::string& source, const std::string& where);

}  // namespace pejabat
