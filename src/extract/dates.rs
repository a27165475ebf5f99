//! Finding dates in a sentence and resolving them against the publication date.
//!
//! News prose dates its happenings in many ways: "on November 10, 2020", "in
//! April", "since 2018", "on Tuesday", "last week". [`find_dates`] finds each such
//! expression in one sentence and turns it into an [`EventDate`] exactly as
//! precise as the text, reading the expressions that leave the year (or the whole
//! date) to context the way a careful reader does: against the article's
//! publication date, looking back in time unless the sentence speaks of the
//! future at that point. [`infer_publication_date`] guesses that publication
//! date for documents whose manifest gives none.
//!
//! The scan runs independent matchers (full dates, month ranges, months,
//! weekdays, relative periods, bare years). Each proposes candidates; where
//! candidates overlap, the one starting first wins, and of those the longest, so
//! "Sunday, September 3" is one mention and "September this year" is not also
//! "this year". Matching is linear in the sentence; context windows are bounded.

use std::cmp::Reverse;
use std::ops::RangeInclusive;
use std::sync::LazyLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::{Captures, Match, Regex};

use super::calendar::{EventDate, Precision};

/// What kind of expression a date mention was, so the event builder can tell
/// "in 2018" (absolute) from "this year" (a period around the publication).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// The text gives the year itself: "October 3, 2023", "May 2021", "in 2018", "2023-10-03".
    Absolute,
    /// A day or month whose year comes from the publication date: "on November 23", "in April", "early January".
    /// Also a month whose year is named relative to it: "in September this year", "last May".
    YearFromContext,
    /// A weekday: "on Tuesday", "Tuesday's statement".
    Weekday,
    /// A period that contains the publication date: "this year", "this month", "earlier this month", "today".
    /// The period just after it ("next month", "next year", "tomorrow") is also given this kind, with `future` set.
    CurrentPeriod,
    /// A period just before the publication date: "last year", "last month", "yesterday".
    PreviousPeriod,
    /// "last week", "recently", "a few days ago": only approximately placed.
    Vague,
    /// A time told relative to the happening before it in the story ("a day
    /// later", "the same month", "that November"): its `date` is a placeholder
    /// until the narrative context resolves it (see [`ContextShift::apply`]).
    FromContext(ContextShift),
}

/// How a date told relative to the story's previous happening is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextShift {
    /// "a day later" (+1), "two days later" (+2), "the day before" (-1).
    Days(i64),
    /// "the same day", "within hours", "earlier in the day".
    SameDay,
    /// "the same month", "that month".
    SameMonth,
    /// "that November": the next such month from the context on.
    Month(u32),
    /// "days later": after the context, within its month, approximately.
    FewDaysLater,
}

impl ContextShift {
    /// The date this shift names from `context`, with whether it is only
    /// approximate. A shift by days from a context known only to its month
    /// stays at that month, approximately.
    pub fn apply(self, context: EventDate) -> Option<(EventDate, bool)> {
        let day_known = context.day_value().is_some();
        let month_of =
            |date: NaiveDate| EventDate::month(date.year(), date.month()).map(|m| (m, true));
        match self {
            ContextShift::Days(days) if day_known => {
                let first = context.first_day();
                let date = if days >= 0 {
                    first.checked_add_days(Days::new(days.unsigned_abs()))?
                } else {
                    first.checked_sub_days(Days::new(days.unsigned_abs()))?
                };
                Some((EventDate::from_naive(date), false))
            }
            ContextShift::SameDay => Some((context, false)),
            ContextShift::Days(_) | ContextShift::FewDaysLater => {
                if context.month_value().is_some() {
                    month_of(context.first_day())
                } else {
                    Some((context, true))
                }
            }
            ContextShift::SameMonth => match context.month_value() {
                Some(_) => EventDate::month(context.year_value(), context.first_day().month())
                    .map(|m| (m, false)),
                None => Some((context, true)),
            },
            ContextShift::Month(month) => {
                let from = context.month_value().unwrap_or(1);
                let year = context.year_value() + i32::from(month < from);
                EventDate::month(year, month).map(|m| (m, false))
            }
        }
    }
}

/// One date expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte offsets of the expression within the sentence given to [`find_dates`].
    /// A leading preposition ("in", "on", "since") is not part of the expression;
    /// a modifier that changes its meaning ("early", "mid-", "last", "next") is.
    pub start: usize,
    pub end: usize,
    /// The resolved date, exactly as precise as the text.
    pub date: EventDate,
    pub kind: MentionKind,
    /// The sentence speaks of this date as ahead of the publication ("is to be held ... on November 23").
    pub future: bool,
    /// The date only approximately places the happening ("last week").
    pub approximate: bool,
}

/// Finds every date expression in `sentence`, in order of position.
/// Relative expressions resolve against `published`; without it they are left out.
///
/// Mentions never overlap and are sorted by `start`. Expressions that look like
/// dates but name no real day ("February 31") yield nothing.
///
/// Placing what the text leaves to context:
/// - a bare month ("in April", "early January") is the latest such month on or
///   before the publication month; a day without year ("on November 23") and a
///   weekday ("on Tuesday") the nearest such day on or before the publication
///   date, that date included. When the sentence speaks of the future at that
///   point, it is the nearest one on or after it instead; "last" and "next"
///   ("last May", "next Tuesday") skip the current one.
/// - `future` is set when the date begins after the publication, or when the
///   clause before it has a future cue ("will", "is to be held", "scheduled",
///   reported "would", ...; see `speaks_of_future`) and the date is not wholly
///   past: "this year" in "said it would not hold exercises this year".
/// - a bare 4-digit number is a year only in a year's context (see `Scanner::years`).
pub fn find_dates(sentence: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    let mut scan = Scanner {
        text: sentence,
        published,
        candidates: Vec::new(),
    };
    scan.iso_dates();
    scan.dotted_dates();
    scan.seasons();
    scan.contextual();
    scan.day_dates(&DAY_FIRST, false);
    scan.day_dates(&MONTH_FIRST, true);
    scan.month_ranges();
    scan.months();
    scan.weekdays();
    scan.relative_periods();
    scan.years();
    select(scan.candidates)
}

/// Infers a document's publication date from its text, when no manifest gives one.
///
/// The rule, in order:
/// 1. the latest full date (day, month and year) stated anywhere in the text,
///    leaving out dates the text speaks of as ahead ("will be held on ...") and
///    dates after today, which no published article can carry;
/// 2. else a weekday with a month and day but no year ("Sunday, September 3"):
///    the weekday fixes the year, taken as the most recent year in
///    1990..=this year in which that day fell on that weekday (and is not after
///    today); the latest such date if there are several;
/// 3. else `None`. A month or a year alone never yields a publication date: a
///    day is never invented that the text does not support.
pub fn infer_publication_date(text: &str) -> Option<NaiveDate> {
    infer_publication_date_as_of(text, chrono::Local::now().date_naive())
}

/// [`infer_publication_date`] with "today" given, so that the rule can be tested.
fn infer_publication_date_as_of(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let stated = find_dates(text, None)
        .into_iter()
        .filter(|m| m.kind == MentionKind::Absolute && !m.future)
        .filter(|m| m.date.precision() == Precision::Day)
        .map(|m| m.date.first_day())
        .filter(|date| *date <= today)
        .max();
    stated.or_else(|| latest_weekday_fixed_date(text, today))
}

/// The latest date written as weekday + month + day without a year, the year
/// being the most recent one (from 1990 on) in which the weekday fits.
fn latest_weekday_fixed_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let mut latest: Option<NaiveDate> = None;
    for pattern in [&*DAY_FIRST, &*MONTH_FIRST] {
        for caps in pattern.captures_iter(text) {
            if caps.name("year").is_some() || caps.name("rel").is_some() {
                continue;
            }
            let (Some(weekday), Some(month), Some(days)) = (
                caps.name("wd")
                    .and_then(|m| capitalised_weekday(m.as_str())),
                caps.name("month")
                    .and_then(|m| capitalised_month(m.as_str())),
                caps.name("days"),
            ) else {
                continue;
            };
            let [(_, _, day)] = day_numbers(days)[..] else {
                continue;
            };
            let found = (1990..=today.year()).rev().find_map(|year| {
                NaiveDate::from_ymd_opt(year, month, day)
                    .filter(|date| date.weekday() == weekday && *date <= today)
            });
            latest = latest.max(found);
        }
    }
    latest
}

// ---------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------

/// A month name. Full names stand alone; abbreviations ("Oct.", "Sept") are only
/// accepted next to a day or year number, which the matchers check. Patterns are
/// case-insensitive; the matchers then require a capital first letter, so that
/// "may" the verb and "march" the noun are not months.
const MONTH: &str = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";
/// A day of the month, with an optional ordinal suffix ("3", "23rd").
const DAY: &str = r"\b[0-9]{1,2}(?:st|nd|rd|th)?\b";
const DAY_NUMBER: &str = r"[0-9]{1,2}";
const FOUR_DIGITS: &str = r"[0-9]{4}";
/// What may follow a day date: its year ("October 3, 2023", "3 October 2023")
/// or a year relative to the publication ("September 3 this year").
const DAY_YEAR_TAIL: &str =
    r"(?:,?\s+(?:of\s+)?(?P<year>[0-9]{4})\b|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b)";
/// What may follow a month: its year ("May 2021", "December of 2022"; no comma,
/// since "In May, 2000 soldiers" is not May 2000) or a relative year.
const MONTH_YEAR_TAIL: &str =
    r"(?:\s+(?:of\s+)?(?P<year>[0-9]{4})\b|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b)";

/// Compiles a pattern, making its word boundaries `\b` ASCII ones. With
/// Unicode word boundaries the regex engine's fast DFA gives up on the first
/// non-ASCII character (news text is full of ’ and —) and scanning becomes
/// many times slower. Candidates are checked for letters of other scripts
/// touching them instead ([`stands_apart`]).
fn compile(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("date pattern compiles")
}

/// "2023-10-03".
static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b"));

/// Day first with dots, as European outlets write it: "03.10.2023".
static DOTTED_DATE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})\b"));

/// Seasons named relative to the publication: "last fall", "this spring".
static SEASON: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?P<which>last|this|next)\s+(?P<season>fall|autumn|spring|summer|winter)\b")
});

/// Times told relative to the happening before them in the story.
static CONTEXTUAL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:(?P<next>(?:a|one)\s+day\s+(?:later|after\s+(?:that|the\s+\w+))|the\s+(?:next|following)\s+day)|(?P<count_after>two|three|four|five|six|seven|[2-9])\s+days\s+after\s+the\s+\w+|(?P<count>two|three|four|five|six|seven|[2-9])\s+days\s+(?P<dir>later|earlier)|(?P<week>a\s+week\s+later)|(?P<before>the\s+(?:day\s+before|previous\s+day)|a\s+day\s+earlier)|(?P<same>(?:on\s+)?(?:the|that)\s+same\s+(?:day|night|evening|morning)|(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|night|evening)|earlier\s+in\s+the\s+day|later\s+in\s+the\s+day|(?:within|hours)\s+(?:hours|later|earlier))|(?P<month>(?:the|that)\s+same\s+month|(?:later|earlier)\s+that\s+month|(?:before\s+)?the\s+end\s+of\s+that\s+month|that\s+month)|that\s+(?P<named>{MONTH})|(?P<few>days\s+later))"
    ))
});

