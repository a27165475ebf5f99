//! `csto-timeline import`: saved pages, feeds and lists of links become a
//! corpus whose articles load with their metadata, without the debris of
//! the pages, and importing again changes nothing. Fetching is tested
//! against a server on the loopback interface; nothing here reaches the
//! network.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use csto_timeline::corpus::{Corpus, CorpusSource, Document, Manifest};
use csto_timeline::import::{FetchOptions, ImportOptions, Outcome, Report, import};
use csto_timeline::progress::Progress;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

/// A fresh, empty folder for one test.
fn folder(name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("csto-import-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    std::fs::create_dir_all(&path).unwrap();
    path
}

fn offline() -> ImportOptions {
    ImportOptions {
        offline: true,
        ..online()
    }
}

fn online() -> ImportOptions {
    ImportOptions {
        offline: false,
        fetch: FetchOptions {
            delay: Duration::ZERO,
            timeout: Duration::from_secs(5),
            max_bytes: 256 * 1024,
        },
    }
}

fn run(corpus: &Path, sources: &[String], options: &ImportOptions) -> Report {
    import(corpus, sources, options, &Progress::new()).unwrap()
}

/// The saved pages and the feed files with full content.
fn offline_sources() -> Vec<String> {
    vec![
        fixture("pages"),
        fixture("feeds/full-content.rss"),
        fixture("feeds/full-content.json"),
    ]
}

fn loaded(corpus: &Path) -> BTreeMap<String, Document> {
    Corpus::load(&CorpusSource::Folder(corpus.to_owned()))
        .unwrap()
        .documents
        .into_iter()
        .map(|d| (d.id.clone(), d))
        .collect()
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// Every file of a folder, name and bytes.
fn snapshot(corpus: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(corpus)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn skipped(report: &Report) -> Vec<(String, String)> {
    report
        .outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Skipped { origin, reason } => Some((origin.clone(), reason.clone())),
            _ => None,
        })
        .collect()
}

fn skip_reason(report: &Report, origin_part: &str) -> String {
    skipped(report)
        .into_iter()
        .find(|(origin, _)| origin.contains(origin_part))
        .unwrap_or_else(|| panic!("{origin_part} is not skipped:\n{}", report.summary()))
        .1
}

#[test]
fn saved_pages_and_feeds_become_a_corpus_with_their_metadata() {
    let corpus = folder("metadata");
    let report = run(&corpus, &offline_sources(), &offline());
    assert_eq!(report.imported(), 8, "{}", report.summary());
    let documents = loaded(&corpus);
    assert!(documents.values().all(|d| d.status.is_loaded()));
    let check = |file: &str, title: &str, publisher: Option<&str>, url: &str, published: &str| {
        let document = documents
            .get(file)
            .unwrap_or_else(|| panic!("no {file} in {:?}", documents.keys()));
        assert_eq!(document.title.as_deref(), Some(title), "{file}");
        assert_eq!(document.publisher.as_deref(), publisher, "{file}");
        assert_eq!(document.url.as_deref(), Some(url), "{file}");
        assert_eq!(document.published, day(published), "{file}");
    };
    // JSON-LD before Open Graph: the headline, the publisher given by
    // reference in the @graph, and the day in the outlet's own zone (01:30
    // in Yerevan, still the 22nd in UTC, which Open Graph gives).
    check(
        "2024-02-23_armenia-freezes-participation-in-russia-led-security-bloc.txt",
        "Armenia freezes participation in Russia-led security bloc",
        Some("Transcaucasus Wire"),
        "https://transcaucasus-wire.example/world/eurasia/armenia-freezes-csto",
        "2024-02-23",
    );
    // Open Graph only.
    check(
        "2023-11-21_pashinyan-will-not-attend-the-csto-summit-in-minsk.txt",
        "Pashinyan will not attend the CSTO summit in Minsk",
        Some("Yerevan State Herald"),
        "https://herald-state.example/en/politics/1130421.html",
        "2023-11-21",
    );
    // AMP: the canonical page, not the AMP address Open Graph repeats.
    check(
        "2023-01-10_armenia-will-not-host-csto-drills-this-year-says-pashinyan.txt",
        "Armenia will not host CSTO drills this year, says Pashinyan",
        Some("Kura Morning Post"),
        "https://kura-morning-post.example/politics/2023/01/10/armenia-cancels-csto-drills",
        "2023-01-10",
    );
    // RSS with full content: the feed's fields, the day as the feed wrote it.
    check(
        "2023-09-06_armenia-recalls-its-representative-to-the-csto.txt",
        "Armenia recalls its representative to the CSTO",
        Some("Lake Sevan Observer"),
        "https://sevan-observer.example/2023/09/06/armenia-recalls-csto-representative/",
        "2023-09-06",
    );
    // JSON Feed, HTML and plain-text content.
    check(
        "2024-03-12_pashinyan-says-armenia-could-leave-the-csto.txt",
        "Pashinyan says Armenia could leave the CSTO",
        Some("Eurasia Brief"),
        "https://eurasia-brief.example/2024/03/12/pashinyan-leave-csto",
        "2024-03-12",
    );
    check(
        "2024-02-28_armenia-stops-paying-into-the-csto-budget.txt",
        "Armenia stops paying into the CSTO budget",
        Some("Eurasia Brief"),
        "https://eurasia-brief.example/2024/02/28/armenia-stops-payments",
        "2024-02-28",
    );
    // No metadata: the headline from <title> less the site's name, the
    // address a browser noted when saving it, and no date (the loader
    // infers one from the text).
    let blog = &documents["undated_why-yerevan-is-drifting-away-from-the-csto.txt"];
    assert_eq!(
        blog.title.as_deref(),
        Some("Why Yerevan is drifting away from the CSTO")
    );
    assert_eq!(
        blog.url.as_deref(),
        Some("https://borderlands-notes.example/2024/03/why-yerevan-is-drifting")
    );
    assert_eq!(blog.publisher, None);
    assert_eq!(blog.published, None);

    // Where each field came from is recorded in the manifest.
    let text = std::fs::read_to_string(corpus.join("corpus.toml")).unwrap();
    let manifest = Manifest::parse("corpus.toml", &text).unwrap();
    let from = |file: &str| manifest.entry(file).unwrap().from.clone().unwrap();
    let wire = from("2024-02-23_armenia-freezes-participation-in-russia-led-security-bloc.txt");
    assert!(wire.values().all(|v| v == "json-ld"), "{wire:?}");
    let amp = from("2023-01-10_armenia-will-not-host-csto-drills-this-year-says-pashinyan.txt");
    assert_eq!(amp["url"], "canonical-link");
    assert_eq!(amp["title"], "open-graph");
    assert_eq!(amp["published"], "meta");
    let state = from("2023-11-21_pashinyan-will-not-attend-the-csto-summit-in-minsk.txt");
    assert!(state.values().all(|v| v == "open-graph"), "{state:?}");
    let blog = from("undated_why-yerevan-is-drifting-away-from-the-csto.txt");
    assert_eq!(blog["title"], "html-title");
    assert_eq!(blog["url"], "saved-from");
    assert!(
        from("2023-09-06_armenia-recalls-its-representative-to-the-csto.txt")
            .values()
            .all(|v| v == "feed")
    );
}

#[test]
fn pages_without_an_article_and_teasers_offline_are_skipped_with_their_reason() {
    let corpus = folder("skips");
    let report = run(
        &corpus,
        &[fixture("pages"), fixture("feeds/full-content.rss")],
        &offline(),
    );
    let front = skip_reason(&report, "section-front.html");
    assert!(front.starts_with("no article text"), "{front}");
    let teaser = skip_reason(&report, "Mirzoyan to visit Brussels");
    assert!(teaser.contains("only a short summary"), "{teaser}");
    assert!(
        teaser.contains("https://sevan-observer.example/2023/08/30/mirzoyan-brussels/")
            && teaser.contains("without --offline"),
        "{teaser}"
    );
    assert!(
        report.summary().contains("skipped    "),
        "{}",
        report.summary()
    );
}

/// The debris of the fixture pages: crawl-date bars, captions, related and
/// most-read links, newsletter boxes, share buttons, menus, footers.
const DEBRIS: [&str; 18] = [
    "retrieved 14 Mar 2024",
    "World > Eurasia",
    "Photo: Transcaucasus Wire",
    "Lukashenko hosts CSTO leaders",
    "Armenia recalls its envoy to the alliance (Sep 6, 2023)",
    "every Friday",
    "Share on",
    "foreign agents law",
    "All rights reserved",
    "Archive photo, 12 May 2021",
    "Mirzoyan meets Lavrov",
    "Interaction-2019",
    "Weather for January 11",
    "CSTO chief visits Yerevan",
    "Read also",
    "appeared first on",
    "Related: Armenia freezes CSTO role",
    "Viktor Biyagov in Moscow, 3 April 2021",
];

#[test]
fn the_debris_of_the_pages_never_reaches_the_timeline() {
    use csto_timeline::extract::load_corpus;
    use csto_timeline::store::Store;

    let corpus = folder("debris");
    run(&corpus, &offline_sources(), &offline());
    for (name, bytes) in snapshot(&corpus) {
        if !name.ends_with(".txt") {
            continue;
        }
        let text = String::from_utf8(bytes).unwrap();
        for debris in DEBRIS {
            assert!(!text.contains(debris), "{name} keeps {debris:?}:\n{text}");
        }
        // Paragraphs are kept as lines.
        assert!(text.lines().count() >= 2, "{name}:\n{text}");
    }
    let store = Store::build(load_corpus(&CorpusSource::Folder(corpus.clone())).unwrap()).unwrap();
    assert!(
        store.events().len() >= 10,
        "{} events",
        store.events().len()
    );
    for event in store.events() {
        for source in &event.sources {
            for debris in DEBRIS {
                assert!(
                    !source.quote.contains(debris),
                    "an event quotes debris {debris:?}: {}",
                    source.quote
                );
            }
        }
    }
    // The crawl date of the wire page's header dates nothing.
    assert!(
        store
            .events()
            .iter()
            .all(|e| !e.date.to_string().starts_with("2024-03-14")),
        "the crawl date became an event date"
    );
}

#[test]
fn importing_again_changes_nothing_and_says_so() {
    let corpus = folder("again");
    let first = run(&corpus, &offline_sources(), &offline());
    assert_eq!(first.imported(), 8);
    let before = snapshot(&corpus);
    let second = run(&corpus, &offline_sources(), &offline());
    assert_eq!(snapshot(&corpus), before, "a second import changed files");
    assert_eq!(
        (second.imported(), second.updated(), second.unchanged()),
        (0, 0, 8),
        "{}",
        second.summary()
    );
    let summary = second.summary();
    assert!(
        summary.contains("0 imported, 0 updated, 8 unchanged")
            && summary.contains("the corpus is unchanged"),
        "{summary}"
    );
    // The same page under another name is the same article.
    let copy = folder("again-copy");
    std::fs::copy(
        fixture("pages/wire-json-ld.html"),
        copy.join("saved-again.html"),
    )
    .unwrap();
    let third = run(&corpus, &[copy.display().to_string()], &offline());
    assert_eq!(third.unchanged(), 1, "{}", third.summary());
    assert_eq!(snapshot(&corpus), before);
}

#[test]
fn the_same_text_under_another_address_is_not_imported_twice() {
    let corpus = folder("same-text");
    run(&corpus, &[fixture("pages/wire-json-ld.html")], &offline());
    let before = snapshot(&corpus);
    // The same page republished under another address and outlet.
    let html = std::fs::read_to_string(fixture("pages/wire-json-ld.html"))
        .unwrap()
        .replace("transcaucasus-wire.example", "mirror.example");
    let pages = folder("same-text-pages");
    std::fs::write(pages.join("mirror.html"), html).unwrap();
    let report = run(&corpus, &[pages.display().to_string()], &offline());
    assert_eq!(report.unchanged(), 1, "{}", report.summary());
    assert!(report.summary().contains("the corpus has the same text"));
    assert_eq!(snapshot(&corpus), before);
}

#[test]
fn a_changed_article_updates_its_file_in_place() {
    let corpus = folder("changed");
    run(&corpus, &[fixture("pages/state-media-og.html")], &offline());
    let file = "2023-11-21_pashinyan-will-not-attend-the-csto-summit-in-minsk.txt";
    // The outlet corrected the article and its headline.
    let html = std::fs::read_to_string(fixture("pages/state-media-og.html"))
        .unwrap()
        .replace(
            "Ani Badalyan said.",
            "Ani Badalyan said on Tuesday evening.",
        )
        .replace(
            "content=\"Pashinyan will not attend the CSTO summit in Minsk\"",
            "content=\"Pashinyan will skip the CSTO summit in Minsk\"",
        );
    let pages = folder("changed-pages");
    std::fs::write(pages.join("corrected.html"), html).unwrap();
    let report = run(&corpus, &[pages.display().to_string()], &offline());
    assert_eq!(report.updated(), 1, "{}", report.summary());
    assert!(report.summary().contains("text and metadata changed"));
    let documents = loaded(&corpus);
    assert_eq!(documents.len(), 1, "{:?}", documents.keys());
    assert!(documents[file].text.contains("said on Tuesday evening."));
    assert_eq!(
        documents[file].title.as_deref(),
        Some("Pashinyan will skip the CSTO summit in Minsk")
    );
}

#[test]
fn an_existing_manifest_keeps_its_comments_and_order() {
    let corpus = folder("manifest");
    let hand_written = "\
# Our corpus: checked by hand, keep these notes.

[documents.\"b-second.txt\"]   # the order is ours, not alphabetical
title = \"A hand-made article\"  # checked against the print edition
published = 2023-05-01

# A note about the next one.
[documents.\"a-first.txt\"]
publisher = \"Somebody\"
";
    std::fs::write(corpus.join("corpus.toml"), hand_written).unwrap();
    std::fs::write(
        corpus.join("b-second.txt"),
        "Armenia did something on May 1.\n",
    )
    .unwrap();
    std::fs::write(corpus.join("a-first.txt"), "Another article.\n").unwrap();
    run(
        &corpus,
        &[
            fixture("pages/wire-json-ld.html"),
            fixture("pages/amp-article.html"),
        ],
        &offline(),
    );
    let text = std::fs::read_to_string(corpus.join("corpus.toml")).unwrap();
    assert!(
        text.starts_with(hand_written),
        "the hand-written part changed:\n{text}"
    );
    let wire = text
        .find("[documents.\"2024-02-23_armenia-freezes")
        .unwrap();
    let amp = text
        .find("[documents.\"2023-01-10_armenia-will-not")
        .unwrap();
    assert!(wire < amp, "new entries are not in import order:\n{text}");
    let documents = loaded(&corpus);
    assert_eq!(
        documents["b-second.txt"].title.as_deref(),
        Some("A hand-made article")
    );
    assert_eq!(documents.len(), 4);
}

#[test]
fn a_manifest_that_does_not_parse_stops_the_import_before_anything_is_written() {
    let corpus = folder("broken-manifest");
    std::fs::write(
        corpus.join("corpus.toml"),
        "[documents.\"a.txt\"]\ntitel = 1\n",
    )
    .unwrap();
    let before = snapshot(&corpus);
    let error = import(
        &corpus,
        &[fixture("pages/wire-json-ld.html")],
        &offline(),
        &Progress::new(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        error.contains("line 2")
            && error.contains("titel")
            && error.contains("nothing was imported"),
        "{error}"
    );
    assert_eq!(snapshot(&corpus), before);
}

#[test]
fn a_failure_half_way_leaves_the_corpus_as_it_was() {
    let corpus = folder("half-way");
    std::fs::write(corpus.join("corpus.toml"), "# notes\n").unwrap();
    std::fs::write(corpus.join("kept.txt"), "An article already there.\n").unwrap();
    // The second article's file name is taken by a folder, so putting it in
    // place fails after the first one is in place.
    std::fs::create_dir(
        corpus.join("2023-01-10_armenia-will-not-host-csto-drills-this-year-says-pashinyan.txt"),
    )
    .unwrap();
    let before = snapshot_files(&corpus);
    let error = import(
        &corpus,
        &[
            fixture("pages/wire-json-ld.html"),
            fixture("pages/amp-article.html"),
        ],
        &offline(),
        &Progress::new(),
    )
    .unwrap_err()
    .to_string();
    assert!(error.contains("nothing was imported"), "{error}");
    assert_eq!(snapshot_files(&corpus), before, "the corpus changed");
}

/// The files (not folders) of a folder, name and bytes.
fn snapshot_files(corpus: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(corpus)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_feed_that_does_not_parse_and_a_file_that_is_nothing_are_named() {
    let corpus = folder("bad-files");
    let notes = folder("bad-files-notes").join("notes.txt");
    std::fs::write(&notes, "Call the embassy on Monday.\n").unwrap();
    let report = run(
        &corpus,
        &[
            fixture("feeds/broken.xml"),
            notes.display().to_string(),
            fixture("no-such-file.html"),
        ],
        &offline(),
    );
    assert_eq!(report.skipped(), 3, "{}", report.summary());
    assert!(skip_reason(&report, "broken.xml").contains("not a feed that parses"));
    assert!(
        skip_reason(&report, "notes.txt").contains("not an HTML page, an RSS, Atom or JSON feed")
    );
    assert!(skip_reason(&report, "no-such-file.html").contains("no such file"));
    assert!(!corpus.join("corpus.toml").exists());
}

// ------------------------------------------------------------ fetching ----

/// A server on the loopback interface that answers with the fixtures and a
/// few bad answers, and notes each request's path, user agent and time.
struct TestServer {
    base: String,
    requests: Arc<Mutex<Vec<(String, String, Instant)>>>,
}

fn serve() -> TestServer {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(Mutex::new(Vec::new()));
    let noted = requests.clone();
    let feed_base = base.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut agent = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("user-agent:") {
                    agent = value.trim().to_owned();
                }
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .to_owned();
            noted
                .lock()
                .unwrap()
                .push((path.clone(), agent, Instant::now()));
            let page = |name: &str| std::fs::read(fixture(name)).unwrap();
            let route = path.split('?').next().unwrap_or("");
            let (status, kind, body, length): (&str, &str, Vec<u8>, bool) = match route {
                "/world/eurasia/armenia-freezes-csto" => (
                    "200 OK",
                    "text/html; charset=utf-8",
                    page("pages/wire-json-ld.html"),
                    true,
                ),
                "/en/politics/1130421.html" => (
                    "200 OK",
                    "text/html",
                    page("pages/state-media-og.html"),
                    true,
                ),
                "/amp/politics/2023/01/10/armenia-cancels-csto-drills" => {
                    ("200 OK", "text/html", page("pages/amp-article.html"), true)
                }
                "/politics" => (
                    "200 OK",
                    "text/html",
                    page("pages/section-front.html"),
                    true,
                ),
                "/feed.atom" => (
                    "200 OK",
                    "application/atom+xml",
                    String::from_utf8(page("feeds/summaries.atom"))
                        .unwrap()
                        .replace("{{BASE}}", &feed_base)
                        .into_bytes(),
                    true,
                ),
                "/report.pdf" => ("200 OK", "application/pdf", b"%PDF-1.7\n".to_vec(), true),
                "/huge.html" => ("200 OK", "text/html", huge_page(), true),
                "/huge-streamed.html" => ("200 OK", "text/html", huge_page(), false),
                _ => (
                    "404 Not Found",
                    "text/html",
                    b"<h1>Not found</h1>".to_vec(),
                    true,
                ),
            };
            let mut head =
                format!("HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nConnection: close\r\n");
            if length {
                head.push_str(&format!("Content-Length: {}\r\n", body.len()));
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
            let _ = stream.flush();
            // Drain what is left so that closing does not reset the answer.
            let _ = stream.shutdown(std::net::Shutdown::Write);
            let mut rest = [0u8; 512];
            let _ = reader.get_mut().read(&mut rest);
        }
    });
    TestServer { base, requests }
}

/// A page larger than the tests' cap of 256 KiB.
fn huge_page() -> Vec<u8> {
    let paragraph = "<p>Armenia and the CSTO: a paragraph repeated to make a page far larger than any article.</p>\n";
    format!("<html><body>{}</body></html>", paragraph.repeat(4000)).into_bytes()
}

/// A list of addresses with `{{BASE}}` replaced by the server's.
fn url_list(server: &TestServer, name: &str) -> String {
    let text = std::fs::read_to_string(fixture("urls.txt"))
        .unwrap()
        .replace("{{BASE}}", &server.base);
    let path = folder(name).join("urls.txt");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn a_feed_of_summaries_and_a_list_of_links_are_fetched_with_the_pages_metadata() {
    let server = serve();
    let corpus = folder("fetch");
    let report = run(
        &corpus,
        &[
            format!("{}/feed.atom", server.base),
            url_list(&server, "fetch-list"),
        ],
        &online(),
    );
    // Two linked pages from the feed, one new page from the list, and the
    // list's second address is the feed's first article again.
    assert_eq!(
        (report.imported(), report.unchanged(), report.skipped()),
        (3, 1, 0),
        "{}",
        report.summary()
    );
    let documents = loaded(&corpus);
    let wire =
        &documents["2024-02-23_armenia-freezes-participation-in-russia-led-security-bloc.txt"];
    // The page's metadata comes before the feed item's.
    assert_eq!(
        wire.title.as_deref(),
        Some("Armenia freezes participation in Russia-led security bloc")
    );
    assert_eq!(wire.publisher.as_deref(), Some("Transcaucasus Wire"));
    assert_eq!(
        wire.url.as_deref(),
        Some("https://transcaucasus-wire.example/world/eurasia/armenia-freezes-csto")
    );
    assert!(
        documents.contains_key(
            "2023-01-10_armenia-will-not-host-csto-drills-this-year-says-pashinyan.txt"
        )
    );
    // Every request said who was asking.
    let requests = server.requests.lock().unwrap();
    assert_eq!(requests.len(), 5, "{requests:?}");
    assert!(
        requests
            .iter()
            .all(|(_, agent, _)| agent.starts_with("csto-timeline/")),
        "{requests:?}"
    );
    drop(requests);
    // And again: nothing changes.
    let before = snapshot(&corpus);
    let again = run(
        &corpus,
        &[
            format!("{}/feed.atom", server.base),
            url_list(&server, "fetch-list"),
        ],
        &online(),
    );
    assert_eq!(again.unchanged(), 4, "{}", again.summary());
    assert_eq!(snapshot(&corpus), before);
}

#[test]
fn requests_to_one_host_are_spaced_by_the_delay() {
    let server = serve();
    let corpus = folder("delay");
    let options = ImportOptions {
        fetch: FetchOptions {
            delay: Duration::from_millis(400),
            ..online().fetch
        },
        ..online()
    };
    run(
        &corpus,
        &[
            format!("{}/en/politics/1130421.html", server.base),
            format!(
                "{}/amp/politics/2023/01/10/armenia-cancels-csto-drills",
                server.base
            ),
        ],
        &options,
    );
    let requests = server.requests.lock().unwrap();
    assert_eq!(requests.len(), 2);
    let gap = requests[1].2.duration_since(requests[0].2);
    // Noted by the server when it has read each request, so the gap it
    // sees can be a little shorter than the client's pause; without the
    // pause it is a few milliseconds.
    assert!(gap >= Duration::from_millis(250), "{gap:?}");
}

#[test]
fn bad_answers_are_skipped_with_a_clear_reason() {
    let server = serve();
    // A port nothing listens on: bound, then closed.
    let closed = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let corpus = folder("bad-answers");
    let sources = [
        format!("{}/report.pdf", server.base),
        format!("{}/huge.html", server.base),
        format!("{}/huge-streamed.html", server.base),
        format!("{}/gone", server.base),
        format!("{}/politics", server.base),
        format!("http://{closed}/article"),
    ];
    let report = run(&corpus, &sources, &online());
    assert_eq!(report.skipped(), 6, "{}", report.summary());
    let pdf = skip_reason(&report, "report.pdf");
    assert!(
        pdf.contains("application/pdf, not an HTML page or a feed"),
        "{pdf}"
    );
    let huge = skip_reason(&report, "/huge.html");
    assert!(
        huge.contains("more than the limit of 262144") && huge.contains("--max-bytes"),
        "{huge}"
    );
    let streamed = skip_reason(&report, "huge-streamed");
    assert!(
        streamed.contains("larger than the limit of 262144"),
        "{streamed}"
    );
    assert!(skip_reason(&report, "/gone").contains("answered 404 Not Found"));
    assert!(skip_reason(&report, "/politics").starts_with("no article text"));
    let unreachable = skip_reason(&report, &closed.to_string());
    assert!(unreachable.contains("cannot be reached"), "{unreachable}");
    assert!(!corpus.join("corpus.toml").exists());
}

#[test]
fn offline_refuses_addresses() {
    let corpus = folder("offline");
    let report = run(
        &corpus,
        &["https://example.org/article".to_owned()],
        &offline(),
    );
    assert!(skip_reason(&report, "example.org").contains("--offline"));
}

// ------------------------------------------------------------- the binary ----

fn binary() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_csto-timeline"));
    command.env_remove("TIMELINE_CORPUS");
    command
}

#[test]
fn the_command_prints_a_summary_and_fails_when_nothing_could_be_imported() {
    let corpus = folder("command");
    let output = binary()
        .args(["import", "--offline", "--corpus"])
        .arg(&corpus)
        .args(offline_sources())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("8 imported, 0 updated, 0 unchanged, 2 skipped"),
        "{stdout}"
    );

    let output = binary()
        .args(["import", "--offline", "--corpus"])
        .arg(&corpus)
        .arg(fixture("pages/section-front.html"))
        .arg(fixture("feeds/broken.xml"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("no article text") && stdout.contains("not a feed"),
        "{stdout}"
    );
    assert!(
        stderr.contains("nothing could be imported from 2 sources"),
        "{stderr}"
    );

    let output = binary().args(["import", "x.html"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("import needs --corpus DIR"));
}
