//! Interviews printed as a transcript ("Q: ..." / "A: ..."): who answers,
//! and on what day. Each sentence of an answer is a statement of the one
//! interviewed, made on the day of the interview; what the answer recalls
//! ("In May 2021 we invoked Article 2") keeps its own date besides.
//!
//! A record of a sitting (a committee's minutes, a verbatim record) is read
//! alike: what its paragraphs tell without a date of their own was done or
//! said at the sitting, not on the day a paragraph before named.
//!
//! The one interviewed is the person the introduction presents ("Armen
//! Tadevosyan is a former diplomat who ...") or, failing that, the first
//! person it names. The day is the one the introduction gives for the
//! conversation ("We spoke to him in his office on Monday"), else the
//! publication's, marked approximate.

use crate::extract::compiled::Pattern;

use regex::Regex;

use super::actors::DocumentActorScanner;
use super::dates::find_dates;
use super::sentences::split_sentences;
use super::text::holds_in_any_case;
use crate::corpus::Document;
use crate::model::{BlockKind, EventDate};

/// What the answers of a transcript are: whose words, and of which day.
#[derive(Debug, Clone)]
pub(crate) struct Transcript {
    /// The actor id of the one interviewed.
    pub interviewee: String,
    pub date: EventDate,
    /// The day is the publication's, not one the introduction gives.
    pub approximate: bool,
    /// The one interviewed speaks for an office they hold (a minister, an
    /// envoy), not from memory or as an observer (a former diplomat, an
    /// analyst): what they recount of the past is then also their
    /// statement of the day.
    pub in_office: bool,
    /// Every paragraph from the first question to the last answer opens
    /// with a label: an answer is one paragraph.
    pub every_turn_labelled: bool,
}

/// Words of an introduction that present someone who holds no office they
/// speak for.
const OBSERVER_CUES: &[&str] = &[
    "former",
    "retired",
    "ex-",
    "analyst",
    "expert",
    "scholar",
    "researcher",
    "professor",
    "historian",
    "teaches",
    "journalist",
];

/// Labels that open a question or an answer.
const QUESTION_LABELS: [&str; 2] = ["Question", "Q"];
const ANSWER_LABELS: [&str; 2] = ["Answer", "A"];

/// The length of the turn label that opens `text` ("Q:", "Question:",
/// "Question (Olga Fedotova, Vostok Radio):"), if one of `labels` does.
fn label_len(text: &str, labels: &[&str]) -> Option<usize> {
    labels.iter().find_map(|label| {
        let mut rest = text.strip_prefix(label)?;
        // Who asks, in brackets, between the label and its colon.
        if let Some(inner) = rest.strip_prefix(" (").or_else(|| rest.strip_prefix('(')) {
            let close = inner.find(')').filter(|&at| at <= MAX_ASKER_LEN)?;
            rest = &inner[close + 1..];
        }
        let after = rest.trim_start_matches(' ').strip_prefix(':')?;
        Some(text.len() - after.len())
    })
}

/// The longest bracketed note of who asks that a label may carry.
const MAX_ASKER_LEN: usize = 80;

/// Words that say the introduction is telling when the conversation took place.
const CONVERSATION_CUES: &[&str] = &[
    "spoke to",
    "spoke with",
    "talked to",
    "talked with",
    "interviewed",
    "sat down with",
    "met him",
    "met her",
    "met us",
    // "... received The Yerevan Review in her office on Friday".
    "received",
    "the interview took place",
    "the conversation took place",
    "was recorded",
];

/// How a paragraph of a transcript opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Turn {
    Question,
    Answer,
    /// Neither label: the introduction, or an answer going on.
    Unlabelled,
}

/// The turn a paragraph's text opens.
pub(crate) fn turn(prose: &str) -> Turn {
    let prose = prose.trim_start();
    if label_len(prose, &QUESTION_LABELS).is_some() {
        Turn::Question
    } else if label_len(prose, &ANSWER_LABELS).is_some() {
        Turn::Answer
    } else {
        Turn::Unlabelled
    }
}

