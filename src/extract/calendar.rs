//! The month and weekday vocabulary that reading dates relies on: the
//! English month names and their abbreviations, and the weekday names. The date value itself is
//! [`crate::model::EventDate`].

pub(crate) use crate::model::MONTH_ABBREVIATIONS;

/// The English month names, lowercase, January first.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether `word` is a month's full name, in any case.
pub(crate) fn is_month_name(word: &str) -> bool {
    MONTH_NAMES.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// The English weekday names, lowercase, Monday first.
pub(crate) const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether `word` is a weekday's full name, in any case.
pub(crate) fn is_weekday_name(word: &str) -> bool {
    WEEKDAY_NAMES.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// The number (1 for January) of a month written in full or abbreviated
/// ("Oct", "Oct.", "Sept"), in any case.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    let word = if word.eq_ignore_ascii_case("sept") {
        "sep"
    } else {
        word
    };
    (1..=12)
        .zip(MONTH_NAMES.iter().zip(MONTH_ABBREVIATIONS))
        .find(|(_, (full, short))| {
            full.eq_ignore_ascii_case(word) || short.eq_ignore_ascii_case(word)
        })
        .map(|(number, _)| number)
}
