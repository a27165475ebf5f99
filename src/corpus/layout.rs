//! How an article's lines are read: headline, caption, story, background, boilerplate.
//! (Contract — to be implemented.)

use std::ops::Range;

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
    /// ("YEREVAN (RFE/RL) — ") or label ("REFERENCE.") that opens it.
    pub prose: Range<usize>,
    pub kind: BlockKind,
}

/// Splits a document into its non-blank lines and says what each one is.
pub fn classify_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if !content.trim().is_empty() {
            let range = offset..offset + content.len();
            blocks.push(Block { range: range.clone(), prose: range, kind: BlockKind::Body });
        }
        offset += line.len();
    }
    blocks
}
