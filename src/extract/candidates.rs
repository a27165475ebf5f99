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
//! Merging reports of one happening is the next step, in [`super::merge`].

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock};

use chrono::Datelike;

use regex::Regex;
use std::ops::Range;

use super::actors::{ActorMention, DocumentActorScanner, Gazetteer, SpeakerRole};
use super::anchors::{AnchorReference, NamedHappening, named_happenings, reference_at};
use super::clauses::{self, Shape};
use super::dates::{ContextShift, DateMention, MentionKind, find_dates};
use super::sentences::{quoted_ranges, split_sentences};
use super::terms::content_terms;
use super::title::{
    Named, capitalise, cleft_parts, editorial, join_relative, noun_phrase_title, tidy, title_for,
};
use super::topics::Taxonomy;
use super::transcript::{self, Transcript, Turn};
use crate::corpus::Document;
use crate::model::{Actor, ActorKind, BlockKind, EventDate, Precision};

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
    /// The sentence names its happening as one already told ("The
    /// procedure Yerevan set in motion was completed", "told Lukashenka of
    /// his decision"): it may go on with the report just before it.
    pub refers_back: bool,
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
    topics: Vec<String>,
    /// For the kinds of happening a clause tells of.
    taxonomy: &'a Taxonomy,
    /// Roles that stand for a person the article named ("the Russian president").
    roles: &'a [SpeakerRole],
}

impl Reading<'_> {
    fn in_quotes(&self, range: &Range<usize>) -> bool {
        self.quoted
            .iter()
            .any(|q| q.start <= range.start && range.end <= q.end)
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
        // cleft names acts.
        if let Some((named, _)) = cleft_parts(&self.text[focus.clone()]) {
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
            let first = self.actors.iter().find(within)?;
            let pronoun_first = words_of(&self.text[focus.start..first.range.start])
                .any(|w| matches!(w.as_str(), "it" | "he" | "she" | "they"));
            // "... from the tribune of the National Assembly he declared": a
            // name in a phrase of place, with a pronoun right after it.
            let before = self.text[focus.start..first.range.start].trim_end();
            let before = before.strip_suffix(" the").unwrap_or(before);
            let in_a_phrase = PLACE_OR_OBJECT_PREPOSITIONS
                .iter()
                .chain(&["from", "at"])
                .any(|p| before.ends_with(&format!(" {p}")));
            let pronoun_after = words_of(&self.text[first.range.end..focus.end])
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
        let mut before = before.filter(|m| !in_descriptive_aside(self.text, m.range.start));
        let first = before.next();
        let before = match first {
            Some(owner) if possessive(owner) => before.find(|m| !possessive(m)).or(first),
            other => other,
        };
        if let Some(subject) = before {
            return Some(subject.actor.clone());
        }
        // "When Nikol Pashinyan chaired the summit in May 2022, he told the
        // other leaders ...": "he" is the one the opening clause named.
        let opens_with_pronoun =
            words_of(&self.text[self.shape.lead_end.min(verb.start)..verb.start])
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
        let verb_text = &self.text[verb.clone()];
        let passive = verb_text.split_whitespace().count() > 1 && verb_text.ends_with("ed");
        if passive {
            let rest = &self.text[verb.end..focus.end];
            if let Some(by) = rest.find(" by ") {
                let agent_from = verb.end + by + 4;
                let agent =
                    self.actors.iter().filter(within).find(|m| {
                        m.range.start >= agent_from && m.range.start <= agent_from + 40
                    })?;
                // "signed ... by Armenia, Russia and four Central Asian
                // republics": several parties acted, no one of them alone.
                let after = self.text[agent.range.end..].trim_start_matches(['’', '\'', 's']);
                let listed = after.starts_with(", ") || after.starts_with(" and ");
                return (!listed).then(|| agent.actor.clone());
            }
        }
        None
    }
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
const PLACE_OR_OBJECT_PREPOSITIONS: &[&str] = &["of", "to", "in", "into", "against", "on", "with"];

/// Reads one document and returns its candidate events. People discovered
/// by their title are added to `discovered`.
pub fn document_candidates(
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
    introduce_quoted_speakers(document, &mut scanner);
    let transcript = transcript::read(document, &mut scanner, &|id, scanner| {
        is_person(id, gazetteer, scanner)
    });
    // Whether the paragraph being read answers a question of the transcript.
    let mut answering = false;
    // The day of the article's news, once its lead has given one.
    let mut news_day: Option<EventDate> = None;
    let mut candidates = Vec::new();
    // The happening the story last told of, which the next sentence may continue.
    let mut story: Option<Narrative> = None;
    // The person the article last named, whom "he" or "she" may stand for.
    let mut last_person: Option<String> = None;
    // Persons named so far, the latest last: "the head of state said" is
    // the latest of them the role fits.
    let mut persons_named: Vec<(String, usize)> = Vec::new();
    // The happening a sentence in the past perfect looked back to, for the
    // sentence after it.
    let mut flashback: Option<Narrative> = None;
    // The person the sentence before had for its subject, if any.
    let mut subject_person: Option<String> = None;
    // The group the sentence before had for its subject ("the leaders").
    let mut group: Option<String> = None;
    // Organizations the article has named, the latest last.
    let mut bodies_named: Vec<(String, String)> = Vec::new();
    // When each speaker last spoke: a quotation that goes on with them
    // after another paragraph is of that day.
    let mut last_said: HashMap<String, (EventDate, bool)> = HashMap::new();
    // The time of history the paragraph before ended in, if it told of
    // history: the next paragraph goes on in it until it dates itself.
    let mut history: Option<EventDate> = None;
    // In an interview: the time of history the turns have come to.
    let mut turn_setting: Option<EventDate> = None;

    // Where the first paragraph of the story starts: the lead tells the news.
    let mut first_body: Option<usize> = None;
    // A live blog's entry may have its time on a line of its own ("16:20"),
    // which opens the paragraph after it.
    let mut timed_entry = false;
    for block in &document.blocks {
        if matches!(block.kind, BlockKind::Headline | BlockKind::Boilerplate) {
            let line = document.text[block.range.clone()].trim();
            if opens_with_time(line) && line.len() <= "00:00 pm".len() {
                timed_entry = true;
            }
            continue;
        }
        let entry = std::mem::take(&mut timed_entry);
        let prose = &document.text[block.prose.clone()];
        // The date a paragraph's narrative is set at, once a sentence gives
        // one. In an interview the answers go on in the time the last
        // question or answer was about ("And September 2022? ¶ A: On 13
        // September the shelling started").
        let asks = transcript.is_some() && transcript::turn(prose) == Turn::Question;
        // The whole line: the first story line's prose leaves its dateline out.
        let report_day = dateline_day(
            document.text[block.range.clone()].trim_start(),
            document.published,
        );
        let mut setting: Option<EventDate> = if transcript.is_some() && !asks {
            turn_setting
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
        let line = &document.text[block.range.clone()];
        if block.kind == BlockKind::Background || entry || opens_with_time(line) {
            story = None;
            carried_history = None;
        }
        if transcript.is_some() && block.kind == BlockKind::Body {
            answering = match transcript::turn(prose) {
                Turn::Answer => true,
                Turn::Question => false,
                Turn::Unlabelled => answering,
            };
        }
        let body_seen = first_body.is_some_and(|first| first != block.range.start);
        if block.kind == BlockKind::Body && first_body.is_none() {
            first_body = Some(block.range.start);
        }
        // Quotations may run over several sentences of a paragraph: their
        // marks are paired across the whole paragraph.
        let paragraph_quotes = quoted_ranges(prose);
        let mut readings = Vec::new();
        for local in split_sentences(prose) {
            let sentence = block.prose.start + local.start..block.prose.start + local.end;
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
                shape: clauses::shape(text, &quoted),
                topics: taxonomy.find(text),
                taxonomy,
                roles: &gazetteer.rules().speaker_roles,
                actors: Vec::new(),
                quoted,
            };
            reading.actors = all_actors
                .into_iter()
                .filter(|m| !reading.in_quotes(&m.range))
                .collect();
            readings.push((sentence, reading));
        }
        for (n, (sentence, reading)) in readings.iter().enumerate() {
            let sentence = sentence.clone();
            let background = block.kind == BlockKind::Background;
            // "Pashinian had angered Moscow with an interview on September
            // 3 ... He also said ...": a pronoun goes on with the look back.
            let followed = flashback.as_ref().filter(|_| pronoun_subject(reading));
            // "The 65-year-old Tasmagambetov, who ... Nazarbayev, used
            // to serve ... His last official position ...": the person
            // the sentence before was about comes first, unless a role
            // names another ("the head of state said").
            let role = role_speaker(
                &narration(reading),
                &persons_named,
                story.as_ref().and_then(|s| s.subject.as_deref()),
                gazetteer,
            );
            let person = role.as_deref().or(subject_person.as_deref()).or(story
                .as_ref()
                .and_then(|s| s.subject.as_deref())
                .filter(|id| is_person(id, gazetteer, &scanner))
                .or(last_person.as_deref()));
            // "The Prime Minister also informed that ...": said on the day
            // the speaker last spoke, whatever the sentence before dated.
            let also_said = words_of(&narration(reading))
                .any(|w| w == "also")
                .then(|| {
                    reading
                        .actors
                        .iter()
                        .map(|m| m.actor.as_str())
                        .chain(person)
                        .find_map(|id| last_said.get(id).copied())
                })
                .flatten();
            let (mut found_here, mut told) = sentence_candidates(
                reading,
                document,
                Place {
                    background,
                    // Each entry of a live blog is news of its own.
                    lead: !body_seen || entry || opens_with_time(line),
                    answer: answering,
                    news_day,
                    caption: block.kind == BlockKind::Caption,
                    history: carried_history.filter(|_| setting.is_none()),
                    also_said,
                    report_day,
                },
                setting,
                followed.or(story.as_ref()),
                person,
            );
            if found_here.is_empty()
                && !background
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
                            &narration(reading),
                            &persons_named,
                            story.as_ref().and_then(|s| s.subject.as_deref()),
                            gazetteer,
                        )
                    },
                )
            {
                told = Some(Narrative {
                    date: statement.date,
                    approximate: statement.approximate,
                    subject: statement.subject.clone(),
                    last_day: None,
                    flashback: false,
                });
                found_here.push(statement);
            }
            // "In May 2021 we had already invoked Article 2": in an answer,
            // "we" is the side of the one interviewed (their state), "I" is
            // they themselves. Where their side is not known, what the
            // sentence recalls is left to the statement.
            if answering
                && let Some(person) = first_person_subject(reading)
                && let Some(transcript) = &transcript
            {
                let actor_of = |id: &str| {
                    gazetteer
                        .get(id)
                        .cloned()
                        .or_else(|| scanner.discovered().iter().find(|a| a.id == id).cloned())
                };
                let side = match person {
                    FirstPerson::Singular => actor_of(&transcript.interviewee),
                    FirstPerson::Plural => actor_of(&transcript.interviewee)
                        .and_then(|a| a.country)
                        .and_then(|country| actor_of(&country)),
                };
                found_here.retain_mut(|c| {
                    if c.subject.is_some() {
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
            if answering
                && let Some(transcript) = &transcript
                && !question(reading)
                && words_of(transcript::without_label(reading.text)).count() >= MIN_UNDATED_WORDS
            {
                found_here.push(answer_statement(reading, transcript, &|id: &str| {
                    gazetteer
                        .get(id)
                        .or_else(|| scanner.discovered().iter().find(|a| a.id == id))
                        .map(|a| a.name.clone())
                }));
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
            for m in &reading.actors {
                // "Russian Foreign Ministry" (read as Russia), "the Security
                // Council of Armenia": each body noun its name holds.
                let written = reading.text[m.range.clone()].to_lowercase();
                let canonical = gazetteer
                    .get(&m.actor)
                    .filter(|a| a.kind == ActorKind::Organization)
                    .map(|a| a.name.to_lowercase())
                    .unwrap_or_default();
                for noun in BODY_NOUNS {
                    let holds = |name: &str| words_of(name).any(|w| w == *noun);
                    if holds(&written) || holds(&canonical) {
                        bodies_named.retain(|(n, id)| !(n == noun && id == &m.actor));
                        bodies_named.push((noun.to_string(), m.actor.clone()));
                    }
                }
            }
            if !body_seen && news_day.is_none() {
                news_day = found_here
                    .iter()
                    .find(|c| !c.approximate && c.date.day_value().is_some())
                    .map(|c| c.date);
            }
            setting = narrative_setting(&found_here, document).or(setting);
            // Unless the paragraph ends on the news of the day ("He also said
            // that Armenia had taken part in no CSTO event since February").
            let ends_in_history = found_here.iter().all(|c| is_history(c.date, document));
            history = setting.filter(|date| ends_in_history && is_history(*date, document));
            if transcript.is_some() {
                // An answer stays in the turn's time until it tells of
                // another time of history, or of the news of the day; the
                // day it was given is neither.
                let tells_news = found_here
                    .iter()
                    .any(|c| !c.approximate && !c.speech && !is_history(c.date, document));
                turn_setting = if asks {
                    question_time(reading.text, document)
                        .or(turn_setting.filter(|_| follows_up(reading.text)))
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
                told.last_day = found_here
                    .iter()
                    .rev()
                    .find(|c| {
                        !c.approximate
                            && !c.names_happening
                            && !to_come(c)
                            && (!answering || !c.speech)
                            && c.date.day_value().is_some()
                    })
                    .map(|c| c.date);
            }
            match told {
                Some(told) if told.flashback => flashback = Some(told),
                Some(told) => {
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
            if let Some(named) = reading
                .actors
                .iter()
                .rev()
                .find(|m| is_person(&m.actor, gazetteer, &scanner))
            {
                last_person = Some(named.actor.clone());
            }
            for m in &reading.actors {
                if is_person(&m.actor, gazetteer, &scanner) {
                    let times = persons_named
                        .iter()
                        .position(|(p, _)| p == &m.actor)
                        .map_or(0, |at| persons_named.remove(at).1);
                    persons_named.push((m.actor.clone(), times + 1));
                }
            }
            subject_person = reading
                .subject_in(&(0..reading.text.len()))
                .filter(|id| is_person(id, gazetteer, &scanner));
            // "The leaders have signed ... They also handed the chairmanship
            // to Kyrgyzstan": "they" is the group the sentence before named.
            let they = group.take().filter(|_| {
                words_of(&main_clause_lowercase(reading)).next().as_deref() == Some("they")
            });
            group = group_named(reading);
            for mut found in found_here {
                if let Some(group) = &they
                    && found.subject.is_none()
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
                found.title = editorial(&found.title, subject.as_ref());
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
                candidates.push(Candidate {
                    document: document.id.clone(),
                    sentence: sentence.clone(),
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
    candidates
}

/// Whether the actor `id` (known or discovered in this document) is a person.
fn is_person(id: &str, gazetteer: &Gazetteer, scanner: &DocumentActorScanner) -> bool {
    gazetteer
        .get(id)
        .or_else(|| scanner.discovered().iter().find(|a| a.id == id))
        .is_some_and(|a| a.kind == ActorKind::Person)
}

/// "17:40 — ...": a live blog's entry.
fn opens_with_time(line: &str) -> bool {
    let head: Vec<char> = line.trim_start().chars().take(6).collect();
    let digits = |range: std::ops::Range<usize>| {
        range
            .clone()
            .all(|i| head.get(i).is_some_and(char::is_ascii_digit))
    };
    (digits(0..2) && head.get(2) == Some(&':') && digits(3..5))
        || (digits(0..1) && head.get(1) == Some(&':') && digits(2..4))
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
}

/// Pronouns that open a clause continuing the previous one's actor.
const CONTINUING_PRONOUNS: &[&str] = &["he", "she", "it", "they", "his", "her", "its", "their"];

/// Whether the sentence goes on with the happening before it rather than
/// opening one of its own: its main clause opens with a pronoun ("He
/// declined ...", "His deputy ..."), or it says "also" before its verb is
/// done ("Pashinyan also said", "The two countries also initialled").
fn continues_story(reading: &Reading) -> bool {
    let main = &reading.text[reading.shape.lead_end.min(reading.text.len())..];
    let mut words = words_of(main);
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
                reading.text[verb.clone()].to_lowercase().as_str(),
                "added" | "continued"
            )
    });
    adds || words_of(head).any(|w| w == "also")
        || words_of(&reading.text[..reading.shape.lead_end.min(reading.text.len())])
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
        words_of(main)
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
fn main_clause_lowercase(reading: &Reading) -> String {
    reading.text[reading.shape.lead_end.min(reading.text.len())..].to_lowercase()
}

/// Whether the main clause's subject is "he", "she" or a role standing for a person.
fn personal_subject(reading: &Reading) -> bool {
    let main = main_clause_lowercase(reading);
    // The subject may follow an opening the clause reader did not set apart
    // ("On the same day he also discussed", "Asked what ..., she pointed"):
    // "he" or "she" right before the main verb, with no name between.
    let before_verb = reading.shape.main_verb.as_ref().is_some_and(|verb| {
        let head = &reading.text[..verb.start];
        let last_word = words_of(head).last().unwrap_or_default();
        let named_between = reading
            .actors
            .iter()
            .any(|m| m.range.end <= verb.start && m.range.start + 40 > verb.start);
        matches!(last_word.as_str(), "he" | "she")
            || (words_of(head)
                .collect::<Vec<_>>()
                .iter()
                .rev()
                .take(3)
                .any(|w| matches!(w.as_str(), "he" | "she"))
                && !named_between)
    });
    let pronoun = before_verb
        || words_of(&main)
            .next()
            .is_some_and(|w| matches!(w.as_str(), "he" | "she"));
    // "The Armenian Prime Minister stated ...", "The RA Prime Minister
    // reminded ...": a nationality or a country's initials may stand
    // between the article and the role.
    let original_main = reading.text[reading.shape.lead_end.min(reading.text.len())..].trim_start();
    let initials = |word: &str| {
        let original = original_main.get(4..4 + word.len());
        (2..=4).contains(&word.len())
            && original.is_some_and(|w| w.bytes().all(|b| b.is_ascii_uppercase()))
    };
    let mut qualified = false;
    let main = match main.strip_prefix("the ").map(|rest| rest.split_once(' ')) {
        Some(Some((word, rest)))
            if initials(word)
                || word.ends_with("ian")
                || word.ends_with("ish")
                || word.ends_with("ese")
                || matches!(
                    word,
                    "kazakh" | "kyrgyz" | "tajik" | "uzbek" | "azerbaijani" | "belarusian"
                ) =>
        {
            qualified = true;
            format!("the {rest}")
        }
        _ => main,
    };
    // "the prime minister of Armenia Nikol Pashinyan", "The Prime Minister
    // Nikol Pashinyan": a role followed by a name names its person; the
    // word after the role is read in the sentence as written.
    let stands_alone = |role: &str| {
        main.strip_prefix(role).is_some_and(|rest| {
            let after = original_main
                .split_whitespace()
                .nth(role.split_whitespace().count() + usize::from(qualified));
            rest.starts_with(' ')
                && !rest.trim_start().starts_with("of ")
                && !after.is_some_and(|w| w.starts_with(char::is_uppercase))
        })
    };
    let role = ROLE_SUBJECTS.iter().any(|role| stands_alone(role));
    // "The Russian president added that ...": a role that names its office
    // and country, standing for the person the article named who holds it.
    let office = reading.roles.iter().any(|r| stands_alone(&r.role));
    pronoun || role || office
}

/// The people an article quotes are known from its first line on: "Sona
/// Melikyan heads a research group" names the person quoted later as
/// "Melikyan said", and "she" after it stands for her.
fn introduce_quoted_speakers(document: &Document, scanner: &mut DocumentActorScanner) {
    let story = document
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Body | BlockKind::Caption));
    for block in story {
        let prose = &document.text[block.prose.clone()];
        let paragraph_quotes = quoted_ranges(prose);
        for local in split_sentences(prose) {
            let quoted: Vec<Range<usize>> = paragraph_quotes
                .iter()
                .filter(|q| q.start < local.end && local.start < q.end)
                .map(|q| q.start.max(local.start) - local.start..q.end.min(local.end) - local.start)
                .collect();
            if quoted.is_empty() {
                continue;
            }
            let at = block.prose.start + local.start;
            let text = &document.text[at..block.prose.start + local.end];
            if let Some(speaker) = quoted_speaker(text, &quoted, &document.text[..at])
                .and_then(|speaker| unknown_part(&speaker, scanner))
            {
                scanner.introduce(&speaker, "quoted");
            }
        }
    }
}

/// The part of a speaker's name the article's actors do not already cover:
/// none for a known person ("Belarus Alexander Lukashenko" is Lukashenko
/// after his country's name), the rest after a known place otherwise.
fn unknown_part(speaker: &str, scanner: &mut DocumentActorScanner) -> Option<String> {
    let known = scanner.find(speaker);
    if known.iter().any(|m| m.range.end == speaker.len()) {
        return None;
    }
    let rest = match known.iter().find(|m| m.range.start == 0) {
        Some(place) => speaker[place.range.end..].trim_start(),
        None => speaker,
    };
    rest.contains(' ').then(|| rest.to_string())
}

/// A name in the speech tag of a quotation ("\"...,\" Melikyan said."): the
/// speaker, by the full name the article gave earlier ("Sona Melikyan heads
/// ..."); a lone word the article never gave in full is not taken for one.
fn quoted_speaker(text: &str, quoted: &[Range<usize>], before: &str) -> Option<String> {
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[,;:]\s*|\s)(?P<name>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})\s+(?:said|says|told|tells|added|stressed|noted|insisted|explained|continued)\b")
            .expect("speech tag pattern")
    });
    let mut narration = text.to_string();
    for q in quoted {
        if narration.is_char_boundary(q.start) && narration.is_char_boundary(q.end) {
            narration.replace_range(q.clone(), &",".repeat(q.end - q.start));
        }
    }
    let name = TAG.captures(&narration)?.name("name")?.as_str().to_string();
    if name.contains(' ') {
        return Some(name);
    }
    // The last "Given Name" before the tag: a capitalised word right before
    // the surname, which ends there.
    before.rmatch_indices(name.as_str()).find_map(|(at, _)| {
        let ends = before[at + name.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        let head = before[..at].strip_suffix(' ')?;
        let given_start = head
            .rfind(|c: char| !(c.is_alphabetic() || c == '-'))
            .map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            });
        let given = &head[given_start..];
        let capitalised = given.chars().next().is_some_and(char::is_uppercase)
            && given.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && given.chars().count() >= 2;
        (ends && capitalised).then(|| format!("{given} {name}"))
    })
}

/// A sentence that is (mostly) a quotation, with at most a speech tag of
/// its own ("..., he said", "..., the head of state said", or nothing): a
/// statement by the speaker the tag names, or the paragraph's later tag names
/// ("\"A. B.\" \"C,\" she said"), or else the speaker the story is
/// following. Dated like the story; `None` where no speaker is known.
fn quoted_statement(
    reading: &Reading,
    later: &[(Range<usize>, Reading)],
    document: &Document,
    story: Option<&Narrative>,
    last_said: &HashMap<String, (EventDate, bool)>,
    name_of: &dyn Fn(&str) -> Option<String>,
    role_of: &dyn Fn(&Reading) -> Option<String>,
) -> Option<Candidate> {
    let quoted_words: usize = reading
        .quoted
        .iter()
        .map(|q| reading.text[q.clone()].split_whitespace().count())
        .sum();
    let narration = narration(reading);
    // "..., said Kazakh President Kassym-Jomart Tokayev, who chaired the
    // session at the Palace of Independence": an aside about the speaker
    // after the tag's comma is no narration of its own.
    let tag = narration
        .split_once(", who ")
        .or_else(|| narration.split_once(", a "))
        .or_else(|| narration.split_once(", an "))
        .map_or(narration.as_str(), |(tag, _)| tag);
    let narration_words = tag.split_whitespace().count();
    if quoted_words < 3 || narration_words > 12 {
        return None;
    }
    let tagged = narration_words > 0;
    if tagged && !is_speech_tag(reading) {
        return None;
    }
    let speaker = if tagged {
        tag_speaker(reading)
            .or_else(|| role_of(reading))
            .or_else(|| story?.subject.clone())?
    } else {
        later
            .iter()
            .find(|(_, r)| !r.quoted.is_empty() && is_speech_tag(r))
            .and_then(|(_, r)| tag_speaker(r))
            .or_else(|| story?.subject.clone())?
    };
    // The speaker the story follows goes on speaking on the story's day; a
    // new speaker in a story of the last days speaks on its day too; else
    // the statement is dated by the report.
    let published = document.published?;
    let (date, approximate) = match story {
        _ if !tagged && last_said.contains_key(&speaker) => last_said[&speaker],
        Some(story)
            if story.subject.as_deref() == Some(speaker.as_str())
                || (0..=RECENT_DAYS).contains(&(published - story.date.last_day()).num_days()) =>
        {
            (story.date, story.approximate)
        }
        _ => (EventDate::from_naive(published), true),
    };
    let whole = 0..reading.text.len();
    let focus = Focus {
        span: whole.clone(),
        title: whole,
        noun_phrase: false,
    };
    let mut statement = candidate(reading, &focus, date, approximate, &[], None);
    statement.actors.retain(|a| a != &speaker);
    statement.actors.insert(0, speaker.clone());
    statement.subject = Some(speaker.clone());
    statement.speech = true;
    let name = name_of(&speaker).unwrap_or_else(|| speaker.clone());
    statement.title = quotation_title(&name, reading);
    Some(statement)
}

/// The day a paragraph's opening dateline gives: "BISHKEK, Nov 26 (Tengri
/// Wire) — Foreign ministers met ...", "MOSCOW, 25 June 2024. /INTERROSS/.".
fn dateline_day(prose: &str, published: Option<chrono::NaiveDate>) -> Option<EventDate> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}[\p{Lu}\s/-]*,\s+(?P<date>[^—–()/]{3,30}?)\s*(?:\([^)]*\)|/[^/]*/)?\s*(?:[—–-]|\.)")
            .expect("dateline pattern")
    });
    let date = DATELINE.captures(prose)?.name("date")?;
    find_dates(date.as_str(), published)
        .into_iter()
        .find(|m| m.date.day_value().is_some() && !m.future)
        .map(|m| m.date)
}

