//! Before the store is built: alive, not ready, and every page says how
//! far loading has come. The build is held by the test (a state that is
//! given its store only when the test says so), so nothing depends on timing.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use csto_timeline::corpus::CorpusSource;
use csto_timeline::extract::load_corpus;
use csto_timeline::progress::{Phase, Progress};
use csto_timeline::store::Store;
use csto_timeline::web::cache::DEFAULT_CACHE_BYTES;
use csto_timeline::web::{AppState, Settings, app};

async fn fetch(state: &AppState, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let request = Request::get(uri).body(Body::empty()).unwrap();
    let answer = common::send(&app(state.clone()), request).await;
    (answer.status, answer.headers, answer.body)
}

#[tokio::test]
async fn loading_answers_503_with_progress_until_the_store_is_given() {
    let progress = Progress::new();
    let state = AppState::loading(Settings::default(), progress.clone(), DEFAULT_CACHE_BYTES);
    progress.start(Phase::Extracting, Some(40));
    for _ in 0..7 {
        progress.advance();
    }

    let (status, _, _) = fetch(&state, "/healthz").await;
    assert_eq!(status, StatusCode::OK, "alive while loading");

    let (status, headers, body) = fetch(&state, "/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(headers[header::RETRY_AFTER], "2");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["status"], "loading");
    assert_eq!(
        (json["done"].as_u64(), json["total"].as_u64()),
        (Some(7), Some(40))
    );

    let (status, headers, body) = fetch(&state, "/api/events?actor=armenia").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    assert!(body.contains("loading 7 of 40 articles"), "{body}");

    for page in [
        "/",
        "/?actor=armenia",
        "/events/2022-01-01-00000000",
        "/no-such-page",
    ] {
        let (status, headers, body) = fetch(&state, page).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{page}");
        assert!(headers.contains_key(header::RETRY_AFTER), "{page}");
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        assert!(body.contains("loading 7 of 40 articles"), "{page}: {body}");
    }

    // The build finishes: the same state now serves the corpus.
    let store = Store::build(load_corpus(&CorpusSource::Seeds).unwrap()).unwrap();
    state.replace_store(store);
    let (status, _, body) = fetch(&state, "/readyz").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _, body) = fetch(&state, "/?actor=armenia").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!body.contains("Loading the timeline"));
}

#[tokio::test]
async fn a_loading_page_is_neither_cached_nor_validated() {
    let state = AppState::loading(Settings::default(), Progress::new(), DEFAULT_CACHE_BYTES);
    let (status, headers, _) = fetch(&state, "/").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(!headers.contains_key(header::ETAG));
    // A browser revalidating a page it had from an earlier run gets the
    // loading answer, not a 304.
    let request = Request::get("/")
        .header(header::IF_MODIFIED_SINCE, "Thu, 01 Jan 2015 00:00:00 GMT")
        .body(Body::empty())
        .unwrap();
    let status = common::send(&app(state.clone()), request).await.status;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
}
