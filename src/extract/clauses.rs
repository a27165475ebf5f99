//! A shallow reading of an English news sentence: where its opening
//! adverbial ends, where its main verb is and whether it reports a past
//! happening, and which stretches are subordinate clauses.
//!
//! This is deliberately not a parser. News prose is regular enough that a
//! few word lists and comma rules tell "Pashinyan announced ... that he will
//! not come to the summit, which is to be held in Minsk on November 23" (a
//! statement now, a summit later) from "Headquartered in Moscow, the CSTO
//! unites ..." (a standing fact). The word lists are English grammar, not
//! knowledge of the domain, so they live here rather than in the data files.

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::OnceLock;

use crate::extract::compiled::Pattern;
use regex::Regex;

use rustc_hash::FxHasher;

use super::calendar::{is_month_name, is_weekday_name, month_number};

/// One word of a sentence, with its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub range: Range<usize>,
    /// Inside a quotation: direct speech, not the reporter's narration.
    pub quoted: bool,
    /// A comma, semicolon, colon or dash follows the word.
    pub comma_after: bool,
    /// A colon follows the word.
    pub colon_after: bool,
    /// The word lowered ([`lower`]): the grammar's tests read a word in
    /// several lists, and lowering it once serves them all.
    lowered: Cow<'a, str>,
}

impl Word<'_> {
    /// The word in lowercase, with ’ read as '.
    pub fn lower(&self) -> &str {
        &self.lowered
    }
}

/// The shape of a sentence, as far as event finding needs it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Shape {
    /// Byte offset where the opening adverbial ("In December 2022, ",
    /// "Speaking at a summit ..., ") ends and the main clause begins.
    pub lead_end: usize,
    /// The opening adverbial places the happening at another time than the
    /// report ("During the 44-day conflict, ...", "Since then, ...").
    pub displaced_lead: bool,
    /// The lead is a clause of its own that a colon closes ("The break
    /// began well before 2022: in November 2018 Yerevan recalled ..."): it
    /// only introduces the clause after it, whose time is its own.
    pub colon_frame: Option<usize>,
    /// Byte range of the main verb group, if one was found.
    pub main_verb: Option<Range<usize>>,
    /// The main clause reports something that happened (past tense, present
    /// perfect, or a past reporting verb).
    pub past_happening: bool,
    /// The main verb is a verb of saying ("said", "announced", ...).
    pub reporting: bool,
    /// The sentence states a habit, an opinion or a standing fact rather than a happening.
    pub generic: bool,
    /// Where a speech tag that follows what was said begins ("..., Pashinyan
    /// said"): the speaker is named there, not before the quoted content.
    pub tag_start: Option<usize>,
    /// The sentence lists who took part ("Taking part were ..."): a part of
    /// the happening the article tells, on its day.
    pub participation: bool,
    /// Subordinate stretches: reported speech after a verb of saying, and
    /// relative or temporal clauses ("which ...", "who ...", "when ...").
    pub subordinate: Vec<Range<usize>>,
}

/// Splits a sentence into words, marking those inside quotations.
pub fn words<'a>(sentence: &'a str, quoted: &[Range<usize>]) -> Vec<Word<'a>> {
    let bytes = sentence.as_bytes();
    // News prose has more than five bytes a word: room for the words at
    // once, rather than a list grown as it fills, for every sentence.
    let mut out: Vec<Word<'a>> = Vec::with_capacity(bytes.len() / 5 + 1);
    let mut start = None;
    let mut i = 0;
    // Every sentence is read char by char here: an ASCII byte is its own
    // char, and only a char beyond ASCII is decoded. The end reads as a
    // space, which closes the last word.
    while i <= bytes.len() {
        let c = match bytes.get(i) {
            None => ' ',
            Some(&b) if b.is_ascii() => char::from(b),
            Some(_) => sentence[i..].chars().next().unwrap_or(' '),
        };
        let part_of_word = match ASCII_WORD_BYTES.get(c as usize) {
            Some(&part) => part,
            None => c.is_alphanumeric() || c == '’',
        };
        match (start, part_of_word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                // "May 16, 2022 - At a summit, ...": a hyphen standing alone
                // is a dash.
                if sentence[s..i].bytes().all(|b| b == b'-')
                    && let Some(last) = out.last_mut()
                {
                    last.comma_after = true;
                }
                push_word(sentence, s, i, quoted, &mut out);
                start = None;
            }
            _ => {}
        }
        // "at 20:00": a colon between digits tells the time of day; it
        // closes no clause.
        let clock = c == ':'
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        // "about 2,000 peacekeepers": nor does a comma between a number's
        // thousands.
        let thousands = c == ','
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes
                .get(i + 1..i + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit());
        if !part_of_word
            && !clock
            && !thousands
            // ("2020 · Russian peacekeepers began ...": a list's middle dot
            // sets off what comes before as a dash does.)
            && matches!(c, ',' | ';' | ':' | '—' | '–' | '·')
            && let Some(last) = out.last_mut()
        {
            last.comma_after = true;
            last.colon_after |= c == ':';
        }
        i += c.len_utf8();
    }
    out
}

/// Which ASCII bytes are part of a word as [`words`] reads them: letters,
/// digits and `-'.&`. One load for each byte of every sentence, where the
/// char's own tests would take several.
static ASCII_WORD_BYTES: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] =
            (b as u8).is_ascii_alphanumeric() || matches!(b as u8, b'-' | b'\'' | b'.' | b'&');
        b += 1;
    }
    table
};

fn push_word<'a>(
    sentence: &'a str,
    start: usize,
    end: usize,
    quoted: &[Range<usize>],
    out: &mut Vec<Word<'a>>,
) {
    // Trim punctuation that clung to the word ("Tuesday.", "U.S." keeps its dots inside).
    let raw = &sentence[start..end];
    let trimmed = raw
        .trim_end_matches(['.', '\'', '’', '-'])
        .trim_start_matches(['\'', '’', '-', '.']);
    if trimmed.is_empty() {
        return;
    }
    // `trimmed` lies inside `raw`: where it starts is a difference of addresses.
    let offset = start + (trimmed.as_ptr() as usize - raw.as_ptr() as usize);
    let range = offset..offset + trimmed.len();
    let quoted = quoted
        .iter()
        .any(|q| q.start <= range.start && range.end <= q.end);
    out.push(Word {
        text: trimmed,
        range,
        quoted,
        comma_after: false,
        colon_after: false,
        lowered: lower(trimmed),
    });
}

/// The stretches of `sentence` inside round brackets, outermost only; an
/// unclosed bracket runs to the end.
fn bracketed(sentence: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut depth = 0usize;
    let mut open = 0;
    // Brackets are ASCII, never part of a longer char: their bytes are
    // looked for, not every char decoded.
    for i in memchr::memchr2_iter(b'(', b')', sentence.as_bytes()) {
        match sentence.as_bytes()[i] {
            b'(' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            b')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    spans.push(open..i + 1);
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        spans.push(open..sentence.len());
    }
    spans
}

/// Whether `word` (lowercase) opens an adverbial phrase before the main clause.
pub(crate) fn is_lead_opener(word: &str) -> bool {
    LEAD_OPENER_SET.contains(word)
}

/// Participles that open a phrase framing the news ("Answering the
/// questions of journalists, he said ..."), not the news itself.
pub(super) const FRAMING_PARTICIPLES: &[&str] = &[
    "asked",
    "speaking",
    "commenting",
    "answering",
    "responding",
    "addressing",
    "touching",
    "referring",
    "turning",
];

/// Words that open an adverbial phrase before the main clause.
const LEAD_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "since",
    "following",
    "amid",
    "amidst",
    "as",
    "meanwhile",
    "earlier",
    "later",
    "however",
    "moreover",
    "furthermore",
    "also",
    "currently",
    "now",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "then",
    "previously",
    "recently",
    "according",
    "despite",
    "with",
    "without",
    "under",
    "by",
    "from",
    "for",
    "over",
    "within",
    "prior",
    "until",
    "when",
    "while",
    "although",
    "though",
    "if",
    "instead",
    "still",
    "yet",
    "today",
    "yesterday",
    "separately",
    "besides",
    "nevertheless",
    "ultimately",
    "finally",
    "first",
    "second",
    "meantime",
    "in response",
    "back",
    "historically",
];

/// Openers that place the happening at some other time than the report.
/// Occasions a "during" lead names without moving the sentence off the
/// story's day ("During the question hour, ...").
const OCCASIONS: &[&str] = &[
    "session",
    "sitting",
    "hour",
    "meeting",
    "talks",
    "visit",
    "summit",
    "conference",
    "interview",
    "debate",
    "briefing",
    "speech",
    "address",
    "call",
    "hearing",
];

const DISPLACING_LEADS: &[&str] = &[
    "during",
    "since",
    "previously",
    "historically",
    "back",
    "then",
    "until",
    "prior",
    "over",
    "for",
];

/// Past forms of common irregular verbs (and regular ones that look like
/// adjectives less often than they are verbs).
const IRREGULAR_PAST: &[&str] = &[
    "said",
    "told",
    "met",
    "held",
    "made",
    "took",
    "gave",
    "came",
    "went",
    "sent",
    "began",
    "broke",
    "brought",
    "built",
    "bought",
    "chose",
    "drew",
    "drove",
    "fell",
    "fought",
    "found",
    "flew",
    "forbade",
    "forgot",
    "froze",
    "got",
    "grew",
    "hit",
    "hung",
    "heard",
    "kept",
    "knew",
    "laid",
    "led",
    "left",
    "lost",
    "meant",
    "paid",
    "put",
    "quit",
    "ran",
    "rang",
    "rose",
    "saw",
    "sought",
    "sold",
    "set",
    "shot",
    "shut",
    "spoke",
    "spent",
    "spread",
    "stood",
    "stole",
    "struck",
    "swore",
    "taught",
    "thought",
    "threw",
    "understood",
    "undertook",
    "upheld",
    "won",
    "withdrew",
    "wrote",
    "did",
    "had",
    "was",
    "were",
    "became",
    "overtook",
    "arose",
    "beat",
    "bore",
    "cast",
    "cut",
    "dealt",
    "dug",
    "fed",
    "felt",
    "fled",
    "forgave",
    "hid",
    "let",
    "lit",
    "overcame",
    "read",
    "sank",
    "slid",
    "split",
    "sprang",
    "strove",
    "woke",
    // Past participles that differ from the past: "an official dinner was
    // given", "the decision was taken".
    "given",
    "taken",
    "chosen",
    "begun",
    "flown",
    "drawn",
    "frozen",
    "broken",
    "withdrawn",
    // Regular pasts too short for the rule that reads "-ed" ("used the
    // summit to complain", "died in the clashes").
    "used",
    "died",
    "sued",
    "owed",
    "tied",
];

/// Verbs of saying, in their past forms.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "told",
    "announced",
    "stated",
    "declared",
    "noted",
    "added",
    "stressed",
    "emphasized",
    "emphasised",
    "underlined",
    "underscored",
    "explained",
    "claimed",
    "warned",
    "urged",
    "insisted",
    "confirmed",
    "denied",
    "acknowledged",
    "admitted",
    "accused",
    "criticized",
    "criticised",
    "called",
    "described",
    "replied",
    "answered",
    "responded",
    "wrote",
    "argued",
    "suggested",
    "reported",
    "remarked",
    "commented",
    "proposed",
    "expressed",
    "reiterated",
    "recalled",
    "reminded",
    "informed",
    "asserted",
    "complained",
    "hinted",
    "revealed",
    "dismissed",
    "assured",
    "promised",
    "threatened",
    "vowed",
    "pledged",
    "signalled",
    "signaled",
    "indicated",
    "spoke",
    "discussed",
    "raised",
    "conveyed",
    "highlighted",
];

/// Auxiliaries that make a verb group; a past one makes it a past happening.
const PAST_AUXILIARIES: &[&str] = &["was", "were", "had", "has", "have", "did"];
const OTHER_AUXILIARIES: &[&str] = &[
    "is", "are", "am", "be", "been", "being", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "does", "do",
];

/// "-ed" words that are nearly always adjectives in news prose.
const ADJECTIVES_IN_ED: &[&str] = &[
    "unidentified",
    "alleged",
    "armed",
    "united",
    "based",
    "so-called",
    "detailed",
    "concerned",
    "interested",
    "limited",
    "related",
    "experienced",
    "talented",
    "protracted",
    "unprecedented",
    "unprovoked",
    "unrecognized",
    "unrecognised",
    "illegal",
    "russian-led",
    "russia-led",
    "us-led",
    "eu-led",
    "so-called",
    "oil-rich",
    "red",
    "need",
    "speed",
    "bed",
    "seed",
    "feed",
    "deed",
    "hundred",
    "indeed",
    "sacred",
    "naked",
    "wicked",
    "beloved",
    "aged",
    "ragged",
    "rugged",
    "ned",
    "ahmed",
    "mohammed",
    "muhammed",
    "mahmed",
    "fred",
    "ted",
    "jed",
    "ed",
];

