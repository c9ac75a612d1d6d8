#pragma once
// Per-thread scratch objects whose first use, short of memory, throws std::bad_alloc.

#include <pthread.h>

#include <memory>
#include <new>

namespace curator {

/**
 * One T per thread, made on a thread's first get() and deleted when that thread ends; meant as a
 * function-local static. In place of a thread_local T with a destructor: glibc records such a
 * destructor on the thread's first use with memory of its own, and when that allocation fails it
 * ends the process ("Fatal glibc error: failed to register TLS destructor"). Here running out of
 * memory is a std::bad_alloc like any other. (The main thread's T is not deleted at exit.)
 */
template<typename T>
class ThreadScratch
{
public:
    ThreadScratch()
    {
        if (pthread_key_create(&m_key, [](void* object) { delete static_cast<T*>(object); }) != 0)
            throw std::bad_alloc();
    }
    ThreadScratch(const ThreadScratch&) = delete;
    ThreadScratch& operator=(const ThreadScratch&) = delete;

    /** This thread's T, made now if it has none; throws std::bad_alloc when that fails. */
    T& get()
    {
        if (T* existing = find())
            return *existing;
        auto made = std::make_unique<T>();
        if (pthread_setspecific(m_key, made.get()) != 0)
            throw std::bad_alloc();
        return *made.release();
    }
    /** This thread's T, or nullptr before its first get(); never allocates (for C callbacks). */
    T* find() const { return static_cast<T*>(pthread_getspecific(m_key)); }

private:
    pthread_key_t m_key{};
};

} // namespace curator
