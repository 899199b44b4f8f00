#include "extract/ingest/jsonl_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extract/ingest/text_decoder.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

std::string StringField(const rapidjson::Value& obj, const char* name) {
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd()) return {};
  if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
  if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
  return {};
}

}  // namespace

ReadResult ParseJsonlRecord(std::string_view line, const std::string& where) {
  ReadResult result;
  DecodedText decoded = DecodeToUtf8(line);
  if (!decoded.warning.empty()) result.issues.push_back({where, decoded.warning, false});
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseStopWhenDoneFlag>(decoded.text.data(), decoded.text.size());
  if (doc.HasParseError()) {
    result.issues.push_back({where, std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
                                        " at offset " + std::to_string(doc.GetErrorOffset()), true});
    return result;
  }
  if (!doc.IsObject()) {
    result.issues.push_back({where, "record is not a JSON object", true});
    return result;
  }
  RawArticle article;
  article.source = StringField(doc, "id");
  article.title = CollapseSpaces(StringField(doc, "title"));
  std::string text = StringField(doc, "text");
  article.url = StringField(doc, "url");
  article.published = StringField(doc, "date");
  article.outlet = StringField(doc, "outlet");
  article.input_path = where;
  if (article.source.empty()) {
    result.issues.push_back({where, "record has no \"id\"", true});
    return result;
  }
  if (Trim(text).empty()) {
    result.issues.push_back({where, "record \"" + article.source + "\" has no \"text\"", true});
    return result;
  }
  article.text = article.title.empty() ? text : article.title + "\n\n" + text;
  result.articles.push_back(std::move(article));
  return result;
}

bool JsonlReader::Next(RawArticle& article, std::vector<InputIssue>& issues) {
  std::string line;
  while (true) {
    line.clear();
    // Read up to the limit; an oversize record is skipped without holding it.
    bool too_long = false;
    char c;
    bool any = false;
    while (in_.get(c)) {
      any = true;
      if (c == '\n') break;
      if (line.size() < kMaxRecordBytes) line += c;
      else too_long = true;
    }
    if (!any) return false;
    ++line_;
    std::string where = where_ + ":" + std::to_string(line_);
    if (too_long) {
      issues.push_back({where, "record longer than " + std::to_string(kMaxRecordBytes >> 20) + " MiB, skipped", true});
      continue;
    }
    if (Trim(line).empty()) continue;
    ReadResult r = ParseJsonlRecord(line, where);
    issues.insert(issues.end(), r.issues.begin(), r.issues.end());
    if (!r.articles.empty()) {
      article = std::move(r.articles.front());
      return true;
    }
  }
}

}  // namespace pejabat
