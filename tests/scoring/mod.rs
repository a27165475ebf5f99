//! The reference scoring of a timeline against a gold file, for integration
//! tests: the events as the program shows them (the JSON of `/api/events`
//! or of `csto-timeline extract`) measured against the events a careful
//! reader finds in the same articles.
//!
//! It measures recall (a gold event counts when one event cites its
//! sentence, carries its date at the right precision and names all its
//! actors), the merges carried (one event, dated by the merge date, cites
//! every report of one happening), the distinct groups kept apart (the
//! events that stand for different happenings are different events), the
//! sentences that report no happening but are cited, and the share of
//! titles that would not read as a timeline entry. When the gold is
//! exhaustive (every sentence of its articles labelled) it also measures
//! precision: the share of the events shown that are right, each event
//! judged by every sentence it cites (right, duplicate, not an event,
//! misdated or unlabelled). A cited sentence is matched to a gold fragment
//! when it holds the fragment or 80% of the fragment's words in order
//! within a stretch not much longer than the fragment.
//!
//! The rules, the matching (`difflib.SequenceMatcher`'s matching blocks,
//! ported here) and the report lines are those of the reference scorer,
//! `score_events.py`, so the numbers and lines here are the ones it prints
//! for the same gold and events.
#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// A gold file.
#[derive(Debug, Deserialize)]
pub struct Gold {
    /// Every sentence of the articles is labelled: precision is measured.
    #[serde(default)]
    pub exhaustive: bool,
    pub events: Vec<GoldEvent>,
    #[serde(default)]
    pub merge: Vec<Merge>,
    #[serde(default)]
    pub distinct: Vec<Distinct>,
    #[serde(default)]
    pub not_events: Vec<NotEvent>,
}

#[derive(Debug, Deserialize)]
pub struct GoldEvent {
    pub id: String,
    pub doc: String,
    #[serde(default)]
    pub quote: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// Each actor as its accepted spellings.
    pub actors: Vec<Vec<String>>,
    #[serde(default)]
    pub approx: Option<bool>,
}

impl GoldEvent {
    fn approx(&self) -> bool {
        self.approx.unwrap_or(false)
    }
}

/// Reports of one happening that one event must carry, dated `date`.
#[derive(Debug, Deserialize)]
pub struct Merge {
    pub id: String,
    pub date: String,
    pub members: Vec<String>,
}

/// Happenings that no single event may carry.
#[derive(Debug, Deserialize)]
pub struct Distinct {
    pub id: String,
    pub members: Vec<String>,
}

/// A sentence or line that reports no happening.
#[derive(Debug, Deserialize)]
pub struct NotEvent {
    pub id: String,
    pub doc: String,
    pub quote: String,
    #[serde(default)]
    pub why: Option<String>,
}

impl Gold {
    pub fn parse(json: &str) -> Gold {
        serde_json::from_str(json).expect("the gold file parses")
    }
}

/// How the events shown were judged against an exhaustive gold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shown {
    pub right: usize,
    pub duplicates: usize,
    pub not_events: usize,
    pub misdated: usize,
    pub unlabelled: usize,
}

/// Every count of a scoring, and one line per miss.
#[derive(Debug, Clone)]
pub struct Score {
    /// Gold events fully right, over all gold events.
    pub recall: f64,
    /// Right events over events shown; only for an exhaustive gold.
    pub precision: Option<f64>,
    /// Events whose title breaks a title rule, over events shown.
    pub bad_title_share: f64,
    pub gold_events: usize,
    /// Gold events whose sentence some event cites.
    pub cited: usize,
    /// ... and some of those events carry the right date.
    pub dated_right: usize,
    /// ... and some of those name every actor.
    pub fully_right: usize,
    pub merges: usize,
    pub merged: usize,
    pub distinct_groups: usize,
    pub kept_apart: usize,
    pub not_events: usize,
    pub not_events_cited: usize,
    pub events_shown: usize,
    /// Only for an exhaustive gold.
    pub shown: Option<Shown>,
    pub bad_titles: usize,
    /// One line per miss, in the reference scorer's words and order.
    pub misses: Vec<String>,
}

