//! The query string of a view: `actor`, `topic` (repeatable), `from`, `to`,
//! `q`, `importance`, `order` and `page`; and the window of a JSON list (`limit`,
//! `offset`). Parsing never fails: any bytes give a view and a list
//! of what was not understood, each naming the bad value and what would be
//! accepted. The JSON API answers those with a 400; the pages render the
//! rest of the view with a notice.
//!
//! A view has one canonical query string (fixed parameter order, sorted and
//! deduplicated values), so one view has one address.

use crate::model::EventDate;
use crate::store::{Facet, Query, Store};

/// More filter values than this in one request is abuse, not browsing.
pub const MAX_FILTER_VALUES: usize = 50;
/// Longest free-text search accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 200;
/// Events (or articles, actors, topics) on one page of HTML. A page of a
/// hundred event cards stays well under 300 KB whatever the corpus.
pub const PAGE_SIZE: usize = 100;
/// Items in one JSON answer when the client does not say.
pub const DEFAULT_LIMIT: usize = 100;
/// Most items in one JSON answer: beyond this, follow `next`.
pub const MAX_LIMIT: usize = 1000;
/// The highest page number or offset accepted; far beyond any corpus.
const MAX_POSITION: usize = 1 << 31;

/// Newest first or oldest first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    #[default]
    Oldest,
    Newest,
}

/// What a request asked to see, validated against the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub query: Query,
    pub order: Order,
    /// Which page of the view's events, from 1.
    pub page: usize,
}

impl Default for View {
    fn default() -> View {
        View {
            query: Query::default(),
            order: Order::default(),
            page: 1,
        }
    }
}

/// The part of a JSON list to answer: `limit` items from `offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub offset: usize,
    pub limit: usize,
}

impl Default for Window {
    fn default() -> Window {
        Window {
            offset: 0,
            limit: DEFAULT_LIMIT,
        }
    }
}

/// One thing in the query string that was not understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What was wrong, naming the value.
    pub message: String,
    /// What would be accepted, or the closest match.
    pub hint: String,
    /// The closest valid value, when there is one.
    pub suggestion: Option<(&'static str, String)>,
}

/// Parses and validates a raw query string against the store.
pub fn parse_view(raw_query: &str, store: &Store) -> (View, Vec<Problem>) {
    let mut view = View::default();
    let mut problems = Vec::new();
    let mut values = 0usize;
    for (key, value) in form_urlencoded::parse(raw_query.as_bytes()) {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        match key.as_ref() {
            "actor" | "topic" => {
                values += 1;
                if values > MAX_FILTER_VALUES {
                    continue;
                }
                let facet = if key == "actor" { Facet::Actor } else { Facet::Topic };
                match check_id(facet, value, store) {
                    Ok(id) => {
                        let list = view.query.ids_mut(facet);
                        if !list.contains(&id) {
                            list.push(id);
                        }
                    }
                    // The same bad value given fifty times is one problem.
                    Err(problem) => {
                        if !problems.contains(&problem) {
                            problems.push(problem);
                        }
                    }
                }
            }
            "from" | "to" => match EventDate::parse(value) {
                Some(date) if key == "from" => view.query.from = Some(date),
                Some(date) => view.query.to = Some(date),
                None => problems.push(Problem {
                    message: format!("{key}={} is not a date", shorten(value)),
                    hint: "write dates as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022 or 2022-11 or 2022-11-23".into(),
                    suggestion: None,
                }),
            },
            "q" => {
                if value.chars().count() > MAX_TEXT_CHARS {
                    problems.push(Problem {
                        message: format!("q is {} characters long", value.chars().count()),
                        hint: format!("search text may be at most {MAX_TEXT_CHARS} characters"),
                        suggestion: None,
                    });
                } else {
                    view.query.text = Some(value.to_string());
                }
            }
            "page" => match number("page", value, 1) {
                Ok(page) => view.page = page,
                Err(problem) => problems.push(problem),
            },
            "importance" => match value {
                "key" => view.query.key = true,
                "all" => view.query.key = false,
                other => problems.push(Problem {
                    message: format!("importance={} is not a level of importance", shorten(other)),
                    hint: "use importance=key for the key events, or leave it out for all events"
                        .into(),
                    suggestion: None,
                }),
            },
            "order" => match value {
                "newest" | "desc" => view.order = Order::Newest,
                "oldest" | "asc" => view.order = Order::Oldest,
                other => problems.push(Problem {
                    message: format!("order={} is not an order", shorten(other)),
                    hint: "use order=oldest or order=newest".into(),
                    suggestion: None,
                }),
            },
            _ => {}
        }
    }
    if values > MAX_FILTER_VALUES {
        problems.push(Problem {
            message: format!("{values} actor and topic values were given"),
            hint: format!(
                "at most {MAX_FILTER_VALUES} actor and topic values are accepted in one view"
            ),
            suggestion: None,
        });
    }
    if let (Some(from), Some(to)) = (view.query.from, view.query.to)
        && from.first_day() > to.last_day()
    {
        problems.push(Problem {
            message: format!("from={from} is after to={to}"),
            hint: "give a from date on or before the to date".into(),
            suggestion: None,
        });
        view.query.to = None;
    }
    view.query.actors.sort();
    view.query.topics.sort();
    (view, problems)
}

