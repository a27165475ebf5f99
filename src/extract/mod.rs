//! Extraction: from a corpus of articles to dated, attributed events.
//!
//! The flow is one way: each document's lines are laid out ([`layout`],
//! [`read_layout`]), its sentences read ([`sentences`], [`clauses`]), their
//! dates, actors and topics found ([`dates`], [`actors`], [`topics`]),
//! turned into candidate reports ([`candidates`]), and reports of one
//! happening merged into events ([`merge`], `events`). Nothing here knows
//! about HTTP.

pub mod actors;
pub mod anchors;
pub(crate) mod calendar;
pub mod candidates;
pub mod clauses;
pub mod compiled;
pub mod dates;
pub(crate) mod events;
mod in_order;
pub mod layout;
mod memo;
pub mod merge;
mod pages;
pub mod reports;
pub mod sentences;
mod subtitles;
pub mod terms;
pub(crate) mod text;
pub mod title;
pub mod topics;
pub(crate) mod transcript;
mod wrapping;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Instant;

use actors::Gazetteer;
use candidates::document_candidates;
use compiled::Patterns;
use events::{EventContext, build_event};
use rayon::prelude::*;
use reports::{Report, Reports};
use topics::Taxonomy;

use crate::corpus::{Corpus, CorpusError, CorpusSource, DateOrigin, Document};
use crate::model::{Actor, BlockKind, Event, Name, Topic};
use crate::progress::{Phase, Progress};

/// Everything extraction found in a corpus.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// Events in date order.
    pub events: Vec<Event>,
    /// The gazetteer's actors and the people discovered by their titles.
    pub actors: Vec<Actor>,
    pub topics: Vec<Topic>,
}

/// Why the domain data of a corpus could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("actors.toml: {0}")]
    Actors(#[from] actors::GazetteerError),
    #[error("topics.toml: {0}")]
    Topics(#[from] topics::TopicsError),
    #[error(transparent)]
    Rules(#[from] crate::analysis::RulesError),
}

/// Loads the corpus of `source` and reads its layout ([`read_layout`]):
/// the documents as extraction, the store and the pages want them.
pub fn load_corpus(source: &CorpusSource) -> Result<Corpus, CorpusError> {
    let mut corpus = Corpus::load(source)?;
    read_layout(&mut corpus);
    Ok(corpus)
}

/// Reads the layout of every loaded document of a freshly loaded corpus:
/// what each line is, the headline as the title when the manifest gives
/// none, and the publication date inferred from the story when the
/// manifest gives none. Run it once: the title it fills in would steer a
/// second reading of the lines.
pub fn read_layout(corpus: &mut Corpus) {
    // The patterns are the layout's alone: freed when it has been read.
    let patterns = Patterns::new();
    // Documents are independent: read them on every core.
    corpus
        .documents
        .par_iter_mut()
        .filter(|d| d.status.is_loaded())
        .for_each(|document| patterns.enter(|| read_document_layout(document)));
}

fn read_document_layout(document: &mut Document) {
    if let Some(text) = subtitles::joined(&document.text) {
        document.text = Arc::from(text);
    }
    if let Some(text) = wrapping::unwrapped(&document.text) {
        document.text = Arc::from(text);
    }
    let text = &document.text;
    document.blocks = layout::classify_blocks_titled(text, document.title.as_deref());
    if document.title.is_none() {
        document.title = document
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::Headline)
            .map(|b| text[b.range()].trim().to_owned());
    }
    if document.published.is_none() {
        // A byline's date above the story is the article's own, and so is
        // a stamp's on the line of its own a byline may leave it to.
        let above: Vec<&str> = document
            .blocks
            .iter()
            .take_while(|b| b.kind != BlockKind::Body)
            .filter_map(|b| text.get(b.range()))
            .flat_map(str::lines)
            .map(str::trim)
            .collect();
        let byline = above
            .iter()
            .find_map(|line| dates::byline_date(line))
            .or_else(|| above.iter().find_map(|line| dates::stamp_date(line)));
        // Else only the story is read for it: a caption's, a credit's or a
        // crawl header's date is not the article's.
        let story: Vec<&str> = document
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Body)
            .filter_map(|b| text.get(b.prose()))
            .collect();
        document.published = byline.or_else(|| dates::infer_publication_date(&story.join("\n")));
        document.published_origin = document.published.map(|_| DateOrigin::Inferred);
    }
}

/// Finds the events of every loaded document of `corpus`, reading the
/// documents in parallel. The corpus's layout must have been read
/// ([`load_corpus`]).
pub fn extract(corpus: &Corpus) -> Result<Extraction, DataError> {
    extract_with(corpus, Parallelism::Parallel)
}

