//! Shared test helpers: the seed application and one-shot requests.
#![allow(dead_code)]

use std::sync::OnceLock;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use csto_timeline::corpus::{Corpus, CorpusSource};
use csto_timeline::store::Store;
use csto_timeline::web::{AppState, Settings, app};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The seed store, built once per test binary.
pub fn seed_state() -> AppState {
    static STATE: OnceLock<AppState> = OnceLock::new();
    STATE
        .get_or_init(|| {
            let corpus = Corpus::load(&CorpusSource::Seeds).expect("seeds load");
            AppState::new(
                Store::build(corpus).expect("seed data parses"),
                Settings::default(),
            )
        })
        .clone()
}

pub fn seed_app() -> Router {
    app(seed_state())
}

/// Sends one request and returns the status, headers and body.
pub async fn send(
    router: Router,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = router.oneshot(request).await.expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("the body reads")
        .to_bytes()
        .to_vec();
    (status, headers, body)
}

pub async fn get(uri: &str) -> (StatusCode, String) {
    let request = Request::get(uri).body(Body::empty()).unwrap();
    let (status, _, body) = send(seed_app(), request).await;
    (status, String::from_utf8_lossy(&body).into_owned())
}

pub async fn get_json(uri: &str) -> (StatusCode, serde_json::Value) {
    let request = Request::get(uri)
        .header(header::ACCEPT, "application/json")
        .body(Body::empty())
        .unwrap();
    let (status, headers, body) = send(seed_app(), request).await;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(
        content_type.starts_with("application/json"),
        "{uri}: content type {content_type}"
    );
    (
        status,
        serde_json::from_slice(&body).expect("the body is JSON"),
    )
}
