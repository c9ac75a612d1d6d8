#pragma once
// Shared helpers for benchmark programs: wall clock and peak resident set size.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>

namespace curator::bench {

inline double nowSeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

/** User + system CPU time of this process so far, in seconds (robust against other load). */
inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/** Peak resident set size of this process so far, in MiB (VmHWM). */
inline double peakRssMiB()
{
    std::FILE* f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    double kb = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, "VmHWM:", 6) == 0)
            kb = std::atof(line + 6);
    }
    std::fclose(f);
    return kb / 1024.0;
}

} // namespace curator::bench