/// Whether documents are read on all cores or one after another. The
/// result is the same; one at a time is there to show that it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parallelism {
    Parallel,
    Sequential,
}

/// [`extract`], on all cores or on one.
pub fn extract_with(corpus: &Corpus, parallelism: Parallelism) -> Result<Extraction, DataError> {
    extract_observed(corpus, parallelism, &Progress::default())
}

/// [`extract_with`], counting articles read in `progress`.
pub fn extract_observed(
    corpus: &Corpus,
    parallelism: Parallelism,
    progress: &Progress,
) -> Result<Extraction, DataError> {
    let mut gazetteer = Gazetteer::from_toml(&corpus.actors_toml)?;
    let mut taxonomy = Taxonomy::from_toml(&corpus.topics_toml)?;
    if let Some(unknown) = taxonomy.holders().find(|id| gazetteer.get(id).is_none()) {
        return Err(DataError::Topics(topics::TopicsError(format!(
            "held_by {unknown:?} is no actor id of actors.toml"
        ))));
    }
    let documents: Vec<&Document> = corpus.loaded().collect();
    let started = Instant::now();
    progress.start(Phase::Extracting, Some(documents.len()));
    // What reading compiles, and the caches its patterns grew on every
    // core, go before merging needs the room.
    let patterns = Patterns::new();
    let (mut reports, discovered) = read_documents(
        &documents,
        &gazetteer,
        &taxonomy,
        parallelism,
        progress,
        &patterns,
    );
    progress.start(Phase::Merging, None);
    let read = started.elapsed();
    patterns.enter(|| anchors::resolve(&mut reports));
    drop(patterns);
    gazetteer.drop_finders();
    taxonomy.drop_finders();
    // What reading freed on every core goes back before merging grows.
    pages::give_back_freed_pages();

    // What a body of an organization does ("the Collective Security
    // Council"), the organization does: for merging, the body stands within
    // the organization as a ministry stands within its state. What the
    // holder of its office does, it may do too ("Zas arrived", "a CSTO
    // delegation headed by Zas arrived").
    let country_of = |id: &str| {
        gazetteer
            .get(id)
            .and_then(|a| a.country.as_deref())
            .or_else(|| gazetteer.part_of(id))
    };
    let office_of = |id: &str| gazetteer.office(id);
    let belonging = merge::Belonging {
        country_of: &country_of,
        office_of: &office_of,
    };
    let mut topic_rank: HashMap<&str, usize> = HashMap::new();
    for (rank, topic) in taxonomy.topics().iter().enumerate() {
        // The first topic of an id, as a search of the list finds it.
        topic_rank.entry(topic.id.as_str()).or_insert(rank);
    }
    let context = EventContext {
        documents: documents
            .iter()
            .map(|d| (Name::from(d.id.as_str()), &d.text))
            .collect(),
        actor_names: gazetteer
            .actors()
            .iter()
            .map(|a| a.id.as_str())
            .chain(discovered.keys().map(String::as_str))
            .map(|id| (id, Name::from(id)))
            .collect(),
        document_rank: document_ranks(&documents),
        topic_rank,
    };

    reports.kind_parts = taxonomy
        .parts_of_kinds()
        .iter()
        .filter_map(|(part, whole)| Some((reports.words.find(part)?, reports.words.find(whole)?)))
        .collect();
    reports.occasions = taxonomy
        .occasion_kinds()
        .iter()
        .filter_map(|kind| reports.words.find(kind))
        .collect();
    let started = Instant::now();
    let groups = merge::group(&reports, belonging);
    let merged = started.elapsed();
    let build = |members: &Vec<usize>| build_event(members, &reports, &context);
    let mut events: Vec<Event> = match parallelism {
        Parallelism::Parallel => groups.par_iter().map(build).collect(),
        Parallelism::Sequential => groups.iter().map(build).collect(),
    };
    // The reports are all in the events now: what they held for merging
    // (terms, titles, copies of ids) goes before the store is indexed
    // beside the events, not when extraction returns.
    let report_count = reports.len();
    drop(groups);
    drop(reports);
    drop(context);
    // A stable sort, on every core: events of one date and id keep the
    // order of their groups, as a sort on one core keeps it.
    events.par_sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    distinguish_ids(&mut events);
    tracing::debug!(
        documents = documents.len(),
        candidates = report_count,
        events = events.len(),
        read_millis = read.as_millis() as u64,
        merge_millis = merged.as_millis() as u64,
        "extracted"
    );

    let mut actors: Vec<Actor> = gazetteer.actors().to_vec();
    actors.extend(
        discovered
            .into_values()
            .filter(|a| gazetteer.get(&a.id).is_none()),
    );
    Ok(Extraction {
        events,
        actors,
        topics: taxonomy.topics().to_vec(),
    })
}

