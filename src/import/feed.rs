//! Feeds: RSS (0.9x, 1.0, 2.0), Atom and JSON Feed, parsed by `feed-rs`,
//! into items that either carry their article (full content) or point to
//! it (a summary and a link).
//!
//! Outlets differ: some put the whole article in `content:encoded` or
//! Atom's `content`, some only a teaser in `description` or `summary`. An
//! item is taken as full content when its text has at least two paragraphs
//! of prose; a one-paragraph teaser is not an article, and its link is
//! fetched instead when fetching is allowed.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::dates::parse_date;
use super::{Field, FieldSource, text};

/// One feed item.
#[derive(Debug, Clone)]
pub struct Item {
    /// The item's title, or its link when it has none, for messages.
    pub label: String,
    pub title: Option<Field<String>>,
    pub publisher: Option<Field<String>>,
    pub url: Option<Field<String>>,
    pub published: Option<Field<NaiveDate>>,
    pub body: Body,
}

/// What the item carries of its article.
#[derive(Debug, Clone)]
pub enum Body {
    /// The whole article, as text a paragraph to a line.
    Full(String),
    /// A summary at most; the article is at the item's link (if it has
    /// one). The reason says why the item's own text is not taken.
    Link(String),
}

/// Parses a feed. `base` is where it was fetched from, for relative links.
pub fn parse(bytes: &[u8], base: Option<&str>) -> Result<(Option<String>, Vec<Item>), String> {
    let parser = feed_rs::parser::Builder::new()
        .base_uri(base)
        // The day as the outlet wrote it, not as UTC: see `dates`.
        .timestamp_parser(|raw| {
            parse_date(raw).map(|day| {
                DateTime::<Utc>::from_naive_utc_and_offset(day.and_time(NaiveTime::MIN), Utc)
            })
        })
        .build();
    let feed = parser
        .parse(bytes)
        .map_err(|e| format!("not a feed that parses as RSS, Atom or JSON Feed: {e}"))?;
    let publisher = feed
        .title
        .as_ref()
        .map(|t| super::meta::clean(&t.content))
        .filter(|t| !t.is_empty());
    let items = feed
        .entries
        .iter()
        .map(|entry| item(entry, publisher.as_deref(), base))
        .collect();
    Ok((publisher, items))
}

fn item(entry: &feed_rs::model::Entry, publisher: Option<&str>, base: Option<&str>) -> Item {
    let title = entry
        .title
        .as_ref()
        .map(|t| super::meta::clean(&t.content))
        .filter(|t| !t.is_empty());
    // The article's page: the "alternate" link, or the first one with no
    // relation (RSS `<link>`); JSON Feed's `url` comes through the same way.
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref() == Some("alternate"))
        .or_else(|| entry.links.iter().find(|l| l.rel.is_none()))
        .and_then(|l| super::meta::absolute_url(&l.href, base));
    let published = entry.published.or(entry.updated).map(|d| d.date_naive());
    let body = body(entry, title.as_deref());
    Item {
        label: title
            .clone()
            .or_else(|| url.clone())
            .unwrap_or_else(|| format!("item {}", entry.id)),
        title: title.map(|t| Field::new(t, FieldSource::Feed)),
        publisher: publisher.map(|p| Field::new(p.to_owned(), FieldSource::Feed)),
        url: url.map(|u| Field::new(u, FieldSource::Feed)),
        published: published.map(|d| Field::new(d, FieldSource::Feed)),
        body,
    }
}

fn body(entry: &feed_rs::model::Entry, title: Option<&str>) -> Body {
    let content = entry
        .content
        .as_ref()
        .and_then(|c| Some((c.body.as_deref()?, c.content_type.essence().to_string())));
    let summary = entry
        .summary
        .as_ref()
        .map(|s| (s.content.as_str(), s.content_type.essence().to_string()));
    let mut reason = "the item has no text of its own".to_owned();
    for (raw, kind) in content.into_iter().chain(summary) {
        if raw.trim().is_empty() {
            continue;
        }
        let read = if kind.contains("html") || kind.contains("xml") || raw.contains('<') {
            text::fragment_text(raw, title)
        } else {
            text::plain_text(raw, title)
        };
        match read {
            Ok(text)
                if text
                    .lines()
                    .filter(|l| l.split_whitespace().count() >= 6)
                    .count()
                    >= 2 =>
            {
                return Body::Full(text);
            }
            Ok(_) => reason = "the item has only a summary".to_owned(),
            Err(_) => reason = "the item has only a short summary".to_owned(),
        }
    }
    Body::Link(reason)
}

/// Whether bytes look like a feed rather than a page: an RSS, RDF or Atom
/// root element, or a JSON Feed's `version`.
pub fn looks_like_feed(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('{') {
        return head.contains("jsonfeed.org") || head.contains("\"items\"");
    }
    head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
}
