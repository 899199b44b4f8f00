#pragma once
#include <string>
#include <vector>

struct _xmlError;  // libxml2's xmlError, kept out of this header

namespace pejabat {

// Collects the errors libxml2 reports on this thread while it lives (libxml2's
// structured error handler is per thread), then restores the previous
// handler. Only errors that lose text are kept: the parser giving up (depth,
// "huge text node", out of memory); the tag soup of ordinary web pages
// (misplaced or unknown tags) is not worth a message.
class LibxmlErrors {
 public:
  LibxmlErrors();
  ~LibxmlErrors();
  LibxmlErrors(const LibxmlErrors&) = delete;
  LibxmlErrors& operator=(const LibxmlErrors&) = delete;

  // One phrase per distinct problem, in the order they happened.
  const std::vector<std::string>& lost_text() const { return lost_text_; }

 private:
  static void OnError(void* self, ::_xmlError* error);
  std::vector<std::string> lost_text_;
  void (*previous_handler_)(void*, ::_xmlError*);
  void* previous_context_;
};

}  // namespace pejabat
