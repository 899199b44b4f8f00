#pragma once
#include <ctime>

namespace pejabat {

// CPU seconds of the calling thread: unlike wall time, not inflated when other
// work shares the cores.
inline double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

}  // namespace pejabat
