//! The timeline page `/`: the filter panel, the active filters, the chart,
//! and the events of the current view grouped by year and month, a page of
//! them at a time (the count and the chart cover the whole view).
//!
//! The query string is the whole view. A request whose query string is
//! valid but not canonical is redirected to the canonical address, so one
//! view has one address; a request with values that are not understood
//! renders the rest of the view with status 400 and a notice.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::cards::{self, Tags, YearGroup};
use super::chart::{self, Chart};
use super::pager::{self, Pager};
use super::tone_chart::{self, ToneChart};
use super::{Layout, render};
use crate::model::Event;
use crate::store::{Facet, Store};
use crate::web::AppState;
use crate::web::format::{self, Urls, filters, with_query};
use crate::web::params::{Order, Problem, View, parse_view};

/// At most this many checkboxes per group show before "More …".
const SHOWN_PER_GROUP: usize = 12;
/// At most this many more behind "More …": a corpus with thousands of
/// people must not make every page of the timeline a list of all of them.
/// The rest are reached from the index of actors or topics.
const MORE_PER_GROUP: usize = 50;
/// The longest view address whose cards link to the view with one more
/// filter value, in bytes.
const MAX_QUERY_IN_TAGS: usize = 200;

/// The corpus in numbers, for the header.
#[derive(Debug, Clone)]
pub struct Stats {
    /// Events in the whole corpus.
    pub events: usize,
    /// Articles loaded.
    pub articles: usize,
    /// The first and last event dates: (iso, human) each.
    pub first: Option<(String, String)>,
    /// The last event date: (iso, human).
    pub last: Option<(String, String)>,
}

/// A value of the query string that was not understood.
#[derive(Debug, Clone)]
pub struct Notice {
    /// What was wrong, naming the value.
    pub message: String,
    /// What would be accepted.
    pub hint: String,
    /// The closest match: (its name, the view with it instead).
    pub suggestion: Option<(String, String)>,
}

/// One checkbox of the filter panel.
#[derive(Debug, Clone)]
pub struct CheckItem {
    /// The input's id, for its label.
    pub input_id: String,
    /// The actor or topic id sent with the form.
    pub value: String,
    /// The name shown.
    pub name: String,
    /// Matching events under the other filters.
    pub count: usize,
    /// Whether the current view has it.
    pub checked: bool,
}

/// A fieldset of checkboxes: actors of one kind, or the topics.
#[derive(Debug, Clone)]
pub struct CheckGroup {
    /// The fieldset's legend ("People").
    pub legend: String,
    /// The form field: "actor" or "topic".
    pub key: &'static str,
    /// Shown at once: the checked ones and those with the most events.
    pub shown: Vec<CheckItem>,
    /// Collapsed in a `<details>`.
    pub more: Vec<CheckItem>,
    /// The summary of the `<details>` ("12 more people").
    pub more_label: String,
    /// How many with events are left out of the form for length.
    pub left_out: usize,
    /// The index listing them all.
    pub index_href: String,
}

/// The filter form, filled in with the current view.
#[derive(Debug, Clone)]
pub struct FilterForm {
    /// Actors grouped by kind: people, states, organizations.
    pub actor_groups: Vec<CheckGroup>,
    /// The topics, in taxonomy order.
    pub topics: Option<CheckGroup>,
    /// The date fields as typed (so a malformed one can be corrected).
    pub from: String,
    /// The end of the date range, as typed.
    pub to: String,
    /// The search text.
    pub q: String,
    /// Whether newest comes first.
    pub newest: bool,
    /// Whether only key events are shown.
    pub key: bool,
}

/// An active filter that removes itself when followed.
#[derive(Debug, Clone)]
pub struct Chip {
    /// What kind of filter: "Actor", "Topic", "From", "To", "Search".
    pub kind: &'static str,
    /// Its value, for people.
    pub label: String,
    /// The view without it.
    pub href: String,
}

