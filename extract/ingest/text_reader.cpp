#include "extract/ingest/text_reader.h"

#include "extract/ingest/binary_sniffer.h"
#include "extract/ingest/size_check.h"
#include "extract/ingest/text_decoder.h"
#include "extract/ingest/title_text.h"
#include "extract/text_util.h"

namespace pejabat {

ReadResult ReadTextArticle(std::string_view bytes, const std::string& source, const std::string& where) {
  ReadResult result;
  if (!CheckArticleSize(bytes.size(), where, result.issues)) return result;
  if (auto kind = DescribeBinary(bytes)) {
    result.issues.push_back({where, NotTextReason(*kind, "text"), true});
    return result;
  }
  DecodedText decoded = DecodeToUtf8(bytes);
  if (!decoded.warning.empty()) result.issues.push_back({where, decoded.warning, false});
  std::size_t first = decoded.text.find_first_not_of(" \t\n\r\f\v");
  if (first == std::string::npos) {
    result.issues.push_back({where, "empty article (no text)", true});
    return result;
  }
  if (!CheckArticleText(decoded.text.size(), where, result.issues)) return result;
  RawArticle article;
  article.source = source;
  article.input_path = where;
  article.text = std::move(decoded.text);
  std::size_t end = article.text.find('\n', first);
  article.title = MakeTitle(std::string_view(article.text).substr(first, end == std::string::npos ? end : end - first));
  result.articles.push_back(std::move(article));
  return result;
}

}  // namespace pejabat
