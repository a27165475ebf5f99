//! The topic taxonomy and the cue-word matcher.
//!
//! What the news is about is data: the topics and the cue words that signal
//! them are read from a TOML file (`seeds/topics.toml`) that a self-hoster
//! edits, and that file documents its own format. [`Taxonomy::from_toml`]
//! validates it and builds one Aho-Corasick automaton over every cue and its
//! inflected stems; [`Taxonomy::find`] then tells which topics a sentence or
//! event touches. Cues match case-insensitively on whole words, with the
//! regular inflections of their last word (-s, -es, -d, -ed, -ing, e-drop
//! before -ing, consonant + y → -ies/-ied), or as a prefix when they end in
//! `*`. A cue with `...` between its words ("asked ... for help") matches
//! its parts in order with up to [`GAP_WORDS`] words between them ("asked
//! the Russian-led alliance for help").
//!
//! The same file lists kinds of happening (`[[kind]]`: a request, a recall,
//! an incursion, a summit) with cue words of their own, matched the same way.
//! Kinds are not shown to readers: they let two reports of one happening,
//! told in different words ("crossed the border", "the incursion"), be
//! recognised as one when merging.

use std::borrow::Cow;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use serde::Deserialize;

use super::memo;
use super::text::{at_word_start, is_url_safe_id};
use crate::model::Topic;

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TopicsError(pub String);

/// All topics, loaded from a TOML data file.
#[derive(Debug, Clone, Default)]
pub struct Taxonomy {
    topics: Vec<Topic>,
    matcher: Option<Arc<CueMatcher>>,
    /// Cues with a gap, as their lowercase parts, by topic index.
    gapped: Vec<(usize, Vec<String>)>,
    /// The ids of the entries marked `announced_ahead` (kinds only).
    announced_ahead: Vec<String>,
    /// The ids of the entries marked `broad` (kinds only).
    broad: Vec<String>,
    /// Nouns that name a happening of a kind, with the kind's id: "the
    /// attack" names what "Azerbaijan attacked" told (kinds only).
    named_as: Vec<(String, String)>,
    /// Kinds of happening that are a part of another kind's happening,
    /// with that kind's id: staying away from a summit is part of the
    /// summit (kinds only).
    part_of: Vec<(String, String)>,
    /// The ids of the entries marked `occasion` (kinds only).
    occasions: Vec<String>,
    /// Kinds of happening one body holds when the text gives them to no
    /// other, with that body's actor id (kinds only).
    held_by: Vec<(String, String)>,
    /// Kinds of happening, as a taxonomy of their own (with no kinds).
    kinds: Option<Box<Taxonomy>>,
    /// Whether a cue written as a title before a name is passed over (kinds
    /// only): "Secretary General Stanislav Zas arrived" tells an arrival,
    /// not a secretary-general chosen.
    titles_passed_over: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default, rename = "topic")]
    topics: Vec<RawTopic>,
    #[serde(default, rename = "kind")]
    kinds: Vec<RawTopic>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: String,
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    cues: Vec<String>,
    /// For a kind: a report that it will happen comes days before it does.
    #[serde(default)]
    announced_ahead: bool,
    /// For a kind: it says what sort of act was done (a refusal), not
    /// which happening, so one actor does many of it.
    #[serde(default)]
    broad: bool,
    /// For a kind: nouns a later sentence names its happening by ("during
    /// the meeting", "two days after the attack").
    #[serde(default)]
    named_as: Vec<String>,
    /// For a kind: the kind of happening it is a part of, whoever acts in
    /// each ("stayed away" from "the summit").
    #[serde(default)]
    part_of: Option<String>,
    /// For a kind: an occasion that what is told after it belongs to ("The
    /// interlocutors discussed ..." after "Pashinyan received ...").
    #[serde(default)]
    occasion: bool,
    /// For a kind: the actor id of the body that holds its happenings when
    /// the sentence names no other body ("the Astana summit" is the
    /// bloc's, "the CIS summit" the CIS's).
    #[serde(default)]
    held_by: Option<String>,
}

/// What may follow a matched pattern within the same word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// The cue itself or a regular inflection of it.
    Inflected,
    /// One of these endings only (for stems such as "exercis" + "ing").
    Only(&'static [&'static str]),
    /// Anything: the cue ended in `*`.
    Any,
}

const INFLECTIONS: &[&str] = &["", "s", "es", "d", "ed", "ing"];

/// One automaton over all cue patterns, built once.
#[derive(Debug)]
struct CueMatcher {
    automaton: AhoCorasick,
    /// For each pattern: the topics it signals and how its word may end.
    pattern_topics: Vec<Vec<(usize, Ending)>>,
}

