#include "graph/attribute_name.h"

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <unordered_map>

namespace pejabat {
namespace {

class NameRegistry {
 public:
  NameRegistry() {
    names_.emplace_back();  // id 0: the empty name
    by_id_[0].store(&names_.back(), std::memory_order_release);
  }

  std::optional<uint16_t> Find(std::string_view name) {
    std::shared_lock lock(mutex_);
    auto it = ids_.find(name);
    if (it == ids_.end()) return std::nullopt;
    return it->second;
  }

  uint16_t Add(std::string_view name) {
    if (name.empty()) return 0;
    if (auto id = Find(name)) return *id;
    std::unique_lock lock(mutex_);
    if (auto it = ids_.find(name); it != ids_.end()) return it->second;
    if (names_.size() > UINT16_MAX) throw std::length_error("more than 65,535 attribute names");
    const auto id = static_cast<uint16_t>(names_.size());
    names_.emplace_back(name);
    ids_.emplace(names_.back(), id);  // the deque keeps the string where it is
    by_id_[id].store(&names_.back(), std::memory_order_release);
    return id;
  }

  // Lock-free: writers read names for every attribute of every node.
  const std::string& Name(uint16_t id) const { return *by_id_[id].load(std::memory_order_acquire); }

 private:
  std::shared_mutex mutex_;
  std::deque<std::string> names_;
  std::unordered_map<std::string_view, uint16_t> ids_;
  std::unique_ptr<std::atomic<const std::string*>[]> by_id_{new std::atomic<const std::string*>[UINT16_MAX + 1]()};
};

// Never destroyed: names are read until the end of the process.
NameRegistry& Registry() {
  static NameRegistry* registry = new NameRegistry;
  return *registry;
}

}  // namespace

AttributeName::AttributeName(std::string_view name) : id_(Registry().Add(name)) {}

std::optional<AttributeName> AttributeName::Existing(std::string_view name) {
  std::optional<uint16_t> id = name.empty() ? std::optional<uint16_t>(0) : Registry().Find(name);
  if (!id) return std::nullopt;
  AttributeName n;
  n.id_ = *id;
  return n;
}

const std::string& AttributeName::str() const { return Registry().Name(id_); }

}  // namespace pejabat
