//! Events as the pages show them: one card per event with its date, actors,
//! topics and its first sources, and cards grouped by year and month.

use std::ops::Range;

use crate::analysis::{Tone, ToneReading};
use crate::model::{Event, Precision};
use crate::store::{Facet, FacetValue, Store};
use crate::web::format::{self, DateView, Urls};

/// Reports shown on a card in a list; the event's page has them all. An
/// event merged from hundreds of articles must not fill a page of cards,
/// and a hundred cards of two reports each stay near 250 KB.
pub const SOURCES_ON_CARD: usize = 2;
/// Actors and topics linked from a card in a list, each; the event's page
/// links them all.
pub const TAGS_ON_CARD: usize = 8;

/// A link to an actor or a topic, from an event.
#[derive(Debug, Clone)]
pub struct TagLink {
    /// The actor's or topic's name.
    pub name: String,
    /// Where the link goes: a view with the filter added, or the actor's page.
    pub href: String,
}

/// One report of an event, as the page cites it.
#[derive(Debug, Clone)]
pub struct SourceView {
    /// The sentence, verbatim, in pieces, the cue words of its tone marked: (text,
    /// "cooperative" or "conflictual" for a cue, "" otherwise).
    pub pieces: Vec<(String, &'static str)>,
    /// The article's headline (or its file name when it has none).
    pub headline: String,
    /// Who published the article, if known.
    pub publisher: Option<String>,
    /// When the article was published, if known.
    pub published: Option<DateView>,
    /// Whether that date was inferred from the article's text.
    pub published_inferred: bool,
    /// The sentence in the article page.
    pub sentence_href: String,
    /// The article's original address, if known.
    pub original: Option<String>,
}

/// One event, ready to render.
#[derive(Debug, Clone)]
pub struct EventCard {
    /// The event's id.
    pub id: String,
    /// Its page.
    pub href: String,
    /// The title for people.
    pub title: String,
    /// The date at its precision.
    pub date: DateView,
    /// The heading level of its title (3 under a year, 4 under a month).
    pub level: u8,
    /// Links for its actors, most mentioned first.
    pub actors: Vec<TagLink>,
    /// Links for its topics.
    pub topics: Vec<TagLink>,
    /// Actors and topics not linked here (they are on the event's page).
    pub more_tags: usize,
    /// Whether its actor and topic links add to the current filter (rather
    /// than lead to the actor's or topic's page); said once per list, not
    /// on every link, to keep a page of cards small.
    pub tags_add: bool,
    /// Its reports shown here, in order of publication.
    pub sources: Vec<SourceView>,
    /// How many reports it has in all.
    pub reports: usize,
    /// How many of them are not shown here (they are on the event's page).
    pub more_sources: usize,
    /// How many different articles report it.
    pub documents: usize,
    /// Among the key events.
    pub key: bool,
    /// "cooperative" or "conflictual" for an event that moves the
    /// relationship, "" otherwise.
    pub tone: &'static str,
    /// Why, in a sentence naming the cue that decided it.
    pub tone_why: String,
}

/// Where the actor and topic links of a card lead.
pub enum Tags<'a> {
    /// To the timeline with that filter added to this view.
    AddTo(&'a crate::web::params::View),
    /// To the actor's or topic's own page.
    Pages,
}

/// Builds the card of one event in a list: its first [`SOURCES_ON_CARD`]
/// reports and [`TAGS_ON_CARD`] actors and topics. A report's link to the
/// original article is left to the event's and the article's pages.
pub fn card(event: &Event, store: &Store, urls: &Urls, tags: &Tags) -> EventCard {
    let mut card = card_with_sources(event, store, urls, tags, 0..SOURCES_ON_CARD);
    for source in &mut card.sources {
        source.original = None;
    }
    for list in [&mut card.actors, &mut card.topics] {
        card.more_tags += list.len().saturating_sub(TAGS_ON_CARD);
        list.truncate(TAGS_ON_CARD);
    }
    card
}

/// The link from an event to one of its actors or topics.
fn tag_link(value: FacetValue, urls: &Urls, tags: &Tags) -> TagLink {
    TagLink {
        name: value.name.to_string(),
        href: match tags {
            Tags::AddTo(view) => {
                urls.view(&super::timeline::with_value(view, value.facet, value.id))
            }
            Tags::Pages => urls.facet(value.facet, value.id),
        },
    }
}

/// Builds the card of one event with the reports in `shown` (positions in
/// its list of sources).
pub fn card_with_sources(
    event: &Event,
    store: &Store,
    urls: &Urls,
    tags: &Tags,
    shown: Range<usize>,
) -> EventCard {
    let [actors, topics] = Facet::ALL.map(|facet| {
        store
            .facets_of(event, facet)
            .map(|value| tag_link(value, urls, tags))
            .collect::<Vec<_>>()
    });
    let mut documents: Vec<&str> = event.sources.iter().map(|s| s.document.as_str()).collect();
    documents.sort_unstable();
    documents.dedup();
    let reports = event.sources.len();
    let start = shown.start.min(reports);
    let end = shown.end.min(reports);
    let insight = store.insight(event);
    let reading = insight.map(|i| &i.tone).filter(|t| t.tone != Tone::Neutral);
    EventCard {
        id: event.id.clone(),
        href: urls.event(&event.id),
        title: event.title.clone(),
        date: DateView::event(event.date, event.approximate),
        level: 3,
        actors,
        topics,
        more_tags: 0,
        tags_add: matches!(tags, Tags::AddTo(_)),
        sources: event.sources[start..end]
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let mut view = source_view(s, store, urls);
                if let Some(reading) = reading {
                    view.pieces = marked(&s.quote, reading, start + i);
                }
                view
            })
            .collect(),
        reports,
        more_sources: reports - (end - start),
        documents: documents.len(),
        key: insight.is_some_and(|i| i.importance.key),
        tone: reading.map_or("", |t| t.tone.as_str()),
        tone_why: reading.map(|t| t.explain()).unwrap_or_default(),
    }
}

