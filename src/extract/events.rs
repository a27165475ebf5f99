//! Building events: a group of merged reports becomes one [`Event`] with a
//! stable id, a date at its honest precision, a title, actors, topics and
//! every source sentence verbatim.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::candidates::Candidate;
use super::merge::group_date;
use crate::model::{Event, EventDate, Name, Quote, Source};

/// What building events needs to know of the corpus besides the reports,
/// gathered once for all events. Ranks are looked up in maps: a search of
/// a list per report would make building events quadratic in the corpus.
pub(crate) struct EventContext<'a> {
    /// Each document's id, shared by its sources, and its text, which
    /// their quotes point into; by id.
    pub documents: HashMap<&'a str, (Name, &'a Arc<str>)>,
    /// The id of each actor a report may name as its subject, shared.
    pub actor_names: HashMap<&'a str, Name>,
    /// Each document's place in publication order, by id.
    pub document_rank: HashMap<&'a str, usize>,
    /// Each topic's place in the taxonomy, by id.
    pub topic_rank: HashMap<&'a str, usize>,
}

impl EventContext<'_> {
    /// A candidate's document, as its shared id, and its sentence,
    /// verbatim.
    fn document_and_quote(&self, c: &Candidate) -> (Name, Quote) {
        match self.documents.get(c.document.as_str()) {
            Some((name, text)) => (
                name.clone(),
                Quote::new(text, c.sentence.clone()).unwrap_or_else(Quote::empty),
            ),
            None => (Name::from(c.document.as_str()), Quote::empty()),
        }
    }

    /// An actor's id, shared.
    fn actor_name(&self, id: &str) -> Name {
        self.actor_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| Name::from(id))
    }

    /// Where a document comes in publication order; unknown ones last.
    fn document_rank(&self, id: &str) -> usize {
        self.document_rank.get(id).copied().unwrap_or(usize::MAX)
    }

    /// Where a topic comes in the taxonomy; unknown ones last.
    fn topic_rank(&self, id: &str) -> usize {
        self.topic_rank.get(id).copied().unwrap_or(usize::MAX)
    }
}

/// Builds one event from a group of candidates.
pub(crate) fn build_event(
    members: &[usize],
    candidates: &[Candidate],
    context: &EventContext,
) -> Event {
    let (date, approximate) = group_date(members, candidates);
    let mut reports: Vec<&Candidate> = members.iter().map(|&i| &candidates[i]).collect();
    reports.sort_by_key(|c| (context.document_rank(&c.document), c.sentence.start));
    // The title comes from the report that dates the event best, told in a
    // clause of its own rather than only named ("Tuesday's statement").
    // Prefer a report that states the date itself over one dated by an
    // anchor, and narration over a sentence that opens with a quotation.
    let lead = reports
        .iter()
        .max_by_key(|c| {
            (
                !c.names_happening,
                c.approximate == approximate,
                c.date.precision(),
                c.anchor.is_none(),
                !c.title.starts_with(['“', '"', '‘']),
                std::cmp::Reverse(context.document_rank(&c.document)),
                std::cmp::Reverse(c.sentence.start),
            )
        })
        .unwrap_or(&reports[0]);
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (order, actor) in reports.iter().flat_map(|c| c.actors.iter()).enumerate() {
        let entry = counts.entry(actor).or_insert((0, order));
        entry.0 += 1;
    }
    let mut actors: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
    actors.sort_by_key(|(_, (count, first))| (std::cmp::Reverse(*count), *first));
    let mut topics: Vec<String> = reports
        .iter()
        .flat_map(|c| c.topics.iter().cloned())
        .collect();
    topics.sort_by_key(|t| context.topic_rank(t));
    topics.dedup();
    let first = reports[0];
    Event {
        id: event_id(&first.document, first.sentence.start, &date),
        date,
        approximate,
        title: lead.title.clone(),
        actors: actors.into_iter().map(|(id, _)| id.to_string()).collect(),
        topics,
        sources: reports
            .iter()
            .map(|c| {
                let (document, quote) = context.document_and_quote(c);
                Source {
                    document,
                    quote,
                    date: c.date,
                    approximate: c.approximate,
                    speech: c.speech,
                    subject: c.subject.as_deref().map(|s| context.actor_name(s)),
                }
            })
            .collect(),
    }
}

/// "2022-12-12-3fa9c2d1": the date for people, a hash for uniqueness.
fn event_id(document: &str, offset: usize, date: &EventDate) -> String {
    let mut hasher = Sha256::new();
    hasher.update(document.as_bytes());
    hasher.update(offset.to_le_bytes());
    hasher.update(date.to_string().as_bytes());
    let digest = hasher.finalize();
    let hex: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
    format!("{date}-{hex}")
}
