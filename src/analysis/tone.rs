//! Tone: each event coded for Armenia's relations with the CSTO and
//! Russia, cooperative, neutral or conflictual, from the cue words of
//! `tone.toml` in its reports, with negation turning a cue ("did not sign")
//! and reported speech weighing less than a deed. Unlike a score from a
//! table of event types, every coding keeps the words that decided it, so
//! the page can mark them in the sentence.

use std::collections::HashMap;
use std::ops::Range;

use serde::Deserialize;

use super::lexicon::{self, Cue, Word};
use crate::model::{Actor, Event, exact_vec};

/// Which way an event moves the relationship.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Tone {
    Cooperative,
    #[default]
    Neutral,
    Conflictual,
}

impl Tone {
    pub const ALL: [Tone; 3] = [Tone::Cooperative, Tone::Neutral, Tone::Conflictual];

    /// "cooperative", "neutral", "conflictual": the API's and the URL's word.
    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Cooperative => "cooperative",
            Tone::Neutral => "neutral",
            Tone::Conflictual => "conflictual",
        }
    }

    /// The word with a capital, for headings and badges.
    pub fn title(self) -> &'static str {
        match self {
            Tone::Cooperative => "Cooperative",
            Tone::Neutral => "Neutral",
            Tone::Conflictual => "Conflictual",
        }
    }
}

/// One side of the relationship.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Side {
    #[serde(default)]
    actors: Vec<String>,
    #[serde(default)]
    countries: Vec<String>,
}

