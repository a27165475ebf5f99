//! One event: its date, actors, topics, every report of it, and the events
//! that share the most with it.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::cards::{self, EventCard, Tags};
use super::{Layout, missing, render};
use crate::extract::events::Event;
use crate::store::Store;
use crate::web::AppState;
use crate::web::format::{self, DateView, Urls, filters};

/// How many related events the page lists.
const RELATED: usize = 8;

/// An event that shares actors or topics with this one.
#[derive(Debug, Clone)]
pub struct Related {
    /// Its title.
    pub title: String,
    /// Its page.
    pub href: String,
    /// Its date.
    pub date: DateView,
    /// The names of what it shares.
    pub shares: String,
}

/// The page of one event.
#[derive(Template)]
#[template(path = "event.html")]
pub struct EventPage {
    /// The page's frame.
    pub layout: Layout,
    /// The event, with links to its actors' and topics' pages.
    pub ev: EventCard,
    /// The timeline around this event's date.
    pub timeline_href: String,
    /// Events sharing the most actors and topics, best first.
    pub related: Vec<Related>,
}

/// Events sharing actors or topics with `event`, ranked by how many they
/// share, then by how rare the shared ones are, then by closeness in time.
pub fn related(event: &Event, store: &Store, urls: &Urls) -> Vec<Related> {
    let rarity = |count: usize| 1.0 / (2.0 + count as f64).ln();
    let mut weights: HashMap<&str, (f64, String)> = HashMap::new();
    for id in &event.actors {
        if let Some(actor) = store.actor(id) {
            weights.insert(
                id,
                (rarity(store.actor_event_count(id)), actor.name.clone()),
            );
        }
    }
    let mut topic_weights: HashMap<&str, (f64, String)> = HashMap::new();
    for id in &event.topics {
        if let Some(topic) = store.topic(id) {
            topic_weights.insert(
                id,
                (rarity(store.topic_event_count(id)), topic.name.clone()),
            );
        }
    }
    let day = event.date.first_day();
    let mut scored: Vec<(usize, f64, i64, &Event, Vec<String>)> = store
        .events()
        .iter()
        .filter(|other| other.id != event.id)
        .filter_map(|other| {
            let mut shares = Vec::new();
            let mut weight = 0.0;
            for id in &other.actors {
                if let Some((w, name)) = weights.get(id.as_str()) {
                    weight += w;
                    shares.push(name.clone());
                }
            }
            for id in &other.topics {
                if let Some((w, name)) = topic_weights.get(id.as_str()) {
                    weight += w;
                    shares.push(name.clone());
                }
            }
            let distance = (other.date.first_day() - day).num_days().abs();
            (!shares.is_empty()).then_some((shares.len(), weight, distance, other, shares))
        })
        .collect();
    scored.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.total_cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.id.cmp(&b.3.id))
    });
    scored
        .into_iter()
        .take(RELATED)
        .map(|(_, _, _, other, shares)| Related {
            title: other.title.clone(),
            href: urls.event(&other.id),
            date: DateView::event(other.date, other.approximate),
            shares: shares.join(", "),
        })
        .collect()
}

/// `GET /events/{id}`
pub async fn event(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let Some(event) = store.event(&id) else {
        return missing(
            &urls,
            format!("There is no event with the id “{id}”."),
            None,
        );
    };
    let mut ev = cards::card(event, &store, &urls, &Tags::Pages);
    ev.level = 1;
    let mut around = crate::web::params::View::default();
    around.query.from = Some(event.date);
    let description = format!(
        "{}: {}. {}.",
        ev.date.human,
        event.title,
        if ev.documents == 1 {
            "Reported in 1 article".to_string()
        } else {
            format!(
                "Reported in {}",
                format::count(ev.documents, "article", "articles")
            )
        }
    );
    let mut layout = Layout::new(
        &urls,
        &event.title,
        description,
        &format!("/events/{}", format::segment(&event.id)),
        "",
    );
    layout.og_type = "article";
    let page = EventPage {
        layout,
        timeline_href: format!("{}#event-{}", urls.view(&around), event.id),
        related: related(event, &store, &urls),
        ev,
    };
    render(&page, StatusCode::OK)
}
