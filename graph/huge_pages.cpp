#include "graph/huge_pages.h"

#include <sys/mman.h>

#include <cstdint>

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

void FreeHuge(void* p, std::size_t bytes) noexcept {
  if (p) munmap(p, Rounded(bytes));
}

}  // namespace pejabat