/// How many words besides its date a dateline has at most ("NUR-SULTAN",
/// "YEREVAN, Armenia", "MINSK (BelTA)").
const DATELINE_WORDS: usize = 3;

/// Groups a story names its actors by once it has introduced them.
const GROUP_SUBJECTS: &[&str] = &[
    "the leaders",
    "the heads of state",
    "the ministers",
    "the foreign ministers",
    "the defence ministers",
    "the deputies",
    "the lawmakers",
    "the parties",
    "the sides",
    "the delegations",
    "the participants",
];

/// Nouns by which an article refers back to a body it has named ("the
/// ministry" for the Russian Foreign Ministry).
const BODY_NOUNS: &[&str] = &[
    "ministry",
    "council",
    "committee",
    "secretariat",
    "assembly",
    "parliament",
    "government",
    "court",
    "service",
];

/// The body a main clause's subject refers back to by its kind ("The
/// ministry listed ..."): the latest of `bodies_named` named by that noun.
fn body_referred(reading: &Reading, bodies_named: &[(String, String)]) -> Option<String> {
    let main = main_clause_lowercase(reading);
    let mut words = words_of(&main);
    if words.next().as_deref() != Some("the") {
        return None;
    }
    let noun = words.next()?;
    if !BODY_NOUNS.contains(&noun.as_str()) {
        return None;
    }
    // "The ministry's spokeswoman", "the ministry of X": someone else, or a
    // body named in full.
    if matches!(
        words.next().as_deref(),
        Some("of" | "s" | "spokesman" | "spokeswoman")
    ) {
        return None;
    }
    bodies_named
        .iter()
        .rev()
        .find(|(named, _)| *named == noun)
        .map(|(_, id)| id.clone())
}

/// The group a sentence's main clause has for its subject, as written in
/// lowercase ("the leaders").
fn group_named(reading: &Reading) -> Option<String> {
    let main = main_clause_lowercase(reading);
    GROUP_SUBJECTS
        .iter()
        .find(|group| main.starts_with(&format!("{group} ")))
        .map(|group| group.to_string())
}

