//! Exports of a view, with the same query string as the timeline: CSV for
//! spreadsheets, iCalendar for calendars, Atom for feed readers.
//!
//! Each format is small enough to write by hand, with its own escaping:
//! CSV quotes cells and neutralises cells a spreadsheet would run as a
//! formula; iCalendar escapes text, ends lines with CRLF and folds them at
//! 75 octets; Atom escapes XML and drops characters XML cannot hold. The
//! stamps in the calendar and the feed come from the corpus, not the clock,
//! so the same corpus always exports the same bytes.

use std::borrow::Cow;

use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use super::AppState;
use super::format::{DateView, Urls, segment, with_query};
use super::pages::{describe, is_web_address, view_events};
use super::params::{Order, View, parse_view};
use crate::extract::calendar::EventDate;
use crate::extract::events::Event;
use crate::store::Store;

/// The file name stem of downloads.
const FILE_NAME: &str = "armenia-csto-timeline";
/// The feed's and calendar's name.
const NAME: &str = "Armenia–CSTO Timeline";

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

fn download(body: String, content_type: &'static str, extension: &str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) =
        HeaderValue::from_str(&format!("attachment; filename=\"{FILE_NAME}.{extension}\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
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
fn names(event: &Event, store: &Store) -> (Vec<String>, Vec<String>) {
    let actors = event
        .actors
        .iter()
        .filter_map(|id| store.actor(id))
        .map(|a| a.name.clone())
        .collect();
    let topics = event
        .topics
        .iter()
        .filter_map(|id| store.topic(id))
        .map(|t| t.name.clone())
        .collect();
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
                .unwrap_or_else(|| source.document.clone());
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

// ---------------------------------------------------------------- CSV

/// Prefixes a cell that a spreadsheet would read as a formula with `'`.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// One CSV cell: neutralised, and quoted when it must be.
pub fn csv_cell(cell: &str) -> String {
    let cell = neutralise(cell);
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.into_owned()
    }
}

/// The header of the CSV export.
pub const CSV_HEADER: [&str; 10] = [
    "id",
    "date",
    "precision",
    "approximate",
    "title",
    "actors",
    "topics",
    "documents",
    "quotes",
    "url",
];

/// The CSV of some events, with CRLF line ends.
pub fn csv_body(events: &[&Event], store: &Store, urls: &Urls) -> String {
    let mut out = String::new();
    let mut row = |cells: &[&str]| {
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    };
    row(&CSV_HEADER);
    for event in events {
        let (actors, topics) = names(event, store);
        let quotes: Vec<&str> = event.sources.iter().map(|s| s.quote.trim()).collect();
        let url = urls.best(&format!("/events/{}", segment(&event.id)));
        row(&[
            &event.id,
            &event.date.to_string(),
            event.date.precision().as_str(),
            if event.approximate { "true" } else { "false" },
            &event.title,
            &actors.join("; "),
            &topics.join("; "),
            &documents(event).join("; "),
            &quotes.join("\n"),
            &url,
        ]);
    }
    out
}

/// The events of the view a query string asks for, rendered by `render`
/// as a download; a bad query gets its 400.
fn export(
    state: &AppState,
    raw: Option<&str>,
    render: fn(&[&Event], &Store, &Urls) -> String,
    content_type: &'static str,
    extension: &str,
) -> Response {
    let store = state.store();
    let view = match view_of(raw, &store) {
        Ok(view) => view,
        Err(response) => return *response,
    };
    let events = view_events(&store, &view);
    download(
        render(&events, &store, &Urls::new(state.settings())),
        content_type,
        extension,
    )
}

/// `GET /events.csv?…`
pub async fn csv(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    export(
        &state,
        raw.as_deref(),
        csv_body,
        "text/csv; charset=utf-8",
        "csv",
    )
}

// ---------------------------------------------------------------- iCalendar

/// The all-day span of a date: its first day and the day after its last
/// (iCalendar's end is exclusive).
pub fn date_span(date: EventDate) -> (NaiveDate, NaiveDate) {
    let last = date.last_day();
    (date.first_day(), last.succ_opt().unwrap_or(last))
}

/// Escapes iCalendar TEXT: backslash, semicolon, comma and line breaks;
/// other control characters are dropped.
pub fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so no line is longer than 75 octets, each
/// ending in CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

fn ics_date(day: NaiveDate) -> String {
    day.format("%Y%m%d").to_string()
}

/// The iCalendar of some events: one all-day VEVENT each.
pub fn ics_body(events: &[&Event], store: &Store, urls: &Urls) -> String {
    let stamp = format!("{}T000000Z", ics_date(corpus_stamp(store)));
    let mut out = String::new();
    let mut line = |text: &str| out.push_str(&fold(text));
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//csto-timeline//Armenia-CSTO Timeline//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", ics_text(NAME)));
    for event in events {
        let (start, end) = date_span(event.date);
        let (actors, topics) = names(event, store);
        let mut description = Vec::new();
        if event.approximate {
            description.push(format!(
                "Approximate date ({}): dated by the article's publication.",
                event.date.human()
            ));
        } else if event.date.precision() != crate::extract::calendar::Precision::Day {
            description.push(format!(
                "Dated only to {} {}.",
                event.date.precision().as_str(),
                event.date.human()
            ));
        }
        description.extend(citations(event, store));
        if !actors.is_empty() {
            description.push(format!("Actors: {}", actors.join(", ")));
        }
        line("BEGIN:VEVENT");
        line(&format!("UID:{}@csto-timeline", ics_text(&event.id)));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", ics_date(start)));
        line(&format!("DTEND;VALUE=DATE:{}", ics_date(end)));
        line(&format!("SUMMARY:{}", ics_text(&event.title)));
        line(&format!(
            "DESCRIPTION:{}",
            ics_text(&description.join("\n\n"))
        ));
        if !topics.is_empty() {
            let categories: Vec<String> = topics.iter().map(|t| ics_text(t)).collect();
            line(&format!("CATEGORIES:{}", categories.join(",")));
        }
        if let Some(url) = urls.absolute(&format!("/events/{}", segment(&event.id))) {
            line(&format!("URL:{url}"));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// `GET /events.ics?…`
pub async fn ics(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    export(
        &state,
        raw.as_deref(),
        ics_body,
        "text/calendar; charset=utf-8",
        "ics",
    )
}

// ---------------------------------------------------------------- Atom

/// Escapes text for XML, dropping characters XML 1.0 cannot hold.
pub fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn atom_time(day: NaiveDate) -> String {
    format!("{}T00:00:00Z", day.format("%Y-%m-%d"))
}

/// The Atom feed of a view: one entry per event, newest first.
pub fn atom_body(view: &View, store: &Store, urls: &Urls) -> String {
    let mut oldest_first = view.clone();
    oldest_first.order = Order::Oldest;
    let mut events = view_events(store, &oldest_first);
    events.reverse();
    let query = view.query_string();
    let words = describe(view, store);
    let title = if words.is_empty() {
        NAME.to_string()
    } else {
        format!("{words} — {NAME}")
    };
    let feed_path = with_query("/feed.atom", &query);
    let id = match urls.absolute(&feed_path) {
        Some(url) => url,
        None if query.is_empty() => "urn:csto-timeline:feed".to_string(),
        None => {
            let digest = Sha256::digest(query.as_bytes());
            let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
            format!("urn:csto-timeline:feed:{hex}")
        }
    };
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    out.push_str(&format!("  <title>{}</title>\n", xml_text(&title)));
    out.push_str(&format!(
        "  <subtitle>Dated events in Armenia's relations with the CSTO, read from news articles{}</subtitle>\n",
        if words.is_empty() { String::new() } else { xml_text(&format!(": {words}")) }
    ));
    out.push_str(&format!("  <id>{}</id>\n", xml_text(&id)));
    out.push_str(&format!(
        "  <updated>{}</updated>\n",
        atom_time(corpus_stamp(store))
    ));
    out.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml_text(&urls.best(&feed_path))
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml_text(&urls.best(&with_query("/", &query)))
    ));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml_text(NAME)
    ));
    out.push_str("  <generator>csto-timeline</generator>\n");
    for event in events {
        let updated = event
            .sources
            .iter()
            .filter_map(|s| store.document(&s.document).and_then(|d| d.published))
            .max()
            .unwrap_or_else(|| event.date.last_day());
        let date = DateView::event(event.date, event.approximate).human;
        let mut summary = vec![format!("{date}: {}", event.title)];
        summary.extend(citations(event, store));
        out.push_str("  <entry>\n");
        out.push_str(&format!(
            "    <id>urn:csto-timeline:event:{}</id>\n",
            xml_text(&event.id)
        ));
        out.push_str(&format!(
            "    <title>{}</title>\n",
            xml_text(&format!("{date}: {}", event.title))
        ));
        out.push_str(&format!("    <updated>{}</updated>\n", atom_time(updated)));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml_text(&urls.best(&format!("/events/{}", segment(&event.id))))
        ));
        for id in &event.topics {
            if let Some(topic) = store.topic(id) {
                out.push_str(&format!(
                    "    <category term=\"{}\" label=\"{}\"/>\n",
                    xml_text(&topic.id),
                    xml_text(&topic.name)
                ));
            }
        }
        out.push_str(&format!(
            "    <summary type=\"text\">{}</summary>\n",
            xml_text(&summary.join("\n\n"))
        ));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// `GET /feed.atom?…`
pub async fn atom(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let view = match view_of(raw.as_deref(), &store) {
        Ok(view) => view,
        Err(response) => return *response,
    };
    let body = atom_body(&view, &store, &Urls::new(state.settings()));
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

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