/// Reads a document as a transcript, if it is one: it needs both questions
/// and answers, and someone the introduction presents.
pub(crate) fn read(
    document: &Document,
    scanner: &mut DocumentActorScanner,
    is_person: &dyn Fn(&str, &DocumentActorScanner) -> bool,
) -> Option<Transcript> {
    let story: Vec<&str> = document
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Body)
        .map(|b| &document.text[b.prose()])
        .collect();
    let first_question = story.iter().position(|p| turn(p) == Turn::Question)?;
    if !story.iter().any(|p| turn(p) == Turn::Answer) {
        return None;
    }
    let introduction = &story[..first_question];
    let last_turn = story
        .iter()
        .rposition(|p| turn(p) != Turn::Unlabelled)
        .unwrap_or(first_question);
    let every_turn_labelled = story[first_question..=last_turn]
        .iter()
        .all(|p| turn(p) != Turn::Unlabelled);
    let interviewee = presented(introduction, scanner).or_else(|| {
        introduction.iter().find_map(|p| {
            scanner
                .find(p)
                .into_iter()
                .map(|m| m.actor)
                .find(|id| is_person(id, scanner))
        })
    })?;
    let published = document.published?;
    let in_office = !introduction.iter().any(|p| {
        let lower = p.to_lowercase();
        OBSERVER_CUES.iter().any(|cue| lower.contains(cue))
    });
    // "This conversation was recorded ... and has been edited for length":
    // the note of when it was recorded may be read as the page's furniture,
    // so every line before the first question is asked.
    let preface: Vec<&str> = document
        .blocks
        .iter()
        .map(|b| &document.text[b.prose()])
        .take_while(|p| turn(p) != Turn::Question)
        .collect();
    let told = preface
        .iter()
        .flat_map(|p| split_sentences(p).into_iter().map(move |r| &p[r]))
        .filter(|s| {
            let lower = s.to_lowercase();
            CONVERSATION_CUES.iter().any(|cue| lower.contains(cue))
        })
        .find_map(|s| {
            find_dates(s, Some(published))
                .into_iter()
                .find(|m| !m.approximate && m.date.day_value().is_some())
        });
    Some(match told {
        Some(mention) => Transcript {
            interviewee,
            date: mention.date,
            approximate: false,
            in_office,
            every_turn_labelled,
        },
        None => Transcript {
            interviewee,
            date: EventDate::from_naive(published),
            approximate: true,
            in_office,
            every_turn_labelled,
        },
    })
}

/// "Armen Tadevosyan is a former Armenian diplomat who ...": the person an
/// introduction presents by name, made known to the scanner.
fn presented(introduction: &[&str], scanner: &mut DocumentActorScanner) -> Option<String> {
    static PRESENTED: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}),?\s+(?:is|was|has been|had been|served|serves|has served|heads|headed|has headed|leads|led|has led|chairs|chaired|has chaired|directs|has directed)\b",
        )
        .expect("presentation pattern")
    });
    for paragraph in introduction {
        for sentence in split_sentences(paragraph) {
            let text = &paragraph[sentence];
            let Some(name) = PRESENTED.captures(text).and_then(|c| c.get(1)) else {
                continue;
            };
            // What follows the name says who they are: "a former Armenian
            // diplomat who ..." gives their state.
            let description = text[name.end()..]
                .split([',', ';'])
                .next()
                .unwrap_or_default()
                .split(" who ")
                .next()
                .unwrap_or_default()
                .trim();
            let name = name.as_str();
            scanner.introduce(name, description);
            if let Some(found) = scanner
                .find(name)
                .into_iter()
                .find(|m| m.range == (0..name.len()))
            {
                return Some(found.actor);
            }
        }
    }
    None
}

/// Where the label of a turn ("A:", "Q:") that opens `text` ends, or 0.
pub(crate) fn label_end(text: &str) -> usize {
    let trimmed = text.trim_start();
    label_len(trimmed, &QUESTION_LABELS)
        .or_else(|| label_len(trimmed, &ANSWER_LABELS))
        .map_or(0, |len| text.len() - trimmed.len() + len)
}

/// The words of an answer without its label.
pub(crate) fn without_label(text: &str) -> &str {
    let trimmed = text.trim_start();
    label_len(trimmed, &ANSWER_LABELS).map_or(text, |len| trimmed[len..].trim_start())
}

/// How far into a document the heading of a record of a sitting may stand.
const RECORD_HEADING_REACH: usize = 600;

/// "MINUTES No. 41 of the sitting of the Standing Committee", "Verbatim
/// record of the session": the heading of the record of one sitting.
static RECORD_HEADING: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?i)\b(?:minutes|verbatim\s+record|stenographic\s+record|stenogram)\b(?:\s+no\.?\s*[0-9]+)?\s+of\s+the\s+(?:[a-z]+\s+)?(?:sitting|session|meeting|hearing)\b",
    )
    .expect("the record heading pattern compiles")
});

/// Whether a document is the record of one sitting: its heading, near the
/// top, says so.
pub(crate) fn is_record_of_a_sitting(document: &Document) -> bool {
    let text = &document.text;
    let mut reach = RECORD_HEADING_REACH.min(text.len());
    while !text.is_char_boundary(reach) {
        reach -= 1;
    }
    let head = &text[..reach];
    // Each heading holds one of these words (a "stenogram" without its s,
    // which the long s may stand for): a page without one is not searched.
    let names_a_record = ["minute", "verbatim", "tenogra"]
        .iter()
        .any(|word| holds_in_any_case(head, word));
    names_a_record && RECORD_HEADING.is_match(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_open_turns() {
        assert_eq!(turn("Q: Is the door open?"), Turn::Question);
        assert_eq!(turn("  A: Formally, yes."), Turn::Answer);
        assert_eq!(turn("Answer: No."), Turn::Answer);
        assert_eq!(turn("Armenia asked for help."), Turn::Unlabelled);
        assert_eq!(without_label("A: Formally, yes."), "Formally, yes.");
        assert_eq!(without_label("Formally, yes."), "Formally, yes.");
    }
}