/// Whether the main clause's subject is a group the story has introduced
/// ("The leaders adopted a package of documents").
fn group_subject(reading: &Reading) -> bool {
    let main = main_clause_lowercase(reading);
    // "Sixty deputies voted in favour": a count of the story's group.
    let mut words = words_of(&main);
    let counted = words.next().is_some_and(|w| is_number_word(&w))
        && words
            .next()
            .is_some_and(|w| matches!(w.as_str(), "deputies" | "lawmakers" | "members" | "mps"));
    counted
        || GROUP_SUBJECTS
            .iter()
            .any(|group| main.starts_with(&format!("{group} ")))
}

/// A number in digits or in words ("60", "sixty").
fn is_number_word(word: &str) -> bool {
    const NUMBERS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    ];
    word.chars().all(|c| c.is_ascii_digit()) || NUMBERS.iter().any(|n| word.starts_with(n))
}

/// Whether the main clause's subject is "we" or "I".
fn first_person_subject(reading: &Reading) -> Option<FirstPerson> {
    let verb_start = reading
        .shape
        .main_verb
        .as_ref()
        .map_or(reading.text.len(), |v| v.start);
    let head = &reading.text[reading.shape.lead_end.min(verb_start)..verb_start];
    words_of(head).find_map(|w| match w.as_str() {
        "we" => Some(FirstPerson::Plural),
        "i" => Some(FirstPerson::Singular),
        _ => None,
    })
}

/// Who speaks of themselves as the subject of an answer: "I" or "we".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FirstPerson {
    Singular,
    Plural,
}

/// A title that opens with "We" or "I", opening with the name it stands
/// for instead: "We had invoked Article 2" → "Armenia had invoked Article 2".
fn first_person_named(title: &str, name: &str) -> String {
    for pronoun in ["We ", "we ", "I "] {
        if let Some(rest) = title.strip_prefix(pronoun) {
            return format!("{name} {rest}");
        }
    }
    title.to_string()
}

/// A sentence of an interview's answer, as the statement of the one
/// interviewed on the day of the interview: "Armen Tadevosyan: “The real
/// step came last spring …”".
fn answer_statement(
    reading: &Reading,
    transcript: &Transcript,
    name_of: &dyn Fn(&str) -> Option<String>,
) -> Candidate {
    const MAX: usize = 80;
    let whole = 0..reading.text.len();
    let focus = Focus {
        span: whole.clone(),
        title: whole,
        noun_phrase: false,
    };
    let speaker = transcript.interviewee.clone();
    let mut statement = candidate(
        reading,
        &focus,
        transcript.date,
        transcript.approximate,
        &[],
        None,
    );
    statement.actors.retain(|a| a != &speaker);
    statement.actors.insert(0, speaker.clone());
    statement.subject = Some(speaker.clone());
    statement.speech = true;
    let name = name_of(&speaker).unwrap_or(speaker);
    let words = transcript::without_label(reading.text).trim_end_matches(['.', ' ']);
    let words = if words.len() > MAX {
        let cut = words[..floor_boundary(words, MAX)]
            .rfind(' ')
            .unwrap_or(MAX.min(words.len()));
        format!("{}…", &words[..floor_boundary(words, cut)])
    } else {
        words.to_string()
    };
    statement.title = format!("{name}: “{words}”");
    statement
}

/// "According to the President, the situation is now stable": the sentence
/// reports a statement; returns where its source is named (the lead).
fn according_to(reading: &Reading) -> Option<Range<usize>> {
    let lead = reading.text.get(..reading.shape.lead_end)?;
    let lower = lead.trim_start().to_lowercase();
    // "In the diplomat's opinion, ...", "In the view of the minister, ...".
    let opinion = lower.starts_with("in ")
        && words_of(&lower).any(|w| matches!(w.as_str(), "opinion" | "view"));
    ((lower.starts_with("according to ") || opinion) && lead.trim_end().ends_with(','))
        .then_some(0..reading.shape.lead_end)
}

/// Whether a sentence's narration is a speech tag: a verb of saying as its
/// main verb ("..., she said"), or first, before its speaker ("..., said
/// Timur Dzhaksybekov, a political scientist").
fn is_speech_tag(reading: &Reading) -> bool {
    reading.shape.reporting
        || words_of(&narration(reading)).next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "said" | "says" | "told" | "added" | "asked" | "noted"
            )
        })
}

/// The speaker a speech tag names: the actor in the narration, or none when
/// the tag says "he", "she" or "the minister".
fn tag_speaker(reading: &Reading) -> Option<String> {
    reading.actors.first().map(|m| m.actor.clone())
}

/// The person a role in a speech tag stands for ("..., the head of state
/// said", "the Russian leader added"): a person named before whose
/// description holds the office, of the country the role names if it names
/// one.
fn role_speaker(
    tag: &str,
    persons_named: &[(String, usize)],
    followed: Option<&str>,
    gazetteer: &Gazetteer,
) -> Option<String> {
    let tag = tag.to_lowercase();
    let role = gazetteer
        .rules()
        .speaker_roles
        .iter()
        .find(|r| tag.contains(&r.role))?;
    let (office, country) = (role.office.as_str(), role.country.as_deref());
    let fits = |id: &str| {
        gazetteer.get(id).is_some_and(|a| {
            a.description.contains(office)
                && country.is_none_or(|c| a.country.as_deref() == Some(c))
        })
    };
    // The person the story follows, if the role fits them; else the one it
    // fits the article named most, the first of equals (the host its lead
    // names, not the last of a list of guests).
    followed
        .filter(|id| fits(id))
        .map(str::to_string)
        .or_else(|| {
            persons_named
                .iter()
                .enumerate()
                .filter(|(_, (id, _))| fits(id))
                .max_by_key(|(at, (_, times))| (*times, std::cmp::Reverse(*at)))
                .map(|(_, (id, _))| id.clone())
        })
}

/// "Speaker: “the quoted words…”", cut at a word boundary.
fn quotation_title(speaker: &str, reading: &Reading) -> String {
    const MAX: usize = 80;
    let words: String = reading
        .quoted
        .iter()
        .map(|q| {
            reading.text[q.clone()]
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != '!')
        })
        .collect::<Vec<_>>()
        .join(" ");
    let words = words.trim_end_matches([',', '.', ';', ':']).trim();
    let budget = MAX.saturating_sub(speaker.len() + 4);
    let cut = if words.len() > budget {
        let mut at = floor_boundary(words, budget);
        if let Some(space) = words[..at].rfind(' ') {
            at = space;
        }
        format!("{}…", words[..at].trim_end_matches([',', ';', ':', ' ']))
    } else {
        words.to_string()
    };
    format!("{speaker}: “{cut}”")
}

/// "Had the alliance named ...", "If Civil Contract wins in June, ...": what
/// a sentence supposes did not happen, whatever date it names.
fn hypothetical(reading: &Reading) -> bool {
    let narration = narration(reading);
    let first = words_of(&narration).next().unwrap_or_default();
    // "Deputies may submit written questions until Friday": what may or
    // can be done is a rule or a possibility, not a happening.
    let modal = reading.shape.main_verb.as_ref().is_some_and(|verb| {
        words_of(&reading.text[verb.clone()])
            .next()
            .is_some_and(|w| matches!(w.as_str(), "may" | "might" | "can" | "could"))
    });
    matches!(first.as_str(), "if" | "had" | "unless" | "were" | "should")
        || narration.to_lowercase().contains("would have")
        || modal
}

/// A question ("Q: And the statement in parliament in June?", "What would
/// change her mind?") asks; it tells of no happening.
fn question(reading: &Reading) -> bool {
    // A question's turn may open with what the interviewer states as known
    // ("Q: On 28 November, Armenia sent nobody to the summit. Who ...?"):
    // that sentence is news told in the outlet's voice; only the asking is not.
    let text = reading.text.trim_end();
    (text.ends_with('?') && !reading.in_quotes(&(text.len() - 1..text.len())))
        || open_question(text)
}

/// "What to watch: whether an Armenian envoy appears at ...": a question
/// put without its mark, after a label or as the sentence itself, asks
/// whether something will happen; it tells of nothing that did. "Whether
/// Armenia wants it or not, ..." concedes, and a quotation is someone's
/// words: neither asks.
fn open_question(text: &str) -> bool {
    let after_label = match text.split_once(':') {
        Some((label, rest)) if words_of(label).count() <= 4 => rest,
        _ => text,
    };
    after_label.trim_start().starts_with(char::is_alphabetic)
        && words_of(after_label).next().as_deref() == Some("whether")
        && !after_label.contains(" or not")
}

/// Narration in the first or second person is the outlet talking to its
/// readers ("We will be back with a new blog on Friday"), not news.
fn outlet_speaking(reading: &Reading) -> bool {
    // As written: "US" is a country, "us" the outlet. "..., a source told
    // us" only says where the news came from.
    let narration = narration(reading);
    let words: Vec<&str> = narration
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "This brief reviews how ...", "This article looks at ...": the
    // piece speaking of itself.
    let of_itself = matches!(words.first(), Some(&("This" | "this")))
        && words.get(1).is_some_and(|w| {
            matches!(
                *w,
                "brief"
                    | "article"
                    | "report"
                    | "paper"
                    | "analysis"
                    | "column"
                    | "piece"
                    | "story"
                    | "newsletter"
                    | "explainer"
                    | "chapter"
                    | "section"
            )
        });
    // "Let us remind that on February 22 ...", as translated agencies
    // write "Recall that": the outlet only points back to what it tells.
    let reminder =
        matches!(words.as_slice(), [first, "us", ..] if first.eq_ignore_ascii_case("let"));
    !reminder
        && (of_itself
            || words.iter().enumerate().any(|(n, w)| {
                let told = n > 0 && matches!(words[n - 1], "told" | "tells");
                matches!(
                    *w,
                    "we" | "We" | "our" | "Our" | "you" | "You" | "your" | "Your"
                ) || (*w == "us" && !told)
            }))
}

/// The main clause says its happening did not happen: "The Kremlin did not
/// respond", "Armenia has not left", "has received no notification". A
/// statement ("said it would not ...") and a refusal still happened, and so
/// does what someone announces they will not do.
fn did_not_happen(reading: &Reading) -> bool {
    negated_main(reading, false)
}

/// [`did_not_happen`], where `strict` also counts staying away ("did not
/// attend") as nothing happening: so it is, beside another happening the
/// sentence tells of ("who informed ... last week, did not attend").
fn negated_main(reading: &Reading, strict: bool) -> bool {
    !reading.shape.reporting
        && !reported_at_end(reading)
        && according_to(reading).is_none()
        && negated_verb(reading, strict)
}

/// Whether the main verb is negated, said by anyone: "According to him,
/// the CSTO did not fulfil its obligations" is a statement made, but of
/// nothing that happened.
fn negated_verb(reading: &Reading, strict: bool) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let group = &reading.text[verb.clone()];
    let after: Vec<String> = words_of(&reading.text[verb.end..]).take(2).collect();
    let negated = words_of(group).any(|w| matches!(w.as_str(), "not" | "never" | "t"))
        || group.contains("n't")
        || group.contains("n’t")
        || after
            .first()
            .is_some_and(|w| matches!(w.as_str(), "not" | "never" | "no"));
    let announced = words_of(group).any(|w| w == "will");
    // "did not attend", "did not sign": staying away is a deliberate act.
    let verb = words_of(&reading.text[verb.start..])
        .skip_while(|w| !matches!(w.as_str(), "not" | "never" | "t"))
        .nth(1)
        .unwrap_or_default();
    let boycott = matches!(
        verb.as_str(),
        "attend" | "sign" | "join" | "participate" | "vote" | "come" | "travel" | "go" | "send"
    );
    negated && !announced && (!boycott || strict)
}

/// "... has not received a notification, the press secretary told
/// journalists": the sentence reports a statement, made whatever it says.
fn reported_at_end(reading: &Reading) -> bool {
    let narration = narration(reading);
    let tail = narration.rsplit(',').next().unwrap_or_default();
    words_of(tail).any(|w| {
        matches!(
            w.as_str(),
            "said"
                | "says"
                | "told"
                | "tells"
                | "added"
                | "stated"
                | "noted"
                | "stressed"
                | "insisted"
        )
    })
}

/// The fewest words an undated sentence needs to tell of a happening.
const MIN_UNDATED_WORDS: usize = 5;

/// "Earlier, the ministry announced ...", "Previously, ...": the sentence
/// says only that its happening came before the story, not when; it has no
/// date a reader could give it.
fn at_an_unsaid_earlier_time(reading: &Reading) -> bool {
    let lead = reading.text.trim_start().to_lowercase();
    [
        "earlier,",
        "previously,",
        "before that,",
        "earlier still,",
        "in the past,",
    ]
    .iter()
    .any(|opener| lead.starts_with(opener))
}

/// Whether the clause holding `at` is a plan told in the future ("... that
/// the exercise would be held in 2023", "informing it that Armenia will not
/// take part in the financing in 2024").
fn reported_plan(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let clause_start = before.rfind([',', ';']).map_or(0, |i| i + 1);
    let Some(that) = before[clause_start..].rfind(" that ") else {
        return false;
    };
    words_of(&before[clause_start + that..]).any(|w| w == "would" || w == "will")
}

/// Whether "not", "never" or "n't" comes in `span` before `at`.
fn negated_before(text: &str, span: &Range<usize>, at: usize) -> bool {
    let before = &text[span.start..at.max(span.start).min(span.end)];
    before.contains("n't")
        || before.contains("n’t")
        || words_of(before).any(|w| matches!(w.as_str(), "not" | "never"))
}

/// Verbs in the present that state how things stand rather than tell of a happening.
const STATE_VERBS: &[&str] = &[
    "chairs",
    "chair",
    "holds",
    "hold",
    "remains",
    "remain",
    "includes",
    "include",
    "consists",
    "belongs",
    "runs",
    "serves",
    "lies",
    "unites",
    "comprises",
    "heads",
    "has",
    "have",
    "is",
    "are",
    "stays",
    "stay",
];

/// The main clause states how things stand, in the present, with no verb
/// of a happening ("In 2023, the Republic of Belarus chairs the CSTO").
/// People who hold views rather than act: what they say in the present
/// ("critics say", "analysts argue") is an opinion held, not a statement
/// made on a day.
const OPINION_HOLDERS: &[&str] = &[
    "critics",
    "supporters",
    "analysts",
    "observers",
    "experts",
    "opponents",
    "commentators",
    "skeptics",
    "sceptics",
    "camps",
];

