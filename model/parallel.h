#pragma once
// Running one piece of work on several threads at once, with its exceptions kept.

#include <functional>

namespace curator {

/**
 * Calls @p work(t) for t = 0 … @p threads − 1, t = 0 on the calling thread and each other t on a
 * thread of its own, and returns when every call has returned. Meant for work that takes its items
 * from a shared counter, so that each call does a share of the whole:
 * - an exception thrown by any call (std::bad_alloc above all) is rethrown here once every call has
 *   returned, where one leaving a std::thread would end the process;
 * - where the system cannot start another thread, the calls already started do the work without it.
 */
void runInParallel(int threads, const std::function<void(int thread)>& work);

} // namespace curator
