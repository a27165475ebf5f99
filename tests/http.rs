//! HTTP done properly: security headers, conditional requests, compression,
//! HEAD, limits, request ids, the base path and the static folder's walls.

mod common;

use std::io::Read;

use axum::http::{Request, StatusCode, header};
use common::{Answer, fetch, request, seed_app};
use csto_timeline::corpus::CorpusSource;
use csto_timeline::extract::load_corpus;
use csto_timeline::store::Store;
use csto_timeline::web::{AppState, Settings, app};

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    for uri in [
        "/",
        "/api/events",
        "/static/app.css",
        "/no-such-page",
        "/api/events?actor=nobody",
    ] {
        let Answer { headers, .. } = request(&seed_app(), Request::get(uri)).await;
        let csp = headers
            .get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{uri}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{uri}: {csp}");
        assert_eq!(
            headers.get("x-content-type-options").unwrap(),
            "nosniff",
            "{uri}"
        );
        assert!(headers.get("referrer-policy").is_some(), "{uri}");
        assert!(headers.get("permissions-policy").is_some(), "{uri}");
    }
}

#[tokio::test]
async fn pages_api_answers_and_exports_answer_304_to_a_matching_conditional_request() {
    for uri in [
        "/",
        "/?actor=armenia",
        "/api/events?topic=summits",
        "/events.csv",
        "/events.ics",
        "/feed.atom",
        "/about",
    ] {
        let Answer {
            status,
            headers,
            bytes: body,
            ..
        } = request(&seed_app(), Request::get(uri)).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert!(!body.is_empty());
        let etag = headers
            .get(header::ETAG)
            .unwrap_or_else(|| panic!("{uri} has no ETag"))
            .clone();
        let last_modified = headers.get(header::LAST_MODIFIED).unwrap().clone();

        let Answer {
            status,
            headers,
            bytes: body,
            ..
        } = request(
            &seed_app(),
            Request::get(uri).header(header::IF_NONE_MATCH, etag.clone()),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_MODIFIED, "{uri}");
        assert!(body.is_empty());
        assert_eq!(headers.get(header::ETAG), Some(&etag));

        let Answer { status, .. } = request(
            &seed_app(),
            Request::get(uri).header(header::IF_MODIFIED_SINCE, last_modified),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_MODIFIED, "{uri}");

        let Answer { status, .. } = request(
            &seed_app(),
            Request::get(uri).header(header::IF_NONE_MATCH, "W/\"something-else\""),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{uri}");
    }
}

#[tokio::test]
async fn different_views_have_different_etags() {
    let Answer { headers: a, .. } =
        request(&seed_app(), Request::get("/api/events?actor=armenia")).await;
    let Answer { headers: b, .. } =
        request(&seed_app(), Request::get("/api/events?actor=russia")).await;
    assert_ne!(a.get(header::ETAG), b.get(header::ETAG));
}

#[tokio::test]
async fn responses_are_compressed_as_the_client_asks() {
    let Answer { bytes: plain, .. } = request(&seed_app(), Request::get("/api/events")).await;

    let Answer {
        headers,
        bytes: gzipped,
        ..
    } = request(
        &seed_app(),
        Request::get("/api/events").header(header::ACCEPT_ENCODING, "gzip"),
    )
    .await;
    assert_eq!(headers.get(header::CONTENT_ENCODING).unwrap(), "gzip");
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&gzipped[..])
        .read_to_end(&mut unzipped)
        .unwrap();
    assert_eq!(unzipped, plain);
    assert!(gzipped.len() < plain.len() / 2);

    let Answer {
        headers,
        bytes: brotlied,
        ..
    } = request(
        &seed_app(),
        Request::get("/api/events").header(header::ACCEPT_ENCODING, "br"),
    )
    .await;
    assert_eq!(headers.get(header::CONTENT_ENCODING).unwrap(), "br");
    let mut unbrotlied = Vec::new();
    brotli::Decompressor::new(&brotlied[..], 4096)
        .read_to_end(&mut unbrotlied)
        .unwrap();
    assert_eq!(unbrotlied, plain);

    // Served again, from the cache: the same bytes.
    let Answer { bytes: again, .. } = request(
        &seed_app(),
        Request::get("/api/events").header(header::ACCEPT_ENCODING, "gzip"),
    )
    .await;
    assert_eq!(again, gzipped);
}