/// Day before month: "3 October 2023", "Sunday, 3 September", "3 and 4 October 2023".
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    let separator = r"(?:\s*,\s*(?:and\s+)?|\s*,?\s+(?:and|or|to|through)\s+|\s*[-–&]\s*)";
    compile(&format!(
        r"(?i)(?:\b(?P<wd>{WEEKDAY})\s*,?\s+(?:the\s+)?)?(?P<days>{DAY}(?:{separator}{DAY})*)\s+(?:of\s+)?(?P<month>{MONTH}){DAY_YEAR_TAIL}?"
    ))
});

/// Month before day: "October 3, 2023", "Oct. 3", "Sunday, September 3", "May 5 and 6".
/// Days are not separated by bare commas here: in "On May 3, 4 soldiers died"
/// the 4 is a count.
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    let separator = r"(?:\s+(?:and|or|to|through)\s+|\s*[-–&]\s*)";
    compile(&format!(
        r"(?i)(?:\b(?P<wd>{WEEKDAY})\s*,?\s+)?\b(?P<month>{MONTH})\s*(?P<days>{DAY}(?:{separator}{DAY})*){DAY_YEAR_TAIL}?"
    ))
});

/// Two months sharing one year: "between May and July 2023", "June–August this year".
static MONTH_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?P<m1>{MONTH})(?:\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)(?P<m2>{MONTH}){MONTH_YEAR_TAIL}"
    ))
});

/// A month, with its year or alone: "October 2002", "early January", "mid-March", "last May".
static MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?:\b(?P<mod>early|late|mid|last|next|this)(?:\s*-\s*|\s+))?\b(?P<month>{MONTH}){MONTH_YEAR_TAIL}?"
    ))
});

/// "Tuesday", "last Tuesday", "next Friday".
static WEEKDAY_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?:\b(?P<mod>last|next|this|past|coming)\s+)?\b(?P<wd>{WEEKDAY})"
    ))
});

/// Periods named relative to the publication.
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:(?P<adv>earlier|later)\s+)?(?P<which>this|last|next)\s+(?P<unit>year|month|week)\b|\b(?P<day>yesterday|today|tomorrow)\b|\b(?P<count>a\s+few|a\s+couple\s+of|several|two|three|four|five|six|[2-6])\s+days\s+ago\b|\b(?P<recent>recently)\b",
    )
});

static YEAR_NUMBER: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"\b{FOUR_DIGITS}\b")));
static DAY_IN_LIST: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"(?i){DAY_NUMBER}(?:st|nd|rd|th)?")));

/// What may stand between the years of a list or range: "2018, 2019 and 2020", "2018–2020".
static YEAR_LIST_GAP: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^(?:\s+|,|-|–|—|&|and|or|to|through|until|till)+$"));

/// Words that put what follows them ahead of the publication.
static FUTURE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:will|shall|won[’']t|is\s+to\s+be|are\s+to\s+be|to\s+be\s+held|scheduled|planned|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|upcoming|forthcoming|next(?:\s+to)?|(?:is|are)\s+due\s+to|due\s+to\s+be|(?:is|are)\s+set\s+to|(?:is|are)\s+going\s+to)\b",
    )
});

/// "would" is a future cue only as reported future, after a reporting verb
/// ("said his country would not hold exercises this year"); alone it is as
/// often a habit or a condition.
static WOULD: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bwould\b"));
static REPORTING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:said|says|say|announced|announces|stated|states|told|tells|added|noted|warned|promised|pledged|vowed|declared|confirmed|insisted|claimed|reported|believed|believes|hoped|expected|agreed|decided|indicated|suggested|explained|assured|stressed|emphasi[sz]ed|argued|wrote|replied|admitted|acknowledged)\b",
    )
});

/// A past-tense verb after a future cue starts a new (past) statement inside
/// the clause: "Armenia will respond to the attack that began on Tuesday".
static PAST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:was|were|had|did|began|started|launched|erupted|happened|occurred|took\s+place|ended|ago)\b",
    )
});

// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

/// Words after which a 4-digit number is a year: prepositions, determiners and
/// time words ("in 2018", "since 1991", "the 2021 invasion", "mid-2020",
/// "between 2018 and 2020", "summer 2022"). `'` stands for a possessive
/// ("Armenia’s 2021 elections").
#[rustfmt::skip]
const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "of", "the", "early", "late", "mid", "mid-",
    "before", "after", "during", "between", "and", "or", "to", "through", "throughout", "spring",
    "summer", "autumn", "fall", "winter", "year", "than", "circa", "'",
];

/// Words after which a bare month ("in May") is a month. "May" needs one (or
/// a modifier, or a number after it): otherwise it is the modal verb.
#[rustfmt::skip]
const MONTH_CONTEXT: &[&str] = &[
    "in", "since", "by", "on", "until", "till", "from", "of", "during", "before", "after",
    "through", "throughout", "between", "and", "or", "to", "the", "early", "late", "mid", "mid-",
    "last", "next", "this", "each", "every", "for", "around", "into", "starting", "beginning",
];

/// Nouns of counting: a number before them is a quantity, not a year ("2000 soldiers").
#[rustfmt::skip]
const COUNT_NOUNS: &[&str] = &[
    "soldiers", "troops", "servicemen", "personnel", "people", "persons", "men", "women",
    "children", "civilians", "residents", "refugees", "peacekeepers", "fighters", "officers",
    "policemen", "settlements", "villages", "houses", "homes", "buildings", "families", "km",
    "kilometers", "kilometres", "miles", "meters", "metres", "square", "hectares", "tons",
    "tonnes", "dollars", "euros", "rubles", "roubles", "drams", "votes", "signatures",
    "casualties", "deaths", "dead", "killed", "wounded", "injured", "prisoners", "detainees",
    "members", "participants", "delegates", "vehicles", "tanks", "units", "times", "years",
    "days", "hours", "cases",
];

/// Years accepted next to a month or day: a month before the number is strong
/// evidence, so older history ("May 1918") counts too.
const DATED_YEARS: RangeInclusive<i32> = 1800..=2100;
/// Years accepted as bare numbers ("in 2018").
const BARE_YEARS: RangeInclusive<i32> = 1900..=2100;

/// How far back (in bytes) the future cues of a mention are looked for.
const CUE_LOOKBACK: usize = 400;
/// How many years a day without a year is searched for (29 February needs up to 8).
const DAY_SEARCH_YEARS: i32 = 12;

// ---------------------------------------------------------------------------
// The scan
// ---------------------------------------------------------------------------

/// A proposal from one matcher: the span it claims and the mentions it yields.
/// A candidate without mentions is a blocker: text that is a date expression
/// but names no day ("February 31", or "November 23" with no publication date
/// to place it), so that a shorter matcher does not misread part of it.
struct Candidate {
    start: usize,
    end: usize,
    mentions: Vec<DateMention>,
}

/// Keeps the candidates that do not overlap, preferring the one that starts
/// first and, at the same start, the longest.
fn select(mut candidates: Vec<Candidate>) -> Vec<DateMention> {
    candidates.sort_by_key(|c| (c.start, Reverse(c.end)));
    let mut covered = 0;
    let mut mentions = Vec::new();
    for candidate in candidates {
        if candidate.start >= covered {
            covered = candidate.end;
            mentions.extend(candidate.mentions);
        }
    }
    mentions.sort_by_key(|m| m.start);
    mentions
}

/// Which way from the publication date a date without a year is looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// On or before ("in April", "on Tuesday").
    Back,
    /// On or after ("will meet on Friday").
    Ahead,
    /// Strictly before ("last May", "last Tuesday").
    StrictlyBack,
    /// Strictly after ("next May", "next Tuesday").
    StrictlyAhead,
}

impl Direction {
    fn backwards(self) -> bool {
        matches!(self, Direction::Back | Direction::StrictlyBack)
    }

    fn accepts(self, date: NaiveDate, published: NaiveDate) -> bool {
        match self {
            Direction::Back => date <= published,
            Direction::Ahead => date >= published,
            Direction::StrictlyBack => date < published,
            Direction::StrictlyAhead => date > published,
        }
    }
}

/// Which way a date without its year is placed from the publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Back,
    Ahead,
    /// Whichever of the two is nearer.
    Nearest,
}

/// "ahead of Thursday's summit", "in the run-up to": what follows lies ahead.
static AHEAD_OF: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:ahead\s+of|run-up\s+to|in\s+preparation\s+for|due\s+to)\b")
});

/// The clause holding `start..end`: from the punctuation before it to the
/// punctuation after it. A clause that is only the date and a word or two
/// ("On Tuesday, ...") is a leading adverbial: the clause after it is read.
fn clause_around(text: &str, start: usize, end: usize) -> &str {
    let is_break = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '!' | '?');
    let from = text[..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[end..].find(is_break).map_or(text.len(), |i| end + i);
    let words_around =
        text[from..start].split_whitespace().count() + text[end..to].split_whitespace().count();
    // A leading adverbial ("In an interview with La Repubblica on Sunday,
    // September 3, Pashinyan spoke ...") takes the tense of the clause after it.
    let leading = from == 0 && text[to..].starts_with(',') && !has_verb_form(&text[from..to]);
    if (words_around <= 2 || leading) && to < text.len() {
        let next_from = to + text[to..].chars().next().map_or(1, char::len_utf8);
        let next_to = text[next_from..]
            .find(is_break)
            .map_or(text.len(), |i| next_from + i);
        return &text[next_from..next_to];
    }
    &text[from..to]
}

/// Whether a stretch has a word that reads as a verb (a past form or a
/// common auxiliary).
fn has_verb_form(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .any(|w| {
            super::clauses::is_past_form(&w)
                || matches!(w.as_str(), "is" | "are" | "will" | "would" | "has" | "have")
        })
}

/// What follows a day or month: its year, a year relative to the publication, or nothing.
enum YearTail {
    Missing,
    Stated { year: i32, end: usize },
    Relative { offset: i32, end: usize },
}

struct Scanner<'a> {
    text: &'a str,
    published: Option<NaiveDate>,
    candidates: Vec<Candidate>,
}

