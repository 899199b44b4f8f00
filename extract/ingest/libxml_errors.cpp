#include "extract/ingest/libxml_errors.h"

#include <libxml/globals.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cstring>

#include "extract/text_util.h"

namespace pejabat {

LibxmlErrors::LibxmlErrors()
    : previous_handler_(xmlStructuredError), previous_context_(xmlStructuredErrorContext) {
  xmlSetStructuredErrorFunc(this, &LibxmlErrors::OnError);
}

LibxmlErrors::~LibxmlErrors() {
  xmlSetStructuredErrorFunc(previous_context_, previous_handler_);
}

void LibxmlErrors::OnError(void* self, xmlError* error) {
  auto* me = static_cast<LibxmlErrors*>(self);
  if (!error) return;
  std::string message = error->message ? Trim(error->message) : std::string();
  std::string phrase;
  if (message.find("Excessive depth") != std::string::npos) {
    phrase = "HTML nested more than 256 elements deep: the text below that depth is not read";
  } else if (message.find("huge text") != std::string::npos) {
    phrase = "HTML text longer than 10,000,000 bytes in one piece: cut short";
  } else if (error->code == XML_ERR_NO_MEMORY) {
    phrase = "HTML parser out of memory: the rest of the document is not read";
  } else if (error->level == XML_ERR_FATAL && error->code != XML_ERR_DOCUMENT_EMPTY) {
    phrase = "HTML parser stopped at line " + std::to_string(error->line) + ": " + message;
  } else {
    return;
  }
  if (std::find(me->lost_text_.begin(), me->lost_text_.end(), phrase) == me->lost_text_.end())
    me->lost_text_.push_back(std::move(phrase));
}

}  // namespace pejabat