/// The page numbers and windows of a query string, for the pages and
/// answers that take nothing else: `page`, `limit` and `offset`.
///
/// `offset` wins over `page`; without it, page N of `limit` items starts
/// at item (N − 1) × limit.
pub fn parse_window(raw_query: &str) -> (usize, Window, Vec<Problem>) {
    let mut page = 1;
    let mut window = Window::default();
    let mut offset = None;
    let mut problems = Vec::new();
    for (key, value) in form_urlencoded::parse(raw_query.as_bytes()) {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let parsed = match key.as_ref() {
            "page" => number("page", value, 1).map(|n| page = n),
            "offset" => number("offset", value, 0).map(|n| offset = Some(n)),
            "limit" => number("limit", value, 1).and_then(|n| {
                if n > MAX_LIMIT {
                    Err(Problem {
                        message: format!("limit={n} is more than {MAX_LIMIT}"),
                        hint: format!(
                            "give limit as a whole number from 1 to {MAX_LIMIT}, and follow next for more"
                        ),
                        suggestion: None,
                    })
                } else {
                    window.limit = n;
                    Ok(())
                }
            }),
            _ => Ok(()),
        };
        if let Err(problem) = parsed
            && !problems.contains(&problem)
        {
            problems.push(problem);
        }
    }
    window.offset =
        offset.unwrap_or_else(|| (page - 1).saturating_mul(window.limit).min(MAX_POSITION));
    (page, window, problems)
}

/// A whole number of at least `least` (a page, a limit, an offset).
fn number(key: &str, value: &str, least: usize) -> Result<usize, Problem> {
    let problem = |what: &str| Problem {
        message: format!("{key}={} {what}", shorten(value)),
        hint: format!(
            "give {key} as a whole number from {least} to {MAX_POSITION}, e.g. {key}={}",
            least.max(2)
        ),
        suggestion: None,
    };
    if !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(problem("is not a whole number"));
    }
    match value.parse::<usize>() {
        Ok(n) if n > MAX_POSITION => Err(problem("is too large")),
        Ok(n) if n < least => Err(problem(&format!("is less than {least}"))),
        Ok(n) => Ok(n),
        Err(_) => Err(problem("is too large")),
    }
}

/// Accepts an id, or a name or spelling that identifies one id exactly
/// (case-insensitive), and otherwise suggests the closest id.
fn check_id(facet: Facet, value: &str, store: &Store) -> Result<String, Problem> {
    let (noun, key, endpoint) = (facet.key(), facet.key(), facet.endpoint());
    if store.facet(facet, value).is_some() {
        return Ok(value.to_string());
    }
    // Every name a person might type for each id.
    let wanted = value.to_lowercase();
    let closest = (0..store.facet_len(facet))
        .flat_map(|i| {
            let id = store.facet_at(facet, i).id;
            store
                .facet_names(facet, i)
                .into_iter()
                .map(move |name| (id, name.to_lowercase()))
        })
        .map(|(id, name)| (strsim::jaro_winkler(&wanted, &name), id))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let suggestion = closest
        .filter(|(score, _)| *score >= 0.75)
        .map(|(_, id)| id.to_string());
    let hint = match &suggestion {
        Some(id) => {
            format!("did you mean {key}={id}? The accepted {noun} ids are listed at {endpoint}")
        }
        None => format!("the accepted {noun} ids are listed at {endpoint}"),
    };
    Err(Problem {
        message: format!("unknown {noun} {:?}", shorten(value)),
        hint,
        suggestion: suggestion.map(|id| (key, id)),
    })
}

/// Bad values are echoed back, but never at length.
fn shorten(value: &str) -> String {
    const MAX: usize = 60;
    if value.chars().count() <= MAX {
        value.to_string()
    } else {
        let mut s: String = value.chars().take(MAX).collect();
        s.push('…');
        s
    }
}

impl View {
    /// The canonical query string of this view ("" for the whole timeline).
    pub fn query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for id in &self.query.actors {
            out.append_pair("actor", id);
        }
        for id in &self.query.topics {
            out.append_pair("topic", id);
        }
        if let Some(from) = self.query.from {
            out.append_pair("from", &from.to_string());
        }
        if let Some(to) = self.query.to {
            out.append_pair("to", &to.to_string());
        }
        if let Some(q) = &self.query.text {
            out.append_pair("q", q);
        }
        if self.query.key {
            out.append_pair("importance", "key");
        }
        if self.order == Order::Newest {
            out.append_pair("order", "newest");
        }
        if self.page > 1 {
            out.append_pair("page", &self.page.to_string());
        }
        out.finish()
    }

    /// The same view on its first page: where a link that changes the
    /// filters or the order leads.
    pub fn first_page(&self) -> View {
        self.on_page(1)
    }

    /// The same view on another page.
    pub fn on_page(&self, page: usize) -> View {
        View {
            page,
            ..self.clone()
        }
    }

    /// Whether any filter is active.
    pub fn is_filtered(&self) -> bool {
        self.query != Query::default()
    }
}
