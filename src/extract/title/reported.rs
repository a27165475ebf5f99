//! Reported speech in a headline's tense: "Peskov said Moscow would seek
//! clarification" is headlined "Peskov says Moscow will seek
//! clarification". Once the verb of saying is in the present, the future
//! it reports is no longer shifted back into "would". A "would" that is
//! a hypothetical in the speaker's own words ("warns that leaving the bloc
//! would hurt ties", "would turn to its partners if the fighting spread")
//! stays as it is.

/// Verbs of saying in the headline present, after which a reported
/// clause follows.
const SAYING_PRESENT: &[&str] = &[
    "says",
    "tells",
    "announces",
    "confirms",
    "states",
    "declares",
    "insists",
    "adds",
    "stresses",
    "notes",
    "promises",
    "pledges",
];

/// Words that make what follows them a condition, not a plan.
const CONDITIONS: &[&str] = &["if", "unless", "otherwise", "provided"];

/// How many words may stand between the verb of saying and "would": an
/// addressee and an occasion ("tells reporters in Yerevan after the talks
/// that Armenia would ...").
const MAX_WORDS_BEFORE_WOULD: usize = 10;

/// `title` with the futures of its reported clause in the present's
/// future, or `title` itself when it reports none (or only hypotheticals).
pub(super) fn reported_future(title: &str) -> String {
    let words: Vec<&str> = title.split(' ').collect();
    let Some(saying) = words.iter().position(|w| SAYING_PRESENT.contains(w)) else {
        return title.to_string();
    };
    let lowered: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let plain = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    if lowered
        .iter()
        .any(|w| CONDITIONS.contains(&plain(w).as_str()))
    {
        return title.to_string();
    }
    let Some(first) = lowered[saying + 1..]
        .iter()
        .take(MAX_WORDS_BEFORE_WOULD + 1)
        .position(|w| w == "would")
        .map(|at| saying + 1 + at)
    else {
        return title.to_string();
    };
    let between = &lowered[saying + 1..first];
    // "says Armenia remained an ally and that Moscow would ...": a clause
    // in the past before it keeps the whole report in the past; "warns
    // that leaving the bloc would hurt ...": a gerund's "would" is a
    // hypothetical.
    let subject_start = between
        .iter()
        .rposition(|w| w == "that")
        .map_or(0, |at| at + 1);
    let subject = &between[subject_start..];
    if between.iter().any(|w| w.len() > 4 && w.ends_with("ed"))
        || subject.first().is_some_and(|w| w.ends_with("ing"))
        || subject.is_empty()
    {
        return title.to_string();
    }
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    for at in first..words.len() {
        if lowered[at] != "would" {
            continue;
        }
        // "would have been": a past seen from the past, no future.
        let next = lowered.get(at + 1).map(String::as_str).unwrap_or_default();
        let after_have = lowered.get(at + 2).map(String::as_str).unwrap_or_default();
        if next == "have" && (after_have.ends_with("ed") || after_have.ends_with("en")) {
            return title.to_string();
        }
        out[at] = if words[at] == "Would" { "Will" } else { "will" }.to_string();
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::reported_future;

    #[test]
    fn a_future_reported_after_a_verb_of_saying_in_the_present_is_a_future() {
        for (title, headline) in [
            (
                "Kremlin spokesman Dmitry Peskov says Moscow would seek clarification from Yerevan",
                "Kremlin spokesman Dmitry Peskov says Moscow will seek clarification from Yerevan",
            ),
            (
                "Pashinyan's office announces that he would not travel to Minsk",
                "Pashinyan's office announces that he will not travel to Minsk",
            ),
            (
                "Kremlin aide Yuri Ushakov says Yerevan would not attend but would not block the documents",
                "Kremlin aide Yuri Ushakov says Yerevan will not attend but will not block the documents",
            ),
            (
                "Prime Minister Nikol Pashinyan tells parliament that his country would leave the bloc",
                "Prime Minister Nikol Pashinyan tells parliament that his country will leave the bloc",
            ),
        ] {
            assert_eq!(reported_future(title), headline);
        }
    }

    #[test]
    fn a_hypothetical_or_a_report_in_the_past_keeps_its_would() {
        for title in [
            "Mikhail Galuzin warns that leaving the bloc would hurt Armenia's ties with Moscow",
            "Pashinyan says Armenia would turn to its partners if the fighting spread",
            "Peskov says Armenia remained an ally and that Moscow would go on talking",
            "Mikhail Galuzin says Moscow hoped Armenia would return",
            "Pashinyan says the war would have been avoided",
            "Nikol Pashinyan would not travel to Minsk",
            "Lavrov told reporters Moscow would respond",
        ] {
            assert_eq!(reported_future(title), title);
        }
    }
}
