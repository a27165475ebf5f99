//! One event: its date, actors, topics, every report of it (a page of them
//! at a time), and the events that share the most with it.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::actor::paged_title;
use super::cards::{self, EventCard, Tags};
use super::pager::{self, Pager, page_path};
use super::{Layout, missing, render};
use crate::model::Event;
use crate::store::Store;
use crate::web::AppState;
use crate::web::format::{self, DateView, Urls, filters};
use crate::web::params::PAGE_SIZE;

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
    /// Links to the other pages of its reports.
    pub pager: Option<Pager>,
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

/// `GET /events/{id}?page=`
pub async fn event(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let Some(event) = store.event(&id) else {
        return missing(
            &urls,
            format!("There is no event with the id “{id}”."),
            None,
        );
    };
    let path = format!("/events/{}", format::segment(&event.id));
    let page = match pager::requested(raw.as_deref(), &path, &urls) {
        Ok(page) => page,
        Err(response) => return *response,
    };
    let reports = event.sources.len();
    if page > pager::count(reports) {
        return pager::past_end(&urls, page, pager::count(reports), |n| {
            urls.path(&page_path(&path, n))
        });
    }
    let first = (page - 1) * PAGE_SIZE;
    let mut ev =
        cards::card_with_sources(event, &store, &urls, &Tags::Pages, first..first + PAGE_SIZE);
    ev.level = 1;
    ev.more_sources = 0;
    let mut around = crate::web::params::View::default();
    around.query.from = Some(event.date);
    // The page of that view on which this event is shown.
    let position = super::view_events(&store, &around)
        .iter()
        .position(|e| e.id == event.id)
        .unwrap_or(0);
    let around = around.on_page(pager::page_of(position));
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
        &paged_title(&event.title, page),
        description,
        &page_path(&path, page),
        "",
    );
    layout.og_type = "article";
    let page = EventPage {
        layout,
        timeline_href: format!("{}#event-{}", urls.view(&around), event.id),
        related: related(event, &store, &urls),
        pager: pager::pager(reports, page, |n| urls.path(&page_path(&path, n))),
        ev,
    };
    render(&page, StatusCode::OK)
}
