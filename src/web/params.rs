//! The query string of a view: `actor`, `topic` (repeatable), `from`, `to`,
//! `q` and `order`. Parsing never fails: any bytes give a view and a list
//! of what was not understood, each naming the bad value and what would be
//! accepted. The JSON API answers those with a 400; the pages render the
//! rest of the view with a notice.
//!
//! A view has one canonical query string (fixed parameter order, sorted and
//! deduplicated values), so one view has one address.

use crate::extract::calendar::EventDate;
use crate::store::{Query, Store};

/// More filter values than this in one request is abuse, not browsing.
pub const MAX_FILTER_VALUES: usize = 50;
/// Longest free-text search accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 200;

/// Newest first or oldest first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    #[default]
    Oldest,
    Newest,
}

/// What a request asked to see, validated against the store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    pub query: Query,
    pub order: Order,
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
                let kind = if key == "actor" { Kind::Actor } else { Kind::Topic };
                match check_id(kind, value, store) {
                    Ok(id) => {
                        let list = if kind == Kind::Actor { &mut view.query.actors } else { &mut view.query.topics };
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Actor,
    Topic,
}

/// Accepts an id, or a name or spelling that identifies one id exactly
/// (case-insensitive), and otherwise suggests the closest id.
fn check_id(kind: Kind, value: &str, store: &Store) -> Result<String, Problem> {
    let (noun, key, endpoint) = match kind {
        Kind::Actor => ("actor", "actor", "/api/actors"),
        Kind::Topic => ("topic", "topic", "/api/topics"),
    };
    let known = match kind {
        Kind::Actor => store.actor(value).is_some(),
        Kind::Topic => store.topic(value).is_some(),
    };
    if known {
        return Ok(value.to_string());
    }
    // Every name a person might type for each id.
    let names: Vec<(String, Vec<String>)> = match kind {
        Kind::Actor => store
            .actors()
            .iter()
            .map(|a| {
                let mut names = vec![a.id.clone(), a.name.clone()];
                names.extend(a.spellings.iter().cloned());
                (a.id.clone(), names)
            })
            .collect(),
        Kind::Topic => store
            .topics()
            .iter()
            .map(|t| (t.id.clone(), vec![t.id.clone(), t.name.clone()]))
            .collect(),
    };
    let wanted = value.to_lowercase();
    let closest = names
        .iter()
        .flat_map(|(id, names)| names.iter().map(move |n| (id, n.to_lowercase())))
        .map(|(id, name)| (strsim::jaro_winkler(&wanted, &name), id))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let suggestion = closest
        .filter(|(score, _)| *score >= 0.75)
        .map(|(_, id)| id.clone());
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
        if self.order == Order::Newest {
            out.append_pair("order", "newest");
        }
        out.finish()
    }

    /// Whether any filter is active.
    pub fn is_filtered(&self) -> bool {
        self.query != Query::default()
    }
}
