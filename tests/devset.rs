//! The development set (`tests/fixtures/devset`: twenty articles and an
//! exhaustive gold) run through the extractor and scored by the reference
//! rules (`tests/scoring`). The test prints every miss and the summary
//! line, and fails when a number falls below its floor: a guard against
//! regressions while the extractor works towards the goals.
//!
//! Run it with `cargo test --test devset -- --nocapture` to see the misses
//! of a passing run.

mod scoring;

use std::path::PathBuf;

use csto_timeline::corpus::CorpusSource;
use csto_timeline::extract::load_corpus;
use csto_timeline::store::Store;
use csto_timeline::web::api::EventJson;
use scoring::{Gold, bad_title, covers, matching_blocks, norm, py_repr, tokens};
use serde_json::Value;

// Floors, a little below what the extractor scored when they were last set
// (recall 0.97, precision 0.95, merged 25/28, kept apart 60/61, bad titles
// 0.00): a guard against regressions. Raise them as the extractor improves.

/// Gold events found with the right date, precision and actors.
const MIN_RECALL: f64 = 0.95;
/// Right events over events shown.
const MIN_PRECISION: f64 = 0.93;
/// Merge groups carried by one event (of 28).
const MIN_MERGED: usize = 25;
/// Distinct groups kept apart (of 61).
const MIN_KEPT_APART: usize = 60;
/// Share of titles breaking a title rule, at most.
const MAX_BAD_TITLES: f64 = 0.03;

// Where the floors go: recall 0.90, precision 0.95, 25 of 28 merges, every
// distinct group apart, at most 5% bad titles.
const GOAL_RECALL: f64 = 0.90;
const GOAL_PRECISION: f64 = 0.95;
const GOAL_MERGED: usize = 25;
const GOAL_BAD_TITLES: f64 = 0.05;

/// The events the extractor finds in a fixture corpus, as the API gives them.
fn events_of(fixture: &str, articles: usize) -> Value {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture)
        .join("articles");
    let corpus = load_corpus(&CorpusSource::Folder(folder)).expect("the fixture corpus loads");
    let store = Store::build(corpus).expect("the fixture's manifest parses");
    let loaded = store
        .documents()
        .iter()
        .filter(|d| d.status.is_loaded())
        .count();
    assert_eq!(loaded, articles, "every article of {fixture} loads");
    store
        .events()
        .iter()
        .map(|e| serde_json::to_value(EventJson::new(e, &store)).expect("an event serialises"))
        .collect()
}

/// The least a scored corpus must reach.
struct Floors {
    recall: f64,
    precision: f64,
    merged: usize,
    kept_apart: usize,
    bad_titles: f64,
}

/// Scores `events` against `gold`, prints every miss, and fails naming the
/// measures below their floors.
fn assert_above(name: &str, gold: &Gold, events: &Value, floors: &Floors) {
    let score = scoring::score(gold, events);
    for line in &score.misses {
        println!("{line}");
    }
    println!("{name}: {}", score.summary());
    println!(
        "goals: recall {GOAL_RECALL:.2}, precision {GOAL_PRECISION:.2}, merged {GOAL_MERGED}/28 \
         on the development set, every group kept apart, bad titles {GOAL_BAD_TITLES:.2}"
    );

    let precision = score.precision.expect("the gold is exhaustive");
    let mut below = Vec::new();
    if score.recall < floors.recall {
        below.push(format!("recall {:.3} < {}", score.recall, floors.recall));
    }
    if precision < floors.precision {
        below.push(format!("precision {precision:.3} < {}", floors.precision));
    }
    if score.merged < floors.merged {
        below.push(format!("merged {} < {}", score.merged, floors.merged));
    }
    if score.kept_apart < floors.kept_apart {
        below.push(format!(
            "kept apart {} < {}",
            score.kept_apart, floors.kept_apart
        ));
    }
    if score.bad_title_share > floors.bad_titles {
        below.push(format!(
            "bad titles {:.3} > {}",
            score.bad_title_share, floors.bad_titles
        ));
    }
    assert!(
        below.is_empty(),
        "{name} fell below its floors: {}\n{}\n(the misses are printed above)",
        below.join(", "),
        score.summary()
    );
}

#[test]
fn the_development_set_scores_above_its_floors() {
    let gold = Gold::parse(include_str!("fixtures/devset/gold.json"));
    let floors = Floors {
        recall: MIN_RECALL,
        precision: MIN_PRECISION,
        merged: MIN_MERGED,
        kept_apart: MIN_KEPT_APART,
        bad_titles: MAX_BAD_TITLES,
    };
    assert_above(
        "the development set",
        &gold,
        &events_of("devset", 20),
        &floors,
    );
}

/// A held-out set: articles written and labelled apart from the rules,
/// scored against floors a little below what the extractor reached on it.
fn assert_held_out(name: &str, fixture: &str, articles: usize, gold: &str, floors: &Floors) {
    assert_above(
        name,
        &Gold::parse(gold),
        &events_of(fixture, articles),
        floors,
    );
}

