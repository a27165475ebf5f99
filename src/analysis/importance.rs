//! Importance: a score per event from what the corpus says about it (how
//! many independent articles report it, whether it is an act rather than a
//! comment, how prominent its actors are, how precisely it is dated), and
//! the few highest-scoring events marked key. The weights and the act cues
//! are `importance.toml`; each score keeps the reasons that made it, so a
//! reader can check it.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use super::lexicon::{self, Cue};
use crate::model::{Actor, ActorKind, Event, Name, NameTable, Precision, exact_vec};

/// `importance.toml`, read.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportanceRules {
    score: ScoreWeights,
    key: KeyRule,
    kinds: HashMap<String, f32>,
    actors: HashMap<String, f32>,
    acts: Vec<Cue>,
    deeds: Vec<Cue>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoreWeights {
    per_article: f32,
    act: f32,
    comment: f32,
    prominence_cap: f32,
    approximate: f32,
    imprecise: f32,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyRule {
    share: f32,
    least: f32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    score: ScoreWeights,
    key: KeyRule,
    #[serde(default)]
    prominence: Prominence,
    acts: Acts,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Prominence {
    #[serde(default)]
    kinds: HashMap<String, f32>,
    #[serde(default)]
    actors: HashMap<String, f32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Acts {
    cues: Vec<String>,
    #[serde(default)]
    deeds: Vec<String>,
}

impl ImportanceRules {
    /// Reads `importance.toml`; an error names what is wrong.
    pub fn from_toml(text: &str) -> Result<ImportanceRules, String> {
        let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        if !(0.0..=1.0).contains(&file.key.share) {
            return Err(format!(
                "key.share = {} is not a share: give a number from 0 to 1, e.g. 0.12",
                file.key.share
            ));
        }
        for kind in file.prominence.kinds.keys() {
            if ActorKind::parse(kind).is_none() {
                return Err(format!(
                    "prominence.kinds has {kind:?}: the kinds are person, state and organization"
                ));
            }
        }
        Ok(ImportanceRules {
            score: file.score,
            key: file.key,
            kinds: file.prominence.kinds,
            actors: file.prominence.actors,
            acts: file
                .acts
                .cues
                .iter()
                .filter_map(|c| Cue::parse(c))
                .collect(),
            deeds: file
                .acts
                .deeds
                .iter()
                .filter_map(|c| Cue::parse(c))
                .collect(),
        })
    }
}

/// One rule that counted for an event, and by how much.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// For people: "reported by 3 articles", "an act: “refused”". The
    /// same few hundred labels recur across events: each is held once.
    pub label: Name,
    pub points: f32,
}

/// An event's importance.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Importance {
    pub score: f32,
    /// Among the few events that tell the story.
    pub key: bool,
    /// The rules that gave the score.
    pub reasons: Vec<Reason>,
    /// Independent articles reporting it.
    pub articles: usize,
    /// The act cue found, if any ("recalled"), held once for all events.
    pub act: Option<Name>,
}

/// Scores every event and marks the key ones.
pub(super) fn score_all<'a>(
    events: &[Event],
    actors: &HashMap<&str, &Actor>,
    rules: &ImportanceRules,
    publisher_of: &(impl Fn(&str) -> Option<&'a str> + Sync),
) -> Vec<Importance> {
    use rayon::prelude::*;
    // Each event is scored on its own: on every core.
    let mut scored: Vec<Importance> = events
        .par_iter()
        .map(|e| score(e, actors, rules, publisher_of))
        .collect();
    let most = (events.len() as f32 * rules.key.share).ceil() as usize;
    let mut order: Vec<usize> = (0..events.len()).collect();
    // Highest first; among equals, the better attested, then the one with
    // more topics (it bears on more of the story), then the earlier.
    order.sort_by(|&a, &b| {
        scored[b]
            .score
            .total_cmp(&scored[a].score)
            .then(scored[b].articles.cmp(&scored[a].articles))
            .then(events[b].topics.len().cmp(&events[a].topics.len()))
            .then(a.cmp(&b))
    });
    for &i in order.iter().take(most) {
        if scored[i].score >= rules.key.least {
            scored[i].key = true;
        }
    }
    let mut names = NameTable::default();
    for importance in &mut scored {
        importance.share_names(&mut names);
    }
    scored
}

/// The text of a sentence outside its quotation marks: the reporter's own
/// words, where an act is told rather than talked about.
fn own_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for range in lexicon::quoted(text) {
        out.push_str(&text[last..range.start]);
        out.push(' ');
        last = range.end;
    }
    out.push_str(&text[last..]);
    out
}

