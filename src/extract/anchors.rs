//! Anchors: dating a sentence by the happening it refers to.
//!
//! "Pashinyan said during the summit that ..." has no date of its own, but
//! the article dated the summit earlier ("Speaking at a CSTO summit in
//! Yerevan on November 23"). A careful reader carries that date over; so do
//! we. A reference "during / at / on the sidelines of the summit" takes the
//! summit's date; "after / following / before / ahead of the summit" only its
//! month, because the text does not say how long after, unless it counts
//! the days ("six days after the summit"). The summit is looked
//! for in the same article first, and across the corpus only when the
//! reference names its place ("the CSTO summit in Yerevan"), so two summits
//! are never confused. A statement's occasion anchors too: "nine days
//! before the broadcast" counts from the interview the article dated.

use crate::extract::compiled::Pattern;
use std::collections::HashMap;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::reports::{Report, Reports};
use super::text::holds_in_any_case;
use crate::model::EventDate;

/// Nouns that name a happening a later sentence can refer back to.
const EVENT_NOUNS: &str = "summit|meeting|talks|conference|press conference|session|visit|exercises|drills|election|elections|referendum|negotiations|ceremony|forum|attack|incursion|offensive|invasion|interview|broadcast|speech|appeal|request|sitting|vote|debate";

/// Nouns of an occasion someone spoke at: the statement told there is its
/// anchor ("Pashinyan told France 24 in an interview broadcast on Thursday
/// ... Nine days before the broadcast, ...").
const STATEMENT_NOUNS: &[&str] = &["interview", "broadcast", "speech"];

/// Words that may stand between the article and a statement's noun without
/// a capital ("the parliament speech", "the televised interview").
const STATEMENT_MODIFIERS: &str =
    "parliament|parliamentary|televised|television|radio|video|annual|weekly|keynote";

/// "told the National Assembly", "told lawmakers": a statement to a
/// parliament is a speech a later "after the parliament speech" counts from.
static TO_A_PARLIAMENT: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"(?i)\b(?:told|addressed)\s+(?:the\s+)?(?:national assembly|parliament|lawmakers|legislators|deputies|mps)\b")
        .expect("valid regex")
});

/// "the National Assembly passed the law", "deputies voted": a vote a later
/// "after the vote" refers back to.
static A_VOTE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"(?i)\b(?:voted|passed|adopted|ratified|rejected)\b.{0,60}\b(?:law|bill|amendments?|treaty|agreement|resolution|motion|budget)\b|\bvoted\b")
        .expect("valid regex")
});

/// "The leaders met": their session, which a later "told the session"
/// refers back to. (Only the leaders': the ministers who met the day
/// before a summit held a meeting of their own, not the summit's session.)
static A_GATHERING: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"(?i)\b(?:leaders|heads of state)\b[^.;]{0,60}?\b(?:met|convened|gathered)\b")
        .expect("valid regex")
});

/// How a sentence relates its happening to the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// During, at, on the sidelines of: the anchor's own date.
    During,
    /// Before, after, ahead of, following: near the anchor, so only its month.
    Near,
    /// Talks after or following it: on the anchor's day when the same
    /// article tells of both ("Putin and Pashinyan held talks after the
    /// summit" in the report of the summit); near it, so only its month,
    /// when the anchor comes from another article.
    After,
    /// That many days after it (before it, when negative): "six days after
    /// the Yerevan summit".
    Offset(i64),
    /// That many months after it (before it, when negative), roughly: "a
    /// year after the attack".
    Months(i32),
}

impl Relation {
    /// The date a reference in this relation takes from its anchor's
    /// `date`, found in the referring article itself or in another.
    fn date_from(self, date: EventDate, same_document: bool) -> Option<EventDate> {
        match self {
            Relation::During => Some(date),
            Relation::After if same_document => Some(date),
            Relation::Offset(days) if date.day_value().is_some() => Some(EventDate::from_naive(
                date.first_day()
                    .checked_add_signed(chrono::Duration::days(days))?,
            )),
            Relation::Months(months) => {
                let first = date.first_day();
                let moved = if months >= 0 {
                    first.checked_add_months(chrono::Months::new(months.unsigned_abs()))?
                } else {
                    first.checked_sub_months(chrono::Months::new(months.unsigned_abs()))?
                };
                use chrono::Datelike;
                EventDate::month(moved.year(), moved.month())
            }
            Relation::Near | Relation::After | Relation::Offset(_) => {
                EventDate::month(date.year_value(), date.month_value()?)
            }
        }
    }
}

