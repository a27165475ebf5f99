//! Content words: what a sentence is about, reduced to comparable terms, so
//! that two reports of one happening can be recognised by the words they share.

use std::ops::Range;

use super::calendar::is_month_name;
use super::clauses::WordSet;

/// Words too common, or too much about time and speech, to say what happened.
const STOPWORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "into",
    "about",
    "after",
    "before",
    "during",
    "over",
    "under",
    "between",
    "its",
    "his",
    "her",
    "their",
    "our",
    "your",
    "my",
    "it",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "this",
    "that",
    "these",
    "those",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "while",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "might",
    "must",
    "not",
    "no",
    "also",
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tell",
    "stated",
    "noted",
    "added",
    "later",
    "earlier",
    "then",
    "than",
    "there",
    "here",
    "such",
    "some",
    "any",
    "all",
    "both",
    "each",
    "other",
    "more",
    "most",
    "very",
    "so",
    "if",
    "up",
    "out",
    "only",
    "just",
    "still",
    "yet",
    "already",
    "since",
    "until",
    "last",
    "next",
    "this",
    "year",
    "month",
    "week",
    "day",
    "today",
    "yesterday",
    "may",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "early",
    "late",
    "mid",
    "meanwhile",
    "however",
    "him",
    "them",
    "us",
    "one",
    "two",
    "three",
    "reportedly",
    "according",
    "whether",
    "because",
    "against",
    "without",
    "within",
    "through",
];

