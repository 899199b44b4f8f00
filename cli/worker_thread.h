#pragma once
#include <pthread.h>
#include <sched.h>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

namespace pejabat {

// A thread for the pipeline's extra workers, started on a core other than
// the one that starts it (when the process may use another), then free to
// run anywhere the process may.
//
// Why: this VM's kernel put a new thread on its parent's core, busy with
// the parent, far more often than on the idle one (whose halted virtual CPU
// it sees as taken), and the thread waited there for the load balancer: it
// first ran 1.6 ms after pthread_create on average (0.1-3.9 ms, 20 starts),
// against 0.25 ms when started on the other core. A thousand articles are
// some 20 ms of work on two threads.
class WorkerThread {
 public:
  // Starts `run`; throws std::system_error when no thread can be made.
  explicit WorkerThread(std::function<void()> run);
  ~WorkerThread();  // joins
  WorkerThread(const WorkerThread&) = delete;
  WorkerThread& operator=(const WorkerThread&) = delete;

  // Returns once `run` has returned: the thread may still be exiting (its
  // thread-local storage and the allocator's cache being freed, 0.5-0.7 ms
  // at the end of a pipeline run), which the caller need not wait for.
  void WaitUntilReturned();
  void Join();

  // The cores of `allowed` but `current`; nullopt when there are none.
  static std::optional<cpu_set_t> AwayFrom(const cpu_set_t& allowed, int current);

 private:
  static void* Main(void* self);

  std::function<void()> run_;
  cpu_set_t allowed_{};  // the starting thread's cores, restored once this one runs
  bool placed_ = false;  // started on AwayFrom(allowed_, its core)
  std::mutex mutex_;
  std::condition_variable returned_signal_;
  bool returned_ = false;
  pthread_t thread_{};
  bool joinable_ = false;
};

}  // namespace pejabat