impl Score {
    /// The reference scorer's summary line.
    pub fn summary(&self) -> String {
        let mut head = format!("recall {:.2}", self.recall);
        if let Some(p) = self.precision {
            head.push_str(&format!(", precision {p:.2}"));
        }
        head.push_str(&format!(
            ", bad titles {:.2}, merged {}/{}, kept apart {}/{} | ",
            self.bad_title_share, self.merged, self.merges, self.kept_apart, self.distinct_groups
        ));
        let shown = match (self.shown, self.precision) {
            (Some(s), Some(p)) => format!(
                "; shown {}: right {}, duplicates {}, not events {}, misdated {}, unlabelled {} (precision {p:.2})",
                self.events_shown, s.right, s.duplicates, s.not_events, s.misdated, s.unlabelled
            ),
            _ => String::new(),
        };
        format!(
            "{head}gold {}: cited {}, dated right {}, fully right {}; non-events cited {}/{}; system events {}{shown}; bad titles {}",
            self.gold_events,
            self.cited,
            self.dated_right,
            self.fully_right,
            self.not_events_cited,
            self.not_events,
            self.events_shown,
            self.bad_titles
        )
    }

    /// The misses of gold events, merges, distinct groups and cited
    /// non-events: all but the judgements of the events shown and of their
    /// titles.
    pub fn gold_misses(&self) -> Vec<&str> {
        self.misses
            .iter()
            .map(String::as_str)
            .filter(|l| {
                [
                    "miss ",
                    "date ",
                    "actors ",
                    "merge ",
                    "distinct ",
                    "not an event ",
                ]
                .iter()
                .any(|p| l.starts_with(p))
            })
            .collect()
    }
}

// ---------------------------------------------------------------------------
// Text: normalisation, words, and whether a quote states a gold fragment.

/// Python's `str.isspace`, which is what `\s` and `strip()` mean there.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Compatibility decomposition without combining marks, curly quotes made
/// straight, runs of white space made one space, trimmed, lower case.
pub fn norm(s: &str) -> String {
    let mut collapsed = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfkd().filter(|&c| canonical_combining_class(c) == 0) {
        let c = match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        };
        if is_space(c) {
            space = true;
        } else {
            if space && !collapsed.is_empty() {
                collapsed.push(' ');
            }
            space = false;
            collapsed.push(c);
        }
    }
    collapsed.to_lowercase()
}

/// The ASCII words and numbers of the normalised text.
pub fn tokens(s: &str) -> Vec<String> {
    words(&norm(s))
}

fn words(normalised: &str) -> Vec<String> {
    normalised
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A quote, normalised once.
#[derive(Debug, Clone)]
struct Text {
    norm: String,
    tokens: Vec<String>,
}

impl Text {
    fn new(s: &str) -> Text {
        let norm = norm(s);
        let tokens = words(&norm);
        Text { norm, tokens }
    }
}

/// The system's quote states the gold fragment: it holds it, or 80% of its
/// words in order within a stretch not much longer than the fragment (so
/// two sentences that merely share words like "said on January 10 that"
/// are not taken for each other).
pub fn covers(sys_quote: &str, gold_quote: &str) -> bool {
    covers_text(&Text::new(sys_quote), &Text::new(gold_quote))
}

fn covers_text(sys: &Text, gold: &Text) -> bool {
    if sys.norm.contains(gold.norm.as_str()) {
        return true;
    }
    let (gt, st) = (&gold.tokens, &sys.tokens);
    if gt.is_empty() {
        return false;
    }
    let blocks: Vec<Block> = matching_blocks(gt, st)
        .into_iter()
        .filter(|m| m.size > 0)
        .collect();
    let (Some(first), Some(last)) = (blocks.first(), blocks.last()) else {
        return false;
    };
    let same: usize = blocks.iter().map(|m| m.size).sum();
    let span = last.b + last.size - first.b;
    same as f64 / gt.len() as f64 >= 0.8 && span as f64 <= 1.5 * gt.len() as f64 + 2.0
}

/// A run of `size` equal items at `a[a..]` and `b[b..]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Block {
    pub a: usize,
    pub b: usize,
    pub size: usize,
}

