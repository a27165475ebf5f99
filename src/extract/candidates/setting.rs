//! The time a paragraph is set at: a paragraph of history places the
//! months and days it gives without a year, and an undated deed that
//! follows it; an interview's answers stay in the time their question asks
//! about; a wire brief's dateline gives its day.

use super::*;

/// The day a paragraph's opening dateline gives: "BISHKEK, Nov 26 (Tengri
/// Wire) — Foreign ministers met ...", "MOSCOW, 25 June 2024. /INTERROSS/.".
pub(super) fn dateline_day(line: &str, published: Option<chrono::NaiveDate>) -> Option<EventDate> {
    // An update note ("This article was updated on November 27 to add
    // that ...") gives the day of the news it adds, after the publication.
    let (date, update) = match crate::extract::layout::dateline_date(line) {
        Some(date) => (date, false),
        None => (crate::extract::layout::update_note_date(line)?, true),
    };
    find_dates(date, published)
        .into_iter()
        .find(|m| m.date.day_value().is_some() && (update || !m.future))
        .map(|m| m.date)
}

/// The day a line that gives only a day names ("September 13", "Tuesday,
/// 13 September 2022"): the heading of the posts of that day below it.
pub(super) fn heading_day(line: &str, published: Option<chrono::NaiveDate>) -> Option<EventDate> {
    // "#4 sevan_sailor » Thu 13 Jun 2024, 09:10": a forum post's header
    // gives the day the post was written, with its clock time. A thread
    // goes on after the day its page was dated by.
    if let Some(when) = crate::extract::layout::forum_post_header(line) {
        return only_a_day(without_clock_time(when), published).map(|mention| mention.date);
    }
    // A stamp of when what is under it was written or came out: a review's
    // or a post's ("Reviewed 30 October 2022 · Stayed October 2022 ·
    // Friends"), a release's ("Version 3.4 (released 2 December 2024)"),
    // an e-mail's header ("Sent: Wednesday, 27 November 2024 18:40").
    if let Some(when) = crate::extract::layout::stamped_on(line)
        .or_else(|| released_on(line))
        .or_else(|| crate::extract::layout::mail_header_when(line))
    {
        return only_a_day(when, published).map(|mention| mention.date);
    }
    if let Some(day) = post_stamp_day(line, published) {
        return Some(day);
    }
    if let Some(day) = feed_date(line, published) {
        return Some(day);
    }
    let mention = only_a_day(line, published)?;
    // "TUESDAY 1 DECEMBER" in a listing of the week ahead heads what is to
    // come on that day; a day further ahead is no day's heading.
    let listed_ahead = published.is_some_and(|published| {
        (1..=LISTED_DAYS_AHEAD).contains(&(mention.date.first_day() - published).num_days())
    });
    // "A YEAR AGO TODAY" over a look back heads a column, not the posts
    // of a day: a day told from the writing is a day's heading only within
    // the weeks before it ("YESTERDAY", "8 days ago · Region").
    let told_from_the_writing = !matches!(
        mention.kind,
        MentionKind::Absolute | MentionKind::YearFromContext | MentionKind::Weekday
    );
    let long_before = published.is_some_and(|published| {
        (published - mention.date.last_day()).num_days() > RELATIVE_HEADING_DAYS
    });
    let look_back = told_from_the_writing && long_before;
    ((!mention.future || listed_ahead) && !look_back).then_some(mention.date)
}

/// How many days before the writing a heading told from it ("YESTERDAY",
/// "3 weeks ago") may head the posts of its day: a feed counts its stamps
/// in days and weeks.
const RELATIVE_HEADING_DAYS: i64 = 31;

/// "MONDAY" over "The forum opens its conference on Monday.": a weekday
/// heading alone has no direction of its own; a line under it that names
/// its day again gives one. In a page of the week ahead the line looks
/// ahead (a scheduled present, a future), and so does the heading; in a
/// week in review it looks back, as a bare weekday does.
pub(super) fn weekday_heading_day(
    heading: EventDate,
    line: &str,
    below: Option<&str>,
    published: Option<chrono::NaiveDate>,
) -> EventDate {
    let name = line.trim().trim_end_matches([':', '.']).to_lowercase();
    if !crate::extract::calendar::is_weekday_name(&name) {
        return heading;
    }
    let Some(published) = published else {
        return heading;
    };
    below
        .and_then(|below| {
            find_dates(below, Some(published)).into_iter().find(|m| {
                m.kind == MentionKind::Weekday
                    && m.future
                    && below[m.start..m.end].to_lowercase().contains(&name)
            })
        })
        .map_or(heading, |m| m.date)
}