impl Side {
    fn has(&self, actor: Option<&&Actor>, id: &str) -> bool {
        self.actors.iter().any(|a| a == id)
            || actor
                .and_then(|a| a.country.as_ref())
                .is_some_and(|c| self.countries.contains(c))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    sides: Sides,
    reading: Reading,
    cues: Cues,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sides {
    a: Side,
    b: Side,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Reading {
    window: usize,
    reported: f32,
    threshold: f32,
    negations: Vec<String>,
    reporting: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Cues {
    cooperative: Vec<String>,
    conflictual: Vec<String>,
}

/// `tone.toml`, read.
#[derive(Debug, Clone, PartialEq)]
pub struct ToneRules {
    a: Side,
    b: Side,
    window: usize,
    reported: f32,
    threshold: f32,
    negations: Vec<Cue>,
    reporting: Vec<Cue>,
    /// Cooperative cues first, then conflictual ones.
    cues: Vec<Cue>,
    cooperative: usize,
}

impl ToneRules {
    /// Reads `tone.toml`; an error names what is wrong.
    pub fn from_toml(text: &str) -> Result<ToneRules, String> {
        let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        let reading = file.reading;
        if !(0.0..=1.0).contains(&reading.reported) {
            return Err(format!(
                "reading.reported = {} is not a share: give a number from 0 to 1, e.g. 0.5",
                reading.reported
            ));
        }
        let parse = |list: &[String]| {
            list.iter()
                .filter_map(|c| Cue::parse(c))
                .collect::<Vec<_>>()
        };
        let mut cues = parse(&file.cues.cooperative);
        let cooperative = cues.len();
        cues.extend(parse(&file.cues.conflictual));
        Ok(ToneRules {
            a: file.sides.a,
            b: file.sides.b,
            window: reading.window,
            reported: reading.reported,
            threshold: reading.threshold,
            negations: parse(&reading.negations),
            reporting: parse(&reading.reporting),
            cues,
            cooperative,
        })
    }
}

/// One cue word found in a report.
#[derive(Debug, Clone, PartialEq)]
pub struct CueHit {
    /// Which report (position in the event's sources).
    pub source: usize,
    /// Where in that report's sentence, in bytes.
    pub range: Range<usize>,
    /// The words as the sentence writes them ("refused", "did not sign" is
    /// "sign" with `negated`).
    pub words: String,
    /// The cue's own side, before negation.
    pub cue_tone: Tone,
    /// A negation stands before it.
    pub negated: bool,
    /// It is someone's words, not the reporter's.
    pub reported: bool,
    /// What it counts: +1 cooperative, −1 conflictual, scaled for reported speech.
    pub value: f32,
}

impl CueHit {
    /// Why it counts as it does, for people.
    pub fn explain(&self) -> String {
        let mut text = format!("“{}”: {}", self.words, self.cue_tone.as_str());
        if self.negated {
            text.push_str(match self.cue_tone {
                Tone::Cooperative => ", negated, so conflictual",
                _ => ", negated, so it does not count",
            });
        }
        if self.reported {
            text.push_str(", in reported speech");
        }
        text.push_str(&format!(" ({:+})", self.value));
        text
    }
}

/// How an event reads for the relationship, and why.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToneReading {
    pub tone: Tone,
    /// The sum of the cues' values.
    pub score: f32,
    /// Whether the event names both sides of the relationship; when not,
    /// it is neutral and has no cues.
    pub about: bool,
    /// Every cue found, in report order.
    pub hits: Vec<CueHit>,
    /// The cue that decided a cooperative or conflictual coding.
    pub decisive: Option<usize>,
}

impl ToneReading {
    /// The cue that decided it.
    pub fn cue(&self) -> Option<&CueHit> {
        self.decisive.and_then(|i| self.hits.get(i))
    }

    /// The reason in one sentence.
    pub fn explain(&self) -> String {
        if !self.about {
            return "Neutral: it does not name both Armenia and the CSTO or Russia.".into();
        }
        match (self.tone, self.cue()) {
            (Tone::Neutral, _) if self.hits.is_empty() => {
                "Neutral: no cue word of cooperation or conflict.".into()
            }
            (Tone::Neutral, _) => format!(
                "Neutral: its cues balance out ({}).",
                self.hits
                    .iter()
                    .map(CueHit::explain)
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            (tone, Some(cue)) => format!("{}, decided by {}.", tone.title(), cue.explain()),
            (tone, None) => format!("{}.", tone.title()),
        }
    }
}

/// Reads an event's tone.
pub(super) fn read(
    event: &Event,
    actors: &HashMap<&str, &Actor>,
    rules: &ToneRules,
) -> ToneReading {
    let side = |side: &Side| {
        event
            .actors
            .iter()
            .any(|id| side.has(actors.get(id.as_str()), id))
    };
    if !(side(&rules.a) && side(&rules.b)) {
        return ToneReading::default();
    }
    let mut hits = Vec::new();
    for (index, source) in event.sources.iter().enumerate() {
        hits.extend(read_sentence(&source.quote, index, rules));
    }
    let score: f32 = hits.iter().map(|h| h.value).sum();
    let tone = if score >= rules.threshold {
        Tone::Cooperative
    } else if score <= -rules.threshold {
        Tone::Conflictual
    } else {
        Tone::Neutral
    };
    // The cue that weighed most on the winning side; the first of equals.
    let decisive = match tone {
        Tone::Neutral => None,
        _ => hits
            .iter()
            .enumerate()
            .filter(|(_, h)| h.value.signum() == score.signum() && h.value != 0.0)
            .fold(None, |best: Option<(usize, f32)>, (i, h)| match best {
                Some((_, v)) if v >= h.value.abs() => best,
                _ => Some((i, h.value.abs())),
            })
            .map(|(i, _)| i),
    };
    ToneReading {
        tone,
        score,
        about: true,
        // Kept for the store's life: without the room it grew into.
        hits: exact_vec(hits),
        decisive,
    }
}

/// The cues of one sentence.
fn read_sentence(text: &str, source: usize, rules: &ToneRules) -> Vec<CueHit> {
    let words = lexicon::words(text);
    let quoted = lexicon::quoted(text);
    let in_quotes = |w: &Word| {
        quoted
            .iter()
            .any(|q| q.start <= w.range.start && w.range.end <= q.end)
    };
    // Reported speech runs from the first reporting verb outside quotes to
    // the end of the sentence ("Peskov said Armenia did not warn Moscow").
    let reporting_end = lexicon::find(&rules.reporting, &words)
        .into_iter()
        .find(|&(_, at, _)| !in_quotes(&words[at]))
        .map(|(_, at, n)| at + n);
    // Where each negation ends: a cue within `window` words after it is turned.
    let negation_ends: Vec<usize> = lexicon::find(&rules.negations, &words)
        .into_iter()
        .map(|(_, at, n)| at + n)
        .collect();
    let found = lexicon::find(&rules.cues, &words);
    // A negation turns the first cue after it, if that is near enough:
    // "never refused to take part" turns "refused", not "take part".
    let turned: Vec<usize> = negation_ends
        .iter()
        .filter_map(|&end| {
            found
                .iter()
                .position(|&(_, at, _)| at >= end)
                .filter(|&i| found[i].1 - end < rules.window)
        })
        .collect();
    let mut hits = Vec::new();
    for (position, &(cue, at, n)) in found.iter().enumerate() {
        let cue_tone = if cue < rules.cooperative {
            Tone::Cooperative
        } else {
            Tone::Conflictual
        };
        let negated = turned.contains(&position);
        let reported = in_quotes(&words[at]) || reporting_end.is_some_and(|end| at >= end);
        let polarity = match (cue_tone, negated) {
            (Tone::Cooperative, false) => 1.0,
            (Tone::Cooperative, true) => -1.0,
            (_, false) => -1.0,
            (_, true) => 0.0,
        };
        let weight = if reported { rules.reported } else { 1.0 };
        let range = words[at].range.start..words[at + n - 1].range.end;
        hits.push(CueHit {
            source,
            words: text[range.clone()].to_string(),
            range,
            cue_tone,
            negated,
            reported,
            value: polarity * weight,
        });
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> ToneRules {
        ToneRules::from_toml(include_str!("../../seeds/tone.toml")).unwrap()
    }

    fn values(text: &str) -> Vec<(String, f32)> {
        read_sentence(text, 0, &rules())
            .into_iter()
            .map(|h| (h.words, h.value))
            .collect()
    }

    #[test]
    fn negation_turns_a_cue_and_reported_speech_weighs_less() {
        assert_eq!(
            values("Armenia signed the declaration."),
            [("signed".into(), 1.0)]
        );
        assert_eq!(
            values("Armenia did not sign the declaration."),
            [("sign".into(), -1.0)]
        );
        assert_eq!(
            values("Armenia froze its participation."),
            [("froze".into(), -1.0)]
        );
        assert_eq!(
            values("Armenia never refused to take part."),
            [("refused".into(), 0.0), ("take part".into(), 1.0)]
        );
        assert_eq!(
            values("Peskov said Armenia refused the offer."),
            [("refused".into(), -0.5)]
        );
        assert_eq!(
            values("He called it “a boycott”."),
            [("boycott".into(), -0.5)]
        );
        // A reporting verb that is a cue is the deed itself.
        assert_eq!(
            values("Pashinyan accused the CSTO."),
            [("accused".into(), -1.0)]
        );
    }

    #[test]
    fn bad_lexicons_say_why() {
        let bad = include_str!("../../seeds/tone.toml").replace("reported = 0.5", "reported = 2");
        assert!(
            ToneRules::from_toml(&bad)
                .unwrap_err()
                .contains("reading.reported = 2")
        );
    }
}