/// "Pashinyan's government says the move is aimed at Azerbaijan, not
/// Russia": after the lead, an undated "says" about how things are or will
/// be is a stance held, not a statement made on a day. What the speaker
/// says happened ("says the bloc has agreed", "says troops crossed") is
/// still news.
fn stance_in_the_present(reading: &Reading) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let says = words_of(&reading.text[verb.clone()])
        .next()
        .is_some_and(|w| {
            matches!(
                w.as_str(),
                "says" | "say" | "maintains" | "argues" | "insists"
            )
        });
    let reported: Vec<String> = words_of(&reading.text[verb.end..]).collect();
    // "is aimed at", "will let": a form after "is" or a modal is no past.
    let told_as_past = reported.iter().enumerate().any(|(n, w)| {
        matches!(w.as_str(), "has" | "have" | "had")
            || (clauses::is_past_form(w)
                && !(n > 0
                    && matches!(
                        reported[n - 1].as_str(),
                        "is" | "are" | "be" | "will" | "would" | "can" | "could" | "to"
                    )))
    });
    says && !told_as_past
}

/// "Pashinyan's critics at home say he brought this on himself".
fn opinion_of_a_camp(reading: &Reading) -> bool {
    let words: Vec<String> = words_of(reading.text).collect();
    words.iter().enumerate().any(|(n, w)| {
        OPINION_HOLDERS.contains(&w.as_str())
            && words[n + 1..].iter().take(4).any(|v| {
                matches!(
                    v.as_str(),
                    "say"
                        | "argue"
                        | "believe"
                        | "agree"
                        | "answer"
                        | "insist"
                        | "warn"
                        | "contend"
                )
            })
    })
}

/// A generic statement in the present ("is usually placed", "regularly
/// holds").
fn generic_present(reading: &Reading) -> bool {
    reading.shape.generic
        && reading.shape.main_verb.as_ref().is_some_and(|verb| {
            words_of(&reading.text[verb.clone()])
                .next()
                .is_some_and(|w| {
                    matches!(w.as_str(), "is" | "are" | "has" | "have")
                        || STATE_VERBS.contains(&w.as_str())
                })
        })
}

/// "It has taken no part ... since early 2023", "has not attended since
/// 2022": an absence that has lasted since the date, in the perfect.
fn absent_since(reading: &Reading, mention: &DateMention) -> bool {
    // "since early 2023": "since" opens the date phrase, a word or two back.
    let before: Vec<String> = words_of(&reading.text[..mention.start]).collect();
    let since = before.iter().rev().take(2).any(|w| w == "since");
    since
        && present_perfect(reading)
        && words_of(reading.text).any(|w| matches!(w.as_str(), "no" | "not" | "never"))
}

/// "He had called Putin in the early hours of the morning": a time of the
/// story's own day, which places a look back on that day.
fn within_the_day(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "early hours",
        "that morning",
        "this morning",
        "earlier in the day",
        "earlier that day",
        "overnight",
        "hours earlier",
        "that evening",
    ]
    .iter()
    .any(|time| lower.contains(time))
}

/// A main clause in the past perfect: "had said", "had not yet received".
fn pluperfect(reading: &Reading) -> bool {
    reading
        .shape
        .main_verb
        .as_ref()
        .is_some_and(|verb| words_of(&reading.text[verb.clone()]).next().as_deref() == Some("had"))
}

/// A main clause in the present perfect: "Yerevan has accused Russian
/// peacekeepers of standing aside" tells that something has happened, at
/// some time the sentence does not give.
fn present_perfect(reading: &Reading) -> bool {
    reading.shape.main_verb.as_ref().is_some_and(|verb| {
        matches!(
            words_of(&reading.text[verb.clone()]).next().as_deref(),
            Some("has" | "have")
        )
    })
}

/// "Kyrgyzstan has chaired the bloc this year": a state that has held until
/// now, told in the perfect. Only its own clause: "...; the chairmanship
/// passes to Kazakhstan on 1 January" is another.
fn perfect_state(reading: &Reading) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let group: Vec<String> = words_of(&reading.text[verb.clone()]).collect();
    matches!(group.first().map(String::as_str), Some("has" | "have"))
        && group
            .last()
            .is_some_and(|w| matches!(w.as_str(), "chaired" | "presided" | "belonged"))
}

fn states_a_fact(reading: &Reading) -> bool {
    if reading.shape.main_verb.is_some() {
        return false;
    }
    let main = &reading.text[reading.shape.lead_end.min(reading.text.len())..];
    let clause = main.split([',', ';']).next().unwrap_or_default();
    let words: Vec<String> = words_of(clause).collect();
    // "Heads of state gather ...": a noun before "of", not the verb "heads".
    // "Pashinyan stays away from the summit": staying away is a deed.
    let state_verb = words.iter().enumerate().any(|(n, w)| {
        STATE_VERBS.contains(&w.as_str())
            && words
                .get(n + 1)
                .is_none_or(|next| next != "of" && next != "away")
    });
    state_verb
        && !words
            .iter()
            .any(|w| matches!(w.as_str(), "will" | "would" | "to"))
}

