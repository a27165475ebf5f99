//! Who said what: every report that is someone's words, quoted or
//! reported, with its speaker as extraction found them (by name, by title,
//! by the quotation's tag or the sentence before it), gathered into
//! statements. A quotation that runs over several sentences or paragraphs
//! is one statement: reports of one speaker that follow one another in an
//! article, the later one going on with a quotation, are joined.

use std::collections::BTreeMap;
use std::ops::Range;

use super::lexicon;
use crate::model::{Event, EventDate, Name, Precision, Quote, Source, exact_vec};

/// One statement: a speaker's words in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// The speaker, as an actor id.
    pub speaker: Name,
    pub date: EventDate,
    /// Dated only by the article's publication.
    pub approximate: bool,
    pub document: Name,
    /// The words, verbatim (every sentence of a long quotation), pointing
    /// into the article's text ([`Statement::range`]).
    pub words: Quote,
    /// Quoted directly, rather than reported ("said that ...").
    pub direct: bool,
    /// The events it reports, as positions in the date-ordered list.
    pub events: Vec<u32>,
    /// Topics of those events.
    pub topics: Vec<String>,
}

impl Statement {
    /// Stable across loads of one corpus: the article and the offset. Made
    /// when asked for: a large corpus has tens of thousands of statements,
    /// and their ids held took as much as their search words.
    pub fn id(&self) -> String {
        statement_id(&self.document, self.range().start)
    }

    /// Byte range of the words in the article.
    pub fn range(&self) -> Range<usize> {
        self.words.range()
    }
}

/// One report that is a statement, before joining.
struct Said<'a> {
    document: &'a Name,
    quote: &'a Quote,
    range: Range<usize>,
    speaker: &'a Name,
    date: EventDate,
    approximate: bool,
    event: u32,
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '"' | '«' | '‘')
}

/// The statement a report of `event` (at `index` in date order) makes, if
/// it is one: a report of saying ("Peskov said ...") or a quotation with
/// its speaker ("“...,” he told reporters"), whoever it is dated by.
fn said_in<'a>(index: usize, event: &'a Event, source: &'a Source) -> Option<Said<'a>> {
    let quotation = source.quote.trim_start().starts_with(is_quote_mark);
    let speaker = source
        .subject
        .as_ref()
        .filter(|_| source.speech || quotation)?;
    // A report dated only by publication inside a precisely dated event
    // ("..., Pashinyan said at the summit") takes the event's date, as its
    // event does.
    let (date, approximate) = if source.approximate && !event.approximate {
        (event.date, false)
    } else {
        (source.date, source.approximate)
    };
    Some(Said {
        document: &source.document,
        quote: &source.quote,
        range: source.range(),
        speaker,
        date,
        approximate,
        event: index as u32,
    })
}

