//! Merging: reports of one happening, in one article or several, become one
//! event carrying every source, dated by the most precise of them.
//!
//! Two reports are taken for one happening when their dates agree (one
//! period holds the other; an undated report follows the happening), the
//! actors who act in them are the same (or one is the other's state), and
//! they share enough distinctive words (a TF-IDF cosine over content words,
//! actors, topics and the kinds of happening the topics file lists, a kind
//! weighing twice a word; a statement's own speaker is left out, so that
//! statements are compared by what was said). A quotation right after its
//! speaker's statement is that statement, whatever words they share, and so
//! is a state's spokesman quoted soon after the statement the article dated
//! for that state. Merging is greedy, best pair first, and a merge that
//! would put two dates of one sentence, or two disagreeing dates, or two
//! different acting actors into one event is refused. It errs on the side of
//! keeping events apart: two events that should be one are a nuisance, one
//! event that should be two is a falsehood.

mod blocking;
mod vectors;

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::reports::{Report, Reports, Word, Words};
use crate::model::EventDate;
use vectors::Vectors;

/// How many days apart two reports of one statement may be dated.
const SAME_STATEMENT_DAYS: i64 = 7;

/// Similarity needed to merge a happening named by a noun phrase with a
/// report of the same day.
const NAMED_THRESHOLD: f64 = 0.12;

/// Similarity needed when the article that names a happening ("ahead of
/// Thursday's summit") has told of a happening of that day itself: it names
/// what it told, and a topic in common is enough.
const NAMED_IN_ITS_ARTICLE_THRESHOLD: f64 = 0.03;

/// Similarity needed to merge reports of one actor on one day in two articles.
const CROSS_ARTICLE_THRESHOLD: f64 = 0.12;
/// An entry of an article's list of dates and a sentence of its story of
/// the same day, one a deed as the other is: the list retells the story.
const LISTED_RETOLD_THRESHOLD: f64 = 0.10;

/// Similarity needed to merge what one speaker said on one day, as two
/// articles quote it: a spokesman's briefing or a press conference is one
/// occasion, told in each outlet's own words and choice of quotation.
const SAME_OCCASION_THRESHOLD: f64 = 0.10;

/// Similarity needed to merge two reports whose own dates agree.
const DATED_THRESHOLD: f64 = 0.30;
/// The same, for reports in two articles: each outlet tells a happening
/// in its own words, where one article telling two alike tells two.
const DATED_ACROSS_THRESHOLD: f64 = 0.28;
// Across articles the bars are lower than within one, never higher.
const _: () = assert!(DATED_ACROSS_THRESHOLD < DATED_THRESHOLD);
const _: () = assert!(NO_SUBJECT_ACROSS_THRESHOLD < NO_SUBJECT_THRESHOLD);

/// Similarity needed when a report is dated only by its publication.
const APPROXIMATE_THRESHOLD: f64 = 0.30;
/// Similarity needed for two articles' reports of one kind of happening in
/// one period when neither shows who acts.
const SAME_KIND_THRESHOLD: f64 = 0.25;
/// Similarity needed for two articles' reports of one actor doing one kind
/// of happening (see the kinds in the topics file) in one period, told in
/// each outlet's own words: "Azerbaijani troops attacked Armenian territory
/// in September 2022" and "Azerbaijani forces shelled towns ... on
/// September 13".
const SAME_ACTOR_KIND_THRESHOLD: f64 = 0.23;
/// Similarity needed to merge a part of a happening with the whole on its
/// day (see `Lexicon::part_and_whole`): "Pashinyan did not attend" names
/// no summit, but the summit of that day is what he did not attend.
const PART_AND_WHOLE_THRESHOLD: f64 = 0.05;

/// Similarity needed for two articles' noun phrases that name a thing of
/// one time, neither telling who did it ("the 1997 treaty of friendship",
/// "their bilateral treaty of 1997").
const NAMED_ALIKE_THRESHOLD: f64 = 0.23;

/// Similarity two reports of different kinds of happening need, at least.
const KINDS_DIFFER_THRESHOLD: f64 = 0.5;

/// Similarity needed when neither report shows who acts.
const NO_SUBJECT_THRESHOLD: f64 = 0.45;
/// The same, for reports in two articles: an article seldom tells one
/// happening twice, while two outlets telling the war's start or the
/// treaty's signing in their own words, one naming no doer, often do.
const NO_SUBJECT_ACROSS_THRESHOLD: f64 = 0.38;

/// How close to its threshold a pair must come to link two groups that are
/// then compared as wholes.
const NEAR_SHARE: f64 = 0.6;

/// The lowest similarity a pair of reports of different days needs, near
/// pairs included: blocking never looks at such pairs below it. The lower
/// thresholds of reports of one day (`NAMED_THRESHOLD`,
/// `CROSS_ARTICLE_THRESHOLD`) are met by pairing the reports of each day
/// with one another instead, which a day's few reports make cheap.
const FLOOR: f64 = NEAR_SHARE
    * DATED_THRESHOLD
        .min(APPROXIMATE_THRESHOLD)
        .min(NO_SUBJECT_THRESHOLD)
        .min(NO_SUBJECT_ACROSS_THRESHOLD)
        .min(DATED_ACROSS_THRESHOLD)
        .min(SAME_KIND_THRESHOLD)
        .min(SAME_ACTOR_KIND_THRESHOLD)
        .min(NAMED_ALIKE_THRESHOLD);

/// How long after a happening a report dated only by its publication may
/// still be a report of it: a statement of today is not a late account of
/// something years ago.
const REACH_BACK_DAYS: i64 = 366;

/// How much more a kind of happening weighs than a word as rare.
const KIND_WEIGHT: f64 = 2.0;

/// A lookup by actor id that merging may call from several threads.
pub type CountryOf<'a> = &'a (dyn Fn(&str) -> Option<&'a str> + Sync);

/// What an actor stands within, by actor id, for merging: its state (or,
/// for a body, its organization), and, for a person, the organization
/// whose office they hold.
#[derive(Clone, Copy)]
pub struct Belonging<'a> {
    pub country_of: CountryOf<'a>,
    pub office_of: CountryOf<'a>,
}

/// Groups `reports` into events: each group is a list of indices into
/// `reports.list`.
pub fn group(reports: &Reports, belonging: Belonging) -> Vec<Vec<usize>> {
    let candidates = &reports.list[..];
    // What is read of each report one after another, in two independent
    // halves: one core makes the vectors while the other makes the rest.
    let ((lexicon, vectors), (keys, parts, reaches)) = rayon::join(
        || {
            let lexicon = Lexicon::new(reports, belonging);
            let vectors = vectors_of(reports, &lexicon);
            (lexicon, vectors)
        },
        || {
            let reaches: Vec<blocking::Reach> = candidates.iter().map(reach).collect();
            (
                keys_of(candidates),
                subject_parts(reports, belonging),
                reaches,
            )
        },
    );
    // The quotations are found by one core beside blocking, which the
    // other cores share.
    let (found, quotations) = rayon::join(
        || {
            blocking::scored_pairs(
                &vectors,
                &parts,
                &reaches,
                FLOOR,
                BEST_PER_REPORT,
                |i, j, spread| {
                    let cosine = || spread.cosine(&vectors, i);
                    pair_score(candidates, &keys, i, j, &lexicon, cosine)
                },
            )
        },
        || quotations_of(candidates, &lexicon),
    );
    // Reports of one exact day may merge on fewer shared words than
    // blocking looks for: pair them within their day.
    let mut days: HashMap<EventDate, Vec<usize>> = HashMap::new();
    for (i, c) in candidates.iter().enumerate() {
        if one_day(c) {
            days.entry(c.date).or_default().push(i);
        }
    }
    // The days are scored on every core; the order pairs are found in is
    // no matter, since they are sorted on all they hold before merging.
    let days: Vec<Vec<usize>> = days.into_values().collect();
    let same_day: Vec<blocking::ScoredPair> = days
        .par_iter()
        .flat_map_iter(|members| {
            let mut pairs = Vec::new();
            for (i, j) in day_pairs(members, &vectors) {
                // A pair at the floor or above is blocking's to find.
                if vectors.cosine(i, j) >= FLOOR {
                    continue;
                }
                let cosine = || vectors.cosine(i, j);
                if let Some(score) = pair_score(candidates, &keys, i, j, &lexicon, cosine) {
                    pairs.push((score, i as u32, j as u32));
                }
            }
            pairs
        })
        .collect();
    drop(days);
    // Joined with room for what is added: a large corpus has millions of
    // pairs, and a list grown later was copied, held twice while it was.
    // A pair blocking kept is scored by its cosine, as `pair_score` scored it.
    let mut scored = found.join(same_day.len() + quotations.len(), |i, j| {
        let cosine = vectors.cosine(i, j);
        debug_assert_eq!(
            pair_score(candidates, &keys, i, j, &lexicon, || cosine),
            Some(cosine)
        );
        cosine
    });
    scored.extend(same_day);
    with_quotation_pairs(&mut scored, quotations);
    split_and_merge(candidates, &keys, &vectors, scored, &lexicon)
}

