//! Reading names: a person's name after a title or before an apposition,
//! headlines where no name can be trusted, possessives and joining words,
//! and the ids, slugs and surnames made from names.

use std::ops::Range;

use super::matcher::Matcher;

/// Reads two or three capitalised name words at `start` ("Vahan Kostanian",
/// "Qasym-Zhomart Toqaev", "Ursula von der Leyen"). Rejects runs that touch a
/// known actor, a demonym or a title, contain a word that is never a name, or
/// run on into a fourth capitalised word.
pub(super) fn parse_name(
    m: &Matcher,
    s: &str,
    start: usize,
    blocked: &[Range<usize>],
) -> Option<Range<usize>> {
    let mut pos = start;
    let mut words = 0;
    let mut end = start;
    loop {
        let (word_end, name_end) = read_word(s, pos)?;
        let word = &s[pos..name_end];
        let first = word.chars().next()?;
        let capitalised = first.is_uppercase() && word.chars().any(char::is_lowercase);
        let month_of_a_date = words == 0 && month_after_its_day(s, pos, word);
        if capitalised {
            if blocked.iter().any(|r| overlaps(r, &(pos..name_end)))
                || month_of_a_date
                || m.not_name_words.contains(&word.to_lowercase())
                || words == 3
            {
                return None;
            }
            words += 1;
            end = name_end;
            if name_end < word_end {
                break; // a possessive ends the name
            }
        } else if words == 0 || !m.particles.contains(word) {
            break;
        }
        match s[word_end..].strip_prefix(' ') {
            Some(rest) if rest.starts_with(char::is_alphabetic) => pos = word_end + 1,
            _ => break,
        }
    }
    (words >= 2).then_some(start..end)
}

/// Whether `word`, at `at` in `s`, is a month after its day ("On 29 May
/// Zas was appointed"): a date, never a first name.
pub(super) fn month_after_its_day(s: &str, at: usize, word: &str) -> bool {
    crate::extract::calendar::is_month_name(word)
        && s[..at].trim_end().ends_with(|c: char| c.is_ascii_digit())
}

/// Where the run of up to three capitalised words that ends at `end` starts.
pub(super) fn name_start_before(s: &str, end: usize) -> Option<usize> {
    let mut start = end;
    let mut words = 0;
    for word in s[..end].split(' ').rev() {
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().any(char::is_lowercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        if !capitalised || words == 3 {
            break;
        }
        start -= word.len() + usize::from(words > 0);
        words += 1;
    }
    (words >= 2).then_some(start)
}

/// The word at `pos`: letters, with inner hyphens and apostrophes. Returns
/// where the word ends and where the name in it ends (before a possessive).
fn read_word(s: &str, pos: usize) -> Option<(usize, usize)> {
    let mut end = pos;
    let mut chars = s[pos..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let joins = matches!(c, '-' | '\'' | '’')
            && chars.peek().is_some_and(|(_, n)| n.is_alphabetic())
            && end > pos;
        if c.is_alphabetic() || joins {
            end = pos + i + c.len_utf8();
        } else {
            break;
        }
    }
    if end == pos {
        return None;
    }
    let word = &s[pos..end];
    let name_end = ["'s", "’s"]
        .iter()
        .find_map(|p| word.strip_suffix(p))
        .filter(|w| !w.is_empty())
        .map_or(end, |w| pos + w.len());
    Some((end, name_end))
}

/// "Armenian PM Attacks Russian-Led Alliance at Summit in Yerevan": in a
/// title-case line every capitalised word looks like a name, so no one is
/// discovered there.
pub(super) fn looks_like_headline(s: &str) -> bool {
    let mut words = 0;
    for token in s.split_whitespace() {
        let t = token.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = t.chars().next() else {
            continue;
        };
        if !first.is_alphabetic() {
            continue;
        }
        words += 1;
        if first.is_lowercase() && t.chars().count() >= 4 {
            return false;
        }
    }
    words >= 6
}

/// After `pos`: whitespace, the joining word ("of"), whitespace, an
/// optional "the ". Returns where the next word starts.
pub(super) fn skip_joiner(s: &str, pos: usize, joiner: &str) -> Option<usize> {
    let p = skip_ws(s, pos);
    if p == pos || !s[p..].starts_with(joiner) {
        return None;
    }
    let q = skip_ws(s, p + joiner.len());
    if q == p + joiner.len() {
        return None;
    }
    if s[q..].starts_with("the") {
        let r = skip_ws(s, q + 3);
        if r > q + 3 {
            return Some(r);
        }
    }
    Some(q)
}

pub(super) fn skip_ws(s: &str, pos: usize) -> usize {
    pos + s[pos..].len() - s[pos..].trim_start().len()
}

/// Whitespace, possibly after a possessive: "Kremlin spokesman", "Kazakhstan’s former President".
pub(super) fn only_possessive_gap(gap: &str) -> bool {
    let rest = ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|p| gap.strip_prefix(p))
        .unwrap_or(gap);
    !rest.is_empty() && rest.chars().all(char::is_whitespace)
}

pub(super) fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// "pro-Russian", "anti-Kremlin": a lowercase word hyphenated before a name
/// makes one adjective of both.
pub(super) fn after_lowercase_prefix(s: &str, start: usize) -> bool {
    let Some(before) = s[..start].strip_suffix('-') else {
        return false;
    };
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i);
    word_start.is_some_and(|i| before[i..].starts_with(char::is_lowercase))
}

pub(super) fn strip_possessive(s: &str) -> &str {
    ["'s", "’s"]
        .iter()
        .find_map(|p| s.strip_suffix(p))
        .unwrap_or(s)
}

/// The surname a discovered person is later called by: the last word, with
/// any lowercase particles before it ("von der Leyen").
pub(super) fn surname_of(name: &str) -> &str {
    let words: Vec<(usize, &str)> = name
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let mut first = words.len() - 1;
    while first > 1 && words[first - 1].1.starts_with(char::is_lowercase) {
        first -= 1;
    }
    &name[words[first].0..]
}

/// A URL-safe id from a name: "Vahan Kostanian" → "vahan-kostanian".
pub(super) fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let folded = fold_latin(c);
        if folded.is_empty() {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(folded);
        }
    }
    out.trim_end_matches('-').to_string()
}

/// ASCII letters for a lowercase Latin letter, or "" for anything that must
/// become a separator.
fn fold_latin(c: char) -> &'static str {
    const TABLE: &[(&str, &str)] = &[
        ("áàâäãåāăą", "a"),
        ("çćč", "c"),
        ("ďđ", "d"),
        ("éèêëēėęěə", "e"),
        ("ğ", "g"),
        ("íìîïīįı", "i"),
        ("ł", "l"),
        ("ñńň", "n"),
        ("óòôöõøōő", "o"),
        ("œ", "oe"),
        ("ř", "r"),
        ("śšşș", "s"),
        ("ß", "ss"),
        ("ťţț", "t"),
        ("úùûüūůű", "u"),
        ("ýÿ", "y"),
        ("žźż", "z"),
    ];
    const ASCII: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
    if c.is_ascii_lowercase() || c.is_ascii_digit() {
        let i = ASCII.find(c).unwrap_or(0);
        return &ASCII[i..i + 1];
    }
    TABLE
        .iter()
        .find(|(from, _)| from.contains(c))
        .map_or("", |(_, to)| to)
}
