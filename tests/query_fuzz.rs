//! Property tests over query strings and paths: random bytes (raw wherever
//! a URI allows them, percent-encoded elsewhere), invalid percent-encoding,
//! invalid UTF-8, random parameter names, impossible dates, huge values and
//! thousands of repeated parameters. Never a 5xx, never a panic: always a
//! page or a clear 4xx with a body that says what was wrong.

mod common;

use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, Uri, header};
use common::{seed_app, send};
use proptest::prelude::*;

/// Routes that read a query string.
const ROUTES: &[&str] = &[
    "/",
    "/api/events",
    "/events.csv",
    "/events.ics",
    "/feed.atom",
];
/// Routes that take an id in the path.
const PATHS: &[&str] = &[
    "/events/",
    "/documents/",
    "/actors/",
    "/topics/",
    "/api/events/",
];
const KEYS: &[&str] = &["actor", "topic", "from", "to", "q", "order"];
/// Longest request target the server accepts (see `web::http`).
const MAX_URI_BYTES: usize = 4096;

/// Which bytes `http` accepts unencoded in a path (`[0]`) and a query (`[1]`).
fn raw_bytes() -> &'static [[bool; 256]; 2] {
    static TABLE: OnceLock<[[bool; 256]; 2]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [[false; 256]; 2];
        for byte in 0..=255u8 {
            for (part, prefix) in [&b"/a"[..], &b"/?a"[..]].into_iter().enumerate() {
                let mut uri = prefix.to_vec();
                uri.push(byte);
                table[part][byte as usize] = Uri::try_from(&uri[..]).is_ok();
            }
        }
        table
    })
}

/// Bytes as they may stand in a query (`in_query`) or a path: raw where a
/// URI allows them (`%`, `&`, `=`, `+` and `#` are not taken raw, so that
/// the structure of the address is the one generated), percent-encoded
/// elsewhere (every byte of 0x80 and above, so invalid UTF-8 too).
fn encode(bytes: &[u8], in_query: bool) -> String {
    let table = &raw_bytes()[usize::from(in_query)];
    let mut out = String::new();
    for &b in bytes {
        if table[b as usize] && !b"%&=+#?/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A query value made fit for a path segment: what a path does not take
/// raw is encoded, escapes (broken or not) are kept.
fn as_segment(value: &str) -> String {
    let table = &raw_bytes()[0];
    let mut out = String::new();
    for b in value.bytes() {
        if b == b'%' || table[b as usize] && !b"?#/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Values known to be awkward: broken escapes, invalid UTF-8, impossible
/// dates, near-misses of valid values.
const AWKWARD: &[&str] = &[
    "%",
    "%%",
    "%z",
    "%zz",
    "%2",
    "%e2%82",
    "%e2%82%",
    "%ff%fe%00",
    "%c0%af",
    "%ed%a0%80",
    "%00",
    "%0a%0d",
    "+",
    "%20",
    "+%20+",
    "==",
    "=%3D=",
    ";",
    "%26",
    "%3F%23",
    "99999-99",
    "0000",
    "-1",
    "2023-02-29",
    "2022-13",
    "2022-00-10",
    "9999-12-31",
    "0001-01-01",
    "2022-11-23",
    "2022-11",
    "2022",
    "%EF%BC%91%EF%BC%99%EF%BC%99%EF%BC%99",
    "2022-11-23T10:00",
    "newest",
    "oldest",
    "desc",
    "NEWEST",
    "armenia",
    "nikol-pashinyan",
    "Pashinyan",
    "summits",
    "peacekeeping",
    "csto",
];

/// A value: random bytes, random text, or pieces that are known to be awkward.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(any::<u8>(), 0..40).prop_map(|b| encode(&b, true)),
        // Random bytes with their raw `%`, `+` and `=` kept: broken escapes.
        2 => prop::collection::vec(any::<u8>(), 0..40).prop_map(|b| {
            encode(&b, true).replace("%25", "%").replace("%2B", "+").replace("%3D", "=")
        }),
        2 => any::<String>().prop_map(|s| encode(s.as_bytes(), true)),
        1 => "[a-z0-9%+-]{0,12}",
        3 => prop::sample::select(AWKWARD)
        .prop_map(str::to_string),
        1 => (1usize..=10_000, prop::sample::select(vec!["a", "%e2%82", "%C3%A9", "%", "x+"]))
            .prop_map(|(n, piece)| piece.repeat(n)),
    ]
}

/// A parameter name: a known one, a random one, or random bytes.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(KEYS).prop_map(str::to_string),
        1 => "[a-zA-Z_\\[\\]0-9]{0,10}",
        1 => prop::collection::vec(any::<u8>(), 0..12).prop_map(|b| encode(&b, true)),
        1 => prop::sample::select(KEYS).prop_map(|k| k.to_uppercase()),
        1 => prop::sample::select(KEYS).prop_map(|k| format!("{k}%00")),
    ]
}

