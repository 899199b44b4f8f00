#include "cli/worker_thread.h"

#include <system_error>
#include <utility>

namespace pejabat {

std::optional<cpu_set_t> WorkerThread::AwayFrom(const cpu_set_t& allowed, int current) {
  cpu_set_t away = allowed;
  if (current >= 0 && current < CPU_SETSIZE) CPU_CLR(current, &away);
  if (CPU_COUNT(&away) == 0) return std::nullopt;
  return away;
}

WorkerThread::WorkerThread(std::function<void()> run) : run_(std::move(run)) {
  pthread_attr_t attr;
  if (int error = pthread_attr_init(&attr)) throw std::system_error(error, std::generic_category(), "pthread_attr_init");
  // Placement is a hint: where the mask cannot be read or set, the thread starts wherever the kernel puts it.
  if (sched_getaffinity(0, sizeof allowed_, &allowed_) == 0)
    if (std::optional<cpu_set_t> away = AwayFrom(allowed_, sched_getcpu()))
      placed_ = pthread_attr_setaffinity_np(&attr, sizeof *away, &*away) == 0;
  int error = pthread_create(&thread_, &attr, &WorkerThread::Main, this);
  pthread_attr_destroy(&attr);
  if (error) throw std::system_error(error, std::generic_category(), "pthread_create");
  joinable_ = true;
}

WorkerThread::~WorkerThread() { Join(); }

void WorkerThread::WaitUntilReturned() {
  std::unique_lock lock(mutex_);
  returned_signal_.wait(lock, [&] { return returned_; });
}

void WorkerThread::Join() {
  if (!joinable_) return;
  pthread_join(thread_, nullptr);
  joinable_ = false;
}

void* WorkerThread::Main(void* self) {
  auto* thread = static_cast<WorkerThread*>(self);
  if (thread->placed_) pthread_setaffinity_np(pthread_self(), sizeof thread->allowed_, &thread->allowed_);
  thread->run_();
  std::lock_guard lock(thread->mutex_);
  thread->returned_ = true;
  thread->returned_signal_.notify_all();
  return nullptr;
}

}  // namespace pejabat
