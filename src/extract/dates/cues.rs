//! What a sentence must hold for each matcher of the scan to find anything,
//! read in one pass. Most sentences of a story name no date: they skip the
//! patterns whose words or digits they lack.
//!
//! Each cue is a necessary condition only: a matcher whose cue is present
//! still decides for itself. The patterns are case-insensitive with Unicode
//! case folding, under which only `k` and `s` have letters outside ASCII
//! (`K` the kelvin sign, `ſ`); no cue word holds either.

use crate::extract::compiled::Pattern;

use aho_corasick::AhoCorasick;

/// The words the matchers of relative, contextual and seasonal times cannot
/// do without, in ASCII, matched in any case. A word stands for every
/// phrase that holds it: "day" for "today", "yesterday" and "the day
/// before yesterday", "wee" for "weeks", "year" for "the previous year" and
/// "of the current year"; "pring" and "ummer" leave out the `s` that `ſ`
/// folds to.
const WORDS: [&str; 34] = [
    "day",
    // "on this date in 2018".
    "date",
    "time",
    "wee",
    "month",
    "year",
    "night",
    "evening",
    "morning",
    "afternoon",
    "hour",
    "within",
    "tomorrow",
    "ago",
    "recently",
    "fall",
    "autumn",
    "pring",
    "ummer",
    "winter",
    // Ordinals in words, for days by their ordinal alone ("on the
    // twelfth"): "irst" and "econd" leave out the `s` that `ſ` folds to,
    // "ixth" and "eventh" too ("eventh" also stands for "eleventh"), and
    // "teenth" for 13th to 19th.
    "irst",
    "econd",
    "third",
    "fourth",
    "fifth",
    "ixth",
    "eventh",
    "eighth",
    "ninth",
    "tenth",
    "twelfth",
    "teenth",
    "twentieth",
    "thirtieth",
];

/// Which of [`WORDS`] each matcher needs one of: every alternative of its
/// pattern holds one of them.
///
/// [`RELATIVE`](super::patterns::RELATIVE): "this/last/next/the current
/// year, month, week", "yesterday", "today", "tomorrow", "last night",
/// "tonight", "this morning/afternoon/evening", "a few days ago",
/// "recently", "two years/weeks/months ago", "on this day/date in 2018".
const RELATIVE: &[&str] = &[
    "day",
    "date",
    "wee",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "tomorrow",
    "ago",
    "recently",
];
/// [`CONTEXTUAL`](super::patterns::CONTEXTUAL): "a day later", "days
/// later", "a week earlier", "the same night/evening/morning", "that
/// afternoon", "within hours", "that month", "the previous year", "the year
/// before", "that year", "a fortnight later" (and "that November", which the
/// month cue covers).
const CONTEXTUAL: &[&str] = &[
    "day",
    // "at the time".
    "time",
    "wee",
    "month",
    "year",
    "night",
    "evening",
    "morning",
    "afternoon",
    "hour",
    "within",
];
/// [`ORDINAL_DAY`](super::patterns::ORDINAL_DAY) in words: "on the twelfth".
const ORDINALS: &[&str] = &[
    "irst",
    "econd",
    "third",
    "fourth",
    "fifth",
    "ixth",
    "eventh",
    "eighth",
    "ninth",
    "tenth",
    "twelfth",
    "teenth",
    "twentieth",
    "thirtieth",
];
/// [`SEASON`](super::patterns::SEASON): "last fall", "this spring", ...
const SEASONS: &[&str] = &["fall", "autumn", "pring", "ummer", "winter"];

/// The bits of `words` among [`WORDS`], as [`Cues::of`] sets them: worked
/// out when compiling, so a sentence's cues are a few ands.
const fn mask(words: &[&str]) -> u64 {
    let mut mask = 0;
    let mut w = 0;
    while w < words.len() {
        let mut n = 0;
        while n < WORDS.len() {
            if same(words[w].as_bytes(), WORDS[n].as_bytes()) {
                mask |= 1 << n;
            }
            n += 1;
        }
        w += 1;
    }
    mask
}

