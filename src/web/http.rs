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
//! The cache sits just inside the request id, the log line and the security
//! headers, and before the limits, the timeout, the conditional layer and
//! compression: a hit (or a 304 for a cached answer) skips all of those.

use std::time::Duration;

use axum::Router;
use axum::error_handling::HandleErrorLayer;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
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

/// Wraps the router in every layer, outermost first in reading order.
pub fn layers(router: Router, state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    let security = |name: &'static str, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        )
    };
    router
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
        .layer(middleware::from_fn(limit_uri))
        .layer(middleware::from_fn_with_state(state, cache))
        .layer(security("content-security-policy", CONTENT_SECURITY_POLICY))
        .layer(security("x-content-type-options", "nosniff"))
        .layer(security(
            "referrer-policy",
            "strict-origin-when-cross-origin",
        ))
        .layer(security("x-frame-options", "DENY"))
        .layer(security(
            "permissions-policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
        ))
        .layer(security("cross-origin-opener-policy", "same-origin"))
        .layer(CatchPanicLayer::new())
        .layer(middleware::from_fn(log_request))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
}

/// One log line per request: method, path, status, microseconds to the
/// response head, and the request id. One event and no span: a span per
/// request would cost an allocation and a registry entry on every hit of
/// the cache, for context that only the rare error logged inside a handler
/// would use. The line is formatted here and written by the logging thread.
async fn log_request(request: Request, next: Next) -> Response {
    if !tracing::enabled!(tracing::Level::INFO) {
        return next.run(request).await;
    }
    let started = std::time::Instant::now();
    let method = request.method().clone();
    // A URI and a header value share their bytes: cloning copies no text.
    let uri = request.uri().clone();
    let id = request.headers().get("x-request-id").cloned();
    let response = next.run(request).await;
    tracing::info!(
        method = %method,
        path = uri.path(),
        status = response.status().as_u16(),
        micros = started.elapsed().as_micros() as u64,
        request_id = id.as_ref().and_then(|v| v.to_str().ok()).unwrap_or("-"),
        "request"
    );
    response
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

/// Serves repeated GETs from memory, before the limits, the timeout, the
/// conditional layer and compression run; keeps what the stack below
/// answers when it fits. A 400 or 404 is as determined by the corpus and
/// the address as a 200, and a bad link shared widely is asked for as
/// often as a good one, so those are kept too.
async fn cache(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() != Method::GET {
        return next.run(request).await;
    }
    // A URI shares its bytes: cloning it copies no text.
    let uri = request.uri().clone();
    let target = uri.path_and_query().map_or("", |pq| pq.as_str());
    let cache = state.cache();
    let lookup = cache.lookup(request.headers(), target);
    if let Some(entry) = cache.get(&lookup) {
        if is_fresh(request.headers(), &entry) {
            let mut response = StatusCode::NOT_MODIFIED.into_response();
            let headers = response.headers_mut();
            if let Some(tag) = entry.etag() {
                headers.insert(header::ETAG, tag.clone());
            }
            if let Some((_, value)) = entry.last_modified() {
                headers.insert(header::LAST_MODIFIED, value.clone());
            }
            return response;
        }
        return entry.response();
    }
    let last_modified = state.store().last_modified();
    let response = next.run(request).await;
    if !matches!(
        response.status(),
        StatusCode::OK | StatusCode::BAD_REQUEST | StatusCode::NOT_FOUND
    ) {
        return response;
    }
    cache.store(&lookup, last_modified, response).await
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
