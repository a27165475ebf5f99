//! The actor gazetteer and the matcher that finds actors in sentences.
//!
//! Who acts in the news (people, states, organizations) is data: the
//! gazetteer is read from a TOML file (`seeds/actors.toml`) that a self-hoster
//! edits, and that file documents its own format. [`Gazetteer::from_toml`]
//! validates it and builds the matching automata once; a
//! `DocumentActorScanner` then reads one document sentence by sentence and
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

mod gazetteer;
mod holders;
mod matcher;
mod names;
mod scanner;
#[cfg(test)]
mod tests;

use std::ops::Range;

pub use gazetteer::{Gazetteer, GazetteerError, Rules, SpeakerRole};
pub(crate) use scanner::{DocumentActorScanner, GazetteerHits};

/// An actor found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ActorMention {
    /// Byte range of the words that named the actor, within the sentence.
    pub range: Range<usize>,
    /// The actor's id.
    pub actor: String,
}