impl Scanner<'_> {
    fn propose(&mut self, start: usize, end: usize, mentions: Vec<DateMention>) {
        // The patterns use ASCII word boundaries (see [`compile`]); a letter
        // or digit of another script must not touch the expression either.
        if !stands_apart(self.text, start, end) {
            return;
        }
        self.candidates.push(Candidate {
            start,
            end,
            mentions,
        });
    }

    fn block(&mut self, start: usize, end: usize) {
        self.propose(start, end, Vec::new());
    }

    /// Whether the sentence speaks of the future where an expression starts at `at`.
    /// "since" looks back by meaning, whatever the clause says.
    fn future_cue(&self, at: usize) -> bool {
        word_before(self.text, at) != "since" && speaks_of_future(self.text, at)
    }

    /// Which way from the publication a date without its year is placed: ahead
    /// after a future cue; back when its clause tells of the past; and where
    /// the clause has no tense of the past ("Armenians vote on June 20", "the
    /// chairmanship passes to Belarus in January", "At Thursday's session the
    /// leaders are due to ..."), ahead when a cue follows, else whichever of
    /// the two is nearer the publication (`nearest` is false for weekdays,
    /// which news tells of in the past unless a cue says otherwise).
    fn direction(&self, start: usize, end: usize, nearest: bool) -> Tense {
        let just_before = self.text[..start].trim_end().to_lowercase();
        if self.future_cue(start) || just_before.ends_with("ahead of") {
            return Tense::Ahead;
        }
        // "a decree setting the vote for June 7": a date something is set
        // for has no tense of its own.
        if just_before.ends_with(" for") && nearest {
            return Tense::Nearest;
        }
        let clause = clause_around(self.text, start, end);
        let words: Vec<String> = clause
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase().replace('’', "'"))
            .collect();
        if words.iter().any(|w| {
            super::clauses::is_past_form(w) || matches!(w.as_str(), "ago" | "would" | "used")
        }) {
            return Tense::Back;
        }
        if FUTURE_CUE.is_match(clause) || AHEAD_OF.is_match(clause) {
            return Tense::Ahead;
        }
        if nearest { Tense::Ahead } else { Tense::Back }
    }

    /// A date refers to a time ahead of the publication when it begins after it,
    /// or when the sentence says so and the date is not wholly past.
    fn is_future(&self, date: EventDate, cue: bool) -> bool {
        match self.published {
            Some(published) => {
                date.first_day() > published || (cue && date.last_day() >= published)
            }
            None => cue,
        }
    }

    fn mention(
        &self,
        (start, end): (usize, usize),
        date: EventDate,
        kind: MentionKind,
        cue: bool,
    ) -> DateMention {
        DateMention {
            start,
            end,
            date,
            kind,
            future: self.is_future(date, cue),
            approximate: false,
        }
    }

    /// "2023-10-03".
    fn iso_dates(&mut self) {
        for caps in ISO_DATE.captures_iter(self.text) {
            let Some(whole) = caps.get(0) else { continue };
            let number = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            let (Some(year), Some(month), Some(day)) = (number(1), number(2), number(3)) else {
                continue;
            };
            let date = i32::try_from(year)
                .ok()
                .filter(|y| DATED_YEARS.contains(y))
                .and_then(|y| EventDate::day(y, month, day));
            match date {
                Some(date) => {
                    let cue = self.future_cue(whole.start());
                    let mention = self.mention(
                        (whole.start(), whole.end()),
                        date,
                        MentionKind::Absolute,
                        cue,
                    );
                    self.propose(whole.start(), whole.end(), vec![mention]);
                }
                None => self.block(whole.start(), whole.end()),
            }
        }
    }

    /// "03.10.2023": day, month, year.
    fn dotted_dates(&mut self) {
        for caps in DOTTED_DATE.captures_iter(self.text) {
            let Some(whole) = caps.get(0) else { continue };
            let number = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            let (Some(day), Some(month), Some(year)) = (number(1), number(2), number(3)) else {
                continue;
            };
            let span = (whole.start(), whole.end());
            let date = i32::try_from(year)
                .ok()
                .filter(|y| DATED_YEARS.contains(y))
                .and_then(|y| EventDate::day(y, month, day));
            match date {
                Some(date) => {
                    let cue = self.future_cue(span.0);
                    let mention = self.mention(span, date, MentionKind::Absolute, cue);
                    self.propose(span.0, span.1, vec![mention]);
                }
                None => self.block(span.0, span.1),
            }
        }
    }

    /// "last fall", "this spring": the year of that season, approximately.
    fn seasons(&mut self) {
        let Some(published) = self.published else {
            return;
        };
        for caps in SEASON.captures_iter(self.text) {
            let (Some(whole), Some(which), Some(season)) =
                (caps.get(0), caps.name("which"), caps.name("season"))
            else {
                continue;
            };
            // The month a season ends in; winter is dated by its December.
            let last_month = match season.as_str().to_ascii_lowercase().as_str() {
                "spring" => 5,
                "summer" => 8,
                "fall" | "autumn" => 11,
                _ => 12,
            };
            let year = published.year();
            let (year, ahead) = match which.as_str().to_ascii_lowercase().as_str() {
                "last" if published.month() > last_month => (year, false),
                "last" => (year - 1, false),
                "next" => (year + i32::from(published.month() >= last_month), true),
                _ => (year, published.month() < last_month - 2),
            };
            let span = (whole.start(), whole.end());
            let mut mention = self.mention(span, EventDate::year(year), MentionKind::Vague, ahead);
            mention.approximate = true;
            self.propose(span.0, span.1, vec![mention]);
        }
    }

    /// "a day later", "the same month", "that November": placed by the story's
    /// previous happening, which the event builder knows and this scan does not.
    fn contextual(&mut self) {
        for caps in CONTEXTUAL.captures_iter(self.text) {
            let Some(whole) = caps.get(0) else { continue };
            let has = |name: &str| caps.name(name).is_some();
            let shift = if has("next") {
                ContextShift::Days(1)
            } else if let Some(count) = caps.name("count").or(caps.name("count_after")) {
                let n = match count.as_str().to_ascii_lowercase().as_str() {
                    "two" => 2,
                    "three" => 3,
                    "four" => 4,
                    "five" => 5,
                    "six" => 6,
                    "seven" => 7,
                    digit => digit.parse().unwrap_or(0),
                };
                let later = caps.name("count_after").is_some()
                    || caps
                        .name("dir")
                        .is_some_and(|d| d.as_str().eq_ignore_ascii_case("later"));
                ContextShift::Days(if later { n } else { -n })
            } else if has("week") {
                ContextShift::Days(7)
            } else if has("before") {
                ContextShift::Days(-1)
            } else if has("same") {
                ContextShift::SameDay
            } else if has("month") {
                ContextShift::SameMonth
            } else if let Some(named) = caps.name("named") {
                if !is_full_month_name(named.as_str()) {
                    continue;
                }
                match capitalised_month(named.as_str()) {
                    Some(month) => ContextShift::Month(month),
                    None => continue,
                }
            } else {
                ContextShift::FewDaysLater
            };
            let span = (whole.start(), whole.end());
            let placeholder = self
                .published
                .map_or(EventDate::year(1970), EventDate::from_naive);
            let mut mention =
                self.mention(span, placeholder, MentionKind::FromContext(shift), false);
            mention.future = false;
            self.propose(span.0, span.1, vec![mention]);
        }
    }

    /// Days with a month, in either order, alone or in a list sharing the month.
    fn day_dates(&mut self, pattern: &Regex, month_first: bool) {
        let text = self.text;
        for caps in pattern.captures_iter(text) {
            let (Some(whole), Some(month_match), Some(days_match)) =
                (caps.get(0), caps.name("month"), caps.name("days"))
            else {
                continue;
            };
            let Some(month) = capitalised_month(month_match.as_str()) else {
                continue;
            };
            let days = day_numbers(days_match);
            if days.is_empty()
                || !days.iter().all(|&(_, _, day)| (1..=31).contains(&day))
                || !number_stands_alone_before(text, days_match.start())
            {
                continue;
            }
            let tail = year_tail(text, &caps, &DATED_YEARS);
            if month_first
                && matches!(tail, YearTail::Missing)
                && !number_stands_alone_after(text, days_match.end())
            {
                // "May 5,000 people": a count, not a day; the month alone may still match.
                continue;
            }
            let list = DayList {
                start: whole.start(),
                month,
                weekday: caps
                    .name("wd")
                    .and_then(|m| capitalised_weekday(m.as_str())),
                // Where the last mention ends when no year follows: after the
                // month ("3 October") or after the day ("October 3").
                bare_end: if month_first {
                    days_match.end()
                } else {
                    month_match.end()
                },
            };
            self.day_list(&list, &days, &tail);
        }
    }

    /// Resolves the days of one list and proposes them as one candidate: all of
    /// them or, if one names no day, a blocker.
    fn day_list(&mut self, list: &DayList, days: &[(usize, usize, u32)], tail: &YearTail) {
        let tail_end = match *tail {
            YearTail::Stated { end, .. } | YearTail::Relative { end, .. } => Some(end),
            YearTail::Missing => None,
        };
        let end = tail_end.unwrap_or(list.bare_end);
        let cue = self.future_cue(list.start);
        let tense = self.direction(list.start, end, true);
        let last = days.len() - 1;
        let mut mentions = Vec::with_capacity(days.len());
        for (i, &(day_start, day_end, day)) in days.iter().enumerate() {
            let Some((date, kind)) = self.resolve_day(list.month, day, tail, tense, list.weekday)
            else {
                self.block(list.start, end);
                return;
            };
            let span = (
                if i == 0 { list.start } else { day_start },
                if i == last { end } else { day_end },
            );
            mentions.push(self.mention(span, date, kind, cue));
        }
        self.propose(list.start, end, mentions);
    }

    fn resolve_day(
        &self,
        month: u32,
        day: u32,
        tail: &YearTail,
        tense: Tense,
        weekday: Option<Weekday>,
    ) -> Option<(EventDate, MentionKind)> {
        match *tail {
            YearTail::Stated { year, .. } => {
                EventDate::day(year, month, day).map(|date| (date, MentionKind::Absolute))
            }
            YearTail::Relative { offset, .. } => {
                let year = self.published?.year() + offset;
                EventDate::day(year, month, day).map(|date| (date, MentionKind::YearFromContext))
            }
            YearTail::Missing => {
                let published = self.published?;
                let back = || nearest_day(published, month, day, Direction::Back);
                let ahead = || nearest_day(published, month, day, Direction::Ahead);
                let preferred = match tense {
                    Tense::Back => back(),
                    Tense::Ahead => ahead(),
                    Tense::Nearest => nearer(published, back(), ahead()),
                };
                let other = match tense {
                    Tense::Back => ahead(),
                    _ => back(),
                };
                let on_weekday = |d: &Option<NaiveDate>| {
                    weekday.is_none_or(|w| d.is_some_and(|d| d.weekday() == w))
                };
                let date = if !on_weekday(&preferred) && on_weekday(&other) {
                    other?
                } else {
                    preferred?
                };
                Some((EventDate::from_naive(date), MentionKind::YearFromContext))
            }
        }
    }

    /// "between May and July 2023": the first month takes the year of the
    /// second, or the year before when it comes later in the calendar
    /// ("December to February 2023").
    fn month_ranges(&mut self) {
        let text = self.text;
        for caps in MONTH_RANGE.captures_iter(text) {
            let (Some(whole), Some(first), Some(second)) =
                (caps.get(0), caps.name("m1"), caps.name("m2"))
            else {
                continue;
            };
            let (Some(m1), Some(m2)) = (
                capitalised_month(first.as_str()),
                capitalised_month(second.as_str()),
            ) else {
                continue;
            };
            let (year, kind) = match year_tail(text, &caps, &DATED_YEARS) {
                YearTail::Stated { year, .. } => (year, MentionKind::Absolute),
                YearTail::Relative { offset, .. } => match self.published {
                    Some(published) => (published.year() + offset, MentionKind::YearFromContext),
                    None => {
                        self.block(whole.start(), whole.end());
                        continue;
                    }
                },
                // Not a year after all ("May to July 2000 soldiers"): the months stand alone.
                YearTail::Missing => continue,
            };
            let first_year = if m1 > m2 { year - 1 } else { year };
            let (Some(d1), Some(d2)) =
                (EventDate::month(first_year, m1), EventDate::month(year, m2))
            else {
                continue;
            };
            let cue = self.future_cue(whole.start());
            let mentions = vec![
                self.mention((first.start(), first.end()), d1, kind, cue),
                self.mention((second.start(), whole.end()), d2, kind, cue),
            ];
            self.propose(whole.start(), whole.end(), mentions);
        }
    }

    /// A month with its year ("October 2002"), with a relative year ("September
    /// this year"), or alone ("in April", "early January", "last May").
    fn months(&mut self) {
        let text = self.text;
        for caps in MONTH_ALONE.captures_iter(text) {
            let (Some(whole), Some(month_match)) = (caps.get(0), caps.name("month")) else {
                continue;
            };
            let Some(month) = capitalised_month(month_match.as_str()) else {
                continue;
            };
            let modifier = caps.name("mod").map(|m| m.as_str().to_ascii_lowercase());
            let start = whole.start();
            let resolved = match year_tail(text, &caps, &DATED_YEARS) {
                YearTail::Stated { year, end } => {
                    EventDate::month(year, month).map(|date| (date, MentionKind::Absolute, end))
                }
                YearTail::Relative { offset, end } => self.published.and_then(|published| {
                    EventDate::month(published.year() + offset, month)
                        .map(|date| (date, MentionKind::YearFromContext, end))
                }),
                YearTail::Missing => {
                    if !is_full_month_name(month_match.as_str())
                        || !bare_month_is_date(text, month_match, modifier.is_some(), month)
                    {
                        continue;
                    }
                    let Some(published) = self.published else {
                        continue;
                    };
                    let year = match modifier.as_deref() {
                        Some("last") => {
                            nearest_month_year(published, month, Direction::StrictlyBack)
                        }
                        Some("next") => {
                            nearest_month_year(published, month, Direction::StrictlyAhead)
                        }
                        Some("this") => published.year(),
                        _ => {
                            let back = nearest_month_year(published, month, Direction::Back);
                            let ahead = nearest_month_year(published, month, Direction::Ahead);
                            match self.direction(start, month_match.end(), true) {
                                Tense::Back => back,
                                Tense::Ahead => ahead,
                                Tense::Nearest => {
                                    let months_from = |year: i32| {
                                        (i64::from(year) * 12 + i64::from(month)
                                            - i64::from(published.year()) * 12
                                            - i64::from(published.month()))
                                        .abs()
                                    };
                                    if months_from(ahead) < months_from(back) {
                                        ahead
                                    } else {
                                        back
                                    }
                                }
                            }
                        }
                    };
                    EventDate::month(year, month)
                        .map(|date| (date, MentionKind::YearFromContext, month_match.end()))
                }
            };
            let Some((date, kind, end)) = resolved else {
                continue;
            };
            let cue = self.future_cue(start) || modifier.as_deref() == Some("next");
            let mention = self.mention((start, end), date, kind, cue);
            self.propose(start, end, vec![mention]);
        }
    }

    /// "on Tuesday", "Tuesday's statement", "last Tuesday", "next Friday".
    fn weekdays(&mut self) {
        let Some(published) = self.published else {
            return;
        };
        for caps in WEEKDAY_ALONE.captures_iter(self.text) {
            let (Some(whole), Some(weekday)) = (
                caps.get(0),
                caps.name("wd")
                    .and_then(|m| capitalised_weekday(m.as_str())),
            ) else {
                continue;
            };
            let modifier = caps.name("mod").map(|m| m.as_str().to_ascii_lowercase());
            let tense = self.direction(whole.start(), whole.end(), false);
            let cue = tense == Tense::Ahead;
            let direction = match modifier.as_deref() {
                Some("last" | "past") => Direction::StrictlyBack,
                Some("next" | "coming") => Direction::StrictlyAhead,
                _ if cue => Direction::Ahead,
                _ => Direction::Back,
            };
            let Some(date) = nearest_weekday(published, weekday, direction) else {
                continue;
            };
            let cue = cue || direction == Direction::StrictlyAhead;
            let span = (whole.start(), whole.end());
            let mention =
                self.mention(span, EventDate::from_naive(date), MentionKind::Weekday, cue);
            self.propose(span.0, span.1, vec![mention]);
        }
    }

    /// "this year", "last month", "earlier this month", "last week", "yesterday", ...
    fn relative_periods(&mut self) {
        let Some(published) = self.published else {
            return;
        };
        for caps in RELATIVE.captures_iter(self.text) {
            let Some(whole) = caps.get(0) else { continue };
            let Some(period) = relative_period(&caps, published) else {
                continue;
            };
            let cue = period.ahead || self.future_cue(whole.start());
            let mut mention =
                self.mention((whole.start(), whole.end()), period.date, period.kind, cue);
            mention.approximate = period.kind == MentionKind::Vague;
            self.propose(whole.start(), whole.end(), vec![mention]);
        }
    }

    /// Bare years. A 4-digit number in 1900..=2100 is a year when it stands
    /// alone as a number (not "2,000", "1-2000", "$2020", "2000-strong") and
    /// - a preposition, determiner or time word comes before it ([`YEAR_CONTEXT`]:
    ///   "in 2018", "since 1991", "the 2021 invasion", "mid-2020"), or
    /// - it continues a list or range of years ("2018, 2019 and 2020", "2018–2020"), or
    /// - it stands alone in brackets ("(2018)"),
    ///
    /// and no noun of counting follows it ("in 2000 soldiers"). Years after a
    /// month are read by the month matchers.
    fn years(&mut self) {
        let text = self.text;
        let mut previous_year_end: Option<usize> = None;
        for number in YEAR_NUMBER.find_iter(text) {
            let Ok(year) = number.as_str().parse::<i32>() else {
                continue;
            };
            let (start, end) = (number.start(), number.end());
            let continues_list = previous_year_end.is_some_and(|previous| {
                let gap = &text[previous..start];
                gap.len() <= 16 && YEAR_LIST_GAP.is_match(gap)
            });
            // "2018–2020": the dash after a year is a range, not "1-2000".
            let stands_alone = if continues_list {
                number_is_not_a_count(text, end)
            } else {
                year_number_stands_alone(text, start, end)
            };
            if !BARE_YEARS.contains(&year) || !stands_alone {
                continue;
            }
            let in_context = YEAR_CONTEXT.contains(&word_before(text, start).as_str());
            let bracketed = text[..start].ends_with('(') && text[end..].starts_with(')');
            if !(in_context || continues_list || bracketed) {
                continue;
            }
            previous_year_end = Some(end);
            let cue = self.future_cue(start);
            let mention = self.mention(
                (start, end),
                EventDate::year(year),
                MentionKind::Absolute,
                cue,
            );
            self.propose(start, end, vec![mention]);
        }
    }
}