/// Words that mark a habit, an opinion or a standing state rather than a happening.
const GENERIC_MARKERS: &[&str] = &[
    "regularly",
    "usually",
    "often",
    "always",
    "traditionally",
    "frequently",
    "routinely",
    "typically",
    "generally",
    "constantly",
    "currently",
    "habitually",
];

/// Whether a lowercase word tells a habit or a standing state ("usually",
/// "traditionally", "currently").
pub(crate) fn is_habit_word(word: &str) -> bool {
    GENERIC_MARKER_SET.contains(word)
}

/// Times a habit recurs at, besides the weekdays: "every Monday", "each
/// week", "every other year", "every time its leaders meet".
const RECURRING_TIMES: &[&str] = &[
    "time", "occasion", "day", "week", "month", "year", "morning", "evening", "night", "weekend",
    "spring", "summer", "autumn", "winter",
];

/// "He writes on foreign policy every other Monday": a time that recurs
/// makes a habit, not a happening.
fn recurs(narration: &[&Word]) -> bool {
    narration.windows(2).enumerate().any(|(i, pair)| {
        let first = pair[0].lower();
        let mut next = pair[1].lower();
        if first != "every" && first != "each" {
            return false;
        }
        if next == "other"
            && let Some(after) = narration.get(i + 2)
        {
            next = after.lower();
        }
        is_in(RECURRING_TIMES, next) || crate::extract::calendar::is_weekday_name(next)
    })
}

/// Subjects whose sentences are views rather than reports ("Analysts say ...").
const OPINION_SUBJECTS: &[&str] = &[
    "analysts",
    "experts",
    "observers",
    "critics",
    "commentators",
    "many",
    "some",
    "scholars",
    "historians",
    "pundits",
];

/// Hours of a day an opening phrase places a happening at ("by dawn").
const HOURS_OF_THE_DAY: &[&str] = &[
    "dawn",
    "daybreak",
    "noon",
    "midday",
    "nightfall",
    "midnight",
    "morning",
    "evening",
    "afternoon",
    "night",
];

/// How many words open a recital ("B. whereas", "whereas"), if the
/// sentence is one: the label is read as the word it is, "B".
fn recital_opening(sentence: &str, narration: &[&Word]) -> Option<usize> {
    let whereas = narration
        .iter()
        .take(2)
        .position(|w| w.lower() == "whereas")?;
    let label = narration[..whereas].iter().all(|w| {
        let written = sentence[w.range.start..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        crate::extract::title::is_enumerator(written)
    });
    (label && narration.len() > whereas + 1).then_some(whereas + 1)
}

/// Words that open a subordinate clause.
const RELATIVE_OPENERS: &[&str] = &[
    "which", "who", "whom", "whose", "when", "where", "while", "whereas",
];
const REPORTED_OPENERS: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "stressing",
    "claiming",
    "arguing",
    "warning",
    "stating",
];

/// `word` in lowercase, with ’ read as '.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    // Most words are ASCII: lowering them needs no Unicode tables and has
    // no ’ to replace. Most of those are lowercase already and are read
    // many times over: they are lent, not copied.
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Borrowed(word);
        }
        return Cow::Owned(word.to_ascii_lowercase());
    }
    Cow::Owned(word.to_lowercase().replace('’', "'"))
}

/// A long word list, looked up by hash: every word of every sentence is
/// looked up in several, and most are in none. The list itself stays the
/// readable data; the set is built from it the first time it is asked.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// A second list the set holds too, if any.
    more: &'static [&'static str],
    set: OnceLock<Lookup>,
}

impl WordSet {
    pub(crate) const fn of(words: &'static [&'static str]) -> WordSet {
        WordSet::union(words, &[])
    }

    /// The words of two lists, looked up at once.
    pub(crate) const fn union(
        words: &'static [&'static str],
        more: &'static [&'static str],
    ) -> WordSet {
        WordSet {
            words,
            more,
            set: OnceLock::new(),
        }
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        let lookup = self.set.get_or_init(|| Lookup::of(self.words, self.more));
        lookup.filter.may_hold(word) && lookup.set.contains(word)
    }
}

/// A word set's hash set, and a filter before it.
struct Lookup {
    filter: WordFilter,
    set: HashSet<&'static str, BuildHasherDefault<FxHasher>>,
}

impl Lookup {
    fn of(words: &'static [&'static str], more: &'static [&'static str]) -> Lookup {
        let mut filter = WordFilter([0; WordFilter::WORDS]);
        let mut set = HashSet::default();
        for &word in words.iter().chain(more) {
            filter.add(word);
            set.insert(word);
        }
        Lookup { filter, set }
    }
}

/// One bit for each (first byte, last byte, length) a word of the set has,
/// folded into 4,096 bits. A word whose bit is clear is in no set: most
/// words asked are in none, and are answered without hashing them.
struct WordFilter([u64; WordFilter::WORDS]);

impl WordFilter {
    const BITS: usize = 4096;
    const WORDS: usize = Self::BITS / 64;

    fn bit(word: &str) -> usize {
        let bytes = word.as_bytes();
        let (first, last) = match (bytes.first(), bytes.last()) {
            (Some(&first), Some(&last)) => (first as usize, last as usize),
            _ => (0, 0),
        };
        (first * 61 + last * 7 + bytes.len()) % Self::BITS
    }

    fn add(&mut self, word: &str) {
        let bit = Self::bit(word);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

static LEAD_OPENER_SET: WordSet = WordSet::of(LEAD_OPENERS);

static REPORTING_VERB_SET: WordSet = WordSet::of(REPORTING_VERBS);
static ADJECTIVE_IN_ED_SET: WordSet = WordSet::of(ADJECTIVES_IN_ED);
/// An irregular past or a verb of reporting, in one lookup: every word of
/// a sentence's main clause is asked whether it is either.
static PAST_OR_REPORTING_SET: WordSet = WordSet::union(IRREGULAR_PAST, REPORTING_VERBS);
// Lists asked of every word of a clause, most of which are in none.
static AUXILIARY_SET: WordSet = WordSet::union(PAST_AUXILIARIES, OTHER_AUXILIARIES);
static GENERIC_MARKER_SET: WordSet = WordSet::of(GENERIC_MARKERS);
static PRESENT_REPORTING_SET: WordSet = WordSet::of(PRESENT_REPORTING);
static TAG_VERB_SET: WordSet = WordSet::of(TAG_VERBS);
static PRESENT_SCHEDULE_SET: WordSet = WordSet::of(PRESENT_SCHEDULE);
static NOUN_PHRASE_PREPOSITION_SET: WordSet = WordSet::of(NOUN_PHRASE_PREPOSITIONS);

fn is_in(list: &[&str], word: &str) -> bool {
    // Most words are in no list: their length and first letter set them
    // apart from nearly every entry without a full comparison.
    let first = word.as_bytes().first();
    list.iter()
        .any(|w| w.len() == word.len() && w.as_bytes().first() == first && *w == word)
}

/// Whether `word` (lowercase) is a past verb form by itself.
pub(crate) fn is_past_form(word: &str) -> bool {
    if PAST_OR_REPORTING_SET.contains(word) {
        return true;
    }
    word.len() > 4
        && word.ends_with("ed")
        && !word.contains('-')
        && !ADJECTIVE_IN_ED_SET.contains(word)
        && word.chars().all(|c| c.is_ascii_alphabetic())
}

/// The simple past of a past participle ("taken" → "took", "met" → "met"),
/// for verbs whose two forms differ or that end in "-ed".
pub(crate) fn past_of_participle(word: &str) -> Option<&str> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("taken", "took"),
        ("given", "gave"),
        ("flown", "flew"),
        ("spoken", "spoke"),
        ("written", "wrote"),
        ("chosen", "chose"),
        ("begun", "began"),
        ("done", "did"),
        ("seen", "saw"),
        ("broken", "broke"),
        ("withdrawn", "withdrew"),
        ("undertaken", "undertook"),
        ("overseen", "oversaw"),
        ("driven", "drove"),
        ("risen", "rose"),
        ("shown", "showed"),
        ("known", "knew"),
        ("gone", "went"),
        ("come", "came"),
        ("become", "became"),
        ("met", "met"),
        ("sent", "sent"),
        ("held", "held"),
        ("made", "made"),
        ("said", "said"),
        ("told", "told"),
        ("left", "left"),
        ("led", "led"),
        ("won", "won"),
        ("lost", "lost"),
        ("signed", "signed"),
        ("put", "put"),
        ("set", "set"),
        ("brought", "brought"),
        ("sought", "sought"),
        ("fought", "fought"),
        ("paid", "paid"),
        ("spent", "spent"),
        ("built", "built"),
    ];
    if let Some((_, past)) = IRREGULAR.iter().find(|(participle, _)| *participle == word) {
        return Some(past);
    }
    (word.len() > 4 && word.ends_with("ed") && word.chars().all(|c| c.is_ascii_alphabetic()))
        .then_some(word)
}

/// An adverb that may stand inside a verb group ("has formally asked").
fn is_adverb(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ly") && !matches!(word, "early" | "july" | "italy" | "ally"))
        || matches!(
            word,
            "already" | "also" | "just" | "still" | "never" | "since" | "once" | "again" | "now"
        )
}

/// 'the treaty "did not work" for Armenia': a few words in quotation marks
/// inside the reporter's clause, between a word of it and more of it, are
/// the reporter's grammar, however they are marked: a quotation of its own
/// stands after a colon, a comma or a verb of saying, or ends the clause.
fn scare_quoted(sentence: &str, quote: &Range<usize>) -> bool {
    let inside = sentence
        .get(quote.clone())
        .unwrap_or_default()
        .split_whitespace()
        .count();
    let before = sentence[..quote.start].trim_end();
    let after = sentence[quote.end..].trim_start();
    let word_before = before
        .rsplit(' ')
        .next()
        .filter(|w| w.chars().all(char::is_alphabetic) && !w.is_empty());
    let joined_before = word_before.is_some_and(|w| {
        w.starts_with(char::is_lowercase)
            && !TAG_VERB_SET.contains(w)
            && !PRESENT_REPORTING_SET.contains(w)
            && !matches!(w, "that" | "saying" | "words" | "word" | "as")
    });
    let joined_after = after
        .split(' ')
        .next()
        .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase()));
    inside <= 4 && joined_before && joined_after
}

/// Whether `word` is a present form that tells of a scheduled happening
/// ("meet", "opens"): see [`PRESENT_SCHEDULE`].
pub(crate) fn is_scheduled_present(word: &str) -> bool {
    PRESENT_SCHEDULE_SET.contains(word)
}

pub(crate) fn is_auxiliary(word: &str) -> bool {
    AUXILIARY_SET.contains(word)
}

/// The words outside `asides`; a comma after an aside belongs to the word
/// before it.
fn without_asides<'a>(words: Vec<Word<'a>>, asides: &[Range<usize>]) -> Vec<Word<'a>> {
    let mut kept: Vec<Word> = Vec::with_capacity(words.len());
    for word in words {
        if asides.iter().any(|a| a.contains(&word.range.start)) {
            if word.comma_after
                && let Some(last) = kept.last_mut()
            {
                last.comma_after = true;
            }
        } else {
            kept.push(word);
        }
    }
    kept
}