/// A day with more reports than this pairs only reports that share a term
/// few of the day's reports hold: a news day has a few dozen reports, all
/// paired; a large archive's busiest days have thousands, and pairing them
/// all would make merging quadratic in the archive.
const SMALL_DAY: usize = 256;

/// How many of a busy day's reports may hold a term for it to pair them.
/// A term most of the day's reports hold says nothing of which happening
/// they tell.
const DAY_TERM_REPORTS: usize = 64;

/// The pairs of one day's reports to score, each once, as `(i, j)` with
/// `i` before `j` in `members`' order.
fn day_pairs(members: &[usize], vectors: &Vectors) -> Vec<(usize, usize)> {
    if members.len() <= SMALL_DAY {
        return members
            .iter()
            .enumerate()
            .flat_map(|(n, &i)| members[n + 1..].iter().map(move |&j| (i, j)))
            .collect();
    }
    let mut holders: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (n, &i) in members.iter().enumerate() {
        for &term in vectors.terms(i) {
            holders.entry(term).or_default().push(n as u32);
        }
    }
    let mut pairs: Vec<(u32, u32)> = holders
        .values()
        .filter(|held| held.len() <= DAY_TERM_REPORTS)
        .flat_map(|held| {
            held.iter()
                .enumerate()
                .flat_map(move |(k, &a)| held[k + 1..].iter().map(move |&b| (a, b)))
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
        .into_iter()
        .map(|(a, b)| (members[a as usize], members[b as usize]))
        .collect()
}

/// The pairs that go on with one another whatever words they share: a
/// quotation after its speaker's statement, a report told again.
fn quotations_of(candidates: &[Report], lexicon: &Lexicon) -> Vec<blocking::ScoredPair> {
    let mut quotations = quotation_pairs(candidates, lexicon);
    quotations.extend(told_pairs(candidates, lexicon));
    quotations
}

/// Adds the quotation pairs to `scored`, each pair once, at its best.
fn with_quotation_pairs(
    scored: &mut Vec<blocking::ScoredPair>,
    quotations: Vec<blocking::ScoredPair>,
) {
    let quoted: std::collections::HashSet<(u32, u32)> =
        quotations.iter().map(|q| (q.1, q.2)).collect();
    scored.retain(|(_, i, j)| !quoted.contains(&(*i, *j)));
    scored.reserve_exact(quotations.len());
    scored.extend(quotations);
}

/// A quotation right after its speaker's statement goes on with it
/// ("Peskov said Moscow would study the drills. “We will study it
/// deeply,” he said."): one statement, whatever words the two share.
fn quotation_pairs(candidates: &[Report], lexicon: &Lexicon) -> Vec<blocking::ScoredPair> {
    let mut pairs = Vec::new();
    for i in 0..candidates.len() {
        for j in i + 1..candidates.len().min(i + 1 + QUOTE_REACH) {
            if continues_quotation(&candidates[i], &candidates[j], lexicon) {
                pairs.push((1.0, i as u32, j as u32));
            }
        }
    }
    pairs
}

/// A report that names its happening as one already told ("The procedure
/// Yerevan set in motion was completed last Friday", "Pashinyan told
/// Lukashenka of his decision") goes on with the nearest report before it
/// in its article of the same date and actor: one happening, told again.
/// What the two who met did there ("The sides discussed ...") goes on with
/// the occasion (see the topics file's `occasion`).
fn told_pairs(candidates: &[Report], lexicon: &Lexicon) -> Vec<blocking::ScoredPair> {
    let mut pairs = Vec::new();
    for (j, told) in candidates.iter().enumerate() {
        if !told.refers_back {
            continue;
        }
        let before = &candidates[j.saturating_sub(TOLD_REACH)..j];
        // "Putin has said that ... ¶ Putin made the remarks in an
        // interview aired on Wednesday": a statement its article dated only
        // by the publication was made on the day the telling gives it.
        let dated_by_the_telling = |c: &Report| {
            told.speech
                && c.speech
                && c.approximate
                && !told.approximate
                && told.date.day_value().is_some()
                && c.date.day_value().is_some()
                && (1..=SAME_STATEMENT_DAYS)
                    .contains(&(c.date.first_day() - told.date.last_day()).num_days())
        };
        let same_time = |c: &Report| {
            c.document == told.document
                && c.sentence.end <= told.sentence.start
                && (c.date == told.date || dated_by_the_telling(c))
                && c.subject.is_some()
        };
        let same_actor = |c: &Report| {
            told.subject
                .as_ref()
                .is_none_or(|s| c.subject.as_ref() == Some(s))
        };
        // "The interlocutors discussed ...": a deed that points back goes
        // with the occasion it was part of (the meeting told before it, by
        // whichever of the two who met), past what was said there; else
        // with the report of its actor just before it. The talk may be
        // dated only roughly, by the story the occasion gave its day.
        let occasion = |c: &Report| {
            !c.speech
                && (!c.approximate || told.approximate)
                && c.terms.iter().any(|t| lexicon.occasions.contains(t))
        };
        let earlier = before
            .iter()
            .enumerate()
            .rev()
            .find(|(_, c)| same_time(c) && occasion(c))
            .or_else(|| {
                before.iter().enumerate().rev().find(|(_, c)| {
                    same_time(c)
                        && (c.approximate == told.approximate || dated_by_the_telling(c))
                        && same_actor(c)
                })
            });
        if let Some((n, _)) = earlier {
            let i = j.saturating_sub(TOLD_REACH) + n;
            pairs.push((1.0, i as u32, j as u32));
        }
    }
    pairs
}

/// How many reports back the happening a report points to may be found.
const TOLD_REACH: usize = 12;

/// How many reports after a statement its quotation may be found among (a
/// sentence yields few).
const QUOTE_REACH: usize = 4;

fn continues_quotation(statement: &Report, quote: &Report, lexicon: &Lexicon) -> bool {
    let gap = quote.sentence.start.saturating_sub(statement.sentence.end);
    let (Some(said_by), Some(quoted)) = (statement.subject, quote.subject) else {
        return false;
    };
    // "The Kremlin said on Friday it would ask Armenia to explain ... ¶
    // “We will contact our Armenian colleagues,” Kremlin spokesman Dmitry
    // Peskov told reporters": the state's own spokesman, quoted next and
    // dated only by the report, goes on with the statement the article
    // dated.
    // ("Pashinian has said that Armenia will not host the drills ¶ “...,”
    // Pashinian told a news conference on January 10": a lead the article
    // dated only by its publication, quoted next on that very day.)
    let speaker_goes_on = said_by == quoted
        && (statement.approximate == quote.approximate
            || (statement.approximate && quote.date.day_value().is_some()));
    let spokesman_goes_on = lexicon.speaks_for(quoted, said_by)
        && !statement.approximate
        && quote.approximate
        && gap <= SPOKESMAN_REACH;
    statement.document == quote.document
        && statement.speech
        && quote.speech
        && quote.quotation
        && (speaker_goes_on || spokesman_goes_on)
        && statement.date == quote.date
        && statement.sentence.end <= quote.sentence.start
        && (gap <= 3 || spokesman_goes_on)
}

/// How far (in bytes of text between them) a spokesman's quotation may
/// stand from the statement of the state it goes on with: the next
/// paragraph, or the one after a short paragraph of context.
const SPOKESMAN_REACH: u32 = 400;

/// The days a report can be one happening with ([`dates_agree`]): its own;
/// for a report dated by its publication, the year before too
/// ([`reaches_back`]), or the week before for a statement, which neither
/// recalls an older deed nor is the statement of another week. Two reports
/// whose dates agree have reaches that overlap, unless both are dated by
/// their publication and one is no statement ([`reports_back`]): those may
/// pair whatever their days, so they are open, the one that is no statement
/// wide open.
fn reach(c: &Report) -> blocking::Reach {
    use chrono::Datelike;
    let back = match (c.approximate, c.speech) {
        (false, _) => 0,
        _ if c.rough => ROUGH_SLACK_DAYS as i64,
        (true, true) => SAME_STATEMENT_DAYS,
        _ if c.placed => PLACED_REACH_DAYS,
        (true, false) => REACH_BACK_DAYS,
    };
    // A month or a day placed roughly by the story reaches a month past its own.
    let ahead = if c.approximate && (c.date.day_value().is_none() || c.rough) {
        ROUGH_SLACK_DAYS as i32
    } else {
        0
    };
    blocking::Reach {
        first: c.date.first_day().num_days_from_ce() - back as i32,
        last: c.date.last_day().num_days_from_ce() + ahead,
        open: match (c.approximate, c.speech) {
            (false, _) => blocking::Open::No,
            _ if c.rough => blocking::Open::No,
            (true, true) => blocking::Open::Ajar,
            _ if c.placed => blocking::Open::No,
            (true, false) => blocking::Open::Wide,
        },
    }
}

/// How many of its best pairs each report keeps: enough to join it to the
/// happening it tells of, however many articles tell it too.
const BEST_PER_REPORT: usize = 24;

/// Keeps each report's best pairs (as the later report of the pair), then
/// merges: pairs at their threshold first; pairs a little under it may
/// still link two groups that resemble each other as wholes.
fn split_and_merge(
    candidates: &[Report],
    keys: &[Key],
    vectors: &Vectors,
    mut scored: Vec<blocking::ScoredPair>,
    lexicon: &Lexicon,
) -> Vec<Vec<usize>> {
    // The order compares all a pair holds, so that any sort gives one order
    // (a pair found twice is found alike): sorting on every core is safe.
    scored.par_sort_unstable_by(|x, y| x.2.cmp(&y.2).then(y.0.total_cmp(&x.0)).then(x.1.cmp(&y.1)));
    // Pairs are kept and split in place: a large corpus has millions.
    let mut run = 0;
    let mut previous = None;
    scored.retain(|pair| {
        run = if previous == Some(pair.2) { run + 1 } else { 0 };
        previous = Some(pair.2);
        run < BEST_PER_REPORT
    });
    // Which pairs are near rather than at their threshold is found on every
    // core; the split itself keeps the pairs' order.
    let is_near: Vec<bool> = scored
        .par_iter()
        .map(|&(score, i, j)| {
            !threshold(candidates, i as usize, j as usize, lexicon).is_some_and(|t| score >= t)
        })
        .collect();
    let mut at = 0;
    let near: Vec<blocking::ScoredPair> = scored
        .extract_if(.., |_| {
            at += 1;
            is_near[at - 1]
        })
        .collect();
    drop(is_near);
    let mut pairs = scored;
    pairs.shrink_to_fit();
    merge_pairs(candidates, keys, vectors, pairs, near, lexicon)
}

/// Sorts reports by the state their acting actor belongs to, so that
/// blocking never pairs reports whose actors cannot agree. Two actors agree
/// only when one is the other or the other's state, so following `country_of`
/// to its end (or to the least id of a cycle) gives agreeing actors one part;
/// a report that shows no actor is in no part and may merge with any. So is
/// a report of a part of a happening (staying away from a summit), which
/// merges with the whole whoever acts in it (see `Lexicon::part_and_whole`).
/// And a report of what a person holding an office does, which may be a
/// deed of their state or of the organization whose office they hold, and
/// a deed at a gathering.
fn subject_parts(reports: &Reports, belonging: Belonging) -> Vec<Option<u32>> {
    let mut roots: HashMap<Word, String> = HashMap::new();
    let mut numbers: HashMap<String, u32> = HashMap::new();
    reports
        .list
        .iter()
        .map(|c| {
            if reports
                .kind_parts
                .iter()
                .any(|(part, _)| c.terms.contains(part))
            {
                return None;
            }
            // Several acting together may be named first in another
            // report: such a report is in no part.
            if !c.joint.is_empty() {
                return None;
            }
            // Nor is a deed at a gathering, which its host, its guests and
            // the bloc all act in (see `Lexicon::one_occasion`).
            if !c.speech
                && c.terms.iter().any(|t| {
                    reports.occasions.contains(t) && !reports.words.spell(*t).starts_with("!~")
                })
            {
                return None;
            }
            let subject = c.subject?;
            if (belonging.office_of)(reports.words.spell(subject)).is_some() {
                return None;
            }
            let root = roots
                .entry(subject)
                .or_insert_with(|| chain_end(reports.words.spell(subject), belonging.country_of))
                .clone();
            let next = numbers.len() as u32;
            Some(*numbers.entry(root).or_insert(next))
        })
        .collect()
}

fn chain_end(actor: &str, country_of: CountryOf) -> String {
    let mut chain = vec![actor.to_owned()];
    while let Some(next) = country_of(chain.last().map_or("", String::as_str)) {
        if let Some(start) = chain.iter().position(|a| a == next) {
            return chain[start..]
                .iter()
                .min()
                .cloned()
                .unwrap_or_else(|| next.to_owned());
        }
        chain.push(next.to_owned());
    }
    chain.pop().unwrap_or_default()
}

/// The similarity of reports `i < j` if it is enough for them to merge;
/// `cosine` gives their vectors' cosine, asked for only when the cheaper
/// tests pass.
fn pair_score(
    candidates: &[Report],
    keys: &[Key],
    i: usize,
    j: usize,
    lexicon: &Lexicon,
    cosine: impl FnOnce() -> f64,
) -> Option<f64> {
    // The same tests as a loop over all pairs makes, the cheapest first,
    // on the reports' keys: most pairs end here.
    let (a, b) = (&keys[i], &keys[j]);
    if same_sentence(a, b)
        || !dates_agree(a, b)
        || two_remarks_of_one_article(a, b)
        || told_as_another(a, b)
        || places_differ(a, b)
    {
        return None;
    }
    let score = cosine();
    let (a, b) = (&candidates[i], &candidates[j]);
    if score < FLOOR && !(one_day(a) && one_day(b) && a.date == b.date) {
        return None;
    }
    let threshold = threshold(candidates, i, j, lexicon)?;
    debug_assert!(
        NEAR_SHARE * threshold >= FLOOR || (one_day(a) && a.date == b.date),
        "FLOOR misses a threshold"
    );
    tracing::trace!(score, threshold, first = %a.title, second = %b.title, a_approx = a.approximate, b_approx = b.approximate, a_speech = a.speech, b_speech = b.speech, a_sub = ?a.subject, b_sub = ?b.subject, "merge score");
    (score >= NEAR_SHARE * threshold).then_some(score)
}

/// Two reports that place their happenings in two capitals ("the summit in
/// Minsk", "the summit in Bishkek") tell of two happenings.
fn places_differ(a: &Key, b: &Key) -> bool {
    matches!((a.place, b.place), (Some(x), Some(y)) if x != y)
}

/// Two statements one article reports are two remarks, however alike:
/// an article does not tell one remark twice, except a quotation going on
/// with its speaker (see [`quotation_pairs`]) and its list of dates
/// retelling its story.
fn two_remarks_of_one_article(a: &Key, b: &Key) -> bool {
    a.speech && b.speech && a.document == b.document && a.listed == b.listed
}

/// Two reports of one article, the later saying it tells more ("He also
/// declined to sign the draft decision" after "Pashinyan refused to sign
/// the declaration"): two happenings, however alike, and however many
/// other articles tell of either.
fn told_as_another(a: &Key, b: &Key) -> bool {
    let (earlier, later) = if a.sentence.start <= b.sentence.start {
        (a, b)
    } else {
        (b, a)
    };
    a.document == b.document && later.adds && earlier.sentence.start < later.sentence.start
}

/// What the first tests of a pair read of each report, side by side: a
/// large corpus's reports lie all over memory, and blocking hands each
/// report many others to test, most of which these tests turn away. The
/// fields are the report's own, its document by number, and the first and
/// last days of its date as day numbers: the tests compare days millions of
/// times, and working a day out of a date each time took a tenth of
/// blocking's time.
#[derive(Debug, Clone)]
struct Key {
    /// The report's document, numbered: the same number for the same id.
    document: u32,
    sentence: std::ops::Range<u32>,
    date: EventDate,
    /// The first day of `date`, counted from the common era.
    first: i32,
    /// The last day of `date`, counted likewise.
    last: i32,
    approximate: bool,
    rough: bool,
    placed: bool,
    speech: bool,
    adds: bool,
    tells_ahead: Option<bool>,
    place: Option<u32>,
    listed: bool,
}

/// The keys of `candidates`, in their order.
fn keys_of(candidates: &[Report]) -> Vec<Key> {
    use chrono::Datelike;
    candidates
        .iter()
        .map(|c| Key {
            document: c.document,
            sentence: c.sentence.clone(),
            date: c.date,
            first: c.date.first_day().num_days_from_ce(),
            last: c.date.last_day().num_days_from_ce(),
            approximate: c.approximate,
            rough: c.rough,
            placed: c.placed,
            speech: c.speech,
            adds: c.adds,
            tells_ahead: c.tells_ahead,
            place: c.place,
            listed: c.listed,
        })
        .collect()
}

/// A report that states its happening's exact day.
fn one_day(c: &Report) -> bool {
    !c.approximate && c.date.day_value().is_some()
}

/// Merges greedily, best pair first. Ties go to the pair that comes first
/// in `(i, j)` order, as a loop over all pairs would have listed them, so
/// the groups do not depend on the order blocking finds pairs in.
fn merge_pairs(
    candidates: &[Report],
    keys: &[Key],
    vectors: &Vectors,
    mut pairs: Vec<blocking::ScoredPair>,
    mut near: Vec<blocking::ScoredPair>,
    lexicon: &Lexicon,
) -> Vec<Vec<usize>> {
    let best_first = |x: &blocking::ScoredPair, y: &blocking::ScoredPair| {
        y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2))
    };
    // The order compares all a pair holds: sorting on every core is safe.
    pairs.par_sort_unstable_by(best_first);
    near.par_sort_unstable_by(best_first);

    let mut groups = Groups::singletons(candidates.len());
    // Groups found unable to be one event stay so: a group only grows, and
    // growing adds to what must agree. Remembering them spares checking the
    // same two groups again for every pair between them.
    let mut refused: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    // The members of the two groups a pair links, gathered for the check.
    let (mut first, mut second) = (Vec::new(), Vec::new());
    let mut joinable = |refused: &mut std::collections::HashSet<(usize, usize)>,
                        gi: usize,
                        gj: usize,
                        groups: &Groups| {
        let key = (gi.min(gj), gi.max(gj));
        if refused.contains(&key) {
            return false;
        }
        groups.gather(gi, &mut first);
        groups.gather(gj, &mut second);
        let ok = consistent_across(&first, &second, candidates, keys, lexicon);
        if !ok {
            refused.insert(key);
        }
        ok
    };
    for (_, i, j) in pairs {
        let (gi, gj) = (groups.of(i as usize), groups.of(j as usize));
        if gi == gj {
            continue;
        }
        if !joinable(&mut refused, gi, gj, &groups) {
            continue;
        }
        groups.join(gi, gj);
    }
    // Second pass: groups compared as wholes (the sum of their reports'
    // vectors), for the near pairs that link them.
    // Each group's summed vector, computed once and kept up to date.
    let mut centroids: HashMap<usize, Centroid> = HashMap::new();
    for (_, i, j) in near {
        let (i, j) = (i as usize, j as usize);
        let (gi, gj) = (groups.of(i), groups.of(j));
        if gi == gj || refused.contains(&(gi.min(gj), gi.max(gj))) {
            continue;
        }
        let Some(threshold) = threshold(candidates, i, j, lexicon) else {
            continue;
        };
        for g in [gi, gj] {
            centroids
                .entry(g)
                .or_insert_with(|| sum_vectors(groups.members(g).flat_map(|m| vectors.entries(m))));
        }
        if centroids[&gi].cosine(&centroids[&gj]) < threshold {
            continue;
        }
        if !joinable(&mut refused, gi, gj, &groups) {
            continue;
        }
        groups.join(gi, gj);
        let joined = centroids.remove(&gj).unwrap_or_default();
        if let Some(first) = centroids.remove(&gi) {
            centroids.insert(gi, sum_vectors(first.entries().chain(joined.entries())));
        }
    }
    groups.into_lists()
}

