//! Actors: the index of all of them, and one page per actor with who it
//! is, its events and the actors it appears with most. Both are paged.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::cards::{self, CountLink, Tags, YearGroup};
use super::pager::{self, Pager, page_path};
use super::statements::{StatementView, at, statement_view};
use super::tone_chart::{ToneChart, tone_chart};
use super::{Layout, missing, render};
use crate::model::{ActorKind, Event};
use crate::store::{Facet, Query};
use crate::web::AppState;
use crate::web::format::{self, Urls, filters};
use crate::web::params::View;

/// How many companions and topics an actor's page lists.
const TOP: usize = 10;
/// How many of its statements an actor's page shows; the statements page
/// has them all.
const STATEMENTS_ON_PAGE: usize = 10;

/// The page of one actor.
#[derive(Template)]
#[template(path = "actor.html")]
pub struct ActorPage {
    /// The page's frame.
    pub layout: Layout,
    /// The canonical name.
    pub name: String,
    /// "Person", "State" or "Organization".
    pub kind: &'static str,
    /// One line saying who or what this is.
    pub description: String,
    /// The state a person or body belongs to: (name, its page if it has one).
    pub country: Option<(String, Option<String>)>,
    /// Every spelling the gazetteer knows, the canonical name included.
    pub spellings: Vec<String>,
    /// Found by a title in the text rather than known to the gazetteer.
    pub discovered: bool,
    /// How many events the actor appears in.
    pub total: usize,
    /// The timeline filtered to this actor.
    pub timeline_href: String,
    /// The actors it appears with most, with shared event counts.
    pub companions: Vec<CountLink>,
    /// Its topics, with event counts.
    pub topics: Vec<CountLink>,
    /// This page of its events, by year and month.
    pub years: Vec<YearGroup>,
    /// Links to the other pages of its events.
    pub pager: Option<Pager>,
    /// The temperature of relations in its events.
    pub tone_chart: Option<ToneChart>,
    /// Its first statements, and how many it has in all.
    pub statements: Vec<StatementView>,
    pub statement_total: usize,
    /// All its statements.
    pub statements_href: String,
    /// Its lane beside Armenia's, Russia's and the CSTO's.
    pub lanes_href: String,
}

/// `GET /actors/{id}?page=`
pub async fn actor(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let Some(actor) = store.actor(&id) else {
        return missing(
            &urls,
            format!("There is no actor with the id “{id}”."),
            Some(("All actors", "/actors")),
        );
    };
    let path = format!("/actors/{}", format::segment(&actor.id));
    let page = match pager::requested(raw.as_deref(), &path, &urls) {
        Ok(page) => page,
        Err(response) => return *response,
    };
    let query = Query {
        actors: vec![actor.id.clone()],
        ..Query::default()
    };
    let events: Vec<&Event> = store.events_of(&store.query(&query));
    if page > pager::count(events.len()) {
        return pager::past_end(&urls, page, pager::count(events.len()), |n| {
            urls.path(&page_path(&path, n))
        });
    }
    let view = View {
        query,
        ..View::default()
    };
    let kind = kind_name(actor.kind);
    let description = if actor.description.is_empty() {
        format!(
            "{}: {} in the Armenia–CSTO timeline.",
            actor.name,
            format::count(events.len(), "event", "events")
        )
    } else {
        format!(
            "{}, {}: {} in the Armenia–CSTO timeline.",
            actor.name,
            actor.description,
            format::count(events.len(), "event", "events")
        )
    };
    let layout = Layout::new(
        &urls,
        &paged_title(&actor.name, page),
        description,
        &page_path(&path, page),
        "actors",
    );
    let country = actor.country.as_ref().map(|c| match store.actor(c) {
        Some(state) => (state.name.clone(), Some(urls.actor(&state.id))),
        None => (c.clone(), None),
    });
    let said = store.query_statements(&Query {
        actors: vec![actor.id.clone()],
        ..Query::default()
    });
    let mut lanes = View::default();
    lanes.query.actors = vec![actor.id.clone()];
    for other in ["armenia", "russia", "csto"] {
        if store.actor(other).is_some() && !lanes.query.actors.iter().any(|a| a == other) {
            lanes.query.actors.push(other.to_string());
        }
    }
    lanes.query.actors.sort();
    let page = ActorPage {
        tone_chart: tone_chart(&events, &store, &view, &urls, "tone"),
        statements: said
            .iter()
            .take(STATEMENTS_ON_PAGE)
            .map(|&i| statement_view(&store.statements()[i], &store, &urls))
            .collect(),
        statement_total: said.len(),
        statements_href: at(&urls, "/statements", &view),
        lanes_href: at(&urls, "/lanes", &lanes),
        layout,
        name: actor.name.clone(),
        kind,
        description: actor.description.clone(),
        country,
        spellings: actor.spellings.clone(),
        discovered: actor.discovered,
        total: events.len(),
        timeline_href: urls.view(&view),
        companions: cards::top(Facet::Actor, &events, &store, &urls, Some(&actor.id), TOP),
        topics: cards::top(Facet::Topic, &events, &store, &urls, None, TOP),
        years: cards::group_page(&events, page, &store, &urls, &Tags::Pages, 3),
        pager: pager::pager(events.len(), page, |n| urls.path(&page_path(&path, n))),
    };
    render(&page, StatusCode::OK)
}

