//! The Aho-Corasick automata built once from the gazetteer, and the helpers
//! that read names, demonym heads and titles with them.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};

use super::names::skip_ws;
use super::{GazetteerError, Rules};
use crate::extract::text::{at_word_end, at_word_start};
use crate::model::Actor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Via {
    Spelling,
    Capital,
    Demonym,
}

#[derive(Debug, Clone)]
pub(super) struct TitleHit {
    pub(super) range: Range<usize>,
    modifier: bool,
}

/// Nouns of those who govern from a capital: "the authorities in
/// Stepanakert" are the state whose capital it is.
const GOVERNING_NOUNS: &[&str] = &["authorities", "government", "officials", "leadership"];

/// Everything built once from the gazetteer, so that scanning a sentence
/// compiles nothing.
#[derive(Debug)]
pub(super) struct Matcher {
    /// Spellings, capitals and demonyms; case-sensitive, all overlapping matches.
    pub(super) names: AhoCorasick,
    pub(super) name_pats: Vec<(usize, Via)>,
    /// Demonym heads, searched anchored right after a demonym.
    heads: AhoCorasick,
    head_exact: Vec<Option<String>>,
    /// Titles and title modifiers.
    titles: AhoCorasick,
    title_pats: Vec<(bool, Option<String>)>,
    pub(super) particles: HashSet<String>,
    pub(super) not_name_words: HashSet<String>,
    place_markers: Vec<String>,
    place_skip: HashSet<String>,
    place_followers: HashSet<String>,
    descriptive_suffixes: HashSet<String>,
    /// The nouns of [`Rules::own_government`], as written inside a sentence
    /// and as one opens with them ("the government", "The government").
    pub(super) own_government: Vec<String>,
    /// The nouns of [`Rules::own_parliament`], lowercase and capitalised.
    pub(super) own_parliament: Vec<String>,
}

impl Matcher {
    pub(super) fn build(
        actors: &[Actor],
        demonyms: &[Vec<String>],
        capitals: &[Vec<String>],
        rules: &Rules,
    ) -> Result<Self, GazetteerError> {
        let mut owner: HashMap<String, (usize, Via)> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut name_pats = Vec::new();
        let lists = actors.iter().enumerate().flat_map(|(i, a)| {
            let spell = a.spellings.iter().map(move |s| (i, Via::Spelling, s));
            let caps = capitals[i].iter().map(move |s| (i, Via::Capital, s));
            let dems = demonyms[i].iter().map(move |s| (i, Via::Demonym, s));
            spell.chain(caps).chain(dems)
        });
        for (i, via, text) in lists {
            for variant in apostrophe_variants(text) {
                match owner.get(&variant) {
                    Some(&(j, _)) if j != i => {
                        return Err(GazetteerError(format!(
                            "{variant:?} is listed for both {:?} and {:?}: a spelling must name one actor",
                            actors[j].id, actors[i].id
                        )));
                    }
                    Some(_) => {} // the same actor lists it twice: keep the first role
                    None => {
                        owner.insert(variant.clone(), (i, via));
                        patterns.push(variant);
                        name_pats.push((i, via));
                    }
                }
            }
        }
        // Every automaton here is a DFA: built once per corpus, then run
        // over every sentence, where a DFA is several times faster than the
        // default NFA.
        let names = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|e| GazetteerError(format!("cannot build the name matcher: {e}")))?;