/// "For two years Armenians have been told ...", "relations have been tense
/// since 1991": a state that has lasted, not a happening.
fn trend(reading: &Reading) -> bool {
    let lead = reading.text[..reading.shape.lead_end.min(reading.text.len())].to_lowercase();
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let group = reading.text[verb.clone()].to_lowercase();
    let perfect = matches!(words_of(&group).next().as_deref(), Some("has" | "have"));
    let lasting = lead.starts_with("for ") || lead.starts_with("over the ");
    if perfect && lasting {
        return true;
    }
    // "Yerevan has complained before that ...", "has repeatedly said": a
    // habit, not a happening of one day.
    let next = words_of(&reading.text[verb.end..])
        .next()
        .unwrap_or_default();
    if perfect
        && matches!(
            next.as_str(),
            "before" | "repeatedly" | "often" | "previously" | "long" | "frequently"
        )
    {
        return true;
    }
    // "Armenia has grown increasingly critical of the alliance since ...",
    // "ties have steadily worsened": a change that went on, not a day's news.
    let changing = words_of(&reading.text[verb.start..]).take(5).any(|w| {
        matches!(
            w.as_str(),
            "increasingly" | "steadily" | "gradually" | "progressively"
        )
    });
    if perfect && changing {
        return true;
    }
    // "What happened in 2024 was a series of statements": a sentence that
    // sums up a time says what it was like, not what happened in it.
    let narration = narration(reading);
    let mut words = words_of(&narration);
    if words.next().as_deref() == Some("what")
        && words.any(|w| matches!(w.as_str(), "was" | "were" | "is" | "are"))
    {
        return true;
    }
    // "Armenia's arms purchases have shifted from Russia towards France
    // since 2022": a change that went on, told in the perfect.
    let shifted = matches!(
        words_of(&group).last().as_deref(),
        Some(
            "shifted"
                | "grown"
                | "risen"
                | "fallen"
                | "declined"
                | "increased"
                | "decreased"
                | "moved"
                | "drifted"
                | "deepened"
                | "weakened"
                | "strengthened"
                | "expanded"
                | "shrunk"
                | "shrank"
        )
    ) && words_of(&reading.text[verb.end..])
        .any(|w| matches!(w.as_str(), "since" | "from" | "every"));
    if perfect && shifted {
        return true;
    }
    // "Between 2021 and 2023, the number of meetings attended fell from 34
    // to 4": a measure that changed over years is a trend.
    let opening = words_of(reading.text).next().unwrap_or_default();
    if matches!(opening.as_str(), "between" | "over") {
        let mut previous = String::new();
        for word in words_of(&reading.text[reading.shape.lead_end.min(verb.start)..]) {
            let change = matches!(
                previous.as_str(),
                "fell" | "rose" | "grew" | "dropped" | "declined" | "increased" | "decreased"
            ) && matches!(word.as_str(), "from" | "to" | "by");
            if change || matches!(word.as_str(), "doubled" | "halved") {
                return true;
            }
            previous = word;
        }
    }
    // "Armenia's absence became a habit rather than a gesture": a way of
    // doing things settled in, not a happening.
    let settled = matches!(
        words_of(&group).last().as_deref(),
        Some("became" | "become" | "becomes")
    ) && words_of(&reading.text[verb.end..]).take(3).any(|w| {
        matches!(
            w.as_str(),
            "habit" | "norm" | "routine" | "pattern" | "tradition"
        )
    });
    if settled {
        return true;
    }
    // "For two years Armenians have been told ...", "Yerevan insisted for
    // months that ...", "for most of its history Armenia treated ...": what
    // went on for months or years, said so before or right after the verb.
    static LASTING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bfor (?:(?:two|three|four|five|six|several|many|some|a few|\d+) )?(?:months|years|decades)\b|\bfor (?:most|much) of (?:its|his|her|their|the) (?:history|existence|tenure|term|time)\b")
            .expect("lasting pattern")
    });
    let reach = (verb.end + 16).min(reading.text.len());
    let reach = (0..=reach)
        .rev()
        .find(|&i| reading.text.is_char_boundary(i))
        .unwrap_or(0);
    LASTING
        .find_iter(&reading.text[..reach])
        .any(|m| !reading.in_quotes(&(m.start()..m.end())))
}

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
    /// The day of the article's news: the first exact day its lead gives.
    news_day: Option<EventDate>,
    /// In a photo caption.
    caption: bool,
    /// The time of history the paragraph before ended in, while this one
    /// has not dated itself.
    history: Option<EventDate>,
    /// For a sentence that says its speaker "also" said something: when
    /// that speaker last spoke in the article, and whether only roughly.
    also_said: Option<(EventDate, bool)>,
    /// The day the paragraph's own dateline gives ("BISHKEK, Nov 26 (Tengri
    /// Wire) — ..."), which a page of several wire briefs has for each.
    report_day: Option<EventDate>,
}

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
    let label_of_a_photo = place.caption && reading.shape.main_verb.is_none();
    if hypothetical(reading) || question(reading) || label_of_a_photo {
        return (Vec::new(), None);
    }
    // "We spoke to him on Monday, a week after Galuzin said ...": the outlet
    // telling of itself is no news, but a clause it places by an offset is.
    if !place.answer && outlet_speaking(reading) {
        let mentions: Vec<DateMention> = find_dates(reading.text, document.published)
            .into_iter()
            .filter(|m| !reading.in_quotes(&(m.start..m.end)) && !m.approximate)
            .filter(|m| !matches!(m.kind, MentionKind::FromContext(_)))
            .collect();
        let offsets = offsets(reading);
        return (
            offset_candidates(reading, document, &mentions, &offsets),
            None,
        );
    }
    // Read once: the quoted schedule below looks at the same dates.
    let dates = find_dates(reading.text, document.published);
    let mentions: Vec<DateMention> = dates
        .iter()
        .filter(|m| !reading.in_quotes(&(m.start..m.end)))
        .cloned()
        // "a day later", "that month": placed by the date before it in the
        // sentence ("in January 2023 ... that November"), else by the story
        // so far, or not at all.
        .scan(None::<DateMention>, |previous, mut m| {
            let placed = match m.kind {
                MentionKind::FromContext(shift) => {
                    let base = previous
                        .as_ref()
                        .map(|p: &DateMention| (p.date, p.approximate))
                        .or_else(|| {
                            story.map(|s| match s.last_day {
                                Some(day) if shift == ContextShift::SameDay => (day, false),
                                _ => (s.date, s.approximate),
                            })
                        });
                    base.and_then(|(base, vague)| {
                        let (date, approximate) = shift.apply(base)?;
                        m.date = date;
                        m.approximate = approximate || vague;
                        Some(m)
                    })
                }
                // "In January 2022, ... In May, at the summit in Moscow,
                // Pashinyan complained ...": in a paragraph of history, a
                // month or a day without its year is of the paragraph's time.
                MentionKind::YearFromContext => {
                    if let Some(setting) = setting
                        && let Some(published) = document.published
                        && let Some(date) = in_the_setting(
                            reading.text,
                            &m,
                            setting,
                            published,
                            pluperfect(reading),
                        )
                    {
                        m.date = date;
                    }
                    Some(m)
                }
                _ => Some(m),
            };
            if let Some(placed) = &placed {
                *previous = Some(placed.clone());
            }
            Some(placed)
        })
        .flatten()
        // "this year" in "said it would not hold exercises this year" restates
        // the present; it does not date the statement.
        // "Earlier this month" still places a past happening.
        .filter(|m| {
            let earlier = reading.text[m.start..m.end]
                .to_lowercase()
                .starts_with("earlier");
            !(m.kind == MentionKind::CurrentPeriod
                && !earlier
                && (m.future || reading.shape.reporting))
        })
        .collect();
    let mentions = in_the_sentence_year(reading.text, mentions);
    // "Wednesday brought the headline of the week.": a day as the subject
    // of a sentence that names no one only sets the time of what follows.
    if let Some(first) = mentions.first()
        && first.start == 0
        && reading.actors.is_empty()
        && words_of(&reading.text[first.end..])
            .next()
            .is_some_and(|w| matches!(w.as_str(), "brought" | "saw" | "belonged"))
    {
        let set = Narrative {
            date: first.date,
            approximate: first.approximate,
            subject: None,
            last_day: None,
            flashback: false,
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
        if words_of(&rest).count() <= DATELINE_WORDS {
            return (Vec::new(), None);
        }
    }
    // "The minister will travel to Brussels next week": a plan that vague
    // is no happening yet, nor is announcing it one.
    if mentions.iter().any(|m| {
        m.future
            && m.kind == MentionKind::Vague
            && subordinate_focus(reading, m, mentions.len() > 1).is_none_or(|f| !f.noun_phrase)
    }) {
        return (Vec::new(), None);
    }
    let mut out = Vec::new();
    let mut main_dated = false;
    // A dated happening named as the main clause's subject ("The May 12
    // incursion ... was the first test").
    let mut named_before_verb = false;
    let mut told: Option<Narrative> = None;
    let mut main_dates: Vec<EventDate> = Vec::new();
    // "incursions in May 2021 and September 2022": a list of dates after an
    // event noun dates that noun each time.
    let mut previous_noun_phrase: Option<Focus> = None;
    let offsets = offsets(reading);
    let conjuncts = conjuncts(reading);
    let dated_conjuncts = conjuncts
        .iter()
        .filter(|c| {
            mentions
                .iter()
                .any(|m| c.start <= m.start && m.end <= c.end)
        })
        .count();
    for (n, mention) in mentions.iter().enumerate() {
        // "on Sept. 19-20, 2023", "from 3 to 5 October": one happening over a
        // range of days, dated by its first.
        let continues_range = n > 0 && {
            let between = reading.text[mentions[n - 1].end..mention.start].trim();
            matches!(between, "-" | "–" | "—" | "to" | "through" | "until")
        };
        if continues_range {
            continue;
        }
        // "a term which runs until 2020": the end of a state, not a happening.
        let before = reading.text[..mention.start].trim_end().to_lowercase();
        if before.ends_with(" until") || before.ends_with(" till") {
            continue;
        }

        let listed_after_noun_phrase = n > 0 && previous_noun_phrase.is_some() && {
            let between = reading.text[mentions[n - 1].end..mention.start].trim();
            matches!(between, "and" | "or" | "," | ", and")
        };
        let focus = if listed_after_noun_phrase {
            previous_noun_phrase.clone().map(|f: Focus| Focus {
                span: f.span.start..mention.end,
                title: f.title.start..mention.end,
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
        if focus.is_none() && trend(reading) {
            match time_clause(reading, mention) {
                Some(clause) => focus = Some(clause),
                None => {
                    // Still the time the story has come to: "In 2023, the
                    // absence became a habit. That autumn, ..."
                    told = told.or(Some(Narrative {
                        date: mention.date,
                        approximate: mention.approximate,
                        subject: reading.subject_in(&whole),
                        last_day: None,
                        flashback: false,
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
        let mut framed = false;
        if focus.is_none() && framing_subject(reading) {
            match when_clause_after(reading, mention) {
                Some(clause) => focus = Some(clause),
                None => continue,
            }
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
        let main = focus.is_none();
        named_before_verb |= focus.as_ref().is_some_and(|f| {
            f.noun_phrase
                && reading
                    .shape
                    .main_verb
                    .as_ref()
                    .is_none_or(|verb| f.span.start < verb.start)
        });
        // "In 2023, Belarus chairs the CSTO": a state the year holds, not a happening.
        if main && states_a_fact(reading) {
            continue;
        }
        let verb_clause = reading.shape.main_verb.as_ref().and_then(|verb| {
            conjuncts
                .iter()
                .find(|c| c.start <= verb.start && verb.start < c.end)
        });
        if main
            && perfect_state(reading)
            && verb_clause.is_none_or(|c| c.start <= mention.start && mention.end <= c.end)
        {
            continue;
        }
        // "The turning point is usually placed in the autumn of 2022", "It
        // has taken no part in the bloc's meetings since early 2023": how
        // things are held to be, or have stood since, is no happening.
        if main && (generic_present(reading) || absent_since(reading, mention)) {
            continue;
        }
        // "this year's drills" names no happening of its own.
        if focus.as_ref().is_some_and(|f| f.noun_phrase)
            && mention.kind == MentionKind::CurrentPeriod
        {
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
            && reading.text[mention.start..mention.end]
                .to_lowercase()
                .ends_with("ago");
        let refined = (mention.kind == MentionKind::Absolute || years_ago)
            && mention.date.precision() == Precision::Year
            && finer.is_some();
        // "Two years ago, when Azerbaijan attacked in September, we invoked
        // Article 4": the "when" clause's time is the main clause's too.
        let timed_by_when: DateMention;
        let mention = match finer {
            Some(finer) if main && refined && in_when_clause(reading.text, finer.start) => {
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
        // "today (12 May)", "on Friday, 12 May": one happening, told twice.
        if main && main_dates.contains(&mention.date) {
            continue;
        }
        if main {
            main_dates.push(mention.date);
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
            .filter(|_| main && dated_conjuncts > 1);
        let focus = focus.unwrap_or_else(|| match own_clause {
            Some(clause) => Focus {
                span: clause.clone(),
                title: clause.clone(),
                noun_phrase: false,
            },
            // The main clause stops where a clause placed by an offset from
            // it begins (", six days after ...").
            None => {
                let main_end = offsets
                    .iter()
                    .find(|o| o.phrase.start >= mention.end)
                    .map_or(whole.end, |o| o.phrase.start);
                Focus {
                    span: whole.start..main_end,
                    title: whole.start..main_end,
                    noun_phrase: false,
                }
            }
        });
        let mut found = candidate(
            reading,
            &focus,
            mention.date,
            mention.approximate,
            &mentions,
            Some(mention),
        );
        // "... and hosted its summit in Yerevan that November": a clause of
        // the main clause's subject is titled with that subject.
        if let Some(clause) = own_clause
            && let Some(subject) = shared_subject(reading, clause)
        {
            let mut rest = found.title.chars();
            let first = rest.next().map(|c| c.to_lowercase().to_string());
            found.title = format!("{subject} {}{}", first.unwrap_or_default(), rest.as_str());
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
        if (did_not_happen(reading)
            || (according_to(reading).is_some() && negated_verb(reading, false)))
            && (main || focus.noun_phrase)
        {
            continue;
        }
        if main {
            // A conjunct of its own reports speech only if its verb is the
            // sentence's reporting verb.
            found.speech = reading.shape.reporting
                && own_clause.is_none_or(|clause| {
                    reading
                        .shape
                        .main_verb
                        .as_ref()
                        .is_some_and(|verb| clause.contains(&verb.start))
                });
            take_the_story_subject(&mut found, reading, story, person);
            // "Russia's envoy had said on Monday ...": the pluperfect looks
            // back from the story's time without moving it there; what
            // follows ("earlier in the day") is still of the story's day.
            // "In February he told France 24 ..., and in mid-June he told
            // parliament ...": the story has come to the last of its times.
            if told.is_none() || own_clause.is_some() {
                told = Some(Narrative {
                    date: found.date,
                    approximate: found.approximate,
                    subject: found.subject.clone(),
                    last_day: None,
                    flashback: pluperfect(reading),
                });
            }
        } else if !focus.noun_phrase && found.subject.is_none() {
            // "The RA Prime Minister reminded that on 12 June he declared
            // ...": the role that says it is the person the clause's "he" is.
            take_the_story_subject(&mut found, reading, story, person);
        }
        if !main && framed && told.is_none() {
            told = Some(Narrative {
                date: found.date,
                approximate: found.approximate,
                subject: found.subject.clone(),
                last_day: None,
                flashback: false,
            });
        }
        // Only a date that gave the main clause its happening dates the
        // sentence: "According to him, the CSTO did not fulfil its
        // obligations in 2021" still tells what he said, on the day of the
        // report, as "he informed that Armenia will pay nothing in 2025" does.
        main_dated |= main || framed;
        out.push(found);
    }
    if mentions.is_empty() {
        out.extend(quoted_schedule(reading, document, &dates));
    }
    let according = according_to(reading);
    // "Vladimir Putin is now taking questions": the present of a live
    // entry or a lead tells what is happening as it is written.
    let happening_now = place.lead
        && reading.shape.main_verb.as_ref().is_some_and(|verb| {
            let group: Vec<String> = words_of(&reading.text[verb.clone()]).collect();
            group.first().is_some_and(|w| w == "is" || w == "are")
                && group
                    .last()
                    .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
                && group.iter().any(|w| w == "now")
        });
    let reports_happening = (reading.shape.past_happening || according.is_some() || happening_now)
        && !reading.shape.generic
        && !negated_main(reading, !out.is_empty())
        && !trend(reading)
        && !perfect_state(reading)
        && !opinion_of_a_camp(reading)
        && (place.lead || !stance_in_the_present(reading))
        && !at_an_unsaid_earlier_time(reading)
        // "The Kremlin noticed.": a remark of the writer's, too short to
        // say what happened.
        && words_of(reading.text).count() >= MIN_UNDATED_WORDS
        && (within_the_day(reading.text) || !pluperfect(reading))
        // In the lead, the perfect tells the news ("Armenia has recalled its
        // envoy"); once the story is under way, it looks back at some time
        // it does not give, unless it goes on with the story ("Russia has
        // also called on Azerbaijan to ...").
        && (place.lead || !present_perfect(reading) || (story.is_some() && continues_story(reading)))
        && !reading.shape.displaced_lead
        && !background
        && (!reading.actors.is_empty()
            || (pronoun_subject(reading) && story.is_some_and(|s| s.subject.is_some()))
            // "The leaders signed about twenty documents": those the story
            // is about, by the name of their group.
            || ((story.is_some() || place.lead) && group_subject(reading))
            // "The two countries also initialled ...": the story goes on.
            || (story.is_some() && continues_story(reading))
            || (according.is_some() && person.is_some()));
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
                && words_of(&reading.text[span.clone()]).next().as_deref() == Some("when")
        })
    });
    if !main_dated
        && reports_happening
        && !verb_in_offset
        && (reading.shape.reporting || !at_a_dated_time)
        && !framing_subject(reading)
        && let Some(published) = document.published
    {
        let focus = Focus {
            span: whole.clone(),
            title: whole.clone(),
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
        let anchor = reference_at(&narration(reading))
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
        let recent = |story: &&Narrative| {
            let age = (published - story.date.last_day()).num_days();
            let speaker = reading.subject_in(&whole);
            reading.shape.reporting
                && !story.approximate
                && (0..=RECENT_DAYS).contains(&age)
                && (story.subject.is_none() || speaker.is_none() || story.subject == speaker)
        };
        // A short report of one meeting: "Lukashenko received ... on 2
        // September. ... Tasmagambetov informed the President about ...":
        // a deed done with the story's person, by name or by role, in a story
        // of the last days, is of the story's day.
        let with_story_person = |story: &&Narrative| {
            let age = (published - story.date.last_day()).num_days();
            let lower = reading.text.to_lowercase();
            !story.approximate
                && (0..=RECENT_DAYS).contains(&age)
                && story.subject.as_ref().is_some_and(|subject| {
                    reading.actors.iter().any(|m| &m.actor == subject)
                        || (person == Some(subject.as_str())
                            && ROLE_SUBJECTS.iter().any(|role| lower.contains(role)))
                })
        };
        let continued = story.filter(|_| anchor.is_none()).filter(|story| {
            continues_story(reading)
                || (group_subject(reading) && is_recent(story))
                || same_actor(story)
                || recent(story)
                || with_story_person(story)
        });
        let (date, approximate) = match (continued, setting.or(place.history)) {
            _ if reading.shape.reporting && place.also_said.is_some() => place
                .also_said
                .unwrap_or((EventDate::from_naive(published), true)),
            (Some(story), _) => (story.date, story.approximate),
            // "The leaders adopted a package of documents" after a paragraph
            // of history: the leaders of the article's news, on its day.
            (None, _)
                if (group_subject(reading) || reading.shape.participation)
                    && place.news_day.is_some() =>
            {
                (
                    place.news_day.unwrap_or(EventDate::from_naive(published)),
                    false,
                )
            }
            (None, Some(setting)) if !reading.shape.reporting => (setting, true),
            _ => (
                place.report_day.unwrap_or(EventDate::from_naive(published)),
                true,
            ),
        };
        let mut statement = candidate(reading, &focus, date, approximate, &mentions, None);
        statement.speech = reading.shape.reporting || according.is_some();
        take_the_story_subject(&mut statement, reading, story, person);
        // The source "according to" names is the speaker: a name, or a role
        // ("the President") standing for the person the story follows.
        if let Some(lead) = &according {
            let named = reading.actors_in(lead).first().cloned();
            // "In the diplomat's opinion": a role names the person only
            // where "according to" makes the source the story's person.
            let by_role = reading
                .text
                .trim_start()
                .to_lowercase()
                .starts_with("according to ");
            if let Some(speaker) = named.or_else(|| person.filter(|_| by_role).map(str::to_string))
            {
                statement.actors.retain(|a| a != &speaker);
                statement.actors.insert(0, speaker.clone());
                statement.subject = Some(speaker);
            }
        }
        statement.anchor = anchor;
        // "X happened on Friday, the ministry's press service said": a tag
        // naming no one only attributes the dated happening; it is not a
        // statement of its own.
        // "..., Kazakh officials said": unnamed officials or sources only
        // attribute too.
        let unnamed_speakers = reading.shape.tag_start.is_some_and(|tag| {
            words_of(&reading.text[tag..]).take(4).any(|w| {
                matches!(
                    w.as_str(),
                    "officials" | "sources" | "diplomats" | "analysts" | "observers"
                )
            })
        });
        if statement.speech
            && (statement.subject.is_none() || unnamed_speakers)
            && reading.shape.tag_start.is_some()
            && !out.is_empty()
        {
            // The story goes on from the deed the tag attributes.
            let told = told.or_else(|| {
                out.first().map(|deed| Narrative {
                    date: deed.date,
                    approximate: deed.approximate,
                    subject: deed.subject.clone(),
                    last_day: None,
                    flashback: false,
                })
            });
            return (out, told);
        }
        told = Some(Narrative {
            date: statement.date,
            approximate: statement.approximate,
            subject: statement.subject.clone(),
            last_day: None,
            flashback: false,
        });
        out.push(statement);
    }
    // "..., six days after Armenia completed the recall": the clause after an
    // offset is a happening of its own, placed from the date before it.
    out.extend(offset_candidates(reading, document, &mentions, &offsets));
    (out, told)
}

/// The happenings of the clauses placed by an offset from a date before
/// them ("..., a week after Galuzin said ...").
fn offset_candidates(
    reading: &Reading,
    document: &Document,
    mentions: &[DateMention],
    offsets: &[Offset],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for offset in offsets {
        let base = mentions
            .iter()
            .rev()
            .find(|m| m.end <= offset.phrase.start)
            .map(|m| (m.date, m.approximate))
            .or_else(|| document.published.map(|p| (EventDate::from_naive(p), true)));
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
        out.push(found);
    }
    out
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OffsetUnit {
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

fn offsets(reading: &Reading) -> Vec<Offset> {
    static OFFSET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?)\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>after|before)\s+")
            .expect("offset pattern")
    });
    let text = reading.text;
    let mut out = Vec::new();
    for caps in OFFSET.captures_iter(text) {
        let (Some(phrase), Some(n), Some(unit), Some(dir)) = (
            caps.get(0),
            caps.name("n"),
            caps.name("unit"),
            caps.name("dir"),
        ) else {
            continue;
        };
        if reading.in_quotes(&(phrase.start()..phrase.end())) {
            continue;
        }
        let amount = super::text::count_word(n.as_str()).unwrap_or(0);
        let unit_word = unit.as_str().to_lowercase();
        let (amount, unit) = if unit_word.starts_with("week") {
            (amount * 7, OffsetUnit::Day)
        } else if unit_word.starts_with("day") {
            (amount, OffsetUnit::Day)
        } else if unit_word.starts_with("month") {
            (amount, OffsetUnit::Month)
        } else {
            (amount, OffsetUnit::Year)
        };
        // What follows must be a clause with a verb of its own ("after the
        // summit" is a happening named, not told).
        let rest = &text[phrase.end()..];
        let clause_len = rest.find([',', ';', '—']).unwrap_or(rest.len());
        let clause =
            phrase.end()..phrase.end() + rest[..clause_len].trim_end_matches(['.', ' ']).len();
        let told = words_of(&text[clause.clone()]).any(|w| super::clauses::is_past_form(&w));
        if amount == 0 || !told {
            continue;
        }
        // The phrase may open with its comma: the main clause ends before it.
        let start = text[..phrase.start()]
            .trim_end()
            .trim_end_matches(',')
            .len();
        out.push(Offset {
            phrase: start..phrase.end(),
            clause,
            amount,
            unit,
            after: dir.as_str().eq_ignore_ascii_case("after"),
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
    if !pronoun_subject(reading) {
        return;
    }
    // "He" and "she" stand for a person: the story's actor if that is one,
    // else the person last named; "it" and "they" for the story's actor.
    let subject = if personal_subject(reading) {
        person.map(str::to_string)
    } else {
        story.and_then(|s| s.subject.clone())
    };
    let Some(subject) = subject else {
        return;
    };
    found.actors.retain(|a| a != &subject);
    found.actors.insert(0, subject.clone());
    found.subject = Some(subject);
}

/// Where a month or day without its year (`mention`, placed from the
/// publication) falls in a paragraph of history set at `setting`: the first
/// such month or day from the setting on, if that is still before the
/// publication; told in the pluperfect ("He had been charged in July"),
/// the last one before it. A year named relative to it ("last May", "in
/// September this year") leaves it where it is.
fn in_the_setting(
    text: &str,
    mention: &DateMention,
    setting: EventDate,
    published: chrono::NaiveDate,
    looking_back: bool,
) -> Option<EventDate> {
    let said = text.get(mention.start..mention.end)?.to_lowercase();
    if words_of(&said).any(|w| matches!(w.as_str(), "last" | "this" | "next" | "year")) {
        return None;
    }
    let month = mention.date.month_value()?;
    let place = |year: i32| match mention.date.day_value() {
        Some(day) => EventDate::day(year, month, day),
        None => EventDate::month(year, month),
    };
    let year = setting.year_value();
    let date = if looking_back {
        place(year)
            .filter(|d| d.first_day() <= setting.last_day())
            .or_else(|| place(year - 1))?
    } else {
        place(year)
            .filter(|d| d.last_day() >= setting.first_day())
            .or_else(|| place(year + 1))?
    };
    (date.last_day() <= published && date != mention.date).then_some(date)
}

/// A story dated this many days before its publication or fewer is the news
/// of the day: its undated statements were made on its day.
const RECENT_DAYS: i64 = 14;

/// Reports of history more than this long before the publication set the
/// time of the undated deeds that follow them in the paragraph.
const HISTORY_DAYS: i64 = 60;

/// The time of history a question asks about ("And September 2022?"), at
/// most to its month.
fn question_time(text: &str, document: &Document) -> Option<EventDate> {
    find_dates(text, document.published)
        .into_iter()
        .find(|m| !m.approximate && is_history(m.date, document))
        .map(|m| match m.date.month_value() {
            Some(month) => EventDate::month(m.date.year_value(), month).unwrap_or(m.date),
            None => m.date,
        })
}

/// "And the summit?", "The mission came two days later, didn't it?": a
/// question that goes on with the time the answers have come to, rather
/// than turning to a new subject ("Many people date the freeze to the
/// France 24 interview.").
fn follows_up(question: &str) -> bool {
    let asked = &question[transcript::label_end(question)..];
    let opens_with_and = words_of(asked)
        .next()
        .is_some_and(|w| matches!(w.as_str(), "and" | "so" | "then"));
    let tag = asked.trim_end().strip_suffix('?').is_some_and(|rest| {
        let rest = rest.trim_end().to_lowercase();
        ["n't it", "n't they", "n't he", "n't she", "n't there"]
            .iter()
            .any(|tag| rest.ends_with(tag))
    });
    let relative = find_dates(asked, None)
        .iter()
        .any(|m| matches!(m.kind, MentionKind::FromContext(_)));
    opens_with_and || tag || relative
}

/// Whether `date` is history to the document: long enough before its
/// publication that the news of the day is something else.
fn is_history(date: EventDate, document: &Document) -> bool {
    document
        .published
        .is_some_and(|published| (published - date.last_day()).num_days() >= HISTORY_DAYS)
}

/// The time a sentence's dated main report sets its paragraph at, if it
/// tells of history rather than of the news of the day. At most the month:
/// the next sentence may be days later.
fn narrative_setting(found: &[Candidate], document: &Document) -> Option<EventDate> {
    let dated = found
        .iter()
        .find(|c| !c.approximate && c.anchor.is_none())?;
    // "■ Tuesday, 13 September — Artillery struck ... The Security
    // Council met in the early hours ...": a paragraph of the last days
    // is set at its day.
    if !is_history(dated.date, document) {
        return dated.date.day_value().map(|_| dated.date);
    }
    Some(match dated.date.month_value() {
        Some(month) => EventDate::month(dated.date.year_value(), month).unwrap_or(dated.date),
        None => dated.date,
    })
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

/// The clauses of a sentence joined by ", and", ", but" or ";" where what
/// follows opens a clause of its own (a date, a name or a pronoun, then a
/// verb), outside quotations. One range for a sentence of one clause.
fn conjuncts(reading: &Reading) -> Vec<Range<usize>> {
    static JOINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:,\s+(?:and|but|while)\s+|;\s+|\s+and,\s+)(?P<next>(?:in|on|last|late|early|then|later|the)\b|\p{Lu}|(?:he|she|it|they)\b)")
            .expect("clause joint pattern")
    });
    let text = reading.text;
    let mut cuts = Vec::new();
    for caps in JOINT.captures_iter(text) {
        let (Some(joint), Some(next)) = (caps.get(0), caps.name("next")) else {
            continue;
        };
        if reading.in_quotes(&(joint.start()..joint.end())) {
            continue;
        }
        // What follows must have a verb of its own, or it is a list of names.
        let rest = &text[next.start()..];
        // "and, in June, Pashinyan said ...": past an opening adverbial.
        let adverbial = next.as_str().chars().next().is_some_and(char::is_lowercase);
        let skip = if adverbial {
            rest.find(',').map_or(0, |comma| comma + 1)
        } else {
            0
        };
        let clause_end = rest[skip..]
            .find([',', ';'])
            .map_or(rest.len(), |end| skip + end);
        let has_verb = rest[..clause_end]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| {
                super::clauses::is_past_form(&w.to_lowercase())
                    || matches!(w, "will" | "would" | "is" | "are")
            });
        if has_verb {
            cuts.push((joint.start(), next.start()));
        }
    }
    // "Armenia chaired the Organization in 2022 and hosted its summit in
    // Yerevan that November": a second past verb of the main clause's
    // subject, joined by "and" alone, opens a clause of its own too.
    if let Some(verb) = &reading.shape.main_verb {
        for (at, _) in text.match_indices(" and ") {
            let next = at + " and ".len();
            let word: String = text[next..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            if at > verb.end
                && word.chars().next().is_some_and(char::is_lowercase)
                && super::clauses::is_past_form(&word)
                && !reading.in_quotes(&(at..next))
                && cuts.iter().all(|&(end, start)| at + 1 < end || at > start)
            {
                cuts.push((at, next));
            }
        }
        cuts.sort_unstable();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (end, next) in cuts {
        out.push(start..end);
        start = next;
    }
    out.push(start..text.len());
    out
}

/// The words that name the main clause's subject ("Armenia"), when
/// `clause` is a later conjunct that opens with its own past verb and so
/// shares that subject ("and hosted its summit").
fn shared_subject<'t>(reading: &Reading<'t>, clause: &Range<usize>) -> Option<&'t str> {
    let verb = reading.shape.main_verb.as_ref()?;
    let first = words_of(&reading.text[clause.clone()]).next()?;
    if clause.start <= verb.start || !super::clauses::is_past_form(&first) {
        return None;
    }
    let subject = reading.text[reading.shape.lead_end..verb.start].trim();
    (subject.chars().next().is_some_and(char::is_uppercase)
        && (1..=5).contains(&words_of(subject).count()))
    .then_some(subject)
}

/// "In 2018 Khachaturov was charged in July and recalled in November": a
/// month or day the text gives without its year takes the year the sentence
/// states, not the one nearest the publication.
fn in_the_sentence_year(text: &str, mut mentions: Vec<DateMention>) -> Vec<DateMention> {
    // "two years ago, when Azerbaijan attacked in September": a year told
    // relative to the publication states the year too.
    let states_a_year = |m: &DateMention| {
        m.kind == MentionKind::Absolute
            || (m.kind == MentionKind::PreviousPeriod
                && m.date.precision() == Precision::Year
                && text[m.start..m.end].to_lowercase().ends_with("ago"))
    };
    let stated: Vec<(usize, i32)> = mentions
        .iter()
        .filter(|m| states_a_year(m) && attributive_year(text, m).is_none())
        .map(|m| (m.start, m.date.year_value()))
        .collect();
    // "September this year" names its year relative to the publication already.
    let bare = |m: &DateMention| {
        m.kind == MentionKind::YearFromContext
            && !text[m.start..m.end].to_lowercase().contains("year")
    };
    for m in mentions.iter_mut().filter(|m| bare(m)) {
        let year = stated
            .iter()
            .rev()
            .find(|(at, _)| *at < m.start)
            .map(|(_, year)| *year);
        let Some(year) = year.filter(|y| *y != m.date.year_value()) else {
            continue;
        };
        let month = m.date.month_value();
        let moved = match (month, m.date.day_value()) {
            (Some(month), Some(day)) => EventDate::day(year, month, day),
            (Some(month), None) => EventDate::month(year, month),
            _ => None,
        };
        if let Some(moved) = moved {
            m.date = moved;
        }
    }
    // "the May 12 incursion last year": a year said just after a day's noun
    // is that day's year, not a date of its own.
    let mut absorbed = Vec::new();
    for n in 0..mentions.len().saturating_sub(1) {
        let (day, year) = (&mentions[n], &mentions[n + 1]);
        let between = &text[day.end..year.start];
        let close = between.len() <= 24 && !between.contains([',', ';', '.']);
        let year_only = year.date.month_value().is_none()
            && matches!(
                year.kind,
                MentionKind::PreviousPeriod | MentionKind::CurrentPeriod
            );
        if !(bare(day) && close && year_only) {
            continue;
        }
        let target = year.date.year_value();
        let moved = match (day.date.month_value(), day.date.day_value()) {
            (Some(month), Some(d)) => EventDate::day(target, month, d),
            (Some(month), None) => EventDate::month(target, month),
            _ => None,
        };
        if let Some(moved) = moved {
            mentions[n].date = moved;
            absorbed.push(n + 1);
        }
    }
    let mut index = 0;
    mentions.retain(|_| {
        index += 1;
        !absorbed.contains(&(index - 1))
    });
    mentions
}

/// Where a date mention is subordinate, the stretch of the sentence whose
/// happening it dates; `None` where it dates the main clause.
fn subordinate_focus(
    reading: &Reading,
    mention: &DateMention,
    several_dates: bool,
) -> Option<Focus> {
    if dates_the_saying(reading, mention) {
        return None;
    }
    if let Some(noun_phrase) = attributive_year(reading.text, mention)
        .or_else(|| attributive_date(reading.text, mention))
        .or_else(|| dated_event_noun(reading, mention))
        .or_else(|| happening_it_follows(reading.text, mention).filter(|_| several_dates))
        .or_else(|| participle_date(reading, mention))
        .or_else(|| date_of_a_noun(reading.text, mention))
    {
        return Some(Focus {
            span: noun_phrase.clone(),
            title: noun_phrase,
            noun_phrase: true,
        });
    }
    let holding: Vec<&Range<usize>> = reading
        .shape
        .subordinate
        .iter()
        .filter(|s| s.start <= mention.start && mention.end <= s.end)
        .collect();
    // Actors come from the outermost clause: for "that he will not come to
    // the CSTO summit, which is to be held ... on November 23" that keeps
    // the CSTO with its summit. The title comes from the innermost one.
    let outer = holding.iter().min_by_key(|s| s.start)?;
    let inner = holding.iter().max_by_key(|s| s.start)?;
    // A relative clause stands for the noun before it: take that noun phrase
    // in ("the CSTO, which was established in October 2002").
    let with_antecedent = |span: &Range<usize>| {
        antecedent_start(reading.text, span.start).unwrap_or(span.start)..span.end
    };
    Some(Focus {
        span: with_antecedent(outer),
        title: with_antecedent(inner),
        noun_phrase: false,
    })
}

/// The clause of time after the main verb that holds `mention` ("... after
/// Azerbaijani forces shelled Armenian territory on Sept. 13, 2022"), to its
/// comma.
fn time_clause(reading: &Reading, mention: &DateMention) -> Option<Focus> {
    let verb_end = reading.shape.main_verb.as_ref()?.end;
    let between = reading.text.get(verb_end..mention.start)?;
    let (at, opener) = [" after ", " when ", " before "]
        .iter()
        .filter_map(|o| between.rfind(o).map(|at| (at, *o)))
        .max_by_key(|(at, _)| *at)?;
    let start = verb_end + at + opener.len();
    let end = reading.text[mention.end..]
        .find([',', ';'])
        .map_or(reading.text.len(), |i| mention.end + i);
    Some(Focus {
        span: start..end,
        title: start..end,
        noun_phrase: false,
    })
}

/// Whether the date at `at` stands in a "when" clause that has not ended
/// before it: "when Azerbaijan attacked our territory in September".
fn in_when_clause(text: &str, at: usize) -> bool {
    let before = text[..at].to_lowercase();
    before.rfind("when ").is_some_and(|when| {
        super::text::stands_apart(&before, when, when + 4) && !before[when..].contains(',')
    })
}

/// Subjects that only frame a time ("The turning point came on ...").
const FRAMING_SUBJECTS: &[&str] = &[
    "the turning point",
    "the breaking point",
    "the first test",
    "the real test",
    "the moment",
    "the rupture",
    "the break",
    "the first crack",
    "the low point",
];

fn framing_subject(reading: &Reading) -> bool {
    let main = main_clause_lowercase(reading);
    FRAMING_SUBJECTS.iter().any(|frame| {
        main.starts_with(&format!("{frame} came")) || main.starts_with(&format!("{frame} was"))
    }) || time_comes(reading)
}

/// "For Armenia, that week came in the autumn of 2022, when ...": a main
/// clause whose verb is "came" and whose subject names no actor only says
/// when a time arrived; what happened is told after it.
fn time_comes(reading: &Reading) -> bool {
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    let lead_end = reading.shape.lead_end.min(verb.start);
    // "The leaders came to Yerevan", "The mission arrived in Yerevan" went
    // somewhere; a time comes at its date ("in the autumn", "last spring",
    // "on 13 September", "earlier").
    let mut after = reading.text[verb.end..].split_whitespace().take(2);
    let first = after.next().unwrap_or_default().to_lowercase();
    let second = after
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric());
    let a_place = second.starts_with(char::is_uppercase)
        && !super::calendar::is_month_name(second)
        && !matches!(
            second,
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
        );
    let at_a_time = !a_place
        && !matches!(
            first.as_str(),
            "to" | "from" | "back" | "into" | "home" | "out" | "up" | "down" | "together" | "here"
        );
    at_a_time
        && matches!(
            reading.text[verb.clone()].to_lowercase().as_str(),
            "came" | "arrived"
        )
        && !reading
            .actors
            .iter()
            .any(|m| m.range.start >= lead_end && m.range.end <= verb.start)
}

/// The clause ", when ..." right after `mention`, to the end of the sentence.
fn when_clause_after(reading: &Reading, mention: &DateMention) -> Option<Focus> {
    let rest = reading.text.get(mention.end..)?;
    let at = rest.find(", when ").filter(|&at| at <= 2)?;
    let start = mention.end + at + ", when ".len();
    let end = reading.text.trim_end_matches(['.', ' ']).len().max(start);
    Some(Focus {
        span: start..end,
        title: start..end,
        noun_phrase: false,
    })
}

/// Whether a sentence (past an answer's "A:") opens with a preposition: a
/// time or place, not a subject.
fn opens_with_a_preposition(text: &str) -> bool {
    let text = text.trim_start();
    let text = text.strip_prefix("A:").unwrap_or(text);
    words_of(text).next().is_some_and(|w| {
        matches!(
            w.as_str(),
            "at" | "in" | "on" | "during" | "after" | "before" | "since" | "from" | "by"
        )
    })
}

/// Nouns of an occasion a statement is made in.
const SAYING_OCCASIONS: &[&str] = &[
    "interview",
    "speech",
    "briefing",
    "conference",
    "address",
    "broadcast",
    "post",
];

/// "Pashinyan said Armenia had frozen its participation in an interview
/// with France 24 on 22 February": a date right after the occasion of the
/// saying dates the saying, not what was said.
fn dates_the_saying(reading: &Reading, mention: &DateMention) -> bool {
    if !reading.shape.reporting {
        return false;
    }
    let before: Vec<String> = words_of(&reading.text[..mention.start]).collect();
    let window = &before[before.len().saturating_sub(9)..];
    let occasion_before = window.iter().enumerate().any(|(n, w)| {
        SAYING_OCCASIONS.contains(&w.as_str())
            && window[..n]
                .iter()
                .rev()
                .take(3)
                .any(|p| matches!(p.as_str(), "in" | "at" | "during"))
    });
    // "... said that participation was frozen on 22 February 2024, in an
    // interview with France 24": the occasion right after the date is the
    // saying's, and so is the date.
    let rest = &reading.text[mention.end..];
    let after: Vec<String> = words_of(rest).take(4).collect();
    let occasion_after = rest.trim_start().starts_with(',')
        && after
            .first()
            .is_some_and(|p| matches!(p.as_str(), "in" | "at" | "during"))
        && after[1..]
            .iter()
            .any(|w| SAYING_OCCASIONS.contains(&w.as_str()));
    occasion_before || occasion_after
}

/// Nouns of an occasion someone speaks at.
const OCCASIONS: &[&str] = &[
    "conference",
    "news",
    "press",
    "briefing",
    "meeting",
    "summit",
    "session",
    "forum",
    "rally",
    "ceremony",
];

/// Past participles that, after a noun, say when its happening took place.
const DATING_PARTICIPLES: &[&str] = &[
    "published",
    "made",
    "held",
    "signed",
    "planned",
    "scheduled",
    "broadcast",
    "aired",
    "released",
    "given",
    "conducted",
    "staged",
    "adopted",
    "launched",
];

/// "Pashinyan's interview with La Repubblica, published on September 3,",
/// "the CSTO exercise held in Kyrgyzstan in September", "the drills planned
/// for September 11-20": a date in a participle phrase after a noun dates
/// what the noun names, not the main verb. Returns the noun phrase.
fn participle_date(reading: &Reading, mention: &DateMention) -> Option<Range<usize>> {
    let before = reading.text[..mention.start].trim_end();
    let words: Vec<(usize, &str)> = token_starts(before).into_iter().rev().take(10).collect();
    let (_, preposition) = words.first()?;
    if !matches!(
        preposition.to_lowercase().as_str(),
        "on" | "in" | "for" | "at"
    ) {
        return None;
    }
    // "the remarks made by CSTO Secretary General Imangali Tasmagambetov on
    // 13 March": the agent's name may stand between.
    let reach = match words.iter().skip(1).position(|(_, w)| *w == "by") {
        Some(by) if by < 7 => by + 2,
        _ => 4,
    };
    let &(participle_at, _) = words.iter().skip(1).take(reach).find(|(_, w)| {
        DATING_PARTICIPLES.contains(&w.trim_end_matches(',').to_lowercase().as_str())
    })?;
    // "was held on ...", "had been signed in ...": the clause's own verb.
    let prior = token_starts(reading.text[..participle_at].trim_end())
        .last()
        .map(|(_, w)| w.trim_end_matches(',').to_lowercase())?;
    let verb_here = reading
        .shape
        .main_verb
        .as_ref()
        .is_some_and(|v| v.start <= participle_at && participle_at < v.end);
    if verb_here
        || matches!(
            prior.as_str(),
            "was"
                | "were"
                | "is"
                | "are"
                | "be"
                | "been"
                | "being"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "not"
        )
    {
        return None;
    }
    // The noun phrase starts at its first determiner or owner ("Pashinyan's
    // interview with the Italian daily ..."), after the main verb and after
    // any "and" that opens it, not far back.
    // One in an opening phrase ("Touching upon the session held on 28
    // November, the Premier noted ...") starts within that phrase.
    let verb_end = if participle_at < reading.shape.lead_end {
        0
    } else {
        reading
            .shape
            .main_verb
            .as_ref()
            .map_or(0, |v| v.end)
            .min(participle_at)
    };
    let back = token_starts(&reading.text[..participle_at]);
    let start = back
        .iter()
        .rev()
        .take(10)
        // Nor past a preposition that ties it to another noun ("its
        // disappointment at the remarks made by ...").
        .take_while(|(at, w)| {
            *at >= verb_end
                && !matches!(
                    *w,
                    "and" | "or" | "but" | "at" | "over" | "about" | "against"
                )
        })
        .filter_map(|(at, w)| {
            let w = w.to_lowercase();
            (matches!(
                w.as_str(),
                "the" | "a" | "an" | "its" | "his" | "her" | "their"
            ) || w.ends_with("'s")
                || w.ends_with("’s"))
            .then_some(*at)
        })
        .last()?;
    // "..., he said in an interview broadcast on Thursday": the occasion of
    // the saying, which the date gives to the statement.
    let head = words_of(&reading.text[start..participle_at])
        .nth(1)
        .unwrap_or_default();
    let occasion = token_starts(reading.text[..start].trim_end())
        .last()
        .is_some_and(|(_, w)| match w.to_lowercase().as_str() {
            "in" | "during" => true,
            // "at a news conference held on ...", not "at the remarks made".
            "at" => OCCASIONS.iter().any(|o| head.starts_with(o)),
            _ => false,
        });
    if occasion {
        return None;
    }
    Some(start..mention.end)
}

/// "the trilateral statements of 9 November 2020", "the Treaty of 15 May
/// 1992": a date joined by "of" to the noun before it is that thing's, not
/// the verb's. A noun of time ("the night of 13 September", "the end of
/// May") only places what is told.
fn date_of_a_noun(text: &str, mention: &DateMention) -> Option<Range<usize>> {
    const TIME_NOUNS: &[&str] = &[
        "night",
        "morning",
        "evening",
        "afternoon",
        "day",
        "eve",
        "week",
        "weekend",
        "month",
        "year",
        "end",
        "beginning",
        "start",
        "middle",
        "half",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "events",
        "session",
        "sitting",
    ];
    let before = text[..mention.start].trim_end();
    let before = before.strip_suffix(" of")?;
    let noun_at = before.rfind(' ').map_or(0, |i| i + 1);
    let noun = before[noun_at..].trim_matches(|c: char| !c.is_alphanumeric());
    let is_noun = noun.len() > 2
        && noun.chars().all(|c| c.is_alphabetic() || c == '-')
        && noun.starts_with(char::is_lowercase)
        && !FUNCTION_WORDS.contains(&noun)
        && !TIME_NOUNS.contains(&noun)
        // "stayed away from the summit of 23 November": a happening's day
        // is also the day of what was done at it (see `dated_event_noun`).
        && !EVENT_NOUNS.contains(&noun)
        && !clauses::is_past_form(noun);
    if !is_noun || mention.date.day_value().is_none() {
        return None;
    }
    // The noun phrase starts at its determiner, a few words back at most.
    let start = token_starts(&text[..noun_at])
        .into_iter()
        .rev()
        .take(4)
        .find(|(_, w)| {
            matches!(
                w.to_lowercase().as_str(),
                "the" | "a" | "an" | "its" | "their"
            )
        })
        .map_or(noun_at, |(at, _)| at);
    Some(start..mention.end)
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
        .find(|d| {
            before
                .len()
                .checked_sub(d.len())
                .and_then(|cut| before.get(cut..))
                .is_some_and(|tail| tail.eq_ignore_ascii_case(d))
        })?;
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

/// Prepositions, conjunctions and determiners: never the noun a date qualifies.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "by", "to", "in", "on", "at", "of", "for", "with",
    "from", "since", "until", "after", "before", "as", "that", "which", "when", "who", "is", "was",
];

/// "the September 13 attack", "a bilateral 1997 treaty", "Thursday's
/// session", "last year's summit": a date that qualifies a noun dates that
/// noun's happening. Returns the noun phrase.
fn attributive_date(text: &str, mention: &DateMention) -> Option<Range<usize>> {
    let after = &text[mention.end..];
    let possessive = after.starts_with("'s ") || after.starts_with("’s ");
    let before = text[..mention.start].trim_end();
    let words_before: Vec<&str> = before.rsplit(' ').take(3).collect();
    let determiner_at = words_before.iter().position(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this"
        )
    });
    // Between the determiner and the date only adjectives: "a bilateral 1997 treaty".
    let adjectives_only = determiner_at.is_some_and(|n| {
        words_before[..n]
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-') && !FUNCTION_WORDS.contains(w))
    });
    let next = after.trim_start_matches(['\'', '’', 's']).trim_start();
    let noun_follows = next
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase) && !FUNCTION_WORDS.contains(&w)
        });
    // A full date before a happening's noun qualifies it too: "after the
    // May 12, 2021 incursion".
    let happening_follows = next
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .is_some_and(|w| EVENT_NOUNS.contains(&w));
    let qualifies = mention.kind != MentionKind::Absolute
        || (happening_follows && mention.date.day_value().is_some());
    if !(possessive || (adjectives_only && qualifies)) || !noun_follows {
        return None;
    }
    let start = match determiner_at {
        Some(n) if adjectives_only => {
            let skipped: usize = words_before[..=n].iter().map(|w| w.len() + 1).sum();
            before.len() + 1 - skipped
        }
        _ => mention.start,
    };
    let end = mention.end
        + after
            .find([',', ';', '.', '—', '–', '“', '"', '(', ')'])
            .unwrap_or(after.len());
    Some(start..end)
}

/// Nouns of happenings a date after them belongs to when the sentence
/// speaks of them ("recalled the deployment to Kazakhstan in January 2022",
/// "traced the break to the incursions in May 2021"). Occasions of speaking
/// ("in an interview on Thursday") are not among them: their date is the
/// statement's.
const EVENT_NOUNS: &[&str] = &[
    "aggression",
    "attack",
    "attacks",
    "incursion",
    "incursions",
    "invasion",
    "offensive",
    "war",
    "deployment",
    "protests",
    "break-up",
    "crackdown",
    "summit",
    "declaration",
    "treaty",
    "vote",
    "elections",
    "election",
    "referendum",
    "ceasefire",
    "clashes",
    "fighting",
    "escalation",
    "blockade",
    "withdrawal",
    "visit",
];

/// A date that follows an event noun ("the incursions in May 2021") in a
/// sentence whose main clause is dated otherwise or tells of speaking or
/// recalling: the date is that happening's, not the main verb's.
fn dated_event_noun(reading: &Reading, mention: &DateMention) -> Option<Range<usize>> {
    // "the visit to Kyiv of Pashinyan's wife, Anna Hakobyan, on Wednesday":
    // a name set off by commas stands inside the phrase.
    static APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r",\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3},\s*$")
            .expect("apposition pattern")
    });
    let before = reading.text[..mention.start].trim_end();
    let preposition_at = before.rfind(' ').map_or(0, |i| i + 1);
    let without_apposition = APPOSITION
        .find(&before[..preposition_at])
        .map_or(before.len(), |m| m.start());
    let reach = if without_apposition < before.len() {
        10
    } else {
        5
    };
    let words: Vec<(usize, &str)> = token_starts(before).into_iter().rev().take(reach).collect();
    let (noun_at, _) = words.iter().copied().skip(1).find(|(_, w)| {
        EVENT_NOUNS.contains(&w.trim_end_matches([',', '\'', '’']).to_lowercase().as_str())
    })?;
    let preposition = words.first().map(|(_, w)| w.to_lowercase())?;
    if !matches!(preposition.as_str(), "in" | "on" | "of") {
        return None;
    }
    // The noun and its date stand in one phrase: nothing joins another clause between.
    let between = &reading.text[noun_at..mention.start];
    let between = APPOSITION
        .find(&between[..between.trim_end().rfind(' ').map_or(0, |i| i + 1)])
        .map_or(between.to_string(), |m| {
            format!("{}{}", &between[..m.start()], &between[m.end()..])
        });
    let between = between.as_str();
    if between.contains([',', ';'])
        || words_of(between).any(|w| matches!(w.as_str(), "and" | "but"))
    {
        return None;
    }
    let verb_end = reading.shape.main_verb.as_ref().map(|v| v.end)?;
    if noun_at < verb_end {
        return None;
    }
    let verb = reading.text[reading.shape.main_verb.clone()?].to_lowercase();
    let speaking = reading.shape.reporting
        || [
            "recalled",
            "asked",
            "traced",
            "cited",
            "blamed",
            "mentioned",
            "referred",
            "condemned",
        ]
        .iter()
        .any(|v| verb.ends_with(v));
    let dated_otherwise = find_dates_before(reading, verb_end);
    // "under the bilateral treaty of 1997": a date joined to its noun by
    // "of" never dates the verb.
    let of_the_noun = preposition == "of"
        && mention.date.precision() == Precision::Year
        && !mention.future
        && words.get(1).is_some_and(|(at, _)| *at == noun_at);
    if !(speaking || dated_otherwise || of_the_noun) {
        return None;
    }
    // Back to the start of the noun phrase: its determiner, if close.
    let start = words
        .iter()
        .find(|(at, w)| {
            *at < noun_at
                && *at >= noun_at.saturating_sub(30)
                && matches!(w.to_lowercase().as_str(), "the" | "a" | "an")
        })
        .map_or(noun_at, |(at, _)| *at);
    // "Pashinyan said ... in an interview with France 24 on 22 February":
    // the occasion of the saying, whose date is the statement's.
    let occasion = reading.shape.reporting
        && token_starts(reading.text[..start].trim_end())
            .last()
            .is_some_and(|(_, w)| matches!(w.to_lowercase().as_str(), "in" | "during" | "at"));
    if occasion {
        return None;
    }
    Some(start..mention.end)
}

/// "was formed after Tokayev's appeal last Wednesday", "following the
/// vote on Tuesday": the date right after the happening a clause follows
/// (or precedes) is that happening's, when the clause has a date of its
/// own ("... and began arriving a day later"). Alone, the date places the
/// clause too: "recalled its envoy following the vote on Tuesday" is
/// Tuesday's news. Returns the noun phrase, from its determiner or
/// possessor.
fn happening_it_follows(text: &str, mention: &DateMention) -> Option<Range<usize>> {
    static FOLLOWS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:after|following|before|since|prior\s+to)\s+((?:the|a|an|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+))(?:\s+(?:on|in|of))?\s*$",
        )
        .expect("happening-it-follows pattern")
    });
    // "before the parliamentary elections of 2026": a plan told by its
    // year is no happening yet.
    if mention.future && mention.date.day_value().is_none() {
        return None;
    }
    let caps = FOLLOWS.captures(&text[..mention.start])?;
    let noun = caps.get(2)?.as_str().to_lowercase();
    if !(EVENT_NOUNS.contains(&noun.as_str()) || FOLLOWED_HAPPENINGS.contains(&noun.as_str())) {
        return None;
    }
    Some(caps.get(1)?.start()..mention.end)
}

