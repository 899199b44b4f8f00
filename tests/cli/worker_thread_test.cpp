#include "cli/worker_thread.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace pejabat {
namespace {

struct AwayCase {
  std::vector<int> allowed;
  int current;
  std::optional<std::vector<int>> away;  // nullopt: no other core
};

class AwayFromTest : public testing::TestWithParam<AwayCase> {};

TEST_P(AwayFromTest, LeavesOutTheCurrentCore) {
  const AwayCase& c = GetParam();
  cpu_set_t allowed;
  CPU_ZERO(&allowed);
  for (int core : c.allowed) CPU_SET(core, &allowed);
  std::optional<cpu_set_t> away = WorkerThread::AwayFrom(allowed, c.current);
  ASSERT_EQ(away.has_value(), c.away.has_value());
  if (!away) return;
  cpu_set_t want;
  CPU_ZERO(&want);
  for (int core : *c.away) CPU_SET(core, &want);
  EXPECT_TRUE(CPU_EQUAL(&*away, &want));
}

INSTANTIATE_TEST_SUITE_P(
    Cores, AwayFromTest,
    testing::Values(AwayCase{{0, 1}, 0, std::vector<int>{1}}, AwayCase{{0, 1}, 1, std::vector<int>{0}},
                    AwayCase{{0, 1, 2, 3}, 2, std::vector<int>{0, 1, 3}},
                    AwayCase{{1, 3}, 0, std::vector<int>{1, 3}},  // moved off its core since: all are away
                    AwayCase{{5}, 5, std::nullopt},                // one core only: nowhere else to go
                    AwayCase{{0, 1}, -1, std::vector<int>{0, 1}}));  // the core is unknown

TEST(WorkerThread, RunsAndJoins) {
  std::atomic<int> ran{0};
  {
    WorkerThread a([&] { ran += 1; });
    WorkerThread b([&] { ran += 10; });
    a.Join();
    a.Join();  // a second join does nothing
  }  // b joins here
  EXPECT_EQ(ran.load(), 11);
}

// Started away from the caller's core, the worker still runs with every core
// the caller may use, so the scheduler can move it later.
TEST(WorkerThread, RunsWithTheCallersCores) {
  cpu_set_t mine;
  ASSERT_EQ(sched_getaffinity(0, sizeof mine, &mine), 0);
  cpu_set_t seen;
  CPU_ZERO(&seen);
  WorkerThread([&] { sched_getaffinity(0, sizeof seen, &seen); }).Join();
  EXPECT_TRUE(CPU_EQUAL(&seen, &mine));
}

// Set by a thread to hold its exit: destroyed as the thread exits, it waits
// until `released` (at most 10 s: a WaitUntilReturned that waited for the
// exit fails the test instead of hanging it).
struct AtExit {
  std::atomic<bool>* released = nullptr;
  std::atomic<bool>* exited = nullptr;
  ~AtExit() {
    if (!released) return;
    for (int ms = 0; ms < 10000 && !released->load(); ++ms) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    *exited = true;
  }
};
thread_local AtExit at_exit;

// WaitUntilReturned returns once the function has returned, without waiting
// for the thread to exit: here a thread-local object's destructor holds the
// exit until the test lets it go.
TEST(WorkerThread, WaitUntilReturnedDoesNotWaitForTheExit) {
  std::atomic<bool> released{false}, exited{false}, ran{false};
  WorkerThread thread([&] {
    at_exit.released = &released;
    at_exit.exited = &exited;
    ran = true;
  });
  thread.WaitUntilReturned();
  EXPECT_TRUE(ran.load());
  EXPECT_FALSE(exited.load());  // still held in its thread-local destructor
  released = true;
  thread.Join();
  EXPECT_TRUE(exited.load());
}

}  // namespace
}  // namespace pejabat
