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
//!   known actor takes the date of the story it continues, else the
//!   publication's, marked approximate; habits, opinions, standing facts,
//!   questions and what the sentence places only before the story
//!   ("Earlier, ...", the past perfect, the perfect after the lead) are not
//!   events.
//! - In an interview transcript each answer is also a statement of the one
//!   interviewed, on the day of the interview (see `transcript`).
//!
//! This module reads a document paragraph by paragraph and sentence by
//! sentence; what it asks of a sentence lives beside it: `focus` (which
//! stretch a date belongs to), `setting` (the time a paragraph is set at),
//! `speakers` (who speaks or acts when no name says it) and
//! `not_happenings` (what is told that did not happen).
//!
//! Merging reports of one happening is the next step, in [`super::merge`].

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::extract::compiled::Pattern;

use aho_corasick::AhoCorasick;
use chrono::Datelike;

use regex::Regex;
use std::ops::Range;

use super::actors::{ActorMention, DocumentActorScanner, Gazetteer, SpeakerRole};
use super::anchors::{
    AnchorReference, NamedHappening, named_happenings, reference_at, reference_date_span,
};
use super::clauses::{self, Shape};
use super::dates::{ContextShift, DateMention, MentionKind, find_dates};
use super::memo;
use super::sentences::{quoted_ranges, split_sentences};
use super::terms::content_terms;
use super::text::{ends_with_spaced, holds_any, holds_in_any_case, opens_with_any_of};
use super::title::{
    Named, capitalise, cleft_parts, editorial, join_relative, noun_phrase_title, tidy, title_for,
};
use super::topics::Taxonomy;
use super::transcript::{self, Transcript, Turn};
use crate::corpus::Document;
use crate::model::{Actor, ActorKind, BlockKind, EventDate, Precision};

mod focus;
mod not_happenings;
mod setting;
mod speakers;
mod words;

use focus::*;
pub(crate) use not_happenings::Verdict;
use not_happenings::*;
use setting::*;
use speakers::*;
use words::{Word, WordsIn, WrittenWordsIn, words_of};

/// One report of one happening, before reports are merged into events.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub document: String,
    /// Byte range of the sentence in the document's text.
    pub sentence: Range<usize>,
    pub date: EventDate,
    /// Dated only by the publication date, or by a vague phrase ("last week").
    pub approximate: bool,
    /// Approximate, on a day the story or the paragraph placed it at, long
    /// before the report ("By November, ... The leaders met the next day.
    /// Lukashenko, the host, said ..."): near that day, not anywhere in the
    /// year before the report as a report dated by its publication is.
    pub rough: bool,
    /// Approximate, on a day the story placed it at in the days before the
    /// report, not on the publication's day ("Putin, Tokayev and Rahmon
    /// attended", after "met in Minsk on Thursday"): that day or a few
    /// before it, not any day of the year before the report.
    pub placed: bool,
    /// Ids of the actors, in order of first mention.
    pub actors: Vec<String>,
    /// The actor who does or says the thing, where the sentence shows one.
    pub subject: Option<String>,
    /// Others who do it together with the subject ("Azerbaijan, Georgia and
    /// Uzbekistan declined ...", "Georgia quit together with Azerbaijan"):
    /// another report may name any of them first.
    pub joint: Vec<String>,
    pub topics: Vec<String>,
    pub title: String,
    /// Content words of the happening, for telling reports of one happening apart.
    /// Shared: the same terms recur across the reports of a corpus.
    pub terms: Vec<Arc<str>>,
    /// The happening is the saying itself ("Peskov said ..."), dated by the
    /// publication: a statement happens when it is reported, more or less.
    pub speech: bool,
    /// Happenings this report names ("a CSTO summit in Yerevan"), which
    /// undated reports may refer back to.
    pub named: Vec<NamedHappening>,
    /// For an undated report: the happening it refers to ("during the summit").
    pub anchor: Option<AnchorReference>,
    /// The report only names a happening ("the September 13 attack",
    /// "Thursday's summit") that other reports tell of.
    pub names_happening: bool,
    /// The sentence is a quotation ("“We will study it,” he said"): it may
    /// go on with the statement told just before it.
    pub quotation: bool,
    /// The sentence is an entry of a list of dates ("13 January – The
    /// withdrawal begins."): a sidebar that retells, in the same article,
    /// what its story told.
    pub listed: bool,
    /// The sentence names its happening as one already told ("The
    /// procedure Yerevan set in motion was completed", "told Lukashenka of
    /// his decision"): it may go on with the report just before it.
    pub refers_back: bool,
    /// The clause says it tells more than was told before it ("He also
    /// declined to sign the draft decision"): no earlier sentence of its
    /// article tells its happening.
    pub adds: bool,
    /// For a kind of happening announced before it happens (see the kinds
    /// file): whether this report tells that it will happen (`true`: "will
    /// not attend") or that it did (`false`: "stayed away").
    pub tells_ahead: Option<bool>,
}

/// What one sentence offers the event builder.
struct Reading<'a> {
    text: &'a str,
    quoted: Vec<Range<usize>>,
    shape: Shape,
    actors: Vec<ActorMention>,
    /// Where the sentence names a person (of `actors`).
    people: Vec<Range<usize>>,
    /// The topics whose cues the sentence holds, found when first asked:
    /// most sentences give no event and never ask.
    topics: OnceCell<Vec<String>>,
    /// For the kinds of happening a clause tells of.
    taxonomy: &'a Taxonomy,
    /// Roles that stand for a person the article named ("the Russian president").
    roles: &'a [SpeakerRole],
    /// The main clause lowered ([`main_clause_lowercase`]), made when first
    /// asked: several tests of a sentence read it.
    main_lower: OnceCell<String>,
    /// The whole sentence lowered, where lowering keeps every offset
    /// ([`lowered_in_place`]), made when first asked: the tests of a
    /// sentence lower many stretches of it, each a slice of this.
    lower: OnceCell<Option<String>>,
    /// Where each word of the sentence stands ([`words::word_spans`]),
    /// found when first asked: the tests of a sentence read the words of
    /// many stretches of it.
    word_spans: OnceCell<Vec<Range<usize>>>,
    /// The sentence with its quotations blanked out ([`narration`]), made
    /// when first asked of a sentence that quotes: many tests read it.
    narration: OnceCell<String>,
    /// The role the main clause opens with ([`speakers::subject_role`]),
    /// found when first asked: a sentence's speaker is looked for more
    /// than once.
    subject_role: OnceCell<Option<&'a SpeakerRole>>,
}

impl Reading<'_> {
    /// `part`, a stretch of the sentence, lowered as `to_lowercase` lowers
    /// it: lent from the sentence lowered once where that keeps offsets,
    /// else lowered on its own.
    fn lower_of<'s>(&'s self, part: &str) -> Cow<'s, str> {
        match self.lent_lower(part) {
            Some(lowered) => Cow::Borrowed(lowered),
            None => Cow::Owned(part.to_lowercase()),
        }
    }

    /// `part` lowered, as a slice of the sentence lowered once, where that
    /// keeps offsets and `part` lies within the sentence.
    fn lent_lower(&self, part: &str) -> Option<&str> {
        let lowered = self
            .lower
            .get_or_init(|| lowered_in_place(self.text))
            .as_deref()?;
        // Where `part` starts in the sentence: a difference of addresses.
        let start = (part.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        let end = start.checked_add(part.len())?;
        lowered.get(start..end)
    }

    /// The words of `part`, a stretch of the sentence, lowered (see
    /// [`words_of`]): read from the sentence's words found once, where the
    /// sentence lowers in place and `part` lies within it.
    fn words_of<'s>(&'s self, part: &'s str) -> WordsIn<'s> {
        let lowered = || {
            self.lower
                .get_or_init(|| lowered_in_place(self.text))
                .as_deref()
        };
        match self
            .stretch_of(part)
            .and_then(|stretch| Some((lowered()?, stretch)))
        {
            Some((lowered, stretch)) => WordsIn::lent(lowered, self.word_spans(), stretch),
            None => WordsIn::split(part),
        }
    }

    /// The words of `part`, a stretch of the sentence, as written (see
    /// [`crate::extract::text::alnum_words`]): read from the sentence's words found once, where
    /// `part` lies within the sentence.
    fn written_words_of<'s>(&'s self, part: &'s str) -> WrittenWordsIn<'s> {
        match self.stretch_of(part) {
            Some(stretch) => WrittenWordsIn::spans(self.text, self.word_spans(), stretch),
            None => WrittenWordsIn::split(part),
        }
    }

    /// Where each word of the sentence stands.
    fn word_spans(&self) -> &[Range<usize>] {
        self.word_spans.get_or_init(|| words::word_spans(self.text))
    }

    /// Where `part` lies in the sentence, if it does: a difference of
    /// addresses.
    fn stretch_of(&self, part: &str) -> Option<Range<usize>> {
        let start = (part.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        let end = start.checked_add(part.len())?;
        (end <= self.text.len()).then_some(start..end)
    }

    /// The words of the main clause lowered ([`main_clause_lowercase`]), as
    /// [`words_of`] splits it: the sentence's own words, where the
    /// sentence lowers in place and the two are the same.
    fn main_clause_words(&self) -> WordsIn<'_> {
        let main = &self.text[self.shape.lead_end.min(self.text.len())..];
        if self.lent_lower(main).is_some() {
            self.words_of(main)
        } else {
            WordsIn::split(main_clause_lowercase(self))
        }
    }

    /// Whether the main verb found stands within `span` (a clause's own
    /// verb, when it is the only one found).
    fn main_verb_in(&self, span: &Range<usize>) -> bool {
        self.shape
            .main_verb
            .as_ref()
            .is_some_and(|verb| span.contains(&verb.start))
    }

    fn topics(&self) -> &[String] {
        self.topics
            .get_or_init(|| memo::topics(self.text, || self.taxonomy.find(self.text)))
    }

    fn in_quotes(&self, range: &Range<usize>) -> bool {
        self.quoted
            .iter()
            .any(|q| q.start <= range.start && range.end <= q.end)
    }

    /// Whether any quotation overlaps `range`.
    fn quotes_within(&self, range: &Range<usize>) -> bool {
        self.quoted
            .iter()
            .any(|q| q.start < range.end && range.start < q.end)
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
        // "In January 2022 it was Pashinyan ... who announced": the one the
        // cleft names acts. "What came was a mission led by Zas": what
        // arrived acts.
        let focus_text = &self.text[focus.clone()];
        let named = cleft_parts(focus_text)
            .map(|(named, _)| named)
            .or_else(|| crate::extract::clauses::arrival_cleft(focus_text));
        if let Some(named) = named {
            let named = focus.start + named.start..focus.start + named.end;
            if let Some(m) = self
                .actors
                .iter()
                .find(|m| named.start <= m.range.start && m.range.end <= named.end)
            {
                return Some(m.actor.clone());
            }
        }
        let Some(verb) = self
            .shape
            .main_verb
            .as_ref()
            .filter(|v| focus.contains(&v.start))
        else {
            // "..., and in May it stopped contributing to the CSTO budget":
            // a pronoun before the first name is the subject, and stands for
            // someone named before this clause.
            // "2022-11-23 - Hosting the bloc's summit in Yerevan, Pashinyan
            // refuses ...": who the opening adverbial names does not act.
            let after_lead = |m: &&ActorMention| m.range.start >= self.shape.lead_end;
            let first = self
                .actors
                .iter()
                .filter(within)
                .find(after_lead)
                .or_else(|| self.actors.iter().find(within))?;
            let pronoun_first = self
                .words_of(&self.text[focus.start..first.range.start])
                .any(|w| matches!(w.as_str(), "it" | "he" | "she" | "they"));
            // "... from the tribune of the National Assembly he declared": a
            // name in a phrase of place, with a pronoun right after it.
            let before = self.text[focus.start..first.range.start].trim_end();
            let before = before.strip_suffix(" the").unwrap_or(before);
            let in_a_phrase = PLACE_OR_OBJECT_PREPOSITIONS
                .iter()
                .chain(&["from", "at"])
                .any(|p| ends_with_spaced(before, p));
            let pronoun_after = self
                .words_of(&self.text[first.range.end..focus.end])
                .take(2)
                .any(|w| matches!(w.as_str(), "he" | "she" | "they"));
            let pronoun_subject = pronoun_first || (in_a_phrase && pronoun_after);
            return (!pronoun_subject).then(|| first.actor.clone());
        };
        // After a tag ("..., Pashinyan said"), the speaker is in the tag:
        // before its verb or, inverted, right after it ("said Zas").
        if let Some(tag) = self.shape.tag_start.filter(|t| verb.start >= *t) {
            return self
                .actors
                .iter()
                .filter(within)
                .find(|m| m.range.start >= tag && m.range.end <= verb.start)
                .or_else(|| {
                    self.actors
                        .iter()
                        .filter(within)
                        .find(|m| m.range.start >= verb.end && m.range.start <= verb.end + 2)
                })
                // "Pashinyan will not attend ..., his office said": the
                // office speaks for the one its pronoun points back to.
                .or_else(|| {
                    let speaker = self.text[tag..verb.start].trim_start_matches([',', ' ']);
                    (speaker.starts_with("his ") || speaker.starts_with("her "))
                        .then(|| {
                            self.actors
                                .iter()
                                .filter(within)
                                .find(|m| m.range.end <= tag)
                        })
                        .flatten()
                })
                .map(|m| m.actor.clone());
        }
        let before = self.actors.iter().filter(within).filter(|m| {
            m.range.start >= self.shape.lead_end.max(focus.start) && m.range.end <= verb.start
        });
        // "The CSTO's spokesman, Vladimir Zaynetdinov, said": an owner is
        // not the subject when someone after it is.
        let possessive = |m: &ActorMention| {
            let after = &self.text[m.range.end..];
            after.starts_with("'s") || after.starts_with("’s")
        };
        // "The contingent, numbering 2,000 servicemen from Russia, ...,
        // was formed": names in an aside that opens with a participle or a
        // preposition describe the subject; they do not act.
        // "Our participation in the bloc's bodies has been frozen", "Russia's
        // ambassador to Armenia, Sergei Kopyrkin, said": a name governed by
        // a preposition other than "of", after the subject's head, tells
        // where or what about, not who acts.
        // So is a name joined to such a name ("in Armenia and Russia").
        let subject_start = self.shape.lead_end.max(focus.start);
        let mut governed_until = None;
        let mut governed = |m: &ActorMention| {
            let before = self.text[subject_start..m.range.start].trim_end();
            let before = before.strip_suffix(" the").unwrap_or(before);
            let joined = governed_until.is_some_and(|end| {
                let between = self.text[end..m.range.start].trim();
                matches!(between, "and" | "," | "or")
            });
            let governed = joined
                || SUBJECT_PHRASE_PREPOSITIONS
                    .iter()
                    .any(|p| ends_with_spaced(before, p));
            governed_until = governed.then_some(m.range.end);
            governed
        };
        let mut before = before
            .filter(|m| !in_descriptive_aside(self.text, m.range.start))
            .filter(|m| !governed(m));
        let first = before.next();
        let before = match first {
            Some(owner) if possessive(owner) => before.find(|m| !possessive(m)).or(first),
            other => other,
        };
        // "The chairmanship of the CSTO passed to Belarus": what passes is
        // the owner's; the one it passes to takes it.
        if let Some(owner) = before
            && {
                let before_owner = self.text[..owner.range.start].trim_end();
                let before_owner = before_owner.strip_suffix(" the").unwrap_or(before_owner);
                before_owner.ends_with(" of")
            }
            && let Some(receiver) = passes_to(self, verb, focus)
        {
            return Some(receiver);
        }
        // "Six Armenian soldiers were captured by Azerbaijani forces": in a
        // passive the one after "by" acts, not the one it was done to.
        if let Some(agent) = self.passive_agent(verb, focus) {
            return agent;
        }
        if let Some(subject) = before {
            return Some(subject.actor.clone());
        }
        // "When Nikol Pashinyan chaired the summit in May 2022, he told the
        // other leaders ...": "he" is the one the opening clause named.
        let opens_with_pronoun = self
            .words_of(&self.text[self.shape.lead_end.min(verb.start)..verb.start])
            .next()
            .is_some_and(|w| matches!(w.as_str(), "he" | "she"));
        if opens_with_pronoun
            && let Some(named) = self
                .actors
                .iter()
                .filter(within)
                .find(|m| m.range.end <= self.shape.lead_end)
        {
            return Some(named.actor.clone());
        }
        None
    }

    /// Who acts in a passive main verb ("was blocked by Azerbaijani
    /// activists"): `None` when the verb is no passive with an actor after
    /// "by"; `Some(None)` when several parties are listed there, none of
    /// them acting alone ("signed ... by Armenia, Russia and four Central
    /// Asian republics").
    fn passive_agent(&self, verb: &Range<usize>, focus: &Range<usize>) -> Option<Option<String>> {
        let verb_text = self.lower_of(&self.text[verb.clone()]);
        let words: Vec<&str> = verb_text.split_whitespace().collect();
        let (participle, auxiliaries) = words.split_last()?;
        let passive = auxiliaries
            .iter()
            .any(|w| matches!(*w, "is" | "are" | "was" | "were" | "be" | "been" | "being"))
            && crate::extract::clauses::past_of_participle(participle).is_some();
        if !passive {
            return None;
        }
        let within = |m: &&ActorMention| focus.start <= m.range.start && m.range.end <= focus.end;
        let rest = &self.text[verb.end..focus.end];
        let by = rest.find(" by ")?;
        // "was taken at a session chaired by Pashinyan": the "by" of
        // another participle names who did that, not the main verb.
        if words_of(&rest[..by])
            .any(|w| crate::extract::clauses::past_of_participle(w.as_str()).is_some())
        {
            return None;
        }
        let agent_from = verb.end + by + 4;
        let agent = self
            .actors
            .iter()
            .filter(within)
            .find(|m| m.range.start >= agent_from && m.range.start <= agent_from + 40)?;
        let after = self.text[agent.range.end..].trim_start_matches(['’', '\'', 's']);
        let listed = after.starts_with(", ") || after.starts_with(" and ");
        Some((!listed).then(|| agent.actor.clone()))
    }
}

/// The actor right after "passes to" or "passed to" (a chairmanship, a
/// post), if the main verb is that.
fn passes_to(reading: &Reading, verb: &Range<usize>, focus: &Range<usize>) -> Option<String> {
    let verb_text = reading.lower_of(&reading.text[verb.clone()]);
    if !matches!(
        &*verb_text,
        "passes" | "passed" | "has passed" | "will pass"
    ) {
        return None;
    }
    let after = &reading.text[verb.end..focus.end];
    let to = after.find(|c: char| !c.is_whitespace())?;
    let rest = after[to..].strip_prefix("to ")?;
    let receiver_from = verb.end + to + 3 + (rest.len() - rest.trim_start().len());
    reading
        .actors
        .iter()
        .find(|m| m.range.start >= receiver_from && m.range.start <= receiver_from + 16)
        .map(|m| m.actor.clone())
}

/// Whether the name at `at` stands in an aside set off by a comma that opens
/// with a participle or a preposition ("The contingent, numbering 2,000
/// servicemen from Russia, ..."), which describes the subject before it.
fn in_descriptive_aside(text: &str, at: usize) -> bool {
    let Some(comma) = text[..at].rfind(", ") else {
        return false;
    };
    let aside = &text[comma + 2..at];
    let opener = aside.split_whitespace().next().unwrap_or_default();
    let lower = opener.to_lowercase();
    !aside.contains(['.', ';'])
        && opener.chars().next().is_some_and(char::is_lowercase)
        && (lower.ends_with("ing") || matches!(lower.as_str(), "from" | "including" | "with"))
}

/// Prepositions after which a name in a dated noun phrase is what the
/// happening was about or where it took place, not who did it.
/// Prepositions whose object, in a subject phrase after its head, is no
/// one who acts ("participation in the bloc's bodies").
const SUBJECT_PHRASE_PREPOSITIONS: &[&str] = &["in", "to", "with", "from", "against", "for", "at"];

const PLACE_OR_OBJECT_PREPOSITIONS: &[&str] = &["of", "to", "in", "into", "against", "on", "with"];

/// How long before its writing an article's first day must be for the
/// article to be a look back at history rather than a report of news
/// with background: half a year. A podcast of February on a summit of
/// late November is still news.
const RETROSPECTIVE_DAYS: i64 = 183;

/// Reads one document and returns its candidate events. People discovered
/// by their title are added to `discovered`.
pub fn document_candidates(
    document: &Document,
    gazetteer: &Gazetteer,
    taxonomy: &Taxonomy,
    discovered: &mut BTreeMap<String, Actor>,
) -> Vec<Candidate> {
    let Some((line, first_out)) = crate::extract::layout::reprinted_from(
        &document.text,
        &document.blocks,
        document.published,
    ) else {
        return candidates_as_published(document, gazetteer, taxonomy, discovered);
    };
    // "FROM OUR ARCHIVE ... As first published on Saturday 3 November 2018
    // ¶ The Armenian government said yesterday ...": the page is read up to
    // that line as of its own day, and the story under it as of the day it
    // first came out, with the page above it left out of its reading.
    let cut = document.blocks[line].range().end;
    let mut candidates = candidates_as_published(document, gazetteer, taxonomy, discovered);
    candidates.retain(|c| c.sentence.start < cut);
    let mut story = document.clone();
    story.published = Some(first_out);
    for block in &mut story.blocks[..=line] {
        block.kind = BlockKind::Boilerplate;
    }
    let mut reprinted = candidates_as_published(&story, gazetteer, taxonomy, discovered);
    reprinted.retain(|c| c.sentence.start >= cut);
    candidates.append(&mut reprinted);
    candidates
}