/// Reads the shape of `sentence`. `quoted` are its quotation ranges.
pub fn shape(sentence: &str, quoted: &[Range<usize>]) -> Shape {
    let quoted: Vec<Range<usize>> = quoted
        .iter()
        .filter(|q| !scare_quoted(sentence, q))
        .cloned()
        .collect();
    let words = words(sentence, &quoted);
    // "Deputy Gevorg Petrosyan (I Have Honor faction) asked ...": what
    // stands in brackets is an aside, never the sentence's verb. Most
    // sentences have none: their words are kept as they are.
    let asides = bracketed(sentence);
    let mut words = if asides.is_empty() {
        words
    } else {
        without_asides(words, &asides)
    };
    // "Peskov declared to journalists, that the Kremlin ...": a translation
    // keeps its language's comma before what was said; the clause is read
    // as English writes it, without the comma.
    for i in 1..words.len() {
        if words[i].lower() == "that"
            && words[i - 1].comma_after
            && (TAG_VERB_SET.contains(words[i - 1].lower())
                || PRESENT_REPORTING_SET.contains(words[i - 1].lower())
                || matches!(words[i - 1].lower(), "journalists" | "reporters"))
        {
            words[i - 1].comma_after = false;
        }
    }
    // "A: Two years ago, when ...": an interview's label for the one who
    // answers is not part of the sentence's clauses.
    let label_end = super::transcript::label_end(sentence);
    let mut narration: Vec<&Word> = words
        .iter()
        .filter(|w| !w.quoted && w.range.start >= label_end)
        .collect();
    // "B. whereas Armenia requested assistance ...": a resolution's recital
    // states its fact as a main clause; its label and "whereas" only
    // introduce it.
    if let Some(at) = recital_opening(sentence, &narration) {
        narration.drain(..at);
    }
    let mut shape = Shape::default();
    if narration.is_empty() {
        return shape;
    }
    let frame = colon_frame(&narration);
    let (lead_words, displaced) = match frame {
        Some(frame) => {
            let (rest, displaced) = lead_length(&narration[frame..]);
            (frame + rest, displaced)
        }
        None => lead_length(&narration),
    };
    shape.displaced_lead = displaced;
    shape.colon_frame = frame.map(|words| narration[words - 1].range.end);
    shape.lead_end = if lead_words == 0 {
        narration[0].range.start
    } else {
        narration
            .get(lead_words)
            .map_or(sentence.len(), |w| w.range.start)
    };
    let first = narration[0].lower();
    shape.generic = narration
        .iter()
        .any(|w| GENERIC_MARKER_SET.contains(w.lower()))
        || recurs(&narration)
        // ("Observers from the OSCE said ..." are a mission, not opinion.)
        || (is_in(OPINION_SUBJECTS, first)
            && !narration
                .get(1)
                .is_some_and(|w| matches!(w.lower(), "from" | "of" | "at" | "with")))
        || (first == "there"
            && narration
                .get(1)
                .is_some_and(|w| matches!(w.lower(), "is" | "are")))
        || matches!(first, "there's" | "there’s");
    find_main_verb(&narration[lead_words..], &mut shape);
    // "Armenia recalls its permanent representative": recalling someone is
    // a deed; recalling that something happened is speech. "The bloc
    // answered by sending a mission", "Moscow responded with a note": a
    // verb of saying followed by the means is a deed too.
    if shape.reporting
        && let Some(verb) = &shape.main_verb
        && let Some(next) = narration.iter().find(|w| w.range.start >= verb.end)
    {
        let verb_end = verb.end;
        let verb = lower(&sentence[verb.clone()]);
        let next_written = &sentence[next.range.clone()];
        let next = next.lower();
        // "Yerevan formally recalled him", "recalled Khachaturov": so is a
        // person recalled by name or pronoun, unless what is recalled is
        // their word ("recalled Pashinyan's statement").
        let recalls_someone = matches!(&*verb, "recalled" | "recalls" | "recall")
            && (matches!(
                next,
                "its" | "his" | "her" | "their" | "the" | "a" | "an" | "our" | "him" | "them"
            ) || (next_written.starts_with(char::is_uppercase)
                && !next_written.ends_with("'s")
                && !next_written.ends_with("’s")));
        // "The alliance answered Yerevan's appeal with a fact-finding
        // mission": an answer given with a deed is that deed.
        let answered_with = matches!(
            &*verb,
            "answered" | "answers" | "responded" | "responds" | "replied" | "replies"
        ) && {
            let clause: Vec<&str> = narration
                .iter()
                .filter(|w| w.range.start >= verb_end)
                .take_while(|w| !w.comma_after)
                .map(|w| w.lower())
                .collect();
            clause.contains(&"with") && !clause.contains(&"that")
        };
        if recalls_someone
            || answered_with
            || calls_someone(&verb, &narration, verb_end)
            || matches!(next, "by" | "with")
        {
            shape.reporting = false;
        }
    }
    // "Taking part in the meeting were the President of Russia ...": who
    // took part, told with the participle first, is a past happening.
    if shape.main_verb.is_some()
        && PARTICIPATION_OPENERS
            .iter()
            .any(|opener| sentence.trim_start().starts_with(opener))
        && shape
            .main_verb
            .as_ref()
            .is_some_and(|verb| matches!(&sentence[verb.clone()], "were" | "was"))
    {
        shape.past_happening = true;
        shape.participation = true;
    }
    // "Pashinyan went further, telling parliament that ...": a verb that
    // only goes on, followed by a participle of saying, reports speech.
    if !shape.reporting
        && let Some(participle) = goes_on_to_say(&narration, &shape)
    {
        // "was blunter, telling ...": the copula's tense is the saying's.
        let going_on = shape
            .main_verb
            .as_ref()
            .map(|v| lower(&sentence[v.clone()]));
        shape.past_happening |= going_on.is_some_and(|v| is_past_form(&v) || v == "were");
        shape.main_verb = Some(participle);
        shape.reporting = true;
    }
    shape.subordinate = subordinate_spans(sentence, &narration, &shape);
    if !shape.reporting
        && let Some(tag) = tail_tag(sentence, &narration)
    {
        // "Armenia will not host the drills, Pashinyan said on Tuesday, ...":
        // the sentence reports a statement; what comes before the tag is
        // what was said.
        shape.main_verb = Some(tag.verb.clone());
        shape.reporting = true;
        shape.past_happening = is_past_form(&lower(&sentence[tag.verb.clone()]));
        shape.tag_start = Some(tag.start);
        shape.subordinate.retain(|s| s.start >= tag.start);
        // A lead that runs past the tag leaves nothing before it.
        if shape.lead_end < tag.start {
            shape.subordinate.push(shape.lead_end..tag.start);
        }
    }
    shape
}

/// Whether "called" is a telephone call: "Pashinyan called Putin on
/// Monday to discuss ...", "called Vladimir Putin, his office said". The
/// addressee is a name, and what follows it is the call's time, purpose or
/// the clause's end, not what the name was called ("called Russia an
/// unreliable ally", "called Aliyev's words a threat") nor an appeal
/// ("called on", "called for", which start with no name).
fn calls_someone(verb: &str, narration: &[&Word], verb_end: usize) -> bool {
    if !matches!(verb, "called" | "calls" | "rang" | "rings") {
        return false;
    }
    let mut after = narration.iter().filter(|w| w.range.start >= verb_end);
    let Some(first) = after.next() else {
        return false;
    };
    let is_name = |w: &Word| {
        w.text.starts_with(char::is_uppercase) && !w.text.ends_with("'s") && !w.text.ends_with("’s")
    };
    if !is_name(first) || first.quoted {
        return false;
    }
    let mut last = first;
    for word in after {
        if last.comma_after {
            return true;
        }
        if is_name(word) || (matches!(word.lower(), "of" | "de") && !last.comma_after) {
            last = word;
            continue;
        }
        return matches!(
            word.lower(),
            "to" | "on"
                | "and"
                | "in"
                | "at"
                | "last"
                | "this"
                | "earlier"
                | "late"
                | "yesterday"
                | "today"
                | "shortly"
                | "after"
                | "before"
                | "from"
        );
    }
    true
}

/// Whether an opening phrase (lowercase) gives the source of what follows:
/// "according to him", "as Ryzhenkov told journalists after the meeting".
pub(crate) fn names_a_source(lead: &str) -> bool {
    // "By the words of ..." is how a translation from Russian renders
    // "according to".
    ["according to ", "by the words of ", "in the words of "]
        .iter()
        .any(|opener| lead.starts_with(opener))
        || (lead.starts_with("as ")
            && lead
                .split(|c: char| !c.is_alphabetic())
                .any(|w| is_in(SOURCE_VERBS, w)))
}

/// Verbs of saying that make "As X ..." the source of what follows.
const SOURCE_VERBS: &[&str] = &[
    "said",
    "told",
    "noted",
    "stated",
    "explained",
    "stressed",
    "reported",
];

/// Verbs of saying in the present, as news tells a statement of the day.
const PRESENT_REPORTING: &[&str] = &[
    "says",
    "tells",
    "announces",
    "confirms",
    "warns",
    "insists",
    // A chronology's lines and headlines tell in the present too ("May
    // 16, 2022 - Pashinyan complains that ..."). Words that are also nouns
    // ("states", "reports", "claims") are left out.
    "complains",
    "argues",
    "accuses",
    "denies",
    "admits",
    "declares",
    "explains",
    "acknowledges",
    "vows",
    "adds",
    // "Pashinyan writes on Facebook that the council has decided ...".
    "writes",
    "reminds",
    "suggests",
    // An official statement speaks in the present: "The Ministry recalls
    // that ...", "... expresses its disappointment".
    "recalls",
    "stresses",
    "reiterates",
    "emphasises",
    "emphasizes",
    "notes",
    "expresses",
    "welcomes",
    "condemns",
    "regrets",
    "urges",
    // Plural subjects ("Officials in Moscow insist that ..."): words that
    // are not also nouns.
    "insist",
    "argue",
    "maintain",
];

/// How state media open a list of those who took part, verb after.
const PARTICIPATION_OPENERS: &[&str] = &[
    "Taking part",
    "Participating",
    "Attending",
    "Also attending",
    "Also taking part",
    "Present at",
    "Also present",
];

/// Verbs that make a speech tag after what was said.
const TAG_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "noted",
    "stressed",
    "insisted",
    "explained",
    "warned",
    "declared",
    "announced",
    "wrote",
    "writes",
    "argued",
    "continued",
];

/// A speech tag after what was said: its start (after the comma) and verb.
struct TailTag {
    start: usize,
    verb: Range<usize>,
}

/// Finds ", Pashinyan said", ", he told reporters", ", said Timur
/// Dzhaksybekov": a comma, at most four words, then a verb of saying (or
/// the verb first, then its speaker).
fn tail_tag(sentence: &str, narration: &[&Word]) -> Option<TailTag> {
    const MAX_SUBJECT_WORDS: usize = 6;
    const MAX_NAMED_SUBJECT_WORDS: usize = 12;
    for (i, word) in narration.iter().enumerate() {
        if !word.comma_after || i + 1 >= narration.len() {
            continue;
        }
        // "The Kremlin answered on Thursday: spokesman Peskov said ...":
        // after a colon comes what the clause announced, not a tag.
        if sentence[word.range.end..].trim_start().starts_with(':') {
            continue;
        }
        let rest = &narration[i + 1..];
        // ", but the CSTO responded ...": a clause joined on, not a tag;
        // ", after Pashinyan said ...": a clause of time or cause, whose
        // saying is another happening than the sentence's. (", when he
        // first said ..." is the sentence's own time, and may be its news.)
        if matches!(
            rest[0].lower(),
            "and"
                | "but"
                | "or"
                | "while"
                | "so"
                | "yet"
                | "which"
                | "who"
                | "after"
                | "before"
                | "since"
                | "until"
                | "because"
                | "although"
                | "though"
                | "if"
                | "unless"
                | "whereas"
        ) {
            continue;
        }
        let Some(verb_at) = rest
            .iter()
            .take(MAX_NAMED_SUBJECT_WORDS + 1)
            .position(|w| TAG_VERB_SET.contains(w.lower()))
        else {
            continue;
        };
        // "..., the spokesperson of the Ministry of Defense Aram Torosyan
        // told ARMENPRESS": a long role may stand before the name that
        // says it.
        let named = verb_at > 0
            && rest[verb_at - 1].text.starts_with(char::is_uppercase)
            && rest[0].lower() == "the"
            && !rest[..verb_at].iter().any(|w| {
                matches!(
                    w.lower(),
                    "when" | "to" | "that" | "as" | "after" | "before" | "while" | "if"
                )
            });
        if verb_at > MAX_SUBJECT_WORDS && !named {
            continue;
        }
        // No other comma between: the tag is one phrase.
        if rest[..verb_at].iter().any(|w| w.comma_after) {
            continue;
        }
        let verb = rest[verb_at].range.clone();
        return Some(TailTag {
            start: rest[0].range.start,
            verb,
        });
    }
    None
}

/// How many words a frame that only announces the clause after it takes:
/// "What we know is that", "What is clear is that", "The fact is that".
/// The participles of an official report's passive frame ("It was noted
/// that ..."), which names no speaker.
pub(crate) const PASSIVE_REPORTING: &[&str] = &[
    "noted",
    "stressed",
    "emphasized",
    "emphasised",
    "underlined",
    "reported",
    "stated",
];

/// How many words a clause closed by a colon takes at the start of a
/// sentence, when a clause with a verb of the past follows it ("The reason
/// is simple: on 13 September Azerbaijan attacked"): a frame for it.
fn colon_frame(narration: &[&Word]) -> Option<usize> {
    const MAX_FRAME: usize = 14;
    let colon = narration
        .iter()
        .take(MAX_FRAME)
        .position(|w| w.colon_after)?;
    let frame = &narration[..=colon];
    let rest = &narration[colon + 1..];
    let has_verb = |words: &[&Word]| {
        words
            .iter()
            .any(|w| is_past_form(w.lower()) || matches!(w.lower(), "is" | "was" | "are" | "were"))
    };
    (colon >= 2
        && !frame[..colon].iter().any(|w| w.comma_after || w.quoted)
        && frame[0].text.starts_with(char::is_uppercase)
        && has_verb(frame)
        && rest.len() >= 3
        // "He kept his word: neither the declaration nor ... bore his
        // signature": what did not happen explains the frame's deed.
        && !matches!(rest[0].lower(), "neither" | "no" | "not" | "nor" | "none" | "nothing")
        && rest.iter().any(|w| is_past_form(w.lower())))
    .then_some(colon + 1)
}

