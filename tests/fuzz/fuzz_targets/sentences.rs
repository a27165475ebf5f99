//! The line layout, the sentence splitter and the quotation finder on
//! arbitrary text: they never panic, and every range lies on character
//! boundaries, in order, without overlaps.
#![no_main]

use csto_timeline::corpus::layout::classify_blocks;
use csto_timeline::extract::sentences::{quoted_ranges, split_sentences};
use libfuzzer_sys::fuzz_target;

fn check(text: &str, ranges: &[std::ops::Range<usize>]) {
    let mut end = 0;
    for r in ranges {
        assert!(r.start >= end && r.start <= r.end && r.end <= text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        end = r.end;
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let blocks = classify_blocks(text);
    check(
        text,
        &blocks.iter().map(|b| b.range.clone()).collect::<Vec<_>>(),
    );
    for block in &blocks {
        assert!(block.range.start <= block.prose.start && block.prose.end <= block.range.end);
        let prose = &text[block.prose.clone()];
        let sentences = split_sentences(prose);
        check(prose, &sentences);
        for sentence in sentences {
            let sentence = &prose[sentence];
            check(sentence, &quoted_ranges(sentence));
        }
    }
});