/// One piece of a query: `key=value`, `keyvalue`, `key=` or a run of
/// repeated parameters (up to thousands).
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (key(), value()).prop_map(|(k, v)| format!("{k}={v}")),
        1 => (key(), value()).prop_map(|(k, v)| format!("{k}{v}")),
        1 => key().prop_map(|k| format!("{k}=")),
        1 => (prop::sample::select(KEYS), "[a-z0-9%+-]{0,8}", 1usize..3000)
            .prop_map(|(k, v, n)| format!("{k}={v}&").repeat(n)),
    ]
}

/// `http` cannot hold a URI of 64 KiB or more (nor can a server receive
/// one); longer queries are cut there, which may cut an escape in two.
const MAX_GENERATED_URI: usize = 60_000;

fn query() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..10).prop_map(|pieces| {
        let mut query = pieces.join("&");
        query.truncate(MAX_GENERATED_URI);
        query
    })
}

thread_local! {
    static RUNTIME: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
}

/// A URI for a message: the start of it, and its length when cut.
fn shown(uri: &str) -> String {
    let mut shown: String = uri.chars().take(300).collect();
    if shown.len() < uri.len() {
        shown.push_str(&format!("… ({} bytes)", uri.len()));
    }
    shown
}

/// Sends a GET for `uri`, which must be a valid URI.
fn get(uri: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
    let request = Request::get(uri)
        .body(Body::empty())
        .unwrap_or_else(|e| panic!("the test built an invalid URI {}: {e}", shown(uri)));
    let answer = RUNTIME.with(|runtime| runtime.block_on(send(&seed_app(), request)));
    (answer.status, answer.headers, answer.bytes)
}

/// What every answer must be: no 5xx (a panic is answered 500), a 2xx or a
/// 4xx with a body, or a redirect to an address that is itself answered so.
/// A 400 of `/api/events` is JSON with `error` and `hint`.
fn check_answer(uri: &str) -> Result<(), TestCaseError> {
    let (status, headers, body) = get(uri);
    let shown = || shown(uri);
    prop_assert!(!status.is_server_error(), "{}: {status}", shown());
    if status.is_redirection() {
        // The front page redirects a valid view to its one canonical address.
        let location = headers
            .get(header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .unwrap_or_default()
            .to_string();
        prop_assert!(
            location.starts_with('/'),
            "{}: {status} to {location:?}",
            shown()
        );
        let (status, _, body) = get(&location);
        prop_assert!(
            status.is_success(),
            "{}: redirected to {location}, which answers {status}",
            shown()
        );
        prop_assert!(!body.is_empty(), "{}: {location}: empty body", shown());
        return Ok(());
    }
    prop_assert!(
        status.is_success() || status.is_client_error(),
        "{}: {status}",
        shown()
    );
    prop_assert!(!body.is_empty(), "{}: {status} with an empty body", shown());
    prop_assert!(
        headers.contains_key(header::CONTENT_TYPE),
        "{}: no content type",
        shown()
    );
    if uri.starts_with("/api/events?") && status == StatusCode::BAD_REQUEST {
        let json: serde_json::Value = serde_json::from_slice(&body).map_err(|e| {
            TestCaseError::fail(format!("{}: a 400 that is not JSON: {e}", shown()))
        })?;
        for field in ["error", "hint"] {
            prop_assert!(
                json[field].as_str().is_some_and(|s| !s.trim().is_empty()),
                "{}: no {field} in {json}",
                shown()
            );
        }
    }
    Ok(())
}

/// `cases` per property, or `PROPTEST_CASES` for a longer search.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(cases),
        // The failing input is printed; nothing is written into the tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn any_query_string_gets_a_page_or_a_clear_client_error(
        route in prop::sample::select(ROUTES),
        query in query(),
    ) {
        check_answer(&format!("{route}?{query}"))?;
    }
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn any_id_in_the_path_gets_a_page_or_a_clear_client_error(
        prefix in prop::sample::select(PATHS),
        id in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..60).prop_map(|b| encode(&b, false)),
            any::<String>().prop_map(|s| encode(s.as_bytes(), false)),
            value().prop_map(|v| as_segment(&v)),
        ],
        query in prop::option::of(query()),
    ) {
        let mut uri = match query {
            Some(query) => format!("{prefix}{id}?{query}"),
            None => format!("{prefix}{id}"),
        };
        uri.truncate(MAX_GENERATED_URI);
        check_answer(&uri)?;
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// Many filter values, within the address limit: more than 50 is a 400.
    #[test]
    fn many_repeated_filters_are_refused_not_served(
        route in prop::sample::select(ROUTES),
        key in prop::sample::select(vec!["actor", "topic"]),
        value in "[a-z-]{1,8}",
        count in 1usize..600,
    ) {
        let pair = format!("{key}={value}&");
        let count = count.min((MAX_URI_BYTES - route.len() - 1) / pair.len());
        let uri = format!("{route}?{}", pair.repeat(count));
        check_answer(&uri)?;
        if count > 50 {
            prop_assert_eq!(get(&uri).0, StatusCode::BAD_REQUEST, "{} values", count);
        }
    }
}

