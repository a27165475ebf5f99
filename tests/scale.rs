//! The site at the size of a real archive: a synthetic corpus of a
//! thousand article-sized texts (thousands of events, hundreds of actors),
//! plus an event with 150 reports and an article shown in parts. Every kind of page answers
//! without a server error and stays under 300 KB; the timeline, the lists
//! and the JSON API are paged, and following their links reaches every
//! event exactly once; the exports hold the whole view.

mod common;

use std::collections::HashSet;
use std::sync::OnceLock;

use axum::Router;
use axum::http::{StatusCode, header};
use common::{Answer, fetch};
use csto_timeline::corpus::CorpusSource;
use csto_timeline::extract::load_corpus;
use csto_timeline::store::{Query, Store};
use csto_timeline::web::format::segment;
use csto_timeline::web::pages::SOURCES_ON_CARD;
use csto_timeline::web::params::{PAGE_SIZE, parse_view};
use csto_timeline::web::{AppState, Settings, app};
use regex::Regex;

/// Synthetic articles, besides the long one and the 150 reports of one summit.
const ARTICLES: usize = 1000;
/// No HTML page may be larger, uncompressed.
const MAX_PAGE_BYTES: usize = 300 * 1024;

fn state() -> AppState {
    static STATE: OnceLock<AppState> = OnceLock::new();
    STATE
        .get_or_init(|| {
            let folder = common::corpus::large(ARTICLES);
            let corpus = load_corpus(&CorpusSource::Folder(folder)).expect("the corpus loads");
            let store = Store::build(corpus).expect("the corpus's data parses");
            AppState::new(store, Settings::default())
        })
        .clone()
}

fn router() -> Router {
    app(state())
}