/// A reference from an undated sentence to a happening named elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnchorReference {
    pub relation: Relation,
    /// The event noun, lowercased ("summit").
    pub noun: String,
    /// The place the reference names ("Yerevan"), if any.
    pub place: Option<String>,
    /// The capitalised word right before the noun ("the Astana summit",
    /// but also "the CSTO summit"): a place, perhaps, that a happening of
    /// the article named with the same noun is preferred for.
    pub before_noun: Option<String>,
    /// When the referring article came out, once known: what it refers
    /// back to happened by then.
    pub published: Option<chrono::NaiveDate>,
}

/// A happening named in a dated report: its noun and place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedHappening {
    pub noun: String,
    pub place: Option<String>,
    /// The report's words name it ("the offensive"), not only its kind
    /// ("struck Armenia proper" is an attack, and so an offensive): a
    /// reference to "the offensive" is to the one named so first.
    pub in_words: bool,
}

static NAMED: Pattern<Regex> = Pattern::new(|| {
    Regex::new(&format!(
        r"(?i:\b({EVENT_NOUNS}))\b(?:\s+(?:in|at)\s+([A-Z][\p{{L}}-]+))?"
    ))
    .expect("valid regex")
});

static REFERENCE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(&format!(
        r"(?:\b(?P<count>(?i:a|one|the|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?))\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+)?\b(?P<relation>(?i:during|at|on the sidelines of|on the day of|on the eve of|opening|closing|addressing|told|after|following|before|ahead of|prior to))\s+(?i:the|this|that|last|his|her|their)\s+(?i:same\s+)?(?:[A-Z][\p{{L}}-]*\s+)*?(?:(?P<before>[A-Z][\p{{L}}-]*)\s+)?(?:(?i:{STATEMENT_MODIFIERS})\s+)?(?P<noun>(?i:{EVENT_NOUNS}))\b(?:\s+(?:in|at)\s+(?P<place>[A-Z][\p{{L}}-]+))?"
    ))
    .expect("valid regex")
});

/// "on summit day", "on election day": the day of the happening named.
static ON_ITS_DAY: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"\b(?i:on)\s+(?P<noun>(?i:summit|election|referendum|vote|session))\s+(?i:day)\b")
        .expect("valid regex")
});

/// "On the evening the offensive began", "on the day the summit opened":
/// the day of the happening named, told by its beginning or its end.
static ON_THE_DAY_IT_BEGAN: Pattern<Regex> = Pattern::new(|| {
    Regex::new(&format!(
        r"\b(?i:on)\s+(?i:the)\s+(?i:day|evening|morning|night|afternoon)\s+(?:(?i:that|when)\s+)?(?i:the|this|that)\s+(?P<noun>(?i:{EVENT_NOUNS}))\s+(?i:began|started|opened|ended|closed|was\s+held|took\s+place)\b"
    ))
    .expect("valid regex")
});

/// "Pashinyan, who attended the Bishkek session, said afterwards": a
/// happening the sentence names, and "afterwards", after it.
static NAMED_THEN_AFTERWARDS: Pattern<Regex> = Pattern::new(|| {
    Regex::new(&format!(
        r"\b(?i:the|that|this)\s+(?:[A-Z][\p{{L}}-]*\s+)*?(?P<noun>(?i:{EVENT_NOUNS}))\b(?:\s+(?:in|at)\s+(?P<place>[A-Z][\p{{L}}-]+))?[^.;:]*?\b(?i:afterwards?)\b"
    ))
    .expect("valid regex")
});

/// The event nouns, in any case: both patterns above match only where one
/// of them stands.
static EVENT_NOUN: Pattern<AhoCorasick> = Pattern::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(EVENT_NOUNS.split('|'))
        .expect("event nouns")
});

/// Whether `text` may hold an event noun as [`NAMED`] and [`REFERENCE`]
/// read one. Most sentences name no happening, and a pattern that ignores
/// case runs slowly over a sentence with a letter beyond ASCII (a curly
/// apostrophe is enough): such sentences are passed over by a search of
/// the nouns first. Ignoring case, the patterns also take the Kelvin sign
/// for "k" and the long s for "s": a text holding either is left to them.
fn may_hold_event_noun(text: &str) -> bool {
    text.contains(['\u{212A}', '\u{17F}']) || EVENT_NOUN.is_match(text)
}