/// A title with its page number after the first page.
pub(super) fn paged_title(title: &str, page: usize) -> String {
    if page > 1 {
        format!("{title}, page {page}")
    } else {
        title.to_string()
    }
}

fn kind_name(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "Person",
        ActorKind::State => "State",
        ActorKind::Organization => "Organization",
    }
}

/// One actor in the index.
#[derive(Debug, Clone)]
pub struct ActorEntry {
    /// The canonical name.
    pub name: String,
    /// The actor's page.
    pub href: String,
    /// One line saying who or what this is.
    pub description: String,
    /// How many events name it.
    pub count: usize,
    /// Found by a title in the text.
    pub discovered: bool,
}

/// Actors of one kind, in the index.
#[derive(Debug, Clone)]
pub struct ActorSection {
    /// "People", "States", "Organizations".
    pub heading: &'static str,
    /// Anchor id.
    pub anchor: &'static str,
    /// Those named in events, most events first.
    pub actors: Vec<ActorEntry>,
    /// Those not named in any event yet, by name.
    pub unseen: Vec<ActorEntry>,
}

/// Where the actors of one kind begin in the index.
#[derive(Debug, Clone)]
pub struct Jump {
    /// "people".
    pub label: &'static str,
    /// The page and anchor of its first entry.
    pub href: String,
}

/// The index of all actors.
#[derive(Template)]
#[template(path = "actors.html")]
pub struct ActorsPage {
    /// The page's frame.
    pub layout: Layout,
    /// This page's actors by kind, most events first.
    pub sections: Vec<ActorSection>,
    /// How many actors there are.
    pub total: usize,
    /// Where each kind begins.
    pub jumps: Vec<Jump>,
    /// Links to the other pages.
    pub pager: Option<Pager>,
}

const KINDS: [(ActorKind, &str, &str); 3] = [
    (ActorKind::Person, "People", "people"),
    (ActorKind::State, "States", "states"),
    (ActorKind::Organization, "Organizations", "organizations"),
];

/// `GET /actors?page=`
pub async fn actors(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let path = "/actors";
    let page = match pager::requested(raw.as_deref(), path, &urls) {
        Ok(page) => page,
        Err(response) => return *response,
    };
    // One list in the order shown: by kind; within a kind those with events,
    // most first, then those without, by name.
    let mut order: Vec<(usize, usize, usize)> = store
        .actors()
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let kind = KINDS.iter().position(|k| k.0 == a.kind).unwrap_or(0);
            (kind, i, store.actor_event_count(&a.id))
        })
        .collect();
    order.sort_by(|a, b| {
        let (x, y) = (&store.actors()[a.1], &store.actors()[b.1]);
        a.0.cmp(&b.0)
            .then((a.2 == 0).cmp(&(b.2 == 0)))
            .then(b.2.cmp(&a.2))
            .then_with(|| x.name.cmp(&y.name))
    });
    let total = order.len();
    if page > pager::count(total) {
        return pager::past_end(&urls, page, pager::count(total), |n| {
            urls.path(&page_path(path, n))
        });
    }
    let jumps = KINDS
        .iter()
        .enumerate()
        .filter_map(|(k, (_, _, anchor))| {
            let at = order.iter().position(|o| o.0 == k)?;
            Some(Jump {
                label: anchor,
                href: format!(
                    "{}#{anchor}",
                    urls.path(&page_path(path, pager::page_of(at)))
                ),
            })
        })
        .collect();
    let mut sections: Vec<ActorSection> = Vec::new();
    for &(kind, i, count) in pager::slice(&order, page) {
        let a = &store.actors()[i];
        let (_, heading, anchor) = KINDS[kind];
        if sections.last().is_none_or(|s| s.anchor != anchor) {
            sections.push(ActorSection {
                heading,
                anchor,
                actors: Vec::new(),
                unseen: Vec::new(),
            });
        }
        let entry = ActorEntry {
            name: a.name.clone(),
            href: urls.actor(&a.id),
            description: a.description.clone(),
            count,
            discovered: a.discovered,
        };
        if let Some(section) = sections.last_mut() {
            if count > 0 {
                section.actors.push(entry);
            } else {
                section.unseen.push(entry);
            }
        }
    }
    let layout = Layout::new(
        &urls,
        &paged_title("Actors", page),
        format!(
            "The {} named in the events of the Armenia–CSTO timeline: people, states and organizations.",
            format::count(total, "actor", "actors")
        ),
        &page_path(path, page),
        "actors",
    );
    render(
        &ActorsPage {
            layout,
            sections,
            total,
            jumps,
            pager: pager::pager(total, page, |n| urls.path(&page_path(path, n))),
        },
        StatusCode::OK,
    )
}