/// A way out of an empty view: the view without one filter.
#[derive(Debug, Clone)]
pub struct Loosen {
    /// What is left out ("Without the topic Summits").
    pub label: String,
    /// The view without it.
    pub href: String,
    /// How many events that view has.
    pub count: usize,
}

/// Addresses of the current view's exports.
#[derive(Debug, Clone)]
pub struct Exports {
    /// `/events.csv` of this view.
    pub csv: String,
    /// `/events.ics` of this view.
    pub ics: String,
    /// `/feed.atom` of this view.
    pub atom: String,
    /// `/api/events` of this view.
    pub json: String,
}

/// The timeline page.
#[derive(Template)]
#[template(path = "timeline.html")]
pub struct TimelinePage {
    /// The page's frame.
    pub layout: Layout,
    /// The corpus in numbers.
    pub stats: Stats,
    /// The view in words ("Nikol Pashinyan · Summits"), or "All events".
    pub heading: String,
    /// "12 events, Nov 2022 – Nov 2023, from 5 articles".
    pub summary: String,
    /// What in the query string was not understood.
    pub notices: Vec<Notice>,
    /// The filter form.
    pub form: FilterForm,
    /// The active filters.
    pub chips: Vec<Chip>,
    /// The view without any filter, when some filter is active.
    pub clear_href: Option<String>,
    /// The address to share (absolute when the public address is known).
    pub share_url: String,
    /// Events over time.
    pub chart: Option<Chart>,
    /// The relationship's temperature over time.
    pub tone_chart: Option<ToneChart>,
    /// The events of this page, by year and month.
    pub years: Vec<YearGroup>,
    /// How many events the view has.
    pub total: usize,
    /// Links to the other pages of the view.
    pub pager: Option<Pager>,
    /// Ways to loosen an empty view.
    pub loosen: Vec<Loosen>,
    /// The exports of this view.
    pub exports: Exports,
}

/// The events of a view, in the order to show them.
pub fn view_events<'s>(store: &'s Store, view: &View) -> Vec<&'s Event> {
    let mut events: Vec<&Event> = store.events_of(&store.query(&view.query));
    if view.order == Order::Newest {
        events.reverse();
    }
    events
}

/// The view in words, "" for the whole timeline.
pub fn describe(view: &View, store: &Store) -> String {
    let mut parts: Vec<String> = Vec::new();
    for facet in Facet::ALL {
        parts.extend(
            view.query
                .ids(facet)
                .iter()
                .map(|id| name_of(store, facet, id)),
        );
    }
    match (view.query.from, view.query.to) {
        (Some(from), Some(to)) => parts.push(format::span(from, to)),
        (Some(from), None) => parts.push(format!("from {}", from.human())),
        (None, Some(to)) => parts.push(format!("until {}", to.human())),
        (None, None) => {}
    }
    if let Some(q) = &view.query.text {
        parts.push(format!("“{q}”"));
    }
    if view.query.key {
        parts.push("key events".to_string());
    }
    parts.join(" · ")
}

/// "12 events, Nov 2022 – Nov 2023, from 5 articles".
pub fn summarize(events: &[&Event]) -> String {
    if events.is_empty() {
        return "No events match this view.".to_string();
    }
    let first = events.iter().map(|e| e.date).min();
    let last = events.iter().map(|e| e.date).max();
    let mut documents: Vec<&str> = events
        .iter()
        .flat_map(|e| e.sources.iter().map(|s| s.document.as_str()))
        .collect();
    documents.sort_unstable();
    documents.dedup();
    let span = match (first, last) {
        (Some(first), Some(last)) => format!(", {}", format::span(first, last)),
        _ => String::new(),
    };
    format!(
        "{}{span}, from {}",
        format::count(events.len(), "event", "events"),
        format::count(documents.len(), "article", "articles")
    )
}

/// The name of an actor or topic, or its id when the store does not know it.
fn name_of(store: &Store, facet: Facet, id: &str) -> String {
    store
        .facet(facet, id)
        .map_or_else(|| id.to_string(), |v| v.name.to_string())
}