fn cleft_frame(narration: &[&Word]) -> Option<usize> {
    const MAX_FRAME: usize = 7;
    // "It was noted that the Armenian side did not take part ...": an
    // official report's passive frame names no speaker; what it reports is
    // the clause.
    if let [it, was, said, that, _, ..] = narration
        && it.lower() == "it"
        && matches!(was.lower(), "was" | "is")
        && PASSIVE_REPORTING.contains(&said.lower())
        && that.lower() == "that"
        && !said.comma_after
    {
        return Some(4);
    }
    let first = narration.first()?.lower();
    let opens = first == "what"
        || (first == "the"
            && narration
                .get(1)
                .is_some_and(|w| matches!(w.lower(), "fact" | "truth" | "point" | "reality")));
    if !opens {
        return None;
    }
    let that = narration
        .iter()
        .take(MAX_FRAME)
        .position(|w| w.lower() == "that")?;
    let before = narration.get(that.checked_sub(1)?)?;
    (that >= 2
        && matches!(before.lower(), "is" | "was")
        && !narration[..that].iter().any(|w| w.comma_after)
        && that + 1 < narration.len())
    .then_some(that + 1)
}

/// How far into a sentence the verb after an opening phrase is looked for.
const OPENING_PHRASE_REACH: usize = 14;

/// Where the subject begins in a sentence that opens with a phrase of
/// place or occasion and no comma: the determiner of the noun phrase right
/// before the first verb of saying ("... the summit | the Russian leader
/// said"), when no preposition governs it.
fn subject_after_opening_phrase(narration: &[&Word]) -> Option<usize> {
    let verb = narration
        .iter()
        .take(OPENING_PHRASE_REACH)
        .position(|w| REPORTING_VERB_SET.contains(w.lower()))?;
    subject_before(narration, verb)
}

/// [`subject_after_opening_phrase`] for a deed: the subject of the first
/// verb in the past ("At Wednesday's summit in Yerevan | the prime
/// minister refused ...", "In Moscow | the remaining members decided
/// ..."), when no comma comes near, which would end the phrase itself. A
/// name a preposition governs ("with Italy's La Repubblica published ...")
/// is no subject, and a name's determiner goes with it.
fn subject_of_a_deed_after_opening_phrase(narration: &[&Word]) -> Option<usize> {
    let near = &narration[..narration.len().min(OPENING_PHRASE_REACH)];
    if near.iter().any(|w| w.comma_after) {
        return None;
    }
    let verb = near.iter().position(|w| is_past_form(w.lower()))?;
    let subject = subject_before(narration, verb)?;
    let before = narration[subject - 1].lower();
    if before == "the" {
        // "the leaders of | the CSTO met": the name ends a noun phrase
        // that began before "of".
        let of_the = subject >= 3 && narration[subject - 2].lower() == "of";
        let head = of_the
            .then(|| {
                (1..subject - 2)
                    .rev()
                    .take(3)
                    .find(|&i| matches!(narration[i].lower(), "the" | "a" | "an"))
            })
            .flatten();
        return Some(head.unwrap_or(subject - 1));
    }
    (!LEAD_OPENER_SET.contains(before) && !NOUN_PHRASE_PREPOSITION_SET.contains(before))
        .then_some(subject)
}

/// Where the subject of the verb at `verb` begins, after an opening phrase
/// with no comma (see [`subject_after_opening_phrase`]).
fn subject_before(narration: &[&Word], verb: usize) -> Option<usize> {
    if narration[..verb].iter().any(|w| w.comma_after) {
        return None;
    }
    // "In the first session Marina Kosova argued ...": a name right before
    // the verb, after the phrase's last word in lower case.
    let capital = |w: &Word| w.text.starts_with(char::is_uppercase);
    // ("At the summit in Minsk Lukashenko said": the place the phrase ends
    // with is no part of the name.)
    let name_start = (verb.saturating_sub(3)..verb)
        .find(|&i| narration[i..verb].iter().all(|w| capital(w)))
        .filter(|&i| i > 1 && !capital(narration[i - 1]))
        .map(|i| {
            let placed = matches!(
                narration[i - 1].lower(),
                "in" | "at" | "on" | "from" | "near"
            );
            if placed { i + 1 } else { i }
        })
        .filter(|&i| i < verb);
    if let Some(name) = name_start
        && narration[1..name].iter().all(|w| !is_past_form(w.lower()))
    {
        return Some(name);
    }
    let determiner = (verb.saturating_sub(4)..verb)
        .rev()
        .find(|&i| matches!(narration[i].lower(), "the" | "a" | "an"))?;
    let noun_phrase = &narration[determiner + 1..verb];
    let governed = determiner.checked_sub(1).is_none_or(|before| {
        let w = narration[before].lower();
        LEAD_OPENER_SET.contains(w) || NOUN_PHRASE_PREPOSITION_SET.contains(w)
    });
    let plain = noun_phrase
        .iter()
        .all(|w| !is_past_form(w.lower()) && !NOUN_PHRASE_PREPOSITION_SET.contains(w.lower()));
    // "In 2023 Armenia refused the exercises and recalled its envoy": an
    // opening phrase holds no verb of its own; "recalled" is the second
    // verb of the main clause, not a verb of saying after its subject.
    let verbless = narration[1..determiner]
        .iter()
        .all(|w| !is_past_form(w.lower()));
    (determiner > 1 && !noun_phrase.is_empty() && plain && !governed && verbless)
        .then_some(determiner)
}

/// "By the final whistle he had refused to sign": a sentence opened by the
/// point of the story at which something was done (the end of the session,
/// the time the leaders left, the evening of the next day) tells, in the
/// past perfect, what was done by then: a happening of the story's own
/// time, not a look back, whose opening phrase dates it as a date would.
pub(crate) fn done_by_a_point_of_the_story(text: &str) -> bool {
    let head = text.trim_start();
    POINTS_OF_THE_STORY.iter().any(|point| {
        head.get(..point.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(point))
    })
}

/// "More than 100,000 people had left for Armenia by the end of the
/// month": the point of the story closing the sentence, as
/// [`done_by_a_point_of_the_story`] reads it opening one.
pub(crate) fn closes_with_a_point_of_the_story(text: &str) -> bool {
    /// How many words may follow the point's own words ("the month").
    const POINT_TAIL_WORDS: usize = 4;
    let lowered = text.trim_end().to_lowercase();
    POINTS_OF_THE_STORY.iter().any(|point| {
        crate::extract::text::occurrences(&lowered, point)
            .filter(|&at| at > 0 && lowered[..at].ends_with(' '))
            .any(|at| {
                let tail = &lowered[at + point.len()..];
                !tail.contains([',', ';']) && tail.split_whitespace().count() <= POINT_TAIL_WORDS
            })
    })
}

/// The points of the story, lowercase, that [`done_by_a_point_of_the_story`]
/// finds opening a sentence and [`closes_with_a_point_of_the_story`] closing one.
const POINTS_OF_THE_STORY: [&str; 16] = [
    "by the end of ",
    "by the close of ",
    "by the morning of ",
    "by the afternoon of ",
    "by the evening of ",
    "by the night of ",
    "by morning",
    "by noon",
    "by evening",
    "by nightfall",
    "by the time ",
    "by the final ",
    "by the last ",
    "by then",
    "by that time",
    "by that point",
];

/// How many words a label of place and date takes before a colon at the
/// start of a caption or entry ("Yerevan, 23 November 2022: demonstrators
/// near the venue hold up a placard"), or of an entry's number and date:
/// where and when, not who acts.
fn place_and_date_label(narration: &[&Word]) -> Option<usize> {
    const PLACE_WORDS: usize = 3;
    const DATE_WORDS: usize = 4;
    let place_end = narration
        .iter()
        .take(PLACE_WORDS)
        .position(|w| w.comma_after)?;
    // (Or an entry's number: "6 · 14 June 2024: added ...".)
    let entry_number = place_end == 0
        && narration[0].text.len() <= 3
        && narration[0].text.bytes().all(|b| b.is_ascii_digit());
    if narration[place_end].colon_after
        || !(entry_number
            || narration[..=place_end]
                .iter()
                .all(|w| w.text.starts_with(char::is_uppercase)))
    {
        return None;
    }
    let colon = place_end
        + 1
        + narration[place_end + 1..]
            .iter()
            .take(DATE_WORDS)
            .position(|w| w.colon_after)?;
    let date_word = |w: &&Word| {
        let digits = w.text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
            || super::calendar::month_number(w.text).is_some()
            || super::calendar::is_weekday_name(w.text)
    };
    (narration[place_end + 1..=colon].iter().all(date_word)
        && narration[place_end + 1..=colon].iter().any(|w| {
            w.text.len() == 4 && w.text.bytes().all(|b| b.is_ascii_digit())
                || super::calendar::month_number(w.text).is_some()
        })
        && narration.len() > colon + 2)
        .then_some(colon + 1)
}

/// The verbs a log's entry opens with, saying what was done to the record
/// ("Added the handover of passport control ...", "Corrected the arrival
/// of the mission ..."): what follows names the happening.
pub(crate) const LOG_VERBS: [&str; 6] = [
    "added",
    "removed",
    "corrected",
    "fixed",
    "updated",
    "backfilled",
];

/// Prepositions a relative pronoun may follow ("on which", "under whom").
const RELATIVE_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "under", "by", "with", "from", "to", "for", "of",
];

/// Where the verb of the relative clause that `words[at]` opens stands in
/// `words`, when it is a "which" or "whom" right after a preposition, with
/// no comma before it ("the treaty on which the bloc rests was signed"):
/// the clause ends at its own verb (see [`relative_verb`]).
fn relative_after_preposition(words: &[&Word], at: usize) -> Option<usize> {
    let opens = at > 0
        && matches!(words[at].lower(), "which" | "whom")
        && !words[at - 1].comma_after
        && is_in(RELATIVE_PREPOSITIONS, words[at - 1].lower());
    if !opens {
        return None;
    }
    relative_verb(&words[at + 1..]).map(|verb| at + 1 + verb)
}

/// Where the verb of a relative clause ("the bloc rests", after "on
/// which") stands in `after` (the words after the relative pronoun), when
/// a verb of the clause the relative sits in follows it: the first past
/// form, auxiliary or present in "-s" after at least one word of its
/// subject.
fn relative_verb(after: &[&Word]) -> Option<usize> {
    const SUBJECT_WORDS: usize = 4;
    let verb = after
        .iter()
        .enumerate()
        .skip(1)
        .take(SUBJECT_WORDS)
        .find(|(k, w)| {
            let w = w.lower();
            is_past_form(w)
                || is_auxiliary(w)
                || (w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !matches!(after[k - 1].lower(), "the" | "a" | "an" | "its" | "their"))
        })
        .map(|(k, _)| k)?;
    after[verb + 1..]
        .iter()
        .any(|w| is_past_form(w.lower()) || is_auxiliary(w.lower()))
        .then_some(verb)
}

/// Prepositions that take a noun phrase as their object.
const NOUN_PHRASE_PREPOSITIONS: &[&str] = &[
    "of", "to", "for", "with", "from", "by", "about", "near", "outside", "inside", "within",
    "between", "among", "against", "over", "under", "into", "onto", "toward", "towards",
];

