#include "export/gv_context.h"

#include <graphviz/gvc.h>

namespace pejabat {

GVC_s* GvContext() {
  // Function-local static: created on first use, thread-safe in C++11, and
  // left to the process exit (gvFreeContext at exit races other statics).
  static GVC_t* const context = [] {
    agseterr(AGERR);  // layout warnings ("label too long") are not the user's business
    return gvContext();
  }();
  return context;
}

std::mutex& GvLock() {
  static std::mutex lock;
  return lock;
}

}  // namespace pejabat