/// Reports joined into groups, each group a chain of its members in the
/// order they joined it, named by its first member. Three numbers per
/// report: a list per group, in a map by name, took four times the room
/// while merging a large corpus, beside its million pairs.
struct Groups {
    /// The group of each report.
    group_of: Vec<u32>,
    /// The member after each report in its group's chain.
    next: Vec<u32>,
    /// The last member of each group, by its name.
    last: Vec<u32>,
}

/// The end of a chain.
const END: u32 = u32::MAX;

impl Groups {
    /// Each of `count` reports a group of its own.
    fn singletons(count: usize) -> Groups {
        let all = (0..count as u32).collect::<Vec<_>>();
        Groups {
            group_of: all.clone(),
            next: vec![END; count],
            last: all,
        }
    }

    /// The group `report` is in, by its name.
    fn of(&self, report: usize) -> usize {
        self.group_of[report] as usize
    }

    /// The members of the group named `group`, in the order they joined it.
    fn members(&self, group: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(group as u32), |&m| {
            Some(self.next[m as usize]).filter(|&n| n != END)
        })
        .map(|m| m as usize)
    }

    /// The members of `group` into `into`, in place of what it held.
    fn gather(&self, group: usize, into: &mut Vec<usize>) {
        into.clear();
        into.extend(self.members(group));
    }

    /// Joins the group `second` after the members of `first`.
    fn join(&mut self, first: usize, second: usize) {
        let mut member = second as u32;
        while member != END {
            self.group_of[member as usize] = first as u32;
            member = self.next[member as usize];
        }
        self.next[self.last[first] as usize] = second as u32;
        self.last[first] = self.last[second];
    }

    /// Every group's members, groups in the order of their names.
    fn into_lists(self) -> Vec<Vec<usize>> {
        (0..self.group_of.len())
            .filter(|&g| self.of(g) == g)
            .map(|g| self.members(g).collect())
            .collect()
    }
}