/// The reports of a document read as of its publication date.
fn candidates_as_published(
    document: &Document,
    gazetteer: &Gazetteer,
    taxonomy: &Taxonomy,
    discovered: &mut BTreeMap<String, Actor>,
) -> Vec<Candidate> {
    // Roles a title may open with in place of its person's name.
    let title_roles: Vec<&str> = ROLE_SUBJECTS
        .iter()
        .copied()
        .chain(
            gazetteer
                .rules()
                .speaker_roles
                .iter()
                .map(|r| r.role.as_str()),
        )
        .collect();
    let mut scanner = DocumentActorScanner::new(gazetteer);
    let paragraphs = paragraphs(document);
    introduce_quoted_speakers(document, &paragraphs, &mut scanner);
    let interview = transcript::read(document, &mut scanner, &|id, scanner| {
        is_person(id, gazetteer, scanner)
    });
    // Whether the paragraph being read answers a question of the transcript.
    let mut answering = false;
    // The day of the article's news, once its lead has given one.
    let mut news_day: Option<EventDate> = None;
    // The day a standfirst gives the news ("The prime minister answered a
    // question ... on Wednesday."), for a lead that gives none.
    let mut standfirst_day: Option<EventDate> = None;
    // See `Place::past_story_day`.
    let mut past_story_day: Option<EventDate> = None;
    // The first day the article tells of (the news of a report, the start
    // of the story of a long read about history), and whether the sentence
    // wrote its year.
    let mut first_day_told: Option<(EventDate, bool)> = None;
    // The time of history a long read's story has come to, whatever
    // paragraphs without a date or headings came between.
    let mut story_time: Option<EventDate> = None;
    let mut candidates = Vec::new();
    // The happening the story last told of, which the next sentence may continue.
    let mut story: Option<Narrative> = None;
    // The latest story of the last days before the writing, which "This
    // time ..." returns to after a look back at history.
    let mut recent_story: Option<Narrative> = None;
    // What "It" opening the next sentence stands for ("The Collective
    // Security Treaty was signed ... It became ...").
    let mut it_stands_for: Option<String> = None;
    // The sentence before, whose group ("the leaders") a "They" opening
    // the next one stands for: read for it only when a "They" asks.
    let mut sentence_before: &str = "";
    // The state or body the sentence before had for its subject, whom an
    // "It" opening the next may stand for.
    let mut it_actor: Option<String> = None;
    // The person the article last named, whom "he" or "she" may stand for.
    let mut last_person: Option<String> = None;
    // Persons named so far, the latest last: "the head of state said" is
    // the latest of them the role fits.
    let mut persons_named: Vec<(String, usize)> = Vec::new();
    // The happening a sentence in the past perfect looked back to, for the
    // sentence after it.
    let mut flashback: Option<Narrative> = None;
    // Whether that look back was told in the past perfect ("On 31 October,
    // Pashinyan had asked ..."), not only opened by "Earlier".
    let mut flashback_in_pluperfect = false;
    // The block that look back was told in.
    let mut flashback_block: Option<usize> = None;
    // The day a reported clause of the sentence before looked back to ("He
    // recalled that on 13 September 2022 Armenia had asked ..."), which a
    // sentence going on in the past perfect counts from ("The bloc, he
    // said, had sent only a mission two days later").
    let mut recalled: Option<Narrative> = None;
    // The person the sentence before had for its subject, if any.
    let mut subject_person: Option<String> = None;
    // The group the sentence before had for its subject ("the leaders").
    let mut group: Option<String> = None;
    // The two states the latest sentence naming two or more named last:
    // what "the two governments" stand for next.
    let mut pair_named: Option<[String; 2]> = None;
    // The two persons the latest sentence naming two or more named last:
    // who "the two" or "the two leaders" are next.
    let mut people_named: Option<[String; 2]> = None;
    // Organizations the article has named, the latest last.
    let mut bodies_named: Vec<(String, String)> = Vec::new();
    // Kinds of happening a body holds when the text names no other ("the
    // Astana summit" is the bloc's), by their terms.
    let held_by = taxonomy.held_by_kinds();
    // When each speaker last spoke: a quotation that goes on with them
    // after another paragraph is of that day.
    let mut last_said: HashMap<String, (EventDate, bool)> = HashMap::new();
    // The time of history the paragraph before ended in, if it told of
    // history: the next paragraph goes on in it until it dates itself.
    let mut history: Option<EventDate> = None;
    // The time of history carried into the paragraph before, and whether
    // that paragraph wrote no time of its own.
    let mut history_before: Option<EventDate> = None;
    let mut undated_paragraph_before = false;
    // The day the sentence before told of, for the scene right after it,
    // in its paragraph or at the start of the next.
    let mut setting_day: Option<EventDate> = None;
    // In an interview: the time of history the turns have come to.
    let mut turn_setting: Option<EventDate> = None;
    // The state the article names most, once a sentence speaks for a
    // country in the first person.
    let mut home_state: Option<Option<String>> = None;
    // The last day still to come the article named, for a plan counted from it.
    let mut ahead: Option<EventDate> = None;
    // The story as the narration left it when a speech quoted over several
    // paragraphs began, and whether the paragraph before ended the speech.
    let mut quoted_speech: Option<Option<Narrative>> = None;
    let mut speech_ended = false;

    // A chronicle ("2023 in review": "In January, ... ¶ In September, ...")
    // tells every paragraph in its own time, statements too.
    let chronicle = is_chronicle(document);
    // A committee's minutes: each paragraph tells of the sitting.
    let record_of_a_sitting = transcript::is_record_of_a_sitting(document);
    // The day a heading line last gave ("September 13"), for the posts under it.
    let mut day_heading: Option<EventDate> = None;
    // The time of history the section heading above sets ("CHAPTER 7.
    // SEPTEMBER 2022"), until the next heading.
    let mut section: Option<EventDate> = None;
    // Under a heading of the days to come ("DATES FOR YOUR DIARY", "The
    // week ahead"), until the next heading.
    let mut days_ahead = false;
    // A heading that gives a day without its year ("23 NOVEMBER") heads an
    // almanac's entries, each opening with its year ("2022 — ..."): the
    // day and month, and the entry's day once an entry has given the year.
    let mut almanac: Option<(u32, u32)> = None;
    let mut almanac_entry: Option<EventDate> = None;
    // The day an "on this day" page is about, whose entries go under
    // years on lines of their own ("2021 ¶ Armenia formally asked ...").
    let mut on_this_day: Option<(u32, u32)> = None;
    // Where the first paragraph of the story starts: the lead tells the news.
    let mut first_body: Option<usize> = None;
    // A live blog's entry may have its time on a line of its own ("16:20"),
    // which opens the paragraph after it.
    let mut timed_entry = false;
    // Whether the paragraphs being read stand under a live blog's time stamp.
    let mut under_a_stamp = false;
    // The item below a figure heading of zero tells what did not happen.
    let mut counted_none = false;
    // Who has the floor in a record of speakers.
    let mut turns = Turns::of(&document.text);
    // A recording's transcript, whose lines open with how far into it they
    // are said ("[00:04] Yesterday the leaders ...").
    let recording = document.blocks.iter().any(|block| {
        document.text[block.range()]
            .trim_start()
            .starts_with("[00:")
    });
    // A channel's posts with their stamps in a footer under them.
    let footed_posts = days_of_footed_posts(document);
    for (at, (block, paragraph)) in document.blocks.iter().zip(&paragraphs).enumerate() {
        // A heading read as a line of the story ("DATES FOR YOUR DIARY"
        // right above its first entry) opens its section too.
        let block_line = document.text[block.range()].trim();
        if crate::extract::layout::heads_days_ahead(block_line) {
            days_ahead = true;
        } else if paragraph.is_some() && crate::extract::layout::is_plain_heading(block_line) {
            days_ahead = false;
        }
        // "LAST WEEK, FOR THE RECORD" after the days of a week ahead: a
        // section in capitals that names no day ends the last day's.
        if crate::extract::layout::is_plain_heading(block_line)
            && !block_line.chars().any(char::is_lowercase)
        {
            day_heading = None;
        }
        let Some(paragraph) = paragraph else {
            let line = document.text[block.range()].trim();
            if block.kind == BlockKind::Headline && first_body.is_none() && standfirst_day.is_none()
            {
                standfirst_day = document
                    .published
                    .and_then(|published| day_of_a_standfirst(line, published));
            }
            // "MURAT NURTLEU (statement in Russian):" on a line of its own
            // gives the floor to the words interpreted after it.
            if interview.is_none() {
                turns.speaker_of(line, "", false, &mut scanner, &|id, scanner| {
                    is_person(id, gazetteer, scanner)
                });
            }
            let stamp = without_marks(without_day_mark(without_marks(line)));
            // A feed item's date field and a forum post's header
            // ("Dr_Karapetyan · 19:58"), as a live blog's time stamp, open
            // an entry of its own.
            // A figure heading an item of a page of numbers opens an item
            // told in its own time: no story of the items before goes on.
            if is_figure_heading(line) {
                story_time = None;
                timed_entry = true;
                // "0 ¶ CSTO leaders who joined Pashinyan in condemning the
                // attack": the item counts what did not happen.
                counted_none = line.trim().trim_end_matches('%') == "0";
            }
            if is_time_stamp(stamp)
                || feed_date(line, document.published).is_some()
                || crate::extract::layout::forum_post_header(line).is_some()
            {
                timed_entry = true;
                // "23:50 ¶ The statement is out. ¶ Armenia has agreed to
                // ...": every line under a live blog's stamp, to the next
                // one, is that moment's news, as its first is.
                under_a_stamp = is_time_stamp(stamp);
            }
            // "September 13" on a line of its own heads a feed's or a live
            // blog's posts of that day; the day of publication heads nothing
            // the publication does not already date.
            let next_day = || {
                next_day_heading(line, document.published).filter(|_| newest_first(document, at))
            };
            let below = || {
                document.blocks[at + 1..]
                    .iter()
                    .find(|b| b.kind == BlockKind::Body)
                    .and_then(|b| document.text.get(b.prose()))
            };
            let heading = heading_day(line, document.published)
                .map(|day| weekday_heading_day(day, line, below(), document.published))
                .or_else(next_day);
            if let Some(day) = heading {
                day_heading = Some(day).filter(|day| Some(day.first_day()) != document.published);
                // "November 22 ¶ ... ¶ November 23 ¶ Pashinyan did not
                // travel": under the heading of the publication's day, the
                // news is of that day, not of the posts before it.
                if day_heading.is_none() && news_day.is_some() {
                    news_day = Some(day);
                }
            }
            if on_this_day.is_none() && block.kind == BlockKind::Headline {
                on_this_day = setting::on_this_day(line, document.published);
            }
            almanac_entry = None;
            match (
                year_heading(line, document.published),
                on_this_day.or(almanac),
            ) {
                (Some(year), Some((month, day))) => {
                    almanac_entry = EventDate::day(year, month, day);
                }
                _ => almanac = almanac_day(line, document.published),
            }
            // A day's heading dates what is told under it to that day, not
            // to its month as a section of history would.
            section = match heading {
                Some(_) => None,
                None => section_time(line, document, section),
            };
            days_ahead = crate::extract::layout::heads_days_ahead(line);
            // A section of its own time starts a story of its own.
            if section.is_some() || heading.is_some() {
                story = None;
                flashback = None;
            }
            continue;
        };
        // "12 Jun 2024 · Politics", "Yesterday · Region": a search result's
        // date line, read as a line of the story, heads its snippet as a
        // day's heading heads a feed's posts.
        let date_line = |block: &crate::model::Block| {
            (block.kind == BlockKind::Body)
                .then(|| heading_day(document.text[block.range()].trim(), document.published))
                .flatten()
        };
        // "2020: NO FORMAL REQUEST" read as a line of the story: a heading
        // in capitals that names a time of history opens a section of that
        // time, as it would on a line of its own.
        // "WHERE THINGS STAND" after an almanac's entries of a year: what
        // comes under it is no entry of that year.
        if block.kind == BlockKind::Body && is_heading_in_capitals(block_line) {
            almanac_entry = None;
        }
        if block.kind == BlockKind::Body
            && is_heading_in_capitals(block_line)
            && let Some(time) = section_time(block_line, document, section)
        {
            section = Some(time);
            day_heading = None;
            story = None;
            flashback = None;
            continue;
        }
        if let Some(day) = date_line(block) {
            day_heading = Some(day).filter(|day| Some(day.first_day()) != document.published);
            // Each result is a story of its own, its snippet's first
            // sentence the lead, as a live blog's timed entry is.
            timed_entry = true;
            continue;
        }
        // "Bishkek summit goes ahead without Armenia" right above its date
        // line is the result's headline, which tells nothing the snippet
        // does not.
        let line = document.text[block.range()].trim();
        if block.kind == BlockKind::Body
            && !line
                .trim_end_matches(['"', '”', '’', '\''])
                .ends_with(['.', '!', '?', '…'])
            && document.blocks.get(at + 1).and_then(date_line).is_some()
        {
            continue;
        }
        // A chat's message is of the day its stamp gives, and tells news
        // of its own.
        if block.kind == BlockKind::Body
            && let Some(day) = chat_day(line, document.published)
        {
            day_heading = Some(day).filter(|day| Some(day.first_day()) != document.published);
            timed_entry = true;
        }
        // A channel's post is of the day its footer gives, and tells news
        // of its own.
        if let Some((day, opens)) = footed_posts[at] {
            day_heading = Some(day).filter(|day| Some(day.first_day()) != document.published);
            timed_entry |= opens;
        }
        let entry = std::mem::take(&mut timed_entry);
        if std::mem::take(&mut counted_none) {
            continue;
        }
        let prose = &document.text[block.prose()];
        // "NIKOL PASHINYAN (Prime Minister): ... we will leave": a turn of a
        // record of speakers (a parliament's stenogram, a press
        // conference) is its speaker's statement of the day, as an
        // interviewee's answer is.
        // An embedded post is its author's statement of the day it was
        // posted on, in the first person, as a speaker's turn is.
        let post = post_of(
            &document.text[block.range()],
            document.published,
            &mut scanner,
        );
        let turn = interview
            .is_none()
            .then(|| {
                turns.speaker_of(
                    &document.text[block.range()],
                    prose,
                    block.kind == BlockKind::Body,
                    &mut scanner,
                    &|id, scanner| is_person(id, gazetteer, scanner),
                )
            })
            .flatten()
            .zip(document.published)
            .map(|((speaker, in_office), published)| Transcript {
                interviewee: speaker,
                date: EventDate::from_naive(published),
                approximate: true,
                in_office,
                every_turn_labelled: true,
                named: None,
            });
        let turn = turn.or_else(|| {
            post.as_ref().and_then(|(author, day)| {
                Some(Transcript {
                    interviewee: author.clone()?,
                    date: *day,
                    approximate: false,
                    in_office: true,
                    every_turn_labelled: true,
                    named: None,
                })
            })
        });
        let speaks = turn.is_some();
        let transcript = turn.or_else(|| interview.clone());
        // The date a paragraph's narrative is set at, once a sentence gives
        // one. In an interview the answers go on in the time the last
        // question or answer was about ("And September 2022? ¶ A: On 13
        // September the shelling started").
        let asks = transcript
            .as_ref()
            .is_some_and(|t| t.turn(prose) == Turn::Question);
        // The whole line: the first story line's prose leaves its dateline out.
        let dateline = dateline_day(
            document.text[block.range()].trim_start(),
            document.published,
        );
        // A feed's post is of the day its heading gives; a brief's dateline
        // is only the day it was filed, which may follow the happening.
        if let Some((month, day)) = almanac
            && let Some(year) = entry_year(&document.text[block.prose()])
        {
            almanac_entry = EventDate::day(year, month, day);
        }
        // "10/ Morning update. Peskov told reporters this morning ... ¶
        // 8:12 AM · Nov 24, 2022": a post's stamp below it gives its day.
        // "... in the CSTO. — Nikol Pashinyan (@NikolPashinyan) February
        // 22, 2024": so does a post's signature at its end.
        let stamped = document
            .blocks
            .get(at + 1)
            .and_then(|next| stamp_day(document.text[next.range()].trim(), document.published))
            .or_else(|| post.as_ref().map(|(_, day)| *day));
        let posted = dateline.is_none()
            && (stamped.is_some() || day_heading.is_some() || almanac_entry.is_some());
        let report_day = dateline.or(stamped).or(almanac_entry).or(day_heading);
        // A long read whose own news is history ("On 2 November 2018 ...",
        // written a year on) goes on in the time of history the paragraph
        // before came to: its "8 November" is of the story's year, not the
        // last 8 November before the writing.
        let retrospective = first_day_told.is_some_and(|(day, with_its_year)| {
            with_its_year
                && document.published.is_some_and(|published| {
                    (published - day.last_day()).num_days() >= RETROSPECTIVE_DAYS
                        && day.year_value() < published.year()
                })
        });
        let mut setting: Option<EventDate> = if transcript.is_some() && !asks {
            turn_setting
        } else if let Some(day) = almanac_entry.filter(|_| block.kind == BlockKind::Body) {
            // "14 SEPTEMBER ¶ 2022: Pashinyan gave a new toll ... ¶
            // Azerbaijan put its own losses at 71 dead.": the lines of an
            // almanac's entry are of the entry's day.
            Some(day)
        } else if retrospective && block.kind == BlockKind::Body {
            story_time.or(section)
        } else if block.kind == BlockKind::Body {
            section
        } else {
            None
        };
        // "... in the autumn of 2022, when Azerbaijani artillery struck ...
        // ¶ The bloc answered with a fact-finding mission.": a paragraph of
        // history goes on in the next one, for an undated deed, until that
        // paragraph dates itself.
        let mut carried_history = history.take();
        // A background paragraph, and each entry of a live blog (a line that
        // opens with its time), starts a story of its own.
        let line = &document.text[block.range()];
        // In a retelling whose own news is history (a memoir's "On Sunday,
        // 12 July 2020, ..."), a paragraph that writes no time ("Tavush is
        // far from Karabakh.") leaves the story's time where it was.
        let news_is_history = news_day.is_some_and(|day| is_history(day, document));
        if news_is_history && carried_history.is_none() && undated_paragraph_before {
            carried_history = history_before;
        }
        history_before = carried_history;
        undated_paragraph_before = news_is_history
            && block.kind == BlockKind::Body
            && find_dates(line, document.published).is_empty();
        // "[01:24] The same day Armenia asked ...": a recording's transcript
        // marks where in the recording each line is, not when it happened;
        // its lines go on one story.
        let timed_line =
            opens_with_time(line) && !(recording && line.trim_start().starts_with('['));
        // "MONDAY ¶ • CSTO leaders meet in the Kremlin ... ¶ • Lukashenko
        // calls for unity ...": each item listed under a day's heading is a
        // piece of that day's news of its own, told in the headline present.
        let listed = posted && crate::extract::layout::is_list_item(line);
        let timed_line = timed_line || listed;
        if block.kind == BlockKind::Background
            || entry
            || timed_line
            || record_of_a_sitting
            || stamped.is_some()
        {
            story = None;
            carried_history = None;
            setting_day = None;
        }
        // "The speech ... is presented below. ¶ "Dear members ... ¶ Early
        // yesterday morning, Azerbaijani units crossed ... ¶ ... what has
        // happened." ¶ Later on the same day, ...": once a speech quoted over
        // several paragraphs ends, the story is where the narration left
        // it, not at the last day the speaker told of.
        if block.kind == BlockKind::Body {
            if speech_ended && let Some(before) = quoted_speech.take() {
                story = before;
                flashback = None;
            }
            speech_ended = false;
            let prose = document.text[block.prose()].trim();
            if quoted_speech.is_none() && opens_a_quotation_it_does_not_close(prose) {
                quoted_speech = Some(story.clone());
            } else if quoted_speech.is_some() && prose.ends_with(['"', '”', '»']) {
                speech_ended = true;
            }
        }
        // A new speaker's turn goes on in the time the talk was at, but
        // their "he" or "it" is not the last speaker's subject.
        if (speaks || crate::extract::layout::opens_a_turn(line))
            && let Some(story) = story.as_mut()
        {
            story.subject = None;
        }
        if speaks {
            answering = true;
        } else if interview.is_none() {
            answering = false;
        } else if let Some(transcript) = &transcript
            && block.kind == BlockKind::Body
        {
            answering = match transcript.turn(prose) {
                Turn::Answer => true,
                Turn::Question => false,
                // Where every answer opens with its label, a paragraph
                // without one is the page again ("This interview is part
                // of our summer series"), not an answer going on.
                Turn::Unlabelled => answering && !transcript.every_turn_labelled,
            };
        }
        // "Q: Last Wednesday the prime minister said ...", "A: This morning
        // our minister signed ...": a turn of an interview is told on the
        // day of the conversation, when the introduction gives it.
        let report_day = report_day.or_else(|| {
            transcript
                .as_ref()
                .filter(|t| !t.approximate && block.kind == BlockKind::Body)
                .filter(|_| asks || answering)
                .map(|t| t.date)
        });
        let body_seen = first_body.is_some_and(|first| first != block.range().start);
        if block.kind == BlockKind::Body && first_body.is_none() {
            first_body = Some(block.range().start);
        }
        // Quotations may run over several sentences of a paragraph: their
        // marks are paired across the whole paragraph.
        let paragraph_quotes = &paragraph.quotes;
        let mut readings = Vec::new();
        let prose_start = block.prose().start;
        // "Karapetyan: Our soldiers trained ...": the name that labels a
        // turn is no part of what was said, and is not read with it.
        let label_len = transcript
            .as_ref()
            .and_then(|t| t.named.as_ref())
            .map_or(0, |named| named.label_len(prose));
        for local in paragraph.sentences.iter().cloned() {
            let local = local.start.max(label_len).min(local.end)..local.end;
            let sentence = prose_start + local.start..prose_start + local.end;
            let text = &document.text[sentence.clone()];
            let quoted: Vec<Range<usize>> = paragraph_quotes
                .iter()
                .filter(|q| q.start < local.end && local.start < q.end)
                .map(|q| q.start.max(local.start) - local.start..q.end.min(local.end) - local.start)
                .collect();
            // Every sentence goes through the scanner, event or not, so that a
            // person introduced by title is known when named again.
            let all_actors = scanner.find(text);
            let mut reading = Reading {
                text,
                shape: memo::shape(text, &quoted, || clauses::shape(text, &quoted)),
                topics: OnceCell::new(),
                taxonomy,
                roles: &gazetteer.rules().speaker_roles,
                actors: Vec::new(),
                people: Vec::new(),
                quoted,
                main_lower: OnceCell::new(),
                lower: OnceCell::new(),
                word_spans: OnceCell::new(),
                narration: OnceCell::new(),
                subject_role: OnceCell::new(),
            };
            reading.actors = all_actors
                .into_iter()
                .filter(|m| !reading.in_quotes(&m.range))
                .collect();
            if let Some(published) = document.published {
                possessed_offices(
                    text,
                    reading.shape.lead_end,
                    &mut reading.actors,
                    gazetteer,
                    published.year(),
                );
                offices_standing_alone(
                    text,
                    &reading.quoted,
                    &mut reading.actors,
                    gazetteer,
                    published.year(),
                    &persons_named,
                    &mut || {
                        home_state
                            .get_or_insert_with(|| most_named_state(document, gazetteer))
                            .clone()
                    },
                );
            }
            reading.people = reading
                .actors
                .iter()
                .filter(|m| is_person(&m.actor, gazetteer, &scanner))
                .map(|m| m.range.clone())
                .collect();
            readings.push((sentence, reading));
        }
        for (n, (sentence, reading)) in readings.iter().enumerate() {
            let sentence = sentence.clone();
            let background = block.kind == BlockKind::Background;
            // "Bishkek last hosted a summit in November 2019, when ... This
            // time they approved Masadykov; he succeeds Tasmagambetov on 1
            // January": the story is back in the news of the day.
            if returns_to_the_present(reading) {
                setting = None;
                flashback = None;
                // A story of long ago is not the one "they" now go on with:
                // the latest story of the last days is.
                if let Some(published) = document.published
                    && story
                        .as_ref()
                        .is_some_and(|told| !is_recent(told, published))
                {
                    story = recent_story.clone();
                }
            }
            if let Some(published) = document.published
                && let Some(told) = story.as_ref().filter(|told| is_recent(told, published))
            {
                recent_story = Some(told.clone());
            }
            let it_before = std::mem::replace(&mut it_stands_for, thing_named_as_subject(reading));
            let they_before = std::mem::replace(&mut sentence_before, reading.text);
            // "Azerbaijan is not a member of the organisation. It left the
            // treaty in 1999": a state or body the sentence before had for
            // its subject.
            let it_acted_before = std::mem::replace(
                &mut it_actor,
                reading
                    .subject_in(&(0..reading.text.len()))
                    .filter(|id| !is_person(id, gazetteer, &scanner)),
            );
            // "Pashinian had angered Moscow with an interview on September
            // 3 ... He also said ...": a pronoun goes on with the look back.
            // "In May 2019 Pashinyan had received Zas ... That November the
            // leaders had chosen him": so does a sentence that goes on in
            // the past perfect from the time told before it.
            // "... had chosen Zas. Zas took office the following January":
            // a month, season or year counted from the time told before is
            // counted from the look back too, whatever the tense.
            // A look back told only roughly ("that summer") is no step to
            // count from.
            // Read only when there is a look back to count from: it reads
            // the sentence's dates again.
            let shift = (flashback.is_some() || recalled.is_some())
                .then(|| told_from_context(reading, document))
                .flatten();
            let followed = flashback
                .as_ref()
                .filter(|told| {
                    pronoun_subject(reading)
                        || match shift {
                            // "On 14 September 2022 Azerbaijani units had
                            // taken up positions ... ¶ On the same day
                            // Pashinyan told ...": with no story of the
                            // present told, a count goes on from the look back.
                            Some(shift) => {
                                pluperfect(reading)
                                    || (coarse(shift) && !told.approximate)
                                    // "The government had approved the bill
                                    // on 9 January. That month Peskov said
                                    // ...": January, the day looked back to.
                                    // (A background month, "had commanded
                                    // the garrison in March 2008", is no
                                    // step of the story.)
                                    || (matches!(
                                        shift,
                                        ContextShift::SameMonth
                                            | ContextShift::SameYear { .. }
                                    ) && !told.approximate
                                        && told.date.day_value().is_some())
                                    || story.is_none()
                                    || (flashback_in_pluperfect
                                        && same_day_as_a_distant_look_back(
                                            shift,
                                            flashback_block.is_some_and(|told_at| {
                                                told_at + 1 >= at
                                                    && document.blocks[told_at..at]
                                                        .iter()
                                                        .all(|b| b.kind == BlockKind::Body)
                                            }),
                                            told,
                                            story.as_ref(),
                                        ))
                            }
                            None => false,
                        }
                })
                .or_else(|| {
                    recalled
                        .as_ref()
                        .filter(|_| shift.is_some() && pluperfect(reading))
                });
            // "The 65-year-old Tasmagambetov, who ... Nazarbayev, used
            // to serve ... His last official position ...": the person
            // the sentence before was about comes first, unless a role
            // names another ("the head of state said").
            let narrated = narration(reading);
            let role = role_speaker(
                narrated,
                &persons_named,
                story.as_ref().and_then(|s| s.subject.as_deref()),
                gazetteer,
            )
            .or_else(|| {
                // "The Prime Minister did not travel to Bishkek": a role
                // the article has named no holder of, as the subject, is
                // whoever held it that year in the role's state, else in
                // the state the article is about.
                let role = subject_role(reading, gazetteer)?;
                let year = document.published?.year();
                let country = match &role.country {
                    Some(country) => country.clone(),
                    None => home_state
                        .get_or_insert_with(|| most_named_state(document, gazetteer))
                        .clone()?,
                };
                gazetteer
                    .holder_of(&role.office, &country, year)
                    .map(|holder| holder.id.clone())
            });
            let person = role
                .as_deref()
                .or(subject_person.as_deref())
                .or(story
                    .as_ref()
                    .and_then(|s| s.subject.as_deref())
                    .filter(|id| is_person(id, gazetteer, &scanner))
                    .or(last_person.as_deref()))
                .filter(|id| role.is_some() || may_stand_for_subject(id, reading, gazetteer));
            // "The Prime Minister also informed that ...": said on the day
            // the speaker last spoke, whatever the sentence before dated.
            // The speaker is named before the verb, or is the person a
            // pronoun stands for: "He also said that Russia's presence in
            // Armenia ..." is not Armenia speaking again.
            let verb_at = reading
                .shape
                .main_verb
                .as_ref()
                .map_or(reading.text.len(), |verb| verb.start);
            // "Mr Pashinyan said in the same speech that ...": so is a
            // statement of the same occasion.
            // Each sentence is asked: the phrase and the word are looked for
            // in any ASCII case before the narration is lowered or split
            // (lowering takes no char beyond ASCII to one of their letters).
            let same_occasion = holds_in_any_case(narrated, " the same ")
                && reading
                    .words_of(narrated)
                    .any(|w| SAYING_OCCASIONS.contains(&w.as_str()));
            let also = holds_in_any_case(narrated, "also")
                && reading.words_of(narrated).any(|w| w == "also");
            // "Speaking to us on Friday, Tonoyan called ... In Moscow,
            // Overchuk said on Thursday ... Tonoyan dismissed the warning as
            // theatre": a speaker named again after another's dated words
            // speaks when they last spoke, not when the other did.
            let story_subject = story.as_ref().and_then(|s| s.subject.as_deref());
            let returning = reading.shape.reporting
                && reading
                    .actors
                    .iter()
                    .find(|m| m.range.end <= verb_at)
                    .is_some_and(|m| {
                        // (Another speaker's words moved the story: not a
                        // gathering the speaker then spoke at, "The leaders
                        // met on 2 December. Putin told the session ...".)
                        story_subject.is_some_and(|subject| {
                            subject != m.actor && is_person(subject, gazetteer, &scanner)
                        }) && is_person(&m.actor, gazetteer, &scanner)
                            && last_said.contains_key(&m.actor)
                    });
            let also_said =
                (same_occasion || also || returning || according_to_the_speaker(narrated))
                    .then(|| {
                        reading
                            .actors
                            .iter()
                            .filter(|m| m.range.end <= verb_at)
                            .map(|m| m.actor.as_str())
                            .chain(person)
                            .find_map(|id| last_said.get(id).copied())
                    })
                    .flatten();
            // "In September 2022 we invoked Article 4": a columnist's "we"
            // is their country, the state the article names most.
            // So is an official's in an interview, answering for the
            // office: "In the spring we had already stopped paying".
            let for_the_office = transcript.as_ref().is_some_and(|t| t.in_office);
            // Around the turns of an interview, "we" is the outlet: "We
            // asked Ruzanna Tonoyan what comes next."
            let outlet_around_turns = interview.is_some() && !answering && !asks;
            let national = (!answering || for_the_office)
                && !outlet_around_turns
                && national_voice(reading)
                && home_state
                    .get_or_insert_with(|| most_named_state(document, gazetteer))
                    .is_some();
            let (mut found_here, mut told) = sentence_candidates(
                reading,
                document,
                Place {
                    background,
                    // Each entry of a live blog is news of its own.
                    lead: !body_seen || entry || timed_line || under_a_stamp || stamped.is_some(),
                    answer: answering,
                    asking: asks,
                    news_day: news_day.or(standfirst_day),
                    past_story_day,
                    caption: block.kind == BlockKind::Caption,
                    // (Under a section's year, the month the paragraph
                    // before came to within it: "2021 ¶ On 12 May ... ¶ The
                    // alliance replied ..." is May.)
                    history: carried_history.filter(|history| {
                        setting.is_none_or(|time| time != *history && time.contains(history))
                    }),
                    setting_day,
                    also_said,
                    speaker_by_role: role.is_some(),
                    report_day,
                    posted,
                    almanac_entry: almanac_entry.is_some() && report_day == almanac_entry,
                    listed,
                    chronicle,
                    national,
                    ahead,
                    days_ahead,
                    year_written_before: says_that_year_anywhere(reading.text)
                        .then(|| last_year_written(they_before, document.published))
                        .flatten(),
                },
                setting,
                followed.or(story.as_ref()),
                person,
            );
            let named_last = scanner.last_organization();
            for c in found_here.iter_mut() {
                give_to_its_holder(c, &held_by, named_last, &|id| {
                    gazetteer
                        .get(id)
                        .is_some_and(|a| a.kind == ActorKind::Organization)
                });
            }
            // "A Yerevan court let him out on bail": in a sentence that
            // names no one, "him" (or a clause's "he") is the person the
            // story follows.
            if reading.people.is_empty()
                && let Some(id) = person
                && let Some(name) = gazetteer
                    .get(id)
                    .or_else(|| scanner.discovered().iter().find(|a| a.id == id))
                    .map(|a| a.name.clone())
            {
                for c in found_here.iter_mut() {
                    // "..., and on Monday he finally used it": a clause
                    // whose "he" no name in the sentence takes is theirs too.
                    let opens_with_pronoun = ["He ", "She "]
                        .iter()
                        .find_map(|pronoun| c.title.strip_prefix(pronoun));
                    let titled = match opens_with_pronoun {
                        Some(rest) if c.subject.is_none() => {
                            c.subject = Some(id.to_string());
                            format!("{name} {rest}")
                        }
                        _ if !c.speech => name_the_object(&c.title, &name),
                        _ => continue,
                    };
                    if titled != c.title {
                        c.title = titled;
                        if !c.actors.iter().any(|a| a == id) {
                            c.actors.push(id.to_string());
                        }
                    }
                }
            }
            if !answering
                && let Some(transcript) = &transcript
                && let Some(interview) = interview_given(
                    reading,
                    transcript,
                    document.publisher.as_deref(),
                    &|id: &str| {
                        gazetteer
                            .get(id)
                            .or_else(|| scanner.discovered().iter().find(|a| a.id == id))
                            .map(|a| a.name.clone())
                    },
                )
            {
                found_here.push(interview);
            }
            // "The minister recalled that on 13 September Azerbaijan attacked
            // Armenia": what is recalled, on its own day, is the news; the
            // recalling, dated only by the report, tells it again. (An
            // official statement recalls in the present, as its own news:
            // "The Republic of Armenia recalls that it turned to ...".)
            // So is a clause said to open with its own date: "Mirzoyan
            // stressed that on 13 September Azerbaijan unleashed ...".
            // "He also noted that the session in Minsk on 23.11.2023 was
            // held without ...": a noting that tells a happening of a given
            // day tells it again as well; one that places a view in a month
            // ("noted that the reaction to the appeal of May 2021 had not
            // met expectations") is the speaker's statement.
            let mut retold = false;
            if let Some(verb_range) = reading.shape.main_verb.as_ref()
                && reading.shape.reporting
                && let verb = reading.lower_of(&reading.text[verb_range.clone()])
                && let Some(recalled) = found_here
                    .iter()
                    .filter(|c| !c.speech && !c.approximate && !c.names_happening)
                    .map(|c| c.date)
                    .min()
                && (matches!(&*verb, "recalled" | "reminded")
                    || (verb == "noted" && recalled.day_value().is_some())
                    || said_clause_opens_with_its_date(reading, verb_range.end, document.published))
            {
                found_here.retain(|c| !(c.speech && c.approximate && recalled < c.date));
                retold = true;
            }
            // "His government stopped paying its dues in May": the
            // government of the state the person the pronoun stands for
            // leads.
            if let Some(leader) = person.and_then(|id| gazetteer.get(id))
                && let Some(state) = leader.country.clone()
            {
                let bodies = ["government ", "administration "];
                for c in found_here
                    .iter_mut()
                    .filter(|c| c.subject.as_deref() != Some(&state))
                {
                    let pronoun = ["His ", "Her "]
                        .iter()
                        .find_map(|p| c.title.strip_prefix(p))
                        .filter(|rest| bodies.iter().any(|b| rest.starts_with(b)));
                    // Already named by the title: "Pashinian's government".
                    let named = c.title.split_once("'s ").is_some_and(|(head, rest)| {
                        head.split_whitespace().count() <= 3
                            && reading.actors.iter().any(|m| {
                                m.actor == leader.id
                                    && reading.text[m.range.clone()].ends_with(head)
                            })
                            && bodies.iter().any(|b| rest.starts_with(b))
                    });
                    if pronoun.is_none() && !named {
                        continue;
                    }
                    c.actors.retain(|a| a != &state);
                    c.actors.insert(0, state.clone());
                    c.terms.push(format!("@{state}").into());
                    c.subject = Some(state.clone());
                    if let Some(rest) = pronoun {
                        c.title = format!("{}'s {rest}", leader.name);
                    }
                }
            }
            // "Armenia hasn't sent a minister to any meeting. It stayed away
            // from the Astana summit": "it" is what the sentence before
            // acted through, when the story has no actor to lend it.
            if n > 0
                && story.as_ref().is_none_or(|s| s.subject.is_none())
                && found_here
                    .iter()
                    .any(|c| c.subject.is_none() && c.title.starts_with("It "))
                && let previous = &readings[n - 1].1
                && let Some(subject) = previous.subject_in(&(0..previous.text.len()))
                && !is_person(&subject, gazetteer, &scanner)
            {
                for c in found_here
                    .iter_mut()
                    .filter(|c| c.subject.is_none() && c.title.starts_with("It "))
                {
                    c.actors.retain(|a| a != &subject);
                    c.actors.insert(0, subject.clone());
                    c.terms.push(format!("@{subject}").into());
                    c.subject = Some(subject.clone());
                }
            }
            if found_here.is_empty()
                && !background
                && !salutation(reading)
                && let Some(statement) = quoted_statement(
                    reading,
                    &readings[n + 1..],
                    document,
                    story.as_ref(),
                    &last_said,
                    &|id: &str| {
                        gazetteer
                            .get(id)
                            .or_else(|| scanner.discovered().iter().find(|a| a.id == id))
                            .map(|a| a.name.clone())
                    },
                    &|reading: &Reading| {
                        role_speaker(
                            narration(reading),
                            &persons_named,
                            story.as_ref().and_then(|s| s.subject.as_deref()),
                            gazetteer,
                        )
                    },
                )
                // "\"...,\" she says": "she" is a person, never the bloc or
                // the state the story was about; a speaker the article named
                // but the gazetteer does not know is no one to give it to.
                && (!reading.words_of(narration(reading)).any(|w| w == "he" || w == "she")
                    || statement
                        .subject
                        .as_deref()
                        .is_some_and(|speaker| is_person(speaker, gazetteer, &scanner)))
            {
                told = Some(Narrative::told_by(&statement));
                found_here.push(statement);
            }
            if found_here.is_empty()
                && !background
                && let Some(published) = document.published
                && let Some(statement) = colon_statement(
                    reading,
                    report_day,
                    published,
                    &|id| is_person(id, gazetteer, &scanner),
                    &|id: &str| {
                        gazetteer
                            .get(id)
                            .or_else(|| scanner.discovered().iter().find(|a| a.id == id))
                            .map(|a| a.name.clone())
                    },
                )
            {
                told = Some(Narrative::told_by(&statement));
                found_here.push(statement);
            }
            // "In May 2021 we had already invoked Article 2": in an answer,
            // "we" is the side of the one interviewed (their state), "I" is
            // they themselves. Where their side is not known, what the
            // sentence recalls is left to the statement.
            // So is a later clause's ("Azerbaijani units crossed on the
            // twelfth, and two days later we asked our allies ...").
            if answering
                && let Some(person) = first_person_subject(reading).or_else(|| {
                    found_here.iter().find_map(|c| {
                        match reading.words_of(&c.title).next().as_deref() {
                            Some("we") => Some(FirstPerson::Plural),
                            Some("i") => Some(FirstPerson::Singular),
                            _ => None,
                        }
                    })
                })
                && let Some(transcript) = &transcript
            {
                let actor_of = |id: &str| {
                    gazetteer
                        .get(id)
                        .cloned()
                        .or_else(|| scanner.discovered().iter().find(|a| a.id == id).cloned())
                };
                // "Last year we stayed away from Minsk": an official whose
                // state the gazetteer does not know speaks for the state
                // the article names most.
                let side = match person {
                    FirstPerson::Singular => actor_of(&transcript.interviewee),
                    FirstPerson::Plural => actor_of(&transcript.interviewee)
                        .and_then(|a| a.country)
                        .or_else(|| {
                            transcript
                                .in_office
                                .then(|| {
                                    home_state
                                        .get_or_insert_with(|| {
                                            most_named_state(document, gazetteer)
                                        })
                                        .clone()
                                })
                                .flatten()
                        })
                        .and_then(|country| actor_of(&country)),
                };
                found_here.retain_mut(|c| {
                    // "I was in the hall on 23 November when the prime
                    // minister refused to sign": a clause with a subject of
                    // its own is not the speaker's.
                    let of_the_speaker = reading
                        .words_of(&c.title)
                        .take(4)
                        .any(|w| matches!(w.as_str(), "we" | "i" | "our" | "my"));
                    // A title that opens with "We" or "I" is the speaker's
                    // whatever subject its clause was given.
                    let opens_first_person = matches!(
                        reading.words_of(&c.title).next().as_deref(),
                        Some("we" | "i")
                    );
                    if (c.subject.is_some() && !opens_first_person) || !of_the_speaker {
                        return true;
                    }
                    let Some(side) = &side else {
                        return false;
                    };
                    c.subject = Some(side.id.clone());
                    if !c.actors.contains(&side.id) {
                        c.actors.insert(0, side.id.clone());
                        c.terms.push(format!("@{}", side.id).into());
                    }
                    c.title = first_person_named(&c.title, &side.name);
                    true
                });
            }
            if national && let Some(Some(state)) = &home_state {
                speaking_for(&mut found_here, reading, state, gazetteer, &document.text);
            }
            // An answer is the interviewee's statement when it gives a view
            // ("I think the government will take its time"). One that
            // recounts what happened ("On 13 September the shelling started")
            // is that happening, told on its own day, not news of the
            // interview's. One who speaks for an office speaks for it even
            // in passing, unless the answer only tells what happened and the
            // happening is found ("In September 2022 we invoked Article 4";
            // not "An ally is someone who comes when you call, and in
            // September 2022 we called").
            let tells_happening = found_here.iter().any(|c| !c.speech && !c.names_happening);
            // "On 8 May we informed the secretariat ...": a deed of the
            // office's own, told with its day, is told by a verb of saying too.
            let tells_dated_deed = found_here
                .iter()
                .any(|c| !c.names_happening && !c.approximate);
            let recounts = if transcript.as_ref().is_some_and(|t| t.in_office) {
                // "The 102nd base is in Armenia under a treaty signed in 1995
                // and extended in 2010": a state told with the dates of its
                // history recounts that history, which is found. (Not a view
                // beside a dated deed: "An ally is someone who comes when you
                // call, and in September 2022 we called".)
                let stands_on_history = !reading.shape.generic
                    && conjuncts(reading).len() <= 1
                    && found_here.iter().any(|c| {
                        !c.speech
                            && !c.names_happening
                            && !c.approximate
                            && c.date.last_day()
                                < transcript.as_ref().map_or(c.date, |t| t.date).first_day()
                    });
                (reading.shape.past_happening || stands_on_history)
                    && (tells_happening || tells_dated_deed)
            } else {
                reading.shape.past_happening || tells_happening
            };
            // Whether the last report is the answer itself, which is of the
            // conversation's day: no time the answer's story is told at.
            let mut answer_given = false;
            if answering
                && let Some(transcript) = &transcript
                && !question(reading)
                // "My guest today is ...": the host's pointing says nothing.
                && !turns_to_the_reader(reading)
                && !recounts
                && !runs_the_sitting(reading.text)
                && reading.words_of(transcript::without_label(reading.text)).count() >= MIN_UNDATED_WORDS
                // "A short book about the mission, if the archives open.": an
                // answer with no verb of its own only completes the question.
                && reading.shape.main_verb.is_some()
            {
                let statement = answer_statement(reading, transcript, &|id: &str| {
                    gazetteer
                        .get(id)
                        .or_else(|| scanner.discovered().iter().find(|a| a.id == id))
                        .map(|a| a.name.clone())
                });
                // "A: This morning our minister signed the contract": the
                // deed of the day the answer tells is the event; the answer
                // telling it on that day is not a second one.
                if !found_here.iter().any(|c| c.date == statement.date) {
                    answer_given = true;
                    found_here.push(statement);
                }
            }
            // "The ministry listed ... It also cited ...": a body named by its
            // kind is the one of that kind the article named last.
            if let Some(body) = body_referred(reading, &bodies_named) {
                for c in found_here
                    .iter_mut()
                    .filter(|c| c.subject.is_none() && !c.names_happening)
                {
                    c.subject = Some(body.clone());
                    if !c.actors.contains(&body) {
                        c.actors.insert(0, body.clone());
                        c.terms.push(format!("@{body}").into());
                    }
                }
                if let Some(told) = told.as_mut()
                    && told.subject.is_none()
                {
                    told.subject = Some(body);
                }
            }
            // "The CSTO mission has landed in Yerevan. Tomorrow it is
            // expected to visit ...": an "It" no actor took stands for the
            // thing the sentence before named.
            // "The treaty dates back to 1992, when it was signed": an "It"
            // of a clause inside a sentence whose subject is a thing stands
            // for that thing.
            if it_stands_for.is_none()
                && it_before.is_none()
                && let Some(actor) = it_acted_before.as_ref()
                && let Some(name) = gazetteer.get(actor).map(|a| a.name.clone())
            {
                for c in found_here
                    .iter_mut()
                    .filter(|c| c.subject.is_none() && c.title.starts_with("It "))
                {
                    c.title = format!("{name}{}", &c.title[2..]);
                    c.actors.retain(|a| a != actor);
                    c.actors.insert(0, actor.clone());
                    c.subject = Some(actor.clone());
                }
            }
            // "The leaders have signed the Astana declaration. They also
            // handed the chairmanship to Kyrgyzstan": "They" is the group
            // the sentence before named.
            let opens_with_they =
                |c: &Candidate| c.subject.is_none() && c.title.starts_with("They ");
            if found_here.iter().any(opens_with_they)
                && let Some(group) = group_mentioned_in(they_before)
            {
                for c in found_here.iter_mut().filter(|c| opens_with_they(c)) {
                    c.title = format!("{}{}", capitalise(&group), &c.title[4..]);
                }
            }
            if let Some(thing) = it_stands_for.as_ref().or(it_before.as_ref()) {
                for c in found_here
                    .iter_mut()
                    .filter(|c| c.subject.is_none() && c.title.starts_with("It "))
                {
                    c.title = format!("{thing}{}", &c.title[2..]);
                    // The thing's words are the report's as much as if the
                    // sentence had named it: "It landed in Yerevan" is the
                    // mission's landing.
                    let kinds = reading
                        .taxonomy
                        .find_kinds(head_words(&c.title, KIND_HEAD_WORDS))
                        .into_iter()
                        .map(|k| reading.taxonomy.kind_term(&k));
                    for term in content_terms(thing, &(0..thing.len()), &|_| true)
                        .into_iter()
                        .chain(kinds)
                    {
                        if !c.terms.iter().any(|t| **t == *term) {
                            c.terms.push(Arc::from(term));
                        }
                    }
                }
            }
            for m in &reading.actors {
                // "Russian Foreign Ministry" (read as Russia), "the Security
                // Council of Armenia": each body noun its name holds.
                let organization = gazetteer
                    .get(&m.actor)
                    .filter(|a| a.kind == ActorKind::Organization);
                // Most names hold no body noun in any case; a lowered word
                // is a noun only where the name has it in ASCII letters, as
                // nothing else lowers to one of theirs but "İ", whose dot
                // then ends the word.
                let may_hold = |name: &str| BODY_NOUN_FINDER.is_match(name);
                // "Armenia's Foreign Ministry": the state named, and its
                // body in capitals after it.
                let possessed = body_of_a_state(&reading.text[m.range.end..]);
                // What the actors file says the body is ("Armenia's
                // parliament"): "the parliament" later is the National
                // Assembly named before.
                let kind_of_body = organization.map_or("", |a| head_noun(&a.description));
                if !may_hold(&reading.text[m.range.clone()])
                    && !organization.is_some_and(|a| may_hold(&a.name))
                    && !may_hold(possessed)
                    && !may_hold(kind_of_body)
                {
                    continue;
                }
                let written =
                    format!("{} {possessed}", &reading.text[m.range.clone()]).to_lowercase();
                let canonical = organization
                    .map(|a| format!("{} {kind_of_body}", a.name).to_lowercase())
                    .unwrap_or_default();
                // Both names' words, read once for all the nouns.
                let words: Vec<Word> = reading
                    .words_of(&written)
                    .chain(reading.words_of(&canonical))
                    .collect();
                for noun in BODY_NOUNS {
                    if words.iter().any(|w| w == noun) {
                        bodies_named.retain(|(n, id)| !(n == noun && id == &m.actor));
                        bodies_named.push((noun.to_string(), m.actor.clone()));
                    }
                }
            }
            // Told with its year ("On 2 November 2018"), not counted from
            // the writing ("A year ago today"), which is news of the day.
            // So is a live page's timed entry ("7:40 PM ET ¶ Both leaders
            // said ..."), whatever history its later entries recall.
            if first_day_told.is_none()
                && !background
                && (entry || timed_line)
                && let Some(published) = document.published
            {
                first_day_told = Some((EventDate::from_naive(published), false));
            }
            if first_day_told.is_none() && !background {
                first_day_told = found_here.iter().find(|c| told_on_its_day(c)).map(|c| {
                    let with_its_year = reading.text.contains(&c.date.year_value().to_string());
                    (c.date, with_its_year)
                });
            }
            // "The committee met six days after Pashinyan told parliament
            // last Wednesday that ...": the lead's news is the latest day it
            // tells, not the one it counts from.
            if !body_seen && news_day.is_none() {
                let told_on_a_day = found_here.iter().filter(|c| told_on_its_day(c));
                news_day = told_on_a_day
                    .clone()
                    .map(|c| c.date)
                    .filter(|date| {
                        document
                            .published
                            .is_none_or(|published| date.first_day() <= published)
                    })
                    .max_by_key(|date| date.first_day())
                    .or_else(|| told_on_a_day.map(|c| c.date).next());
            }
            // "The EU Mission, which began its work on 20 February 2023,
            // continues to patrol the border": a main clause in the present
            // whose dates are all in its subordinate clauses brings the
            // paragraph back to the present; "5 March" after it is this
            // year's.
            let back_in_the_present = !background
                && simple_present_main(reading)
                && find_dates(reading.text, document.published)
                    .iter()
                    .all(|m| {
                        reading
                            .shape
                            .subordinate
                            .iter()
                            .any(|s| s.start <= m.start && m.end <= s.end)
                    });
            let told_of = &found_here[..found_here.len() - usize::from(answer_given)];
            // "It was the first joint meeting since the Moscow talks of 11
            // January": the happening named as the last of its kind sets no
            // time for what follows.
            // (Only a sentence that says "since" measures; the dates of the
            // rest are not read again.)
            let measured = crate::extract::text::holds_in_any_case(reading.text, "since") && {
                let mentions = find_dates(reading.text, document.published);
                !mentions.is_empty()
                    && mentions
                        .iter()
                        .all(|mention| not_happenings::measured_since(reading, mention))
            };
            let told_of: &[Candidate] = if measured { &[] } else { told_of };
            // "He added that the Prime Minister had not attended the Minsk
            // summit of 23 November 2023 either.": a saying of the day, or
            // a speaker's recalling, that retells history leaves the
            // paragraph where it was, so that
            // "He stated that the Government would adopt its opinion at its
            // sitting of 29 May" is the coming 29 May.
            let said_today = found_here
                .iter()
                .any(|c| c.speech && c.approximate && !is_history(c.date, document));
            setting = if back_in_the_present {
                None
            } else if said_today || retold {
                setting
            } else {
                // "The book slows down, rightly, when it reaches 2022.": a
                // sentence that tells no happening but comes to a year of
                // history sets the paragraph there, as a happening would.
                // "By November 2022 the mood had soured.": so does one that
                // tells how things stood at a time it names.
                let time_named = || {
                    if !found_here.is_empty() {
                        return None;
                    }
                    told.as_ref()
                        .filter(|t| !t.approximate && !t.flashback)
                        .map(|t| t.date)
                        .or_else(|| year_the_telling_reaches(reading.text))
                        .filter(|date| is_history(*date, document))
                };
                narrative_setting(told_of, document)
                    .or_else(time_named)
                    .or(setting)
            };
            if !background && let Some(date) = setting.filter(|date| is_history(*date, document)) {
                story_time = Some(date);
            }
            if let Some(published) = document.published
                && let Some(next) = found_here
                    .iter()
                    .filter(|c| !c.approximate && c.date.day_value().is_some())
                    .map(|c| c.date)
                    .rfind(|date| date.first_day() > published)
            {
                ahead = Some(next);
            }
            // "By dawn Pashinyan had convened his Security Council. Before
            // noon the government asked ...": the hours of one day go on
            // in the scene's day.
            setting_day =
                narrative_day(told_of, document).or(setting_day.filter(|_| same_scene(reading)));
            // Unless the paragraph ends on the news of the day ("He also said
            // that Armenia had taken part in no CSTO event since February").
            // A speaker's retelling of history ("He also noted that the
            // session in Minsk on 23.11.2023 was held without ...") is told
            // in the news of the day: the story stays there.
            let ends_in_history =
                !retold && found_here.iter().all(|c| is_history(c.date, document));
            // A month of history rounded from a day of it ("on September
            // 13" in a late-November report sets the paragraph at
            // September) is history from its first day.
            history = setting.filter(|date| ends_in_history && began_in_history(*date, document));
            // "The war had begun on 27 September 2020. ¶ Armenia had hoped
            // its allies would help. ¶ On 31 October ...": an undated look
            // back in the past perfect is told from the history, which goes
            // on after it.
            // So is one told in the past with no time of its own ("Our
            // allies said Karabakh was outside the zone of the treaty."),
            // between two paragraphs of a memoir's year.
            // (A paragraph that writes a time, "handed it to Belarus at
            // the start of this year", has left the history.)
            let told_in_the_past = pluperfect(reading)
                || (reading.shape.past_happening
                    && !present_perfect(reading)
                    && find_dates(reading.text, document.published).is_empty());
            if history.is_none()
                && setting.is_none()
                && told_in_the_past
                && found_here.iter().all(|c| c.approximate)
            {
                history = carried_history;
            }
            if transcript.is_some() {
                // An answer stays in the turn's time until it tells of
                // another time of history, or of the news of the day; the
                // day it was given is neither.
                let tells_news = found_here
                    .iter()
                    .any(|c| !c.approximate && !c.speech && !is_history(c.date, document));
                turn_setting = if asks {
                    question_time(reading.text, document)
                        .or(turn_setting.filter(|_| follows_up(reading.text, document.published)))
                } else if tells_news {
                    None
                } else {
                    setting
                        .filter(|date| is_history(*date, document))
                        .or(turn_setting)
                };
            }
            if let Some(told) = told.as_mut() {
                // A happening only named ("the aggression of September
                // 13-14") is not where the story has come to, nor one still
                // to come ("the session, which will be held on 23 November"),
                // nor, in an interview, the day the answer was given.
                let to_come = |c: &Candidate| {
                    document
                        .published
                        .is_some_and(|published| c.date.first_day() > published)
                };
                let told_day = |c: &&Candidate| {
                    !c.approximate
                        && !c.names_happening
                        && !to_come(c)
                        && (!answering || !c.speech)
                        && c.date.day_value().is_some()
                };
                // "X recalled that on 13 September 2022 Armenia had asked
                // ...": the day recalled, rather than the day of recalling.
                told.last_day = found_here
                    .iter()
                    .rev()
                    .filter(told_day)
                    .find(|c| !c.speech)
                    .or_else(|| found_here.iter().rev().find(told_day))
                    .map(|c| c.date)
                    // "On 13 September the shelling started ... Yerevan
                    // invoked Article 4 before sunrise. The leaders met that
                    // evening": a sentence that names no day of its own
                    // leaves the story on the day it was.
                    .or_else(|| {
                        let day = story.as_ref().and_then(|s| s.last_day)?;
                        let placed_by_context = found_here.iter().all(|c| c.approximate)
                            && told.date.contains(&day)
                            // "ahead of the elections of June 2021": a
                            // month named exactly is no day of its own, but
                            // "last week" may be any day of it.
                            && find_dates(reading.text, document.published)
                                .iter()
                                .all(|m| m.date.day_value().is_none() && !m.approximate);
                        // "The next summit will be held in Kazakhstan in
                        // 2024. Mirzoyan had stayed away from the ministers'
                        // meeting the day before": a plan told in passing
                        // leaves the day the story has come to.
                        let plan_told = document
                            .published
                            .is_some_and(|published| told.date.first_day() > published);
                        (placed_by_context || plan_told).then_some(day)
                    });
            }
            // "Then came September 2022, which was the real break. The
            // shelling started on the thirteenth": a sentence that tells no
            // happening but names a time of its own moves the story there.
            let told = told.or_else(|| {
                found_here
                    .is_empty()
                    .then(|| sets_the_time(reading, document, story.as_ref()))?
            });
            // "Troops have been stationed there since the 12 May incursion.
            // Armenia requested consultations two days later": a sentence
            // whose only happening is the one it names, on its day, brings
            // the story to that day.
            // So does one whose only happening is told in a clause of time
            // that opens it: "So when Azerbaijan launched its offensive on
            // 27 September, the treaty offered Armenia nothing. Armenia
            // declared martial law the same day."
            let told = told.or_else(|| {
                let [named] = found_here.as_slice() else {
                    return None;
                };
                ((named.names_happening || opens_with_a_when_clause(reading))
                    && !measured
                    && !named.approximate
                    && named.date.day_value().is_some())
                .then(|| Narrative::told_by(named))
            });
            recalled = recalled_in_reported_clause(reading, &found_here);
            match told {
                Some(told) if told.flashback => {
                    flashback = Some(told);
                    flashback_block = Some(at);
                    flashback_in_pluperfect = pluperfect(reading);
                }
                Some(told) => {
                    if !told.approximate
                        && document
                            .published
                            .is_some_and(|published| told.date.last_day() <= published)
                    {
                        past_story_day = Some(told.date);
                    }
                    story = Some(told);
                    flashback = None;
                }
                None => {}
            }
            for said in found_here.iter().filter(|c| c.speech) {
                if let Some(speaker) = &said.subject {
                    last_said.insert(speaker.clone(), (said.date, said.approximate));
                }
            }
            // "Colleagues remember him arguing about where Nazarbayev
            // should sit. Two years later he ...": a sentence that goes on
            // about the person "him" stands for, with no person for its
            // subject, leaves that person the one "he" stands for next.
            let still_about_last = last_person.is_some()
                && first_personal_pronoun(reading.text).is_some_and(|pronoun| {
                    reading
                        .actors
                        .iter()
                        .find(|m| is_person(&m.actor, gazetteer, &scanner))
                        .is_none_or(|named| named.range.start > pronoun)
                });
            // "Pashinyan asked President Vladimir Putin to ...": the one who
            // acts, not the last one named, is whom "he" stands for next.
            let acting = reading
                .subject_in(&(0..reading.text.len()))
                .filter(|id| is_person(id, gazetteer, &scanner));
            if let Some(named) = acting
                .or_else(|| {
                    reading
                        .actors
                        .iter()
                        .rev()
                        .find(|m| is_person(&m.actor, gazetteer, &scanner))
                        .map(|m| m.actor.clone())
                })
                .filter(|_| !still_about_last)
            {
                last_person = Some(named);
            }
            // The persons this sentence names, each once, in order.
            let mut people: Vec<&String> = Vec::new();
            for m in &reading.actors {
                if is_person(&m.actor, gazetteer, &scanner) {
                    let times = persons_named
                        .iter()
                        .position(|(p, _)| p == &m.actor)
                        .map_or(0, |at| persons_named.remove(at).1);
                    persons_named.push((m.actor.clone(), times + 1));
                    if !people.contains(&&m.actor) {
                        people.push(&m.actor);
                    }
                }
            }
            // "..., Mirzoyan said that ..., Galuzin noted. He also said ...":
            // the one a closing tag names is who speaks on.
            let tag_speaker = reported_at_end(reading)
                .then(|| {
                    let tail = reading.text.rfind(',').map_or(0, |comma| comma + 1);
                    reading
                        .actors
                        .iter()
                        .filter(|m| m.range.start >= tail)
                        .map(|m| m.actor.clone())
                        .find(|id| is_person(id, gazetteer, &scanner))
                })
                .flatten();
            subject_person = tag_speaker.or_else(|| {
                reading
                    .subject_in(&(0..reading.text.len()))
                    .filter(|id| !still_about_last && is_person(id, gazetteer, &scanner))
            });
            // "For the security analyst Anush Hakobyan, absence has become
            // Yerevan's way of speaking. \"...,\" she said.": a sentence
            // that tells nothing but names one person leaves that person the
            // one the next pronoun stands for, not the story's.
            if subject_person.is_none() && found_here.is_empty() && !still_about_last {
                let mut people = reading
                    .actors
                    .iter()
                    .filter(|m| is_person(&m.actor, gazetteer, &scanner))
                    .map(|m| m.actor.as_str());
                if let Some(first) = people.next()
                    && people.all(|other| other == first)
                {
                    subject_person = Some(first.to_string());
                }
            }
            // "The leaders have signed ... They also handed the chairmanship
            // to Kyrgyzstan": "they" is the group the sentence before named.
            let they = group
                .take()
                .filter(|_| reading.main_clause_words().next().as_deref() == Some("they"));
            group = group_named(reading);
            // "..., and the two governments agreed a ceasefire": the two
            // states named before the phrase, in this sentence or before.
            let is_state = |id: &str| {
                gazetteer
                    .get(id)
                    .is_some_and(|a| a.kind == ActorKind::State)
            };
            let two_at = main_clause_lowercase(reading)
                .find("the two ")
                .map(|at| reading.shape.lead_end.min(reading.text.len()) + at);
            let states_before = |end: usize| {
                let mut states: Vec<String> = Vec::new();
                for m in reading.actors.iter().filter(|m| m.range.end <= end) {
                    if is_state(&m.actor) && !states.contains(&m.actor) {
                        states.push(m.actor.clone());
                    }
                }
                (states.len() >= 2).then(|| {
                    let n = states.len();
                    [states[n - 2].clone(), states[n - 1].clone()]
                })
            };
            // The word after "the two ", if the sentence has them.
            let after_the_two = two_at.and_then(|at| {
                reading.text[at + "the two ".len()..]
                    .split(|c: char| !c.is_alphabetic())
                    .next()
            });
            let pair_here = after_the_two
                .filter(|noun| {
                    matches!(
                        *noun,
                        "governments"
                            | "countries"
                            | "states"
                            | "sides"
                            | "neighbours"
                            | "neighbors"
                            | "republics"
                            | "armies"
                    )
                })
                .and(two_at)
                .and_then(|at| states_before(at).or_else(|| pair_named.clone()));
            if let Some(pair) = states_before(reading.text.len()) {
                pair_named = Some(pair);
            }
            // "Pashinyan and Putin held talks. ... the two agreed that ...":
            // "the two" with a verb, or with a noun for people, are the two
            // persons named just before.
            let people_here = after_the_two
                .filter(|word| {
                    matches!(
                        *word,
                        "leaders" | "men" | "women" | "presidents" | "ministers" | "heads"
                    ) || (word.len() > 3
                        && (crate::extract::clauses::is_past_form(word)
                            || crate::extract::title::tense::is_headline_present(word)))
                })
                .and_then(|_| people_named.clone());
            if let [.., first, second] = people.as_slice() {
                people_named = Some([(*first).clone(), (*second).clone()]);
            }
            one_event_per_date(&mut found_here);
            // Nor is that happening what a later "after the talks" means:
            // the talks are the ones the sentence measured from them.
            if measured {
                for c in found_here.iter_mut().filter(|c| c.names_happening) {
                    c.named.clear();
                }
            }
            // "The paper expects the Kremlin to comment", "The paper's
            // editorial argues ...": a press review's account of what a
            // paper writes is no happening; what the paper recalls is.
            // "3. Regrets that the CSTO failed to respond ...": a
            // resolution's operative paragraph resolves; only a happening
            // it names by its date ("the Alma-Ata Declaration of 1991") is
            // one.
            if operative_paragraph(reading.text) {
                found_here.retain(|c| !operative_paragraph(&c.title));
            }
            // "The 13th is also when Armenia invoked Article 4": a time
            // said to be when something happened is that happening's.
            for c in &mut found_here {
                let when = ["Is when ", "Is also when ", "Was when ", "Was also when "]
                    .iter()
                    .find_map(|copula| c.title.strip_prefix(copula));
                if let Some(clause) = when {
                    c.title = capitalise(clause);
                }
            }
            // "That week was the end of the CSTO for me": a time that is
            // the subject of a copula is judged, and nothing happened in it.
            // Its title, without the time, opens with the copula.
            found_here.retain(|c| {
                !matches!(
                    c.title.split(' ').next(),
                    Some("Was" | "Were" | "Is" | "Are")
                )
            });
            // "The paper recalls that ... It urges the government to ...":
            // "It" goes on with the paper's words.
            let paper_goes_on =
                reading.text.starts_with("It ") && publication_speaks_in(they_before);
            if publication_speaks(reading) {
                found_here.retain(|c| {
                    !c.speech
                        && !PUBLICATIONS
                            .iter()
                            .any(|p| starts_with_publication(&c.title, p))
                });
            } else if paper_goes_on {
                // (What the paper recalls with its date is still that
                // happening: "It also noted the operation in Karabakh on
                // 19 September".)
                found_here.retain(|c| !c.approximate);
            }
            for mut found in found_here {
                if let Some(group) = &they
                    && let Some(rest) = found.title.strip_prefix("They ")
                {
                    found.title = format!("{} {rest}", capitalise(group));
                }
                let subject = found.subject.as_deref().and_then(|id| {
                    gazetteer
                        .get(id)
                        .or_else(|| scanner.discovered().iter().find(|a| a.id == id))
                        .map(|a| Named {
                            name: a.name.clone(),
                            person: a.kind == ActorKind::Person,
                            roles: &title_roles,
                        })
                });
                // "his foreign minister stayed away", where the office is
                // held by the one who acts: the title names them.
                if let (Some(named), Some(id)) = (&subject, &found.subject)
                    && let Some(written) = reading
                        .actors
                        .iter()
                        .find(|m| &m.actor == id)
                        .map(|m| &reading.text[m.range.clone()])
                    && ["his ", "her ", "His ", "Her "]
                        .iter()
                        .any(|p| written.starts_with(p))
                    && let Some(rest) = found.title.get(written.len()..).filter(|_| {
                        found
                            .title
                            .get(..written.len())
                            .is_some_and(|head| head.eq_ignore_ascii_case(written))
                    })
                {
                    found.title = format!("{}{rest}", named.name);
                }
                // The roles of every subject are the load's: the name and
                // the kind are all that tells one from another.
                let named = subject.as_ref().map(|n| (n.name.as_str(), n.person));
                found.title = memo::editorial(&found.title, named, || {
                    editorial(&found.title, subject.as_ref())
                });
                // '"We did not ask for sympathy," a senior Armenian diplomat
                // told us': a quotation whose speaker is not named is still
                // given the speaker as the tag describes them.
                if found.subject.is_none()
                    && found.title.starts_with(['"', '“', '«'])
                    && let Some(verb) = reading.shape.main_verb.as_ref()
                    && let Some(quote_end) = reading
                        .quoted
                        .iter()
                        .map(|q| q.end)
                        .filter(|&end| end <= verb.start)
                        .max()
                    && let Some(speaker) = reading.text.get(quote_end..verb.start)
                    && let speaker = speaker.trim_matches(|c: char| !c.is_alphanumeric())
                    && (1..=6).contains(&speaker.split_whitespace().count())
                {
                    found.title = quotation_title(&capitalise(speaker), reading);
                }
                // '"We will leave," Pashinian said': a short quotation before
                // its tag is what was said, which a title of the tag alone
                // ("Pashinian says") leaves out.
                if let Some(named) = &subject
                    && found.speech
                    && !reading.quoted.is_empty()
                    && reading.quoted.iter().all(|q| {
                        q.end
                            <= reading
                                .shape
                                .lead_end
                                .max(reading.shape.main_verb.as_ref().map_or(0, |v| v.start))
                    })
                    && !found.title.contains(['"', '“', '«'])
                    && found
                        .title
                        .split(',')
                        .next()
                        .unwrap_or_default()
                        .split_whitespace()
                        .count()
                        <= SPEAKER_ONLY_TITLE_WORDS
                {
                    found.title = quotation_title(&named.name, reading);
                }
                // Whatever the reading cut away, a title says something.
                if !found.title.chars().any(char::is_alphabetic) {
                    found.title = editorial(&tidy(reading.text), subject.as_ref());
                }
                // A body's deed is its organization's too: a summit of the
                // Collective Security Council is one of the CSTO.
                let wholes: Vec<String> = found
                    .actors
                    .iter()
                    .filter_map(|a| gazetteer.part_of(a))
                    .map(str::to_string)
                    .collect();
                for whole in wholes {
                    if !found.actors.contains(&whole) {
                        found.actors.push(whole);
                    }
                }
                // "The two governments agreed a ceasefire": the pair acts.
                // So do "the two" persons named before ("The two agreed").
                if let Some(pair) = &pair_here
                    && found.title.to_lowercase().contains("the two ")
                {
                    for state in pair {
                        if !found.actors.contains(state) {
                            found.actors.push(state.clone());
                        }
                    }
                } else if let Some(pair) = &people_here
                    && found.title.to_lowercase().starts_with("the two ")
                {
                    // The subject: they act first.
                    found.actors.retain(|a| !pair.contains(a));
                    found.actors.splice(0..0, pair.iter().cloned());
                }
                // "The leaders met by video", "They also signed ...": what
                // the members of the organization just named do together is
                // its deed too, though not one it acts in alone (reports of
                // one summit told by who stayed away still merge). The title
                // names the gathering where the main clause opens on a date
                // ("In November the leaders came to Yerevan").
                let gathered = scanner.last_organization().and_then(|last| {
                    gazetteer
                        .gathering_of(last, main_clause_lowercase(reading))
                        .or_else(|| gazetteer.gathering_of(last, &found.title.to_lowercase()))
                });
                if let Some(gathering) = gathered
                    && !found.names_happening
                    && !found.actors.iter().any(|a| a == gathering)
                {
                    found.actors.push(gathering.to_string());
                }
                let rough = found.approximate
                    && found.date.day_value().is_some()
                    && document.published.is_some_and(|published| {
                        (published - found.date.last_day()).num_days() > RECENT_DAYS
                    });
                let placed = found.approximate
                    && !rough
                    && found.date.day_value().is_some()
                    && document
                        .published
                        .is_some_and(|published| found.date.first_day() < published);
                candidates.push(Candidate {
                    document: document.id.clone(),
                    sentence: sentence.clone(),
                    rough,
                    placed,
                    ..found
                });
            }
        }
    }
    for actor in scanner.discovered() {
        discovered
            .entry(actor.id.clone())
            .or_insert_with(|| actor.clone());
    }
    if let Some(published) = document.published {
        date_the_lead_by_what_follows(&mut candidates, published);
    }
    candidates
}

