//! A hostile corpus: markup in articles and in the manifest, a 10 MB line,
//! invalid UTF-8, an empty file, a binary file, CRLF line ends, a byte-order
//! mark, a manifest entry for a missing file and a file that is no article.
//! The server starts, accounts for every file, and no page, feed or export
//! carries the injected markup unescaped.

mod common;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::send;
use csto_timeline::corpus::{Corpus, CorpusSource, MAX_DOCUMENT_BYTES};
use csto_timeline::store::Store;
use csto_timeline::web::{AppState, Settings, app};

const SCRIPT: &str = "<script>alert(1)</script>";
const IMAGE: &str = "<img src=x onerror=alert(1)>";
const BREAKOUT: &str = "\"><b>";

/// Writes the hostile corpus into a fresh folder.
fn hostile_folder() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let folder = std::env::temp_dir().join(format!(
        "csto-hostile-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    let write = |name: &str, bytes: &[u8]| std::fs::write(folder.join(name), bytes).unwrap();
    write(
        "markup.txt",
        format!(
            "Pashinyan {SCRIPT} warns the CSTO\n\n\
             On 3 October 2023, {SCRIPT} the Parliament of Armenia ratified the Rome Statute {IMAGE}.\n\
             Pashinyan said on Tuesday that Armenia {BREAKOUT} would leave the CSTO.\n"
        )
        .as_bytes(),
    );
    write("huge.txt", &vec![b'a'; 10 * 1024 * 1024]);
    write(
        "latin1.txt",
        b"Yerevan \xe9t\xe9 \xff\xfe said on Tuesday.\n",
    );
    write("empty.txt", b"");
    write("binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    write(
        "crlf.txt",
        b"Armenia and the CSTO\r\n\r\nOn November 23, 2022, Pashinyan met Putin in Yerevan.\r\nPeskov said the CSTO was necessary.\r\n",
    );
    write(
        "bom.txt",
        "\u{feff}On 12 December 2022, Azerbaijani activists blocked the Lachin corridor.\n"
            .as_bytes(),
    );
    write("notes.md", b"# not an article\n");
    write(
        "corpus.toml",
        format!(
            "[documents.\"markup.txt\"]\ntitle = '{SCRIPT}{BREAKOUT}'\npublisher = '{IMAGE}'\nurl = 'javascript:alert(1)'\npublished = 2023-10-10\n\n\
             [documents.\"crlf.txt\"]\npublished = 2022-11-23\n\n\
             [documents.\"bom.txt\"]\npublished = 2023-01-10\n\n\
             [documents.\"gone.txt\"]\ntitle = \"A file that is not there\"\n"
        )
        .as_bytes(),
    );
    folder
}

fn hostile_app() -> (axum::Router, Store) {
    let folder = hostile_folder();
    let corpus =
        Corpus::load(&CorpusSource::Folder(folder.clone())).expect("a hostile corpus still loads");
    let store = Store::build(corpus.clone()).expect("the bundled data parses");
    let router = app(AppState::new(
        Store::build(corpus).unwrap(),
        Settings::default(),
    ));
    let _ = std::fs::remove_dir_all(folder);
    (router, store)
}

async fn fetch(router: &axum::Router, uri: &str) -> (StatusCode, String, String) {
    let (status, headers, body) = send(
        router.clone(),
        Request::get(uri).body(Body::empty()).unwrap(),
    )
    .await;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    (
        status,
        content_type,
        String::from_utf8_lossy(&body).into_owned(),
    )
}

#[tokio::test]
async fn every_file_is_accounted_for_with_its_reason() {
    let (router, _) = hostile_app();
    let (status, _, body) = fetch(&router, "/api/documents").await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    let documents = json["documents"].as_array().unwrap();
    let status_of = |id: &str| {
        let d = documents
            .iter()
            .find(|d| d["id"] == id)
            .unwrap_or_else(|| panic!("{id} is not listed"));
        (
            d["status"].as_str().unwrap().to_string(),
            d["reason"].as_str().unwrap_or("").to_string(),
        )
    };
    for loaded in ["markup.txt", "crlf.txt", "bom.txt"] {
        assert_eq!(status_of(loaded).0, "loaded", "{loaded}");
    }
    for (skipped, reason) in [
        ("huge.txt", &format!("{MAX_DOCUMENT_BYTES}")[..]),
        ("latin1.txt", "UTF-8"),
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
    ] {
        let (status, why) = status_of(skipped);
        assert_eq!(status, "skipped", "{skipped}");
        assert!(why.contains(reason), "{skipped}: {why}");
    }
    assert_eq!(status_of("gone.txt").0, "missing");
    assert!(
        documents.iter().all(|d| d["id"] != "notes.md"),
        "only .txt files are articles"
    );
    assert_eq!(documents.len(), 8);
}

#[tokio::test]
async fn crlf_and_byte_order_mark_articles_give_verbatim_quotes() {
    let (_, store) = hostile_app();
    let quotes: Vec<(&str, &str)> = store
        .events()
        .iter()
        .flat_map(|e| {
            e.sources
                .iter()
                .map(|s| (s.document.as_str(), s.quote.as_str()))
        })
        .collect();
    let crlf: Vec<&str> = quotes
        .iter()
        .filter(|(d, _)| *d == "crlf.txt")
        .map(|(_, q)| *q)
        .collect();
    assert!(
        crlf.contains(&"On November 23, 2022, Pashinyan met Putin in Yerevan."),
        "{crlf:?}"
    );
    let bom: Vec<&str> = quotes
        .iter()
        .filter(|(d, _)| *d == "bom.txt")
        .map(|(_, q)| *q)
        .collect();
    assert_eq!(
        bom,
        ["On 12 December 2022, Azerbaijani activists blocked the Lachin corridor."]
    );
    assert!(
        quotes
            .iter()
            .all(|(_, q)| !q.contains('\r') && !q.contains('\u{feff}'))
    );
}

#[tokio::test]
async fn no_page_feed_or_export_carries_the_markup_unescaped() {
    let (router, store) = hostile_app();
    assert!(
        store
            .events()
            .iter()
            .any(|e| e.sources.iter().any(|s| s.quote.contains(SCRIPT))),
        "the markup reaches events"
    );
    let mut uris: Vec<String> = [
        "/",
        "/?q=script",
        "/?q=alert",
        "/actors",
        "/topics",
        "/documents",
        "/about",
        "/feed.atom",
    ]
    .iter()
    .map(|u| u.to_string())
    .collect();
    uris.extend(store.events().iter().map(|e| format!("/events/{}", e.id)));
    uris.extend(
        store
            .documents()
            .iter()
            .map(|d| format!("/documents/{}", d.id)),
    );
    for uri in &uris {
        let (status, content_type, body) = fetch(&router, uri).await;
        assert!(status.is_success(), "{uri}: {status}");
        assert!(
            content_type.starts_with("text/html")
                || content_type.starts_with("application/atom+xml"),
            "{uri}: {content_type}"
        );
        // Escaped, the same text is harmless ("&lt;img src=x onerror=...").
        for needle in [SCRIPT, IMAGE, BREAKOUT, "<script>", "<img src=x"] {
            assert!(!body.contains(needle), "{uri} carries {needle:?} unescaped");
        }
        assert!(
            !body.contains("href=\"javascript:"),
            "{uri} links to javascript:"
        );
    }
    // Data formats carry the text as data, never as a page a browser would run.
    for uri in [
        "/api/events",
        "/events.csv",
        "/events.ics",
        "/api/documents",
    ] {
        let (status, headers, _) = send(
            router.clone(),
            Request::get(uri).body(Body::empty()).unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        let content_type = headers.get(header::CONTENT_TYPE).unwrap().to_str().unwrap();
        assert!(!content_type.contains("html"), "{uri}: {content_type}");
        assert_eq!(
            headers.get("x-content-type-options").unwrap(),
            "nosniff",
            "{uri}"
        );
    }
}

#[test]
fn a_manifest_that_does_not_parse_names_file_line_and_problem() {
    let folder = std::env::temp_dir().join(format!("csto-hostile-manifest-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("a.txt"),
        "On 3 October 2023, Armenia ratified the Rome Statute.\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("corpus.toml"),
        "[documents.\"a.txt\"]\ntitle = \"ok\"\npublished = \"soon\"\n",
    )
    .unwrap();
    let error = Corpus::load(&CorpusSource::Folder(folder.clone()))
        .unwrap_err()
        .to_string();
    let _ = std::fs::remove_dir_all(folder);
    assert!(error.contains("corpus.toml"), "{error}");
    assert!(error.contains("line 3"), "{error}");
    assert!(error.contains("soon"), "{error}");
}
