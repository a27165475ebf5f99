//! HTTP done properly, around every route: request ids and one log line per
//! request, security headers, limits, load shedding, conditional requests
//! (ETag and Last-Modified with 304s), a response cache and compression.
//!
//! The corpus is immutable, so a response is fully determined by the binary,
//! the corpus fingerprint and the request's path and query. That makes the
//! ETag computable before any work is done (a matching conditional request
//! is answered without running the handler), and makes whole responses
//! cacheable, compressed, until the corpus is reloaded.
//!
//! The cache is the outermost layer, with the request id and the log line:
//! a hit (or a 304 for a cached answer) is answered before routing and
//! before every other layer, from the kept bytes and headers of the first
//! answer, security headers included.

use std::convert::Infallible;
use std::future::Ready;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::error_handling::HandleErrorLayer;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use futures_util::future::{BoxFuture, Either};
use sha2::{Digest, Sha256};
use tower::{Service, ServiceBuilder, ServiceExt};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use super::AppState;

/// Longest request target (path and query) accepted, in bytes.
pub const MAX_URI_BYTES: usize = 4096;
/// Requests served at once before new ones are turned away with 503.
const MAX_CONCURRENT_REQUESTS: usize = 1024;
/// A request that takes longer than this is answered 408.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

/// No script or style from anywhere but this site, and no framing.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Security headers on every answer, unless the handler set its own.
const SECURITY_HEADERS: [(&str, &str); 6] = [
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
    ("x-frame-options", "DENY"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ),
    ("cross-origin-opener-policy", "same-origin"),
];

/// The header that carries a request's id, given by the client or made here.
const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Wraps the router in every layer, outermost first in reading order: the
/// front ([`Front`]: request id, log line and cache), then catching panics,
/// the security headers, limits, timeout, conditional requests and
/// compression. A router again, for tests and for nesting.
pub fn layers(router: Router, state: AppState) -> Router {
    Router::new().fallback_service(front(router, state))
}

/// [`layers`] as the service a listener serves: nothing before the front.
pub fn front(router: Router, state: AppState) -> Front {
    let mut inner = router
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn_with_state(state.clone(), conditional))
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|_: tower::BoxError| async {
                    (
                        StatusCode::SERVICE_UNAVAILABLE,
                        [(header::RETRY_AFTER, "1")],
                        "the server is busy; try again in a moment",
                    )
                }))
                .load_shed()
                .concurrency_limit(MAX_CONCURRENT_REQUESTS),
        )
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(middleware::from_fn(limit_uri));
    for (name, value) in SECURITY_HEADERS {
        inner = inner.layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        ));
    }
    Front {
        state,
        inner: inner.layer(CatchPanicLayer::new()),
    }
}

/// The outermost service: gives each request its id (the client's, or a
/// new one), answers from the cache when it can, and otherwise asks the
/// stack inside (which routes) and keeps its answer; one log line per
/// request either way. A cache hit costs a hash of the target and the
/// accepted encodings, a lookup, and the kept headers inserted into a new
/// map.
#[derive(Clone)]
pub struct Front {
    state: AppState,
    inner: Router,
}

/// Each connection is served by a copy of the front.
impl<L: axum::serve::Listener> Service<axum::serve::IncomingStream<'_, L>> for Front {
    type Response = Front;
    type Error = Infallible;
    type Future = Ready<Result<Front, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _: axum::serve::IncomingStream<'_, L>) -> Self::Future {
        std::future::ready(Ok(self.clone()))
    }
}