/// "Armenia's participation ... remains frozen, Foreign Minister Ararat
/// Mirzoyan said. Speaking on Public TV on Sunday, Mirzoyan said ...": a
/// lead that gives its statement no day is told again, with its day, by
/// the sentence after it. The lead is of that day, still roughly: it may
/// sum up more than that one occasion.
fn date_the_lead_by_what_follows(candidates: &mut [Candidate], published: chrono::NaiveDate) {
    let [lead, next, ..] = candidates else {
        return;
    };
    let undated = lead.speech
        && lead.approximate
        && lead.date.first_day() == published
        && lead.date.last_day() == published;
    let days_before = (published - next.date.last_day()).num_days();
    if undated
        && lead.subject.is_some()
        && next.subject == lead.subject
        && next.speech
        // "Putin made the remarks in an interview aired on Wednesday": the
        // lead's own report, which merging joins to it.
        && !next.refers_back
        && !next.names_happening
        && !next.approximate
        && next.date.day_value().is_some()
        && (1..=setting::RECENT_DAYS).contains(&days_before)
    {
        lead.date = next.date;
        lead.placed = true;
    }
}

/// Whether the main clause in `span` only says when a happening it names
/// by a noun came: "The vote came", "This followed", "It comes".
fn only_places_a_told_happening(reading: &Reading, span: Range<usize>) -> bool {
    if !reading.actors_in(&span).is_empty() {
        return false;
    }
    let words: Vec<Word> = reading.words_of(&reading.text[span]).collect();
    let Some((verb, subject)) = words.split_last() else {
        return false;
    };
    let placing = matches!(verb.as_str(), "came" | "comes" | "followed" | "follows");
    let named = match subject {
        [pronoun] => matches!(pronoun.as_str(), "it" | "this" | "that"),
        [determiner, rest @ ..] => {
            matches!(determiner.as_str(), "the" | "this" | "that") && (1..=3).contains(&rest.len())
        }
        [] => false,
    };
    placing && named
}

/// Whether `text` tells of something set for a time to come ("is due to
/// meet", "is scheduled to", "is due in Tbilisi"), not only planned.
fn on_the_calendar(text: &str) -> bool {
    static SCHEDULED: Pattern<AhoCorasick> = Pattern::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                " is due to ",
                " are due to ",
                " is due in ",
                " are due in ",
                " is scheduled to ",
                " are scheduled to ",
                " is scheduled for ",
                " are scheduled for ",
            ])
            .expect("scheduling phrases")
    });
    SCHEDULED.is_match(text)
}

/// Whether the actor `id` (known or discovered in this document) is a person.
/// A paragraph's quotations, paired across the whole paragraph, and its
/// sentences: byte ranges within its prose.
struct Paragraph {
    quotes: Vec<Range<usize>>,
    sentences: Vec<Range<usize>>,
}

/// The [`Paragraph`] of each block whose sentences are read (all but
/// headlines and boilerplate), `None` for the others. Read once: the pass
/// that introduces quoted speakers and the pass over the sentences both
/// want them.
fn paragraphs(document: &Document) -> Vec<Option<Paragraph>> {
    document
        .blocks
        .iter()
        .map(|block| {
            if matches!(block.kind, BlockKind::Headline | BlockKind::Boilerplate) {
                return None;
            }
            let prose = &document.text[block.prose()];
            Some(Paragraph {
                quotes: quoted_ranges(prose),
                sentences: split_sentences(prose),
            })
        })
        .collect()
}

fn is_person(id: &str, gazetteer: &Gazetteer, scanner: &DocumentActorScanner) -> bool {
    gazetteer
        .get(id)
        .or_else(|| scanner.discovered().iter().find(|a| a.id == id))
        .is_some_and(|a| a.kind == ActorKind::Person)
}

/// The actors who act together in `focus`'s main clause: those its subject
/// names in a list ("Azerbaijan, Georgia and Uzbekistan declined ..."), and
/// those the clause joins to it after its verb ("Georgia quit the treaty
/// together with Azerbaijan and Uzbekistan"). Empty when one actor acts.
fn joint_subjects(reading: &Reading, focus: &Range<usize>) -> Vec<String> {
    let Some(verb) = reading
        .shape
        .main_verb
        .as_ref()
        .filter(|verb| focus.contains(&verb.start))
    else {
        return Vec::new();
    };
    // "Putin and Pashinyan held talks": what two do with each other is
    // one meeting of both, not each one's deed beside the other's.
    let reciprocal = reading
        .words_of(&reading.text[verb.start..])
        .take(RECIPROCAL_REACH)
        .any(|w| RECIPROCAL.contains(&w.as_str()));
    if reciprocal {
        return Vec::new();
    }
    let start = reading.shape.lead_end.max(focus.start);
    let before: Vec<&ActorMention> = reading
        .actors
        .iter()
        .filter(|m| m.range.start >= start && m.range.end <= verb.start)
        .collect();
    // Only names and what lists them stand before the verb.
    let listed = before.len() > 1
        && before.windows(2).all(|pair| {
            let between = reading.text[pair[0].range.end..pair[1].range.start].trim();
            matches!(between, "," | "and" | ", and" | "&")
        })
        && before
            .first()
            .is_some_and(|m| reading.text[start..m.range.start].trim().is_empty())
        && before
            .last()
            .is_some_and(|m| reading.text[m.range.end..verb.start].trim().is_empty());
    let mut joint: Vec<String> = if listed {
        before.iter().map(|m| m.actor.clone()).collect()
    } else {
        Vec::new()
    };
    // "... together with Azerbaijan and Uzbekistan".
    let clause = &reading.text[verb.end..focus.end];
    for joiner in ["together with ", "along with "] {
        let Some(at) = clause.find(joiner) else {
            continue;
        };
        let from = verb.end + at + joiner.len();
        let mut cursor = from;
        for m in reading.actors.iter().filter(|m| m.range.start >= from) {
            let between = reading.text[cursor..m.range.start].trim();
            if !(between.is_empty() || matches!(between, "," | "and" | ", and")) {
                break;
            }
            if joint.is_empty()
                && let Some(subject) = before.last()
            {
                joint.push(subject.actor.clone());
            }
            joint.push(m.actor.clone());
            cursor = m.range.end;
        }
    }
    joint.dedup();
    if joint.len() < 2 {
        joint.clear();
    }
    joint
}

/// Words of a verb group that tell what some do with one another.
const RECIPROCAL: &[&str] = &[
    "meet",
    "meets",
    "met",
    "talk",
    "talks",
    "talked",
    "spoke",
    "speak",
    "discussed",
    "discuss",
    "negotiated",
    "exchanged",
    "phoned",
    "called",
];

/// How many words from the main verb on may tell that it is reciprocal
/// ("held one-on-one talks").
const RECIPROCAL_REACH: usize = 4;

/// The state a document's story names most often (the first named, when
/// two are named as often), if it names any.
fn most_named_state(document: &Document, gazetteer: &Gazetteer) -> Option<String> {
    let mut scanner = DocumentActorScanner::new(gazetteer);
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    for block in document.blocks.iter().filter(|b| b.kind == BlockKind::Body) {
        let prose = &document.text[block.prose()];
        // "drove to Yerevan", "met in Yerevan": a capital named as a place
        // is where the writer's own life goes on, as much as the state's
        // name (the scanner takes it for the state only as a metonym).
        for state in gazetteer
            .actors()
            .iter()
            .filter(|a| a.kind == ActorKind::State)
        {
            let places = gazetteer
                .capitals_of(&state.id)
                .iter()
                .map(|capital| crate::extract::text::occurrences(prose, capital).count())
                .sum::<usize>();
            if places > 0 {
                tally(&mut counts, &state.id, places);
            }
        }
        for found in scanner.find(prose) {
            if gazetteer
                .get(&found.actor)
                .is_none_or(|a| a.kind != ActorKind::State)
            {
                continue;
            }
            // "The government" is the state the scanner already took to be
            // the article's, not another naming of it.
            let written = prose[found.range.clone()].to_lowercase();
            if gazetteer.rules().own_government.contains(&written) {
                continue;
            }
            // A capital read as its state ("Moscow said") is counted above.
            if gazetteer
                .capitals_of(&found.actor)
                .iter()
                .any(|capital| *capital == prose[found.range.clone()])
            {
                continue;
            }
            tally(&mut counts, &found.actor, 1);
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, count, order)| (*count, std::cmp::Reverse(*order)))
        .map(|(id, _, _)| id)
}

/// Adds `times` namings of state `id` to `counts` (id, namings, order first named).
fn tally(counts: &mut Vec<(String, usize, usize)>, id: &str, times: usize) {
    match counts.iter_mut().find(|(named, _, _)| named == id) {
        Some(entry) => entry.1 += times,
        None => {
            let order = counts.len();
            counts.push((id.to_string(), times, order));
        }
    }
}

/// The reports of a sentence in a country's voice, given to that country:
/// "we" as their subject, "our" in their titles.
fn speaking_for(
    found: &mut [Candidate],
    reading: &Reading,
    state: &str,
    gazetteer: &Gazetteer,
    article: &str,
) {
    let Some(name) = gazetteer.get(state).map(|a| a.name.clone()) else {
        return;
    };
    let plural = first_person_subject(reading) == Some(FirstPerson::Plural);
    for c in found.iter_mut() {
        let has_our = reading.words_of(&c.title).any(|w| w == "our");
        // "Azerbaijani soldiers had crossed the border, and two days later
        // we had asked for consultations": a clause whose title opens with
        // "we" is the country's deed, whoever the sentence named first.
        let we_act = reading.words_of(&c.title).next().as_deref() == Some("we");
        if (c.subject.is_none() && (plural || has_our)) || we_act {
            c.subject = Some(state.to_string());
            if !c.actors.iter().any(|a| a == state) {
                c.actors.insert(0, state.to_string());
                c.terms.push(format!("@{state}").into());
            }
        }
        // "Our prime minister had refused to sign", the holder named in the
        // article: the title names the person, as the role read without
        // "our" does. (A holder the article never names stays the office.)
        if let Some(role) = gazetteer.speaker_role_in(&c.title.to_lowercase())
            && role.role.starts_with("our ")
            && let Some(person) = c.subject.as_deref().and_then(|id| gazetteer.get(id))
            && person.kind == ActorKind::Person
            && article.contains(person.name.as_str())
            && let Some(rest) = c.title.get(role.role.len()..)
            && c.title[..role.role.len()].eq_ignore_ascii_case(&role.role)
        {
            c.title = format!("{}{rest}", person.name);
        }
        let title = first_person_named(&c.title, &name);
        // "our dues" after the country's name is its dues; elsewhere, the
        // country's ("in Yerevan, our prime minister" → "Armenia's").
        let own = if title.starts_with(&format!("{name} ")) {
            "its".to_string()
        } else {
            format!("{name}'s")
        };
        c.title = title
            .split(' ')
            .map(|w| match w {
                "our" => own.as_str(),
                "Our" => &own,
                w => w,
            })
            .collect::<Vec<_>>()
            .join(" ");
    }
}

/// Whether a paragraph opens a quotation that goes on past it: it opens
/// with a quotation mark and holds no mark that closes it.
fn opens_a_quotation_it_does_not_close(prose: &str) -> bool {
    match prose.chars().next() {
        Some('"') => prose.matches('"').count() % 2 == 1,
        Some('“') => !prose.contains('”'),
        Some('«') => !prose.contains('»'),
        _ => false,
    }
}

/// How many paragraphs opening with their time make a document a chronicle.
const CHRONICLE_PARAGRAPHS: usize = 3;

/// Whether most of a document's paragraphs open with the time they tell of
/// ("In January, ...", "That spring, ...", "By November, ...", "May 2021:
/// ...", "2023 — ..."), as a year in review or a timeline does: at least
/// three, and at least half.
fn is_chronicle(document: &Document) -> bool {
    let mut body = 0;
    let mut timed = 0;
    // "JANUARY ¶ ... ¶ MARCH ¶ ...": a review of the year under the
    // headings of its months.
    let mut months = 0;
    for block in &document.blocks {
        if block.kind != BlockKind::Body {
            months +=
                usize::from(setting::month_alone(document.text[block.range()].trim()).is_some());
            continue;
        }
        body += 1;
        let prose = &document.text[block.prose()];
        let head = &prose[..floor_boundary(prose, 40)];
        // A date that opens the paragraph is followed by a comma, a colon
        // or a dash within the head: a head without one, as most are, is
        // not searched for dates.
        let marked = head.contains([',', ':', '—', '–']);
        let opens_dated = marked
            && find_dates(head, document.published)
                .first()
                .is_some_and(|m| {
                    let after = head[m.end..].trim_start();
                    words_of(&head[..m.start]).count() <= 1
                        && (head[m.end..].starts_with(',') || after.starts_with([':', '—', '–']))
                });
        if opens_dated {
            timed += 1;
        }
    }
    (timed >= CHRONICLE_PARAGRAPHS && timed * 2 >= body) || months >= CHRONICLE_PARAGRAPHS
}

/// `line` past the marks a feed puts before a post's time ("🔴 00:42",
/// "• 17:40").
fn without_marks(line: &str) -> &str {
    line.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// `line` past a day written before a post's time ("13.09 | 🔴 23:58").
fn without_day_mark(line: &str) -> &str {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[digits..];
    match rest.strip_prefix('.') {
        Some(month) if (1..=2).contains(&digits) => {
            let month_digits = month.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=2).contains(&month_digits) && !month[month_digits..].starts_with([':', '.']) {
                &month[month_digits..]
            } else {
                line
            }
        }
        _ => line,
    }
}

/// A line that only stamps the entry below it with its time: "16:20",
/// "4:05 pm", or a wire's alert with its priority ("09:14 URGENT", "11:20
/// BULLETIN").
/// Whether a line is a figure alone ("105", "2,000+", "40%", "$1.2bn"):
/// the heading of an item of a page of numbers, each item told in its own
/// time ("30 ¶ Years since the treaty was signed in 1992 ... ¶ 105 ¶
/// Armenian soldiers killed ... on 13 September" is not 1992's September).
fn is_figure_heading(line: &str) -> bool {
    let figure = line
        .trim()
        .trim_start_matches(['$', '€', '£', '~', '+', '-', '−']);
    let figure = figure.trim_end_matches(['+', '%']);
    let figure = figure
        .strip_suffix("bn")
        .or_else(|| figure.strip_suffix("m"))
        .or_else(|| figure.strip_suffix('k'))
        .unwrap_or(figure);
    figure.starts_with(|c: char| c.is_ascii_digit())
        && figure.ends_with(|c: char| c.is_ascii_digit())
        && figure.len() <= 12
        && figure
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' '))
}

fn is_time_stamp(stamp: &str) -> bool {
    /// How many words in capitals a wire's priority runs to.
    const PRIORITY_WORDS: usize = 2;
    if !opens_with_time(stamp) {
        return false;
    }
    if stamp.len() <= "00:00 pm".len() {
        return true;
    }
    let priority: Vec<&str> = stamp
        .split_whitespace()
        .skip(1)
        .take(PRIORITY_WORDS + 1)
        .collect();
    (1..=PRIORITY_WORDS).contains(&priority.len())
        && priority
            .iter()
            .all(|w| w.chars().count() >= 4 && w.chars().all(|c| c.is_uppercase()))
}

/// "17:40 — ...", "🔴 00:42": a live blog's or a feed's entry.
fn opens_with_time(line: &str) -> bool {
    if crate::extract::layout::opens_a_turn(line) {
        return false;
    }
    let head: Vec<char> = without_marks(line).chars().take(6).collect();
    let digits = |range: std::ops::Range<usize>| {
        range
            .clone()
            .all(|i| head.get(i).is_some_and(char::is_ascii_digit))
    };
    (digits(0..2) && head.get(2) == Some(&':') && digits(3..5))
        || (digits(0..1) && head.get(1) == Some(&':') && digits(2..4))
}

/// A report of a happening on a day it gives exactly, not one it only
/// names: what a lead's or a story's first day is taken from.
fn told_on_its_day(report: &Candidate) -> bool {
    !report.approximate && !report.names_happening && report.date.day_value().is_some()
}

/// The happening a story last told of: when it was and who acted. A sentence
/// that continues it ("He also said ...", "A day later, ...") is placed by it.
#[derive(Debug, Clone)]
struct Narrative {
    date: EventDate,
    approximate: bool,
    subject: Option<String>,
    /// The last day the sentence named, where "the same day" points:
    /// "... where the mayor's office was set on fire on Wednesday. The
    /// government resigned the same day."
    last_day: Option<EventDate>,
    /// Told in the past perfect, looking back from the story's time: a
    /// pronoun in the next sentence goes on with it ("He also said ..."),
    /// the story itself does not move.
    flashback: bool,
    /// The happening an undated report was placed by ("speaking after
    /// the session"), which a sentence going on with it is placed by too:
    /// "The leaders also decided ..." is of the session's day as well.
    anchor: Option<AnchorReference>,
}

impl Narrative {
    /// The story as a report leaves it: at the report's date, with its
    /// subject acting.
    fn told_by(report: &Candidate) -> Narrative {
        Narrative {
            date: report.date,
            approximate: report.approximate,
            subject: report.subject.clone(),
            last_day: None,
            flashback: false,
            anchor: report.anchor.clone().filter(|_| report.approximate),
        }
    }
}

/// `title`, a clause without its subject, opened by `subject`.
fn with_subject(subject: &str, title: &str) -> String {
    // "E. whereas Armenia": a recital's label and its "whereas" are no
    // part of who acts.
    let mut subject = subject.trim_start();
    loop {
        let (first, after) = subject.split_once(' ').unwrap_or((subject, ""));
        let label =
            crate::extract::title::is_enumerator(first) && !after.starts_with(char::is_uppercase);
        if label || first.eq_ignore_ascii_case("whereas") {
            subject = after.trim_start();
        } else {
            break;
        }
    }
    // "and, in October, skipped the meeting": the comma a removed time
    // leaves before the verb goes.
    let title = title.trim_start_matches([',', ';', ' ']);
    // A title already led by the subject (see `verb_first_titled`) keeps it.
    let led = title
        .get(..subject.len())
        .is_some_and(|lead| lead.eq_ignore_ascii_case(subject))
        && title[subject.len()..].starts_with(' ');
    if led {
        return title.to_string();
    }
    let mut rest = title.chars();
    let first = rest.next().map(|c| c.to_lowercase().to_string());
    format!("{subject} {}{}", first.unwrap_or_default(), rest.as_str())
}