/// Articles written after the rules, in styles the development set lacks
/// (`tests/fixtures/ownset`).
#[test]
fn the_held_out_articles_score_above_their_floors() {
    let floors = Floors {
        recall: 0.92,
        precision: 0.86,
        merged: 4,
        kept_apart: 7,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/ownset/gold.json");
    assert_held_out("the held-out articles", "ownset", 6, gold, &floors);
}

/// `tests/fixtures/heldout`, labelled before the extractor ran on it: a
/// live blog, an interview, state media, an analysis column, a scraped page
/// and an official statement with a wire report of it.
#[test]
fn the_second_held_out_set_scores_above_its_floors() {
    // The interview's labels give a former diplomat's recollections as his
    // statements of the interview's day besides the happenings recalled; the
    // extractor shows only the happenings when the one interviewed holds no
    // office (the sixth and ninth sets are labelled so), which costs recall
    // and groups kept apart here.
    let floors = Floors {
        recall: 0.82,
        precision: 0.78,
        merged: 3,
        kept_apart: 20,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout/gold.json");
    assert_held_out("the second held-out set", "heldout", 7, gold, &floors);
}

/// `tests/fixtures/heldout2`, labelled before the extractor ran on it: a
/// wire story with an update note, a broadcaster's story under a captioned
/// photo, two agency briefs, an analysis and a regional piece reporting the
/// others' happenings days later.
#[test]
fn the_third_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.92,
        precision: 0.90,
        merged: 4,
        kept_apart: 20,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout2/gold.json");
    assert_held_out("the third held-out set", "heldout2", 6, gold, &floors);
}

/// `tests/fixtures/heldout3`, labelled before the extractor ran on it: a
/// state agency's report with roles for names, a wire story with a
/// correction, a weekly digest, a parliament's release, an op-ed that
/// counts time from its own story, and a later report of their happenings.
#[test]
fn the_fourth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.88,
        precision: 0.94,
        merged: 7,
        kept_apart: 16,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout3/gold.json");
    assert_held_out("the fourth held-out set", "heldout3", 6, gold, &floors);
}

/// `tests/fixtures/heldout4`, labelled before the extractor ran on it (its
/// first score: recall 0.56, precision 0.51, 2 of 13 merges): a live blog,
/// an interview, an agency wire with roles, an explainer with a chronology,
/// a translated news site, an analysis with footnotes and a later roundup.
#[test]
fn the_fifth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.89,
        precision: 0.88,
        merged: 9,
        kept_apart: 29,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout4/gold.json");
    assert_held_out("the fifth held-out set", "heldout4", 7, gold, &floors);
}

/// `tests/fixtures/heldout5`, labelled before the extractor ran on it (its
/// first score: recall 0.61, precision 0.64, 9 of 22 merges): a newsletter
/// digest, a wire timeline with year-only entries, a ministry's press
/// release, an op-ed told from memory, a summary of question time, a
/// state-agency wire in translation and a scraped regional page with its
/// comments.
#[test]
fn the_sixth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.81,
        precision: 0.81,
        merged: 17,
        kept_apart: 53,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout5/gold.json");
    assert_held_out("the sixth held-out set", "heldout5", 7, gold, &floors);
}

/// `tests/fixtures/heldout6`, labelled before the extractor ran on it (its
/// first score: recall 0.63, precision 0.42, 3 of 24 merges): a live blog
/// of a summit day, an interview transcript, a column told in relative
/// dates, a Moscow correspondent's wire, a policy brief with footnotes, a
/// translated Armenian report, a fact-check and an aggregator's page of
/// wire briefs.
#[test]
fn the_seventh_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.76,
        precision: 0.7,
        merged: 10,
        kept_apart: 67,
        bad_titles: 0.06,
    };
    let gold = include_str!("fixtures/heldout6/gold.json");
    assert_held_out("the seventh held-out set", "heldout6", 8, gold, &floors);
}

/// `tests/fixtures/heldout7`, labelled before the extractor ran on it (its
/// first score: recall 0.57, precision 0.51, 3 of 16 merges, 41 of 53 groups
/// kept apart): a radio bulletin, a Russian agency's English edition, a
/// year in review, a committee hearing, a brief with an update footer and a
/// Belarusian regional page.
#[test]
fn the_eighth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.76,
        precision: 0.72,
        merged: 9,
        kept_apart: 43,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout7/gold.json");
    assert_held_out("the eighth held-out set", "heldout7", 6, gold, &floors);
}

/// `tests/fixtures/heldout8`, labelled before the extractor ran on it (its
/// first score: recall 0.42, precision 0.47, 2 of 21 merges, 47 of 51 groups
/// kept apart, 6% bad titles): a messaging-channel feed, an opinion column,
/// a wire story with a long background section and a correction, a
/// translated press release, a podcast transcript with time stamps and a
/// weekly newsletter.
#[test]
fn the_ninth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.75,
        precision: 0.74,
        merged: 11,
        kept_apart: 47,
        bad_titles: 0.08,
    };
    let gold = include_str!("fixtures/heldout8/gold.json");
    assert_held_out("the ninth held-out set", "heldout8", 6, gold, &floors);
}

/// `tests/fixtures/heldout9`, labelled before the extractor ran on it (its
/// first score: recall 0.58, precision 0.44, 1 of 17 merges, 39 of 44 groups
/// kept apart, 5% bad titles): a wire story with a correction, a radio
/// transcript with time stamps and named speakers, an analysis told as a
/// flashback in chained relative dates, a translated press release, a
/// scraped page with its comments and a Q&A with a serving official.
#[test]
fn the_tenth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.78,
        precision: 0.65,
        merged: 4,
        kept_apart: 39,
        bad_titles: 0.06,
    };
    let gold = include_str!("fixtures/heldout9/gold.json");
    assert_held_out("the tenth held-out set", "heldout9", 6, gold, &floors);
}

