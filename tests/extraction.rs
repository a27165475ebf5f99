//! Extraction on articles that are not seeds: each test pins one thing a
//! careful reader does, on sentences written the way wire copy is.

use csto_timeline::corpus::{Corpus, CorpusSource};
use csto_timeline::extract::events::Event;
use csto_timeline::store::Store;

/// Builds a store from one article published on `published`.
fn extract(published: &str, text: &str) -> Store {
    let folder = std::env::temp_dir().join(format!(
        "csto-extraction-{}-{:x}",
        std::process::id(),
        text.len() * 31 + text.bytes().map(usize::from).sum::<usize>()
    ));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("article.txt"), text).unwrap();
    std::fs::write(
        folder.join("corpus.toml"),
        format!("[documents.\"article.txt\"]\npublished = {published}\n"),
    )
    .unwrap();
    let store = Store::build(Corpus::load(&CorpusSource::Folder(folder.clone())).unwrap()).unwrap();
    let _ = std::fs::remove_dir_all(&folder);
    store
}

fn citing<'a>(store: &'a Store, fragment: &str) -> Vec<&'a Event> {
    store
        .events()
        .iter()
        .filter(|e| e.sources.iter().any(|s| s.quote.contains(fragment)))
        .collect()
}

fn dates(events: &[&Event]) -> Vec<String> {
    events
        .iter()
        .map(|e| format!("{}{}", e.date, if e.approximate { "~" } else { "" }))
        .collect()
}

#[test]
fn a_range_of_days_is_one_happening_dated_by_its_first_day() {
    let store = extract(
        "2024-02-23",
        "Azerbaijan retook Nagorno-Karabakh in a lightning offensive on Sept. 19-20, 2023.\n",
    );
    assert_eq!(
        dates(&citing(&store, "lightning offensive")),
        ["2023-09-19"]
    );
}

#[test]
fn a_weekday_after_told_reporters_dates_the_statement() {
    let store = extract(
        "2024-02-23",
        "Kremlin spokesman Dmitry Peskov told reporters on Friday that Armenia had not formally notified the alliance.\n",
    );
    let events = citing(&store, "told reporters");
    assert_eq!(dates(&events), ["2024-02-23"]);
    assert!(events[0].actors.contains(&"dmitry-peskov".to_string()));
}

#[test]
fn a_television_channel_named_after_a_country_is_not_that_country() {
    let store = extract(
        "2024-02-23",
        "Pashinyan told France 24 on Thursday that Armenia had frozen its participation in the CSTO.\n",
    );
    let events = citing(&store, "France 24");
    assert_eq!(dates(&events), ["2024-02-22"]);
    assert!(
        !events[0].actors.contains(&"france".to_string()),
        "{:?}",
        events[0].actors
    );
}

#[test]
fn an_undated_deed_after_a_dated_one_in_a_history_paragraph_takes_its_month() {
    let store = extract(
        "2024-05-14",
        "In September 2022, Azerbaijani forces attacked targets inside Armenia. Yerevan appealed to the CSTO under Article 4 of the treaty.\n",
    );
    assert_eq!(dates(&citing(&store, "Yerevan appealed")), ["2022-09~"]);
}

#[test]
fn a_statement_of_the_day_is_dated_by_the_publication_and_marked_approximate() {
    let store = extract(
        "2024-06-12",
        "Foreign Minister Ararat Mirzoyan said that Armenia had no plans to hold a referendum.\n",
    );
    let events = citing(&store, "referendum");
    assert_eq!(dates(&events), ["2024-06-12~"]);
    assert!(events[0].actors.contains(&"ararat-mirzoyan".to_string()));
}

#[test]
fn a_scheduled_summit_is_dated_ahead_of_the_publication() {
    let store = extract(
        "2024-06-12",
        "The CSTO summit is scheduled to take place in Astana on November 28.\n",
    );
    assert_eq!(dates(&citing(&store, "Astana")), ["2024-11-28"]);
}

