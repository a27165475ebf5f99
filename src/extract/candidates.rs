//! From one document's sentences to candidate events: one report of one
//! happening, dated, with its actors, topics and the sentence it came from.
//!
//! The rules, in the order a careful reader applies them:
//! - Headlines and boilerplate are not news; a background paragraph
//!   ("REFERENCE. ...") gives events only where it states a date.
//! - Every date the narration states (not a date inside a quotation) gives
//!   one candidate, so a sentence listing three dates gives three.
//! - A date in a subordinate clause ("..., which is to be held in Minsk on
//!   November 23", "the 2021 invasion") dates that clause's happening, not the
//!   main one. If the main clause then reports a happening of its own, that
//!   happening gets a candidate dated by the publication, marked approximate.
//! - A sentence with no date of its own that reports a past happening by a
//!   known actor is dated by the publication, marked approximate; habits,
//!   opinions and standing facts are not events.
//!
//! Merging reports of one happening is the next step, in [`super::merge`].

use std::collections::BTreeMap;
use std::ops::Range;

use super::actors::{Actor, ActorMention, DocumentActorScanner, Gazetteer};
use super::calendar::EventDate;
use super::clauses::{self, Shape};
use super::dates::{DateMention, MentionKind, find_dates};
use super::sentences::{quoted_ranges, split_sentences};
use super::terms::content_terms;
use super::title::title_for;
use super::topics::Taxonomy;
use crate::corpus::Document;
use crate::corpus::layout::BlockKind;

/// One report of one happening, before reports are merged into events.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub document: String,
    /// Byte range of the sentence in the document's text.
    pub sentence: Range<usize>,
    pub date: EventDate,
    /// Dated only by the publication date, or by a vague phrase ("last week").
    pub approximate: bool,
    /// Ids of the actors, in order of first mention.
    pub actors: Vec<String>,
    /// The actor who does or says the thing, where the sentence shows one.
    pub subject: Option<String>,
    pub topics: Vec<String>,
    pub title: String,
    /// Content words of the happening, for telling reports of one happening apart.
    pub terms: Vec<String>,
}

/// What one sentence offers the event builder.
struct Reading<'a> {
    text: &'a str,
    quoted: Vec<Range<usize>>,
    shape: Shape,
    actors: Vec<ActorMention>,
    topics: Vec<String>,
}

impl Reading<'_> {
    fn in_quotes(&self, range: &Range<usize>) -> bool {
        self.quoted.iter().any(|q| q.start <= range.start && range.end <= q.end)
    }

    fn actors_in(&self, focus: &Range<usize>) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for mention in &self.actors {
            if focus.start <= mention.range.start
                && mention.range.end <= focus.end
                && !ids.contains(&mention.actor)
            {
                ids.push(mention.actor.clone());
            }
        }
        ids
    }

    /// The actor who acts in `focus`: named before the main verb, or after
    /// "by" in a passive ("was blocked by Azerbaijani activists").
    fn subject_in(&self, focus: &Range<usize>) -> Option<String> {
        let within = |m: &&ActorMention| focus.start <= m.range.start && m.range.end <= focus.end;
        let Some(verb) = self.shape.main_verb.as_ref().filter(|v| focus.contains(&v.start)) else {
            return self.actors.iter().find(within).map(|m| m.actor.clone());
        };
        let before = self
            .actors
            .iter()
            .filter(within)
            .find(|m| m.range.start >= self.shape.lead_end.max(focus.start) && m.range.end <= verb.start);
        if let Some(subject) = before {
            return Some(subject.actor.clone());
        }
        let verb_text = &self.text[verb.clone()];
        let passive = verb_text.split_whitespace().count() > 1 && verb_text.ends_with("ed");
        if passive {
            let rest = &self.text[verb.end..focus.end];
            if let Some(by) = rest.find(" by ") {
                let agent_from = verb.end + by + 4;
                return self
                    .actors
                    .iter()
                    .filter(within)
                    .find(|m| m.range.start >= agent_from && m.range.start <= agent_from + 40)
                    .map(|m| m.actor.clone());
            }
        }
        None
    }
}

/// Reads one document and returns its candidate events. People discovered
/// by their title are added to `discovered`.
pub fn document_candidates(
    document: &Document,
    gazetteer: &Gazetteer,
    taxonomy: &Taxonomy,
    discovered: &mut BTreeMap<String, Actor>,
) -> Vec<Candidate> {
    let mut scanner = DocumentActorScanner::new(gazetteer);
    let mut candidates = Vec::new();
    for block in &document.blocks {
        if matches!(block.kind, BlockKind::Headline | BlockKind::Boilerplate) {
            continue;
        }
        let prose = &document.text[block.prose.clone()];
        for local in split_sentences(prose) {
            let sentence = block.prose.start + local.start..block.prose.start + local.end;
            let text = &document.text[sentence.clone()];
            let quoted = quoted_ranges(text);
            // Every sentence goes through the scanner, event or not, so that a
            // person introduced by title is known when named again.
            let all_actors = scanner.find(text);
            let mut reading = Reading {
                text,
                shape: clauses::shape(text, &quoted),
                topics: taxonomy.find(text),
                actors: Vec::new(),
                quoted,
            };
            reading.actors = all_actors.into_iter().filter(|m| !reading.in_quotes(&m.range)).collect();
            let background = block.kind == BlockKind::Background;
            for found in sentence_candidates(&reading, document, background) {
                candidates.push(Candidate {
                    document: document.id.clone(),
                    sentence: sentence.clone(),
                    ..found
                });
            }
        }
    }
    for actor in scanner.discovered() {
        discovered.entry(actor.id.clone()).or_insert_with(|| actor.clone());
    }
    candidates
}

