//! Loading the gazetteer: the `actors.toml` format, its validation, and
//! the [`Gazetteer`] that holds the actors and their matcher.

use std::sync::Arc;

use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};

use super::matcher::Matcher;
use super::names::strip_possessive;
use crate::extract::text::is_url_safe_id;
use crate::model::{Actor, ActorKind};

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
    /// Roles that stand for a person the article named ("the Russian president").
    pub speaker_roles: Vec<SpeakerRole>,
    /// Nouns, lowercase with their article, that stand for the state the
    /// article has named most so far ("the government").
    pub own_government: Vec<String>,
    /// Nouns, lowercase, that stand for the parliament of that state
    /// ("parliament ratified the statute"): the organization of the file
    /// whose country is the state and whose description says "parliament".
    pub own_parliament: Vec<String>,
}

/// A role an article names instead of a person: "the russian president"
/// stands for the person named before whose description holds "President"
/// and whose state is Russia.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerRole {
    /// As written, lowercase, with its article: "the head of state".
    pub role: String,
    /// What the person's description must hold: "President".
    pub office: String,
    /// The id of the state the person must belong to, if the role names one.
    #[serde(default)]
    pub country: Option<String>,
}

/// All known actors, loaded from a TOML data file.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub(super) actors: Vec<Actor>,
    /// Actor ids to their place: looked up for every pair of reports that
    /// merging weighs, so hashed by Fx rather than SipHash.
    pub(super) index: FxHashMap<String, usize>,
    demonyms: Vec<Vec<String>>,
    capitals: Vec<Vec<String>>,
    /// The organization each body belongs to, by index, if it names one.
    pub(super) part_of: Vec<Option<String>>,
    /// The organization each person holds an office of, by index, if the
    /// file names one ("csto" for its secretary-general).
    office: Vec<Option<String>>,
    /// The common nouns that stand for each organization once it has been
    /// named ("the bloc", "the Organization"), by index; empty for others.
    pub(super) back_references: Vec<Vec<String>>,
    /// Every back reference once, as written and as it opens a sentence
    /// ("the bloc", "The bloc"): what the scanner looks for.
    pub(super) back_reference_forms: Vec<(String, [String; 2])>,
    /// Every variant of [`Self::back_reference_forms`] in one automaton, the
    /// variant `v` of form `k` as pattern `2k + v`: one pass over a sentence
    /// tells which of them it holds.
    pub(super) back_reference_finder: Option<AhoCorasick>,
    /// How an article names each organization's members together or their
    /// meetings once it has named it ("the leaders", "the summit"), in
    /// lowercase, by index; empty for others.
    gatherings: Vec<Vec<String>>,
    rules: Rules,
    /// The speaker roles, found in one pass over a sentence: asked of every
    /// sentence, one search per role built a searcher per role each time.
    role_finder: Option<AhoCorasick>,
    pub(super) matcher: Option<Arc<Matcher>>,
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
    /// The organization a body belongs to ("csto" for its secretariat).
    part_of: Option<String>,
    /// Persons only: the organization whose office they hold ("csto" for
    /// its secretary-general), which acts when they act in office.
    office: Option<String>,
    #[serde(default)]
    spellings: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    capitals: Vec<String>,
    /// Organizations only: nouns that stand for it after it is named.
    #[serde(default)]
    back_references: Vec<String>,
    /// Organizations only: its members together or their meetings ("the
    /// leaders", "the summit"), whose deeds are its own once it is named.
    #[serde(default)]
    gatherings: Vec<String>,
}

impl Rules {
    /// Whether `word` belongs to a title or a title's modifier ("said
    /// Foreign Minister Ararat Mirzoyan": "Foreign", "Minister"), in any
    /// case: a word of a title is no part of a name.
    pub fn is_title_word(&self, word: &str) -> bool {
        self.titles
            .iter()
            .chain(&self.title_modifiers)
            .flat_map(|title| title.split([' ', '-']))
            .any(|part| part.eq_ignore_ascii_case(word))
    }
}

