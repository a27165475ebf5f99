#!/usr/bin/env bash
# Fuzzes the date finder and the sentence splitter with libFuzzer, each for
# a bounded time (default 30 s):  tests/fuzz/run.sh [SECONDS]
# cargo fuzz needs nightly features; the stable toolchain provides them with
# RUSTC_BOOTSTRAP=1, so no other toolchain is fetched.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
passed=0
failed=0
for target in dates sentences; do
  printf '\n==> fuzz %s for %ss\n' "$target" "$seconds"
  if cargo fuzz run --fuzz-dir . "$target" -- -max_total_time="$seconds" -rss_limit_mb=2048 2>&1 | tail -n 5; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $target (inputs that crash it are in tests/fuzz/artifacts/$target)"
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