/// One sentence may tell of two happenings on one day ("met on Thursday,
/// and signed on Thursday"): their ids, derived from the sentence and the
/// date, would coincide. The second and later get a suffix, in the order
/// the events already have, so ids stay unique and stable across loads.
fn distinguish_ids(events: &mut [Event]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for event in events.iter_mut() {
        let count = seen.entry(event.id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            event.id = format!("{}-{}", event.id, count);
        }
    }
}

/// Each document's place in publication order (then id order), by its
/// place in `documents`.
fn document_ranks(documents: &[&Document]) -> Vec<usize> {
    let mut by_publication: Vec<(_, &str, usize)> = documents
        .iter()
        .enumerate()
        .map(|(at, d)| (d.published, d.id.as_str(), at))
        .collect();
    by_publication.sort();
    let mut ranks = vec![0; documents.len()];
    for (rank, (_, _, at)) in by_publication.into_iter().enumerate() {
        ranks[at] = rank;
    }
    ranks
}

/// The candidate reports of a corpus, anchors resolved: what merging
/// works on. For measuring merging on its own.
pub fn candidates(corpus: &Corpus) -> Result<Reports, DataError> {
    let gazetteer = Gazetteer::from_toml(&corpus.actors_toml)?;
    let taxonomy = Taxonomy::from_toml(&corpus.topics_toml)?;
    let patterns = Patterns::new();
    let mut reports = unresolved_candidates(corpus, &gazetteer, &taxonomy, &patterns);
    patterns.enter(|| anchors::resolve(&mut reports));
    Ok(reports)
}

/// The candidate reports of a corpus's loaded documents, before anchors
/// are resolved, their patterns compiled into `patterns`.
fn unresolved_candidates(
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    taxonomy: &Taxonomy,
    patterns: &Arc<Patterns>,
) -> Reports {
    let documents: Vec<&Document> = corpus.loaded().collect();
    let (reports, _) = read_documents(
        &documents,
        gazetteer,
        taxonomy,
        Parallelism::Parallel,
        &Progress::default(),
        patterns,
    );
    reports
}

/// How many documents' reports [`read_documents`] gathers into one list
/// before it sets the list aside.
const BATCH: usize = 256;

/// The reports of every document, in document order, and the people
/// discovered by title. Each document is read on its own; a person found in
/// several keeps the description of the first document that found them, as
/// when the documents are read in order. The patterns used are compiled
/// into `patterns`.
fn read_documents(
    documents: &[&Document],
    gazetteer: &Gazetteer,
    taxonomy: &Taxonomy,
    parallelism: Parallelism,
    progress: &Progress,
    patterns: &Arc<Patterns>,
) -> (Reports, BTreeMap<String, Actor>) {
    let read = |document: &&Document| {
        let mut found = BTreeMap::new();
        let candidates =
            patterns.enter(|| document_candidates(document, gazetteer, taxonomy, &mut found));
        debug_assert!(candidates.iter().all(|c| c.document == document.id));
        progress.advance();
        (candidates, found)
    };
    // A document's candidates are made reports as soon as every document
    // before it has been: words are numbered in document order, not by
    // whichever core reads first, and only the candidates of documents
    // read ahead of one still being read are ever held.
    let mut made = Made::new(gazetteer);
    match parallelism {
        Parallelism::Parallel => in_order::for_each(documents, read, |found| made.add(found)),
        Parallelism::Sequential => documents.iter().for_each(|d| made.add(read(d))),
    }
    made.finish()
}

/// The reports [`read_documents`] has made so far, document after
/// document, and the people discovered.
struct Made<'g> {
    gazetteer: &'g Gazetteer,
    reports: Reports,
    /// The reports of each [`BATCH`] documents, set aside as the batch ends
    /// and joined into one list, at its size, at the end. One list grown
    /// report by report was copied whenever it doubled, old and new held at
    /// once: 20 MB more at the end of reading 10,000 articles, for the copy
    /// of 130,000 reports.
    batches: Vec<Vec<Report>>,
    discovered: BTreeMap<String, Actor>,
    /// How many documents' reports have been made.
    documents: usize,
}

