#!/usr/bin/env bash
# Load time and peak memory of the release binary on generated corpora:
# cold (read and extract every article) and from a snapshot, each timed from
# process start until /readyz answers 200, with peak resident memory from
# /usr/bin/time -v.
#
#   tests/bench/load-time.sh [ARTICLES...]        # default: 1000 10000
#
# Corpora and snapshots go to a temporary folder that is removed at the end.
# Traffic goes to 127.0.0.1 only; each wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=("${@:-1000 10000}")
read -r -a sizes <<<"${sizes[*]}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
cargo build --release --quiet
bin=target/release/csto-timeline
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

# Runs the server with the given arguments; prints "SECONDS PEAK_KB".
until_ready() {
  local start end rss
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$work/time" "$bin" --listen "127.0.0.1:$port" --log-level warn "$@" 2>/dev/null &
  local pid=$!
  for _ in $(seq 6000); do  # at most 10 minutes
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")" = 200 ] && break
    sleep 0.1
  done
  end=$(date +%s.%N)
  kill "$(pgrep -P "$pid" csto-timeline)" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$work/time")
  echo "$(echo "$end - $start" | bc) $rss"
}

echo "machine: $(nproc) cores, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-9s %10s %10s %10s %12s %12s %14s\n' articles corpus_MB cold_s ms/article cold_peak_MB snapshot_s snapshot_peak_MB
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  TIMELINE_LOG=warn "$bin" generate --articles "$n" -o "$corpus"
  mb=$(du -sm --apparent-size "$corpus" | cut -f1)
  read -r cold cold_kb < <(until_ready --corpus "$corpus")
  TIMELINE_LOG=warn "$bin" index --corpus "$corpus" -o "$work/snapshot-$n" 2>/dev/null
  read -r warm warm_kb < <(until_ready --corpus "$corpus" --index "$work/snapshot-$n")
  printf '%-9s %10s %10.2f %10.2f %12d %12.2f %14d\n' "$n" "$mb" "$cold" "$(echo "$cold * 1000 / $n" | bc -l)" \
    $((cold_kb / 1024)) "$warm" $((warm_kb / 1024))
done