/// The day in a heading's closing brackets that says when what it heads
/// came out: "Version 4.0 (released 7 April 2025)", "Update 2 (posted on
/// 3 March 2024)".
fn released_on(line: &str) -> Option<&str> {
    const MAX_WORDS: usize = 12;
    const RELEASED: [&str; 6] = [
        "released",
        "published",
        "posted",
        "updated",
        "issued",
        "sent",
    ];
    let inner = line.trim().strip_suffix(')')?;
    let (heading, inner) = inner.rsplit_once('(')?;
    if heading.trim().is_empty() || line.split_whitespace().count() > MAX_WORDS {
        return None;
    }
    let (verb, when) = inner.trim().split_once(' ')?;
    RELEASED
        .iter()
        .any(|r| verb.eq_ignore_ascii_case(r))
        .then(|| when.trim().strip_prefix("on ").unwrap_or(when.trim()))
}

/// The day a feed item's date field gives: "pubDate: Tue, 31 Jan 2023
/// 18:20:00 +0400" (as RSS writes it), "published: 2023-01-31T18:20:00Z"
/// (as Atom does), without its clock time and zone.
pub(super) fn feed_date(line: &str, published: Option<chrono::NaiveDate>) -> Option<EventDate> {
    use crate::extract::layout::{FeedField, feed_field};
    let (FeedField::Date, value) = feed_field(line)? else {
        return None;
    };
    let value = &line[value..];
    let day = value
        .split_once('T')
        .filter(|(day, _)| day.len() == "2023-01-31".len())
        .map_or(value, |(day, _)| day);
    // The clock time is the first word with a colon: the day is before it.
    let day = match day.split_whitespace().position(|w| w.contains(':')) {
        Some(clock) => day
            .split_whitespace()
            .take(clock)
            .collect::<Vec<_>>()
            .join(" "),
        None => day.to_string(),
    };
    only_a_day(&day, published)
        .map(|mention| mention.date)
        .filter(|date| date.day_value().is_some())
}

/// The day a chat's message was sent, from its stamp ("[10/01/2023,
/// 11:46] Mariam: ..."). Most apps write the day first; a stamp that
/// reads so only as a day after the export, and as a day before it with
/// the month first, was written month first.
pub(super) fn chat_day(line: &str, published: Option<chrono::NaiveDate>) -> Option<EventDate> {
    let stamp = crate::extract::layout::chat_stamp(line)?;
    let day_first = chrono::NaiveDate::from_ymd_opt(stamp.year, stamp.second, stamp.first);
    let month_first = chrono::NaiveDate::from_ymd_opt(stamp.year, stamp.first, stamp.second);
    let day = match (day_first, month_first, published) {
        (Some(day), Some(other), Some(published)) if day > published && other <= published => other,
        (Some(day), _, _) => day,
        (None, other, _) => other?,
    };
    Some(EventDate::from_naive(day))
}

/// How far ahead of the writing a listing's day heading may lie: a week
/// ahead, a fortnight's diary.
const LISTED_DAYS_AHEAD: i64 = 14;

