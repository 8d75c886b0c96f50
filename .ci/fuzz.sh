#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz", docs/FUZZING.md) and runs each for a bounded time on a
# copy of its seed corpus, so the repository is never written. One line per target; exits non-zero on
# any crash, sanitizer report, timeout or out-of-memory, naming the saved input.
# Usage: bash .ci/fuzz.sh   (FUZZ_SECONDS of CPU per target, default 20; FUZZ_JOBS build jobs, default nproc)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-20}"
jobs="${FUZZ_JOBS:-$(nproc)}"
targets=(csv_reader:csv vcard_reader:vcard mapping_json:json)
build=build/fuzz
artifacts="$build/artifacts"

bash .ci/deps.sh
for tool in clang clang++; do
    command -v "$tool" >/dev/null 2>&1 || { echo "fuzz: $tool not found (Debian: clang)" >&2; exit 2; }
done
runtime="$(clang++ -print-runtime-dir)/libclang_rt.fuzzer-x86_64.a"
if [ ! -f "$runtime" ]; then
    echo "fuzz: libFuzzer runtime missing: $runtime (Debian: libclang-rt-14-dev)" >&2
    exit 2
fi

# The top level fetches SQLCipher at configure time even though no fuzzer uses it; reuse the default
# build's verified tarball when there is one (SQLCipher.cmake checks its hash again) instead of npm.
tarball=build/default/_deps/sqlcipher/journeyapps-sqlcipher-6.0.0.tgz
if [ -f "$tarball" ] && [ ! -f "$build/_deps/sqlcipher/$(basename "$tarball")" ]; then
    mkdir -p "$build/_deps/sqlcipher"
    cp "$tarball" "$build/_deps/sqlcipher/"
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -rf "$artifacts"
mkdir -p "$artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# Every target runs at once, each for the same number of CPU seconds it would get alone: on 2 cores, 3
# targets for 1.5 x FUZZ_SECONDS of wall time instead of 3 x FUZZ_SECONDS one after another.
cores=$(nproc)
wall=$(((seconds * ${#targets[@]} + cores - 1) / (cores < ${#targets[@]} ? cores : ${#targets[@]})))
[ "$wall" -ge "$seconds" ] || wall=$seconds

run_target() {
    local name="$1" format="$2" corpus="$work/$1" log="$artifacts/$1.log" start rc=0
    mkdir -p "$corpus"
    cp tests/fuzz/corpus/"$format"/* "$corpus/"
    start=$(date +%s)
    "$build/tests/fuzz/$name" "$corpus" -dict="tests/fuzz/$format.dict" -max_total_time="$wall" -timeout=10 \
        -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 -artifact_prefix="$artifacts/$name-" >"$log" 2>&1 || rc=$?
    echo "$rc $(($(date +%s) - start))" >"$work/$name.result"
}

pids=()
for entry in "${targets[@]}"; do
    run_target "fuzz_${entry%%:*}" "${entry##*:}" &
    pids+=("$!")
done
for pid in "${pids[@]}"; do
    wait "$pid" || true
done

failed=0
for entry in "${targets[@]}"; do
    name="fuzz_${entry%%:*}"
    format="${entry##*:}"
    corpus="$work/$name"
    log="$artifacts/$name.log"
    seeds=$(find tests/fuzz/corpus/"$format" -type f | wc -l)
    read -r rc elapsed <"$work/$name.result" || { rc=1; elapsed=0; }
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    files=$(find "$corpus" -type f | wc -l)
    if [ "$rc" -eq 0 ]; then
        echo "$name: ok, ${runs:-?} executions in ${elapsed}s, corpus $seeds -> $files inputs"
    else
        failed=1
        echo "$name: FAILED (exit $rc) after ${runs:-?} executions in ${elapsed}s; log: $log"
        grep -E "ERROR: |FUZZ_CHECK failed|runtime error|Test unit written to|SUMMARY" "$log" | head -n 10 | sed 's/^/  /'
        for input in "$artifacts/$name"-*; do
            if [ -f "$input" ]; then
                echo "  input: $input (reproduce: $build/tests/fuzz/$name $input)"
            fi
        done
    fi
done
exit "$failed"
