//! Tests of [`find_dates`](super::find_dates): each kind of expression, in
//! invented and in real sentences.

use chrono::NaiveDate;

use super::*;
use crate::model::{EventDate, Precision};

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
fn one_tuesday_that_month_is_no_particular_tuesday() {
    let published = Some(ymd(2025, 8, 15));
    for sentence in [
        "One Tuesday that month, his office said he would not travel.",
        "It happened on some Friday, as these things do.",
        "When Tokayev called for help on a Wednesday night, the troops came the next day.",
    ] {
        assert!(
            find_dates(sentence, published)
                .iter()
                .all(|m| m.kind != MentionKind::Weekday),
            "{sentence}"
        );
    }
    assert_eq!(
        only("On Tuesday his office said he would not travel.", published).kind,
        MentionKind::Weekday
    );
}

#[test]
fn weekday_after_a_date_names_that_date() {
    let sentence = "The ministry sent a note on June 28, a Thursday, saying it would leave.";
    let mention = only(sentence, Some(ymd(2012, 7, 6)));
    assert_eq!(mention.date, day(2012, 6, 28));
    assert_eq!(text_of(sentence, &mention), "June 28, a Thursday");
    let sentence = "The envoy stayed away on 22 November (Wednesday) as well.";
    let mention = only(sentence, Some(ymd(2023, 11, 24)));
    assert_eq!(mention.date, day(2023, 11, 22));
    assert_eq!(text_of(sentence, &mention), "22 November (Wednesday)");
    // A weekday that is a happening of its own stays one.
    assert_eq!(
        dates(
            "The note came on June 28, and the reply on Thursday.",
            Some(ymd(2012, 7, 6))
        ),
        [day(2012, 6, 28), day(2012, 7, 5)]
    );
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
fn the_planned_thing_of_a_past_clause_looks_back() {
    let mention = only(
        "The ministry had informed the Secretariat of the planned amendments by a note verbale on 14 June.",
        Some(ymd(2024, 6, 19)),
    );
    assert_eq!(mention.date, day(2024, 6, 14));
    assert!(!mention.future);
    // A plan stated as such still looks ahead.
    let mention = only(
        "The drills are planned for 14 July.",
        Some(ymd(2024, 6, 19)),
    );
    assert_eq!(mention.date, day(2024, 7, 14));
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
    let sentence = "Biyagov, who had served as the CSTO post-president since 2018, was appointed";
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
    // What should happen is ahead too; what should have happened is not.
    let mention = only(
        "The summit should take place in Minsk on Friday.",
        published,
    );
    assert_eq!(mention.date, day(2023, 1, 13));
    assert!(mention.future);
    let mention = only("Temperatures should fall slightly on Friday.", published);
    assert_eq!(mention.date, day(2023, 1, 13));
    let mention = only("The summit should have taken place on Friday.", published);
    assert_eq!(mention.date, day(2023, 1, 6));
    assert!(!mention.future);
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
    assert_eq!(dates("He writes every other Monday.", published), vec![]);
    assert_eq!(dates("The council meets each Friday.", published), vec![]);
    assert_eq!(
        dates("Every Tuesday the line is closed.", published),
        vec![]
    );
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
        "He announced it on February 22 of the current year.",
        day(2023, 2, 22),
        MentionKind::YearFromContext,
    );
    expect(
        "He spoke the day before yesterday.",
        day(2023, 3, 12),
        MentionKind::PreviousPeriod,
    );
    expect(
        "It has grown in the current year.",
        EventDate::year(2023),
        MentionKind::CurrentPeriod,
    );
    expect(
        "They flew in last night.",
        day(2023, 3, 13),
        MentionKind::PreviousPeriod,
    );
    expect(
        "They meet tonight.",
        day(2023, 3, 14),
        MentionKind::CurrentPeriod,
    );
    expect(
        "Peskov told reporters this afternoon that it was temporary.",
        day(2023, 3, 14),
        MentionKind::CurrentPeriod,
    );
    expect(
        "He did not mention it at this morning's cabinet meeting.",
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
fn would_after_underlined_is_reported_future() {
    let mention = only(
        "He underlined that the mission would start its work on 20 October for a period of two months.",
        Some(ymd(2022, 10, 17)),
    );
    assert_eq!(mention.date, day(2022, 10, 20));
    assert!(mention.future);
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
    let found: Vec<(EventDate, MentionKind)> = mentions.iter().map(|m| (m.date, m.kind)).collect();
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
    let found: Vec<(EventDate, MentionKind)> = mentions.iter().map(|m| (m.date, m.kind)).collect();
    assert_eq!(
        found,
        vec![
            (year(2018), MentionKind::Absolute),
            (day(2023, 10, 3), MentionKind::Absolute),
        ]
    );
    assert!(mentions.iter().all(|m| !m.future));
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

// --- Cues -------------------------------------------------------------

/// Every sentence, line and whole text of the seeds and the fixtures: the
/// matchers a sentence skips for want of their cues would have found
/// nothing in it.
#[test]
fn skipping_matchers_by_their_cues_changes_nothing_in_real_stories() {
    let publications = [None, Some(ymd(2024, 6, 15)), Some(ymd(2021, 1, 3))];
    let mut found = 0;
    for (path, text) in crate::extract::text::fixture_texts() {
        let mut pieces = vec![text.as_str()];
        for line in text.lines() {
            pieces.push(line);
            pieces.extend(
                crate::extract::sentences::split_sentences(line)
                    .into_iter()
                    .map(|range| &line[range]),
            );
        }
        for piece in pieces {
            for published in publications {
                let all = find_dates_unskipped(piece, published);
                assert_eq!(
                    find_dates(piece, published),
                    all,
                    "{}: {piece:?}",
                    path.display()
                );
                found += all.len();
            }
        }
    }
    // The fixtures date thousands of happenings: the comparison is not empty.
    assert!(found > 10_000, "{found} mentions");
}

/// One sentence for each alternative of each pattern, in the case it is
/// written, in capitals and in lower case.
#[test]
fn every_kind_of_expression_is_found_with_its_cues() {
    let sentences = [
        // Numbers only.
        "The order of 2023-10-03 stands.",
        "The order of 03.10.2023 stands.",
        // Seasons.
        "Talks stalled last fall.",
        "They met this spring.",
        "It rained last summer.",
        "Troops left last winter.",
        "Talks stalled last autumn.",
        "Troops will leave next spring.",
        // Times told from the story's previous happening.
        "A day later the troops left.",
        "One day after that, the troops left.",
        "A day after the summit the troops left.",
        "A day after Pashinyan's visit the troops left.",
        "The next day the troops left.",
        "The following day the troops left.",
        "Three days after the vote the troops left.",
        "Two days later the troops left.",
        "2 days earlier the troops left.",
        "A week later the troops left.",
        "A week earlier the troops left.",
        "The following week the troops left.",
        "The day before, the troops left.",
        "The previous day the troops left.",
        "The previous evening the troops left.",
        "The following morning the troops left.",
        "A day earlier the troops left.",
        "On the same day the troops left.",
        "That same night the troops left.",
        "The same evening the troops left.",
        "The same morning the troops left.",
        "That evening the troops left.",
        "By the evening of that day the troops had left.",
        "That night the troops left.",
        "That morning the troops left.",
        "That afternoon the troops left.",
        "Later that day the troops left.",
        "Earlier the same night the troops left.",
        "Later that evening the troops left.",
        "Earlier in the day the troops left.",
        "Later in the day the troops left.",
        "Within hours the troops left.",
        "Hours later the troops left.",
        "Hours earlier the troops left.",
        "The same month the troops left.",
        "Later that month the troops left.",
        "Earlier that month the troops left.",
        "Before the end of that month the troops left.",
        "That month the troops left.",
        "That November the troops left.",
        "Days later the troops left.",
        "The troops will leave in two days.",
        "A month later the troops left.",
        "Two months earlier the troops left.",
        "Six months afterwards the troops left.",
        "Two weeks later the troops left.",
        "Two months after that the troops left.",
        "Three days before that the troops left.",
        "The day after the cabinet vote the troops left.",
        "3 weeks earlier the troops left.",
        "A year later the troops left.",
        "Two years earlier the troops left.",
        "The following year the troops left.",
        "The next year the troops left.",
        "The previous year the troops left.",
        "The preceding year the troops left.",
        "The year before, the troops left.",
        "The previous month the troops left.",
        "The preceding month the troops left.",
        "The month before, the troops left.",
        "That year, the troops left.",
        "In the same year the troops left.",
        "Earlier that year the troops left.",
        // A day by its ordinal alone.
        "It landed in Yerevan on the 15th.",
        "They must leave by the 1st.",
        "It lasted until the 22nd.",
        "It has been closed since the 3rd.",
        "It landed in Yerevan on the twelfth.",
        "The summit opened on the twenty-third.",
        "On the 15th a delegation arrived in Yerevan.",
        "It went to parliament on the first of the month.",
        // Days with a month.
        "They met on 3 October 2023.",
        "They met on Sunday, 3 September.",
        "They met on 3 and 4 October 2023.",
        "They met on October 3, 2023.",
        "They met on Oct. 3.",
        "They met on Sept 3.",
        "They met on May 5 and 6.",
        "They met on February 22 of the current year.",
        "They met on September 3 this year.",
        // Months.
        "They met between May and July 2023.",
        "They met June–August this year.",
        "They met in October 2002.",
        "They met in early January.",
        "They met in mid-March.",
        "They met last May.",
        "They met in April.",
        "They met in December of the current year.",
        // Weekdays.
        "They met on Tuesday.",
        "They met last Tuesday.",
        "They will meet next Friday.",
        "Tuesday's statement was clear.",
        // Periods named from the publication.
        "They met earlier this year.",
        "They will meet later this month.",
        "They will meet next week.",
        "They met last year.",
        "Exercises planned for the current year were cancelled.",
        "They met the day before yesterday.",
        "They will meet the day after tomorrow.",
        "They met yesterday.",
        "They met today.",
        "They will meet tomorrow.",
        "Shelling resumed last night.",
        "They will meet tonight.",
        "They met this morning.",
        "Peskov told reporters this afternoon that it was temporary.",
        "They will meet this evening.",
        "They met a few days ago.",
        "They met a couple of days ago.",
        "They met several days ago.",
        "They met 3 days ago.",
        "They met recently.",
        "They met two years ago.",
        "They met a week ago.",
        "They met ten months ago.",
        "They met 11 months ago.",
        // Years.
        "They met in 2018.",
        "Nothing has changed since 1991.",
    ];
    let published = Some(ymd(2024, 6, 15));
    let unread: Vec<&str> = sentences
        .into_iter()
        .filter(|s| find_dates_unskipped(s, published).is_empty() && !s.contains("next spring"))
        .collect();
    assert!(unread.is_empty(), "no date found in {unread:?}");
    for sentence in sentences {
        let all = find_dates_unskipped(sentence, published);
        for variant in [
            sentence.to_string(),
            sentence.to_uppercase(),
            sentence.to_lowercase(),
        ] {
            assert_eq!(
                find_dates(&variant, published),
                find_dates_unskipped(&variant, published),
                "{variant:?}"
            );
        }
        assert_eq!(find_dates(sentence, published), all, "{sentence:?}");
    }
}

#[test]
fn a_bylines_date_is_the_publication_and_a_copys_stamp_is_not() {
    assert_eq!(
        byline_date("Compiled by the diary desk on Sunday evening, 29 November 2020"),
        Some(ymd(2020, 11, 29))
    );
    assert_eq!(
        byline_date("By Mariam Khachikyan · Wednesday, 30 December 2020 · 7 min read"),
        Some(ymd(2020, 12, 30))
    );
    assert_eq!(
        byline_date("Published 12 May 2024, updated 13 May 2024"),
        Some(ymd(2024, 5, 12))
    );
    // An archive's or a crawl's stamp dates the copy.
    assert_eq!(byline_date("Archived copy captured on 3 March 2025"), None);
    // A sentence of the story is no byline.
    assert_eq!(
        byline_date("The leaders met in Astana on 28 November 2024."),
        None
    );
}

#[test]
fn a_stamp_on_a_line_of_its_own_dates_the_page_and_a_sentence_does_not() {
    assert_eq!(
        stamp_date("Fri 29 Nov 2024 · 8 min read"),
        Some(ymd(2024, 11, 29))
    );
    assert_eq!(stamp_date("10 January 2025, 12:30"), Some(ymd(2025, 1, 10)));
    assert_eq!(
        stamp_date("The leaders met in Astana on 28 November 2024."),
        None
    );
    assert_eq!(
        stamp_date("28 November 2024: the leaders meet in Astana without Armenia"),
        None
    );
    // A masthead's name and the number before the day.
    assert_eq!(
        stamp_date("The Weekly Cascade · Newsletter 11 · Friday 25 November 2022"),
        Some(ymd(2022, 11, 25))
    );
    assert_eq!(
        stamp_date("The leaders of the six member states met · Friday 25 November 2022"),
        None
    );
    // A bulletin's name before its day and hour.
    assert_eq!(
        stamp_date("News in brief: Saturday 28 July 2018, 13:00"),
        Some(ymd(2018, 7, 28))
    );
    assert_eq!(
        stamp_date("The leaders agreed on the text: Friday 25 November 2022"),
        None
    );
    // A bulletin's name set off by a comma before its edition's weekday.
    assert_eq!(
        stamp_date("Lusaber Evening News, Wednesday 20 September 2023, 21:00: full transcript"),
        Some(ymd(2023, 9, 20))
    );
    assert_eq!(
        stamp_date("Leaders met again in Minsk, Thursday 23 November 2023"),
        None
    );
    assert_eq!(stamp_date("Evening News, 20 September 2023"), None);
}

mod cue_properties {
    use proptest::prelude::*;

    use super::super::{find_dates, find_dates_unskipped};
    use super::ymd;

    /// Words of every pattern, in several cases, with the letters that fold
    /// to ASCII ones (`ſ`, the kelvin sign), numbers and punctuation.
    fn sentence() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "a",
            "one",
            "two",
            "three",
            "2",
            "3",
            "15",
            "15th",
            "1st",
            "22nd",
            "3rd",
            "2023",
            "1991",
            "2023-10-03",
            "03.10.2023",
            "day",
            "days",
            "Day",
            "DAY",
            "today",
            "yesterday",
            "tomorrow",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "night",
            "Night",
            "tonight",
            "TONIGHT",
            "evening",
            "morning",
            "afternoon",
            "Afternoon",
            "hours",
            "within",
            "later",
            "earlier",
            "afterwards",
            "after",
            "before",
            "ago",
            "recently",
            "the",
            "The",
            "that",
            "That",
            "same",
            "this",
            "last",
            "Last",
            "next",
            "following",
            "previous",
            "preceding",
            "current",
            "in",
            "In",
            "on",
            "On",
            "by",
            "since",
            "until",
            "of",
            "and",
            "to",
            "a few",
            "several",
            "end",
            "fall",
            "autumn",
            "spring",
            "ſpring",
            "summer",
            "ſummer",
            "winter",
            "May",
            "may",
            "MAY",
            "Oct.",
            "Sept",
            "September",
            "ſeptember",
            "November",
            "June",
            "mid-",
            "early",
            "Tuesday",
            "tueſday",
            "Friday",
            "Sunday",
            "the",
            "twelfth",
            "twenty-third",
            "thirty first",
            "ſecond",
            "Eleventh",
            "day",
            "Armenia",
            "Pashinyan's",
            "\u{212a}",
            ",",
            ".",
            "–",
            "—",
            "’s",
            "é",
        ]);
        let gaps = prop::sample::select(vec![" ", " ", " ", "", ", ", "\u{a0}", "-"]);
        prop::collection::vec((words, gaps), 0..14).prop_map(|pieces| {
            pieces
                .into_iter()
                .flat_map(|(word, gap)| [word, gap])
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn skipping_matchers_by_their_cues_changes_nothing(text in sentence()) {
            for published in [None, Some(ymd(2024, 6, 15))] {
                prop_assert_eq!(
                    find_dates(&text, published),
                    find_dates_unskipped(&text, published)
                );
            }
        }
    }
}

#[test]
fn seasons_and_months_told_from_the_story_wait_for_its_context() {
    let published = Some(ymd(2024, 7, 1));
    for (sentence, expression, shift) in [
        (
            "That autumn Azerbaijani artillery struck Jermuk.",
            "That autumn",
            ContextShift::Season {
                last_month: 11,
                following: false,
            },
        ),
        (
            "The following spring troops crossed into Syunik.",
            "The following spring",
            ContextShift::Season {
                last_month: 5,
                following: true,
            },
        ),
        (
            "Zas took office the following January.",
            "the following January",
            ContextShift::MonthAfter(1),
        ),
        (
            "Only eight months before, Pashinyan had announced it.",
            "eight months before",
            ContextShift::Months(-8),
        ),
        (
            "Five years earlier the relationship had looked warm.",
            "Five years earlier",
            ContextShift::Years(-5),
        ),
        (
            "Armenia ratified it the following year.",
            "the following year",
            ContextShift::CalendarYears(1),
        ),
        (
            "The unrest of the previous year had cooled relations.",
            "the previous year",
            ContextShift::CalendarYears(-1),
        ),
        (
            "A fortnight later they had gone home.",
            "A fortnight later",
            ContextShift::Days(14),
        ),
        (
            "It went to parliament on the first of the month.",
            "the first of the month",
            ContextShift::DayOfMonth(1),
        ),
        (
            "They must leave by the 15th of this month.",
            "the 15th of this month",
            ContextShift::DayOfMonth(15),
        ),
    ] {
        let mention = only(sentence, published);
        assert_eq!(text_of(sentence, &mention), expression, "{sentence}");
        assert_eq!(mention.kind, MentionKind::FromContext(shift), "{sentence}");
    }
    // Before a happening of its own, the shift is that happening's to date.
    assert!(
        find_dates("Eight months before the summit, he spoke.", published)
            .iter()
            .all(|m| !matches!(m.kind, MentionKind::FromContext(_)))
    );
}

#[test]
fn the_following_week_is_the_month_that_holds_most_of_the_next_week() {
    let following = ContextShift::FollowingWeek;
    // After Friday 23 February 2024: the week of 26 February to 3 March,
    // whose Thursday is the 29th.
    assert_eq!(
        following.apply(day(2024, 2, 23)),
        Some((month(2024, 2), true))
    );
    // After Monday 26 February: the week of 4 to 10 March.
    assert_eq!(
        following.apply(day(2024, 2, 26)),
        Some((month(2024, 3), true))
    );
    assert_eq!(
        following.apply(month(2024, 2)),
        Some((month(2024, 2), true))
    );
    let found = find_dates(
        "The following week the troops left.",
        Some(ymd(2024, 3, 12)),
    );
    assert!(matches!(
        found[0].kind,
        MentionKind::FromContext(ContextShift::FollowingWeek)
    ));
}

#[test]
fn seasons_and_months_from_the_story_are_placed_after_or_within_it() {
    let autumn_2020 = EventDate::year(2020);
    let spring = ContextShift::Season {
        last_month: 5,
        following: true,
    };
    assert_eq!(spring.apply(autumn_2020), Some((year(2021), false)));
    let that_autumn = ContextShift::Season {
        last_month: 11,
        following: false,
    };
    assert_eq!(that_autumn.apply(year(2022)), Some((year(2022), false)));
    // The spring after May is the next year's; after February, this year's.
    assert_eq!(spring.apply(month(2021, 5)), Some((year(2022), false)));
    assert_eq!(spring.apply(month(2021, 2)), Some((year(2021), false)));
    let january = ContextShift::MonthAfter(1);
    assert_eq!(
        january.apply(month(2019, 11)),
        Some((month(2020, 1), false))
    );
    assert_eq!(january.apply(month(2019, 1)), Some((month(2020, 1), false)));
    assert_eq!(
        ContextShift::Month(1).apply(month(2019, 1)),
        Some((month(2019, 1), false))
    );
}

#[test]
fn decades_ago_today_is_that_very_day() {
    let published = Some(ymd(2025, 5, 15));
    assert_eq!(
        dates("The treaty was signed 33 years ago today.", published),
        [day(1992, 5, 15)]
    );
    assert_eq!(
        dates(
            "The treaty was signed 33 years ago, in Tashkent.",
            published
        ),
        [year(1992)]
    );
}

#[test]
fn a_year_ago_is_about_this_month_last_year_roughly() {
    let published = Some(ymd(2023, 11, 23));
    let mention = only(
        "Only a year ago Armenia hosted the bloc's summit in Yerevan.",
        published,
    );
    assert_eq!(mention.date, month(2022, 11));
    assert!(mention.approximate);
    assert_eq!(
        dates("Two years ago Armenia hosted the summit.", published),
        [year(2021)]
    );
}

#[test]
fn years_ago_on_a_weekday_is_the_anniversary_nearest_the_writing() {
    // A Thursday: the Saturday ahead is nearer than the one before.
    let published = Some(ymd(2026, 5, 14));
    assert_eq!(
        dates(
            "Four years ago on Saturday, the leaders met in Moscow.",
            published
        ),
        [day(2022, 5, 16)]
    );
    assert_eq!(
        dates(
            "A year ago on Tuesday, the CSTO held a summit in Minsk.",
            published
        ),
        [day(2025, 5, 12)]
    );
}

#[test]
fn a_day_decided_on_is_the_nearest_such_day() {
    let published = Some(ymd(2018, 11, 9));
    // The deciding is past; the meeting decided on is four weeks ahead.
    assert_eq!(
        dates(
            "The leaders decided to return to the question at an informal meeting in St Petersburg on December 6.",
            published
        ),
        [day(2018, 12, 6)]
    );
    // A day told of the deciding itself is still the last one.
    assert_eq!(
        dates(
            "The leaders met on December 6 and decided to wait.",
            published
        ),
        [day(2017, 12, 6)]
    );
}

#[test]
fn a_time_something_is_put_off_to_is_the_nearest_such_time() {
    let published = Some(ymd(2018, 11, 9));
    assert_eq!(
        dates(
            "The leaders put off the choice of a successor until an informal meeting in St Petersburg in December.",
            published
        ),
        [month(2018, 12)]
    );
    assert_eq!(
        dates("The leaders postponed the decision to December.", published),
        [month(2018, 12)]
    );
    // Put off in a month gone by, with no time it was put off to.
    assert_eq!(
        dates("The leaders postponed the drills in September.", published),
        [month(2018, 9)]
    );
}

#[test]
fn on_this_day_in_a_year_is_the_publications_day_in_that_year() {
    let published = Some(ymd(2026, 5, 14));
    assert_eq!(
        dates("On this day in 2002, the leaders met in Moscow.", published),
        [day(2002, 5, 14)]
    );
    assert_eq!(
        dates(
            "It was on this date in 2018 that the two men met.",
            published
        ),
        [day(2018, 5, 14)]
    );
    // A year alone is still the year.
    assert_eq!(
        dates("In 2002 the leaders met in Moscow.", published),
        [year(2002)]
    );
}

#[test]
fn a_subject_set_off_by_its_apposition_takes_the_tense_of_its_verb() {
    // Written five days before the next 17 September: "arrived" is the
    // last one, not the coming one.
    let sentence = "On 17 September, the Speaker of the US House of Representatives, Nancy Pelosi, arrived in Yerevan.";
    assert_eq!(dates(sentence, Some(ymd(2023, 9, 12))), [day(2022, 9, 17)]);
}

#[test]
fn an_aside_of_place_between_commas_is_of_the_past_of_the_piece_beside_it() {
    let published = Some(ymd(2022, 11, 26));
    for sentence in [
        "The year began with the bloc's first real deployment, to Kazakhstan in January, and ends with its host refusing to sign.",
        "The bloc's first real deployment, to Kazakhstan in January, came at Tokayev's request.",
    ] {
        assert_eq!(only(sentence, published).date, month(2022, 1), "{sentence}");
    }
    // "to" before a verb opens no place: taking office lies ahead.
    let sentence = "The leaders approved Imangali Tasmagambetov as secretary general, to take office on 1 January.";
    assert_eq!(
        only(sentence, published).date,
        EventDate::from_naive(ymd(2023, 1, 1))
    );
}

#[test]
fn a_day_without_its_year_in_a_sentence_of_a_past_year_is_of_that_year() {
    // A past deed, its year written, and a day named beside it: the day is
    // of that year, not the next one to come after the publication.
    let published = Some(ymd(2024, 7, 5));
    let found = dates(
        "Ohanjanyan arrived in Moscow in the autumn of 2018, weeks before the Astana summit of 8 November.",
        published,
    );
    assert_eq!(found.last(), Some(&day(2018, 11, 8)), "{found:?}");
    // A day that falls back before the publication stays where it was: a
    // year of a person's past beside a day of this year's news.
    let found = dates(
        "Zas, who took office in January 2020, said on 5 March that the mission would go.",
        published,
    );
    assert_eq!(found.last(), Some(&day(2024, 3, 5)), "{found:?}");
    // Nor is a day still to come moved into a year of the past.
    let found = dates(
        "The summit, first held in 2002, will take place on 8 November.",
        published,
    );
    assert_eq!(found.last(), Some(&day(2024, 11, 8)), "{found:?}");
    // Nor one a past saying told as still to come.
    let found = dates(
        "Zas, who has headed the secretariat since January 2020, told the leaders that exercises would be held in October.",
        Some(ymd(2021, 9, 17)),
    );
    assert_eq!(found.last(), Some(&month(2021, 10)), "{found:?}");
}

#[test]
fn a_weekday_written_with_a_day_names_its_year() {
    // A memoir of 2023: 27 September 2022 was a Tuesday, 27 September
    // 2020 the Sunday the war began.
    let published = Some(ymd(2023, 7, 12));
    for sentence in [
        "The war began on a Sunday too, on 27 September, and it lasted forty-four days.",
        "The war began on Sunday, 27 September, and it lasted forty-four days.",
        "The war began on a Sunday too, on 27 September.",
    ] {
        let found = dates(sentence, published);
        assert_eq!(found, [day(2020, 9, 27)], "{sentence}");
    }
    // A weekday that agrees with the nearest such day changes nothing.
    let found = dates("The talks began on Monday, 10 July.", published);
    assert_eq!(found, [day(2023, 7, 10)]);
}

#[test]
fn a_present_passive_before_a_day_looks_to_the_nearest_such_day() {
    // "is published on 20 July" in a page of 12 July: the coming day.
    let found = dates(
        "His memoir, The Quiet Allies, is published by Gegham Books on 20 July.",
        Some(ymd(2023, 7, 12)),
    );
    assert_eq!(found, [day(2023, 7, 20)]);
}

#[test]
fn to_the_day_marks_an_anniversary_not_a_count() {
    let found = dates(
        "This extract appears three years to the day after the fighting in Tavush that it describes.",
        Some(ymd(2023, 7, 12)),
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_small_hours_of_the_day_after_the_writing_are_that_day() {
    // A wire dated Tuesday 16 November by a clock four hours behind.
    let published = Some(ymd(2021, 11, 16));
    for sentence in [
        "Shortly after midnight Yerevan time, in the first minutes of Wednesday, the ministry said the night had been quiet.",
        "Shelling resumed at 01:10 local time early Wednesday, the ministry said.",
    ] {
        assert_eq!(
            dates(sentence, published),
            [day(2021, 11, 17)],
            "{sentence}"
        );
    }
    // Without a clock, the small hours of a Wednesday are the one before.
    let found = dates(
        "The deal was struck in the early hours of Wednesday.",
        published,
    );
    assert_eq!(found, [day(2021, 11, 10)]);
    // Any other Wednesday of a past deed is the one before.
    let found = dates(
        "The ministry said on Wednesday that the night had been quiet.",
        published,
    );
    assert_eq!(found, [day(2021, 11, 10)]);
}

#[test]
fn a_weekday_after_a_character_of_several_bytes_is_read_without_a_panic() {
    // A next-line mark (two bytes in UTF-8) right before the weekday.
    let found = dates(
        "The war began on a\u{85}Sunday, on 27 September.",
        Some(ymd(2023, 7, 12)),
    );
    assert_eq!(found, [day(2020, 9, 27)]);
}