/// The corpus in numbers.
pub fn stats(store: &Store) -> Stats {
    let span = store.span();
    Stats {
        events: store.events().len(),
        articles: store
            .documents()
            .iter()
            .filter(|d| d.status.is_loaded())
            .count(),
        first: span.map(|(f, _)| (f.to_string(), f.human())),
        last: span.map(|(_, l)| (l.to_string(), l.human())),
    }
}

/// The raw value of a field as typed, for refilling the form.
fn raw_value(raw: &str, key: &str) -> Option<String> {
    form_urlencoded::parse(raw.as_bytes())
        .filter(|(k, v)| k == key && !v.trim().is_empty())
        .map(|(_, v)| v.trim().chars().take(200).collect())
        .last()
}

/// Turns a parse problem into a notice, with the view the suggestion gives.
fn notice(problem: &Problem, view: &View, store: &Store, urls: &Urls) -> Notice {
    let suggestion = problem.suggestion.as_ref().and_then(|(key, id)| {
        let facet = Facet::ALL.into_iter().find(|f| f.key() == *key)?;
        let name = store.facet(facet, id)?.name.to_string();
        Some((name, urls.view(&with_value(view, facet, id))))
    });
    Notice {
        message: problem.message.clone(),
        hint: capitalize(&problem.hint),
        suggestion,
    }
}

/// The view with an actor or topic added to its filter, on its first page.
pub fn with_value(view: &View, facet: Facet, id: &str) -> View {
    let mut view = view.first_page();
    let ids = view.query.ids_mut(facet);
    if !ids.iter().any(|i| i == id) {
        ids.push(id.to_string());
        ids.sort();
    }
    view
}

/// The view without an actor or topic in its filter, on its first page.
fn without_value(view: &View, facet: Facet, id: &str) -> View {
    let mut view = view.first_page();
    view.query.ids_mut(facet).retain(|i| i != id);
    view
}

/// The text with its first letter in upper case.
fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn check_group(
    legend: &str,
    facet: Facet,
    noun: &str,
    mut items: Vec<CheckItem>,
    urls: &Urls,
) -> CheckGroup {
    items.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    let (mut shown, mut more) = (Vec::new(), Vec::new());
    // Facets with no event under the other filters would only lead to an
    // empty view; the gazetteer's many actors absent from the corpus too.
    let mut left_out = 0;
    for item in items.into_iter().filter(|i| i.checked || i.count > 0) {
        if item.checked || shown.len() < SHOWN_PER_GROUP {
            shown.push(item);
        } else if more.len() < MORE_PER_GROUP {
            more.push(item);
        } else {
            left_out += 1;
        }
    }
    let more_label = format!("{} more {noun}", more.len());
    CheckGroup {
        legend: legend.to_string(),
        key: facet.key(),
        shown,
        more,
        more_label,
        left_out,
        index_href: urls.path(&format!("/{}", facet.plural())),
    }
}

/// The checkboxes of one facet's values that `keep` accepts, with their
/// counts under the view's other filters. Only values with events or
/// chosen by the view are made: a gazetteer of thousands costs nothing.
fn check_items(
    view: &View,
    store: &Store,
    counts: &HashMap<usize, usize>,
    facet: Facet,
    keep: impl Fn(usize) -> bool,
) -> Vec<CheckItem> {
    let chosen = view.query.ids(facet);
    (0..store.facet_len(facet))
        .filter(|&i| keep(i))
        .map(|i| (i, store.facet_at(facet, i)))
        .filter(|(i, v)| counts.contains_key(i) || chosen.iter().any(|c| c == v.id))
        .map(|(i, v)| CheckItem {
            input_id: format!("f-{}-{}", facet.key(), v.id),
            value: v.id.to_string(),
            name: v.name.to_string(),
            count: counts.get(&i).copied().unwrap_or(0),
            checked: chosen.iter().any(|c| c == v.id),
        })
        .collect()
}

