//! Key events, tone and statements on the seed corpus, and the pages and
//! answers that show them: the importance filter, the statements page and
//! API, the lanes, the tone chart, and their 400s for bad values.

mod common;

use axum::http::StatusCode;
use common::{get, get_json, seed_state};
use serde_json::Value;

/// The share of events that may be key, as `seeds/importance.toml` sets it.
const KEY_SHARE: f64 = 0.15;

/// The key events of the seeds are the few that tell the story; each is
/// found by its content, not by an id, so the test survives changes to
/// extraction that renumber events.
#[test]
fn the_key_events_of_the_seeds_are_the_ones_that_tell_the_story() {
    let store = seed_state().store();
    let key: Vec<String> = store
        .key_events()
        .iter()
        .map(|&i| {
            let event = store.event_at(i);
            let mut text = event.title.clone();
            for source in &event.sources {
                text.push(' ');
                text.push_str(&source.quote);
            }
            text
        })
        .collect();
    // At most the share the importance file gives (`[key] share = 0.15`),
    // rounded up, as the file says: a share of the events, not a count.
    let most = (store.events().len() as f64 * KEY_SHARE).ceil() as usize;
    assert!(
        key.len() <= most,
        "{} key events of {}",
        key.len(),
        store.events().len()
    );
    for (story, words) in [
        ("the recall of the envoy", &["recall", "Biyagov"][..]),
        (
            "the refusal to host the drills",
            &["no reason", "exercises"],
        ),
        (
            "the refusal to sign at the Yerevan summit",
            &["not ready to sign"],
        ),
        ("the Lachin blockade", &["Lachin", "blocked"]),
        ("the Minsk summit boycott", &["will not come", "Minsk"]),
        (
            "the request for military help",
            &["asked for military help"],
        ),
    ] {
        assert!(
            key.iter()
                .any(|text| words.iter().all(|w| text.contains(w))),
            "{story} is not key; the key events are {key:#?}"
        );
    }
    // Every key event says why.
    for &i in store.key_events() {
        assert!(!store.insight_at(i).importance.reasons.is_empty());
    }
}

#[test]
fn tone_is_coded_with_the_cue_that_decided_it() {
    let store = seed_state().store();
    let tone_of = |needle: &str| {
        let (i, _) = store
            .events()
            .iter()
            .enumerate()
            .find(|(_, e)| e.sources.iter().any(|s| s.quote.contains(needle)))
            .unwrap_or_else(|| panic!("no event quotes {needle:?}"));
        store.insight_at(i as u32).tone.clone()
    };
    let recall = tone_of("decided to recall Viktor Biyagov");
    assert_eq!(recall.tone.as_str(), "conflictual");
    assert_eq!(recall.cue().unwrap().words, "recall");
    let boycott = tone_of("he will not come to the CSTO summit");
    assert_eq!(boycott.tone.as_str(), "conflictual");
    let agreement = tone_of("The fighting ended with an agreement brokered by Russia");
    assert_eq!(agreement.tone.as_str(), "cooperative");
    // The Lachin blockade names neither the CSTO nor Russia as an actor:
    // it is not coded for the relationship.
    let lachin = tone_of("blocked since December 12");
    assert!(!lachin.about && lachin.tone.as_str() == "neutral");
    assert!(lachin.explain().contains("does not name both"));
}

#[test]
fn every_statement_of_the_seeds_has_its_labelled_speaker() {
    let store = seed_state().store();
    let fixture: Value =
        serde_json::from_str(include_str!("fixtures/seeds-statements.json")).unwrap();
    let labelled = fixture["statements"].as_array().unwrap();
    let mut matched = vec![false; store.statements().len()];
    for label in labelled {
        let document = label["document"].as_str().unwrap();
        let begins = label["begins"].as_str().unwrap();
        let expected = match label.get("extracted") {
            Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.as_str()),
            _ => label["speaker"].as_str(),
        };
        let found = store
            .statements()
            .iter()
            .position(|s| s.document == document && s.words.trim_start().starts_with(begins));
        match (found, expected) {
            (Some(i), Some(speaker)) => {
                assert_eq!(
                    store.statements()[i].speaker,
                    speaker,
                    "{document}: {begins}"
                );
                matched[i] = true;
            }
            (None, None) => {}
            (found, expected) => panic!(
                "{document}: {begins}: expected {expected:?}, found {:?}",
                found.map(|i| &store.statements()[i].speaker)
            ),
        }
    }
    let unlabelled: Vec<&str> = store
        .statements()
        .iter()
        .zip(&matched)
        .filter(|(_, m)| !**m)
        .map(|(s, _)| s.words.as_str())
        .collect();
    assert!(
        unlabelled.is_empty(),
        "statements not in the fixture: {unlabelled:#?}"
    );
}

