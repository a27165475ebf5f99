//! The scan of one sentence: independent matchers (full dates, month ranges,
//! months, weekdays, relative periods, bare years) each propose candidates,
//! and [`select`] keeps those that do not overlap. Also the small readers of
//! words and numbers the matchers share.

use std::borrow::Cow;
use std::cell::Cell;
use std::cmp::Reverse;
use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::{Captures, Match, Regex};

use super::future::{FutureCue, future_cue};
use super::patterns::{
    AHEAD_OF, BARE_YEARS, CONTEXTUAL, COUNT_NOUNS, DATED_YEARS, DAY_IN_LIST, DOTTED_DATE, EDGE_DAY,
    FUTURE_CUE, ISO_DATE, MONTH_ALONE, MONTH_CONTEXT, MONTH_RANGE, ORDINAL_DAY, ORDINAL_WORD_DATE,
    RELATIVE, SCHEDULED_PRESENT, SEASON, WEEKDAY_ALONE, YEAR_CONTEXT, YEAR_LIST_GAP, YEAR_NUMBER,
};
use super::resolve::{
    Direction, JUST_PAST_DAYS, Tense, clause_around, has_verb_form, nearer, nearest_day,
    nearest_month_year, nearest_weekday, relative_period, verb_piece_beside,
};
use super::{ContextShift, DateMention, MentionKind};
use crate::extract::calendar::{is_month_name, month_number};
use crate::extract::clauses::{is_past_form, lower};
use crate::extract::compiled::Pattern;
use crate::extract::text::{ends_with_in_any_case, ends_with_spaced, stands_apart};
use crate::model::EventDate;

/// How many days back a weekday told as what was to come after a saying
/// ("would be closed on Tuesday") may be and still be the day meant: the
/// writing's own day only. ("He said he would travel to Sochi on Monday",
/// written on a Tuesday, is the coming Monday: a trip just made would be
/// told as made.)
const JUST_GONE_WEEKDAY_DAYS: i64 = 0;

/// A proposal from one matcher: the span it claims and the mentions it yields.
/// A candidate without mentions is a blocker: text that is a date expression
/// but names no day ("February 31", or "November 23" with no publication date
/// to place it), so that a shorter matcher does not misread part of it.
pub(super) struct Candidate {
    start: usize,
    end: usize,
    mentions: Vec<DateMention>,
}

/// Keeps the candidates that do not overlap, preferring the one that starts
/// first and, at the same start, the longest.
pub(super) fn select(mut candidates: Vec<Candidate>) -> Vec<DateMention> {
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

/// What follows a day or month: its year, a year relative to the publication, or nothing.
enum YearTail {
    Missing,
    Stated { year: i32, end: usize },
    Relative { offset: i32, end: usize },
}

pub(super) struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) published: Published,
    pub(super) candidates: Vec<Candidate>,
    /// The future cue last read, by the offset it was read at: a matcher
    /// asks where its expression starts both for the direction and for
    /// the mention's cue, and the answer depends on that offset alone.
    pub(super) last_cue: Cell<Option<(usize, Option<FutureCue>)>>,
}

/// The publication date a scan places dates against, and whether the scan
/// has asked for it. A scan that never asked found what it found from the
/// text alone: the same for any publication date, or none.
pub(super) struct Published {
    date: Option<NaiveDate>,
    asked: Cell<bool>,
}

impl Published {
    pub(super) fn new(date: Option<NaiveDate>) -> Published {
        Published {
            date,
            asked: Cell::new(false),
        }
    }

    /// Whether the scan has asked for the date.
    pub(super) fn asked(&self) -> bool {
        self.asked.get()
    }
}