fn filter_form(view: &View, store: &Store, raw: &str, urls: &Urls) -> FilterForm {
    let result = store.query(&view.query);
    let counts = Facet::ALL.map(|facet| {
        result
            .counts(facet)
            .iter()
            .filter(|f| f.count > 0)
            .map(|f| (f.index, f.count))
            .collect::<HashMap<usize, usize>>()
    });
    let actor_counts = &counts[0];
    let mut actor_groups = Vec::new();
    for (kind, legend, noun) in [
        ("person", "People", "people"),
        ("state", "States", "states"),
        ("organization", "Organizations", "organizations"),
    ] {
        let items = check_items(view, store, actor_counts, Facet::Actor, |i| {
            store.facet_at(Facet::Actor, i).kind == Some(kind)
        });
        if !items.is_empty() {
            actor_groups.push(check_group(legend, Facet::Actor, noun, items, urls));
        }
    }
    let topic_items = check_items(view, store, &counts[1], Facet::Topic, |_| true);
    let topics = (!topic_items.is_empty()).then(|| {
        // Topics keep their taxonomy order; only a long list is collapsed.
        let mut group = check_group("Topics", Facet::Topic, "topics", topic_items.clone(), urls);
        if topic_items.len() <= SHOWN_PER_GROUP * 2 {
            group.shown = topic_items;
            group.more.clear();
        }
        group
    });
    FilterForm {
        actor_groups,
        topics,
        from: raw_value(raw, "from")
            .unwrap_or_else(|| view.query.from.map(|d| d.to_string()).unwrap_or_default()),
        to: raw_value(raw, "to")
            .unwrap_or_else(|| view.query.to.map(|d| d.to_string()).unwrap_or_default()),
        q: view
            .query
            .text
            .clone()
            .or_else(|| raw_value(raw, "q"))
            .unwrap_or_default(),
        newest: view.order == Order::Newest,
        key: view.query.key,
    }
}

fn chips(view: &View, store: &Store, urls: &Urls) -> Vec<Chip> {
    let mut chips = Vec::new();
    for facet in Facet::ALL {
        for id in view.query.ids(facet) {
            chips.push(Chip {
                kind: match facet {
                    Facet::Actor => "Actor",
                    Facet::Topic => "Topic",
                },
                label: name_of(store, facet, id),
                href: urls.view(&without_value(view, facet, id)),
            });
        }
    }
    if let Some(from) = view.query.from {
        let mut without = view.clone();
        without.query.from = None;
        chips.push(Chip {
            kind: "From",
            label: from.human(),
            href: urls.view(&without),
        });
    }
    if let Some(to) = view.query.to {
        let mut without = view.clone();
        without.query.to = None;
        chips.push(Chip {
            kind: "Until",
            label: to.human(),
            href: urls.view(&without),
        });
    }
    if let Some(q) = &view.query.text {
        let mut without = view.clone();
        without.query.text = None;
        chips.push(Chip {
            kind: "Search",
            label: format!("“{q}”"),
            href: urls.view(&without),
        });
    }
    if view.query.key {
        let mut without = view.clone();
        without.query.key = false;
        chips.push(Chip {
            kind: "Importance",
            label: "key events".to_string(),
            href: urls.view(&without),
        });
    }
    chips
}

