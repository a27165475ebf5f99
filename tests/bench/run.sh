#!/usr/bin/env bash
# Benchmarks and a soak run of the release binary on loopback, with wrk.
#
#   tests/bench/run.sh [SECONDS_PER_URL] [SOAK_SECONDS]
#
# For each URL: requests per second and latency percentiles, then a soak run
# over a mix of pages, API answers and exports that must finish with no
# errors and a flat resident memory. Traffic goes to 127.0.0.1 only and every
# run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-10}
soak=${2:-60}
connections=${BENCH_CONNECTIONS:-32}

if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
cargo build --release --quiet

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
target/release/csto-timeline --listen "127.0.0.1:$port" --log-level warn &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done

rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }

echo "machine: $(nproc) cores, $(uname -m); wrk -t2 -c$connections -d${seconds}s per URL"
printf '%-48s %12s %10s %10s %10s\n' URL req/s p50 p99 errors
for path in \
  "/static/app.css" \
  "/" \
  "/?actor=nikol-pashinyan&topic=summits" \
  "/?q=lachin&from=2022&to=2023" \
  "/api/events" \
  "/api/events?actor=azerbaijan" \
  "/events/$(curl -sf "$base/api/events" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"][0]["id"])')" \
  "/events.csv" \
  "/feed.atom"; do
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' "$base$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr -s ' ' | paste -sd';' - || true)
  printf '%-48s %12s %10s %10s %10s\n' "$path" "$rps" "$p50" "$p99" "${errors:-0}"
done

echo
echo "soak: ${soak}s over a mix of URLs, wrk -t2 -c$connections"
lua=$(mktemp)
cat >"$lua" <<'LUA'
local paths = {"/", "/?actor=armenia", "/?topic=lachin-corridor&order=newest", "/api/events?q=summit",
  "/events.ics", "/feed.atom", "/about", "/actors", "/api/documents", "/static/app.js", "/?actor=nope"}
local i = 0
wrk.headers["Accept-Encoding"] = "gzip"
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
before=$(rss)
out=$(wrk -t2 -c"$connections" -d"${soak}s" -s "$lua" "$base/")
after=$(rss)
rm -f "$lua"
echo "$out" | grep -E 'Requests/sec|requests in|Socket errors|Non-2xx' || true
echo "resident memory: ${before} kB before, ${after} kB after"
# The mix holds one deliberate 400 (?actor=nope); anything else is an error.
non2xx=$(awk -F': *' '/Non-2xx/ {print $2}' <<<"$out")
total=$(awk '/requests in/ {print $1}' <<<"$out")
expected_400=$(( total / 11 + 1 ))
if grep -q 'Socket errors' <<<"$out"; then echo "FAIL: socket errors"; exit 1; fi
if [ -n "$non2xx" ] && [ "$non2xx" -gt "$expected_400" ]; then echo "FAIL: $non2xx non-2xx answers"; exit 1; fi
if [ "$after" -gt $(( before * 2 + 20000 )) ]; then echo "FAIL: memory grew from $before kB to $after kB"; exit 1; fi
echo "soak: ok"
