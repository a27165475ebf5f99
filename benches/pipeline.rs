//! Each stage of the pipeline on a generated corpus: load (read and lay
//! out the files), extract (sentences to merged events), merge (reports to
//! events, on its own), index (build the store), digest (what a snapshot is
//! checked with), snapshot (write and read it back) and query (a filtered view).
//!
//!     cargo bench --bench pipeline                    # 300 articles
//!     BENCH_ARTICLES=1000 cargo bench --bench pipeline
//!
//! The corpus is written once into a temporary folder by the same
//! generator as `csto-timeline generate`, so runs are comparable.

use std::path::PathBuf;
use std::sync::OnceLock;

use csto_timeline::corpus::{Corpus, CorpusSource, synthetic};
use csto_timeline::extract::actors::Gazetteer;
use csto_timeline::extract::merge::{Belonging, group};
use csto_timeline::extract::{candidates, extract, load_corpus};
use csto_timeline::store::{Query, Store, snapshot};

fn main() {
    divan::main();
}

fn articles() -> usize {
    std::env::var("BENCH_ARTICLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300)
}

/// The generated corpus folder, written on first use.
fn folder() -> &'static PathBuf {
    static FOLDER: OnceLock<PathBuf> = OnceLock::new();
    FOLDER.get_or_init(|| {
        let n = articles();
        let folder = std::env::temp_dir().join(format!("csto-bench-{n}-{}", std::process::id()));
        synthetic::write_corpus(&folder, n, synthetic::DEFAULT_SEED).expect("corpus written");
        folder
    })
}

fn source() -> CorpusSource {
    CorpusSource::Folder(folder().clone())
}

fn corpus() -> Corpus {
    load_corpus(&source()).expect("corpus loads")
}

fn store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| Store::build(corpus()).expect("store builds"))
}

#[divan::bench(sample_count = 5)]
fn load() -> Corpus {
    corpus()
}

#[divan::bench(sample_count = 3)]
fn extract_events(bencher: divan::Bencher) {
    let corpus = corpus();
    bencher.bench(|| extract(&corpus).expect("extracts"));
}

#[divan::bench(sample_count = 3)]
fn merge_reports(bencher: divan::Bencher) {
    let corpus = corpus();
    let candidates = candidates(&corpus).expect("candidates");
    let gazetteer = Gazetteer::from_toml(&corpus.actors_toml).expect("gazetteer");
    let country_of = |id: &str| gazetteer.get(id).and_then(|a| a.country.as_deref());
    let office_of = |id: &str| gazetteer.office(id);
    let belonging = Belonging {
        country_of: &country_of,
        office_of: &office_of,
    };
    bencher.bench(|| group(&candidates, belonging).len());
}

#[divan::bench(sample_count = 3)]
fn build_store(bencher: divan::Bencher) {
    bencher
        .with_inputs(corpus)
        .bench_values(|corpus| Store::build(corpus).expect("builds"));
}

#[divan::bench(sample_count = 5)]
fn corpus_digest() -> String {
    source().digest().expect("digest")
}

#[divan::bench(sample_count = 5)]
fn snapshot_write_and_read(bencher: divan::Bencher) {
    let store = store();
    let path = std::env::temp_dir().join(format!("csto-bench-{}.snapshot", std::process::id()));
    bencher.bench(|| {
        snapshot::write(store, "bench", &path).expect("writes");
        snapshot::read(&path).expect("reads")
    });
    let _ = std::fs::remove_file(path);
}

#[divan::bench(args = ["armenia", "vladimir-putin"])]
fn query(bencher: divan::Bencher, actor: &str) {
    let store = store();
    let query = Query {
        actors: vec![actor.to_string()],
        ..Default::default()
    };
    bencher.bench(|| store.query(&query).events.len());
}

#[divan::bench]
fn query_text() -> usize {
    let query = Query {
        text: Some("summit".into()),
        ..Default::default()
    };
    store().query(&query).events.len()
}
