#include "extract/ingest/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <vector>

#include "extract/ingest/binary_sniffer.h"
#include "extract/ingest/doctype_filter.h"
#include "extract/ingest/input_limits.h"
#include "extract/ingest/libxml_errors.h"
#include "extract/ingest/libxml_setup.h"
#include "extract/ingest/size_check.h"
#include "extract/ingest/text_decoder.h"
#include "extract/ingest/title_text.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

bool NameIs(const xmlNode* node, const char* name) {
  return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

bool Dropped(const xmlNode* node) {
  static const char* const kDropped[] = {"script", "style",  "nav",    "header", "footer", "aside",
                                         "form",   "noscript", "iframe", "svg",  "button", "select",
                                         "template", "object", "embed", "math",  "canvas"};
  for (const char* name : kDropped)
    if (NameIs(node, name)) return true;
  return false;
}

bool IsBlock(const xmlNode* node) {
  static const char* const kBlocks[] = {"p",  "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                                        "tr", "table", "section", "article", "blockquote", "figcaption", "pre", "title"};
  for (const char* name : kBlocks)
    if (NameIs(node, name)) return true;
  return false;
}

// Iterative walk: however deep the tree, it never recurses on the C++ stack.
void CollectText(xmlNode* root, std::string& out, std::string& title, std::string& h1) {
  struct Frame {
    xmlNode* node;
    bool leaving;
  };
  std::vector<Frame> stack{{root, false}};
  std::vector<xmlNode*> children;
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    xmlNode* node = f.node;
    if (f.leaving) {
      if (IsBlock(node)) out += '\n';
      continue;
    }
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content) out += reinterpret_cast<const char*>(node->content);
      continue;
    }
    if (node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE && node->type != XML_HTML_DOCUMENT_NODE)
      continue;
    if (node->type == XML_ELEMENT_NODE && Dropped(node)) continue;
    if (node->type == XML_ELEMENT_NODE && (NameIs(node, "title") || NameIs(node, "h1"))) {
      std::string& target = NameIs(node, "title") ? title : h1;
      if (target.empty()) {
        xmlChar* content = xmlNodeGetContent(node);
        if (content) {
          target = CollapseSpaces(reinterpret_cast<const char*>(content));
          xmlFree(content);
        }
      }
      if (NameIs(node, "title")) continue;  // the head's title is not body text
    }
    if (IsBlock(node)) out += '\n';
    stack.push_back({node, true});
    // Push children in reverse so they are visited in document order.
    children.clear();
    for (xmlNode* c = node->children; c; c = c->next) children.push_back(c);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
  }
}

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ContextFree {
  void operator()(htmlParserCtxt* ctxt) const { htmlFreeParserCtxt(ctxt); }
};

}  // namespace

ReadResult ReadHtmlArticle(std::string_view bytes, const std::string& source, const std::string& where) {
  ReadResult result;
  if (!CheckArticleSize(bytes.size(), where, result.issues)) return result;
  if (auto kind = DescribeBinary(bytes)) {
    result.issues.push_back({where, NotTextReason(*kind, "HTML"), true});
    return result;
  }
  SetUpLibxml();
  DecodedText decoded = DecodeToUtf8(bytes);
  if (!decoded.warning.empty()) result.issues.push_back({where, decoded.warning, false});
  if (StripDoctypeInternalSubsets(decoded.text) > 0)
    result.issues.push_back(
        {where, "DOCTYPE internal subset ignored (entity declarations are never expanded or loaded)", false});

  // HTML_PARSE_NONET: no network; no NOENT, no DTDLOAD: entities are never
  // substituted or loaded; HUGE is not set, so libxml2's size and depth limits hold.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
  std::unique_ptr<htmlParserCtxt, ContextFree> ctxt(htmlNewParserCtxt());
  if (!ctxt) {
    result.issues.push_back({where, "HTML parser out of memory", true});
    return result;
  }
  LibxmlErrors errors;
  // The text is UTF-8 by now: naming the encoding makes libxml2 ignore any
  // <meta charset> or XML declaration that says otherwise.
  std::unique_ptr<xmlDoc, DocFree> doc(htmlCtxtReadMemory(ctxt.get(), decoded.text.data(),
                                                          static_cast<int>(decoded.text.size()), nullptr, "UTF-8",
                                                          options));
  for (const auto& phrase : errors.lost_text()) result.issues.push_back({where, phrase, false});
  if (!doc) {
    result.issues.push_back({where, "HTML has no body text", true});
    return result;
  }
  std::string text, title, h1;
  CollectText(reinterpret_cast<xmlNode*>(doc.get()), text, title, h1);
  doc.reset();
  std::string full_title = !title.empty() ? title : h1;
  // The text starts with the title line, like a .txt article, so spans and the
  // title's own mentions work the same way for every format.
  std::string body;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = CollapseSpaces(std::string_view(text).substr(start, end - start));
    if (!line.empty()) body += line + "\n\n";
    start = end + 1;
  }
  if (Trim(body).empty()) {
    result.issues.push_back({where, "HTML has no body text", true});
    return result;
  }
  if (!CheckArticleText(body.size() + full_title.size(), where, result.issues)) return result;
  RawArticle article;
  article.source = source;
  article.input_path = where;
  if (!full_title.empty() && body.compare(0, full_title.size(), full_title) != 0)
    article.text = full_title + "\n\n" + body;
  else
    article.text = std::move(body);
  article.title = MakeTitle(!full_title.empty() ? std::string_view(full_title)
                                                : std::string_view(article.text).substr(0, article.text.find('\n')));
  result.articles.push_back(std::move(article));
  return result;
}

}  // namespace pejabat