/// How many words the opening adverbial takes, and whether it displaces the
/// happening in time. An adverbial opens with a preposition, an adverb or a
/// participle and runs to the first comma.
fn lead_length(narration: &[&Word]) -> (usize, bool) {
    if let Some(label) = place_and_date_label(narration) {
        return (label, false);
    }
    let first = narration[0].lower();
    // "To note, on February 22 the Prime Minister announced ...": an
    // agency's aside that only points at what it tells.
    if first == "to"
        && narration.len() > 2
        && narration[1].comma_after
        && matches!(narration[1].lower(), "note" | "recall" | "remind")
    {
        let (rest, displaced) = lead_length(&narration[2..]);
        return (2 + rest, displaced);
    }
    // "The same month it hosted ...", "That day he said ...": a time told
    // from the story's, with no comma after it.
    let time_word = |w: Option<&&Word>| {
        w.is_some_and(|w| {
            matches!(
                w.lower(),
                "day" | "week" | "month" | "year" | "morning" | "evening" | "night"
            )
        })
    };
    let said_time = match first {
        "the" if narration.get(1).is_some_and(|w| w.lower() == "same") => {
            time_word(narration.get(2)).then_some(3)
        }
        "that" => time_word(narration.get(1)).then_some(2),
        // "At this point Ghazaryan, shouting from his seat, accused ...".
        "at" if narration
            .get(1)
            .is_some_and(|w| matches!(w.lower(), "this" | "that"))
            && narration.get(2).is_some_and(|w| {
                !w.comma_after && matches!(w.lower(), "point" | "moment" | "stage" | "time")
            }) =>
        {
            Some(3)
        }
        // "By dawn Pashinyan had convened ...", "Before noon the
        // government asked ...", "By the evening of that day ...": an hour
        // of the story's day.
        "by" | "before" | "at" | "after" | "until" | "around" => {
            let article = usize::from(narration.get(1).is_some_and(|w| w.lower() == "the"));
            let hour = 1 + article;
            narration
                .get(hour)
                .filter(|w| is_in(HOURS_OF_THE_DAY, w.lower()))
                .map(|_| {
                    // "... of that day", "... of the same day".
                    let of_the_day = narration
                        .get(hour + 1)
                        .filter(|w| w.lower() == "of")
                        .and_then(|_| {
                            narration
                                .iter()
                                .skip(hour + 2)
                                .take(3)
                                .position(|w| w.lower() == "day")
                        })
                        .map(|at| hour + 2 + at + 1);
                    // "By the evening of 30 September ...": of a day named.
                    let of_a_date = || {
                        narration.get(hour + 1).filter(|w| w.lower() == "of")?;
                        let date_words = narration
                            .iter()
                            .skip(hour + 2)
                            .take(4)
                            .take_while(|w| {
                                let bare = w.text.trim_end_matches([',', '.']);
                                is_month_name(bare)
                                    || is_weekday_name(bare)
                                    || (!bare.is_empty()
                                        && bare.bytes().all(|b| b.is_ascii_digit()))
                            })
                            .count();
                        (date_words > 0).then_some(hour + 2 + date_words)
                    };
                    of_the_day.or_else(of_a_date).unwrap_or(hour + 1)
                })
        }
        _ => None,
    };
    if let Some(words) = said_time {
        return (words, false);
    }
    // "What we know is that the leaders agreed ...", "The fact is that
    // ...": a frame that only announces the clause after it.
    if let Some(words) = cleft_frame(narration) {
        let (rest, displaced) = lead_length(&narration[words..]);
        return (words + rest, displaced);
    }
    // "May 16, 2022 - At a Moscow summit, Pashinyan complains ...": the
    // date that heads a chronology's line is a lead, and what follows it
    // opens as a sentence does.
    // Figures, or a date written in them ("2022-11-23", "23.11.2022").
    let digits = |w: &Word| {
        let bare = w.text.trim_end_matches([',', '.']);
        bare.bytes().any(|b| b.is_ascii_digit())
            && bare
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'/'))
    };
    let month = |w: &Word| month_number(w.text).is_some();
    if month(narration[0]) || digits(narration[0]) {
        let head = (0..narration.len().min(4))
            .find(|&i| {
                narration[i].comma_after
                    && !narration
                        .get(i + 1)
                        .is_some_and(|n| n.text.len() == 4 && digits(n))
            })
            .map(|i| i + 1);
        // What follows must follow at once: after "12 June 2024 — "We will
        // leave," Pashinyan tells ..." the quotation leads.
        if let Some(head) = head
            && head < narration.len()
            && narration[head].range.start - narration[head - 1].range.end <= 6
            && narration[..head].iter().all(|w| month(w) || digits(w))
        {
            let (rest, displaced) = lead_length(&narration[head..]);
            return (head + rest, displaced);
        }
    }
    // "Two years ago, ...", "Three days later, ...", "Eight months before,
    // ...", "That autumn, ...": a time counted back or on, or a season.
    let counted_time = narration
        .iter()
        .take(5)
        .take_while(|w| !w.comma_after)
        .chain(narration.iter().take(5).find(|w| w.comma_after))
        .any(|w| {
            matches!(
                w.lower(),
                "ago"
                    // "A year after the attack, ...": counted from a happening.
                    | "after"
                    | "later"
                    | "earlier"
                    | "before"
                    | "afterwards"
                    | "autumn"
                    | "spring"
                    | "summer"
                    | "winter"
                    | "fall"
            )
        });
    // "A year ago this month Armenia, as chair, announced ...", "A year
    // ago today Pashinyan, then chairing the alliance, presided ...": a time
    // counted back or on, with no comma of its own, ends where a name
    // begins right after its last word; the comma further on closes an
    // apposition, not the adverbial.
    if counted_time
        && let Some(name) = (1..narration.len().min(7)).find(|&i| {
            narration[i].text.starts_with(char::is_uppercase)
                && !is_month_name(narration[i].text)
                && matches!(
                    narration[i - 1].lower(),
                    "ago"
                        | "later"
                        | "earlier"
                        | "afterwards"
                        | "month"
                        | "year"
                        | "week"
                        | "today"
                )
        })
        && !narration[..name].iter().any(|w| w.comma_after)
    {
        return (name, false);
    }
    // "From the tribune of the National Assembly he declared ...": an
    // opening phrase with no comma ends where a pronoun subject begins.
    if (LEAD_OPENER_SET.contains(first) || first == "from")
        && let Some(pronoun) = narration
            .iter()
            .take(12)
            .position(|w| matches!(w.lower(), "he" | "she" | "they" | "we"))
        && pronoun > 1
        && !narration[..pronoun].iter().any(|w| w.comma_after)
    {
        return (pronoun, false);
    }
    // "In his remarks at the summit the Russian leader said ...": an
    // opening phrase of place or occasion with no comma ends where the
    // subject's noun phrase, right before a verb of saying, begins.
    if matches!(first, "in" | "at" | "during")
        && let Some(subject) = subject_after_opening_phrase(narration)
    {
        return (subject, false);
    }
    // "Last year's summit, in Minsk, went ahead ...": a time in the
    // possessive determines the subject's noun; it is no adverbial.
    let time_determines_noun = matches!(first, "last" | "this" | "next")
        && narration.get(1).is_some_and(|w| {
            !w.comma_after && (w.lower().ends_with("'s") || w.lower().ends_with("’s"))
        });
    let opens_lead = (LEAD_OPENER_SET.contains(first) && !time_determines_noun)
        || first.ends_with("ing")
        || (first.ends_with("ed") && first.len() > 4)
        || counted_time;
    if !opens_lead {
        // "But", "And" only join the sentence to the one before; an opener
        // may follow them ("But two years ago, when ..., we invoked ...").
        if matches!(first, "but" | "and" | "so") && narration.len() > 1 {
            let (rest, displaced) = lead_length(&narration[1..]);
            return (1 + rest, displaced);
        }
        return (0, false);
    }
    let is_year = |w: &Word| w.text.len() == 4 && w.text.bytes().all(|b| b.is_ascii_digit());
    // "In 2018 Yuri Khachaturov, the general who ..., was charged": a date
    // opener with no comma of its own ends where a name begins; the comma
    // further on closes an apposition, not the adverbial.
    // "At about 20:00 on 14 September Armen Grigoryan, the secretary of
    // the Security Council, announced ...": so does an hour of a day.
    let clock = |w: &Word| {
        let bare = w.text.trim_end_matches([',', '.']);
        (bare.contains(':')
            && bare.bytes().any(|b| b.is_ascii_digit())
            && bare.bytes().all(|b| b.is_ascii_digit() || b == b':'))
            || matches!(w.lower(), "a.m." | "p.m." | "am" | "pm")
    };
    let at_an_hour = first == "at"
        && narration
            .get(1)
            .is_some_and(|w| clock(w) || matches!(w.lower(), "about" | "around"));
    if matches!(first, "in" | "on") || at_an_hour {
        let is_date_word = |w: &Word| {
            is_year(w)
                || is_month_name(w.text)
                // "On Sunday Pashinyan meets Aliyev in Brussels, with ...".
                || is_weekday_name(w.text)
                || (at_an_hour
                    && (clock(w)
                        || matches!(
                            w.lower(),
                            "about" | "around" | "on" | "that" | "evening" | "morning" | "night"
                        )))
                // "In May this year Pashinyan ...", "In early 2023 the bloc ...".
                || matches!(
                    w.lower(),
                    "this" | "last" | "next" | "year" | "early" | "late" | "mid"
                )
                || w.text
                    .trim_end_matches([',', '.'])
                    .bytes()
                    .all(|b| b.is_ascii_digit())
        };
        let date_words = narration[1..]
            .iter()
            .take_while(|w| is_date_word(w) && !w.comma_after)
            .count();
        let next = narration.get(1 + date_words);
        // "On Wednesday the leaders of the six states met in Yerevan, with
        // ...": after a day, a subject opened by its determiner begins as
        // surely as a name does.
        if date_words > 0
            && next.is_some_and(|w| {
                (w.text.chars().next().is_some_and(char::is_uppercase) && !is_month_name(w.text))
                    || (first == "on"
                        && matches!(
                            w.lower(),
                            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
                        ))
            })
        {
            return (1 + date_words, false);
        }
    }
    if matches!(first, "in" | "at" | "during")
        && let Some(subject) = subject_of_a_deed_after_opening_phrase(narration)
    {
        return (subject, false);
    }
    // The comma inside "On October 3, 2023," does not end the adverbial.
    let Some(comma) = narration
        .iter()
        .enumerate()
        .position(|(i, w)| w.comma_after && !narration.get(i + 1).is_some_and(|n| is_year(n)))
    else {
        return (0, false);
    };
    // A prepositional opener holds no verb of its own: "Prior to the summit
    // hundreds of activists ... rallied on November 23, demanding ..." has
    // no adverbial ending at that comma. Clause openers ("When asked ...,")
    // may hold verbs.
    // A participle's phrase ("Touching upon the session held on ...,") may
    // hold participles of its own.
    let clause_opener = is_in(FRAMING_PARTICIPLES, first)
        || matches!(
            first,
            "when"
                | "while"
                | "as"
                | "although"
                | "though"
                | "after"
                | "before"
                | "since"
                | "if"
                | "until"
                | "once"
                | "because"
        );
    // ("... the conversation published by the government," is a participle, not a verb.)
    // So is "the CSTO summit held in Yerevan": a participle right after a
    // common noun, with its place or time after it.
    let participle_after_noun = |i: usize| {
        i > 1
            && narration[i - 1].text.starts_with(char::is_lowercase)
            && !narration[i - 1].comma_after
            && !matches!(
                narration[i - 1].lower(),
                "he" | "she" | "it" | "they" | "we" | "i" | "you" | "who" | "which" | "that"
            )
            && narration
                .get(i + 1)
                .is_some_and(|next| matches!(next.lower(), "in" | "on" | "at" | "last" | "earlier"))
    };
    // "... was received by Putin": a participle before its agent. ("met by
    // video link" says how they met: the verb is finite.)
    let passive_by = |i: usize| {
        narration
            .get(i + 1)
            .is_some_and(|next| next.lower() == "by")
            && !narration
                .get(i + 2)
                .is_some_and(|means| is_in(MEANS_OF_MEETING, means.lower()))
    };
    let finite_verb_at = |i: usize| {
        (is_past_form(narration[i].lower())
            // "At the summit Pashinyan says ..., adding ...": the news present.
            || PRESENT_REPORTING_SET.contains(narration[i].lower())
            || PRESENT_SCHEDULE_SET.contains(narration[i].lower()))
            && !passive_by(i)
            && !participle_after_noun(i)
    };
    if !clause_opener && (1..comma).any(finite_verb_at) {
        return (0, false);
    }
    // A comma after the first word only ("However, ...") or a long run
    // without a comma means no adverbial worth skipping.
    // "Since 2018, ..." dates the clause itself; "Since then, ..." only moves it.
    let names_a_date = narration[..=comma].iter().any(|w| {
        (w.text.len() == 4 && w.text.bytes().all(|b| b.is_ascii_digit())) || is_month_name(w.text)
    });
    // "During the government's question hour, Pashinyan said ...": an
    // occasion of the day, not a period long past.
    let occasion = first == "during"
        && narration[1..=comma]
            .iter()
            .any(|w| is_in(OCCASIONS, &lower(w.text.trim_end_matches([',', '.']))));
    let displaced = is_in(DISPLACING_LEADS, first) && !names_a_date && !occasion;
    // "In May last year, after Azerbaijani troops advanced ..., Armenia
    // invoked ...": a clause of time after the opener belongs to it too.
    // So does a framing phrase after it ("In the evening, answering the
    // questions of journalists, N. Pashinyan informed ...").
    // "Yesterday, during the question-and-answer session of the
    // Government, RA Prime Minister ... stated": so does a phrase of place
    // or occasion, and each one after it.
    let opens_phrase = |w: &Word| {
        let next = w.lower();
        matches!(
            next,
            "after"
                | "before"
                | "when"
                | "while"
                | "once"
                | "following"
                | "during"
                | "at"
                | "on"
                | "amid"
                | "speaking"
        ) || is_in(FRAMING_PARTICIPLES, next)
    };
    // "On 14 May 2021, two days after Azerbaijani troops crossed ...,": a
    // time counted from a happening opens a phrase as "after" does.
    let counted_from = |at: usize| {
        narration
            .get(at)
            .is_some_and(|w| crate::extract::text::count_word(w.lower()).is_some())
            && narration
                .iter()
                .skip(at + 1)
                .take(3)
                .take_while(|w| !w.comma_after)
                .any(|w| matches!(w.lower(), "after" | "before"))
    };
    // "On 13 September 2022, in connection with the aggression of ...,
    // Armenia applied ...": a prepositional phrase with no verb of its own
    // between two commas is one more lead.
    let verbless_phrase = |at: usize, next: usize| {
        narration.get(at).is_some_and(|w| {
            matches!(
                w.lower(),
                "in" | "with" | "under" | "despite" | "amid" | "according"
            )
        }) && !(at..next).any(finite_verb_at)
    };
    let mut end = comma;
    while let Some(next) = narration[end + 1..]
        .iter()
        .position(|w| w.comma_after)
        .map(|at| end + 1 + at)
        && next + 1 < narration.len()
        && (narration.get(end + 1).is_some_and(|w| opens_phrase(w))
            || counted_from(end + 1)
            || verbless_phrase(end + 1, next))
    {
        end = next;
    }
    (end + 1, displaced)
}

