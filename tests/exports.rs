//! Exports of a view (CSV, iCalendar, Atom), driven through the router:
//! each parses, holds one record per event of the view, and escapes what
//! its format needs escaped.

mod common;

use common::fetch;

use std::sync::OnceLock;

use axum::Router;
use axum::http::{StatusCode, header};
use csto_timeline::corpus::CorpusSource;
use csto_timeline::extract::load_corpus;
use csto_timeline::model::EventDate;
use csto_timeline::store::Store;
use csto_timeline::web::exports::{
    CSV_HEADER, csv_cell, date_span, fold, ics_text, neutralise, xml_text,
};
use csto_timeline::web::{AppState, Settings, app};

/// The ids, dates and titles `/api/events` gives for a query, in its order.
async fn api_events(query: &str) -> Vec<(String, String, String)> {
    let (status, json) = common::get_json(&format!("/api/events?{query}")).await;
    assert_eq!(status, StatusCode::OK, "/api/events?{query}");
    json["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap().to_string(),
                e["date"].as_str().unwrap().to_string(),
                e["title"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Views to export: everything, newest first, a date range, a search, and
/// the busiest actor when there is one.
fn queries() -> Vec<String> {
    let store = common::seed_state().store();
    let mut queries = vec![
        String::new(),
        "order=newest".into(),
        "from=2022&to=2023-06".into(),
        "q=csto".into(),
    ];
    if let Some(actor) = store
        .actors()
        .iter()
        .max_by_key(|a| store.actor_event_count(&a.id))
    {
        queries.push(format!("actor={}", actor.id));
    }
    queries
}

/// The seed corpus served at a public address.
fn public_app() -> Router {
    static STATE: OnceLock<AppState> = OnceLock::new();
    let state = STATE.get_or_init(|| {
        let store = Store::build(load_corpus(&CorpusSource::Seeds).expect("seeds load"))
            .expect("seeds parse");
        AppState::new(
            store,
            Settings {
                base_path: String::new(),
                public_url: Some("https://timeline.example.org/".into()),
            },
        )
    });
    app(state.clone())
}

// ---------------------------------------------------------------- CSV

#[test]
fn formula_cells_are_neutralised() {
    for cell in [
        "=HYPERLINK(\"http://x\")",
        "+1",
        "-2",
        "@SUM(A1:A2)",
        "\t=1",
        "\r=1",
    ] {
        assert!(neutralise(cell).starts_with('\''), "{cell:?}");
        assert_eq!(&neutralise(cell)[1..], cell);
    }
    for cell in ["Pashinyan said", "2022-11-23", "", "'quoted"] {
        assert_eq!(neutralise(cell), cell);
    }
    assert_eq!(csv_cell("a,b"), "\"a,b\"");
    assert_eq!(csv_cell("say \"no\""), "\"say \"\"no\"\"\"");
    assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv_cell("=1,2"), "\"'=1,2\"");
}

#[tokio::test]
async fn the_csv_parses_with_one_row_per_event() {
    let router = common::seed_app();
    for query in queries() {
        let answer = fetch(&router, &format!("/events.csv?{query}")).await;
        assert_eq!(answer.status, StatusCode::OK, "{query}");
        assert_eq!(
            answer.header(header::CONTENT_TYPE),
            "text/csv; charset=utf-8"
        );
        assert_eq!(
            answer.header(header::CONTENT_DISPOSITION),
            "attachment; filename=\"armenia-csto-timeline.csv\""
        );
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(answer.body.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect();
        assert_eq!(headers, CSV_HEADER);
        let rows: Vec<csv::StringRecord> = reader
            .records()
            .map(|r| r.expect("a well-formed row"))
            .collect();
        let expected = api_events(&query).await;
        assert_eq!(rows.len(), expected.len(), "one row per event of ?{query}");
        for (row, (id, date, title)) in rows.iter().zip(&expected) {
            assert_eq!(&row[0], id.as_str());
            assert_eq!(&row[1], date.as_str());
            assert!(["day", "month", "year"].contains(&&row[2]), "{row:?}");
            assert!(["true", "false"].contains(&&row[3]), "{row:?}");
            assert_eq!(
                row[4].trim_start_matches('\''),
                title.trim_start_matches('\''),
                "the title comes back intact"
            );
            assert!(row[9].ends_with(&format!("/events/{id}")), "{row:?}");
            for cell in row.iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "a formula cell: {cell:?}"
                );
            }
        }
    }
}

// ---------------------------------------------------------------- iCalendar

#[test]
fn calendar_spans_end_the_day_after_the_period() {
    let span = |text: &str| {
        let (start, end) = date_span(EventDate::parse(text).unwrap());
        (
            start.format("%Y%m%d").to_string(),
            end.format("%Y%m%d").to_string(),
        )
    };
    assert_eq!(span("2022-11-23"), ("20221123".into(), "20221124".into()));
    assert_eq!(span("2022-12"), ("20221201".into(), "20230101".into()));
    assert_eq!(span("2018"), ("20180101".into(), "20190101".into()));
    assert_eq!(span("2022-12-31"), ("20221231".into(), "20230101".into()));
    assert_eq!(span("2024-02"), ("20240201".into(), "20240301".into()));
}

#[test]
fn calendar_text_is_escaped_and_folded() {
    assert_eq!(
        ics_text("Yerevan, Minsk; \\ \"CSTO\"\nnext"),
        "Yerevan\\, Minsk\\; \\\\ \"CSTO\"\\nnext"
    );
    let line = format!("DESCRIPTION:{}", "Пашинян сказал, что ОДКБ — ".repeat(12));
    let folded = fold(&line);
    assert!(folded.ends_with("\r\n"));
    for physical in folded.trim_end_matches("\r\n").split("\r\n") {
        assert!(
            physical.len() <= 75,
            "{} octets: {physical:?}",
            physical.len()
        );
    }
    assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), line);
}