/// A group's summed vector, sorted by term.
#[derive(Debug, Default)]
struct Centroid {
    terms: Vec<u32>,
    weights: Vec<f64>,
}

impl Centroid {
    fn cosine(&self, other: &Centroid) -> f64 {
        let norm = |c: &Centroid| vectors::norm(c.weights.iter().copied());
        vectors::cosine_with(
            (&self.terms, &self.weights, norm(self)),
            (&other.terms, &other.weights, norm(other)),
        )
    }

    /// The terms with their weights, ascending.
    fn entries(&self) -> impl Iterator<Item = (u32, f64)> + '_ {
        self.terms.iter().copied().zip(self.weights.iter().copied())
    }
}

/// The sum of sparse vectors, given as their terms (each vector's
/// ascending) and weights, one vector after another.
fn sum_vectors(entries: impl Iterator<Item = (u32, f64)>) -> Centroid {
    let mut sum: BTreeMap<u32, f64> = BTreeMap::new();
    for (term, weight) in entries {
        *sum.entry(term).or_default() += weight;
    }
    Centroid {
        terms: sum.keys().copied().collect(),
        weights: sum.into_values().collect(),
    }
}

fn same_sentence(a: &Key, b: &Key) -> bool {
    a.sentence == b.sentence && a.document == b.document
}

/// Whether two reports' dates can name one happening.
fn dates_agree(a: &Key, b: &Key) -> bool {
    // A statement happens when it is made: it is never a late report of an
    // older happening, however alike the words.
    let statement_after = |statement: &Key, other: &Key| {
        statement.speech && !other.speech && other.last < statement.first
    };
    if statement_after(a, b) || statement_after(b, a) {
        return false;
    }
    // "will not attend" on the 14th and "skipped the summit in November":
    // an announcement and the happening it announced, unless dated alike.
    if matches!((a.tells_ahead, b.tells_ahead), (Some(x), Some(y)) if x != y) && a.date != b.date {
        return false;
    }
    // One statement quoted by two outlets is reported within days of it; a
    // statement of months later is another statement.
    if a.speech && b.speech && days_apart(a, b) > SAME_STATEMENT_DAYS {
        return false;
    }
    match (a.approximate, b.approximate) {
        (false, false) => contains(a, b) || contains(b, a),
        // A report dated by its publication can only follow the happening.
        (true, false) => reaches_back(a, b),
        (false, true) => reaches_back(b, a),
        // One statement reported by the next day's papers too.
        // A month placed roughly by the story is near its own month; a
        // report dated by its publication may still look back at it.
        // A day the story placed a report on is near that day too.
        (true, true)
            if a.date.day_value().is_none()
                || b.date.day_value().is_none()
                || a.rough
                || b.rough
                || a.placed
                || b.placed =>
        {
            reaches_back(a, b) || reaches_back(b, a)
        }
        (true, true) => {
            a.date == b.date
                || reports_back(a, b)
                || reports_back(b, a)
                || (a.speech && b.speech && days_apart(a, b) <= NEXT_DAY)
        }
    }
}

/// A report of the next day may still be the first report of a statement.
const NEXT_DAY: i64 = 1;

fn days_apart(a: &Key, b: &Key) -> i64 {
    (i64::from(a.first) - i64::from(b.last)).max(i64::from(b.first) - i64::from(a.last))
}

/// Whether the date of `a` holds the date of `b` (see [`EventDate::contains`]).
fn contains(a: &Key, b: &Key) -> bool {
    a.first <= b.first && b.last <= a.last
}

/// Whether `report`, dated only by its publication, can tell of `happening`:
/// it follows it, and not by more than a year. A report placed roughly by
/// its story ("two months later", a month at most) is not dated by its
/// publication: it tells of its own month, give or take one.
fn reaches_back(report: &Key, happening: &Key) -> bool {
    if report.date.day_value().is_none() || report.rough {
        // Days past the calendar's ends are no days: a month so near one
        // that its slack would leave the calendar reaches nothing.
        use chrono::{Datelike, NaiveDate};
        let slack = ROUGH_SLACK_DAYS as i64;
        let first = i64::from(report.first) - slack;
        let last = i64::from(report.last) + slack;
        let in_calendar = |day: i64| {
            (i64::from(NaiveDate::MIN.num_days_from_ce())
                ..=i64::from(NaiveDate::MAX.num_days_from_ce()))
                .contains(&day)
        };
        return in_calendar(first)
            && i64::from(happening.last) >= first
            && in_calendar(last)
            && i64::from(happening.first) <= last;
    }
    let reach = if report.placed {
        PLACED_REACH_DAYS
    } else {
        REACH_BACK_DAYS
    };
    happening.first <= report.last && i64::from(report.first) - i64::from(happening.last) <= reach
}

