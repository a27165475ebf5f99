//! Building events: a group of merged reports becomes one [`Event`] with a
//! stable id, a date at its honest precision, a title, actors, topics and
//! every source sentence verbatim.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::candidates::Candidate;
use super::merge::group_date;
use crate::model::{Event, EventDate, Source};

/// Builds one event from a group of candidates. `quote_of` gives a
/// candidate's sentence text; `published_rank` orders documents by date.
pub(crate) fn build_event(
    members: &[usize],
    candidates: &[Candidate],
    quote_of: &dyn Fn(&Candidate) -> String,
    document_rank: &dyn Fn(&str) -> usize,
    topic_rank: &dyn Fn(&str) -> usize,
) -> Event {
    let (date, approximate) = group_date(members, candidates);
    let mut reports: Vec<&Candidate> = members.iter().map(|&i| &candidates[i]).collect();
    reports.sort_by_key(|c| (document_rank(&c.document), c.sentence.start));
    // The title comes from the report that dates the event best.
    // Prefer a report that states the date itself over one dated by an
    // anchor, and narration over a sentence that opens with a quotation.
    let lead = reports
        .iter()
        .filter(|c| c.approximate == approximate)
        .max_by_key(|c| {
            (
                c.date.precision(),
                c.anchor.is_none(),
                !c.title.starts_with(['“', '"', '‘']),
                std::cmp::Reverse(document_rank(&c.document)),
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
    topics.sort_by_key(|t| topic_rank(t));
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
            .map(|c| Source {
                document: c.document.clone(),
                quote: quote_of(c),
                range: c.sentence.clone(),
                date: c.date,
                approximate: c.approximate,
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