fn loosen(view: &View, store: &Store, urls: &Urls) -> Vec<Loosen> {
    let mut ways: Vec<(String, View)> = Vec::new();
    for facet in Facet::ALL {
        for id in view.query.ids(facet) {
            let name = name_of(store, facet, id);
            ways.push((
                format!("Without the {} {name}", facet.key()),
                without_value(view, facet, id),
            ));
        }
    }
    if view.query.from.is_some() || view.query.to.is_some() {
        let mut without = view.clone();
        without.query.from = None;
        without.query.to = None;
        ways.push(("Without the date range".to_string(), without));
    }
    if let Some(q) = &view.query.text {
        let mut without = view.clone();
        without.query.text = None;
        ways.push((format!("Without the search “{q}”"), without));
    }
    if view.query.key {
        let mut without = view.clone();
        without.query.key = false;
        ways.push(("All events, not only the key ones".to_string(), without));
    }
    let all = View {
        order: view.order,
        ..View::default()
    };
    if ways.len() != 1 {
        ways.push(("The whole timeline".to_string(), all));
    }
    ways.into_iter()
        .map(|(label, v)| Loosen {
            count: store.query(&v.query).events.len(),
            href: urls.view(&v),
            label,
        })
        .collect()
}

/// `GET /?actor=&topic=&from=&to=&q=&order=&page=`
pub async fn index(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let raw = raw.unwrap_or_default();
    let (mut view, problems) = parse_view(&raw, &store);
    let canonical_query = view.query_string();
    if problems.is_empty() && raw != canonical_query {
        return Redirect::to(&urls.view(&view)).into_response();
    }
    let all = view_events(&store, &view);
    let pages = pager::count(all.len());
    if view.page > pages {
        if problems.is_empty() {
            return pager::past_end(&urls, view.page, pager::count(all.len()), |n| {
                urls.view(&view.on_page(n))
            });
        }
        // The address has mistakes anyway: show what it can.
        view.page = pages;
    }
    // Links that change the view lead to its first page.
    let base = view.first_page();
    let base_query = base.query_string();
    let words = describe(&view, &store);
    let summary = summarize(&all);
    let description = if view.is_filtered() {
        summary.clone()
    } else if all.is_empty() {
        "A timeline of Armenia's relations with the CSTO, built from news articles.".to_string()
    } else {
        format!("Armenia's relations with the CSTO, from news articles: {summary}.")
    };
    let mut layout = Layout::new(
        &urls,
        &words,
        description,
        &with_query("/", &view.query_string()),
        "timeline",
    );
    if view.page > 1 {
        layout.title = format!("Page {} — {}", view.page, layout.title);
    }
    if !view.is_filtered() {
        layout.og_title = format!(
            "{} — events in Armenia's relations with the CSTO",
            super::SITE
        );
    }
    let share_url = layout.canonical.clone();
    // A card's links add an actor or topic to the view; a view already
    // narrowed by dozens of values would make every one of those links as
    // long as its address, so they lead to the actor's or topic's page.
    let tags = if base_query.len() <= MAX_QUERY_IN_TAGS {
        Tags::AddTo(&base)
    } else {
        Tags::Pages
    };
    let clear = View {
        order: view.order,
        ..View::default()
    };
    let years = cards::group_page(&all, view.page, &store, &urls, &tags, 2);
    let page = TimelinePage {
        stats: stats(&store),
        heading: if words.is_empty() {
            "All events".to_string()
        } else {
            words
        },
        summary,
        notices: problems
            .iter()
            .map(|p| notice(p, &base, &store, &urls))
            .collect(),
        form: filter_form(&view, &store, &raw, &urls),
        chips: chips(&base, &store, &urls),
        clear_href: view.is_filtered().then(|| urls.view(&clear)),
        share_url,
        chart: chart::chart(&all, &base, &urls),
        tone_chart: tone_chart::tone_chart(&all, &store, &base, &urls, "tone"),
        years,
        total: all.len(),
        pager: pager::pager(all.len(), view.page, |n| urls.view(&view.on_page(n))),
        loosen: if all.is_empty() {
            loosen(&base, &store, &urls)
        } else {
            Vec::new()
        },
        exports: Exports {
            csv: with_query(&urls.path("/events.csv"), &base_query),
            ics: with_query(&urls.path("/events.ics"), &base_query),
            atom: with_query(&urls.path("/feed.atom"), &base_query),
            json: with_query(&urls.path("/api/events"), &base_query),
        },
        layout,
    };
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    render(&page, status)
}
