//! Who said what: the statements page `/statements`, every statement of
//! the view with its speaker, its date, its words verbatim and the
//! sentence in its article, a page of them at a time. It takes the
//! timeline's query string (`actor` is the speaker; `topic`, `from`, `to`,
//! `q`, `importance`, `order`, `page`), so a view of the timeline and its
//! statements share their address but for the path.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::pager::{self, Pager};
use super::timeline::Chip;
use super::{Layout, render};
use crate::analysis::Statement;
use crate::store::{Facet, Store};
use crate::web::AppState;
use crate::web::format::{self, DateView, Urls, filters, with_query};
use crate::web::params::{Order, View, parse_view};

/// Speakers offered as checkboxes: those with the most statements.
const SPEAKERS_IN_FORM: usize = 40;

/// One statement, ready to render.
#[derive(Debug, Clone)]
pub struct StatementView {
    /// Its anchor.
    pub id: String,
    pub speaker: String,
    pub speaker_href: String,
    pub date: DateView,
    pub words: String,
    /// "Quoted" or "Reported".
    pub kind: &'static str,
    /// The article's headline, and the words in it.
    pub headline: String,
    pub sentence_href: String,
    pub publisher: Option<String>,
    /// The events it reports: (title, page).
    pub events: Vec<(String, String)>,
}

/// A checkbox of the form.
#[derive(Debug, Clone)]
pub struct Choice {
    pub input_id: String,
    pub value: String,
    pub name: String,
    pub count: usize,
    pub checked: bool,
}

/// The statements page.
#[derive(Template)]
#[template(path = "statements.html")]
pub struct StatementsPage {
    pub layout: Layout,
    /// The view in words, or "All statements".
    pub heading: String,
    pub summary: String,
    pub speakers: Vec<Choice>,
    pub topics: Vec<Choice>,
    pub from: String,
    pub to: String,
    pub q: String,
    pub key: bool,
    pub newest: bool,
    pub chips: Vec<Chip>,
    pub clear_href: Option<String>,
    pub statements: Vec<StatementView>,
    pub pager: Option<Pager>,
    /// The same view as events, and as JSON.
    pub timeline_href: String,
    pub json_href: String,
}

/// The address of a view at `path`.
pub fn at(urls: &Urls, path: &str, view: &View) -> String {
    with_query(&urls.path(path), &view.query_string())
}

/// One statement as the pages show it.
pub fn statement_view(s: &Statement, store: &Store, urls: &Urls) -> StatementView {
    let document = store.document(&s.document);
    StatementView {
        id: s.id(),
        speaker: store
            .actor(&s.speaker)
            .map_or_else(|| s.speaker.to_string(), |a| a.name.clone()),
        speaker_href: urls.actor(&s.speaker),
        date: DateView::event(s.date, s.approximate),
        words: s.words.trim().to_string(),
        kind: if s.direct { "Quoted" } else { "Reported" },
        headline: document
            .and_then(|d| d.title.clone())
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| s.document.to_string()),
        sentence_href: urls.sentence(
            &s.document,
            document.map_or(1, |d| super::document::page_of_offset(d, s.range().start)),
            s.range().start,
        ),
        publisher: document.and_then(|d| d.publisher.clone()),
        events: s
            .events
            .iter()
            .map(|&e| {
                let event = store.event_at(e);
                (event.title.clone(), urls.event(&event.id))
            })
            .collect(),
    }
}

/// The active filters of a view at `path`, each a link to the view without it.
pub fn chips_at(view: &View, store: &Store, urls: &Urls, path: &str) -> Vec<Chip> {
    let mut chips = Vec::new();
    for facet in Facet::ALL {
        for id in view.query.ids(facet) {
            let mut without = view.first_page();
            without.query.ids_mut(facet).retain(|i| i != id);
            chips.push(Chip {
                kind: match facet {
                    Facet::Actor => "Actor",
                    Facet::Topic => "Topic",
                },
                label: store
                    .facet(facet, id)
                    .map_or_else(|| id.clone(), |v| v.name.to_string()),
                href: at(urls, path, &without),
            });
        }
    }
    let mut push = |kind: &'static str, label: String, clear: &dyn Fn(&mut View)| {
        let mut without = view.first_page();
        clear(&mut without);
        chips.push(Chip {
            kind,
            label,
            href: at(urls, path, &without),
        });
    };
    if let Some(from) = view.query.from {
        push("From", from.human(), &|v| v.query.from = None);
    }
    if let Some(to) = view.query.to {
        push("Until", to.human(), &|v| v.query.to = None);
    }
    if let Some(q) = &view.query.text {
        push("Search", format!("“{q}”"), &|v| v.query.text = None);
    }
    if view.query.key {
        push("Importance", "key events".into(), &|v| v.query.key = false);
    }
    chips
}