/// How far before the day the story placed a report on (see
/// `Candidate::placed`) its happening may be: the story's day is the
/// happening's, or a deed told "afterwards" a few days on.
const PLACED_REACH_DAYS: i64 = 7;

/// How far a roughly placed month may be off.
const ROUGH_SLACK_DAYS: u64 = 31;

/// How far apart two reports dated only by their publications may be and
/// still tell one happening: half a year, so that the deeds of one yearly
/// summit are never taken for those of the summit a year before.
const REPORTS_BACK_DAYS: i64 = 183;

/// Two undated reports from different days are one happening only if the
/// later one looks back on the earlier: a statement happens when it is
/// reported, so two statements of different days are two statements, but
/// "Armenia declined to sign ... after the summit" can recall what an
/// earlier report gave as a statement at the summit.
fn reports_back(earlier: &Key, later: &Key) -> bool {
    earlier.date < later.date
        && !later.speech
        && i64::from(later.first) - i64::from(earlier.last) <= REPORTS_BACK_DAYS
}

/// The similarity reports `i` and `j` need, or `None` if their acting
/// actors differ.
fn threshold(candidates: &[Report], i: usize, j: usize, lexicon: &Lexicon) -> Option<f64> {
    let (a, b) = (&candidates[i], &candidates[j]);
    let other_telling = other_telling(a, b);
    // "the September 13 attack" names a happening another report tells of:
    // the same day and a word in common are enough.
    // A happening named is what another report of its day tells, unless it
    // is a deed and the other a remark of another kind: "told the summit on
    // Thursday" names the summit, not Pashinyan's remark of that day; "the
    // February 22 interview" names a remark, and "Tokayev's appeal" the
    // address in which he said he had turned to the CSTO.
    let names = |named: usize, other: usize| {
        candidates[named].names_happening
            && (!candidates[other].speech
                || names_a_saying(&candidates[named])
                || lexicon.same_kind(named, other, Kind::Specific))
    };
    let named_on_its_day =
        (names(i, j) || names(j, i)) && one_day(a) && one_day(b) && a.date == b.date;
    // One article seldom tells one happening twice; two articles about the
    // same actor on the same day often do, in their own words. Statements
    // are told apart by what was said, so this is for deeds only.
    let other_article_same_day = !a.approximate
        && !b.approximate
        && a.date == b.date
        && a.date.day_value().is_some()
        && other_telling;
    let threshold = match (&a.subject, &b.subject) {
        // "The leaders held their summit in Astana. ... Tasmagambetov told
        // reporters during the summit that ...": one article telling a
        // gathering and a remark someone else made at it tells two
        // happenings, whoever the speaker belongs to.
        (Some(x), Some(y))
            if x != y
                && a.speech != b.speech
                && !other_telling
                && !a.names_happening
                && !b.names_happening
                && lexicon
                    .only_occasion(if a.speech { j } else { i })
                    .is_some() =>
        {
            None
        }
        (Some(_), Some(_))
            if !lexicon.acting_agree(a, b)
                && !lexicon.part_and_whole(a, b)
                && !lexicon.one_occasion(a, b, i, j) =>
        {
            None
        }
        _ if named_on_its_day && !other_telling => Some(NAMED_IN_ITS_ARTICLE_THRESHOLD),
        // "13 January – The withdrawal begins." in the article's list of
        // dates beside its story's "The force began to withdraw on
        // Thursday": the list retells the story's happening of its day.
        _ if a.document == b.document
            && a.listed != b.listed
            && a.speech == b.speech
            && one_day(a)
            && one_day(b)
            && a.date == b.date =>
        {
            Some(LISTED_RETOLD_THRESHOLD)
        }
        // A part and its whole are two kinds of happening by nature: the
        // bar for kinds that differ, below, is not theirs.
        _ if lexicon.part_and_whole(a, b) => {
            return Some(PART_AND_WHOLE_THRESHOLD);
        }
        _ if named_on_its_day => Some(NAMED_THRESHOLD),
        // "the 2020 war" beside "Armenia and Azerbaijan fight a six-week war"
        // in 2020: a happening named in a period is the one told of in it,
        // on a few more words than a day's name needs.
        // "the 1997 treaty of friendship" beside "their bilateral treaty of
        // 1997": two articles naming a thing of one time, neither telling
        // who did it, name one thing when they name it alike.
        (None, None)
            if a.names_happening && b.names_happening && a.date == b.date && other_telling =>
        {
            Some(NAMED_ALIKE_THRESHOLD)
        }
        _ if (a.names_happening || b.names_happening) && a.date == b.date && other_telling => {
            Some(DATED_THRESHOLD)
        }
        (Some(_), Some(_)) if other_article_same_day && a.speech && b.speech => {
            Some(SAME_OCCASION_THRESHOLD)
        }
        (Some(_), Some(_)) if other_article_same_day && !a.speech && !b.speech => {
            Some(CROSS_ARTICLE_THRESHOLD)
        }
        (Some(_), Some(_))
            if other_telling
                && a.speech == b.speech
                && (a.date.contains(&b.date) || b.date.contains(&a.date))
                && lexicon.same_kind(i, j, Kind::Specific) =>
        {
            Some(SAME_ACTOR_KIND_THRESHOLD)
        }
        // Two articles telling of one kind of happening (a deployment, the
        // unrest) in one period, at different precision, neither naming who
        // acted: the kind says what, the dates say when.
        (None, None) if kind_in_one_period(candidates, i, j, lexicon) => Some(SAME_KIND_THRESHOLD),
        (None, None) if other_telling => Some(NO_SUBJECT_ACROSS_THRESHOLD),
        (None, None) => Some(NO_SUBJECT_THRESHOLD),
        // "Parliament ratified the Rome Statute" beside "Armenia's National
        // Assembly voted to ratify it", on one day in two articles: who
        // acted is missing from one, not different.
        // (A gathering both only mention does not make them one kind:
        // "refused to sign the summit declaration" and "a protester near
        // the summit venue" are a refusal and a protest.)
        (None, _) | (_, None) if other_article_same_day && !a.speech && !b.speech => {
            Some(if lexicon.same_kind_beyond_occasion(i, j) {
                CROSS_ARTICLE_THRESHOLD
            } else {
                DATED_THRESHOLD
            })
        }
        (None, _) | (_, None) if other_telling => Some(NO_SUBJECT_ACROSS_THRESHOLD),
        (None, _) | (_, None) => Some(NO_SUBJECT_THRESHOLD),
        _ if a.approximate || b.approximate => Some(APPROXIMATE_THRESHOLD),
        _ if other_telling => Some(DATED_ACROSS_THRESHOLD),
        _ => Some(DATED_THRESHOLD),
    };
    // "The chairmanship passes to Kazakhstan" beside "the summit will take
    // place in Kazakhstan": two kinds of happening need more in common than
    // the place and the bloc. (Not a veto: kind cues are loose.)
    threshold.map(|t| {
        if lexicon.kinds_differ(i, j) {
            t.max(KINDS_DIFFER_THRESHOLD)
        } else {
            t
        }
    })
}

/// Whether two reports are two tellings: two articles, or an article's
/// list of dates and its story, which the list retells.
fn other_telling(a: &Report, b: &Report) -> bool {
    a.document != b.document || a.listed != b.listed
}

/// Whether a report names an occasion of saying ("the February 22
/// interview"), not a deed.
fn names_a_saying(report: &Report) -> bool {
    let title = report.title.to_lowercase();
    crate::extract::title::SAYING_OCCASIONS_IN_TITLES
        .iter()
        .any(|occasion| title.contains(occasion))
}

/// Reports of one kind of happening, in two articles, deeds both, whose
/// dates hold one another and are not only their publication's.
fn kind_in_one_period(candidates: &[Report], i: usize, j: usize, lexicon: &Lexicon) -> bool {
    let (a, b) = (&candidates[i], &candidates[j]);
    other_telling(a, b)
        && !a.approximate
        && !b.approximate
        && !a.speech
        && !b.speech
        && (a.date.contains(&b.date) || b.date.contains(&a.date))
        && lexicon.same_kind(i, j, Kind::Broad)
}

