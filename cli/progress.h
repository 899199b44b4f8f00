#pragma once
#include <chrono>
#include <cstdint>
#include <cstdio>

namespace pejabat {

// A one-line progress report on stderr for long runs: articles, articles/s,
// MB/s and, when the input size is known, the share done and the time left.
// Silent unless enabled and stderr is a terminal, so logs and pipes never see
// carriage returns. Redraws at most a few times a second.
class Progress {
 public:
  // total_bytes: the size of all inputs, 0 when unknown (standard input).
  Progress(bool enabled, std::uint64_t total_bytes);
  ~Progress() { Finish(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  bool enabled() const { return enabled_; }
  void Update(std::size_t articles, std::uint64_t bytes);
  void Finish();  // erases the line

  // A one-line note for a stage that has no counts (building the graph,
  // writing the exports, minutes on a large corpus), under the same rules:
  // shown only when enabled and stderr is a terminal; the next Phase or
  // Finish replaces it.
  void Phase(const char* what);

 private:
  void Draw(std::size_t articles, std::uint64_t bytes, double seconds);

  bool enabled_;
  std::uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_, last_draw_;
  bool drawn_ = false;
};

}  // namespace pejabat
