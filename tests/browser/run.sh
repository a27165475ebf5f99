#!/usr/bin/env bash
# Browser tests, as CI runs them (from tests/run.sh, as root, possibly on a
# fresh Debian bookworm machine): installs what is missing (Chromium and its
# driver, Java, curl, node_modules), builds the release binary, serves the
# seed corpus on a free loopback port, runs the Playwright tests with Node's
# test runner, then the Nu HTML checker, and exits non-zero if anything
# failed. Usage: tests/browser/run.sh [TEST_FILE.test.mjs ...] (naming test
# files runs only those, without the HTML validation).
# Env: KEEP_SERVER_LOG=1 prints the server log at the end.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
step() { printf '\n==> browser: %s\n' "$*"; }
started=$SECONDS

# --- what the machine needs -------------------------------------------------
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium chromium-driver)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
command -v curl >/dev/null 2>&1 || packages+=(curl)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
if [ "${#packages[@]}" -gt 0 ]; then
  step "apt-get install ${packages[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 20 ]; then
  echo "browser: Node $(node --version) is too old: playwright-core needs Node 20 or later" >&2
  exit 1
fi

# Reinstall node_modules when missing or older than the lock file. Install
# scripts are skipped: vnu-jar's would download a Java runtime (Java comes
# from apt above), and Playwright never downloads a browser here.
cd "$HERE"
if [ ! -f node_modules/.package-lock.json ] || { [ -f package-lock.json ] && [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  if [ -f package-lock.json ]; then
    step "npm ci"
    npm ci --ignore-scripts --no-audit --no-fund
  else
    step "npm install"
    npm install --ignore-scripts --no-audit --no-fund
  fi
fi

# --- the server ---------------------------------------------------------------
step "cargo build --release"
(cd "$ROOT" && cargo build --release --quiet)
BIN="$ROOT/target/release/csto-timeline"

PORT="$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"
export BASE_URL="http://127.0.0.1:$PORT"
LOG="$(mktemp)"
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "${KEEP_SERVER_LOG:-0}" = 1 ]; then cat "$LOG"; fi
  rm -f "$LOG"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

step "serving the seed corpus at $BASE_URL"
(cd "$ROOT" && exec "$BIN" --listen "127.0.0.1:$PORT" --log-level warn >"$LOG" 2>&1) &
SERVER_PID=$!
ready=0
for _ in $(seq 1 150); do # at most ~30 s
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "browser: the server exited before it was ready; its log:" >&2
    cat "$LOG" >&2
    exit 1
  fi
  if curl -fsS -o /dev/null --max-time 2 "$BASE_URL/healthz" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.2
done
if [ "$ready" != 1 ]; then
  echo "browser: $BASE_URL/healthz did not answer 200 within 30 s; server log:" >&2
  cat "$LOG" >&2
  exit 1
fi

# --- the tests ------------------------------------------------------------------
# Node's spec report goes to the terminal, a TAP copy to a file for the counts.
status=0
TAP="$(mktemp)"
step "node --test (Playwright, Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'))"
if [ "$#" -gt 0 ]; then files=("$@"); else files=(./*.test.mjs); fi
node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$TAP" \
  "${files[@]}" || status=1
passed="$(awk '/^# pass /{print $3}' "$TAP" | tail -n1)"
failed="$(awk '/^# fail /{n=$3} /^# cancelled /{n+=$3} END{print n+0}' "$TAP")"
rm -f "$TAP"
passed="${passed:-0}"

if [ "$#" -eq 0 ]; then
  step "HTML validation (Nu HTML checker)"
  if "$HERE/validate-html.sh" "$BASE_URL"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    status=1
  fi
fi

if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi # e.g. a test file that did not load
step "done in $((SECONDS - started)) s"
echo "browser: ${passed} passed, ${failed} failed"
exit "$status"
