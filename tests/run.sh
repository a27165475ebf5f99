#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, the Rust tests
# (unit, API, pages, gold), then the checks that need outside tools, each of
# which installs what it needs when it is missing. Each stage prints how
# long it took; a suite whose script is missing or not executable fails the
# run instead of being skipped without a word.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
stage_started=$started
stage_name=""

# Closes the stage in progress with its elapsed time.
stage_done() {
  if [ -n "$stage_name" ]; then
    printf '<== %s: %ss\n' "$stage_name" "$(($(date +%s) - stage_started))"
  fi
  stage_name=""
}

step() {
  stage_done
  stage_name="$*"
  stage_started=$(date +%s)
  printf '\n==> %s\n' "$*"
}

# On any exit, say which stage stopped the run and how long everything took.
finish() {
  local rc=$?
  if [ "$rc" != 0 ] && [ -n "$stage_name" ]; then
    printf '<== %s: FAILED (exit code %s) after %ss\n' "$stage_name" "$rc" "$(($(date +%s) - stage_started))"
    stage_name=""
  fi
  stage_done
  printf '\ntests/run.sh: %s after %ss\n' "$([ "$rc" = 0 ] && echo passed || echo FAILED)" "$(($(date +%s) - started))"
  exit "$rc"
}
trap finish EXIT

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy"
cargo clippy --all-targets --quiet -- -D warnings

step "cargo test"
cargo test --all-targets

for suite in tests/browser/run.sh tests/fuzz/run.sh tests/container/run.sh; do
  step "$suite"
  if [ ! -f "$suite" ]; then
    echo "$suite is missing: every suite listed here must exist" >&2
    exit 1
  fi
  if [ ! -x "$suite" ]; then
    echo "$suite is not executable (chmod +x $suite)" >&2
    exit 1
  fi
  "$suite"
done