/// The words before a tag set inside what was said ("The bloc, he said,
/// had sent ..."), when `title` starts right after that tag: the subject
/// of the clause the tag splits.
fn subject_before_inner_tag<'t>(reading: &Reading<'t>, title: &Range<usize>) -> Option<&'t str> {
    // The tag is found as such after a clause ("..., he said"), or read as
    // the main clause when what precedes it is only a subject ("The bloc,
    // he said, ..."): then it starts after the comma before its verb.
    let tag = reading.shape.tag_start.or_else(|| {
        let verb = reading
            .shape
            .main_verb
            .as_ref()
            .filter(|_| reading.shape.reporting)?;
        let comma = reading.text[..verb.start].rfind(',')?;
        (reading.words_of(&reading.text[comma..verb.start]).count() <= 3).then_some(comma + 1)
    })?;
    let between = reading.text.get(tag..title.start)?;
    let inner_tag = between.trim_end().ends_with(',') && reading.words_of(between).count() <= 4;
    let subject = reading
        .text
        .get(reading.shape.lead_end.min(tag)..tag)?
        .trim_matches(|c: char| c == ',' || c.is_whitespace());
    (inner_tag
        && (1..=6).contains(&reading.words_of(subject).count())
        && !reading.in_quotes(&(tag..title.start)))
    .then_some(subject)
}

/// The happening a sentence's reported clause looks back to in the past
/// perfect, on a day before the saying: "He recalled that on 13 September
/// 2022 Armenia had asked its allies for help".
fn recalled_in_reported_clause(reading: &Reading, found: &[Candidate]) -> Option<Narrative> {
    let verb_end = reading.shape.main_verb.as_ref()?.end;
    if !reading.shape.reporting
        || !reading
            .words_of(&reading.text[verb_end..])
            .any(|w| w == "had")
    {
        return None;
    }
    let said = found.iter().find(|c| c.speech)?;
    found
        .iter()
        .filter(|c| !c.speech && !c.approximate && c.date.day_value().is_some())
        .find(|c| c.date < said.date)
        .map(|c| Narrative {
            flashback: true,
            ..Narrative::told_by(c)
        })
}

/// How a sentence places its time from the one told before it ("That
/// November", "the following January", "two years earlier"), if it does.
fn told_from_context(reading: &Reading, document: &Document) -> Option<ContextShift> {
    find_dates(reading.text, document.published)
        .iter()
        .find_map(|m| match m.kind {
            MentionKind::FromContext(shift) => Some(shift),
            _ => None,
        })
}

/// The main clause, when the sentence joins clauses with a comma or a
/// semicolon and the dates are all in the others: "The Council approved X
/// as the next secretary general; he takes office on January 1" tells the
/// approving undated and the taking office dated.
fn undated_main_conjunct(
    reading: &Reading,
    conjuncts: &[Range<usize>],
    mentions: &[DateMention],
) -> Option<Range<usize>> {
    let verb = reading.shape.main_verb.as_ref()?;
    let at = conjuncts.iter().position(|c| c.contains(&verb.start))?;
    let main = &conjuncts[at];
    let next = conjuncts.get(at + 1)?;
    let dated = |c: &Range<usize>| {
        mentions
            .iter()
            .any(|m| c.start <= m.start && m.end <= c.end)
    };
    // A bare " and " joins a second verb of the same subject ("chaired the
    // Organization and hosted its summit that November"), which shares its
    // time rather than telling its own.
    let joint = &reading.text[main.end..next.start];
    let own_subject = joint.contains([';', ',']);
    // "The government should use the freeze ...; the mission that began
    // work in February 2023 is a start": an opinion tells no happening.
    let modal = reading.words_of(&reading.text[main.clone()]).any(|w| {
        matches!(
            w.as_str(),
            "should" | "could" | "would" | "might" | "must" | "may" | "ought"
        )
    });
    if own_subject && !modal && !dated(main) && conjuncts.iter().any(dated) {
        return Some(main.clone());
    }
    // "Armenia did not participate in the session held on 28.11.2024, and
    // it will not participate in the future events": what is still to come
    // is said on the day of the report, not on the session's.
    let future = reading
        .words_of(&reading.text[next.clone()])
        .take(4)
        .any(|w| w == "will");
    (own_subject && dated(main) && !dated(next) && future && conjuncts.len() == at + 2)
        .then(|| next.clone())
}

/// The starts of the days in `dates` written without their year that the
/// sentence gives again with it ("JANUARY 10: ... on January 10, 2023").
fn same_day_with_its_year(text: &str, dates: &[DateMention]) -> Vec<usize> {
    let with_year = |m: &DateMention| {
        text.get(m.start..m.end).is_some_and(|said| {
            said.split(|c: char| !c.is_ascii_digit())
                .any(|digits| digits.len() == 4)
        })
    };
    // Written as a date ("JANUARY 10"), not counted ("Tomorrow marks the
    // anniversary of the treaty signed on 15 May 1992"), and before its
    // restatement: a day after a dated range ("19-20 Sep 2023 — offensive;
    // ceasefire on 20 September") is a happening of its own.
    let written = |m: &DateMention| {
        text.get(m.start..m.end).is_some_and(|said| {
            said.split(|c: char| !c.is_alphabetic())
                .any(crate::extract::calendar::is_month_name)
        })
    };
    dates
        .iter()
        .filter(|m| m.date.day_value().is_some() && !with_year(m) && written(m))
        .filter(|m| {
            dates.iter().any(|other| {
                other.start > m.start
                    && with_year(other)
                    && other.date.day_value() == m.date.day_value()
                    && other.date.month_value() == m.date.month_value()
            })
        })
        .map(|m| m.start)
        .collect()
}

/// The one day of the last days before `published` that a standfirst, a
/// sentence under the headline, tells its news on: "The prime minister
/// answered a question on the CSTO during question time on Wednesday."
fn day_of_a_standfirst(line: &str, published: chrono::NaiveDate) -> Option<EventDate> {
    if !line.ends_with('.') {
        return None;
    }
    let mut days = find_dates(line, Some(published))
        .into_iter()
        .filter(|m| !m.approximate && !m.future && m.date.day_value().is_some());
    let day = days.next()?.date;
    let age = (published - day.last_day()).num_days();
    (days.next().is_none() && (0..=RECENT_DAYS).contains(&age)).then_some(day)
}

/// Whether a line is a short heading in capitals ("2020: NO FORMAL
/// REQUEST", "THE WAR OF 2020"), not a sentence.
fn is_heading_in_capitals(line: &str) -> bool {
    const MAX_WORDS: usize = 8;
    line.chars().any(char::is_uppercase)
        && !line.chars().any(char::is_lowercase)
        && !line.ends_with(['.', '!', '?', ',', ';', '"', '”'])
        && line.split_whitespace().nth(MAX_WORDS).is_none()
}

/// Whether a sentence opens with a clause of time: "When ...", "So when
/// ...", "And when ...".
fn opens_with_a_when_clause(reading: &Reading) -> bool {
    let mut words = reading.words_of(reading.text);
    match words.next().as_deref() {
        Some("when") => true,
        Some("so" | "and" | "but") => words.next().as_deref() == Some("when"),
        _ => false,
    }
}

/// Whether a story is of the last days before `published`.
fn is_recent(story: &Narrative, published: chrono::NaiveDate) -> bool {
    (0..=RECENT_DAYS).contains(&(published - story.date.last_day()).num_days())
}

/// Openings that bring a story told in history back to the present: "This
/// time", "Now", "Today".
const PRESENT_OPENINGS: &[&str] = &["this time", "now", "today", "these days", "nowadays"];

/// Whether a sentence opens by returning to the present ("This time they
/// approved ...", "Now, ..."); not "Now that ...", which looks back.
/// So does a span that runs up to now: "Since February we have not taken
/// part" is this February, and "In May" after it this May.
fn returns_to_the_present(reading: &Reading) -> bool {
    let text = reading.text;
    let up_to_now = crate::extract::text::after_opening(text, "since")
        .is_some_and(|rest| rest.starts_with(' '))
        && present_perfect(reading);
    up_to_now
        || PRESENT_OPENINGS.iter().any(|opening| {
            crate::extract::text::after_opening(text, opening).is_some_and(|rest| {
                rest.starts_with([' ', ','])
                    && !rest.trim_start_matches([' ', ',']).starts_with("that ")
            })
        })
}

/// Where a sentence first speaks of a person by a pronoun ("he", "him",
/// "his", "she", "her").
fn first_personal_pronoun(text: &str) -> Option<usize> {
    // Each pronoun has one "h", first or after the "s" of "she": the
    // sentence is scanned for that letter, not split into words, and a
    // word is read only where one may stand.
    let word = |start: usize, pronoun: &str| {
        let end = start + pronoun.len();
        text.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case(pronoun))
            && crate::extract::text::stands_apart(text, start, end)
    };
    memchr::memchr2_iter(b'h', b'H', text.as_bytes()).find_map(|at| {
        if at > 0 && word(at - 1, "she") {
            return Some(at - 1);
        }
        ["he", "him", "his", "her"]
            .iter()
            .any(|p| word(at, p))
            .then_some(at)
    })
}

/// The person a clause's opening "he" or "she" stands for: see
/// [`person_named_before`].
fn person_before_pronoun(reading: &Reading, clause: &Range<usize>) -> Option<String> {
    let opening = reading.words_of(&reading.text[clause.clone()]).next()?;
    if !matches!(opening.as_str(), "he" | "she") {
        return None;
    }
    person_named_before(reading, clause.start)
}

/// The person a pronoun at `at` stands for: the one named last before it
/// in the sentence, unless that one is only told something ("Pashinyan
/// told Lukashenko by telephone that he would not attend"): then the
/// teller, if named, else no one named.
fn person_named_before(reading: &Reading, at: usize) -> Option<String> {
    let mut people = reading
        .actors
        .iter()
        .filter(|m| m.range.end <= at && reading.people.contains(&m.range));
    let last = people.next_back()?;
    let told = reading
        .words_of(&reading.text[..last.range.start])
        .last()
        .is_some_and(|w| {
            matches!(
                w.as_str(),
                "told"
                    | "tells"
                    | "informed"
                    | "informs"
                    | "assured"
                    | "assures"
                    | "warned"
                    | "telling"
            )
        });
    if !told {
        return Some(last.actor.clone());
    }
    people.next_back().map(|m| m.actor.clone())
}

/// Whether the main clause tells, in the past, what a person a pronoun
/// stands for did: "He listed the steps ...".
fn person_did(reading: &Reading) -> bool {
    let person = reading
        .main_clause_words()
        .next()
        .is_some_and(|w| matches!(w.as_str(), "he" | "she" | "they" | "we"));
    person && reading.shape.past_happening
}

/// Words that open a sentence on the scene the sentence before told of,
/// not a later step of the story: "Outside the venue, protesters chanted".
const SAME_SCENE_OPENINGS: &[&str] = &["outside", "inside", "meanwhile", "nearby"];

/// Whether the sentence opens on the scene told just before it, or tells
/// an hour of the day ("By dawn", "that evening"), so happens on its day;
/// a reaction ("The bloc answered by sending a mission") may
/// come days later.
fn same_scene(reading: &Reading) -> bool {
    reading
        .words_of(reading.text)
        .next()
        .is_some_and(|w| SAME_SCENE_OPENINGS.contains(&w.as_str()))
        || within_the_day(reading.text)
}

/// "On 31 October, Pashinyan had asked Putin for consultations. Russia's
/// Foreign Ministry answered the same day ...": "the same day" right after
/// a look back to a day well before the story's is that day, and "the
/// next day" right after the look back, with no heading between, the day
/// after it. (A look back within the story's week, "Russia's envoy had
/// said on Monday", leaves "earlier in the day" with the story.)
fn same_day_as_a_distant_look_back(
    shift: ContextShift,
    right_after: bool,
    look_back: &Narrative,
    story: Option<&Narrative>,
) -> bool {
    const DISTANT_DAYS: i64 = 7;
    let Some(story_day) = story.map(|s| s.last_day.unwrap_or(s.date)) else {
        return false;
    };
    let counted = match shift {
        ContextShift::SameDay => true,
        ContextShift::Days(1) => right_after,
        _ => false,
    };
    counted
        && !look_back.approximate
        && look_back.date.day_value().is_some()
        && (story_day.first_day() - look_back.date.last_day()).num_days() >= DISTANT_DAYS
}

/// A shift by months, seasons or years: the steps of a chronicle, which go
/// on from whatever time was told last. Days are counted from the story's
/// own day.
fn coarse(shift: ContextShift) -> bool {
    matches!(
        shift,
        ContextShift::Month(_)
            | ContextShift::MonthAfter(_)
            | ContextShift::Season { .. }
            | ContextShift::Years(_)
            | ContextShift::CalendarYears(_)
            | ContextShift::Months(_)
    )
}

/// The story moved to the one time a sentence names ("For me it's May
/// 2021.", "Then came September 2022.", "There was also a domestic side to
/// Wednesday."), when it tells no happening: a month or a day, past,
/// outside quotation marks, and not a question. The story's subject stays.
fn sets_the_time(
    reading: &Reading,
    document: &Document,
    story: Option<&Narrative>,
) -> Option<Narrative> {
    let published = document.published?;
    if reading.text.trim_end().ends_with('?') {
        return None;
    }
    let mut dates = find_dates(reading.text, Some(published))
        .into_iter()
        .filter(|m| !reading.in_quotes(&(m.start..m.end)));
    let only = dates.next().filter(|_| dates.next().is_none())?;
    let placed = matches!(
        only.kind,
        MentionKind::Absolute | MentionKind::YearFromContext | MentionKind::Weekday
    ) && !only.approximate
        && !only.future
        // "I have waited for those words since September 2022": a time
        // looked back to from the story's, which stays where it was.
        && !after_since(reading, &only)
        && (only.date.month_value().is_some() || in_the_year(reading.text, &only))
        && only.date.first_day() <= published;
    placed.then(|| Narrative {
        date: only.date,
        approximate: false,
        subject: story.and_then(|s| s.subject.clone()),
        // "On Tuesday parliament voted ... Our correspondent explains: the
        // court issued a warrant in March. ¶ Two days later, ...": an
        // aside to a month long before the day told leaves that day the
        // one days are counted from.
        last_day: only.date.day_value().map(|_| only.date).or_else(|| {
            story
                .and_then(|s| s.last_day)
                .filter(|day| only.date.last_day() < day.first_day())
        }),
        flashback: false,
        anchor: None,
    })
}

/// The noun a description's first phrase ends in: "parliament" of
/// "Armenia's parliament", "alliance" of "Russian-led military alliance of
/// six states".
fn head_noun(description: &str) -> &str {
    let first = [
        ",", ";", " of ", " that ", " which ", " with ", " in ", " for ",
    ]
    .iter()
    .filter_map(|stop| description.find(stop))
    .min()
    .map_or(description, |end| &description[..end]);
    first.split_whitespace().last().unwrap_or_default()
}

/// Whether a sentence says "that year" or "the same year" anywhere.
fn says_that_year_anywhere(text: &str) -> bool {
    holds_in_any_case(text, "that year")
        || holds_in_any_case(text, "same year")
        || names_a_month_of_that_year(text)
}

/// "At a summit in Yerevan that November": a month of the year the text
/// is about, as "in November that year" is.
fn names_a_month_of_that_year(text: &str) -> bool {
    let mut words = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(word) = words.next() {
        if word.eq_ignore_ascii_case("that")
            && words
                .peek()
                .is_some_and(|next| crate::extract::calendar::is_month_name(next))
        {
            return true;
        }
    }
    false
}

/// The year of the last date `text` writes with its year ("in September
/// 2022"), read as of `published`.
fn last_year_written(text: &str, published: Option<chrono::NaiveDate>) -> Option<i32> {
    find_dates(text, published)
        .into_iter()
        .filter(|m| m.kind == MentionKind::Absolute && !m.future)
        .max_by_key(|m| m.start)
        .map(|m| m.date.year_value())
}

/// "The real break came in 2022.": a year alone moves the story when it is
/// the time something came in, not a bound ("since 2021", "by 2026") or a
/// name ("the 2020 war").
fn in_the_year(text: &str, mention: &DateMention) -> bool {
    let before = text[..mention.start].trim_end().to_lowercase();
    before == "in" || before.ends_with(" in")
}

/// Whether the main clause's subject is a name no actor stands for:
/// "Marina Kosova argued ..." (two words or more in capitals right before
/// the verb, none of them an actor's name).
fn unknown_name_speaks(reading: &Reading) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let start = reading.shape.lead_end.min(verb.start);
    let subject = &reading.text[start..verb.start];
    let words: Vec<&str> = subject.split_whitespace().collect();
    let determiner = |w: &str| {
        matches!(
            w,
            "The"
                | "A"
                | "An"
                | "This"
                | "That"
                | "These"
                | "Those"
                | "His"
                | "Her"
                | "Its"
                | "Their"
                | "Our"
        )
    };
    (2..=3).contains(&words.len())
        && !determiner(words[0])
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        && !reading
            .actors
            .iter()
            .any(|m| start <= m.range.start && m.range.end <= verb.start)
}

/// Pronouns that open a clause continuing the previous one's actor.
const CONTINUING_PRONOUNS: &[&str] = &["he", "she", "it", "they", "his", "her", "its", "their"];

/// Whether the sentence goes on with the happening before it rather than
/// opening one of its own: its main clause opens with a pronoun ("He
/// declined ...", "His deputy ..."), or it says "also" before its verb is
/// done ("Pashinyan also said", "The two countries also initialled"), or it
/// answers what was told ("Lukashenko, in turn, urged ..."), or adds to it
/// ("In addition, ...").
fn continues_story(reading: &Reading) -> bool {
    let main = &reading.text[reading.shape.lead_end.min(reading.text.len())..];
    let mut words = reading.words_of(main);
    let first = words.next().unwrap_or_default();
    if CONTINUING_PRONOUNS.contains(&first.as_str()) {
        return true;
    }
    let verb_end = reading
        .shape
        .main_verb
        .as_ref()
        .map_or(main.len().min(60), |v| {
            v.end.saturating_sub(reading.shape.lead_end) + 6
        });
    let head = &main[..floor_boundary(main, verb_end.min(main.len()))];
    // "The head of the Armenian government added that ...": adding goes on
    // with what was said before.
    let adds = reading.shape.main_verb.as_ref().is_some_and(|verb| {
        reading.shape.reporting
            && matches!(
                &*reading.lower_of(&reading.text[verb.clone()]),
                "added" | "continued"
            )
    });
    // "Lukashenko, in turn, urged ...", "Moscow, for its part, said ...":
    // an answer on the occasion told before.
    let answers = {
        let head = head.to_lowercase();
        [
            "in turn",
            "for his part",
            "for her part",
            "for its part",
            "for their part",
        ]
        .iter()
        .any(|cue| head.contains(cue))
    };
    // "In addition, the heads of state signed ...": more of what was told.
    let in_addition = {
        let opening = reading.lower_of(reading.text.trim_start());
        ["in addition,", "additionally,", "besides that,"]
            .iter()
            .any(|cue| opening.starts_with(cue))
    };
    adds || answers
        || in_addition
        || reading.words_of(head).any(|w| w == "also")
        || reading
            .words_of(&reading.text[..reading.shape.lead_end.min(reading.text.len())])
            .any(|w| w == "same")
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether the main clause's subject is a pronoun ("He declined ...").
fn pronoun_subject(reading: &Reading) -> bool {
    personal_subject(reading) || {
        let main = &reading.text[reading.shape.lead_end.min(reading.text.len())..];
        reading
            .words_of(main)
            .next()
            .is_some_and(|w| matches!(w.as_str(), "they" | "it"))
    }
}

/// Roles that stand for the person the story is about when no name follows
/// them: "The prime minister also accused ...", "the head of state said".
const ROLE_SUBJECTS: &[&str] = &[
    "the prime minister",
    "the president",
    "the head of state",
    "the minister",
    "the foreign minister",
    "the defence minister",
    "the spokesman",
    "the spokeswoman",
    "the premier",
    "the secretary-general",
    "the diplomat",
    "the ambassador",
    "the envoy",
];

/// The sentence after its opening adverbial, lowercased: where the main
/// clause's subject is read.
fn main_clause_lowercase<'r>(reading: &'r Reading) -> &'r str {
    let main = &reading.text[reading.shape.lead_end.min(reading.text.len())..];
    reading
        .lent_lower(main)
        .unwrap_or_else(|| reading.main_lower.get_or_init(|| main.to_lowercase()))
}

/// "Hours later, in the early morning of Thursday, Pashinyan announced
/// ...": a weekday right after a count from the story's day is that count
/// made precise: the first such weekday on or after the day counted to,
/// one time, not the weekday nearest the publication as well.
fn weekday_after_a_count(reading: &Reading, mut mentions: Vec<DateMention>) -> Vec<DateMention> {
    const MAX_WORDS_BETWEEN: usize = 6;
    let Some(at) = mentions.windows(2).position(|pair| {
        matches!(
            pair[0].kind,
            MentionKind::FromContext(ContextShift::SameDay | ContextShift::Days(_))
        ) && pair[0].date.day_value().is_some()
            && pair[1].kind == MentionKind::Weekday
            && reading
                .text
                .get(pair[0].end..pair[1].start)
                .is_some_and(|between| {
                    let words: Vec<Word> = reading.words_of(between).collect();
                    words.len() <= MAX_WORDS_BETWEEN
                        && words.iter().all(|w| {
                            matches!(
                                w.as_str(),
                                "in" | "on"
                                    | "the"
                                    | "of"
                                    | "early"
                                    | "late"
                                    | "small"
                                    | "hours"
                                    | "morning"
                                    | "afternoon"
                                    | "evening"
                                    | "night"
                            )
                        })
                })
    }) else {
        return mentions;
    };
    let counted = mentions[at].date.first_day();
    let weekday = mentions[at + 1].date.first_day().weekday();
    let Some(day) = (0..7)
        .map(|n| counted + chrono::Duration::days(n))
        .find(|day| day.weekday() == weekday)
    else {
        return mentions;
    };
    let count = mentions.remove(at);
    let made_precise = &mut mentions[at];
    made_precise.date = EventDate::from_naive(day);
    made_precise.approximate = count.approximate;
    made_precise.future = count.future;
    mentions
}

/// `text` lowered as `to_lowercase` lowers it, if every stretch of it
/// lowers to the same stretch of the result: so where each char beyond
/// ASCII is its own lowercase (curly quotes, dashes, a lowercase "é"),
/// and ASCII is lowered letter by letter. A capital beyond ASCII ("П",
/// "Σ", whose lowercase depends on what follows it) may change its length
/// or its neighbour's reading, and leaves each stretch to be lowered alone.
fn lowered_in_place(text: &str) -> Option<String> {
    let keeps_itself = |c: char| {
        let mut lowered = c.to_lowercase();
        lowered.next() == Some(c) && lowered.next().is_none()
    };
    text.chars()
        .filter(|c| !c.is_ascii())
        .all(keeps_itself)
        .then(|| text.to_ascii_lowercase())
}

/// The year an almanac's entry opens with: "2022 — Prime Minister ...",
/// "2019: ...".
fn entry_year(prose: &str) -> Option<i32> {
    let prose = prose.trim_start();
    let digits = prose.get(..4)?;
    let rest = prose[4..].trim_start();
    // "2020 — ...", "2020: ...", "2020 · ...": the year set off by a dash,
    // a colon or a middle dot.
    (digits.chars().all(|c| c.is_ascii_digit()) && rest.starts_with(['—', '–', '-', ':', '·']))
        .then(|| digits.parse().ok())
        .flatten()
}

/// How far into a listing's sentence its verb in the headline present is
/// looked for ("Armenia hands the district back").
const LISTED_VERB_REACH: usize = 12;

/// The fewest words an undated sentence needs to tell of a happening.
const MIN_UNDATED_WORDS: usize = 5;

/// The candidates of one sentence, and the happening its main clause tells
/// of, for the sentences after it.
/// Where in the article a sentence stands.
#[derive(Debug, Clone, Copy)]
struct Place {
    /// In a background paragraph ("For reference: ..."): no news of its own.
    background: bool,
    /// In the first paragraph of the story, which tells the news.
    lead: bool,
    /// In an answer of an interview's transcript: "we" is the one
    /// interviewed and those they speak for, not the outlet.
    answer: bool,
    /// In a question of an interview's or a briefing's transcript.
    asking: bool,
    /// The day of the article's news: the first exact day its lead gives.
    news_day: Option<EventDate>,
    /// The day of the last happening the story came to that was not
    /// still to come, where "afterwards" points when the story has since
    /// told what is ahead.
    past_story_day: Option<EventDate>,
    /// In a photo caption.
    caption: bool,
    /// The time of history the paragraph before ended in, while this one
    /// has not dated itself.
    history: Option<EventDate>,
    /// The day the sentence right before told of, in the paragraph's time.
    setting_day: Option<EventDate>,
    /// For a sentence that says its speaker "also" said something: when
    /// that speaker last spoke in the article, and whether only roughly.
    also_said: Option<(EventDate, bool)>,
    /// The sentence names its speaker by a role ("The Prime Minister
    /// stressed"), which stands for a person the article named.
    speaker_by_role: bool,
    /// The day the paragraph's own dateline gives ("BISHKEK, Nov 26 (Tengri
    /// Wire) — ..."), which a page of several wire briefs has for each.
    report_day: Option<EventDate>,
    /// `report_day` is the heading of a feed's posts of that day, which
    /// tells what those posts report exactly.
    posted: bool,
    /// `report_day` is the day of an almanac's entry: "14 MAY ¶ 2021 ¶
    /// Armenia formally asked ..." is of 14 May 2021 exactly.
    almanac_entry: bool,
    /// An item of a list under a day's heading ("MONDAY ¶ • Lukashenko
    /// calls for unity, ..."): one piece of that day's news, told in the
    /// headline present whatever its verb.
    listed: bool,
    /// In a chronicle, whose paragraphs each open with their time.
    chronicle: bool,
    /// "we" and "our" in the sentence speak for a country ("In September
    /// 2022 we invoked Article 4"), not for the outlet.
    national: bool,
    /// The last day still to come the article has named ("skip the November
    /// 23 meeting"): what a plan counts days from ("will stay away from a
    /// session the day before").
    ahead: Option<EventDate>,
    /// Under a heading of the days to come: a day or month without its
    /// year is the next one ("7 June: parliamentary elections" in December
    /// is next June).
    days_ahead: bool,
    /// The last year the sentence before wrote out, for a sentence that
    /// says "that year": "... when Azerbaijani forces attacked in
    /// September 2022. Pashinyan refused ... in November that year" is
    /// 2022, though the sentence before left the story where it was.
    year_written_before: Option<i32>,
}

/// How many words a title of a speech tag alone has at most, to its first
/// comma ("Pashinian tells the deputy, drawing shouts ...").
const SPEAKER_ONLY_TITLE_WORDS: usize = 5;

/// How many months after the time a paragraph of history ended in a month
/// the next paragraph names without its year may be, and still be of that
/// history.
const HISTORY_GOES_ON_MONTHS: i32 = 2;

/// How far back of the writing a day under a heading of days to come may
/// be and still be one of them.
const DAYS_AHEAD_REACH_BACK: i64 = 31;

/// Places a day or month whose year the text leaves open at its next
/// coming, where it was placed at its last passing.
fn to_the_days_ahead(mention: &mut DateMention, now: chrono::NaiveDate) {
    // A day of this week or this month may be one of the days the heading
    // is about that has already come ("The Week Ahead, 1-5 July", written
    // on the 2nd): only what lies well back is moved on.
    if mention.future || (now - mention.date.last_day()).num_days() <= DAYS_AHEAD_REACH_BACK {
        return;
    }
    let next = (mention.kind == MentionKind::YearFromContext)
        .then(|| in_another_year(mention.date, 1))
        .flatten();
    if let Some(next) = next {
        mention.date = next;
        mention.future = true;
    }
}

/// A day or month without its year placed ahead in a caption by its
/// present tense alone goes back a year where that is nearer the writing:
/// "meet in Astana on 27 November" under a picture of December is the
/// November just past; "take over the crossing on 1 January" stays ahead.
fn to_the_pictures_time(mention: &mut DateMention, now: chrono::NaiveDate, text: &str) {
    if mention.kind != MentionKind::YearFromContext
        || !mention.future
        || crate::extract::dates::told_ahead(text, mention.start)
    {
        return;
    }
    let date = mention.date;
    let before = in_another_year(date, -1);
    if let Some(before) = before
        && (now - before.last_day()).num_days() < (date.first_day() - now).num_days()
    {
        mention.date = before;
        mention.future = false;
    }
}

/// A day or a month `years` years from `date`; none for a year alone,
/// whose year is its whole date.
fn in_another_year(date: EventDate, years: i32) -> Option<EventDate> {
    let year = date.year_value() + years;
    match date.precision() {
        Precision::Day => EventDate::day(
            year,
            date.month_value().unwrap_or(1),
            date.day_value().unwrap_or(1),
        ),
        Precision::Month => EventDate::month(year, date.month_value().unwrap_or(1)),
        Precision::Year => None,
    }
}

/// Whether a verb of saying in the past stands between `mention` and the
/// main verb: "In March the two governments announced that they had
/// agreed the text" dates the announcing, and the past perfect is what was
/// said, told from March; it looks back from no time of the story's.
fn reported_after(reading: &Reading, mention: &DateMention) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    mention.end < verb.start
        && reading
            .words_of(&reading.text[mention.end..verb.start])
            .any(|w| crate::extract::clauses::is_past_reporting(&w))
}

/// "Speaking ahead of Thursday's session, Tasmagambetov said ...", published
/// that Thursday: a sentence never yields two events of one date. A
/// happening it only names gives way to a clause of that date; what it
/// names, its actors and its words go with the clause's report. (Two
/// clauses of one date are two happenings: "when Azerbaijan attacked in
/// September, we invoked Article 4".)
///
/// Nor does it yield one report of a day dated by its context and another
/// of that day dated by a phrase of its own: "Peskov also says it is for
/// Yerevan to sign the statements approved today" tells one happening,
/// which the main clause's report tells; the phrase's day is the
/// sentence's, so that report is dated by it. (A month is looser: "In
/// March parliament passed the law, two weeks after the two sides agreed
/// the text" tells two happenings of one month.)
fn one_event_per_date(found: &mut Vec<Candidate>) {
    let mut n = 0;
    while n < found.len() {
        let gives_way = |c: &Candidate| {
            // A report that only names gives way; so does one of a day
            // dated by its phrase, to one dated by its context.
            let dated_by_its_phrase =
                !found[n].approximate && c.approximate && c.date.day_value().is_some();
            c.date == found[n].date
                && !c.names_happening
                && (found[n].names_happening || dated_by_its_phrase)
        };
        let kept = found
            .iter()
            .enumerate()
            .position(|(k, c)| k != n && gives_way(c));
        match kept {
            Some(kept) => {
                let given_up = found.remove(n);
                let kept = &mut found[if kept > n { kept - 1 } else { kept }];
                if !given_up.names_happening {
                    kept.approximate = false;
                    kept.rough = false;
                }
                kept.named.extend(given_up.named);
                // What the other clause tells is still the sentence's: who
                // acts in it and its words find the reports it merges with.
                for actor in given_up.actors {
                    if !kept.actors.contains(&actor) {
                        kept.actors.push(actor);
                    }
                }
                for topic in given_up.topics {
                    if !kept.topics.contains(&topic) {
                        kept.topics.push(topic);
                    }
                }
                for term in given_up.terms {
                    if !kept.terms.contains(&term) {
                        kept.terms.push(term);
                    }
                }
            }
            None => n += 1,
        }
    }
}

/// "Yerevan has since refused ...": the perfect with "since" and no time
/// after it tells what has held from the story's time to the writing.
fn has_since(reading: &Reading) -> bool {
    let mut words = reading.words_of(reading.text);
    words.any(|w| w == "has" || w == "have") && words.next().is_some_and(|w| w == "since")
}

/// "Yerevan says the Organization failed ...", in a journalist's question:
/// the claim the question puts to the one asked, in the present, is no
/// news of its own.
/// Whether the main clause tells that its subject took part ("Pashinyan
/// took part from Yerevan", "Armenia participated at the level of
/// ministers"), in a happening the sentence leaves to the story. ("took
/// part in the summit" names its happening, which dates it.)
fn took_part(reading: &Reading) -> bool {
    let took = reading.shape.participation
        || reading.shape.main_verb.as_ref().is_some_and(|verb| {
            let word = reading.lower_of(&reading.text[verb.clone()]);
            word == "participated"
                || (word == "took"
                    && reading.text[verb.end..]
                        .trim_start()
                        .strip_prefix("part")
                        .is_some_and(|rest| !rest.starts_with(char::is_alphabetic)))
        });
    took && named_happenings(reading.text).is_empty()
}

fn puts_a_claim(reading: &Reading) -> bool {
    reading.shape.main_verb.as_ref().is_some_and(|verb| {
        matches!(
            &*reading.lower_of(&reading.text[verb.clone()]),
            "says" | "say" | "claims" | "claim" | "insists" | "insist" | "argues" | "argue"
        )
    })
}

/// The verbs "the same day the shelling began" ends its clause with.
const BEGINNING_VERBS: &[&str] = &["began", "started", "erupted"];

