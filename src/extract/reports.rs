//! Reports: the candidates of a corpus as anchoring, merging and the
//! building of events hold them, all at once.
//!
//! A candidate comes out of a document's reading with its own strings: the
//! document's id, the ids of its actors and topics, a list of shared terms
//! (16 bytes a pointer). A large corpus has well over a hundred thousand,
//! and as candidates they were the largest thing a cold start held. A
//! [`Report`] holds the same facts with every id and term as a number in
//! one [`Words`] table, its document as the document's place among the
//! corpus's loaded documents, and its lists as boxed slices without spare
//! room: less than half the memory, and numbers compare in one instruction
//! where strings were compared before.
//!
//! An archive also tells the same sentence in many articles, and so many
//! reports have the same title and the same lists of words: a large
//! generated corpus has 138,000 reports but 8,000 titles and 23,000 lists
//! of terms. Each distinct title and list is held once ([`Shared`]) and
//! every report that has it points to it.

use std::ops::Range;
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

use super::anchors::{AnchorReference, NamedHappening};
use super::candidates::Candidate;
use crate::model::EventDate;

/// A string of a [`Words`] table, by number.
pub type Word = u32;

/// Every string the reports of a corpus hold (actor and topic ids, terms),
/// each once, numbered in the order first met. Numbers are handed out in
/// document order, so a corpus gets the same numbers on every run.
#[derive(Debug, Default, Clone)]
pub struct Words {
    numbers: FxHashMap<Arc<str>, Word>,
    spelled: Vec<Arc<str>>,
}

impl Words {
    /// The number of `word`, given it if it has none yet.
    pub fn number(&mut self, word: &str) -> Word {
        if let Some(&number) = self.numbers.get(word) {
            return number;
        }
        let number = self.spelled.len() as Word;
        let shared: Arc<str> = Arc::from(word);
        self.spelled.push(Arc::clone(&shared));
        self.numbers.insert(shared, number);
        number
    }

    /// The number of `word`, if it has one.
    pub fn find(&self, word: &str) -> Option<Word> {
        self.numbers.get(word).copied()
    }

    /// The string numbered `word`.
    pub fn spell(&self, word: Word) -> &str {
        &self.spelled[word as usize]
    }

    /// How many words there are: every number is below it.
    pub fn len(&self) -> usize {
        self.spelled.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spelled.is_empty()
    }
}

/// One candidate report, its strings numbered (see the module comment).
/// The fields mean what [`Candidate`]'s do.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The report's document: its place in the list of documents read.
    pub document: u32,
    /// Byte range of the sentence in the document's text: a document is at
    /// most a few megabytes, so offsets fit in 32 bits.
    pub sentence: Range<u32>,
    pub date: EventDate,
    pub approximate: bool,
    pub rough: bool,
    pub placed: bool,
    pub speech: bool,
    pub names_happening: bool,
    pub quotation: bool,
    /// An entry of a list of dates (see `Candidate::listed`).
    pub listed: bool,
    pub refers_back: bool,
    pub adds: bool,
    pub tells_ahead: Option<bool>,
    pub subject: Option<Word>,
    /// Others acting together with the subject (see `Candidate::joint`).
    pub joint: Arc<[Word]>,
    /// Actors, in order of first mention.
    pub actors: Arc<[Word]>,
    pub topics: Arc<[Word]>,
    pub terms: Arc<[Word]>,
    pub title: Arc<str>,
    pub named: Box<[NamedHappening]>,
    /// Rare: boxed, so that the reports without one pay a pointer.
    pub anchor: Option<Box<AnchorReference>>,
    /// The state in whose capital the title places the happening ("the
    /// summit in Minsk"), by its place in the gazetteer: one happening is
    /// not told in two cities.
    pub place: Option<u32>,
}

impl Report {
    /// The sentence's byte range, as the document's text is indexed.
    pub fn sentence(&self) -> Range<usize> {
        self.sentence.start as usize..self.sentence.end as usize
    }

    /// Adds `term` to the report's terms, after the others. The list may
    /// be shared with other reports: this report gets a list of its own.
    pub fn add_term(&mut self, term: Word) {
        let mut terms = self.terms.to_vec();
        terms.push(term);
        self.terms = terms.into();
    }
}

