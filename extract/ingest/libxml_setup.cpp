#include "extract/ingest/libxml_setup.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <mutex>

namespace pejabat {
namespace {

xmlParserInputPtr RefuseExternalEntity(const char* url, const char* id, xmlParserCtxtPtr ctxt) {
  // Documents are data, never instructions to read something else.
  return nullptr;
}

}  // namespace

void SetUpLibxml() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    xmlSetExternalEntityLoader(RefuseExternalEntity);
  });
}

}  // namespace pejabat