/// A report's sentence in pieces, with the cue words of the tone reading
/// marked by the side they count for.
fn marked(quote: &str, reading: &ToneReading, source: usize) -> Vec<(String, &'static str)> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for hit in reading.hits.iter().filter(|h| h.source == source) {
        if hit.range.start < at || quote.get(hit.range.clone()).is_none() {
            continue;
        }
        pieces.push((quote[at..hit.range.start].to_string(), ""));
        let side = match hit.value {
            v if v > 0.0 => "cooperative",
            v if v < 0.0 => "conflictual",
            _ => "neutral",
        };
        pieces.push((quote[hit.range.clone()].to_string(), side));
        at = hit.range.end;
    }
    pieces.push((quote[at..].to_string(), ""));
    pieces
}

fn source_view(source: &crate::model::Source, store: &Store, urls: &Urls) -> SourceView {
    let document = store.document(&source.document);
    SourceView {
        pieces: vec![(source.quote.to_string(), "")],
        headline: document
            .and_then(|d| d.title.clone())
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| source.document.to_string()),
        publisher: document.and_then(|d| d.publisher.clone()),
        published: document.and_then(|d| d.published).map(DateView::day),
        published_inferred: document
            .is_some_and(|d| d.published_origin == Some(crate::corpus::DateOrigin::Inferred)),
        sentence_href: urls.sentence(
            &source.document,
            document.map_or(1, |d| {
                super::document::page_of_offset(d, source.range().start)
            }),
            source.range().start,
        ),
        original: document
            .and_then(|d| d.url.clone())
            .filter(|u| is_web_address(u)),
    }
}

/// Only web addresses become links to the original.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// Events of one month of a year.
#[derive(Debug, Clone)]
pub struct MonthGroup {
    /// "November 2022".
    pub label: String,
    /// Anchor id: "m-2022-11" (with a prefix on pages that show several lists).
    pub anchor: String,
    /// Its events, in the order shown.
    pub events: Vec<EventCard>,
}