/// `difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()`:
/// the longest common run, then the same on each side of it, adjacent runs
/// joined, ending with the sentinel `(len(a), len(b), 0)`.
pub fn matching_blocks<T: Eq + std::hash::Hash>(a: &[T], b: &[T]) -> Vec<Block> {
    let mut b2j: HashMap<&T, Vec<usize>> = HashMap::new();
    for (j, item) in b.iter().enumerate() {
        b2j.entry(item).or_default().push(j);
    }
    let mut queue = vec![(0, a.len(), 0, b.len())];
    let mut found = Vec::new();
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let m = longest_match(a, b, &b2j, alo, ahi, blo, bhi);
        if m.size > 0 {
            found.push(m);
            if alo < m.a && blo < m.b {
                queue.push((alo, m.a, blo, m.b));
            }
            if m.a + m.size < ahi && m.b + m.size < bhi {
                queue.push((m.a + m.size, ahi, m.b + m.size, bhi));
            }
        }
    }
    found.sort();
    let mut blocks = Vec::new();
    let (mut i1, mut j1, mut k1) = (0, 0, 0);
    for m in found {
        if i1 + k1 == m.a && j1 + k1 == m.b {
            k1 += m.size;
        } else {
            if k1 > 0 {
                blocks.push(Block {
                    a: i1,
                    b: j1,
                    size: k1,
                });
            }
            (i1, j1, k1) = (m.a, m.b, m.size);
        }
    }
    if k1 > 0 {
        blocks.push(Block {
            a: i1,
            b: j1,
            size: k1,
        });
    }
    blocks.push(Block {
        a: a.len(),
        b: b.len(),
        size: 0,
    });
    blocks
}

/// `SequenceMatcher.find_longest_match` with no junk: the longest run of
/// `a[alo..ahi]` in `b[blo..bhi]`; of runs equally long, the first to end
/// scanning `a`, then `b`.
fn longest_match<T: Eq + std::hash::Hash>(
    a: &[T],
    b: &[T],
    b2j: &HashMap<&T, Vec<usize>>,
    alo: usize,
    ahi: usize,
    blo: usize,
    bhi: usize,
) -> Block {
    let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0);
    let mut j2len: HashMap<usize, usize> = HashMap::new();
    for (i, item) in a.iter().enumerate().take(ahi).skip(alo) {
        let mut next: HashMap<usize, usize> = HashMap::new();
        for &j in b2j.get(item).map(Vec::as_slice).unwrap_or(&[]) {
            if j < blo {
                continue;
            }
            if j >= bhi {
                break;
            }
            let before = if j == 0 {
                0
            } else {
                j2len.get(&(j - 1)).copied().unwrap_or(0)
            };
            let k = before + 1;
            next.insert(j, k);
            if k > bestsize {
                (besti, bestj, bestsize) = (i + 1 - k, j + 1 - k, k);
            }
        }
        j2len = next;
    }
    // Extend by equal items on each end (with no junk, a longest run
    // cannot grow; kept as the original does it).
    while besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1] {
        (besti, bestj, bestsize) = (besti - 1, bestj - 1, bestsize + 1);
    }
    while besti + bestsize < ahi
        && bestj + bestsize < bhi
        && a[besti + bestsize] == b[bestj + bestsize]
    {
        bestsize += 1;
    }
    Block {
        a: besti,
        b: bestj,
        size: bestsize,
    }
}

// ---------------------------------------------------------------------------
// Python's view of JSON values: truthiness, `str()` and `repr()`.

fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// `a or b`.
fn or<'a>(a: Option<&'a Value>, b: Option<&'a Value>) -> Option<&'a Value> {
    if truthy(a) { a } else { b }
}

/// `str(value)` (`None` for a missing key).
fn py_str(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "None".into(),
        Some(Value::Bool(true)) => "True".into(),
        Some(Value::Bool(false)) => "False".into(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// `repr(str)`.
pub fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !printable(c) => match c as u32 {
                n if n < 0x100 => out.push_str(&format!("\\x{n:02x}")),
                n if n < 0x10000 => out.push_str(&format!("\\u{n:04x}")),
                n => out.push_str(&format!("\\U{n:08x}")),
            },
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for one character, for the characters titles and
/// names may hold: separators other than the space, controls and the
/// common format characters are not printable.
fn printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}'
            | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}' | '\u{e000}'..='\u{f8ff}'))
}

/// `repr(list_of_str)`.
fn py_list<S: AsRef<str>>(items: &[S]) -> String {
    let parts: Vec<String> = items.iter().map(|s| py_repr(s.as_ref())).collect();
    format!("[{}]", parts.join(", "))
}

