//! The iCalendar export: one all-day VEVENT per event (month- or
//! year-precise events span their month or year), text escaped, lines
//! ending in CRLF and folded at 75 octets.

use chrono::NaiveDate;

use super::{Format, NAME, citations, corpus_stamp, insight_lines, names};
use crate::model::{Event, EventDate, Precision};
use crate::store::Store;
use crate::web::format::{Urls, segment};
use crate::web::params::View;

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

pub(super) fn ics_date(day: NaiveDate) -> String {
    day.format("%Y%m%d").to_string()
}

/// iCalendar for calendars, stamped with the corpus's last day.
pub struct Ics {
    stamp: String,
}

impl Ics {
    pub fn new(store: &Store) -> Ics {
        Ics {
            stamp: format!("{}T000000Z", ics_date(corpus_stamp(store))),
        }
    }
}

impl Format for Ics {
    const CONTENT_TYPE: &'static str = "text/calendar; charset=utf-8";
    const EXTENSION: Option<&'static str> = Some("ics");

    fn head(&self, _: &View, _: &Store, _: &Urls) -> String {
        let mut out = String::new();
        for line in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//csto-timeline//Armenia-CSTO Timeline//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            &format!("X-WR-CALNAME:{}", ics_text(NAME)),
        ] {
            out.push_str(&fold(line));
        }
        out
    }

    fn entry(&self, event: &Event, store: &Store, urls: &Urls, out: &mut String) {
        let mut line = |text: &str| out.push_str(&fold(text));
        let (start, end) = date_span(event.date);
        let (actors, topics) = names(event, store);
        let mut description = Vec::new();
        if event.approximate {
            description.push(format!(
                "Approximate date ({}): dated by the article's publication.",
                event.date.human()
            ));
        } else if event.date.precision() != Precision::Day {
            description.push(format!(
                "Dated only to {} {}.",
                event.date.precision().as_str(),
                event.date.human()
            ));
        }
        description.extend(insight_lines(event, store));
        description.extend(citations(event, store));
        if !actors.is_empty() {
            description.push(format!("Actors: {}", actors.join(", ")));
        }
        line("BEGIN:VEVENT");
        line(&format!("UID:{}@csto-timeline", ics_text(&event.id)));
        line(&format!("DTSTAMP:{}", self.stamp));
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

    fn tail(&self) -> &'static str {
        "END:VCALENDAR\r\n"
    }
}
