#!/usr/bin/env bash
# Hardening run: the whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer, the
# threaded model tests under ThreadSanitizer, and every libFuzzer target for a bounded time.
#
#   scripts/hardening.sh [asan] [tsan] [fuzz]      (default: all three)
#   FUZZ_SECONDS=60 scripts/hardening.sh fuzz       (seconds per fuzz target, default 30)
#
# A crash found by a fuzzer is left in build-fuzz/crashes/<target>/; copy it to tests/data/regressions/
# and add a case to tests/tst_regressions.cpp.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh hardening
JOBS=${JOBS:-$(nproc)}
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
STAGES=("$@")
((${#STAGES[@]})) || STAGES=(asan tsan fuzz)
GEN=(-G Ninja)
SUPP="$PWD/tests/sanitizers"

run_asan() {
  cmake -S . -B build-asan "${GEN[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCURATOR_SANITIZE=address >/dev/null
  cmake --build build-asan --parallel "$JOBS"
  # Leaks inside uninstrumented system libraries (fontconfig, Qt's plugin loader) are suppressed by
  # name; anything of ours is reported.
  ( cd build-asan && \
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
    LSAN_OPTIONS=suppressions=$SUPP/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1800 -j "$JOBS" )
}

run_tsan() {
  # Qt itself is not instrumented, so TSan runs the model tests whose concurrency is our own code:
  # the two-thread COCO parse, the evaluator's workers, zip reads from several threads.
  cmake -S . -B build-tsan "${GEN[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCURATOR_SANITIZE=thread >/dev/null
  local tests=(tst_cocoreader tst_evaluator tst_imagesource)
  cmake --build build-tsan --parallel "$JOBS" --target "${tests[@]}"
  ( cd build-tsan && TSAN_OPTIONS="halt_on_error=1:suppressions=$SUPP/tsan.supp" \
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1800 -R "^($(IFS='|'; echo "${tests[*]}"))\$" )
}

run_fuzz() {
  CC=clang CXX=clang++ cmake -S . -B build-fuzz "${GEN[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCURATOR_FUZZ=ON >/dev/null
  local targets=()
  for f in tools/fuzz/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp)"); done
  cmake --build build-fuzz --parallel "$JOBS" --target "${targets[@]}"
  mkdir -p build-fuzz/report
  for t in "${targets[@]}"; do
    local name=${t#fuzz_}
    local corpus=build-fuzz/corpus/$name
    mkdir -p "$corpus" "build-fuzz/crashes/$name"
    cp -n tests/fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null || true
    echo "== $t: ${FUZZ_SECONDS}s"
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1 \
      "build-fuzz/bin/$t" -max_total_time="$FUZZ_SECONDS" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
      -artifact_prefix="build-fuzz/crashes/$name/" -print_final_stats=1 "$corpus" \
      > "build-fuzz/report/$t.log" 2>&1 || { tail -40 "build-fuzz/report/$t.log"; echo "FUZZ FAILURE in $t"; exit 1; }
    local execs corpus_size
    execs=$(grep -m1 'stat::number_of_executed_units' "build-fuzz/report/$t.log" | awk '{print $2}')
    corpus_size=$(ls "$corpus" | wc -l)
    echo "$t: $execs executions, corpus $corpus_size inputs, no crash" | tee -a build-fuzz/report/summary.txt
  done
}

for stage in "${STAGES[@]}"; do
  echo "==== hardening: $stage"
  "run_$stage"
done
echo "hardening: all stages passed"
