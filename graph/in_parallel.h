#pragma once
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <utility>

namespace pejabat {

// Building a graph from a million articles has steps that run on one thread
// while the other cores wait (sorting the nodes and edges, reading the
// evidence back), and that split into two independent halves. Below this
// many items a half is done in well under a millisecond, less than a thread
// takes to start on a VM (0.1-3.9 ms), so both halves run here.
constexpr std::size_t kInParallelMinItems = std::size_t{1} << 18;

// Runs `first` here and `second` on a thread of its own when there are at
// least kInParallelMinItems `items` and more than one core (and a thread to
// be had), else one after the other. Returns once both are done, rethrowing
// the first one's exception, else the second's; one after the other, a
// failed `first` leaves `second` not run.
template <typename First, typename Second>
void InParallel(std::size_t items, First&& first, Second&& second) {
  if (items < kInParallelMinItems || std::thread::hardware_concurrency() < 2) {
    first();
    second();
    return;
  }
  std::exception_ptr second_error;
  std::thread thread;
  try {
    thread = std::thread([&] {
      try {
        second();
      } catch (...) {
        second_error = std::current_exception();
      }
    });
  } catch (const std::system_error&) {  // no thread to be had: one after the other
    first();
    second();
    return;
  }
  try {
    first();
  } catch (...) {
    thread.join();
    throw;
  }
  thread.join();
  if (second_error) std::rethrow_exception(second_error);
}

// Where items that lie in runs split into two halves for InParallel without
// splitting a run: the first run boundary at or past the middle of `size`
// items (`same_run(i - 1, i)`: items i - 1 and i are in one run).
template <typename SameRun>
std::size_t MiddleRunBoundary(std::size_t size, SameRun same_run) {
  std::size_t middle = size / 2;
  while (middle > 0 && middle < size && same_run(middle - 1, middle)) ++middle;
  return middle;
}

}  // namespace pejabat
