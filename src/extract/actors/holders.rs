//! Who held an office in a given year, read from the gazetteer's one-line
//! descriptions ("Foreign Minister of Armenia since 2021", "Foreign Minister
//! of Belarus 2012–2022"): a text that names an office by its holder's
//! country ("Armenia's foreign minister", "Pashinyan's foreign minister")
//! means the person who held it then, if the gazetteer knows exactly one.

use super::Gazetteer;
use crate::model::{Actor, ActorKind};

impl Gazetteer {
    /// The one person the gazetteer describes as holding `office` for the
    /// state `country` in `year`: their description names the office (not
    /// as a deputy's) and a term that holds the year, or no term at all.
    /// `None` when no one or more than one fits.
    pub fn holder_of(&self, office: &str, country: &str, year: i32) -> Option<&Actor> {
        let mut holders = self.actors().iter().filter(|a| {
            a.kind == ActorKind::Person
                && a.country.as_deref() == Some(country)
                && holds_in(&a.description, office, year)
        });
        let holder = holders.next()?;
        holders.next().is_none().then_some(holder)
    }
}

/// Whether `description` names `office` (case-insensitively, not after
/// "Deputy") with a term that holds `year`, or with no term.
fn holds_in(description: &str, office: &str, year: i32) -> bool {
    let lower = description.to_lowercase();
    let office = office.to_lowercase();
    lower.match_indices(&office).any(|(at, _)| {
        // The office heads its clause: "Kremlin press secretary (spokesman
        // of the Russian president)" serves the president, and is none.
        let before = lower[..at].trim_end();
        let heads =
            before.is_empty() || before.ends_with([';', ',', '(']) || before.ends_with(" and");
        if !heads {
            return false;
        }
        // The term is told in the office's own clause, which ends at a comma
        // ("President of Russia 2008–2012, Prime Minister 2012–2020").
        let clause = lower[at + office.len()..]
            .split([';', '(', ','])
            .next()
            .unwrap_or_default();
        // "2000–2008 and since 2012": any of its terms.
        let terms = terms_of(clause);
        terms.is_empty()
            || terms
                .iter()
                .any(|&(from, to)| from <= year && to.is_none_or(|to| year <= to))
    })
}

/// The terms a clause tells: "since 2021", "from 2023" (open), or
/// "2012–2022" (closed).
fn terms_of(clause: &str) -> Vec<(i32, Option<i32>)> {
    let words: Vec<&str> = clause
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .iter()
        .enumerate()
        .filter_map(|(i, word)| {
            let year = |w: &str| w.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y));
            if matches!(*word, "since" | "from") {
                return words
                    .get(i + 1)
                    .and_then(|w| year(w))
                    .map(|from| (from, None));
            }
            let (from, to) = word.split_once(['–', '-'])?;
            Some((year(from)?, Some(year(to)?)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_of_several_terms_holds() {
        let putin = "President of Russia 2000–2008 and since 2012";
        assert!(holds_in(putin, "President", 2024));
        assert!(holds_in(putin, "President", 2005));
        assert!(!holds_in(putin, "President", 2010));
    }

    #[test]
    fn an_office_named_inside_another_is_not_held() {
        assert!(!holds_in(
            "Kremlin press secretary (spokesman of the Russian president) since 2012",
            "President",
            2024
        ));
        assert!(!holds_in(
            "Deputy Foreign Minister of Armenia since 2020",
            "Foreign Minister",
            2023
        ));
        assert!(holds_in(
            "President of Russia since 2012",
            "President",
            2024
        ));
    }

    #[test]
    fn a_term_holds_the_years_it_names() {
        assert!(holds_in(
            "Foreign Minister of Armenia since 2021; Speaker 2019–2021",
            "Foreign Minister",
            2023
        ));
        assert!(!holds_in(
            "Foreign Minister of Armenia since 2021",
            "Foreign Minister",
            2020
        ));
        assert!(holds_in(
            "Foreign Minister of Belarus 2012–2022",
            "Foreign Minister",
            2015
        ));
        assert!(!holds_in(
            "Foreign Minister of Belarus 2012–2022",
            "Foreign Minister",
            2023
        ));
        assert!(!holds_in(
            "Deputy Foreign Minister of Russia",
            "Foreign Minister",
            2023
        ));
        // The term of another office in the description is not this one's.
        assert!(!holds_in(
            "Foreign Minister of Armenia 2018–2020; ambassador since 2022",
            "Foreign Minister",
            2023
        ));
    }
}