/// The first `n` characters.
fn prefix(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

// ---------------------------------------------------------------------------
// Dates, actors and sources of the events shown.

/// The system's date (string) and precision word fit the gold date
/// `YYYY[-MM[-DD]]`: inside it when `approx`, else exactly it.
fn interval_ok(
    sys_date: Option<&Value>,
    sys_prec: Option<&Value>,
    gold: &str,
    approx: bool,
) -> bool {
    let Some(Value::String(sys_date)) = sys_date else {
        return false;
    };
    let gparts: Vec<&str> = gold.split('-').collect();
    let sparts: Vec<&str> = sys_date.trim_matches(is_space).split('-').collect();
    if sparts[..sparts.len().min(gparts.len())] != gparts[..] {
        return false;
    }
    if approx {
        return sparts.len() >= gparts.len();
    }
    let want = match gparts.len() {
        1 => "year",
        2 => "month",
        3 => "day",
        _ => panic!("gold date {gold:?} is not YYYY[-MM[-DD]]"),
    };
    if truthy(sys_prec) && sys_prec.and_then(Value::as_str) != Some(want) {
        return false;
    }
    sparts.len() == gparts.len()
}

/// The part after the last `/`.
fn basename(doc: &str) -> &str {
    doc.rsplit('/').next().unwrap_or(doc)
}

/// The part before the last `.`.
fn stem(doc: &str) -> &str {
    doc.rsplit_once('.').map_or(doc, |(s, _)| s)
}

/// One event shown, read once.
struct ShownEvent<'a> {
    json: &'a Value,
    /// (document file name, quote).
    sources: Vec<(String, Text)>,
    names: HashSet<String>,
}

impl<'a> ShownEvent<'a> {
    fn new(json: &'a Value) -> ShownEvent<'a> {
        let mut sources = Vec::new();
        for s in json
            .get("sources")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let doc = or(s.get("document"), s.get("doc"));
            let doc = if truthy(doc) {
                py_str(doc)
            } else {
                String::new()
            };
            let quote = or(or(s.get("quote"), s.get("sentence")), s.get("text"))
                .and_then(Value::as_str)
                .unwrap_or("");
            sources.push((basename(&doc).to_owned(), Text::new(quote)));
        }
        let mut names = HashSet::new();
        for a in json
            .get("actors")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            match a {
                Value::Object(_) => {
                    for key in ["name", "label", "id"] {
                        if truthy(a.get(key)) {
                            names.insert(norm(&py_str(a.get(key))));
                        }
                    }
                    let aliases = a.get("aliases").and_then(Value::as_array);
                    for alias in aliases.into_iter().flatten().filter_map(Value::as_str) {
                        names.insert(norm(alias));
                    }
                }
                Value::String(s) => {
                    names.insert(norm(s));
                }
                _ => {}
            }
        }
        ShownEvent {
            json,
            sources,
            names,
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.json.get(key)
    }

    fn title(&self) -> &'a str {
        self.get("title").and_then(Value::as_str).unwrap_or("")
    }

    /// Cites the document (and, where a fragment is given, the sentence).
    fn cites(&self, doc: &str, fragment: &Text, has_fragment: bool) -> bool {
        self.sources.iter().any(|(d, q)| {
            (d == doc || d == stem(doc)) && (!has_fragment || covers_text(q, fragment))
        })
    }
}

// ---------------------------------------------------------------------------
// Titles.

static FRAMING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(he|she|it|they|this|these|that|those|we|i|when|as|asked|ahead of|according to|while|after|during|instead|at the same time|meanwhile|recall|in an|earlier|later|also|and|but|date)\b",
    )
    .unwrap()
});
static PHRASE_DEBRIS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|[\s\x1c-\x1f])[\u{2019}']s\b").unwrap());
static SPACE_BEFORE_STOP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\s\x1c-\x1f][,.;:]").unwrap());
// Python's `$` also matches before a final newline.
static MID_PHRASE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[,;:]\n?$|\b(of|the|a|an|to|and|on|in)\n?$").unwrap());
static TWO_LETTERS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[A-Za-z]{2}").unwrap());

const OPENING_QUOTES: [char; 5] = ['"', '\u{201c}', '\u{2018}', '\'', '\u{ab}'];

