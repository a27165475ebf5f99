//! What each line of an article is: its headline, a caption, the story,
//! background or boilerplate. Reading the lines is extraction's work
//! ([`crate::extract::layout`]); the result travels with the document.

use std::ops::Range;

/// What a line of an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A headline line: shown as the title, not split into news sentences.
    Headline,
    /// A photo caption that is a full sentence: it states facts and is read as news.
    Caption,
    /// The story itself.
    Body,
    /// A general description the article appends ("REFERENCE. The CSTO is ..."): no events.
    Background,
    /// Not part of the story: photo credits, newsletter prompts, agency credits.
    Boilerplate,
}

/// One paragraph (a non-blank line) of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Byte range of the whole line within the document text (without line end).
    pub range: Range<usize>,
    /// Byte range of the prose to read as sentences: the line less any dateline
    /// ("YEREVAN (RFE/RL) — ") or label ("REFERENCE.") that opens it, and less a
    /// bracketed credit that closes it ("(Reporting by ...)", "(Photo: Reuters)").
    pub prose: Range<usize>,
    pub kind: BlockKind,
}