/// `a == b`, which a `const fn` cannot write yet.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

// A mask holds a bit for each of the words.
const _: () = assert!(WORDS.len() <= u64::BITS as usize);
const ORDINAL_MASK: u64 = mask(ORDINALS);
const DAY_MASK: u64 = mask(&["day"]);
const RELATIVE_MASK: u64 = mask(RELATIVE);
const CONTEXTUAL_MASK: u64 = mask(CONTEXTUAL);
const SEASON_MASK: u64 = mask(SEASONS);

static FINDER: Pattern<AhoCorasick> = Pattern::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(WORDS)
        .expect("date cue words")
});

/// The months' first three letters, which every name and abbreviation
/// [`month_number`](crate::extract::calendar::month_number) reads begins with.
const MONTH_STEMS: [&[u8; 3]; 12] = [
    b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec",
];

/// What one sentence holds of the matchers' cues.
pub(super) struct Cues {
    /// An ASCII digit: numeric dates, days with a month, days by their
    /// ordinal alone ("on the 15th") and years.
    pub(super) digit: bool,
    /// An ordinal in words: days by their ordinal alone ("on the twelfth").
    pub(super) ordinal: bool,
    /// A capital letter that opens a month's stem ("May", "Oct."): the
    /// matchers take a month only when it is capitalised.
    pub(super) month: bool,
    /// "day" in any case, as every weekday ends.
    pub(super) weekday: bool,
    pub(super) relative: bool,
    /// The contextual matcher also reads "that November": a month will do.
    pub(super) contextual: bool,
    pub(super) season: bool,
}

impl Cues {
    /// Every cue present: every matcher runs.
    #[cfg(test)]
    pub(super) const ALL: Cues = Cues {
        digit: true,
        ordinal: true,
        month: true,
        weekday: true,
        relative: true,
        contextual: true,
        season: true,
    };

    pub(super) fn of(sentence: &str) -> Cues {
        let bytes = sentence.as_bytes();
        let digit = holds_digit(bytes);
        let month = holds_month_stem(bytes);
        // Bit `n` for `WORDS[n]`; each matcher's words are a mask of them.
        // The matches are read as they are found, not gathered first.
        let found = FINDER.with(|finder| {
            finder
                .find_overlapping_iter(sentence)
                .fold(0u64, |found, m| found | 1 << m.pattern().as_usize())
        });
        let any = |mask: u64| found & mask != 0;
        Cues {
            digit,
            ordinal: any(ORDINAL_MASK),
            month,
            weekday: any(DAY_MASK),
            relative: any(RELATIVE_MASK),
            // "that autumn", "the following spring".
            contextual: month || any(CONTEXTUAL_MASK) || any(SEASON_MASK),
            season: any(SEASON_MASK),
        }
    }
}

/// How many bytes the scans below test at once: a run this long is tested
/// without a branch for each byte, which the compiler turns into a few
/// vector instructions. Every sentence read for dates is scanned.
const RUN: usize = 16;

/// Whether `bytes` hold an ASCII digit.
fn holds_digit(bytes: &[u8]) -> bool {
    bytes
        .chunks(RUN)
        .any(|run| run.iter().fold(false, |any, b| any | b.is_ascii_digit()))
}

/// Whether a capital in `bytes` opens one of [`MONTH_STEMS`], in any case
/// after it. Capitals are few: a run without one is passed over whole.
fn holds_month_stem(bytes: &[u8]) -> bool {
    let opens_stem = |at: usize| {
        bytes.get(at..at + 3).is_some_and(|w| {
            w[0].is_ascii_uppercase()
                && MONTH_STEMS
                    .iter()
                    .any(|stem| w.eq_ignore_ascii_case(stem.as_slice()))
        })
    };
    bytes.chunks(RUN).enumerate().any(|(n, run)| {
        run.iter()
            .fold(false, |any, b| any | b.is_ascii_uppercase())
            && (n * RUN..n * RUN + run.len()).any(opens_stem)
    })
}
