//! Events: merged groups of reports, with a stable id, a date at its honest
//! precision, a title, actors, topics and every source sentence verbatim.
//!
//! A large corpus has hundreds of thousands of sources: each one shares its
//! document's id and text ([`Name`], [`Quote`]) instead of copying them.

use std::ops::Range;

use super::{EventDate, Name, Quote};

/// One report of an event: the article and its sentence, verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The document's id (its file name).
    pub document: Name,
    /// The sentence as the article gives it, and where it is in the
    /// document's text ([`Source::range`]).
    pub quote: Quote,
    /// The date this report gives, and whether only approximately.
    pub date: EventDate,
    pub approximate: bool,
    /// The report is a statement: someone's words, quoted or reported
    /// ("Peskov said ..."), rather than narration of a deed.
    pub speech: bool,
    /// The actor who does or says the thing, as an actor id, where the
    /// sentence shows one: for a statement, its speaker.
    pub subject: Option<Name>,
}

impl Source {
    /// Byte range of the sentence in the document's text.
    pub fn range(&self) -> Range<usize> {
        self.quote.range()
    }
}

/// A dated happening and the reports of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable across restarts of the same corpus: derived from the first
    /// report's document, sentence and date.
    pub id: String,
    pub date: EventDate,
    /// Dated only by a publication date or a vague phrase ("last week").
    pub approximate: bool,
    pub title: String,
    /// Actor ids, the most mentioned first.
    pub actors: Vec<String>,
    /// Topic ids, in taxonomy order.
    pub topics: Vec<String>,
    /// Reports, in order of publication.
    pub sources: Vec<Source>,
}
