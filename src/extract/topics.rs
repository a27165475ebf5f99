//! The topic taxonomy and the cue-word matcher. (Contract — to be implemented.)

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

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TopicsError(pub String);

/// All topics, loaded from a TOML data file.
#[derive(Debug, Clone, Default)]
pub struct Taxonomy {
    topics: Vec<Topic>,
}

impl Taxonomy {
    pub fn from_toml(text: &str) -> Result<Self, TopicsError> {
        let _ = text;
        Ok(Self::default())
    }

    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    pub fn get(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The ids of the topics whose cues appear in `text`, in taxonomy order.
    pub fn find(&self, text: &str) -> Vec<String> {
        let _ = text;
        Vec::new()
    }
}
