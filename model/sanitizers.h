#pragma once
// Which sanitizer this build runs under, in GCC's and clang's spellings alike.

namespace curator {

#if defined(__has_feature)
#define CURATOR_HAS_FEATURE(x) __has_feature(x)
#else
#define CURATOR_HAS_FEATURE(x) 0
#endif

#if defined(__SANITIZE_ADDRESS__) || CURATOR_HAS_FEATURE(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif

#if defined(__SANITIZE_THREAD__) || CURATOR_HAS_FEATURE(thread_sanitizer)
inline constexpr bool kThreadSanitizer = true;
#else
inline constexpr bool kThreadSanitizer = false;
#endif

#undef CURATOR_HAS_FEATURE

} // namespace curator
