//! Extraction: from a document's text to dated, attributed events.
pub mod actors;
pub mod calendar;
pub mod clauses;
pub mod dates;
pub mod sentences;
pub mod topics;