/// Where a list of days begins, which month it shares, and where its last
/// mention ends when no year follows.
struct DayList {
    start: usize,
    month: u32,
    /// "Sunday, September 3": the weekday fixes which year's day it is.
    weekday: Option<Weekday>,
    bare_end: usize,
}

/// A period named relative to the publication.
struct RelativePeriod {
    date: EventDate,
    kind: MentionKind,
    /// The period lies after the publication ("next month", "later this year").
    ahead: bool,
}

fn relative_period(caps: &Captures, published: NaiveDate) -> Option<RelativePeriod> {
    let lower = |name: &str| caps.name(name).map(|m| m.as_str().to_ascii_lowercase());
    let month_of = |date: NaiveDate| EventDate::month(date.year(), date.month());
    let period =
        |date: EventDate, kind: MentionKind, ahead: bool| RelativePeriod { date, kind, ahead };
    if let (Some(which), Some(unit)) = (lower("which"), lower("unit")) {
        let later = lower("adv").as_deref() == Some("later");
        let year = published.year();
        return match (which.as_str(), unit.as_str()) {
            ("this", "year") => Some(period(
                EventDate::year(year),
                MentionKind::CurrentPeriod,
                later,
            )),
            ("last", "year") => Some(period(
                EventDate::year(year - 1),
                MentionKind::PreviousPeriod,
                false,
            )),
            ("next", "year") => Some(period(
                EventDate::year(year + 1),
                MentionKind::CurrentPeriod,
                true,
            )),
            ("this", "month") => Some(period(
                month_of(published)?,
                MentionKind::CurrentPeriod,
                later,
            )),
            ("last", "month") => {
                let date = published.checked_sub_months(Months::new(1))?;
                Some(period(month_of(date)?, MentionKind::PreviousPeriod, false))
            }
            ("next", "month") => {
                let date = published.checked_add_months(Months::new(1))?;
                Some(period(month_of(date)?, MentionKind::CurrentPeriod, true))
            }
            // A week is placed only by the month it (mostly) falls in.
            ("this", "week") => Some(period(month_of(published)?, MentionKind::Vague, later)),
            ("last", "week") => {
                let date = published.checked_sub_days(Days::new(7))?;
                Some(period(month_of(date)?, MentionKind::Vague, false))
            }
            ("next", "week") => {
                let date = published.checked_add_days(Days::new(7))?;
                Some(period(month_of(date)?, MentionKind::Vague, true))
            }
            _ => None,
        };
    }
    if let Some(day) = lower("day") {
        let day_period = |date: Option<NaiveDate>, kind, ahead| {
            date.map(|date| period(EventDate::from_naive(date), kind, ahead))
        };
        return match day.as_str() {
            "yesterday" => day_period(published.pred_opt(), MentionKind::PreviousPeriod, false),
            "today" => day_period(Some(published), MentionKind::CurrentPeriod, false),
            "tomorrow" => day_period(published.succ_opt(), MentionKind::CurrentPeriod, true),
            _ => None,
        };
    }
    if let Some(count) = lower("count") {
        let exact = match count.as_str() {
            "two" | "2" => Some(2),
            "three" | "3" => Some(3),
            "four" | "4" => Some(4),
            "five" | "5" => Some(5),
            "six" | "6" => Some(6),
            _ => None,
        };
        return match exact {
            Some(days) => {
                let date = published.checked_sub_days(Days::new(days))?;
                Some(period(
                    EventDate::from_naive(date),
                    MentionKind::PreviousPeriod,
                    false,
                ))
            }
            // "a few days ago": about three days, placed by its month only.
            None => {
                let date = published.checked_sub_days(Days::new(3))?;
                Some(period(month_of(date)?, MentionKind::Vague, false))
            }
        };
    }
    if caps.name("recent").is_some() {
        return Some(period(month_of(published)?, MentionKind::Vague, false));
    }
    None
}