impl Taxonomy {
    /// Parses and validates a taxonomy file, and builds its matchers.
    pub fn from_toml(text: &str) -> Result<Self, TopicsError> {
        let raw: RawFile = toml::from_str(text)
            .map_err(|e| TopicsError(format!("the topics file is not valid: {e}")))?;
        let mut taxonomy = Self::from_entries(raw.topics, "topic")?;
        if !raw.kinds.is_empty() {
            let kinds = Self::from_entries(raw.kinds, "kind")?;
            taxonomy.kinds = Some(Box::new(Taxonomy {
                titles_passed_over: true,
                ..kinds
            }));
        }
        Ok(taxonomy)
    }

    /// Validates the entries of one list (`what` is "topic" or "kind", for
    /// messages) and builds their matcher.
    fn from_entries(entries: Vec<RawTopic>, what: &str) -> Result<Self, TopicsError> {
        let mut topics: Vec<Topic> = Vec::with_capacity(entries.len());
        let mut gapped = Vec::new();
        let mut announced_ahead = Vec::new();
        let mut broad = Vec::new();
        let mut named_as = Vec::new();
        let mut part_of = Vec::new();
        let mut occasions = Vec::new();
        let mut held_by = Vec::new();
        let ids: Vec<String> = entries.iter().map(|t| t.id.clone()).collect();
        for (n, t) in entries.into_iter().enumerate() {
            let id = t.id;
            if !is_url_safe_id(&id) {
                return Err(TopicsError(format!(
                    "{what} #{} has id {id:?}, which is not URL-safe: use lowercase letters, digits and single hyphens",
                    n + 1
                )));
            }
            if topics.iter().any(|x| x.id == id) {
                return Err(TopicsError(format!("{what} id {id:?} is used twice")));
            }
            if t.announced_ahead {
                if what != "kind" {
                    return Err(TopicsError(format!(
                        "{what} {id:?}: announced_ahead is for kinds of happening only"
                    )));
                }
                announced_ahead.push(id.clone());
            }
            if t.occasion {
                if what != "kind" {
                    return Err(TopicsError(format!(
                        "{what} {id:?}: occasion is for kinds of happening only"
                    )));
                }
                occasions.push(id.clone());
            }
            if let Some(body) = &t.held_by {
                if what != "kind" {
                    return Err(TopicsError(format!(
                        "{what} {id:?}: held_by is for kinds of happening only"
                    )));
                }
                held_by.push((id.clone(), body.clone()));
            }
            if t.broad {
                if what != "kind" {
                    return Err(TopicsError(format!(
                        "{what} {id:?}: broad is for kinds of happening only"
                    )));
                }
                broad.push(id.clone());
            }
            if let Some(whole) = &t.part_of {
                if what != "kind" {
                    return Err(TopicsError(format!(
                        "{what} {id:?}: part_of is for kinds of happening only"
                    )));
                }
                if whole == &id || !ids.contains(whole) {
                    return Err(TopicsError(format!(
                        "{what} {id:?}: part_of {whole:?} must be the id of another kind"
                    )));
                }
                part_of.push((id.clone(), whole.clone()));
            }
            if !t.named_as.is_empty() && what != "kind" {
                return Err(TopicsError(format!(
                    "{what} {id:?}: named_as is for kinds of happening only"
                )));
            }
            for noun in &t.named_as {
                let noun = noun.trim().to_lowercase();
                if noun.is_empty() || !noun.chars().all(|c| c.is_alphabetic() || c == ' ') {
                    return Err(TopicsError(format!(
                        "{what} {id:?}: named_as {noun:?} must be a noun of letters, such as \"attack\""
                    )));
                }
                named_as.push((noun, id.clone()));
            }
            let name = t.name.trim().to_string();
            if name.is_empty() {
                return Err(TopicsError(format!("{what} {id:?}: name is empty")));
            }
            if t.cues.is_empty() {
                return Err(TopicsError(format!("{what} {id:?} has no cues")));
            }
            let mut cues = Vec::with_capacity(t.cues.len());
            for cue in &t.cues {
                let cue = cue.trim();
                let body = cue.strip_suffix('*').unwrap_or(cue);
                if body.trim().is_empty() {
                    return Err(TopicsError(format!("{what} {id:?}: a cue is empty")));
                }
                if body.contains('*') {
                    return Err(TopicsError(format!(
                        "{what} {id:?}: cue {cue:?} may have * only at its end"
                    )));
                }
                if cue.contains(GAP) {
                    let parts: Vec<String> = cue
                        .split(GAP)
                        .map(|p| normalise(p.trim()).to_lowercase())
                        .collect();
                    if parts.iter().any(String::is_empty) || cue.ends_with('*') {
                        return Err(TopicsError(format!(
                            "{what} {id:?}: cue {cue:?} needs words on both sides of each {GAP:?}, and no *"
                        )));
                    }
                    gapped.push((topics.len(), parts));
                    continue;
                }
                cues.push(cue.to_string());
            }
            topics.push(Topic {
                id,
                name,
                description: t.description.trim().to_string(),
                cues,
            });
        }
        let matcher = CueMatcher::build(&topics)?;
        Ok(Taxonomy {
            topics,
            matcher: Some(Arc::new(matcher)),
            gapped,
            announced_ahead,
            broad,
            named_as,
            part_of,
            occasions,
            held_by,
            kinds: None,
            titles_passed_over: false,
        })
    }

    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    /// Drops the automata that find cues in text, keeping the topics: once
    /// the articles are read, only the topics are asked for.
    pub fn drop_finders(&mut self) {
        self.matcher = None;
        if let Some(kinds) = &mut self.kinds {
            kinds.drop_finders();
        }
    }

