# csto-timeline: a self-hosted timeline of Armenia's relations with the CSTO.
#
# Build:  docker build -t csto-timeline .
# Run:    docker run -p 3000:3000 csto-timeline
#         (serves the seed corpus compiled into the binary)
# With your own articles:
#         docker run -p 3000:3000 -v "$PWD/articles:/corpus:ro" \
#             -e TIMELINE_CORPUS=/corpus csto-timeline

# ---------------------------------------------------------------- build ----
FROM rust:1-bookworm AS build
# Marks this stage's images, which the runtime image does not need, so that
# they can be found and removed after a build (tests/container/run.sh does).
LABEL org.csto-timeline.stage=build

WORKDIR /src

# Dependencies first, in a layer of their own: it is rebuilt only when
# Cargo.toml or Cargo.lock change, not on every edit of the sources.
# The manifest names a benchmark target, so a placeholder stands in for it too.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src benches \
    && echo 'fn main() {}' > src/main.rs \
    && touch src/lib.rs \
    && echo 'fn main() {}' > benches/pipeline.rs \
    && cargo build --release --locked \
    && rm -rf src benches

# The crate itself. Its own artifacts from the placeholder build above are
# removed, so that cargo cannot mistake them for up to date (COPY keeps the
# files' original modification times, which may be older).
COPY . .
RUN cargo clean --release --package csto-timeline \
    && cargo build --release --locked \
    && install -D -m 0755 target/release/csto-timeline /out/csto-timeline

# -------------------------------------------------------------- runtime ----
FROM debian:bookworm-slim

# Where the source lives, for the image's metadata: pass
# --build-arg SOURCE_URL=https://... when publishing the image.
ARG SOURCE_URL=""
LABEL org.opencontainers.image.title="csto-timeline" \
      org.opencontainers.image.description="A self-hosted timeline of Armenia's relations with the CSTO, built from news articles" \
      org.opencontainers.image.source="${SOURCE_URL}" \
      org.opencontainers.image.licenses="MIT"

# An unprivileged user with a fixed id, so that files mounted into the
# container can be given to it from the host.
RUN groupadd --system --gid 10001 timeline \
    && useradd --system --uid 10001 --gid timeline --no-create-home \
       --home-dir /nonexistent --shell /usr/sbin/nologin timeline \
    && mkdir /corpus

COPY --from=build /out/csto-timeline /usr/local/bin/csto-timeline

USER 10001:10001

# Listen on every interface of the container; publish the port with -p.
# Mount a folder of articles (*.txt, optional corpus.toml) at /corpus and set
# TIMELINE_CORPUS=/corpus to serve it instead of the built-in seed corpus.
ENV TIMELINE_LISTEN=0.0.0.0:3000
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["csto-timeline", "healthcheck"]

STOPSIGNAL SIGTERM
ENTRYPOINT ["csto-timeline"]
