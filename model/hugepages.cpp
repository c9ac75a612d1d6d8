#include "model/hugepages.h"

#include <cstdint>
#include <new>

#include <sys/mman.h>

namespace curator::hugepages {

namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;

bool mapped(std::size_t bytes)
{
    return kMapsOwnBlocks && bytes >= kThreshold;
}

std::size_t mappedSize(std::size_t bytes)
{
    return (bytes + kHugePage - 1) / kHugePage * kHugePage;
}
} // namespace

void* allocate(std::size_t bytes)
{
    if (!mapped(bytes))
        return ::operator new(bytes);
    const std::size_t size = mappedSize(bytes);
    // Over-map by one huge page and trim, so that the block starts on a 2 MiB boundary.
    void* raw = ::mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
    if (aligned > start)
        ::munmap(raw, aligned - start);
    const std::size_t tail = (start + size + kHugePage) - (aligned + size);
    if (tail > 0)
        ::munmap(reinterpret_cast<void*>(aligned + size), tail);
    void* p = reinterpret_cast<void*>(aligned);
#ifdef MADV_HUGEPAGE
    ::madvise(p, size, MADV_HUGEPAGE); // only advice: without THP it fails and ordinary pages serve
#endif
    return p;
}

void deallocate(void* p, std::size_t bytes) noexcept
{
    if (!p)
        return;
    if (!mapped(bytes)) {
        ::operator delete(p);
        return;
    }
    ::munmap(p, mappedSize(bytes));
}

} // namespace curator::hugepages