/// `tests/fixtures/heldout10`, labelled before the extractor ran on it (its
/// first score: recall 0.86, precision 0.73, 5 of 17 merges, 46 of 46
/// groups kept apart, no bad titles): ordinary mainstream news, as most of
/// an archive is: a wire story with a dateline, a state agency's report of
/// a press conference, a radio service's report full of quotations, an
/// analysis, a Russian agency's English edition, an independent outlet's
/// story and a broadcaster's web page, telling many happenings in common.
#[test]
fn the_eleventh_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.86,
        precision: 0.8,
        merged: 9,
        kept_apart: 46,
        bad_titles: 0.03,
    };
    let gold = include_str!("fixtures/heldout10/gold.json");
    assert_held_out("the eleventh held-out set", "heldout10", 7, gold, &floors);
}

/// `tests/fixtures/heldout11`, labelled before the extractor ran on it (its
/// first score: recall 0.78, precision 0.64, 9 of 25 merges, 48 of 49
/// groups kept apart, 1% bad titles): a magazine long read told out of
/// order, a wire factbox with dates in many formats, a television page with
/// a video transcript and its links, a parliament's report with day-first
/// dates and ranks, a commentary of hypotheticals, a machine-translated
/// agency story and a follow-up two weeks later retelling the others.
#[test]
fn the_twelfth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.82,
        precision: 0.78,
        merged: 16,
        kept_apart: 48,
        bad_titles: 0.03,
    };
    let gold = include_str!("fixtures/heldout11/gold.json");
    assert_held_out("the twelfth held-out set", "heldout11", 7, gold, &floors);
}

/// `tests/fixtures/heldout12`, labelled before the extractor ran on it (its
/// first score: recall 0.52, precision 0.33, 3 of 15 merges, 41 of 42
/// groups kept apart, 7% bad titles): pages that are not straight news,
/// where the dates hide in the page's furniture: a this-week-in-history
/// almanac dated by headings, podcast show notes with chapter stamps, a
/// week-ahead diary under weekday headings, an anniversary quiz, a book
/// review, a letters page with a correction, and a state agency's report
/// of a summit.
#[test]
fn the_thirteenth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.73,
        precision: 0.57,
        merged: 6,
        kept_apart: 41,
        bad_titles: 0.08,
    };
    let gold = include_str!("fixtures/heldout12/gold.json");
    assert_held_out("the thirteenth held-out set", "heldout12", 7, gold, &floors);
}

/// `tests/fixtures/heldout13`, labelled before the extractor ran on it (its
/// first score: recall 0.82, precision 0.70, 7 of 18 merges, 40 of 47
/// groups kept apart, 1% bad titles): straight news in eight outlets'
/// styles (a wire with its credits, an exile service's report, a state
/// agency's report, a government readout, an explainer with a timeline, a
/// wire with reactions from two capitals, an analysis, a parliament item).
#[test]
fn the_fourteenth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.87,
        precision: 0.77,
        merged: 10,
        kept_apart: 41,
        bad_titles: 0.03,
    };
    let gold = include_str!("fixtures/heldout13/gold.json");
    assert_held_out("the fourteenth held-out set", "heldout13", 8, gold, &floors);
}

/// `tests/fixtures/heldout14`, labelled before the extractor ran on it (its
/// first score: recall 0.74, precision 0.58, 6 of 30 merges, 58 of 74
/// groups kept apart, 1% bad titles): the years 2018-2021 told by eight
/// outlets (a wire, a state agency with a background block, a live page
/// newest first, a long read of relative dates, an interview, a government
/// readout of two meetings, a parliament item, an anniversary timeline).
#[test]
fn the_fifteenth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.80,
        precision: 0.64,
        merged: 7,
        kept_apart: 57,
        bad_titles: 0.03,
    };
    let gold = include_str!("fixtures/heldout14/gold.json");
    assert_held_out("the fifteenth held-out set", "heldout14", 8, gold, &floors);
}

/// `tests/fixtures/heldout15`, labelled before the extractor ran on it (its
/// first score: recall 0.70, precision 0.60, 8 of 32 merges, 92 of 103
/// groups kept apart, 5% bad titles): the years 2022-2025 told by eight
/// outlets (a television transcript, a messaging channel's feed, a weekly
/// newsletter, a briefing transcript, a fact-check, a machine-translated
/// state report, an opinion column of relative dates, an explainer).
#[test]
fn the_sixteenth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.76,
        precision: 0.70,
        merged: 13,
        kept_apart: 89,
        bad_titles: 0.03,
    };
    let gold = include_str!("fixtures/heldout15/gold.json");
    assert_held_out("the sixteenth held-out set", "heldout15", 8, gold, &floors);
}