/// The candidates of one sentence.
fn sentence_candidates(reading: &Reading, document: &Document, background: bool) -> Vec<Candidate> {
    let whole = 0..reading.text.len();
    let mentions: Vec<DateMention> = find_dates(reading.text, document.published)
        .into_iter()
        .filter(|m| !reading.in_quotes(&(m.start..m.end)))
        // "this year" in "said it would not hold exercises this year" restates
        // the present; it does not date the statement.
        .filter(|m| !(m.kind == MentionKind::CurrentPeriod && (m.future || reading.shape.reporting)))
        .collect();
    let mut out = Vec::new();
    let mut main_dated = false;
    for mention in &mentions {
        let focus = subordinate_focus(reading, mention);
        main_dated |= focus.is_none();
        let focus = focus.unwrap_or(whole.clone());
        out.push(candidate(reading, &focus, mention.date, mention.approximate, &mentions));
    }
    let reports_happening = reading.shape.past_happening
        && !reading.shape.generic
        && !reading.shape.displaced_lead
        && !background
        && !reading.actors.is_empty();
    if !main_dated
        && reports_happening
        && let Some(published) = document.published
    {
        out.push(candidate(reading, &whole, EventDate::from_naive(published), true, &mentions));
    }
    out
}

/// Where a date mention is subordinate, the stretch of the sentence whose
/// happening it dates; `None` where it dates the main clause.
fn subordinate_focus(reading: &Reading, mention: &DateMention) -> Option<Range<usize>> {
    if let Some(noun_phrase) = attributive_year(reading.text, mention) {
        return Some(noun_phrase);
    }
    // The outermost subordinate span holding the mention: for "that he will
    // not come to the CSTO summit, which is to be held ... on November 23"
    // that keeps "the CSTO summit" with its date.
    let span = reading
        .shape
        .subordinate
        .iter()
        .filter(|s| s.start <= mention.start && mention.end <= s.end)
        .min_by_key(|s| s.start)?;
    // A relative clause stands for the noun before it: take that noun phrase
    // in ("the CSTO, which was established in October 2002").
    let start = antecedent_start(reading.text, span.start).unwrap_or(span.start);
    Some(start..span.end)
}

/// "the 2021 invasion", "the 2020 Nagorno-Karabakh conflict": a year that
/// qualifies a noun dates that noun's happening. Returns the noun phrase.
fn attributive_year(text: &str, mention: &DateMention) -> Option<Range<usize>> {
    if mention.kind != MentionKind::Absolute || mention.date.month_value().is_some() {
        return None;
    }
    let before = text[..mention.start].trim_end();
    let determiner = ["the", "its", "a", "this", "their", "his", "her"]
        .iter()
        .find(|d| before.len() >= d.len() && before[before.len() - d.len()..].eq_ignore_ascii_case(d))?;
    let after = &text[mention.end..];
    let next = after.trim_start().chars().next()?;
    if !next.is_alphabetic() || after.trim_start().starts_with("and ") {
        return None;
    }
    let start = before.len() - determiner.len();
    let end = mention.end
        + after
            .find([',', ';', '.', '—', '–', '“', '"', '(', ')'])
            .unwrap_or(after.len());
    Some(start..end)
}

/// The start of the noun phrase a ", which ..." clause at `clause_start` refers to.
fn antecedent_start(text: &str, clause_start: usize) -> Option<usize> {
    let before = text[..clause_start].trim_end().strip_suffix(',')?;
    let word = text[clause_start..].split_whitespace().next()?.to_lowercase();
    if !matches!(word.as_str(), "which" | "who" | "whose") {
        return None;
    }
    // Walk back over the noun phrase to its determiner or preposition.
    let mut start = before.len();
    for (offset, token) in token_starts(before).into_iter().rev().take(6) {
        let lowered = token.to_lowercase();
        if matches!(lowered.as_str(), "the" | "a" | "an") {
            return Some(offset);
        }
        if matches!(lowered.as_str(), "to" | "of" | "in" | "at" | "on" | "for" | "with" | "from" | "and" | "by")
            || token.ends_with([',', ';', ':'])
        {
            return Some(start);
        }
        start = offset;
    }
    Some(start)
}

fn token_starts(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, c.is_whitespace()) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn candidate(
    reading: &Reading,
    focus: &Range<usize>,
    date: EventDate,
    approximate: bool,
    mentions: &[DateMention],
) -> Candidate {
    let mut actors = reading.actors_in(focus);
    if actors.is_empty() && focus.start > 0 {
        // A relative clause whose actor is the sentence's ("Russia’s ... invasion
        // of Ukraine launched in late February"): keep the sentence's actors.
        actors = reading.actors_in(&(0..reading.text.len()));
    }
    let date_ranges: Vec<Range<usize>> = mentions.iter().map(|m| m.start..m.end).collect();
    let quoted = &reading.quoted;
    let narration = |r: &Range<usize>| !quoted.iter().any(|q| q.start <= r.start && r.end <= q.end);
    let mut terms = content_terms(reading.text, focus, &|r| narration(r) && !date_ranges.iter().any(|d| d.start <= r.start && r.end <= d.end));
    terms.extend(actors.iter().map(|a| format!("@{a}")));
    terms.extend(reading.topics.iter().map(|t| format!("#{t}")));
    Candidate {
        document: String::new(),
        sentence: 0..0,
        date,
        approximate,
        subject: reading.subject_in(focus),
        title: title_for(reading.text, focus, &reading.shape, &date_ranges, quoted),
        topics: reading.topics.clone(),
        actors,
        terms,
    }
}