/// Irregular verb forms, mapped to their base so "froze" meets "frozen".
const IRREGULAR: &[(&str, &str)] = &[
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("began", "begin"),
    ("begun", "begin"),
    ("broke", "break"),
    ("broken", "break"),
    ("held", "hold"),
    ("met", "meet"),
    ("took", "take"),
    ("taken", "take"),
    ("gave", "give"),
    ("given", "give"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("fought", "fight"),
    ("left", "leave"),
    ("sent", "send"),
    ("won", "win"),
    ("struck", "strike"),
    ("stood", "stand"),
    ("sought", "seek"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("wrote", "write"),
    ("written", "write"),
    ("shot", "shoot"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("led", "lead"),
    ("paid", "pay"),
    ("laid", "lay"),
    ("made", "make"),
    ("brought", "bring"),
    ("kept", "keep"),
    ("lost", "lose"),
    ("seized", "seize"),
    ("signed", "sign"),
    ("ceased", "cease"),
];

/// `word` without the "'s" or "’s" (repeated) that ends it, as
/// `trim_end_matches` trims them, without building a substring searcher
/// for every word of every sentence.
fn without_possessive(mut word: &str) -> &str {
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    word
}

/// [`STOPWORDS`], looked up by hash: every word of a report is looked up.
static STOPWORD_SET: WordSet = WordSet::of(STOPWORDS);

/// A crude stem: enough to let "blocked" meet "blockade" and "exercises"
/// meet "exercise", without a dictionary.
pub fn stem(word: &str) -> String {
    let word = without_possessive(word);
    let word = IRREGULAR
        .iter()
        .find(|(form, _)| *form == word)
        .map_or(word, |(_, base)| base);
    // "allies" meets "ally", "denied" meets "deny".
    if word.len() > 4
        && let Some(base) = word
            .strip_suffix("ies")
            .or_else(|| word.strip_suffix("ied"))
    {
        return format!("{base}y");
    }
    // "clarification" meets "clarify", "ratification" meets "ratified".
    if let Some(base) = word
        .strip_suffix("ifications")
        .or_else(|| word.strip_suffix("ification"))
        .filter(|base| base.len() >= 3)
    {
        return format!("{base}ify");
    }
    let mut stem = word.to_string();
    for suffix in [
        "ations", "ation", "ades", "ade", "ings", "ing", "ies", "ed", "es", "s",
    ] {
        // "asked" meets "asks", "armed" meets "arms": a verb's or noun's
        // plain endings leave a short stem; the longer endings need more
        // left of the word to be endings at all ("sing", "fade").
        let shortest = if matches!(suffix, "ed" | "s") { 3 } else { 4 };
        let not_plural =
            suffix == "s" && (stem.ends_with("ss") || stem.ends_with("us") || stem.ends_with("is"));
        if stem.len() >= suffix.len() + shortest && stem.ends_with(suffix) && !not_plural {
            stem.truncate(stem.len() - suffix.len());
            break;
        }
    }
    // "vote" meets "voted" and "votes".
    if stem.len() > 3 && stem.ends_with('e') {
        stem.pop();
    }
    stem
}

/// The stemmed content words of `text[focus]`, keeping only words whose
/// range `keep` accepts (narration rather than quotation, say).
pub fn content_terms(
    text: &str,
    focus: &Range<usize>,
    keep: &dyn Fn(&Range<usize>) -> bool,
) -> Vec<String> {
    let mut terms = Vec::new();
    let mut start = None;
    // The word before, for a number that names a clause ("Article 4").
    let mut previous = String::new();
    // The word lowered, and the word before it once the next one is read:
    // buffers kept across the words, as a report has dozens.
    let mut lowered = String::new();
    let mut before = String::new();
    let slice_end = focus.end.min(text.len());
    // The scan starts at the first char at or after the focus's start,
    // rather than at the sentence's start: a focus is often a clause late
    // in its sentence.
    let mut from = focus.start.min(slice_end);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    for (i, c) in text[from..slice_end]
        .char_indices()
        .map(|(i, c)| (from + i, c))
        .chain(std::iter::once((slice_end, ' ')))
    {
        let in_word = c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
        match (start, in_word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let range = s..i;
                start = None;
                let written = &text[range.clone()];
                if written.is_ascii() {
                    // As `to_lowercase` lowers ASCII, into the kept buffer.
                    lowered.clear();
                    lowered.push_str(written);
                    lowered.make_ascii_lowercase();
                } else {
                    lowered = written.to_lowercase();
                }
                let word = lowered.trim_matches(|c: char| !c.is_alphanumeric());
                // "Thursday's" is as much about time as "Thursday".
                let word = without_possessive(word);
                // "Article 4" and "Article 2" are two different clauses of a
                // treaty: the number is what tells them apart.
                let numbered = matches!(previous.as_str(), "article" | "clause" | "paragraph")
                    && (1..=3).contains(&word.len())
                    && word.bytes().all(|b| b.is_ascii_digit());
                std::mem::swap(&mut before, &mut previous);
                previous.clear();
                previous.push_str(word);
                if numbered && keep(&range) {
                    let term = format!("{}-{word}", stem(&before));
                    if !terms.contains(&term) {
                        terms.push(term);
                    }
                    continue;
                }
                // "put the death toll at 49", "105 servicemen": a count is
                // as telling as a rare word, and two tolls are two reports.
                // (Not a day of a month, a year, or a part of "2,000".)
                let count = word.len() <= 3
                    && word.bytes().all(|b| b.is_ascii_digit())
                    && word.parse::<u32>().is_ok_and(|n| n > 31)
                    && !is_month_name(&before)
                    && !text[..range.start].ends_with([',', '.'])
                    && !(text[range.end..].starts_with([',', '.'])
                        && text[range.end + 1..].starts_with(|c: char| c.is_ascii_digit()));
                if count && keep(&range) {
                    let term = format!("#{word}");
                    if !terms.contains(&term) {
                        terms.push(term);
                    }
                    continue;
                }
                if word.len() < 3
                    || word.chars().any(|c| c.is_ascii_digit())
                    || STOPWORD_SET.contains(word)
                    || is_month_name(word)
                    || !keep(&range)
                {
                    continue;
                }
                let term = stem(word);
                if !terms.contains(&term) {
                    terms.push(term);
                }
            }
            _ => {}
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("blocked"), stem("block"));
        assert_eq!(stem("exercises"), stem("exercise"));
        assert_eq!(stem("Armenia’s"), "Armenia");
        assert_eq!(stem("froze"), stem("frozen"));
        assert_eq!(stem("froze"), stem("freezes"));
        assert_eq!(stem("allies"), stem("ally"));
        assert_eq!(stem("denied"), stem("deny"));
        assert_eq!(stem("asked"), stem("asks"));
        assert_eq!(stem("clarification"), stem("clarify"));
        assert_eq!(stem("ratification"), stem("ratified"));
        assert_eq!(stem("voted"), stem("vote"));
        assert_eq!(stem("votes"), stem("vote"));
        assert_ne!(stem("press"), stem("pres"));
    }

    #[test]
    fn keeps_content_words_of_the_focus_only() {
        let text = "In December 2022, activists blocked the Lachin corridor.";
        let terms = content_terms(text, &(18..text.len()), &|_| true);
        assert_eq!(terms, ["activist", "block", "lachin", "corridor"]);
    }

    #[test]
    fn a_numbered_clause_is_one_term_of_its_own() {
        let text = "Armenia invoked Article 4, not Article 2, in 2022.";
        let terms = content_terms(text, &(0..text.len()), &|_| true);
        assert!(
            terms.contains(&format!("{}-4", stem("article"))),
            "{terms:?}"
        );
        assert!(
            terms.contains(&format!("{}-2", stem("article"))),
            "{terms:?}"
        );
        assert!(!terms.iter().any(|t| t.contains("2022")), "{terms:?}");
    }

    #[test]
    fn a_count_is_a_term_but_a_day_a_year_and_a_thousands_part_are_not() {
        let text = "On 13 September he put the toll at 49, then 105, of 2,000 troops in 2022.";
        let terms = content_terms(text, &(0..text.len()), &|_| true);
        assert!(terms.contains(&"#49".to_string()), "{terms:?}");
        assert!(terms.contains(&"#105".to_string()), "{terms:?}");
        for not_a_count in ["#13", "#000", "#2", "#2022"] {
            assert!(!terms.contains(&not_a_count.to_string()), "{terms:?}");
        }
    }
}