/// The day of a feed post's stamp, written day first as Russian and most
/// European channels write it: "[05.01 08:52]", "13.09 | 🔴 23:58",
/// "06.01.2022 01:12". Without a year it is the last such day up to the
/// publication. (Digits alone are read nowhere else: "05.01" in running
/// text could be a score or a version.)
fn post_stamp_day(line: &str, published: Option<chrono::NaiveDate>) -> Option<EventDate> {
    static STAMP: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"^\[?(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?\]?\s*(?:[|·,]\s*)?(?:\S{1,2}\s+)?\[?\d{1,2}:\d{2}\]?$")
            .expect("post stamp pattern")
    });
    let line = line.trim();
    // A stamp opens with its day or a bracket: most lines are let go
    // before the search.
    if !line.starts_with(|c: char| c == '[' || c.is_numeric()) {
        return None;
    }
    let caps = STAMP.captures(line)?;
    let day: u32 = caps[1].parse().ok()?;
    let month: u32 = caps[2].parse().ok()?;
    let year = match caps.get(3) {
        Some(year) => year.as_str().parse().ok()?,
        None => {
            let published = published?;
            let this_year = chrono::NaiveDate::from_ymd_opt(published.year(), month, day)?;
            if this_year <= published {
                published.year()
            } else {
                published.year() - 1
            }
        }
    };
    EventDate::day(year, month, day)
}

/// The day a channel's post footer gives, under the post: "👁 21.4K ·
/// edited · 22.02.2024 18:42" (a messaging channel's web preview), "12.6K
/// views · 23.02.2024 12:40". Its first field counts views; its last is
/// the post's stamp.
fn post_footer_day(line: &str, published: Option<chrono::NaiveDate>) -> Option<EventDate> {
    let line = line.trim();
    let (views, rest) = line.split_once('·')?;
    let views = views.trim().trim_start_matches('👁').trim();
    let views = views
        .strip_suffix("views")
        .or_else(|| views.strip_suffix("view"))
        .unwrap_or(views)
        .trim()
        .trim_end_matches(['K', 'k', 'M']);
    let counted = line.starts_with('👁') || line.contains("view");
    if !counted
        || views.is_empty()
        || !views
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let stamp = rest.rsplit('·').next()?;
    post_stamp_day(stamp, published)
}

/// For each block of a channel's page whose posts carry their stamps in a
/// footer under them, the day of the post it belongs to, and whether it
/// opens that post. A page with fewer than two such footers is no channel's,
/// and gets none.
pub(super) fn days_of_footed_posts(document: &Document) -> Vec<Option<(EventDate, bool)>> {
    const MIN_FOOTERS: usize = 2;
    let footers: Vec<Option<EventDate>> = document
        .blocks
        .iter()
        .map(|block| {
            // The footer has a view count: most lines are let go unsearched.
            let line = &document.text[block.range()];
            (line.contains('👁') || line.contains("view"))
                .then(|| post_footer_day(line, document.published))
                .flatten()
        })
        .collect();
    let mut days = vec![None; document.blocks.len()];
    if footers.iter().flatten().count() < MIN_FOOTERS {
        return days;
    }
    let mut next_footer: Option<EventDate> = None;
    for at in (0..document.blocks.len()).rev() {
        if let Some(day) = footers[at] {
            next_footer = Some(day);
        } else if document.blocks[at].kind == BlockKind::Body {
            days[at] = next_footer.map(|day| (day, false));
        }
    }
    // A post opens at the first line of the story after the footer above.
    let mut opens = true;
    for at in 0..document.blocks.len() {
        if footers[at].is_some() {
            opens = true;
        } else if let Some((_, first)) = days[at].as_mut() {
            *first = std::mem::take(&mut opens);
        }
    }
    days
}

/// The day after the publication, when `line` heads it: a live blog runs on
/// past midnight of the day it was first dated by ("Thursday, 6 January"
/// over the posts of the day after it began). Only a blog that puts its
/// newest posts first is one (see `newest_first`); a diary of the week
/// ahead heads its days to come the same way.
pub(super) fn next_day_heading(
    line: &str,
    published: Option<chrono::NaiveDate>,
) -> Option<EventDate> {
    let published = published?;
    let mention = only_a_day(line, Some(published))?;
    (mention.date.day_value().is_some() && (mention.date.first_day() - published).num_days() == 1)
        .then_some(mention.date)
}

/// Whether a heading of the publication's own day comes after block `at`:
/// the posts above it are newer, as a live blog shows them.
pub(super) fn newest_first(document: &Document, at: usize) -> bool {
    let Some(published) = document.published else {
        return false;
    };
    document.blocks[at + 1..].iter().any(|block| {
        heading_day(document.text[block.range()].trim(), Some(published))
            .is_some_and(|day| day.day_value().is_some() && day.first_day() == published)
    })
}