/// The ids of the event cards of a page, in order.
fn card_ids(html: &str) -> Vec<String> {
    let pattern =
        Regex::new(r#"<article class="event[^"]*" id="event-[^"]*" data-event-id="([^"]*)""#)
            .unwrap();
    pattern
        .captures_iter(html)
        .map(|c| unescape(&c[1]))
        .collect()
}

fn unescape(text: &str) -> String {
    text.replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// The `href` of the first `<a>` with `class`.
fn link(html: &str, class: &str) -> Option<String> {
    let pattern = Regex::new(&format!(r#"<a class="{class}"[^>]* href="([^"]*)""#)).unwrap();
    pattern.captures(html).map(|c| unescape(&c[1]))
}

fn canonical(html: &str) -> Option<String> {
    let pattern = Regex::new(r#"<link rel="canonical" href="([^"]*)">"#).unwrap();
    pattern.captures(html).map(|c| unescape(&c[1]))
}

/// The ids of a view's events, in the order the view shows them.
fn expected(store: &Store, query: &Query, newest: bool) -> Vec<String> {
    let mut ids: Vec<String> = store
        .events_of(&store.query(query))
        .iter()
        .map(|e| e.id.clone())
        .collect();
    if newest {
        ids.reverse();
    }
    ids
}

/// Fails at the first difference between two lists of event ids.
fn same_sequence(got: &[String], want: &[String], what: &str) {
    if let Some(at) = (0..got.len().max(want.len())).find(|&i| got.get(i) != want.get(i)) {
        let around =
            |list: &[String]| list[at.saturating_sub(2)..(at + 3).min(list.len())].to_vec();
        panic!(
            "{what}: {} events shown, {} in the view; they differ at {at}: {:?} where the view has {:?}",
            got.len(),
            want.len(),
            around(got),
            around(want)
        );
    }
}

/// The actor with the most events.
fn busiest_actor(store: &Store) -> String {
    store
        .actors()
        .iter()
        .max_by_key(|a| store.actor_event_count(&a.id))
        .map(|a| a.id.clone())
        .unwrap()
}

/// Fails with the address, the status and the start of the body.
fn expect_status(answer: &Answer, status: StatusCode, uri: &str) {
    assert_eq!(
        answer.status,
        status,
        "{uri}: {}",
        &answer.body[..answer.body.len().min(400)]
    );
}

#[tokio::test]
async fn the_timeline_shows_a_hundred_events_a_page_and_its_pages_hold_the_view_once() {
    let store = state().store();
    let router = router();
    let actor = busiest_actor(&store);
    let views: Vec<(String, Query, bool)> = vec![
        (String::new(), Query::default(), false),
        ("order=newest".into(), Query::default(), true),
        (
            format!("actor={actor}"),
            Query {
                actors: vec![actor.clone()],
                ..Query::default()
            },
            false,
        ),
    ];
    for (query, q, newest) in views {
        let want = expected(&store, &q, newest);
        assert!(want.len() > 2 * PAGE_SIZE, "{query}: {} events", want.len());
        let pages = want.len().div_ceil(PAGE_SIZE);
        let mut seen: Vec<String> = Vec::new();
        let mut uri = if query.is_empty() {
            "/".to_string()
        } else {
            format!("/?{query}")
        };
        for page in 1..=pages {
            let answer = fetch(&router, &uri).await;
            expect_status(&answer, StatusCode::OK, &uri);
            let ids = card_ids(&answer.body);
            let size = if page < pages {
                PAGE_SIZE
            } else {
                want.len() - PAGE_SIZE * (pages - 1)
            };
            assert_eq!(ids.len(), size, "{uri}: cards on page {page} of {pages}");
            // The page holds the next hundred of the view's order (shown
            // grouped by year and month, events known only to their year
            // first in it).
            let mut shown = ids.clone();
            let mut slice = want[PAGE_SIZE * (page - 1)..PAGE_SIZE * (page - 1) + size].to_vec();
            shown.sort();
            slice.sort();
            assert_eq!(shown, slice, "{uri}: the events of page {page}");
            // The count covers the whole view, not the page.
            assert!(
                answer.body.contains(&format!("{} events", want.len())),
                "{uri}: the summary counts the whole view"
            );
            assert!(answer.body.contains(r#"id="chart""#), "{uri}: the chart");
            assert!(
                answer.body.contains(&format!("Page {page} of {pages}:")),
                "{uri}: the pager says where it is"
            );
            let canonical = canonical(&answer.body).unwrap();
            assert_eq!(canonical, uri, "the canonical address of page {page}");
            assert_eq!(
                canonical.contains("page="),
                page > 1,
                "page 1 has no page parameter: {canonical}"
            );
            assert_eq!(
                link(&answer.body, "pager-prev").is_some(),
                page > 1,
                "{uri}"
            );
            seen.extend(ids);
            match link(&answer.body, "pager-next") {
                Some(next) => {
                    assert!(page < pages, "{uri}: a next page after the last");
                    assert!(next.contains(&format!("page={}", page + 1)), "{next}");
                    uri = next;
                }
                None => assert_eq!(page, pages, "{uri}: no next link before the last page"),
            }
        }
        seen.sort();
        let mut all = want.clone();
        all.sort();
        same_sequence(&seen, &all, &query);
    }
}

#[tokio::test]
async fn page_numbers_are_validated_and_canonical() {
    let store = state().store();
    let router = router();
    let pages = store.events().len().div_ceil(PAGE_SIZE);
    for bad in ["0", "abc", "-1", "1.5", "99999999999999999999", "2%20x"] {
        let uri = format!("/?page={bad}");
        let answer = fetch(&router, &uri).await;
        expect_status(&answer, StatusCode::BAD_REQUEST, &uri);
        let shown = bad.replace("%20", " ");
        assert!(
            answer.body.contains(&format!("page={shown}")),
            "{uri}: the notice names the value"
        );
        assert!(
            answer.body.contains("whole number"),
            "{uri}: says what is accepted"
        );
        // The rest of the view is still shown, from its first page.
        assert_eq!(card_ids(&answer.body).len(), PAGE_SIZE, "{uri}");
    }
    for (asked, canonical) in [
        ("/?page=1", "/"),
        ("/?page=02", "/?page=2"),
        ("/?page=3&order=newest", "/?order=newest&page=3"),
    ] {
        let answer = fetch(&router, asked).await;
        assert!(answer.status.is_redirection(), "{asked}: {}", answer.status);
        assert_eq!(answer.header(header::LOCATION), canonical, "{asked}");
    }
    let past = format!("/?page={}", pages + 1);
    let answer = fetch(&router, &past).await;
    expect_status(&answer, StatusCode::NOT_FOUND, &past);
    assert!(
        answer.body.contains(&format!("href=\"/?page={pages}\"")),
        "{past}: links the last page"
    );
    // The same rules on the other paged pages.
    let actor = busiest_actor(&store);
    let id = &store.events()[0].id;
    for (uri, status) in [
        (format!("/actors/{actor}?page=x"), StatusCode::BAD_REQUEST),
        (format!("/actors/{actor}?page=999"), StatusCode::NOT_FOUND),
        ("/documents?page=0".to_string(), StatusCode::BAD_REQUEST),
        ("/documents?page=999".to_string(), StatusCode::NOT_FOUND),
        ("/actors?page=-2".to_string(), StatusCode::BAD_REQUEST),
        ("/topics?page=2".to_string(), StatusCode::NOT_FOUND),
        (
            format!("/events/{}?page=3", segment(id)),
            StatusCode::NOT_FOUND,
        ),
        (
            "/documents/long.txt?page=99".to_string(),
            StatusCode::NOT_FOUND,
        ),
    ] {
        let answer = fetch(&router, &uri).await;
        expect_status(&answer, status, &uri);
        assert!(answer.is_html(), "{uri}");
        if status == StatusCode::BAD_REQUEST {
            assert!(answer.body.contains("page="), "{uri}: names the value");
        }
    }
    let answer = fetch(&router, "/documents?page=1").await;
    assert_eq!(answer.header(header::LOCATION), "/documents");
}

#[tokio::test]
async fn links_that_change_the_view_lead_to_its_first_page() {
    let router = router();
    let answer = fetch(&router, "/?order=newest&page=3").await;
    expect_status(&answer, StatusCode::OK, "/?order=newest&page=3");
    let hrefs = Regex::new(
        r#"<a (?:id|class)="(actor-link|topic-link|export-[a-z]+|bar|chip)"[^>]* href="([^"]*)""#,
    )
    .unwrap();
    let mut checked = 0;
    for c in hrefs.captures_iter(&answer.body) {
        assert!(!c[2].contains("page="), "{}: {}", &c[1], &c[2]);
        checked += 1;
    }
    assert!(checked > 100, "only {checked} links checked");
}

#[tokio::test]
async fn the_filter_panel_lists_a_bounded_number_of_people_and_links_the_rest() {
    let store = state().store();
    let people = store
        .actors()
        .iter()
        .filter(|a| a.discovered && store.actor_event_count(&a.id) > 0)
        .count();
    assert!(
        people > 200,
        "the corpus names {people} people found by title"
    );
    let answer = fetch(&router(), "/").await;
    let boxes = answer.body.matches(r#"<input type="checkbox""#).count();
    assert!(boxes < 250, "{boxes} checkboxes");
    assert!(
        answer.body.contains("more with fewer events") && answer.body.contains("href=\"/actors\""),
        "the rest are linked"
    );
}

#[tokio::test]
async fn an_event_with_many_reports_shows_a_few_on_cards_and_pages_them_on_its_own_page() {
    let store = state().store();
    let router = router();
    let event = store
        .events()
        .iter()
        .max_by_key(|e| e.sources.len())
        .unwrap();
    let reports = event.sources.len();
    assert!(reports > PAGE_SIZE, "{reports} reports");
    let path = format!("/events/{}", segment(&event.id));
    let first = fetch(&router, &path).await;
    expect_status(&first, StatusCode::OK, &path);
    assert_eq!(
        first.body.matches(r#"<li class="source">"#).count(),
        PAGE_SIZE
    );
    let second_uri = link(&first.body, "pager-next").expect("a second page of reports");
    let second = fetch(&router, &second_uri).await;
    expect_status(&second, StatusCode::OK, &second_uri);
    assert_eq!(
        second.body.matches(r#"<li class="source">"#).count(),
        (reports - PAGE_SIZE).min(PAGE_SIZE)
    );
    // On the timeline its card shows a few and links the rest.
    let day = event.date.to_string();
    let (view, _) = parse_view(&format!("from={day}&to={day}"), &store);
    let position = store
        .events_of(&store.query(&view.query))
        .iter()
        .position(|e| e.id == event.id)
        .expect("the event is in the view of its own date");
    let page = position / PAGE_SIZE + 1;
    let uri = if page > 1 {
        format!("/?from={day}&to={day}&page={page}")
    } else {
        format!("/?from={day}&to={day}")
    };
    let timeline = fetch(&router, &uri).await;
    let card = timeline
        .body
        .split("<article ")
        .find(|c| c.contains(&format!("data-event-id=\"{}\"", event.id)))
        .unwrap_or_else(|| panic!("{uri} shows no card of {}", event.id));
    assert_eq!(
        card.matches(r#"<li class="source">"#).count(),
        SOURCES_ON_CARD
    );
    assert!(card.contains(&format!("{} more reports", reports - SOURCES_ON_CARD)));
}

#[tokio::test]
async fn a_long_article_is_shown_in_parts_and_every_sentence_link_finds_its_part() {
    let store = state().store();
    let router = router();
    let document = store.document("long.txt").unwrap();
    let mut pages = Vec::new();
    let mut uri = "/documents/long.txt".to_string();
    loop {
        let answer = fetch(&router, &uri).await;
        expect_status(&answer, StatusCode::OK, &uri);
        assert!(
            answer.body.len() <= MAX_PAGE_BYTES,
            "{uri}: {} bytes",
            answer.body.len()
        );
        let next = link(&answer.body, "pager-next");
        pages.push((uri.clone(), answer.body));
        match next {
            Some(next) => uri = next,
            None => break,
        }
    }
    assert!(
        pages.len() >= 3,
        "{} parts of {} bytes",
        pages.len(),
        document.text.len()
    );
    // Every event citing it appears in the lists of exactly one part, and
    // each of its sentence links names a part that holds the sentence.
    let listed: Vec<String> = pages
        .iter()
        .flat_map(|(_, body)| {
            Regex::new(r#"<li><a href="/events/([^"]*)">"#)
                .unwrap()
                .captures_iter(body)
                .map(|c| c[1].to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    let unique: HashSet<&String> = listed.iter().collect();
    let citing: Vec<_> = store.document_events("long.txt").collect();
    assert_eq!(listed.len(), citing.len(), "each event listed once");
    assert_eq!(unique.len(), citing.len());
    let sentence = Regex::new(r#"href="(/documents/long\.txt(?:\?page=(\d+))?#s-(\d+))""#).unwrap();
    let mut checked = 0;
    for event in citing.iter().step_by(citing.len() / 40 + 1) {
        let path = format!("/events/{}", segment(&event.id));
        let answer = fetch(&router, &path).await;
        for c in sentence.captures_iter(&answer.body) {
            let part: usize = c.get(2).map_or(1, |p| p.as_str().parse().unwrap());
            let anchor = format!("id=\"s-{}\"", &c[3]);
            assert!(
                pages[part - 1].1.contains(&anchor),
                "{} links {}, whose part has no {anchor}",
                path,
                &c[1]
            );
            checked += 1;
        }
    }
    assert!(checked > 10, "only {checked} sentence links checked");
}

/// Follows `next` from `uri`, collecting the items under `key`.
async fn follow(router: &Router, uri: &str, key: &str) -> (usize, Vec<serde_json::Value>) {
    let mut items = Vec::new();
    let mut total = None;
    let mut next = Some(uri.to_string());
    let mut answers = 0;
    while let Some(uri) = next {
        let answer = fetch(router, &uri).await;
        expect_status(&answer, StatusCode::OK, &uri);
        let json = answer.json();
        let this_total = json["total"].as_u64().unwrap() as usize;
        assert_eq!(
            *total.get_or_insert(this_total),
            this_total,
            "{uri}: total changed"
        );
        let page = json[key].as_array().unwrap();
        assert!(page.len() <= json["limit"].as_u64().unwrap() as usize);
        items.extend(page.iter().cloned());
        next = json["next"].as_str().map(str::to_string);
        answers += 1;
        assert!(answers < 1000, "{uri}: next never ends");
    }
    (total.unwrap_or(0), items)
}

#[tokio::test]
async fn following_next_in_the_api_collects_every_event_exactly_once() {
    let store = state().store();
    let router = router();
    let actor = busiest_actor(&store);
    for (query, q, newest) in [
        ("", Query::default(), false),
        ("limit=333&order=newest", Query::default(), true),
        (
            &*format!("actor={actor}&limit=1000"),
            Query {
                actors: vec![actor.clone()],
                ..Query::default()
            },
            false,
        ),
    ] {
        let uri = format!("/api/events?{query}");
        let (total, events) = follow(&router, &uri, "events").await;
        let ids: Vec<String> = events
            .iter()
            .map(|e| e["id"].as_str().unwrap().to_string())
            .collect();
        let want = expected(&store, &q, newest);
        assert_eq!(total, want.len(), "{uri}");
        same_sequence(&ids, &want, &uri);
    }
    let (status, first) = (StatusCode::OK, fetch(&router, "/api/events").await.json());
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        first["events"].as_array().unwrap().len(),
        100,
        "the default limit"
    );
    assert_eq!(first["offset"], 0);
    assert_eq!(first["next"], "/api/events?limit=100&offset=100");
    assert!(first["facets"]["actors"].as_array().unwrap().len() > 100);
    let end = fetch(
        &router,
        &format!("/api/events?offset={}", store.events().len()),
    )
    .await;
    let end = end.json();
    assert!(end["events"].as_array().unwrap().is_empty());
    assert!(end["next"].is_null());
    for (list, count) in [
        ("actors", store.actors().len()),
        ("documents", store.documents().len()),
        ("topics", store.topics().len()),
    ] {
        let (total, items) = follow(&router, &format!("/api/{list}?limit=250"), list).await;
        let ids: HashSet<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
        assert_eq!(
            (total, items.len(), ids.len()),
            (count, count, count),
            "/api/{list}"
        );
    }
}

#[tokio::test]
async fn bad_windows_are_400s_naming_the_value() {
    let router = router();
    for (query, named) in [
        ("limit=0", "limit=0"),
        ("limit=1001", "limit=1001"),
        ("limit=ten", "limit=ten"),
        ("offset=-5", "offset=-5"),
        ("offset=1e3", "offset=1e3"),
        ("page=0", "page=0"),
    ] {
        for list in ["events", "actors", "documents"] {
            let uri = format!("/api/{list}?{query}");
            let answer = fetch(&router, &uri).await;
            expect_status(&answer, StatusCode::BAD_REQUEST, &uri);
            let json = answer.json();
            assert!(
                json["error"].as_str().unwrap().contains(named),
                "{uri}: {json}"
            );
            assert!(
                json["hint"].as_str().unwrap().contains("whole number"),
                "{uri}: {json}"
            );
        }
    }
}

#[tokio::test]
async fn exports_of_the_whole_archive_hold_every_event() {
    let store = state().store();
    let router = router();
    let total = store.events().len();
    let csv = fetch(&router, "/events.csv").await;
    expect_status(&csv, StatusCode::OK, "/events.csv");
    let mut reader = csv::Reader::from_reader(csv.bytes.as_slice());
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.expect("a CSV record")[0].to_string())
        .collect();
    assert_eq!(ids, expected(&store, &Query::default(), false));
    let ics = fetch(&router, "/events.ics").await;
    expect_status(&ics, StatusCode::OK, "/events.ics");
    assert_eq!(ics.body.matches("BEGIN:VEVENT\r\n").count(), total);
    assert!(ics.body.ends_with("END:VCALENDAR\r\n"));
    let atom = fetch(&router, "/feed.atom").await;
    expect_status(&atom, StatusCode::OK, "/feed.atom");
    let feed = roxmltree::Document::parse(&atom.body).expect("the feed is XML");
    let entries = feed
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .count();
    assert_eq!(entries, total);
}

/// Every address to sweep: each kind of page at its page boundaries.
fn addresses(store: &Store) -> Vec<String> {
    let mut out: Vec<String> = ["/about", "/healthz", "/readyz", "/static/app.css"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let actor = busiest_actor(store);
    let topic = store
        .topics()
        .iter()
        .max_by_key(|t| store.topic_event_count(&t.id))
        .map(|t| t.id.clone())
        .unwrap();
    let views = [
        String::new(),
        "order=newest".into(),
        format!("actor={actor}"),
        format!("topic={topic}"),
        format!("actor={actor}&topic={topic}&order=newest"),
        "from=2015&to=2019-06".into(),
        "q=exercises".into(),
        "q=nothing-matches-this".into(),
        "importance=key".into(),
    ];
    for view in &views {
        let (v, _) = parse_view(view, store);
        let total = store.query(&v.query).events.len();
        let pages = total.div_ceil(PAGE_SIZE).max(1);
        let mut numbers = vec![1, 2, pages.saturating_sub(1), pages, pages + 1];
        numbers.retain(|&n| n >= 1);
        numbers.dedup();
        for n in numbers {
            let page = if n > 1 {
                format!("page={n}")
            } else {
                String::new()
            };
            let query: Vec<&str> = [view.as_str(), page.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            out.push(format!("/?{}", query.join("&")));
        }
        for export in ["/api/events", "/events.csv", "/events.ics", "/feed.atom"] {
            out.push(format!("{export}?{view}"));
        }
    }
    // Statements and lanes of the same views: paged or bounded too.
    for view in &views {
        let (v, _) = parse_view(view, store);
        let pages = store
            .query_statements(&v.query)
            .len()
            .div_ceil(PAGE_SIZE)
            .max(1);
        out.push(format!("/statements?{view}"));
        out.push(format!("/statements?{view}&page={pages}"));
        out.push(format!("/api/statements?{view}"));
        out.push(format!("/api/statements?{view}&limit=1000"));
    }
    let busiest: Vec<String> = {
        let mut actors: Vec<(usize, &str)> = store
            .actors()
            .iter()
            .map(|a| (store.actor_event_count(&a.id), a.id.as_str()))
            .collect();
        actors.sort_by(|a, b| b.cmp(a));
        let mut ids: Vec<String> = actors
            .iter()
            .take(6)
            .map(|(_, id)| id.to_string())
            .collect();
        ids.sort();
        ids
    };
    let lanes: Vec<String> = busiest.iter().map(|id| format!("actor={id}")).collect();
    out.push("/lanes".into());
    out.push(format!("/lanes?{}", lanes.join("&")));
    out.push(format!("/lanes?{}&importance=key", lanes.join("&")));
    out.push(format!("/lanes?{}", lanes[..3].join("&")));
    for index in ["/actors", "/topics", "/documents"] {
        out.push(index.to_string());
        for n in 2..=4 {
            out.push(format!("{index}?page={n}"));
        }
    }
    for list in ["/api/actors", "/api/topics", "/api/documents"] {
        out.push(list.to_string());
        out.push(format!("{list}?limit=1000"));
    }
    let paged = |path: String, items: usize, out: &mut Vec<String>| {
        let pages = items.div_ceil(PAGE_SIZE).max(1);
        out.push(path.clone());
        if pages > 1 {
            out.push(format!("{path}?page={pages}"));
        }
    };
    for (i, event) in store.events().iter().enumerate() {
        if i % 97 == 0 || event.sources.len() > PAGE_SIZE {
            paged(
                format!("/events/{}", segment(&event.id)),
                event.sources.len(),
                &mut out,
            );
            out.push(format!("/api/events/{}", segment(&event.id)));
        }
    }
    for actor in store.actors() {
        let count = store.actor_event_count(&actor.id);
        if count > 0 {
            paged(format!("/actors/{}", segment(&actor.id)), count, &mut out);
        }
    }
    for topic in store.topics() {
        let count = store.topic_event_count(&topic.id);
        paged(format!("/topics/{}", segment(&topic.id)), count, &mut out);
    }
    for (i, document) in store.documents().iter().enumerate() {
        if i % 20 == 0 || document.id == "long.txt" || document.id == "summit-000.txt" {
            out.push(format!("/documents/{}", segment(&document.id)));
        }
    }
    out.push("/documents/long.txt?page=2".into());
    out
}

#[test]
fn the_corpus_is_archive_sized() {
    let store = state().store();
    let events = store.events().len();
    let actors = (0..store.actors().len())
        .filter(|&i| store.actor_event_count(&store.actors()[i].id) > 0)
        .count();
    println!(
        "{} documents, {events} events, {actors} actors with events",
        store.documents().len()
    );
    assert!(store.documents().len() > ARTICLES);
    assert!(events > 20 * PAGE_SIZE, "{events} events");
}

#[tokio::test]
async fn every_kind_of_page_answers_without_a_server_error_and_stays_under_300_kb() {
    let store = state().store();
    let router = router();
    let addresses = addresses(&store);
    let mut largest = (0, String::new());
    let mut html_pages = 0;
    for uri in &addresses {
        let answer = fetch(&router, uri).await;
        assert!(
            !answer.status.is_server_error(),
            "{uri}: {} {}",
            answer.status,
            &answer.body[..answer.body.len().min(300)]
        );
        if answer.is_html() {
            html_pages += 1;
            if let Ok(folder) = std::env::var("SCALE_DUMP_OVERSIZED")
                && answer.bytes.len() > MAX_PAGE_BYTES * 8 / 10
            {
                std::fs::write(format!("{folder}/oversized.html"), &answer.bytes).unwrap();
            }
            assert!(
                answer.bytes.len() <= MAX_PAGE_BYTES,
                "{uri}: {} bytes of HTML",
                answer.bytes.len()
            );
            if answer.bytes.len() > largest.0 {
                largest = (answer.bytes.len(), uri.clone());
            }
        }
    }
    println!(
        "{} addresses, {html_pages} HTML pages, the largest {} bytes: {}",
        addresses.len(),
        largest.0,
        largest.1
    );
    assert!(html_pages > 500, "only {html_pages} pages swept");
}
