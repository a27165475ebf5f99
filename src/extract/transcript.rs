//! Interviews printed as a transcript ("Q: ..." / "A: ...", or turns
//! labelled by who speaks: "NER: ..." / "Karapetyan: ..."): who answers,
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
//! person it names, the one whose surname labels the answers, or the one
//! it says the outlet spoke to ("We spoke to Lilit Karapetyan ..."). The day is the one the introduction gives for the
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
    /// The labels of a transcript whose turns open with who speaks rather
    /// than "Q:" and "A:" ("NER: Why ...?", "Karapetyan: It was ..."):
    /// the one who asks, and the one who answers.
    pub named: Option<NamedLabels>,
}

/// The two labels of a transcript whose turns name who speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NamedLabels {
    pub asker: String,
    pub answerer: String,
}

impl Transcript {
    /// The turn a paragraph of this transcript opens: "Q:" and "A:", or
    /// the names it labels its turns with.
    pub(crate) fn turn(&self, prose: &str) -> Turn {
        match (turn(prose), &self.named) {
            (Turn::Unlabelled, Some(named)) => named.turn(prose),
            (turn, _) => turn,
        }
    }
}

impl NamedLabels {
    /// How far into `prose` the label of its turn runs, with the colon and
    /// the space after it; 0 where it opens with no label of these two.
    pub(crate) fn label_len(&self, prose: &str) -> usize {
        let trimmed = prose.trim_start();
        match named_label(trimmed) {
            Some(label) if label == self.asker || label == self.answerer => {
                let after = trimmed[label.len() + 1..].trim_start();
                prose.len() - after.len()
            }
            _ => 0,
        }
    }

    fn turn(&self, prose: &str) -> Turn {
        match named_label(prose) {
            Some(label) if label == self.asker => Turn::Question,
            Some(label) if label == self.answerer => Turn::Answer,
            _ => Turn::Unlabelled,
        }
    }
}

/// The longest label that names who speaks ("NER", "Lilit Karapetyan").
const MAX_NAMED_LABEL_LEN: usize = 40;

/// The name that labels a paragraph's turn, if it opens with one: one to
/// three capitalised words and a colon ("NER: ...", "Karapetyan: ...").
fn named_label(prose: &str) -> Option<&str> {
    let prose = prose.trim_start();
    let (label, rest) = prose.split_once(':')?;
    if label.len() > MAX_NAMED_LABEL_LEN || !rest.starts_with(' ') || rest.trim().is_empty() {
        return None;
    }
    let words: Vec<&str> = label.split(' ').collect();
    let named = words.len() <= 3
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.' | '/'))
        });
    named.then_some(label)
}

/// The fewest turns each of the two named labels must open.
const MIN_NAMED_TURNS: usize = 2;

/// The labels of a transcript that names who speaks: one label whose
/// turns are questions (most end in "?"), and another, of someone the
/// introduction names (the label is their name or surname), whose turns
/// are not. A page's other labels ("Photo: ...", "Claim: ...") are
/// neither.
fn named_labels(story: &[&str]) -> Option<NamedLabels> {
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    for paragraph in story {
        let Some(label) = named_label(paragraph) else {
            continue;
        };
        let asks = paragraph.trim_end().ends_with('?');
        match counts.iter_mut().find(|(l, _, _)| *l == label) {
            Some(entry) => {
                entry.1 += 1;
                entry.2 += usize::from(asks);
            }
            None => counts.push((label, 1, usize::from(asks))),
        }
    }
    let asker = counts
        .iter()
        .filter(|(_, turns, asked)| *turns >= MIN_NAMED_TURNS && asked * 2 > *turns)
        .max_by_key(|(_, turns, _)| *turns)?
        .0;
    let first_question = story.iter().position(|p| named_label(p) == Some(asker))?;
    let introduction = story[..first_question].join(" ");
    let answerer = counts
        .iter()
        .filter(|(label, turns, asked)| {
            *label != asker
                && *turns >= MIN_NAMED_TURNS
                && asked * 2 < *turns
                && label
                    .split(' ')
                    .next_back()
                    .is_some_and(|surname| introduction.contains(surname))
        })
        .max_by_key(|(_, turns, _)| *turns)?
        .0;
    Some(NamedLabels {
        asker: asker.to_owned(),
        answerer: answerer.to_owned(),
    })
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
    // "Q:" and "A:" where a page has them, else the names its turns open
    // with.
    let labelled = |p: &&str| turn(p) != Turn::Unlabelled;
    let named = if story.iter().any(labelled) {
        None
    } else {
        named_labels(&story)
    };
    let turn = |p: &str| match &named {
        Some(named) => named.turn(p),
        None => turn(p),
    };
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
    let interviewee = presented(introduction, scanner)
        .or_else(|| {
            introduction.iter().find_map(|p| {
                scanner
                    .find(p)
                    .into_iter()
                    .map(|m| m.actor)
                    .find(|id| is_person(id, scanner))
            })
        })
        .or_else(|| {
            let answerer = &named.as_ref()?.answerer;
            named_in_introduction(answerer, introduction, scanner)
        })
        .or_else(|| spoken_to(introduction, scanner))?;
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
            named: named.clone(),
        },
        None => Transcript {
            interviewee,
            date: EventDate::from_naive(published),
            approximate: true,
            in_office,
            every_turn_labelled,
            named,
        },
    })
}

