#pragma once
#include <mutex>

struct GVC_s;

namespace pejabat {

// The process's one Graphviz context. gvContext() loads the plugin
// configuration and is not meant to be created per picture; Graphviz keeps
// global state, so every layout and render runs under GvLock(), on one
// thread at a time.
GVC_s* GvContext();
std::mutex& GvLock();

}  // namespace pejabat
