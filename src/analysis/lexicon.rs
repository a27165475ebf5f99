//! Cue words as the data files write them, found in text. The rules are
//! those of `topics.toml`, so a self-hoster learns them once: whole words,
//! case-insensitive, the regular inflections of a cue's last word (-s, -es,
//! -d, -ed, -ing, e dropped before -ing, y to -ies / -ied), a trailing `*`
//! for any word that begins with the cue, several words matched across any
//! whitespace. Irregular forms ("froze") are cues of their own.

use std::ops::Range;

/// One word of a text: its byte range and its lowercased form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub range: Range<usize>,
    pub lower: String,
}

/// The words of `text`, in order. An apostrophe inside a word keeps it
/// whole ("didn't", "Russia's") so "n't" can be read as a negation.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    // Sized once: no more characters than bytes, and most text is ASCII.
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    chars.extend(text.char_indices());
    for (i, &(at, c)) in chars.iter().enumerate() {
        let inner_apostrophe = matches!(c, '\'' | '’')
            && start.is_some()
            && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            out.push(word(text, s..at));
        }
    }
    if let Some(s) = start {
        out.push(word(text, s..text.len()));
    }
    out
}

fn word(text: &str, range: Range<usize>) -> Word {
    let raw = &text[range.clone()];
    // Most words are ASCII: lowering them needs no Unicode tables and has
    // no ’ to replace.
    let lower = if raw.is_ascii() {
        raw.to_ascii_lowercase()
    } else {
        raw.to_lowercase().replace('’', "'")
    };
    Word { lower, range }
}

/// A cue of one or more words, ready to match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// As the data file writes it, for explanations.
    pub text: String,
    parts: Vec<String>,
    prefix: bool,
}

impl Cue {
    /// Reads a cue; `None` when it has no word.
    pub fn parse(text: &str) -> Option<Cue> {
        let trimmed = text.trim();
        let prefix = trimmed.ends_with('*');
        let parts: Vec<String> = words(trimmed.trim_end_matches('*'))
            .into_iter()
            .map(|w| w.lower)
            .collect();
        (!parts.is_empty()).then(|| Cue {
            text: trimmed.to_string(),
            parts,
            prefix,
        })
    }

    /// How many words the cue spans (at least one).
    pub fn word_count(&self) -> usize {
        self.parts.len()
    }

    /// Whether the cue matches the words starting at `at`.
    pub fn matches_at(&self, words: &[Word], at: usize) -> bool {
        // Every form a cue matches begins with the first letter of its
        // first word (unless that word is one letter, whose "e" or "y" an
        // inflection may drop): most words are passed over on that alone.
        let first = self.parts[0].as_bytes();
        if first.len() > 1
            && words
                .get(at)
                .is_some_and(|w| w.lower.as_bytes().first() != first.first())
        {
            return false;
        }
        let Some(window) = words.get(at..at + self.parts.len()) else {
            return false;
        };
        let last = self.parts.len() - 1;
        window
            .iter()
            .zip(&self.parts)
            .enumerate()
            .all(|(i, (w, p))| {
                if i < last {
                    w.lower == *p
                } else if self.prefix {
                    w.lower.starts_with(p.as_str())
                } else {
                    inflects(p, &w.lower)
                }
            })
    }
}

/// Whether `word` is `base` or one of its regular inflections.
fn inflects(base: &str, word: &str) -> bool {
    if word == base {
        return true;
    }
    let Some(ending) = word.strip_prefix(base) else {
        return irregular_stem(base, word);
    };
    matches!(ending, "s" | "es" | "d" | "ed" | "ing")
}

/// "exercise" → "exercising"; "rally" → "rallies", "rallied".
fn irregular_stem(base: &str, word: &str) -> bool {
    if let Some(stem) = base.strip_suffix('e')
        && word.strip_prefix(stem) == Some("ing")
    {
        return true;
    }
    if let Some(stem) = base.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
        && matches!(word.strip_prefix(stem), Some("ies" | "ied"))
    {
        return true;
    }
    false
}