#[test]
fn a_quotation_over_sentences_and_paragraphs_is_one_statement() {
    let store = seed_state().store();
    let one = |first: &str, later: &str| {
        assert!(
            store
                .statements()
                .iter()
                .any(|s| s.words.contains(first) && s.words.contains(later)),
            "{first:?} and {later:?} are not one statement"
        );
    };
    // A paragraph that only goes on with the quotation.
    one(
        "These exercises will not take place",
        "does not consider it expedient",
    );
    one(
        "In any case, Armenia is our very close ally",
        "We will continue the dialogue",
    );
    // Sentences of one quotation in one paragraph.
    one(
        "It is very important that Armenia and Azerbaijan",
        "This is our main task",
    );
    // A new paragraph with its own speech tag is a new statement.
    assert!(
        !store
            .statements()
            .iter()
            .any(|s| s.words.contains("subtext") && s.words.contains("sovereignty"))
    );
}

#[tokio::test]
async fn importance_is_a_filter_of_the_url_the_api_and_the_exports() {
    let store = seed_state().store();
    let (status, json) = get_json("/api/events?importance=key&limit=1000").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        json["total"].as_u64().unwrap() as usize,
        store.key_events().len()
    );
    for event in json["events"].as_array().unwrap() {
        assert_eq!(event["importance"]["key"], true);
        assert!(event["tone"]["value"].is_string());
    }
    let (status, page) = get("/?importance=key").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Importance:</span> key events"), "the chip");
    assert!(
        page.contains(r#"name="importance" value="key" checked"#),
        "the form"
    );
    assert_eq!(
        page.matches("class=\"key-badge\"").count(),
        store.key_events().len()
    );
    let (status, csv) = get("/events.csv?importance=key").await;
    assert_eq!(status, StatusCode::OK);
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), store.key_events().len());
    assert!(
        rows.iter()
            .all(|row| &row[10] == "true" && !row[12].is_empty())
    );
    assert!(csv.starts_with("id,date,precision,approximate,title,actors,topics,documents,quotes,url,key,importance,tone,tone_cue"));
    let (status, body) = get_json("/api/events?importance=most").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let error = body["error"].as_str().unwrap();
    assert!(error.contains("importance=most"), "{error}");
    assert!(body["hint"].as_str().unwrap().contains("importance=key"));
}

#[tokio::test]
async fn statements_are_listed_filtered_and_answered_as_json() {
    let (status, json) = get_json("/api/statements?actor=dmitry-peskov").await;
    assert_eq!(status, StatusCode::OK);
    let list = json["statements"].as_array().unwrap();
    assert!(!list.is_empty());
    assert!(list.iter().all(|s| s["speaker"]["id"] == "dmitry-peskov"));
    assert!(
        list.iter()
            .all(|s| !s["words"].as_str().unwrap().is_empty())
    );
    let (_, page) = get("/statements?actor=dmitry-peskov").await;
    assert_eq!(page.matches("class=\"statement\"").count(), list.len());
    let (_, searched) = get_json("/api/statements?q=sovereignty").await;
    assert_eq!(searched["total"], 1);
    let (status, page) = get("/statements?actor=peskov-typo").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("peskov-typo"));
    let (_, actor) = get("/actors/nikol-pashinyan").await;
    assert!(actor.contains("statements-heading") && actor.contains("id=\"tone\""));
}

#[tokio::test]
async fn lanes_draw_each_actor_and_link_marks_and_periods() {
    let (status, page) = get("/lanes?actor=armenia&actor=csto&actor=russia").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page.matches("class=\"lane\"").count(), 3);
    assert!(page.contains("class=\"mark ") && page.contains("href=\"/events/"));
    assert!(page.contains("aria-label=\"Zoom into"));
    assert!(page.contains("The lanes as a list"));
    let seven = "/lanes?actor=armenia&actor=azerbaijan&actor=belarus&actor=csto&actor=kazakhstan&actor=nikol-pashinyan&actor=russia";
    let (status, page) = get(seven).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("7 actors were chosen") && page.contains("at most 6"));
}