// ---------------------------------------------------------------------------
// Resolution against the publication date
// ---------------------------------------------------------------------------

/// The year of the nearest `month` in `direction` from the publication month
/// ("in December" written in January 2023 is December 2022).
fn nearest_month_year(published: NaiveDate, month: u32, direction: Direction) -> i32 {
    let (year, current) = (published.year(), published.month());
    let same_year = match direction {
        Direction::Back => month <= current,
        Direction::StrictlyBack => month < current,
        Direction::Ahead => month >= current,
        Direction::StrictlyAhead => month > current,
    };
    match (same_year, direction.backwards()) {
        (true, _) => year,
        (false, true) => year - 1,
        (false, false) => year + 1,
    }
}

/// Of a day looked for back and ahead, the one nearer `published`.
fn nearer(
    published: NaiveDate,
    back: Option<NaiveDate>,
    ahead: Option<NaiveDate>,
) -> Option<NaiveDate> {
    match (back, ahead) {
        (Some(b), Some(a)) => Some(if (a - published) < (published - b) {
            a
        } else {
            b
        }),
        (b, a) => b.or(a),
    }
}

/// The nearest existing `month`/`day` in `direction` from the publication
/// date; 29 February finds the nearest leap year.
fn nearest_day(
    published: NaiveDate,
    month: u32,
    day: u32,
    direction: Direction,
) -> Option<NaiveDate> {
    let step = if direction.backwards() { -1 } else { 1 };
    (0..=DAY_SEARCH_YEARS).find_map(|offset| {
        NaiveDate::from_ymd_opt(published.year() + step * offset, month, day)
            .filter(|date| direction.accepts(*date, published))
    })
}

/// The nearest `weekday` in `direction` from the publication date ("on
/// Tuesday" written on a Tuesday is that same day).
fn nearest_weekday(
    published: NaiveDate,
    weekday: Weekday,
    direction: Direction,
) -> Option<NaiveDate> {
    let first = match direction {
        Direction::Back | Direction::Ahead => 0,
        Direction::StrictlyBack | Direction::StrictlyAhead => 1,
    };
    (first..first + 7).find_map(|n| {
        let date = if direction.backwards() {
            published.checked_sub_days(Days::new(n))
        } else {
            published.checked_add_days(Days::new(n))
        }?;
        (date.weekday() == weekday).then_some(date)
    })
}

// ---------------------------------------------------------------------------
// Future cues
// ---------------------------------------------------------------------------

/// Whether the words before `at`, in its clause, put it ahead of the publication.
///
/// The clause runs back to the previous comma, semicolon, colon, bracket, dash
/// or sentence end, so "the summit, which is to be held in Minsk on November 23"
/// sees "is to be held". Cues are [`FUTURE_CUE`] and, after a reporting verb
/// anywhere earlier in the sentence, "would". A past-tense verb after the last
/// cue cancels it ("will respond to the attack that began on Tuesday").
fn speaks_of_future(text: &str, at: usize) -> bool {
    let window_start = floor_char_boundary(text, at.saturating_sub(CUE_LOOKBACK));
    let before = &text[window_start..at];
    let clause_start = after_last(before, |c| {
        matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '—' | '–' | '.' | '!' | '?' | '\n'
        )
    });
    let clause = &before[clause_start..];
    let mut cue_end = FUTURE_CUE
        .find_iter(clause)
        .filter(|m| !is_next_to(m.as_str()))
        .map(|m| m.end())
        .last();
    if let Some(would) = WOULD.find_iter(clause).last() {
        let would_at = clause_start + would.start();
        let sentence_start =
            after_last(&before[..would_at], |c| matches!(c, '.' | '!' | '?' | '\n'));
        if REPORTING_VERB.is_match(&before[sentence_start..would_at]) {
            cue_end = cue_end.max(Some(would.end()));
        }
    }
    cue_end.is_some_and(|end| !PAST_MARKER.is_match(&clause[end..]))
}

/// "next to the border" is a place, not a time.
fn is_next_to(cue: &str) -> bool {
    let lower = cue.to_ascii_lowercase();
    lower.starts_with("next") && lower.ends_with("to")
}

