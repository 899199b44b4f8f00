#include "cli/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <utility>

#include "cli/input_units.h"
#include "cli/progress.h"
#include "cli/thread_cpu_clock.h"
#include "cli/worker_thread.h"
#include "extract/ingest/html_reader.h"
#include "extract/ingest/libxml_setup.h"
#include "extract/ingest/text_reader.h"

namespace pejabat {
namespace fs = std::filesystem;
namespace {

// JSON Lines records travel in batches of lines: one record is a few kB, a
// fraction of a millisecond of extraction, and a unit of work costs a few
// lock hand-overs. At 10,000 articles on two threads, batches of 16, 64 and
// 256 records took 0.194, 0.191 and 0.199 s (fastest of eight, alternating).
constexpr std::size_t kBatchRecords = 64;  // or a batch's bytes of lines, whichever comes first
constexpr std::size_t kBatchBytes = 1024 * 1024;
// Small inputs go in smaller batches, at least 32 per worker: the last batch
// keeps one worker busy alone for less time. 1,000 articles (2.8 MB) on two
// threads took 0.0207 s in batches of 6 records and 0.0215 s in batches of 24
// (8 per worker; fastest of 15, alternating). Not below 16 kB.
constexpr std::size_t kMinBatchBytes = 16 * 1024;
constexpr std::size_t kBatchesPerWorker = 32;
// And the last batches of every file are smaller still: each at most a
// 1/(2 x workers) share of what is left of the file (BatchSizes::tail_parts),
// so that when one worker takes the last batch the other's is nearly done.
// At 1,000 articles on two threads the main thread had waited 0.4-0.5 ms for
// the other worker's last batch in four runs of six.
constexpr std::size_t kTailPartsPerWorker = 2;
// Units taken but not yet delivered, at least. The sink (merging, on one
// thread, in input order) now and then stops for a few hundred ms while one
// of its tables grows: at a million articles, 200-470 ms when the text table
// passed 6 and 12 million texts and the node table 4 million nodes. With 16
// units (some 36 ms of extraction) the other worker then filled the window
// and slept through the rest of the stop (perf sched: 1.3 s asleep in 7
// waits); 128 units are some 280 ms of work. Each is a batch of at most
// kBatchRecords records.
constexpr std::size_t kWindowUnits = 128;

// A unit after extraction, waiting for its turn to be delivered.
struct Done {
  bool new_file = false;
  std::vector<InputIssue> issues;
  std::vector<ArticleFacts> facts;
  std::size_t extracted = 0;  // articles, counted as they come: `facts` may have been delivered early
  std::uint64_t input_bytes = 0;
  std::exception_ptr error;  // a failure of the extractor itself, rethrown in order
  unsigned worker = 0;       // the worker that extracted it, and that frees it
};

// What a unit reports before its articles: its reading problems, and its
// file and bytes for the report.
Done Header(InputUnit& unit) {
  Done done;
  done.new_file = unit.new_file;
  done.issues = std::move(unit.issues);
  done.input_bytes = unit.input_bytes;
  return done;
}

// Reads the unit's records (a file, or a batch's lines, each parsed in place:
// the unit owns them) and hands each to `take` in order, its issues and
// articles not yet extracted.
template <typename Take>
void ForEachRecord(InputUnit& unit, Take&& take) {
  if (unit.kind == InputUnit::Kind::FileBytes) {
    ReadResult result = unit.format == InputFormat::Html ? ReadHtmlArticle(unit.bytes, unit.source, unit.path)
                                                         : ReadTextArticle(unit.bytes, unit.source, unit.path);
    unit.bytes = std::string();
    take(std::move(result));
  } else if (unit.kind == InputUnit::Kind::Lines) {
    for (auto& line : unit.lines) take(ParseJsonlLine(std::move(line)));
    unit.lines = std::vector<JsonlLine>();
  }
}

// Moves a record's issues into `done` and its extracted articles after them.
// A failure of the extractor itself is kept, to be rethrown in order.
void ExtractInto(ReadResult&& result, const Extractor& extractor, Done& done) {
  for (auto& issue : result.issues) done.issues.push_back(std::move(issue));
  try {
    for (auto& article : result.articles) {
      done.facts.push_back(extractor.Extract(std::move(article)));
      ++done.extracted;
    }
  } catch (...) {
    done.error = std::current_exception();
  }
}

// A whole unit extracted, for a worker, which may take what is done so far
// after each record (`after`).
template <typename After>
Done Process(InputUnit& unit, const Extractor& extractor, After&& after) {
  Done done = Header(unit);
  try {
    ForEachRecord(unit, [&](ReadResult&& result) {
      if (done.error) return;
      ExtractInto(std::move(result), extractor, done);
      if (!done.error) after(done);
    });
  } catch (...) {
    done.error = std::current_exception();
  }
  return done;
}

// The articles' order is the order of the paths, not of the command line: the
// graph keeps the first article's value of an attribute, so `build b a` must
// give the same graph as `build a b`.
std::vector<InputFile> InPathOrder(const std::vector<InputFile>& files) {
  std::vector<InputFile> sorted = files;
  std::stable_sort(sorted.begin(), sorted.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  return sorted;
}

std::uint64_t TotalBytes(const std::vector<InputFile>& files) {
  std::uint64_t total = 0;
  for (const auto& file : files) {
    if (file.path == "-") return 0;  // unknown
    std::error_code ec;
    auto size = fs::file_size(file.path, ec);
    if (!ec) total += size;
  }
  return total;
}

// The bytes of JSON Lines per batch for `workers` (see kBatchesPerWorker).
std::size_t BatchLimit(const std::vector<InputFile>& files, unsigned workers) {
  std::vector<InputFile> jsonl;
  for (const auto& file : files)
    if (file.format == InputFormat::JsonLines) jsonl.push_back(file);
  const std::uint64_t total = TotalBytes(jsonl);
  if (total == 0) return kBatchBytes;  // none, or standard input: size unknown
  return static_cast<std::size_t>(
      std::clamp<std::uint64_t>(total / (kBatchesPerWorker * workers), kMinBatchBytes, kBatchBytes));
}

// Delivers finished units to the sink in order and keeps the report.
class Delivery {
 public:
  Delivery(const PipelineOptions& options, const Pipeline::Sink& sink, PipelineReport& report, Progress& progress)
      : options_(options), sink_(sink), report_(report), progress_(progress) {}

  void Report(const InputIssue& issue) {
    progress_.Finish();  // the message takes the progress line's place
    std::cerr << "pejabat: " << issue.where << ": " << issue.reason << (issue.fatal ? " (skipped)" : "") << "\n";
    if (issue.fatal) ++report_.failed;
    else ++report_.warnings;
    if (options_.strict) throw std::runtime_error(issue.where + ": " + issue.reason + " (--strict)");
  }

  // Hands the unit's facts to the sink (which may move them out).
  void Deliver(Done& done) {
    if (done.new_file) ++report_.files;
    for (const auto& issue : done.issues) Report(issue);
    if (done.error) std::rethrow_exception(done.error);
    for (auto& facts : done.facts) {
      sink_(std::move(facts));
      ++report_.articles;
    }
    report_.bytes += done.input_bytes;
    progress_.Update(report_.articles, report_.bytes);
  }

 private:
  const PipelineOptions& options_;
  const Pipeline::Sink& sink_;
  PipelineReport& report_;
  Progress& progress_;
};

// The workers: each takes the next unit of input, reads and extracts it, and
// delivers whatever units are next in input order, its own or others', one
// worker at a time. There is no reader thread and no consumer thread:
// - A worker reads its own lines, so they are in its cache when it parses
//   them; lines a reader thread wrote on the other core cost a transfer of
//   every cache line at first read.
// - A worker that finishes the unit next in order delivers it at once, and
//   frees its facts (some ninety heap blocks an article) while they are still
//   in its cache; its next articles allocate from them again. A unit it
//   delivers for another worker goes back to that one to be freed.
// - Two busy threads on two cores do not share them with a third woken at
//   every unit.
// At most `window` units are taken but not yet delivered, so memory stays
// bounded however far the other workers run ahead of a slow unit.
class ParallelRun {
 public:
  // Each worker accounts for itself in `reports`, one per worker, read once
  // it has returned.
  ParallelRun(const Extractor& extractor, InputUnits& units, Delivery& delivery, unsigned workers,
              std::vector<WorkerReport>& reports)
      : extractor_(extractor), units_(units), delivery_(delivery), workers_(workers), reports_(reports),
        window_(std::max<std::size_t>(kWindowUnits, 8 * static_cast<std::size_t>(workers))), slots_(window_),
        released_(workers) {
    reports_.assign(workers, WorkerReport{});
  }

  // Runs `workers` workers, the calling thread one of them, until every unit
  // is delivered or one fails; rethrows the first failure.
  // The threads are left in `threads`, their work done but maybe still exiting.
  void Run(std::vector<std::unique_ptr<WorkerThread>>& threads) {
    start_ = std::chrono::steady_clock::now();
    try {
      for (unsigned i = 1; i < workers_; ++i) threads.push_back(std::make_unique<WorkerThread>([this, i] { Work(i); }));
    } catch (...) {  // no more threads: those started stop, and the error is the run's
      Fail(std::current_exception());
    }
    Work(0);
    for (auto& t : threads) t->WaitUntilReturned();
    if (error_) std::rethrow_exception(error_);
  }

 private:
  void Work(unsigned worker) {
    const double cpu_start = ThreadCpuSeconds();
    WorkerReport& report = reports_[worker];  // this worker's alone
    try {
      InputUnit unit;
      for (bool first = true; std::optional<std::size_t> seq = Take(worker, unit); first = false) {
        if (first) report.first_unit_seconds = SecondsSince(start_);
        bool delivering = false;  // this worker delivers its unit's articles as they come
        Done done = Process(unit, extractor_, [&](Done& part) { DeliverEarly(*seq, part, delivering); });
        done.worker = worker;
        report.articles += done.extracted;
        Finish(worker, *seq, std::move(done), delivering);
      }
    } catch (...) {
      Fail(std::current_exception());
    }
    report.cpu_seconds = ThreadCpuSeconds() - cpu_start;
  }

  static double SecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }

  // The next unit and its number in input order; nullopt at the end of input
  // or after a failure.
  std::optional<std::size_t> Take(unsigned worker, InputUnit& unit) {
    std::vector<Done> released;
    {
      std::lock_guard lock(mutex_);
      released.swap(released_[worker]);
    }
    released.clear();  // freed here, by the thread that allocated them, outside the locks
    std::lock_guard input_lock(input_mutex_);
    {
      std::unique_lock lock(mutex_);
      room_.wait(lock, [&] { return stop_ || taken_ < delivered_ + window_; });
      if (stop_) return std::nullopt;
    }
    if (!units_.Next(unit)) return std::nullopt;
    return taken_++;
  }

  // Stores the unit, and delivers it and the units after it that are done,
  // unless another worker is delivering (it will take them). `delivering`:
  // this worker already delivers (DeliverEarly), and goes on.
  void Finish(unsigned worker, std::size_t seq, Done&& done, bool delivering) {
    std::unique_lock lock(mutex_);
    slots_[seq % window_] = std::move(done);
    if (!delivering) {
      if (delivering_ || seq != delivered_.load(std::memory_order_relaxed)) return;
      delivering_ = true;
    }
    for (std::size_t next_seq; !stop_ && slots_[(next_seq = delivered_.load(std::memory_order_relaxed)) % window_];) {
      Done next = std::move(*slots_[next_seq % window_]);
      slots_[next_seq % window_].reset();
      lock.unlock();
      try {
        delivery_.Deliver(next);
      } catch (...) {
        lock.lock();
        delivering_ = false;
        throw;
      }
      const bool own = next.worker == worker;
      if (own) next = Done();  // freed here, outside the lock
      lock.lock();
      if (!own) released_[next.worker].push_back(std::move(next));
      delivered_.store(next_seq + 1, std::memory_order_release);
      room_.notify_all();
    }
    delivering_ = false;
  }

  // While unit `seq` is being extracted and is the next in order, its
  // articles are delivered as they come (and freed at once by the thread
  // that made them), not when the unit is done. One worker alone thus
  // delivers and frees each record's facts before it reads the next: freed a
  // batch at a time (some sixty heap blocks an article), they overflowed the
  // allocator's per-thread cache, whose flushing and refilling cost 3% of one
  // thread's instructions. The worker takes the turn to deliver once, at its
  // unit's first record that is next in order, and keeps it (`delivering`)
  // until Finish: the lock is not taken again for every record, nor by a
  // worker whose unit is not next (a lock both threads take at every record
  // passed its cache line from core to core a thousand times per thousand
  // articles).
  void DeliverEarly(std::size_t seq, Done& done, bool& delivering) {
    if (!delivering) {
      if (seq != delivered_.load(std::memory_order_acquire) || stop_.load(std::memory_order_relaxed)) return;
      std::lock_guard lock(mutex_);
      if (seq != delivered_.load(std::memory_order_relaxed) || delivering_ || stop_) return;
      delivering_ = delivering = true;
    } else if (stop_.load(std::memory_order_relaxed)) {
      return;  // Finish gives the turn back
    }
    Done part;
    part.new_file = std::exchange(done.new_file, false);
    part.issues.swap(done.issues);
    part.facts.swap(done.facts);
    std::exception_ptr error;
    try {
      delivery_.Deliver(part);
    } catch (...) {
      error = std::current_exception();
    }
    part = Done();
    if (error) {
      std::lock_guard lock(mutex_);
      delivering_ = delivering = false;
      FailLocked(error);
    }
  }

  void Fail(std::exception_ptr error) {
    std::lock_guard lock(mutex_);
    FailLocked(error);
  }
  void FailLocked(std::exception_ptr error) {
    if (!error_) error_ = error;
    stop_ = true;
    room_.notify_all();
  }

  const Extractor& extractor_;
  InputUnits& units_;
  Delivery& delivery_;
  const unsigned workers_;
  std::vector<WorkerReport>& reports_;
  std::chrono::steady_clock::time_point start_;  // when Run began starting the workers
  const std::size_t window_;
  std::mutex input_mutex_;  // units_ and taken_
  std::size_t taken_ = 0;
  std::mutex mutex_;  // the rest
  std::condition_variable room_;
  std::vector<std::optional<Done>> slots_;  // finished units by number modulo window_
  // Per worker, units another worker delivered, for it to free: freeing
  // memory another thread allocated goes through the allocator's locks.
  std::vector<std::vector<Done>> released_;
  // Written under mutex_; read without it where a stale value only means
  // taking the lock (DeliverEarly).
  std::atomic<std::size_t> delivered_{0};
  std::atomic<bool> stop_{false};
  bool delivering_ = false;
  std::exception_ptr error_;
};

}  // namespace

Pipeline::Pipeline(const Extractor& extractor, PipelineOptions options) : extractor_(extractor), options_(options) {}

Pipeline::~Pipeline() = default;

unsigned Pipeline::ThreadCount(unsigned jobs) {
  if (jobs > 0) return jobs;
  unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? cores : 1;
}

PipelineReport Pipeline::Run(const InputList& inputs, const std::vector<std::string>& roots, const Sink& sink) {
  PipelineReport report;
  report.ignored = inputs.ignored;
  const std::vector<InputFile> files = InPathOrder(inputs.files);
  Progress progress(options_.progress, options_.progress ? TotalBytes(files) : 0);
  Delivery delivery(options_, sink, report, progress);
  for (const auto& issue : inputs.issues) delivery.Report(issue);
  const unsigned threads = ThreadCount(options_.jobs);

  // Before the workers parse HTML; not for JSON Lines or text alone (it
  // loads libxml2's encodings, time a small run would count).
  const auto is_html = [](const InputFile& f) { return f.format == InputFormat::Html; };
  if (threads > 1 && std::any_of(files.begin(), files.end(), is_html)) SetUpLibxml();
  InputUnits units(files, roots,
                   BatchSizes{kBatchRecords, BatchLimit(files, threads), kTailPartsPerWorker * threads, kMinBatchBytes});
  exiting_.clear();  // joined
  ParallelRun(extractor_, units, delivery, threads, report.workers).Run(exiting_);
  progress.Finish();
  return report;
}

}  // namespace pejabat
