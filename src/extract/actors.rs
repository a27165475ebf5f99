//! The actor gazetteer and the matcher that finds actors in sentences.
//!
//! Who acts in the news (people, states, organizations) is data: the
//! gazetteer is read from a TOML file (`seeds/actors.toml`) that a self-hoster
//! edits, and that file documents its own format. [`Gazetteer::from_toml`]
//! validates it and builds the matching automata once; a
//! [`DocumentActorScanner`] then reads one document sentence by sentence and
//! reports, for each sentence, which actors it names and where:
//!
//! * names and spellings match case-sensitively on word boundaries (a
//!   possessive still matches; the longest of overlapping matches wins);
//! * a demonym names its state only when it heads an actor noun from the
//!   rules ("Armenian authorities");
//! * a capital names its state only where it acts ("Baku accused"), not where
//!   it is a place ("in Baku", "the Yerevan summit");
//! * a state or body that is part of a person's designation ("Azerbaijani
//!   President Ilham Aliyev", "Kremlin spokesman Dmitry Peskov") is not
//!   reported apart from the person;
//! * people the gazetteer lacks are discovered from a title that introduces
//!   them ("Deputy Foreign Minister Vahan Kostanian"), and remembered for the
//!   rest of the document ("Kostanian said").

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    State,
    Organization,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::Organization => "organization",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        match text {
            "person" => Some(ActorKind::Person),
            "state" => Some(ActorKind::State),
            "organization" => Some(ActorKind::Organization),
            _ => None,
        }
    }
}

/// Someone or something that acts in the news.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// Stable, URL-safe id ("nikol-pashinyan", "armenia", "csto").
    pub id: String,
    /// Canonical name ("Nikol Pashinyan").
    pub name: String,
    pub kind: ActorKind,
    /// One line saying who or what this is.
    pub description: String,
    /// The state a person or body belongs to, as an actor id ("armenia").
    pub country: Option<String>,
    /// Every spelling the gazetteer knows (canonical name included).
    pub spellings: Vec<String>,
    /// True for people found by their title in the text rather than known to the gazetteer.
    pub discovered: bool,
}

/// An actor found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMention {
    /// Byte range of the words that named the actor, within the sentence.
    pub range: Range<usize>,
    /// The actor's id.
    pub actor: String,
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct GazetteerError(pub String);

/// The word lists of the gazetteer's `[rules]` table, which steer how
/// demonyms, capitals and titles are read. Every list may be empty or absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// Nouns that make a preceding demonym name its state ("authorities").
    pub demonym_heads: Vec<String>,
    /// Words that introduce a person by title ("Deputy Foreign Minister").
    pub titles: Vec<String>,
    /// Words that may precede or join titles within one title phrase ("former", "deputy").
    pub title_modifiers: Vec<String>,
    /// Lowercase particles allowed inside a person's name ("von", "der").
    pub name_particles: Vec<String>,
    /// Capitalised words that are never part of a person's name ("Council", "Tuesday").
    pub not_name_words: Vec<String>,
    /// Words before a capital that make it a place ("in", "city of").
    pub place_markers: Vec<String>,
    /// Words skipped when looking back from a capital for a place marker ("the", "downtown").
    pub place_skip: Vec<String>,
    /// Nouns after a capital that make it a place or a label ("summit", "talks").
    pub place_followers: Vec<String>,
    /// Hyphenated suffixes that turn a name into an adjective ("led" in "Russia-led").
    pub descriptive_suffixes: Vec<String>,
}

/// All known actors, loaded from a TOML data file.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    actors: Vec<Actor>,
    index: HashMap<String, usize>,
    demonyms: Vec<Vec<String>>,
    capitals: Vec<Vec<String>>,
    rules: Rules,
    matcher: Option<Arc<Matcher>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    rules: Rules,
    #[serde(default, rename = "actor")]
    actors: Vec<RawActor>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActor {
    id: String,
    name: String,
    kind: String,
    #[serde(default)]
    description: String,
    country: Option<String>,
    #[serde(default)]
    spellings: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    capitals: Vec<String>,
}

impl Gazetteer {
    /// Parses and validates a gazetteer file, and builds its matcher.
    pub fn from_toml(text: &str) -> Result<Self, GazetteerError> {
        let raw: RawFile = toml::from_str(text)
            .map_err(|e| GazetteerError(format!("the actors file is not valid: {e}")))?;

        let mut index = HashMap::new();
        for (n, a) in raw.actors.iter().enumerate() {
            if !is_url_safe_id(&a.id) {
                return Err(GazetteerError(format!(
                    "actor #{} has id {:?}, which is not URL-safe: use lowercase letters, digits and single hyphens",
                    n + 1,
                    a.id
                )));
            }
            if index.insert(a.id.clone(), n).is_some() {
                return Err(GazetteerError(format!("actor id {:?} is used twice", a.id)));
            }
        }

        let mut actors = Vec::with_capacity(raw.actors.len());
        let mut demonyms = Vec::with_capacity(raw.actors.len());
        let mut capitals = Vec::with_capacity(raw.actors.len());
        for a in &raw.actors {
            let id = &a.id;
            let Some(kind) = ActorKind::parse(&a.kind) else {
                return Err(GazetteerError(format!(
                    "actor {id:?}: kind {:?} is not one of person, state, organization",
                    a.kind
                )));
            };
            let name = a.name.trim();
            if name.is_empty() {
                return Err(GazetteerError(format!("actor {id:?}: name is empty")));
            }
            if kind != ActorKind::State && !(a.demonyms.is_empty() && a.capitals.is_empty()) {
                return Err(GazetteerError(format!(
                    "actor {id:?}: only states may have demonyms or capitals"
                )));
            }
            if let Some(country) = &a.country {
                let is_state = index
                    .get(country)
                    .is_some_and(|&i| raw.actors[i].kind == "state");
                if !is_state {
                    return Err(GazetteerError(format!(
                        "actor {id:?}: country {country:?} is not the id of a state in this file"
                    )));
                }
                if country == id {
                    return Err(GazetteerError(format!(
                        "actor {id:?}: a state cannot have itself as country"
                    )));
                }
            }
            let mut spellings = vec![name.to_string()];
            for s in &a.spellings {
                let s = strip_possessive(s.trim());
                if s.is_empty() {
                    return Err(GazetteerError(format!("actor {id:?}: a spelling is empty")));
                }
                if !spellings.iter().any(|x| x == s) {
                    spellings.push(s.to_string());
                }
            }
            let clean = |list: &[String], what: &str| -> Result<Vec<String>, GazetteerError> {
                list.iter()
                    .map(|s| {
                        let s = s.trim();
                        if s.is_empty() {
                            Err(GazetteerError(format!("actor {id:?}: a {what} is empty")))
                        } else {
                            Ok(s.to_string())
                        }
                    })
                    .collect()
            };
            demonyms.push(clean(&a.demonyms, "demonym")?);
            capitals.push(clean(&a.capitals, "capital")?);
            actors.push(Actor {
                id: id.clone(),
                name: name.to_string(),
                kind,
                description: a.description.trim().to_string(),
                country: a.country.clone(),
                spellings,
                discovered: false,
            });
        }

        let matcher = Matcher::build(&actors, &demonyms, &capitals, &raw.rules)?;
        Ok(Gazetteer {
            actors,
            index,
            demonyms,
            capitals,
            rules: raw.rules,
            matcher: Some(Arc::new(matcher)),
        })
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.index.get(id).map(|&i| &self.actors[i])
    }