/// "the one in Astana", "the one at Bishkek": another of the kind of
/// happening named before it in the sentence.
static THE_ONE_IN: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"\bthe\s+(?:one|next\s+one|last\s+one)\s+(?:held\s+)?(?:in|at)\s+([A-Z][\p{L}-]+)")
        .expect("valid regex")
});

/// The happening "the one in <place>" in `focus` stands for, where the
/// sentence named its kind before it ("skipped the CSTO summit in Minsk
/// ... and stayed away from the one in Astana": a summit in Astana).
pub fn named_as_the_one(sentence: &str, focus: &std::ops::Range<usize>) -> Option<NamedHappening> {
    let text = sentence.get(focus.clone())?;
    if !text.contains("the ") || !text.contains(" one ") {
        return None;
    }
    let place = THE_ONE_IN.captures(text)?.get(1)?.as_str().to_string();
    let before = sentence.get(..focus.start + THE_ONE_IN.find(text)?.start())?;
    if !may_hold_event_noun(before) {
        return None;
    }
    let noun = NAMED.captures_iter(before).last()?[1].to_lowercase();
    Some(NamedHappening {
        noun,
        place: Some(place),
        in_words: true,
    })
}

/// The happenings a dated sentence names ("a CSTO summit in Yerevan"), and
/// the speech it tells by its audience ("told the National Assembly").
pub fn named_happenings(text: &str) -> Vec<NamedHappening> {
    let mut named: Vec<NamedHappening> = if may_hold_event_noun(text) {
        NAMED
            .captures_iter(text)
            .map(|c| NamedHappening {
                noun: c[1].to_lowercase(),
                place: c.get(2).map(|m| m.as_str().to_string()),
                in_words: true,
            })
            .collect()
    } else {
        Vec::new()
    };
    // A speech to a parliament was made at its sitting, and a vote taken
    // there: "after the sitting", "after the vote" count from them.
    let mut add = |noun: &str| {
        if !named.iter().any(|n| n.noun == noun) {
            named.push(NamedHappening {
                noun: noun.to_string(),
                place: None,
                in_words: false,
            });
        }
    };
    if told_a_parliament(text).is_some() {
        add("speech");
        add("sitting");
    }
    if A_VOTE.is_match(text) {
        add("vote");
    }
    // "The leaders met by video link on 2 December": the meeting, and its
    // session, that a later "told the session" speaks at.
    let leaders = holds_in_any_case(text, "leader") || holds_in_any_case(text, "head");
    if leaders && A_GATHERING.is_match(text) {
        add("meeting");
        add("session");
    }
    named
}

/// The first reference to a named happening in an undated sentence.
pub fn reference(text: &str) -> Option<AnchorReference> {
    reference_at(text).map(|(_, reference)| reference)
}

