#!/usr/bin/env bash
# Hardening run: the whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer, the
# threaded model tests under ThreadSanitizer, and every libFuzzer target for a bounded time.
#
#   scripts/hardening.sh [asan] [tsan] [fuzz]      (default: all three)
#   FUZZ_SECONDS=60 scripts/hardening.sh fuzz       (seconds per fuzz target, default 30; JOBS at a time)
#
# One clang build (build-asan) serves both the ASan/UBSan test run and the fuzz targets, so CI pays
# for one instrumented build, not two. A crash found by a fuzzer is left in
# build-asan/crashes/<target>/; once fixed, copy it to tests/data/regressions/<target>/, where
# tests/tst_regressions replays it on every test run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh hardening
JOBS=${JOBS:-$(nproc)}
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
STAGES=("$@")
((${#STAGES[@]})) || STAGES=(asan tsan fuzz)
SUPP="$PWD/tests/sanitizers"
# Line tables are enough for sanitizer reports and keep the instrumented builds affordable.
CONFIGURE=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only"
           -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++)
[[ -n "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]] && CONFIGURE+=("-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER")

configure_asan() {
  [[ -f build-asan/.configured ]] && return
  cmake -S . -B build-asan "${CONFIGURE[@]}" -DCURATOR_SANITIZE=address -DCURATOR_FUZZ=ON >/dev/null
  touch build-asan/.configured
}

run_asan() {
  configure_asan
  cmake --build build-asan --parallel "$JOBS" -- -k 0
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
  # the two-thread COCO parse, the worker threads of runInParallel (evaluator, QC, the two files of an
  # evaluation), zip reads from several threads, the segmentation batch's workers handing results to
  # the calling thread.
  cmake -S . -B build-tsan "${CONFIGURE[@]}" -DCURATOR_SANITIZE=thread >/dev/null
  local tests=(tst_cocoreader tst_evalloader tst_evaluator tst_imagesource tst_parallel tst_qc tst_segmentation
               tst_segmentationbatch tst_documentmanager)
  cmake --build build-tsan --parallel "$JOBS" --target "${tests[@]}"
  # ignore_noninstrumented_modules: memcpy/memset called from uninstrumented libraries (OpenCV's DNN
  # copying blobs on its TBB workers, whose hand-off TSan cannot see) are not recorded, so OpenCV
  # needs no suppression. Suppressing it by library instead made every float of a network output our
  # code reads a separate suppressed report, and handling them (a linear search per address) ran one
  # bundled-model test past QtTest's 300 s limit. Our own code's accesses stay checked.
  ( cd build-tsan && TSAN_OPTIONS="halt_on_error=1:ignore_noninstrumented_modules=1:suppressions=$SUPP/tsan.supp" \
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1800 -R "^($(IFS='|'; echo "${tests[*]}"))\$" )
}

fuzz_one() {
  local t=$1 name=${1#fuzz_}
  local corpus=build-asan/corpus/$name
  mkdir -p "$corpus" "build-asan/crashes/$name"
  cp -n tests/fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null || true
  if ! ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1 \
      "build-asan/bin/$t" -max_total_time="$FUZZ_SECONDS" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
      -artifact_prefix="build-asan/crashes/$name/" -print_final_stats=1 "$corpus" \
      > "build-asan/report/$t.log" 2>&1; then
    tail -40 "build-asan/report/$t.log"
    echo "FUZZ FAILURE in $t (inputs in build-asan/crashes/$name/)"
    return 1
  fi
  local execs
  execs=$(grep -m1 'stat::number_of_executed_units' "build-asan/report/$t.log" | awk '{print $2}')
  echo "$t: $execs executions, corpus $(ls "$corpus" | wc -l) inputs, no crash" > "build-asan/report/$t.summary"
}

run_fuzz() {
  configure_asan
  local targets=()
  for f in tools/fuzz/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp)"); done
  cmake --build build-asan --parallel "$JOBS" --target "${targets[@]}"
  mkdir -p build-asan/report
  rm -f build-asan/report/*.summary
  # One fuzzer per core at a time; each runs single-threaded for FUZZ_SECONDS.
  echo "== ${#targets[@]} fuzz targets, ${FUZZ_SECONDS}s each, $JOBS at a time"
  local pids=() failed=0
  for t in "${targets[@]}"; do
    fuzz_one "$t" & pids+=($!)
    if ((${#pids[@]} >= JOBS)); then
      wait "${pids[0]}" || failed=1
      pids=("${pids[@]:1}")
    fi
  done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  cat build-asan/report/*.summary 2>/dev/null | tee build-asan/report/summary.txt || true
  ((failed == 0)) || { echo "hardening: a fuzz target failed"; exit 1; }
}

for stage in "${STAGES[@]}"; do
  echo "==== hardening: $stage"
  "run_$stage"
done
echo "hardening: all stages passed"