/// Why a title would not read as a timeline entry, or `None`: a fragment, a
/// framing clause, a pronoun with no name, a quotation with no speaker,
/// debris of a cut date phrase.
pub fn bad_title(title: &str) -> Option<&'static str> {
    let t = title.trim_matches(is_space);
    let chars: Vec<char> = t.chars().collect();
    let Some(&first) = chars.first() else {
        return Some("empty");
    };
    if OPENING_QUOTES.contains(&first) {
        let last = |c: char, from: usize| -> isize {
            chars
                .iter()
                .enumerate()
                .skip(from)
                .rfind(|&(_, &x)| x == c)
                .map_or(-1, |(i, _)| i as isize)
        };
        let closing = last('\u{201d}', 0).max(last('"', 1)).max(last('\u{bb}', 0));
        let after: String = if closing > 0 {
            chars[closing as usize + 1..].iter().collect()
        } else {
            String::new()
        };
        if !TWO_LETTERS.is_match(&after) {
            return Some("quotation with no speaker");
        }
    }
    if !first.is_alphanumeric() && !OPENING_QUOTES.contains(&first) {
        return Some("starts with punctuation");
    }
    if first.is_lowercase() {
        return Some("starts in lower case");
    }
    if FRAMING.is_match(t) {
        return Some("framing clause or pronoun");
    }
    if PHRASE_DEBRIS.is_match(t) || t.contains("  ") || SPACE_BEFORE_STOP.is_match(t) {
        return Some("debris of a removed phrase");
    }
    if MID_PHRASE.is_match(t.trim_end_matches(['\u{2026}', '.', ' '])) {
        return Some("ends mid-phrase");
    }
    if t.matches('\u{201c}').count() != t.matches('\u{201d}').count() && !t.ends_with('\u{2026}') {
        return Some("unbalanced quotation marks");
    }
    if chars.len() > 140 {
        return Some("too long");
    }
    None
}

// ---------------------------------------------------------------------------
// The scoring.

