#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>

namespace pejabat {
namespace {

constexpr auto kRedrawEvery = std::chrono::milliseconds(250);

// "1:05:09" or "4:07"
void FormatDuration(char* buf, std::size_t size, double seconds) {
  long s = std::max(0L, static_cast<long>(seconds + 0.5));
  if (s >= 3600) std::snprintf(buf, size, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, size, "%ld:%02ld", s / 60, s % 60);
}

}  // namespace

Progress::Progress(bool enabled, std::uint64_t total_bytes)
    : enabled_(enabled && isatty(STDERR_FILENO)), total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void Progress::Update(std::size_t articles, std::uint64_t bytes) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < kRedrawEvery) return;
  last_draw_ = now;
  Draw(articles, bytes, std::chrono::duration<double>(now - start_).count());
}

void Progress::Draw(std::size_t articles, std::uint64_t bytes, double seconds) {
  double rate = seconds > 0 ? articles / seconds : 0;
  double mbps = seconds > 0 ? bytes / seconds / 1e6 : 0;
  char line[160];
  int n = std::snprintf(line, sizeof line, "\rpejabat: %zu articles, %.0f articles/s, %.1f MB/s", articles, rate, mbps);
  if (total_bytes_ > 0 && bytes > 0 && n > 0 && static_cast<std::size_t>(n) < sizeof line) {
    double done = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total_bytes_));
    char eta[32];
    FormatDuration(eta, sizeof eta, seconds * (1 - done) / done);
    std::snprintf(line + n, sizeof line - n, ", %.0f%%, ETA %s", done * 100, eta);
  }
  std::fprintf(stderr, "%s\x1b[K", line);  // erase what a longer previous line left
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Phase(const char* what) {
  if (!enabled_) return;
  std::fprintf(stderr, "\rpejabat: %s\x1b[K", what);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Finish() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace pejabat