/// Nouns of happenings other clauses are told to follow ("after Tokayev's
/// appeal", "following the request"), beside [`EVENT_NOUNS`].
const FOLLOWED_HAPPENINGS: &[&str] = &[
    "appeal",
    "request",
    "address",
    "announcement",
    "talks",
    "meeting",
    "session",
    "resignation",
    "ruling",
    "decision",
];

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
            let conditional = words_of(&reading.text[start..end])
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

/// The start of the noun phrase a relative clause at `clause_start` refers
/// to ("the CSTO, which ...", "Ukrainian citizens who ...").
fn antecedent_start(text: &str, clause_start: usize) -> Option<usize> {
    let word = text[clause_start..]
        .split_whitespace()
        .next()?
        .to_lowercase();
    let before = text[..clause_start].trim_end();
    // "a pullout that began in April": "that" after a noun, not after a
    // verb of saying ("said that ...").
    let after_noun = token_starts(before).last().is_some_and(|(_, w)| {
        let w = w.to_lowercase();
        !super::clauses::is_past_form(&w) && !w.ends_with(',') && w.chars().all(char::is_alphabetic)
    });
    let relative =
        matches!(word.as_str(), "which" | "who" | "whose") || (word == "that" && after_noun);
    if !relative {
        return None;
    }
    let before = before.strip_suffix(',').unwrap_or(before);
    // Walk back over the noun phrase to its determiner, or stop before the
    // preposition or verb that precedes it.
    let mut start = before.len();
    for (offset, token) in token_starts(before).into_iter().rev().take(6) {
        let lowered = token.trim_end_matches(',').to_lowercase();
        if matches!(lowered.as_str(), "the" | "a" | "an") {
            return Some(offset);
        }
        let boundary = matches!(
            lowered.as_str(),
            "to" | "of"
                | "in"
                | "at"
                | "on"
                | "for"
                | "with"
                | "from"
                | "and"
                | "by"
                | "were"
                | "was"
                | "are"
                | "is"
                | "among"
                | "that"
        ) || token.ends_with([',', ';', ':']);
        if boundary {
            return Some(start);
        }
        start = offset;
    }
    Some(start)
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

fn candidate(
    reading: &Reading,
    focus_of: &Focus,
    date: EventDate,
    approximate: bool,
    mentions: &[DateMention],
    mention: Option<&DateMention>,
) -> Candidate {
    let whole = 0..reading.text.len();
    let focus = &focus_of.span;
    let subordinate = focus != &whole;
    let main_subject = reading.subject_in(&whole);
    let mut actors = reading.actors_in(focus);
    if subordinate && !focus_of.noun_phrase {
        // "Pashinyan said that he was told ... in 2022": the pronoun is the
        // main clause's actor, who belongs to the subordinate happening too.
        let refers_back = words_of(&reading.text[focus.clone()]).any(|w| {
            matches!(
                w.as_str(),
                "he" | "she" | "his" | "her" | "him" | "they" | "their" | "it" | "its"
            )
        });
        if (refers_back || actors.is_empty())
            && let Some(subject) = &main_subject
            && !actors.contains(subject)
        {
            actors.push(subject.clone());
        }
        if actors.is_empty() {
            // A clause whose actors are the sentence's ("Russia’s ... invasion
            // of Ukraine launched in late February").
            actors = reading.actors_in(&whole);
        }
    }
    let date_ranges: Vec<Range<usize>> = mentions.iter().map(|m| m.start..m.end).collect();
    // Relative clauses that do not carry this report's date are detail
    // (", which caused serious disruptions ..."): leave their words out when
    // comparing reports.
    let cleft = cleft_parts(&reading.text[focus.clone()]).map(|(_, who)| focus.start + who);
    let detail: Vec<Range<usize>> = reading
        .shape
        .subordinate
        .iter()
        .filter(|span| {
            let opener = words_of(&reading.text[(*span).clone()])
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
        .filter(|span| words_of(&reading.text[(*span).clone()]).next().as_deref() == Some("when"))
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
    let quoted = &reading.quoted;
    // Words that name an actor count as the actor ("@csto"), whatever the
    // spelling, not as words.
    let names: Vec<Range<usize>> = reading.actors.iter().map(|m| m.range.clone()).collect();
    let keep = |r: &Range<usize>| {
        let inside = |outer: &Range<usize>| outer.start <= r.start && r.end <= outer.end;
        !date_ranges.iter().any(inside) && !detail.iter().any(inside) && !names.iter().any(inside)
    };
    let mut terms = content_terms(reading.text, focus, &keep);
    terms.extend(actors.iter().map(|a| format!("@{a}")));
    terms.extend(reading.topics.iter().map(|t| format!("#{t}")));
    // What kind of happening the clause tells of, whatever its words: "the
    // incursion" meets "crossed the border". The happening is named near the
    // head of its clause; words further on tell what it was about ("asked
    // its partners to open consultations over the incursion" is a request).
    // A statement is also of the kind of what it announces: "... and said he
    // had turned to the CSTO for help" tells of the request.
    let focus_text = &reading.text[focus.clone()];
    // The main clause's kind is read past a "when" clause of its own.
    let kind_text: &str = match own_happenings
        .iter()
        .find(|span| span.start <= focus.start + 40)
    {
        Some(span) if span.end < focus.end && span.start >= focus.start => {
            &reading.text[span.end..focus.end]
        }
        _ => focus_text,
    };
    let mut kinds = reading
        .taxonomy
        .find_kinds(head_words(kind_text, KIND_HEAD_WORDS));
    for reported in reported_clauses(focus_text) {
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
    terms.extend(kinds.into_iter().map(|k| format!("!{k}")));
    Candidate {
        document: String::new(),
        sentence: 0..0,
        date,
        approximate,
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
                        .any(|p| before.ends_with(&format!(" {p}")))
                })
                .map(|m| m.actor.clone())
        } else if subordinate {
            reading.subject_in(focus).or(main_subject.clone())
        } else {
            main_subject.clone()
        },
        title: if focus_of.noun_phrase {
            noun_phrase_title(reading.text, &focus_of.title, &date_ranges)
        } else {
            let title = title_for(
                reading.text,
                &focus_of.title,
                &reading.shape,
                &date_ranges,
                quoted,
            );
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
                _ => name_the_pronoun(
                    &title,
                    main_subject.as_deref().filter(|_| subordinate),
                    reading,
                ),
            }
        },
        topics: reading.topics.clone(),
        actors,
        terms: terms.into_iter().map(Arc::from).collect(),
        speech: false,
        named: if approximate {
            Vec::new()
        } else {
            named_happenings(&reading.text[focus.clone()])
        },
        anchor: None,
        names_happening: focus_of.noun_phrase,
        quotation: reading.text.trim_start().starts_with(['"', '“', '«']),
        refers_back: names_a_told_happening(&reading.text[focus.clone()]),
        tells_ahead,
    }
}

