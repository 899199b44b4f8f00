#include "graph/huge_pages.h"

#include <sys/mman.h>

#include <cstdint>
#include <new>

namespace pejabat {
namespace {
constexpr std::size_t kHugePage = std::size_t{2} << 20;

std::size_t Rounded(std::size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }
}  // namespace

void* AllocateHuge(std::size_t bytes) {
  // Mapped on its own (not from the allocator's pool, where the advice would
  // outlive the array) and trimmed to a 2 MiB boundary, the unit of a huge page.
  const std::size_t size = Rounded(bytes);
  void* mapped = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) throw std::bad_alloc();
  const auto start = reinterpret_cast<std::uintptr_t>(mapped);
  const std::uintptr_t aligned = (start + kHugePage - 1) & ~(kHugePage - 1);
  if (aligned > start) munmap(mapped, aligned - start);
  if (const std::size_t tail = start + size + kHugePage - (aligned + size)) munmap(reinterpret_cast<void*>(aligned + size), tail);
  void* p = reinterpret_cast<void*>(aligned);
#ifdef MADV_HUGEPAGE
  // Advice only: a kernel without THP says EINVAL and the memory stays usable.
  madvise(p, size, MADV_HUGEPAGE);
#endif
  return p;
}

void CollapseToHugePages(const void* p, std::size_t bytes) noexcept {
  const auto start = reinterpret_cast<std::uintptr_t>(p);
  const std::uintptr_t first = (start + kHugePage - 1) & ~(kHugePage - 1), last = (start + bytes) & ~(kHugePage - 1);
  if (!p || last <= first) return;
  void* range = reinterpret_cast<void*>(first);
#ifdef MADV_HUGEPAGE
  madvise(range, last - first, MADV_HUGEPAGE);
#endif
#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE 25  // Linux 6.1; older headers lack the name, older kernels say EINVAL
#endif
  madvise(range, last - first, MADV_COLLAPSE);
}

void FreeHuge(void* p, std::size_t bytes) noexcept {
  if (p) munmap(p, Rounded(bytes));
}

void* GrowHuge(void* p, std::size_t old_bytes, std::size_t new_bytes) {
  const std::size_t old_size = Rounded(old_bytes), new_size = Rounded(new_bytes);
  if (new_size <= old_size) return p;
  // In place when the address space after the block is free: its advice extends with it.
  void* grown = mremap(p, old_size, new_size, 0);
  if (grown != MAP_FAILED) return grown;
  // Else the pages move to a fresh aligned range, so that huge pages stay whole.
  void* target = AllocateHuge(new_bytes);
  grown = mremap(p, old_size, new_size, MREMAP_MAYMOVE | MREMAP_FIXED, target);
  if (grown == MAP_FAILED) {
    FreeHuge(target, new_bytes);
    throw std::bad_alloc();
  }
  return grown;
}

}  // namespace pejabat
