//! The HTML pages, driven through the router without a socket: every link
//! of every page resolves, a filtered link renders exactly its view at its
//! canonical address, bad input answers 400 with a notice, and text from the
//! corpus is always escaped.

mod common;

use common::{Answer, fetch};

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use axum::Router;
use axum::http::{StatusCode, header};
use csto_timeline::corpus::CorpusSource;
use csto_timeline::extract::load_corpus;
use csto_timeline::store::Store;
use csto_timeline::web::format::segment;
use csto_timeline::web::params::{Order, View, parse_view};
use csto_timeline::web::{AppState, Settings, app};
use regex::Regex;

/// Undoes the HTML escaping of an attribute value.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&#60;", "<")
        .replace("&gt;", ">")
        .replace("&#62;", ">")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// Every internal address a page links to or loads (`href`/`src` starting with `/`).
fn internal_links(html: &str) -> Vec<String> {
    let pattern = Regex::new(r#"\s(?:href|src)="([^"]*)""#).unwrap();
    pattern
        .captures_iter(html)
        .map(|c| unescape(&c[1]))
        .filter(|l| l.starts_with('/') && !l.starts_with("//"))
        .collect()
}

/// The `href`s of the `<a>` elements with `class` (exactly).
fn hrefs_of_class(html: &str, class: &str) -> Vec<String> {
    let pattern = Regex::new(&format!(
        r#"<a class="{}" href="([^"]*)""#,
        regex::escape(class)
    ))
    .unwrap();
    pattern
        .captures_iter(html)
        .map(|c| unescape(&c[1]))
        .collect()
}

/// The events a timeline page shows, in page order.
fn shown_events(html: &str) -> Vec<String> {
    let pattern =
        Regex::new(r#"<article class="event[^"]*" id="event-[^"]*" data-event-id="([^"]*)""#)
            .unwrap();
    pattern
        .captures_iter(html)
        .map(|c| unescape(&c[1]))
        .collect()
}

/// The content of `<meta property|name="{key}" content="...">`.
fn meta(html: &str, key: &str) -> Option<String> {
    let pattern = Regex::new(&format!(
        r#"<meta (?:property|name)="{}" content="([^"]*)">"#,
        regex::escape(key)
    ))
    .unwrap();
    pattern.captures(html).map(|c| unescape(&c[1]))
}

fn title(html: &str) -> String {
    let pattern = Regex::new(r"<title>([^<]*)</title>").unwrap();
    pattern
        .captures(html)
        .map(|c| unescape(&c[1]))
        .unwrap_or_default()
}

fn canonical(html: &str) -> Option<String> {
    let pattern = Regex::new(r#"<link rel="canonical" href="([^"]*)">"#).unwrap();
    pattern.captures(html).map(|c| unescape(&c[1]))
}

/// What is wrong with a page's markup that a validator or the
/// Content-Security-Policy would reject: duplicate ids, inline style,
/// inline script, event-handler attributes.
fn markup_problems(html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let ids = Regex::new(r#"\sid="([^"]*)""#).unwrap();
    let mut seen = BTreeSet::new();
    for c in ids.captures_iter(html) {
        if !seen.insert(c[1].to_string()) {
            problems.push(format!("duplicate id {:?}", &c[1]));
        }
    }
    if html.contains(" style=\"") {
        problems.push("an inline style attribute".into());
    }
    let scripts = Regex::new(r"<script([^>]*)>([^<]*)</script>").unwrap();
    for c in scripts.captures_iter(html) {
        if !c[1].contains(" src=") || !c[2].trim().is_empty() {
            problems.push("an inline script".into());
        }
    }
    if Regex::new(r#"\son[a-z]+=""#).unwrap().is_match(html) {
        problems.push("an event-handler attribute".into());
    }
    if !html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">") {
        problems.push("no doctype or lang".into());
    }
    problems
}

/// The pages of every event, actor, topic and document of a store, and the
/// index pages, under `base`.
fn all_pages(store: &Store, base: &str) -> Vec<String> {
    let mut pages: Vec<String> = ["/", "/about", "/actors", "/topics", "/documents"]
        .iter()
        .map(|p| format!("{base}{p}"))
        .collect();
    pages.extend(
        store
            .events()
            .iter()
            .map(|e| format!("{base}/events/{}", segment(&e.id))),
    );
    pages.extend(
        store
            .actors()
            .iter()
            .map(|a| format!("{base}/actors/{}", segment(&a.id))),
    );
    pages.extend(
        store
            .topics()
            .iter()
            .map(|t| format!("{base}/topics/{}", segment(&t.id))),
    );
    pages.extend(
        store
            .documents()
            .iter()
            .map(|d| format!("{base}/documents/{}", segment(&d.id))),
    );
    pages
}

/// What a walk found.
#[derive(Default)]
struct Walk {
    pages: usize,
    links: usize,
    bytes: usize,
    /// "link (status) on page" for every link that did not answer 2xx, or
    /// whose #fragment names no element of its page.
    broken: Vec<String>,
    /// "page: problem" for markup problems.
    markup: Vec<String>,
    /// Every body fetched, by address.
    bodies: HashMap<String, Answer>,
}

/// Renders `pages`, then fetches every internal link they carry.
async fn walk(router: &Router, pages: &[String]) -> Walk {
    let mut walk = Walk::default();
    let mut targets: BTreeMap<String, String> = BTreeMap::new();
    for page in pages {
        let answer = fetch(router, page).await;
        walk.pages += 1;
        walk.bytes += answer.body.len();
        if answer.status != StatusCode::OK {
            walk.broken
                .push(format!("{page} ({}) is a start page", answer.status));
        }
        for problem in markup_problems(&answer.body) {
            walk.markup.push(format!("{page}: {problem}"));
        }
        for link in internal_links(&answer.body) {
            targets.entry(link).or_insert_with(|| page.clone());
        }
        walk.bodies.insert(page.clone(), answer);
    }
    walk.links = targets.len();
    for (link, from) in &targets {
        let (address, fragment) = link
            .split_once('#')
            .map_or((link.as_str(), None), |(a, f)| (a, Some(f)));
        if !walk.bodies.contains_key(address) {
            let answer = fetch(router, address).await;
            walk.bytes += answer.body.len();
            if answer.is_html() {
                for problem in markup_problems(&answer.body) {
                    walk.markup.push(format!("{address}: {problem}"));
                }
            }
            walk.bodies.insert(address.to_string(), answer);
        }
        let answer = &walk.bodies[address];
        if !answer.status.is_success() {
            walk.broken
                .push(format!("{link} ({}) on {from}", answer.status));
        } else if let Some(fragment) = fragment.filter(|f| !f.is_empty())
            && answer.is_html()
            && !answer.body.contains(&format!(" id=\"{fragment}\""))
        {
            walk.broken
                .push(format!("{link} (no element #{fragment}) on {from}"));
        }
    }
    walk.markup.sort();
    walk.markup.dedup();
    walk
}

#[tokio::test]
async fn every_internal_link_of_every_page_resolves() {
    let state = common::seed_state();
    let store = state.store();
    let router = app(state.clone());
    let pages = all_pages(&store, "");
    let walk = walk(&router, &pages).await;
    eprintln!(
        "walked {} pages and {} distinct internal links, {} KiB in all",
        walk.pages,
        walk.links,
        walk.bytes / 1024
    );
    assert!(
        walk.broken.is_empty(),
        "{} broken links:\n{}",
        walk.broken.len(),
        walk.broken.join("\n")
    );
    assert!(
        walk.markup.is_empty(),
        "markup problems:\n{}",
        walk.markup.join("\n")
    );
    assert!(walk.pages >= 5 + store.documents().len());
}

/// The seed store's views worth checking: dates, search, order, and the
/// busiest actor and its most frequent topic when there are any.
fn sample_views(store: &Store) -> Vec<View> {
    let mut raw = vec![
        "from=2022&to=2023".to_string(),
        "order=newest".to_string(),
        "q=summit".to_string(),
        "from=2022-11".to_string(),
    ];
    if let Some(actor) = store
        .actors()
        .iter()
        .max_by_key(|a| store.actor_event_count(&a.id))
        .filter(|a| store.actor_event_count(&a.id) > 0)
    {
        raw.push(format!("actor={}", actor.id));
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for event in store
            .events()
            .iter()
            .filter(|e| e.actors.contains(&actor.id))
        {
            for topic in &event.topics {
                *counts.entry(topic).or_default() += 1;
            }
        }
        if let Some((topic, _)) = counts.into_iter().max_by_key(|(_, n)| *n) {
            raw.push(format!("actor={}&topic={topic}", actor.id));
            raw.push(format!("actor={}&topic={topic}&order=newest", actor.id));
        }
    }
    raw.iter()
        .map(|r| {
            let (view, problems) = parse_view(r, store);
            assert!(problems.is_empty(), "{r}: {problems:?}");
            view
        })
        .collect()
}

#[tokio::test]
async fn a_filtered_link_renders_exactly_its_events_and_describes_itself() {
    let state = common::seed_state();
    let store = state.store();
    let router = app(state.clone());
    for view in sample_views(&store) {
        let query = view.query_string();
        let answer = fetch(&router, &format!("/?{query}")).await;
        assert_eq!(answer.status, StatusCode::OK, "/?{query}");
        let (_, json) = common::get_json(&format!("/api/events?{query}")).await;
        let expected: Vec<String> = json["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap().to_string())
            .collect();
        let shown = shown_events(&answer.body);
        let (mut a, mut b) = (shown.clone(), expected.clone());
        a.sort();
        b.sort();
        assert_eq!(a, b, "/?{query}: the page and /api/events differ");
        if view.order == Order::Oldest {
            assert_eq!(shown, expected, "/?{query}: not in date order");
        }
        assert_eq!(
            canonical(&answer.body).as_deref(),
            Some(format!("/?{query}").as_str()),
            "/?{query}: canonical link"
        );
        let page_title = title(&answer.body);
        if view.is_filtered() {
            assert!(
                page_title.ends_with(" — Armenia–CSTO Timeline"),
                "{page_title}"
            );
        }
        for id in &view.query.actors {
            let name = &store.actor(id).unwrap().name;
            assert!(
                page_title.contains(name.as_str()),
                "/?{query}: title {page_title:?} does not name {name}"
            );
        }
        for id in &view.query.topics {
            let name = &store.topic(id).unwrap().name;
            assert!(
                page_title.contains(name.as_str()),
                "/?{query}: title {page_title:?} does not name {name}"
            );
        }
        let og_title = meta(&answer.body, "og:title").expect("og:title");
        if view.is_filtered() {
            assert!(
                page_title.starts_with(&og_title),
                "og:title {og_title:?} vs title {page_title:?}"
            );
        } else {
            assert!(
                og_title.starts_with(&page_title),
                "og:title {og_title:?} vs title {page_title:?}"
            );
        }
        let description = meta(&answer.body, "description").expect("description");
        assert_eq!(
            meta(&answer.body, "og:description").as_deref(),
            Some(description.as_str())
        );
        let counted = match expected.len() {
            0 => "No events".to_string(),
            1 => "1 event".to_string(),
            n => format!("{n} events"),
        };
        if view.is_filtered() {
            assert!(
                description.starts_with(&counted),
                "/?{query}: description {description:?}"
            );
        } else {
            assert!(
                description.contains(&counted),
                "/?{query}: description {description:?}"
            );
        }
        assert_eq!(meta(&answer.body, "og:type").as_deref(), Some("website"));
        assert_eq!(
            meta(&answer.body, "og:url").as_deref(),
            Some(format!("/?{query}").as_str())
        );
        for (id, path) in [
            ("export-csv", "/events.csv"),
            ("export-ics", "/events.ics"),
            ("export-atom", "/feed.atom"),
            ("export-json", "/api/events"),
        ] {
            let pattern = Regex::new(&format!(r#"<a id="{id}" href="([^"]*)">"#)).unwrap();
            let href = pattern.captures(&answer.body).map(|c| unescape(&c[1]));
            assert_eq!(href, Some(format!("{path}?{query}")), "/?{query}: #{id}");
        }
    }
}

#[tokio::test]
async fn a_view_has_one_address() {
    let state = common::seed_state();
    let store = state.store();
    let router = app(state.clone());
    let mut cases: Vec<(String, String)> = vec![
        (
            "/?to=2023&from=2022&order=oldest&q=".into(),
            "/?from=2022&to=2023".into(),
        ),
        (
            "/?order=newest&q=+summit+&from=&to=".into(),
            "/?q=summit&order=newest".into(),
        ),
    ];
    let mut ids: Vec<&str> = store
        .actors()
        .iter()
        .map(|a| a.id.as_str())
        .take(2)
        .collect();
    if ids.len() == 2 {
        let asked = format!("/?actor={}&actor={}&actor={}", ids[1], ids[0], ids[1]);
        ids.sort();
        cases.push((asked, format!("/?actor={}&actor={}", ids[0], ids[1])));
    }
    for (asked, canonical) in &cases {
        let answer = fetch(&router, asked).await;
        assert!(answer.status.is_redirection(), "{asked}: {}", answer.status);
        assert_eq!(answer.header(header::LOCATION), canonical, "{asked}");
        let again = fetch(&router, canonical).await;
        assert_eq!(again.status, StatusCode::OK, "{canonical}");
    }
}

#[tokio::test]
async fn bad_input_renders_the_rest_of_the_view_with_a_notice() {
    let state = common::seed_state();
    let store = state.store();
    let router = app(state.clone());
    let all = fetch(&router, "/").await;

    let answer = fetch(&router, "/?actor=no-such-actor").await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.is_html());
    assert!(
        answer
            .body
            .contains("<div class=\"notice\" role=\"alert\">")
    );
    assert!(
        answer.body.contains("no-such-actor"),
        "the notice names the bad value"
    );
    assert_eq!(
        shown_events(&answer.body),
        shown_events(&all.body),
        "the rest of the view (everything) is shown"
    );

    let answer = fetch(&router, "/?from=2022-13-45&q=summit").await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.body.contains("2022-13-45"));
    let search_only = fetch(&router, "/?q=summit").await;
    assert_eq!(
        shown_events(&answer.body),
        shown_events(&search_only.body),
        "the search still applies"
    );
    assert!(
        answer.body.contains("value=\"2022-13-45\""),
        "the bad date is left in the form to correct"
    );

    if let Some(actor) = store.actors().iter().find(|a| a.id.len() > 4) {
        let typo = &actor.id[..actor.id.len() - 1];
        let answer = fetch(&router, &format!("/?actor={typo}")).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        let suggestions = hrefs_of_class(&answer.body, "suggestion");
        let (view, _) = parse_view(&format!("actor={}", actor.id), &store);
        assert_eq!(
            suggestions,
            vec![format!("/?{}", view.query_string())],
            "the closest actor is offered as a link"
        );
    }

    let answer = fetch(&router, "/?order=sideways").await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.body.contains("sideways"));
}

#[tokio::test]
async fn an_empty_view_says_so_and_offers_ways_out() {
    let router = common::seed_app();
    let answer = fetch(&router, "/?from=2020&q=zzzqqqxxv").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(shown_events(&answer.body).is_empty());
    let start = answer.body.find("id=\"no-events\"").expect("#no-events");
    let block = &answer.body[start..];
    let block = &block[..block.find("</div>").unwrap()];
    let ways = internal_links(block);
    assert!(
        ways.contains(&"/?from=2020".to_string()),
        "a way without the search: {ways:?}"
    );
    assert!(
        ways.contains(&"/?q=zzzqqqxxv".to_string()),
        "a way without the dates: {ways:?}"
    );
    assert!(
        ways.contains(&"/".to_string()),
        "a way to everything: {ways:?}"
    );
    assert!(
        meta(&answer.body, "description")
            .unwrap()
            .starts_with("No events")
    );
}

#[tokio::test]
async fn each_chip_removes_its_own_filter() {
    let state = common::seed_state();
    let store = state.store();
    let router = app(state.clone());
    let mut raw = String::new();
    if let Some(actor) = store.actors().first() {
        raw.push_str(&format!("actor={}&", actor.id));
    }
    if let Some(topic) = store.topics().first() {
        raw.push_str(&format!("topic={}&", topic.id));
    }
    raw.push_str("from=2020&to=2024-06&q=summit&order=newest");
    let (view, problems) = parse_view(&raw, &store);
    assert!(problems.is_empty());
    let answer = fetch(&router, &format!("/?{}", view.query_string())).await;
    assert_eq!(answer.status, StatusCode::OK);
    let chips: BTreeSet<String> = hrefs_of_class(&answer.body, "chip").into_iter().collect();
    let mut expected = BTreeSet::new();
    let address = |v: &View| {
        let q = v.query_string();
        if q.is_empty() {
            "/".to_string()
        } else {
            format!("/?{q}")
        }
    };
    for id in &view.query.actors {
        let mut v = view.clone();
        v.query.actors.retain(|a| a != id);
        expected.insert(address(&v));
    }
    for id in &view.query.topics {
        let mut v = view.clone();
        v.query.topics.retain(|t| t != id);
        expected.insert(address(&v));
    }
    let mut v = view.clone();
    v.query.from = None;
    expected.insert(address(&v));
    let mut v = view.clone();
    v.query.to = None;
    expected.insert(address(&v));
    let mut v = view.clone();
    v.query.text = None;
    expected.insert(address(&v));
    assert_eq!(chips, expected);
    for chip in &chips {
        assert_eq!(fetch(&router, chip).await.status, StatusCode::OK, "{chip}");
    }
    let clear =
        Regex::new(r#"<a id="clear-filters" class="clear-filters" href="([^"]*)""#).unwrap();
    assert_eq!(
        clear
            .captures(&answer.body)
            .map(|c| unescape(&c[1]))
            .as_deref(),
        Some("/?order=newest")
    );
    let plain = fetch(&router, "/").await;
    assert!(hrefs_of_class(&plain.body, "chip").is_empty());
    assert!(!plain.body.contains("id=\"clear-filters\""));
}

#[tokio::test]
async fn the_timeline_states_the_corpus_and_draws_the_chart() {
    let state = common::seed_state();
    let store = state.store();
    let router = app(state.clone());
    let answer = fetch(&router, "/").await;
    assert_eq!(title(&answer.body), "Armenia–CSTO Timeline");
    let stats = Regex::new(r#"(?s)<p id="corpus-stats"[^>]*>(.*?)</p>"#).unwrap();
    let stats = stats.captures(&answer.body).expect("#corpus-stats")[1].to_string();
    let loaded = store
        .documents()
        .iter()
        .filter(|d| d.status.is_loaded())
        .count();
    assert!(
        stats.contains(&format!("<strong>{}</strong>", store.events().len())),
        "{stats}"
    );
    assert!(
        stats.contains(&format!("<strong>{loaded}</strong>")),
        "{stats}"
    );
    for needle in [
        "<form id=\"filters\" class=\"filters\" method=\"get\" action=\"/\">",
        "name=\"from\"",
        "name=\"to\"",
        "placeholder=\"YYYY or YYYY-MM or YYYY-MM-DD\"",
        "name=\"q\"",
        "<select id=\"f-order\" name=\"order\">",
        ">Apply filters</button>",
        "id=\"copy-link\"",
    ] {
        assert!(answer.body.contains(needle), "no {needle}");
    }
    if store.events().is_empty() {
        assert!(answer.body.contains("id=\"no-events\""));
        return;
    }
    assert!(answer.body.contains("<figure id=\"chart\""));
    assert!(answer.body.contains("role=\"img\""));
    let bars = hrefs_of_class(&answer.body, "bar");
    assert!(!bars.is_empty(), "the chart has bars");
    for bar in &bars {
        let (view, problems) = parse_view(bar.trim_start_matches("/?"), &store);
        assert!(
            problems.is_empty() && view.query.from.is_some() && view.query.to.is_some(),
            "{bar}"
        );
    }
    for event in store.events() {
        assert!(
            answer
                .body
                .contains(&format!("data-event-id=\"{}\"", event.id)),
            "{} is not on the timeline",
            event.id
        );
    }
}

#[tokio::test]
async fn unknown_addresses_and_ids_answer_a_styled_404() {
    let router = common::seed_app();
    for path in [
        "/no/such/page",
        "/events/no-such-event",
        "/actors/no-such-actor",
        "/topics/no-such-topic",
        "/documents/no-such.txt",
    ] {
        let answer = fetch(&router, path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert!(answer.is_html(), "{path}");
        assert!(answer.body.contains("<h1>Not found</h1>"), "{path}");
        assert!(answer.body.contains("href=\"/\""), "{path}: a way back");
        assert!(answer.body.contains("/static/app.css?v="), "{path}: styled");
    }
}

#[tokio::test]
async fn static_files_are_served_with_their_types_and_cache_lifetimes() {
    let router = common::seed_app();
    let page = fetch(&router, "/about").await;
    let css = internal_links(&page.body)
        .into_iter()
        .find(|l| l.starts_with("/static/app.css?v="))
        .expect("a versioned stylesheet");
    let answer = fetch(&router, &css).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.header(header::CONTENT_TYPE),
        "text/css; charset=utf-8"
    );
    assert_eq!(
        answer.header(header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    assert!(answer.body.contains("prefers-color-scheme: dark"));
    assert!(answer.body.contains("@media print"));
    assert!(answer.body.contains(":focus-visible"));
    assert!(
        !answer.body.contains("http://") && !answer.body.contains("https://"),
        "no outside requests"
    );
    let answer = fetch(&router, "/static/app.css").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(!answer.header(header::CACHE_CONTROL).contains("immutable"));
    let answer = fetch(&router, "/static/app.js?v=stale").await;
    assert_eq!(
        answer.header(header::CONTENT_TYPE),
        "text/javascript; charset=utf-8"
    );
    assert!(!answer.header(header::CACHE_CONTROL).contains("immutable"));
    assert_eq!(
        fetch(&router, "/static/favicon.svg")
            .await
            .header(header::CONTENT_TYPE),
        "image/svg+xml"
    );
    for bad in [
        "/static/../Cargo.toml",
        "/static/%2e%2e/Cargo.toml",
        "/static/..%2fCargo.toml",
        "/static/",
        "/static/nope.css",
        "/static/./app.css",
    ] {
        assert_eq!(
            fetch(&router, bad).await.status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
}

#[tokio::test]
async fn pages_follow_the_base_path_and_the_public_address() {
    let corpus = load_corpus(&CorpusSource::Seeds).expect("seeds load");
    let store = Store::build(corpus).expect("seeds parse");
    let state = AppState::new(
        store,
        Settings {
            base_path: "/timeline".into(),
            public_url: Some("https://example.org".into()),
        },
    );
    let store = state.store();
    let router = app(state.clone());
    let answer = fetch(&router, "/timeline/").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        canonical(&answer.body).as_deref(),
        Some("https://example.org/timeline/")
    );
    assert_eq!(
        meta(&answer.body, "og:url").as_deref(),
        Some("https://example.org/timeline/")
    );
    assert!(answer.body.contains("action=\"/timeline/\""));
    let mut pages = vec!["/timeline/?order=newest".to_string()];
    pages.extend(all_pages(&store, "/timeline").into_iter().take(12));
    let walk = walk(&router, &pages).await;
    assert!(
        walk.broken.is_empty(),
        "broken links under the base path:\n{}",
        walk.broken.join("\n")
    );
    let outside: Vec<String> = walk
        .bodies
        .iter()
        .filter(|(_, a)| a.is_html())
        .flat_map(|(page, a)| {
            internal_links(&a.body)
                .into_iter()
                .map(move |l| format!("{l} on {page}"))
        })
        .filter(|l| !l.starts_with("/timeline/"))
        .collect();
    assert!(
        outside.is_empty(),
        "links outside the base path:\n{}",
        outside.join("\n")
    );
}

/// A corpus folder whose text, headline and metadata carry markup.
fn hostile_corpus() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("csto-pages-escape-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("evil.txt"),
        "<script>alert(1)</script> Armenia leaves the <b>CSTO</b>\n\n\
         YEREVAN: On November 23, 2022, Prime Minister Nikol Pashinyan said <script>alert(1)</script> the CSTO had failed Armenia & its people.\n\n\
         Pashinyan met Vladimir Putin in Yerevan on November 23, 2022, to discuss the CSTO <img src=x onerror=alert(1)>.\n\n\
         Last week, Armenia froze its participation in the CSTO, Pashinyan said on Tuesday \"</p><script>alert(1)</script>\".\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("plain.txt"),
        "Armenia and the CSTO\n\nOn 3 October 2023, Armenia's parliament voted on the Rome Statute, Nikol Pashinyan said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("corpus.toml"),
        "[documents.\"evil.txt\"]\n\
         publisher = \"<script>alert(1)</script> News\"\n\
         url = \"javascript:alert(1)\"\n\
         published = 2022-11-24\n\n\
         [documents.\"plain.txt\"]\n\
         title = \"<script>alert(1)</script> in a manifest title\"\n\
         url = \"https://example.org/?a=\\\"<script>alert(1)</script>\"\n\
         published = 2023-10-04\n",
    )
    .unwrap();
    dir
}

#[tokio::test]
async fn text_from_the_corpus_is_always_escaped() {
    let dir = hostile_corpus();
    let corpus = load_corpus(&CorpusSource::Folder(dir.clone())).expect("the folder loads");
    let store = Store::build(corpus).expect("the folder parses");
    let state = AppState::new(store, Settings::default());
    let store = state.store();
    let router = app(state.clone());
    let mut pages = all_pages(&store, "");
    pages.push("/?q=csto".to_string());
    let walk = walk(&router, &pages).await;
    let raw = [
        "<script>alert(1)</script>",
        "<b>CSTO</b>",
        "<img src=x",
        "href=\"javascript:",
    ];
    let mut leaks = Vec::new();
    for (address, answer) in &walk.bodies {
        if answer.is_html() || answer.header(header::CONTENT_TYPE).contains("xml") {
            for needle in raw {
                if answer.body.contains(needle) {
                    leaks.push(format!("{address} carries {needle}"));
                }
            }
        }
    }
    for export in ["/feed.atom", "/feed.atom?q=csto"] {
        let answer = fetch(&router, export).await;
        assert_eq!(answer.status, StatusCode::OK);
        for needle in raw {
            if answer.body.contains(needle) {
                leaks.push(format!("{export} carries {needle}"));
            }
        }
    }
    for (export, kind) in [
        ("/events.csv", "text/csv"),
        ("/events.ics", "text/calendar"),
    ] {
        let answer = fetch(&router, export).await;
        assert_eq!(answer.status, StatusCode::OK);
        assert!(
            answer.header(header::CONTENT_TYPE).starts_with(kind),
            "{export} is served as {kind}, never as markup"
        );
        assert!(
            answer
                .header(header::CONTENT_DISPOSITION)
                .starts_with("attachment"),
            "{export} downloads"
        );
    }
    assert!(
        leaks.is_empty(),
        "unescaped corpus text:\n{}",
        leaks.join("\n")
    );
    let evil = &walk.bodies["/documents/evil.txt"];
    assert!(
        unescape(&evil.body).contains("<script>alert(1)</script>"),
        "the text is shown, escaped"
    );
    assert!(
        evil.body.contains("javascript:alert(1)"),
        "an address that is not a web address is shown as text"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