impl Service<Request> for Front {
    type Response = Response;
    type Error = Infallible;
    type Future = Either<
        Ready<Result<Response, Infallible>>,
        BoxFuture<'static, Result<Response, Infallible>>,
    >;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        // The router inside is always ready.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, mut request: Request) -> Self::Future {
        let logged = tracing::enabled!(tracing::Level::INFO);
        let started = logged.then(std::time::Instant::now);
        let given = request.headers().get(&REQUEST_ID).cloned();
        let id = given.clone().unwrap_or_else(new_request_id);
        let get = request.method() == Method::GET;
        if get {
            let target = request.uri().path_and_query().map_or("", |pq| pq.as_str());
            let cache = self.state.cache();
            if let Some(entry) = cache.get(&cache.lookup(request.headers(), target)) {
                let mut response = if is_fresh(request.headers(), &entry) {
                    not_modified(&entry)
                } else {
                    entry.response()
                };
                if let Some(started) = started {
                    log_line(
                        request.method(),
                        request.uri().path(),
                        response.status(),
                        started,
                        &id,
                    );
                }
                response.headers_mut().insert(REQUEST_ID, id);
                return Either::Left(std::future::ready(Ok(response)));
            }
        }
        // Handlers inside read the request's id from its headers; a cached
        // answer does not need it there.
        if given.is_none() {
            request.headers_mut().insert(REQUEST_ID, id.clone());
        }
        let state = self.state.clone();
        let inner = self.inner.clone();
        Either::Right(Box::pin(async move {
            // A URI and a header value share their bytes: cloning copies no text.
            let uri = request.uri().clone();
            let accept = request.headers().get(header::ACCEPT_ENCODING).cloned();
            let method = logged.then(|| request.method().clone());
            let last_modified = state.store().last_modified();
            let Ok(mut response) = inner.oneshot(request).await;
            let cacheable = matches!(
                response.status(),
                StatusCode::OK | StatusCode::BAD_REQUEST | StatusCode::NOT_FOUND
            );
            if get && cacheable {
                let target = uri.path_and_query().map_or("", |pq| pq.as_str());
                let cache = state.cache();
                let lookup = cache.lookup_accept(accept.as_ref(), target);
                response = cache.store(&lookup, last_modified, response).await;
            }
            response.headers_mut().insert(REQUEST_ID, id.clone());
            if let (Some(started), Some(method)) = (started, method) {
                log_line(&method, uri.path(), response.status(), started, &id);
            }
            Ok(response)
        }))
    }
}

/// A request id shaped as a random UUID (version 4), made without a system
/// call: a counter from a random start, mixed, so ids are unique within the
/// process and unpredictable enough to tell replicas apart.
fn new_request_id() -> HeaderValue {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicU64, Ordering};
    static KEYS: OnceLock<(u64, u64)> = OnceLock::new();
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let &(first, second) = KEYS.get_or_init(|| {
        use std::hash::{BuildHasher, RandomState};
        let random = RandomState::new();
        (random.hash_one(1u8), random.hash_one(2u8))
    });
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    // Both halves are bijections of the counter.
    let high = mix(first.wrapping_add(n));
    let low = mix(second ^ n);
    let mut bits = (u128::from(high) << 64) | u128::from(low);
    bits = (bits & !(0xf << 76)) | (0x4 << 76); // version 4
    bits = (bits & !(0x3 << 62)) | (0x2 << 62); // RFC 4122 variant
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = [0u8; 36];
    let mut nibble = 32;
    for (at, byte) in text.iter_mut().enumerate() {
        if matches!(at, 8 | 13 | 18 | 23) {
            *byte = b'-';
        } else {
            nibble -= 1;
            *byte = HEX[((bits >> (nibble * 4)) & 0xf) as usize];
        }
    }
    HeaderValue::from_bytes(&text).expect("hex digits and dashes")
}

