//! Actors: the index of all of them, and one page per actor with who it
//! is, its events and the actors it appears with most.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::cards::{self, CountLink, Tags, YearGroup, top_actors, top_topics};
use super::{Layout, missing, render};
use crate::extract::actors::ActorKind;
use crate::extract::events::Event;
use crate::store::Query;
use crate::web::AppState;
use crate::web::format::{self, Urls, filters};
use crate::web::params::View;

/// How many companions and topics an actor's page lists.
const TOP: usize = 10;

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
    /// Its events, by year and month.
    pub years: Vec<YearGroup>,
}

/// `GET /actors/{id}`
pub async fn actor(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let Some(actor) = store.actor(&id) else {
        return missing(
            &urls,
            format!("There is no actor with the id “{id}”."),
            Some(("All actors", "/actors")),
        );
    };
    let query = Query {
        actors: vec![actor.id.clone()],
        ..Query::default()
    };
    let events: Vec<&Event> = store.events_of(&store.query(&query));
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
        &actor.name,
        description,
        &format!("/actors/{}", format::segment(&actor.id)),
        "actors",
    );
    let country = actor.country.as_ref().map(|c| match store.actor(c) {
        Some(state) => (state.name.clone(), Some(urls.actor(&state.id))),
        None => (c.clone(), None),
    });
    let page = ActorPage {
        layout,
        name: actor.name.clone(),
        kind,
        description: actor.description.clone(),
        country,
        spellings: actor.spellings.clone(),
        discovered: actor.discovered,
        total: events.len(),
        timeline_href: urls.view(&view),
        companions: top_actors(&events, &store, &urls, Some(&actor.id), TOP),
        topics: top_topics(&events, &store, &urls, TOP),
        years: cards::group(&events, &store, &urls, &Tags::Pages, 3),
    };
    render(&page, StatusCode::OK)
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

/// The index of all actors.
#[derive(Template)]
#[template(path = "actors.html")]
pub struct ActorsPage {
    /// The page's frame.
    pub layout: Layout,
    /// Actors by kind, most events first.
    pub sections: Vec<ActorSection>,
    /// How many actors there are.
    pub total: usize,
}

/// `GET /actors`
pub async fn actors(State(state): State<AppState>) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let mut sections = Vec::new();
    for (kind, heading, anchor) in [
        (ActorKind::Person, "People", "people"),
        (ActorKind::State, "States", "states"),
        (ActorKind::Organization, "Organizations", "organizations"),
    ] {
        let mut actors: Vec<ActorEntry> = store
            .actors()
            .iter()
            .filter(|a| a.kind == kind)
            .map(|a| ActorEntry {
                name: a.name.clone(),
                href: urls.actor(&a.id),
                description: a.description.clone(),
                count: store.actor_event_count(&a.id),
                discovered: a.discovered,
            })
            .collect();
        actors.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        let (actors, unseen): (Vec<ActorEntry>, Vec<ActorEntry>) =
            actors.into_iter().partition(|a| a.count > 0);
        if !actors.is_empty() || !unseen.is_empty() {
            sections.push(ActorSection {
                heading,
                anchor,
                actors,
                unseen,
            });
        }
    }
    let total = store.actors().len();
    let layout = Layout::new(
        &urls,
        "Actors",
        format!(
            "The {} named in the events of the Armenia–CSTO timeline: people, states and organizations.",
            format::count(total, "actor", "actors")
        ),
        "/actors",
        "actors",
    );
    render(
        &ActorsPage {
            layout,
            sections,
            total,
        },
        StatusCode::OK,
    )
}