/// Gathers the statements of `events`, in date order.
pub(super) fn gather<'a>(
    events: &[Event],
    text_of: &impl Fn(&str) -> Option<&'a str>,
) -> Vec<Statement> {
    // Counted first, so that the list is made at its size: a large corpus
    // has tens of thousands, and a list grown by doubling held up to twice
    // them, at the peak of indexing.
    let count = events
        .iter()
        .enumerate()
        .flat_map(|(index, event)| {
            (event.sources.iter()).filter_map(move |s| said_in(index, event, s))
        })
        .count();
    let mut said: Vec<Said> = Vec::with_capacity(count);
    for (index, event) in events.iter().enumerate() {
        said.extend(
            event
                .sources
                .iter()
                .filter_map(|s| said_in(index, event, s)),
        );
    }
    said.sort_by(|a, b| {
        (a.document, a.range.start, a.event).cmp(&(b.document, b.range.start, b.event))
    });
    // At most one statement a report: made at that size, the list is
    // neither grown by doubling nor, when no two reports join, copied to
    // its exact size at the end.
    let mut statements: Vec<Statement> = Vec::with_capacity(said.len());
    let mut last: Option<(&str, usize, &str)> = None;
    for s in said {
        let Some(text) = text_of(s.document.as_str()) else {
            continue;
        };
        let Some(words) = text.get(s.range.clone()) else {
            continue;
        };
        let joined = match (&last, statements.last_mut()) {
            (Some((document, end, speaker)), Some(open))
                if *document == s.document.as_str() && *speaker == s.speaker.as_str() =>
            {
                if s.range.start < *end {
                    // The same sentence reported as part of two events.
                    push_event(open, s.event, events);
                    true
                } else if let Some(longer) = open
                    .words
                    .extended_to(s.range.end)
                    .filter(|_| continues(text, *end, &s.range, &open.words))
                {
                    open.words = longer;
                    open.direct |= words.contains(is_quote_mark);
                    if better(s.date, s.approximate, open.date, open.approximate) {
                        (open.date, open.approximate) = (s.date, s.approximate);
                    }
                    push_event(open, s.event, events);
                    true
                } else {
                    false
                }
            }
            _ => false,
        };
        if !joined {
            let mut statement = Statement {
                speaker: s.speaker.clone(),
                date: s.date,
                approximate: s.approximate,
                document: s.document.clone(),
                words: s.quote.clone(),
                direct: words.contains(is_quote_mark),
                events: Vec::new(),
                topics: Vec::new(),
            };
            push_event(&mut statement, s.event, events);
            statements.push(statement);
        }
        let end = statements.last().map_or(s.range.end, |o| o.range().end);
        last = Some((s.document.as_str(), end, s.speaker.as_str()));
    }
    statements.sort_by(|a, b| {
        (a.date, &a.document, a.range().start).cmp(&(b.date, &b.document, b.range().start))
    });
    // Kept for the store's life, and there are tens of thousands: each
    // without the room its lists grew into (a list of one topic had room
    // for four).
    for statement in &mut statements {
        statement.events = exact_vec(std::mem::take(&mut statement.events));
        statement.topics = exact_vec(std::mem::take(&mut statement.topics));
    }
    exact_vec(statements)
}

/// Whether a report starting at `next` goes on with the statement ending
/// at `end`: nothing but white space between them, the statement already
/// quoting its speaker (or announcing a quotation with a colon), and the
/// report opening with a quotation mark or going on in lower case. In the
/// same paragraph that is enough ("“...,” said Peskov. “This is our main
/// task.”"); a new paragraph goes on with the quotation only when it has no
/// speech tag of its own, for one with a tag is a new statement.
fn continues(text: &str, end: usize, next: &Range<usize>, words: &str) -> bool {
    let Some(between) = text.get(end..next.start) else {
        return false;
    };
    if !between.trim().is_empty() {
        return false;
    }
    let sentence = &text[next.clone()];
    let opens = sentence
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| is_quote_mark(c) || c.is_lowercase());
    let quoting = words.contains(is_quote_mark) || words.trim_end().ends_with(':');
    if !(opens && quoting) {
        return false;
    }
    let same_paragraph = !between.contains('\n');
    let mut outside = String::new();
    let mut last = 0;
    for range in lexicon::quoted(sentence) {
        outside.push_str(&sentence[last..range.start]);
        last = range.end;
    }
    outside.push_str(&sentence[last..]);
    let tagged = !lexicon::words(&outside).is_empty();
    same_paragraph || !tagged
}

/// Whether a date is better evidence than another: stated rather than
/// approximate, then more precise.
fn better(date: EventDate, approximate: bool, than: EventDate, than_approximate: bool) -> bool {
    let rank = |d: EventDate, a: bool| {
        (
            !a,
            match d.precision() {
                Precision::Year => 0,
                Precision::Month => 1,
                Precision::Day => 2,
            },
        )
    };
    rank(date, approximate) > rank(than, than_approximate)
}

fn push_event(statement: &mut Statement, event: u32, events: &[Event]) {
    if !statement.events.contains(&event) {
        statement.events.push(event);
        for topic in &events[event as usize].topics {
            if !statement.topics.contains(topic) {
                statement.topics.push(topic.clone());
            }
        }
    }
}

/// "s-000_1b69c3c507ef3d84-1523": readable, and unique within a corpus.
fn statement_id(document: &str, offset: usize) -> String {
    let stem: String = document
        .trim_end_matches(".txt")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("s-{stem}-{offset}")
}

/// How many statements each speaker has, for lists.
pub fn speakers(statements: &[Statement]) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for s in statements {
        *counts.entry(s.speaker.as_str()).or_default() += 1;
    }
    counts
}
