#!/usr/bin/env bash
# Fuzzes the date finder and the sentence splitter (with the line layout and
# the quotation finder) with libFuzzer, each for a bounded time:
#
#   tests/fuzz/run.sh [SECONDS]          # default 30 s per target
#
# cargo fuzz needs nightly features; the stable toolchain provides them with
# RUSTC_BOOTSTRAP=1, so no other toolchain is fetched. The code under test is
# safe Rust, so no sanitizer is built in by default (twice the executions a
# second); FUZZ_SANITIZER=address turns AddressSanitizer on. Targets are built
# with optimizations and with debug assertions and overflow checks.
#
# An input that crashes a target is saved in tests/fuzz/artifacts/TARGET/;
# replay it with: RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz TARGET FILE
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
sanitizer=${FUZZ_SANITIZER:-none}
targets=(dates sentences)

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1

# The fuzz crate has its own lock file; when the crate's dependencies change
# it must be updated and committed, or the build resolves versions afresh.
if ! cargo metadata --locked --format-version 1 >/dev/null 2>&1; then
  echo "warning: tests/fuzz/Cargo.lock is out of step with the crate's dependencies; commit the updated one"
fi

printf '==> building %s\n' "${targets[*]}"
mkdir -p target
build_log=target/fuzz-build.log
if cargo fuzz build --fuzz-dir . --sanitizer "$sanitizer" >"$build_log" 2>&1; then
  tail -n 1 "$build_log"
else
  # The compiler's own message is above the backtrace cargo fuzz prints, and a
  # full disk or a killed compiler explain most failures on a CI machine.
  grep -E -B2 -A12 '^(error|warning: build failed)|SIGKILL|No space left' "$build_log" | head -n 80 || true
  tail -n 30 "$build_log"
  df -h . | tail -n 1
  echo "FAIL: the fuzz targets do not build (full log in tests/fuzz/$build_log)"
  exit 1
fi

passed=0
failed=0
for target in "${targets[@]}"; do
  # Start from the seed articles, whole and line by line.
  mkdir -p "corpus/$target" target
  for article in ../../seeds/*.txt; do
    name=$(basename "$article" .txt)
    cp -n "$article" "corpus/$target/seed-$name" 2>/dev/null || true
    n=0
    while IFS= read -r line; do
      n=$((n + 1))
      [ -n "$line" ] && printf '%s' "$line" >"corpus/$target/seed-$name-$n"
    done <"$article"
  done
  log="target/fuzz-$target.log"
  printf '\n==> fuzz %s for %ss\n' "$target" "$seconds"
  if cargo fuzz run --fuzz-dir . --sanitizer "$sanitizer" "$target" -- \
      -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
      -dict=text.dict -print_final_stats=1 >"$log" 2>&1; then
    passed=$((passed + 1))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    corpus=$(ls "corpus/$target" | wc -l)
    echo "ok: $target: $runs runs, $rate exec/s, $corpus inputs in the corpus"
  else
    failed=$((failed + 1))
    tail -n 60 "$log"
    echo "FAIL: $target (the input that crashes it is in tests/fuzz/artifacts/$target/; full log in tests/fuzz/$log)"
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