    pub fn get(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The ids of the kinds of happening whose cues appear in `text`, in
    /// the file's order. A repeated text's are remembered (see
    /// [`memo::kinds`]): a report's kind is read from its head words, which
    /// an archive's repeated sentences repeat.
    pub fn find_kinds(&self, text: &str) -> Vec<String> {
        self.kinds
            .as_deref()
            .map_or_else(Vec::new, |k| memo::kinds(k, text, || k.find(text)))
    }

    /// Whether reports of kind `id` that it will happen come before it
    /// does ("will not attend" days before the summit skipped), so that the
    /// announcement and the happening are two events.
    pub fn announced_ahead(&self, id: &str) -> bool {
        self.kinds
            .as_ref()
            .is_some_and(|k| k.announced_ahead.iter().any(|a| a == id))
    }

    /// Whether kind `id` only says what sort of act was done ("declined",
    /// "informed"), which one actor does many times: alone it does not
    /// make two reports one happening.
    pub fn broad(&self, id: &str) -> bool {
        self.kinds
            .as_ref()
            .is_some_and(|k| k.broad.iter().any(|a| a == id))
    }

    /// The term a kind of happening adds to a report's words: "!" and its
    /// id, "!~" for a broad kind.
    pub fn kind_term(&self, id: &str) -> String {
        if self.broad(id) {
            format!("!~{id}")
        } else {
            format!("!{id}")
        }
    }

    /// The terms of the kinds of happening that are a part of another
    /// kind's, each with the term of the whole: reports of the two tell of
    /// one happening whoever acts in each.
    pub fn parts_of_kinds(&self) -> Vec<(String, String)> {
        self.kinds.as_ref().map_or_else(Vec::new, |k| {
            k.part_of
                .iter()
                .map(|(part, whole)| (self.kind_term(part), self.kind_term(whole)))
                .collect()
        })
    }

    /// The terms of the kinds of happening that are occasions: a meeting,
    /// whose talk is told after it by the two who met.
    pub fn occasion_kinds(&self) -> Vec<String> {
        self.kinds.as_ref().map_or_else(Vec::new, |k| {
            k.occasions.iter().map(|id| self.kind_term(id)).collect()
        })
    }

    /// The terms of the kinds of happening a body holds when the text gives
    /// them to no other, each with that body's actor id.
    pub fn held_by_kinds(&self) -> Vec<(String, String)> {
        self.kinds.as_ref().map_or_else(Vec::new, |k| {
            k.held_by
                .iter()
                .map(|(id, body)| (self.kind_term(id), body.clone()))
                .collect()
        })
    }

    /// The actor ids the kinds of happening are held by, for the gazetteer
    /// to check.
    pub fn holders(&self) -> impl Iterator<Item = &str> {
        self.kinds
            .iter()
            .flat_map(|k| k.held_by.iter().map(|(_, body)| body.as_str()))
    }

    /// The nouns that name a happening of any of `kinds` (their ids), for a
    /// report that tells one by its verb to be found by a later sentence
    /// that names it: "Azerbaijan attacked Armenia" is "the attack".
    pub fn nouns_naming<'k>(&self, kinds: impl Iterator<Item = &'k str>) -> Vec<&str> {
        let Some(k) = self.kinds.as_deref() else {
            return Vec::new();
        };
        let kinds: Vec<&str> = kinds.collect();
        k.named_as
            .iter()
            .filter(|(_, kind)| kinds.contains(&kind.as_str()))
            .map(|(noun, _)| noun.as_str())
            .collect()
    }