/// `when` without a clock time at its end ("Thu 13 Jun 2024, 09:10").
fn without_clock_time(when: &str) -> &str {
    let Some((day, time)) = when.rsplit_once([',', ' ']) else {
        return when;
    };
    if crate::extract::layout::is_clock_time(time) {
        day.trim_end_matches([',', ' '])
    } else {
        when
    }
}

/// The day a post's stamp gives, on the line below it: a clock time and a
/// day set apart by a dot ("8:12 AM · Nov 24, 2022"), as a social
/// network prints them.
pub(super) fn stamp_day(line: &str, published: Option<chrono::NaiveDate>) -> Option<EventDate> {
    let (time, day) = split_at_dot(line)?;
    let time = time
        .trim()
        .trim_end_matches(" AM")
        .trim_end_matches(" PM")
        .trim_end_matches(" am")
        .trim_end_matches(" pm");
    let (hours, minutes) = time.split_once(':')?;
    let clock = (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours
            .chars()
            .chain(minutes.chars())
            .all(|c| c.is_ascii_digit());
    if !clock {
        return None;
    }
    // A thread goes on after the day its page was dated by: a stamp may
    // be later.
    only_a_day(day, published).map(|mention| mention.date)
}

/// The day and month a heading gives without a year ("28 NOVEMBER"), which
/// heads an almanac's entries of that day in several years ("2019 — ...").
pub(super) fn almanac_day(line: &str, published: Option<chrono::NaiveDate>) -> Option<(u32, u32)> {
    let mention = only_a_day(line, published)?;
    let names_a_year = line
        .split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4);
    if names_a_year {
        return None;
    }
    mention.date.month_value().zip(mention.date.day_value())
}

/// The day of the year an "on this day" page is about: the day its
/// heading names ("On This Day › 14 May"), else the day it was published.
/// Its entries go under years on lines of their own (see [`year_heading`]).
pub(super) fn on_this_day(line: &str, published: Option<chrono::NaiveDate>) -> Option<(u32, u32)> {
    use chrono::Datelike;
    let lower = line.to_lowercase();
    let names_the_kind = ["on this day", "this day in history", "today in history"]
        .iter()
        .any(|kind| lower.contains(kind));
    if !names_the_kind {
        return None;
    }
    find_dates(line, published)
        .iter()
        .find(|m| m.kind != MentionKind::Absolute && m.date.day_value().is_some())
        .and_then(|m| m.date.month_value().zip(m.date.day_value()))
        .or_else(|| published.map(|p| (p.month(), p.day())))
}

/// A year alone on its line ("2021"), heading an almanac's entries of that
/// year; never one after the publication.
pub(super) fn year_heading(line: &str, published: Option<chrono::NaiveDate>) -> Option<i32> {
    use chrono::Datelike;
    let line = line.trim();
    if line.len() != 4 || !line.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = line.parse().ok()?;
    (year >= 1000 && published.is_none_or(|p| year <= p.year())).then_some(year)
}

/// How many words the section after a date line's separator may have.
const SECTION_WORDS: usize = 3;

/// The one day a short line gives, with nothing else but a weekday.
fn only_a_day(line: &str, published: Option<chrono::NaiveDate>) -> Option<DateMention> {
    let line = without_edit_links(line.trim());
    // "12 Jun 2024 · Politics", "3 days ago | Region": a search result's or
    // a feed item's date line, with the section it was filed under.
    let line = match split_at_dot(line).or_else(|| split_at_bar(line)) {
        Some((date, section))
            if section.split_whitespace().count() <= SECTION_WORDS
                && section
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '&') =>
        {
            date.trim()
        }
        _ => line,
    };
    if line.len() > 40 {
        return None;
    }
    let mentions = find_dates(line, published);
    // "Yesterday, 13 September": one day, said twice.
    let (mention, last) = match mentions.as_slice() {
        [mention] => (mention, mention),
        [first, second] if first.date == second.date => (first, second),
        _ => return None,
    };
    let between = line.get(mention.end..last.start).unwrap_or_default();
    let rest = format!(
        "{} {between} {}",
        &line[..mention.start],
        &line[last.end.max(mention.end)..]
    );
    let only_a_day = words_of(&rest).all(|w| {
        matches!(
            w.as_str(),
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "mon"
                | "tue"
                | "tues"
                | "wed"
                | "thu"
                | "thurs"
                | "fri"
                | "sat"
                | "sun"
                // "Yesterday, 13 September": a live page's heading of the
                // day before.
                | "yesterday"
                | "today"
        )
    });
    (only_a_day && mention.date.day_value().is_some()).then(|| mention.clone())
}