#[test]
fn a_person_introduced_by_title_is_an_actor_and_later_known_by_surname() {
    let store = extract(
        "2024-06-12",
        "Deputy Foreign Minister Vahan Kostanian told reporters on Tuesday that no documents had been submitted.\nKostanian said on Wednesday that the process had begun.\n",
    );
    let first = citing(&store, "Vahan Kostanian");
    let later = citing(&store, "Kostanian said");
    assert_eq!(dates(&first), ["2024-06-11"]);
    assert_eq!(dates(&later), ["2024-06-12"]);
    let actor = store.actor("vahan-kostanian").expect("discovered by title");
    assert!(actor.discovered);
    assert!(later[0].actors.contains(&actor.id));
}

#[test]
fn the_same_freeze_reported_months_apart_is_one_event_on_the_precise_day() {
    let store = extract(
        "2024-06-12",
        "Armenia has frozen its participation in the Collective Security Treaty Organization, Prime Minister Nikol Pashinyan said on February 22.\n\nArmenia froze its participation in the CSTO in February and has since boycotted its meetings.\n",
    );
    let events = citing(&store, "frozen its participation");
    assert_eq!(dates(&events), ["2024-02-22"]);
    assert_eq!(events[0].sources.len(), 2, "{:?}", events[0].sources);
}

#[test]
fn opinions_and_standing_facts_are_not_events() {
    let store = extract(
        "2024-06-12",
        "Experts believe the rift is unlikely to heal soon.\nThe CSTO regularly holds drills in Tajikistan.\nThere is a Russian military base in Gyumri.\n",
    );
    assert_eq!(store.events().len(), 0, "{:?}", store.events());
}

mod never_panics {
    //! Whole-document extraction on text stitched from the pieces that
    //! trip byte arithmetic: dashes, curly quotes, dates, names, emoji.

    use chrono::NaiveDate;
    use csto_timeline::corpus::layout::classify_blocks;
    use csto_timeline::corpus::{Corpus, DateOrigin, Document, LoadStatus};
    use csto_timeline::extract::extract;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "YEREVAN — ",
        "On November 23, 2022, ",
        "in late February",
        "“",
        "”",
        "’s ",
        "Pashinyan said",
        " that ",
        ", which is to be held in Minsk on November 23",
        "the 2021 invasion",
        "Sept. 19-20, 2023",
        "last week",
        "on Tuesday",
        "Kremlin spokesman Dmitry Peskov",
        "Deputy Foreign Minister Vahan Kostanian",
        ". ",
        "\n\n",
        "\r\n",
        "é",
        "🇦🇲",
        "—",
        "–",
        "…",
        "REFERENCE. ",
        "(Photo - EPA)",
        "Get the Mirror in your inbox:",
        "during the summit",
        "after the CSTO summit in Yerevan",
        "since 1991",
        "May",
        "2020",
        "Toqaev",
        "\u{feff}",
        "İ",
        "K",
        "ß",
        "\"",
        "'",
        "(",
        ")",
        "[",
        "]",
        ";",
        ":",
        "-",
        "Armenia",
        "Azerbaijani forces",
    ];

    fn document(text: String, published: Option<NaiveDate>) -> Document {
        Document {
            id: "fuzz.txt".into(),
            title: None,
            publisher: None,
            url: None,
            published,
            published_origin: published.map(|_| DateOrigin::Manifest),
            status: LoadStatus::Loaded,
            blocks: classify_blocks(&text),
            text,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

        #[test]
        fn extraction_never_panics_and_quotes_are_verbatim(
            pieces in prop::collection::vec(prop::sample::select(PIECES), 0..60),
            noise in "\\PC{0,40}",
            day in 0u32..4000,
        ) {
            let mut text = pieces.concat();
            text.push_str(&noise);
            let published = NaiveDate::from_ymd_opt(2020, 1, 1).and_then(|d| d.checked_add_days(chrono::Days::new(day.into())));
            let corpus = Corpus {
                documents: vec![document(text.clone(), published)],
                actors_toml: include_str!("../seeds/actors.toml").into(),
                topics_toml: include_str!("../seeds/topics.toml").into(),
                origin: "fuzz".into(),
                modified: None,
            };
            let extraction = extract(&corpus).unwrap();
            for event in &extraction.events {
                prop_assert!(!event.sources.is_empty());
                for source in &event.sources {
                    prop_assert_eq!(text.get(source.range.clone()), Some(source.quote.as_str()));
                }
            }
        }
    }
}
