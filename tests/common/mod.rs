//! What the HTTP-level test files share: the seed application, and the one
//! way they send a request through the router (no socket) and read the
//! answer.
#![allow(dead_code)]

pub mod corpus;

use std::sync::OnceLock;

use axum::Router;
use axum::body::Body;
use axum::http::request::Builder;
use axum::http::{HeaderMap, Request, StatusCode, header};
use csto_timeline::corpus::CorpusSource;
use csto_timeline::extract::load_corpus;
use csto_timeline::store::Store;
use csto_timeline::web::{AppState, Settings, app};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The seed store, built once per test binary.
pub fn seed_state() -> AppState {
    static STATE: OnceLock<AppState> = OnceLock::new();
    STATE
        .get_or_init(|| {
            let corpus = load_corpus(&CorpusSource::Seeds).expect("seeds load");
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

/// One answer of the router, read whole.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body as sent.
    pub bytes: Vec<u8>,
    /// The body as text (invalid UTF-8 replaced).
    pub body: String,
}

impl Answer {
    /// A header's value, or "" when it is absent or not text.
    pub fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn is_html(&self) -> bool {
        self.header(header::CONTENT_TYPE).starts_with("text/html")
    }

    /// The body as JSON; panics naming the body when it is not.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.bytes).unwrap_or_else(|e| {
            panic!("not JSON ({e}): {}", &self.body[..self.body.len().min(300)])
        })
    }
}

/// Sends one request through the router and reads the whole answer.
pub async fn send(router: &Router, request: Request<Body>) -> Answer {
    let response = router
        .clone()
        .oneshot(request)
        .await
        .expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("the body reads")
        .to_bytes()
        .to_vec();
    let body = String::from_utf8_lossy(&bytes).into_owned();
    Answer {
        status,
        headers,
        bytes,
        body,
    }
}

/// Sends a request made with a builder (method, address, headers), without a body.
pub async fn request(router: &Router, builder: Builder) -> Answer {
    send(
        router,
        builder.body(Body::empty()).expect("a valid request"),
    )
    .await
}

/// GET `uri`.
pub async fn fetch(router: &Router, uri: &str) -> Answer {
    request(router, Request::get(uri)).await
}

/// GET `uri` of the seed application: status and text.
pub async fn get(uri: &str) -> (StatusCode, String) {
    let answer = fetch(&seed_app(), uri).await;
    (answer.status, answer.body)
}

/// GET `uri` of the seed application as JSON: status and document.
pub async fn get_json(uri: &str) -> (StatusCode, serde_json::Value) {
    let answer = request(
        &seed_app(),
        Request::get(uri).header(header::ACCEPT, "application/json"),
    )
    .await;
    let content_type = answer.header(header::CONTENT_TYPE);
    assert!(
        content_type.starts_with("application/json"),
        "{uri}: content type {content_type}"
    );
    (answer.status, answer.json())
}