/// The properties of each VEVENT of a calendar, unfolded.
fn vevents(body: &str) -> Vec<Vec<(String, String)>> {
    let unfolded = body.replace("\r\n ", "");
    let mut events = Vec::new();
    let mut current: Option<Vec<(String, String)>> = None;
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        match line {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => events.extend(current.take()),
            _ => {
                if let (Some(properties), Some((name, value))) =
                    (current.as_mut(), line.split_once(':'))
                {
                    properties.push((name.to_string(), value.to_string()));
                }
            }
        }
    }
    events
}

#[tokio::test]
async fn the_calendar_has_one_all_day_event_per_event() {
    let router = common::seed_app();
    for query in queries() {
        let answer = fetch(&router, &format!("/events.ics?{query}")).await;
        assert_eq!(answer.status, StatusCode::OK, "{query}");
        assert_eq!(
            answer.header(header::CONTENT_TYPE),
            "text/calendar; charset=utf-8"
        );
        assert_eq!(
            answer.header(header::CONTENT_DISPOSITION),
            "attachment; filename=\"armenia-csto-timeline.ics\""
        );
        let body = &answer.body;
        assert!(
            body.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"),
            "{query}"
        );
        assert!(body.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !body.replace("\r\n", "").contains(['\n', '\r']),
            "every line ends with CRLF"
        );
        for line in body.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        let events = vevents(body);
        let expected = api_events(&query).await;
        assert_eq!(
            events.len(),
            expected.len(),
            "one VEVENT per event of ?{query}"
        );
        let mut stamps = std::collections::BTreeSet::new();
        for (properties, (id, date, _)) in events.iter().zip(&expected) {
            let get = |name: &str| {
                properties
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.as_str())
            };
            assert_eq!(get("UID"), Some(format!("{id}@csto-timeline").as_str()));
            let (start, end) = date_span(EventDate::parse(date).unwrap());
            assert_eq!(
                get("DTSTART;VALUE=DATE"),
                Some(start.format("%Y%m%d").to_string().as_str()),
                "{id}"
            );
            assert_eq!(
                get("DTEND;VALUE=DATE"),
                Some(end.format("%Y%m%d").to_string().as_str()),
                "{id}"
            );
            assert!(get("SUMMARY").is_some_and(|s| !s.is_empty()));
            assert!(get("DESCRIPTION").is_some());
            assert_eq!(get("URL"), None, "no address without a public address");
            stamps.extend(get("DTSTAMP").map(str::to_string));
        }
        assert!(
            stamps.len() <= 1,
            "one stamp for the whole corpus: {stamps:?}"
        );
        let again = fetch(&router, &format!("/events.ics?{query}")).await;
        assert_eq!(again.body, answer.body, "the export is stable");
    }
}