#[tokio::test]
async fn head_answers_like_get_without_a_body() {
    for uri in ["/", "/api/events", "/events.csv", "/healthz"] {
        let Answer {
            status: get_status,
            headers: get_headers,
            ..
        } = request(&seed_app(), Request::get(uri)).await;
        let Answer {
            status,
            headers,
            bytes: body,
            ..
        } = request(&seed_app(), Request::head(uri)).await;
        assert_eq!(status, get_status, "{uri}");
        assert!(body.is_empty(), "{uri}");
        assert_eq!(
            headers.get(header::CONTENT_TYPE),
            get_headers.get(header::CONTENT_TYPE),
            "{uri}"
        );
    }
}

#[tokio::test]
async fn an_over_long_address_is_a_414() {
    let uri = format!("/api/events?q={}", "a".repeat(5000));
    let Answer {
        status,
        bytes: body,
        ..
    } = request(&seed_app(), Request::get(uri)).await;
    assert_eq!(status, StatusCode::URI_TOO_LONG);
    assert!(String::from_utf8_lossy(&body).contains("4096"));
}

#[tokio::test]
async fn request_ids_are_returned_generated_or_given() {
    let Answer { headers, .. } = request(&seed_app(), Request::get("/healthz")).await;
    let generated = headers.get("x-request-id").unwrap().to_str().unwrap();
    assert_eq!(generated.len(), 36, "a UUID: {generated}");
    let Answer { headers, .. } = request(
        &seed_app(),
        Request::get("/healthz").header("x-request-id", "trace-me-42"),
    )
    .await;
    assert_eq!(headers.get("x-request-id").unwrap(), "trace-me-42");
}