    /// The ids of the topics whose cues appear in `text`, in taxonomy order.
    pub fn find(&self, text: &str) -> Vec<String> {
        let Some(m) = self.matcher.as_deref() else {
            return Vec::new();
        };
        let mut hit = vec![false; self.topics.len()];
        let text = normalise(text);
        for found in m.automaton.find_overlapping_iter(&*text) {
            let topics = &m.pattern_topics[found.pattern().as_usize()];
            if topics.iter().all(|(t, _)| hit[*t])
                || !at_word_start(&text, found.start())
                || (self.titles_passed_over && title_before_name(&text, found.range()))
            {
                continue;
            }
            let end = found.end();
            let ends_in_word = text[..end]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            // The rest of the word, lowered, read only if an ending is asked.
            let rest = || -> String {
                text[end..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect()
            };
            let mut suffix: Option<String> = None;
            for &(topic, ending) in topics {
                let ok = match ending {
                    Ending::Any => true,
                    // "U.S." ends on punctuation: what follows is another word.
                    _ if !ends_in_word => true,
                    Ending::Inflected => {
                        INFLECTIONS.contains(&suffix.get_or_insert_with(rest).as_str())
                    }
                    Ending::Only(endings) => {
                        endings.contains(&suffix.get_or_insert_with(rest).as_str())
                    }
                };
                if ok {
                    hit[topic] = true;
                }
            }
        }
        if self.gapped.iter().any(|(topic, _)| !hit[*topic]) {
            let lower = text.to_lowercase();
            for (topic, parts) in &self.gapped {
                if !hit[*topic] && gapped_match(&lower, parts) {
                    hit[*topic] = true;
                }
            }
        }
        self.topics
            .iter()
            .zip(hit)
            .filter(|(_, h)| *h)
            .map(|(t, _)| t.id.clone())
            .collect()
    }
}

impl CueMatcher {
    fn build(topics: &[Topic]) -> Result<Self, TopicsError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_topics: Vec<Vec<(usize, Ending)>> = Vec::new();
        let mut add = |pattern: String, topic: usize, ending: Ending| {
            let at = match patterns.iter().position(|p| *p == pattern) {
                Some(i) => i,
                None => {
                    patterns.push(pattern);
                    pattern_topics.push(Vec::new());
                    patterns.len() - 1
                }
            };
            if !pattern_topics[at].contains(&(topic, ending)) {
                pattern_topics[at].push((topic, ending));
            }
        };
        for (t, topic) in topics.iter().enumerate() {
            for cue in &topic.cues {
                let (body, prefix) = match cue.strip_suffix('*') {
                    Some(body) => (body, true),
                    None => (cue.as_str(), false),
                };
                let base = normalise(body.trim()).to_ascii_lowercase();
                if prefix {
                    add(base, t, Ending::Any);
                    continue;
                }
                for (stem, ending) in inflection_stems(&base) {
                    add(stem, t, ending);
                }
            }
        }
        // A DFA: built once per corpus, run over every sentence.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|e| TopicsError(format!("cannot build the cue matcher: {e}")))?;
        Ok(CueMatcher {
            automaton,
            pattern_topics,
        })
    }
}

fn last_char_len(text: &str) -> usize {
    text.chars().next_back().map_or(0, char::len_utf8)
}

/// The patterns that together match a cue and its regular inflections.
fn inflection_stems(cue: &str) -> Vec<(String, Ending)> {
    let mut out = vec![(cue.to_string(), Ending::Inflected)];
    let last_word = cue.rsplit(' ').next().unwrap_or(cue);
    let chars: Vec<char> = last_word.chars().collect();
    if chars.len() < 3 {
        return out;
    }
    let stem = &cue[..cue.len() - last_char_len(cue)];
    let last = chars[chars.len() - 1];
    let before = chars[chars.len() - 2];
    if last == 'e' {
        // exercise → exercising
        out.push((stem.to_string(), Ending::Only(&["ing"])));
    } else if last == 'y' && before.is_alphabetic() && !"aeiou".contains(before) {
        // rally → rallies, rallied
        out.push((stem.to_string(), Ending::Only(&["ies", "ied"])));
    }
    out
}

/// What stands for the words a cue leaves open ("asked ... for help").
const GAP: &str = "...";

/// How many words a cue's gap may hold.
pub const GAP_WORDS: usize = 5;

/// Whether `parts` appear in `text` (lowercase, normalised) in order, each
/// as whole words, with at most [`GAP_WORDS`] words between one and the next.
fn gapped_match(text: &str, parts: &[String]) -> bool {
    let Some((first, rest)) = parts.split_first() else {
        return false;
    };
    whole_word_matches(text, first).any(|end| rest_follows(text, end, rest))
}