/// `tests/fixtures/heldout16`, labelled before the extractor ran on it (its
/// first score: recall 0.48, precision 0.54, 4 of 26 merges, 66 of 90
/// groups kept apart, 1% bad titles): 2002-2025 in eight page types (an
/// encyclopaedia timeline, a policy brief with footnotes, a scanned print
/// page, a podcast page, a ministry's press releases, a "what we know"
/// explainer, an obituary, a committee's minutes).
#[test]
fn the_seventeenth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.62,
        precision: 0.65,
        merged: 5,
        kept_apart: 65,
        bad_titles: 0.03,
    };
    let gold = include_str!("fixtures/heldout16/gold.json");
    assert_held_out(
        "the seventeenth held-out set",
        "heldout16",
        8,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout17`, labelled before the extractor ran on it (its
/// first score: recall 0.61, precision 0.56, 5 of 33 merges, 70 of 99
/// groups kept apart, 1% bad titles): 2018-2026 in eight page types (a news
/// ticker, a story updated through the day with a correction, a
/// parliament's stenogram, an "on this day" page, a joint press
/// conference with an interpreter, a weekly digest, a journal article, a
/// Russian outlet's English edition).
#[test]
fn the_eighteenth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.71,
        precision: 0.59,
        merged: 6,
        kept_apart: 69,
        bad_titles: 0.03,
    };
    let gold = include_str!("fixtures/heldout17/gold.json");
    assert_held_out("the eighteenth held-out set", "heldout17", 8, gold, &floors);
}

/// `tests/fixtures/heldout18`, labelled before the extractor ran on it (its
/// first score: recall 0.67, precision 0.53, 12 of 34 merges, 64 of 84
/// groups kept apart, 11% bad titles): 2021-2026 in eight more page types
/// (a reporter's numbered thread with a repost, an NGO report with
/// numbered paragraphs, a UN letter and its annex, a photo gallery of
/// agency captions, a site's search results, a morning press review, a
/// parliament's motion for a resolution, a speech "check against
/// delivery").
#[test]
fn the_nineteenth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.72,
        precision: 0.61,
        merged: 13,
        kept_apart: 61,
        bad_titles: 0.06,
    };
    let gold = include_str!("fixtures/heldout18/gold.json");
    assert_held_out("the nineteenth held-out set", "heldout18", 8, gold, &floors);
}

/// `tests/fixtures/heldout19`, labelled before the extractor ran on it (its
/// first score: recall 0.44, precision 0.43, none of 18 merges, 43 of 54
/// groups kept apart, 5% bad titles): 2021-2026 in eight more page types
/// (a constitutional court's press summary, a parliament's written
/// question and answer, an opinion poll's release, an aviation trade
/// page, a government's travel advice, a memoir's chapter, a forum thread,
/// a video page with its transcript and comments).
#[test]
fn the_twentieth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.61,
        precision: 0.63,
        merged: 0,
        kept_apart: 41,
        bad_titles: 0.09,
    };
    let gold = include_str!("fixtures/heldout19/gold.json");
    assert_held_out("the twentieth held-out set", "heldout19", 8, gold, &floors);
}

/// `tests/fixtures/heldout20`, labelled before the extractor ran on it (its
/// first score: recall 0.78, precision 0.76, 4 of 15 merges, 28 of 36
/// groups kept apart, no bad titles): ten ordinary news reports of
/// 2018-2024 in ten outlets' manners (a wire agency, two state agencies, a
/// radio service, regional and Central Asian outlets, a broadsheet's
/// analysis, a think tank's newsletter, a television site, a local site in
/// machine translation), most happenings told by several of them.
#[test]
fn the_twenty_first_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.93,
        precision: 0.86,
        merged: 10,
        kept_apart: 30,
        bad_titles: 0.03,
    };
    let gold = include_str!("fixtures/heldout20/gold.json");
    assert_held_out(
        "the twenty-first held-out set",
        "heldout20",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout21`, labelled before the extractor ran on it (its
/// first score: recall 0.63, precision 0.62, 5 of 24 merges, 80 of 92
/// groups kept apart, 3% bad titles): ten news pages of 2019-2025 (a wire
/// story, a government release, a Russian and a Belarusian state agency,
/// an Azerbaijani outlet, a live blog, an interview, a parliamentary
/// report, an opinion column, a think tank's newsletter), most happenings
/// told by several of them at different precisions.
#[test]
fn the_twenty_second_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.68,
        precision: 0.66,
        merged: 5,
        kept_apart: 79,
        bad_titles: 0.04,
    };
    let gold = include_str!("fixtures/heldout21/gold.json");
    assert_held_out(
        "the twenty-second held-out set",
        "heldout21",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout22`, labelled before the extractor ran on it (its
/// first score: recall 0.77, precision 0.59, 9 of 29 merges, 57 of 70
/// groups kept apart, 1% bad titles): ten pages on the week of the
/// September 2022 attack and the Yerevan summit after it (an Armenian and
/// an international wire, a Russian and a Kazakh state agency, a scraped
/// blog, a live blog, an analysis, a radio interview, a parliamentary
/// report, a weekly digest), 28 of its 29 merges across articles.
#[test]
fn the_twenty_third_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.80,
        precision: 0.61,
        merged: 12,
        // 56: "The Russian Foreign Ministry said that ... Baku and Yerevan
        // had agreed to cease fire from 09:00 on September 13" is now the
        // ceasefire the ministry attributes, not a statement of its own,
        // and the shelling the next sentence reports merges into it.
        kept_apart: 56,
        bad_titles: 0.04,
    };
    let gold = include_str!("fixtures/heldout22/gold.json");
    assert_held_out(
        "the twenty-third held-out set",
        "heldout22",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout23`, labelled before the extractor ran on it (its
/// first score: recall 0.80, precision 0.66, 6 of 22 merges, 53 of 64
/// groups kept apart, no bad titles): ten pages of ordinary news of
/// 2018-2024 in ten outlets' styles (an international wire, an Armenian
/// agency, a Russian state agency, an exile service, a broadcaster's page,
/// an analysis site, a government readout, a newspaper interview, a weekly
/// newsletter, a scraped portal page with its comments), 19 of its 22
/// merges across articles.
#[test]
fn the_twenty_fourth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.83,
        precision: 0.70,
        merged: 5,
        kept_apart: 53,
        bad_titles: 0.04,
    };
    let gold = include_str!("fixtures/heldout23/gold.json");
    assert_held_out(
        "the twenty-fourth held-out set",
        "heldout23",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout24`, labelled before the extractor ran on it (its
/// first score: recall 0.72, precision 0.57, 7 of 25 merges, 40 of 58
/// groups kept apart, 3% bad titles): ten pages of 2019-2025 in styles the
/// sets before had little of (a live blog, a radio transcript, a press
/// review quoting other papers, an explainer with a list of key dates, an
/// agency's machine-made English, a government release with numbered
/// decisions, a column, a fact check, a regional daily with a correction
/// and a think-tank commentary with footnotes), all 25 merges across
/// articles.
#[test]
fn the_twenty_fifth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.70,
        precision: 0.55,
        merged: 6,
        kept_apart: 39,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout24/gold.json");
    assert_held_out(
        "the twenty-fifth held-out set",
        "heldout24",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout25`, labelled before the extractor ran on it (its
/// first score: recall 0.78, precision 0.55, 8 of 28 merges, 45 of 69
/// groups kept apart, 1% bad titles): ten pages of 2022-2024 from the kinds
/// of outlet an archive holds most (wire copy, a state agency, a Russian
/// agency, an independent site, a radio service, a weekly round-up, a
/// morning newsletter, an analysis, a scraped portal and a Q&A explainer)
/// reporting four clusters of happenings again and again, at different
/// precision and from different days, so that all 28 merges are across
/// articles.
#[test]
fn the_twenty_sixth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.80,
        precision: 0.56,
        merged: 7,
        kept_apart: 42,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout25/gold.json");
    assert_held_out(
        "the twenty-sixth held-out set",
        "heldout25",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout26`, labelled before the extractor ran on it (its
/// first score: recall 0.71, precision 0.59, 9 of 31 merges, 86 of 107
/// groups kept apart, 3% bad titles): ten pages of 2018-2025 (wire copy, a
/// Russian agency, a television site, a weekly digest, a government press
/// release, a live blog, a parliament's news service, a think tank's
/// commentary, a scraped page and an interview transcript) on the recall of
/// a secretary general and the fight over his successor, the border
/// crises of 2021 and the refusals of January 2023, each reported again and
/// again at different precision.
#[test]
fn the_twenty_seventh_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.73,
        precision: 0.64,
        merged: 8,
        kept_apart: 82,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout26/gold.json");
    assert_held_out(
        "the twenty-seventh held-out set",
        "heldout26",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout27`, labelled before the extractor ran on it (its
/// first score: recall 0.76, precision 0.59, 9 of 31 merges, 59 of 76
/// groups kept apart, 1% bad titles): ten pages of 2020-2025 (wire copy, a
/// Russian agency, a public broadcaster, a radio programme's summary, a
/// ministry's release, a live blog, an opposition daily, an encyclopedia's
/// page, an analysis newsletter and a question-and-answer explainer) on
/// the 2020 war and what the alliance did
/// not do, Armenia's drift from the bloc in 2023 and the Minsk summit it
/// skipped, and the freeze and the turn to the European Union in 2024-2025.
#[test]
fn the_twenty_eighth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.73,
        precision: 0.56,
        merged: 8,
        kept_apart: 56,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout27/gold.json");
    assert_held_out(
        "the twenty-eighth held-out set",
        "heldout27",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout28`, labelled before the extractor ran on it (its
/// first score: recall 0.48, precision 0.42, 2 of 32 merges, 58 of 70
/// groups kept apart, 7% bad titles): ten pages of 2021-2022 in the styles
/// the other sets have least of (a press conference's and a parliament's
/// records with clock-stamped turns, a television interview, a Telegram
/// channel's digest of stamped posts, a fact check, an op-ed, a weekly
/// roundup of one-line items under day headings, a regional outlet in
/// translation, a think tank's brief with footnotes and a wire factbox) on
/// the incursion of May 2021, the deployment to Kazakhstan in January 2022
/// and the Moscow summit of May 2022.
#[test]
fn the_twenty_ninth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.60,
        precision: 0.40,
        merged: 3,
        kept_apart: 52,
        bad_titles: 0.08,
    };
    let gold = include_str!("fixtures/heldout28/gold.json");
    assert_held_out(
        "the twenty-ninth held-out set",
        "heldout28",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout29`, labelled before the extractor ran on it (its
/// first score: recall 0.81, precision 0.61, 10 of 31 merges, 50 of 69
/// groups kept apart, 1% bad titles): ten pages of 2022-2025 (a live blog
/// with stamped entries, a mobile scrape, a question-and-answer explainer,
/// a ministry's numbered release, a radio transcript, a newsletter digest,
/// wire copy with a correction, a regional outlet in translation with its
/// own spellings, an analysis full of hedges, and a feature told in
/// flashbacks) on the attack of September 2022 and the mission after it,
/// the Yerevan and Minsk summits, the freeze of 2024 and what followed.
#[test]
fn the_thirtieth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.72,
        precision: 0.52,
        merged: 8,
        kept_apart: 45,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout29/gold.json");
    assert_held_out("the thirtieth held-out set", "heldout29", 10, gold, &floors);
}

/// `tests/fixtures/heldout30`, labelled before the extractor ran on it (its
/// first score: recall 0.77, precision 0.51, 14 of 39 merges, 56 of 73
/// groups kept apart, 1% bad titles): ten pages of 2018-2023 (a print
/// edition read by OCR with its broken words and page headers, a Russian
/// agency's English service, an encyclopedia's timeline, a press-club
/// transcript, a court's case report, an opinion column, a weekly roundup,
/// a photo gallery with captions and credits, an archived copy of a page,
/// and a feature with a chronology beside it) on the secretary general's
/// recall, the Bishkek summit, the border advance of May 2021 and the
/// deployment to Kazakhstan.
#[test]
fn the_thirty_first_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.72,
        precision: 0.45,
        merged: 9,
        kept_apart: 50,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout30/gold.json");
    assert_held_out(
        "the thirty-first held-out set",
        "heldout30",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout31`, labelled before the extractor ran on it (its
/// first score: recall 0.69, precision 0.71, 12 of 27 merges, 49 of 58
/// groups kept apart, 3% bad titles): ten pages of September 2023 to
/// February 2024 (a consultancy's flash note, a wire's alerts archive, the
/// UN's meetings coverage, a diaspora weekly, a bill tracker, a page built
/// round embedded posts, a lecture handout, a television newsroom script, a
/// reader live chat and a story with a correction appended) on the fall of
/// Nagorno-Karabakh, the Rome Statute's ratification and the summits
/// Armenia stayed away from.
#[test]
fn the_thirty_second_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.64,
        precision: 0.62,
        merged: 9,
        kept_apart: 44,
        bad_titles: 0.06,
    };
    let gold = include_str!("fixtures/heldout31/gold.json");
    assert_held_out(
        "the thirty-second held-out set",
        "heldout31",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout32`, labelled before the extractor ran on it (its
/// first score: recall 0.71, precision 0.52, 7 of 26 merges, 46 of 53
/// groups kept apart, 1% bad titles): ten pages of 2024 and early 2025 (a
/// press-conference transcript, a fact-check, an emailed newsletter, a
/// podcast's show notes, a parliament's question time, a think tank's
/// commentary with footnotes, a regional story in translation, a ministry's
/// press release, a question-and-answer explainer and a photo gallery) on
/// Armenia's freeze of its membership, the border guards leaving Zvartnots,
/// the Astana summit and the law on joining the European Union.
#[test]
fn the_thirty_third_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.66,
        precision: 0.52,
        merged: 6,
        kept_apart: 43,
        bad_titles: 0.06,
    };
    let gold = include_str!("fixtures/heldout32/gold.json");
    assert_held_out(
        "the thirty-third held-out set",
        "heldout32",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout33`, labelled before the extractor ran on it (its
/// first score: recall 0.68, precision 0.43, 6 of 31 merges, 53 of 69
/// groups kept apart, 3% bad titles): ten pages of autumn 2020 and the
/// winter after (a year in review, a radio bulletin's script, a week-ahead
/// calendar, a profile of a departing minister, a letters page with a
/// correction, a refiled wire story, a tag page of snippets, a story with
/// its comment thread, a this-week-in-history column and a research
/// briefing converted from PDF) on the Karabakh war, Armenia's appeal to
/// Moscow, the ceasefire of 10 November and what the CSTO said of them.
#[test]
fn the_thirty_fourth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.63,
        precision: 0.40,
        merged: 5,
        kept_apart: 49,
        bad_titles: 0.06,
    };
    let gold = include_str!("fixtures/heldout33/gold.json");
    assert_held_out(
        "the thirty-fourth held-out set",
        "heldout33",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout34`, labelled before the extractor ran on it (its
/// first score: recall 0.65, precision 0.41, 9 of 33 merges, 66 of 95
/// groups kept apart, 3% bad titles): ten pages of September 2022 to
/// December 2023 (a TV report's subtitles, a feed saved as text, a wiki
/// section with its references, slides with speaker notes, a conference
/// programme and its report, a newsroom chat, a chronology laid out as a
/// table, a student's revision notes, an analyst's ask-me-anything and a
/// wire reconstruction of two nights) on the attack of September 2022, the
/// Yerevan summit, the refused exercises and the exodus from Karabakh.
#[test]
fn the_thirty_fifth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.60,
        precision: 0.36,
        merged: 6,
        kept_apart: 58,
        bad_titles: 0.06,
    };
    let gold = include_str!("fixtures/heldout34/gold.json");
    assert_held_out(
        "the thirty-fifth held-out set",
        "heldout34",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout35`, labelled before the extractor ran on it (its
/// first score: recall 0.58, precision 0.29, 5 of 40 merges, 56 of 78
/// groups kept apart, 11% bad titles): ten pages of 2022 to 2025 (a
/// calendar export, two governments' readouts of one call side by side, a
/// phone's notification history, a memo in the style of a cable, a TV
/// debate with crosstalk, a thread of posts with content warnings, a "five
/// things to know" list, a newspaper's corrections log, a bilingual
/// glossary and a course's week list) on the call of September 2022, the
/// freeze, "we will leave", the Astana summit and the EU accession law.
#[test]
fn the_thirty_sixth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.58,
        precision: 0.34,
        merged: 4,
        kept_apart: 50,
        bad_titles: 0.07,
    };
    let gold = include_str!("fixtures/heldout35/gold.json");
    assert_held_out(
        "the thirty-sixth held-out set",
        "heldout35",
        10,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout36`, labelled before the extractor ran on it (its
/// first score: recall 0.74, precision 0.63, 8 of 37 merges, 58 of 81
/// groups kept apart, no bad titles): twelve news stories of 2018 to 2025
/// as saved from a dozen outlets' pages, with their menus, captions and
/// related links (wire copy, a Russian agency's English service, an
/// Armenian independent site, a Kazakh agency, a European broadsheet, a
/// radio service, an analysis, a story updated through the day, an
/// interview written up, a follow-up, a story with an explainer box, a
/// parliament story), two of them dated only by their byline or stamp.
#[test]
fn the_thirty_seventh_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.76,
        precision: 0.61,
        merged: 7,
        kept_apart: 54,
        bad_titles: 0.04,
    };
    let gold = include_str!("fixtures/heldout36/gold.json");
    assert_held_out(
        "the thirty-seventh held-out set",
        "heldout36",
        12,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout37`, labelled before the extractor ran on it (its
/// first score: recall 0.78, precision 0.71, 13 of 30 merges, 72 of 92
/// groups kept apart, 1% bad titles): twelve news pages of 2019 to 2025 in
/// styles the set before lacked (a presidential press release reprinted,
/// a business paper, an agency's brief of three items, a live page turned
/// into a story, a think-tank's newsletter, a weekly roundup, an exile
/// outlet's English service, a television channel's story of its
/// broadcast, an evening briefing, a question-and-answer explainer, a
/// story with a timeline box, a story with its correction), two of them
/// dated only by the stamp under their masthead or byline.
#[test]
fn the_thirty_eighth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.77,
        precision: 0.69,
        merged: 12,
        kept_apart: 68,
        bad_titles: 0.04,
    };
    let gold = include_str!("fixtures/heldout37/gold.json");
    assert_held_out(
        "the thirty-eighth held-out set",
        "heldout37",
        12,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout38`, labelled before the extractor ran on it (its
/// first score: recall 0.74, precision 0.55, 6 of 30 merges, 77 of 104
/// groups kept apart, 3% bad titles): twelve pages of 2022 to 2025 in
/// styles no set had (a local paper's wire story with an editor's insert,
/// a city's guide to road closures, a reporter's notebook, a "what we
/// know" explainer, a photo agency's archive search, a wire agency's
/// coverage advisory, a news site for children, an aggregator's e-mail
/// digest, a weekly news quiz, an obituary dated only by its stamp, a book
/// review, an anniversary piece).
#[test]
fn the_thirty_ninth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.73,
        precision: 0.54,
        merged: 5,
        kept_apart: 74,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout38/gold.json");
    assert_held_out(
        "the thirty-ninth held-out set",
        "heldout38",
        12,
        gold,
        &floors,
    );
}

/// `tests/fixtures/heldout39`, labelled before the extractor ran on it (its
/// first score: recall 0.61, precision 0.41, 9 of 30 merges, 49 of 68
/// groups kept apart, 1% bad titles): twelve pages of 2018 to 2025 in
/// styles no set had (a press-freedom group's bulletin, a written question
/// to a minister and its answer, a think tank's event recap, a student
/// paper, a markets brief, a travel risk advisory, a foreign-press
/// roundup, a diaspora radio call-in dated only by its broadcast line, a
/// year in numbers, an opinion poll's release, a voter guide, a parish
/// bulletin).
#[test]
fn the_fortieth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.70,
        precision: 0.46,
        merged: 10,
        kept_apart: 50,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout39/gold.json");
    assert_held_out("the fortieth held-out set", "heldout39", 12, gold, &floors);
}

/// `tests/fixtures/heldout40`, labelled before the extractor ran on it (its
/// first score: recall 0.65, precision 0.42, 6 of 33 merges, 53 of 68
/// groups kept apart, 2% bad titles): twelve pages of 2018 to 2025 in
/// styles no set had (a museum's exhibition page, a wiki talk page dated
/// only by its footer, a school lesson plan, a week in politics written as
/// a match report, an alumni magazine's class notes, an auction catalogue,
/// a film festival's catalogue entry, a library's reading list, a walking
/// tour, an airline's travel update, a petition with the government's
/// answer, a readers' editor's column of corrections).
#[test]
fn the_forty_first_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.66,
        precision: 0.45,
        merged: 7,
        kept_apart: 50,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout40/gold.json");
    assert_held_out(
        "the forty-first held-out set",
        "heldout40",
        12,
        gold,
        &floors,
    );
}

#[test]
fn the_forty_second_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.49,
        precision: 0.27,
        merged: 6,
        kept_apart: 47,
        bad_titles: 0.11,
    };
    let gold = include_str!("fixtures/heldout41/gold.json");
    assert_held_out(
        "the forty-second held-out set",
        "heldout41",
        12,
        gold,
        &floors,
    );
}

#[test]
fn the_forty_third_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.50,
        precision: 0.32,
        merged: 5,
        kept_apart: 52,
        bad_titles: 0.06,
    };
    let gold = include_str!("fixtures/heldout42/gold.json");
    assert_held_out(
        "the forty-third held-out set",
        "heldout42",
        12,
        gold,
        &floors,
    );
}

#[test]
fn the_forty_fourth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.70,
        precision: 0.49,
        merged: 7,
        kept_apart: 47,
        bad_titles: 0.06,
    };
    let gold = include_str!("fixtures/heldout43/gold.json");
    assert_held_out(
        "the forty-fourth held-out set",
        "heldout43",
        12,
        gold,
        &floors,
    );
}

#[test]
fn the_forty_fifth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.75,
        precision: 0.50,
        merged: 10,
        kept_apart: 60,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout44/gold.json");
    assert_held_out(
        "the forty-fifth held-out set",
        "heldout44",
        12,
        gold,
        &floors,
    );
}

#[test]
fn the_forty_sixth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.65,
        precision: 0.55,
        merged: 12,
        kept_apart: 68,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout45/gold.json");
    assert_held_out(
        "the forty-sixth held-out set",
        "heldout45",
        12,
        gold,
        &floors,
    );
}

#[test]
fn the_forty_seventh_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.70,
        precision: 0.52,
        merged: 7,
        kept_apart: 48,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout46/gold.json");
    assert_held_out(
        "the forty-seventh held-out set",
        "heldout46",
        12,
        gold,
        &floors,
    );
}