fn sentence_candidates(
    reading: &Reading,
    document: &Document,
    place: Place,
    setting: Option<EventDate>,
    story: Option<&Narrative>,
    person: Option<&str>,
) -> (Vec<Candidate>, Option<Narrative>) {
    let whole = 0..reading.text.len();
    let background = place.background;
    // "Prime Minister Nikol Pashinian during a session in parliament,
    // Yerevan, February 28, 2024.": a caption with no verb only labels its
    // photo.
    // So is one whose date is the picture's ("in a still image from video
    // released on September 13"): its verb is the picture's, not a deed's.
    let label_of_a_photo =
        place.caption && (reading.shape.main_verb.is_none() || dates_the_picture(reading.text));
    let verdict = Verdict::of(reading);
    if verdict.tells_none
        || undated_hope(reading, document.published)
        || (place.asking && puts_a_claim(reading))
        // "I will fix both rows and add a test ...", under a comment's
        // stamp: the poster's own plan, not news of the day.
        || (place.posted && !place.answer && writers_own_plan(reading))
        || label_of_a_photo
        // A feed's post under its day's heading is dated by it: "Karabakh
        // officials say fighting went on through the night" is that day's
        // news.
        || (verdict.many_say
            && !(place.posted && place.lead)
            && find_dates(reading.text, document.published).is_empty())
    {
        return (Vec::new(), None);
    }
    // "We spoke to him on Monday, a week after Galuzin said ...": the outlet
    // telling of itself is no news, but a clause it places by an offset is.
    // "tonight" in a post under the heading "September 13", or "on Tuesday"
    // in a brief datelined "BISHKEK, Nov 26": the day the paragraph is
    // reported on is the sentence's "now".
    let now = place
        .report_day
        .map(|day| day.first_day())
        .or(document.published);
    if !place.answer && !place.national && outlet_speaking(reading) {
        let mentions: Vec<DateMention> = find_dates(reading.text, now)
            .into_iter()
            .filter(|m| !reading.in_quotes(&(m.start..m.end)) && !m.approximate)
            .filter(|m| !matches!(m.kind, MentionKind::FromContext(_)))
            .collect();
        let offsets = offsets(reading);
        return (
            offset_candidates(reading, document, &mentions, &offsets, None),
            None,
        );
    }
    // Read once: the quoted schedule below looks at the same dates.
    let mut dates = find_dates(reading.text, now);
    if place.days_ahead
        && !reading.shape.past_happening
        && let Some(now) = now
    {
        for mention in &mut dates {
            to_the_days_ahead(mention, now);
        }
    }
    // "The CSTO foreign ministers meet in Astana on 27 November", under a
    // photograph published in December: a caption's present is the
    // picture's, at or before the writing, unless it says what will be.
    if place.caption
        && let Some(now) = now
    {
        for mention in &mut dates {
            to_the_pictures_time(mention, now, reading.text);
        }
    }
    // "2022 — Pashinyan hosts ..." under the heading "23 NOVEMBER": the
    // entry's year is the heading's day of that year.
    if place.posted
        && let Some(day) = place.report_day
        && let Some(first) = dates.first_mut()
        && first.start == 0
        && first.date == EventDate::year(day.year_value())
    {
        first.date = day;
    }
    // "on 1 January of the following year": the count names the year of
    // the day before it, counted from the story's.
    let of_a_counted_year: Vec<usize> = story
        .map(|s| s.date.year_value())
        .or(setting.map(|s| s.year_value()))
        .map(|base| year_of_the_day_before(reading.text, &mut dates, base))
        .unwrap_or_default();
    let offsets = offsets(reading);
    // Where the story's day within a month named just before stands in for
    // that month as a count's base, the month is only the way to that day.
    let mut base_only: Vec<usize> = Vec::new();
    // "a year later, in February 2024, ...": the count is told again as a
    // date, which alone stands for the time.
    let restated: Vec<usize> = dates
        .windows(2)
        .filter(|pair| {
            matches!(pair[0].kind, MentionKind::FromContext(_))
                && matches!(pair[1].kind, MentionKind::Absolute)
                && reading
                    .text
                    .get(pair[0].end..pair[1].start)
                    .is_some_and(|between| {
                        matches!(
                            between.trim(),
                            "," | ", in" | ", on" | "—" | "– in" | "— in"
                        )
                    })
        })
        .map(|pair| pair[0].start)
        .chain(of_a_counted_year)
        // "YEREVAN, ARMENIA - JANUARY 10: ... on January 10, 2023": a
        // caption's day told again with its year is that day, once.
        .chain(same_day_with_its_year(reading.text, &dates))
        // "last year's summit in Minsk, held on 23 November 2023": the
        // summit's time told roughly, then exactly.
        .chain(dates.windows(2).filter_map(|pair| {
            let (said, after) = (
                &reading.text[pair[0].start..pair[0].end],
                &reading.text[pair[0].end..],
            );
            let possessive = ["'s", "’s"]
                .iter()
                .any(|mark| said.ends_with(mark) || after.starts_with(mark));
            // The exact time is the same noun's: a participle set off by a
            // comma after it ("..., held on").
            let between = &reading.text[pair[0].end..pair[1].start];
            let same_noun = between.rsplit_once(',').is_some_and(|(noun, participle)| {
                let mut words = participle.split_whitespace();
                let participle = words.next().unwrap_or_default().to_lowercase();
                noun.len() <= 60
                    && !noun.contains([';', ','])
                    && !noun.contains(" and ")
                    && focus::DATING_PARTICIPLES.contains(&participle.as_str())
                    && words.next().is_some_and(|w| matches!(w, "on" | "in"))
                    && words.next().is_none()
            });
            (possessive
                && same_noun
                && pair[0].date != pair[1].date
                && pair[0].date.contains(&pair[1].date))
            .then_some(pair[0].start)
        }))
        // "came in May 2024, some eight months later": the same time told
        // again from the story, not a time of its own.
        .chain(dates.windows(2).filter_map(|pair| {
            (matches!(pair[1].kind, MentionKind::FromContext(_))
                && reading
                    .text
                    .get(pair[0].end..pair[1].start)
                    .is_some_and(restates))
            .then_some(pair[1].start)
        }))
        .collect();
    // Looked for only where a count might be one: it reads the sentence
    // again, and most sentences have none.
    let counted_reference = dates
        .iter()
        .any(|m| matches!(m.kind, MentionKind::FromContext(_)))
        .then(|| reference_at(narration(reading)))
        .flatten()
        .filter(|(_, reference)| {
            matches!(
                reference.relation,
                crate::extract::anchors::Relation::Offset(_)
                    | crate::extract::anchors::Relation::Months(_)
            )
        })
        .map(|(at, _)| at)
        .filter(|&at| at >= reading.shape.lead_end);
    // "What came was a fact-finding mission, and two months later a
    // declaration we could not sign": a time told after what arrived is the
    // next thing's, which has no verb to tell it by.
    let arrived = crate::extract::clauses::arrival_cleft(reading.text);
    // The last year the sentence named as a noun's time (see the scan).
    let mut year_named_here: Option<DateMention> = None;
    let mentions: Vec<DateMention> = dates
        .iter()
        .filter(|m| !reading.in_quotes(&(m.start..m.end)))
        .filter(|m| !dates_a_thing_not_done(reading.text, m))
        .filter(|m| !dates_a_failing_said(reading, m))
        .filter(|m| !dates_a_prediction(reading, m))
        .filter(|m| !dates_what_was_asked(reading, m))
        .filter(|m| !describes_a_person(reading, m))
        .filter(|m| {
            !names_an_invoked_framework(reading.text, m)
                || invoked_document(reading.text, m).is_some()
        })
        .filter(|m| !qualifies_no_happening(reading.text, m))
        .filter(|m| !chair_held_for_the_year(reading.text, m))
        .filter(|m| !year_of_a_state(reading.text, m))
        .filter(|m| !scope_of_a_noun(reading.text, m))
        // "The break began well before 2022: in November 2018 ...": the
        // frame's time is no happening's when the clause after it has its
        // own ("The Kremlin answered on Thursday: Peskov said ..." has not).
        .filter(|m| {
            reading
                .shape
                .colon_frame
                .is_none_or(|end| m.start > end || !dates.iter().any(|other| other.start > end))
        })
        // "What Armenia got was a fact-finding mission, which arrived two
        // days later": a time in the clause on what arrived is its own.
        .filter(|m| {
            arrived.as_ref().is_none_or(|what| {
                m.start < what.end || {
                    let between = &reading.text[what.end..m.start];
                    between
                        .strip_prefix(", which ")
                        .is_some_and(|clause| !clause.contains([',', ';']))
                }
            })
        })
        // "..., a day after his foreign minister stayed away": a count
        // opening a clause of its own is an offset from the date before it
        // (see `offset_candidates`), not a time after the story's.
        .filter(|m| {
            !matches!(m.kind, MentionKind::FromContext(_))
                || !offsets.iter().any(|o| o.phrase.contains(&m.start))
        })
        // "flew to Yerevan two days after the appeal": counted from the
        // happening it names, which anchors it (see `anchors`), not from
        // the story's day. One that leads the sentence ("A day after the
        // broadcast, Peskov said ...") goes on from the story just told.
        .filter(|m| {
            !matches!(m.kind, MentionKind::FromContext(_)) || counted_reference != Some(m.start)
        })
        .cloned()
        // "a day later", "that month": placed by the date before it in the
        // sentence ("in January 2023 ... that November"), else by the story
        // so far, or not at all.
        .scan(None::<DateMention>, |previous, mut m| {
            // "since the 2020 war, which ended in November that year": a
            // year that names a noun's time places no count of days, but
            // it is the year "that year" points back to.
            let year_named = year_named_here.as_ref().filter(|year: &&DateMention| {
                previous.as_ref().is_none_or(|p| p.start < year.start)
            });
            // A time told again stays a date phrase of the sentence (its
            // words are no part of a title) but places nothing.
            if restated.contains(&m.start) {
                // "some eight months later": the hedge goes with the phrase.
                let before = reading.text[..m.start].trim_end();
                if let Some(hedge) = reading.words_of(before).last()
                    && matches!(
                        hedge.as_str(),
                        "some"
                            | "about"
                            | "nearly"
                            | "almost"
                            | "roughly"
                            | "just"
                            | "exactly"
                            | "only"
                    )
                {
                    m.start = before.len() - hedge.as_str().len();
                }
                return Some(Some(m));
            }
            if let Some((day, start)) = the_same_weekday(reading.text, &m, story) {
                m.date = day;
                m.start = start;
                m.approximate = false;
                m.future = false;
                *previous = Some(m.clone());
                return Some(Some(m));
            }
            let placed = match m.kind {
                MentionKind::FromContext(shift) => {
                    let counts_days =
                        matches!(shift, ContextShift::SameDay | ContextShift::Days(_));
                    // "Commenting on the prime minister's June statement the
                    // next day": the month named holds the day the story
                    // told, which the days are counted from.
                    let story_day = story.and_then(|s| s.last_day);
                    let of_a_year = matches!(
                        shift,
                        ContextShift::SameYear { .. } | ContextShift::Month(_)
                    );
                    // "The same day the shelling began, Armenia asked
                    // ...": the day the story's news began, whatever day
                    // the sentence before came to.
                    let the_day_it_began = matches!(shift, ContextShift::SameDay) && {
                        let after: Vec<Word> =
                            reading.words_of(&reading.text[m.end..]).take(4).collect();
                        after.first().is_some_and(|w| w == "the")
                            && after[1..]
                                .iter()
                                .any(|w| BEGINNING_VERBS.contains(&w.as_str()))
                    };
                    let began = place
                        .news_day
                        .filter(|_| the_day_it_began)
                        .map(|day| (day, false));
                    // The clause goes with the phrase, out of the title.
                    if began.is_some()
                        && let Some(clause_end) = BEGINNING_VERBS
                            .iter()
                            .filter_map(|verb| {
                                reading.text[m.end..].find(verb).map(|at| at + verb.len())
                            })
                            .min()
                    {
                        m.end += clause_end;
                    }
                    let base = began
                        .or_else(|| {
                            year_named.filter(|_| of_a_year).or(previous.as_ref()).map(
                                |p: &DateMention| match story_day {
                                    Some(day)
                                        if counts_days
                                            && p.date.day_value().is_none()
                                            && p.date.contains(&day) =>
                                    {
                                        base_only.push(p.start);
                                        (day, false)
                                    }
                                    _ => (p.date, p.approximate),
                                },
                            )
                        })
                        .or_else(|| {
                            // "The leaders decided on the 13th to send a
                            // mission, which reached Yerevan only on 15
                            // September 2022": a day of the month told
                            // before the month it is of, in one sentence,
                            // whose day is no later than the ordinal's.
                            let ContextShift::DayOfMonth(ordinal) = shift else {
                                return None;
                            };
                            dates
                                .iter()
                                .find(|later| {
                                    later.start > m.end
                                        && matches!(later.kind, MentionKind::Absolute)
                                        && later.date.day_value().is_some_and(|d| d >= ordinal)
                                })
                                .map(|later| (later.date, false))
                        })
                        .or_else(|| {
                            // "... when Azerbaijani forces attacked in
                            // September 2022. Pashinyan refused ... in
                            // November that year": the year the sentence
                            // before wrote, though it left the story at the
                            // present.
                            let that_year =
                                of_a_year && says_that_year_anywhere(&reading.text[m.start..m.end]);
                            let story_at_present = story.is_none_or(|s| {
                                document
                                    .published
                                    .is_some_and(|p| s.date.year_value() == p.year())
                            });
                            place
                                .year_written_before
                                .filter(|_| that_year && story_at_present)
                                .map(|year| (EventDate::year(year), false))
                        })
                        .or_else(|| {
                            // "He recalled that on 13 September 2022 Armenia
                            // had asked ... The bloc had sent a mission two
                            // days later": days are counted from the last
                            // day told, not from the day it was told on.
                            // "At the time, Grigoryan said ...", after "who
                            // said in March that ... from 1 August": the time
                            // of the happening told, not the last day named.
                            let at_the_time = reading
                                .lower_of(&reading.text[m.start..m.end])
                                .ends_with("the time");
                            story.map(|s| match s.last_day {
                                Some(day)
                                    if !at_the_time
                                        && matches!(
                                            shift,
                                            ContextShift::SameDay | ContextShift::Days(_)
                                        ) =>
                                {
                                    (day, false)
                                }
                                _ => (s.date, s.approximate),
                            })
                        })
                        .or_else(|| {
                            // "YEREVAN, NOVEMBER ¶ On the morning of the
                            // 23rd ...": a day of the month the paragraph
                            // is set in.
                            setting
                                .filter(|s| {
                                    s.month_value().is_some()
                                        && matches!(shift, ContextShift::DayOfMonth(_))
                                })
                                .map(|s| (s, false))
                        });
                    base.and_then(|(base, vague)| {
                        let (mut date, mut approximate) = shift.apply(base)?;
                        // "Mirzoyan will also stay away from a session the
                        // day before": a plan is not in the past; its days
                        // count from the day to come the article named.
                        if counts_days
                            && date.last_day() < now.unwrap_or(date.last_day())
                            && (will_happen(reading) || planned_in_the_present(reading))
                            && let Some((later, rough)) =
                                place.ahead.and_then(|day| shift.apply(day))
                        {
                            (date, approximate) = (later, rough);
                        }
                        // "Two days after the summit, Lukashenko said ...",
                        // counted from a story only the report's day placed:
                        // what was done is not after the report.
                        if let Some(now) = now
                            && counts_days
                            && !m.future
                            && reading.shape.past_happening
                            && !told_in_the_future(reading.text)
                            && date.first_day() > now
                        {
                            (date, approximate) = (EventDate::from_naive(now), true);
                        }
                        m.date = date;
                        m.approximate = approximate || vague;
                        Some(m)
                    })
                }
                // "In January 2022, ... In May, at the summit in Moscow,
                // Pashinyan complained ...": in a paragraph of history, a
                // month or a day without its year is of the paragraph's time.
                // So is one of the months right after the time a paragraph
                // of history before it ended in ("Contrast that with January
                // 2022, when ... ¶ The last peacekeepers had gone home by
                // 19 January").
                MentionKind::YearFromContext => {
                    // Not a state lasting to the writing ("has been blocked
                    // since December 12").
                    let perfect = reading
                        .words_of(&reading.text[..m.start])
                        .any(|w| matches!(w.as_str(), "has" | "have"));
                    // Nor a state lasting to the story's time: "Since
                    // December, the corridor had been blocked", after a
                    // paragraph looking back to 2020, is of the December
                    // before the news.
                    let lasting = perfect || after_since(reading, &m);
                    let history_goes_on = place.history.filter(|_| !lasting).filter(|history| {
                        history.month_value().zip(m.date.month_value()).is_some_and(
                            |(then, month)| {
                                (0..=HISTORY_GOES_ON_MONTHS).contains(&(month as i32 - then as i32))
                            },
                        )
                    });
                    // "In the early hours of 12 May 2021, ... He had resigned
                    // in April": a look back in the past perfect from a story
                    // of an earlier year is in that year's time.
                    let looked_back_from_the_story = story
                        .filter(|_| !lasting && pluperfect(reading))
                        .map(|story| story.date)
                        .filter(|date| {
                            document
                                .published
                                .is_some_and(|published| date.year_value() < published.year())
                        });
                    // Nor is the time a talk or a section is at: "has been
                    // in the streets since the first of May" lasts to the
                    // writing, from the last 1 May before it.
                    // Nor what the sentence tells as still to come
                    // ("Kyrgyzstan takes over the chairmanship on 1
                    // January"), after a paragraph of history.
                    if (!m.future || reading.shape.past_happening)
                        && let Some(setting) = setting
                            .filter(|_| !perfect)
                            .or(history_goes_on)
                            .or(looked_back_from_the_story)
                        && let Some(published) = document.published
                        && let Some(date) = in_the_setting(
                            reading.text,
                            &m,
                            setting,
                            published,
                            pluperfect(reading) && !reported_after(reading, &m),
                        )
                    {
                        m.date = date;
                    }
                    Some(m)
                }
                _ => Some(m),
            };
            // "The request, sent under the 1992 treaty, had been ordered a
            // day earlier": a year that names a noun's time is no time the
            // sentence's story is at, to count from.
            // Nor is a time inside a relative clause, once the sentence has
            // told one of its own: "On 26 July 2018 the service charged
            // Khachaturov, who had commanded the garrison in 2008; Kocharyan
            // was arrested the next day" counts from July.
            let in_relative_aside = |placed: &DateMention| {
                previous.is_some()
                    && reading.shape.subordinate.iter().any(|span| {
                        span.start <= placed.start
                            && placed.end <= span.end
                            && matches!(
                                reading
                                    .words_of(&reading.text[span.clone()])
                                    .next()
                                    .as_deref(),
                                Some("who" | "which" | "whom" | "whose")
                            )
                    })
            };
            if let Some(placed) = &placed
                && attributive_year(reading.text, placed).is_none()
                && !in_relative_aside(placed)
            {
                *previous = Some(placed.clone());
            } else if let Some(placed) = &placed
                && attributive_year(reading.text, placed).is_some()
            {
                year_named_here = Some(placed.clone());
            }
            Some(placed)
        })
        .flatten()
        // "this year" in "said it would not hold exercises this year" restates
        // the present; it does not date the statement.
        // "Earlier this month" still places a past happening, and "later
        // this month" one to come ("is due to hold the final vote later
        // this month").
        .filter(|m| {
            let said = reading.lower_of(&reading.text[m.start..m.end]);
            let earlier = said.starts_with("earlier") || said.starts_with("later");
            // "told reporters this afternoon" does: a day is no present.
            // "will host the summit next year" does too: the next year is
            // no present either.
            let present = document.published.is_none_or(|published| {
                m.date.first_day() <= published && published <= m.date.last_day()
            });
            // "The ministry confirmed this month that ...": right after a
            // verb of saying in the past, the period dates the saying.
            let dates_the_saying = !m.future
                && reading.shape.main_verb.as_ref().is_some_and(|verb| {
                    verb.end <= m.start
                        && reading.text[verb.end..m.start].trim().is_empty()
                        && reading
                            .words_of(&reading.text[verb.clone()])
                            .last()
                            .is_some_and(|w| crate::extract::clauses::is_past_reporting(&w))
                });
            !(m.kind == MentionKind::CurrentPeriod
                && !earlier
                && present
                && m.date.day_value().is_none()
                && !dates_the_saying
                && (m.future || reading.shape.reporting))
        })
        .collect();
    let mentions: Vec<DateMention> = mentions
        .into_iter()
        .filter(|m| !base_only.contains(&m.start))
        .collect();
    let mentions = weekday_after_a_count(reading, mentions);
    let mentions = in_the_sentence_year(reading.text, mentions);
    // "Wednesday brought the headline of the week.": a day as the subject
    // of a sentence that names no one only sets the time of what follows.
    if let Some(first) = mentions.first()
        && first.start == 0
        && reading.actors.is_empty()
        && reading
            .words_of(&reading.text[first.end..])
            .next()
            .is_some_and(|w| matches!(w.as_str(), "brought" | "saw" | "belonged"))
    {
        let set = Narrative {
            date: first.date,
            approximate: first.approximate,
            subject: None,
            last_day: None,
            flashback: false,
            anchor: None,
        };
        return (Vec::new(), Some(set));
    }
    // "MINSK, 23 November.": a dateline split off as a sentence of its own
    // names a place and a day, no happening.
    if reading.shape.main_verb.is_none() && !mentions.is_empty() {
        let mut rest = String::with_capacity(reading.text.len());
        let mut cursor = 0;
        for m in &mentions {
            rest.push_str(&reading.text[cursor..m.start.max(cursor)]);
            cursor = cursor.max(m.end);
        }
        rest.push_str(&reading.text[cursor..]);
        if reading.words_of(&rest).count() <= DATELINE_WORDS {
            return (Vec::new(), None);
        }
    }
    // "The minister will travel to Brussels next week": a plan that vague
    // is no happening yet, nor is announcing it one. One on the calendar
    // ("Mirzoyan is due to meet Bayramov in Berlin next week") is a
    // happening to come, of its month, roughly.
    if !on_the_calendar(reading.text)
        && mentions.iter().any(|m| {
            m.future
                && m.kind == MentionKind::Vague
                && subordinate_focus(reading, m, mentions.len() > 1).is_none_or(|f| !f.noun_phrase)
        })
    {
        return (Vec::new(), None);
    }
    let mut out = Vec::new();
    let mut main_dated = false;
    // A dated happening named as the main clause's subject ("The May 12
    // incursion ... was the first test").
    let mut named_before_verb = false;
    let mut told: Option<Narrative> = None;
    // The main clause's dates so far, each with its dated conjunct, if any.
    let mut main_dates: Vec<(EventDate, Option<usize>)> = Vec::new();
    // "incursions in May 2021 and September 2022": a list of dates after an
    // event noun dates that noun each time.
    let mut previous_noun_phrase: Option<Focus> = None;
    let conjuncts = conjuncts(reading);
    let dated_conjuncts = conjuncts
        .iter()
        .filter(|c| {
            mentions
                .iter()
                .any(|m| c.start <= m.start && m.end <= c.end)
        })
        .count();
    let undated_main = undated_main_conjunct(reading, &conjuncts, &mentions);
    // "Tuesday marked exactly a year since the mission began patrolling":
    // the day is only the base of the count; the anniversary is no
    // happening of its own.
    let anniversary_at = offsets
        .first()
        .filter(|o| o.anniversary && placed_by_an_offset(reading, &offsets))
        .map(|o| o.phrase.start);
    for (n, mention) in mentions.iter().enumerate() {
        if restated
            .iter()
            .any(|&at| mention.start <= at && at < mention.end)
            || anniversary_at.is_some_and(|at| mention.end <= at)
        {
            continue;
        }
        // "on Sept. 19-20, 2023", "from 3 to 5 October": one happening over a
        // range of days, dated by its first.
        // "on 27 and 28 June": two days running are one happening too.
        let continues_range = n > 0 && {
            let previous = &mentions[n - 1];
            let between = reading.text[previous.end..mention.start].trim();
            matches!(between, "-" | "–" | "—" | "to" | "through" | "until")
                || (between == "and" && days_running(previous.date, mention.date))
        };
        if continues_range {
            continue;
        }
        // "In January, on the ninth I think, ...": a day given after its
        // month is that month made precise, one happening.
        let made_precise = mentions.get(n + 1).is_some_and(|next| {
            let between = reading.text[mention.end..next.start].trim();
            matches!(between, "," | ", on" | "on")
                && next.date.day_value().is_some()
                && mention.date.day_value().is_none()
                && mention.date.month_value().is_some()
                && mention.date.first_day() <= next.date.first_day()
                && next.date.last_day() <= mention.date.last_day()
        });
        if made_precise {
            continue;
        }
        // "a term which runs until 2020", "the term, which runs to 2020": the
        // end of a state, not a happening.
        let before = reading.lower_of(reading.text[..mention.start].trim_end());
        // "the author of "Small States, Big Neighbours" (2019)": a year in
        // brackets after a title is the work's, no happening told.
        if mention.date.month_value().is_none()
            && reading.text[..mention.start].ends_with('(')
            && reading.text[mention.end..].starts_with(')')
            && reading.text[..mention.start - 1]
                .trim_end()
                .ends_with(['"', '”', '’', '\''])
        {
            continue;
        }
        // "appointed for the period from 1 January 2023 to 31 December
        // 2025": the bounds of a term, not happenings.
        if [
            " until",
            " till",
            " runs to",
            " run to",
            " ran to",
            " running to",
            " period from",
            " term from",
            " mandate from",
        ]
        .iter()
        .any(|end| before.ends_with(end))
            || extended_to(&before)
        {
            continue;
        }

        let listed_after_noun_phrase = n > 0 && previous_noun_phrase.is_some() && {
            let between = reading.text[mentions[n - 1].end..mention.start].trim();
            // "the statements of 11 January and of 9 November 2020".
            matches!(
                between,
                "and" | "or" | "," | ", and" | "and of" | ", and of" | "or of"
            )
        };
        let focus = if listed_after_noun_phrase {
            previous_noun_phrase.clone().map(|f: Focus| Focus {
                span: f.span.start..mention.end,
                title: f.title.clone(),
                noun_phrase: true,
            })
        } else {
            subordinate_focus(reading, mention, mentions.len() > 1)
                // "X stopped in May and, in June, Pashinyan said Y": a clause
                // read as reported by a tag in another conjunct is not this
                // date's; the date's own conjunct is.
                .filter(|f| {
                    let conjunct_of = |at: usize| conjuncts.iter().position(|c| c.contains(&at));
                    dated_conjuncts < 2 || conjunct_of(f.span.start) == conjunct_of(mention.start)
                })
        };
        previous_noun_phrase = focus.clone().filter(|f| f.noun_phrase);
        let mut focus = focus;
        // "approved the appointment of X as Secretary General from January
        // 1, 2023": the day a decision takes effect dates what it decided
        // (X taking office), not the deciding.
        if focus.is_none()
            && takes_effect_from(reading, &before)
            && let Some(verb) = &reading.shape.main_verb
        {
            let start = verb.end
                + reading.text[verb.end..mention.start]
                    .find(|c: char| c.is_alphanumeric())
                    .unwrap_or(0);
            focus = Some(Focus {
                span: start..mention.end,
                title: start..mention.end,
                noun_phrase: true,
            });
        }
        // "Armenia has grown increasingly critical ... since it declined to
        // send troops after Azerbaijani forces shelled Armenian territory on
        // Sept. 13, 2022": the trend is no happening, the clause of time is.
        let mut framed = false;
        if focus.is_none() && trend(reading) {
            match time_clause(reading, mention) {
                // The clause of time is what the sentence tells, and where
                // the story has come to ("... at the time, to no avail").
                Some(clause) => {
                    focus = Some(clause);
                    framed = true;
                }
                None => {
                    // Still the time the story has come to: "In 2023, the
                    // absence became a habit. That autumn, ..."
                    told = told.or(Some(Narrative {
                        date: mention.date,
                        approximate: mention.approximate,
                        subject: reading.subject_in(&whole),
                        last_day: None,
                        flashback: false,
                        anchor: None,
                    }));
                    continue;
                }
            }
        }
        // "The turning point came on September 13, 2022, when Azerbaijani
        // forces struck ...": the frame says when; the "when" clause says
        // what happened.
        // A happening found so in a clause of time is still what the
        // sentence tells, and the time the story has come to.
        if focus.is_none() && framing_subject(reading) {
            match when_clause_after(reading, mention) {
                Some(clause) => focus = Some(clause),
                None => continue,
            }
            framed = true;
        }
        // "So it surprised me, last Wednesday, to find myself nodding at the
        // screen when Nikol Pashinyan told the National Assembly: ...": the
        // writer's own reaction frames the news its "when" clause tells.
        if focus.is_none()
            && let Some(clause) = writers_reaction_when(reading, mention)
        {
            focus = Some(clause);
            framed = true;
        }
        // "The week's big line came at Wednesday's session of the National
        // Assembly, where the prime minister told deputies ...": the
        // occasion the frame names is where the happening was.
        // (The only verb found may be the "where" clause's own.)
        if focus.as_ref().is_none_or(|f| f.noun_phrase)
            && let Some(clause) = where_clause_after(reading, mention)
            && (time_comes(reading) || reading.main_verb_in(&clause.span))
        {
            focus = Some(clause);
            framed = true;
        }
        // "At the Yerevan summit in November 2022, when Pashinyan refused to
        // sign the declaration.": an answer that only names the time; its
        // one verb is the "when" clause's, which is the happening.
        if focus.is_none()
            && opens_with_a_preposition(reading.text)
            && let Some(clause) = when_clause_after(reading, mention)
            && reading
                .shape
                .main_verb
                .as_ref()
                .is_none_or(|verb| verb.start >= clause.span.start)
        {
            focus = Some(clause);
            framed = true;
        }
        // "The rift dates to 13 September 2022, when Azerbaijani forces
        // shelled ...", "The contrast with January 2022, when the alliance
        // sent troops ..., was lost on nobody": a main clause whose subject
        // names no one tells of no happening; the "when" clause does.
        // A reporting verb inside the "when" clause ("when Pashinyan told
        // France 24 that ...") is that clause's, not the main clause's.
        if focus.is_none()
            && let Some(clause) = when_clause_inside(reading, mention)
            && (!reading.shape.reporting || reading.main_verb_in(&clause.span))
        {
            focus = Some(clause);
            // "He listed the steps taken since January of last year, when
            // Armenia declined ...": the person a pronoun stands for acts
            // in the main clause, which is a happening of its own, told
            // from its context.
            framed = !person_did(reading);
        }
        // "When Pashinyan told the National Assembly on 12 June ..., few
        // in the chamber looked surprised": the clause of time is the news.
        if focus.is_none()
            && let Some(clause) = opening_when_clause(
                reading,
                mention,
                // "two days later", not "the incursion of the previous
                // year": a count of days that moves the main clause.
                mentions.iter().any(|m| {
                    m.start > mention.end
                        && matches!(m.kind, MentionKind::FromContext(ContextShift::Days(_)))
                }),
            )
        {
            focus = Some(clause);
            framed = true;
        }
        let main = focus.is_none();
        named_before_verb |= focus.as_ref().is_some_and(|f| {
            f.noun_phrase
                && reading
                    .shape
                    .main_verb
                    .as_ref()
                    .is_none_or(|verb| f.span.start < verb.start)
        });
        // "..., where a Russian unit had served since 1992": what has gone
        // on since a year, in a clause of the perfect, is a state. (A main
        // clause's state is told as one below.)
        if !main && lasting_since(reading, mention) {
            continue;
        }
        // "In 2023, Belarus chairs the CSTO": a state the year holds, not a happening.
        if main && (states_a_fact(reading) || held_a_post(reading) || describes_a_work(reading)) {
            continue;
        }
        let verb_clause = reading.shape.main_verb.as_ref().and_then(|verb| {
            conjuncts
                .iter()
                .find(|c| c.start <= verb.start && verb.start < c.end)
        });
        // "Belarus has chaired the Organization since January 1, 2023":
        // held since a day, a post tells when it was taken.
        let taken_on = after_since(reading, mention) && mention.date.day_value().is_some();
        if main
            && perfect_state(reading)
            && !taken_on
            && verb_clause.is_none_or(|c| c.start <= mention.start && mention.end <= c.end)
        {
            continue;
        }
        // "The turning point is usually placed in the autumn of 2022", "It
        // has taken no part in the bloc's meetings since early 2023": how
        // things are held to be, or have stood since, is no happening.
        if main
            && (generic_present(reading)
                || absent_since(reading, mention)
                || lasted_through(reading, mention)
                || post_held_since(reading, mention)
                || measured_since(reading, mention))
        {
            continue;
        }
        // A trend's start dates no happening, whichever clause holds it;
        // nor does a habit's season ("sanatoriums, which usually host
        // thousands of visitors in September").
        if changed_since(reading, mention) || habit_in_its_clause(reading, mention) {
            continue;
        }
        // "this year's drills" names no happening of its own, unless the
        // sentence is about them ("Next year's summit is to be held in
        // Russia").
        let subject_of_main = focus.as_ref().is_some_and(|f| {
            f.span.start <= reading.shape.lead_end
                && reading.shape.main_verb.as_ref().is_some_and(|verb| {
                    let holds_verb = f.span.start <= verb.start && verb.end <= f.span.end;
                    holds_verb
                        || (f.span.end <= verb.start
                            && !reading.text[f.span.end..verb.start].contains(','))
                })
        });
        // "Bishkek will host next year's summit": a year or month other
        // than the present one dates what the phrase names.
        let present_period = mention.date.day_value().is_some()
            || document.published.is_none_or(|published| {
                mention.date.first_day() <= published && published <= mention.date.last_day()
            });
        let of_a_period = focus.as_ref().is_some_and(|f| f.noun_phrase)
            && mention.kind == MentionKind::CurrentPeriod;
        if of_a_period && present_period && !subject_of_main {
            continue;
        }
        // "In 2018 he was charged in July and recalled in November": the
        // year only frames the months that date the happenings.
        let finer = mentions.iter().find(|other| {
            other.start > mention.start
                && other.kind == MentionKind::YearFromContext
                && mention.date.contains(&other.date)
        });
        let years_ago = mention.kind == MentionKind::PreviousPeriod
            && reading
                .lower_of(&reading.text[mention.start..mention.end])
                .ends_with("ago");
        // "In January, the alliance got a new face: X took office on
        // January 1": what follows a colon tells the month's happening
        // more exactly.
        let elaborating = mentions.iter().find(|other| {
            mention.date.precision() == Precision::Month
                && other.start > mention.end
                && other.date != mention.date
                && mention.date.contains(&other.date)
                && reading.text[mention.end..other.start].contains(": ")
        });
        let elaborated = elaborating.is_some();
        let finer = elaborating.or(finer);
        let refined = elaborated
            || ((mention.kind == MentionKind::Absolute || years_ago)
                && mention.date.precision() == Precision::Year
                && finer.is_some());
        // "Two years ago, when Azerbaijan attacked in September, we invoked
        // Article 4": the "when" clause's time is the main clause's too.
        let timed_by_when: DateMention;
        let mention = match finer {
            Some(finer)
                if main && refined && (elaborated || in_when_clause(reading.text, finer.start)) =>
            {
                timed_by_when = DateMention {
                    date: finer.date,
                    approximate: finer.approximate,
                    ..mention.clone()
                };
                &timed_by_when
            }
            _ if main && refined => continue,
            _ => mention,
        };
        // "On 10 January Pashinyan ruled out CSTO exercises in Armenia in
        // 2023": a year after a finer date it holds, in one clause, is the
        // time of what the deed is about, not a deed of its own.
        let clause_of = |m: &DateMention| {
            conjuncts
                .iter()
                .position(|c| c.start <= m.start && m.end <= c.end)
        };
        let about_a_time = main
            && mention.date.precision() == Precision::Year
            && mentions[..n].iter().any(|earlier| {
                earlier.date.precision() != Precision::Year
                    && mention.date.contains(&earlier.date)
                    && clause_of(earlier) == clause_of(mention)
            });
        if about_a_time {
            continue;
        }
        // "today (12 May)", "on Friday, 12 May": one happening, told twice.
        // (Not two clauses joined with a date each: "invoked Article 4 the
        // same day, and the leaders agreed on Tuesday night to send a
        // mission" tells two happenings of one day.)
        let conjunct = conjuncts
            .iter()
            .position(|c| c.start <= mention.start && mention.end <= c.end)
            .filter(|_| dated_conjuncts > 1);
        if main
            && main_dates
                .iter()
                .any(|&(date, of)| date == mention.date && (of.is_none() || of == conjunct))
        {
            continue;
        }
        if main {
            main_dates.push((mention.date, conjunct));
        }
        // "the ministry announced that the exercise would be held in
        // 2023": a plan told only by its year is what was said, not a
        // happening of its own (with its day it is a scheduled one).
        if !focus.as_ref().is_some_and(|f| f.noun_phrase)
            && mention.date.precision() == Precision::Year
            && reported_plan(reading.text, mention.start)
        {
            continue;
        }
        // "In February it froze X, and in May it stopped Y": each clause
        // joined so with a date of its own is a happening of its own.
        let own_clause = conjuncts
            .iter()
            .find(|c| c.start <= mention.start && mention.end <= c.end)
            .filter(|_| main && (dated_conjuncts > 1 || undated_main.is_some()))
            .filter(|clause| undated_main.as_ref() != Some(*clause));
        let focus = focus.unwrap_or_else(|| match own_clause {
            Some(clause) => Focus {
                span: clause.clone(),
                title: clause.clone(),
                noun_phrase: false,
            },
            // The main clause stops where a clause placed by an offset from
            // it begins (", six days after ..."); one that opens the
            // sentence before its verb ("On 14 May, two days after ...,
            // Armenia asked") is part of its lead, which the title drops.
            None => {
                let verb_start = reading.shape.main_verb.as_ref().map(|v| v.start);
                let main_end = offsets
                    .iter()
                    .find(|o| {
                        !o.anniversary
                            && o.phrase.start >= mention.end
                            && verb_start.is_none_or(|verb| o.phrase.start > verb)
                    })
                    .map_or(whole.end, |o| o.phrase.start);
                Focus {
                    span: whole.start..main_end,
                    title: whole.start..main_end,
                    noun_phrase: false,
                }
            }
        });
        // What follows the colon is the happening; before it, the
        // writer's way in ("the alliance got a new face").
        let mut focus = focus;
        // "Nov. 23, 2023 - Pashinyan skips the summit, a day after his
        // minister stayed away": however the clause was found, it ends where
        // a clause placed by an offset from its date begins.
        let verb_start = reading
            .shape
            .main_verb
            .as_ref()
            .map_or(mention.end, |verb| verb.start);
        if !focus.noun_phrase
            && focus.span.contains(&verb_start)
            && let Some(offset) = offsets.iter().find(|o| {
                // The verb read as the main one may be the offset clause's
                // own, when the main clause's is in the present ("skips"):
                // the clause then runs to the end of the sentence.
                let verb_in_closing_clause = o.clause.contains(&verb_start)
                    && reading.text[o.clause.end..].trim().len() <= 1;
                !o.anniversary
                    && (o.phrase.start > verb_start || verb_in_closing_clause)
                    && o.phrase.start >= mention.end
                    && o.phrase.start < focus.span.end
            })
        {
            focus.span.end = offset.phrase.start;
            focus.title.end = focus.title.end.min(offset.phrase.start);
        }
        if main
            && elaborated
            && let Some(colon) = reading.text[mention.end..]
                .find(": ")
                .map(|at| mention.end + at)
            && colon + 2 < focus.title.end
        {
            focus.title.start = colon + 2;
        }
        let mut found = candidate(
            reading,
            &focus,
            mention.date,
            mention.approximate,
            &mentions,
            Some(mention),
        );
        // "Speaking after the summit, Putin said ... The Russian leader held
        // a separate meeting on the same day": the day of a story placed by
        // a happening it named is that happening's day, which is found
        // once the article is read (see `anchors`).
        if mention.kind == MentionKind::FromContext(ContextShift::SameDay)
            && let Some(story) = story.filter(|s| s.approximate && s.date == mention.date)
            && let Some(reference) = &story.anchor
        {
            found.anchor = Some(AnchorReference {
                published: document.published,
                ..reference.clone()
            });
        }
        // "The bloc, he said, had sent only a mission": what was said
        // goes on past the tag inside it, and keeps the subject before it.
        if let Some(subject) = subject_before_inner_tag(reading, &focus.title) {
            found.title = with_subject(subject, &found.title);
        }
        // "who has led the secretariat since January 2023" is dated by its
        // start: "... takes charge of the secretariat".
        if after_since(reading, mention)
            && let Some(taken) = crate::extract::title::post_taken(&found.title)
        {
            found.title = taken;
        }
        // "... and hosted its summit in Yerevan that November": a clause of
        // the main clause's subject is titled with that subject.
        // "...; he takes office on January 1": "he" is the person named
        // last before the clause.
        if let Some(clause) = own_clause
            && let Some(person) = person_before_pronoun(reading, clause)
        {
            found.actors.retain(|a| a != &person);
            found.actors.insert(0, person.clone());
            found.subject = Some(person);
        }
        if let Some(clause) = own_clause
            && let Some(subject) = shared_subject(reading, clause)
        {
            found.title = with_subject(subject, &found.title);
            // ... and who it names acts in the clause too.
            let at = subject.as_ptr() as usize - reading.text.as_ptr() as usize;
            let named = reading
                .actors
                .iter()
                .find(|m| at <= m.range.start && m.range.end <= at + subject.len());
            if let Some(named) = named {
                found.actors.retain(|a| a != &named.actor);
                found.actors.insert(0, named.actor.clone());
                // The clause opens with its verb: what it names after
                // the verb ("refused to host the bloc's drills") is no
                // subject.
                found.subject = Some(named.actor.clone());
            }
        }
        // "..., and on Sunday called Azerbaijan's attacks illegal": a
        // clause that opens with its verb, no subject of its own found
        // for it above, is titled by who acts in it.
        if let Some(titled) = verb_first_titled(&found.title, found.subject.as_deref(), reading) {
            found.title = titled;
        }
        // "The treaty had not worked for Armenia in 2021, he said": what a
        // reported clause says did not happen is no happening either.
        if !main && !focus.noun_phrase && negated_before(reading.text, &focus.title, mention.start)
        {
            continue;
        }
        // A sentence that says its happening did not happen names nothing
        // that did in its main clause ("did not respond to Wednesday's
        // comments"); a relative clause in it may ("who informed ... last week").
        // "has not taken part since the statement of 22.02.2024": what
        // the time is counted from did happen.
        let counted_from = focus.noun_phrase
            && reading
                .words_of(&reading.text[..focus.span.start])
                .last()
                .is_some_and(|w| matches!(w.as_str(), "since" | "after" | "following"));
        if (did_not_happen(reading)
            || (according_to(reading).is_some() && negated_verb(reading, false)))
            && (main || focus.noun_phrase || says_nothing(reading))
            && !counted_from
        {
            continue;
        }
        if main && copular_evaluation(reading) {
            continue;
        }
        // "He said the treaty had not worked for Armenia, especially in
        // 2021": what was said did not happen; the saying is the news.
        // "He said the treaty did not work when Azerbaijani troops crossed
        // ... in May 2021": a clause of time with a subject of its own
        // tells what did happen, whatever the clause it is set in denies.
        let own_time_clause = focus.title.start > focus.span.start && {
            let mut words = reading.text[focus.title.clone()].split_whitespace();
            let opens = words.next().is_some_and(|w| {
                matches!(w.to_lowercase().as_str(), "when" | "after" | "as" | "while")
            });
            // A subject of its own: a name, or a noun its determiner opens
            // ("when asked" has none).
            let subject = words.next().is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(w, "the" | "a" | "an" | "its" | "his" | "her" | "their")
            });
            opens && subject
        };
        let denied = if own_time_clause {
            &focus.title
        } else {
            &focus.span
        };
        if !main && !focus.noun_phrase && reading.shape.reporting && negated_clause(reading, denied)
        {
            continue;
        }
        if !main && !focus.noun_phrase && clause_of_no_one(reading, &focus.span) {
            continue;
        }
        if main {
            // A conjunct of its own reports speech only if its verb is the
            // sentence's reporting verb.
            found.speech = found.speech
                || (reading.shape.reporting
                    && own_clause.is_none_or(|clause| {
                        reading
                            .shape
                            .main_verb
                            .as_ref()
                            .is_some_and(|verb| clause.contains(&verb.start))
                    }));
            take_the_story_subject(&mut found, reading, story, person);
            // "Russia's envoy had said on Monday ...": the pluperfect looks
            // back from the story's time without moving it there; what
            // follows ("earlier in the day") is still of the story's day.
            // "In February he told France 24 ..., and in mid-June he told
            // parliament ...": the story has come to the last of its times.
            if told.is_none() || own_clause.is_some() {
                // "On 15 May, on the eve of the session, the representatives
                // agreed the drafts": a step back from the story's
                // happening, which the story then goes on with.
                // "In March they announced that they had agreed ..." is no
                // step back: the past perfect is what was announced.
                told = Some(Narrative {
                    flashback: (pluperfect(reading) && !reported_after(reading, mention))
                        || on_the_eve(reading.text)
                        || looks_back_earlier(reading.text)
                        // "Armenia's participation has been frozen since
                        // February": a state lasting to now, begun then;
                        // the story stays where it was ("Tokayev handed
                        // the chairmanship to Kyrgyzstan" is the summit's).
                        || (present_perfect(reading) && after_since(reading, mention)),
                    ..Narrative::told_by(&found)
                });
            }
        } else if !focus.noun_phrase && found.subject.is_none() {
            // "The RA Prime Minister reminded that on 12 June he declared
            // ...": the role that says it is the person the clause's "he" is.
            take_the_story_subject(&mut found, reading, story, person);
        }
        // "I was asleep on the third floor when the shelling began on 13
        // September": the writer's own state frames the happening its clause
        // tells, which is where the story has come to ("By the evening of
        // the next day a ceasefire had been agreed").
        let framed = framed || (!focus.noun_phrase && the_writers_own_state(reading.text));
        // "It was his bluntest remark since February, when he told ...":
        // the time a comparison runs from is a look back; the story stays
        // with the remark ("The Kremlin's answer came the next day").
        if !main && framed && told.is_none() {
            told = Some(Narrative {
                flashback: after_since(reading, mention),
                ..Narrative::told_by(&found)
            });
        }
        // Only a date that gave the main clause its happening dates the
        // sentence: "According to him, the CSTO did not fulfil its
        // obligations in 2021" still tells what he said, on the day of the
        // report, as "he informed that Armenia will pay nothing in 2025" does.
        // "The Council approved X; he takes office on January 1": the
        // undated main clause is still to be told, from its context.
        // "What Armenia got was a mission, which arrived two days later":
        // the time of what arrived is the main clause's.
        let dates_what_arrived = arrived
            .as_ref()
            .is_some_and(|what| mention.start >= what.end);
        main_dated |= (main && (own_clause.is_none() || undated_main.is_none()))
            || framed
            || dates_what_arrived;
        out.push(found);
    }
    // "In May 2021 Yerevan asked the organisation for consultations after
    // Azerbaijani troops crossed into Syunik": what the "after" clause
    // tells is a happening of its own, in the period the sentence gives.
    if let Some(before) = happened_before_it(reading, &out, &mentions) {
        out.push(before);
    }
    if let Some(named) = counted_back_to_a_named_happening(reading, &mentions) {
        out.push(named);
    }
    if mentions.is_empty() {
        out.extend(quoted_schedule(reading, document, &dates));
    }
    let according = according_to(reading);
    // "Vladimir Putin is now taking questions": the present of a live
    // entry or a lead tells what is happening as it is written.
    // So does a lead told in the headline present, a live entry's "The
    // other documents were signed by the leaders, the Kremlin press
    // service says": a verb of news, in the present. (Other verbs in the
    // simple present, "Pashinyan skips the summit", the sentence's shape
    // still reads as generic.)
    let happening_now = place.lead
        && reading.shape.main_verb.as_ref().is_some_and(|verb| {
            let group: Vec<Word> = reading.words_of(&reading.text[verb.clone()]).collect();
            let progressive = group.first().is_some_and(|w| w == "is" || w == "are")
                && group
                    .last()
                    .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
                && group.iter().any(|w| w == "now");
            let headline_present = matches!(group.as_slice(), [verb] if crate::extract::title::tense::is_headline_present(verb));
            progressive || headline_present
        });
    // "Heavy shelling along the eastern border, residents say", "Appeals
    // also go to Russia": a post of a feed tells its news in the present,
    // or with no verb at all, naming the kind of happening first.
    let feed_head = place
        .posted
        .then(|| feed_news(reading))
        .flatten()
        .or_else(|| place.listed.then(|| listed_news(reading)).flatten());
    // "TUESDAY 1 DECEMBER ¶ Armenia hands the district back to
    // Azerbaijan": under a day still to come, a listing's present tells
    // what is planned for it.
    // (A deed's present, not a state's, a rule's or what will be: "The
    // corridor stays under Russian peacekeepers", "Links will be removed".)
    let listed_verb = |w: &str| {
        !matches!(w, "stays" | "remains" | "is" | "are")
            && (crate::extract::clauses::is_scheduled_present(w)
                || crate::extract::title::tense::is_headline_present(w))
    };
    // So under a day gone by ("Thu 26 Oct · Tbilisi ¶ At the forum,
    // Pashinyan presents his plan"): a deed told in the headline present is
    // that day's news, whatever kind of happening it is.
    // (Not an almanac's "2002 · The treaty becomes an organisation" under
    // the coming week's "10 NOVEMBER": its year puts it in the past.)
    // (The cheap asks first: most sentences are under no day's heading.)
    let listed_deed = place.posted
        && !reading.shape.past_happening
        && entry_year(reading.text).is_none()
        // ("Moscow still calls it an intrusion": a stance held, no deed.)
        && !reading
            .main_clause_words()
            .any(|w| crate::extract::clauses::is_auxiliary(&w) || w == "still")
        // (After its subject: "Keep to the topic" bids, it lists nothing.)
        && {
            let words: Vec<Word> = reading
                .main_clause_words()
                .take(LISTED_VERB_REACH)
                .collect();
            // "Papikyan and Lecornu sign a contract", "The leaders adopt a
            // statement": the verb of a plural subject, right after it (not
            // a verb after "won't", nor a bidding "take it").
            let plural_verb = |at: usize| {
                let before = words[at - 1].as_str();
                let plural_before = (before.len() > 3
                    && before.ends_with('s')
                    && !matches!(before, "this" | "does" | "was" | "has"))
                    || words[at.saturating_sub(3)..at - 1].iter().any(|w| w == "and");
                plural_before && listed_verb(&format!("{}s", words[at]))
            };
            (1..words.len()).any(|at| listed_verb(&words[at]) || plural_verb(at))
        };
    let feed_news = feed_head.is_some() || listed_deed;
    let reports_happening = (reading.shape.past_happening
        || according.is_some()
        || happening_now
        || feed_news)
        && (!reading.shape.generic || feed_news)
        && !negated_main(reading, !out.is_empty())
        && !elliptical(reading)
        && !copular_evaluation(reading)
        && !verdict_on_a_thing(reading)
        && !trend(reading)
        && !perfect_state(reading)
        && !counts_times_done(reading)
        && !held_a_post(reading)
        && !describes_a_work(reading)
        && !chair_held_in_the_main_clause(reading.text, &dates)
        && !constituted_on_a_basis(reading)
        && !mentions.iter().any(|m| post_held_since(reading, m))
        && !opinion_of_a_camp(reading)
        && (place.lead || !stance_in_the_present(reading))
        && !at_an_unsaid_earlier_time(reading)
        // "The Kremlin noticed.": a remark of the writer's, too short to
        // say what happened.
        && reading.words_of(reading.text).count() >= MIN_UNDATED_WORDS
        // "had skipped the meeting the day before the summit": a count
        // from a happening named places the look back.
        // (Asked first whether it is a past perfect at all: most sentences
        // are not, and are spared the searches for a point of the story.)
        && (!pluperfect(reading)
            || within_the_day(reading.text)
            || clauses::done_by_a_point_of_the_story(reading.text)
            || clauses::closes_with_a_point_of_the_story(reading.text)
            || counted_reference.is_some())
        // In the lead, the perfect tells the news ("Armenia has recalled its
        // envoy"); once the story is under way, it looks back at some time
        // it does not give, unless it goes on with the story ("Russia has
        // also called on Azerbaijan to ...").
        // "According to him, the Armenian side has already informed the
        // CSTO": the perfect is his, and the statement is of the story's day.
        // ("Yerevan has since refused to host the bloc's exercises" tells
        // what has held since, lead or not.)
        && ((place.lead && !has_since(reading))
            || !present_perfect(reading)
            || according.is_some()
            || (story.is_some() && continues_story(reading)))
        && !reading.shape.displaced_lead
        && !background
        && (!reading.actors.is_empty()
            || (pronoun_subject(reading) && story.is_some_and(|s| s.subject.is_some()))
            // "The leaders signed about twenty documents": those the story
            // is about, by the name of their group.
            || ((story.is_some() || place.lead) && group_subject(reading))
            // "The two countries also initialled ...": the story goes on.
            || (story.is_some() && continues_story(reading))
            || (according.is_some() && person.is_some())
            // "The Prime Minister stressed that ...": the role names the
            // person who speaks, as it names who acts ("The acting Prime
            // Minister instructed the ministers to ...").
            || (place.speaker_by_role && person.is_some())
            // "The session has begun behind closed doors": a live entry's
            // news, whoever is named.
            || (place.lead && occasion_or_crowd_subject(reading))
            || feed_news);
    // "Two months after the 13 September 2022 attack, Pashinyan refused
    // ...": the main clause is dated by the count.
    // The day the main clause is placed at, which a count after it may
    // count from.
    let mut sentence_day: Option<(EventDate, bool)> = None;
    let placing_only = placed_by_an_offset(reading, &offsets);
    if let Some(counted) = counted_from_a_dated_happening(reading, &mentions)
        .or_else(|| counted_from_its_clause(reading, &mentions, &offsets))
    {
        sentence_day = Some((counted.date, counted.approximate));
        out.push(counted);
        main_dated = true;
    } else if let Some(placed) = placed_after_a_dated_happening(reading, &mentions) {
        // The story comes to the happening followed (the sentence's one
        // date), which "two days later" in the next sentence counts from.
        let followed = mentions.first().map_or(placed.date, |m| m.date);
        told = told.or(Some(Narrative {
            date: followed,
            approximate: false,
            subject: placed.subject.clone(),
            last_day: Some(followed),
            flashback: false,
            anchor: None,
        }));
        sentence_day = Some((placed.date, placed.approximate));
        out.push(placed);
        main_dated = true;
    }
    // "The May 12, 2021 incursion ... was the first test": the sentence is
    // about a happening it names and dates; what it says of it is comment,
    // not a deed of the day of publication, and the story goes on from the
    // happening named ("Armenia invoked Article 2 days later").
    let named_day = out
        .iter()
        .rfind(|c| c.names_happening && !c.approximate && c.date.day_value().is_some());
    if !main_dated && !reading.shape.reporting && named_before_verb && named_day.is_some() {
        let named = named_day.map(|c| Narrative {
            date: c.date,
            approximate: false,
            subject: c.subject.clone(),
            last_day: None,
            flashback: false,
            anchor: None,
        });
        return (out, named);
    }
    // "Two years after Pashinyan said ..., the freeze has hardened": the
    // verb found is the offset clause's, which is dated below; the sentence
    // has no undated happening of its own to give the publication date.
    let verb_in_offset = reading.shape.main_verb.as_ref().is_some_and(|verb| {
        offsets
            .iter()
            .any(|o| o.clause.contains(&verb.start) || o.phrase.contains(&verb.start))
    });
    // "The CSTO declined to intervene when Azerbaijan attacked Armenia in
    // September 2022": the sentence tells of one time, which its "when"
    // clause dates and already gives an event; the main clause is not news
    // of the day of publication.
    let at_a_dated_time = mentions.iter().any(|m| {
        reading.shape.subordinate.iter().any(|span| {
            span.start <= m.start
                && m.end <= span.end
                && reading
                    .words_of(&reading.text[span.clone()])
                    .next()
                    .as_deref()
                    == Some("when")
        })
    });
    // A state through a period ("has boycotted ... for most of this year")
    // is no news of the day either.
    let lasted = mentions.iter().any(|m| lasted_through(reading, m));
    // "CSTO leaders meet in Minsk on Thursday. Pashinyan will not be
    // there.": an absence announced from a gathering still to come is a
    // deliberate act of that gathering's day.
    if !main_dated
        && out.is_empty()
        && let Some(day) = place.ahead
        && announced_absence(reading)
    {
        let whole_focus = Focus {
            span: whole.clone(),
            title: whole.clone(),
            noun_phrase: false,
        };
        out.push(candidate(
            reading,
            &whole_focus,
            day,
            false,
            &mentions,
            None,
        ));
        return (out, told);
    }
    if !main_dated
        && reports_happening
        && !verb_in_offset
        && !lasted
        && (reading.shape.reporting || !at_a_dated_time)
        && !framing_subject(reading)
        && let Some(published) = document.published
    {
        let main_clause = undated_main.clone().unwrap_or(whole.clone());
        // A post's news told with no verb is titled by itself: the speech
        // tag after it would put its teller first ("The Defence Ministry
        // says New shelling ...").
        let verbless_news = feed_head.clone().filter(|head| !reading.main_verb_in(head));
        let focus = Focus {
            span: main_clause.clone(),
            title: verbless_news.unwrap_or(main_clause),
            noun_phrase: false,
        };
        // A past deed told right after a dated one, in the same paragraph of
        // history ("In September 2022, Azerbaijani forces attacked ...
        // Yerevan appealed to the CSTO ..."), belongs to that time, not to
        // the day of publication. Statements still date from the report.
        // The story's own actor speaking or acting again goes on with it too.
        let same_actor = |story: &&Narrative| {
            story.subject.is_some() && story.subject == reading.subject_in(&whole)
        };
        // A sentence that names the happening it belongs to ("during the
        // summit") is placed by that happening instead (see `anchors`).
        // "... when the two men met in Kazan in October, on the sidelines of
        // the BRICS summit": a reference inside a clause its own date
        // places is that clause's, not the main clause's.
        let anchor = reference_at(narration(reading))
            .filter(|(at, _)| {
                !reading.shape.subordinate.iter().any(|span| {
                    span.contains(at)
                        && mentions
                            .iter()
                            .any(|m| span.start <= m.start && m.end <= span.end)
                })
            })
            .map(|(_, reference)| reference);
        // A statement reported without a date in a story of the last days
        // was made on the story's day ("She spoke to us last Thursday. ...
        // Melikyan said"); one in a story of long ago is dated by the report.
        // Someone else speaking of the story ("On Tuesday, parliament voted
        // ... Asked about the vote, Mirzoyan said") speaks on the day of the
        // report, not on the story's day.
        let is_recent = |story: &Narrative| {
            (0..=RECENT_DAYS).contains(&(published - story.date.last_day()).num_days())
                && !story.approximate
        };
        // A deed of no one named, before the day of the article's news ("The
        // decision ... was adopted on January 6"), is background: a
        // statement after it ("In his opening speech, the Prime Minister
        // stressed ...") is of the news, not of the background's day.
        let before_the_news = |story: &Narrative| {
            place
                .news_day
                .is_some_and(|day| story.date.last_day() < day.first_day())
        };
        let recent = |story: &&Narrative| {
            let age = (published - story.date.last_day()).num_days();
            let speaker = reading.subject_in(&whole);
            // "The Russian diplomat stressed": a role stands for the person;
            // a name the gazetteer does not know ("Marina Kosova argued")
            // stands for someone else.
            let speaking = speaker.clone().or_else(|| {
                person
                    .filter(|_| !unknown_name_speaks(reading))
                    .map(str::to_string)
            });
            reading.shape.reporting
                && !story.approximate
                && (0..=RECENT_DAYS).contains(&age)
                && (story.subject.is_none() || speaker.is_none() || story.subject == speaker)
                && (!before_the_news(story) || story.subject == speaking)
        };
        // A short report of one meeting: "Lukashenko received ... on 2
        // September. ... Tasmagambetov informed the President about ...":
        // a deed done with the story's person, by name or by role, in a story
        // of the last days, is of the story's day.
        let with_story_person = |story: &&Narrative| {
            let age = (published - story.date.last_day()).num_days();
            let lower = reading.lower_of(reading.text);
            !story.approximate
                && (0..=RECENT_DAYS).contains(&age)
                && story.subject.as_ref().is_some_and(|subject| {
                    reading.actors.iter().any(|m| &m.actor == subject)
                        || (person == Some(subject.as_str())
                            && ROLE_SUBJECTS.iter().any(|role| lower.contains(role)))
                })
        };
        // "had skipped the meeting the day before the summit": a count
        // from the happening named places the sentence, whatever day the
        // paragraph is of.
        let counted_from_anchor = anchor.as_ref().is_some_and(|a| {
            matches!(
                a.relation,
                crate::extract::anchors::Relation::Offset(_)
                    | crate::extract::anchors::Relation::Months(_)
            )
        });
        // "..., said Tigran Vardazaryan, a political scientist in Yerevan":
        // someone asked to comment on the news speaks on the day of the
        // report, not on the day the story told of.
        let commentator = reading.shape.reporting && comments_on_the_news(reading);
        let continued = story
            .filter(|_| anchor.is_none() && !commentator)
            // "The mission is due to end in December. The CSTO has also
            // offered to send observers": what has happened is not of a
            // time still to come.
            .filter(|story| !(reading.shape.past_happening && story.date.first_day() > published))
            // "The post has been vacant since November last year, when
            // Armenia recalled Khachaturov. In addition, the heads of state
            // signed ...": the leaders are those of the news, not of the
            // background just told, in a month or a year. (A background
            // day goes on: "The summit took place without us on 28
            // November. The leaders adopted their documents ...".)
            .filter(|story| {
                !(group_subject(reading)
                    && story.date.day_value().is_none()
                    && before_the_news(story))
            })
            .filter(|story| {
                continues_story(reading)
                    // (Not after what is still to come: "Kazakhstan takes
                    // over on 1 January. ... Putin told reporters afterwards".)
                    || (told_afterwards(reading) && story.date.last_day() <= published)
                    || (group_subject(reading) && is_recent(story))
                    || same_actor(story)
                    || recent(story)
                    || with_story_person(story)
                    // "On 2 December the leaders met by video link.
                    // Pashinyan took part from Yerevan.": who took part
                    // did so on the gathering's day.
                    || (took_part(reading) && story.date.day_value().is_some())
            });
        let recent_day = story
            .filter(|story| is_recent(story))
            .map(|story| story.last_day.unwrap_or(story.date))
            .into_iter()
            .chain(place.news_day)
            .max_by_key(|day| day.last_day())
            .filter(|day| {
                place.report_day.is_none()
                    && !commentator
                    && !told_in_the_present(reading)
                    // "Later in the week, ...": after the story's day, by the
                    // report's.
                    && !later_than_the_story(reading)
                    && day.day_value().is_some()
                    && (0..=RECENT_DAYS).contains(&(published - day.last_day()).num_days())
            });
        // "The Russian leader held a meeting on the same day. The leaders
        // approved ...": the leaders of a story placed by a happening it
        // named (the summit) act at that happening.
        let group_at_the_anchor = story
            .filter(|s| s.approximate && s.anchor.is_some() && group_subject(reading))
            .and_then(|s| s.anchor.clone());
        let (date, approximate) = match (continued, place.history.or(setting)) {
            // "According to him, ...": of the day the speaker last spoke,
            // which the sentence does not name, so roughly.
            _ if according_to_the_speaker(reading.text)
                && let Some((day, _)) = place.also_said =>
            {
                (day, true)
            }
            _ if reading.shape.reporting && place.also_said.is_some() => place
                .also_said
                .unwrap_or((EventDate::from_naive(published), true)),
            // "Bordyuzha said afterwards that ...": soon after the story's
            // happening, on a day the sentence does not give.
            (Some(story), _) => (story.date, story.approximate || told_afterwards(reading)),
            // "Kazakhstan takes over on 1 January. ... Putin told reporters
            // afterwards": after the news the article told, not after what
            // is still to come.
            _ if told_afterwards(reading)
                && let Some(day) = place.past_story_day =>
            {
                (day, true)
            }
            // "The leaders adopted a package of documents" after a paragraph
            // of history: the leaders of the article's news, on its day.
            // "During the meeting the sides discussed ...": the meeting
            // named dates them (see `anchors`).
            (None, _)
                if (group_subject(reading) || reading.shape.participation)
                    && according.is_none()
                    && anchor.as_ref().is_none_or(|a| {
                        a.relation != crate::extract::anchors::Relation::During
                    })
                    && !counted_from_anchor
                    && place.report_day.or(place.news_day).is_some() =>
            {
                (
                    place
                        .report_day
                        .or(place.news_day)
                        .unwrap_or(EventDate::from_naive(published)),
                    group_at_the_anchor.is_some(),
                )
            }
            // "By November, ... The leaders met the next day without him.
            // Lukashenko, the host, said ...": in a chronicle a statement
            // too is of the time its paragraph has come to.
            // "According to him, ..." reports speech as a reporting verb does.
            (None, Some(setting))
                if (!reading.shape.reporting && according.is_none()) || place.chronicle =>
            {
                let day = place
                    .setting_day
                    .filter(|day| setting.contains(day) && same_scene(reading));
                // "Before noon the government asked ...": an hour of the
                // scene's day is that day, not roughly.
                let hour_of_the_day = day.is_some() && within_the_day(reading.text);
                // "14 MAY ¶ 2021 ¶ Armenia formally asked ...": an
                // almanac's entry is of its day exactly.
                // ("Mirzoyan had skipped the meeting the day before the
                // summit" is placed by the summit.)
                let entry_of_the_day =
                    place.almanac_entry && place.report_day == Some(setting) && anchor.is_none();
                (
                    day.unwrap_or(setting),
                    !hour_of_the_day && !entry_of_the_day,
                )
            }
            // A report of a day just past ("The committee spent three hours
            // on Thursday on ...; Khandanyan said ..."): what it tells
            // without a date was said and done on that day, not on the day
            // the report came out.
            // The later of the lead's day and the story's: "A day after
            // the broadcast, Peskov said ... The Foreign Ministry said ...".
            _ if let Some(day) = recent_day => (day, true),
            _ => match place.report_day {
                Some(day) => (day, !place.posted || counted_from_anchor),
                None => (EventDate::from_naive(published), true),
            },
        };
        sentence_day = Some((date, approximate));
        let mut statement = candidate(reading, &focus, date, approximate, &mentions, None);
        // "Armenia did not participate in the session held on 28.11.2024,
        // and it will not participate in the future events": the "it" of
        // the clause still to come is the subject of the one before it.
        if let Some(rest) = statement.title.strip_prefix("It ")
            && undated_main.is_some()
            && let Some(subject) = reading.subject_in(&whole)
            && let Some(named) = reading.actors.iter().find(|m| m.actor == subject)
        {
            statement.title = format!("{} {rest}", &reading.text[named.range.clone()]);
        }
        statement.speech = reading.shape.reporting || according.is_some();
        // An answer that dates what it tells ("The 102nd base is in Armenia
        // under a treaty signed in 1995 and extended in 2010") has given
        // those happenings; the answer itself is no more news of the day it
        // was given.
        if place.answer && !statement.speech && !out.is_empty() {
            let told = told.or_else(|| out.first().map(Narrative::told_by));
            return (out, told);
        }
        take_the_story_subject(&mut statement, reading, story, person);
        // The source "according to" names is the speaker: a name, or a role
        // ("the President") standing for the person the story follows.
        if let Some(lead) = &according {
            let named = reading.actors_in(lead).first().cloned();
            // "In the diplomat's opinion": a role names the person only
            // where "according to" makes the source the story's person.
            // "In his opinion" stands for the person as "according to him" does.
            let opening = reading.lower_of(reading.text.trim_start());
            let by_role = opening.starts_with("according to ")
                || ["in his ", "in her "]
                    .iter()
                    .any(|p| opening.starts_with(p));
            if let Some(speaker) = named.or_else(|| person.filter(|_| by_role).map(str::to_string))
            {
                statement.actors.retain(|a| a != &speaker);
                statement.actors.insert(0, speaker.clone());
                statement.subject = Some(speaker);
            }
        }
        // A sentence going on with a story placed by a happening it named,
        // and dated as that story was, is placed by that happening too,
        // unless it names someone else acting ("As the minister told
        // journalists after that meeting, ... Lukashenko also held talks").
        let inherited = continued
            .filter(|story| {
                approximate
                    && story.approximate
                    && story.date == date
                    && (story.subject.is_none()
                        || statement.subject.is_none()
                        || story.subject == statement.subject)
            })
            .and_then(|story| story.anchor.clone())
            .or(group_at_the_anchor.filter(|_| approximate));
        statement.anchor = anchor.or(inherited).map(|reference| AnchorReference {
            published: Some(published),
            ..reference
        });
        // "X happened on Friday, the ministry's press service said": a tag
        // naming no one only attributes the dated happening; it is not a
        // statement of its own.
        // "..., Kazakh officials said": unnamed officials or sources only
        // attribute too.
        // "..., the Kazakh presidency said", "..., the ministry's press
        // service said": an office, not a person, only attributes as well.
        let unnamed_speakers = reading.shape.tag_start.is_some_and(|tag| {
            let words: Vec<Word> = reading.words_of(&reading.text[tag..]).take(5).collect();
            words.iter().take(4).any(|w| {
                matches!(
                    w.as_str(),
                    "officials" | "sources" | "diplomats" | "analysts" | "observers" | "presidency"
                )
            }) || words
                .windows(2)
                .any(|pair| pair[0] == "press" && matches!(pair[1].as_str(), "service" | "office"))
                // "..., his office said": the office of the one the
                // sentence names, attributing his deed.
                || words.windows(2).take(1).any(|pair| {
                    matches!(pair[0].as_str(), "his" | "her" | "its" | "their")
                        && matches!(
                            pair[1].as_str(),
                            "office"
                                | "spokesman"
                                | "spokeswoman"
                                | "spokesperson"
                                | "aides"
                                | "administration"
                                | "staff"
                                | "press"
                        )
                })
                // "..., his lawyer told Orbis by phone": a role no name
                // goes with only attributes too.
                || (reading.actors_in(&(tag..reading.text.len())).is_empty()
                    && words.iter().take(3).any(|w| {
                        matches!(
                            w.as_str(),
                            "lawyer" | "lawyers" | "aide" | "aides" | "spokesman" | "spokeswoman"
                                | "spokesperson" | "relatives" | "witnesses" | "residents"
                        )
                    }))
                // "..., the Armenian Defense Ministry said": a body that
                // names no person only attributes as well (a tag of its
                // own, not "..., saying that Armenia would ...").
                || {
                    let opens_with_speaker = reading.text[tag..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w == "the" || w.starts_with(char::is_uppercase));
                    let mut named = reading.actors.iter().filter(|m| m.range.start >= tag).peekable();
                    opens_with_speaker
                        && named.peek().is_some()
                        && named.all(|m| !reading.people.contains(&m.range))
                }
        });
        // "Russia's Defence Ministry says Defence Minister Sergei Shoigu
        // spoke by phone ... this evening": a body that names no person,
        // saying what was done on a day it gives, only attributes too.
        // (Not a body's own statement about a dated remark: "The Ministry
        // expresses its disappointment at the remarks made ... on 13
        // March"; nor another's words inside it: "The bloc, he said, had
        // sent ...".) The body acts in the deed it attributes.
        let attributing_body = reading
            .shape
            .main_verb
            .as_ref()
            .filter(|verb| {
                reading.shape.reporting
                    && reading.shape.tag_start.is_none()
                    && matches!(
                        &*reading.lower_of(&reading.text[(*verb).clone()]),
                        "says" | "said" | "reports" | "reported" | "announces" | "announced"
                    )
            })
            .and_then(|verb| {
                let subject = reading.shape.lead_end.min(verb.start)..verb.start;
                let words: Vec<Word> = reading.words_of(&reading.text[subject.clone()]).collect();
                let pronoun = words
                    .iter()
                    .any(|w| matches!(w.as_str(), "he" | "she" | "they" | "it" | "we" | "i"));
                // A ministry, a secretariat, a press service: not a paper
                // ("The Yerevan daily Kentron Times says ..."), whose
                // reading of the news is its own.
                let body = words.iter().any(|w| BODY_NOUNS.contains(&w.as_str()));
                let mut named = reading
                    .actors
                    .iter()
                    .filter(|m| subject.start <= m.range.start && m.range.end <= subject.end)
                    .peekable();
                let first = named.peek().map(|m| m.actor.clone())?;
                (!pronoun && body && named.all(|m| !reading.people.contains(&m.range)))
                    .then_some(first)
            });
        let body_attributes = attributing_body.is_some();
        if let Some(body) = attributing_body.filter(|_| !out.is_empty()) {
            for deed in out.iter_mut().filter(|c| !c.speech) {
                if !deed.actors.contains(&body) {
                    deed.actors.push(body.clone());
                }
            }
        }
        if statement.speech
            && (statement.subject.is_none() || unnamed_speakers || body_attributes)
            && (reading.shape.tag_start.is_some() || body_attributes)
            && !out.is_empty()
        {
            // The story goes on from the deed the tag attributes.
            let told = told.or_else(|| out.first().map(Narrative::told_by));
            return (out, told);
        }
        // "The interlocutors exchanged views ...": the two of a talk go on
        // with the story and hold its person, whom the next sentence may
        // name again. (The leaders of a summit are more than its host.)
        let mut goes_on = Narrative::told_by(&statement);
        let the_two = ["the interlocutors ", "the sides ", "the parties "];
        if let Some(story) = continued
            && goes_on.subject.is_none()
            && the_two
                .iter()
                .any(|two| main_clause_lowercase(reading).starts_with(two))
        {
            goes_on.subject = story.subject.clone();
        }
        told = Some(goes_on);
        if !placing_only {
            out.push(statement);
        }
    }
    // "..., six days after Armenia completed the recall": the clause after an
    // offset is a happening of its own, placed from the date before it, or
    // from the day the sentence is of ("The meeting took place a day after
    // a ceasefire took effect", after the meeting was dated).
    out.extend(offset_candidates(
        reading,
        document,
        &mentions,
        &offsets,
        // "That came a day after Pashinyan said ...": what "that" stands
        // for is the story's happening, on its day.
        sentence_day.or_else(|| {
            story
                .filter(|_| placing_only)
                .map(|story| (story.date, story.approximate))
        }),
    ));
    (out, told)
}

