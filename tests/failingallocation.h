#pragma once
// Making allocations fail one by one: the test that includes this (one source file per test binary: it replaces the
// global operator new there) runs an operation with this thread's allocation 0, 1, 2 … failing, until a run asks for
// fewer (sweepAllocations). A limit on the address space (as the out-of-memory widget tests set) cannot reach most
// of these: small blocks come from memory freed before. Qt 6.4 itself cannot report every failure: a QHash insert
// ends the process (its findOrInsert is noexcept), and the thread pool crashes where it cannot make a thread.
#include <QString>
#include <QtTest>

#include <cstdlib>
#include <new>
#include <optional>

#if defined(__has_feature)
#define CURATOR_TEST_HAS_FEATURE(x) __has_feature(x)
#else
#define CURATOR_TEST_HAS_FEATURE(x) 0
#endif
// The sanitizers bring their own operator new; there it is not replaced, and the tests skip.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || CURATOR_TEST_HAS_FEATURE(address_sanitizer) \
    || CURATOR_TEST_HAS_FEATURE(thread_sanitizer)
#define CURATOR_TEST_FAILING_NEW 0
#else
#define CURATOR_TEST_FAILING_NEW 1
#endif

/** Skips a test under the sanitizers, whose operator new stays. */
#define CURATOR_SKIP_WITHOUT_FAILING_NEW()                                                                   \
    do {                                                                                                     \
        if (!CURATOR_TEST_FAILING_NEW)                                                                       \
            QSKIP("the sanitizer's own operator new stays");                                                 \
    } while (false)

namespace curator::test {

// This thread's allocations since failAt() was set, and the one of them that throws (-1: none).
inline thread_local long t_allocations = 0;
inline thread_local long t_failAt = -1;

/** While it lives, this thread's allocation number @p n (from 0) throws std::bad_alloc. */
class FailingAllocation
{
public:
    explicit FailingAllocation(long n)
    {
        t_allocations = 0;
        t_failAt = n;
    }
    ~FailingAllocation() { t_failAt = -1; }
    /** Whether the allocation that fails was asked for. */
    bool reached() const { return t_allocations > t_failAt; }
    FailingAllocation(const FailingAllocation&) = delete;
    FailingAllocation& operator=(const FailingAllocation&) = delete;
};

template <typename Operation>
bool throwsBadAlloc(long n, Operation&& operation)
{
    const FailingAllocation failing(n);
    try {
        operation();
    } catch (const std::bad_alloc&) {
        return true;
    }
    return false;
}

struct Sweep
{
    long reported = 0;   // runs that said memory ran out
    QString problem;     // what went wrong; empty where nothing did
};

/**
 * Runs @p attempt (nullopt: done, its result checked; else its message) with this thread's allocation 0, 1, 2 …
 * failing, until a run asks for fewer, which must succeed. A run whose allocation failed must say so in a message
 * containing @p expected, or succeed all the same (work that goes on without a thread it could not start).
 */
template <typename Attempt, typename Prepare = void (*)()>
Sweep sweepAllocations(Attempt&& attempt, const QString& expected, Prepare&& prepare = [] {})
{
    Sweep out;
    for (long n = 0;; ++n) {
        prepare();   // with all its memory
        std::optional<QString> error;
        bool reached = false;
        try {
            const FailingAllocation failing(n);
            error = attempt();
            reached = failing.reached();
        } catch (const std::bad_alloc&) {
            out.problem = QStringLiteral("allocation %1 failed: std::bad_alloc left it").arg(n);
            return out;
        }
        if (!reached) {
            if (error)
                out.problem = QStringLiteral("fails with all its memory: %1").arg(*error);
            return out;
        }
        if (!error)
            continue;
        ++out.reported;
        if (!error->contains(expected, Qt::CaseInsensitive)) {
            out.problem = QStringLiteral("allocation %1 failed: %2").arg(n).arg(*error);
            return out;
        }
    }
}

} // namespace curator::test

#if CURATOR_TEST_FAILING_NEW
void* operator new(std::size_t size)
{
    using curator::test::t_allocations, curator::test::t_failAt;
    if (t_failAt >= 0 && t_allocations++ == t_failAt)
        throw std::bad_alloc();
    if (void* p = std::malloc(size == 0 ? 1 : size))
        return p;
    throw std::bad_alloc();
}
// The nothrow forms, which libstdc++ builds on the throwing one, never fail here: their callers go on without
// (std::stable_sort's buffer), so a failure there is no failure to report.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept
{
    return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept
{
    return std::malloc(size == 0 ? 1 : size);
}
void operator delete(void* p) noexcept
{
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}
#endif