impl<'g> Made<'g> {
    fn new(gazetteer: &'g Gazetteer) -> Made<'g> {
        Made {
            gazetteer,
            reports: Reports::default(),
            batches: Vec::new(),
            discovered: BTreeMap::new(),
            documents: 0,
        }
    }

    /// Makes reports of the next document's candidates, and adds the
    /// people it discovered that no earlier document did.
    fn add(&mut self, (found, people): (Vec<candidates::Candidate>, BTreeMap<String, Actor>)) {
        let first = self.reports.len();
        self.reports.add(self.documents as u32, found);
        for report in &mut self.reports.list[first..] {
            report.place = self.gazetteer.capital_placed_in(&report.title);
        }
        for (id, actor) in people {
            self.discovered.entry(id).or_insert(actor);
        }
        self.documents += 1;
        if self.documents.is_multiple_of(BATCH) {
            self.batches.push(std::mem::take(&mut self.reports.list));
        }
    }

    /// The reports of every document in one list, and the people discovered.
    fn finish(mut self) -> (Reports, BTreeMap<String, Actor>) {
        self.batches.push(std::mem::take(&mut self.reports.list));
        // Each batch is let go of as it is moved: the list and one batch
        // are all that is held at once.
        self.reports.list = Vec::with_capacity(self.batches.iter().map(Vec::len).sum());
        for batch in self.batches {
            self.reports.list.extend(batch);
        }
        self.reports.forget_shared();
        memo::forget_everywhere();
        (self.reports, self.discovered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{CorpusSource, synthetic};

    fn corpora(test: &str) -> Vec<(String, Corpus)> {
        let generated = std::env::temp_dir().join(format!("{test}-{}", std::process::id()));
        synthetic::write_corpus(&generated, 150, 11).unwrap();
        let folders = [
            CorpusSource::Seeds,
            CorpusSource::Folder(
                concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/tests/fixtures/devset/articles"
                )
                .into(),
            ),
            CorpusSource::Folder(generated.clone()),
        ];
        let corpora = folders
            .iter()
            .map(|source| (format!("{source:?}"), load_corpus(source).unwrap()))
            .collect();
        std::fs::remove_dir_all(generated).unwrap();
        corpora
    }

    #[test]
    fn indexed_anchors_and_blocked_merging_agree_with_the_quadratic_reference() {
        for (name, corpus) in corpora("blocked") {
            let gazetteer = Gazetteer::from_toml(&corpus.actors_toml).unwrap();
            let taxonomy = Taxonomy::from_toml(&corpus.topics_toml).unwrap();
            let mut candidates =
                unresolved_candidates(&corpus, &gazetteer, &taxonomy, &Patterns::new());
            let mut reference = candidates.clone();
            anchors::resolve(&mut candidates);
            anchors::tests::resolve_without_index(&mut reference);
            assert_eq!(candidates.list, reference.list, "{name}: anchors");
            assert_eq!(candidates.words.len(), reference.words.len(), "{name}");
            assert!(
                candidates.list.iter().any(|c| c
                    .terms
                    .iter()
                    .any(|&t| candidates.words.spell(t).starts_with('~'))),
                "{name}: nothing anchored"
            );
            let country_of = |id: &str| gazetteer.get(id).and_then(|a| a.country.as_deref());
            let office_of = |id: &str| gazetteer.office(id);
            let belonging = merge::Belonging {
                country_of: &country_of,
                office_of: &office_of,
            };
            let blocked = merge::group(&candidates, belonging);
            let all_pairs = merge::group_all_pairs(&candidates, belonging);
            assert!(
                blocked.iter().any(|g| g.len() > 1),
                "{name}: nothing merged"
            );
            assert_eq!(blocked, all_pairs, "{name}");
        }
    }

    #[test]
    fn a_kind_held_by_an_actor_the_gazetteer_lacks_is_refused_with_its_name() {
        let (_, mut corpus) = corpora("held").swap_remove(0);
        corpus.topics_toml = "[[kind]]\nid = \"summit\"\nname = \"Summit\"\nheld_by = \"no-such-body\"\ncues = [\"summit\"]\n".into();
        let error = extract_with(&corpus, Parallelism::Sequential).unwrap_err();
        assert!(error.to_string().contains("\"no-such-body\""), "{error}");
    }

    #[test]
    fn reading_documents_in_parallel_changes_nothing() {
        for (name, corpus) in corpora("parallel") {
            let parallel = extract_with(&corpus, Parallelism::Parallel).unwrap();
            let sequential = extract_with(&corpus, Parallelism::Sequential).unwrap();
            assert_eq!(parallel.events, sequential.events, "{name}");
            assert_eq!(parallel.actors, sequential.actors, "{name}");
        }
    }
}
