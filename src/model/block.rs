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
///
/// Offsets are kept as `u32`: a large corpus has hundreds of thousands of
/// lines, held for the life of the store, and half the width halves what
/// they cost. No article comes near 4 GiB (the corpus reader refuses files
/// over [`crate::corpus::MAX_DOCUMENT_BYTES`]); [`Block::new`] declines
/// offsets beyond [`Block::MAX_OFFSET`] instead of cutting them short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// [`Block::range`].
    start: u32,
    end: u32,
    /// [`Block::prose`].
    prose_start: u32,
    prose_end: u32,
    pub kind: BlockKind,
}

impl Block {
    /// The largest byte offset a block can hold.
    pub const MAX_OFFSET: usize = u32::MAX as usize;

    /// A line over `range` whose prose is `prose`; `None` when an offset
    /// is beyond [`Block::MAX_OFFSET`].
    pub fn new(range: Range<usize>, prose: Range<usize>, kind: BlockKind) -> Option<Block> {
        let offset = |at: usize| u32::try_from(at).ok();
        Some(Block {
            start: offset(range.start)?,
            end: offset(range.end)?,
            prose_start: offset(prose.start)?,
            prose_end: offset(prose.end)?,
            kind,
        })
    }

    /// A block from the offsets [`Block::offsets`] gave.
    pub(crate) fn from_offsets(offsets: [u32; 4], kind: BlockKind) -> Block {
        let [start, end, prose_start, prose_end] = offsets;
        Block {
            start,
            end,
            prose_start,
            prose_end,
            kind,
        }
    }

    /// The offsets as held, for a snapshot to write: the line's start and
    /// end, then the prose's.
    pub(crate) fn offsets(&self) -> [u32; 4] {
        [self.start, self.end, self.prose_start, self.prose_end]
    }

    /// Byte range of the whole line within the document text (without line end).
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Byte range of the prose to read as sentences: the line less any
    /// dateline ("YEREVAN (RFE/RL) — ") or label ("REFERENCE.") that opens
    /// it, and less a bracketed credit that closes it ("(Reporting by ...)",
    /// "(Photo: Reuters)").
    pub fn prose(&self) -> Range<usize> {
        self.prose_start as usize..self.prose_end as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_round_trip_and_those_past_u32_are_declined() {
        let block = Block::new(3..10, 4..9, BlockKind::Body).unwrap();
        assert_eq!((block.range(), block.prose()), (3..10, 4..9));
        assert_eq!(Block::from_offsets(block.offsets(), block.kind), block);
        let past = Block::MAX_OFFSET + 1;
        assert!(Block::new(0..past, 0..1, BlockKind::Body).is_none());
        assert!(Block::new(0..1, past..past, BlockKind::Body).is_none());
        assert_eq!(std::mem::size_of::<Block>(), 20);
    }
}