/// The byte offset just after the last char of `text` matching `pred`, or 0.
fn after_last(text: &str, pred: impl Fn(char) -> bool) -> usize {
    text.char_indices()
        .rev()
        .find(|&(_, c)| pred(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

// ---------------------------------------------------------------------------
// Words and numbers
// ---------------------------------------------------------------------------

/// The month number of a month token, if it is written with a capital.
fn capitalised_month(token: &str) -> Option<u32> {
    if !starts_with_capital(token) {
        return None;
    }
    let month = match token.trim_end_matches('.').to_ascii_lowercase().as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(month)
}

fn is_full_month_name(token: &str) -> bool {
    super::calendar::is_month_name(token)
}

fn capitalised_weekday(token: &str) -> Option<Weekday> {
    if !starts_with_capital(token) {
        return None;
    }
    let weekday = match token.to_ascii_lowercase().as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    };
    Some(weekday)
}

fn starts_with_capital(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a full month name with no number after it is a month. It is when a
/// modifier or a preposition/determiner ([`MONTH_CONTEXT`]) comes before it.
/// Otherwise "May" is the modal verb ("May Armenia leave?"), and any month
/// followed by a capitalised word is likely a name ("June Carter").
fn bare_month_is_date(text: &str, month: Match, modified: bool, number: u32) -> bool {
    if modified || MONTH_CONTEXT.contains(&word_before(text, month.start()).as_str()) {
        return true;
    }
    number != 5 && !starts_with_capital(word_after(text, month.end()))
}

/// The day numbers of a list ("3 and 4"), with their byte spans in the text.
fn day_numbers(days: Match) -> Vec<(usize, usize, u32)> {
    DAY_IN_LIST
        .find_iter(days.as_str())
        .filter_map(|m| {
            let digits = m
                .as_str()
                .trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let day = digits.parse().ok()?;
            Some((days.start() + m.start(), days.start() + m.end(), day))
        })
        .collect()
}

/// The year that follows a day or month, if there is one that is really a year.
fn year_tail(text: &str, caps: &Captures, range: &RangeInclusive<i32>) -> YearTail {
    if let Some(year_match) = caps.name("year") {
        return match year_match.as_str().parse::<i32>() {
            Ok(year)
                if range.contains(&year)
                    && year_number_stands_alone(text, year_match.start(), year_match.end()) =>
            {
                YearTail::Stated {
                    year,
                    end: year_match.end(),
                }
            }
            _ => YearTail::Missing,
        };
    }
    let (Some(relative), Some(whole)) = (caps.name("rel"), caps.get(0)) else {
        return YearTail::Missing;
    };
    let offset = match relative.as_str().to_ascii_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    YearTail::Relative {
        offset,
        end: whole.end(),
    }
}

/// Whether the 4-digit number at `start..end` is a number of its own that could
/// be a year: not part of "2,000", "1-2000", "$2020", "20.5", "2000-strong",
/// "2020%", and not a count ("2000 soldiers").
fn year_number_stands_alone(text: &str, start: usize, end: usize) -> bool {
    number_stands_alone_before(text, start) && number_is_not_a_count(text, end)
}

/// Whether the number ending at `end` is followed by nothing that makes it a
/// quantity ("2,000", "2000-strong", "2020%", "2000 soldiers").
fn number_is_not_a_count(text: &str, end: usize) -> bool {
    number_stands_alone_after(text, end)
        && !COUNT_NOUNS.contains(&word_after(text, end).to_lowercase().as_str())
}

fn number_stands_alone_before(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match (before.next(), before.next()) {
        (Some('$' | '€' | '£' | '¥' | '#' | '№' | '+'), _) => false,
        (Some('-' | '–' | '/' | ',' | '.' | ':'), Some(c)) => !c.is_ascii_digit(),
        _ => true,
    }
}

fn number_stands_alone_after(text: &str, end: usize) -> bool {
    let mut after = text[end..].chars();
    match (after.next(), after.next()) {
        (Some('%'), _) => false,
        (Some(',' | '.' | ':' | '/'), Some(c)) => !c.is_ascii_digit(),
        (Some('-' | '–'), Some(c)) => !c.is_alphabetic(),
        _ => true,
    }
}

/// The word just before `at`, lowercased, skipping spaces. A hyphen right before
/// `at` is kept ("mid-"); a possessive ("Armenia’s", "Armenians'") is `'`.
fn word_before(text: &str, at: usize) -> String {
    let before = text[..at].trim_end();
    if before.ends_with("'s") || before.ends_with("’s") || before.ends_with(['\'', '’']) {
        return "'".to_string();
    }
    let (core, hyphen) = match before.strip_suffix('-') {
        Some(core) => (core, "-"),
        None => (before, ""),
    };
    let start = core
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(core.len(), |(i, _)| i);
    format!("{}{hyphen}", core[start..].to_lowercase())
}

/// Whether no letter or digit touches `start..end` from either side.
fn stands_apart(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The word just after `at`, skipping spaces.
fn word_after(text: &str, at: usize) -> &str {
    let rest = text[at..].trim_start();
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    &rest[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("test date exists")
    }

    fn day(year: i32, month: u32, d: u32) -> EventDate {
        EventDate::day(year, month, d).expect("test day exists")
    }

    fn month(year: i32, month: u32) -> EventDate {
        EventDate::month(year, month).expect("test month exists")
    }

    fn year(year: i32) -> EventDate {
        EventDate::year(year)
    }

    /// The dates found, in order.
    fn dates(sentence: &str, published: Option<NaiveDate>) -> Vec<EventDate> {
        find_dates(sentence, published)
            .into_iter()
            .map(|m| m.date)
            .collect()
    }

    /// The one mention in the sentence (fails if there is not exactly one).
    fn only(sentence: &str, published: Option<NaiveDate>) -> DateMention {
        let mentions = find_dates(sentence, published);
        assert_eq!(mentions.len(), 1, "{sentence:?}: {mentions:?}");
        mentions.into_iter().next().expect("one mention")
    }

    fn text_of<'a>(sentence: &'a str, mention: &DateMention) -> &'a str {
        &sentence[mention.start..mention.end]
    }

    // --- Full dates -------------------------------------------------------

    #[test]
    fn full_dates_in_the_usual_english_forms_are_absolute_days() {
        let published = Some(ymd(2023, 11, 14));
        for (sentence, expected) in [
            (
                "It happened on October 3, 2023, in Yerevan.",
                "October 3, 2023",
            ),
            (
                "It happened on 3 October 2023 in Yerevan.",
                "3 October 2023",
            ),
            ("It happened on Oct. 3, 2023 in Yerevan.", "Oct. 3, 2023"),
            ("It happened on October 3rd, 2023.", "October 3rd, 2023"),
            ("It happened on 2023-10-03 in Yerevan.", "2023-10-03"),
            (
                "It happened on the 3rd of October 2023.",
                "3rd of October 2023",
            ),
        ] {
            let mention = only(sentence, published);
            assert_eq!(mention.date, day(2023, 10, 3), "{sentence}");
            assert_eq!(mention.kind, MentionKind::Absolute, "{sentence}");
            assert_eq!(text_of(sentence, &mention), expected);
            assert!(!mention.future && !mention.approximate, "{sentence}");
        }
    }

    #[test]
    fn abbreviated_months_without_year_take_the_year_from_context() {
        let published = Some(ymd(2023, 11, 14));
        let mention = only("The talks began Sept. 3 in Moscow.", published);
        assert_eq!(mention.date, day(2023, 9, 3));
        assert_eq!(mention.kind, MentionKind::YearFromContext);
        let mention = only("The talks began Oct 3 in Moscow.", published);
        assert_eq!(mention.date, day(2023, 10, 3));
        let mention = only("The talks began on October 3rd.", published);
        assert_eq!(mention.date, day(2023, 10, 3));
    }

    #[test]
    fn weekday_before_a_date_is_part_of_one_mention() {
        let sentence = "He spoke on Sunday, September 3, 2023, in Rome.";
        let mention = only(sentence, None);
        assert_eq!(mention.date, day(2023, 9, 3));
        assert_eq!(text_of(sentence, &mention), "Sunday, September 3, 2023");
        let sentence = "He spoke on Sunday, September 3 in Rome.";
        let mention = only(sentence, Some(ymd(2023, 9, 6)));
        assert_eq!(mention.date, day(2023, 9, 3));
        assert_eq!(text_of(sentence, &mention), "Sunday, September 3");
    }

    #[test]
    fn real_sentence_la_repubblica_interview_on_sunday_september_3() {
        let sentence = "In an interview with La Repubblica on Sunday, September 3, Pashinyan spoke about Russia’s distancing";
        let mention = only(sentence, Some(ymd(2023, 9, 6)));
        assert_eq!(mention.date, day(2023, 9, 3));
        assert_eq!(mention.date.precision(), Precision::Day);
        assert!(!mention.future);
    }

    #[test]
    fn real_sentences_clashes_and_ceasefire_of_2020() {
        let mention = only(
            "Clashes broke out on September 27, 2020, when the Armenian army attacked",
            Some(ymd(2023, 1, 10)),
        );
        assert_eq!(mention.date, day(2020, 9, 27));
        assert_eq!(mention.kind, MentionKind::Absolute);
        let mention = only("brokered by Russia on November 10, 2020, which", None);
        assert_eq!(mention.date, day(2020, 11, 10));
        assert_eq!(mention.kind, MentionKind::Absolute);
    }

    #[test]
    fn impossible_days_are_skipped_without_a_shorter_misreading() {
        assert_eq!(dates("It was signed on 31 February 2023.", None), vec![]);
        assert_eq!(dates("It was signed on February 31, 2023.", None), vec![]);
        assert_eq!(
            dates("It was signed on February 31.", Some(ymd(2023, 5, 1))),
            vec![]
        );
        assert_eq!(dates("It was signed on 2023-02-31.", None), vec![]);
        assert_eq!(
            dates("It was signed on April 31.", Some(ymd(2023, 5, 1))),
            vec![]
        );
    }

    // --- Months -----------------------------------------------------------

    #[test]
    fn month_and_year_is_an_absolute_month() {
        let published = Some(ymd(2023, 9, 6));
        for (sentence, expected, text) in [
            (
                "which was established in October 2002.",
                month(2002, 10),
                "October 2002",
            ),
            (
                "The clashes in May 2021 were deadly.",
                month(2021, 5),
                "May 2021",
            ),
            (
                "In December 2020, forces surrendered.",
                month(2020, 12),
                "December 2020",
            ),
            (
                "It was blocked in December of 2022 by activists.",
                month(2022, 12),
                "December of 2022",
            ),
            (
                "It was signed in early May 2021.",
                month(2021, 5),
                "early May 2021",
            ),
        ] {
            let mention = only(sentence, published);
            assert_eq!(mention.date, expected, "{sentence}");
            assert_eq!(mention.kind, MentionKind::Absolute, "{sentence}");
            assert_eq!(text_of(sentence, &mention), text, "{sentence}");
        }
    }

    #[test]
    fn real_sentence_csto_established_in_october_2002() {
        let sentence = "Six countries — Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, and Russia — comprise the CSTO, which was established in October 2002.";
        let mention = only(sentence, Some(ymd(2022, 11, 23)));
        assert_eq!(mention.date, month(2002, 10));
        assert_eq!(mention.date.precision(), Precision::Month);
    }

    #[test]
    fn bare_months_resolve_to_the_most_recent_one_up_to_the_publication_month() {
        let published = Some(ymd(2023, 9, 6));
        for (sentence, expected, text) in [
            (
                "It was set up in April, sparking controversy.",
                month(2023, 4),
                "April",
            ),
            (
                "In May, Pashinyan said the CSTO was not responding.",
                month(2023, 5),
                "May",
            ),
            (
                "Armenia asked for help in September after clashes.",
                month(2023, 9),
                "September",
            ),
            (
                "It started in late February.",
                month(2023, 2),
                "late February",
            ),
            (
                "It started in early January.",
                month(2023, 1),
                "early January",
            ),
            ("It started mid-March.", month(2023, 3), "mid-March"),
            ("It started in October.", month(2022, 10), "October"),
        ] {
            let mention = only(sentence, published);
            assert_eq!(mention.date, expected, "{sentence}");
            assert_eq!(mention.kind, MentionKind::YearFromContext, "{sentence}");
            assert_eq!(text_of(sentence, &mention), text, "{sentence}");
            assert!(!mention.future, "{sentence}");
        }
    }

    #[test]
    fn in_december_written_in_january_is_the_previous_year() {
        let mention = only("The road was blocked in December.", Some(ymd(2023, 1, 10)));
        assert_eq!(mention.date, month(2022, 12));
        assert_eq!(mention.kind, MentionKind::YearFromContext);
    }

    #[test]
    fn month_with_this_or_last_year_fixes_the_year() {
        let published = Some(ymd(2023, 1, 10));
        let sentence = "Talks were held in September this year.";
        let mention = only(sentence, published);
        assert_eq!(mention.date, month(2023, 9));
        assert_eq!(text_of(sentence, &mention), "September this year");
        let mention = only("Talks were held in December last year.", published);
        assert_eq!(mention.date, month(2022, 12));
        let mention = only("Talks were held on December 12 last year.", published);
        assert_eq!(mention.date, day(2022, 12, 12));
        let mention = only("Talks were held in December of last year.", published);
        assert_eq!(mention.date, month(2022, 12));
    }

    #[test]
    fn last_and_next_month_names_skip_the_publication_month() {
        let published = Some(ymd(2023, 5, 20));
        assert_eq!(
            dates("Talks were held last May.", published),
            vec![month(2022, 5)]
        );
        assert_eq!(
            dates("Talks were held last April.", published),
            vec![month(2023, 4)]
        );
        let mention = only("Talks will be held next May.", published);
        assert_eq!(mention.date, month(2024, 5));
        assert!(mention.future);
    }

    #[test]
    fn a_future_bare_month_is_the_next_one() {
        let mention = only("Exercises are scheduled for April.", Some(ymd(2023, 9, 6)));
        assert_eq!(mention.date, month(2024, 4));
        assert!(mention.future);
        let mention = only(
            "The summit will be held in September.",
            Some(ymd(2023, 9, 6)),
        );
        assert_eq!(mention.date, month(2023, 9));
        assert!(mention.future);
    }

    #[test]
    fn may_the_modal_verb_is_not_a_month() {
        let published = Some(ymd(2023, 9, 6));
        assert_eq!(
            dates("Armenia may invite UN peacekeepers.", published),
            vec![]
        );
        assert_eq!(dates("May Armenia leave the bloc?", published), vec![]);
        assert_eq!(dates("Armenia May Leave the CSTO", published), vec![]);
        assert_eq!(dates("It may be too late.", published), vec![]);
        assert_eq!(
            dates("The war began in May.", published),
            vec![month(2023, 5)]
        );
        assert_eq!(
            dates("Fighting has raged since May.", published),
            vec![month(2023, 5)]
        );
        assert_eq!(
            dates("It will end by May.", published),
            vec![month(2024, 5)]
        );
        assert_eq!(
            dates("It ended on May 5.", published),
            vec![day(2023, 5, 5)]
        );
        assert_eq!(dates("It ended May 2021.", published), vec![month(2021, 5)]);
        assert_eq!(
            dates("It began in early May.", published),
            vec![month(2023, 5)]
        );
        assert_eq!(dates("It began last May.", published), vec![month(2023, 5)]);
    }

    #[test]
    fn real_sentence_armenia_may_invite_un_peacekeepers_has_no_date() {
        let sentence = "After the expiration of the five-year mandate of Russian peacekeepers, Armenia may invite UN peacekeepers";
        assert_eq!(find_dates(sentence, Some(ymd(2023, 3, 14))), vec![]);
        assert_eq!(find_dates(sentence, None), vec![]);
    }

    #[test]
    fn lowercase_and_name_like_months_are_not_months() {
        let published = Some(ymd(2023, 9, 6));
        assert_eq!(
            dates("Protesters march through Yerevan.", published),
            vec![]
        );
        assert_eq!(dates("June Carter sang.", published), vec![]);
        assert_eq!(dates("The Mar del Plata talks.", published), vec![]);
    }

    #[test]
    fn real_sentence_checkpoint_in_april() {
        let sentence = "An Azerbaijani checkpoint was set up in the Lachin corridor in April, sparking controversy";
        let mention = only(sentence, Some(ymd(2023, 9, 6)));
        assert_eq!(mention.date, month(2023, 4));
        assert_eq!(mention.date.precision(), Precision::Month);
        assert_eq!(text_of(sentence, &mention), "April");
    }

    #[test]
    fn real_sentence_kazakhstan_in_early_january() {
        let sentence = "Pashinyan said his country had supported CSTO member Kazakhstan immediately in early January when Kazakh President Qasym-Zhomart Toqaev askeCSTO troops to enter";
        let mention = only(sentence, Some(ymd(2022, 11, 23)));
        assert_eq!(mention.date, month(2022, 1));
        assert!(!mention.future);
    }

    #[test]
    fn real_sentence_invasion_launched_in_late_february() {
        let sentence = "Among the demonstrators were Ukrainian citizens who protested Russia’s ongoing unprovoked invasion of Ukraine launched in late February.";
        let mention = only(sentence, Some(ymd(2022, 11, 23)));
        assert_eq!(mention.date, month(2022, 2));
        assert_eq!(text_of(sentence, &mention), "late February");
    }

    // --- Days without a year ---------------------------------------------

    #[test]
    fn day_and_month_resolve_to_the_nearest_past_day() {
        let published = Some(ymd(2023, 1, 10));
        for sentence in [
            "It has been blocked since December 12.",
            "It has been blocked since 12 December.",
            "It was blocked on December 12 by activists.",
        ] {
            let mention = only(sentence, published);
            assert_eq!(mention.date, day(2022, 12, 12), "{sentence}");
            assert_eq!(mention.kind, MentionKind::YearFromContext, "{sentence}");
        }
        // The publication day itself is still "on or before".
        assert_eq!(
            dates("They met on January 10.", published),
            vec![day(2023, 1, 10)]
        );
    }

    #[test]
    fn real_sentence_blocked_since_december_12() {
        let sentence = "But traffic through the Lachin corridor has been blocked since December 12 by Azerbaijani activists";
        let mention = only(sentence, Some(ymd(2023, 1, 10)));
        assert_eq!(mention.date, day(2022, 12, 12));
        assert_eq!(text_of(sentence, &mention), "December 12");
        assert!(!mention.future);
    }

    #[test]
    fn real_sentence_met_later_on_november_23_the_publication_day() {
        let sentence = "Pashinyan met later on November 23 with Russian President Vladimir Putin";
        let mention = only(sentence, Some(ymd(2022, 11, 23)));
        assert_eq!(mention.date, day(2022, 11, 23));
        assert!(!mention.future);
    }

    #[test]
    fn future_day_without_year_is_the_next_one_ahead() {
        let mention = only(
            "The leaders will meet on November 23.",
            Some(ymd(2023, 11, 14)),
        );
        assert_eq!(mention.date, day(2023, 11, 23));
        assert!(mention.future);
        let mention = only(
            "The leaders will meet on January 5.",
            Some(ymd(2023, 11, 14)),
        );
        assert_eq!(mention.date, day(2024, 1, 5));
        assert!(mention.future);
        // Without the cue the same day is the past one.
        let mention = only("The leaders met on January 5.", Some(ymd(2023, 11, 14)));
        assert_eq!(mention.date, day(2023, 1, 5));
        assert!(!mention.future);
    }

    #[test]
    fn real_sentence_summit_which_is_to_be_held_in_minsk_on_november_23() {
        let sentence = "Pashinyan announced in a telephone conversation with the dictator of Belarus, Alexander Lukashenko, that he will not come to the CSTO summit, which is to be held in Minsk on November 23.";
        let mention = only(sentence, Some(ymd(2023, 11, 14)));
        assert_eq!(mention.date, day(2023, 11, 23));
        assert_eq!(mention.kind, MentionKind::YearFromContext);
        assert!(mention.future);
        assert_eq!(text_of(sentence, &mention), "November 23");
    }

    #[test]
    fn february_29_without_year_finds_a_leap_year() {
        let mention = only("It was signed on February 29.", Some(ymd(2023, 6, 1)));
        assert_eq!(mention.date, day(2020, 2, 29));
        let mention = only("It will be signed on February 29.", Some(ymd(2023, 6, 1)));
        assert_eq!(mention.date, day(2024, 2, 29));
        let mention = only("It was signed on 29 February.", Some(ymd(2024, 3, 1)));
        assert_eq!(mention.date, day(2024, 2, 29));
    }

    #[test]
    fn a_day_number_that_is_a_count_is_not_a_day() {
        let published = Some(ymd(2023, 9, 6));
        let mention = only("In May 5,000 people marched.", published);
        assert_eq!(mention.date, month(2023, 5));
    }

    // --- Years ------------------------------------------------------------

    #[test]
    fn years_after_prepositions_and_determiners_are_years() {
        let published = Some(ymd(2023, 9, 6));
        for (sentence, expected) in [
            ("He served in 2018.", 2018),
            ("Relations have been tense since 1991, when", 1991),
            ("It should be ready by 2025.", 2025),
            ("Referring to the 2021 invasion, Pashinyan said", 2021),
            (
                "As part of the 2020 ceasefire regime, peacekeepers arrived.",
                2020,
            ),
            ("He retired in 2019.", 2019),
            ("He fought in the 2020 war.", 2020),
            ("It was agreed in mid-2020.", 2020),
            ("It was agreed in (2017).", 2017),
            ("Armenia’s 2021 elections were held early.", 2021),
        ] {
            let mention = only(sentence, published);
            assert_eq!(mention.date, year(expected), "{sentence}");
            assert_eq!(mention.kind, MentionKind::Absolute, "{sentence}");
            assert_eq!(mention.date.precision(), Precision::Year, "{sentence}");
        }
        assert!(only("It should be ready by 2025.", published).future);
        assert!(!only("He served in 2018.", published).future);
    }

    #[test]
    fn real_sentence_biyagov_served_since_2018() {
        let sentence =
            "Biyagov, who had served as the CSTO post-president since 2018, was appointed";
        let mention = only(sentence, Some(ymd(2023, 9, 6)));
        assert_eq!(mention.date, year(2018));
        assert_eq!(text_of(sentence, &mention), "2018");
    }

    #[test]
    fn real_sentences_retirement_in_2019_and_the_65_year_old() {
        let sentence = "His last official position was ambassador to Russia, the position he held before he announced his retirement in 2019.";
        assert_eq!(dates(sentence, Some(ymd(2022, 11, 23))), vec![year(2019)]);
        let sentence =
            "The 65-year-old Tasmaghambetov will replace Belarusian politician Stanislau Zas";
        assert_eq!(find_dates(sentence, Some(ymd(2022, 11, 23))), vec![]);
    }

    #[test]
    fn real_sentence_the_2021_invasion() {
        let sentence = "Referring to the 2021 invasion, Pashinyan said";
        let mention = only(sentence, Some(ymd(2023, 1, 10)));
        assert_eq!(mention.date, year(2021));
        assert_eq!(mention.date.precision(), Precision::Year);
    }

    #[test]
    fn counts_and_other_numbers_are_not_years() {
        let published = Some(ymd(2023, 9, 6));
        for sentence in [
            "Russia sent 2000 soldiers.",
            "Russia sent in 2000 soldiers.",
            "The 65-year-old minister resigned.",
            "Azerbaijan took 300 settlements.",
            "The 44-day war ended.",
            "About 2,000 troops were deployed.",
            "Scores ranged 1-2000 points.",
            "It cost $2020 in total.",
            "The 2000-strong contingent arrived.",
            "In 1850 the border moved.",
            "The code 9999999999999 leaked.",
            "In 99999 years nothing happens.",
            "It fell by 2020%.",
            "He read it in 2020.5 seconds.",
        ] {
            assert_eq!(dates(sentence, published), vec![], "{sentence}");
        }
    }

    #[test]
    fn between_two_years_gives_two_mentions() {
        let sentence = "Tensions rose between 2018 and 2020.";
        let mentions = find_dates(sentence, None);
        let found: Vec<EventDate> = mentions.iter().map(|m| m.date).collect();
        assert_eq!(found, vec![year(2018), year(2020)]);
        assert_eq!(text_of(sentence, &mentions[1]), "2020");
        assert_eq!(
            dates("It ran from 2018–2020 and in 2018, 2019 and 2021.", None),
            vec![year(2018), year(2020), year(2018), year(2019), year(2021)]
        );
    }

    // --- Weekdays ---------------------------------------------------------

    #[test]
    fn weekdays_resolve_to_the_nearest_past_one() {
        // 2023-01-12 is a Thursday.
        let published = Some(ymd(2023, 1, 12));
        let mention = only("Aliyev on Tuesday accused Armenia.", published);
        assert_eq!(mention.date, day(2023, 1, 10));
        assert_eq!(mention.kind, MentionKind::Weekday);
        let mention = only(
            "Commenting on Tuesday’s statement, Pashinyan said",
            published,
        );
        assert_eq!(mention.date, day(2023, 1, 10));
        let mention = only("They met on Tuesday morning.", published);
        assert_eq!(mention.date, day(2023, 1, 10));
        let mention = only("They met on Friday.", published);
        assert_eq!(mention.date, day(2023, 1, 6));
    }

    #[test]
    fn on_tuesday_written_on_a_tuesday_is_that_same_day() {
        // 2023-01-10 is a Tuesday.
        let published = Some(ymd(2023, 1, 10));
        let mention = only(
            "The Security Alliance said on Tuesday that it is looking",
            published,
        );
        assert_eq!(mention.date, day(2023, 1, 10));
        let sentence = "They met last Tuesday.";
        let mention = only(sentence, published);
        assert_eq!(mention.date, day(2023, 1, 3));
        assert_eq!(text_of(sentence, &mention), "last Tuesday");
    }

    #[test]
    fn future_weekdays_look_ahead() {
        // 2023-01-10 is a Tuesday.
        let published = Some(ymd(2023, 1, 10));
        let mention = only("The ministers will meet on Friday.", published);
        assert_eq!(mention.date, day(2023, 1, 13));
        assert!(mention.future);
        let mention = only("The ministers meet next Tuesday.", published);
        assert_eq!(mention.date, day(2023, 1, 17));
        assert!(mention.future);
        let mention = only("The ministers will meet on Tuesday.", published);
        assert_eq!(mention.date, day(2023, 1, 10));
        assert!(mention.future);
    }

    #[test]
    fn real_sentence_aliyev_on_tuesday() {
        let sentence = "Azerbaijani President Ilham Aliyev on Tuesday accused Armenia";
        let mention = only(sentence, Some(ymd(2023, 1, 10)));
        assert_eq!(mention.date, day(2023, 1, 10));
        assert_eq!(mention.kind, MentionKind::Weekday);
        assert_eq!(text_of(sentence, &mention), "Tuesday");
    }

    #[test]
    fn lowercase_or_plural_weekdays_are_not_dates() {
        let published = Some(ymd(2023, 1, 10));
        assert_eq!(dates("They meet on Tuesdays.", published), vec![]);
        assert_eq!(dates("a sunday school", published), vec![]);
    }

    // --- Relative periods -------------------------------------------------

    #[test]
    fn relative_periods_resolve_against_the_publication() {
        let published = Some(ymd(2023, 3, 14));
        let expect = |sentence: &str, date: EventDate, kind: MentionKind| {
            let mention = only(sentence, published);
            assert_eq!((mention.date, mention.kind), (date, kind), "{sentence}");
            mention
        };
        expect("It grew this year.", year(2023), MentionKind::CurrentPeriod);
        expect(
            "It grew earlier this year.",
            year(2023),
            MentionKind::CurrentPeriod,
        );
        expect(
            "It grew last year.",
            year(2022),
            MentionKind::PreviousPeriod,
        );
        expect(
            "It grew this month.",
            month(2023, 3),
            MentionKind::CurrentPeriod,
        );
        expect(
            "It grew earlier this month.",
            month(2023, 3),
            MentionKind::CurrentPeriod,
        );
        expect(
            "It grew last month.",
            month(2023, 2),
            MentionKind::PreviousPeriod,
        );
        expect(
            "It grew yesterday.",
            day(2023, 3, 13),
            MentionKind::PreviousPeriod,
        );
        expect(
            "It grew today.",
            day(2023, 3, 14),
            MentionKind::CurrentPeriod,
        );
        expect(
            "It grew two days ago.",
            day(2023, 3, 12),
            MentionKind::PreviousPeriod,
        );
        let vague = expect(
            "It grew a few days ago.",
            month(2023, 3),
            MentionKind::Vague,
        );
        assert!(vague.approximate);
        let vague = expect("It grew recently.", month(2023, 3), MentionKind::Vague);
        assert!(vague.approximate);
    }

    #[test]
    fn last_month_in_january_is_december_of_the_previous_year() {
        let mention = only("Prices rose last month.", Some(ymd(2023, 1, 10)));
        assert_eq!(mention.date, month(2022, 12));
        assert_eq!(mention.kind, MentionKind::PreviousPeriod);
    }

    #[test]
    fn last_week_is_a_vague_month_a_week_back() {
        let mention = only("Last week, Armenia refused.", Some(ymd(2023, 3, 3)));
        assert_eq!(mention.date, month(2023, 2));
        assert_eq!(mention.kind, MentionKind::Vague);
        assert!(mention.approximate);
        assert!(!mention.future);
    }

    #[test]
    fn real_sentence_last_week_armenia_announced() {
        let sentence = "Last week, Armenia announced that it would not nominate a person";
        let mention = only(sentence, Some(ymd(2023, 3, 14)));
        assert_eq!(mention.date, month(2023, 3));
        assert_eq!(mention.kind, MentionKind::Vague);
        assert!(mention.approximate);
        assert!(!mention.future);
        assert_eq!(text_of(sentence, &mention), "Last week");
    }

    #[test]
    fn next_periods_are_future() {
        let published = Some(ymd(2023, 12, 28));
        let mention = only("Talks resume next month.", published);
        assert_eq!(mention.date, month(2024, 1));
        assert!(mention.future);
        let mention = only("Talks resume next year.", published);
        assert_eq!(mention.date, year(2024));
        assert_eq!(mention.date.precision(), Precision::Year);
        assert!(mention.future);
        let mention = only("Talks resume next week.", published);
        assert_eq!(mention.date, month(2024, 1));
        assert_eq!(mention.kind, MentionKind::Vague);
        assert!(mention.future && mention.approximate);
        let mention = only("Talks resume next week.", Some(ymd(2023, 12, 1)));
        assert_eq!(mention.date, month(2023, 12));
        assert!(mention.future);
        let mention = only("Talks resume tomorrow.", published);
        assert_eq!(mention.date, day(2023, 12, 29));
        assert!(mention.future);
    }

    #[test]
    fn this_year_in_a_future_context_is_still_the_publication_year() {
        let mention = only(
            "Armenia will host the drills this year.",
            Some(ymd(2023, 1, 10)),
        );
        assert_eq!(mention.date, year(2023));
        assert_eq!(mention.kind, MentionKind::CurrentPeriod);
        assert!(mention.future);
        let mention = only(
            "Armenia hosted the drills this year.",
            Some(ymd(2023, 1, 10)),
        );
        assert_eq!(mention.date, year(2023));
        assert!(!mention.future);
    }

    #[test]
    fn real_sentence_would_not_hold_exercises_this_year_is_reported_future() {
        let sentence = "Armenian Prime Minister Nikol Pashinyan said his country would not hold joint exercises with Russia this year.";
        let mention = only(sentence, Some(ymd(2023, 1, 10)));
        assert_eq!(mention.date, year(2023));
        assert_eq!(mention.kind, MentionKind::CurrentPeriod);
        assert!(mention.future);
        assert_eq!(text_of(sentence, &mention), "this year");
    }

    #[test]
    fn would_without_a_reporting_verb_is_not_a_future_cue() {
        let mention = only(
            "Armenia would often hold drills in May.",
            Some(ymd(2023, 3, 1)),
        );
        assert_eq!(mention.date, month(2022, 5));
        assert!(!mention.future);
    }

    #[test]
    fn a_past_verb_after_the_cue_cancels_it() {
        let mention = only(
            "Armenia will respond to the attack that began on January 5.",
            Some(ymd(2023, 3, 1)),
        );
        assert_eq!(mention.date, day(2023, 1, 5));
        assert!(!mention.future);
    }

    #[test]
    fn since_and_next_to_are_not_future() {
        let published = Some(ymd(2023, 3, 1));
        let mention = only(
            "The drills planned since December were cancelled.",
            published,
        );
        assert_eq!(mention.date, month(2022, 12));
        assert!(!mention.future);
        let mention = only("Troops next to the border arrived in January.", published);
        assert_eq!(mention.date, month(2023, 1));
        assert!(!mention.future);
    }

    // --- Lists ------------------------------------------------------------

    #[test]
    fn real_sentence_list_of_three_months() {
        let sentence = "Dozens of square kilometers of Armenia’s sovereign territory were seized by Azerbaijan during the military conflict between the two countries in May 2021, in November 2021, and in September this year.";
        let mentions = find_dates(sentence, Some(ymd(2022, 11, 23)));
        let found: Vec<(EventDate, MentionKind)> =
            mentions.iter().map(|m| (m.date, m.kind)).collect();
        assert_eq!(
            found,
            vec![
                (month(2021, 5), MentionKind::Absolute),
                (month(2021, 11), MentionKind::Absolute),
                (month(2022, 9), MentionKind::YearFromContext),
            ]
        );
        let texts: Vec<&str> = mentions.iter().map(|m| text_of(sentence, m)).collect();
        assert_eq!(texts, ["May 2021", "November 2021", "September this year"]);
    }

    #[test]
    fn two_days_sharing_a_month_give_two_mentions() {
        let sentence = "The drills ran on 3 and 4 October 2023.";
        let mentions = find_dates(sentence, None);
        let found: Vec<EventDate> = mentions.iter().map(|m| m.date).collect();
        assert_eq!(found, vec![day(2023, 10, 3), day(2023, 10, 4)]);
        let texts: Vec<&str> = mentions.iter().map(|m| text_of(sentence, m)).collect();
        assert_eq!(texts, ["3", "4 October 2023"]);
        assert_eq!(
            dates("The drills ran October 3 and 4, 2023.", None),
            vec![day(2023, 10, 3), day(2023, 10, 4)]
        );
        assert_eq!(
            dates("The drills ran on 3-5 October.", Some(ymd(2023, 11, 1))),
            vec![day(2023, 10, 3), day(2023, 10, 5)]
        );
    }

    #[test]
    fn two_months_sharing_a_year_give_two_mentions() {
        let sentence = "Prices rose between May and July 2023.";
        let mentions = find_dates(sentence, None);
        let found: Vec<EventDate> = mentions.iter().map(|m| m.date).collect();
        assert_eq!(found, vec![month(2023, 5), month(2023, 7)]);
        let texts: Vec<&str> = mentions.iter().map(|m| text_of(sentence, m)).collect();
        assert_eq!(texts, ["May", "July 2023"]);
        assert_eq!(
            dates("Prices rose from December to February 2023.", None),
            vec![month(2022, 12), month(2023, 2)]
        );
    }

    // --- Without a publication date ---------------------------------------

    #[test]
    fn without_publication_date_only_absolute_dates_are_found() {
        let sentence = "On Tuesday, this year, in April, on November 23 and last week, unlike in 2018 and on October 3, 2023, nothing happened.";
        let mentions = find_dates(sentence, None);
        let found: Vec<(EventDate, MentionKind)> =
            mentions.iter().map(|m| (m.date, m.kind)).collect();
        assert_eq!(
            found,
            vec![
                (year(2018), MentionKind::Absolute),
                (day(2023, 10, 3), MentionKind::Absolute),
            ]
        );
        assert!(mentions.iter().all(|m| !m.future));
    }

    // --- Publication date inference ---------------------------------------

    #[test]
    fn publication_date_is_the_latest_full_date_stated() {
        let text = "Clashes broke out on September 27, 2020. On October 3, 2023, the Parliament ratified the Rome Statute. It met in December 2023.";
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2025, 1, 1)),
            Some(ymd(2023, 10, 3))
        );
        assert_eq!(infer_publication_date(text), Some(ymd(2023, 10, 3)));
    }

    #[test]
    fn publication_date_ignores_future_and_not_yet_reached_dates() {
        let text = "It was signed on 5 May 2022. The summit will be held on June 1, 2024.";
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2025, 1, 1)),
            Some(ymd(2022, 5, 5))
        );
        let text = "It was signed on 5 May 2022. It was signed on 5 May 2030.";
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2025, 1, 1)),
            Some(ymd(2022, 5, 5))
        );
    }

    #[test]
    fn publication_date_from_a_weekday_and_date_without_year() {
        let text = "In an interview with La Repubblica on Sunday, September 3, Pashinyan spoke.";
        // 3 September fell on a Sunday in 2023 and, before that, in 2017.
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2025, 1, 1)),
            Some(ymd(2023, 9, 3))
        );
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2023, 9, 2)),
            Some(ymd(2017, 9, 3))
        );
        let text = "It happened on Sunday, 3 September, in Rome.";
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2025, 1, 1)),
            Some(ymd(2023, 9, 3))
        );
    }

    #[test]
    fn publication_date_is_none_without_a_day() {
        for text in [
            "",
            "In December 2022, activists blocked the road. In 2018 he was appointed.",
            "On Tuesday, Pashinyan spoke about events of November 23.",
        ] {
            assert_eq!(
                infer_publication_date_as_of(text, ymd(2025, 1, 1)),
                None,
                "{text}"
            );
        }
    }

    // --- Robustness -------------------------------------------------------

    #[test]
    fn never_panics_and_offsets_lie_on_char_boundaries() {
        let long = "On May 5, 2021, in 2018 and last week 🇦🇲 ".repeat(300);
        let huge = "word, é; 2020 ".repeat(20_000);
        let sentences = [
            "",
            " ",
            "🇦🇲🇷🇺 May 🙂 5 😀 2021",
            "31 February 2023",
            "May May May",
            "9999999999999",
            "In 99999 and in 0000 and on 00 May and on May 0 and on May 99.",
            "Ｍａｙ ２０２１ and ２０２１",
            "on Tuesday, ",
            "In Şubat 2023 — «in März» and in Maiß, Öctober 3 ‘2020’",
            "since\u{a0}2018 and since\u{2009}May",
            "-2020- ,2020, .2020. $2020 2020$ 1-2-2020 2020-13-45 2020-02-30",
            long.as_str(),
            huge.as_str(),
        ];
        for published in [
            None,
            Some(ymd(2023, 1, 10)),
            Some(NaiveDate::MIN),
            Some(NaiveDate::MAX),
        ] {
            for sentence in sentences {
                let mentions = find_dates(sentence, published);
                let mut previous_end = 0;
                for m in &mentions {
                    assert!(m.start < m.end && m.end <= sentence.len(), "{m:?}");
                    assert!(sentence.is_char_boundary(m.start), "{m:?}");
                    assert!(sentence.is_char_boundary(m.end), "{m:?}");
                    assert!(m.start >= previous_end, "overlap: {m:?}");
                    previous_end = m.end;
                }
                let _ = infer_publication_date(sentence);
            }
        }
        assert_eq!(find_dates(&long, None).len(), 600);
        assert_eq!(dates("31 February 2023", None), vec![]);
        assert_eq!(dates("May May May", Some(ymd(2023, 1, 10))), vec![]);
        assert_eq!(dates("9999999999999", Some(ymd(2023, 1, 10))), vec![]);
    }

    #[test]
    fn since_with_a_non_breaking_space_still_reads_the_year() {
        assert_eq!(dates("since\u{a0}2018", None), vec![year(2018)]);
    }
}