/// What merging reads of the words reports are numbered by, worked out
/// once per word rather than for every pair: which actors agree, and which
/// terms are kinds of happening.
struct Lexicon<'a, 'c> {
    words: &'a Words,
    /// The state of each word that is some report's acting actor (see
    /// `Belonging::country_of`), by word.
    country: Vec<Option<&'c str>>,
    /// The organization whose office each acting actor holds, and what
    /// that organization stands within ("csto" for the secretariat), by
    /// word: what they do in office, it does.
    office: Vec<[Option<&'c str>; 2]>,
    /// Which words are kinds of happening (see the kinds in the topics
    /// file), by word.
    kinds: Vec<Option<Kind>>,
    /// Kinds of happening that are a part of another's, with the whole.
    parts: &'a [(Word, Word)],
    /// Kinds of happening that are occasions.
    occasions: &'a [Word],
    /// The terms of each report that are kinds of happening, with their
    /// kind, in the order of its terms, report after report: pairs are
    /// asked of their kinds millions of times, and a report has a few kinds
    /// among dozens of terms. One list for all, not one each: a list per
    /// report took more room than the kinds, at the peak of merging.
    report_kinds: Vec<(Word, Kind)>,
    /// Where each report's kinds start in `report_kinds`; one more at the end.
    kinds_start: Vec<u32>,
}

/// A kind of happening: one sort of happening (a shelling, a freeze), or a
/// broad sort of act (a refusal, "!~" in the terms) one actor does often.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Broad,
    Specific,
}

impl<'a, 'c> Lexicon<'a, 'c> {
    fn new(reports: &'a Reports, belonging: Belonging<'c>) -> Lexicon<'a, 'c> {
        let words = &reports.words;
        let mut country = vec![None; words.len()];
        let mut office = vec![[None; 2]; words.len()];
        let acting = reports
            .list
            .iter()
            .flat_map(|c| c.subject.iter().chain(c.joint.iter()).copied());
        for subject in acting {
            let actor = words.spell(subject);
            country[subject as usize] = (belonging.country_of)(actor);
            let held = (belonging.office_of)(actor);
            office[subject as usize] = [held, held.and_then(belonging.country_of)];
        }
        let kinds = (0..words.len() as Word)
            .map(|w| {
                let word = words.spell(w);
                match word.strip_prefix('!') {
                    Some(kind) if kind.starts_with('~') => Some(Kind::Broad),
                    Some(_) => Some(Kind::Specific),
                    None => None,
                }
            })
            .collect::<Vec<Option<Kind>>>();
        let mut report_kinds = Vec::new();
        let mut kinds_start = Vec::with_capacity(reports.list.len() + 1);
        for r in &reports.list {
            kinds_start.push(report_kinds.len() as u32);
            report_kinds.extend(
                r.terms
                    .iter()
                    .filter_map(|&t| kinds[t as usize].map(|kind| (t, kind))),
            );
        }
        kinds_start.push(report_kinds.len() as u32);
        report_kinds.shrink_to_fit();
        Lexicon {
            words,
            country,
            office,
            kinds,
            parts: &reports.kind_parts,
            occasions: &reports.occasions,
            report_kinds,
            kinds_start,
        }
    }

    /// Whether two reports tell of the same kind of happening (a summit, a
    /// recall; see the kinds in the topics file): of any kind when `kind`
    /// is `Broad`, of one sort of happening when it is `Specific`.
    /// Whether each report tells a kind of happening and they share none.
    /// The kinds of happening report `r` tells, with their kind.
    fn kinds_of(&self, r: usize) -> &[(Word, Kind)] {
        &self.report_kinds[self.kinds_start[r] as usize..self.kinds_start[r + 1] as usize]
    }

    /// Whether two reports share a kind of happening (broad or not) other
    /// than an occasion, or both tell the one occasion and nothing else: a
    /// summit two reports mention places them, and says nothing of what
    /// each tells happened there.
    fn same_kind_beyond_occasion(&self, a: usize, b: usize) -> bool {
        let shared_beyond_occasion = self.kinds_of(a).iter().any(|&(term, _)| {
            !self.occasions.contains(&term) && self.kinds_of(b).iter().any(|&(t, _)| t == term)
        });
        shared_beyond_occasion
            || self
                .only_occasion(a)
                .is_some_and(|occasion| self.only_occasion(b) == Some(occasion))
    }

    fn kinds_differ(&self, a: usize, b: usize) -> bool {
        let specific = |r: usize| {
            self.kinds_of(r)
                .iter()
                .any(|&(_, kind)| kind == Kind::Specific)
        };
        specific(a) && specific(b) && !self.same_kind(a, b, Kind::Specific)
    }

    /// Of reports `a` and `b` by number. A term is a kind in every report
    /// or in none, so `b` holds a kind of `a` when its own kinds do.
    fn same_kind(&self, a: usize, b: usize, kind: Kind) -> bool {
        self.kinds_of(a)
            .iter()
            .filter(|&&(_, own)| kind == Kind::Broad || own == Kind::Specific)
            .any(|&(term, _)| self.kinds_of(b).iter().any(|&(t, _)| t == term))
    }

    /// Whether reports `a` and `b` (numbered `i` and `j`) tell of one gathering (a summit; see the
    /// kinds marked `occasion` in the topics file) in times that hold one
    /// another, deeds both: "Kazakhstan will host the bloc's summit in
    /// November" and "the bloc's leaders met in Astana on 28 November" name
    /// different actors acting in one happening, the host and the guests.
    /// Both dated by what they say: a report dated only by its publication
    /// may tell of another gathering of that kind.
    /// (Not a broad kind: two meetings of different people on one day are
    /// two happenings.)
    fn one_occasion(&self, a: &Report, b: &Report, i: usize, j: usize) -> bool {
        // A part of the gathering (staying away from it) is a happening of
        // its own beside the gathering (see `part_and_whole`).
        let a_part = |r: &Report| self.parts.iter().any(|(part, _)| r.terms.contains(part));
        // "talks after the summit" name the gathering only to place
        // themselves by it.
        let placed_by_another = |r: &Report| r.anchor.is_some() || r.refers_back;
        !a.speech
            && !b.speech
            && !a.approximate
            && !b.approximate
            && !placed_by_another(a)
            && !placed_by_another(b)
            && !a_part(a)
            && !a_part(b)
            && (a.date.contains(&b.date) || b.date.contains(&a.date))
            && self
                .only_occasion(i)
                .is_some_and(|occasion| self.only_occasion(j) == Some(occasion))
    }

    /// The occasion report `r` tells of, when that is all it tells: "At
    /// the summit Pashinyan refused to sign ..." is a refusal there, and
    /// "Armenia chairs the bloc until its summit" the chair, not the
    /// gathering.
    fn only_occasion(&self, r: usize) -> Option<Word> {
        match self.kinds_of(r) {
            [(term, Kind::Specific)] if self.occasions.contains(term) => Some(*term),
            _ => None,
        }
    }

    /// Whether one report tells a part of a happening and the other the
    /// whole, both on one day ("Pashinyan skipped the summit in Minsk on
    /// Thursday", "the leaders met in Minsk on November 23"): one
    /// happening, though each names another as acting. Two reports of the
    /// part (two leaders who stayed away) are not, nor a look back at the
    /// part that gives only its month ("skipped the Minsk summit that
    /// November"), which tells the absence, not the summit; nor a
    /// statement about the whole ("told reporters the summit had approved
    /// the budget"), which is a happening of its own.
    fn part_and_whole(&self, a: &Report, b: &Report) -> bool {
        if !(one_day(a) && one_day(b) && a.date == b.date) {
            return false;
        }
        let part_of = |part: &Report, whole: &Report| {
            self.parts.iter().any(|(p, w)| {
                part.terms.contains(p)
                    && !whole.terms.contains(p)
                    && whole.terms.contains(w)
                    && !whole.speech
            })
        };
        part_of(a, b) || part_of(b, a)
    }

    /// Whether `speaker` belongs to the state `state` (a spokesman to the
    /// state he speaks for).
    fn speaks_for(&self, speaker: Word, state: Word) -> bool {
        self.country[speaker as usize] == Some(self.words.spell(state))
            || self.holds_office_of(speaker, state)
    }

    /// Whether `person` holds an office of `organization`, or of a body
    /// within it.
    fn holds_office_of(&self, person: Word, organization: Word) -> bool {
        let organization = self.words.spell(organization);
        self.office[person as usize].contains(&Some(organization))
    }

    /// Whether two acting actors agree: one is the other, or its state.
    /// Whether the actors who act in two reports agree: their subjects
    /// do, or one report's subject is among those acting together in the
    /// other ("Azerbaijan, Georgia and Uzbekistan declined ..." beside
    /// "Uzbekistan left ...").
    fn acting_agree(&self, a: &Report, b: &Report) -> bool {
        let (Some(x), Some(y)) = (&a.subject, &b.subject) else {
            return true;
        };
        self.subjects_agree(x, y)
            || b.joint.iter().any(|j| self.subjects_agree(x, j))
            || a.joint.iter().any(|j| self.subjects_agree(j, y))
    }

    fn subjects_agree(&self, x: &Word, y: &Word) -> bool {
        let country = |w: &Word| self.country[*w as usize];
        x == y
            || country(x) == Some(self.words.spell(*y))
            || country(y) == Some(self.words.spell(*x))
            || self.holds_office_of(*x, *y)
            || self.holds_office_of(*y, *x)
    }
}