#[test]
fn the_forty_eighth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.78,
        precision: 0.66,
        merged: 18,
        kept_apart: 54,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout47/gold.json");
    assert_held_out(
        "the forty-eighth held-out set",
        "heldout47",
        12,
        gold,
        &floors,
    );
}

#[test]
fn the_forty_ninth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.74,
        precision: 0.62,
        merged: 9,
        kept_apart: 40,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout48/gold.json");
    assert_held_out(
        "the forty-ninth held-out set",
        "heldout48",
        12,
        gold,
        &floors,
    );
}

#[test]
fn the_fiftieth_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.77,
        precision: 0.70,
        merged: 16,
        kept_apart: 54,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout49/gold.json");
    assert_held_out("the fiftieth held-out set", "heldout49", 12, gold, &floors);
}

#[test]
fn the_fifty_first_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.60,
        precision: 0.45,
        merged: 15,
        kept_apart: 65,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout50/gold.json");
    assert_held_out(
        "the fifty-first held-out set",
        "heldout50",
        12,
        gold,
        &floors,
    );
}

#[test]
fn the_fifty_second_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.55,
        precision: 0.44,
        merged: 8,
        kept_apart: 68,
        bad_titles: 0.06,
    };
    let gold = include_str!("fixtures/heldout51/gold.json");
    assert_held_out(
        "the fifty-second held-out set",
        "heldout51",
        12,
        gold,
        &floors,
    );
}