impl Scanner<'_> {
    /// The publication date, noted as asked for.
    fn published(&self) -> Option<NaiveDate> {
        self.published.asked.set(true);
        self.published.date
    }

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
        self.cue_at(at).is_some()
    }

    /// The future cue of the words before `at` ([`future_cue`]), none after
    /// "since"; read once for each offset in a row.
    fn cue_at(&self, at: usize) -> Option<FutureCue> {
        if let Some((last_at, cue)) = self.last_cue.get()
            && last_at == at
        {
            return cue;
        }
        let cue = if word_before_is(self.text, at, "since") {
            None
        } else {
            future_cue(self.text, at)
        };
        self.last_cue.set(Some((at, cue)));
        cue
    }

    /// Which way from the publication a date without its year is placed: ahead
    /// after a future cue; back when its clause tells of the past; and where
    /// the clause has no tense of the past ("Armenians vote on June 20", "the
    /// chairmanship passes to Belarus in January", "At Thursday's session the
    /// leaders are due to ..."), ahead when a cue follows, else whichever of
    /// the two is nearer the publication (`nearest` is false for weekdays,
    /// which news tells of in the past unless a cue says otherwise).
    fn direction(&self, start: usize, end: usize, nearest: bool) -> Tense {
        let just_before = self.text[..start].trim_end();
        // "had been told its guards would no longer be needed from 1
        // August", published on 2 August: ahead of the saying, not of the
        // writing, so it may have just passed.
        // "The session will review the mission sent on 15 May": a date a
        // participle takes is of what was done, whatever the clause's tense.
        if done_on(just_before) {
            return Tense::Back;
        }
        // "19 Sep: Azerbaijani offensive begins": a chronology's entry,
        // opened by its date (or a table's row, by its first cell), tells in the present what happened on the
        // day nearest the writing, as a headline does.
        if just_before.chars().all(|c| !c.is_alphanumeric())
            && [":", " –", " —", " -", " |"]
                .iter()
                .any(|mark| self.text[end..].starts_with(mark))
        {
            return if nearest { Tense::Nearest } else { Tense::Back };
        }
        let cue = self.cue_at(start);
        if cue == Some(FutureCue::ReportedWould) {
            return Tense::AheadUnlessJustPast;
        }
        if cue.is_some() || ends_with_in_any_case(just_before, "ahead of") {
            return Tense::Ahead;
        }
        // "a decree setting the vote for June 7": a date something is set
        // for has no tense of its own.
        if ends_with_in_any_case(just_before, " for") && nearest {
            return Tense::Nearest;
        }
        // "the most serious since the 12 May incursion": what a time runs
        // since is past.
        // So is what a time is counted after ("two days after the 12 May
        // incursion", "following the 2 June attack").
        if [" since", " since the", " after the", " following the"]
            .iter()
            .any(|since| ends_with_in_any_case(just_before, since))
            || just_before.eq_ignore_ascii_case("since")
        {
            return Tense::Back;
        }
        // "decided to return to the question at a meeting on December 6":
        // what was decided on lies ahead of the deciding, not of the
        // writing; it is the nearest such day.
        if nearest && (decided_on_before(self.text, start) || deferred_to_before(self.text, start))
        {
            return Tense::Nearest;
        }
        let clause = clause_around(self.text, start, end);
        // "The country goes to the polls on June 20 in snap elections called
        // after the war": a scheduled present before the date, with no past
        // verb before it, looks ahead; a participle after it describes.
        let clause_start = clause.as_ptr() as usize - self.text.as_ptr() as usize;
        // "signed a decree dissolving all its institutions by 1 January": a
        // deadline an order sets lies ahead of the order, not behind the
        // writing; the nearest such day. ("had left by 19 January" is a
        // deed done by then.)
        if nearest
            && ends_with_in_any_case(just_before, " by")
            && let Some(head) = self.text.get(clause_start..start)
        {
            let words: Vec<std::borrow::Cow<str>> = head
                .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’')))
                .filter(|w| !w.is_empty())
                .map(lower)
                .collect();
            if words.iter().any(|w| w.len() > 5 && w.ends_with("ing"))
                && !words.iter().any(|w| w == "had")
            {
                return Tense::Nearest;
            }
        }
        if let Some(head) = self.text.get(clause_start..start)
            && has_scheduled_present(head)
            // ("the Russian-led bloc": a compound's "led" is no verb.)
            && !head
                .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
                .any(|w| !w.is_empty() && (is_past_form(&lower(w)) || lower(w) == "would"))
        {
            return Tense::Ahead;
        }
        // "... the bloc's first deployment, to Kazakhstan in January, and
        // ...": a verbless aside of place set off by commas is of the past
        // when the piece it stands beside is.
        let clause_end = clause_start + clause.len();
        // ("..., to take office on 1 January": "to" before a verb is none.)
        let mut words = clause.split_whitespace();
        let aside_of_place = self.text[..clause_start].trim_end().ends_with(',')
            && words
                .next()
                .is_some_and(|w| PLACE_PREPOSITIONS.contains(&lower(w).as_ref()))
            && words
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase) || w == "the")
            && !has_verb_form(clause);
        if aside_of_place
            && verb_piece_beside(self.text, clause_start, clause_end).is_some_and(|piece| {
                piece
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| is_past_form(&lower(w)))
                    && FUTURE_CUE.find(piece).is_none()
            })
        {
            return Tense::Back;
        }
        // The clause's future cues, found once for both readings below.
        let cues: Vec<Match> = FUTURE_CUE.find_iter(clause).collect();
        let without_cues = without_cues_of_a_verb(clause, &cues);
        let words = without_cues
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .map(lower);
        // "checks will be carried out from Thursday": a participle after a
        // bare "be" is a passive of the verb the "be" belongs to (a future,
        // a "must be", a "to be"), never a past of its own. So is one after
        // a present "is" or "are": "His memoir is published on 20 July"
        // tells a time the writing looks to, whichever side of it.
        let mut after_be = false;
        let past = words.into_iter().any(|w| {
            let passive = after_be;
            after_be = matches!(&*w, "be" | "is" | "are");
            (is_past_form(&w) && !passive) || matches!(&*w, "ago" | "would" | "used")
        });
        if past {
            return Tense::Back;
        }
        // "Her reconstruction of 13 September, when Azerbaijani artillery
        // shelled Jermuk, ...": the "when" clause tells the date's tense.
        let after = &self.text[end..];
        if let Some(when) = after
            .strip_prefix(", when ")
            .or_else(|| after.strip_prefix(" when "))
        {
            let when = &when[..when.find([',', ';']).unwrap_or(when.len())];
            if when
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| is_past_form(&lower(w)))
            {
                return Tense::Back;
            }
        }
        if !cues.is_empty() || AHEAD_OF.is_match(clause) || has_scheduled_present(clause) {
            return Tense::Ahead;
        }
        if nearest { Tense::Nearest } else { Tense::Back }
    }

    /// A date refers to a time ahead of the publication when it begins after it,
    /// or when the sentence says so and the date is not wholly past.
    fn is_future(&self, date: EventDate, cue: bool) -> bool {
        match self.published() {
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
    pub(super) fn iso_dates(&mut self) {
        self.numeric_dates(&ISO_DATE, (1, 2, 3));
    }

    /// "03.10.2023": day, month, year.
    pub(super) fn dotted_dates(&mut self) {
        self.numeric_dates(&DOTTED_DATE, (3, 2, 1));
    }

    /// Dates written in numbers only, whose capture groups `(year, month,
    /// day)` are at the positions given; one that names no real day blocks.
    fn numeric_dates(
        &mut self,
        pattern: &Pattern<Regex>,
        (year_at, month_at, day_at): (usize, usize, usize),
    ) {
        for caps in pattern.captures_iter(self.text) {
            let Some(whole) = caps.get(0) else { continue };
            let number = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            let (Some(year), Some(month), Some(day)) =
                (number(year_at), number(month_at), number(day_at))
            else {
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
    pub(super) fn seasons(&mut self) {
        for caps in SEASON.captures_iter(self.text) {
            let Some(published) = self.published() else {
                return;
            };
            let (Some(whole), Some(which), Some(season)) =
                (caps.get(0), caps.name("which"), caps.name("season"))
            else {
                continue;
            };
            let last_month = season_last_month(season.as_str());
            let year = published.year();
            let which = which.as_str().to_ascii_lowercase();
            let told = !matches!(which.as_str(), "last" | "this" | "next");
            // "in the spring of 2023" is read with its year elsewhere.
            let rest = self.text[whole.end()..].trim_start();
            if told && (rest.starts_with("of ") || rest.starts_with(|c: char| c.is_ascii_digit())) {
                continue;
            }
            let (year, ahead) = match which.as_str() {
                "last" if published.month() > last_month => (year, false),
                "last" => (year - 1, false),
                "next" => (year + i32::from(published.month() >= last_month), true),
                // "In the spring, peacekeepers began pulling out": the latest
                // such season begun by the day of writing, or the coming one
                // when the sentence speaks of what will be. A winter is
                // counted in the year it ends.
                _ if told => {
                    let first_month = (last_month + 9) % 12 + 1;
                    let begun = if first_month > last_month {
                        // Winter, December to February: in December, the
                        // one just begun.
                        year + i32::from(published.month() >= first_month)
                    } else if published.month() >= first_month {
                        year
                    } else {
                        year - 1
                    };
                    (begun, self.future_cue(whole.start()))
                }
                _ => (year, published.month() < last_month - 2),
            };
            let span = (whole.start(), whole.end());
            // "next spring" schedules nothing a timeline can place: a plan
            // that vague is no happening yet.
            if ahead {
                self.block(span.0, span.1);
                continue;
            }
            // A season without "last" or "this" is of the paragraph's time
            // when the paragraph tells of history (see the candidates).
            let kind = if told {
                MentionKind::YearFromContext
            } else {
                MentionKind::Vague
            };
            let mut mention = self.mention(span, EventDate::year(year), kind, ahead);
            mention.approximate = true;
            self.propose(span.0, span.1, vec![mention]);
        }
    }

    /// "a day later", "the same month", "that November": placed by the story's
    /// previous happening, which the event builder knows and this scan does not.
    pub(super) fn contextual(&mut self) {
        for caps in CONTEXTUAL.captures_iter(self.text) {
            let Some(whole) = caps.get(0) else { continue };
            let has = |name: &str| caps.name(name).is_some();
            // "eight months before, ..." reaches back from the story's time;
            // "eight months before the summit" from the summit's, which is
            // another clause's to date.
            let bare_before = ["mdir", "ydir"].iter().any(|d| {
                caps.name(d)
                    .is_some_and(|d| d.as_str().eq_ignore_ascii_case("before"))
            });
            // So "the day after" alone goes on from the story; before a
            // clause ("the day after Tokayev spoke") it counts from that.
            if (bare_before || has("bare_after"))
                && !self.text[whole.end()..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '—' | '–'))
            {
                continue;
            }
            // "three years to the day after the fighting" marks an
            // anniversary; "the day after" counts nothing there.
            if ends_with_in_any_case(self.text[..whole.start()].trim_end(), " to") {
                continue;
            }
            // "ten days later than first agreed" compares two times; it
            // places nothing.
            if self.text[whole.end()..].trim_start().starts_with("than ") {
                continue;
            }
            // "two days after the 12 May incursion" counts from the day the
            // phrase gives, which the sentence reads for itself.
            if has("count_after") && whole.as_str().bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            // "within days of Tokayev's request" counts from the request,
            // which another clause dates; "within days" alone from the story.
            if has("few") && self.text[whole.end()..].trim_start().starts_with("of ") {
                continue;
            }
            let shift = if has("next") {
                ContextShift::Days(1)
            } else if let Some(count) = caps
                .name("count")
                .or(caps.name("count_after"))
                .or(caps.name("count_in"))
            {
                let n = i64::from(crate::extract::text::count_word(count.as_str()).unwrap_or(0));
                // "will begin in two days": that many days after the story's day.
                let later = caps.name("count_after").is_some()
                    || caps.name("count_in").is_some()
                    || caps.name("dir").is_some_and(|d| !is_backward(d.as_str()));
                ContextShift::Days(if later { n } else { -n })
            } else if let Some(n) = signed_count(&caps, "months", "mdir") {
                // "A month and a half later": the month it most likely ends in.
                ContextShift::Months(if has("mhalf") { n + n.signum() } else { n })
            } else if has("yhalf")
                && let Some(n) = signed_count(&caps, "years", "ydir")
            {
                ContextShift::Months(12 * n + 6 * n.signum())
            } else if let Some(n) = signed_count(&caps, "weeks", "wdir") {
                ContextShift::Days(7 * i64::from(n))
            } else if let Some(n) = signed_count(&caps, "fortnight", "fdir") {
                // "A fortnight later": two weeks ("a" counts one).
                ContextShift::Days(14 * i64::from(n))
            } else if let Some(n) = signed_count(&caps, "years", "ydir") {
                ContextShift::Years(n)
            } else if has("next_year") {
                ContextShift::CalendarYears(1)
            } else if has("previous_year") {
                ContextShift::CalendarYears(-1)
            } else if has("previous_month") {
                ContextShift::Months(-1)
            } else if has("same_year") {
                // "That year, ...", "in the same year", "later that year"
                // date a happening; "planned for that year" only names it.
                let before = self.text[..whole.start()].trim_end().to_ascii_lowercase();
                let opens = before.is_empty() || before.ends_with(',') || before.ends_with(" in");
                if !has("yrel") && !opens && before != "in" {
                    continue;
                }
                ContextShift::SameYear {
                    approximate: has("yrel"),
                }
            } else if has("week") {
                ContextShift::Days(7)
            } else if has("following_week") {
                ContextShift::FollowingWeek
            } else if has("week_before") {
                ContextShift::Days(-7)
            } else if has("before") {
                ContextShift::Days(-1)
            } else if has("same") {
                ContextShift::SameDay
            } else if has("same_week") {
                // "that same week": near the story's day, so its month, roughly.
                ContextShift::Months(0)
            } else if has("month") {
                ContextShift::SameMonth
            } else if let Some(named) = caps
                .name("named")
                .or(caps.name("named_of"))
                .or(caps.name("following"))
            {
                if !is_month_name(named.as_str()) {
                    continue;
                }
                match capitalised_month(named.as_str()) {
                    Some(month) if has("following") => ContextShift::MonthAfter(month),
                    Some(month) => ContextShift::Month(month),
                    None => continue,
                }
            } else if let (Some(which), Some(season)) =
                (caps.name("season_which"), caps.name("season"))
            {
                // "That autumn", "the following spring": a season of the
                // story's year, or the first one after the story's time.
                let which = which.as_str().to_ascii_lowercase();
                ContextShift::Season {
                    last_month: season_last_month(season.as_str()),
                    following: which.ends_with("following") || which.ends_with("next"),
                }
            } else {
                ContextShift::FewDaysLater
            };
            let span = (whole.start(), whole.end());
            let placeholder = self
                .published()
                .map_or(EventDate::year(1970), EventDate::from_naive);
            let mut mention =
                self.mention(span, placeholder, MentionKind::FromContext(shift), false);
            mention.future = false;
            self.propose(span.0, span.1, vec![mention]);
        }
    }

    /// "It landed in Yerevan on the 15th": a day of the month the story is
    /// in, placed by the context like "the next day". Not a day when a
    /// noun follows ("on the 15th anniversary") or a month does ("on the
    /// 15th of September", which the day matchers read).
    pub(super) fn ordinal_days(&mut self) {
        for caps in ORDINAL_DAY.captures_iter(self.text) {
            let Some(whole) = caps.name("day") else {
                continue;
            };
            let day = match (caps.name("n"), caps.name("word")) {
                (Some(number), _) => number.as_str().parse::<u32>().ok(),
                (None, Some(word)) => ordinal_word_value(word.as_str()),
                (None, None) => None,
            };
            let Some(day @ 1..=31) = day else {
                continue;
            };
            let mut end = whole.end();
            // "on the first of the month", "by the 15th of this month": the
            // day of the month the story is in, as "on the first" is.
            if let Some(month) = of_the_month(&self.text[end..]) {
                end += month;
            }
            let next = word_after(self.text, end);
            // "The 13th is also when Armenia invoked Article 4": opening
            // the sentence, a day in figures that is the subject of "is".
            // ("The first was ..." counts anything.)
            if whole.start() == 0
                && (caps.name("n").is_none()
                    || !matches!(next.to_ascii_lowercase().as_str(), "is" | "was"))
            {
                continue;
            }
            if whole.start() > 0
                && next.starts_with(|c: char| c.is_alphabetic())
                && !matches!(
                    next.to_ascii_lowercase().as_str(),
                    "and" | "when" | "with" | "as" | "in" | "at" | "but"
                    // "On the 15th a delegation arrived": a determiner or a
                    // pronoun opens the clause; no noun the ordinal counts.
                        | "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our"
                        | "he" | "she" | "they" | "we" | "it" | "i" | "you"
                )
            {
                continue;
            }
            let span = (whole.start(), end);
            let placeholder = self
                .published()
                .map_or(EventDate::year(1970), EventDate::from_naive);
            let kind = MentionKind::FromContext(ContextShift::DayOfMonth(day));
            let mut mention = self.mention(span, placeholder, kind, false);
            mention.future = false;
            self.propose(span.0, span.1, vec![mention]);
        }
    }

    /// Days with a month, in either order, alone or in a list sharing the month.
    pub(super) fn day_dates(&mut self, pattern: &Pattern<Regex>, month_first: bool) {
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

    /// "the thirteenth of September 2022": a day in words with its month,
    /// read as "13 September 2022" is.
    pub(super) fn ordinal_word_dates(&mut self) {
        let text = self.text;
        for caps in ORDINAL_WORD_DATE.captures_iter(text) {
            let (Some(whole), Some(month_match), Some(word)) =
                (caps.get(0), caps.name("month"), caps.name("word"))
            else {
                continue;
            };
            let Some(month) = capitalised_month(month_match.as_str()) else {
                continue;
            };
            let Some(day @ 1..=31) = ordinal_word_value(word.as_str()) else {
                continue;
            };
            let tail = year_tail(text, &caps, &DATED_YEARS);
            let list = DayList {
                start: whole.start(),
                month,
                weekday: None,
                bare_end: month_match.end(),
            };
            self.day_list(&list, &[(word.start(), word.end(), day)], &tail);
        }
    }

    /// "the last day of October": the month's first or last day, placed
    /// as a day of that month would be.
    pub(super) fn edge_days(&mut self) {
        let text = self.text;
        for caps in EDGE_DAY.captures_iter(text) {
            let (Some(whole), Some(month), Some(edge)) =
                (caps.get(0), caps.name("month"), caps.name("edge"))
            else {
                continue;
            };
            let Some(month) = capitalised_month(month.as_str()) else {
                continue;
            };
            let tail = year_tail(text, &caps, &DATED_YEARS);
            let end = match tail {
                YearTail::Stated { end, .. } | YearTail::Relative { end, .. } => end,
                YearTail::Missing => whole.end(),
            };
            let tense = self.direction(whole.start(), end, true);
            let Some((first, kind)) = self.resolve_day(month, 1, &tail, tense, None) else {
                self.block(whole.start(), end);
                continue;
            };
            let day = if edge.as_str().eq_ignore_ascii_case("last") {
                EventDate::month(first.year_value(), month)
                    .map_or(first.first_day(), |m| m.last_day())
            } else {
                first.first_day()
            };
            let cue = self.future_cue(whole.start());
            let mention = self.mention((whole.start(), end), EventDate::from_naive(day), kind, cue);
            self.propose(whole.start(), end, vec![mention]);
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
                let year = self.published()?.year() + offset;
                EventDate::day(year, month, day).map(|date| (date, MentionKind::YearFromContext))
            }
            YearTail::Missing => {
                let published = self.published()?;
                let back = || nearest_day(published, month, day, Direction::Back);
                let ahead = || nearest_day(published, month, day, Direction::Ahead);
                let preferred = match tense {
                    Tense::Back => back(),
                    Tense::Ahead => ahead(),
                    Tense::Nearest => nearer(published, back(), ahead()),
                    Tense::AheadUnlessJustPast => back()
                        .filter(|b| (published - *b).num_days() <= JUST_PAST_DAYS)
                        .or_else(ahead),
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
    pub(super) fn month_ranges(&mut self) {
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
                YearTail::Relative { offset, .. } => match self.published() {
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
    pub(super) fn months(&mut self) {
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
                YearTail::Relative { offset, end } => self.published().and_then(|published| {
                    EventDate::month(published.year() + offset, month)
                        .map(|date| (date, MentionKind::YearFromContext, end))
                }),
                YearTail::Missing => {
                    if !is_month_name(month_match.as_str())
                        || !bare_month_is_date(text, month_match, modifier.is_some(), month)
                    {
                        continue;
                    }
                    let Some(published) = self.published() else {
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
                                // The month just gone, or the one to come.
                                Tense::AheadUnlessJustPast => {
                                    let just_gone = published.month() == month % 12 + 1
                                        && back + i32::from(month == 12) == published.year();
                                    if just_gone
                                        || (back == published.year() && month == published.month())
                                    {
                                        back
                                    } else {
                                        ahead
                                    }
                                }
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
                    // "last November", "next May": told from the writing,
                    // whatever year the sentence names before them.
                    let kind = match modifier.as_deref() {
                        Some("last") => MentionKind::PreviousPeriod,
                        Some("next") => MentionKind::CurrentPeriod,
                        _ => MentionKind::YearFromContext,
                    };
                    EventDate::month(year, month).map(|date| (date, kind, month_match.end()))
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
    pub(super) fn weekdays(&mut self) {
        for caps in WEEKDAY_ALONE.captures_iter(self.text) {
            // Asked for once there is a weekday to place: a sentence
            // without one is read alike whatever the date.
            let Some(published) = self.published() else {
                return;
            };
            let (Some(whole), Some(weekday)) = (
                caps.get(0),
                caps.name("wd")
                    .and_then(|m| capitalised_weekday(m.as_str())),
            ) else {
                continue;
            };
            // "every Monday", "every other Friday": a habit, not a day; "One
            // Tuesday that month", "on some Friday in May": some day of a time
            // the sentence gives, not the nearest Tuesday.
            if recurring_before(&self.text[..whole.start()])
                || unspecified_before(&self.text[..whole.start()])
            {
                continue;
            }
            // "The Saturday before the interview aired", "the Friday
            // after": counted from the story's day, not the writing.
            let before = &self.text[..whole.start()];
            let after = &self.text[whole.end()..];
            if caps.name("mod").is_none()
                && let Some(the) = before
                    .strip_suffix("the ")
                    .or_else(|| before.strip_suffix("The "))
                && (the.is_empty() || the.ends_with(char::is_whitespace))
                && let Some(way) = ["before", "after"]
                    .into_iter()
                    .find(|way| after.strip_prefix(' ').is_some_and(|a| a.starts_with(way)))
            {
                let start = whole.start() - "the ".len();
                let end = whole.end() + 1 + way.len();
                let shift = ContextShift::WeekdayAround {
                    weekday,
                    after: way == "after",
                };
                let placeholder = EventDate::from_naive(published);
                let mut mention = self.mention(
                    (start, end),
                    placeholder,
                    MentionKind::FromContext(shift),
                    false,
                );
                mention.future = false;
                self.propose(start, end, vec![mention]);
                continue;
            }
            let modifier = caps.name("mod").map(|m| m.as_str().to_ascii_lowercase());
            let tense = self.direction(whole.start(), whole.end(), false);
            let cue = tense == Tense::Ahead;
            // "Police said the centre would be closed on Tuesday", written on
            // a Monday: ahead of the saying, which came just before the
            // writing, so the coming Tuesday, unless that day is the one
            // just gone.
            let just_gone = || {
                nearest_weekday(published, weekday, Direction::Back)
                    .is_some_and(|day| (published - day).num_days() <= JUST_GONE_WEEKDAY_DAYS)
            };
            // "Shortly after midnight Yerevan time, in the first minutes of
            // Wednesday", in a wire dated Tuesday by a clock hours behind:
            // the small hours of the day after the writing are just past
            // where the sentence stands, not six days back.
            // (Only where the sentence tells the clock: "The deal was
            // struck in the early hours of Sunday", in a Saturday's quiz,
            // is the Sunday before.)
            let small_hours_of_the_morrow = modifier.is_none()
                && published
                    .succ_opt()
                    .is_some_and(|next| next.weekday() == weekday)
                && opens_small_hours(before)
                && tells_the_clock(self.text);
            let direction = match modifier.as_deref() {
                Some("last" | "past") => Direction::StrictlyBack,
                Some("next" | "coming") => Direction::StrictlyAhead,
                _ if small_hours_of_the_morrow => Direction::StrictlyAhead,
                _ if cue => Direction::Ahead,
                _ if tense == Tense::AheadUnlessJustPast && !just_gone() => Direction::Ahead,
                _ => Direction::Back,
            };
            // "on Tuesday of last week": that day of the calendar week
            // before the publication's.
            let week = caps
                .name("week")
                .map(|w| match w.as_str().to_ascii_lowercase().as_str() {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                });
            let Some(date) = (match week {
                Some(weeks) => weekday_of_week(published, weekday, weeks),
                None => nearest_weekday(published, weekday, direction),
            }) else {
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
    pub(super) fn relative_periods(&mut self) {
        for caps in RELATIVE.captures_iter(self.text) {
            let Some(published) = self.published() else {
                return;
            };
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
    pub(super) fn years(&mut self) {
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
            // "a bilateral 1997 treaty": a year between a determiner's
            // adjective and its noun qualifies the noun.
            let qualifies_a_noun = {
                let before: Vec<String> = text[..start]
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .map(str::to_lowercase)
                    .collect();
                let adjective = before.first().is_some_and(|w| {
                    w.chars().all(|c| c.is_alphabetic() || c == '-') && !w.is_empty()
                });
                let determiner = before
                    .get(1)
                    .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the" | "its" | "their"));
                let noun_after = text[end..]
                    .strip_prefix(' ')
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(char::is_lowercase);
                // "under their 1997 treaty": a possessive determiner right
                // before the year, a noun after it.
                let possessive = before
                    .first()
                    .is_some_and(|w| matches!(w.as_str(), "its" | "their" | "his" | "her" | "our"));
                (adjective && determiner || possessive) && noun_after
            };
            let in_context =
                YEAR_CONTEXT.contains(&word_before(text, start).as_str()) || qualifies_a_noun;
            let bracketed = text[..start].ends_with('(') && text[end..].starts_with(')');
            // "2023 - Armenia recalls its envoy", "2020 · Russian
            // peacekeepers began ...": a chronology's entry opens with its
            // year. (Behind a middle dot, only a sentence's: "2002 · The
            // treaty becomes an organisation", with no full stop, heads a
            // section of an "on this day" page.)
            let after = text[end..].trim_start();
            let heads_an_entry = text[..start].trim().is_empty()
                && (after.starts_with(['-', '–', '—', ':'])
                    || (after.starts_with('·')
                        && text.trim_end().ends_with(['.', '!', '?', '"', '”'])));
            if !(in_context || continues_list || bracketed || heads_an_entry) {
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

/// `clause` without those of its future cues `cues` that belong to a verb
/// ("are scheduled to visit": a cue's own participle is no past). A
/// participle before a noun stays ("the exercise planned for September").
/// A clause without cues is lent as it is.
fn without_cues_of_a_verb<'c>(clause: &'c str, cues: &[Match]) -> Cow<'c, str> {
    if cues.is_empty() {
        return Cow::Borrowed(clause);
    }
    let mut kept = String::with_capacity(clause.len());
    let mut last = 0;
    for cue in cues {
        let before = clause[..cue.start()].trim_end().to_lowercase();
        let after = clause[cue.end()..].trim_start();
        let of_a_verb = after.starts_with("to ")
            || ["is", "are", "be", "been", "was", "were"]
                .iter()
                .any(|aux| ends_with_spaced(&before, aux) || before == *aux);
        kept.push_str(&clause[last..cue.start()]);
        kept.push_str(if of_a_verb { " " } else { cue.as_str() });
        last = cue.end();
    }
    kept.push_str(&clause[last..]);
    Cow::Owned(kept)
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

// ---------------------------------------------------------------------------
// Words and numbers
// ---------------------------------------------------------------------------

/// The month number of a month token, if it is written with a capital.
pub(super) fn capitalised_month(token: &str) -> Option<u32> {
    if !starts_with_capital(token) {
        return None;
    }
    month_number(token)
}

pub(super) fn capitalised_weekday(token: &str) -> Option<Weekday> {
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
pub(super) fn day_numbers(days: Match) -> Vec<(usize, usize, u32)> {
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

/// Whether the word just before `at` is `word`, an ASCII word in
/// lowercase without a `k`: `word_before(text, at) == word` without
/// making the string. Only ASCII letters lower to such a word (see
/// [`ends_with_in_any_case`]), so its letters end the text before `at` as
/// they are, and no letter comes before them.
/// Whether the text before a date ends with a past participle that
/// qualifies a noun and the date's preposition ("the mission sent on", "the
/// declaration signed in"), not with a passive still to come ("will be
/// signed on") or a time something is set for ("scheduled on").
fn done_on(before: &str) -> bool {
    let mut words = before
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let (Some(preposition), Some(participle), Some(noun)) =
        (words.next(), words.next(), words.next())
    else {
        return false;
    };
    let participle = lower(participle);
    matches!(preposition, "on" | "in")
        && is_past_form(&participle)
        && !matches!(
            &*participle,
            "scheduled"
                | "planned"
                | "set"
                | "expected"
                | "slated"
                | "postponed"
                | "moved"
                | "rescheduled"
                | "due"
                | "delayed"
                | "put"
                | "called"
        )
        // "was signed on", "to be held in": an auxiliary or "to" before
        // the participle makes it the clause's own verb.
        && !{
            let noun = lower(noun);
            crate::extract::clauses::is_auxiliary(&noun)
                || matches!(&*noun, "to" | "get" | "gets" | "got" | "not")
        }
}

fn word_before_is(text: &str, at: usize, word: &str) -> bool {
    let before = text[..at].trim_end();
    let Some(start) = before.len().checked_sub(word.len()) else {
        return false;
    };
    ends_with_in_any_case(before, word)
        && before[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphabetic())
}

/// The word just after `at`, skipping spaces.
/// Prepositions that open an aside of place ("..., to Kazakhstan in
/// January, ...").
const PLACE_PREPOSITIONS: &[&str] = &["to", "in", "at", "from", "near", "into", "across"];

/// The length of " of the month" (or "of this month", "of that month")
/// opening `rest`, after an ordinal day.
fn of_the_month(rest: &str) -> Option<usize> {
    use crate::extract::text::after_opening;
    let after_of = after_opening(rest.trim_start(), "of")?;
    let after_which = ["the", "this", "that"]
        .iter()
        .find_map(|which| after_opening(after_of.trim_start(), which))?;
    let after_month = after_opening(after_which.trim_start(), "month")?;
    Some(rest.len() - after_month.len())
}

fn word_after(text: &str, at: usize) -> &str {
    let rest = text[at..].trim_start();
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    &rest[..end]
}

/// "two months later" → 2, "a year earlier" → -1: the count of group
/// `count`, negative when group `direction` says "earlier".
/// `weekday` of the calendar week `weeks` from the publication's (weeks
/// start on Monday).
fn weekday_of_week(published: NaiveDate, weekday: Weekday, weeks: i64) -> Option<NaiveDate> {
    let monday =
        published - chrono::Duration::days(i64::from(published.weekday().num_days_from_monday()));
    monday.checked_add_signed(chrono::Duration::days(
        7 * weeks + i64::from(weekday.num_days_from_monday()),
    ))
}

fn signed_count(caps: &regex::Captures, count: &str, direction: &str) -> Option<i32> {
    let n = caps.name(count)?;
    let n = i32::try_from(crate::extract::text::count_word(n.as_str()).unwrap_or(1)).unwrap_or(1);
    let earlier = caps
        .name(direction)
        .is_some_and(|d| is_backward(d.as_str()));
    Some(if earlier { -n } else { n })
}

/// The month a season ends in; winter is dated by its December.
fn season_last_month(season: &str) -> u32 {
    match season.to_ascii_lowercase().as_str() {
        "spring" => 5,
        "summer" => 8,
        "fall" | "autumn" => 11,
        _ => 12,
    }
}

/// Whether a shift's direction ("later", "earlier", "after that", "before
/// that") looks back.
fn is_backward(direction: &str) -> bool {
    let direction = direction.to_ascii_lowercase();
    direction == "earlier" || direction.starts_with("before")
}

/// The number an ordinal in words names: "twelfth" 12, "twenty-third" 23.
fn ordinal_word_value(word: &str) -> Option<u32> {
    const UNITS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let word = word.to_ascii_lowercase();
    if word == "thirtieth" {
        return Some(30);
    }
    let (tens, unit) = match word.split_once(['-', ' ']) {
        Some(("twenty", unit)) => (20, unit.trim()),
        Some(("thirty", unit)) => (30, unit.trim()),
        Some(_) => return None,
        None => (0, word.as_str()),
    };
    let unit = u32::try_from(UNITS.iter().position(|u| *u == unit)? + 1).ok()?;
    (tens == 0 || unit < 10).then_some(tens + unit)
}

/// Whether the text before a weekday makes it recur: "every", "each",
/// "every other".
fn recurring_before(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().map(str::to_ascii_lowercase);
    match words.next().as_deref() {
        Some("every" | "each") => true,
        Some("other") => matches!(words.next().as_deref(), Some("every")),
        _ => false,
    }
}

/// Whether the word before a weekday leaves the day open: "one", "some",
/// "on a". ("A Thursday" names one when it follows a date: "June 28, a
/// Thursday".)
fn unspecified_before(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    match words.next().map(str::to_ascii_lowercase).as_deref() {
        Some("one" | "some") => true,
        // "called for help on a Wednesday night": some Wednesday, which
        // the story's month places ("June 28, a Thursday" names one).
        Some("a") => words
            .next()
            .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "on" | "by")),
        _ => false,
    }
}

/// Words that stand between a determiner and a happening's noun: "his
/// state visit", "the final vote".
const NOUN_MODIFIERS: &[&str] = &[
    "state", "official", "working", "first", "second", "third", "last", "next", "final", "recent",
    "planned", "popular", "surprise", "brief", "short",
];

/// A verb of a scheduled happening in the present ("leaders gather on
/// Friday"), not the noun it also spells: "during the second day of his
/// state visit", "the vote", "its opens" are no tense.
pub(super) fn has_scheduled_present(clause: &str) -> bool {
    SCHEDULED_PRESENT.find_iter(clause).any(|verb| {
        let mut before = clause[..verb.start()].split_whitespace().rev();
        let names_a_thing = |word: Option<&str>| {
            word.is_some_and(|w| {
                let w = w.to_ascii_lowercase();
                w.ends_with("'s")
                    || w.ends_with("’s")
                    || matches!(
                        w.as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "our"
                            | "my"
                            | "your"
                            | "this"
                            | "that"
                            | "whose"
                            | "each"
                            | "every"
                    )
            })
        };
        // "his visit"; "his state visit", but not "the bloc meet", whose
        // verb follows its subject.
        let previous = before.next();
        let modifier = previous.is_some_and(|w| {
            NOUN_MODIFIERS.contains(&w.to_ascii_lowercase().as_str()) || w.ends_with("-day")
        });
        !(names_a_thing(previous) || (modifier && names_a_thing(before.next())))
    })
}

/// Whether what was put off, earlier in the clause, is put off to the
/// date at `at`: "put off the choice of a successor until an informal
/// meeting in St Petersburg in December", "postponed the decision to
/// December". That lies ahead of the putting off; the nearest such day.
fn deferred_to_before(text: &str, at: usize) -> bool {
    const DEFERRED: &[&str] = &[
        "put off ",
        "postponed ",
        "deferred ",
        "delayed ",
        "pushed back ",
        "rescheduled ",
        "adjourned ",
    ];
    let lead = &text[..at];
    let clause = lead[lead.rfind([',', ';']).map_or(0, |i| i + 1)..].to_ascii_lowercase();
    DEFERRED.iter().any(|d| {
        clause.find(d).is_some_and(|i| {
            (i == 0 || clause.as_bytes()[i - 1] == b' ')
                && [" until ", " till ", " to "]
                    .iter()
                    .any(|to| clause[i + d.len() - 1..].contains(to))
        })
    })
}

/// Whether the clause before `at` tells of a decision to do something
/// ("decided to return to the question at an informal meeting in"), which
/// the date at `at` is then the time of.
fn decided_on_before(text: &str, at: usize) -> bool {
    const DECIDED: &[&str] = &["decided to ", "agreed to ", "voted to ", "resolved to "];
    let lead = &text[..at];
    let clause = lead[lead.rfind([',', ';']).map_or(0, |i| i + 1)..].to_ascii_lowercase();
    DECIDED.iter().any(|d| {
        clause
            .find(d)
            .is_some_and(|i| i == 0 || clause.as_bytes()[i - 1] == b' ')
    })
}

/// Whether the words before a weekday place it in its first hours: "early
/// Wednesday", "in the early hours of Wednesday", "in the first minutes
/// of Wednesday", "shortly after midnight on Wednesday".
fn opens_small_hours(before: &str) -> bool {
    let before = before.trim_end().to_ascii_lowercase();
    let before = before.strip_suffix(" on").unwrap_or(&before).trim_end();
    before.ends_with("early")
        || ["hours of", "minutes of", "after midnight", "before dawn"]
            .iter()
            .any(|phrase| before.ends_with(phrase))
}

/// Whether a sentence tells the time of day by a clock: "midnight",
/// "Yerevan time", "local time", "GMT".
fn tells_the_clock(text: &str) -> bool {
    let text = text.to_ascii_lowercase();
    ["midnight", " time", "gmt", "utc"]
        .iter()
        .any(|word| text.contains(word))
}