/// [`reference`], with where in `text` it begins.
pub fn reference_at(text: &str) -> Option<(usize, AnchorReference)> {
    if !may_hold_event_noun(text) {
        return to_a_parliament(text);
    }
    let Some(c) = REFERENCE.captures(text) else {
        if let Some(told) = to_a_parliament(text) {
            return Some(told);
        }
        // "told reporters in Astana on summit day": the day of the summit.
        if let Some(c) = ON_ITS_DAY
            .captures(text)
            .or_else(|| ON_THE_DAY_IT_BEGAN.captures(text))
        {
            let reference = AnchorReference {
                relation: Relation::During,
                noun: c["noun"].to_lowercase(),
                place: None,
                before_noun: None,
                published: None,
            };
            return Some((c.get(0)?.start(), reference));
        }
        let c = NAMED_THEN_AFTERWARDS.captures(text)?;
        let reference = AnchorReference {
            relation: Relation::After,
            noun: c["noun"].to_lowercase(),
            place: c.name("place").map(|m| m.as_str().to_string()),
            before_noun: None,
            published: None,
        };
        return Some((c.get(0)?.start(), reference));
    };
    let at = c.get(0)?.start();
    let word = c["relation"].to_lowercase();
    let lowered = text.to_lowercase();
    // "Six days after the Yerevan summit, ...": that many days from its day.
    let counted = c
        .name("count")
        .zip(c.name("unit"))
        .and_then(|(count, unit)| {
            let unit = unit.as_str().to_lowercase();
            // "the day before the summit" is one day before it; "the week
            // before" is only near it.
            let n = match count.as_str().to_lowercase().as_str() {
                "the" if unit == "day" => 1,
                "the" => return None,
                count => i64::from(super::text::count_word(count)?),
            };
            let sign = match word.as_str() {
                "after" | "following" => 1,
                "before" | "prior to" | "ahead of" => -1,
                _ => return None,
            };
            Some(if unit.starts_with("week") {
                Relation::Offset(sign * 7 * n)
            } else if unit.starts_with("day") {
                Relation::Offset(sign * n)
            } else if unit.starts_with("month") {
                Relation::Months(i32::try_from(sign * n).ok()?)
            } else {
                Relation::Months(i32::try_from(sign * 12 * n).ok()?)
            })
        });
    let relation = match word.as_str() {
        _ if let Some(counted) = counted => counted,
        "during"
        | "at"
        | "on the sidelines of"
        | "on the day of"
        | "opening"
        | "closing"
        | "addressing"
        // "Putin told the session that ...": he spoke at it.
        | "told" => Relation::During,
        // "Speaking to reporters after the summit", "he told journalists
        // after the session": the press hears the leaders as the summit
        // ends, on its day.
        "after" | "following" if holds_any(&lowered, TO_THE_PRESS) => Relation::During,
        // "Putin and Pashinyan held talks after the summit": those at a
        // summit meet on its day, where it is held; "Following the session,
        // the leaders adopted a statement": its documents are its day's.
        // "Speaking after the vote, Pashinyan said ...": one who speaks
        // after a happening, and says so first, speaks as it ends.
        "after" | "following"
            if holds_any(&lowered, MEETING_THERE)
                || holds_any(&lowered, ADOPTED_THERE)
                // (`at` is a place in `text`: lowering may change a
                // letter's length, so the opening is lowered on its own.)
                || SPEAKING_AFTER
                    .iter()
                    .any(|opening| text[..at].trim().eq_ignore_ascii_case(opening)) =>
        {
            Relation::After
        }
        _ => Relation::Near,
    };
    // "at the request of President Tokayev" says on whose behalf, not when.
    let noun = c["noun"].to_lowercase();
    if relation == Relation::During && matches!(noun.as_str(), "appeal" | "request") {
        return None;
    }
    Some((
        at,
        AnchorReference {
            relation,
            noun,
            place: c.name("place").map(|m| m.as_str().to_string()),
            before_noun: c.name("before").map(|m| m.as_str().to_string()),
            published: None,
        },
    ))
}

/// Where `text` tells a parliament something ("told the National
/// Assembly", "addressed deputies"), if it does. The pattern is asked only
/// of a sentence with a word it needs ("addre" for "addressed", whose s
/// the long s may stand for).
fn told_a_parliament(text: &str) -> Option<usize> {
    let tells = holds_in_any_case(text, "told") || holds_in_any_case(text, "addre");
    tells
        .then(|| TO_A_PARLIAMENT.find(text))
        .flatten()
        .map(|told| told.start())
}

/// "We will decide when," Pashinyan told the deputies in the chamber.": an
/// undated statement to a parliament was made in the speech there that
/// the article dated ("told parliament on Wednesday"; see
/// [`named_happenings`]).
fn to_a_parliament(text: &str) -> Option<(usize, AnchorReference)> {
    Some((
        told_a_parliament(text)?,
        AnchorReference {
            relation: Relation::During,
            noun: "speech".to_string(),
            place: None,
            before_noun: None,
            published: None,
        },
    ))
}

/// Where `text` counts a time from a happening it names ("the day before
/// the summit", "six days after the Yerevan summit") or names its day ("on
/// summit day"): a date phrase in all but name, which a title leaves out as
/// it leaves out a date.
pub fn reference_date_span(text: &str) -> Option<std::ops::Range<usize>> {
    if !may_hold_event_noun(text) {
        return None;
    }
    let Some(c) = REFERENCE.captures(text) else {
        return ON_ITS_DAY
            .find(text)
            .or_else(|| ON_THE_DAY_IT_BEGAN.find(text))
            .map(|m| m.range());
    };
    let counted = c.name("count").is_some_and(|count| {
        !count.as_str().eq_ignore_ascii_case("the")
            || c.name("unit")
                .is_some_and(|unit| unit.as_str().eq_ignore_ascii_case("day"))
    });
    counted.then(|| c.get(0).map(|m| m.range())).flatten()
}

