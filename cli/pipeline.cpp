#include "cli/pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "cli/progress.h"
#include "extract/ingest/html_reader.h"
#include "extract/ingest/jsonl_reader.h"
#include "extract/ingest/libxml_setup.h"
#include "extract/ingest/text_reader.h"

namespace pejabat {
namespace fs = std::filesystem;
namespace {

// JSON Lines records travel in batches of raw lines: one record is a few kB,
// a fraction of a millisecond of extraction, and handing each to a worker
// alone costs three thread wake-ups (a quarter of the CPU time of two threads
// went to that). The reader only finds line ends; decoding and JSON parsing
// happen in the workers, so the one reader thread never limits the speed-up.
// 64 records are a few milliseconds of work, against tens of microseconds
// for a hand-over; at 10,000 articles two threads were 6% faster with them
// than with 256 (fastest of five runs, twice), from a shorter tail and less
// memory in flight.
constexpr std::size_t kBatchRecords = 64;  // or a batch's bytes of lines, whichever comes first
constexpr std::size_t kBatchBytes = 1024 * 1024;
// Small inputs go in smaller batches, at least 32 per worker: the workers
// start sooner, the last batch keeps one worker busy alone for less time, and
// a worker frees fewer articles' facts at once (a batch's some sixty heap
// blocks an article overflowed the allocator's per-thread cache). 1,000
// articles (2.8 MB) on two threads: 16 records a batch took 0.039 s where
// 62 took 0.046 s (fastest of 15, alternating; 5.2M fewer instructions);
// 10k and 100k articles, whose batches are 64 records either way, are
// unchanged. Not below 16 kB (a batch costs a few thread wake-ups).
constexpr std::size_t kMinBatchBytes = 16 * 1024;
constexpr std::size_t kBatchesPerWorker = 32;

// One unit of input, in input order: a file's bytes still to decode, or a
// batch of JSON Lines lines still to parse, with the problems met while
// reading them.
struct Job {
  enum class Kind { Nothing, FileBytes, Lines };
  Kind kind = Kind::Nothing;
  bool new_file = false;            // the first unit of an input file (counted on delivery)
  std::vector<InputIssue> issues;   // reported before the unit's articles
  std::uint64_t input_bytes = 0;    // for the progress line
  InputFormat format = InputFormat::Text;
  std::string bytes, source, path;  // FileBytes
  std::vector<JsonlLine> lines;     // Lines, in file order
};

// A unit after extraction, waiting for its turn to reach the sink.
struct Done {
  bool new_file = false;
  std::vector<InputIssue> issues;
  std::vector<ArticleFacts> facts;
  std::uint64_t input_bytes = 0;
  std::exception_ptr error;  // a failure of the extractor itself, rethrown in order
  unsigned worker = 0;       // the worker that extracted it, and that destroys it (ParallelRun::Release)
};

// What a unit reports before its articles: its reading problems, and its
// file and bytes for the report.
Done Header(Job& job) {
  Done done;
  done.new_file = job.new_file;
  done.issues = std::move(job.issues);
  done.input_bytes = job.input_bytes;
  return done;
}

// Reads the unit's records (a file, or a batch's lines, each parsed in place:
// the job owns them) and hands each to `take` in order, its issues and
// articles not yet extracted.
template <typename Take>
void ForEachRecord(Job& job, Take&& take) {
  if (job.kind == Job::Kind::FileBytes) {
    ReadResult result = job.format == InputFormat::Html ? ReadHtmlArticle(job.bytes, job.source, job.path)
                                                        : ReadTextArticle(job.bytes, job.source, job.path);
    job.bytes = std::string();
    take(std::move(result));
  } else if (job.kind == Job::Kind::Lines) {
    for (auto& line : job.lines) take(ParseJsonlLine(std::move(line)));
    job.lines = std::vector<JsonlLine>();
  }
}

// Moves a record's issues into `done` and its extracted articles after them.
// A failure of the extractor itself is kept, to be rethrown in order.
void ExtractInto(ReadResult&& result, const Extractor& extractor, Done& done) {
  for (auto& issue : result.issues) done.issues.push_back(std::move(issue));
  try {
    for (auto& article : result.articles) done.facts.push_back(extractor.Extract(std::move(article)));
  } catch (...) {
    done.error = std::current_exception();
  }
}

// A whole unit extracted, for a worker.
Done Process(Job& job, const Extractor& extractor) {
  Done done = Header(job);
  try {
    ForEachRecord(job, [&](ReadResult&& result) {
      if (!done.error) ExtractInto(std::move(result), extractor, done);
    });
  } catch (...) {
    done.error = std::current_exception();
  }
  return done;
}

std::string SourceBelow(const std::string& path, const std::vector<fs::path>& folders) {
  fs::path p(path);
  for (const auto& root : folders) {
    fs::path rel = p.lexically_relative(root);
    if (!rel.empty() && rel.native()[0] != '.') return rel.generic_string();
  }
  return p.filename().string();
}

std::vector<fs::path> FolderRoots(const std::vector<std::string>& roots) {
  std::vector<fs::path> folders;
  for (const auto& root : roots) {
    std::error_code ec;
    if (fs::is_directory(root, ec)) folders.emplace_back(root);
  }
  return folders;
}

// Reads the inputs in order and hands each unit to `emit`, which returns false
// to stop early (the consumer gave up).
template <typename Emit>
void ReadInputs(const std::vector<InputFile>& files, const std::vector<std::string>& roots, std::size_t batch_limit,
                Emit&& emit) {
  const std::vector<fs::path> folders = FolderRoots(roots);
  for (const auto& file : files) {
    Job first;
    first.new_file = true;
    if (file.format == InputFormat::JsonLines) {
      std::ifstream stream;
      std::istream* in = &std::cin;
      if (file.path != "-") {
        stream.open(file.path, std::ios::binary);
        if (!stream) {
          first.issues.push_back({file.path, "cannot open for reading", true});
          if (!emit(std::move(first))) return;
          continue;
        }
        in = &stream;
      }
      JsonlReader reader(*in, file.path == "-" ? "<stdin>" : file.path);
      Job job = std::move(first);
      JsonlLine line;
      std::size_t batch_bytes = 0;
      std::uint64_t reported = 0;
      while (reader.NextLine(line, job.issues)) {
        job.kind = Job::Kind::Lines;
        job.input_bytes += reader.bytes_read() - reported;
        reported = reader.bytes_read();
        batch_bytes += line.bytes.size();
        job.lines.push_back(std::move(line));
        line = JsonlLine{};
        if (job.lines.size() >= kBatchRecords || batch_bytes >= batch_limit) {
          if (!emit(std::move(job))) return;
          job = Job{};
          batch_bytes = 0;
        }
      }
      job.input_bytes += reader.bytes_read() - reported;
      // The last batch, trailing problems (or an empty file) still travel in order.
      if (!job.lines.empty() || job.new_file || !job.issues.empty())
        if (!emit(std::move(job))) return;
      continue;
    }
    std::ifstream in(file.path, std::ios::binary);
    if (!in) {
      first.issues.push_back({file.path, "cannot open for reading", true});
      if (!emit(std::move(first))) return;
      continue;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    first.bytes = std::move(buffer).str();
    first.input_bytes = first.bytes.size();
    if (first.bytes.empty()) {
      first.issues.push_back({file.path, "empty file", true});
    } else {
      first.kind = Job::Kind::FileBytes;
      first.format = file.format;
      first.source = SourceBelow(file.path, folders);
      first.path = file.path;
    }
    if (!emit(std::move(first))) return;
  }
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

  // Hands the unit's facts to the sink (which may move them out); the unit
  // itself stays the caller's, to destroy where it likes (ParallelRun::Release).
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

// The reader thread, the worker pool and the reorder window between them and
// the consumer. At most `window` units are read but not yet delivered, so
// memory stays bounded however far the readers could run ahead.
class ParallelRun {
 public:
  ParallelRun(const Extractor& extractor, unsigned workers) : extractor_(extractor), workers_(workers),
      window_(std::max<std::size_t>(16, 8 * static_cast<std::size_t>(workers))), slots_(window_), released_(workers) {}

  ~ParallelRun() { Stop(); }

  template <typename Read>
  void Start(Read read) {
    threads_.emplace_back([this, read] {
      try {
        read([this](Job&& job) { return Enqueue(std::move(job)); });
      } catch (...) {
        std::lock_guard lock(mutex_);
        reader_error_ = std::current_exception();
      }
      {
        std::lock_guard lock(mutex_);
        reader_done_ = true;
      }
      work_ready_.notify_all();
      result_ready_.notify_all();
    });
    for (unsigned i = 0; i < workers_; ++i) threads_.emplace_back([this, i] { Work(i); });
  }

  // The next unit in input order; nullopt when all have been delivered.
  std::optional<Done> Next() {
    std::unique_lock lock(mutex_);
    result_ready_.wait(lock, [&] { return slots_[delivered_ % window_].has_value() || (reader_done_ && delivered_ == read_); });
    if (!slots_[delivered_ % window_]) {
      if (reader_error_) std::rethrow_exception(reader_error_);
      return std::nullopt;
    }
    std::optional<Done> done = std::move(slots_[delivered_ % window_]);
    slots_[delivered_ % window_].reset();
    ++delivered_;
    lock.unlock();
    room_.notify_one();
    return done;
  }

  // A delivered unit, handed back to be destroyed by the worker that made it.
  // The consumer thread is the pipeline's narrowest point in `build` (merging
  // waits on it), and freeing an article's facts (some ninety heap blocks)
  // there took its time from merging. Any other thread frees memory that the
  // allocator and the caches hold for the one that wrote it: with the units
  // freed by whichever worker came next, ~ArticleFacts took 4.3% of two
  // workers' time against 0.9% of one's.
  void Release(Done&& done) {
    std::lock_guard lock(mutex_);
    released_[done.worker].push_back(std::move(done));
  }

  // Stops the threads (after the last unit, or early when the consumer throws).
  void Stop() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    room_.notify_all();
    work_ready_.notify_all();
    for (auto& t : threads_) t.join();
    threads_.clear();
  }

 private:
  bool Enqueue(Job&& job) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return stop_ || read_ < delivered_ + window_; });
    if (stop_) return false;
    queue_.emplace_back(read_++, std::move(job));
    lock.unlock();
    work_ready_.notify_one();
    return true;
  }