/// Whether `rest` follows from `from` on, each part within the gap of the one before.
fn rest_follows(text: &str, from: usize, rest: &[String]) -> bool {
    let Some((next, further)) = rest.split_first() else {
        return true;
    };
    // The gap: up to GAP_WORDS words and the spaces around them.
    let window_end = text[from..]
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .nth(GAP_WORDS + 1)
        .map_or(text.len(), |(i, _)| from + i);
    let window = &text[from..window_end];
    whole_word_matches(window, next)
        .map(|end| from + end)
        .any(|end| rest_follows(text, end, further))
}

/// The ends of the occurrences of `part` in `text` that stand as whole words.
fn whole_word_matches<'a>(text: &'a str, part: &'a str) -> impl Iterator<Item = usize> + 'a {
    // Found by a scan for the part's first byte, as `match_indices` finds
    // them: a searcher set up for every part of every sentence cost more
    // than the search.
    crate::extract::text::occurrences(text, part).filter_map(move |at| {
        let end = at + part.len();
        let open_before = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let closed_after = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        (open_before && closed_after).then_some(end)
    })
}

/// Whether the cue at `range` of `text` is written as a title before a
/// name: each of its words capitalised, and a capitalised word after it
/// ("Secretary General Stanislav Zas", "Secretary-General Tasmagambetov").
fn title_before_name(text: &str, range: std::ops::Range<usize>) -> bool {
    let capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    let cue = &text[range.clone()];
    cue.split([' ', '-']).all(capitalised)
        && text[range.end..].strip_prefix(' ').is_some_and(capitalised)
}