    /// The rules the matcher reads demonyms, capitals and titles with.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// The demonyms of a state ("Armenian"); empty for other actors.
    pub fn demonyms(&self, id: &str) -> &[String] {
        self.index.get(id).map_or(&[], |&i| &self.demonyms[i])
    }

    /// The capitals and metonyms of a state ("Yerevan"); empty for other actors.
    pub fn capitals(&self, id: &str) -> &[String] {
        self.index.get(id).map_or(&[], |&i| &self.capitals[i])
    }
}

/// Finds actors in the sentences of one document, in reading order. It
/// remembers people discovered by title earlier in the document, so a later
/// surname alone ("Kostanian said") still resolves.
pub struct DocumentActorScanner<'g> {
    gazetteer: &'g Gazetteer,
    discovered: Vec<Actor>,
}

impl<'g> DocumentActorScanner<'g> {
    pub fn new(gazetteer: &'g Gazetteer) -> Self {
        DocumentActorScanner {
            gazetteer,
            discovered: Vec::new(),
        }
    }

    /// The actors named in `sentence`, in order of position, without overlaps.
    pub fn find(&mut self, sentence: &str) -> Vec<ActorMention> {
        let Some(m) = self.gazetteer.matcher.as_deref() else {
            return Vec::new();
        };
        let s = sentence;
        let mut cands = Vec::new();
        // Demonyms seen with or without a head: a title phrase may follow them.
        let mut demonym_hits: Vec<(Range<usize>, usize)> = Vec::new();

        for hit in m.names.find_overlapping_iter(s) {
            let (actor, via) = m.name_pats[hit.pattern().as_usize()];
            let r = hit.range();
            if !at_word_start(s, r.start)
                || !at_word_end(s, r.end)
                || after_lowercase_prefix(s, r.start)
            {
                continue;
            }
            match via {
                Via::Spelling | Via::Capital => {
                    // "France 24", "Russia 1": a channel or a brand, not the state.
                    let followed_by_number = s[r.end..]
                        .strip_prefix(' ')
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
                    if m.descriptive_suffix_after(s, r.end) || followed_by_number {
                        continue;
                    }
                    if via == Via::Capital && !m.capital_acts(s, r.clone()) {
                        continue;
                    }
                    let prio = if via == Via::Spelling { 0 } else { 1 };
                    cands.push(Cand {
                        range: r,
                        who: Who::Known(actor),
                        prio,
                    });
                }
                Via::Demonym => {
                    demonym_hits.push((r.clone(), actor));
                    if let Some(end) = m.head_after(s, r.end) {
                        cands.push(Cand {
                            range: r.start..end,
                            who: Who::Known(actor),
                            prio: 2,
                        });
                    }
                }
            }
        }
        for (i, actor) in self.discovered.iter().enumerate() {
            push_discovered_spellings(s, actor, i, &mut cands);
        }

        let mut chosen = select(cands);
        self.other_bearers_of_a_surname(m, s, &mut chosen);
        let before = self.discovered.len();
        let mut suppressed = self.resolve_titles(m, s, &mut chosen, &demonym_hits);
        self.appositions(m, s, &mut chosen, &mut suppressed);

        // A surname of someone discovered in this very sentence may recur in it.
        if self.discovered.len() > before {
            let mut extra = Vec::new();
            for i in before..self.discovered.len() {
                push_discovered_spellings(s, &self.discovered[i], i, &mut extra);
            }
            for c in select(extra) {
                if chosen.iter().all(|x| !overlaps(&x.range, &c.range)) {
                    chosen.push(c);
                    suppressed.push(false);
                }
            }
        }

        // "Vladimir Putin of Russia": the state qualifies the person.
        for i in 0..chosen.len() {
            if suppressed[i] || !self.is_person(chosen[i].who) {
                continue;
            }
            if let Some(after_of) = skip_joiner(s, chosen[i].range.end, "of")
                && let Some(j) = chosen.iter().position(|c| c.range.start == after_of)
                && !self.is_person(chosen[j].who)
            {
                suppressed[j] = true;
            }
        }

        let mut out: Vec<ActorMention> = chosen
            .into_iter()
            .zip(suppressed)
            .filter(|(_, sup)| !sup)
            .map(|(c, _)| ActorMention {
                range: c.range,
                actor: self.id_of(c.who).to_string(),
            })
            .collect();
        out.sort_by_key(|x| x.range.start);
        out
    }

