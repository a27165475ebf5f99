//! Key events, tone and statements on the seed corpus.

use csto_timeline::corpus::CorpusSource;
use csto_timeline::extract::load_corpus;
use csto_timeline::store::Store;

fn seeds() -> Store {
    Store::build(load_corpus(&CorpusSource::Seeds).unwrap()).unwrap()
}

#[test]
fn dump() {
    let store = seeds();
    for (i, e) in store.events().iter().enumerate() {
        let ins = store.insight_at(i as u32);
        println!(
            "{} {:5.1} {} {:12} {:?} | {}",
            if ins.importance.key { "KEY" } else { "   " },
            ins.importance.score,
            e.date,
            ins.tone.tone.as_str(),
            ins.tone.cue().map(|c| c.words.clone()),
            &e.title.chars().take(90).collect::<String>()
        );
    }
    for s in store.statements() {
        println!(
            "{} {} [{}] {}",
            s.date,
            s.speaker,
            s.direct,
            s.words.chars().take(100).collect::<String>()
        );
    }
}