/// Whether two groups, each one event already, can be one event together:
/// only the pairs across them need checking.
fn consistent_across(
    first: &[usize],
    second: &[usize],
    candidates: &[Report],
    keys: &[Key],
    lexicon: &Lexicon,
) -> bool {
    first.iter().all(|&i| {
        second.iter().all(|&j| {
            let (a, b) = (&candidates[i], &candidates[j]);
            !same_sentence(&keys[i], &keys[j])
                && !told_as_another(&keys[i], &keys[j])
                && dates_agree(&keys[i], &keys[j])
                && !places_differ(&keys[i], &keys[j])
                && match (&a.subject, &b.subject) {
                    (Some(_), Some(_)) => {
                        lexicon.acting_agree(a, b)
                            || lexicon.part_and_whole(a, b)
                            || lexicon.one_occasion(a, b, i, j)
                    }
                    _ => true,
                }
        })
    })
}

/// The date of a group: the most precise of its own dates, else the
/// earliest publication among its reports (approximate).
pub fn group_date(members: &[usize], candidates: &[Report]) -> (EventDate, bool) {
    let exact = members
        .iter()
        .map(|&i| &candidates[i])
        .filter(|c| !c.approximate)
        .max_by_key(|c| (c.date.precision(), std::cmp::Reverse(c.date)));
    // A report of the very day ("shortly after midnight", in a live page of
    // that day) places a happening another report gives only the month of.
    let day_within = |month: &EventDate| {
        members
            .iter()
            .map(|&i| &candidates[i])
            .filter(|c| c.approximate && c.date.day_value().is_some() && month.contains(&c.date))
            .map(|c| c.date)
            .min()
    };
    match exact {
        Some(c)
            if c.date.day_value().is_none()
                && let Some(day) = day_within(&c.date) =>
        {
            (day, true)
        }
        Some(c) => (c.date, false),
        None => {
            let dates = || members.iter().map(|&i| candidates[i].date);
            // "In 2021 Yerevan asked for consultations" and "that May
            // Yerevan asked ...": the month the year holds says more.
            let finest = dates()
                .filter(|date| dates().all(|other| other.contains(date)))
                .max_by_key(|date| (date.precision(), std::cmp::Reverse(*date)));
            let earliest = dates().min().unwrap_or(EventDate::year(0));
            (finest.unwrap_or(earliest), true)
        }
    }
}

/// The terms of report vectors and what each weighs.
struct Terms {
    /// By word, its number as a term (`None` for words that are no
    /// report's term). Terms are numbered in the order of their spelling
    /// rather than of their words, so that scores are summed in the same
    /// order, to the last bit, on every run and whatever the words' numbers.
    number: Vec<Option<u32>>,
    /// By term, its weight: its inverse document frequency, counting each
    /// sentence once, and more for a kind of happening, which says more than
    /// any one word does.
    weight: Vec<f64>,
}

/// The terms of the reports' vectors, numbered and weighed.
fn terms(reports: &Reports, lexicon: &Lexicon) -> Terms {
    // The reports of one sentence are put side by side to count each of its
    // terms once: a list of the reports' places is a fraction of the memory
    // of a list of every (term, sentence) mention and a map numbering the
    // sentences.
    let sentence = |i: &u32| {
        let c = &reports.list[*i as usize];
        (c.document, c.sentence.start)
    };
    let mut by_sentence: Vec<u32> = (0..reports.list.len() as u32).collect();
    by_sentence.par_sort_unstable_by_key(sentence);
    let mut docs = vec![0u32; reports.words.len()];
    let mut sentences = 0usize;
    let mut held: Vec<Word> = Vec::new();
    for same in by_sentence.chunk_by(|a, b| sentence(a) == sentence(b)) {
        sentences += 1;
        held.clear();
        held.extend(
            same.iter()
                .flat_map(|&i| reports.list[i as usize].terms.iter()),
        );
        held.sort_unstable();
        held.dedup();
        for &term in &held {
            docs[term as usize] += 1;
        }
    }
    drop(by_sentence);
    let n = sentences as f64;
    let mut spelled: Vec<(&str, Word)> = (0..reports.words.len() as Word)
        .filter(|&w| docs[w as usize] > 0)
        .map(|w| (reports.words.spell(w), w))
        .collect();
    spelled.sort_unstable();
    let mut number = vec![None; reports.words.len()];
    let mut weight = Vec::with_capacity(spelled.len());
    for (index, (_, word)) in spelled.into_iter().enumerate() {
        number[word as usize] = Some(index as u32);
        let docs = docs[word as usize] as f64;
        let idf = ((n + 1.0) / (docs + 1.0)).ln() + 1.0;
        weight.push(if lexicon.kinds[word as usize].is_some() {
            KIND_WEIGHT * idf
        } else {
            idf
        });
    }
    Terms { number, weight }
}

/// Each report's vector: its terms weighed by their rarity.
fn vectors_of(reports: &Reports, lexicon: &Lexicon) -> Vectors {
    let Terms { number, weight } = terms(reports, lexicon);
    Vectors::build(weight, reports.len(), |i, out| {
        vector(&reports.list[i], lexicon, &number, out)
    })
}

/// The terms of `candidate`'s vector, by their numbers, ascending.
fn vector(candidate: &Report, lexicon: &Lexicon, number: &[Option<u32>], v: &mut Vec<u32>) {
    // Statements are told apart by what was said: that one person said both
    // is no likeness (the speakers are compared on their own, in `threshold`).
    let speaker = candidate
        .subject
        .filter(|_| candidate.speech)
        .and_then(|s| lexicon.words.find(&format!("@{}", lexicon.words.spell(s))));
    v.extend(
        candidate
            .terms
            .iter()
            .filter(|&&t| speaker != Some(t))
            .filter_map(|&t| number[t as usize]),
    );
    v.sort_unstable();
    v.dedup();
}

