//! While the store is being built: the server already listens, `/healthz`
//! says it is alive, and every other address gets a short 503 that says how
//! far loading has come, with `Retry-After`, in JSON for the API and
//! `/readyz`, in HTML for pages. Orchestrators keep traffic away until
//! `/readyz` answers 200; people who arrive early are told to wait.

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;

/// Seconds a client is asked to wait before asking again.
const RETRY_AFTER: &str = "2";

/// Lets requests through once the store is ready; answers for it before.
pub async fn gate(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if state.is_ready() {
        return next.run(request).await;
    }
    let base = &state.settings().base_path;
    let path = request.uri().path();
    let local = path.strip_prefix(base.as_str()).unwrap_or(path);
    // Liveness and static files need no corpus.
    if local == "/healthz" || local.starts_with("/static/") {
        return next.run(request).await;
    }
    let seen = state.progress().seen();
    let message = if seen.total > 0 {
        format!("loading {} of {} articles", seen.done, seen.total)
    } else {
        format!("loading ({})", seen.phase.label())
    };
    let json = local == "/readyz" || local.starts_with("/api/") || local == "/api";
    let retry = [(header::RETRY_AFTER, RETRY_AFTER)];
    if json {
        let body = serde_json::json!({
            "status": "loading",
            "phase": seen.phase.label(),
            "done": seen.done,
            "total": seen.total,
            "message": message,
        });
        (StatusCode::SERVICE_UNAVAILABLE, retry, axum::Json(body)).into_response()
    } else {
        let html = format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta http-equiv=\"refresh\" content=\"{RETRY_AFTER}\">\
             <title>Loading – Armenia–CSTO Timeline</title></head>\
             <body><main><h1>Loading the timeline</h1><p>{message}. This page \
             reloads by itself.</p></main></body></html>\n"
        );
        (
            StatusCode::SERVICE_UNAVAILABLE,
            retry,
            [(header::CACHE_CONTROL, "no-store")],
            axum::response::Html(html),
        )
            .into_response()
    }
}