    /// "Shavarsh Kocharyan" is not Robert Kocharyan: a known person's surname
    /// after a given name that is not theirs names someone else, who is
    /// discovered under the full name.
    fn other_bearers_of_a_surname(&mut self, m: &Matcher, s: &str, chosen: &mut [Cand]) {
        for c in chosen.iter_mut() {
            let Who::Known(i) = c.who else { continue };
            let actor = &self.gazetteer.actors[i];
            let written = &s[c.range.clone()];
            if actor.kind != ActorKind::Person || written.contains(' ') {
                continue;
            }
            let before = s[..c.range.start].trim_end_matches(' ');
            if before.len() + 1 != c.range.start {
                continue;
            }
            let given_start = before
                .rfind(|ch: char| !(ch.is_alphabetic() || ch == '-'))
                .map_or(0, |at| {
                    at + before[at..].chars().next().map_or(1, char::len_utf8)
                });
            let given = &before[given_start..];
            let capitalised = given.chars().next().is_some_and(char::is_uppercase)
                && given.chars().skip(1).all(char::is_lowercase)
                && given.chars().count() >= 3;
            // At the start of a sentence a capital says nothing: "As
            // Pashinyan said" is not a person called As.
            let sentence_start = s[..given_start].trim_end().is_empty()
                || s[..given_start]
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '“', '—']);
            let known_given = actor
                .spellings
                .iter()
                .chain(std::iter::once(&actor.name))
                .any(|name| name.split(' ').any(|w| w == given));
            if !capitalised
                || sentence_start
                || known_given
                || m.not_name_words.contains(&given.to_lowercase())
                || !m.title_hits(given).is_empty()
            {
                continue;
            }
            let name = format!("{given} {written}");
            let country = actor.country.clone();
            c.who = self.discover(&name, "", country);
            c.range = given_start..c.range.end;
        }
    }

    /// "Arman Yeghoyan, spokesman for ...", "said Timur Dzhaksybekov, a
    /// political scientist in Almaty": a name set off by a comma and
    /// followed by a title introduces a person as surely as a title before it.
    fn appositions(
        &mut self,
        m: &Matcher,
        s: &str,
        chosen: &mut Vec<Cand>,
        suppressed: &mut Vec<bool>,
    ) {
        const MAX_GAP_WORDS: usize = 4;
        let blocked: Vec<Range<usize>> = chosen.iter().map(|c| c.range.clone()).collect();
        for title in m.title_hits(s) {
            let before = &s[..title.range.start];
            let Some(comma) = before.rfind(", ") else {
                continue;
            };
            let gap = &before[comma + 2..];
            let gap_words: Vec<&str> = gap.split_whitespace().collect();
            let plain_gap = gap_words.len() <= MAX_GAP_WORDS
                && gap_words
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
            if !plain_gap {
                continue;
            }
            let Some(start) = name_start_before(s, comma) else {
                continue;
            };
            if chosen.iter().any(|c| overlaps(&c.range, &(start..comma))) {
                continue;
            }
            let Some(name) = parse_name(m, s, start, &blocked).filter(|r| r.end == comma) else {
                continue;
            };
            let description = s[title.range.clone()].to_string();
            let who = self.discover(&s[name.clone()], &description, None);
            chosen.push(Cand {
                range: name,
                who,
                prio: 3,
            });
            suppressed.push(false);
        }
    }

    /// Makes `name` known as a person of this document (a speaker found by
    /// the way they are quoted), unless it names a known actor already.
    pub fn introduce(&mut self, name: &str, description: &str) {
        let Some(m) = self.gazetteer.matcher.as_deref() else {
            return;
        };
        let known = m
            .names
            .find_iter(name)
            .any(|hit| hit.range() == (0..name.len()));
        let common = name
            .split(' ')
            .any(|w| m.not_name_words.contains(&w.to_lowercase()) || !m.title_hits(w).is_empty());
        if !known && !common {
            self.discover(name, description, None);
        }
    }

    /// People discovered by their title so far in this document.
    pub fn discovered(&self) -> &[Actor] {
        &self.discovered
    }

    fn actor(&self, who: Who) -> &Actor {
        match who {
            Who::Known(i) => &self.gazetteer.actors[i],
            Who::Found(i) => &self.discovered[i],
        }
    }

    fn id_of(&self, who: Who) -> &str {
        &self.actor(who).id
    }

    fn is_person(&self, who: Who) -> bool {
        self.actor(who).kind == ActorKind::Person
    }

    /// The state an actor stands for or belongs to, as an id.
    fn state_of(&self, who: Who) -> Option<String> {
        let a = self.actor(who);
        if a.kind == ActorKind::State {
            Some(a.id.clone())
        } else {
            a.country.clone()
        }
    }

    /// Reads the title phrases of a sentence: links each to the person it
    /// introduces (discovering unknown people), and marks the states and
    /// bodies that only qualify that person. Returns, per chosen mention,
    /// whether it is suppressed; discovered people are appended to `chosen`.
    fn resolve_titles(
        &mut self,
        m: &Matcher,
        s: &str,
        chosen: &mut Vec<Cand>,
        demonym_hits: &[(Range<usize>, usize)],
    ) -> Vec<bool> {
        let mut suppressed = vec![false; chosen.len()];
        let all_titles = m.title_hits(s);
        let titles: Vec<&TitleHit> = all_titles
            .iter()
            .filter(|t| chosen.iter().all(|c| !overlaps(&c.range, &t.range)))
            .collect();
        if titles.is_empty() {
            return suppressed;
        }
        let headline = looks_like_headline(s);
        // Words a discovered name may not contain.
        let mut blocked: Vec<Range<usize>> = chosen.iter().map(|c| c.range.clone()).collect();
        blocked.extend(demonym_hits.iter().map(|(r, _)| r.clone()));
        blocked.extend(all_titles.iter().map(|t| t.range.clone()));

        for phrase in merge_title_phrases(s, &titles) {
            let mut pos = phrase.end;
            // "the foreign minister of Belarus, Maxim Ryzhenkov", "Ambassador
            // to Armenia Sergei Kopyrkin": the body joined to the title is
            // part of the designation; only "of" says whose official it is.
            let mut of_idx = None;
            let mut joined_by_of = false;
            for joiner in ["of", "to"] {
                if let Some(after) = skip_joiner(s, pos, joiner)
                    && let Some(j) = chosen.iter().position(|c| c.range.start == after)
                    && !self.is_person(chosen[j].who)
                {
                    of_idx = Some(j);
                    joined_by_of = joiner == "of";
                    pos = chosen[j].range.end;
                    if s[pos..].starts_with(',') {
                        pos += 1;
                    }
                    break;
                }
            }
            let name_start = skip_ws(s, pos);
            if name_start == pos {
                continue;
            }
            // The state or body right before the title ("Kazakh politician", "CSTO spokesman").
            let prefix_idx = chosen.iter().position(|c| {
                c.range.end <= phrase.start && only_possessive_gap(&s[c.range.end..phrase.start])
            });
            let prefix_demonym = demonym_hits.iter().find(|(r, _)| {
                r.end <= phrase.start && only_possessive_gap(&s[r.end..phrase.start])
            });

            let person = if let Some(j) = chosen.iter().position(|c| c.range.start == name_start) {
                self.is_person(chosen[j].who).then_some(())
            } else if headline {
                None
            } else if let Some(name) = parse_name(m, s, name_start, &blocked) {
                let country = of_idx
                    .filter(|_| joined_by_of)
                    .and_then(|j| self.state_of(chosen[j].who))
                    .or_else(|| prefix_idx.and_then(|j| self.state_of(chosen[j].who)))
                    .or_else(|| prefix_demonym.map(|(_, a)| self.gazetteer.actors[*a].id.clone()));
                let desc_start = prefix_idx
                    .map(|j| chosen[j].range.start)
                    .or(prefix_demonym.map(|(r, _)| r.start))
                    .unwrap_or(phrase.start);
                let desc_end = of_idx.map_or(phrase.end, |j| chosen[j].range.end);
                let who = self.discover(&s[name.clone()], &s[desc_start..desc_end], country);
                blocked.push(name.clone());
                chosen.push(Cand {
                    range: name,
                    who,
                    prio: 3,
                });
                suppressed.push(false);
                Some(())
            } else {
                None
            };
            if person.is_some() {
                for j in [prefix_idx, of_idx].into_iter().flatten() {
                    if !self.is_person(chosen[j].who) {
                        suppressed[j] = true;
                    }
                }
            }
        }
        suppressed
    }

    /// Records a person found by title (or finds them again) and returns who they are.
    fn discover(&mut self, name: &str, title: &str, country: Option<String>) -> Who {
        let mut id = slug(name);
        if id.is_empty() {
            id = format!("person-{}", self.discovered.len() + 1);
        }
        if let Some(&i) = self.gazetteer.index.get(&id) {
            return Who::Known(i);
        }
        if let Some(i) = self.discovered.iter().position(|a| a.id == id) {
            return Who::Found(i);
        }
        let mut spellings = vec![name.to_string()];
        let surname = surname_of(name);
        if surname != name {
            spellings.push(surname.to_string());
        }
        self.discovered.push(Actor {
            id,
            name: name.to_string(),
            kind: ActorKind::Person,
            description: title.to_string(),
            country,
            spellings,
            discovered: true,
        });
        Who::Found(self.discovered.len() - 1)
    }
}