/// SplitMix64's finaliser: a bijection that scatters consecutive numbers.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A 304 for a kept answer: its validators and the security headers.
fn not_modified(entry: &super::cache::Entry) -> Response {
    let mut response = StatusCode::NOT_MODIFIED.into_response();
    let headers = response.headers_mut();
    if let Some(tag) = entry.etag() {
        headers.insert(header::ETAG, tag.clone());
    }
    if let Some((_, value)) = entry.last_modified() {
        headers.insert(header::LAST_MODIFIED, value.clone());
    }
    for (name, value) in SECURITY_HEADERS {
        headers.insert(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    response
}

/// One log line per request: method, path, status, microseconds to the
/// response head, and the request id. One event and no span: a span per
/// request would cost an allocation and a registry entry on every hit of
/// the cache, for context that only the rare error logged inside a handler
/// would use. The line is written to a buffer of the serving thread and
/// written out by the logging thread, which drops lines rather than make a
/// request wait ([`super::logging`]).
fn log_line(
    method: &Method,
    path: &str,
    status: StatusCode,
    started: std::time::Instant,
    id: &HeaderValue,
) {
    super::logging::request(&super::logging::access::Request {
        target: module_path!(),
        method: method.as_str(),
        path,
        status: status.as_u16(),
        micros: started.elapsed().as_micros() as u64,
        request_id: id.to_str().unwrap_or("-"),
    });
}

/// 414 for a request target longer than anyone would type or share.
async fn limit_uri(request: Request, next: Next) -> Response {
    let length = request
        .uri()
        .path_and_query()
        .map_or(0, |pq| pq.as_str().len());
    if length > MAX_URI_BYTES {
        return (
            StatusCode::URI_TOO_LONG,
            format!("the address is {length} bytes long; at most {MAX_URI_BYTES} are accepted"),
        )
            .into_response();
    }
    next.run(request).await
}

/// The validator of a response: the binary's version, the corpus and the target.
fn entity_tag(state: &AppState, request: &Request) -> String {
    let mut hasher = Sha256::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(state.store().fingerprint().as_bytes());
    hasher.update(
        request
            .uri()
            .path_and_query()
            .map_or("", |pq| pq.as_str())
            .as_bytes(),
    );
    let digest: String = hasher
        .finalize()
        .iter()
        .take(10)
        .map(|b| format!("{b:02x}"))
        .collect();
    // Weak: the same entity is served gzip, brotli or plain.
    format!("W/\"{digest}\"")
}

fn matches_any(if_none_match: &str, tag: &str) -> bool {
    let bare = tag.trim_start_matches("W/");
    if_none_match.trim() == "*"
        || if_none_match
            .split(',')
            .any(|candidate| candidate.trim().trim_start_matches("W/") == bare)
}

/// ETag and Last-Modified on every successful GET or HEAD; 304 when the
/// client already has it, answered before the handler runs.
async fn conditional(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let tag = entity_tag(&state, &request);
    let last_modified = httpdate::fmt_http_date(state.store().last_modified());
    let headers = request.headers();
    let fresh = match headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        Some(if_none_match) => matches_any(if_none_match, &tag),
        None => headers
            .get(header::IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|since| httpdate::parse_http_date(since).ok())
            .is_some_and(|since| since >= state.store().last_modified() - Duration::from_secs(1)),
    };
    if fresh {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        set_validators(response.headers_mut(), &tag, &last_modified);
        return response;
    }
    let mut response = next.run(request).await;
    if response.status() == StatusCode::OK {
        set_validators(response.headers_mut(), &tag, &last_modified);
    }
    response
}

fn set_validators(headers: &mut HeaderMap, tag: &str, last_modified: &str) {
    if let Ok(value) = HeaderValue::from_str(tag) {
        headers.insert(header::ETAG, value);
    }
    if let Ok(value) = HeaderValue::from_str(last_modified) {
        headers.insert(header::LAST_MODIFIED, value);
    }
}

/// Whether a conditional request matches a cached answer.
fn is_fresh(headers: &HeaderMap, entry: &super::cache::Entry) -> bool {
    if let Some(if_none_match) = headers.get(header::IF_NONE_MATCH) {
        return match (if_none_match.to_str(), entry.etag().map(|t| t.to_str())) {
            (Ok(wanted), Some(Ok(tag))) => matches_any(wanted, tag),
            _ => false,
        };
    }
    let Some((modified, _)) = entry.last_modified() else {
        return false;
    };
    headers
        .get(header::IF_MODIFIED_SINCE)
        .and_then(|v| v.to_str().ok())
        .and_then(|since| httpdate::parse_http_date(since).ok())
        .is_some_and(|since| since >= *modified - Duration::from_secs(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_compares_weakly_and_accepts_lists_and_star() {
        assert!(matches_any("W/\"abc\"", "W/\"abc\""));
        assert!(matches_any("\"abc\"", "W/\"abc\""));
        assert!(matches_any("\"x\", W/\"abc\"", "W/\"abc\""));
        assert!(matches_any("*", "W/\"abc\""));
        assert!(!matches_any("W/\"abd\"", "W/\"abc\""));
    }
}