/// "Armenia asked the bloc for help after Azerbaijan's attack of 13
/// September 2022": the main clause, which has no date of its own, is
/// placed by the happening it followed, near it: in its month, roughly.
/// (It had been placed where the story stood, years later.) The happening
/// followed is a report of its own, on its day.
fn placed_after_a_dated_happening(
    reading: &Reading,
    mentions: &[DateMention],
) -> Option<Candidate> {
    static FOLLOWED: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"(?i)\s(?:after|following)\s+(?:the|\p{Lu}[\p{L}-]*['’]s)\s")
            .expect("followed happening pattern")
    });
    let [named] = mentions else {
        return None;
    };
    if named.future
        || !(holds_in_any_case(reading.text, "after")
            || holds_in_any_case(reading.text, "following"))
    {
        return None;
    }
    // What was said after it is told by its reported clause.
    if reading.shape.reporting {
        return None;
    }
    let verb = reading.shape.main_verb.as_ref()?;
    let follows = FOLLOWED.find(reading.text.get(verb.end..named.start)?)?;
    let phrase_start = verb.end + follows.end();
    // A noun phrase ("Azerbaijan's attack of"), not a clause of its own
    // ("after the leaders met on ..."), which its offsets place.
    if words_of(&reading.text[phrase_start..named.start])
        .any(|w| clauses::is_past_form(&w) || w == "was" || w == "were")
    {
        return None;
    }
    // "The alliance again stopped short of backing Armenia after
    // Azerbaijan's September 13 offensive": nothing done is placed.
    if !reading.shape.past_happening || reading.shape.generic || did_not_happen(reading) {
        return None;
    }
    // On a day of its own ("The survey found that few trusted Moscow
    // after the 2020 war" is no deed of that year), told right after the
    // main verb (not in a clause of its own after it).
    if named.date.day_value().is_none()
        || words_of(&reading.text[verb.end..verb.end + follows.start()])
            .any(|w| w == "that" || clauses::is_past_form(&w))
    {
        return None;
    }
    let clause = 0..verb.end + follows.start();
    let focus = Focus {
        span: clause.clone(),
        title: clause.clone(),
        noun_phrase: false,
    };
    // Near the day, not on it: its month, roughly, as a reference "after
    // the summit" to a happening told elsewhere is placed (see
    // `anchors::Relation::Near`).
    let day = named.date.first_day();
    let month = EventDate::month(day.year(), day.month())?;
    let mut found = candidate(reading, &focus, month, true, mentions, None);
    found.subject = reading.subject_in(&clause).or(found.subject);
    Some(found)
}