// ─── Matching structures ───────────────────────────────────────────────────

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Via {
    Spelling,
    Capital,
    Demonym,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Known(usize),
    Found(usize),
}

#[derive(Debug, Clone)]
struct Cand {
    range: Range<usize>,
    who: Who,
    /// Breaks ties between equally long matches: spellings before capitals,
    /// demonym phrases, then people discovered in the document.
    prio: u8,
}

#[derive(Debug)]
struct TitleHit {
    range: Range<usize>,
    modifier: bool,
}

/// Everything built once from the gazetteer, so that scanning a sentence
/// compiles nothing.
#[derive(Debug)]
struct Matcher {
    /// Spellings, capitals and demonyms; case-sensitive, all overlapping matches.
    names: AhoCorasick,
    name_pats: Vec<(usize, Via)>,
    /// Demonym heads, searched anchored right after a demonym.
    heads: AhoCorasick,
    head_exact: Vec<Option<String>>,
    /// Titles and title modifiers.
    titles: AhoCorasick,
    title_pats: Vec<(bool, Option<String>)>,
    particles: HashSet<String>,
    not_name_words: HashSet<String>,
    place_markers: Vec<String>,
    place_skip: HashSet<String>,
    place_followers: HashSet<String>,
    descriptive_suffixes: HashSet<String>,
}

