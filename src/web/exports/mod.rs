//! Exports of a view, with the same query string as the timeline: CSV for
//! spreadsheets, iCalendar for calendars, Atom for feed readers.
//!
//! Each format is small enough to write by hand, with its own escaping:
//! CSV quotes cells and neutralises cells a spreadsheet would run as a
//! formula; iCalendar escapes text, ends lines with CRLF and folds them at
//! 75 octets; Atom escapes XML and drops characters XML cannot hold. The
//! stamps in the calendar and the feed come from the corpus, not the clock,
//! so the same corpus always exports the same bytes.
//!
//! An export holds the whole view, whatever its size: it is written a few
//! dozen events at a time into a streaming body, so a view of a hundred
//! thousand events never sits in memory as one string.

mod atom;
mod csv;
mod ics;

use std::convert::Infallible;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;

pub use atom::xml_text;
pub use csv::{CSV_HEADER, csv_cell, neutralise};
pub use ics::{date_span, fold, ics_text};

use super::AppState;
use super::format::{DateView, Urls};
use super::pages::is_web_address;
use super::params::{Order, View, parse_view};
use crate::model::Event;
use crate::store::{EventIndex, Store};

/// The file name stem of downloads.
const FILE_NAME: &str = "armenia-csto-timeline";
/// The feed's and calendar's name.
const NAME: &str = "Armenia–CSTO Timeline";
/// Events written into one chunk of a streamed export.
const CHUNK_EVENTS: usize = 64;

/// One export format: what comes before the events, each event, and what
/// comes after.
trait Format: Send + Sync + 'static {
    const CONTENT_TYPE: &'static str;
    /// The extension of the download, or none for a feed shown inline.
    const EXTENSION: Option<&'static str>;
    /// Whether the events come newest first whatever the view's order.
    const NEWEST_FIRST: bool = false;
    fn head(&self, view: &View, store: &Store, urls: &Urls) -> String;
    fn entry(&self, event: &Event, store: &Store, urls: &Urls, out: &mut String);
    fn tail(&self) -> &'static str;
}

/// The view of a request, or a 400 naming what was not understood.
fn view_of(raw: Option<&str>, store: &Store) -> Result<View, Box<Response>> {
    let (view, problems) = parse_view(raw.unwrap_or(""), store);
    if problems.is_empty() {
        return Ok(view);
    }
    let mut body = String::from("This address was not understood:\n");
    for problem in &problems {
        body.push_str(&format!("- {}: {}\n", problem.message, problem.hint));
    }
    Err(Box::new(
        (
            StatusCode::BAD_REQUEST,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            body,
        )
            .into_response(),
    ))
}

/// The events of a view in the order the format writes them. Exports
/// hold the whole view: its page is not looked at.
fn ordered<F: Format>(view: &View, store: &Store) -> Vec<EventIndex> {
    let mut events = store.query(&view.query).events;
    let newest = if F::NEWEST_FIRST {
        true
    } else {
        view.order == Order::Newest
    };
    if newest {
        events.reverse();
    }
    events
}

/// The whole export of a view as one string (for tools and tests; the
/// server streams it with [`stream`]).
fn whole<F: Format>(format: &F, view: &View, store: &Store, urls: &Urls) -> String {
    let mut out = format.head(view, store, urls);
    for i in ordered::<F>(view, store) {
        format.entry(store.event_at(i), store, urls, &mut out);
    }
    out.push_str(format.tail());
    out
}

/// The export of a view as a streaming body: the head, then the events a
/// chunk at a time, then the tail. It owns what it needs, so it outlives
/// the handler and a reload of the corpus.
fn stream<F: Format>(format: F, view: View, store: Arc<Store>, urls: Urls) -> Body {
    let events = ordered::<F>(&view, &store);
    let head = format.head(&view, &store, &urls);
    let tail = format.tail();
    let chunks = (0..events.len()).step_by(CHUNK_EVENTS).map(move |start| {
        let end = (start + CHUNK_EVENTS).min(events.len());
        let mut out = String::new();
        for &i in &events[start..end] {
            format.entry(store.event_at(i), &store, &urls, &mut out);
        }
        out
    });
    let pieces = std::iter::once(head)
        .chain(chunks)
        .chain(std::iter::once(tail.to_string()))
        .map(|piece| Ok::<Bytes, Infallible>(Bytes::from(piece)));
    Body::from_stream(futures_util::stream::iter(pieces))
}