#[test]
fn the_fifty_third_held_out_set_scores_above_its_floors() {
    let floors = Floors {
        recall: 0.47,
        precision: 0.58,
        merged: 14,
        kept_apart: 88,
        bad_titles: 0.05,
    };
    let gold = include_str!("fixtures/heldout52/gold.json");
    assert_held_out(
        "the fifty-third held-out set",
        "heldout52",
        12,
        gold,
        &floors,
    );
}

// The scorer's parts, against what the reference scorer's Python gives.

fn blocks(a: &str, b: &str) -> Vec<(usize, usize, usize)> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    matching_blocks(&a, &b)
        .into_iter()
        .map(|m| (m.a, m.b, m.size))
        .collect()
}

#[test]
fn matching_blocks_are_those_of_difflib() {
    assert_eq!(blocks("abxcd", "abcd"), [(0, 0, 2), (3, 2, 2), (5, 4, 0)]);
    assert_eq!(
        blocks("qabxcd", "abycdf"),
        [(1, 0, 2), (4, 3, 2), (6, 6, 0)]
    );
    assert_eq!(blocks("", "abc"), [(0, 3, 0)]);
    assert_eq!(blocks("aaab", "abaa"), [(0, 2, 2), (4, 4, 0)]);
    assert_eq!(blocks("abcab", "ababcab"), [(0, 2, 5), (5, 7, 0)]);
    assert_eq!(blocks("xyzabcxyabc", "abcabcxy"), [(3, 3, 5), (11, 8, 0)]);
}

