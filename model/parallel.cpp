#include "model/parallel.h"

#include <exception>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>
#include <vector>

namespace curator {

void runInParallel(int threads, const std::function<void(int thread)>& work)
{
    std::exception_ptr failure;
    std::mutex mutex;
    const auto guarded = [&](int t) {
        try {
            work(t);
        } catch (...) {
            std::lock_guard lock(mutex);
            if (!failure)
                failure = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) {
        try {
            pool.emplace_back(guarded, t);
        } catch (const std::system_error&) {
            break; // no further thread to be had: those started share the work
        } catch (const std::bad_alloc&) {
            break;
        }
    }
    guarded(0);
    for (std::thread& t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace curator