/// The sentence with its quotations blanked out (same length, so offsets hold).
fn narration(reading: &Reading) -> String {
    let mut text = reading.text.to_string();
    for q in &reading.quoted {
        if text.is_char_boundary(q.start) && text.is_char_boundary(q.end) {
            text.replace_range(q.clone(), &" ".repeat(q.end - q.start));
        }
    }
    text
}

/// What a speaker reports having done ("said he had turned to the CSTO
/// for help" → "turned to the CSTO for help"): a statement announcing the
/// speaker's own deed is of that deed's kind. What a speaker says about
/// others' deeds ("said the decision to send peacekeepers ...") is not.
fn reported_clauses(text: &str) -> impl Iterator<Item = &str> {
    static SAID: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"\b(?:said|says|announced|announces|added|confirmed|stated)\s+(?:that\s+)?(?:he|she|it|they|we|I)\s+(?:had|has|have)\s+",
        )
        .expect("reported-clause pattern")
    });
    // "told parliament that Armenia would leave the bloc": what a speaker
    // announces to an audience is the kind of the telling.
    static TOLD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:told|tells|informed|informs)\s+(?:\S+\s+){1,3}?that\s+")
            .expect("told-clause pattern")
    });
    // "said Armenia would stop paying": a named subject and what it would
    // or had done.
    static SAID_NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"\b(?:said|says|announced|announces|stated|confirmed)\s+(?:that\s+)?(?:\S+\s+){1,3}?(?:would|will|had|has|have)\s+",
        )
        .expect("named reported-clause pattern")
    });
    SAID.find_iter(text)
        .chain(TOLD.find_iter(text))
        .chain(SAID_NAMED.find_iter(text))
        .map(move |m| &text[m.end()..])
}