#[test]
fn the_encoder_gives_valid_uris_for_every_byte() {
    let every_byte: Vec<u8> = (0..=255).collect();
    for in_query in [false, true] {
        let encoded = encode(&every_byte, in_query);
        let uri = if in_query {
            format!("/?q={encoded}")
        } else {
            format!("/events/{encoded}")
        };
        assert!(Uri::try_from(&uri).is_ok(), "{uri}");
        // Some bytes do stand raw, so both kinds are exercised.
        assert!(
            encoded.contains('~') && encoded.contains("%FF"),
            "{encoded}"
        );
    }
}

#[test]
fn every_awkward_value_is_answered_on_every_route() {
    for (i, value) in AWKWARD.iter().enumerate() {
        for (r, route) in ROUTES.iter().enumerate() {
            let key = KEYS[(i + r) % KEYS.len()];
            check_answer(&format!("{route}?{key}={value}")).unwrap();
        }
        for prefix in PATHS {
            check_answer(&format!("{prefix}{}", as_segment(value))).unwrap();
        }
    }
}

#[test]
fn an_address_longer_than_the_limit_is_a_414() {
    for route in [
        "/",
        "/api/events",
        "/events.csv",
        "/events.ics",
        "/feed.atom",
    ] {
        let at_limit = format!("{route}?q={}", "x".repeat(MAX_URI_BYTES - route.len() - 3));
        assert_eq!(at_limit.len(), MAX_URI_BYTES);
        let (status, _, _) = get(&at_limit);
        assert_ne!(status, StatusCode::URI_TOO_LONG, "{route} at the limit");
        let over = format!("{at_limit}x");
        let (status, _, body) = get(&over);
        assert_eq!(status, StatusCode::URI_TOO_LONG, "{route}");
        assert!(
            String::from_utf8_lossy(&body).contains("4097 bytes"),
            "{route}: {}",
            String::from_utf8_lossy(&body)
        );
    }
    for uri in [
        format!("/events/{}", "a".repeat(5000)),
        format!("/actors/{}", "%e2%82".repeat(1000)),
        format!("/?q={}", "x".repeat(10_000)),
        format!("/api/events?{}", "actor=x&".repeat(2000)),
        format!("/?{}", "topic=summits&".repeat(2000)),
    ] {
        assert_eq!(get(&uri).0, StatusCode::URI_TOO_LONG, "{}", &uri[..40]);
    }
}

#[test]
fn two_hundred_actor_values_are_a_400() {
    let query = "actor=armenia&".repeat(200);
    let (status, headers, body) = get(&format!("/api/events?{query}"));
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(json["error"].as_str().unwrap().contains("200"), "{json}");
    assert!(
        json["hint"].as_str().unwrap().contains("at most 50"),
        "{json}"
    );
    for route in ["/", "/events.csv", "/events.ics", "/feed.atom"] {
        let (status, _, body) = get(&format!("{route}?{query}"));
        assert_eq!(status, StatusCode::BAD_REQUEST, "{route}");
        assert!(!body.is_empty(), "{route}");
    }
}

#[test]
fn a_long_search_is_refused_with_its_length() {
    let (status, _, body) = get(&format!("/api/events?q={}", "x".repeat(1000)));
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(String::from_utf8_lossy(&body).contains("1000 characters"));
}
