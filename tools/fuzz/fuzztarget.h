#pragma once
// One libFuzzer target per tools/fuzz/fuzz_<name>.cpp, written as
//
//   CURATOR_FUZZ_TARGET(name) { ...; CURATOR_FUZZ_REQUIRE(property); return 0; }
//
// In a libFuzzer build (CURATOR_FUZZ=ON) that is LLVMFuzzerTestOneInput and a broken property
// aborts, which libFuzzer reports as a crash. tests/tst_regressions compiles every target into one
// program (CURATOR_FUZZ_REPLAY): each registers itself by name, a broken property throws
// FuzzViolation, and the test replays the seed corpora and every saved crash through them.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <string>

namespace curator::fuzz {

using Target = int (*)(const uint8_t* data, size_t size);

struct FuzzViolation : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

inline std::map<std::string, Target>& targets()
{
    static std::map<std::string, Target> all;
    return all;
}

inline bool registerTarget(const char* name, Target target)
{
    targets()[name] = target;
    return true;
}

} // namespace curator::fuzz

#ifdef CURATOR_FUZZ_REPLAY
#define CURATOR_FUZZ_TARGET(name)                                                                      \
    static int curatorFuzz_##name(const uint8_t* data, size_t size);                                   \
    [[maybe_unused]] static const bool curatorFuzzRegistered_##name =                                  \
        curator::fuzz::registerTarget(#name, &curatorFuzz_##name);                                     \
    static int curatorFuzz_##name(const uint8_t* data, size_t size)
#define CURATOR_FUZZ_REQUIRE(property)                                                                 \
    do {                                                                                               \
        if (!(property))                                                                               \
            throw curator::fuzz::FuzzViolation(std::string(__FILE__ ":") + std::to_string(__LINE__)     \
                                               + ": " #property);                                      \
    } while (false)
#else
#define CURATOR_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
#define CURATOR_FUZZ_REQUIRE(property)                                                                 \
    do {                                                                                               \
        if (!(property))                                                                               \
            std::abort();                                                                              \
    } while (false)
#endif
