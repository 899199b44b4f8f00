#pragma once
#include <string>
#include <string_view>

#include "extract/ingest/read_result.h"

namespace pejabat {

// A plain-text article: the first non-empty line is the title, the rest the body.
// `source` is the Article's `source` (the file name). Binary files and files
// over kMaxArticleBytes are refused with a fatal issue; the text is decoded by
// DecodeToUtf8, whose repairs become a warning.
ReadResult ReadTextArticle(std::string_view bytes, const std::string& source, const std::string& where);

}  // namespace pejabat