/// The reports of a corpus, in document order, and the words they use.
#[derive(Debug, Default, Clone)]
pub struct Reports {
    pub list: Vec<Report>,
    pub words: Words,
    /// The terms of kinds of happening that are a part of another kind's
    /// happening, each with the whole's term (see the topics file's
    /// `part_of`): merging joins their reports whoever acts in each.
    pub kind_parts: Vec<(Word, Word)>,
    /// The terms of kinds of happening that are occasions (see the topics
    /// file's `occasion`): what "the sides discussed" after one belongs to.
    pub occasions: Vec<Word>,
    /// The titles and lists of words the reports hold, each once.
    shared: Shared,
}

/// One copy of each title and each list of words the reports of a corpus
/// hold (see the module comment). Only reports being made consult it; the
/// reports keep what they were given when it is dropped.
#[derive(Debug, Default, Clone)]
struct Shared {
    titles: FxHashSet<Arc<str>>,
    lists: FxHashSet<Arc<[Word]>>,
}

impl Shared {
    fn title(&mut self, title: &str) -> Arc<str> {
        if let Some(known) = self.titles.get(title) {
            return Arc::clone(known);
        }
        let title: Arc<str> = Arc::from(title);
        self.titles.insert(Arc::clone(&title));
        title
    }

    fn list(&mut self, list: &[Word]) -> Arc<[Word]> {
        if let Some(known) = self.lists.get(list) {
            return Arc::clone(known);
        }
        let list: Arc<[Word]> = Arc::from(list);
        self.lists.insert(Arc::clone(&list));
        list
    }
}

impl Reports {
    /// Adds the candidates of the document at `document` in the list of
    /// documents read, in their order.
    pub fn add(&mut self, document: u32, candidates: Vec<Candidate>) {
        self.list.reserve(candidates.len());
        for candidate in candidates {
            let report = self.report(document, candidate);
            self.list.push(report);
        }
    }

    fn report(&mut self, document: u32, c: Candidate) -> Report {
        let words = &mut self.words;
        let shared = &mut self.shared;
        // One list to number into, reused: only a list not held yet is
        // copied out of it.
        let mut numbered = Vec::new();
        let mut numbers = |list: &mut dyn Iterator<Item = &str>| -> Arc<[Word]> {
            numbered.clear();
            numbered.extend(list.map(|s| words.number(s)));
            shared.list(&numbered)
        };
        let actors = numbers(&mut c.actors.iter().map(String::as_str));
        let joint = numbers(&mut c.joint.iter().map(String::as_str));
        let topics = numbers(&mut c.topics.iter().map(String::as_str));
        let terms = numbers(&mut c.terms.iter().map(|t| &**t));
        Report {
            document,
            sentence: offset(c.sentence.start)..offset(c.sentence.end),
            date: c.date,
            approximate: c.approximate,
            rough: c.rough,
            placed: c.placed,
            speech: c.speech,
            names_happening: c.names_happening,
            quotation: c.quotation,
            listed: c.listed,
            refers_back: c.refers_back,
            adds: c.adds,
            tells_ahead: c.tells_ahead,
            subject: c.subject.as_deref().map(|s| self.words.number(s)),
            joint,
            actors,
            topics,
            terms,
            title: self.shared.title(&c.title),
            named: c.named.into_boxed_slice(),
            anchor: c.anchor.map(Box::new),
            place: None,
        }
    }

    /// Lets go of the table of titles and lists once no report is to be
    /// added: the reports hold what they share.
    pub fn forget_shared(&mut self) {
        self.shared = Shared::default();
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The reports of `candidates`, their documents numbered by id in the
    /// order first met: for tests that write candidates by hand.
    #[cfg(test)]
    pub(crate) fn of(candidates: &[Candidate]) -> Reports {
        let mut documents = Words::default();
        let mut reports = Reports::default();
        for c in candidates {
            let document = documents.number(&c.document);
            reports.add(document, vec![c.clone()]);
        }
        reports
    }
}

/// A byte offset in a document, which is far below 4 GB.
fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("a document's offsets fit in 32 bits")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_numbered_once_in_the_order_first_met() {
        let mut words = Words::default();
        assert_eq!(words.number("csto"), 0);
        assert_eq!(words.number("@armenia"), 1);
        assert_eq!(words.number("csto"), 0);
        assert_eq!(words.find("@armenia"), Some(1));
        assert_eq!(words.find("summit"), None);
        assert_eq!(words.spell(1), "@armenia");
        assert_eq!(words.len(), 2);
    }
}