impl Matcher {
    fn build(
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
        let names = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .map_err(|e| GazetteerError(format!("cannot build the name matcher: {e}")))?;

        let head_words = expand_words(&rules.demonym_heads);
        let head_exact = head_words.iter().map(|w| exact_form(w)).collect();
        let heads = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .start_kind(StartKind::Anchored)
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
        })
    }

    /// The end of a demonym head that follows `end` after whitespace, if any.
    fn head_after(&self, s: &str, end: usize) -> Option<usize> {
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
    fn capital_acts(&self, s: &str, r: Range<usize>) -> bool {
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
        !self.place_markers.iter().any(|marker| {
            before.ends_with(marker.as_str()) && at_word_start(before, before.len() - marker.len())
        })
    }

    /// "Russia-led", "Moscow-based": the name is an adjective here.
    fn descriptive_suffix_after(&self, s: &str, end: usize) -> bool {
        let Some(rest) = s[end..].strip_prefix('-') else {
            return false;
        };
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        self.descriptive_suffixes.contains(&word.to_lowercase())
    }

    fn title_hits(&self, s: &str) -> Vec<TitleHit> {
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

// ─── Helpers ───────────────────────────────────────────────────────────────

/// Chooses non-overlapping candidates, longest first.
fn select(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by(|a, b| {
        b.range
            .len()
            .cmp(&a.range.len())
            .then(a.prio.cmp(&b.prio))
            .then(a.range.start.cmp(&b.range.start))
    });
    let mut out: Vec<Cand> = Vec::new();
    for c in cands {
        if out.iter().all(|x| !overlaps(&x.range, &c.range)) {
            out.push(c);
        }
    }
    out.sort_by_key(|c| c.range.start);
    out
}

fn push_discovered_spellings(s: &str, actor: &Actor, i: usize, out: &mut Vec<Cand>) {
    for spelling in &actor.spellings {
        for (at, _) in s.match_indices(spelling.as_str()) {
            let end = at + spelling.len();
            if at_word_start(s, at) && at_word_end(s, end) {
                out.push(Cand {
                    range: at..end,
                    who: Who::Found(i),
                    prio: 3,
                });
            }
        }
    }
}

/// Joins title hits separated only by a space or a hyphen into phrases
/// ("Deputy Foreign Minister", "then-President"); a phrase ends at its last
/// real title, and one made of modifiers alone is dropped.
fn merge_title_phrases(s: &str, hits: &[&TitleHit]) -> Vec<Range<usize>> {
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

/// Reads two or three capitalised name words at `start` ("Vahan Kostanian",
/// "Qasym-Zhomart Toqaev", "Ursula von der Leyen"). Rejects runs that touch a
/// known actor, a demonym or a title, contain a word that is never a name, or
/// run on into a fourth capitalised word.
fn parse_name(
    m: &Matcher,
    s: &str,
    start: usize,
    blocked: &[Range<usize>],
) -> Option<Range<usize>> {
    let mut pos = start;
    let mut words = 0;
    let mut end = start;
    loop {
        let (word_end, name_end) = read_word(s, pos)?;
        let word = &s[pos..name_end];
        let first = word.chars().next()?;
        let capitalised = first.is_uppercase() && word.chars().any(char::is_lowercase);
        if capitalised {
            if blocked.iter().any(|r| overlaps(r, &(pos..name_end)))
                || m.not_name_words.contains(&word.to_lowercase())
                || words == 3
            {
                return None;
            }
            words += 1;
            end = name_end;
            if name_end < word_end {
                break; // a possessive ends the name
            }
        } else if words == 0 || !m.particles.contains(word) {
            break;
        }
        match s[word_end..].strip_prefix(' ') {
            Some(rest) if rest.starts_with(char::is_alphabetic) => pos = word_end + 1,
            _ => break,
        }
    }
    (words >= 2).then_some(start..end)
}

/// Where the run of up to three capitalised words that ends at `end` starts.
fn name_start_before(s: &str, end: usize) -> Option<usize> {
    let mut start = end;
    let mut words = 0;
    for word in s[..end].split(' ').rev() {
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().any(char::is_lowercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        if !capitalised || words == 3 {
            break;
        }
        start -= word.len() + usize::from(words > 0);
        words += 1;
    }
    (words >= 2).then_some(start)
}

/// The word at `pos`: letters, with inner hyphens and apostrophes. Returns
/// where the word ends and where the name in it ends (before a possessive).
fn read_word(s: &str, pos: usize) -> Option<(usize, usize)> {
    let mut end = pos;
    let mut chars = s[pos..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let joins = matches!(c, '-' | '\'' | '’')
            && chars.peek().is_some_and(|(_, n)| n.is_alphabetic())
            && end > pos;
        if c.is_alphabetic() || joins {
            end = pos + i + c.len_utf8();
        } else {
            break;
        }
    }
    if end == pos {
        return None;
    }
    let word = &s[pos..end];
    let name_end = ["'s", "’s"]
        .iter()
        .find_map(|p| word.strip_suffix(p))
        .filter(|w| !w.is_empty())
        .map_or(end, |w| pos + w.len());
    Some((end, name_end))
}

/// "Armenian PM Attacks Russian-Led Alliance at Summit in Yerevan": in a
/// title-case line every capitalised word looks like a name, so no one is
/// discovered there.
fn looks_like_headline(s: &str) -> bool {
    let mut words = 0;
    for token in s.split_whitespace() {
        let t = token.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = t.chars().next() else {
            continue;
        };
        if !first.is_alphabetic() {
            continue;
        }
        words += 1;
        if first.is_lowercase() && t.chars().count() >= 4 {
            return false;
        }
    }
    words >= 6
}

/// After `pos`: whitespace, the joining word ("of"), whitespace, an
/// optional "the ". Returns where the next word starts.
fn skip_joiner(s: &str, pos: usize, joiner: &str) -> Option<usize> {
    let p = skip_ws(s, pos);
    if p == pos || !s[p..].starts_with(joiner) {
        return None;
    }
    let q = skip_ws(s, p + joiner.len());
    if q == p + joiner.len() {
        return None;
    }
    if s[q..].starts_with("the") {
        let r = skip_ws(s, q + 3);
        if r > q + 3 {
            return Some(r);
        }
    }
    Some(q)
}

fn skip_ws(s: &str, pos: usize) -> usize {
    pos + s[pos..].len() - s[pos..].trim_start().len()
}

/// Whitespace, possibly after a possessive: "Kremlin spokesman", "Kazakhstan’s former President".
fn only_possessive_gap(gap: &str) -> bool {
    let rest = ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|p| gap.strip_prefix(p))
        .unwrap_or(gap);
    !rest.is_empty() && rest.chars().all(char::is_whitespace)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn at_word_start(s: &str, i: usize) -> bool {
    s[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn at_word_end(s: &str, i: usize) -> bool {
    s[i..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// "pro-Russian", "anti-Kremlin": a lowercase word hyphenated before a name
/// makes one adjective of both.
fn after_lowercase_prefix(s: &str, start: usize) -> bool {
    let Some(before) = s[..start].strip_suffix('-') else {
        return false;
    };
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i);
    word_start.is_some_and(|i| before[i..].starts_with(char::is_lowercase))
}

fn strip_possessive(s: &str) -> &str {
    ["'s", "’s"]
        .iter()
        .find_map(|p| s.strip_suffix(p))
        .unwrap_or(s)
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

fn is_url_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The surname a discovered person is later called by: the last word, with
/// any lowercase particles before it ("von der Leyen").
fn surname_of(name: &str) -> &str {
    let words: Vec<(usize, &str)> = name
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let mut first = words.len() - 1;
    while first > 1 && words[first - 1].1.starts_with(char::is_lowercase) {
        first -= 1;
    }
    &name[words[first].0..]
}

/// A URL-safe id from a name: "Vahan Kostanian" → "vahan-kostanian".
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let folded = fold_latin(c);
        if folded.is_empty() {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(folded);
        }
    }
    out.trim_end_matches('-').to_string()
}

/// ASCII letters for a lowercase Latin letter, or "" for anything that must
/// become a separator.
fn fold_latin(c: char) -> &'static str {
    const TABLE: &[(&str, &str)] = &[
        ("áàâäãåāăą", "a"),
        ("çćč", "c"),
        ("ďđ", "d"),
        ("éèêëēėęěə", "e"),
        ("ğ", "g"),
        ("íìîïīįı", "i"),
        ("ł", "l"),
        ("ñńň", "n"),
        ("óòôöõøōő", "o"),
        ("œ", "oe"),
        ("ř", "r"),
        ("śšşș", "s"),
        ("ß", "ss"),
        ("ťţț", "t"),
        ("úùûüūůű", "u"),
        ("ýÿ", "y"),
        ("žźż", "z"),
    ];
    const ASCII: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
    if c.is_ascii_lowercase() || c.is_ascii_digit() {
        let i = ASCII.find(c).unwrap_or(0);
        return &ASCII[i..i + 1];
    }
    TABLE
        .iter()
        .find(|(from, _)| from.contains(c))
        .map_or("", |(_, to)| to)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../../seeds/actors.toml");

    fn gazetteer() -> Gazetteer {
        Gazetteer::from_toml(BUNDLED).expect("bundled gazetteer parses")
    }

    /// (matched text, actor id) for each mention of one sentence.
    fn scan(g: &Gazetteer, sentence: &str) -> Vec<(String, String)> {
        DocumentActorScanner::new(g)
            .find(sentence)
            .into_iter()
            .map(|m| (sentence[m.range].to_string(), m.actor))
            .collect()
    }

    fn ids(g: &Gazetteer, sentence: &str) -> Vec<String> {
        scan(g, sentence).into_iter().map(|(_, id)| id).collect()
    }

    fn pair(text: &str, id: &str) -> (String, String) {
        (text.to_string(), id.to_string())
    }

    #[test]
    fn bundled_gazetteer_parses_with_every_kind() {
        let g = gazetteer();
        for kind in [ActorKind::Person, ActorKind::State, ActorKind::Organization] {
            assert!(
                g.actors().iter().filter(|a| a.kind == kind).count() >= 10,
                "{kind:?}"
            );
        }
        for state in [
            "armenia",
            "russia",
            "belarus",
            "kazakhstan",
            "kyrgyzstan",
            "tajikistan",
            "azerbaijan",
        ] {
            assert_eq!(g.get(state).unwrap().kind, ActorKind::State);
        }
        let csto = g.get("csto").unwrap();
        assert_eq!(csto.name, "Collective Security Treaty Organization");
        assert!(csto.spellings.contains(&"CSTO".to_string()));
        assert_eq!(g.demonyms("armenia"), ["Armenian"]);
        assert_eq!(g.capitals("azerbaijan"), ["Baku"]);
        assert!(g.rules().titles.iter().any(|t| t == "spokesman"));
        assert!(g.actors().iter().all(|a| !a.discovered));
    }

    #[test]
    fn every_person_in_the_bundled_file_has_a_state_that_exists() {
        let g = gazetteer();
        for a in g.actors() {
            if let Some(c) = &a.country {
                assert_eq!(g.get(c).map(|s| s.kind), Some(ActorKind::State), "{}", a.id);
            }
            assert!(!a.description.is_empty(), "{} has no description", a.id);
        }
    }

    #[test]
    fn every_spelling_of_a_seed_name_resolves_to_its_actor() {
        let g = gazetteer();
        let cases = [
            ("Pashinyan said", "nikol-pashinyan"),
            ("Pashinian said", "nikol-pashinyan"),
            ("Nikol Pashinian said", "nikol-pashinyan"),
            ("Lukashenko said", "alexander-lukashenko"),
            ("Lukashenka said", "alexander-lukashenko"),
            ("Alyaksandr Lukashenka said", "alexander-lukashenko"),
            ("Dmitry Peskov said", "dmitry-peskov"),
            ("Dmytro Peskov said", "dmitry-peskov"),
            ("Tokayev said", "kassym-jomart-tokayev"),
            ("Toqaev said", "kassym-jomart-tokayev"),
            ("Tasmagambetov said", "imangali-tasmagambetov"),
            ("Imanghali Tasmaghambetov said", "imangali-tasmagambetov"),
            ("Stanislav Zas said", "stanislav-zas"),
            ("Stanislau Zas said", "stanislav-zas"),
            ("Vahagn Khachaturian said", "vahagn-khachaturyan"),
            ("Vahagn Khachaturyan said", "vahagn-khachaturyan"),
            ("Nursultan Nazarbayev said", "nursultan-nazarbayev"),
            ("Nursultan Nazarbaev said", "nursultan-nazarbayev"),
            ("Viktor Biyagov said", "viktor-biyagov"),
        ];
        for (sentence, id) in cases {
            assert_eq!(ids(&g, sentence), [id], "{sentence}");
        }
    }

    #[test]
    fn full_name_is_preferred_over_surname_alone() {
        let g = gazetteer();
        assert_eq!(
            scan(&g, "Nikol Pashinyan spoke."),
            [pair("Nikol Pashinyan", "nikol-pashinyan")]
        );
    }

    #[test]
    fn possessives_match_with_either_apostrophe_and_cover_only_the_name() {
        let g = gazetteer();
        assert_eq!(
            scan(&g, "Pashinyan’s statement"),
            [pair("Pashinyan", "nikol-pashinyan")]
        );
        assert_eq!(
            scan(&g, "Pashinyan's decision"),
            [pair("Pashinyan", "nikol-pashinyan")]
        );
        assert_eq!(
            scan(&g, "about Russia’s distancing"),
            [pair("Russia", "russia")]
        );
        assert_eq!(scan(&g, "Armenia's security"), [pair("Armenia", "armenia")]);
    }

    #[test]
    fn the_kremlin_is_russia_wherever_it_stands() {
        let g = gazetteer();
        assert_eq!(scan(&g, "the Kremlin said"), [pair("Kremlin", "russia")]);
        assert_eq!(ids(&g, "as quoted by the Kremlin"), ["russia"]);
    }

    #[test]
    fn demonym_with_an_actor_head_is_its_state() {
        let g = gazetteer();
        assert_eq!(
            scan(
                &g,
                "Armenian authorities regularly criticize Russia and the CSTO"
            ),
            [
                pair("Armenian authorities", "armenia"),
                pair("Russia", "russia"),
                pair("CSTO", "csto")
            ]
        );
        assert_eq!(
            ids(&g, "An Azerbaijani checkpoint was set up"),
            ["azerbaijan"]
        );
        assert_eq!(ids(&g, "to contain Azerbaijani aggression"), ["azerbaijan"]);
        assert_eq!(ids(&g, "The Russian Foreign Ministry stated"), ["russia"]);
        assert_eq!(
            ids(&g, "the press service of the Armenian government"),
            ["armenia"]
        );
    }

    #[test]
    fn demonym_without_a_head_names_no_one() {
        let g = gazetteer();
        assert!(ids(&g, "ethnic Armenians and Ukrainian citizens").is_empty());
        assert!(ids(&g, "the Russian-Armenian relations").is_empty());
        assert!(ids(&g, "by Azerbaijani activists who demanded access").is_empty());
        assert!(ids(&g, "pro-Russian forces gathered").is_empty());
    }

    #[test]
    fn russian_peacekeepers_are_their_own_actor() {
        let g = gazetteer();
        assert_eq!(
            scan(&g, "Russian peacekeepers are not capable"),
            [pair("Russian peacekeepers", "russian-peacekeepers")]
        );
    }

    #[test]
    fn capital_acting_is_its_state() {
        let g = gazetteer();
        assert_eq!(
            scan(&g, "Baku accused Yerevan"),
            [pair("Baku", "azerbaijan"), pair("Yerevan", "armenia")]
        );
        assert_eq!(ids(&g, "Moscow is not going to leave"), ["russia"]);
        assert_eq!(
            ids(&g, "lack of response to Yerevan’s requests"),
            ["armenia"]
        );
        assert_eq!(
            ids(&g, "a peace treaty between Yerevan and Baku"),
            ["armenia", "azerbaijan"]
        );
        assert_eq!(
            ids(&g, "the supplies already paid for by Yerevan"),
            ["armenia"]
        );
    }

    #[test]
    fn capital_as_a_place_names_no_one() {
        let g = gazetteer();
        assert!(ids(&g, "a summit in Baku").is_empty());
        assert!(ids(&g, "rallied in downtown Yerevan").is_empty());
        assert!(ids(&g, "Headquartered in Moscow, the bloc").is_empty());
        assert!(ids(&g, "who accompanied him to Yerevan").is_empty());
        assert!(ids(&g, "on the sidelines of the Yerevan summit").is_empty());
        assert!(ids(&g, "mayor of the Kazakh capital, Astana, and").is_empty());
        assert!(ids(&g, "talks at the White House").is_empty());
    }

    #[test]
    fn state_in_a_person_designation_is_not_reported() {
        let g = gazetteer();
        assert_eq!(
            scan(
                &g,
                "Azerbaijani President Ilham Aliyev on Tuesday accused Armenia"
            ),
            [
                pair("Ilham Aliyev", "ilham-aliyev"),
                pair("Armenia", "armenia")
            ]
        );
        assert_eq!(
            scan(
                &g,
                "when Kazakh President Qasym-Zhomart Toqaev askeCSTO troops"
            ),
            [pair("Qasym-Zhomart Toqaev", "kassym-jomart-tokayev")]
        );
        assert_eq!(
            ids(&g, "Kremlin spokesman Dmitry Peskov said"),
            ["dmitry-peskov"]
        );
        assert_eq!(
            ids(&g, "Prime Minister of Armenia Nikol Pashinyan will not"),
            ["nikol-pashinyan"]
        );
        assert_eq!(
            ids(&g, "with President Vladimir Putin of Russia"),
            ["vladimir-putin"]
        );
        assert_eq!(
            ids(&g, "the foreign minister of Belarus, Maxim Ryzhenkov, said"),
            ["maxim-ryzhenkov"]
        );
        assert_eq!(
            ids(&g, "Kazakhstan’s former President Nursultan Nazarbaev"),
            ["nursultan-nazarbayev"]
        );
        assert_eq!(
            ids(
                &g,
                "The Armenian Foreign Ministry spokeswoman Ani Badalyan said"
            ),
            ["ani-badalyan"]
        );
    }

    #[test]
    fn title_without_a_name_leaves_its_state() {
        let g = gazetteer();
        assert_eq!(
            ids(&g, "he was told by the CSTO Secretary-General in 2022"),
            ["csto"]
        );
        assert_eq!(ids(&g, "He told the Russia leader that"), ["russia"]);
    }

    #[test]
    fn a_name_followed_by_a_number_names_something_else() {
        let g = gazetteer();
        assert_eq!(
            ids(&g, "Pashinyan told France 24 in an interview"),
            ["nikol-pashinyan"]
        );
    }

    #[test]
    fn match_inside_a_longer_word_is_ignored() {
        let g = gazetteer();
        assert!(ids(&g, "Toqaev askeCSTO troops").contains(&"kassym-jomart-tokayev".to_string()));
        assert!(!ids(&g, "askeCSTO troops").contains(&"csto".to_string()));
        assert!(ids(&g, "the Armenians and Russians").is_empty());
    }

    #[test]
    fn longest_match_wins_for_bodies() {
        let g = gazetteer();
        assert_eq!(
            scan(&g, "the Parliament of Armenia ratified the Rome Statute"),
            [pair("Parliament of Armenia", "national-assembly-armenia")]
        );
        assert_eq!(
            ids(&g, "the UN International Court of Justice has supported"),
            ["icj"]
        );
        assert_eq!(
            ids(&g, "the chairman of the CSTO Collective Security Council."),
            ["csto-collective-security-council"]
        );
        assert_eq!(ids(&g, "the Russia-led security bloc"), ["csto"]);
        assert_eq!(
            ids(&g, "the Russia-led Collective Security Treaty Organization"),
            ["csto"]
        );
    }

    #[test]
    fn security_alliance_is_the_csto() {
        let g = gazetteer();
        assert_eq!(
            scan(
                &g,
                "The Security Alliance said on Tuesday that it is looking for other sites."
            ),
            [pair("Security Alliance", "csto")]
        );
    }

    #[test]
    fn person_found_by_title_is_discovered_and_remembered_by_surname() {
        let g = gazetteer();
        let mut scanner = DocumentActorScanner::new(&g);
        let s1 = "Armenian Deputy Foreign Minister Vahan Kostanian met Russian diplomats.";
        let found = scanner.find(s1);
        let found: Vec<_> = found
            .iter()
            .map(|m| (&s1[m.range.clone()], m.actor.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("Vahan Kostanian", "vahan-kostanian"),
                ("Russian diplomats", "russia")
            ]
        );
        let person = &scanner.discovered()[0];
        assert_eq!(person.name, "Vahan Kostanian");
        assert_eq!(person.kind, ActorKind::Person);
        assert_eq!(person.description, "Armenian Deputy Foreign Minister");
        assert_eq!(person.country.as_deref(), Some("armenia"));
        assert!(person.discovered);

        let s2 = "Kostanian said the talks were useful.";
        let later = scanner.find(s2);
        assert_eq!(later.len(), 1);
        assert_eq!(&s2[later[0].range.clone()], "Kostanian");
        assert_eq!(later[0].actor, "vahan-kostanian");
        assert_eq!(
            scanner.discovered().len(),
            1,
            "the same person is not discovered twice"
        );
    }

    #[test]
    fn discovered_title_keeps_its_organisation_and_country() {
        let g = gazetteer();
        let mut scanner = DocumentActorScanner::new(&g);
        let s = "CSTO spokesman Ivan Petrovich Sidorov said.";
        let found = scanner.find(s);
        assert_eq!(found.len(), 1, "the CSTO only qualifies the spokesman");
        assert_eq!(&s[found[0].range.clone()], "Ivan Petrovich Sidorov");
        assert_eq!(scanner.discovered()[0].description, "CSTO spokesman");
        assert_eq!(scanner.discovered()[0].country, None);

        let s = "the deputy foreign minister of Belarus, Igor Sekreta, arrived.";
        let found = scanner.find(s);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].actor, "igor-sekreta");
        let igor = scanner
            .discovered()
            .iter()
            .find(|a| a.id == "igor-sekreta")
            .unwrap();
        assert_eq!(igor.country.as_deref(), Some("belarus"));
        assert_eq!(igor.description, "deputy foreign minister of Belarus");

        let s = "Russian Ambassador to Armenia Sergei Kopyrkin was summoned.";
        let found = scanner.find(s);
        assert_eq!(found.len(), 1, "Armenia is part of the designation");
        let envoy = scanner
            .discovered()
            .iter()
            .find(|a| a.id == "sergei-kopyrkin")
            .unwrap();
        assert_eq!(
            envoy.country.as_deref(),
            Some("russia"),
            "the host is not the country"
        );
        assert_eq!(envoy.description, "Russian Ambassador to Armenia");

        let mut scanner = DocumentActorScanner::new(&g);
        scanner.find("It said Kazakh politician Erlan Karin would attend.");
        assert_eq!(
            scanner.discovered()[0].country.as_deref(),
            Some("kazakhstan")
        );
        assert_eq!(scanner.discovered()[0].description, "Kazakh politician");
    }

    #[test]
    fn known_people_after_a_title_are_not_discovered() {
        let g = gazetteer();
        let mut scanner = DocumentActorScanner::new(&g);
        let found = scanner.find("President Putin and Russian President Vladimir Putin spoke.");
        assert!(found.iter().all(|m| m.actor == "vladimir-putin"));
        scanner.find("Kazakh politician Imanghali Tasmaghambetov will replace Belarusian politician Stanislau Zas.");
        assert!(scanner.discovered().is_empty());
    }

    #[test]
    fn headlines_and_common_words_are_not_taken_for_names() {
        let g = gazetteer();
        let mut scanner = DocumentActorScanner::new(&g);
        scanner.find("Armenian PM Attacks Russian-Led Alliance at Summit in Yerevan");
        scanner.find("The Prime Minister On Tuesday said no.");
        scanner.find("the prime minister emphasized that");
        scanner.find("He met the General Staff Academy chief.");
        assert!(
            scanner.discovered().is_empty(),
            "{:?}",
            scanner.discovered()
        );
        assert_eq!(
            ids(
                &g,
                "Armenian PM Attacks Russian-Led Alliance at Summit in Yerevan"
            ),
            ["csto"]
        );
    }

    #[test]
    fn particles_and_hyphens_stay_inside_discovered_names() {
        let g = gazetteer();
        let mut scanner = DocumentActorScanner::new(&g);
        scanner.find("EU official Maria van der Berg said.");
        scanner.find("Then van der Berg left.");
        let person = &scanner.discovered()[0];
        assert_eq!(person.name, "Maria van der Berg");
        assert_eq!(person.spellings, ["Maria van der Berg", "van der Berg"]);
        assert_eq!(slug("Jean-Noël Çelik"), "jean-noel-celik");
    }

    #[test]
    fn mentions_are_sorted_and_never_overlap() {
        let g = gazetteer();
        let s = "In response to Pashinian’s words about Russia’s estrangement, Russian presidential spokesman Dmitry Peskov said Moscow is not going to leave.";
        let found = DocumentActorScanner::new(&g).find(s);
        let ids: Vec<_> = found.iter().map(|m| m.actor.as_str()).collect();
        assert_eq!(
            ids,
            ["nikol-pashinyan", "russia", "dmitry-peskov", "russia"]
        );
        assert!(found.windows(2).all(|w| w[0].range.end <= w[1].range.start));
    }

    #[test]
    fn invalid_toml_is_a_clear_error() {
        let err = Gazetteer::from_toml("[[actor]\nid = ").unwrap_err();
        assert!(err.0.contains("not valid"), "{err}");
    }

    #[test]
    fn duplicate_id_is_an_error_naming_it() {
        let text = r#"
            [[actor]]
            id = "armenia"
            name = "Armenia"
            kind = "state"
            [[actor]]
            id = "armenia"
            name = "Armenia again"
            kind = "state"
        "#;
        let err = Gazetteer::from_toml(text).unwrap_err();
        assert!(err.0.contains("\"armenia\" is used twice"), "{err}");
    }

    #[test]
    fn bad_kind_id_country_and_shared_spelling_are_errors() {
        let actor = |id: &str, kind: &str, extra: &str| {
            format!("[[actor]]\nid = \"{id}\"\nname = \"N {id}\"\nkind = \"{kind}\"\n{extra}\n")
        };
        let err = Gazetteer::from_toml(&actor("x", "planet", "")).unwrap_err();
        assert!(err.0.contains("\"x\"") && err.0.contains("planet"), "{err}");
        let err = Gazetteer::from_toml(&actor("Bad Id", "state", "")).unwrap_err();
        assert!(err.0.contains("URL-safe"), "{err}");
        let err = Gazetteer::from_toml(&actor("p", "person", "country = \"nowhere\"")).unwrap_err();
        assert!(
            err.0.contains("\"p\"") && err.0.contains("nowhere"),
            "{err}"
        );
        let text = actor("a", "person", "spellings = [\"Smith\"]")
            + &actor("b", "person", "spellings = [\"Smith\"]");
        let err = Gazetteer::from_toml(&text).unwrap_err();
        assert!(
            err.0.contains("Smith") && err.0.contains("\"a\"") && err.0.contains("\"b\""),
            "{err}"
        );
        let err =
            Gazetteer::from_toml(&actor("o", "organization", "capitals = [\"X\"]")).unwrap_err();
        assert!(err.0.contains("only states"), "{err}");
        let err = Gazetteer::from_toml(&actor("t", "state", "spelings = [\"X\"]")).unwrap_err();
        assert!(err.0.contains("spelings"), "{err}");
    }

    #[test]
    fn empty_gazetteer_finds_nothing() {
        let g = Gazetteer::default();
        assert!(
            DocumentActorScanner::new(&g)
                .find("Pashinyan said")
                .is_empty()
        );
        let g = Gazetteer::from_toml("").unwrap();
        assert!(
            DocumentActorScanner::new(&g)
                .find("Minister John Smith said")
                .is_empty()
        );
    }
}
