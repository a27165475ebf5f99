//! Events as the pages show them: one card per event with its date, actors,
//! topics and every source, and cards grouped by year and month.

use crate::extract::calendar::Precision;
use crate::extract::events::Event;
use crate::store::Store;
use crate::web::format::{self, DateView, Urls};

/// A link to an actor or a topic, from an event.
#[derive(Debug, Clone)]
pub struct TagLink {
    /// The actor's or topic's name.
    pub name: String,
    /// Where the link goes: a view with the filter added, or the actor's page.
    pub href: String,
    /// What following the link does, for its `title`.
    pub hint: String,
}

/// One report of an event, as the page cites it.
#[derive(Debug, Clone)]
pub struct SourceView {
    /// The sentence, verbatim.
    pub quote: String,
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
    /// Every report, in order of publication.
    pub sources: Vec<SourceView>,
    /// How many different articles report it.
    pub documents: usize,
}

/// Where the actor and topic links of a card lead.
pub enum Tags<'a> {
    /// To the timeline with that filter added to this view.
    AddTo(&'a crate::web::params::View),
    /// To the actor's or topic's own page.
    Pages,
}

/// Builds the card of one event.
pub fn card(event: &Event, store: &Store, urls: &Urls, tags: &Tags) -> EventCard {
    let actors = event
        .actors
        .iter()
        .filter_map(|id| store.actor(id))
        .map(|actor| match tags {
            Tags::AddTo(view) => {
                let mut view = (*view).clone();
                if !view.query.actors.contains(&actor.id) {
                    view.query.actors.push(actor.id.clone());
                    view.query.actors.sort();
                }
                TagLink {
                    name: actor.name.clone(),
                    href: urls.view(&view),
                    hint: format!("Add {} to the filter", actor.name),
                }
            }
            Tags::Pages => TagLink {
                name: actor.name.clone(),
                href: urls.actor(&actor.id),
                hint: format!("About {}", actor.name),
            },
        })
        .collect();
    let topics = event
        .topics
        .iter()
        .filter_map(|id| store.topic(id))
        .map(|topic| match tags {
            Tags::AddTo(view) => {
                let mut view = (*view).clone();
                if !view.query.topics.contains(&topic.id) {
                    view.query.topics.push(topic.id.clone());
                    view.query.topics.sort();
                }
                TagLink {
                    name: topic.name.clone(),
                    href: urls.view(&view),
                    hint: format!("Add the topic {} to the filter", topic.name),
                }
            }
            Tags::Pages => TagLink {
                name: topic.name.clone(),
                href: urls.topic(&topic.id),
                hint: format!("About the topic {}", topic.name),
            },
        })
        .collect();
    let mut documents: Vec<&str> = event.sources.iter().map(|s| s.document.as_str()).collect();
    documents.sort_unstable();
    documents.dedup();
    EventCard {
        id: event.id.clone(),
        href: urls.event(&event.id),
        title: event.title.clone(),
        date: DateView::event(event.date, event.approximate),
        level: 3,
        actors,
        topics,
        sources: event
            .sources
            .iter()
            .map(|s| source_view(s, store, urls))
            .collect(),
        documents: documents.len(),
    }
}

fn source_view(source: &crate::extract::events::Source, store: &Store, urls: &Urls) -> SourceView {
    let document = store.document(&source.document);
    SourceView {
        quote: source.quote.clone(),
        headline: document
            .and_then(|d| d.title.clone())
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| source.document.clone()),
        publisher: document.and_then(|d| d.publisher.clone()),
        published: document.and_then(|d| d.published).map(DateView::day),
        published_inferred: document
            .is_some_and(|d| d.published_origin == Some(crate::corpus::DateOrigin::Inferred)),
        sentence_href: urls.sentence(&source.document, source.range.start),
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

/// The actors of `events` with how many of them each appears in, most
/// first, leaving out `except`; at most `limit`.
pub fn top_actors(
    events: &[&Event],
    store: &Store,
    urls: &Urls,
    except: Option<&str>,
    limit: usize,
) -> Vec<CountLink> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for event in events {
        for id in &event.actors {
            if Some(id.as_str()) != except {
                *counts.entry(id.as_str()).or_default() += 1;
            }
        }
    }
    let mut list: Vec<CountLink> = counts
        .into_iter()
        .filter_map(|(id, count)| {
            let actor = store.actor(id)?;
            Some(CountLink {
                name: actor.name.clone(),
                href: urls.actor(id),
                count,
            })
        })
        .collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    list.truncate(limit);
    list
}

/// The topics of `events` with how many of them each covers, most first.
pub fn top_topics(events: &[&Event], store: &Store, urls: &Urls, limit: usize) -> Vec<CountLink> {
    let mut list: Vec<CountLink> = store
        .topics()
        .iter()
        .map(|topic| CountLink {
            name: topic.name.clone(),
            href: urls.topic(&topic.id),
            count: events
                .iter()
                .filter(|e| e.topics.contains(&topic.id))
                .count(),
        })
        .filter(|link| link.count > 0)
        .collect();
    list.sort_by_key(|link| std::cmp::Reverse(link.count));
    list.truncate(limit);
    list
}
