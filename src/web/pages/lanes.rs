//! Lanes: one lane per chosen actor (up to [`MAX_LANES`]) on a shared time
//! axis, `/lanes?actor=armenia&actor=russia&actor=csto`, drawn on the
//! server as SVG. Each mark is a link to its event, each period under the
//! axis a link that zooms the lanes into it, and a list of the same events
//! by lane is the text alternative. It takes the timeline's query string,
//! so the other filters (topic, dates, text, importance) narrow every lane.
//!
//! A lane draws at most [`MARKS_PER_LANE`] events, the most important
//! first, and says how many more there are: zooming into a period shows
//! them. So a page stays small whatever the corpus.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::chart::{self, Tick, WIDTH, num, period_dates};
use super::statements::{at, chips_at};
use super::timeline::Chip;
use super::{Layout, pager, render};
use crate::analysis::Tone;
use crate::model::Event;
use crate::store::{EventIndex, Query};
use crate::web::AppState;
use crate::web::format::{self, DateView, Urls, filters};
use crate::web::params::{Problem, parse_view};

/// The most lanes one view draws: more would not be readable side by side.
pub const MAX_LANES: usize = 6;
/// The most marks one lane draws.
pub const MARKS_PER_LANE: usize = 60;
const LANE_HEIGHT: f64 = 46.0;
const AXIS: f64 = 40.0;
/// Actors suggested when none is chosen.
const SUGGESTED: [&str; 3] = ["armenia", "russia", "csto"];

/// One mark on a lane.
#[derive(Debug, Clone)]
pub struct Mark {
    pub x: String,
    pub href: String,
    /// "12 Nov 2022: Armenia recalls ...", its accessible name.
    pub label: String,
    pub key: bool,
    /// "cooperative", "conflictual" or "neutral".
    pub tone: &'static str,
    pub date: DateView,
    pub title: String,
}

/// One lane.
#[derive(Debug, Clone)]
pub struct Lane {
    pub name: String,
    pub href: String,
    /// The y of its line and of its name.
    pub y: String,
    pub name_y: String,
    pub marks: Vec<Mark>,
    /// Events of the actor in the view.
    pub total: usize,
    /// How many are not drawn.
    pub more: usize,
}

/// A period under the axis: a link that zooms into it.
#[derive(Debug, Clone)]
pub struct Zoom {
    pub x: String,
    pub width: String,
    pub label: String,
    pub href: String,
}

/// The lanes page.
#[derive(Template)]
#[template(path = "lanes.html")]
pub struct LanesPage {
    pub layout: Layout,
    pub heading: String,
    pub summary: String,
    pub lanes: Vec<Lane>,
    pub zooms: Vec<Zoom>,
    pub ticks: Vec<Tick>,
    pub view_box: String,
    pub width: String,
    pub axis_y: String,
    pub zoom_y: String,
    pub label_y: String,
    /// Actors to add: (name, the view with it).
    pub suggestions: Vec<(String, String)>,
    pub chips: Vec<Chip>,
    pub timeline_href: String,
    /// "Events per year": what a zoom link spans.
    pub step: &'static str,
}

