#pragma once
// Large arrays backed by transparent huge pages.

#include "model/sanitizers.h"

#include <cstddef>
#include <string>
#include <vector>

namespace curator {

namespace hugepages {
/** Allocations of at least this many bytes are mapped on their own and advised MADV_HUGEPAGE. */
inline constexpr std::size_t kThreshold = std::size_t(4) << 20;
/**
 * False under AddressSanitizer (GCC or clang): then every block comes from operator new, so that ASan
 * keeps checking these arrays (it puts no red zones around mappings of our own).
 */
inline constexpr bool kMapsOwnBlocks = !kAddressSanitizer;
/**
 * @p bytes of memory: below kThreshold from operator new, else an anonymous mapping aligned to 2 MiB
 * and advised MADV_HUGEPAGE, so that the kernel backs it with 2 MiB pages where transparent huge pages
 * are enabled ("always" or "madvise"). Filling a 600 MB store then takes a few hundred page faults
 * instead of ~150,000 (each a trip into the kernel; on a virtual machine with THP on "madvise" this
 * halved the load time of the full-scale train split). Throws std::bad_alloc when out of memory.
 * Without kMapsOwnBlocks every size comes from operator new.
 */
void* allocate(std::size_t bytes);
/** Frees what allocate(@p bytes) returned. */
void deallocate(void* p, std::size_t bytes) noexcept;
} // namespace hugepages

/** std::allocator for the arrays that grow to hundreds of megabytes; small ones are unaffected. */
template <typename T>
struct HugePageAllocator
{
    using value_type = T;
    HugePageAllocator() noexcept = default;
    template <typename U>
    HugePageAllocator(const HugePageAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return static_cast<T*>(hugepages::allocate(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { hugepages::deallocate(p, n * sizeof(T)); }
    template <typename U>
    bool operator==(const HugePageAllocator<U>&) const noexcept { return true; }
};

template <typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;
using HugeString = std::basic_string<char, std::char_traits<char>, HugePageAllocator<char>>;

} // namespace curator