/// "We spoke to Lilit Karapetyan in her office ...": the person whose
/// surname labels the answers, by the full name the introduction gives
/// them, made known to the scanner.
fn named_in_introduction(
    label: &str,
    introduction: &[&str],
    scanner: &mut DocumentActorScanner,
) -> Option<String> {
    let surname = label.split(' ').next_back()?;
    for paragraph in introduction {
        for sentence in split_sentences(paragraph) {
            let text = &paragraph[sentence];
            let Some(at) = text.find(surname) else {
                continue;
            };
            // The capitalised words right before the surname are the rest
            // of the name ("Lilit Karapetyan"), after the sentence's first.
            let before: Vec<&str> = text[..at].split_whitespace().collect();
            let given: Vec<&str> = before
                .iter()
                .rev()
                .take(2)
                .take_while(|w| {
                    w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
                })
                .copied()
                .collect();
            if given.is_empty() || given.len() == before.len() {
                continue;
            }
            let name: Vec<&str> = given.into_iter().rev().chain([surname]).collect();
            let name = name.join(" ");
            scanner.introduce(&name, text);
            if let Some(found) = scanner
                .find(&name)
                .into_iter()
                .find(|m| m.range == (0..name.len()))
            {
                return Some(found.actor);
            }
        }
    }
    None
}

/// "We spoke to Lilit Karapetyan in her office ...": the person the
/// introduction says the outlet spoke to, by a name the gazetteer may not
/// know, made known to the scanner.
fn spoken_to(introduction: &[&str], scanner: &mut DocumentActorScanner) -> Option<String> {
    static SPOKEN_TO: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"\b(?:spoke to|spoke with|talked to|talked with|interviewed|sat down with)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\b",
        )
        .expect("conversation partner pattern")
    });
    introduction.iter().find_map(|paragraph| {
        let caps = SPOKEN_TO.captures(paragraph)?;
        let name = caps.get(1)?.as_str();
        scanner.introduce(name, paragraph);
        scanner
            .find(name)
            .into_iter()
            .find(|m| m.range == (0..name.len()))
            .map(|m| m.actor)
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

    #[test]
    fn turns_labelled_by_who_speaks_are_questions_and_answers() {
        let story = [
            "We spoke to Lilit Karapetyan in her office on Monday, 2 December.",
            "NER: Why was Armenia not in Astana last week?",
            "Karapetyan: It was a consequence, not a gesture.",
            "We stayed away from the summit on Thursday.",
            "NER: Why not simply leave?",
            "Karapetyan: The government will decide when.",
        ];
        let named = named_labels(&story).expect("two labels that take turns");
        assert_eq!(named.asker, "NER");
        assert_eq!(named.answerer, "Karapetyan");
        assert_eq!(named.turn(story[1]), Turn::Question);
        assert_eq!(named.turn(story[2]), Turn::Answer);
        assert_eq!(named.turn(story[3]), Turn::Unlabelled);
        assert_eq!(
            &story[2][named.label_len(story[2])..],
            "It was a consequence, not a gesture."
        );
        assert_eq!(named.label_len(story[3]), 0);
    }

    #[test]
    fn labels_of_a_page_that_no_one_answers_are_no_transcript() {
        // A fact-check's labels: no one named in the text before answers.
        let story = [
            "A video shared on Telegram says Armenia has left the bloc.",
            "Claim: Armenia left the CSTO in June?",
            "Verdict: False. Armenia has not filed a notice.",
            "Claim: The prime minister said so on Wednesday?",
            "Verdict: Misleading. He said Armenia will leave.",
        ];
        assert_eq!(named_labels(&story), None);
    }
}