fn find_main_verb(clause: &[&Word], shape: &mut Shape) {
    let mut inside_relative = false;
    // The last word of a relative clause with no commas round it.
    let mut relative_to: Option<usize> = None;
    for (i, word) in clause.iter().enumerate() {
        let w = word.lower();
        if inside_relative {
            inside_relative = !word.comma_after;
            continue;
        }
        if relative_to.is_some_and(|end| i <= end) {
            continue;
        }
        // "The treaty on which the bloc rests was signed in Tashkent": a
        // relative clause after a preposition, set off by no comma, ends
        // at its own verb when the subject's verb comes after it.
        if let Some(verb) = relative_after_preposition(clause, i) {
            relative_to = Some(verb);
            continue;
        }
        // A verb needs a subject before it: a first "-ed" word is an adjective
        // ("unidentified individuals ...").
        if i == 0 && (!is_auxiliary(w) || word.text == "May") {
            continue;
        }
        // A relative clause inside the subject ("Biyagov, who had served ...,
        // was appointed"; "Tasmagambetov, a former prime minister who has
        // run the secretariat since January, said"): skip to the comma that
        // closes it.
        let opens_relative = i > 0
            && ((is_in(RELATIVE_OPENERS, w) && clause[i - 1].comma_after)
                || (matches!(w, "who" | "whom" | "whose")
                    && clause[i + 1..].iter().any(|later| later.comma_after)));
        // "Pashinyan, asked about the summit on Thursday, said ...": a
        // participle set off after the subject describes it; the verb comes
        // after the comma that closes it.
        let participle_aside = i > 0
            && clause[i - 1].comma_after
            && is_past_form(w)
            && clause[i..].iter().enumerate().any(|(k, closing)| {
                closing.comma_after
                    && clause.get(i + k + 1).is_some_and(|next| {
                        is_past_form(next.lower()) || is_auxiliary(next.lower())
                    })
            });
        // "Putin, as quoted by the Kremlin, highlighted ...": the source set
        // off after the subject.
        let source_aside = i > 0
            && clause[i - 1].comma_after
            && w == "as"
            && clause
                .get(i + 1)
                .is_some_and(|next| is_past_form(next.lower()))
            && clause[i..].iter().any(|later| later.comma_after);
        // "Russian peacekeepers stationed in the region did not intervene":
        // a participle right after its noun, before a preposition, describes
        // the subject when a verb of its own follows in the clause.
        let reduced_relative = i > 0
            && is_past_form(w)
            && !REPORTING_VERB_SET.contains(w)
            && !clause[i - 1].comma_after
            && !matches!(
                clause[i - 1].lower(),
                "he" | "she" | "it" | "we" | "they" | "i" | "you" | "who" | "which" | "that"
            )
            && !is_auxiliary(clause[i - 1].lower())
            // (Or before its time: "The law passed last week does not
            // oblige anyone to leave".)
            && clause.get(i + 1).is_some_and(|next| {
                is_in(PARTICIPLE_PREPOSITIONS, next.lower())
                    || matches!(next.lower(), "last" | "earlier" | "yesterday")
            })
            && !word.comma_after
            && later_verb_of_the_subject(&clause[i + 1..]);
        // "Many Armenians feel let down by Moscow": a participle after a
        // linking verb in the present tells a state, not a deed.
        let after_linking_verb =
            i > 0 && is_past_form(w) && is_in(LINKING_PRESENT, clause[i - 1].lower());
        // "The only Armenian to have led the secretariat, Khachaturov, was
        // recalled": an infinitive's verbs describe the subject.
        let in_infinitive = {
            let group = clause[..i]
                .iter()
                .rev()
                .take_while(|before| matches!(before.lower(), "have" | "be" | "been"))
                .count();
            let opens_group = group > 0 || matches!(w, "have" | "be");
            opens_group
                && (is_auxiliary(w) || is_past_form(w))
                && i > group
                && clause[i - group - 1].lower() == "to"
        };
        if reduced_relative || after_linking_verb || in_infinitive {
            continue;
        }
        if opens_relative || participle_aside || source_aside {
            inside_relative = !word.comma_after;
            continue;
        }
        // "Pashinyan refuses to sign the declaration, complaining that the
        // bloc has not condemned Azerbaijan": a gerund after a comma opens
        // an adjunct that runs to the end; its verbs are not the sentence's,
        // whose present the lists below may not know.
        let adjunct_to_the_end = i > 0
            && clause[i - 1].comma_after
            && w.len() > "ing".len() + 2
            && w.ends_with("ing")
            && !is_in(NOUNS_IN_ING, w)
            && !clause[i..].iter().any(|later| later.comma_after);
        if adjunct_to_the_end {
            return;
        }
        let preceded_by_determiner = i > 0
            && matches!(
                clause[i - 1].lower(),
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
            );
        // "In May 2021 we ...": the month, not the verb.
        let month_may = word.text == "May";
        if is_auxiliary(w) && !month_may {
            // "has formally asked", "had already notified": adverbs stand
            // inside the group; it ends at its last verb.
            let in_group = |n: &str| {
                is_auxiliary(n)
                    || n == "not"
                    || is_past_form(n)
                    || n.ends_with("ing")
                    || is_adverb(n)
            };
            let mut group_end = clause[i + 1..]
                .iter()
                .take_while(|next| in_group(next.lower()))
                .count();
            while group_end > 0 && is_adverb(clause[i + group_end].lower()) {
                group_end -= 1;
            }
            let last = clause[i + group_end];
            shape.main_verb = Some(word.range.start..last.range.end);
            let group: Vec<&str> = clause[i..=i + group_end]
                .iter()
                .map(|x| x.lower())
                .filter(|w| !is_adverb(w))
                .collect();
            // "has stopped paying": the perfect of the verb the gerund
            // depends on ("has been paying" goes on, it is no perfect).
            let perfect_before_gerund = group.len() > 2
                && is_past_form(group[1])
                && group[1] != "been"
                && group.last().is_some_and(|g| g.ends_with("ing"));
            let passive_or_perfect = (group.len() > 1
                && is_past_form(group.last().map_or("", |g| &**g)))
                || perfect_before_gerund;
            let past_auxiliary = is_in(PAST_AUXILIARIES, w) && !matches!(w, "has" | "have");
            shape.past_happening = (past_auxiliary && (passive_or_perfect || w == "did"))
                || (matches!(w, "has" | "have") && passive_or_perfect);
            shape.reporting = group.iter().any(|g| REPORTING_VERB_SET.contains(g));
            return;
        }
        if is_past_form(w) && !preceded_by_determiner {
            shape.main_verb = Some(word.range.clone());
            shape.past_happening = true;
            shape.reporting = REPORTING_VERB_SET.contains(w);
            return;
        }
        // "Pashinyan says the bloc has agreed ...": the news present of a
        // live blog or a headline-style lead is a statement made now.
        if PRESENT_REPORTING_SET.contains(w) && !preceded_by_determiner {
            shape.main_verb = Some(word.range.clone());
            shape.past_happening = true;
            shape.reporting = true;
            return;
        }
        // "Leaders of the bloc gather in Dushanbe on Friday": the present of
        // a programme, a happening still to come.
        // "The leaders ... pose for a photo in Yerevan on November 23":
        // the present of a photo's caption tells what the photo shows.
        if (PRESENT_SCHEDULE_SET.contains(w) || is_in(PRESENT_OF_A_PHOTO, w))
            && !preceded_by_determiner
        {
            shape.main_verb = Some(word.range.clone());
            return;
        }
    }
}

/// What "by" names after a verb when it says how, not who: "met by video
/// link", "spoke by phone".
const MEANS_OF_MEETING: &[&str] = &[
    "video",
    "videoconference",
    "videolink",
    "video-link",
    "phone",
    "telephone",
    "teleconference",
    "satellite",
    "letter",
    "email",
    "e-mail",
];

/// Linking verbs in the present: a participle after one is a state ("feel
/// betrayed", "remains frozen").
const LINKING_PRESENT: &[&str] = &[
    "feel", "feels", "seem", "seems", "look", "looks", "remain", "remains", "appear", "appears",
    "become", "becomes", "stay", "stays", "get", "gets",
];

/// Prepositions a participle describing its noun goes on with ("stationed
/// in", "deployed along", "based at").
const PARTICIPLE_PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "along", "near", "inside", "across", "around", "outside",
];

/// Whether an auxiliary comes in the next few words of `rest` with no
/// comma, conjunction or relative word before it: the verb of the subject
/// a participle before `rest` describes ("... stationed in the region did
/// not intervene").
fn later_verb_of_the_subject(rest: &[&Word]) -> bool {
    for word in rest.iter().take(PARTICIPLE_PHRASE_WORDS) {
        let w = word.lower();
        // "said on Monday it had notified": a subject of its own opens
        // another clause.
        if matches!(
            w,
            "and"
                | "but"
                | "or"
                | "who"
                | "which"
                | "that"
                | "where"
                | "when"
                | "while"
                | "it"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "you"
        ) {
            return false;
        }
        if is_auxiliary(w) {
            return true;
        }
        if word.comma_after {
            return false;
        }
    }
    false
}

/// How far after a describing participle the subject's own verb may come.
const PARTICIPLE_PHRASE_WORDS: usize = 8;

/// Words in "-ing" that open no adjunct after a comma ("Honestly, nothing
/// that I can see ...", "..., during the summit").
const NOUNS_IN_ING: &[&str] = &[
    "nothing",
    "something",
    "anything",
    "everything",
    "during",
    "morning",
    "evening",
    "meeting",
    "building",
    "thing",
    "things",
    "spring",
    "king",
];

/// Present forms a caption tells its photo with, seldom anything else.
const PRESENT_OF_A_PHOTO: &[&str] = &["pose", "poses"];

/// Present forms that tell of a scheduled happening, seldom read as nouns.
const PRESENT_SCHEDULE: &[&str] = &[
    "meet", "meets", "gather", "gathers", "convene", "convenes", "arrive", "arrives", "begin",
    "begins", "opens", "passes",
];

/// Gerunds of saying: "... by recalling that ...", "..., saying that ...".
const SAYING_GERUNDS: &[&str] = &[
    "adding",
    "arguing",
    "claiming",
    "insisting",
    "noting",
    "recalling",
    "saying",
    "stating",
    "stressing",
    "warning",
];

/// Verbs that, followed by a participle of saying, only introduce what was
/// said: "went further, telling ...", "hit back, saying ...", "was
/// blunter, telling journalists ...".
pub(crate) const GOING_ON_VERBS: &[&str] = &[
    "was",
    "were",
    "went",
    "goes",
    "hit",
    "hits",
    "struck",
    "strikes",
    "doubled",
    "doubles",
    "weighed",
    "weighs",
    "spoke",
    "speaks",
    "reacted",
    "reacts",
    "responded",
    "responds",
    "replied",
    "replies",
    "pushed",
    "pushes",
    "lashed",
    "lashes",
    "chimed",
    "chimes",
    "followed",
    "follows",
];