  void Work(unsigned worker) {
    for (;;) {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return stop_ || !queue_.empty() || reader_done_; });
      if (stop_ || queue_.empty()) return;
      auto [seq, job] = std::move(queue_.front());
      queue_.pop_front();
      std::vector<Done> released = std::move(released_[worker]);
      released_[worker].clear();
      lock.unlock();
      released.clear();  // destroyed here, outside the lock
      Done done = Process(job, extractor_);
      done.worker = worker;
      lock.lock();
      slots_[seq % window_] = std::move(done);
      // The consumer waits for the next unit in order only: a unit finished
      // ahead of it would wake the consumer for nothing.
      const bool next_in_order = seq == delivered_;
      lock.unlock();
      if (next_in_order) result_ready_.notify_one();
    }
  }

  const Extractor& extractor_;
  const unsigned workers_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable room_, work_ready_, result_ready_;
  std::deque<std::pair<std::size_t, Job>> queue_;
  std::vector<std::optional<Done>> slots_;  // finished units by sequence number modulo window_
  std::vector<std::vector<Done>> released_;  // per worker, delivered units it made, to destroy (Release)
  std::size_t read_ = 0, delivered_ = 0;
  bool reader_done_ = false, stop_ = false;
  std::exception_ptr reader_error_;
  std::vector<std::thread> threads_;
};

}  // namespace