fn score<'a>(
    event: &Event,
    actors: &HashMap<&str, &Actor>,
    rules: &ImportanceRules,
    publisher_of: &impl Fn(&str) -> Option<&'a str>,
) -> Importance {
    let weights = &rules.score;
    let mut reasons = Vec::new();
    // Articles of one publisher (a wire story republished) count once.
    let outlets: HashSet<String> = event
        .sources
        .iter()
        .map(|s| {
            publisher_of(&s.document)
                .map(|p| p.trim().to_lowercase())
                .unwrap_or_else(|| s.document.to_string())
        })
        .collect();
    let articles = outlets.len().max(1);
    if articles > 1 {
        reasons.push(Reason {
            label: format!("reported by {articles} independent articles").into(),
            points: weights.per_article * (articles - 1) as f32,
        });
    }
    // Decisions count wherever the reporter's own words tell them, also in
    // a statement ("said his country would not hold ..."); deeds such as
    // meetings only in a report of the deed, not in someone's remarks
    // "at the summit". The title stands for its reports: a deed there
    // counts when some report is not a statement.
    let told = event.sources.iter().any(|s| !s.speech);
    let act = std::iter::once((event.title.as_str(), told))
        .chain(event.sources.iter().map(|s| (s.quote.as_str(), !s.speech)))
        .find_map(|(text, deed)| {
            let own = own_words(text);
            let words = lexicon::words(&own);
            let found = lexicon::find(&rules.acts, &words);
            let found = if found.is_empty() && deed {
                lexicon::find(&rules.deeds, &words)
            } else {
                found
            };
            found.first().map(|&(_, at, n)| {
                own[words[at].range.start..words[at + n - 1].range.end].to_string()
            })
        });
    match &act {
        Some(cue) => reasons.push(Reason {
            label: format!("an act or decision: “{cue}”").into(),
            points: weights.act,
        }),
        None if event.sources.iter().all(|s| s.speech) => reasons.push(Reason {
            label: "a comment: every report is someone’s words".into(),
            points: weights.comment,
        }),
        None => {}
    }
    let mut prominence = 0.0;
    let mut named = Vec::new();
    for id in &event.actors {
        let weight = rules.actors.get(id).copied().or_else(|| {
            let kind = actors.get(id.as_str())?.kind.as_str();
            rules.kinds.get(kind).copied()
        });
        if let Some(weight) = weight.filter(|w| *w != 0.0) {
            prominence += weight;
            named.push(actors.get(id.as_str()).map_or(id.as_str(), |a| &a.name));
        }
    }
    let prominence = prominence.min(weights.prominence_cap);
    if prominence != 0.0 {
        named.truncate(4);
        reasons.push(Reason {
            label: format!("prominent actors: {}", named.join(", ")).into(),
            points: prominence,
        });
    }
    if event.approximate {
        reasons.push(Reason {
            label: "dated only by an article’s publication".into(),
            points: weights.approximate,
        });
    }
    if event.date.precision() == Precision::Year {
        reasons.push(Reason {
            label: "known only to the year".into(),
            points: weights.imprecise,
        });
    }
    reasons.retain(|r| r.points != 0.0);
    Importance {
        score: reasons.iter().map(|r| r.points).sum(),
        key: false,
        reasons,
        articles,
        act: act.map(Name::from),
    }
}

impl Importance {
    /// Points the labels and the act at the table's copies, and gives back
    /// the list's spare room: a store holds one importance per event.
    pub(crate) fn share_names(&mut self, names: &mut NameTable) {
        for reason in &mut self.reasons {
            names.share(&mut reason.label);
        }
        if let Some(act) = &mut self.act {
            names.share(act);
        }
        self.reasons = exact_vec(std::mem::take(&mut self.reasons));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_rules_parse_and_bad_ones_say_why() {
        let rules =
            ImportanceRules::from_toml(include_str!("../../seeds/importance.toml")).unwrap();
        assert!(!rules.acts.is_empty());
        let bad = include_str!("../../seeds/importance.toml").replace("share = 0.15", "share = 3");
        let error = ImportanceRules::from_toml(&bad).unwrap_err();
        assert!(error.contains("key.share = 3"), "{error}");
        let unknown = format!(
            "{}\n[other]\nx = 1\n",
            include_str!("../../seeds/importance.toml")
        );
        assert!(
            ImportanceRules::from_toml(&unknown)
                .unwrap_err()
                .contains("other")
        );
    }

    #[test]
    fn quoted_words_are_not_the_reporters_own() {
        assert_eq!(
            own_words("He said “we refused” and left"),
            "He said   and left"
        );
    }
}
