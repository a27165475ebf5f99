//! The corpus: a folder of articles in, documents with metadata and load status out.
pub mod layout;