/// Participles of saying that carry what a going-on verb introduces, with
/// their past forms.
pub(crate) const SAYING_PARTICIPLES: &[(&str, &str)] = &[
    ("saying", "said"),
    ("telling", "told"),
    ("adding", "added"),
    ("arguing", "argued"),
    ("insisting", "insisted"),
    ("warning", "warned"),
    ("stressing", "stressed"),
    ("noting", "noted"),
    ("declaring", "declared"),
    ("stating", "stated"),
    ("claiming", "claimed"),
];

/// The past form of a participle of saying ("telling": "told").
pub(crate) fn past_of_saying_participle(word: &str) -> Option<&'static str> {
    SAYING_PARTICIPLES
        .iter()
        .find(|(participle, _)| *participle == word)
        .map(|(_, past)| *past)
}

/// Whether the main verb only goes on ("went further", "hit back on
/// Thursday") and a participle of saying follows its comma.
/// Gives the participle, which stands for the main verb.
fn goes_on_to_say(narration: &[&Word], shape: &Shape) -> Option<Range<usize>> {
    let verb = shape.main_verb.as_ref()?;
    let at = narration.iter().position(|w| w.range.start == verb.start)?;
    if !is_in(GOING_ON_VERBS, narration[at].lower()) {
        return None;
    }
    // A few words (an adverb, a day) may stand before the comma, not an object.
    let comma = narration[at..].iter().take(5).position(|w| w.comma_after)?;
    narration
        .get(at + comma + 1)
        .filter(|w| past_of_saying_participle(w.lower()).is_some())
        .map(|w| w.range.clone())
}

/// Whether `word` (lowercase) is a gerund of saying ("recalling").
pub(crate) fn is_saying_gerund(word: &str) -> bool {
    is_in(SAYING_GERUNDS, word)
}

/// Whether `word` (lowercase) is a verb of saying in the past ("said",
/// "told", "stressed").
pub(crate) fn is_past_reporting(word: &str) -> bool {
    REPORTING_VERB_SET.contains(word)
}

/// Whether `word` (lowercase) is a verb of saying in the news present
/// ("says", "complains"), which "that" follows as what was said.
pub(crate) fn is_present_reporting(word: &str) -> bool {
    PRESENT_REPORTING_SET.contains(word)
}

/// The subordinate stretches of a sentence: reported speech after the main
/// verb of saying (to the end), and relative or temporal clauses (to their
/// closing comma or the end).
/// Where what was reported from word `from` on ends before a clause the
/// reporter tells of their own: ", and his government stopped paying ...
/// last month" after "announced in February that Armenia had frozen ...":
/// a conjunct with a subject, a verb in the simple past and a time of its
/// own. The index of its "and", if any.
fn reported_end(narration: &[&Word], from: usize) -> Option<usize> {
    const CONJUNCT_WORDS: usize = 14;
    const SUBJECT_WORDS: usize = 4;
    (from + 2..narration.len()).find(|&k| {
        if !(narration[k - 1].comma_after && narration[k].lower() == "and") {
            return false;
        }
        let conjunct = &narration[k + 1..narration.len().min(k + 1 + CONJUNCT_WORDS)];
        // ", and that Russian mediation had produced ...": more of what
        // was reported.
        if conjunct
            .first()
            .is_none_or(|w| matches!(w.lower(), "that" | "whether" | "how"))
        {
            return false;
        }
        // Its verb right after a short subject ("his government stopped"),
        // not a list going on ("Armenia, and Azerbaijan in Sochi, ...").
        let simple_past = conjunct
            .iter()
            .enumerate()
            .take(SUBJECT_WORDS + 1)
            .any(|(n, w)| {
                n > 0
                    && !conjunct[..n].iter().any(|w| w.comma_after)
                    && is_past_form(w.lower())
                    && !matches!(
                        conjunct[n - 1].lower(),
                        "had" | "has" | "have" | "be" | "been" | "was" | "were" | "is" | "are"
                    )
            });
        let timed = conjunct.iter().any(|w| {
            is_month_name(w.text)
                || w.text.bytes().any(|b| b.is_ascii_digit())
                || matches!(w.lower(), "last" | "yesterday" | "earlier" | "later")
        });
        simple_past && timed
    })
}

/// Where, before `close`, a verb in the past follows a first one with words
/// between that are no verbs' ("had arrived in November 2020 looked"): the
/// start of that second verb.
fn second_past_verb(words: &[&Word], close: usize) -> Option<usize> {
    const AUXILIARIES: &[&str] = &[
        "had", "has", "have", "was", "were", "been", "be", "is", "are",
    ];
    let mut seen_verb = false;
    let mut previous = "";
    for word in words.iter().take_while(|w| w.range.end <= close) {
        let w = word.lower();
        let past = is_past_form(w);
        if past
            && seen_verb
            && !is_in(AUXILIARIES, previous)
            && !matches!(previous, "and" | "or" | "but" | "not" | "also")
            && !previous.ends_with("ly")
        {
            return Some(word.range.start);
        }
        seen_verb |= past || is_in(AUXILIARIES, w);
        previous = w;
        // "activists who demanded access to what Azerbaijan called
        // illegal mines": a clause within holds verbs of its own.
        if word.comma_after
            || matches!(
                w,
                "what"
                    | "which"
                    | "that"
                    | "who"
                    | "whom"
                    | "as"
                    | "where"
                    | "when"
                    | "than"
                    | "how"
                    // "the capacity that moved to Kazakhstan after China
                    // banned the industry last year".
                    | "after"
                    | "before"
                    | "because"
                    | "since"
                    | "until"
            )
        {
            return None;
        }
    }
    None
}

/// Whether the "that" at `i` opens a relative clause after its noun ("the
/// capacity that moved", "a vacancy that began"): a verb follows it, and
/// no verb or comma comes right before it. (Not after "with": "The war
/// ended with a truce that took effect on 10 November" ended when the
/// truce took effect.)
fn opens_that_relative(narration: &[&Word], i: usize) -> bool {
    let Some(before) = i.checked_sub(1).map(|k| narration[k]) else {
        return false;
    };
    if is_past_form(before.lower()) || is_auxiliary(before.lower()) || before.comma_after {
        return false;
    }
    if narration[i.saturating_sub(3)..i]
        .iter()
        .any(|w| w.lower() == "with")
    {
        return false;
    }
    narration.get(i + 1).is_some_and(|next| {
        let next = next.lower();
        (is_past_form(next) && !REPORTING_VERB_SET.contains(next)) || matches!(next, "has" | "had")
    })
}

fn subordinate_spans(sentence: &str, narration: &[&Word], shape: &Shape) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let main_end = shape.main_verb.as_ref().map(|v| v.end);
    for (i, word) in narration.iter().enumerate() {
        let w = word.lower();
        let after_main = main_end.is_some_and(|end| word.range.start >= end);
        // Restrictive clauses count too ("activists who demanded access"),
        // and "that" right before a verb opens one after its noun ("the
        // mining capacity that moved to Kazakhstan after China banned it
        // last year").
        let that_relative =
            w == "that" && !(shape.reporting && after_main) && opens_that_relative(narration, i);
        let relative = (is_in(RELATIVE_OPENERS, w) || that_relative) && i > 0;
        // "opened the hearing by recalling that ...": a gerund of saying
        // opens reported speech whatever the main verb.
        let after_saying_gerund =
            w == "that" && i > 0 && after_main && is_in(SAYING_GERUNDS, narration[i - 1].lower());
        // "told reporters that evening that ...": "that" before a time
        // points at it and opens no clause.
        let points_at_a_time = narration.get(i + 1).is_some_and(|next| {
            matches!(
                next.lower(),
                "day" | "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "night"
            )
        });
        let reported = (shape.reporting && after_main && w == "that" && !points_at_a_time)
            || after_saying_gerund
            || is_in(REPORTED_OPENERS, w);
        if reported
            && !spans
                .iter()
                .any(|s: &Range<usize>| s.end == sentence.len() && s.start < word.range.start)
        {
            let end = reported_end(narration, i).map_or(sentence.len(), |k| {
                sentence[..narration[k].range.start].trim_end().len()
            });
            spans.push(word.range.start..end);
            continue;
        }
        // "approved Tasmagambetov as the next secretary-general, to take
        // office on Jan. 1": an infinitive after the comma tells a happening
        // of its own, with its own time.
        let purpose = w == "to"
            && after_main
            && i > 0
            && narration[i - 1].comma_after
            && !narration[i - 1].colon_after
            && narration.get(i + 1).is_some_and(|next| {
                next.text.starts_with(char::is_lowercase)
                    && !matches!(
                        next.lower(),
                        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "that"
                    )
            });
        // "flew to Moscow on Friday, having met Aliyev in Brussels on
        // December 14": a perfect participle after the comma tells an
        // earlier happening of its own, with its own time.
        let done_before = w == "having"
            && after_main
            && i > 0
            && narration[i - 1].comma_after
            && narration
                .get(i + 1)
                .is_some_and(|next| past_of_participle(next.lower()).is_some());
        if purpose || done_before {
            let end = narration[i..]
                .iter()
                .find(|x| x.comma_after)
                .map_or(sentence.len(), |x| x.range.end);
            spans.push(word.range.start..end);
            continue;
        }
        if relative {
            let comma = narration[i..]
                .iter()
                .find(|x| x.comma_after)
                .map_or(sentence.len(), |x| x.range.end);
            // "when Azerbaijani forces attacked in September 2022 and again
            // when Azerbaijan retook Nagorno-Karabakh": a second clause
            // of the same kind, joined on, closes the first.
            let joined = narration[i + 1..]
                .windows(3)
                .find(|w| {
                    w[0].lower() == "and"
                        && (is_in(RELATIVE_OPENERS, w[1].lower())
                            || (matches!(w[1].lower(), "again" | "then" | "also")
                                && is_in(RELATIVE_OPENERS, w[2].lower())))
                })
                .map(|w| sentence[..w[0].range.start].trim_end().len());
            // "The CSTO, which also includes Belarus, Kazakhstan and
            // Tajikistan, was founded in 2002": an aside set off between
            // the subject and its verb holds its own commas, and closes at
            // the last one before the verb.
            let verb_start = shape.main_verb.as_ref().map(|v| v.start);
            let aside_end = verb_start
                .filter(|&start| narration[i - 1].comma_after && start > word.range.start)
                .and_then(|start| {
                    narration[i..]
                        .iter()
                        .take_while(|x| x.range.end <= start)
                        .filter(|x| x.comma_after)
                        .last()
                        .map(|x| x.range.end)
                });
            let comma = aside_end.map_or(comma, |end| end.max(comma));
            let close = joined.map_or(comma, |at| at.min(comma));
            // "the Russian peacekeepers who had arrived in November 2020
            // looked on": a restrictive clause, set off by no comma, ends
            // where a second verb in the past follows its own.
            // "The treaty on which the bloc rests was signed": after a
            // preposition, it ends at its own verb (see `find_main_verb`).
            let close = if let Some(verb) = relative_after_preposition(narration, i) {
                narration[verb].range.end.min(close)
            } else if narration[i - 1].comma_after || !matches!(w, "who" | "that") {
                close
            } else {
                second_past_verb(&narration[i + 1..], close)
                    .map_or(close, |at| sentence[..at].trim_end().len())
            };
            spans.push(word.range.start..close);
        }
    }
    // "He was asked whether ..., and he said the treaty had not worked":
    // a second clause of saying reports what follows its verb too.
    for i in 2..narration.len() {
        let saying = TAG_VERB_SET.contains(narration[i].lower())
            && matches!(narration[i - 1].lower(), "he" | "she" | "they")
            && narration[i - 2].lower() == "and"
            && main_end.is_some_and(|end| narration[i - 2].range.start >= end);
        if let Some(next) = narration.get(i + 1).filter(|_| saying)
            && !spans
                .iter()
                .any(|s| s.start <= next.range.start && s.end == sentence.len())
        {
            spans.push(next.range.start..sentence.len());
        }
    }
    // A verb of saying followed directly by its clause, without "that"
    // ("said his country would not hold ..."): the reported speech starts
    // where the verb group ends, unless a prepositional phrase follows it.
    if shape.reporting
        && let Some(verb) = &shape.main_verb
        && let Some(next) = narration.iter().find(|w| w.range.start >= verb.end)
    {
        let n = next.lower();
        let prepositional = matches!(
            n,
            "at" | "on"
                | "in"
                | "during"
                | "after"
                | "before"
                | "to"
                | "while"
                | "last"
                | "earlier"
                | "later"
                | "that"
                | "on tuesday"
                | "by"
                | "with"
                | "from"
                | "of"
                | "about"
                | "for"
                | "when"
                | "yesterday"
                | "today"
                | "this"
                | "in a"
                | "the"
                | "a"
                | "an"
        );
        // "told reporters on Friday that ...": the clause starts at "that".
        let that_follows = spans
            .iter()
            .any(|s| s.start >= verb.end && sentence[s.start..].starts_with("that"));
        // "..., Pashinyan told lawmakers on Wednesday.": what follows the verb
        // is who was told and when, not what was said; reported speech has a
        // verb of its own.
        // ("..., Badalyan told us on Wednesday, when asked whether ...": a
        // clause of time after them frames the telling; its verb is not
        // what was said.)
        // ("Yerevan informed Moscow of its decision in March, and the
        // Russian side agreed": nor is a clause the reporter joins on with
        // ", and" after a comma.)
        let mut after_comma = false;
        let clause_has_verb = narration
            .iter()
            .filter(|w| w.range.start >= next.range.start)
            .take_while(|w| {
                let joined_on = after_comma && matches!(w.lower(), "and" | "but");
                after_comma = w.comma_after;
                !joined_on && !matches!(w.lower(), "when" | "while" | "because")
            })
            .any(|w| {
                let w = w.lower();
                is_past_form(w)
                    || is_auxiliary(w)
                    || (w.len() > 4 && w.ends_with("ing"))
                    || matches!(
                        w,
                        "will" | "would" | "could" | "can" | "must" | "should" | "may" | "might"
                    )
            });
        // "said the treaty had not worked": after a verb that names no one
        // told, an article opens the subject of what was said when a verb
        // follows within a few words.
        let said_clause = matches!(n, "the" | "a" | "an")
            && matches!(
                lower(&sentence[verb.clone()]).as_ref(),
                "said"
                    | "says"
                    | "added"
                    | "adds"
                    | "noted"
                    | "stressed"
                    | "argued"
                    | "insisted"
                    | "claimed"
                    | "explained"
                    | "admitted"
                    | "acknowledged"
                    | "replied"
                    | "wrote"
            )
            && narration
                .iter()
                .filter(|w| w.range.start > next.range.start)
                .take(6)
                .any(|w| {
                    let w = w.lower();
                    is_past_form(w) || is_auxiliary(w) || matches!(w, "will" | "would")
                });
        if (!prepositional || said_clause)
            && !that_follows
            && clause_has_verb
            && !spans.iter().any(|s| s.start <= next.range.start)
        {
            spans.push(next.range.start..sentence.len());
        }
    }
    // "..., in an interview broadcast on Thursday", "..., speaking at the
    // summit": a phrase set off after the reported speech belongs to the
    // saying, not to what was said.
    if shape.reporting
        && let Some(verb) = &shape.main_verb
    {
        for span in spans
            .iter_mut()
            .filter(|s| s.start >= verb.end && s.end == sentence.len())
        {
            // "... recalled that on 12 June, speaking in parliament, Pashinyan
            // said ...": a phrase that a clause of its own follows opens
            // that clause, inside what was said.
            if let Some(cut) = SAYING_CIRCUMSTANCE.find(&sentence[span.clone()]) {
                let after = &sentence[span.start + cut.end()..span.end];
                let opens_a_clause = after.split_once(',').is_some_and(|(_, rest)| {
                    rest.split_whitespace().any(|w| {
                        let w = lower(w.trim_matches(|c: char| !c.is_alphanumeric()));
                        is_past_form(&w) || is_auxiliary(&w)
                    })
                });
                if !opens_a_clause {
                    span.end = span.start + cut.start();
                }
            }
        }
    }
    spans.sort_by_key(|s| s.start);
    spans
}

