//! Building events: a group of merged reports becomes one [`Event`] with a
//! stable id, a date at its honest precision, a title, actors, topics and
//! every source sentence verbatim.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::merge::group_date;
use super::reports::{Report, Reports};
use crate::model::{Event, EventDate, Name, Quote, Source};

/// What building events needs to know of the corpus besides the reports,
/// gathered once for all events. Ranks are looked up by number: a search
/// of a list per report would make building events quadratic in the corpus.
pub(crate) struct EventContext<'a> {
    /// Each document's id, shared by its sources, and its text, which
    /// their quotes point into; by the document's place among those read.
    pub documents: Vec<(Name, &'a Arc<str>)>,
    /// The id of each actor a report may name as its subject, shared.
    pub actor_names: HashMap<&'a str, Name>,
    /// Each document's place in publication order, by its place among
    /// those read.
    pub document_rank: Vec<usize>,
    /// Each topic's place in the taxonomy, by id.
    pub topic_rank: HashMap<&'a str, usize>,
}

impl EventContext<'_> {
    /// A report's document, as its shared id, and its sentence, verbatim.
    fn document_and_quote(&self, c: &Report) -> (Name, Quote) {
        let (name, text) = &self.documents[c.document as usize];
        (
            name.clone(),
            Quote::new(text, c.sentence()).unwrap_or_else(Quote::empty),
        )
    }

    /// An actor's id, shared.
    fn actor_name(&self, id: &str) -> Name {
        self.actor_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| Name::from(id))
    }

    /// Where a report's document comes in publication order.
    fn document_rank(&self, c: &Report) -> usize {
        self.document_rank[c.document as usize]
    }

    /// Where a topic comes in the taxonomy; unknown ones last.
    fn topic_rank(&self, id: &str) -> usize {
        self.topic_rank.get(id).copied().unwrap_or(usize::MAX)
    }
}

/// Whether a report's title reads as a timeline entry on its own: not a
/// quotation, nor words put to someone ("Prime Minister, you told a French
/// channel ...") or told in the first person ("We will leave ...").
fn reads_as_an_entry(title: &str) -> bool {
    let addressed = title.starts_with("You ")
        || title.contains(", you ")
        || title.contains(" you told ")
        || title.contains(" you said ");
    let first_person = ["I ", "We ", "Our "]
        .iter()
        .any(|opening| title.starts_with(opening));
    !title.starts_with(['“', '"', '‘']) && !addressed && !first_person
}

/// Builds one event from a group of reports.
pub(crate) fn build_event(members: &[usize], all: &Reports, context: &EventContext) -> Event {
    let (candidates, words) = (&all.list[..], &all.words);
    let (date, approximate) = group_date(members, candidates);
    let mut reports: Vec<&Report> = members.iter().map(|&i| &candidates[i]).collect();
    reports.sort_by_key(|c| (context.document_rank(c), c.sentence.start));
    // The title comes from the report that dates the event best, told in a
    // clause of its own rather than only named ("Tuesday's statement").
    // Prefer a report that states the date itself over one dated by an
    // anchor, and narration over a sentence that opens with a quotation.
    // A telling of a saying told before it ("Putin made the remarks in an
    // interview aired on Wednesday") dates the saying, which titles it.
    let lead = reports
        .iter()
        .max_by_key(|c| {
            (
                !c.names_happening,
                !(c.refers_back && c.speech),
                c.approximate == approximate,
                c.date.precision(),
                c.anchor.is_none(),
                reads_as_an_entry(&c.title),
                std::cmp::Reverse(context.document_rank(c)),
                std::cmp::Reverse(c.sentence.start),
            )
        })
        .unwrap_or(&reports[0]);
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (order, &actor) in reports.iter().flat_map(|c| c.actors.iter()).enumerate() {
        let entry = counts.entry(words.spell(actor)).or_insert((0, order));
        entry.0 += 1;
    }
    let mut actors: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
    actors.sort_by_key(|(_, (count, first))| (std::cmp::Reverse(*count), *first));
    let mut topics: Vec<&str> = reports
        .iter()
        .flat_map(|c| c.topics.iter().map(|&t| words.spell(t)))
        .collect();
    topics.sort_by_key(|t| context.topic_rank(t));
    topics.dedup();
    let first = reports[0];
    let (document, _) = &context.documents[first.document as usize];
    Event {
        id: event_id(document, first.sentence().start, &date),
        date,
        approximate,
        title: lead.title.to_string(),
        actors: actors.into_iter().map(|(id, _)| id.to_string()).collect(),
        topics: topics.into_iter().map(str::to_string).collect(),
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
                    subject: c.subject.map(|s| context.actor_name(words.spell(s))),
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

#[cfg(test)]
mod tests {
    use super::reads_as_an_entry;

    #[test]
    fn words_put_to_someone_or_told_in_the_first_person_do_not_title_an_event() {
        assert!(reads_as_an_entry(
            "Pashinyan tells France 24 that Armenia had frozen its participation"
        ));
        assert!(!reads_as_an_entry(
            "Prime Minister, you told a French television channel that Armenia had frozen it"
        ));
        assert!(!reads_as_an_entry("We will leave the bloc"));
        assert!(!reads_as_an_entry(
            "“We will leave,” the prime minister said"
        ));
    }
}