/// Merging as it was before blocking: every pair scored, in order. The
/// reference that blocking must agree with.
#[cfg(test)]
pub(crate) fn group_all_pairs(reports: &Reports, belonging: Belonging) -> Vec<Vec<usize>> {
    let candidates = &reports.list[..];
    let lexicon = Lexicon::new(reports, belonging);
    let vectors = vectors_of(reports, &lexicon);
    let keys = keys_of(candidates);
    let mut scored = Vec::new();
    for i in 0..candidates.len() {
        for j in i + 1..candidates.len() {
            let cosine = || vectors.cosine(i, j);
            if let Some(score) = pair_score(candidates, &keys, i, j, &lexicon, cosine) {
                scored.push((score, i as u32, j as u32));
            }
        }
    }
    with_quotation_pairs(&mut scored, quotations_of(candidates, &lexicon));
    split_and_merge(candidates, &keys, &vectors, scored, &lexicon)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::candidates::Candidate;

    fn report(
        document: &str,
        at: usize,
        date: &str,
        approximate: bool,
        subject: Option<&str>,
        terms: &[&str],
    ) -> Candidate {
        Candidate {
            document: document.into(),
            sentence: at..at + 10,
            date: EventDate::parse(date).unwrap(),
            approximate,
            rough: false,
            placed: false,
            actors: subject.map(|s| vec![s.to_string()]).unwrap_or_default(),
            subject: subject.map(str::to_string),
            joint: vec![],
            topics: vec![],
            title: String::new(),
            terms: terms.iter().map(|&t| t.into()).collect(),
            speech: false,
            named: vec![],
            anchor: None,
            names_happening: false,
            quotation: false,
            listed: false,
            refers_back: false,
            adds: false,
            tells_ahead: None,
        }
    }

    fn nowhere(_: &str) -> Option<&'static str> {
        None
    }

    /// Actors that stand within nothing.
    const NO_BELONGING: Belonging = Belonging {
        country_of: &nowhere,
        office_of: &nowhere,
    };

    fn agree(a: &Candidate, b: &Candidate) -> bool {
        let keys = keys_of(&Reports::of(&[a.clone(), b.clone()]).list);
        dates_agree(&keys[0], &keys[1])
    }

    #[test]
    fn a_day_placed_by_a_story_long_before_the_report_agrees_only_with_days_near_it() {
        let placed = Candidate {
            rough: true,
            ..report("a", 0, "2023-11-23", true, None, &["summit"])
        };
        let published = report("a", 0, "2023-11-23", true, None, &["summit"]);
        let year_before = report("b", 0, "2022-11", false, None, &["summit"]);
        let same_week = report("c", 0, "2023-11-22", false, None, &["summit"]);
        assert!(!agree(&placed, &year_before));
        assert!(!agree(&year_before, &placed));
        assert!(agree(&placed, &same_week));
        // Dated by its publication, the same report could look back a year.
        assert!(agree(&published, &year_before));
    }

    #[test]
    fn a_day_the_story_placed_a_report_on_agrees_only_with_the_days_just_before_it() {
        // "Putin, Tokayev, Japarov and Rahmon attended", after "met in Minsk
        // on Thursday" in a report of the Friday.
        let placed = Candidate {
            placed: true,
            ..report("a", 0, "2023-11-23", true, None, &["attended"])
        };
        let year_before = report("b", 0, "2022-11-23", false, None, &["attended"]);
        let same_day = report("c", 0, "2023-11-23", false, None, &["attended"]);
        let day_before = report("d", 0, "2023-11-22", false, None, &["attended"]);
        let day_after = report("e", 0, "2023-11-24", false, None, &["attended"]);
        assert!(!agree(&placed, &year_before));
        assert!(!agree(&year_before, &placed));
        assert!(agree(&placed, &same_day));
        assert!(agree(&placed, &day_before));
        assert!(!agree(&placed, &day_after));
        // Dated by its publication, the same report could look back a year.
        let published = report("f", 0, "2023-11-24", true, None, &["attended"]);
        assert!(agree(&published, &year_before));
    }

    #[test]
    fn two_deeds_dated_by_their_publications_a_year_apart_are_two_happenings() {
        let handed_2022 = report("a", 0, "2022-11-24", true, Some("belarus"), &["chair"]);
        let handed_2023 = report("b", 0, "2023-11-24", true, Some("belarus"), &["chair"]);
        let days_later = report("c", 0, "2022-11-28", true, Some("belarus"), &["chair"]);
        assert!(!agree(&handed_2022, &handed_2023));
        assert!(!agree(&handed_2023, &handed_2022));
        assert!(agree(&handed_2022, &days_later));
    }

    #[test]
    fn a_month_placed_roughly_by_the_story_agrees_only_with_months_near_it() {
        let rough = report("a", 0, "2023-11", true, Some("p"), &["summit"]);
        let year_before = report("a", 20, "2022-11", true, Some("p"), &["summit"]);
        let next_month = report("b", 0, "2023-12-07", false, Some("p"), &["summit"]);
        let published_later = report("c", 0, "2024-03-01", true, Some("p"), &["summit"]);
        assert!(!agree(&rough, &year_before));
        assert!(!agree(&year_before, &rough));
        assert!(agree(&rough, &next_month));
        // A report dated by its publication still looks back up to a year.
        assert!(agree(&published_later, &rough));
    }

    #[test]
    fn a_month_report_and_a_day_report_of_one_happening_merge_on_the_day() {
        let candidates = vec![
            report(
                "a",
                0,
                "2022-12",
                false,
                Some("azerbaijan"),
                &["block", "lachin", "corridor", "activist", "@azerbaijan"],
            ),
            report(
                "b",
                0,
                "2022-12-12",
                false,
                Some("azerbaijan"),
                &[
                    "traffic",
                    "block",
                    "lachin",
                    "corridor",
                    "activist",
                    "@azerbaijan",
                ],
            ),
            report(
                "b",
                20,
                "2023-01-10",
                false,
                Some("ilham-aliyev"),
                &["accus", "transit", "corridor", "@ilham-aliyev"],
            ),
            report(
                "c",
                0,
                "2021-05",
                false,
                Some("azerbaijan"),
                &["seiz", "territory", "@azerbaijan"],
            ),
        ];
        let groups = group(&Reports::of(&candidates), NO_BELONGING);
        assert!(groups.contains(&vec![0, 1]), "{groups:?}");
        assert_eq!(groups.len(), 3);
        assert_eq!(
            group_date(&[0, 1], &Reports::of(&candidates).list)
                .0
                .to_string(),
            "2022-12-12"
        );
    }

    #[test]
    fn a_busy_day_pairs_reports_by_the_terms_few_of_them_share() {
        // Every report holds the common term 0; reports 10 and 11 also share
        // the rare term 1, and report 12 holds 1 besides.
        let count = SMALL_DAY + 40;
        let vectors = Vectors::build(vec![1.0; count + 2], count, |i, out| {
            out.push(0);
            if (10..=12).contains(&i) {
                out.push(1);
            }
            out.push(2 + i as u32);
        });
        let members: Vec<usize> = (0..count).collect();
        let pairs = day_pairs(&members, &vectors);
        assert_eq!(pairs, vec![(10, 11), (10, 12), (11, 12)]);
        // A small day pairs every report with every other.
        let few: Vec<usize> = (0..5).collect();
        assert_eq!(day_pairs(&few, &vectors).len(), 10);
    }

    #[test]
    fn reports_all_dated_roughly_are_dated_by_the_finest_period_all_hold() {
        let candidates = vec![
            report("a", 0, "2021", true, Some("armenia"), &["consultation"]),
            report("b", 0, "2021-05", true, Some("armenia"), &["consultation"]),
            report("c", 0, "2021-06", true, Some("armenia"), &["consultation"]),
        ];
        let list = Reports::of(&candidates).list;
        assert_eq!(
            group_date(&[0, 1], &list),
            (EventDate::parse("2021-05").unwrap(), true)
        );
        // Two months neither holds: the earlier, as before.
        assert_eq!(
            group_date(&[1, 2], &list),
            (EventDate::parse("2021-05").unwrap(), true)
        );
        assert_eq!(
            group_date(&[0, 2], &list),
            (EventDate::parse("2021-06").unwrap(), true)
        );
    }

    #[test]
    fn different_acting_actors_never_merge() {
        let candidates = vec![
            report(
                "a",
                0,
                "2023-11-14",
                true,
                Some("nikol-pashinyan"),
                &["summit", "skip", "minsk"],
            ),
            report(
                "a",
                20,
                "2023-11-14",
                true,
                Some("dmitry-peskov"),
                &["summit", "skip", "minsk"],
            ),
        ];
        assert_eq!(group(&Reports::of(&candidates), NO_BELONGING).len(), 2);
    }

    #[test]
    fn disagreeing_dates_never_merge_even_through_a_third_report() {
        let candidates = vec![
            report(
                "a",
                0,
                "2022-11-23",
                false,
                Some("x"),
                &["summit", "sign", "refus"],
            ),
            report(
                "b",
                0,
                "2023-03-14",
                true,
                Some("x"),
                &["summit", "sign", "refus"],
            ),
            report(
                "c",
                0,
                "2022-10-31",
                false,
                Some("x"),
                &["summit", "sign", "refus"],
            ),
        ];
        let groups = group(&Reports::of(&candidates), NO_BELONGING);
        assert!(
            groups.iter().all(|g| !(g.contains(&0) && g.contains(&2))),
            "{groups:?}"
        );
    }

    #[test]
    fn statements_reported_on_different_days_stay_apart() {
        let mut candidates = vec![
            report(
                "a",
                0,
                "2022-11-23",
                true,
                Some("dmitry-peskov"),
                &["csto", "organization", "necessary"],
            ),
            report(
                "b",
                0,
                "2023-09-06",
                true,
                Some("dmitry-peskov"),
                &["csto", "organization", "necessary"],
            ),
        ];
        candidates.iter_mut().for_each(|c| c.speech = true);
        assert_eq!(group(&Reports::of(&candidates), NO_BELONGING).len(), 2);
        candidates[1].speech = false;
        assert_eq!(
            group(&Reports::of(&candidates), NO_BELONGING).len(),
            2,
            "a deed reported most of a year later is another happening"
        );
        candidates[1].date = EventDate::parse("2023-02-06").unwrap();
        assert_eq!(
            group(&Reports::of(&candidates), NO_BELONGING).len(),
            1,
            "a later report of a deed can recall a statement"
        );
    }

    /// The bar two reports must pass to merge, with their documents named.
    fn bar(told: impl Fn(&str) -> Candidate, first: &str, second: &str) -> Option<f64> {
        let reports = Reports::of(&[told(first), told(second)]);
        threshold(&reports.list, 0, 1, &Lexicon::new(&reports, NO_BELONGING))
    }

    #[test]
    fn reports_naming_no_doer_need_less_in_common_across_articles_than_within_one() {
        let told =
            |document: &str| report(document, 0, "1992-05", false, None, &["treaty", "sign"]);
        assert_eq!(bar(told, "a", "b"), Some(NO_SUBJECT_ACROSS_THRESHOLD));
        assert_eq!(bar(told, "a", "a"), Some(NO_SUBJECT_THRESHOLD));
    }

    #[test]
    fn dated_reports_of_one_actor_need_less_in_common_across_articles_than_within_one() {
        let told = |document: &str| {
            report(
                document,
                0,
                "2023-09",
                false,
                Some("x"),
                &["treaty", "sign"],
            )
        };
        assert_eq!(bar(told, "a", "b"), Some(DATED_ACROSS_THRESHOLD));
        assert_eq!(bar(told, "a", "a"), Some(DATED_THRESHOLD));
    }

    #[test]
    fn a_report_cannot_precede_what_it_reports() {
        let candidates = vec![
            report("a", 0, "2022-01-01", true, Some("x"), &["summit", "sign"]),
            report("b", 0, "2022-11-23", false, Some("x"), &["summit", "sign"]),
        ];
        assert_eq!(group(&Reports::of(&candidates), NO_BELONGING).len(), 2);
    }
}
