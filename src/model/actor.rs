//! Who acts in the news: people, states and organizations.

use serde::Serialize;

/// What kind of actor an [`Actor`] is.
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

    pub(crate) fn parse(text: &str) -> Option<Self> {
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