#[test]
fn text_is_normalised_as_the_reference_does() {
    assert_eq!(
        norm("  Caf\u{e9}\u{a0}\u{2019}s \n \u{201c}Zas\u{201d} "),
        "cafe 's \"zas\""
    );
    assert_eq!(
        tokens("Lukashenka\u{2019}s 2022-11-23"),
        ["lukashenka", "s", "2022", "11", "23"]
    );
    assert_eq!(py_repr("Nikol Pashinyan"), "'Nikol Pashinyan'");
    assert_eq!(py_repr("Zas'"), "\"Zas'\"");
    assert_eq!(py_repr("a\"b'"), "'a\"b\\''");
    assert_eq!(py_repr("x\\y"), "'x\\\\y'");
}

#[test]
fn a_quote_covers_most_of_a_fragment_within_a_short_stretch() {
    assert!(covers(
        "On Wednesday he refused to sign it.",
        "he refused to sign"
    ));
    assert!(covers(
        "Pashinyan on Wednesday refused to sign the final declaration of the summit",
        "on Wednesday refused to sign the summit's final declaration"
    ));
    assert!(!covers(
        "He said on January 10 that it was over",
        "she said on January 10 that the drills were off"
    ));
}

#[test]
fn titles_are_judged_by_the_reference_rules() {
    let cases = [
        ("", Some("empty")),
        (
            "\u{201c}We will not sign\u{201d}",
            Some("quotation with no speaker"),
        ),
        ("\u{201c}We will not sign,\u{201d} Pashinyan says", None),
        ("He refuses to sign", Some("framing clause or pronoun")),
        ("Pashinyan refuses to sign the", Some("ends mid-phrase")),
        (
            "Pashinyan refuses , to sign",
            Some("debris of a removed phrase"),
        ),
        ("Pashinyan refuses to sign the declaration", None),
        ("Pashinyan\u{2019}s refusal", None),
        (
            "Pashinyan \u{2019}s refusal",
            Some("debris of a removed phrase"),
        ),
        ("the CSTO meets", Some("starts in lower case")),
        ("\u{2014} CSTO meets", Some("starts with punctuation")),
        ("CSTO meets on\n.", Some("debris of a removed phrase")),
        ("CSTO meets on\n\u{2026}", Some("ends mid-phrase")),
        ("Zas says \u{201c}no", Some("unbalanced quotation marks")),
    ];
    for (title, why) in cases {
        assert_eq!(bad_title(title), why, "{title:?}");
    }
}