/// A wiki page's heading without the links set after it: "November 16,
/// 2021 (Tuesday) [edit] [history] [watch]" is the heading "November 16,
/// 2021 (Tuesday)".
fn without_edit_links(line: &str) -> &str {
    let mut line = line;
    while let Some(rest) = line.strip_suffix(']')
        && let Some(open) = rest.rfind('[')
        && rest[open + 1..]
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ')
        && rest[open + 1..].split_whitespace().count() <= 2
    {
        line = rest[..open].trim_end();
    }
    line
}

/// How many words besides its date a dateline has at most ("NUR-SULTAN",
/// "YEREVAN, Armenia", "MINSK (BelTA)").
pub(super) const DATELINE_WORDS: usize = 3;

/// Whether `after` (the text after a day or month without its year) says
/// the year is the one just told: "that year", "of the same year".
pub(super) fn says_that_year(after: &str) -> bool {
    let after = after.trim_start().to_lowercase();
    [
        "that year",
        "the same year",
        "of that year",
        "of the same year",
    ]
    .iter()
    .any(|cue| after.starts_with(cue))
}

/// Where a month or day without its year (`mention`, placed from the
/// publication) falls in a paragraph of history set at `setting`: the first
/// such month or day from the setting on, if that is still before the
/// publication; told in the pluperfect ("He had been charged in July"),
/// the last one before it. A year named relative to it ("last May", "in
/// September this year") leaves it where it is, and so does a time the
/// sentence puts ahead of its own present ("The next summit will be held on
/// 20 November" after a paragraph of 2022, written in 2023: next November).
pub(super) fn in_the_setting(
    text: &str,
    mention: &DateMention,
    setting: EventDate,
    published: chrono::NaiveDate,
    looking_back: bool,
) -> Option<EventDate> {
    let said = text.get(mention.start..mention.end)?.to_lowercase();
    if words_of(&said).any(|w| matches!(w.as_str(), "last" | "this" | "next" | "year")) {
        return None;
    }
    if mention.future && ahead_of_the_present(text.get(..mention.start)?) {
        return None;
    }
    // "... signed on 15 May 1992, an anniversary the leaders marked at a
    // summit on 16 May": an anniversary of the time of history is marked
    // in a later year, not in the time it counts from.
    if names_an_anniversary(text.get(..mention.start)?) {
        return None;
    }
    // "In 2019 ... In the spring, Zas took office": the season of the
    // paragraph's year.
    // "Last November he stayed away ... In the spring peacekeepers began
    // pulling out", written in June: after a setting late in its year, the
    // latest such season by the report is the one that followed it.
    if mention.date.month_value().is_none()
        && setting
            .month_value()
            .is_some_and(|month| month >= LATE_IN_THE_YEAR)
        && mention.date.year_value() == setting.year_value() + 1
        && mention.date.first_day() <= published
    {
        return None;
    }
    if mention.date.month_value().is_none() {
        let year = EventDate::year(setting.year_value());
        return (year.last_day() <= published && year != mention.date).then_some(year);
    }
    let month = mention.date.month_value()?;
    let place = |year: i32| match mention.date.day_value() {
        Some(day) => EventDate::day(year, month, day),
        None => EventDate::month(year, month),
    };
    let year = setting.year_value();
    // "The election took place on 19 February that year": the setting's
    // year is said, whichever way the story went.
    if says_that_year(&text[mention.end..]) {
        return place(year).filter(|date| date.last_day() <= published && *date != mention.date);
    }
    // "... since February, when he told France 24 ... On May 8 the ministry
    // had already said ...", written in June: a day after the setting's and
    // within the year before the report is this year's, as the reader of
    // the report takes it; the look back is from the report's time.
    if looking_back
        && let Some(this_year) = place(year)
        && this_year.first_day() > setting.last_day()
        && this_year.last_day() <= published
        && (published - this_year.last_day()).num_days() < 365
    {
        return None;
    }
    let date = if looking_back {
        place(year)
            .filter(|d| d.first_day() <= setting.last_day())
            .or_else(|| place(year - 1))?
    } else {
        place(year)
            .filter(|d| d.last_day() >= setting.first_day())
            .or_else(|| place(year + 1))?
    };
    (date.last_day() <= published && date != mention.date).then_some(date)
}