/// Openings of a sentence that tell its statement was made right after the
/// happening they name ("Speaking after the vote, ...").
const SPEAKING_AFTER: &[&str] = &["speaking", "talking", "commenting"];

/// Those at a summit meet on its day, where it is held.
const MEETING_THERE: &[&str] = &[
    "held talks",
    // "held separate talks", "held bilateral talks".
    "separate talks",
    "bilateral talks",
    "private talks",
    " met ",
    " congratulated ",
    "one-on-one",
    "bilateral meeting",
    "sidelines",
];

/// A summit's documents are adopted there, on its day.
const ADOPTED_THERE: &[&str] = &[" adopted ", " signed ", " approved "];

/// The press hears the leaders as a summit ends, on its day.
const TO_THE_PRESS: &[&str] = &[
    "reporters",
    "press approach",
    "the press",
    "the media",
    "journalists",
    "press conference",
    "news conference",
    "briefing",
];

/// Whether `lowered` holds any of `phrases`.
fn holds_any(lowered: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|phrase| lowered.contains(phrase))
}

/// Dates the undated reports that refer to a happening another report
/// dates. Such a report is no longer approximate, and gains a term naming
/// the anchor, so reports anchored to the same happening recognise each other.
pub fn resolve(reports: &mut Reports) {
    let index = Index::new(&reports.list);
    let anchored = anchored_dates(&reports.list, |list, c, reference| {
        find_anchor(list, &index, c, reference)
    });
    place_at_anchors(reports, anchored);
}

/// Each approximate report that refers to a happening `find` can date: its
/// place in `list`, its date, and the term naming the anchor.
fn anchored_dates(
    list: &[Report],
    find: impl Fn(&[Report], &Report, &AnchorReference) -> Option<(EventDate, bool)>,
) -> Vec<(usize, EventDate, String)> {
    list.iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let reference = c.anchor.as_deref().filter(|_| c.approximate)?;
            let (date, same_document) = find(list, c, reference)?;
            let date = reference.relation.date_from(date, same_document)?;
            Some((i, date, format!("~{}:{}", reference.noun, date_key(&date))))
        })
        .collect()
}

/// Dates the reports [`anchored_dates`] found, which are no longer
/// approximate, and gives each its anchor's term. A statement stays one:
/// "Pashinyan said during the summit that ..." is his words, of the
/// summit's day.
fn place_at_anchors(reports: &mut Reports, anchored: Vec<(usize, EventDate, String)>) {
    for (i, date, term) in anchored {
        let term = reports.words.number(&term);
        let report = &mut reports.list[i];
        report.date = date;
        report.approximate = false;
        report.add_term(term);
    }
}

/// Where to look for anchors, so that a reference is compared with the
/// reports of its own document and of its happening's place, never with the
/// whole corpus: that would make resolving quadratic in the corpus.
struct Index<'a> {
    /// Reports of each document, in slice order.
    by_document: HashMap<u32, Vec<usize>>,
    /// For a noun and a place: the reports that name a happening of that
    /// noun (at that place or at none) and a happening at that place, in
    /// slice order. Exactly those a reference naming both can use.
    by_noun_and_place: HashMap<(&'a str, &'a str), Vec<usize>>,
}

