//! The server's log: tracing for what happens (start-up, reloads, errors),
//! and one line per request written without tracing's per-event work,
//! which at tens of thousands of requests a second cost more than serving
//! a cached page. Both go through one [`sink`]: buffers that a thread of
//! its own writes out, so no request waits on the log and lines of one
//! thread stay in order.
//!
//! A request line is the line tracing's text format would write for it
//! ([`access`]), so a reader of the log sees no difference. Whether it is
//! written at all is still tracing's decision (`--log-level`, the
//! environment's filter): the caller asks tracing first. Where the lines
//! would look otherwise (JSON, or colours on a terminal), or where no sink
//! was started (tests, tools), the line goes through tracing itself.

pub mod access;
pub mod sink;

pub use sink::{FlushOnDrop, SharedWriter, Sink, start};

use std::sync::atomic::{AtomicBool, Ordering};

/// Whether request lines are written straight to the sink.
static DIRECT: AtomicBool = AtomicBool::new(false);

/// Writes request lines straight to the sink started by [`start`]: only
/// when the log is plain text, as [`access`] writes it.
pub fn write_requests_directly(direct: bool) {
    DIRECT.store(direct, Ordering::Relaxed);
}

/// Logs one request, once tracing said that its lines are wanted.
pub fn request(line: &access::Request) {
    if DIRECT.load(Ordering::Relaxed)
        && let Some(sink) = sink::installed()
    {
        let now = std::time::SystemTime::now();
        sink.append_local(|buffer| access::write_line(buffer, now, line));
        return;
    }
    through_tracing(line);
}

/// The request line as an event of tracing: for JSON or coloured output,
/// and the line the direct writer must match byte for byte.
fn through_tracing(line: &access::Request) {
    tracing::info!(
        target: "csto_timeline::web::http",
        method = %line.method,
        path = line.path,
        status = line.status,
        micros = line.micros,
        request_id = line.request_id,
        "request"
    );
}