        let head_words = expand_words(&rules.demonym_heads);
        let head_exact = head_words.iter().map(|w| exact_form(w)).collect();
        let heads = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .start_kind(StartKind::Anchored)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&head_words)
            .map_err(|e| GazetteerError(format!("cannot build the demonym-head matcher: {e}")))?;

        let mut title_words = Vec::new();
        let mut title_pats = Vec::new();
        for (list, modifier) in [(&rules.titles, false), (&rules.title_modifiers, true)] {
            for w in expand_words(list) {
                if !title_words
                    .iter()
                    .any(|x: &String| x.eq_ignore_ascii_case(&w))
                {
                    title_pats.push((modifier, exact_form(&w)));
                    title_words.push(w);
                }
            }
        }
        let titles = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&title_words)
            .map_err(|e| GazetteerError(format!("cannot build the title matcher: {e}")))?;

        let lower_set = |list: &[String]| -> HashSet<String> {
            list.iter()
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .collect()
        };
        Ok(Matcher {
            names,
            name_pats,
            heads,
            head_exact,
            titles,
            title_pats,
            particles: lower_set(&rules.name_particles),
            not_name_words: lower_set(&rules.not_name_words),
            place_markers: lower_set(&rules.place_markers).into_iter().collect(),
            place_skip: lower_set(&rules.place_skip),
            place_followers: lower_set(&rules.place_followers),
            descriptive_suffixes: lower_set(&rules.descriptive_suffixes),
            own_government: as_written(&rules.own_government),
            own_parliament: as_written(&rules.own_parliament),
        })
    }

    /// The end of a demonym head that follows `end` after whitespace, if any.
    pub(super) fn head_after(&self, s: &str, end: usize) -> Option<usize> {
        let start = skip_ws(s, end);
        if start == end {
            return None;
        }
        let found = self
            .heads
            .find(Input::new(s).range(start..).anchored(Anchored::Yes))?;
        let exact_ok = self.head_exact[found.pattern().as_usize()]
            .as_ref()
            .is_none_or(|p| &s[found.range()] == p);
        (exact_ok && at_word_end(s, found.end())).then_some(found.end())
    }

    /// Whether a capital at `r` names its state acting, rather than a place.
    pub(super) fn capital_acts(&self, s: &str, r: Range<usize>) -> bool {
        let after = &s[r.end..];
        if ["'s", "’s"].iter().any(|p| after.starts_with(p)) {
            // "Yerevan’s requests": the possessor is the actor, whatever preposition governs the phrase.
            return true;
        }
        let next = after.trim_start();
        if next.len() < after.len() {
            let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
            if self.place_followers.contains(&word.to_lowercase()) {
                return false;
            }
        }
        let mut from = r.start.saturating_sub(80);
        while !s.is_char_boundary(from) {
            from += 1;
        }
        let lowered = s[from..r.start].to_lowercase();
        let mut before = lowered.trim_end();
        loop {
            let word_start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
            if word_start == before.len() || !self.place_skip.contains(&before[word_start..]) {
                break;
            }
            before = before[..word_start].trim_end();
        }
        // "The authorities in Stepanakert have declared martial law": those
        // who govern from a capital are its state, though "in" places it.
        let governed_from = before.strip_suffix(" in").is_some_and(|head| {
            GOVERNING_NOUNS
                .iter()
                .any(|noun| head.ends_with(noun) && at_word_start(head, head.len() - noun.len()))
        });
        governed_from
            || !self.place_markers.iter().any(|marker| {
                before.ends_with(marker.as_str())
                    && at_word_start(before, before.len() - marker.len())
            })
    }

    /// "Russia-led", "Moscow-based": the name is an adjective here.
    pub(super) fn descriptive_suffix_after(&self, s: &str, end: usize) -> bool {
        let Some(rest) = s[end..].strip_prefix('-') else {
            return false;
        };
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        self.descriptive_suffixes.contains(&word.to_lowercase())
    }

    pub(super) fn title_hits(&self, s: &str) -> Vec<TitleHit> {
        self.titles
            .find_iter(s)
            .filter(|t| at_word_start(s, t.start()) && at_word_end(s, t.end()))
            .filter_map(|t| {
                let (modifier, exact) = &self.title_pats[t.pattern().as_usize()];
                let ok = exact.as_ref().is_none_or(|p| &s[t.range()] == p);
                ok.then(|| TitleHit {
                    range: t.range(),
                    modifier: *modifier,
                })
            })
            .collect()
    }
}

/// Joins title hits separated only by a space or a hyphen into phrases
/// ("Deputy Foreign Minister", "then-President"); a phrase ends at its last
/// real title, and one made of modifiers alone is dropped.
pub(super) fn merge_title_phrases(s: &str, hits: &[&TitleHit]) -> Vec<Range<usize>> {
    let mut phrases = Vec::new();
    let mut current: Option<(usize, usize, Option<usize>)> = None; // start, end, end of last title
    for h in hits {
        let title_end = (!h.modifier).then_some(h.range.end);
        current = match current {
            Some((start, end, last)) if is_title_joint(&s[end..h.range.start]) => {
                Some((start, h.range.end, title_end.or(last)))
            }
            previous => {
                if let Some((start, _, Some(last))) = previous {
                    phrases.push(start..last);
                }
                Some((h.range.start, h.range.end, title_end))
            }
        };
    }
    if let Some((start, _, Some(last))) = current {
        phrases.push(start..last);
    }
    phrases
}

fn is_title_joint(gap: &str) -> bool {
    gap == "-" || (!gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}'))
}

/// A straight apostrophe in an entry also stands for a curly one, and back.
fn apostrophe_variants(text: &str) -> Vec<String> {
    let mut out = vec![text.to_string()];
    for (from, to) in [('\'', '’'), ('’', '\'')] {
        if text.contains(from) {
            out.push(text.replace(from, &to.to_string()));
        }
    }
    out
}

fn expand_words(list: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in list {
        let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
        if w.is_empty() {
            continue;
        }
        for v in apostrophe_variants(&w) {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// Entries written in capitals only ("PM", "MP") match exactly, not in any case.
fn exact_form(w: &str) -> Option<String> {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 2 && !w.chars().any(char::is_lowercase)).then(|| w.to_string())
}

/// `noun` with its first letter in capitals, as a sentence opens with it.
fn capitalised(noun: &str) -> String {
    let mut chars = noun.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Nouns as a sentence writes them: lowercase inside it, capitalised at its
/// opening ("the government", "The government").
fn as_written(nouns: &[String]) -> Vec<String> {
    nouns
        .iter()
        .map(|noun| noun.to_lowercase())
        .flat_map(|noun| [capitalised(&noun), noun])
        .collect()
}
