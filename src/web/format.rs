//! Small formatting helpers shared by the pages and the exports: dates for
//! people and machines, addresses under the base path, counts in words.

use chrono::NaiveDate;

use super::Settings;
use super::params::View;
use crate::model::EventDate;
use crate::store::Facet;

/// Month abbreviations, as [`EventDate::human`] writes them.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Full month names, for headings.
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date ready for a `<time>` element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateView {
    /// The machine form for the `datetime` attribute ("2022-11-23", "2022-11", "2022").
    pub iso: String,
    /// The form people read, marked "c." when approximate ("c. 14 Nov 2023").
    pub human: String,
    /// Whether the date is only approximate.
    pub approximate: bool,
}

impl DateView {
    /// An event's date at its own precision.
    pub fn event(date: EventDate, approximate: bool) -> DateView {
        let human = date.human();
        DateView {
            iso: date.to_string(),
            human: if approximate {
                format!("c. {human}")
            } else {
                human
            },
            approximate,
        }
    }

    /// A calendar day, such as a publication date.
    pub fn day(date: NaiveDate) -> DateView {
        DateView::event(EventDate::from_naive(date), false)
    }
}

/// Why an approximate date is approximate, for its `title`.
pub const APPROXIMATE_NOTE: &str = "Approximate: dated by the article's publication";

/// "23 Nov 2022" for a day.
pub fn human_day(date: NaiveDate) -> String {
    EventDate::from_naive(date).human()
}

/// "Nov 2022 – Nov 2023", or one date when both ends agree.
pub fn span(first: EventDate, last: EventDate) -> String {
    if first == last {
        first.human()
    } else {
        format!("{} – {}", first.human(), last.human())
    }
}

/// The human name of a month (1..=12): "November".
pub fn month_name(month: u32) -> &'static str {
    MONTH_NAMES[(month.clamp(1, 12) - 1) as usize]
}

/// The abbreviated name of a month (1..=12): "Nov".
pub fn month_abbreviation(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// "1 event", "12 events".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Percent-encodes one path segment: everything but unreserved characters.
pub fn segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Addresses of the site, under its base path, and absolute when the public
/// address is known.
#[derive(Debug, Clone)]
pub struct Urls {
    /// "" or "/prefix".
    pub base: String,
    /// "https://example.org" without a trailing slash, if known.
    pub public: Option<String>,
}

impl Urls {
    pub fn new(settings: &Settings) -> Urls {
        Urls {
            base: settings.base_path.trim_end_matches('/').to_string(),
            public: settings
                .public_url
                .as_deref()
                .map(|u| u.trim().trim_end_matches('/').to_string())
                .filter(|u| !u.is_empty()),
        }
    }

    /// A path under the base: `path("/about")` is "/prefix/about".
    pub fn path(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The absolute address of a path, when the public address is known.
    pub fn absolute(&self, path: &str) -> Option<String> {
        self.public
            .as_ref()
            .map(|public| format!("{public}{}{path}", self.base))
    }

    /// The absolute address when known, else the path under the base.
    pub fn best(&self, path: &str) -> String {
        self.absolute(path).unwrap_or_else(|| self.path(path))
    }

    /// The timeline showing `view`, at its canonical address.
    pub fn view(&self, view: &View) -> String {
        with_query(&self.path("/"), &view.query_string())
    }

    pub fn event(&self, id: &str) -> String {
        self.path(&format!("/events/{}", segment(id)))
    }

    pub fn actor(&self, id: &str) -> String {
        self.facet(Facet::Actor, id)
    }

    pub fn topic(&self, id: &str) -> String {
        self.facet(Facet::Topic, id)
    }

    /// The page of an actor or a topic.
    pub fn facet(&self, facet: Facet, id: &str) -> String {
        self.path(&format!("/{}/{}", facet.plural(), segment(id)))
    }

    pub fn document(&self, id: &str) -> String {
        self.path(&format!("/documents/{}", segment(id)))
    }

    /// The sentence at byte `offset` of a document, on page `page` of the
    /// article (long articles are shown in parts).
    pub fn sentence(&self, document: &str, page: usize, offset: usize) -> String {
        if page > 1 {
            format!("{}?page={page}#s-{offset}", self.document(document))
        } else {
            format!("{}#s-{offset}", self.document(document))
        }
    }
}

/// `path?query`, or `path` alone when the query is empty.
pub fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

/// Askama filters used by the templates.
pub mod filters {
    use super::DateView;

    /// The `datetime` value of a date: `{{ date|iso }}`.
    #[askama::filter_fn]
    pub fn iso(date: &DateView, _env: &dyn askama::Values) -> askama::Result<String> {
        Ok(date.iso.clone())
    }

    /// The human form of a date: `{{ date|human }}`.
    #[askama::filter_fn]
    pub fn human(date: &DateView, _env: &dyn askama::Values) -> askama::Result<String> {
        Ok(date.human.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_at_their_precision() {
        let day = EventDate::day(2023, 11, 14).unwrap();
        assert_eq!(DateView::event(day, true).human, "c. 14 Nov 2023");
        assert_eq!(DateView::event(day, false).iso, "2023-11-14");
        let first = EventDate::month(2022, 11).unwrap();
        assert_eq!(
            span(first, EventDate::month(2023, 11).unwrap()),
            "Nov 2022 – Nov 2023"
        );
        assert_eq!(span(first, first), "Nov 2022");
    }

    #[test]
    fn segments_are_percent_encoded() {
        assert_eq!(segment("000_1b69.txt"), "000_1b69.txt");
        assert_eq!(segment("a b/c?"), "a%20b%2Fc%3F");
        assert_eq!(segment("é"), "%C3%A9");
    }

    #[test]
    fn urls_follow_the_base_and_public_address() {
        let urls = Urls::new(&Settings {
            base_path: "/t".into(),
            public_url: Some("https://example.org/".into()),
        });
        assert_eq!(urls.path("/about"), "/t/about");
        assert_eq!(urls.best("/about"), "https://example.org/t/about");
        assert_eq!(urls.sentence("a.txt", 1, 12), "/t/documents/a.txt#s-12");
        assert_eq!(
            urls.sentence("a.txt", 3, 12),
            "/t/documents/a.txt?page=3#s-12"
        );
        assert_eq!(Urls::new(&Settings::default()).best("/"), "/");
    }
}
