#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

#include "graph/huge_pages.h"

namespace pejabat {

// Whether a T may be moved to another address by copying its bytes (and not
// destroying the original). True of trivially copyable types; a type that
// owns memory through a pointer but never points into itself (NodeData's
// unique_ptr) says so with a specialization beside its definition.
template <typename T>
inline constexpr bool kBitwiseRelocatable = std::is_trivially_copyable_v<T>;
template <typename A, typename B>
inline constexpr bool kBitwiseRelocatable<std::pair<A, B>> = kBitwiseRelocatable<A> && kBitwiseRelocatable<B>;

// A growing array for the graph's columns (nodes, edge ends, edge data), which
// a million articles make GBs. A std::vector grows by copying into fresh
// memory: at 33.5 million edges that was a GB copied into pages the kernel had
// to zero first, over a second during which merging (one thread, in input
// order) stopped and the other extraction thread, its window of units full,
// waited too. Here a column of 2 MiB or more lives in its own mapping in huge
// pages (AllocateHuge) and grows by moving the mapping (GrowHuge): no byte is
// copied and only the pages appended to are ever touched. Smaller columns live
// in the heap.
//
// Only what the graph needs of a vector: appending, indexing, contiguous
// iteration (so std::span and Boost take it), reserve and clear. Move-only.
template <typename T>
class HugeColumn {
  static_assert(kBitwiseRelocatable<T>, "HugeColumn moves its items by moving their pages");

 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;

  HugeColumn() = default;
  HugeColumn(const HugeColumn&) = delete;
  HugeColumn& operator=(const HugeColumn&) = delete;
  HugeColumn(HugeColumn&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)),
        capacity_(std::exchange(other.capacity_, 0)) {}
  HugeColumn& operator=(HugeColumn&& other) noexcept {
    if (this != &other) {
      Release();
      data_ = std::exchange(other.data_, nullptr);
      size_ = std::exchange(other.size_, 0);
      capacity_ = std::exchange(other.capacity_, 0);
    }
    return *this;
  }
  ~HugeColumn() { Release(); }

  std::size_t size() const { return size_; }
  std::size_t capacity() const { return capacity_; }
  bool empty() const { return size_ == 0; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }
  T& back() { return data_[size_ - 1]; }
  const T& back() const { return data_[size_ - 1]; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }

  void push_back(const T& item) { emplace_back(item); }
  void push_back(T&& item) { emplace_back(std::move(item)); }
  template <typename... Args>
  T& emplace_back(Args&&... args) {
    if (size_ == capacity_) {
      // The arguments may name an item of this column, which growing moves: made first.
      T item(std::forward<Args>(args)...);
      Reallocate(std::max<std::size_t>(16, 2 * capacity_));
      return *::new (static_cast<void*>(data_ + size_++)) T(std::move(item));
    }
    return *::new (static_cast<void*>(data_ + size_++)) T(std::forward<Args>(args)...);
  }
  void reserve(std::size_t n) {
    if (n > capacity_) Reallocate(n);
  }
  void clear() {
    std::destroy_n(data_, size_);
    size_ = 0;
  }

 private:
  static bool Huge(std::size_t n) { return n * sizeof(T) >= HugePageAllocator<T>::kHugeThreshold; }

  void Reallocate(std::size_t n) {
    if (n > SIZE_MAX / sizeof(T)) throw std::bad_array_new_length();
    void* p = nullptr;
    if (Huge(capacity_)) {
      p = GrowHuge(data_, capacity_ * sizeof(T), n * sizeof(T));
    } else if (Huge(n)) {  // from the heap to its own mapping: a copy of under 2 MiB
      p = AllocateHuge(n * sizeof(T));
      if (size_) std::memcpy(p, static_cast<const void*>(data_), size_ * sizeof(T));
      std::free(data_);
    } else {
      p = std::realloc(static_cast<void*>(data_), n * sizeof(T));
      if (!p) throw std::bad_alloc();
    }
    data_ = static_cast<T*>(p);
    capacity_ = n;
  }

  void Release() noexcept {
    if (!data_) return;
    std::destroy_n(data_, size_);
    if (Huge(capacity_)) FreeHuge(data_, capacity_ * sizeof(T));
    else std::free(data_);
    data_ = nullptr;
    size_ = capacity_ = 0;
  }

  T* data_ = nullptr;
  std::size_t size_ = 0, capacity_ = 0;
};

}  // namespace pejabat