/// One space for any run of whitespace, and a straight apostrophe for a curly
/// one, so that cues need not spell out either.
fn normalise(text: &str) -> Cow<'_, str> {
    // Most sentences have single spaces and no ’: they are lent as they are.
    let mut spaced = false;
    let plain = if text.is_ascii() {
        // Every sentence is asked: ASCII is read byte by byte, its white
        // space being what `char::is_whitespace` says it is there.
        text.bytes().all(|b| {
            let space = matches!(b, b' ' | b'\t'..=b'\r');
            let ok = !(space && (b != b' ' || spaced));
            spaced = space;
            ok
        })
    } else {
        text.chars().all(|c| {
            let ok = c != '’' && !(c.is_whitespace() && (c != ' ' || spaced));
            spaced = c.is_whitespace();
            ok
        })
    };
    if plain {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
            continue;
        }
        in_space = false;
        out.push(if c == '’' { '\'' } else { c });
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../../seeds/topics.toml");

    fn taxonomy() -> Taxonomy {
        Taxonomy::from_toml(BUNDLED).expect("bundled taxonomy parses")
    }

    fn small(cues: &[(&str, &[&str])]) -> Taxonomy {
        let mut text = String::new();
        for (id, list) in cues {
            let list: Vec<String> = list.iter().map(|c| format!("{c:?}")).collect();
            text += &format!(
                "[[topic]]\nid = \"{id}\"\nname = \"{id}\"\ncues = [{}]\n",
                list.join(", ")
            );
        }
        Taxonomy::from_toml(&text).unwrap()
    }

    #[test]
    fn a_kind_written_as_a_title_before_a_name_is_no_cue() {
        let file = "[[kind]]\nid = \"secretary-general\"\nname = \"Secretary-general\"\n\
                    cues = [\"secretary general\", \"secretary-general\", \"took office\"]\n\
                    [[topic]]\nid = \"bloc\"\nname = \"Bloc\"\ncues = [\"secretary general\"]\n";
        let t = Taxonomy::from_toml(file).unwrap();
        let kinds = |text: &str| t.find_kinds(text);
        // A title before a name names the person, not the kind.
        assert!(kinds("A delegation led by Secretary General Stanislav Zas arrived").is_empty());
        assert!(kinds("CSTO Secretary-General Imangali Tasmagambetov said").is_empty());
        // The office itself, or a title that is followed by no name, is.
        assert_eq!(
            kinds("Zas was appointed secretary general"),
            ["secretary-general"]
        );
        assert_eq!(
            kinds("He became Secretary General in 2020"),
            ["secretary-general"]
        );
        assert_eq!(
            kinds("Secretary-General Imangali Tasmagambetov took office"),
            ["secretary-general"]
        );
        // Topics are not kinds: a title still names the topic.
        assert_eq!(t.find("Secretary General Stanislav Zas arrived"), ["bloc"]);
    }

    #[test]
    fn only_a_kind_may_be_announced_ahead() {
        let file = "[[kind]]\nid = \"absence\"\nname = \"Absence\"\ncues = [\"skip\"]\nannounced_ahead = true\n\
                    [[kind]]\nid = \"visit\"\nname = \"Visit\"\ncues = [\"visit\"]\n";
        let t = Taxonomy::from_toml(file).unwrap();
        assert!(t.announced_ahead("absence"));
        assert!(!t.announced_ahead("visit"));
        let topic = "[[topic]]\nid = \"a\"\nname = \"A\"\ncues = [\"a\"]\nannounced_ahead = true\n";
        let err = Taxonomy::from_toml(topic).unwrap_err();
        assert!(err.to_string().contains("kinds of happening only"), "{err}");
    }

    #[test]
    fn a_kind_names_the_nouns_its_happening_is_named_by() {
        let file = "[[kind]]\nid = \"incursion\"\nname = \"Incursion\"\ncues = [\"attacked\"]\nnamed_as = [\"attack\", \"Offensive\"]\n\
                    [[kind]]\nid = \"meeting\"\nname = \"Meeting\"\nbroad = true\ncues = [\"met with\"]\nnamed_as = [\"meeting\"]\n";
        let t = Taxonomy::from_toml(file).unwrap();
        assert_eq!(
            t.nouns_naming(["incursion"].into_iter()),
            ["attack", "offensive"]
        );
        assert_eq!(
            t.nouns_naming(["meeting", "other"].into_iter()),
            ["meeting"]
        );
        assert!(t.nouns_naming(["other"].into_iter()).is_empty());
        let topic = "[[topic]]\nid = \"a\"\nname = \"A\"\ncues = [\"a\"]\nnamed_as = [\"a\"]\n";
        let err = Taxonomy::from_toml(topic).unwrap_err();
        assert!(err.to_string().contains("kinds of happening only"), "{err}");
        let odd = "[[kind]]\nid = \"a\"\nname = \"A\"\ncues = [\"a\"]\nnamed_as = [\"the 13th\"]\n";
        let err = Taxonomy::from_toml(odd).unwrap_err();
        assert!(err.to_string().contains("\"the 13th\""), "{err}");
    }

    #[test]
    fn a_kind_held_by_a_body_gives_its_term_and_the_body() {
        let file = "[[kind]]\nid = \"summit\"\nname = \"Summit\"\nheld_by = \"csto\"\ncues = [\"summit\"]\n\
                    [[kind]]\nid = \"recall\"\nname = \"Recall\"\ncues = [\"recalled\"]\n";
        let t = Taxonomy::from_toml(file).unwrap();
        assert_eq!(
            t.held_by_kinds(),
            [("!summit".to_string(), "csto".to_string())]
        );
        assert_eq!(t.holders().collect::<Vec<_>>(), ["csto"]);
        let topic = "[[topic]]\nid = \"a\"\nname = \"A\"\ncues = [\"a\"]\nheld_by = \"csto\"\n";
        let err = Taxonomy::from_toml(topic).unwrap_err();
        assert!(err.to_string().contains("kinds of happening only"), "{err}");
    }

    #[test]
    fn a_kind_marked_as_an_occasion_gives_its_term() {
        let file = "[[kind]]\nid = \"meeting\"\nname = \"Meeting\"\nbroad = true\noccasion = true\ncues = [\"met with\"]\n\
                    [[kind]]\nid = \"recall\"\nname = \"Recall\"\ncues = [\"recalled\"]\n";
        let t = Taxonomy::from_toml(file).unwrap();
        assert_eq!(t.occasion_kinds(), ["!~meeting"]);
        let topic = "[[topic]]\nid = \"a\"\nname = \"A\"\ncues = [\"a\"]\noccasion = true\n";
        let err = Taxonomy::from_toml(topic).unwrap_err();
        assert!(err.to_string().contains("kinds of happening only"), "{err}");
    }

    #[test]
    fn a_kind_that_is_part_of_another_gives_the_terms_of_both() {
        let file = "[[kind]]\nid = \"absence\"\nname = \"Absence\"\ncues = [\"skipped\"]\npart_of = \"summit\"\n\
                    [[kind]]\nid = \"summit\"\nname = \"Summit\"\ncues = [\"summit\"]\n";
        let t = Taxonomy::from_toml(file).unwrap();
        assert_eq!(
            t.parts_of_kinds(),
            [("!absence".to_string(), "!summit".to_string())]
        );
        let unknown = file.replace("part_of = \"summit\"", "part_of = \"gathering\"");
        let err = Taxonomy::from_toml(&unknown).unwrap_err();
        assert!(err.to_string().contains("\"gathering\""), "{err}");
        let itself = file.replace("part_of = \"summit\"", "part_of = \"absence\"");
        assert!(Taxonomy::from_toml(&itself).is_err());
        let topic = "[[topic]]\nid = \"a\"\nname = \"A\"\ncues = [\"a\"]\npart_of = \"b\"\n";
        let err = Taxonomy::from_toml(topic).unwrap_err();
        assert!(err.to_string().contains("kinds of happening only"), "{err}");
    }

    #[test]
    fn a_cue_with_a_gap_matches_its_words_apart() {
        let t = small(&[("request", &["asked ... for help"]), ("other", &["x"])]);
        assert_eq!(
            t.find("He asked the Russian-led alliance for help."),
            ["request"]
        );
        assert_eq!(t.find("He asked for help."), ["request"]);
        // Too far apart, out of order, or inside other words: no match.
        assert!(
            t.find("He asked one two three four five six for help.")
                .is_empty()
        );
        assert!(t.find("For help, he asked.").is_empty());
        assert!(t.find("He unasked the alliance for helpers.").is_empty());
        let err =
            Taxonomy::from_toml("[[topic]]\nid = \"a\"\nname = \"A\"\ncues = [\"asked ...\"]\n")
                .unwrap_err();
        assert!(err.to_string().contains("both sides"), "{err}");
    }

    #[test]
    fn bundled_taxonomy_parses_with_the_required_topics() {
        let t = taxonomy();
        let required = [
            "csto-membership",
            "summits",
            "military-exercises",
            "military-aid",
            "lachin-corridor",
            "peacekeepers",
            "border-clashes",
            "nagorno-karabakh",
            "diplomatic-posts",
            "peace-process",
            "icc",
            "ukraine-war",
            "protests",
        ];
        for id in required {
            let topic = t.get(id).unwrap_or_else(|| panic!("missing topic {id}"));
            assert!(
                !topic.name.is_empty() && !topic.description.is_empty() && !topic.cues.is_empty()
            );
        }
        assert_eq!(t.topics()[0].id, "csto-membership", "file order is kept");
    }

    #[test]
    fn cues_match_case_insensitively() {
        let t = taxonomy();
        assert_eq!(t.find("the LACHIN CORRIDOR"), ["lachin-corridor"]);
        assert_eq!(t.find("ratified the rome statute"), ["icc"]);
    }

    #[test]
    fn plural_and_verb_inflections_match() {
        let t = small(&[("x", &["exercise", "suspend", "clash", "peacekeeper"])]);
        for text in [
            "joint exercises",
            "it exercised",
            "was suspended",
            "suspends",
            "deadly clashes",
            "they clashed",
            "peacekeepers",
        ] {
            assert_eq!(t.find(text), ["x"], "{text}");
        }
    }

    #[test]
    fn final_e_is_dropped_before_ing() {
        let t = small(&[("x", &["exercise", "freeze"])]);
        assert_eq!(t.find("while exercising"), ["x"]);
        assert_eq!(t.find("freezing its membership"), ["x"]);
        assert!(t.find("exercis").is_empty());
    }

    #[test]
    fn consonant_y_becomes_ies_and_ied() {
        let t = small(&[("rally", &["rally"]), ("treaty", &["peace treaty"])]);
        assert_eq!(t.find("activists rallied"), ["rally"]);
        assert_eq!(t.find("several rallies"), ["rally"]);
        assert_eq!(t.find("the rallying cry"), ["rally"]);
        assert_eq!(t.find("two peace treaties"), ["treaty"]);
    }

    #[test]
    fn trailing_star_matches_any_continuation() {
        let t = small(&[("x", &["negotiat*"])]);
        for text in [
            "negotiations",
            "they negotiated",
            "a negotiator",
            "negotiate",
        ] {
            assert_eq!(t.find(text), ["x"], "{text}");
        }
        assert!(
            t.find("renegotiate").is_empty(),
            "the start is still a word boundary"
        );
    }

    #[test]
    fn cues_match_whole_words_only() {
        let t = taxonomy();
        assert!(
            t.find("Ukrainian citizens").is_empty(),
            "Ukraine + ian is not an inflection"
        );
        assert!(t.find("a Protestant church").is_empty());
        assert!(t.find("the summitry of it").is_empty());
        assert!(t.find("a counterattack").is_empty());
        assert!(t.find("served as the CSTO post-president").is_empty());
    }

    #[test]
    fn hyphen_and_apostrophe_are_word_boundaries() {
        let t = taxonomy();
        assert_eq!(
            t.find("the 2020 Nagorno-Karabakh conflict"),
            ["nagorno-karabakh"]
        );
        assert_eq!(t.find("the ICC's ruling"), ["icc"]);
        assert_eq!(t.find("the ICC’s ruling"), ["icc"]);
    }

    #[test]
    fn multi_word_cue_spans_any_whitespace_and_apostrophes() {
        let t = small(&[("x", &["peace treaty"]), ("y", &["leaders' meeting"])]);
        assert_eq!(t.find("a peace\n   treaty"), ["x"]);
        assert_eq!(t.find("the leaders’ meeting"), ["y"]);
    }

    #[test]
    fn several_topics_come_in_taxonomy_order() {
        let t = taxonomy();
        let text = "Pashinyan said Armenia may decide to suspend its CSTO membership after Russian peacekeepers failed to unblock the Lachin corridor.";
        assert_eq!(
            t.find(text),
            ["csto-membership", "lachin-corridor", "peacekeepers"]
        );
        let text = "protests against the war in Ukraine broke out before the summit";
        assert_eq!(t.find(text), ["summits", "ukraine-war", "protests"]);
    }

    #[test]
    fn seed_sentences_get_their_topics() {
        let t = taxonomy();
        let has = |text: &str, id: &str| t.find(text).iter().any(|x| x == id);
        assert!(has(
            "I do not rule out that Armenia may decide to suspend or freeze its CSTO membership",
            "csto-membership"
        ));
        assert!(has(
            "Armenia cancels military exercises with Russia due to tensions",
            "military-exercises"
        ));
        assert!(has(
            "Armenia asked for military help in September after deadly clashes broke out",
            "military-aid"
        ));
        assert!(has(
            "Armenia asked for military help in September after deadly clashes broke out",
            "border-clashes"
        ));
        assert!(has(
            "has decided to recall Viktor Biyagov from the post of Armenia's permanent representative",
            "diplomatic-posts"
        ));
        assert!(has(
            "It is very important that Armenia and Azerbaijan agree on a peace treaty",
            "peace-process"
        ));
        assert!(has(
            "the Parliament of Armenia ratified the Rome Statute",
            "icc"
        ));
        assert!(has(
            "hundreds of activists rallied on November 23 in downtown Yerevan",
            "protests"
        ));
        assert!(has(
            "azerbaijan’s incursion into Armenia’s sovereign territory",
            "border-clashes"
        ));
        assert!(!has("Peskov dismissed the claim", "diplomatic-posts"));
    }

    #[test]
    fn empty_taxonomy_finds_nothing() {
        assert!(Taxonomy::default().find("summit").is_empty());
        assert!(Taxonomy::from_toml("").unwrap().find("summit").is_empty());
    }

    #[test]
    fn invalid_toml_is_a_clear_error() {
        let err = Taxonomy::from_toml("[[topic]\nid =").unwrap_err();
        assert!(err.0.contains("not valid"), "{err}");
    }

    #[test]
    fn duplicate_id_is_an_error_naming_it() {
        let text = "[[topic]]\nid = \"icc\"\nname = \"A\"\ncues = [\"x\"]\n[[topic]]\nid = \"icc\"\nname = \"B\"\ncues = [\"y\"]\n";
        let err = Taxonomy::from_toml(text).unwrap_err();
        assert!(err.0.contains("\"icc\" is used twice"), "{err}");
    }

    #[test]
    fn missing_or_bad_cues_and_ids_are_errors() {
        let topic = |id: &str, cues: &str| {
            format!("[[topic]]\nid = \"{id}\"\nname = \"N\"\ncues = {cues}\n")
        };
        let err = Taxonomy::from_toml(&topic("empty", "[]")).unwrap_err();
        assert!(err.0.contains("\"empty\" has no cues"), "{err}");
        let err = Taxonomy::from_toml(&topic("blank", "[\" * \"]")).unwrap_err();
        assert!(
            err.0.contains("\"blank\"") && err.0.contains("empty"),
            "{err}"
        );
        let err = Taxonomy::from_toml(&topic("star", "[\"a*b\"]")).unwrap_err();
        assert!(err.0.contains("only at its end"), "{err}");
        let err = Taxonomy::from_toml(&topic("Not_Safe", "[\"x\"]")).unwrap_err();
        assert!(err.0.contains("URL-safe"), "{err}");
        let err = Taxonomy::from_toml(
            "[[topic]]\nid = \"a\"\nname = \"N\"\ncues = [\"x\"]\nkeywords = []\n",
        )
        .unwrap_err();
        assert!(err.0.contains("keywords"), "{err}");
    }
}
