//! What the news is about.

use serde::Serialize;

/// A subject of the news, recognised by its cue words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Topic {
    /// Stable, URL-safe id ("lachin-corridor").
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(skip)]
    pub cues: Vec<String>,
}
