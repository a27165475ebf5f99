//! Reading one document's sentences for actors: [`DocumentActorScanner`]
//! chooses among overlapping matches, reads title phrases and appositions,
//! and discovers and remembers people the gazetteer lacks.

use std::ops::Range;

use super::matcher::{Matcher, TitleHit, Via, merge_title_phrases};
use super::names::{
    after_lowercase_prefix, looks_like_headline, month_after_its_day, name_start_before,
    only_possessive_gap, overlaps, parse_name, skip_joiner, skip_ws, slug, surname_of,
};
use super::{ActorMention, Gazetteer};
use crate::extract::memo;
use crate::extract::text::{
    ByteSet, at_word_end, at_word_start, ends_with_in_any_case, occurrences,
};
use crate::model::{Actor, ActorKind};

/// Finds actors in the sentences of one document, in reading order. It
/// remembers people discovered by title earlier in the document, so a later
/// surname alone ("Kostanian said") still resolves.
pub(crate) struct DocumentActorScanner<'g> {
    gazetteer: &'g Gazetteer,
    discovered: Vec<Actor>,
    /// The organization of states named last in the document, by gazetteer
    /// index: what "the bloc" stands for next.
    last_organization: Option<usize>,
    /// How often the document has named each state so far, by gazetteer
    /// index, with the sentence that last named it: whose "the
    /// government" it is.
    states_named: Vec<StateNamed>,
    /// How many sentences the scanner has read.
    sentences_read: usize,
    /// Known people the document has named in full, by gazetteer index,
    /// with the surname they go by from then on ("Armen Grigoryan ...
    /// Grigoryan says"), though the gazetteer gives no surname alone
    /// because others bear it too.
    named_in_full: Vec<(usize, String)>,
}

/// A state the document has named, itself or through its people and bodies.
struct StateNamed {
    /// Its gazetteer index.
    state: usize,
    times: usize,
    /// The sentence that named it last, counted from the document's first.
    last_sentence: usize,
}

impl<'g> DocumentActorScanner<'g> {
    pub(crate) fn new(gazetteer: &'g Gazetteer) -> Self {
        DocumentActorScanner {
            gazetteer,
            discovered: Vec::new(),
            last_organization: None,
            states_named: Vec::new(),
            sentences_read: 0,
            named_in_full: Vec::new(),
        }
    }

