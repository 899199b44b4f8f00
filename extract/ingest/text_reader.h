#pragma once
#include <string>
#include <string_view>

#include "extract/ingest/read_result.h"

namespace pejabat {

// A plain-text article: the first non-empty line is the title, the rest the body.
// `source` is the Article's `source` (the file name).
ReadResult ReadTextArticle(std::string_view bytes, const std::string& source, const std::string& where);

}  // namespace pejabat