/// Whether a clause tells of its happening as still to come ("will not
/// attend", "decided not to attend", "is to skip").
fn told_in_the_future(text: &str) -> bool {
    static AHEAD: LazyLock<Regex> = LazyLock::new(|| {
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
            words_of(&reading.text[verb.clone()]).any(|w| {
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

/// Whether `text` names a happening by a noun that only points back, as
/// its subject ("The procedure Yerevan set in motion was completed") or as
/// what someone was told of ("told Lukashenka of his decision"): what it
/// tells is of a happening the article told already. A noun elsewhere
/// ("discussed the procedure", "says the move is aimed at") is a topic.
fn names_a_told_happening(text: &str) -> bool {
    static TOLD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:The|This|That|His|Her|Its|Their)\s+(?:decision|procedure|move|step|process)\b|\b(?:told|informed|notified|briefed)\b[^,;]{0,60}\bof\s+(?:the|this|that|his|her|its|their)\s+(?:decision|move|step)\b",
        )
        .expect("told-happening pattern")
    });
    TOLD.is_match(text.trim_start())
}

/// How many words from its start a clause names its happening within.
const KIND_HEAD_WORDS: usize = 10;

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

fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// A subordinate clause's title that opens with a pronoun ("He was told by
/// the CSTO Secretary-General ...") names the main clause's actor instead,
/// as written in the sentence.
fn name_the_pronoun(title: &str, subject: Option<&str>, reading: &Reading) -> String {
    let Some(subject) = subject else {
        return title.to_string();
    };
    let Some(rest) = ["He ", "She ", "They "]
        .iter()
        .find_map(|p| title.strip_prefix(p))
    else {
        return title.to_string();
    };
    let written = reading
        .actors
        .iter()
        .find(|m| m.actor == subject)
        .map(|m| &reading.text[m.range.clone()]);
    match written {
        Some(name) => format!("{name} {rest}"),
        None => title.to_string(),
    }
}