/// Events of one year: those known only to the year first, then each month.
#[derive(Debug, Clone)]
pub struct YearGroup {
    /// The year.
    pub year: i32,
    /// Anchor id: "y-2022".
    pub anchor: String,
    /// Heading level of the year (the month is one below).
    pub level: u8,
    /// Events dated only to this year.
    pub events: Vec<EventCard>,
    /// Its months with events, in the order shown.
    pub months: Vec<MonthGroup>,
    /// How many events the year holds in all.
    pub total: usize,
}

/// Groups events (already in the order to show) by year and month, with the
/// year's heading at `level`.
pub fn group(
    events: &[&Event],
    store: &Store,
    urls: &Urls,
    tags: &Tags,
    level: u8,
) -> Vec<YearGroup> {
    let mut years: Vec<YearGroup> = Vec::new();
    for event in events {
        let year = event.date.year_value();
        if years.last().is_none_or(|g| g.year != year) {
            years.push(YearGroup {
                year,
                anchor: format!("y-{year}"),
                level,
                events: Vec::new(),
                months: Vec::new(),
                total: 0,
            });
        }
        let Some(group) = years.last_mut() else {
            continue;
        };
        let mut card = card(event, store, urls, tags);
        group.total += 1;
        match (event.date.precision(), event.date.month_value()) {
            (Precision::Year, _) | (_, None) => {
                card.level = level + 1;
                group.events.push(card);
            }
            (_, Some(month)) => {
                card.level = level + 2;
                let anchor = format!("m-{year}-{month:02}");
                if group.months.last().is_none_or(|m| m.anchor != anchor) {
                    group.months.push(MonthGroup {
                        label: format!("{} {year}", format::month_name(month)),
                        anchor,
                        events: Vec::new(),
                    });
                }
                if let Some(month) = group.months.last_mut() {
                    month.events.push(card);
                }
            }
        }
    }
    years
}

/// Page `page` of `all` (events in the order to show), grouped by year and
/// month; a year split across pages still says how many events it holds
/// in all.
pub fn group_page(
    all: &[&Event],
    page: usize,
    store: &Store,
    urls: &Urls,
    tags: &Tags,
    level: u8,
) -> Vec<YearGroup> {
    let mut years = group(super::pager::slice(all, page), store, urls, tags, level);
    if !years.is_empty() && all.len() > super::pager::slice(all, page).len() {
        let mut totals: std::collections::HashMap<i32, usize> = std::collections::HashMap::new();
        for event in all {
            *totals.entry(event.date.year_value()).or_default() += 1;
        }
        for year in &mut years {
            year.total = totals.get(&year.year).copied().unwrap_or(year.total);
        }
    }
    years
}

/// A link with a count: an actor or a topic and how many events it has.
#[derive(Debug, Clone)]
pub struct CountLink {
    /// The name shown.
    pub name: String,
    /// Its page.
    pub href: String,
    /// How many events.
    pub count: usize,
}

/// The actors or topics of `events` with how many of them each appears in,
/// most first (then by name), leaving out `except`; at most `limit`.
pub fn top(
    facet: Facet,
    events: &[&Event],
    store: &Store,
    urls: &Urls,
    except: Option<&str>,
    limit: usize,
) -> Vec<CountLink> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for event in events {
        for id in facet.ids_of(event) {
            if Some(id.as_str()) != except {
                *counts.entry(id.as_str()).or_default() += 1;
            }
        }
    }
    let mut list: Vec<CountLink> = counts
        .into_iter()
        .filter_map(|(id, count)| {
            let value = store.facet(facet, id)?;
            Some(CountLink {
                name: value.name.to_string(),
                href: urls.facet(facet, id),
                count,
            })
        })
        .collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    list.truncate(limit);
    list
}
