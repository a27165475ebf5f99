//! What the corpus says about its events beyond their dates: how much each
//! one matters ([`importance`]), whether it warms or cools Armenia's
//! relations with the CSTO and Russia ([`tone`]), and who said what
//! ([`statements`]).
//!
//! All of it is read from events after merging, never from extraction's
//! inner workings, so it holds however the extraction rules change; and
//! all of its domain knowledge is data (`importance.toml`, `tone.toml`
//! beside `actors.toml`), so a self-hoster can change what counts without
//! touching code. Every result carries its reasons: a score lists the
//! rules that gave it, a tone the cue words that decided it.

pub mod importance;
pub mod lexicon;
pub mod statements;
pub mod tone;

use std::collections::HashMap;

use crate::model::{Actor, Event};

pub use importance::{Importance, ImportanceRules, Reason};
pub use statements::Statement;
pub use tone::{CueHit, Tone, ToneReading, ToneRules};

/// The bundled rules, used when a corpus folder has none of its own.
const IMPORTANCE_TOML: &str = include_str!("../../seeds/importance.toml");
const TONE_TOML: &str = include_str!("../../seeds/tone.toml");

/// Why a data file of the analysis could not be used.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("importance.toml: {0}")]
    Importance(String),
    #[error("tone.toml: {0}")]
    Tone(String),
}

/// The rules of importance and the lexicon of tone, with the text they
/// were read from (kept for snapshots and digests).
#[derive(Debug, Clone, PartialEq)]
pub struct Rules {
    pub importance: ImportanceRules,
    pub tone: ToneRules,
    importance_toml: String,
    tone_toml: String,
}

impl Rules {
    /// Reads both data files.
    pub fn from_toml(importance: &str, tone: &str) -> Result<Rules, RulesError> {
        Ok(Rules {
            importance: ImportanceRules::from_toml(importance)
                .map_err(|e| RulesError::Importance(e.to_string()))?,
            tone: ToneRules::from_toml(tone).map_err(|e| RulesError::Tone(e.to_string()))?,
            importance_toml: importance.to_string(),
            tone_toml: tone.to_string(),
        })
    }

    /// The rules built into the program.
    pub fn bundled() -> Rules {
        Rules::from_toml(IMPORTANCE_TOML, TONE_TOML).expect("the bundled rules parse")
    }

    /// The text of `importance.toml` and of `tone.toml`.
    pub fn sources(&self) -> (&str, &str) {
        (&self.importance_toml, &self.tone_toml)
    }
}

/// What the analysis says of one event.
#[derive(Debug, Clone, PartialEq)]
pub struct Insight {
    pub importance: Importance,
    pub tone: ToneReading,
}

/// Everything the analysis finds in a store's events.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// One per event, in the events' order.
    pub insights: Vec<Insight>,
    /// Statements in date order.
    pub statements: Vec<Statement>,
}

/// Analyses `events` (in date order) with `rules`. `publisher_of` names an
/// article's publisher, so that two articles of one outlet count once;
/// `text_of` gives an article's text, for statements that span sentences.
pub fn analyse<'a>(
    events: &[Event],
    actors: &[Actor],
    rules: &Rules,
    publisher_of: impl Fn(&str) -> Option<&'a str> + Sync,
    text_of: impl Fn(&str) -> Option<&'a str>,
) -> Analysis {
    use rayon::prelude::*;
    let actors: HashMap<&str, &Actor> = actors.iter().map(|a| (a.id.as_str(), a)).collect();
    let importances = importance::score_all(events, &actors, &rules.importance, &publisher_of);
    // Each event's tone is read on its own: on every core.
    let insights = events
        .par_iter()
        .zip(importances)
        .map(|(event, importance)| Insight {
            importance,
            tone: tone::read(event, &actors, &rules.tone),
        })
        .collect();
    Analysis {
        insights,
        statements: statements::gather(events, &text_of),
    }
}