impl<'a> Index<'a> {
    fn new(reports: &'a [Report]) -> Index<'a> {
        let mut by_document: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut by_noun_and_place: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
        for (i, c) in reports.iter().enumerate() {
            by_document.entry(c.document).or_default().push(i);
            let places = c.named.iter().filter_map(|n| n.place.as_deref());
            for place in places {
                for n in &c.named {
                    if n.place.is_none() || n.place.as_deref() == Some(place) {
                        let list = by_noun_and_place.entry((&n.noun, place)).or_default();
                        if list.last() != Some(&i) {
                            list.push(i);
                        }
                    }
                }
            }
        }
        Index {
            by_document,
            by_noun_and_place,
        }
    }
}

/// Month-level key, so "during" and "after" references to one summit share a term.
fn date_key(date: &EventDate) -> String {
    match date.month_value() {
        Some(month) => format!("{}-{month:02}", date.year_value()),
        None => date.year_value().to_string(),
    }
}

/// Whether `c` dates the happening `referrer` refers to: a report of its
/// own day or month that names it, no later than the referrer's
/// publication. A statement dated by its report ("At the Yerevan summit in
/// November 2022, ...", said in an interview of 2024) names the summit but
/// is not of its day.
fn can_anchor(c: &Report, referrer: &Report, reference: &AnchorReference) -> bool {
    !c.approximate
        && (!c.speech
            || STATEMENT_NOUNS.contains(&reference.noun.as_str())
            || (c.date.day_value().is_some() && told_before_it_came_out(c, referrer, reference)))
        && c.date.precision() != crate::model::Precision::Year
        // Its date is no later than the referrer's, unless its article told
        // it first: a referrer placed only by the story's running day ("He
        // arrived on Wednesday ... congratulated Zas after the session")
        // refers back to a session the article already dated.
        && (c.date.first_day() <= referrer.date.last_day()
            || (referrer.approximate && told_before_it_came_out(c, referrer, reference)))
        // "Putin said after the talks that ...", in a story of the day: a
        // happening its article tells only further on, long before the day
        // (in the background), is other talks.
        && (c.document != referrer.document
            || c.sentence.start < referrer.sentence.start
            || (referrer.date.first_day() - c.date.last_day()).num_days() <= LATER_ANCHOR_DAYS)
        && c.named.iter().any(|n| {
            n.noun == reference.noun
                && (reference.place.is_none() || n.place.is_none() || n.place == reference.place)
        })
}

/// Whether `c` names the happening at the place the reference names
/// before its noun ("the Astana summit": a summit in Astana).
fn at_the_place_before_the_noun(c: &Report, reference: &AnchorReference) -> bool {
    reference.before_noun.as_ref().is_some_and(|place| {
        c.named
            .iter()
            .any(|n| n.noun == reference.noun && n.place.as_ref() == Some(place))
    })
}

/// Whether `c`'s words name the happening `reference` refers to, as more
/// than a kind of happening.
fn names_in_words(c: &Report, reference: &AnchorReference) -> bool {
    c.named
        .iter()
        .any(|n| n.in_words && n.noun == reference.noun)
}

/// Whether the referrer's article told `c` before the referrer, of a day
/// no later than it came out: "The situation was discussed at an
/// extraordinary session on January 10. ... At the session, Putin said
/// ..." (which tells what was said there, and still dates the session).
fn told_before_it_came_out(c: &Report, referrer: &Report, reference: &AnchorReference) -> bool {
    c.document == referrer.document
        && c.sentence.start < referrer.sentence.start
        && reference
            .published
            .is_some_and(|published| c.date.last_day() <= published)
}

/// How long before the referring report a happening told only later in its
/// article may be the one it refers to.
const LATER_ANCHOR_DAYS: i64 = 31;

/// The date of the happening `reference` points at: the nearest earlier
/// dated report of it in the same document, else (when a place is named) a
/// report of it anywhere in the corpus. Never later than the publication.
/// Says whether the anchor is in the referring document.
fn find_anchor(
    reports: &[Report],
    index: &Index,
    referrer: &Report,
    reference: &AnchorReference,
) -> Option<(EventDate, bool)> {
    let fits = |c: &Report| can_anchor(c, referrer, reference);
    let same_document = index
        .by_document
        .get(&referrer.document)
        .into_iter()
        .flatten()
        .map(|&i| &reports[i])
        .filter(|c| fits(c))
        .min_by_key(|c| {
            (
                c.sentence.start > referrer.sentence.start,
                !at_the_place_before_the_noun(c, reference),
                !names_in_words(c, reference),
                c.sentence.start.abs_diff(referrer.sentence.start),
            )
        });
    if let Some(anchor) = same_document {
        return Some((anchor.date, true));
    }
    let place = reference.place.as_deref()?;
    index
        .by_noun_and_place
        .get(&(reference.noun.as_str(), place))
        .into_iter()
        .flatten()
        .map(|&i| &reports[i])
        .filter(|c| c.document != referrer.document && fits(c))
        .map(|c| c.date)
        .max_by_key(|d| d.precision())
        .map(|date| (date, false))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Resolving as it was before the index: every reference compared with
    /// every candidate. The index must agree with it.
    pub(crate) fn resolve_without_index(reports: &mut Reports) {
        let anchored = anchored_dates(&reports.list, find_anchor_without_index);
        place_at_anchors(reports, anchored);
    }

    fn find_anchor_without_index(
        candidates: &[Report],
        referrer: &Report,
        reference: &AnchorReference,
    ) -> Option<(EventDate, bool)> {
        let fits = |c: &Report| can_anchor(c, referrer, reference);
        let same_document = candidates
            .iter()
            .filter(|c| c.document == referrer.document && fits(c))
            .min_by_key(|c| {
                (
                    c.sentence.start > referrer.sentence.start,
                    !at_the_place_before_the_noun(c, reference),
                    !names_in_words(c, reference),
                    c.sentence.start.abs_diff(referrer.sentence.start),
                )
            });
        if let Some(anchor) = same_document {
            return Some((anchor.date, true));
        }
        reference.place.as_ref()?;
        candidates
            .iter()
            .filter(|c| {
                c.document != referrer.document
                    && fits(c)
                    && c.named.iter().any(|n| n.place == reference.place)
            })
            .map(|c| c.date)
            .max_by_key(|d| d.precision())
            .map(|date| (date, false))
    }

    #[test]
    fn finds_references_with_their_relation_and_place() {
        let r =
            reference("Pashinyan said during the summit that he was not ready to sign").unwrap();
        assert_eq!(
            (r.relation, r.noun.as_str(), r.place),
            (Relation::During, "summit", None)
        );
        let r = reference("Tasmagambetov said in Astana on the day of the summit that").unwrap();
        assert_eq!((r.relation, r.noun.as_str()), (Relation::During, "summit"));
        let r = reference("Lukashenko spoke on the eve of the summit").unwrap();
        assert_eq!(r.relation, Relation::Near);
        let r = reference(
            "Armenia declined to sign a statement after the CSTO summit in Yerevan, saying",
        )
        .unwrap();
        assert_eq!(
            (r.relation, r.noun.as_str(), r.place.as_deref()),
            (Relation::Near, "summit", Some("Yerevan"))
        );
        assert!(reference("Armenia left the summit early").is_none());
        // A summit's documents are adopted there, on its day; the press
        // hears the leaders as it ends.
        let r = reference("Following the session, the leaders adopted a statement").unwrap();
        assert_eq!(r.relation, Relation::After);
        // Talks held after it, whatever their kind, are held there.
        let r = reference("Pashinyan and Putin held separate talks after the session").unwrap();
        assert_eq!(r.relation, Relation::After);
        let r = reference("At a news conference after the summit, Putin said").unwrap();
        assert_eq!(r.relation, Relation::During);
        let r = reference("Putin said at a press approach following the session").unwrap();
        assert_eq!(r.relation, Relation::During);
        // "afterwards": after the happening the sentence names.
        let r =
            reference("Pashinyan, who attended the Bishkek session, said afterwards that").unwrap();
        assert_eq!((r.relation, r.noun.as_str()), (Relation::After, "session"));
        assert!(reference("Pashinyan said afterwards that Armenia had agreed").is_none());
        // Counted days are counted from the happening's own day.
        let r = reference("Six days after the Yerevan summit, the council met").unwrap();
        assert_eq!(r.relation, Relation::Offset(6));
        let day = EventDate::day(2022, 11, 23).unwrap();
        assert_eq!(
            r.relation.date_from(day, false),
            EventDate::day(2022, 11, 29)
        );
        let r = reference("Two weeks before the session, Armenia warned").unwrap();
        assert_eq!(r.relation, Relation::Offset(-14));
    }

    #[test]
    fn letters_that_change_length_when_lowered_do_not_break_the_reading() {
        // "İ" grows and the Kelvin sign shrinks when lowered: places found
        // in the text must not be used in its lowered copy.
        let letters = ["İ", "\u{212A}", "ẞ", "”", "a"];
        for a in letters {
            for b in letters {
                for c in letters {
                    for text in [
                        format!("{a}{b}{c} after the summit, he said"),
                        format!("Speaking {a}{b}{c} after the summit, he said"),
                    ] {
                        let found = reference_at(&text).map(|(_, r)| r.noun);
                        assert_eq!(found.as_deref(), Some("summit"), "{text}");
                    }
                }
            }
        }
    }

    #[test]
    fn names_happenings_with_their_place() {
        let named =
            named_happenings("Speaking at a CSTO summit in Yerevan on November 23, Pashinyan said");
        assert_eq!(
            named,
            vec![NamedHappening {
                noun: "summit".into(),
                place: Some("Yerevan".into()),
                in_words: true,
            }]
        );
    }
}