#[tokio::test]
async fn the_calendar_links_events_at_the_public_address() {
    let answer = fetch(&public_app(), "/events.ics").await;
    let events = vevents(&answer.body);
    for properties in &events {
        let uid = &properties.iter().find(|(n, _)| n == "UID").unwrap().1;
        let id = uid.trim_end_matches("@csto-timeline");
        let url = properties
            .iter()
            .find(|(n, _)| n == "URL")
            .map(|(_, v)| v.as_str());
        assert_eq!(
            url,
            Some(format!("https://timeline.example.org/events/{id}").as_str())
        );
    }
}

// ---------------------------------------------------------------- Atom

const ATOM: &str = "http://www.w3.org/2005/Atom";

#[test]
fn xml_text_escapes_markup_and_drops_what_xml_cannot_hold() {
    assert_eq!(
        xml_text("a < b & \"c\" > 'd'"),
        "a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;"
    );
    assert_eq!(xml_text("bell\u{7}\u{FFFE}ok\tline\n"), "bellok\tline\n");
}

#[tokio::test]
async fn the_feed_parses_with_one_entry_per_event_newest_first() {
    let router = common::seed_app();
    for query in queries() {
        let answer = fetch(&router, &format!("/feed.atom?{query}")).await;
        assert_eq!(answer.status, StatusCode::OK, "{query}");
        assert_eq!(
            answer.header(header::CONTENT_TYPE),
            "application/atom+xml; charset=utf-8"
        );
        let document =
            roxmltree::Document::parse(&answer.body).expect("the feed is well-formed XML");
        let feed = document.root_element();
        assert!(feed.has_tag_name((ATOM, "feed")));
        for name in ["id", "title", "updated", "author"] {
            assert!(
                feed.children().any(|c| c.has_tag_name((ATOM, name))),
                "<feed> has no <{name}>"
            );
        }
        let entries: Vec<roxmltree::Node> = feed
            .children()
            .filter(|c| c.has_tag_name((ATOM, "entry")))
            .collect();
        let newest_first = {
            let mut q: Vec<&str> = query
                .split('&')
                .filter(|p| !p.is_empty() && !p.starts_with("order="))
                .collect();
            q.push("order=newest");
            api_events(&q.join("&")).await
        };
        assert_eq!(
            entries.len(),
            newest_first.len(),
            "one entry per event of ?{query}"
        );
        for (entry, (id, _, title)) in entries.iter().zip(&newest_first) {
            let child = |name: &str| entry.children().find(|c| c.has_tag_name((ATOM, name)));
            assert_eq!(
                child("id").and_then(|n| n.text()),
                Some(format!("urn:csto-timeline:event:{id}").as_str())
            );
            assert!(
                child("title")
                    .and_then(|n| n.text())
                    .is_some_and(|t| t.contains(title.as_str())),
                "{id}"
            );
            let updated = child("updated").and_then(|n| n.text()).unwrap();
            assert!(
                updated.len() == 20 && updated.ends_with("T00:00:00Z"),
                "{updated}"
            );
            let link = child("link").unwrap();
            assert_eq!(
                link.attribute("href"),
                Some(format!("/events/{id}").as_str())
            );
        }
    }
}

#[tokio::test]
async fn the_feed_links_are_absolute_at_the_public_address() {
    let answer = fetch(&public_app(), "/feed.atom?order=newest").await;
    let document = roxmltree::Document::parse(&answer.body).expect("well-formed");
    let links: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name((ATOM, "link")))
        .filter_map(|n| n.attribute("href"))
        .collect();
    assert!(!links.is_empty());
    for link in links {
        assert!(link.starts_with("https://timeline.example.org/"), "{link}");
    }
    let id = document
        .root_element()
        .children()
        .find(|c| c.has_tag_name((ATOM, "id")))
        .and_then(|n| n.text());
    assert_eq!(
        id,
        Some("https://timeline.example.org/feed.atom?order=newest")
    );
}

// ---------------------------------------------------------------- bad input

#[tokio::test]
async fn a_bad_query_answers_400_naming_the_problem() {
    let router = common::seed_app();
    for export in ["/events.csv", "/events.ics", "/feed.atom"] {
        for (query, named) in [
            ("actor=no-such-actor", "no-such-actor"),
            ("from=2022-13", "2022-13"),
            ("order=sideways", "sideways"),
        ] {
            let answer = fetch(&router, &format!("{export}?{query}")).await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{export}?{query}");
            assert!(
                answer
                    .header(header::CONTENT_TYPE)
                    .starts_with("text/plain"),
                "{export}?{query}"
            );
            assert!(
                answer.body.contains(named),
                "{export}?{query}: {}",
                answer.body
            );
        }
    }
}