#[tokio::test]
async fn static_paths_never_leave_the_static_folder() {
    let Answer {
        status, headers, ..
    } = request(&seed_app(), Request::get("/static/app.css")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers
            .get(header::CACHE_CONTROL)
            .unwrap()
            .to_str()
            .unwrap()
            .contains("max-age")
    );
    for uri in [
        "/static/../Cargo.toml",
        "/static/%2e%2e/Cargo.toml",
        "/static/..%2fsrc%2fmain.rs",
        "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/static/....//Cargo.toml",
        "/static/",
        "/static",
        "/static/nope.css",
    ] {
        let Answer {
            status,
            bytes: body,
            ..
        } = request(&seed_app(), Request::get(uri)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
        let body = String::from_utf8_lossy(&body);
        assert!(
            !body.contains("[package]") && !body.contains("root:"),
            "{uri} leaked a file"
        );
    }
}

fn under_prefix() -> axum::Router {
    let corpus = load_corpus(&CorpusSource::Seeds).unwrap();
    app(AppState::new(
        Store::build(corpus).unwrap(),
        Settings {
            base_path: "/timeline".into(),
            public_url: Some("https://example.org/timeline".into()),
        },
    ))
}

#[tokio::test]
async fn under_a_base_path_every_link_and_asset_follows_it() {
    let Answer {
        status,
        bytes: body,
        ..
    } = fetch(&under_prefix(), "/timeline/").await;
    assert_eq!(status, StatusCode::OK);
    let html = String::from_utf8(body).unwrap();
    let mut checked = 0;
    for attribute in ["href=\"", "src=\"", "action=\""] {
        for (at, _) in html.match_indices(attribute) {
            let value = &html[at + attribute.len()..];
            let value = &value[..value.find('"').unwrap()];
            if value.starts_with('/') {
                assert!(value.starts_with("/timeline/"), "{attribute}{value}");
                checked += 1;
            }
        }
    }
    assert!(checked > 10, "only {checked} links checked");
    for uri in [
        "/timeline/api/events",
        "/timeline/static/app.css",
        "/timeline/healthz",
        "/timeline/about",
    ] {
        let Answer { status, .. } = fetch(&under_prefix(), uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
    }
    let Answer { status, .. } = fetch(&under_prefix(), "/api/events").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// The seed corpus served with a response cache of `bytes` bytes.
fn with_cache(bytes: u64) -> AppState {
    let corpus = load_corpus(&CorpusSource::Seeds).unwrap();
    AppState::with_cache_bytes(Store::build(corpus).unwrap(), Settings::default(), bytes)
}

#[tokio::test]
async fn an_answer_too_large_for_the_cache_is_served_whole_and_not_kept() {
    let state = with_cache(32 * 1024);
    let router = app(state.clone());
    let events = state.store().events().len();
    for _ in 0..2 {
        let csv = fetch(&router, "/events.csv").await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(
            csv.bytes.len() > state.cache().max_entry(),
            "{} bytes is not larger than the largest kept answer",
            csv.bytes.len()
        );
        let mut rows = 0;
        for record in csv::Reader::from_reader(csv.bytes.as_slice()).records() {
            record.expect("a CSV record");
            rows += 1;
        }
        assert_eq!(rows, events);
        assert_eq!(state.cache().len(), 0, "the export was not kept");
    }
    // A small answer is kept, and served again the same.
    let first = fetch(&router, "/healthz").await;
    assert_eq!(state.cache().len(), 1);
    let again = fetch(&router, "/healthz").await;
    assert_eq!((again.status, again.bytes), (first.status, first.bytes));
    assert_eq!(state.cache().len(), 1);
}

#[tokio::test]
async fn the_cache_stays_within_its_bound_in_bytes() {
    let state = with_cache(64 * 1024);
    let router = app(state.clone());
    let ids: Vec<String> = state
        .store()
        .events()
        .iter()
        .map(|e| e.id.clone())
        .collect();
    for id in &ids {
        let uri = format!("/api/events/{id}");
        let answer = fetch(&router, &uri).await;
        assert_eq!(answer.status, StatusCode::OK, "{uri}");
        assert!(
            state.cache().bytes() <= state.cache().capacity(),
            "{} bytes kept in a cache of {}",
            state.cache().bytes(),
            state.cache().capacity()
        );
    }
    let kept = state.cache().len();
    assert!(
        kept > 5 && kept < ids.len(),
        "{kept} of {} answers kept: some, not all",
        ids.len()
    );
    let none = with_cache(0);
    let answer = fetch(&app(none.clone()), "/").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(none.cache().is_empty(), "a cache of 0 bytes keeps nothing");
}

#[tokio::test]
async fn an_answer_from_the_cache_has_the_headers_of_the_first() {
    let state = with_cache(8 * 1024 * 1024);
    let router = app(state.clone());
    let ask = || Request::get("/?q=summit").header(header::ACCEPT_ENCODING, "gzip, br");
    let first = request(&router, ask()).await;
    assert_eq!(first.status, StatusCode::OK);
    let kept = state.cache().len();
    assert_eq!(kept, 1);
    let second = request(&router, ask()).await;
    assert_eq!(
        state.cache().len(),
        kept,
        "the second answer came from the cache"
    );
    assert_eq!(second.bytes, first.bytes);
    for name in [
        header::ETAG,
        header::LAST_MODIFIED,
        header::CONTENT_TYPE,
        header::CONTENT_ENCODING,
        header::VARY,
        header::CONTENT_SECURITY_POLICY,
        header::X_CONTENT_TYPE_OPTIONS,
    ] {
        assert!(
            !first.header(name.clone()).is_empty(),
            "{name} on the first"
        );
        assert_eq!(
            second.header(name.clone()),
            first.header(name.clone()),
            "{name}"
        );
    }
    let ids = [&first, &second].map(|a| {
        a.header(header::HeaderName::from_static("x-request-id"))
            .to_string()
    });
    assert!(
        !ids[0].is_empty() && ids[0] != ids[1],
        "each answer has its own request id: {ids:?}"
    );
    // A conditional request for the cached answer is a 304 with its validators.
    let etag = first.header(header::ETAG).to_string();
    let not_modified = request(&router, ask().header(header::IF_NONE_MATCH, etag.clone())).await;
    assert_eq!(not_modified.status, StatusCode::NOT_MODIFIED);
    assert_eq!(not_modified.header(header::ETAG), etag);
    assert!(not_modified.bytes.is_empty());
    assert!(
        !not_modified
            .header(header::CONTENT_SECURITY_POLICY)
            .is_empty()
    );
    // Another encoding is another answer.
    let plain = fetch(&router, "/?q=summit").await;
    assert!(plain.header(header::CONTENT_ENCODING).is_empty());
    assert_eq!(state.cache().len(), kept + 1);
}