std::string SourceName(const std::string& path, const std::vector<std::string>& roots) {
  return SourceBelow(path, FolderRoots(roots));
}

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

  if (threads <= 1) {  // no threads at all: the reference order, and the least overhead
    // Each record is delivered and its facts freed before the next is read:
    // freed a batch at a time (some sixty heap blocks an article), they
    // overflowed the allocator's per-thread cache, whose flushing and
    // refilling cost 3% of one thread's instructions.
    ReadInputs(files, roots, kBatchBytes, [&](Job&& job) {
      Done header = Header(job);
      delivery.Deliver(header);
      ForEachRecord(job, [&](ReadResult&& result) {
        Done record;
        ExtractInto(std::move(result), extractor_, record);
        delivery.Deliver(record);
      });
      return true;
    });
  } else {
    // Before the workers parse HTML; not for JSON Lines or text alone (it
    // loads libxml2's encodings, time a small run would count).
    if (std::any_of(files.begin(), files.end(), [](const InputFile& f) { return f.format == InputFormat::Html; }))
      SetUpLibxml();
    ParallelRun run(extractor_, threads);
    const std::size_t batch_limit = BatchLimit(files, threads);
    run.Start([&files, &roots, batch_limit](auto&& emit) { ReadInputs(files, roots, batch_limit, emit); });
    while (std::optional<Done> done = run.Next()) {
      delivery.Deliver(*done);
      run.Release(std::move(*done));
    }
    run.Stop();
  }
  progress.Finish();
  return report;
}

}  // namespace pejabat