/// Whether the words before a date put it ahead in the present's future
/// ("will be held", "is to meet", "are scheduled"), which counts from the
/// report, not the past's ("would", "was to"), which counts from the story.
fn ahead_of_the_present(before: &str) -> bool {
    let words: Vec<_> = words_of(before).collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "will" | "shall")
            || (matches!(w.as_str(), "is" | "are")
                && words.get(i + 1).is_some_and(|next| {
                    matches!(
                        next.as_str(),
                        "to" | "scheduled" | "due" | "set" | "expected" | "planned" | "going"
                    )
                }))
    })
}

/// A story dated this many days before its publication or fewer is the news
/// of the day: its undated statements were made on its day.
pub(super) const RECENT_DAYS: i64 = 14;

/// Reports of history more than this long before the publication set the
/// time of the undated deeds that follow them in the paragraph.
pub(super) const HISTORY_DAYS: i64 = 60;

/// The time of history a question asks about ("And September 2022?"), at
/// most to its month.
pub(super) fn question_time(text: &str, document: &Document) -> Option<EventDate> {
    find_dates(text, document.published)
        .into_iter()
        .find(|m| !m.approximate && is_history(m.date, document))
        .map(|m| at_most_the_month(m.date))
}

/// `date` without its day, if it has one: a paragraph's time is no finer.
fn at_most_the_month(date: EventDate) -> EventDate {
    match date.month_value() {
        Some(month) => EventDate::month(date.year_value(), month).unwrap_or(date),
        None => date,
    }
}

/// The first month of a year's last season: a season named after a setting
/// in it is more likely the next year's.
const LATE_IN_THE_YEAR: u32 = 9;

/// "And the summit?", "The mission came two days later, didn't it?": a
/// question that goes on with the time the answers have come to, rather
/// than turning to a new subject ("Many people date the freeze to the
/// France 24 interview.").
pub(super) fn follows_up(question: &str, published: Option<chrono::NaiveDate>) -> bool {
    let asked = &question[transcript::label_end(question)..];
    let opens_with_and = words_of(asked)
        .next()
        .is_some_and(|w| matches!(w.as_str(), "and" | "so" | "then"));
    let tag = asked.trim_end().strip_suffix('?').is_some_and(|rest| {
        let rest = rest.trim_end().to_lowercase();
        ["n't it", "n't they", "n't he", "n't she", "n't there"]
            .iter()
            .any(|tag| rest.ends_with(tag))
    });
    let dates = find_dates(asked, published);
    let relative = dates
        .iter()
        .any(|m| matches!(m.kind, MentionKind::FromContext(_)));
    // "When did it become clear that Khachaturov could not stay?": a
    // question of the past that names no time of its own asks on about the
    // time the talk is at. One in the present ("Should Armenia leave?") or
    // of a time it names ("last Friday", "On 4 December") turns to that.
    let of_the_past = words_of(asked).take(PAST_QUESTION_WORDS).any(|w| {
        matches!(w.as_str(), "did" | "was" | "were" | "had" | "could")
            || crate::extract::clauses::is_past_form(&w)
    }) && dates.is_empty();
    opens_with_and || tag || relative || of_the_past
}

/// How many words into a question its verb tells whether it asks of the past.
const PAST_QUESTION_WORDS: usize = 8;

