#include "extract/ingest/text_reader.h"

#include "extract/ingest/text_decoder.h"
#include "extract/text_util.h"

namespace pejabat {

ReadResult ReadTextArticle(std::string_view bytes, const std::string& source, const std::string& where) {
  ReadResult result;
  if (LooksBinary(bytes)) {
    result.issues.push_back({where, "binary file, not text", true});
    return result;
  }
  DecodedText decoded = DecodeToUtf8(bytes);
  if (!decoded.warning.empty()) result.issues.push_back({where, decoded.warning, false});
  if (Trim(decoded.text).empty()) {
    result.issues.push_back({where, "empty article (no text)", true});
    return result;
  }
  RawArticle article;
  article.source = source;
  article.input_path = where;
  article.text = std::move(decoded.text);
  std::size_t start = 0;
  while (start < article.text.size()) {
    std::size_t end = article.text.find('\n', start);
    if (end == std::string::npos) end = article.text.size();
    std::string line = Trim(std::string_view(article.text).substr(start, end - start));
    if (!line.empty()) {
      article.title = CollapseSpaces(line);
      break;
    }
    start = end + 1;
  }
  result.articles.push_back(std::move(article));
  return result;
}

}  // namespace pejabat