/// A phrase after a comma that tells where or how something was said.
static SAYING_CIRCUMSTANCE: Pattern<Regex> = Pattern::new(|| {
    regex::Regex::new(r"(?i),\s+(?:(?:in|at|during)\s+(?:an?|the|his|her|their)\s+(?:\w+\s+){0,2}(?:interview|statement|press|news|briefing|speech|address|broadcast|post|video|message|session|meeting|conference)|speaking\b|according\s+to\b|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)")
        .expect("saying circumstance pattern")
});

/// "What came instead, two days later, was a group of officers led by ...",
/// "What we received was a fact-finding mission": a pseudo-cleft that tells
/// of an arrival by naming what arrived after "was". Gives the byte range of
/// that noun phrase, to the end of its clause. Only one thing named with
/// "a" or "an": "What came back were statements of concern" sums up a
/// response, and "What happened in 2024 was a series of statements" a time.
pub(crate) fn arrival_cleft(sentence: &str) -> Option<Range<usize>> {
    static CLEFT: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"(?i)^what\s+(?:came|arrived|(?:[\w']+\s+){1,2}(?:got|received))(?:\s+(?:instead|eventually|finally|then))?(?:,[^,;]{1,40},)?\s+was\s+(an?\s)",
        )
        .expect("arrival cleft pattern")
    });
    // Nearly every sentence is asked, and few open with "What": the
    // pattern is anchored there, and no letter beyond ASCII folds to one
    // of its four.
    if !sentence
        .get(..4)
        .is_some_and(|head| head.eq_ignore_ascii_case("what"))
    {
        return None;
    }
    let found = CLEFT.captures(sentence)?;
    let start = found.get(1)?.start();
    let rest = &sentence[start..];
    let end = [", and ", ", which ", ", who ", ", but ", "; "]
        .iter()
        .filter_map(|stop| rest.find(stop))
        .min()
        .unwrap_or_else(|| rest.trim_end().trim_end_matches(['.', '!']).len());
    (end > 2).then(|| start..start + end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(sentence: &str) -> Shape {
        shape(sentence, &[])
    }

    fn text<'a>(sentence: &'a str, range: &Range<usize>) -> &'a str {
        &sentence[range.clone()]
    }

    #[test]
    fn a_word_set_holds_what_its_lists_hold_and_nothing_else() {
        let mut asked = 0;
        for (_, text) in crate::extract::text::fixture_texts() {
            for word in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
                let word = lower(word);
                let listed = IRREGULAR_PAST.contains(&&*word) || REPORTING_VERBS.contains(&&*word);
                assert_eq!(PAST_OR_REPORTING_SET.contains(&word), listed, "{word}");
                asked += 1;
            }
        }
        assert!(asked > 100_000);
        for &word in IRREGULAR_PAST.iter().chain(REPORTING_VERBS) {
            assert!(PAST_OR_REPORTING_SET.contains(word), "{word}");
        }
    }

    #[test]
    fn a_relative_clause_after_an_apposition_is_not_the_main_verb() {
        let s = "CSTO Secretary General Imangali Tasmagambetov, a Kazakh former prime minister who has run the secretariat since January of last year, said at a briefing in Moscow that no request had come.";
        let shape = read(s);
        let verb = shape.main_verb.expect("a main verb");
        assert_eq!(&s[verb], "said");
        assert!(shape.reporting);
    }

    #[test]
    fn skips_a_day_word_and_the_occasion_after_it_to_the_main_clause() {
        let s = "Yesterday, during the question-and-answer session of the Government in the National Assembly, RA Prime Minister Nikol Pashinyan stated that the relations have passed the point of no return.";
        let shape = read(s);
        assert!(
            s[shape.lead_end..].starts_with("RA Prime Minister"),
            "{}",
            &s[shape.lead_end..]
        );
        let s = "Today, at a briefing in Moscow, on the sidelines of the forum, Lavrov said the door remains open.";
        let shape = read(s);
        assert!(
            s[shape.lead_end..].starts_with("Lavrov"),
            "{}",
            &s[shape.lead_end..]
        );
    }

    #[test]
    fn skips_an_opening_adverbial_to_the_main_clause() {
        let s = "In December 2022, unidentified individuals posing as activists from Azerbaijan blocked the Lachin corridor.";
        let shape = read(s);
        assert_eq!(&s[shape.lead_end..shape.lead_end + 12], "unidentified");
        assert_eq!(text(s, shape.main_verb.as_ref().unwrap()), "blocked");
        assert!(shape.past_happening);
    }

    #[test]
    fn a_counted_time_after_but_and_its_clause_of_time_open_the_sentence() {
        let s = "But two years ago, when Azerbaijan attacked in September, we invoked Article 4.";
        let shape = read(s);
        assert_eq!(&s[shape.lead_end..shape.lead_end + 2], "we");
        assert_eq!(text(s, shape.main_verb.as_ref().unwrap()), "invoked");
        let s = "In May 2021 we had already invoked Article 2.";
        assert_eq!(
            text(s, read(s).main_verb.as_ref().unwrap()),
            "had already invoked"
        );
    }

    #[test]
    fn the_same_month_opens_a_sentence_without_a_comma() {
        let s = "The same month it hosted a joint exercise with US troops.";
        let shape = read(s);
        assert_eq!(&s[shape.lead_end..shape.lead_end + 2], "it");
        assert_eq!(text(s, shape.main_verb.as_ref().unwrap()), "hosted");
    }

    #[test]
    fn a_standing_fact_is_not_a_happening() {
        assert!(
            !read(
                "Headquartered in Moscow, the CSTO unites Russia and the former Soviet republics."
            )
            .past_happening
        );
        assert!(read("There is a Russian military base in Armenia.").generic);
        assert!(
            read("Currently, Pashinyan is the chairman of the CSTO Collective Security Council.")
                .generic
        );
        assert!(
            read("Armenian authorities regularly criticize Russia and the CSTO for inaction.")
                .generic
        );
        assert!(read("Analysts say Russia, distracted by the war, is losing influence.").generic);
    }

    #[test]
    fn a_relative_clause_in_the_subject_does_not_hide_the_main_verb() {
        let s = "Biyagov, who had served as the CSTO post-president since 2018, was appointed ambassador.";
        let shape = read(s);
        assert_eq!(text(s, shape.main_verb.as_ref().unwrap()), "was appointed");
        assert!(shape.past_happening);
        assert_eq!(
            text(s, &shape.subordinate[0]),
            "who had served as the CSTO post-president since 2018"
        );
    }

    #[test]
    fn a_gerund_of_saying_opens_reported_speech_after_a_deed() {
        let s = "Khandanyan opened the hearing by recalling that Pashinyan had told France 24 last month that Armenia had frozen its participation.";
        let shape = read(s);
        assert_eq!(text(s, shape.main_verb.as_ref().unwrap()), "opened");
        assert!(!shape.reporting);
        assert!(text(s, &shape.subordinate[0]).starts_with("that Pashinyan had told"));
    }

    #[test]
    fn reported_speech_and_relative_clauses_are_subordinate() {
        let s = "Pashinyan announced in a telephone conversation with Lukashenko that he will not come to the CSTO summit, which is to be held in Minsk on November 23.";
        let shape = read(s);
        assert!(shape.reporting && shape.past_happening);
        assert!(text(s, &shape.subordinate[0]).starts_with("that he will not come"));
        let s = "Pashinyan said his country would not hold joint exercises with Russia this year.";
        let shape = read(s);
        assert!(shape.reporting);
        assert!(text(s, &shape.subordinate[0]).starts_with("his country would not hold"));
    }

    #[test]
    fn a_verb_of_saying_with_its_circumstances_keeps_them_in_the_main_clause() {
        let s =
            "Peskov told reporters on Friday that Armenia had not formally notified the alliance.";
        let shape = read(s);
        assert_eq!(shape.subordinate.len(), 1);
        assert!(text(s, &shape.subordinate[0]).starts_with("that Armenia"));
        let s = "Pashinyan said at a press conference on Tuesday that relations were frank.";
        let shape = read(s);
        let sub = text(s, &shape.subordinate[0]);
        assert!(sub.starts_with("that relations"), "{sub}");
    }

    #[test]
    fn a_during_lead_displaces_the_happening() {
        assert!(
            read("During the 44-day conflict, Azerbaijan liberated several cities.").displaced_lead
        );
        assert!(!read("In May, Pashinyan said the CSTO was not responding.").displaced_lead);
    }

    #[test]
    fn an_opening_phrase_without_a_comma_ends_where_the_deeds_subject_begins() {
        for (s, subject) in [
            (
                "At Wednesday's summit in Yerevan the prime minister refused to sign the final declaration and a draft plan of assistance to Armenia, saying neither was finished.",
                "the prime minister refused",
            ),
            (
                "In Moscow the remaining members decided to transform the treaty into an organisation.",
                "the remaining members decided",
            ),
            (
                "In September 2024 the European Union launched a visa liberalisation dialogue with Armenia.",
                "the European Union launched",
            ),
            (
                "In May the leaders of the CSTO met in Moscow to mark thirty years since the treaty.",
                "the leaders of the CSTO met",
            ),
        ] {
            let shape = read(s);
            assert!(
                s[shape.lead_end..].starts_with(subject),
                "{s}: {}",
                &s[shape.lead_end..]
            );
        }
        // A comma near ends the phrase itself; a name a preposition governs
        // is no subject.
        let s = "In an interview with Italy's La Repubblica published on Sunday, he called the policy a mistake.";
        assert!(!s[read(s).lead_end..].starts_with("Italy"), "{s}");
    }
}