/// "Two months after the 13 September 2022 attack, Pashinyan refused to
/// sign ...", "The talks opened two days after the ceasefire of 20
/// September": a count from a happening its phrase dates places the main
/// clause that far from that date. (The happening named is a report of its
/// own, on its own date: see `counted_opening`.)
fn counted_from_a_dated_happening(
    reading: &Reading,
    mentions: &[DateMention],
) -> Option<Candidate> {
    let opening = counted_opening(reading.text).or_else(|| counted_closing(reading.text))?;
    let named = mentions
        .iter()
        .find(|m| opening.phrase.start <= m.start && m.end <= opening.phrase.end && !m.future)?;
    // Nothing else dates the main clause.
    if mentions.iter().any(|m| opening.main.contains(&m.start)) {
        return None;
    }
    let clause = opening.main.clone();
    if clause.is_empty() {
        return None;
    }
    // "Two months after" the happening: the main clause is that much later,
    // which is what counting back "before" it gives.
    let counted = Offset {
        phrase: opening.phrase.clone(),
        clause: clause.clone(),
        amount: opening.amount,
        unit: opening.unit,
        after: !opening.after,
        to_the_day: false,
        anniversary: false,
        vague: false,
    };
    let (date, approximate) = counted.back_from(named.date, named.approximate)?;
    let focus = Focus {
        span: clause.clone(),
        title: clause.clone(),
        noun_phrase: false,
    };
    let mut found = candidate(reading, &focus, date, approximate, mentions, None);
    found.subject = reading.subject_in(&clause).or(found.subject);
    Some(found)
}

/// "The exodus began five days after Azerbaijan launched its offensive on
/// Tuesday, September 19": the count's clause has a date of its own (a
/// happening of its own, see `subordinate_focus`), and the main clause
/// before the count is that far from it.
fn counted_from_its_clause(
    reading: &Reading,
    mentions: &[DateMention],
    offsets: &[Offset],
) -> Option<Candidate> {
    let verb = reading.shape.main_verb.as_ref()?;
    let offset = offsets.first().filter(|o| o.phrase.start >= verb.end)?;
    // "The survey was carried out days after parliament passed the law on
    // 26 March": a count not given leaves the main clause undated.
    if offset.vague || !dated_in_its_clause(offset, mentions) {
        return None;
    }
    // "The vote came two weeks after Sargsyan resigned on 23 April": a
    // happening already told, placed again by what it followed, is no new
    // one of the day the count comes to.
    if only_places_a_told_happening(reading, 0..offset.phrase.start) {
        return None;
    }
    let dated = mentions
        .iter()
        .find(|m| offset.clause.contains(&m.start) && !m.future)?;
    // Five days after the offensive: the main clause is five days later,
    // which is what counting back "before" it gives.
    let counted = Offset {
        after: !offset.after,
        ..offset.clone()
    };
    let (date, approximate) = counted.back_from(dated.date, dated.approximate)?;
    let main = 0..offset.phrase.start;
    let focus = Focus {
        span: main.clone(),
        title: main,
        noun_phrase: false,
    };
    Some(candidate(
        reading,
        &focus,
        date,
        approximate,
        mentions,
        None,
    ))
}

/// Whether the only dates of the sentence are in a count's clause ("The
/// exodus began five days after Azerbaijan launched its offensive on
/// Tuesday, September 19"): the clause is dated by them, and the main
/// clause before the count by counting. (A date there may run on past the
/// comma the clause was cut at.) Where the main clause has a date of its
/// own, the one in the count's clause may be a noun's ("three months after
/// investigators charged him over the events of March 2008").
fn dated_in_its_clause(offset: &Offset, mentions: &[DateMention]) -> bool {
    mentions.iter().any(|m| offset.clause.contains(&m.start))
        && mentions.iter().all(|m| m.start >= offset.phrase.end)
}

/// The subject of a sentence's main clause when it names a thing by a
/// short noun phrase of its own ("The Collective Security Treaty was
/// signed ...", "The CSTO mission headed by Stanislav Zas has landed"):
/// what "It" opening the next sentence stands for.
fn thing_named_as_subject(reading: &Reading) -> Option<String> {
    const MAX_WORDS: usize = 8;
    // "The treaty dates back to 1992": "dates" is read as a noun as often
    // as a verb, so the main verb may not have been found.
    let verb_start = match reading.shape.main_verb.as_ref() {
        Some(verb) => verb.start,
        None => [
            " dates back ",
            " dates to ",
            " goes back to ",
            " traces back ",
        ]
        .iter()
        // Most sentences hold none: a plain test of each comes first.
        .filter(|verb| reading.text.contains(*verb))
        .find_map(|verb| reading.text.find(verb))?,
    };
    let subject = reading.text.get(reading.shape.lead_end..verb_start)?.trim();
    let words = subject.split_whitespace().count();
    (subject.starts_with("The ")
        && (2..=MAX_WORDS).contains(&words)
        && !subject.contains([',', '"', '“', '(']))
    .then(|| subject.to_string())
}

/// Whether the sentence is told later than the story it goes on with
/// ("Later in the week, Peskov said ...", "Peskov said later that day").
/// An amount of time after the main verb ("The bloc, he said, had sent a
/// mission two days later") counts from a date the sentence tells of, not
/// from the story's day: the saying is not moved by it.
/// Whether the sentence tells what was done or said "afterwards", after
/// the happening the story has come to ("Secretary General Bordyuzha said
/// afterwards that ...").
fn told_afterwards(reading: &Reading) -> bool {
    reading
        .words_of(reading.text)
        .any(|w| w == "afterwards" || w == "afterward")
}

fn later_than_the_story(reading: &Reading) -> bool {
    const UNITS: [&str; 8] = [
        "day", "days", "week", "weeks", "month", "months", "year", "years",
    ];
    let verb_start = reading.shape.main_verb.as_ref().map_or(0, |v| v.start);
    let mut previous = "";
    for part in reading.text.split(|c: char| !c.is_alphanumeric()) {
        let start = part.as_ptr() as usize - reading.text.as_ptr() as usize;
        if part.is_empty() {
            continue;
        }
        let counted = UNITS.iter().any(|unit| previous.eq_ignore_ascii_case(unit));
        if part.eq_ignore_ascii_case("later") && !(counted && start > verb_start) {
            return true;
        }
        previous = part;
    }
    false
}

/// The happenings of the clauses placed by an offset from a date before
/// them ("..., a week after Galuzin said ...").
fn offset_candidates(
    reading: &Reading,
    document: &Document,
    mentions: &[DateMention],
    offsets: &[Offset],
    sentence_day: Option<(EventDate, bool)>,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    // A date inside a count's clause is that clause's own (see
    // `counted_from_its_clause`): it neither needs counting nor counts
    // another.
    let in_a_clause = |m: &DateMention| {
        offsets
            .iter()
            .any(|o| o.clause.contains(&m.start) && dated_in_its_clause(o, mentions))
    };
    for offset in offsets {
        // "takes effect six months after notice is given": a rule's
        // clause in the present tells no happening.
        if passive_in_the_present(&reading.text[offset.clause.clone()])
            || dated_in_its_clause(offset, mentions)
        {
            continue;
        }
        // "tells deputies on 28 February that the CSTO failed Armenia in
        // 2021 and 2022, six days after ...": days are counted from a day,
        // the nearest before the count, over a nearer year.
        let before = |m: &&DateMention| m.end <= offset.phrase.start && !in_a_clause(m);
        let base = mentions
            .iter()
            .rev()
            .filter(before)
            .find(|m| offset.unit != OffsetUnit::Day || m.date.day_value().is_some())
            .or_else(|| mentions.iter().rev().find(before))
            .map(|m| (m.date, m.approximate))
            .or_else(|| {
                // "Two years after Pashinyan said ..., the freeze has
                // hardened" counts from now; "A week before the prime
                // minister spoke, Galuzin had warned ..." from a time the
                // sentence does not give.
                told_from_now(reading, offset)
                    .then_some(document.published)
                    .flatten()
                    .map(|p| (EventDate::from_naive(p), true))
            })
            .or(sentence_day);
        let Some((date, approximate)) =
            base.and_then(|(base, vague)| offset.back_from(base, vague))
        else {
            continue;
        };
        let focus = Focus {
            span: offset.clause.clone(),
            title: offset.clause.clone(),
            noun_phrase: false,
        };
        let mut found = candidate(reading, &focus, date, approximate, mentions, None);
        found.subject = reading.subject_in(&offset.clause).or(found.subject);
        // "..., six days after telling France 24 that ...": the one the main
        // clause names did what the gerund tells.
        if let Some(titled) = gerund_of_the_subject(reading, &offset.clause) {
            found.title = titled;
        }
        out.push(found);
    }
    out
}

/// The title of an offset's clause told by a gerund ("telling France 24
/// that Armenia had frozen its participation"): the main clause's subject,
/// as the sentence names it, doing it in the headline present ("Nikol
/// Pashinyan tells France 24 that ...").
fn gerund_of_the_subject(reading: &Reading, clause: &Range<usize>) -> Option<String> {
    let text = reading.text[clause.clone()].trim();
    let (gerund, rest) = text.split_once(' ')?;
    let present = crate::extract::title::tense::present_of_gerund(gerund)?;
    let verb_start = reading.shape.main_verb.as_ref()?.start;
    let subject = reading
        .actors
        .iter()
        .filter(|m| m.range.end <= verb_start && reading.people.contains(&m.range))
        .last()?;
    let name = &reading.text[subject.range.clone()];
    Some(crate::extract::title::tidy(&format!(
        "{name} {present} {rest}"
    )))
}

/// "Pashinyan will not be there", "Armenia will not be represented at the
/// summit", "He won't attend": a future that says who will stay away.
fn announced_absence(reading: &Reading) -> bool {
    let words: Vec<Word> = reading.main_clause_words().collect();
    words.windows(3).any(|w| {
        let will_not = (w[0] == "will" && w[1] == "not") || (w[0] == "won" && w[1] == "t");
        let verb = w[2].as_str();
        will_not
            && (matches!(
                verb,
                "attend" | "participate" | "travel" | "go" | "come" | "be"
            ) || (verb == "take" && words.iter().any(|w| w == "part")))
            && (verb != "be"
                || words
                    .iter()
                    .any(|w| matches!(w.as_str(), "there" | "represented" | "present")))
    })
}

/// "The meeting took place a day after a ceasefire took effect", "That
/// came five days after Pashinyan met Aliyev": a main clause that only
/// places what the story told by a count from another happening tells
/// nothing new; the happening counted from is the news.
fn placed_by_an_offset(reading: &Reading, offsets: &[Offset]) -> bool {
    let Some(offset) = offsets.first() else {
        return false;
    };
    // The words before the count, less a hedge on it ("came just a day
    // after", "came less than a week after").
    let mut before: Vec<Word> = reading
        .words_of(&reading.text[..offset.phrase.start])
        .collect();
    while before.last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "only" | "just" | "exactly" | "barely" | "less" | "than" | "more" | "some"
        )
    }) {
        before.pop();
    }
    match before.as_slice() {
        [.., took, place] if place == "place" => matches!(took.as_str(), "took" | "takes"),
        // "came", with its subject before it: the verb alone is no clause.
        // "Tuesday marked exactly a year since ...": an anniversary is the
        // happening's, not a happening of its own.
        [_, .., verb] => matches!(
            verb.as_str(),
            "came" | "comes" | "happened" | "occurred" | "followed" | "marked" | "marks"
        ),
        _ => false,
    }
}

/// Whether a clause's verb is a passive in the present ("notice is
/// given"), with no past form of its own.
fn passive_in_the_present(clause: &str) -> bool {
    let words: Vec<Word> = words_of(clause).collect();
    let present = words
        .windows(2)
        .any(|pair| matches!(pair[0].as_str(), "is" | "are") && clauses::is_past_form(&pair[1]));
    let past = words.iter().enumerate().any(|(n, w)| {
        clauses::is_past_form(w) && (n == 0 || !matches!(words[n - 1].as_str(), "is" | "are"))
    });
    present && !past
}

/// Whether the clause an offset places its own clause from is told of the
/// present: no past tense outside the offset's clause, save a perfect's
/// participle ("has hardened").
fn told_from_now(reading: &Reading, offset: &Offset) -> bool {
    let outside = [
        &reading.text[..offset.phrase.start],
        &reading.text[offset.clause.end..],
    ];
    outside.iter().all(|part| {
        let mut previous = Word::default();
        reading.words_of(part).all(|w| {
            let past = w == "had"
                || (clauses::is_past_form(&w)
                    && !matches!(previous.as_str(), "has" | "have" | "been" | "be"));
            previous = w;
            !past
        })
    })
}

/// "six days after Armenia completed the recall", "a week after Pashinyan
/// told France 24 ...", "two years after ...": a clause dated by its distance
/// from the date the sentence states before it.
#[derive(Debug, Clone)]
struct Offset {
    /// "six days after".
    phrase: Range<usize>,
    /// "Armenia completed the recall ...".
    clause: Range<usize>,
    amount: u32,
    unit: OffsetUnit,
    /// "after": the clause is earlier than the date; "before": later.
    after: bool,
    /// "a year to the day after": months or years counted to the very day.
    to_the_day: bool,
    /// "to mark thirty years since the treaty was signed": the main clause
    /// runs on through the count, which tells what it celebrates.
    anniversary: bool,
    /// "days after", "weeks before": a count not given, which dates the
    /// clause to its month only, roughly.
    vague: bool,
}

/// How many days "days" and "weeks" with no count stand for: a few, as a
/// reader takes them. ("Months after" is left uncounted: months off would
/// move a happening by a season.)
const VAGUE_DAYS: u32 = 3;
const VAGUE_WEEKS_IN_DAYS: u32 = 14;

/// A count of `unit_word`s ("weeks", "month") as a count of days, months
/// or years.
pub(super) fn counted_in(amount: u32, unit_word: &str) -> (u32, OffsetUnit) {
    if unit_word.starts_with("week") {
        (amount * 7, OffsetUnit::Day)
    } else if unit_word.starts_with("day") {
        (amount, OffsetUnit::Day)
    } else if unit_word.starts_with("month") {
        (amount, OffsetUnit::Month)
    } else {
        (amount, OffsetUnit::Year)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum OffsetUnit {
    Day,
    Month,
    Year,
}

impl Offset {
    /// The clause's date from the date it is measured from. Days keep a
    /// day's precision; months and years are only approximately placed.
    fn back_from(&self, base: EventDate, vague: bool) -> Option<(EventDate, bool)> {
        let sign: i64 = if self.after { -1 } else { 1 };
        let first = base.first_day();
        if self.vague {
            let days = chrono::Days::new(u64::from(self.amount));
            let date = if sign < 0 {
                first.checked_sub_days(days)?
            } else {
                first.checked_add_days(days)?
            };
            return Some((EventDate::month(date.year(), date.month())?, true));
        }
        if self.to_the_day && base.day_value().is_some() {
            let months = match self.unit {
                OffsetUnit::Day => 0,
                OffsetUnit::Month => self.amount,
                OffsetUnit::Year => self.amount.checked_mul(12)?,
            };
            let months = chrono::Months::new(months);
            let date = if sign < 0 {
                first.checked_sub_months(months)?
            } else {
                first.checked_add_months(months)?
            };
            return Some((EventDate::from_naive(date), vague));
        }
        match self.unit {
            OffsetUnit::Day if base.day_value().is_some() => {
                let days = chrono::Days::new(u64::from(self.amount));
                let date = if sign < 0 {
                    first.checked_sub_days(days)?
                } else {
                    first.checked_add_days(days)?
                };
                Some((EventDate::from_naive(date), vague))
            }
            OffsetUnit::Day | OffsetUnit::Month => {
                let months = chrono::Months::new(if self.unit == OffsetUnit::Month {
                    self.amount
                } else {
                    0
                });
                let date = if sign < 0 {
                    first.checked_sub_months(months)?
                } else {
                    first.checked_add_months(months)?
                };
                Some((EventDate::month(date.year(), date.month())?, true))
            }
            OffsetUnit::Year => {
                let year = base.year_value() + i32::try_from(sign * i64::from(self.amount)).ok()?;
                Some((EventDate::year(year), true))
            }
        }
    }
}

/// How near its start the clause after "the morning after" has its verb.
const NEXT_DAY_VERB_WITHIN: usize = 4;

fn offsets(reading: &Reading) -> Vec<Offset> {
    static OFFSET: Pattern<Regex> = Pattern::new(|| {
        Regex::new(&format!(
            r"(?i)\b(?:(?P<mark>mark(?:s|ed|ing)?\s+)?(?P<exactly>exactly\s+)?(?P<n>a|an|one|{counts}|thirty|forty|fifty|sixty|seventy|eighty|ninety|[1-9][0-9]?)\s+(?P<unit>days?|weeks?|months?|years?)(?P<to_the_day>\s+to\s+the\s+day)?|(?P<hours>(?:(?:a\s+few|several|two|three|four|five|six|[1-9][0-9]?)\s+)?hours)|(?P<next>the\s+(?:day|morning|afternoon|evening|night))|(?:(?:a\s+few|several|some)\s+)?(?P<vague>days|weeks))\s+(?P<dir>after|before|since)\s+",
            counts = crate::extract::text::COUNT_WORDS
        ))
            .expect("offset pattern")
    });
    // Every offset holds "after" or "before", in any case (no letter of
    // either folds to one outside ASCII), or an anniversary's "since" after
    // "marks"; most sentences hold none and are spared the pattern.
    static DIRECTION: Pattern<AhoCorasick> = Pattern::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["after", "before"])
            .expect("offset direction words")
    });
    let text = reading.text;
    let mut out = Vec::new();
    let anniversary = || holds_in_any_case(text, "since") && holds_in_any_case(text, "mark");
    if !DIRECTION.is_match(text) && !anniversary() {
        return out;
    }
    for caps in OFFSET.captures_iter(text) {
        let (Some(whole), Some(dir)) = (caps.get(0), caps.name("dir")) else {
            continue;
        };
        // The verb that marks an anniversary is the main clause's.
        let phrase = caps
            .name("mark")
            .map_or(whole.range(), |mark| mark.end()..whole.end());
        // "Tuesday marked exactly a year since the mission began
        // patrolling": a day that marks an anniversary counts from what it
        // marks. Any other "since" tells how long a state has lasted, not
        // when it began; and leaders who meet "to mark thirty years since"
        // a treaty do a deed of their own, which the count does not date.
        let since = dir.as_str().eq_ignore_ascii_case("since");
        let day_marks = caps.name("mark").is_some_and(|mark| {
            let mark = mark.as_str().trim_end().to_ascii_lowercase();
            mark == "marks" || mark == "marked"
        });
        if since && !day_marks {
            continue;
        }
        if reading.in_quotes(&phrase) {
            continue;
        }
        // "hours after Azerbaijani forces attacked": the same day, as near
        // as a day can tell.
        let hours = caps.name("hours").is_some();
        let amount = caps
            .name("n")
            .and_then(|n| super::text::count_word(n.as_str()))
            .unwrap_or(0);
        let unit_word = caps
            .name("unit")
            .map_or(String::new(), |unit| unit.as_str().to_lowercase());
        // "the morning after Pashinyan told France 24 ...", "the evening
        // before": the next day, or the one before.
        // "The announcement came days after Pashinyan complained ...": a
        // few of them, told no closer than their month.
        let vague = caps
            .name("vague")
            .map(|unit| unit.as_str().to_ascii_lowercase());
        let (amount, unit) = if hours {
            (0, OffsetUnit::Day)
        } else if let Some(unit) = &vague {
            if unit == "days" {
                (VAGUE_DAYS, OffsetUnit::Day)
            } else {
                (VAGUE_WEEKS_IN_DAYS, OffsetUnit::Day)
            }
        } else if caps.name("next").is_some() {
            (1, OffsetUnit::Day)
        } else {
            counted_in(amount, &unit_word)
        };
        // What follows must be a clause with a verb of its own ("after the
        // summit" is a happening named, not told).
        let rest = &text[phrase.end..];
        // "three months after that he told France 24 ...": "that" points
        // back to the time before; the count runs on from it.
        if reading
            .words_of(rest)
            .next()
            .is_some_and(|w| matches!(w.as_str(), "that" | "this" | "which"))
        {
            continue;
        }
        let mut clause_len = rest.find([',', ';', '—']).unwrap_or(rest.len());
        // "six days after Pashinyan told the National Assembly, during
        // questions to the government last Wednesday, that ...": a phrase of
        // the occasion set off by commas is the clause's own.
        if let Some(inserted) = rest[clause_len..].strip_prefix(',')
            && inserted
                .split_whitespace()
                .next()
                .is_some_and(|opener| matches!(opener, "during" | "at" | "in" | "on"))
            && let Some(close) = inserted.find(',')
        {
            clause_len += 1 + close;
        }
        // "Asked a week after the parliament speech whether a letter had
        // been sent": a question put is no part of the happening counted
        // from.
        if let Some(question) = [" whether ", " if "]
            .iter()
            .filter_map(|word| rest[..clause_len].find(word))
            .min()
        {
            clause_len = question;
        }
        let clause = phrase.end..phrase.end + rest[..clause_len].trim_end_matches(['.', ' ']).len();
        // "the morning after Pashinyan told France 24": its subject is
        // short, its verb near ("the day after the vote that the election
        // had been fair" names the vote, and what was said of it).
        let verb_within = if caps.name("next").is_some() {
            NEXT_DAY_VERB_WITHIN
        } else {
            usize::MAX
        };
        let told = reading
            .words_of(&text[clause.clone()])
            .take(verb_within)
            .any(|w| super::clauses::is_past_form(&w));
        if (amount == 0 && !hours) || !told {
            continue;
        }
        // "days after the street protests that carried Pashinyan to power":
        // a happening named, whose verb is its relative clause's, is no
        // clause a count not given could date.
        if vague.is_some() {
            let words: Vec<Word> = reading.words_of(&text[clause.clone()]).collect();
            let first_past = words.iter().position(|w| super::clauses::is_past_form(w));
            if first_past.is_some_and(|at| {
                at > 0 && matches!(words[at - 1].as_str(), "that" | "which" | "who")
            }) {
                continue;
            }
            // "days after parliament passed the law on 26 March": the
            // clause's own date dates it, and nothing is counted from it.
            let dated_itself = words.iter().any(|w| {
                crate::extract::calendar::is_month_name(w)
                    || crate::extract::calendar::is_weekday_name(w)
                    || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            });
            if dated_itself {
                continue;
            }
        }
        // The phrase may open with its comma: the main clause ends before it.
        let start = text[..phrase.start].trim_end().trim_end_matches(',').len();
        out.push(Offset {
            phrase: start..phrase.end,
            clause,
            amount,
            unit,
            after: since || dir.as_str().eq_ignore_ascii_case("after"),
            // "exactly a year after" counts to the day, as "a year to the
            // day after" does.
            to_the_day: caps.name("to_the_day").is_some() || caps.name("exactly").is_some(),
            anniversary: since,
            vague: vague.is_some(),
        });
    }
    out
}

/// A main clause whose subject is a pronoun acts through the story's actor:
/// "He declined to say ..." after "Arman Yeghoyan said ...".
fn take_the_story_subject(
    found: &mut Candidate,
    reading: &Reading,
    story: Option<&Narrative>,
    person: Option<&str>,
) {
    if !pronoun_subject(reading)
        || stands_for_nothing(reading)
        || stands_for_the_lead_group(reading)
    {
        return;
    }
    // "He" and "she" stand for a person: the story's actor if that is one,
    // else the person last named; "it" and "they" for the story's actor.
    let subject = if personal_subject(reading) {
        person.map(str::to_string)
    } else {
        // "They" stand for no one person, and "it" for no person at all:
        // not for the one last named ("Azerbaijan is not a member. It left
        // the treaty in 1999", after Zas spoke).
        let impersonal = reading
            .main_clause_words()
            .take(4)
            .any(|w| matches!(w.as_str(), "they" | "it"));
        story
            .and_then(|s| s.subject.clone())
            .filter(|subject| !(impersonal && person == Some(subject.as_str())))
    };
    let Some(subject) = subject else {
        return;
    };
    found.actors.retain(|a| a != &subject);
    found.actors.insert(0, subject.clone());
    let term = format!("@{subject}");
    if !found.terms.iter().any(|t| **t == *term) {
        found.terms.push(term.into());
    }
    found.subject = Some(subject);
}

/// "When the leaders met in Astana on 8 November, they left the post ...":
/// a "they" after an opening clause that names a group of its own ("the
/// leaders", "both sides") stands for that group, not for the actor the
/// story went on with.
fn stands_for_the_lead_group(reading: &Reading) -> bool {
    let lead = &reading.text[..reading.shape.lead_end.min(reading.text.len())];
    let mut lead_words = words_of(lead);
    let opens_a_clause = lead_words.next().is_some_and(|w| {
        matches!(
            w.as_str(),
            "when" | "after" | "once" | "as" | "while" | "before" | "although" | "though" | "until"
        )
    });
    let names_a_group = lead_words
        .next()
        .is_some_and(|w| matches!(w.as_str(), "the" | "both" | "all" | "their" | "its" | "two"))
        && lead_words
            .next()
            .is_some_and(|w| w.len() > 3 && w.ends_with('s'));
    opens_a_clause
        && names_a_group
        && words_of(main_clause_lowercase(reading)).next().as_deref() == Some("they")
}

/// "It was announced at the summit that ...", "It is reported that ...":
/// an "it" that only holds the place of the clause after "that" stands for
/// no one, and the saying has no speaker the sentence names.
fn stands_for_nothing(reading: &Reading) -> bool {
    let words: Vec<Word> = reading.words_of(reading.text).take(8).collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    let rest: Vec<&Word> = rest
        .iter()
        .filter(|w| !matches!(w.as_str(), "also" | "later" | "then" | "been"))
        .collect();
    first == "it"
        && rest
            .first()
            .is_some_and(|w| matches!(w.as_str(), "was" | "is" | "has" | "had"))
        && rest
            .get(1)
            .is_some_and(|w| clauses::is_past_form(w.as_str()))
        && rest.iter().skip(2).any(|w| w.as_str() == "that")
}

/// The stretch of a sentence a report is about.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Focus {
    /// Where its actors and words are read.
    span: Range<usize>,
    /// Where its title is cut from (the innermost clause that holds the date).
    title: Range<usize>,
    /// A noun phrase dated by an attributive year ("the 2021 invasion"):
    /// its title keeps the year.
    noun_phrase: bool,
}

impl Focus {
    /// The whole sentence, read and titled as it stands.
    fn whole_sentence(reading: &Reading) -> Focus {
        Focus {
            span: 0..reading.text.len(),
            title: 0..reading.text.len(),
            noun_phrase: false,
        }
    }
}

/// "“A phased withdrawal of the contingent will begin in two days,” the
/// head of state said": a speaker who gives the day of what is to come
/// dates that happening, counted from the report; the saying keeps its own
/// date. Only the future, to the day: a quotation's look back ("in 2020
/// we ...") is the speaker's argument, not news the report dates.
/// `dates` are the sentence's dates as `find_dates` reads them with the
/// document's publication day.
fn quoted_schedule(
    reading: &Reading,
    document: &Document,
    dates: &[DateMention],
) -> Vec<Candidate> {
    let Some(published) = document.published else {
        return Vec::new();
    };
    let today = EventDate::from_naive(published);
    dates
        .iter()
        .filter(|m| reading.in_quotes(&(m.start..m.end)))
        .cloned()
        // "in two days": counted from the day the words were reported.
        .filter_map(|mut m| {
            if let MentionKind::FromContext(shift) = m.kind {
                let (date, approximate) = shift.apply(today)?;
                m.date = date;
                m.approximate |= approximate;
            }
            Some(m)
        })
        .filter(|m| !m.approximate && m.date.day_value().is_some() && m.date > today)
        .filter_map(|m| {
            let quote = reading
                .quoted
                .iter()
                .find(|q| q.start <= m.start && m.end <= q.end)?;
            let sentence_end = |c: char| matches!(c, '.' | '!' | '?');
            let start = reading.text[quote.start..m.start]
                .rfind(sentence_end)
                .map_or(quote.start, |i| quote.start + i + 1);
            let end = reading.text[m.end..quote.end]
                .find(sentence_end)
                .map_or(quote.end, |i| m.end + i);
            let start = start
                + reading.text[start..end]
                    .find(|c: char| c.is_alphanumeric())
                    .unwrap_or(0);
            let end = start
                + reading.text[start..end]
                    .trim_end_matches(|c: char| !c.is_alphanumeric())
                    .len();
            // "If the bloc named Azerbaijan as the aggressor tomorrow, ...
            // would be different": a condition, not a plan.
            let conditional =
                reading
                    .words_of(&reading.text[start..end])
                    .enumerate()
                    .any(|(n, w)| {
                        (n == 0 && matches!(w.as_str(), "if" | "unless" | "should" | "were"))
                            || matches!(w.as_str(), "would" | "could" | "might")
                    });
            if conditional || start >= end {
                return None;
            }
            let focus = Focus {
                span: start..end,
                title: start..end,
                noun_phrase: false,
            };
            let mentions = [m.clone()];
            Some(candidate(
                reading,
                &focus,
                m.date,
                false,
                &mentions,
                Some(&m),
            ))
        })
        .collect()
}

/// Whether the main clause states a date of its own before `verb_end`
/// (its lead or right at its verb), a date from context ("Earlier that
/// year, ...") included.
fn find_dates_before(reading: &Reading, verb_end: usize) -> bool {
    let lead = &reading.text[..reading.shape.lead_end.min(verb_end)];
    reading.shape.lead_end > 0
        && (lead.split_whitespace().any(|w| {
            w.chars().any(|c| c.is_ascii_digit())
                || super::calendar::is_month_name(w.trim_matches(|c: char| !c.is_alphabetic()))
        }) || !find_dates(lead, None).is_empty())
}