impl Gazetteer {
    /// Parses and validates a gazetteer file, and builds its matcher.
    pub fn from_toml(text: &str) -> Result<Self, GazetteerError> {
        let raw: RawFile = toml::from_str(text)
            .map_err(|e| GazetteerError(format!("the actors file is not valid: {e}")))?;

        let mut index = FxHashMap::default();
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
        let part_of = raw.actors.iter().map(|a| a.part_of.clone()).collect();
        let office = raw.actors.iter().map(|a| a.office.clone()).collect();
        let mut back_references = Vec::with_capacity(raw.actors.len());
        let mut gatherings = Vec::with_capacity(raw.actors.len());
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
            if let Some(whole) = &a.part_of {
                let is_organization = index
                    .get(whole)
                    .is_some_and(|&i| raw.actors[i].kind == "organization");
                if kind != ActorKind::Organization || !is_organization || whole == id {
                    return Err(GazetteerError(format!(
                        "actor {id:?}: part_of {whole:?} must be the id of another organization in this file, and only an organization's body has one"
                    )));
                }
            }
            if let Some(organization) = &a.office {
                let is_organization = index
                    .get(organization)
                    .is_some_and(|&i| raw.actors[i].kind == "organization");
                if kind != ActorKind::Person || !is_organization {
                    return Err(GazetteerError(format!(
                        "actor {id:?}: office {organization:?} must be the id of an organization in this file, and only a person holds one"
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
            let references = clean(&a.back_references, "back reference")?;
            if !references.is_empty() && kind != ActorKind::Organization {
                return Err(GazetteerError(format!(
                    "actor {id:?}: only organizations may have back_references"
                )));
            }
            if let Some(bad) = references.iter().find(|r| !r.starts_with("the ")) {
                return Err(GazetteerError(format!(
                    "actor {id:?}: back reference {bad:?} must start with \"the \" (\"the bloc\")"
                )));
            }
            back_references.push(references);
            let gathered = clean(&a.gatherings, "gathering")?;
            if !gathered.is_empty() && kind != ActorKind::Organization {
                return Err(GazetteerError(format!(
                    "actor {id:?}: only organizations may have gatherings"
                )));
            }
            if let Some(bad) = gathered
                .iter()
                .find(|g| !g.starts_with("the ") || g.to_lowercase() != **g)
            {
                return Err(GazetteerError(format!(
                    "actor {id:?}: gathering {bad:?} must be lowercase and start with \"the \" (\"the leaders\")"
                )));
            }
            gatherings.push(gathered);
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

        for role in &raw.rules.speaker_roles {
            if let Some(country) = &role.country
                && !index.contains_key(country)
            {
                return Err(GazetteerError(format!(
                    "speaker role {:?}: country {country:?} is not an actor id of this file",
                    role.role
                )));
            }
            if role.role.trim().is_empty() || role.role != role.role.to_lowercase() {
                return Err(GazetteerError(format!(
                    "speaker role {:?}: write the role in lowercase, with its article (\"the head of state\")",
                    role.role
                )));
            }
        }
        let matcher = Matcher::build(&actors, &demonyms, &capitals, &raw.rules)?;
        let role_finder = AhoCorasick::new(raw.rules.speaker_roles.iter().map(|r| &r.role))
            .map_err(|e| GazetteerError(format!("speaker roles: {e}")))?;
        let back_reference_forms = reference_forms(&back_references);
        let back_reference_finder = AhoCorasick::new(
            back_reference_forms
                .iter()
                .flat_map(|(_, variants)| variants),
        )
        .map_err(|e| GazetteerError(format!("back references: {e}")))?;
        Ok(Gazetteer {
            actors,
            index,
            demonyms,
            capitals,
            part_of,
            office,
            back_reference_forms,
            back_reference_finder: Some(back_reference_finder),
            back_references,
            gatherings,
            rules: raw.rules,
            role_finder: Some(role_finder),
            matcher: Some(Arc::new(matcher)),
        })
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// Drops the automata that find actors in text (several megabytes for a
    /// full gazetteer), keeping the actors and what is looked up by id:
    /// once the articles are read, merging and building events need only
    /// those, and the room.
    pub fn drop_finders(&mut self) {
        self.matcher = None;
        self.role_finder = None;
        self.back_reference_finder = None;
    }

    /// The parliament of the state at `state`: the organization whose
    /// country it is and whose description says it is one ("Armenia's
    /// parliament").
    pub(super) fn parliament_of(&self, state: usize) -> Option<usize> {
        let id = self.actors.get(state)?.id.as_str();
        self.actors.iter().position(|a| {
            a.kind == ActorKind::Organization
                && a.country.as_deref() == Some(id)
                && a.description.to_lowercase().ends_with("parliament")
        })
    }

    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.index.get(id).map(|&i| &self.actors[i])
    }

    /// The capitals of state `id` ("Yerevan" for Armenia), as the file
    /// gives them; empty for any other actor.
    pub(crate) fn capitals_of(&self, id: &str) -> &[String] {
        self.index
            .get(id)
            .and_then(|&i| self.capitals.get(i))
            .map_or(&[], Vec::as_slice)
    }

    /// The organization a body belongs to ("csto" for "csto-secretariat"):
    /// what a body does, its organization does too.
    pub fn part_of(&self, id: &str) -> Option<&str> {
        self.index.get(id).and_then(|&i| self.part_of[i].as_deref())
    }

    /// The organization whose office a person holds ("csto" for its
    /// secretary-general): when they act in office, it acts.
    pub fn office(&self, id: &str) -> Option<&str> {
        self.index.get(id).and_then(|&i| self.office[i].as_deref())
    }

    /// The organization, by id, whose members together or whose meeting a
    /// main clause opening with `main` (lowercase) names, if `last` (the
    /// organization the article named last) or the organization it is a
    /// body of lists that gathering: "the leaders met by video" after the
    /// CSTO is named is the CSTO's deed.
    pub(crate) fn gathering_of(&self, last: &str, main: &str) -> Option<&str> {
        let at = *self.index.get(last)?;
        let whole = self.part_of[at]
            .as_ref()
            .and_then(|id| self.index.get(id).copied());
        std::iter::once(at).chain(whole).find_map(|i| {
            self.gatherings
                .get(i)?
                .iter()
                .any(|g| {
                    main.strip_prefix(g.as_str())
                        .is_some_and(|rest| rest.starts_with(' '))
                })
                .then(|| self.actors[i].id.as_str())
        })
    }

    /// The rules the matcher reads demonyms, capitals and titles with.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// The first speaker role, in the file's order, that `lowered` (a
    /// lowercase text) holds anywhere.
    pub fn speaker_role_in(&self, lowered: &str) -> Option<&SpeakerRole> {
        // Every occurrence of every role is reported: the one the text names
        // first is the subject's ("the acting prime minister instructed the
        // minister of foreign affairs"); of those starting at one place, the
        // first of the file (a longer role is listed before its head).
        let (_, first) = self
            .role_finder
            .as_ref()?
            .find_overlapping_iter(lowered)
            .map(|m| (m.start(), m.pattern().as_usize()))
            .min()?;
        self.rules.speaker_roles.get(first)
    }

    /// The first speaker role, in the file's order, that `lowered` (a
    /// lowercase text) holds anywhere, if `lowered` opens with it.
    pub fn speaker_role_opening(&self, lowered: &str) -> Option<&SpeakerRole> {
        // Most texts open with no role at all, and then no search of the
        // whole text can find one that it opens with.
        let opens_with_one = self
            .rules
            .speaker_roles
            .iter()
            .any(|r| lowered.starts_with(r.role.as_str()));
        if !opens_with_one {
            return None;
        }
        self.speaker_role_in(lowered)
            .filter(|role| lowered.starts_with(role.role.as_str()))
    }

    /// Where each speaker role stands in `lowered` (a lowercase text): the
    /// role and the byte offset of each occurrence, role by role in the
    /// file's order, then by position. One pass of the automaton instead of
    /// a search per role: this runs on every sentence.
    pub(crate) fn speaker_roles_found(&self, lowered: &str) -> Vec<(&SpeakerRole, usize)> {
        let mut found: Vec<(usize, usize)> = match &self.role_finder {
            Some(finder) => finder
                .find_overlapping_iter(lowered)
                .map(|m| (m.pattern().as_usize(), m.start()))
                .collect(),
            None => self
                .rules
                .speaker_roles
                .iter()
                .enumerate()
                .flat_map(|(i, r)| {
                    lowered
                        .match_indices(r.role.as_str())
                        .map(move |(at, _)| (i, at))
                })
                .collect(),
        };
        found.sort_unstable();
        found
            .into_iter()
            .map(|(i, at)| (&self.rules.speaker_roles[i], at))
            .collect()
    }

    /// The demonyms of a state ("Armenian"); empty for other actors.
    pub fn demonyms(&self, id: &str) -> &[String] {
        self.index.get(id).map_or(&[], |&i| &self.demonyms[i])
    }

    /// The state whose demonym is a word of `description` ("a former
    /// Armenian diplomat": Armenia), the first one named.
    pub fn state_by_demonym(&self, description: &str) -> Option<&Actor> {
        // Most descriptions hold the first letter of few demonyms.
        let held = crate::extract::text::ByteSet::of(description);
        self.demonyms
            .iter()
            .enumerate()
            .filter_map(|(i, names)| {
                names
                    .iter()
                    .filter(|d| held.may_hold(d))
                    .filter_map(|d| crate::extract::text::find_word(description, d))
                    .min()
                    .map(|at| (at, i))
            })
            .min()
            .map(|(_, i)| &self.actors[i])
    }

    /// The capitals and metonyms of a state ("Yerevan"); empty for other actors.
    pub fn capitals(&self, id: &str) -> &[String] {
        self.index.get(id).map_or(&[], |&i| &self.capitals[i])
    }

    /// The state whose capital `text` places something in ("the summit in
    /// Minsk"), by its place in the list of actors; none when it names the
    /// capitals of two ("the summits in Minsk, and in Astana").
    pub fn capital_placed_in(&self, text: &str) -> Option<u32> {
        let mut places = text.match_indices(" in ").filter_map(|(at, joint)| {
            let rest = &text[at + joint.len()..];
            self.capitals
                .iter()
                .enumerate()
                .find_map(|(state, capitals)| {
                    capitals
                        .iter()
                        .any(|capital| {
                            // ("the chill in Yerevan's relations with Moscow":
                            // a capital's possessive places nothing.)
                            rest.strip_prefix(capital.as_str()).is_some_and(|after| {
                                !after.starts_with(char::is_alphanumeric)
                                    && !after.starts_with("'s")
                                    && !after.starts_with("’s")
                            })
                        })
                        .then_some(state as u32)
                })
        });
        let first = places.next()?;
        places.all(|other| other == first).then_some(first)
    }
}

/// Each back reference of `lists` once, with the two forms it is written
/// in: as listed, and capitalised to open a sentence.
fn reference_forms(lists: &[Vec<String>]) -> Vec<(String, [String; 2])> {
    let mut forms: Vec<(String, [String; 2])> = Vec::new();
    for phrase in lists.iter().flatten() {
        if forms.iter().all(|(listed, _)| listed != phrase) {
            let capitalised = format!("The{}", &phrase["the".len()..]);
            forms.push((phrase.clone(), [phrase.clone(), capitalised]));
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../../../seeds/actors.toml");

    fn gazetteer() -> Gazetteer {
        Gazetteer::from_toml(BUNDLED).expect("bundled gazetteer parses")
    }

    #[test]
    fn a_word_of_any_title_or_modifier_is_a_title_word_in_any_case() {
        let rules = gazetteer().rules().clone();
        for word in ["Minister", "minister", "Deputy", "Foreign", "Mr", "Chief"] {
            assert!(rules.is_title_word(word), "{word}");
        }
        for word in ["Mirakyan", "Levon", "Armenia"] {
            assert!(!rules.is_title_word(word), "{word}");
        }
    }

    #[test]
    fn a_capital_places_a_happening_but_not_its_possessive() {
        let g = gazetteer();
        let minsk = g.capital_placed_in("Leaders meet in Minsk for the summit");
        assert!(minsk.is_some());
        assert_eq!(
            g.capital_placed_in("Leaders meet in Minsk, the Belarusian capital"),
            minsk
        );
        assert_eq!(
            g.capital_placed_in("Pashinyan takes part, despite the chill in Yerevan's relations"),
            None
        );
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
        let unknown = Gazetteer::from_toml(
            "[rules]\nspeaker_roles = [{ role = \"the martian leader\", office = \"President\", country = \"mars\" }]\n",
        )
        .unwrap_err();
        assert!(unknown.0.contains("\"mars\""), "{}", unknown.0);
        let capitals = Gazetteer::from_toml(
            "[rules]\nspeaker_roles = [{ role = \"The Head of State\", office = \"President\" }]\n",
        )
        .unwrap_err();
        assert!(capitals.0.contains("lowercase"), "{}", capitals.0);
        assert!(
            g.rules().speaker_roles.iter().any(
                |r| r.role == "the russian president" && r.country.as_deref() == Some("russia")
            )
        );
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
    fn only_a_person_holds_an_office_and_only_of_an_organization() {
        let entry = |id: &str, kind: &str, extra: &str| {
            format!("[[actor]]\nid = \"{id}\"\nname = \"N {id}\"\nkind = \"{kind}\"\n{extra}\n")
        };
        let bloc = entry("bloc", "organization", "");
        let good = bloc.clone() + &entry("head", "person", "office = \"bloc\"");
        let gazetteer = Gazetteer::from_toml(&good).unwrap();
        assert_eq!(gazetteer.office("head"), Some("bloc"));
        assert_eq!(gazetteer.office("bloc"), None);
        for bad in [
            entry("head", "person", "office = \"nowhere\""),
            bloc.clone() + &entry("land", "state", "office = \"bloc\""),
            entry("land", "state", "") + &entry("head", "person", "office = \"land\""),
        ] {
            let err = Gazetteer::from_toml(&bad).unwrap_err();
            assert!(err.0.contains("office"), "{err}");
        }
        let bundled = Gazetteer::from_toml(BUNDLED).unwrap();
        assert_eq!(bundled.office("stanislav-zas"), Some("csto"));
    }

    #[test]
    fn a_body_belongs_to_another_organization_only() {
        let org = |id: &str, extra: &str| {
            format!(
                "[[actor]]\nid = \"{id}\"\nname = \"N {id}\"\nkind = \"organization\"\n{extra}\n"
            )
        };
        let good = org("bloc", "") + &org("bloc-council", "part_of = \"bloc\"");
        let gazetteer = Gazetteer::from_toml(&good).unwrap();
        assert_eq!(gazetteer.part_of("bloc-council"), Some("bloc"));
        assert_eq!(gazetteer.part_of("bloc"), None);
        for bad in [
            org("bloc-council", "part_of = \"nowhere\""),
            org("bloc-council", "part_of = \"bloc-council\""),
            org("bloc", "")
                + "[[actor]]\nid = \"p\"\nname = \"P\"\nkind = \"person\"\npart_of = \"bloc\"\n",
        ] {
            let err = Gazetteer::from_toml(&bad).unwrap_err();
            assert!(err.0.contains("part_of"), "{err}");
        }
        let bundled = Gazetteer::from_toml(BUNDLED).unwrap();
        assert_eq!(bundled.part_of("csto-secretariat"), Some("csto"));
    }

    #[test]
    fn only_an_organization_has_back_references_and_each_starts_with_the() {
        let actor = |kind: &str, refs: &str| {
            format!(
                "[[actor]]\nid = \"x\"\nname = \"X\"\nkind = \"{kind}\"\nback_references = [{refs}]\n"
            )
        };
        let good = Gazetteer::from_toml(&actor("organization", "\"the bloc\"")).unwrap();
        assert_eq!(good.back_references[0], ["the bloc"]);
        let err = Gazetteer::from_toml(&actor("state", "\"the bloc\"")).unwrap_err();
        assert!(err.0.contains("only organizations"), "{err}");
        let err = Gazetteer::from_toml(&actor("organization", "\"bloc\"")).unwrap_err();
        assert!(
            err.0.contains("\"bloc\"") && err.0.contains("the "),
            "{err}"
        );
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
}