/// `GET /lanes?actor=&actor=&topic=&from=&to=&q=&importance=`
pub async fn lanes(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let raw = raw.unwrap_or_default();
    let (mut view, mut problems) = parse_view(&raw, &store);
    if view.query.actors.len() > MAX_LANES {
        problems.push(Problem {
            message: format!("{} actors were chosen", view.query.actors.len()),
            hint: format!("the lanes show at most {MAX_LANES} actors side by side: choose fewer"),
            suggestion: None,
        });
    }
    if !problems.is_empty() {
        return pager::not_understood(&urls, &problems, "/lanes");
    }
    // One view, one address: no page, no order (lanes run in time).
    view.page = 1;
    view.order = Default::default();
    if raw != view.query_string() {
        return Redirect::to(&at(&urls, "/lanes", &view)).into_response();
    }
    let per_actor: Vec<(String, Vec<EventIndex>)> = view
        .query
        .actors
        .iter()
        .map(|id| {
            let query = Query {
                actors: vec![id.clone()],
                ..view.query.clone()
            };
            (id.clone(), store.query(&query).events)
        })
        .collect();
    let all: Vec<&Event> = {
        let mut indices: Vec<EventIndex> = per_actor
            .iter()
            .flat_map(|(_, e)| e.iter().copied())
            .collect();
        indices.sort_unstable();
        indices.dedup();
        indices.iter().map(|&i| store.event_at(i)).collect()
    };
    let first = all.iter().map(|e| e.date.first_day()).min();
    let last = all.iter().map(|e| e.date.last_day()).max();
    let top = 8.0;
    let height = top + LANE_HEIGHT * per_actor.len().max(1) as f64 + AXIS;
    let axis_y = top + LANE_HEIGHT * per_actor.len() as f64;
    let mut lanes = Vec::new();
    let x_of = |event: &Event| -> f64 {
        let (Some(first), Some(last)) = (first, last) else {
            return 0.0;
        };
        let span = (last - first).num_days().max(1) as f64;
        // An event is placed at the middle of its period: a year-precise one
        // in mid-year, not on 1 January.
        let start = (event.date.first_day() - first).num_days() as f64;
        let end = (event.date.last_day() - first).num_days() as f64;
        // A margin keeps marks at the ends inside the drawing.
        8.0 + (start + end) / 2.0 / span * (WIDTH - 16.0)
    };
    for (lane, (id, events)) in per_actor.iter().enumerate() {
        let Some(actor) = store.actor(id) else {
            continue;
        };
        let mut drawn: Vec<EventIndex> = events.clone();
        // The most important first, then in date order.
        drawn.sort_by(|&a, &b| {
            store
                .insight_at(b)
                .importance
                .score
                .total_cmp(&store.insight_at(a).importance.score)
                .then(a.cmp(&b))
        });
        drawn.truncate(MARKS_PER_LANE);
        drawn.sort_unstable();
        let y = top + LANE_HEIGHT * lane as f64 + LANE_HEIGHT * 0.62;
        lanes.push(Lane {
            name: actor.name.clone(),
            href: urls.actor(&actor.id),
            y: num(y),
            name_y: num(y - 16.0),
            marks: drawn
                .iter()
                .map(|&i| {
                    let event = store.event_at(i);
                    let insight = store.insight_at(i);
                    let date = DateView::event(event.date, event.approximate);
                    Mark {
                        x: num(x_of(event)),
                        href: urls.event(&event.id),
                        label: format!("{}: {}", date.human, event.title),
                        key: insight.importance.key,
                        tone: match insight.tone.tone {
                            Tone::Cooperative => "cooperative",
                            Tone::Conflictual => "conflictual",
                            Tone::Neutral => "neutral",
                        },
                        date,
                        title: event.title.clone(),
                    }
                })
                .collect(),
            total: events.len(),
            more: events.len().saturating_sub(MARKS_PER_LANE),
        });
    }
    // Periods to zoom into, on the density chart's steps.
    let (mut zooms, mut ticks, mut step_noun) = (Vec::new(), Vec::new(), "period");
    if let (Some(first), Some(last)) = (first, last)
        && let Some((step, start, end)) = chart::layout(&all)
    {
        step_noun = step.noun();
        let n = (end - start + 1) as usize;
        let span = (last - first).num_days().max(1) as f64;
        let scale =
            |day: chrono::NaiveDate| 8.0 + (day - first).num_days() as f64 / span * (WIDTH - 16.0);
        for i in 0..n {
            let Some((from, to, label)) = period_dates(step, start + i as i64) else {
                continue;
            };
            let left = scale(from.first_day().max(first));
            let right = scale(to.last_day().min(last)).max(left + 1.0);
            let mut zoom = view.clone();
            zoom.query.from = Some(from);
            zoom.query.to = Some(to);
            zooms.push(Zoom {
                x: num(left),
                width: num(right - left),
                label,
                href: at(&urls, "/lanes", &zoom),
            });
        }
        // Labels on the same periods as the zoom links: equal slots when
        // the periods are, which they are but at the ends.
        ticks = chart::ticks(step, start, n, WIDTH / n as f64);
    }
    let names: Vec<String> = lanes.iter().map(|l| l.name.clone()).collect();
    let words = super::describe(&view, &store);
    let heading = if names.is_empty() {
        "Lanes".to_string()
    } else {
        format!("Lanes: {words}")
    };
    let summary = if names.is_empty() {
        "Choose up to six actors to see their events side by side on one time axis.".to_string()
    } else {
        format!(
            "{} of {} on one time axis",
            format::count(all.len(), "event", "events"),
            names.join(", ")
        )
    };
    let suggestions = if view.query.actors.len() >= MAX_LANES {
        Vec::new()
    } else {
        let mut ids: Vec<&str> = SUGGESTED.to_vec();
        // Then the actors most often named in the view.
        let mut counts: Vec<(usize, &str)> = store
            .query(&Query {
                actors: Vec::new(),
                ..view.query.clone()
            })
            .counts(crate::store::Facet::Actor)
            .iter()
            .take(12)
            .map(|f| {
                (
                    f.count,
                    store.facet_at(crate::store::Facet::Actor, f.index).id,
                )
            })
            .collect();
        counts.sort_by_key(|c| std::cmp::Reverse(c.0));
        ids.extend(counts.iter().map(|(_, id)| *id));
        let mut seen = Vec::new();
        ids.into_iter()
            .filter(|id| !view.query.actors.iter().any(|a| a == id))
            .filter_map(|id| store.actor(id))
            .filter(|a| {
                let fresh = !seen.contains(&a.id);
                seen.push(a.id.clone());
                fresh
            })
            .take(8)
            .map(|a| {
                let mut with = view.clone();
                with.query.actors.push(a.id.clone());
                with.query.actors.sort();
                (a.name.clone(), at(&urls, "/lanes", &with))
            })
            .collect()
    };
    let layout = Layout::new(
        &urls,
        &heading,
        format!("{summary}, from news articles about Armenia and the CSTO."),
        &format::with_query("/lanes", &view.query_string()),
        "lanes",
    );
    let page = LanesPage {
        layout,
        heading,
        summary,
        lanes,
        zooms,
        ticks,
        view_box: format!("0 0 {} {}", num(WIDTH), num(height)),
        width: num(WIDTH),
        axis_y: num(axis_y),
        zoom_y: num(axis_y + 2.0),
        label_y: num(axis_y + 27.0),
        suggestions,
        chips: chips_at(&view, &store, &urls, "/lanes"),
        timeline_href: urls.view(&view),
        step: step_noun,
    };
    render(&page, StatusCode::OK)
}
