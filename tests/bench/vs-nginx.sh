#!/usr/bin/env bash
# The server against nginx serving the very same bytes: a filtered page of a
# generated corpus, fetched once from the server with gzip, written to a file
# that nginx serves with the same headers. Both get the same wrk run, one
# after the other, on loopback.
#
#   tests/bench/vs-nginx.sh [ARTICLES] [SECONDS] [CONNECTIONS]   # 1000 10 64
#
# Installs wrk and nginx from apt when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

articles=${1:-1000}
seconds=${2:-10}
connections=${3:-64}
page='/?actor=armenia'

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
cargo build --release --quiet
bin=target/release/csto-timeline
work=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
nginx_port=$(free_port)
server='' nginx_pid=''
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

TIMELINE_LOG=warn "$bin" generate --articles "$articles" -o "$work/corpus"
TIMELINE_LOG=warn "$bin" index --corpus "$work/corpus" -o "$work/snapshot" 2>/dev/null
# Request logging on, as in a deployment (one line per request at info),
# written to a file; SERVER_LOG_LEVEL=error turns it off.
"$bin" --corpus "$work/corpus" --index "$work/snapshot" --listen "127.0.0.1:$port" \
  --log-level "${SERVER_LOG_LEVEL:-info}" 2>"$work/server.log" &
server=$!
for _ in $(seq 600); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done

# nginx workers run as another user: they need to read the page.
chmod a+rx "$work"
mkdir -p "$work/www"
curl -sf -H 'Accept-Encoding: gzip' -o "$work/www/page.html.gz" "http://127.0.0.1:$port$page"
chmod a+r "$work/www/page.html.gz"
cat >"$work/nginx.conf" <<NGINX
worker_processes $(nproc);
pid $work/nginx.pid;
error_log $work/error.log;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location = / {
      default_type "text/html; charset=utf-8";
      add_header Content-Encoding gzip;
      add_header Vary Accept-Encoding;
      try_files /page.html.gz =404;
    }
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$nginx_port/" >/dev/null && break; sleep 0.05; done
curl -s -H 'Accept-Encoding: gzip' -o "$work/from-server" "http://127.0.0.1:$port$page"
curl -s -H 'Accept-Encoding: gzip' -o "$work/from-nginx" "http://127.0.0.1:$nginx_port/"
cmp "$work/from-server" "$work/from-nginx" || { echo "FAIL: nginx does not serve the same bytes"; ls -l "$work"; exit 1; }

echo "machine: $(nproc) cores, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "page: $page of $articles generated articles, $(stat -c %s "$work/www/page.html.gz") bytes gzip"
echo "wrk -t2 -c$connections -d${seconds}s --latency -H 'Accept-Encoding: gzip'"
printf '%-14s %12s %10s %10s\n' server req/s p50 p99
for target in "csto-timeline http://127.0.0.1:$port$page" "nginx http://127.0.0.1:$nginx_port/"; do
  read -r name url <<<"$target"
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' "$url")
  printf '%-14s %12s %10s %10s\n' "$name" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")"
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then grep -E 'Non-2xx|Socket errors' <<<"$out"; fi
done