/// Scores the events shown (`{"events": [...]}` or a bare list, each event
/// as the program serialises it) against the gold.
pub fn score(gold: &Gold, events: &Value) -> Score {
    let list: &[Value] = match events {
        Value::Object(o) => o
            .get("events")
            .and_then(Value::as_array)
            .expect("an object of events has an \"events\" list"),
        Value::Array(a) => a,
        _ => panic!("the events are a list or an object with an \"events\" list"),
    };
    let shown: Vec<ShownEvent> = list.iter().map(ShownEvent::new).collect();
    let mut misses = Vec::new();

    let golds: Vec<Text> = gold.events.iter().map(|g| Text::new(&g.quote)).collect();
    let index: HashMap<&str, usize> = gold
        .events
        .iter()
        .enumerate()
        .map(|(i, g)| (g.id.as_str(), i))
        .collect();
    let cites = |e: &ShownEvent, gi: usize| {
        let g = &gold.events[gi];
        e.cites(&g.doc, &golds[gi], !g.quote.is_empty())
    };
    // A member of a merge may carry the merged happening's (more precise) date.
    let mut merge_dates: HashMap<&str, Vec<&str>> = HashMap::new();
    for m in &gold.merge {
        for i in &m.members {
            merge_dates.entry(i).or_default().push(&m.date);
        }
    }
    let date_ok = |e: &ShownEvent, g: &GoldEvent| {
        let (date, precision) = (e.get("date"), e.get("precision"));
        interval_ok(date, precision, &g.date, g.approx())
            || merge_dates
                .get(g.id.as_str())
                .into_iter()
                .flatten()
                .any(|d| interval_ok(date, precision, d, false))
    };

    let (mut hit, mut found, mut dated) = (0, 0, 0);
    let mut ok_events: HashMap<&str, Vec<usize>> = HashMap::new();
    for (gi, g) in gold.events.iter().enumerate() {
        let cands: Vec<usize> = (0..shown.len()).filter(|&e| cites(&shown[e], gi)).collect();
        if cands.is_empty() {
            misses.push(format!(
                "miss {}: no event cites {} «{}»",
                g.id, g.doc, g.quote
            ));
            continue;
        }
        found += 1;
        let good_date: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&e| date_ok(&shown[e], g))
            .collect();
        if good_date.is_empty() {
            let got: Vec<String> = cands
                .iter()
                .take(4)
                .map(|&e| {
                    format!(
                        "{}/{}",
                        py_str(shown[e].get("date")),
                        py_str(shown[e].get("precision"))
                    )
                })
                .collect();
            misses.push(format!(
                "date {}: want {}{}, got {}",
                g.id,
                g.date,
                if g.approx() { " (approx)" } else { "" },
                got.join(", ")
            ));
            continue;
        }
        dated += 1;
        let full: Vec<usize> = good_date
            .iter()
            .copied()
            .filter(|&e| {
                g.actors
                    .iter()
                    .all(|alts| alts.iter().any(|a| shown[e].names.contains(&norm(a))))
            })
            .collect();
        if full.is_empty() {
            let mut have: Vec<&String> = shown[good_date[0]].names.iter().collect();
            have.sort();
            let want: Vec<&str> = g.actors.iter().map(|alts| alts[0].as_str()).collect();
            misses.push(format!(
                "actors {}: want {}, got {}",
                g.id,
                py_list(&want),
                py_list(&have)
            ));
            continue;
        }
        hit += 1;
        ok_events.insert(&g.id, full);
    }

    let member = |id: &str| {
        *index
            .get(id)
            .unwrap_or_else(|| panic!("group member {id} is a gold event"))
    };
    let mut merged = 0;
    for m in &gold.merge {
        let members: Vec<usize> = m.members.iter().map(|i| member(i)).collect();
        let one = shown.iter().any(|e| {
            members.iter().all(|&gi| cites(e, gi))
                && interval_ok(e.get("date"), e.get("precision"), &m.date, false)
        });
        if one {
            merged += 1;
        } else {
            misses.push(format!(
                "merge {}: no single event dated {} cites all of {}",
                m.id,
                m.date,
                py_list(&m.members)
            ));
        }
    }

    // The event that stands for a gold event: fully right if any, else
    // rightly dated, else cited; among them the one whose date is the
    // gold's own, and approximate as the gold says.
    let best = |gi: usize| -> Option<usize> {
        let g = &gold.events[gi];
        let mut pool: Vec<usize> = ok_events.get(g.id.as_str()).cloned().unwrap_or_default();
        if pool.is_empty() {
            pool = (0..shown.len())
                .filter(|&e| cites(&shown[e], gi) && date_ok(&shown[e], g))
                .collect();
        }
        if pool.is_empty() {
            pool = (0..shown.len()).filter(|&e| cites(&shown[e], gi)).collect();
        }
        pool.into_iter().min_by_key(|&e| {
            (
                py_str(shown[e].get("date")) != g.date,
                truthy(shown[e].get("approximate")) != g.approx(),
            )
        })
    };
    let mut apart = 0;
    for d in &gold.distinct {
        let chosen: Vec<(&str, Option<usize>)> = d
            .members
            .iter()
            .map(|i| (i.as_str(), best(member(i))))
            .collect();
        let id_of = |e: usize| shown[e].get("id").unwrap_or(&Value::Null);
        let clash = chosen.iter().enumerate().find_map(|(i, &(a, ea))| {
            chosen[i + 1..].iter().find_map(|&(b, eb)| match (ea, eb) {
                (Some(x), Some(y)) if id_of(x) == id_of(y) => Some((a, b)),
                _ => None,
            })
        });
        if let Some((a, b)) = clash {
            misses.push(format!("distinct {}: one event carries {a} and {b}", d.id));
        } else {
            apart += 1;
        }
    }

    let nots: Vec<Text> = gold
        .not_events
        .iter()
        .map(|x| Text::new(&x.quote))
        .collect();
    let mut wrong = 0;
    for (x, quote) in gold.not_events.iter().zip(&nots) {
        if let Some(e) = shown
            .iter()
            .find(|e| e.cites(&x.doc, quote, !x.quote.is_empty()))
        {
            wrong += 1;
            misses.push(format!(
                "not an event {}: cited by {} «{}»",
                x.id,
                py_str(e.get("date")),
                x.quote
            ));
        }
    }

    let (mut precision, mut judged) = (None, None);
    if gold.exhaustive {
        let mut merge_of: HashMap<&str, &str> = HashMap::new();
        for m in &gold.merge {
            for i in &m.members {
                merge_of.insert(i, &m.id);
            }
        }
        let mut golds_by_doc: HashMap<&str, Vec<usize>> = HashMap::new();
        for (gi, g) in gold.events.iter().enumerate() {
            golds_by_doc.entry(&g.doc).or_default().push(gi);
        }
        let mut nots_by_doc: HashMap<&str, Vec<usize>> = HashMap::new();
        for (xi, x) in gold.not_events.iter().enumerate() {
            nots_by_doc.entry(&x.doc).or_default().push(xi);
        }
        let labelled: Vec<&str> = golds_by_doc
            .keys()
            .chain(
                nots_by_doc
                    .keys()
                    .filter(|k| !golds_by_doc.contains_key(*k)),
            )
            .copied()
            .collect();
        let mut counts = Shown::default();
        let mut held: HashSet<&str> = HashSet::new();
        for e in &shown {
            let (mut keys, mut verdict, mut counted) = (HashSet::new(), "right", 0);
            for (d, q) in &e.sources {
                // The file name, or the file name less its extension; an
                // exact name first (the two can only clash when one
                // document is named like another's stem).
                let doc = labelled
                    .iter()
                    .find(|k| **k == d)
                    .or_else(|| labelled.iter().find(|k| stem(k) == d))
                    .copied()
                    .unwrap_or(d.as_str());
                let stated: Vec<usize> = golds_by_doc
                    .get(doc)
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&gi| covers_text(q, &golds[gi]))
                    .collect();
                if stated.is_empty() {
                    let cited: Vec<usize> = nots_by_doc
                        .get(doc)
                        .into_iter()
                        .flatten()
                        .copied()
                        .filter(|&xi| covers_text(q, &nots[xi]))
                        .collect();
                    let headline =
                        |xi: &usize| gold.not_events[*xi].why.as_deref() == Some("headline");
                    if !cited.is_empty() && cited.iter().all(headline) {
                        continue; // an article's headline may stand beside the report it heads
                    }
                    verdict = if cited.is_empty() {
                        "unlabelled"
                    } else {
                        "not an event"
                    };
                    break;
                }
                counted += 1;
                let fit: Vec<&GoldEvent> = stated
                    .iter()
                    .map(|&gi| &gold.events[gi])
                    .filter(|g| date_ok(e, g))
                    .collect();
                if fit.is_empty() {
                    verdict = "misdated";
                    break;
                }
                keys.extend(
                    fit.iter()
                        .map(|g| merge_of.get(g.id.as_str()).copied().unwrap_or(&g.id)),
                );
            }
            if verdict == "right" && counted == 0 {
                verdict = "not an event"; // a headline alone
            }
            if verdict == "right" && keys.iter().any(|k| held.contains(k)) {
                verdict = "duplicate";
            }
            match verdict {
                "right" => {
                    counts.right += 1;
                    held.extend(keys);
                }
                "duplicate" => counts.duplicates += 1,
                "not an event" => counts.not_events += 1,
                "misdated" => counts.misdated += 1,
                _ => counts.unlabelled += 1,
            }
            if verdict != "right" {
                misses.push(format!(
                    "shown {verdict}: {} {} «{}»",
                    py_str(e.get("date")),
                    py_str(e.get("id")),
                    prefix(e.title(), 90)
                ));
            }
        }
        precision = Some(if shown.is_empty() {
            1.0
        } else {
            counts.right as f64 / shown.len() as f64
        });
        judged = Some(counts);
    }

    let mut n_bad = 0;
    for e in &shown {
        if let Some(why) = bad_title(e.title()) {
            n_bad += 1;
            misses.push(format!("title {why}: «{}»", prefix(e.title(), 100)));
        }
    }
    let ratio = |x: usize, n: usize, empty: f64| if n == 0 { empty } else { x as f64 / n as f64 };
    Score {
        recall: ratio(hit, gold.events.len(), 1.0),
        precision,
        bad_title_share: ratio(n_bad, shown.len(), 0.0),
        gold_events: gold.events.len(),
        cited: found,
        dated_right: dated,
        fully_right: hit,
        merges: gold.merge.len(),
        merged,
        distinct_groups: gold.distinct.len(),
        kept_apart: apart,
        not_events: gold.not_events.len(),
        not_events_cited: wrong,
        events_shown: shown.len(),
        shown: judged,
        bad_titles: n_bad,
        misses,
    }
}