/// `GET /statements?actor=&topic=&from=&to=&q=&importance=&order=&page=`
pub async fn statements(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let raw = raw.unwrap_or_default();
    let (view, problems) = parse_view(&raw, &store);
    if !problems.is_empty() {
        return pager::not_understood(&urls, &problems, "/statements");
    }
    if raw != view.query_string() {
        return Redirect::to(&at(&urls, "/statements", &view)).into_response();
    }
    let mut found = store.query_statements(&view.query);
    if view.order == Order::Newest {
        found.reverse();
    }
    let pages = pager::count(found.len());
    if view.page > pages {
        return pager::past_end(&urls, view.page, pages, |n| {
            at(&urls, "/statements", &view.on_page(n))
        });
    }
    // Speakers and topics with their counts under the view's other filters.
    let mut others = view.query.clone();
    others.actors.clear();
    let mut speakers: Vec<Choice> = crate::analysis::statements::speakers(
        &store
            .query_statements(&others)
            .iter()
            .map(|&i| store.statements()[i].clone())
            .collect::<Vec<_>>(),
    )
    .into_iter()
    .filter_map(|(id, count)| {
        let actor = store.actor(id)?;
        Some(Choice {
            input_id: format!("s-actor-{id}"),
            value: id.to_string(),
            name: actor.name.clone(),
            count,
            checked: view.query.actors.iter().any(|a| a == id),
        })
    })
    .collect();
    speakers.sort_by(|a, b| {
        b.checked
            .cmp(&a.checked)
            .then(b.count.cmp(&a.count))
            .then(a.name.cmp(&b.name))
    });
    speakers.truncate(SPEAKERS_IN_FORM.max(view.query.actors.len()));
    let mut others = view.query.clone();
    others.topics.clear();
    let under_topics = store.query_statements(&others);
    let topics: Vec<Choice> = store
        .topics()
        .iter()
        .map(|t| Choice {
            input_id: format!("s-topic-{}", t.id),
            value: t.id.clone(),
            name: t.name.clone(),
            count: under_topics
                .iter()
                .filter(|&&i| store.statements()[i].topics.contains(&t.id))
                .count(),
            checked: view.query.topics.contains(&t.id),
        })
        .filter(|c| c.count > 0 || c.checked)
        .collect();
    let words = super::describe(&view, &store);
    let heading = if words.is_empty() {
        "All statements".to_string()
    } else {
        format!("Statements: {words}")
    };
    let summary = format!(
        "{} by {}",
        format::count(found.len(), "statement", "statements"),
        format::count(
            found
                .iter()
                .map(|&i| store.statements()[i].speaker.as_str())
                .collect::<std::collections::HashSet<_>>()
                .len(),
            "speaker",
            "speakers"
        )
    );
    let mut layout = Layout::new(
        &urls,
        &heading,
        format!(
            "Who said what about Armenia and the CSTO: {summary}, each with its words verbatim and its article."
        ),
        &with_query("/statements", &view.query_string()),
        "statements",
    );
    if view.page > 1 {
        layout.title = format!("Page {} — {}", view.page, layout.title);
    }
    let base = view.first_page();
    let clear = View {
        order: view.order,
        ..View::default()
    };
    let page = StatementsPage {
        layout,
        heading,
        summary,
        speakers,
        topics,
        from: view.query.from.map(|d| d.to_string()).unwrap_or_default(),
        to: view.query.to.map(|d| d.to_string()).unwrap_or_default(),
        q: view.query.text.clone().unwrap_or_default(),
        key: view.query.key,
        newest: view.order == Order::Newest,
        chips: chips_at(&base, &store, &urls, "/statements"),
        clear_href: view.is_filtered().then(|| at(&urls, "/statements", &clear)),
        statements: pager::slice(&found, view.page)
            .iter()
            .map(|&i| statement_view(&store.statements()[i], &store, &urls))
            .collect(),
        pager: pager::pager(found.len(), view.page, |n| {
            at(&urls, "/statements", &view.on_page(n))
        }),
        timeline_href: urls.view(&base),
        json_href: at(&urls, "/api/statements", &base),
    };
    render(&page, StatusCode::OK)
}
