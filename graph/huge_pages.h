#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <vector>

namespace pejabat {

// Memory for the few big arrays that a million-article graph reads at random
// (the interned texts, their hash table): 2 MiB aligned and advised to the
// kernel as huge pages (MADV_HUGEPAGE; Debian's default THP mode is
// "madvise"). At 1M articles the text arena alone is a GB: with 4 KiB pages
// nearly every random read also missed the TLB and walked the page table
// from memory. Where huge pages are off or unavailable this is plain memory.
// Pages are not touched here: memory is committed as it is written.
void* AllocateHuge(std::size_t bytes);
void FreeHuge(void* p, std::size_t bytes) noexcept;  // bytes: as allocated
// An AllocateHuge block of `old_bytes`, made `new_bytes` (more) with its
// contents kept but not copied: the kernel extends the mapping where it lies
// or moves its pages to a new 2 MiB aligned place (mremap). The new part is
// not touched. Returns the block's address, which may have changed.
void* GrowHuge(void* p, std::size_t old_bytes, std::size_t new_bytes);

// For arrays allocated elsewhere (Boost.Graph's own vectors), already
// written and about to be read at random for a long time: the 2 MiB pieces
// inside [p, p + bytes) are advised as huge pages and collapsed into them now
// (MADV_COLLAPSE, Linux 6.1; one copy of the array). Where the kernel cannot,
// nothing changes.
void CollapseToHugePages(const void* p, std::size_t bytes) noexcept;
template <typename T, typename A>
void CollapseToHugePages(const std::vector<T, A>& v) noexcept {
  CollapseToHugePages(v.data(), v.size() * sizeof(T));
}

// A std::allocator for vectors of such arrays: blocks of 2 MiB or more come
// from AllocateHuge, smaller ones from operator new.
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}  // NOLINT: rebinding
  T* allocate(std::size_t n) {
    if (n > SIZE_MAX / sizeof(T)) throw std::bad_array_new_length();
    if (n * sizeof(T) >= kHugeThreshold) return static_cast<T*>(AllocateHuge(n * sizeof(T)));
    return std::allocator<T>().allocate(n);
  }
  void deallocate(T* p, std::size_t n) noexcept {
    if (n * sizeof(T) >= kHugeThreshold) FreeHuge(p, n * sizeof(T));
    else std::allocator<T>().deallocate(p, n);
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const noexcept { return true; }

  static constexpr std::size_t kHugeThreshold = std::size_t{2} << 20;
};

template <typename T>
using HugePageVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace pejabat
