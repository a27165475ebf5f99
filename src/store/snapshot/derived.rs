//! The records a snapshot writes for what a store derives from its parts:
//! each event's importance and tone, the statements, and the word indexes.
//! Deriving them again takes most of the time of indexing (reading every
//! report's words against the lexicons), so a snapshot keeps them, as they
//! were computed when it was written, with the rules it keeps beside them.
//!
//! Postings are written as gaps between ascending positions, which postcard
//! writes as varints: mostly one byte each instead of up to five.

use serde::{Deserialize, Serialize};

use super::records::{ActorRef, DateRecord, Places, Shared, code, decode, range_record};
use crate::analysis::{CueHit, Importance, Insight, Reason, Statement, Tone, ToneReading};
use crate::model::NameTable;
use crate::store::EventIndex;
use crate::store::words::SortedWords;

#[derive(Serialize, Deserialize)]
pub(super) struct InsightRecord {
    score: f32,
    key: bool,
    reasons: Vec<(String, f32)>,
    articles: usize,
    act: Option<String>,
    tone: u8,
    tone_score: f32,
    about: bool,
    hits: Vec<HitRecord>,
    decisive: Option<usize>,
}

#[derive(Serialize, Deserialize)]
struct HitRecord {
    source: usize,
    range: (usize, usize),
    words: String,
    cue_tone: u8,
    negated: bool,
    reported: bool,
    value: f32,
}

/// A statement, with the words free-text search matches it by. Its words
/// are its document's text in `range`, and its document and speaker are
/// named by their places in the snapshot's lists, as a source's are.
#[derive(Serialize, Deserialize)]
pub(super) struct StatementRecord {
    id: String,
    speaker: ActorRef,
    date: DateRecord,
    approximate: bool,
    document: u32,
    range: (u32, u32),
    direct: bool,
    events: Vec<u32>,
    topics: Vec<String>,
    /// The words search matches it by, end to end, and where each ends.
    search: (String, Vec<u32>),
}

/// A word of the index and the events that have it, as gaps.
#[derive(Serialize, Deserialize)]
pub(super) struct PostingsRecord(String, Vec<u32>);

impl InsightRecord {
    pub(super) fn of(insight: &Insight) -> InsightRecord {
        let Insight { importance, tone } = insight;
        InsightRecord {
            score: importance.score,
            key: importance.key,
            reasons: importance
                .reasons
                .iter()
                .map(|r| (r.label.to_string(), r.points))
                .collect(),
            articles: importance.articles,
            act: importance.act.as_deref().map(str::to_owned),
            tone: code(&Tone::ALL, &tone.tone),
            tone_score: tone.score,
            about: tone.about,
            hits: tone
                .hits
                .iter()
                .map(|h| HitRecord {
                    source: h.source,
                    range: (h.range.start, h.range.end),
                    words: h.words.clone(),
                    cue_tone: code(&Tone::ALL, &h.cue_tone),
                    negated: h.negated,
                    reported: h.reported,
                    value: h.value,
                })
                .collect(),
            decisive: tone.decisive,
        }
    }

    /// The insight, its labels shared through `names`.
    pub(super) fn into_insight(self, names: &mut NameTable) -> Result<Insight, String> {
        Ok(Insight {
            importance: Importance {
                score: self.score,
                key: self.key,
                reasons: self
                    .reasons
                    .into_iter()
                    .map(|(label, points)| Reason {
                        label: names.name(&label),
                        points,
                    })
                    .collect(),
                articles: self.articles,
                act: self.act.map(|act| names.name(&act)),
            },
            tone: ToneReading {
                tone: decode(&Tone::ALL, self.tone, "tone")?,
                score: self.tone_score,
                about: self.about,
                hits: self
                    .hits
                    .into_iter()
                    .map(|h| {
                        Ok(CueHit {
                            source: h.source,
                            range: h.range.0..h.range.1,
                            words: h.words,
                            cue_tone: decode(&Tone::ALL, h.cue_tone, "tone")?,
                            negated: h.negated,
                            reported: h.reported,
                            value: h.value,
                        })
                    })
                    .collect::<Result<_, String>>()?,
                decisive: self.decisive,
            },
        })
    }
}

impl StatementRecord {
    pub(super) fn of(
        statement: &Statement,
        search: &SortedWords,
        places: &Places,
    ) -> std::io::Result<StatementRecord> {
        let (text, ends) = search.parts();
        Ok(StatementRecord {
            id: statement.id(),
            speaker: places.actor(&statement.speaker),
            date: DateRecord::of(&statement.date),
            approximate: statement.approximate,
            document: places.document(&statement.document)?,
            range: range_record(statement.range()),
            direct: statement.direct,
            events: statement.events.clone(),
            topics: statement.topics.clone(),
            search: (text.to_owned(), ends.to_vec()),
        })
    }

    /// The statement and its search words.
    pub(super) fn into_statement(
        self,
        shared: &Shared,
    ) -> Result<(Statement, SortedWords), String> {
        let (text, ends) = self.search;
        let search = SortedWords::from_parts(text, ends)
            .ok_or_else(|| format!("the search words of statement {} are damaged", self.id))?;
        let (document, words) = shared.quote(self.document, self.range)?;
        let statement = Statement {
            speaker: shared.actor(self.speaker)?,
            date: self.date.date()?,
            approximate: self.approximate,
            document,
            words,
            direct: self.direct,
            events: self.events,
            topics: self.topics,
        };
        // The id is made from the statement, not kept: one made otherwise
        // would not be the id the statement is known by.
        if statement.id() != self.id {
            return Err(format!("statement {} has another id", self.id));
        }
        Ok((statement, search))
    }
}

impl PostingsRecord {
    pub(super) fn of(word: &str, postings: &[EventIndex]) -> PostingsRecord {
        let mut last = 0;
        let gaps = postings
            .iter()
            .map(|&p| {
                let gap = p.wrapping_sub(last);
                last = p;
                gap
            })
            .collect();
        PostingsRecord(word.to_owned(), gaps)
    }

    /// The word and its postings; `events` bounds them.
    pub(super) fn into_postings(self, events: usize) -> Result<(String, Vec<EventIndex>), String> {
        let PostingsRecord(word, mut postings) = self;
        let mut last: EventIndex = 0;
        for p in &mut postings {
            last = last.wrapping_add(*p);
            *p = last;
        }
        if postings.last().is_some_and(|&p| p as usize >= events) {
            return Err(format!("the word {word:?} names an event past the last"));
        }
        Ok((word, postings))
    }
}
