//! Property tests over query strings and paths: random bytes (raw where a
//! URI allows them, percent-encoded elsewhere), invalid percent-encoding,
//! invalid UTF-8, huge values and thousands of repeated parameters. Never a
//! 5xx, never a panic: always a page or a clear 4xx.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{seed_app, send};
use proptest::prelude::*;

const ROUTES: &[&str] = &[
    "/",
    "/api/events",
    "/events.csv",
    "/events.ics",
    "/feed.atom",
];
const PATHS: &[&str] = &[
    "/events/",
    "/documents/",
    "/actors/",
    "/topics/",
    "/api/events/",
    "/static/",
];
const KEYS: &[&str] = &["actor", "topic", "from", "to", "q", "order", "x", ""];

/// Percent-encodes every byte that may not stand raw in a URI.
fn encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b"-._~!$'()*+,;=:@/?".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A value: random bytes, or pieces that are known to be awkward.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..40).prop_map(|b| encode(&b)),
        Just("%".to_string()),
        Just("%zz".to_string()),
        Just("%e2%82".to_string()),
        Just("%ff%fe%00".to_string()),
        Just("99999-99".to_string()),
        Just("0000".to_string()),
        Just("2023-02-29".to_string()),
        Just("nikol-pashinyan".to_string()),
        Just("summits".to_string()),
        Just("a".repeat(300)),
        "[a-z0-9-]{0,12}",
    ]
}

fn query() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(KEYS), value(), any::<bool>()), 0..12).prop_map(
        |pairs| {
            pairs
                .into_iter()
                .map(|(k, v, with_equals)| {
                    if with_equals {
                        format!("{k}={v}")
                    } else {
                        format!("{k}{v}")
                    }
                })
                .collect::<Vec<_>>()
                .join("&")
        },
    )
}

async fn status_and_body(uri: &str) -> Option<(StatusCode, Vec<u8>)> {
    // Some byte strings are not URIs at all; a server never sees those.
    let request = Request::get(uri).body(Body::empty()).ok()?;
    let (status, _, body) = send(seed_app(), request).await;
    Some((status, body))
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_query_string_gets_a_page_or_a_clear_client_error(route in prop::sample::select(ROUTES), query in query()) {
        let uri = format!("{route}?{query}");
        if let Some((status, body)) = runtime().block_on(status_and_body(&uri)) {
            prop_assert!(!status.is_server_error(), "{uri}: {status}");
            prop_assert!(status.is_success() || status.is_redirection() || status.is_client_error(), "{uri}: {status}");
            prop_assert!(status.is_redirection() || !body.is_empty(), "{uri}: empty body");
            if route == "/api/events" && status == StatusCode::BAD_REQUEST {
                let json: serde_json::Value = serde_json::from_slice(&body).expect("a JSON error");
                prop_assert!(json["error"].is_string() && json["hint"].is_string(), "{uri}: {json}");
            }
        }
    }

    #[test]
    fn any_path_under_a_route_gets_a_page_or_a_clear_client_error(
        prefix in prop::sample::select(PATHS),
        bytes in prop::collection::vec(any::<u8>(), 0..60),
    ) {
        let uri = format!("{prefix}{}", encode(&bytes));
        if let Some((status, _)) = runtime().block_on(status_and_body(&uri)) {
            prop_assert!(!status.is_server_error(), "{uri}: {status}");
        }
    }
}

#[tokio::test]
async fn thousands_of_repeated_parameters_are_a_400() {
    let uri = format!("/api/events?{}", "actor=armenia&".repeat(200));
    let (status, body) = status_and_body(&uri).await.unwrap();
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(String::from_utf8_lossy(&body).contains("at most"));
    let uri = format!("/?{}", "topic=summits&".repeat(2000));
    let (status, _) = status_and_body(&uri).await.unwrap();
    assert_eq!(status, StatusCode::URI_TOO_LONG);
}

#[tokio::test]
async fn a_huge_value_is_refused_with_its_length() {
    let uri = format!("/api/events?q={}", "x".repeat(1000));
    let (status, body) = status_and_body(&uri).await.unwrap();
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(String::from_utf8_lossy(&body).contains("1000 characters"));
}
