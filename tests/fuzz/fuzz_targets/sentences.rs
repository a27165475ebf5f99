//! The line layout, the sentence splitter and the quotation finder on
//! arbitrary text: they never panic, and every range lies in its text on
//! character boundaries, in order, without overlaps.
#![no_main]

use std::ops::Range;

use csto_timeline::extract::layout::classify_blocks;
use csto_timeline::extract::sentences::{quoted_ranges, split_sentences};
use libfuzzer_sys::fuzz_target;

/// In bounds, on character boundaries, in order, not overlapping and, when
/// `non_empty`, each range non-empty.
fn check(what: &str, text: &str, ranges: &[Range<usize>], non_empty: bool) {
    let mut end = 0;
    for r in ranges {
        assert!(
            r.start <= r.end && r.end <= text.len(),
            "{what} {r:?} of {} bytes",
            text.len()
        );
        assert!(!non_empty || r.start < r.end, "{what} {r:?} is empty");
        assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "{what} {r:?} splits a character"
        );
        assert!(
            r.start >= end,
            "{what} {r:?} overlaps or precedes the range ending at {end}"
        );
        end = r.end;
    }
}

/// Sentences of `paragraph`, and the quotations of each.
fn check_sentences(paragraph: &str) {
    let sentences = split_sentences(paragraph);
    check("sentence", paragraph, &sentences, true);
    for range in sentences {
        let sentence = &paragraph[range];
        assert_eq!(
            sentence,
            sentence.trim(),
            "a sentence keeps surrounding whitespace"
        );
        check("quotation", sentence, &quoted_ranges(sentence), true);
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let blocks = classify_blocks(text);
    let lines: Vec<Range<usize>> = blocks.iter().map(|b| b.range()).collect();
    check("line", text, &lines, true);
    for block in &blocks {
        let (range, prose) = (block.range(), block.prose());
        let line = &text[range.clone()];
        assert!(
            !line.contains(['\n', '\r']),
            "line {range:?} holds a line end",
        );
        assert!(
            range.start <= prose.start && prose.end <= range.end,
            "prose {prose:?} outside its line {range:?}",
        );
        check("prose", text, std::slice::from_ref(&prose), false);
        check_sentences(&text[prose]);
    }
    // The whole text as one paragraph, as a caller might hand it over.
    check_sentences(text);
    check("quotation", text, &quoted_ranges(text), true);
});