/// Every match of any of `cues` in `words`, longest cue first at each
/// position, matches not overlapping: (index of the cue, first word, words).
pub fn find(cues: &[Cue], words: &[Word]) -> Vec<(usize, usize, usize)> {
    // Each word is tried only against the cues that may open with its first
    // byte (see `Cue::matches_at`), and those whose first word is one
    // letter, which may open with any. The cues are grouped by that byte
    // in one list (a counting sort): this runs for every title and quote,
    // and a list per byte cost more to make than the search.
    let first_byte = |cue: &Cue| match cue.parts[0].as_bytes() {
        [first, _, ..] => Some(*first as usize),
        _ => None,
    };
    let mut starts = [0u32; 257];
    for cue in cues {
        if let Some(first) = first_byte(cue) {
            starts[first + 1] += 1;
        }
    }
    for b in 0..256 {
        starts[b + 1] += starts[b];
    }
    let mut by_first = vec![0usize; starts[256] as usize];
    let mut next = starts;
    let mut any_first = Vec::new();
    for (index, cue) in cues.iter().enumerate() {
        match first_byte(cue) {
            Some(first) => {
                by_first[next[first] as usize] = index;
                next[first] += 1;
            }
            None => any_first.push(index),
        }
    }
    let mut found = Vec::new();
    let mut at = 0;
    while at < words.len() {
        let opening = words[at].lower.as_bytes().first().map_or(&[][..], |&b| {
            &by_first[starts[b as usize] as usize..starts[b as usize + 1] as usize]
        });
        // The longest cue, and of equally long ones the last listed.
        let best = opening
            .iter()
            .chain(&any_first)
            .copied()
            .filter(|&index| cues[index].matches_at(words, at))
            .max_by_key(|&index| (cues[index].word_count(), index));
        match best {
            Some(index) => {
                let count = cues[index].word_count();
                found.push((index, at, count));
                at += count;
            }
            None => at += 1,
        }
    }
    found
}

/// Byte ranges of `text` inside quotation marks (straight or curly).
pub fn quoted(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (at, c) in text.char_indices() {
        match (c, open) {
            ('“' | '«', None) => open = Some(at),
            ('”' | '»', Some(start)) => {
                out.push(start..at + c.len_utf8());
                open = None;
            }
            ('"', None) => open = Some(at),
            ('"', Some(start)) => {
                out.push(start..at + 1);
                open = None;
            }
            _ => {}
        }
    }
    // A quotation that runs on into the next paragraph is open to the end.
    if let Some(start) = open {
        out.push(start..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(list: &[&str]) -> Vec<Cue> {
        list.iter().filter_map(|c| Cue::parse(c)).collect()
    }

    #[test]
    fn cues_match_whole_words_and_regular_inflections() {
        let list = cues(&[
            "refuse",
            "freeze",
            "sign",
            "negotiat*",
            "rally",
            "peace treaty",
        ]);
        let text = "It refused, then refusing; froze? It signs peace treaties after rallies; \
                    negotiations. Signature, refuser.";
        let ws = words(text);
        let found: Vec<&str> = find(&list, &ws)
            .iter()
            .map(|&(_, at, n)| &text[ws[at].range.start..ws[at + n - 1].range.end])
            .collect();
        assert_eq!(
            found,
            [
                "refused",
                "refusing",
                "signs",
                "peace treaties",
                "rallies",
                "negotiations"
            ]
        );
    }

    #[test]
    fn apostrophes_keep_words_whole_and_quotes_are_found() {
        let ws = words("Armenia didn’t sign Russia's “draft” text");
        assert_eq!(ws[1].lower, "didn't");
        assert_eq!(ws[3].lower, "russia's");
        let text = "He said “no” and \"yes\" and “open";
        let q: Vec<&str> = quoted(text).iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(q, ["“no”", "\"yes\"", "“open"]);
    }
}
