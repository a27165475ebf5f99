//! The actor gazetteer and the matcher that finds actors in sentences.
//! (Contract — to be implemented.)

use std::ops::Range;

use serde::Serialize;

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

/// All known actors, loaded from a TOML data file.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    actors: Vec<Actor>,
}

impl Gazetteer {
    pub fn from_toml(text: &str) -> Result<Self, GazetteerError> {
        let _ = text;
        Ok(Self::default())
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
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
        DocumentActorScanner { gazetteer, discovered: Vec::new() }
    }

    /// The actors named in `sentence`, in order of position, without overlaps.
    pub fn find(&mut self, sentence: &str) -> Vec<ActorMention> {
        let _ = (sentence, self.gazetteer);
        Vec::new()
    }

    /// People discovered by their title so far in this document.
    pub fn discovered(&self) -> &[Actor] {
        &self.discovered
    }
}
