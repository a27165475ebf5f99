#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, the Rust tests
# (unit, API, pages, gold), then the checks that need outside tools, each of
# which installs what it needs when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy"
cargo clippy --all-targets --quiet -- -D warnings

step "cargo test"
cargo test --all-targets

for suite in tests/browser/run.sh tests/fuzz/run.sh tests/container/run.sh; do
  if [ -x "$suite" ]; then
    step "$suite"
    "$suite"
  fi
done