/// The time of history a section heading sets the paragraphs under it in
/// ("CHAPTER 7. SEPTEMBER 2022", "III. The attacks of 13-14 September
/// 2022"): one past date, at most the month, on a short line. A month
/// without its year ("YEREVAN, NOVEMBER") goes on from the section before.
pub(super) fn section_time(
    line: &str,
    document: &Document,
    before: Option<EventDate>,
) -> Option<EventDate> {
    let published = document.published?;
    // "JANUARY ... MARCH": a review of the months gone by heads each
    // section with its month alone, the latest such month of the writing.
    if before.is_none()
        && let Some(month) = month_alone(line)
    {
        use chrono::Datelike;
        let year = published.year() - i32::from(month > published.month());
        return EventDate::month(year, month).filter(|date| is_history(*date, document));
    }
    // Most lines read here are page furniture: a time of its own needs a
    // year in figures, or a section before to take the year from.
    if before.is_none() && !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if words_of(line).count() > MAX_HEADING_WORDS {
        return None;
    }
    // "YEREVAN, NOVEMBER": a heading in capitals is read as its words.
    let line = if line.chars().any(char::is_lowercase) {
        Cow::Borrowed(line)
    } else {
        Cow::Owned(title_case(line))
    };
    let mentions = find_dates(&line, Some(published));
    let [mention] = mentions.as_slice() else {
        return None;
    };
    // "CLASS OF 2006", "Graduates of 2019": a year that names a cohort
    // heads the notes of its people, written in the time of the page.
    let cohort = words_of(&line[..mention.start])
        .collect::<Vec<_>>()
        .rchunks(2)
        .next()
        .is_some_and(
            |last| matches!(last, [noun, of] if of == "of" && COHORTS.contains(&noun.as_str())),
        );
    if mention.approximate || cohort {
        return None;
    }
    // A month with no year may lie ahead of the writing until the section
    // before places it.
    let date = match mention.kind {
        MentionKind::YearFromContext => in_the_setting(&line, mention, before?, published, false)?,
        _ if mention.future => return None,
        MentionKind::Absolute => mention.date,
        _ => return None,
    };
    is_history(date, document).then(|| at_most_the_month(date))
}

/// The month a heading names and nothing else ("MARCH", "September"),
/// or the first of two it joins ("SEPTEMBER–OCTOBER").
pub(super) fn month_alone(line: &str) -> Option<u32> {
    let mut months = line
        .split(['–', '-', '—', '/'])
        .map(|part| crate::extract::calendar::month_number(part.trim()));
    let first = months.next()??;
    months.all(|m| m.is_some()).then_some(first)
}

/// Nouns of people who share a year ("the class of 2006").
const COHORTS: &[&str] = &[
    "class",
    "classes",
    "graduates",
    "cohort",
    "intake",
    "alumni",
];

/// Whether `text` speaks of an anniversary ("an anniversary the leaders
/// marked", "the thirtieth anniversary"): a day after it is marked in a
/// later year than the one it counts from.
pub(super) fn names_an_anniversary(text: &str) -> bool {
    words_of(text).any(|w| w.starts_with("anniversar"))
}

/// Each word of `line` with only its first letter a capital.
fn title_case(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut at_start = true;
    for c in line.chars() {
        if at_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        at_start = !c.is_alphanumeric();
    }
    out
}

/// How many words a section heading has at most.
const MAX_HEADING_WORDS: usize = 10;

/// Whether `date` is history to the document: long enough before its
/// publication that the news of the day is something else.
pub(super) fn is_history(date: EventDate, document: &Document) -> bool {
    document
        .published
        .is_some_and(|published| (published - date.last_day()).num_days() >= HISTORY_DAYS)
}

/// Whether a time of history began long enough before the publication
/// to be history, though it may end nearer ("September" in a report of 24
/// November).
pub(super) fn began_in_history(date: EventDate, document: &Document) -> bool {
    document
        .published
        .is_some_and(|published| (published - date.first_day()).num_days() >= HISTORY_DAYS)
}