/// The export of the view a query string asks for, streamed; a bad query
/// gets its 400.
fn export<F: Format>(format: F, state: &AppState, raw: Option<&str>) -> Response {
    let store = state.store();
    let view = match view_of(raw, &store) {
        Ok(view) => view,
        Err(response) => return *response,
    };
    let body = stream(format, view, store, Urls::new(state.settings()));
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(F::CONTENT_TYPE),
    );
    if let Some(extension) = F::EXTENSION
        && let Ok(value) =
            HeaderValue::from_str(&format!("attachment; filename=\"{FILE_NAME}.{extension}\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// `GET /events.csv?…`
pub async fn csv(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    export(csv::Csv, &state, raw.as_deref())
}

/// `GET /events.ics?…`
pub async fn ics(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let stamp = ics::Ics::new(&state.store());
    export(stamp, &state, raw.as_deref())
}

/// `GET /feed.atom?…`
pub async fn atom(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    export(atom::Atom, &state, raw.as_deref())
}

/// The CSV of a view, whole.
pub fn csv_body(view: &View, store: &Store, urls: &Urls) -> String {
    whole(&csv::Csv, view, store, urls)
}

/// The iCalendar of a view, whole.
pub fn ics_body(view: &View, store: &Store, urls: &Urls) -> String {
    whole(&ics::Ics::new(store), view, store, urls)
}

/// The Atom feed of a view, whole.
pub fn atom_body(view: &View, store: &Store, urls: &Urls) -> String {
    whole(&atom::Atom, view, store, urls)
}

/// The day the corpus was last written to: its latest publication date,
/// else its latest event day, else the Unix epoch.
pub fn corpus_stamp(store: &Store) -> NaiveDate {
    store
        .documents()
        .iter()
        .filter_map(|d| d.published)
        .max()
        .or_else(|| store.events().iter().map(|e| e.date.last_day()).max())
        .unwrap_or_default()
}

/// The names of an event's actors and topics.
/// What the analysis says of an event, for people: whether it is key and
/// its tone with the cue that decided it.
fn insight_lines(event: &Event, store: &Store) -> Vec<String> {
    let Some(insight) = store.insight(event) else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if insight.importance.key {
        lines.push("Key event.".to_string());
    }
    if insight.tone.about {
        lines.push(format!("Tone: {}", insight.tone.explain()));
    }
    lines
}

fn names(event: &Event, store: &Store) -> (Vec<String>, Vec<String>) {
    use crate::store::Facet;
    let [actors, topics] = Facet::ALL.map(|facet| {
        store
            .facets_of(event, facet)
            .map(|v| v.name.to_string())
            .collect()
    });
    (actors, topics)
}

/// The event's documents, each once, in the order of its sources.
fn documents(event: &Event) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for source in &event.sources {
        if !out.contains(&source.document.as_str()) {
            out.push(&source.document);
        }
    }
    out
}

/// Every report of an event as lines of text: the quote, then where it is from.
fn citations(event: &Event, store: &Store) -> Vec<String> {
    event
        .sources
        .iter()
        .map(|source| {
            let document = store.document(&source.document);
            let mut from = document
                .and_then(|d| d.title.clone())
                .unwrap_or_else(|| source.document.to_string());
            if let Some(publisher) = document.and_then(|d| d.publisher.as_deref()) {
                from.push_str(&format!(", {publisher}"));
            }
            if let Some(published) = document.and_then(|d| d.published) {
                from.push_str(&format!(", {}", DateView::day(published).human));
            }
            if let Some(url) = document
                .and_then(|d| d.url.as_deref())
                .filter(|u| is_web_address(u))
            {
                from.push_str(&format!(" <{url}>"));
            }
            format!("“{}” ({from})", source.quote.trim())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::ics::ics_date;
    use super::*;
    use crate::model::EventDate;

    #[test]
    fn spans_end_the_day_after() {
        let span = |d: &str| {
            let (a, b) = date_span(EventDate::parse(d).unwrap());
            (ics_date(a), ics_date(b))
        };
        assert_eq!(span("2022-11-23"), ("20221123".into(), "20221124".into()));
        assert_eq!(span("2022-12"), ("20221201".into(), "20230101".into()));
        assert_eq!(span("2018"), ("20180101".into(), "20190101".into()));
        assert_eq!(span("2024-02"), ("20240201".into(), "20240301".into()));
    }

    #[test]
    fn formulas_are_neutralised() {
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(
                csv_cell(bad).trim_start_matches('"').starts_with('\''),
                "{bad:?}"
            );
        }
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, \"b\""), "\"a, \"\"b\"\"\"");
    }

    #[test]
    fn long_lines_fold_at_75_octets() {
        let line = format!("DESCRIPTION:{}", "Ереван ".repeat(40));
        let folded = fold(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(ics_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }

    #[test]
    fn xml_text_is_escaped_and_clean() {
        assert_eq!(
            xml_text("<a href=\"x\">&'\u{1}</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"
        );
    }
}
