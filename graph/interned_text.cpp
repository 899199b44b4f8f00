#include "graph/interned_text.h"

#include <deque>
#include <mutex>
#include <vector>

namespace pejabat {
namespace {

// The process's texts: a deque keeps every string where it was put (handles
// point at them), and an open-addressing table of pointers finds them. The
// table stays at most half full, so a lookup probes one or two slots.
class TextPool {
 public:
  const std::string* Intern(std::string_view text) {
    std::size_t hash = std::hash<std::string_view>()(text);
    std::lock_guard lock(mutex_);
    if (2 * (count_ + 1) > slots_.size()) Grow();
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const std::string* s = slots_[i];
      if (!s) {
        store_.emplace_back(text);
        slots_[i] = &store_.back();
        ++count_;
        bytes_ += text.size();
        return slots_[i];
      }
      if (*s == text) return s;
    }
  }

  std::size_t size() {
    std::lock_guard lock(mutex_);
    return count_;
  }
  std::size_t bytes() {
    std::lock_guard lock(mutex_);
    return bytes_;
  }

 private:
  void Grow() {
    std::vector<const std::string*> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, nullptr);
    std::size_t mask = slots_.size() - 1;
    for (const std::string* s : old) {
      if (!s) continue;
      std::size_t i = std::hash<std::string_view>()(*s) & mask;
      while (slots_[i]) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::mutex mutex_;
  std::deque<std::string> store_;
  std::vector<const std::string*> slots_;
  std::size_t count_ = 0, bytes_ = 0;
};

// Never destroyed: handles may be read until the very end of the process, and
// freeing millions of strings at exit would only cost time.
TextPool& Pool() {
  static TextPool* pool = new TextPool;
  return *pool;
}

}  // namespace

const std::string& InternedText::Empty() {
  static const std::string* empty = new std::string;
  return *empty;
}

const std::string* InternedText::Intern(std::string_view text) {
  if (text.empty()) return &Empty();
  return Pool().Intern(text);
}

std::size_t InternedText::PoolSize() { return Pool().size(); }
std::size_t InternedText::PoolBytes() { return Pool().bytes(); }

}  // namespace pejabat
