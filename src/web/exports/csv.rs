//! The CSV export: one row per event, CRLF line ends, cells quoted when
//! they must be, and cells a spreadsheet would run as a formula defused.

use std::borrow::Cow;

use super::{Format, documents, names};
use crate::model::Event;
use crate::store::Store;
use crate::web::format::{Urls, segment};
use crate::web::params::View;

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
pub const CSV_HEADER: [&str; 14] = [
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
    "key",
    "importance",
    "tone",
    "tone_cue",
];

fn row(cells: &[&str], out: &mut String) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_cell(cell));
    }
    out.push_str("\r\n");
}

/// CSV for spreadsheets.
pub struct Csv;

impl Format for Csv {
    const CONTENT_TYPE: &'static str = "text/csv; charset=utf-8";
    const EXTENSION: Option<&'static str> = Some("csv");

    fn head(&self, _: &View, _: &Store, _: &Urls) -> String {
        let mut out = String::new();
        row(&CSV_HEADER, &mut out);
        out
    }

    fn entry(&self, event: &Event, store: &Store, urls: &Urls, out: &mut String) {
        let (actors, topics) = names(event, store);
        let quotes: Vec<&str> = event.sources.iter().map(|s| s.quote.trim()).collect();
        let url = urls.best(&format!("/events/{}", segment(&event.id)));
        let insight = store.insight(event);
        let score = insight.map_or(String::new(), |i| i.importance.score.to_string());
        let cue = insight
            .and_then(|i| i.tone.cue())
            .map_or("", |c| c.words.as_str());
        row(
            &[
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
                if insight.is_some_and(|i| i.importance.key) {
                    "true"
                } else {
                    "false"
                },
                &score,
                insight.map_or("neutral", |i| i.tone.tone.as_str()),
                cue,
            ],
            out,
        );
    }

    fn tail(&self) -> &'static str {
        ""
    }
}