fn token_starts(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
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

/// Whether `second` is a day just after `first` ("27 and 28 June", "on 2
/// and 3 June"): a happening over both, not two.
fn days_running(first: EventDate, second: EventDate) -> bool {
    const MAX_DAYS: i64 = 3;
    first.day_value().is_some()
        && second.day_value().is_some()
        && (1..=MAX_DAYS).contains(&(second.first_day() - first.first_day()).num_days())
}

/// Whether a date after `before` (lowercase) is where a term is extended
/// to ("a protocol extending the lease of the base to 2044"): the end of a
/// state, not when anything happened.
fn extended_to(before: &str) -> bool {
    let Some(clause) = before.strip_suffix(" to") else {
        return false;
    };
    let clause = &clause[clause.rfind([',', ';']).map_or(0, |i| i + 1)..];
    words_of(clause).any(|w| w.starts_with("extend") || w.starts_with("prolong"))
}

fn candidate(
    reading: &Reading,
    focus_of: &Focus,
    date: EventDate,
    approximate: bool,
    mentions: &[DateMention],
    mention: Option<&DateMention>,
) -> Candidate {
    let whole = 0..reading.text.len();
    // A dated "when" clause titled on its own is the happening: "saying
    // the bloc had failed to defend it when Azerbaijani troops attacked
    // Armenian territory in September 2022" is the attack, whose words
    // and kind are the clause's, not the saying's. (Its actors are read
    // in the whole span: "when the two men met" names no one.)
    let when_clause = focus_of.title != focus_of.span
        && focus_of.span.start <= focus_of.title.start
        && focus_of.title.end <= focus_of.span.end
        && reading
            .words_of(&reading.text[focus_of.title.clone()])
            .next()
            .as_deref()
            == Some("when");
    let focus = &focus_of.span;
    let subordinate = focus != &whole;
    let main_subject = reading.subject_in(&whole);
    let mut actors = reading.actors_in(focus);
    // "Pelosi arrived on Saturday, and on Sunday called Azerbaijan's
    // attacks illegal": a clause that opens with its verb acts with the
    // person named before it, or else the sentence's subject.
    // ("on Sunday called ...": a date that opens the clause is passed.)
    let clause_start = mentions
        .iter()
        .filter(|m| {
            m.start >= focus_of.title.start
                && m.end <= focus_of.title.end
                && reading
                    .words_of(&reading.text[focus_of.title.start..m.start])
                    .count()
                    <= 1
        })
        .map(|m| m.end)
        .max()
        .unwrap_or(focus_of.title.start);
    let verb_first = subordinate
        && reading.text[clause_start..focus_of.title.end]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase) && clauses::is_past_form(w));
    let acting_before = verb_first
        .then(|| {
            reading
                .actors
                .iter()
                .rfind(|m| m.range.end <= focus_of.title.start && reading.people.contains(&m.range))
                .map(|m| m.actor.clone())
                .or(main_subject.clone())
        })
        .flatten();
    if let Some(actor) = &acting_before
        && !actors.contains(actor)
    {
        actors.insert(0, actor.clone());
    }
    // A "since" or contrast clause has a subject of its own.
    let own_clause = subordinate && opens_clause_of_its_own(reading.text, focus.start);
    if subordinate && !focus_of.noun_phrase {
        // "Pashinyan said that he was told ... in 2022": the pronoun is the
        // main clause's actor, who belongs to the subordinate happening too.
        let refers_back = reading.words_of(&reading.text[focus.clone()]).any(|w| {
            matches!(
                w.as_str(),
                "he" | "she" | "his" | "her" | "him" | "they" | "their" | "it" | "its"
            )
        });
        let own_subject = !refers_back && own_clause;
        if (refers_back || (actors.is_empty() && !own_subject))
            && let Some(subject) = &main_subject
            && !actors.contains(subject)
        {
            actors.push(subject.clone());
        }
        if actors.is_empty() && !own_subject {
            // A clause whose actors are the sentence's ("Russia’s ... invasion
            // of Ukraine launched in late February").
            actors = reading.actors_in(&whole);
        }
    }
    let date_ranges: Vec<Range<usize>> = mentions
        .iter()
        .map(|m| m.start..m.end)
        .chain(reference_date_span(reading.text))
        .collect();
    // Relative clauses that do not carry this report's date are detail
    // (", which caused serious disruptions ..."): leave their words out when
    // comparing reports.
    let cleft = cleft_parts(&reading.text[focus.clone()]).map(|(_, who)| focus.start + who);
    let detail: Vec<Range<usize>> = reading
        .shape
        .subordinate
        .iter()
        .filter(|span| {
            let opener = reading
                .words_of(&reading.text[(*span).clone()])
                .next()
                .unwrap_or_default();
            // A dated "when" clause is a happening of its own ("when
            // Azerbaijan attacked in September, we invoked Article 4"), which
            // the main clause's report does not tell again.
            let dated_when = opener == "when"
                && mentions.iter().any(|m| {
                    span.start <= m.start
                        && m.end <= span.end
                        && attributive_year(reading.text, m).is_none()
                });
            (dated_when
                || matches!(
                    opener.as_str(),
                    "which" | "who" | "whom" | "whose" | "where" | "while"
                ))
                && mention.is_none_or(|m| !(span.start <= m.start && m.end <= span.end))
                && !(span.start <= focus.start && focus.end <= span.end)
                // The "who" clause of a cleft is what happened.
                && cleft.is_none_or(|who| span.start > who || span.end < who)
        })
        .cloned()
        .collect();
    // Of those, the dated "when" clauses are happenings of their own: their
    // actors and their kind are theirs, not the main clause's.
    let own_happenings: Vec<&Range<usize>> = detail
        .iter()
        .filter(|span| {
            reading
                .words_of(&reading.text[(*span).clone()])
                .next()
                .as_deref()
                == Some("when")
        })
        .collect();
    if !own_happenings.is_empty() {
        let outside = |r: &Range<usize>| {
            !own_happenings
                .iter()
                .any(|span| span.start <= r.start && r.end <= span.end)
        };
        actors.retain(|id| {
            reading.actors.iter().any(|m| {
                &m.actor == id
                    && focus.start <= m.range.start
                    && m.range.end <= focus.end
                    && outside(&m.range)
            })
        });
    }
    // Words that name an actor count as the actor ("@csto"), whatever the
    // spelling, not as words.
    let names: Vec<Range<usize>> = reading.actors.iter().map(|m| m.range.clone()).collect();
    let keep = |r: &Range<usize>| {
        let inside = |outer: &Range<usize>| outer.start <= r.start && r.end <= outer.end;
        !date_ranges.iter().any(inside) && !detail.iter().any(inside) && !names.iter().any(inside)
    };
    // What the report tells is read where it is told: the "when" clause
    // titled on its own, else the whole focus.
    let told = if when_clause { &focus_of.title } else { focus };
    let mut terms = content_terms(reading.text, told, &keep);
    terms.extend(actors.iter().map(|a| format!("@{a}")));
    terms.extend(reading.topics().iter().map(|t| format!("#{t}")));
    // What kind of happening the clause tells of, whatever its words: "the
    // incursion" meets "crossed the border". The happening is named near the
    // head of its clause; words further on tell what it was about ("asked
    // its partners to open consultations over the incursion" is a request).
    // A statement is also of the kind of what it announces: "... and said he
    // had turned to the CSTO for help" tells of the request.
    let focus_text = &reading.text[told.clone()];
    // The main clause's kind is read past a "when" clause of its own, and
    // past an opening adverbial: "In January 2022, at the request of
    // President Tokayev, the CSTO sent a peacekeeping force" is a
    // deployment, not a request.
    let kind_start = match own_happenings
        .iter()
        .find(|span| span.start <= told.start + 40)
    {
        Some(span) if span.end < told.end && span.start >= told.start => span.end,
        _ if opens_with_adverbial(reading, told) => reading.shape.lead_end,
        _ => told.start,
    };
    let kind_text = without_apposition(reading, kind_start..told.end);
    // "Recall also that on 14 May 2021 the Security Council applied ...":
    // an agency's formula for pointing back is no recall of anyone.
    let kind_text = match crate::extract::title::pointing_lead_end(&kind_text) {
        Some(end) => Cow::Owned(kind_text[end..].to_string()),
        None => kind_text,
    };
    // A long subject ("The Security Council of the Republic of Armenia")
    // pushes the verb's own words out of the head: they are read as far as
    // a few words past the verb.
    let verb_in_kind_text = reading
        .shape
        .main_verb
        .as_ref()
        .filter(|verb| kind_start < verb.start && verb.start < told.end)
        .map(|verb| kind_text.len().saturating_sub(told.end - verb.start));
    let head = verb_in_kind_text.map_or(KIND_HEAD_WORDS, |at| {
        let before_verb = kind_text
            .get(..at)
            .map_or(0, |t| reading.words_of(t).count());
        KIND_HEAD_WORDS.max(before_verb + KIND_WORDS_FROM_VERB)
    });
    let mut kinds = reading.taxonomy.find_kinds(head_words(&kind_text, head));
    // "gathered in the Kyrgyz capital, Bishkek, on Thursday for their
    // annual summit": the occasion a purpose phrase names is the clause's
    // happening, however far from the verb.
    for occasion in occasions_named_for(&kind_text) {
        for kind in reading.taxonomy.find_kinds(occasion) {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
    }
    // The opening adverbial may name the occasion ("At the summit he
    // hosted, ..."): its kinds come after the main clause's.
    let lead = (kind_start == reading.shape.lead_end && kind_start > told.start)
        .then(|| &reading.text[told.start..kind_start]);
    for reported in reported_clauses(focus_text)
        .chain(answered_with(focus_text))
        .chain(lead)
    {
        for kind in reading
            .taxonomy
            .find_kinds(head_words(reported, KIND_HEAD_WORDS))
        {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
    }
    let tells_ahead = kinds
        .iter()
        .any(|k| reading.taxonomy.announced_ahead(k))
        .then(|| told_in_the_future(head_words(focus_text, KIND_HEAD_WORDS)));
    // A broad kind is marked apart: it adds to the likeness of two reports
    // but never makes them one kind of happening (see `merge`).
    terms.extend(kinds.into_iter().map(|k| reading.taxonomy.kind_term(&k)));
    let named = if approximate {
        Vec::new()
    } else {
        let mut named = named_happenings(&reading.text[focus.clone()]);
        named.extend(crate::extract::anchors::named_as_the_one(
            reading.text,
            focus,
        ));
        // "Azerbaijan attacked Armenia proper" is the attack a later "a
        // year after the attack" counts from.
        named.extend(
            reading
                .taxonomy
                .nouns_naming(
                    terms
                        .iter()
                        .filter_map(|t| t.strip_prefix("!~").or_else(|| t.strip_prefix('!'))),
                )
                .into_iter()
                .map(|noun| NamedHappening {
                    noun: noun.to_string(),
                    place: None,
                    in_words: false,
                }),
        );
        named
    };
    let joint = joint_subjects(reading, focus);
    Candidate {
        document: String::new(),
        sentence: 0..0,
        joint,
        date,
        approximate,
        rough: false,
        placed: false,
        // A happening named by a noun phrase ("the May 12 incursion") shows
        // who acted only by a name inside it ("Azerbaijani incursions").
        subject: if focus_of.noun_phrase {
            // "the session of the Collective Security Council": what follows
            // "of" says which session, not who held it; what follows "to"
            // or "in" says where it went ("deployment to Kazakhstan").
            reading
                .actors
                .iter()
                .filter(|m| focus.start <= m.range.start && m.range.end <= focus.end)
                .find(|m| {
                    let before = reading.text[..m.range.start].trim_end();
                    let before = before.strip_suffix(" the").unwrap_or(before);
                    !PLACE_OR_OBJECT_PREPOSITIONS
                        .iter()
                        .any(|p| ends_with_spaced(before, p))
                })
                .map(|m| m.actor.clone())
        } else if subordinate {
            // "... that at the session held in Yerevan on 23 November 2022,
            // Armenia did not sign": a title cut after an opening phrase
            // opens with the clause's own subject, who acts.
            let after_opening = focus_of.title.start > focus.start
                && reading.text[..focus_of.title.start].ends_with(", ");
            (after_opening || when_clause)
                .then(|| reading.subject_in(&focus_of.title))
                .flatten()
                .or(acting_before.clone())
                .or_else(|| reading.subject_in(focus))
                .or(main_subject
                    .clone()
                    .filter(|s| !own_clause || actors.contains(s)))
        } else {
            main_subject.clone()
        },
        title: if focus_of.noun_phrase {
            noun_phrase_title(reading.text, &focus_of.title, &date_ranges)
        } else {
            let person = reading.people.iter().find(|p| {
                reading.shape.main_verb.as_ref().is_some_and(|verb| {
                    // "..., Yuri Khachaturov, was recalled": a name in
                    // apposition keeps its comma.
                    p.end <= verb.start
                        && crate::extract::title::joins_name_to_verb(
                            &reading.text[p.end..verb.start],
                        )
                })
            });
            let (text, shape) = (reading.text, &reading.shape);
            let title = memo::title(text, &focus_of.title, shape, &date_ranges, person, || {
                title_for(text, &focus_of.title, shape, &date_ranges, person)
            });
            let title = if subordinate {
                join_relative(&title)
            } else {
                title
            };
            // "The leaders are due to return to it when they meet": "they"
            // is the group the main clause names.
            let clause = [
                "when ", "When ", "as ", "while ", "after ", "before ", "once ",
            ]
            .iter()
            .find_map(|opener| title.strip_prefix(opener))
            .unwrap_or(&title);
            let they = clause
                .strip_prefix("They ")
                .or_else(|| clause.strip_prefix("they "));
            match (they, group_named(reading)) {
                (Some(rest), Some(group)) if subordinate => {
                    format!("{} {rest}", capitalise(&group))
                }
                // "I raised it with Paruyr Hovhannisyan when he visited
                // London": "he" in a clause is the person named last
                // before it, before the main clause's subject.
                _ => {
                    let named_before = person_named_before(reading, focus_of.title.start);
                    // "approved Tasmagambetov ..., to take office on Jan.
                    // 1": who is to do it is the person named before.
                    if let Some(rest) = title.strip_prefix("To ")
                        && let Some(person) = named_before.as_deref()
                    {
                        infinitive_titled(rest, person, reading)
                    } else if let Some(done) =
                        done_before_titled(&title, main_subject.as_deref(), reading)
                    {
                        done
                    } else {
                        name_the_pronoun(
                            &title,
                            named_before
                                .as_deref()
                                .or(main_subject.as_deref().filter(|_| subordinate)),
                            reading,
                        )
                    }
                }
            }
        },
        topics: reading.topics().to_vec(),
        actors,
        terms: terms.into_iter().map(Arc::from).collect(),
        // "Putin made the remarks in an interview": a telling of a saying.
        speech: names_a_told_saying(&reading.text[focus.clone()]),
        named,
        anchor: None,
        names_happening: focus_of.noun_phrase,
        quotation: reading.text.trim_start().starts_with(['"', '“', '«']),
        listed: opens_a_list_of_dates(reading.text, mentions),
        refers_back: names_a_told_happening(&reading.text[focus.clone()]),
        adds: adds_to_what_was_told(reading, focus),
        tells_ahead,
    }
}

/// Whether a sentence opens with a date and a dash or colon, as an entry
/// of a list of dates does: "13 January – The withdrawal begins.", "26
/// March 2021: the Constitutional Court declares ...".
fn opens_a_list_of_dates(text: &str, mentions: &[DateMention]) -> bool {
    let opening = text.len() - text.trim_start().len();
    mentions.first().is_some_and(|m| {
        m.start == opening && text[m.end..].trim_start().starts_with(['–', '—', '-', ':'])
    })
}

/// A happening of a kind one body holds ("the Astana summit"), told with
/// no body of its own named, is that body's: it joins its actors, after
/// those the sentence names. Only in an article that has named that body
/// last among organizations (`named_last`): before, "the leaders met in
/// Brussels" may be any organization's.
fn give_to_its_holder(
    found: &mut Candidate,
    held_by: &[(String, String)],
    named_last: Option<&str>,
    is_body: &dyn Fn(&str) -> bool,
) {
    let Some((_, holder)) = held_by
        .iter()
        .find(|(term, _)| found.terms.iter().any(|t| **t == **term))
    else {
        return;
    };
    if named_last == Some(holder.as_str()) && !found.actors.iter().any(|a| is_body(a)) {
        found.actors.push(holder.clone());
    }
}

/// The name in capitals a state's possessive opens right after the state
/// ("'s Foreign Ministry said" → "Foreign Ministry"), at most a few words;
/// empty when `after` opens with no possessive.
fn body_of_a_state(after: &str) -> &str {
    const MAX_WORDS: usize = 3;
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
    else {
        return "";
    };
    let mut end = 0;
    for (n, word) in rest.split(' ').enumerate() {
        if n == MAX_WORDS || !word.starts_with(char::is_uppercase) {
            break;
        }
        end += word.len() + usize::from(n > 0);
    }
    rest[..end].trim_end_matches([',', '.', ';', ':'])
}

/// Places each day or month without its year that "of the following year"
/// (or "of the year before") follows in the year the count names from
/// `base`; gives the starts of the counts, which then place nothing.
fn year_of_the_day_before(text: &str, dates: &mut [DateMention], base: i32) -> Vec<usize> {
    let mut counts = Vec::new();
    for i in 1..dates.len() {
        let (before, count) = (&dates[i - 1], &dates[i]);
        let MentionKind::FromContext(
            ContextShift::Years(years) | ContextShift::CalendarYears(years),
        ) = count.kind
        else {
            continue;
        };
        if before.kind != MentionKind::YearFromContext
            || text.get(before.end..count.start).map(str::trim) != Some("of")
        {
            continue;
        }
        let year = base + years;
        let Some(month) = before.date.month_value() else {
            continue;
        };
        let placed = match before.date.day_value() {
            Some(day) => EventDate::day(year, month, day),
            None => EventDate::month(year, month),
        };
        if let Some(placed) = placed {
            dates[i - 1].date = placed;
            dates[i - 1].kind = MentionKind::Absolute;
            counts.push(dates[i].start);
        }
    }
    counts
}

/// Whether what stands between two dates (", some ") makes the second a
/// restatement of the first: "in May 2024, some eight months later".
fn restates(between: &str) -> bool {
    let Some(rest) = between.trim().strip_prefix(',') else {
        return false;
    };
    words_of(rest).all(|w| {
        matches!(
            w.as_str(),
            "some" | "about" | "nearly" | "almost" | "roughly" | "just" | "exactly" | "only"
        )
    })
}

/// "Heavy shelling along the eastern border, residents of Jermuk say it
/// began just after midnight", "New shelling overnight near Jermuk, the
/// Defence Ministry says", "Appeals also go to Russia": a post of a feed
/// names its kind of happening first, with no verb, or in the present; a
/// speech tag after it only says who tells it. Its flag ("BREAKING:") is no
/// part of it. Gives where that head stands.
fn feed_news(reading: &Reading) -> Option<Range<usize>> {
    const FLAGS: [&str; 4] = ["breaking:", "update:", "updated:", "urgent:"];
    let text = reading.text;
    let flag_end = text
        .char_indices()
        .find(|&(_, c)| c.is_alphanumeric())
        .map_or(text.len(), |(at, _)| at);
    let body = &text[flag_end..];
    let after_flag = FLAGS
        .iter()
        .find(|flag| {
            body.get(..flag.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(flag))
        })
        .map_or(flag_end, |flag| flag_end + flag.len());
    let head_len = text[after_flag..]
        .find([',', ':', ';'])
        .unwrap_or(text.len() - after_flag);
    let head = after_flag..after_flag + head_len;
    // The head tells the news with no past verb of its own.
    let verb_outside_head = reading
        .shape
        .main_verb
        .as_ref()
        .is_none_or(|verb| !head.contains(&verb.start));
    ((!reading.shape.past_happening || verb_outside_head)
        && !text.trim_end().ends_with('?')
        && reading.quoted.is_empty()
        && !reading.taxonomy.find_kinds(&text[head.clone()]).is_empty())
    .then_some(head)
}

/// The news of an item listed under a day's heading, up to its first
/// comma: "Lukashenko calls for unity, warning that ...", "The leaders adopt
/// a joint statement". An item that names no one, asks, or quotes without
/// saying who spoke tells none.
fn listed_news(reading: &Reading) -> Option<Range<usize>> {
    let text = reading.text;
    let start = text
        .char_indices()
        .find(|&(_, c)| c.is_alphanumeric())
        .map_or(text.len(), |(at, _)| at);
    let end = text[start..]
        .find([',', ':', ';'])
        .map_or(text.len(), |at| start + at);
    let head = start..end;
    let someone = reading
        .actors
        .iter()
        .any(|m| head.start <= m.range.start && m.range.end <= head.end);
    (someone && !text.trim_end().ends_with('?')).then_some(head)
}

/// "I will fix both rows", "We'll post the receipts": the writer's own plan,
/// in the writer's own voice (no tag gives it to someone else).
fn writers_own_plan(reading: &Reading) -> bool {
    const PLANS: [&str; 6] = ["I will ", "I'll ", "We will ", "We'll ", "I’ll ", "We’ll "];
    reading.shape.tag_start.is_none() && PLANS.iter().any(|plan| reading.text.starts_with(plan))
}

/// "I was asleep ...", "We were having dinner ...": the sentence opens with
/// the writer in a state (a form of "be"), not doing anything.
fn the_writers_own_state(text: &str) -> bool {
    let mut words = text.split_whitespace();
    matches!(
        (words.next(), words.next()),
        (Some("I"), Some("was")) | (Some("We"), Some("were"))
    )
}

/// Whether the sentence places itself on the eve of a happening ("On 22
/// November, on the eve of the session, ...").
fn on_the_eve(text: &str) -> bool {
    static EVE: Pattern<Regex> =
        Pattern::new(|| Regex::new(r"(?i)\bon the eve of\b").expect("eve pattern"));
    EVE.is_match(text)
}

/// "Earlier, on 23 November of last year, Pashinyan refused to sign ...":
/// a step back from the story, which goes on from where it was ("Peskov on
/// the same day declared ..." is of the story's day).
fn looks_back_earlier(text: &str) -> bool {
    let text = text.trim_start();
    ["Earlier, ", "Earlier on, ", "Previously, "]
        .iter()
        .any(|opening| text.starts_with(opening))
}

/// "According to him, the experience will be analysed": the speaker the
/// pronoun stands for goes on, on the day they last spoke.
fn according_to_the_speaker(text: &str) -> bool {
    let text = text.trim_start();
    text.starts_with("According to him,") || text.starts_with("According to her,")
}

/// The sentence with its quotations blanked out (same length, so offsets
/// hold): the sentence itself when it quotes no one, else blanked once,
/// when first asked.
fn narration<'r>(reading: &'r Reading) -> &'r str {
    if reading.quoted.is_empty() {
        return reading.text;
    }
    reading.narration.get_or_init(|| {
        let mut text = reading.text.to_string();
        for q in &reading.quoted {
            if text.is_char_boundary(q.start) && text.is_char_boundary(q.end) {
                text.replace_range(q.clone(), &" ".repeat(q.end - q.start));
            }
        }
        text
    })
}

/// What a speaker reports having done ("said he had turned to the CSTO
/// for help" → "turned to the CSTO for help"): a statement announcing the
/// speaker's own deed is of that deed's kind. What a speaker says about
/// others' deeds ("said the decision to send peacekeepers ...") is not.
fn reported_clauses(text: &str) -> impl Iterator<Item = &str> {
    static SAID: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"\b(?:said|says|announced|announces|added|confirmed|stated)\s+(?:that\s+)?(?:he|she|it|they|we|I)\s+(?:had|has|have)\s+",
        )
        .expect("reported-clause pattern")
    });
    // "told parliament that Armenia would leave the bloc": what a speaker
    // announces to an audience is the kind of the telling.
    static TOLD: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"\b(?:told|tells|informed|informs)\s+(?:\S+\s+){1,3}?that\s+")
            .expect("told-clause pattern")
    });
    // "said Armenia would stop paying": a named subject and what it would
    // or had done.
    static SAID_NAMED: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"\b(?:said|says|announced|announces|stated|confirmed)\s+(?:that\s+)?(?:\S+\s+){1,3}?(?:would|will|had|has|have)\s+",
        )
        .expect("named reported-clause pattern")
    });
    // Each pattern needs a word of what it reports: a sentence without one
    // is spared that search.
    let searched = |pattern: &Pattern<Regex>, needs: &[&str]| {
        if holds_any(text, needs) {
            pattern.find_iter(text)
        } else {
            Vec::new().into_iter()
        }
    };
    searched(&SAID, &["had", "has", "have"])
        .chain(searched(&TOLD, &["that"]))
        .chain(searched(
            &SAID_NAMED,
            &["would", "will", "had", "has", "have"],
        ))
        .map(move |m| &text[m.end()..])
}

/// "The alliance answered Yerevan's appeal for military help with a
/// fact-finding mission": what an answer was made with is the kind of the
/// answer, as sending the mission is.
fn answered_with(text: &str) -> Option<&str> {
    static WITH: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"\b(?:answered|answers|responded|responds|replied|replies|reacted|reacts)\b[^,;.]{0,80}?\bwith\s+")
            .expect("answered-with pattern")
    });
    // Each verb holds one of these stems: a sentence without one, as most
    // are, is let go unsearched.
    if !holds_any(text, &["answer", "respond", "repl", "react"]) {
        return None;
    }
    WITH.find(text).map(|m| &text[m.end()..])
}

/// Whether the main clause tells of a plan ("will also stay away", "shall
/// meet"), which the report's day cannot have passed. A closing speech tag
/// ("..., the ministry said") is no part of the clause.
fn will_happen(reading: &Reading) -> bool {
    let told = &reading.text[..reading.shape.tag_start.unwrap_or(reading.text.len())];
    reading.words_of(told).any(|w| w == "will" || w == "shall")
}

/// Whether the main verb is one word in the present ("The foreign
/// ministers meet there the day before"): beside a day to come, a
/// programme, not history.
fn planned_in_the_present(reading: &Reading) -> bool {
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    let mut words = reading.words_of(&reading.text[verb.clone()]);
    let (Some(verb), None) = (words.next(), words.next()) else {
        return false;
    };
    let verb = verb.as_str();
    // "arrives at the head of the mission the leaders had agreed two days
    // earlier to send": a past anywhere in the sentence tells history.
    let past = |w: &str| {
        clauses::is_past_form(w) || matches!(w, "was" | "were" | "had" | "did" | "said" | "told")
    };
    !past(verb)
        && !verb.ends_with("ing")
        && !reading.words_of(reading.text).any(|w| past(w.as_str()))
}

/// Whether a clause tells of its happening as still to come ("will not
/// attend", "decided not to attend", "is to skip").
fn told_in_the_future(text: &str) -> bool {
    static AHEAD: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"(?i)\b(?:will|won[’']t|would|shall|is\s+to|are\s+to|plans?\s+to|intends?\s+to|not\s+to)\b")
            .expect("future pattern")
    });
    AHEAD.is_match(text)
}

/// Whether a date after `before` is the day a decision of the main clause
/// takes effect ("appointed ... from January 1", "effective 1 July").
fn takes_effect_from(reading: &Reading, before: &str) -> bool {
    let effect =
        before.ends_with(" from") || before.ends_with(" as of") || before.ends_with(" effective");
    effect
        && reading.shape.main_verb.as_ref().is_some_and(|verb| {
            reading.words_of(&reading.text[verb.clone()]).any(|w| {
                matches!(
                    w.as_str(),
                    "approved"
                        | "appointed"
                        | "decided"
                        | "agreed"
                        | "endorsed"
                        | "elected"
                        | "named"
                )
            })
        })
}

/// Whether the clause at `focus` says "also" among its first words ("He
/// also declined to sign ...", "Armenia also stopped paying"): a further
/// deed, not the one told before it. Not where it goes on with what was
/// told ("The sides also discussed ...", "It was also agreed ..."), which
/// is a part of that happening.
fn adds_to_what_was_told(reading: &Reading, focus: &Range<usize>) -> bool {
    /// How far into its clause "also" stands before its verb.
    const HEAD_WORDS: usize = 5;
    let text = &reading.text[focus.clone()];
    holds_in_any_case(text, "also")
        && !names_a_told_happening(text)
        && reading.words_of(text).take(HEAD_WORDS).any(|w| w == "also")
}

/// Whether `text` names a happening by a noun that only points back, as
/// its subject ("The procedure Yerevan set in motion was completed") or as
/// what someone was told of ("told Lukashenka of his decision"), or tells
/// what the two who met did there ("The interlocutors discussed ...", "It
/// was agreed to keep in contact"), or says its speaker "made the
/// announcement" there: what it tells is of a happening the article told
/// already. A noun elsewhere ("discussed the procedure",
/// "says the move is aimed at") is a topic.
fn names_a_told_happening(text: &str) -> bool {
    static TOLD: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"^(?:The|This|That|His|Her|Its|Their)\s+(?:decision|procedure|move|step|process)\b|^The\s+(?:sides|interlocutors|parties)\s+(?:also\s+)?(?:discussed|exchanged\s+views)\b|^It\s+was\s+(?:also\s+)?agreed\b|\b(?:told|informed|notified|briefed)\b[^,;]{0,60}\bof\s+(?:the|this|that|his|her|its|their)\s+(?:decision|move|step)\b",
        )
        .expect("told-happening pattern")
    });
    // The anchored forms open with "T", "H" or "I" (the pattern heeds
    // case), and the other needs a verb of telling: most sentences are
    // let go unsearched.
    let text_start = text.trim_start();
    let may_tell = text_start.starts_with(['T', 'H', 'I'])
        || holds_any(text, &["told", "informed", "notified", "briefed"]);
    (may_tell && TOLD.is_match(text_start)) || names_a_told_saying(text)
}

/// "He made the announcement in the National Assembly", "Putin made the
/// remarks in an interview": the saying its article told before, which
/// this is a telling of.
fn names_a_told_saying(text: &str) -> bool {
    static TOLD_SAYING: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"^\S+(?:\s+\S+){0,3}?\s+(?:also\s+)?(?:made|gave|delivered)\s+(?:the|these|those|this)\s+(?:announcement|remarks|statement|comments|comment|pledge)\b",
        )
        .expect("told-saying pattern")
    });
    // Without one of its verbs a sentence is let go unsearched.
    holds_any(text, &["made", "gave", "delivered"]) && TOLD_SAYING.is_match(text.trim_start())
}

/// The clause from `span.start`, without what stands between its subject
/// and its main verb after a comma: "Yuri Khachaturov, a former chief of
/// Armenia's general staff, was charged" tells of a charge, which the
/// apposition would push out of the clause's head.
fn without_apposition<'a>(reading: &Reading<'a>, span: Range<usize>) -> Cow<'a, str> {
    let text = reading.text;
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return Cow::Borrowed(&text[span]);
    };
    if !(span.start < verb.start && verb.start < span.end) {
        return Cow::Borrowed(&text[span]);
    }
    // An apposition is set off by two commas, the second just before the
    // verb; a quotation before its tag is no subject.
    let before_verb = &text[span.start..verb.start];
    let apposition_ends = before_verb.trim_end().ends_with(',');
    match before_verb.find(',') {
        Some(comma)
            if apposition_ends
                && comma + 1 < before_verb.trim_end().len()
                && !reading.quotes_within(&(span.start..verb.start)) =>
        {
            Cow::Owned(format!(
                "{} {}",
                &before_verb[..comma],
                &text[verb.start..span.end]
            ))
        }
        _ => Cow::Borrowed(&text[span]),
    }
}

/// Whether the focus opens with an adverbial phrase ("In January 2022, at
/// the request of ...,") before its main clause; a quotation before its
/// speech tag is no adverbial.
fn opens_with_adverbial(reading: &Reading, focus: &Range<usize>) -> bool {
    let lead_end = reading.shape.lead_end;
    focus.start < lead_end
        && lead_end < focus.end
        && reading.shape.tag_start.is_none()
        && !reading.quotes_within(&(focus.start..lead_end))
        && reading
            .words_of(&reading.text[focus.start..lead_end])
            .next()
            .is_some_and(|first| clauses::is_lead_opener(&first))
}

/// Whether what a verb of saying ending at `verb_end` reports opens with a
/// date of its own: "stressed that on 13 September Azerbaijan unleashed",
/// "noted that in May 2021 Armenia asked".
fn said_clause_opens_with_its_date(
    reading: &Reading,
    verb_end: usize,
    published: Option<chrono::NaiveDate>,
) -> bool {
    let rest = reading.text[verb_end..].trim_start();
    let Some(clause) = rest.strip_prefix("that ") else {
        return false;
    };
    let at = reading.text.len() - clause.len();
    let opener = ["on ", "in ", "at the end of ", "by "]
        .iter()
        .find_map(|p| clause.strip_prefix(p))
        .map_or(at, |after| reading.text.len() - after.len());
    find_dates(&reading.text[opener..], published)
        .first()
        .is_some_and(|m| m.start == 0 && !m.future)
}

/// The short phrases after "for the", "for their" and the like in `text`
/// ("for their annual summit"): the occasion a clause was for.
fn occasions_named_for(text: &str) -> impl Iterator<Item = &str> {
    const DETERMINERS: [&str; 7] = ["the ", "their ", "its ", "his ", "her ", "a ", "an "];
    text.match_indices(" for ").filter_map(move |(at, _)| {
        let rest = &text[at + " for ".len()..];
        let determiner = DETERMINERS.iter().find(|d| rest.starts_with(**d))?;
        head_words(rest, OCCASION_WORDS).get(determiner.len()..)
    })
}

/// How many words after "for" an occasion is named within ("for their
/// annual CSTO summit").
const OCCASION_WORDS: usize = 4;

/// How many words from its start a clause names its happening within.
const KIND_HEAD_WORDS: usize = 10;

/// How many words from its main verb on a clause names its happening within
/// ("decided to formally ask the CSTO for help").
const KIND_WORDS_FROM_VERB: usize = 8;

/// The start of `text`, up to the end of its `count`th word.
fn head_words(text: &str, count: usize) -> &str {
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let word_char = c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
        if in_word && !word_char {
            seen += 1;
            if seen == count {
                return &text[..i];
            }
        }
        in_word = word_char;
    }
    text
}

/// "flew to Moscow, having met Aliyev in Brussels": the clause's title
/// "Having met Aliyev in Brussels" told of the main clause's subject, as
/// it happened ("Pashinyan met Aliyev in Brussels"; the headline present
/// comes after).
fn done_before_titled(title: &str, subject: Option<&str>, reading: &Reading) -> Option<String> {
    let rest = title.strip_prefix("Having ")?;
    let (participle, after) = rest.split_once(' ').unwrap_or((rest, ""));
    let past = clauses::past_of_participle(participle)?;
    let named = name_the_pronoun(&format!("He {past} {after}"), subject, reading);
    (!named.starts_with("He ")).then(|| named.trim_end().to_string())
}

/// "Pelosi arrived in Yerevan on Saturday, and on Sunday called Azerbaijan's
/// attacks illegal": the second verb's clause, cut from its subject,
/// opens with the verb. It is titled by the sentence's subject, as its
/// pronoun would be: "Nancy Pelosi calls Azerbaijan's attacks illegal".
fn verb_first_titled(title: &str, subject: Option<&str>, reading: &Reading) -> Option<String> {
    let (verb, after) = title.split_once(' ')?;
    let lowered = verb.to_lowercase();
    // "Let us also remind that ...": an imperative, not a past.
    if !clauses::is_past_form(&lowered) || lowered == "let" || after.is_empty() {
        return None;
    }
    // "Added the handover of passport control at Zvartnots ...": a log's
    // entry (a dataset's release notes, a page's changes) opens with what
    // was done to the record; what it names is the happening.
    let opening = reading.text[reading.shape.lead_end..].trim_start();
    if clauses::LOG_VERBS.contains(&lowered.as_str())
        && opening
            .get(..verb.len())
            .is_some_and(|first| first.eq_ignore_ascii_case(verb))
    {
        // ("added that Armenia stayed away ..." tells the happening itself.)
        let named = after.strip_prefix("that ").unwrap_or(after);
        return Some(capitalise(named.trim_end()));
    }
    let named = name_the_pronoun(&format!("He {lowered} {after}"), subject, reading);
    (!named.starts_with("He ")).then(|| named.trim_end().to_string())
}

/// The happening an undated "after" clause tells, when the sentence's one
/// dated deed is dated only to its month or year: the clause's own subject
/// and verb ("after Azerbaijani troops crossed into Syunik"), in that same
/// period. To the day, what came before may be days earlier: left alone.
fn happened_before_it(
    reading: &Reading,
    found: &[Candidate],
    mentions: &[DateMention],
) -> Option<Candidate> {
    const SUBJECT_WORDS: usize = 2;
    const VERB_WORDS: usize = 3;
    let [main] = found
        .iter()
        .filter(|c| !c.names_happening && !c.approximate)
        .collect::<Vec<_>>()[..]
    else {
        return None;
    };
    if main.date.day_value().is_some() || main.speech {
        return None;
    }
    let verb_end = reading.shape.main_verb.as_ref()?.end;
    let text = reading.text;
    let after = verb_end + text[verb_end..].find(" after ")? + " after ".len();
    let end = text[after..]
        .find([',', ';'])
        .map_or(text.trim_end().trim_end_matches('.').len(), |at| after + at);
    let clause = after..end;
    let inside = |r: &Range<usize>| clause.start <= r.start && r.end <= clause.end;
    if mentions.iter().any(|m| inside(&(m.start..m.end))) || reading.in_quotes(&clause) {
        return None;
    }
    // Its subject, named, opens it; its verb, in the past, follows.
    let subject = reading.actors.iter().find(|m| {
        inside(&m.range) && reading.words_of(&text[after..m.range.start]).count() <= SUBJECT_WORDS
    })?;
    let finite = text[subject.range.end..end]
        .split_whitespace()
        .take(VERB_WORDS)
        .any(|w| clauses::is_past_form(&w.to_lowercase()));
    if !finite {
        return None;
    }
    let focus = Focus {
        span: clause.clone(),
        title: clause,
        noun_phrase: false,
    };
    Some(candidate(reading, &focus, main.date, false, mentions, None))
}

/// "reached Yerevan on 15 September 2022, two days after Azerbaijan's
/// attack on Armenia's border": a happening named (not told by a verb of
/// its own, which `offsets` reads) by a count of days from the exact day
/// right before it is a happening of its own, on the day counted back.
fn counted_back_to_a_named_happening(
    reading: &Reading,
    mentions: &[DateMention],
) -> Option<Candidate> {
    static COUNTED: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"(?i)^,\s+(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\s+(?P<named>[^,;.()]{3,80})")
            .expect("named happening counted back pattern")
    });
    const NOUN_REACH: usize = 4;
    let text = reading.text;
    let day = mentions.iter().find(|m| {
        matches!(m.kind, MentionKind::Absolute)
            && m.date.day_value().is_some()
            && text[m.end..].starts_with(", ")
    })?;
    let caps = COUNTED.captures(&text[day.end..])?;
    let named = caps.name("named")?;
    let span = day.end + named.start()..day.end + named.end();
    let words: Vec<Word> = reading.words_of(&text[span.clone()]).collect();
    let names_one = words
        .iter()
        .take(NOUN_REACH)
        .any(|w| focus::is_event_noun(w.as_str()));
    let told = words.iter().any(|w| clauses::is_past_form(w));
    if !names_one || told || reading.in_quotes(&span) {
        return None;
    }
    let amount = super::text::count_word(caps.name("n")?.as_str())?;
    let (amount, unit) = counted_in(amount, &caps.name("unit")?.as_str().to_lowercase());
    let offset = Offset {
        phrase: day.end..span.start,
        clause: span.clone(),
        amount,
        unit,
        after: caps.name("dir")?.as_str().eq_ignore_ascii_case("after"),
        to_the_day: false,
        anniversary: false,
        vague: false,
    };
    let (date, approximate) = offset.back_from(day.date, day.approximate)?;
    let focus = Focus {
        span: span.clone(),
        title: span,
        noun_phrase: true,
    };
    Some(candidate(
        reading,
        &focus,
        date,
        approximate,
        mentions,
        None,
    ))
}

/// Whether a caption's verb dates the picture it labels: "in a still image
/// from video released on September 13", "in a photo taken on Monday".
fn dates_the_picture(text: &str) -> bool {
    static PICTURE_DATED: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"(?i)\b(?:image|photo|photograph|picture|video|footage|screenshot)\s+(?:was\s+)?(?:released|taken|published|distributed|provided|posted|obtained)\b",
        )
        .expect("picture dated pattern")
    });
    PICTURE_DATED.is_match(text)
}

/// The title of an infinitive clause ("to take office") named by the
/// person who is to act: "Imangali Tasmagambetov to take office".
fn infinitive_titled(rest: &str, person: &str, reading: &Reading) -> String {
    let named = name_the_pronoun(&format!("He to {rest}"), Some(person), reading);
    if named.starts_with("He to ") {
        format!("To {rest}")
    } else {
        named
    }
}

/// A subordinate clause's title that opens with a pronoun ("He was told by
/// the CSTO Secretary-General ...") names the main clause's actor instead,
/// as written in the sentence.
fn name_the_pronoun(title: &str, subject: Option<&str>, reading: &Reading) -> String {
    let Some(subject) = subject else {
        return title.to_string();
    };
    // "His government stops paying": a body the person heads. ("His
    // foreign minister" is a person of his own, named elsewhere.)
    let possessive = ["His ", "Her "]
        .iter()
        .find_map(|p| title.strip_prefix(p))
        .filter(|rest| {
            [
                "government ",
                "administration ",
                "cabinet ",
                "party ",
                "officials ",
            ]
            .iter()
            .any(|body| rest.starts_with(body))
        });
    let written = reading
        .actors
        .iter()
        .find(|m| m.actor == subject)
        .map(|m| &reading.text[m.range.clone()]);
    let Some(rest) = ["He ", "She ", "They "]
        .iter()
        .find_map(|p| title.strip_prefix(p))
        .or(possessive)
    else {
        // "after Armenian investigators charged him in July": the person
        // "him" stands for, named in the title ("Armenian investigators
        // charge Khachaturov").
        return match written {
            Some(name)
                if reading
                    .people
                    .iter()
                    .any(|p| &reading.text[p.clone()] == name) =>
            {
                name_the_object(title, name)
            }
            _ => title.to_string(),
        };
    };
    match written {
        // "His government stops paying": the person's government.
        Some(name) if possessive.is_some() => format!("{name}'s {rest}"),
        Some(name) => format!("{name} {rest}"),
        None => title.to_string(),
    }
}

/// `title` with its object "him" (a word of its own) as `name`, unless the
/// title names that person already.
fn name_the_object(title: &str, name: &str) -> String {
    let surname = name.rsplit(' ').next().unwrap_or(name);
    if title.contains(surname) {
        return title.to_string();
    }
    // The first "him" only: a second is the same person again.
    let mut named = false;
    let words: Vec<String> = title
        .split(' ')
        .enumerate()
        .map(|(n, word)| {
            let bare = word.trim_end_matches([',', ';', ':', '.', '…']);
            if n > 0 && bare == "him" && !named {
                named = true;
                format!("{name}{}", &word[bare.len()..])
            } else {
                word.to_string()
            }
        })
        .collect();
    words.join(" ")
}

/// "On 16 November the ministry said ... ¶ That same Tuesday, Yerevan asked
/// Moscow": a weekday said to be the same one is the day the story is on,
/// when that day falls on it (else it is read as any weekday is). Gives the
/// day and where the phrase opens ("That same"), which the title drops too.
fn the_same_weekday(
    text: &str,
    mention: &DateMention,
    story: Option<&Narrative>,
) -> Option<(EventDate, usize)> {
    let day = story?.last_day?;
    let weekday: chrono::Weekday = text.get(mention.start..mention.end)?.parse().ok()?;
    if day.day_value().is_none() || day.first_day().weekday() != weekday {
        return None;
    }
    let before = text[..mention.start].trim_end();
    let same = before.len().checked_sub("same".len())?;
    let at_word_start = crate::extract::text::at_word_start;
    if !before.get(same..)?.eq_ignore_ascii_case("same") || !at_word_start(before, same) {
        return None;
    }
    let opener = before[..same].trim_end();
    let start = ["on the", "that", "the"]
        .iter()
        .find_map(|word| {
            let at = opener.len().checked_sub(word.len())?;
            (opener.is_char_boundary(at)
                && opener[at..].eq_ignore_ascii_case(word)
                && at_word_start(opener, at))
            .then_some(at)
        })
        .unwrap_or(same);
    Some((day, start))
}