/// The year a telling comes to: "The book slows down, rightly, when it
/// reaches 2022." No reading of dates takes the number for a time, since
/// after "reached" a number is as often a count ("reached 2000 people"):
/// here the year ends its clause.
pub(super) fn year_the_telling_reaches(text: &str) -> Option<EventDate> {
    static REACHES: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"\b(?:reaches|reached|comes to|came to|turns to|turned to)\s+((?:19|20)\d\d)\s*[.,;:]",
        )
        .expect("year reached pattern")
    });
    // The year's first two digits are ASCII: a text without them, as most
    // are, is let go before the search.
    let years = memchr::memmem::find(text.as_bytes(), b"19").is_some()
        || memchr::memmem::find(text.as_bytes(), b"20").is_some();
    if !years {
        return None;
    }
    let year = REACHES.captures(text)?.get(1)?.as_str().parse().ok()?;
    Some(EventDate::year(year))
}

/// The time a sentence's dated main report sets its paragraph at, if it
/// tells of history rather than of the news of the day. At most the month:
/// a sentence further on may be days later.
pub(super) fn narrative_setting(found: &[Candidate], document: &Document) -> Option<EventDate> {
    narrative_report(found, document).map(|dated| {
        if is_history(dated.date, document) {
            at_most_the_month(dated.date)
        } else {
            dated.date
        }
    })
}

/// The day the sentence's dated main report tells of, when it gives one:
/// the sentence right after it, telling of that scene without a date of its
/// own ("... refused to sign the declaration on 23 November 2022. Outside
/// the venue, protesters chanted ..."), is of that day, roughly.
pub(super) fn narrative_day(found: &[Candidate], document: &Document) -> Option<EventDate> {
    narrative_report(found, document)
        .filter(|dated| !dated.approximate)
        .map(|dated| dated.date)
        .filter(|date| date.day_value().is_some())
}

/// The report a sentence sets its paragraph's time by, if any.
fn narrative_report<'a>(found: &'a [Candidate], document: &Document) -> Option<&'a Candidate> {
    // "And two months after that, Yerevan hosted the summit itself.":
    // a time of history counted from the story is approximate, yet it is
    // where the story has come to; the publication date never is history.
    // "The Security Council turned to Russia under the 1997 treaty": a
    // happening only named beside the one told is no time the story has
    // come to.
    let told = |c: &&Candidate| !c.names_happening || found.iter().all(|c| c.names_happening);
    // "In January 2023 he refused to host the drills, and last November he
    // did not go to Minsk. ¶ In February ...": of two times a sentence
    // tells in turn, the story has come to the later.
    let exact = found
        .iter()
        .filter(told)
        .filter(|c| !c.approximate && c.anchor.is_none())
        .reduce(|kept, c| {
            if c.date.first_day() > kept.date.last_day() {
                c
            } else {
                kept
            }
        });
    let counted = found.iter().find(|c| {
        c.approximate
            && c.anchor.is_none()
            // A saying the story placed in history ("A month and a half
            // later he announced ...") is where it has come to; one dated
            // by its report is never history.
            && !c.names_happening
            && c.date.month_value().is_some()
            && is_history(c.date, document)
    });
    // "The following November he stayed away, and three months after that
    // he told France 24 ...": the story has come to the later of the two.
    let dated = match (exact, counted) {
        (Some(exact), Some(counted)) if counted.date.first_day() > exact.date.last_day() => counted,
        (Some(exact), _) => exact,
        (None, counted) => counted?,
    };
    // "■ Tuesday, 13 September — Artillery struck ... The Security
    // Council met in the early hours ...": a paragraph of the last days
    // is set at its day.
    if !is_history(dated.date, document) && dated.date.day_value().is_none() {
        return None;
    }
    Some(dated)
}

/// `line` split at its first " · ", as `split_once` splits it. Most lines
/// have no dot at all, and a search for its last byte tells so faster than
/// a search for the whole separator is set up.
fn split_at_dot(line: &str) -> Option<(&str, &str)> {
    // '·' is U+00B7, written 0xC2 0xB7.
    memchr::memchr(0xb7, line.as_bytes())?;
    line.split_once(" · ")
}

/// `line` split at its first " | ", as `split_once` splits it (see
/// [`split_at_dot`]).
fn split_at_bar(line: &str) -> Option<(&str, &str)> {
    memchr::memchr(b'|', line.as_bytes())?;
    line.split_once(" | ")
}