    /// The gazetteer the document is read with.
    pub(crate) fn gazetteer(&self) -> &'g Gazetteer {
        self.gazetteer
    }

    /// The actors named in `sentence`, in order of position, without overlaps.
    pub(crate) fn find(&mut self, sentence: &str) -> Vec<ActorMention> {
        let Some(m) = self.gazetteer.matcher.as_deref() else {
            return Vec::new();
        };
        let s = sentence;
        // What the gazetteer alone finds in the sentence, read once per
        // sentence text and load (see [`GazetteerHits`]).
        let hits = memo::gazetteer_hits(m, s, || gazetteer_hits(m, s));
        let mut cands = hits.cands.into_vec();
        let demonym_hits = &hits.demonym_hits;
        self.surnames_of_those_named_in_full(s, &mut cands);
        // The sentence's bytes are read only once someone has been discovered.
        if !self.discovered.is_empty() {
            let held = ByteSet::of(s);
            for (i, actor) in self.discovered.iter().enumerate() {
                push_discovered_spellings(s, &held, actor, i, &mut cands);
            }
        }

        let mut chosen = select(cands);
        self.remember_those_named_in_full(s, &chosen);
        self.other_bearers_of_a_surname(m, s, &mut chosen);
        let before = self.discovered.len();
        // The titles of the sentence, read once for both passes over them.
        let titles = &hits.titles;
        let mut suppressed = self.resolve_titles(m, s, titles, &mut chosen, demonym_hits);
        self.appositions(m, s, titles, &mut chosen, &mut suppressed);

        // A surname of someone discovered in this very sentence may recur in it.
        if self.discovered.len() > before {
            let mut extra = Vec::new();
            let held = ByteSet::of(s);
            for i in before..self.discovered.len() {
                push_discovered_spellings(s, &held, &self.discovered[i], i, &mut extra);
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

        self.back_references(s, &mut chosen, &mut suppressed);
        self.own_government(m, s, &mut chosen, &mut suppressed);

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

    /// The surnames of the known people named in full so far, where they
    /// stand alone in `s`: theirs, as a discovered person's surname is.
    /// A surname two of them share is neither's.
    fn surnames_of_those_named_in_full(&self, s: &str, cands: &mut Vec<Cand>) {
        for (i, surname) in &self.named_in_full {
            let shared = self
                .named_in_full
                .iter()
                .any(|(other, name)| other != i && name == surname);
            if shared {
                continue;
            }
            for at in occurrences(s, surname) {
                let end = at + surname.len();
                if at_word_start(s, at) && at_word_end(s, end) {
                    cands.push(Cand {
                        range: at..end,
                        who: Who::Known(*i),
                        prio: 0,
                    });
                }
            }
        }
    }

    /// Notes the known people `chosen` names in full (by more than one
    /// word), whose surname alone the gazetteer does not give.
    fn remember_those_named_in_full(&mut self, s: &str, chosen: &[Cand]) {
        for c in chosen {
            let Who::Known(i) = c.who else {
                continue;
            };
            let actor = &self.gazetteer.actors[i];
            if actor.kind != ActorKind::Person || !s[c.range.clone()].contains(' ') {
                continue;
            }
            let surname = surname_of(&actor.name);
            let given = surname == actor.name || actor.spellings.iter().any(|sp| sp == surname);
            if !given && !self.named_in_full.iter().any(|(at, _)| *at == i) {
                self.named_in_full.push((i, surname.to_string()));
            }
        }
    }

    /// "The government informed the secretariat": a government named by no
    /// state is that of the state the article has named most so far, itself
    /// or through its people and bodies. Counts this sentence's states first.
    fn own_government(
        &mut self,
        m: &Matcher,
        s: &str,
        chosen: &mut Vec<Cand>,
        suppressed: &mut Vec<bool>,
    ) {
        let g = self.gazetteer;
        for (c, _) in chosen
            .iter()
            .zip(suppressed.iter())
            .filter(|(_, sup)| !**sup)
        {
            let Who::Known(i) = c.who else { continue };
            // "Armenia's National Assembly passed the law" names Armenia
            // through its parliament, as "Pashinyan said" does through him.
            let state = match g.actors[i].kind {
                ActorKind::State => Some(i),
                _ => g.actors[i]
                    .country
                    .as_deref()
                    .and_then(|id| g.index.get(id).copied()),
            };
            let Some(state) = state else { continue };
            // "the main road to Georgia", "looking north towards Georgia": a
            // state named as where a way leads is no party to the story,
            // whose "government" it cannot be.
            let before = s[..c.range.start].trim_end();
            if WAY_TO.iter().any(|word| {
                ends_with_in_any_case(before, word)
                    && at_word_start(before, before.len() - word.len())
            }) {
                continue;
            }
            match self
                .states_named
                .iter_mut()
                .find(|named| named.state == state)
            {
                Some(named) => {
                    named.times += 1;
                    named.last_sentence = self.sentences_read;
                }
                None => self.states_named.push(StateNamed {
                    state,
                    times: 1,
                    last_sentence: self.sentences_read,
                }),
            }
        }
        self.sentences_read += 1;
        // Of states named as often, the one named last: "Turkey says it
        // cannot approve the bids. Pashinyan tells deputies that leaving is
        // not on the government's agenda" is Armenia's government.
        let Some(state) = self
            .states_named
            .iter()
            .max_by_key(|named| (named.times, named.last_sentence))
            .map(|named| named.state)
        else {
            return;
        };
        let mut found = Vec::new();
        for noun in &m.own_government {
            for at in occurrences(s, noun) {
                let range = at..at + noun.len();
                // "the government of Kazakhstan" names its state.
                let named_after = s[range.end..].starts_with(" of ");
                if named_after
                    || !at_word_start(s, at)
                    || !at_word_end(s, range.end)
                    || chosen.iter().any(|c| overlaps(&c.range, &range))
                {
                    continue;
                }
                found.push(range);
            }
        }
        for range in found {
            chosen.push(Cand {
                range,
                who: Who::Known(state),
                prio: 0,
            });
            suppressed.push(false);
        }
        // "On 8 May parliament elected Nikol Pashinyan prime minister": the
        // parliament of that state (see [`Gazetteer::parliament_of`]),
        // unless another is named before the noun ("the Russian
        // parliament", "Russia's parliament").
        let mut houses = Vec::new();
        for noun in &m.own_parliament {
            for at in occurrences(s, noun) {
                let range = at..at + noun.len();
                let before = s[..at].trim_end();
                let word_before = before
                    .rsplit(|c: char| c.is_whitespace())
                    .next()
                    .unwrap_or_default();
                // Only the house that acts, at the head of its clause: after
                // the opening, a comma, a conjunction or a time ("On 8 May
                // parliament elected ...", "six days after parliament
                // elected him"), and before its verb. Not "told
                // parliament", "outside parliament", "the parliament
                // building", "the Russian parliament".
                let word_before = word_before.strip_prefix('(').unwrap_or(word_before);
                let heads_a_clause = word_before.is_empty()
                    || word_before.ends_with(',')
                    || matches!(
                        word_before,
                        "The"
                            | "and"
                            | "then"
                            | "after"
                            | "before"
                            | "when"
                            | "until"
                            | "since"
                            | "that"
                    )
                    || crate::extract::calendar::month_number(word_before).is_some()
                    || word_before.parse::<chrono::Weekday>().is_ok()
                    || (word_before.len() == 4 && word_before.bytes().all(|b| b.is_ascii_digit()));
                let word_after = s[range.end..]
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .trim_end_matches([',', '.']);
                let acts = crate::extract::clauses::is_past_form(word_after)
                    || crate::extract::clauses::is_auxiliary(word_after)
                    || matches!(
                        word_after,
                        "votes"
                            | "passes"
                            | "ratifies"
                            | "adopts"
                            | "approves"
                            | "elects"
                            | "rejects"
                    );
                if !heads_a_clause
                    || !acts
                    || s[range.end..].starts_with(" of ")
                    || !at_word_start(s, at)
                    || !at_word_end(s, range.end)
                    || chosen.iter().any(|c| overlaps(&c.range, &range))
                {
                    continue;
                }
                houses.push(range);
            }
        }
        if houses.is_empty() {
            return;
        }
        let Some(house) = g.parliament_of(state) else {
            return;
        };
        for range in houses {
            chosen.push(Cand {
                range,
                who: Who::Known(house),
                prio: 0,
            });
            suppressed.push(false);
        }
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
            // At the start of a sentence a capital says less: "As
            // Pashinyan said" is not a person called As, but "Tigran
            // Sargsyan told reporters" is not Serzh Sargsyan either.
            let sentence_start = s[..given_start].trim_end().is_empty()
                || s[..given_start]
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '“', '—']);
            let lowered_given = given.to_lowercase();
            let opener = sentence_start
                && (SENTENCE_OPENERS.contains(&lowered_given.as_str())
                    // A log's entries: "Added Pashinyan's France 24 interview ...".
                    || crate::extract::clauses::LOG_VERBS.contains(&lowered_given.as_str()));
            let known_given = actor
                .spellings
                .iter()
                .chain(std::iter::once(&actor.name))
                .any(|name| name.split(' ').any(|w| w == given));
            let month_of_a_date = month_after_its_day(s, given_start, given);
            if !capitalised
                || opener
                || month_of_a_date
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
        titles: &[TitleHit],
        chosen: &mut Vec<Cand>,
        suppressed: &mut Vec<bool>,
    ) {
        let blocked: Vec<Range<usize>> = chosen.iter().map(|c| c.range.clone()).collect();
        for title in titles {
            let before = &s[..title.range.start];
            let Some(comma) = before.rfind(", ") else {
                continue;
            };
            if !plain_gap(&before[comma + 2..]) {
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
            self.choose_discovered(s, name, &description, chosen, suppressed);
        }
        // "Russia's envoy to the organization, Viktor Vasilyev, said": the
        // name set off by commas after its title.
        let blocked: Vec<Range<usize>> = chosen.iter().map(|c| c.range.clone()).collect();
        for title in titles {
            let after = &s[title.range.end..];
            let Some(comma) = after.find(", ") else {
                continue;
            };
            if !plain_gap(&after[..comma]) {
                continue;
            }
            let start = title.range.end + comma + 2;
            if chosen.iter().any(|c| c.range.start == start) {
                continue;
            }
            let Some(name) = parse_name(m, s, start, &blocked) else {
                continue;
            };
            // The apposition closes with a comma of its own.
            if !s[name.end..].starts_with(',') {
                continue;
            }
            let description = s[title.range.start..title.range.end + comma].to_string();
            self.choose_discovered(s, name, &description, chosen, suppressed);
        }
    }

    /// Discovers the person named at `name` by an apposition and makes the
    /// name one of the sentence's chosen mentions.
    fn choose_discovered(
        &mut self,
        s: &str,
        name: Range<usize>,
        description: &str,
        chosen: &mut Vec<Cand>,
        suppressed: &mut Vec<bool>,
    ) {
        let who = self.discover(&s[name.clone()], description, None);
        chosen.push(Cand {
            range: name,
            who,
            prio: 3,
        });
        suppressed.push(false);
    }

    /// Makes `name` known as a person of this document (a speaker found by
    /// the way they are quoted), unless it names a known actor already.
    pub(crate) fn introduce(&mut self, name: &str, description: &str) {
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
            let country = self
                .gazetteer
                .state_by_demonym(description)
                .map(|state| state.id.clone());
            self.discover(name, description, country);
        }
    }

    /// The id of the organization of states named last in the document so
    /// far.
    pub(crate) fn last_organization(&self) -> Option<&str> {
        self.last_organization
            .map(|i| self.gazetteer.actors[i].id.as_str())
    }

    /// People discovered by their title so far in this document.
    pub(crate) fn discovered(&self) -> &[Actor] {
        &self.discovered
    }

    fn actor(&self, who: Who) -> &Actor {
        match who {
            Who::Known(i) => &self.gazetteer.actors[i],
            Who::Found(i) => &self.discovered[i],
        }
    }

    /// "The bloc sent troops", "the Organization's summit": a common noun
    /// stands for the organization named last before it, in this sentence or
    /// an earlier one, when that organization (or the one it is a body of)
    /// lists the noun among its `back_references`. Before any organization is
    /// named, or after one that does not list it ("the EU ... the bloc"), it
    /// stands for no one: a wrong actor is worse than a missing one. A
    /// state's own body ("the Security Council of Armenia") is no bloc or
    /// organization of states, so it does not come between.
    fn back_references(&mut self, s: &str, chosen: &mut Vec<Cand>, suppressed: &mut Vec<bool>) {
        let g = self.gazetteer;
        let is_organization =
            |i: usize| g.actors[i].kind == ActorKind::Organization && g.actors[i].country.is_none();
        let mut named: Vec<(usize, usize)> = chosen
            .iter()
            .zip(suppressed.iter())
            .filter_map(|(c, sup)| match c.who {
                Who::Known(i) if !sup && is_organization(i) => Some((c.range.start, i)),
                _ => None,
            })
            .collect();
        let mut found = Vec::new();
        // Most sentences hold none of the forms: one pass of the finder
        // tells which they hold, where setting up `match_indices`, or even
        // `contains`, for each form cost more than the search.
        let mut present = vec![false; 2 * g.back_reference_forms.len()];
        if let Some(finder) = &g.back_reference_finder {
            for hit in finder.find_overlapping_iter(s) {
                present[hit.pattern().as_usize()] = true;
            }
        }
        for (k, (phrase, variants)) in g.back_reference_forms.iter().enumerate() {
            let held = variants
                .iter()
                .enumerate()
                .filter(|&(v, _)| present[2 * k + v])
                .map(|(_, variant)| variant);
            for variant in held {
                for (at, _) in s.match_indices(variant.as_str()) {
                    let range = at..at + variant.len();
                    // "the Council of Foreign Ministers": a name the
                    // noun only begins.
                    if !at_word_start(s, at)
                        || !at_word_end(s, range.end)
                        || begins_a_name(&s[range.end..])
                        || chosen.iter().any(|c| overlaps(&c.range, &range))
                        || found
                            .iter()
                            .any(|(r, _): &(Range<usize>, usize)| overlaps(r, &range))
                    {
                        continue;
                    }
                    let last = named
                        .iter()
                        .filter(|(start, _)| *start < at)
                        .max_by_key(|(start, _)| *start)
                        .map(|&(_, i)| i)
                        .or(self.last_organization);
                    let Some(last) = last else { continue };
                    let whole = g.part_of[last]
                        .as_ref()
                        .and_then(|id| g.index.get(id).copied());
                    let owner = std::iter::once(last)
                        .chain(whole)
                        .find(|&i| g.back_references[i].iter().any(|r| r == phrase));
                    if let Some(owner) = owner {
                        found.push((range, owner));
                    }
                }
            }
        }
        for (range, owner) in found {
            named.push((range.start, owner));
            chosen.push(Cand {
                range,
                who: Who::Known(owner),
                prio: 0,
            });
            suppressed.push(false);
        }
        named.sort_unstable();
        // "the Collective Security Council of the CSTO": the organization
        // after "of" says whose body it is; the body is still the one named
        // last, which "the Council" then stands for.
        let whose_body = |&(start, whole): &(usize, usize), body: usize| {
            g.part_of[body].as_deref() == Some(g.actors[whole].id.as_str())
                && s[..start].trim_end().ends_with(" of the")
        };
        let last = match named.as_slice() {
            [.., (_, body), whole] if whose_body(whole, *body) => Some(*body),
            [.., (_, last)] => Some(*last),
            [] => None,
        };
        if last.is_some() {
            self.last_organization = last;
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
        all_titles: &[TitleHit],
        chosen: &mut Vec<Cand>,
        demonym_hits: &[(Range<usize>, usize)],
    ) -> Vec<bool> {
        let mut suppressed = vec![false; chosen.len()];
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
            // to Armenia Sergei Kopyrkin", "Ambassador of the Russian
            // Federation to the Republic of Armenia Sergei Kopyrkin": the
            // bodies joined to the title are part of the designation; only
            // the first "of" says whose official it is.
            let mut of_idx = None;
            let mut joined_by_of = false;
            let mut last_joined = None;
            for _ in 0..2 {
                let joined = ["of", "to"].into_iter().find_map(|joiner| {
                    let after = skip_joiner(s, pos, joiner)?;
                    let j = chosen.iter().position(|c| c.range.start == after)?;
                    (!self.is_person(chosen[j].who)).then_some((j, joiner))
                });
                let Some((j, joiner)) = joined else {
                    break;
                };
                if of_idx.is_none() {
                    of_idx = Some(j);
                    joined_by_of = joiner == "of";
                }
                last_joined = Some(j);
                pos = chosen[j].range.end;
                if s[pos..].starts_with(',') {
                    pos += 1;
                    break;
                }
            }
            // "Pashinyan's wife, Anna Hakobyan": the name set off by a comma.
            if s[pos..].starts_with(", ") {
                pos += 1;
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
                let desc_end = last_joined.map_or(phrase.end, |j| chosen[j].range.end);
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
                for j in [prefix_idx, of_idx, last_joined].into_iter().flatten() {
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

/// What the gazetteer alone finds in a sentence: the names of its actors
/// (spellings, capitals, demonyms with their heads) before any choice
/// among them, the demonyms, and the titles. It depends on nothing but the
/// sentence's text and the gazetteer's matcher: not on who the document
/// has discovered or named before, which [`DocumentActorScanner::find`]
/// weighs afterwards. So an archive's repeated sentence is read for it
/// once (see [`memo::gazetteer_hits`]).
///
/// Kept in boxed slices, which hold nothing when empty: most sentences
/// name no demonym and no title, and a thread keeps thousands of these.
#[derive(Clone)]
pub(crate) struct GazetteerHits {
    cands: Box<[Cand]>,
    /// Demonyms seen with or without a head: a title phrase may follow them.
    demonym_hits: Box<[(Range<usize>, usize)]>,
    titles: Box<[TitleHit]>,
}

fn gazetteer_hits(m: &Matcher, s: &str) -> GazetteerHits {
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
    // "Kyrgyz and Tajik troops": a demonym joined to one that heads its
    // noun shares the noun.
    for (r, actor) in &demonym_hits {
        let headed = |c: &Cand| c.range.start == r.start && c.prio == 2;
        if cands.iter().any(headed) {
            continue;
        }
        let shares = demonym_hits.iter().any(|(next, _)| {
            matches!(s.get(r.end..next.start), Some(" and " | " or " | ", "))
                && cands
                    .iter()
                    .any(|c| c.range.start == next.start && c.prio == 2)
        });
        if shares {
            cands.push(Cand {
                range: r.clone(),
                who: Who::Known(*actor),
                prio: 2,
            });
        }
    }
    GazetteerHits {
        cands: cands.into_boxed_slice(),
        titles: m.title_hits(s).into_boxed_slice(),
        demonym_hits: demonym_hits.into_boxed_slice(),
    }
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

/// Chooses non-overlapping candidates, longest first.
fn select(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by(|a, b| {
        b.range
            .len()
            .cmp(&a.range.len())
            .then(a.prio.cmp(&b.prio))
            .then(matches!(b.who, Who::Found(_)).cmp(&matches!(a.who, Who::Found(_))))
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

fn push_discovered_spellings(
    s: &str,
    held: &ByteSet,
    actor: &Actor,
    i: usize,
    out: &mut Vec<Cand>,
) {
    // A spelling whose first letter the sentence lacks is not in it.
    for spelling in actor
        .spellings
        .iter()
        .filter(|spelling| held.may_hold(spelling))
    {
        // "Tigran Sargsyan told reporters ... Sargsyan added": once the
        // article has named someone, their surname alone is theirs, before
        // a better-known bearer's.
        let surname = !spelling.contains(' ');
        for at in occurrences(s, spelling) {
            let end = at + spelling.len();
            if at_word_start(s, at) && at_word_end(s, end) {
                out.push(Cand {
                    range: at..end,
                    who: Who::Found(i),
                    prio: if surname { 0 } else { 3 },
                });
            }
        }
    }
}

/// The words between a name and its title ("spokesman for", "envoy to the
/// organization"): a few lowercase words at most.
fn plain_gap(gap: &str) -> bool {
    const MAX_GAP_WORDS: usize = 4;
    let words: Vec<&str> = gap.split_whitespace().collect();
    // "the centre's research director": a possessive is plain too; so is a
    // place the person works from ("a Baku-based political analyst").
    words.len() <= MAX_GAP_WORDS
        && words.iter().all(|w| {
            let w = match w.strip_suffix("-based") {
                Some(place) => place.strip_prefix(char::is_uppercase).unwrap_or(place),
                None => w,
            };
            w.chars()
                .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
        })
}

/// Words before a state named as where a way leads ("the road to Georgia").
const WAY_TO: &[&str] = &["to", "towards", "toward", "into", "near", "across"];

/// Words that open a sentence before a surname without being a given name
/// ("As Pashinyan said", "Later Pashinyan told ...").
#[rustfmt::skip]
const SENTENCE_OPENERS: &[&str] = &[
    "as", "when", "while", "then", "but", "and", "yet", "so", "still", "later", "earlier",
    "meanwhile", "yesterday", "today", "now", "also", "even", "only", "if", "since", "after",
    "before", "although", "though", "because", "once", "here", "there", "where", "why", "how",
    "what", "thus", "hence", "instead", "indeed", "moreover", "however", "finally", "first",
    "next", "again", "perhaps", "both", "neither", "either", "not", "like", "unlike", "despite",
    "until", "unless", "whether", "did", "does", "was", "has", "had", "will", "would", "could",
    "should", "can", "may", "might", "must", "said", "says", "told", "asked", "according",
    "speaking", "thank", "thanks", "with", "without", "for", "from", "about", "against",
    "between", "among", "during", "through", "over", "under", "all", "many", "some", "most",
    "several", "every", "each", "other", "another", "his", "her", "their", "our", "its", "your",
    "former", "acting", "deputy", "premier", "president", "minister", "general", "ambassador",
    "dear", "mr", "mrs", "ms", "dr", "sir", "madam", "citizen", "comrade", "ask", "write",
];

/// Whether what follows a noun makes it the start of a longer name: "the
/// Council" in "the Council of Foreign Ministers" (not "the bloc of having
/// planned a war").
fn begins_a_name(after: &str) -> bool {
    after.strip_prefix(" of ").is_some_and(|rest| {
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        rest.starts_with(char::is_uppercase)
    })
}
