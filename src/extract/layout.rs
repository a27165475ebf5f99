//! How an article's lines are read: headline, caption, story, background, boilerplate.
//!
//! Articles arrive as plain text copied from web pages, one paragraph per line. Before
//! any sentence is read for events, each line is given a kind: the headline (shown as
//! the title, not read as news), a photo caption that is a full sentence (read as news,
//! but not the title), the story itself, an appended general description introduced
//! by a label such as "REFERENCE." (no events), and what is not part of the article at
//! all (photo credits, newsletter prompts, agency credits, bylines). It also marks the
//! part of a line to read as prose, leaving out a dateline or a label that opens it and
//! a credit that closes it.
//!
//! It is not a parser of HTML or of any publisher's template, and it does not split
//! sentences or judge what a paragraph reports: it looks only at the shape of each line
//! (length, closing punctuation, a few general wording patterns) and at its neighbours
//! (blank lines, what comes first). All ranges are byte ranges of the original text.

use crate::extract::compiled::Pattern;
use std::cell::OnceCell;
use std::ops::Range;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::calendar::month_number;
use super::clauses::is_past_form;
use super::dates::{byline_date, find_dates};
use super::text::{holds_any, holds_in_any_case, opens_with_any_of};
use crate::model::{Block, BlockKind};

/// Splits a document into its non-blank lines and says what each one is.
///
/// Lines end at `\n`, `\r\n` or `\r`; a leading byte-order mark is skipped. `range` is
/// the whole line; `prose` is trimmed of surrounding whitespace and, for the first story
/// paragraph, of its dateline, for background, of its label, and for story and caption
/// lines, of a credit that closes them.
pub fn classify_blocks(text: &str) -> Vec<Block> {
    classify_blocks_titled(text, None)
}

/// [`classify_blocks`] for an article whose headline is known (from its
/// manifest): the line that repeats it is the headline wherever it stands.
pub fn classify_blocks_titled(text: &str, title: Option<&str>) -> Vec<Block> {
    let mut paragraphs = paragraphs(text);
    for para in &mut paragraphs {
        para.trimmed = without_post_marks(text, para.trimmed.clone());
    }
    let mut blocks: Vec<Block> = Vec::with_capacity(paragraphs.len());
    let mut context = Context {
        before_story: true,
        body_seen: false,
        in_links: false,
        in_comments: false,
        after_headline: false,
        labelled_turns: paragraphs
            .iter()
            .filter(|p| {
                text.get(p.trimmed.clone())
                    .is_some_and(|line| may_open_label(line) && SPEAKER_LABEL.is_match(line))
            })
            .nth(LABELLED_TURNS - 1)
            .is_some(),
    };
    let title = title.map(comparable);
    for (k, para) in paragraphs.iter().enumerate() {
        let line = text.get(para.trimmed.clone()).unwrap_or("");
        let repeats_title = title
            .as_deref()
            .is_some_and(|t| !t.is_empty() && comparable_chars(line).eq(t.chars()));
        // A standfirst is shown with the headline, not read as news.
        let standfirst =
            context.after_headline && !context.body_seen && is_standfirst(text, &paragraphs, k);
        let (kind, prose) = if repeats_title || standfirst {
            (BlockKind::Headline, para.trimmed.clone())
        } else {
            classify_paragraph(text, &paragraphs, k, context)
        };
        context = context.after(kind, line);
        // Lines past what a block can address (4 GiB; the corpus reader
        // refuses any article over 2 MiB) are left unread.
        let Some(block) = Block::new(para.line.clone(), prose, kind) else {
            break;
        };
        blocks.push(block);
    }
    blocks
}

/// The text of the document's headline: the first line classified as one.
/// Used when the manifest gives no title.
pub fn headline<'a>(text: &'a str, blocks: &[Block]) -> Option<&'a str> {
    blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Headline)
        .find_map(|b| text.get(b.prose()))
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

// ---------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------

/// A non-blank line and what surrounds it.
struct Paragraph {
    /// The whole line, without its line end.
    line: Range<usize>,
    /// The line trimmed of surrounding whitespace.
    trimmed: Range<usize>,
    /// The next line of the document exists and is blank.
    blank_after: bool,
    /// Whether the trimmed line is boilerplate, once asked: a line is asked
    /// when it is read and again when the line above looks ahead to it.
    boilerplate: OnceCell<bool>,
}

impl Paragraph {
    /// [`is_boilerplate`] of the trimmed line, worked out once.
    fn is_boilerplate(&self, text: &str) -> bool {
        *self
            .boilerplate
            .get_or_init(|| is_boilerplate(self.line_in(text)))
    }

    /// The trimmed line.
    fn line_in<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.trimmed.clone()).unwrap_or("")
    }
}

/// The document's lines (including blank ones), without line ends or the BOM.
fn lines(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut start = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let mut lines = Vec::new();
    let mut i = start;
    while i < bytes.len() {
        // Line ends are ASCII, so cutting at them stays on char boundaries.
        let end_len = match (bytes[i], bytes.get(i + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        lines.push(start..i);
        i += end_len;
        start = i;
    }
    if start < bytes.len() {
        lines.push(start..bytes.len());
    }
    lines
}

fn paragraphs(text: &str) -> Vec<Paragraph> {
    let lines = lines(text);
    // Which lines an e-mail quotes under "On Mon, 25 Nov 2024 at 11:05,
    // Sona Avagyan wrote:": read without their marks, as the message they
    // keep. (A forum's "> he said it" quoting the post above repeats it,
    // and is left as it is: see `is_boilerplate`.)
    let mut quoting = false;
    let quoted: Vec<bool> = lines
        .iter()
        .map(|line| {
            let slice = text.get(line.clone()).unwrap_or("").trim();
            if slice.starts_with('>') {
                return quoting;
            }
            quoting = slice.ends_with("wrote:");
            false
        })
        .collect();
    let read = |k: usize| {
        let slice = text.get(lines[k].clone()).unwrap_or("");
        if quoted[k] {
            without_reply_marks(slice)
        } else {
            slice
        }
    };
    let is_blank = |k: usize| read(k).trim().is_empty();
    let mut paragraphs = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        if is_blank(k) {
            continue;
        }
        let slice = &text[line.clone()];
        let start = line.start + (slice.len() - read(k).trim_start().len());
        let trimmed = start..line.start + slice.trim_end().len();
        let blank_after = k + 1 < lines.len() && is_blank(k + 1);
        paragraphs.push(Paragraph {
            line: line.clone(),
            trimmed,
            blank_after,
            boilerplate: OnceCell::new(),
        });
    }
    paragraphs
}

/// A line without the marks a reply quotes an earlier e-mail with ("> 15
/// May 1992: Armenia signs ...", "> > Hi Daniel,").
fn without_reply_marks(line: &str) -> &str {
    line.trim_start().trim_start_matches(['>', ' ', '\t'])
}

// ---------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------

/// What the lines before this one were.
#[derive(Debug, Clone, Copy)]
struct Context {
    /// No headline or story paragraph yet: only captions or boilerplate, if anything.
    before_story: bool,
    /// A story paragraph has been seen.
    body_seen: bool,
    /// A list of links follows a heading such as "Read more:" or "Most read".
    in_links: bool,
    /// Readers' comments follow a heading such as "Comments (3)": nothing
    /// after it is the article's.
    in_comments: bool,
    /// The line before was a headline.
    after_headline: bool,
    /// The document is a transcript whose turns open with their speaker's
    /// name in capitals.
    labelled_turns: bool,
}

impl Context {
    /// The context for the next line, once `line`, of `kind`, has been read.
    fn after(self, kind: BlockKind, line: &str) -> Self {
        let story = matches!(kind, BlockKind::Body | BlockKind::Headline);
        Context {
            before_story: self.before_story && !story,
            body_seen: self.body_seen || kind == BlockKind::Body,
            in_links: (self.in_links && kind != BlockKind::Body) || is_links_heading(line),
            // "Comments (14)" above the story is a link to them, with the
            // byline; below it, the heading of the readers' part.
            in_comments: self.in_comments
                || (self.body_seen
                    && holds_in_any_case(line, "comment")
                    && COMMENTS_HEADING.is_match(line.trim())),
            after_headline: kind == BlockKind::Headline,
            labelled_turns: self.labelled_turns,
        }
    }
}

/// A line compared with a headline: letters and digits only, lowercased.
fn comparable(line: &str) -> String {
    comparable_chars(line).collect()
}

/// The chars of [`comparable`], one by one: a story's lines are compared
/// with the headline as they are read, and most differ at their first letter.
fn comparable_chars(line: &str) -> impl Iterator<Item = char> + '_ {
    line.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// A heading over a list of links: "Read more:", "Related coverage", "Most read this week".
static LINKS_HEADING: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?i)^[\s(\[]*(?:(?:what\s+to\s+)?read\s+(?:more|also|next)|see\s+also|references|notes\s+and\s+references|(?:main\s+|our\s+)?sources(?:\s+used)?|footnotes|also\s+read|more\s+on\s+this|(?:more|earlier|also)\s+from|related|recommended|most\s+read|most\s+popular|popular|most\s+shared|trending|latest|further\s+reading|more\s+stories|more\s+news|other\s+(?:news|stories|articles|materials|publications|releases|press\s+releases)|top\s+stories|(?:previous|past|earlier|recent|more|other)\s+(?:episodes|editions|issues|shows|programmes|programs|podcasts|digests|briefings|newsletters|reviews|releases|press\s+releases|statements|posts|articles)|(?:useful\s+|episode\s+|show\s+)?links\b|editor'?s\s+picks|don'?t\s+miss|you\s+(?:may|might)\s+(?:also\s+)?like)\b[^.!?]{0,30}$",
    )
    .expect("links heading pattern")
});

/// The heading over readers' comments: "Comments (3)", "12 comments",
/// "Leave a comment".
static COMMENTS_HEADING: Pattern<Regex> = Pattern::new(|| {
    // A bare "Comment" heads the writer's own comment on the case (a law
    // report's, an analysis's): readers' comments are many, or counted.
    Regex::new(r"(?i)^(?:(?:reader'?s'?\s+)?comments\s*(?:\(\d+\))?\s*:?|readers?'?\s+comment\s*:?|comment\s*\(\d+\)|\d+\s+comments?|(?:leave|add|post)\s+a\s+comment)$")
        .expect("comments heading pattern")
});

/// Furniture of a web page that may stand anywhere in a line: a cookie
/// banner, a copyright notice, an author's note ("... writes this column
/// every Monday"), a view counter, comment controls, an appeal for members,
/// a correction notice, a teaser of the next issue.
static PAGE_FURNITURE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?ix)(?:
            all\s+rights\s+reserved
          | \b(?:we|this\s+(?:site|website))\s+uses?\s+cookies\b | \buse\s+of\s+cookies\b
          | ^about\s+the\s+authors?\s*:
          | \bviews?\s*:\s*\d
          | ^(?:log\s+in|sign\s+in|register)\s+to\s+(?:comment|reply)\b
          | \bcomments\s+are\s+moderated\b
          | \breader[-\s](?:funded|supported)\b | \bbecome\s+a\s+(?:member|subscriber|patron|supporter)\b
          | ^(?:corrections?|clarifications?|editor['’]s\s+note)\b[^:.]{0,40}:
          | ^(?:note\s+to\s+)?editors\s*:
          | (?:^|[:.]\s+)the\s+next\s+(?:live\s+)?(?:chat|episode|digest|newsletter|podcast|column)\b[^.]{0,40}\b(?:is|will\s+be|comes|appears|airs)\b
          | (?:^|[:.]\s+)tomorrow\s*:
          | ^(?:archived|cached|saved)\s+(?:copy|version|page)\b
          | \bthis\s+(?:article|story|report|piece)\s+(?:was|has\s+been)\s+updated\s+with\b
          | \bnext\s+(?:column|episode|edition|issue|instalment|installment|show)\s+(?:appears|will\s+appear)\b
          | ^(?:next|coming)\s+(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|episode|edition|issue|show|column|time|up)\s*:
          | \b(?:writes|edits|hosts|presents)\b[^.]*\bevery\s+(?:day|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
        )",
    )
    .expect("page furniture pattern")
});

/// Words one of which every kind of [`PAGE_FURNITURE`] that may stand
/// anywhere in a line holds, in any case: "reserved", "cookies", "views",
/// "comment" or "reply", "reader", "become", "every", "appear" (when a
/// column next appears), "updated" (a note that the story was), "next "
/// and "tomorrow" (the outlet's own next chat or edition). Story lines
/// seldom do, and are spared the pattern, whose Unicode word boundaries
/// make it slow on a line that is not all ASCII. Under the pattern's case
/// folding only `k` and `s` have letters outside ASCII (the kelvin sign,
/// `ſ`): the words leave out the `s`, and "cookies" is looked for as "cook"
/// with either `k`.
const FURNITURE_WORDS: [&str; 13] = [
    "appear",
    "updated",
    "next ",
    "tomorrow",
    "rved",
    "cook",
    "coo\u{212a}",
    "view",
    "comment",
    "reply",
    "reader",
    "become",
    "every",
];

static FURNITURE_WORD_FINDER: Pattern<AhoCorasick> = Pattern::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(FURNITURE_WORDS)
        .expect("page furniture words")
});

/// Whether `line` may be page furniture: it holds a word of
/// [`FURNITURE_WORDS`] as its kind of furniture needs it, or opens as
/// furniture anchored to the start of the line does ("About the author:",
/// "Correction:", "Next week: ..."). A necessary condition only.
fn may_be_furniture(line: &str) -> bool {
    let opens = [
        "about",
        "note to editors",
        "correction",
        "clarification",
        "editor",
        "next",
        "coming",
        "archived",
        "cached",
        "saved",
    ]
    .iter()
    .any(|word| {
        line.get(..word.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(word))
    });
    opens
        || FURNITURE_WORD_FINDER.find_overlapping_iter(line).any(|m| {
            match FURNITURE_WORDS[m.pattern().as_usize()] {
                // "Views: 1 214": a count after a colon.
                "view" => line.contains(':'),
                // "every week", not "everyone".
                "every" => line[m.end()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_whitespace),
                _ => true,
            }
        })
}

fn is_page_furniture(line: &str) -> bool {
    may_be_furniture(line) && PAGE_FURNITURE.is_match(line)
}

/// A footnote that cites a source ("[2] Remarks to journalists in Astana,
/// 28 November 2024, as reported by Kazakh media") rather than telling what
/// happened ("[1] Armenia also stayed away from the Minsk summit of 23
/// November 2023.", which is read as the story is).
fn is_reference_note(line: &str) -> bool {
    static NOTE_MARK: Pattern<Regex> =
        Pattern::new(|| Regex::new(r"^[\s(\[]*\d{1,3}\]\s").expect("footnote mark pattern"));
    // The mark closes its bracket: a line without one is spared the search.
    if memchr::memchr(b']', line.as_bytes()).is_none() {
        return false;
    }
    let Some(mark) = NOTE_MARK.find(line) else {
        return false;
    };
    let note = &line[mark.end()..];
    let shape = super::clauses::shape(note, &[]);
    let tells = shape.past_happening
        && shape.main_verb.as_ref().is_some_and(|verb| {
            let before = note[..verb.start].trim_end().to_lowercase();
            !before.ends_with(" as") && !before.ends_with(",as")
        });
    !tells
}

/// An entry of a list of references, as a journal or a book prints it:
/// the author, surname first, then the year in brackets ("Kozlov, Dmitri
/// (2012) The Tashkent Treaty at Twenty", "Ivanova, M. and Petrov, A.
/// (2018a) 'Moscow and the case', Eurasian Commentary, 2 August").
///
/// So is an encyclopedia's numbered reference, whose caret links back to
/// the text ("3. ^ \"Medvedev in Yerevan: base lease extended\", Kura Daily").
fn is_bibliography_entry(line: &str) -> bool {
    let after_number = line.trim_start_matches(|c: char| c.is_ascii_digit());
    let reference = after_number
        .strip_prefix('.')
        .unwrap_or(after_number)
        .trim_start()
        .starts_with("^ ");
    if reference {
        return true;
    }
    // "1. \"Collective Security Treaty\", CSTO official site (retrieved 3
    // March 2024).": a numbered reference that cites a title and where it
    // was read, without the caret.
    static NUMBERED_TITLE: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r#"^\s*\d{1,3}\.\s+["“][^"”]{2,160}["”],\s+[^"“”]{2,120}(?:\((?:retrieved|accessed|archived)\b[^)]*\)|\b(?:1[89]|20)\d{2})\.?\s*$"#,
        )
        .expect("numbered reference pattern")
    });
    if after_number.len() < line.len() && NUMBERED_TITLE.is_match(line) {
        return true;
    }
    static ENTRY: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})*(?:\s+et\s+al\.?)?\s+\((?:1[89]|20)[0-9]{2}[a-z]?\)",
        )
        .expect("bibliography entry pattern")
    });
    // The year in brackets after a comma: a line without both marks is
    // spared the pattern.
    line.contains('(') && line.contains(',') && ENTRY.is_match(line)
}

/// A menu, a breadcrumb trail or a line of page data: three or more short
/// items between bars or arrows ("Home | Politics | Economy", "Home >
/// Politics > Armenia", "03.11.2018 | 12:47 | Views: 1 214").
fn is_menu_line(line: &str) -> bool {
    const MAX_ITEM_WORDS: usize = 4;
    if ends_with_terminal(line) {
        return false;
    }
    [" | ", " > ", " › ", " » ", " · "].iter().any(|bar| {
        let items: Vec<&str> = line.split(bar).collect();
        items.len() >= 3 && items.iter().all(|item| at_most_words(item, MAX_ITEM_WORDS))
    })
}

/// Titles of other pages between bars after a short label: "Related
/// commentary: Gyumri after the freeze (3 October 2024) | What the EU law
/// would and would not do", "See also: 2023 in pictures | Our best portraits
/// of 2024". No story's sentence puts a bar between its clauses.
fn is_labelled_link_list(line: &str) -> bool {
    const MAX_LABEL_WORDS: usize = 4;
    const MAX_ITEM_WORDS: usize = 16;
    let Some((label, items)) = line.split_once(": ") else {
        return false;
    };
    // ("Earlier: Winners and losers of the Sochi summit (5 November 2022)
    // · Winners and losers of the Prague meeting (8 October 2022)": a
    // middle dot parts the items too, where no item ends a sentence.)
    let items: Vec<&str> = if items.contains(" | ") || ends_with_terminal(items) {
        items.split(" | ").collect()
    } else {
        items.split(" · ").collect()
    };
    items.len() >= 2
        && at_most_words(label, MAX_LABEL_WORDS)
        && label.starts_with(char::is_uppercase)
        && items
            .iter()
            .all(|item| !item.trim().is_empty() && at_most_words(item, MAX_ITEM_WORDS))
}

/// A masthead above the story: the outlet's name in capitals and its
/// motto ("ZANGEZUR TODAY — news of Syunik and Armenia").
fn is_masthead(line: &str) -> bool {
    const MAX_WORDS: usize = 10;
    let Some((name, motto)) = line.split_once(" — ").or_else(|| line.split_once(" – ")) else {
        return false;
    };
    at_most_words(line, MAX_WORDS)
        && !ends_with_terminal(line)
        && name.chars().any(char::is_alphabetic)
        && name.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        && motto.chars().next().is_some_and(char::is_lowercase)
}

/// The cells of a row of a table written in text ("| 15 May 1992 |
/// Treaty signed | Treaty text |"), as ranges of `line` trimmed of their
/// spaces; none unless the line opens and closes with a bar and holds two
/// cells or more, none of them empty.
fn table_cells(line: &str) -> Option<Vec<Range<usize>>> {
    let inner = line.strip_prefix('|')?.strip_suffix('|')?;
    let mut cells = Vec::new();
    let mut start = 1;
    for cell in inner.split('|') {
        let trimmed = cell.trim();
        if trimmed.is_empty() {
            return None;
        }
        let lead = cell.len() - cell.trim_start().len();
        cells.push(start + lead..start + lead + trimmed.len());
        start += cell.len() + 1;
    }
    (cells.len() >= 2).then_some(cells)
}

/// Whether a table's row is the rule under its header ("|---|:---:|").
fn is_table_rule(line: &str, cells: &[Range<usize>]) -> bool {
    cells.iter().all(|cell| {
        let cell = line[cell.clone()].trim_matches(':');
        cell.len() >= 3 && cell.bytes().all(|b| b == b'-')
    })
}

/// The stamp that opens a message of a chat's export: its day, as
/// written, and where the message starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ChatStamp {
    /// The first and second numbers of the day ("10/01/2023": 10 and 1),
    /// which locales write in either order, and the year.
    pub first: u32,
    pub second: u32,
    pub year: i32,
    /// The length of the stamp and the sender's name with its colon.
    pub len: usize,
}

/// "[10/01/2023, 11:46] Mariam: ..." (or "10/01/2023, 11:46 - Mariam:
/// ..."): a message of a chat as a messaging app exports it, opened by
/// the day and time it was sent and who sent it.
pub(crate) fn chat_stamp(line: &str) -> Option<ChatStamp> {
    static STAMP: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"^\[?(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\]\s*|\s+-\s+)[^:\[\]]{1,40}?:\s+",
        )
        .expect("chat stamp pattern")
    });
    // A stamp opens with a bracket or a digit: most lines are let go
    // before the search.
    if !line.starts_with(|c: char| c == '[' || c.is_ascii_digit()) {
        return None;
    }
    let caps = STAMP.captures(line)?;
    let year: i32 = caps[3].parse().ok()?;
    Some(ChatStamp {
        first: caps[1].parse().ok()?,
        second: caps[2].parse().ok()?,
        year: if year < 100 { 2000 + year } else { year },
        len: caps.get(0)?.end(),
    })
}

/// What a messaging app writes in place of a message.
const CHAT_NOTES: &[&str] = &[
    "<Media omitted>",
    "<attached image>",
    "This message was deleted",
    "This message was deleted.",
    "You deleted this message",
    "image omitted",
    "video omitted",
];

/// What a messaging app adds after a message that was edited.
const CHAT_EDITED: &str = "<This message was edited>";

/// What a field of a news feed saved as text holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FeedField {
    /// The item's text ("description: Armenia declined ...").
    Text,
    /// The item's title.
    Title,
    /// When the item was published ("pubDate: Tue, 31 Jan 2023 18:20:00
    /// +0400"), or the feed was built.
    Date,
    /// A link, a category, an author, the feed's language.
    Other,
}

/// The field of a news feed that `line` is ("pubDate: Tue, 31 Jan 2023
/// 18:20:00 +0400", "channel link: https://..."), with where its value
/// starts. The names are matched as feeds spell them ("pubDate",
/// "lastBuildDate", lower case otherwise): "Title:" or "Category:" opening
/// a line of a story is a label of its own, not a feed's.
pub(crate) fn feed_field(line: &str) -> Option<(FeedField, usize)> {
    const FIELDS: &[(&str, FeedField)] = &[
        ("description", FeedField::Text),
        ("summary", FeedField::Text),
        ("content", FeedField::Text),
        ("title", FeedField::Title),
        ("pubDate", FeedField::Date),
        ("lastBuildDate", FeedField::Date),
        ("published", FeedField::Date),
        ("updated", FeedField::Date),
        ("dc:date", FeedField::Date),
        ("link", FeedField::Other),
        ("guid", FeedField::Other),
        ("category", FeedField::Other),
        ("author", FeedField::Other),
        ("dc:creator", FeedField::Other),
        ("comments", FeedField::Other),
        ("enclosure", FeedField::Other),
        ("source", FeedField::Other),
        ("language", FeedField::Other),
        ("copyright", FeedField::Other),
        ("ttl", FeedField::Other),
        ("generator", FeedField::Other),
    ];
    // Every field name opens with a lower-case ASCII letter, and the
    // channel's own are named after it ("channel description: ...").
    if !line.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let (written, value) = line.split_once(':')?;
    let channel = written.strip_prefix("channel ");
    let name = channel.unwrap_or(written);
    let &(_, field) = FIELDS.iter().find(|(field, _)| *field == name)?;
    // The channel's description is the feed's, no item's text.
    let field = match field {
        FeedField::Text if channel.is_some() => FeedField::Other,
        field => field,
    };
    let value_start = line.len() - value.trim_start().len();
    (value_start < line.len()).then_some((field, value_start))
}

fn is_links_heading(line: &str) -> bool {
    at_most_words(line, 6) && LINKS_HEADING.is_match(line.trim())
}

/// A label that opens a line of links to other pages: "Other information
/// messages: On the meeting of ...", "More stories: ...", "Similar channels:
/// ...", a newsletter's "Previous issues: ...". What follows it are titles of elsewhere, not the story.
static LINKS_LABEL: Pattern<Regex> = Pattern::new(|| {
    // ("Travellers also viewed: ...", "Readers also liked: ..." list a
    // site's other pages too.)
    Regex::new(r"(?i)^(?:(?:other|more|related|similar|recent|latest|further|previous|past|earlier)\s+(?:[\w-]+\s+){0,2}?(?:news|stories|messages|articles|posts|channels|reports|materials|publications|links|reading|coverage|interviews|videos|podcasts|episodes|features|topics|analysis|issues|editions|digests|newsletters|briefings|announcements|releases|statements|notices|summaries|opinion|commentary|columns|pieces|explainers|transcripts|bulletins|recaps|reviews|galleries)|(?:readers|travellers|travelers|guests|customers|visitors|people|users)\s+also\s+(?:viewed|read|liked|watched|bought|booked))\s*:")
        .expect("links label pattern")
});

/// How long the number of a report's numbered paragraph is that opens
/// `line` ("2.2 ", "3.1.4 "), with the space after it: a number of two or
/// three parts before a capital. ("2.2 million" goes on in lower case.)
fn section_number_len(line: &str) -> usize {
    static SECTION_NUMBER: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"^\d{1,2}(?:\.\d{1,2}){1,2}\s+\p{Lu}").expect("section number pattern")
    });
    if !line.starts_with(|c: char| c.is_ascii_digit()) {
        return 0;
    }
    SECTION_NUMBER.find(line).map_or(0, |m| {
        let capital = line[..m.end()]
            .chars()
            .next_back()
            .map_or(0, char::len_utf8);
        m.end() - capital
    })
}

/// A live blog's time stamp ("17:40 — "), a "BREAKING:" flag, an update's
/// time ("Updated 16:40:") and a footnote's mark ("[1] ") open an entry,
/// not its prose.
static ENTRY_STAMP: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"^(?:\[\d{1,3}\]\s+)?(?:[—–•*·-]\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|GMT|UTC))?\s*(?:—|–|-|\|)\s*)?(?:(?:BREAKING|UPDATE|LIVE|WATCH)\s*:\s*|(?i:updated?)\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|GMT|UTC))?\s*[:—–-]\s*)?")
        .expect("entry stamp pattern")
});

/// A turn of a transcript opens with who speaks, often after the time it
/// starts ("[03:38] TATEVIK ORDYAN: ", "(12:04) Host: ", "ANCHOR: ", a radio
/// script's "READER: "): the label is not what is said. Without a time, only
/// a name in capitals of two words or more, or a presenter's role, is a
/// label, so that a feed's "CSTO: ..." keeps its speaker; a single letter
/// ("Q:", "A:") is left for the transcript reader, which tells questions
/// from answers by it.
static SPEAKER_LABEL: Pattern<Regex> = Pattern::new(|| {
    Regex::new(concat!(
        r"^(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s+\([^)]{1,60}\))?\s*:\s+)?",
        r"|\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}(?:,\s+\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2})?(?:\s+\([^)]{1,60}\))?\s*:\s+",
        r"|(?:ANCHOR|HOST|PRESENTER|MODERATOR|INTERVIEWER|REPORTER|CORRESPONDENT|GUEST|READER|NEWSREADER|ANNOUNCER|NARRATOR|Anchor|Host|Presenter|Moderator|Interviewer|Newsreader|Announcer|Narrator)\s*:\s+)",
    ))
    .expect("speaker label pattern")
});

/// A picture's label opening its caption: "[Photo] Soldiers at a parade in
/// Gyumri, May 9.", "[Video] ...".
static MEDIA_LABEL: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"^\[(?i:photo|photos|picture|image|video|caption|graphic|map|illustration|infographic)\]",
    )
    .expect("media label pattern")
});

/// A numbered picture's label opening its caption: "Photo 1: The plaque
/// beside the school door", "Figure 3 – ...".
static NUMBERED_PICTURE_LABEL: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"^(?i:photo|picture|image|figure|fig\.)\s*\d{1,3}\s*[:.–—-]\s")
        .expect("numbered picture label pattern")
});

/// A picture's caption under its label: "Photo: The leaders of the member
/// states in Bishkek, 27 November 2025. Source: ...", however long the
/// credit after it.
static PICTURE_LABEL: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"^(?i:photo|picture|image|pictured|photograph)\s*:\s+\S")
        .expect("picture label pattern")
});

/// A chart's or a map's caption under its label: "Chart: Should Armenia
/// leave the CSTO? Share of respondents, December 2023 and April 2024."
static CHART_LABEL: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"^(?i:chart|graphic|infographic|graph|map|table|figure)\s*:\s+\S")
        .expect("chart label pattern")
});

/// A name called at the start of a turn, before what is said to its bearer
/// (which goes on in lower case): "Areg, on Tuesday ...", "Areg Davtyan,
/// thank you."
static VOCATIVE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,\s+").expect("vocative pattern")
});

/// A newsletter's rubric before its item ("Our take: Armenia froze ...",
/// "Why it matters: ..."), and a note's label ("Speaker notes: ...",
/// "Reminder: ..."): the outlet's label, no words of the sentence.
static RUBRIC_LABEL: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"^(?:Speaker notes|Speaker's notes|Presenter notes|Notes|Note|Reminder|Editor's note|Editor’s note|Our take|Why it matters|The big picture|Between the lines|What's next|What’s next|The bottom line|Bottom line|Driving the news|State of play|By the numbers|Reality check|Catch up quick|Zoom in|Zoom out|The backstory|Go deeper)\s*:\s+",
    )
    .expect("rubric label pattern")
});

/// A later turn names its speaker by surname alone ("SAHAKYAN: ",
/// "TOROSYAN (voice-over): "): a label only in a transcript whose turns
/// have already been labelled in full, since a feed's "CSTO: ..." is not.
static SURNAME_LABEL: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"^\p{Lu}[\p{Lu}'’-]{2,}(?:\s+\([^)]{1,60}\))?\s*:\s+")
        .expect("surname label pattern")
});

/// Whether `line` may open with a speaker's label ([`SPEAKER_LABEL`],
/// [`SURNAME_LABEL`], [`turn_label`]): every label opens with a bracket
/// or a capital (a letter `\p{Lu}` takes is uppercase to
/// `char::is_uppercase`) and holds a colon. Most lines of a story are
/// spared the patterns.
fn may_open_label(line: &str) -> bool {
    line.starts_with(|c: char| c == '[' || c == '(' || c.is_uppercase()) && line.contains(':')
}

/// Whether `line` may open with an entry's stamp ([`ENTRY_STAMP`]): with
/// any other first char the pattern finds only the empty opening.
fn may_open_entry_stamp(line: &str) -> bool {
    line.starts_with(|c: char| {
        matches!(
            c,
            '[' | '—' | '–' | '•' | '*' | '·' | '-' | 'B' | 'U' | 'L' | 'W' | 'u'
        ) || c.is_numeric()
    })
}

/// How many lines must open with a full speaker label for a document to be
/// read as a transcript of turns.
const LABELLED_TURNS: usize = 2;

/// Who a transcript's turn opens with, written in capitals, and the office
/// its label gives: "NIKOL PASHINYAN (Prime Minister): We will leave" is
/// ("NIKOL PASHINYAN", Some("Prime Minister")), "PASHINYAN: ..." is
/// ("PASHINYAN", None).
pub(crate) fn turn_label(line: &str) -> Option<(&str, Option<&str>)> {
    static LABEL: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"^(?P<name>\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3})(?:\s+\((?P<office>[^)]{1,60})\))?\s*:(?:\s|$)")
            .expect("turn label pattern")
    });
    // "[11:03] LEVON HARUTYUNYAN (Armenia faction): ...": a record made
    // from a broadcast stamps each turn with its clock time.
    let line = without_clock_stamp(line.trim_start());
    if !may_open_label(line) {
        return None;
    }
    let caps = LABEL.captures(line)?;
    let name = caps.name("name")?.as_str();
    Some((name, caps.name("office").map(|m| m.as_str())))
}

/// `line` after the clock time in brackets that opens it ("[11:03] "), if
/// any.
fn without_clock_stamp(line: &str) -> &str {
    let Some(rest) = line.strip_prefix('[') else {
        return line;
    };
    let Some((stamp, after)) = rest.split_once(']') else {
        return line;
    };
    let clock = stamp.len() <= "00:00:00".len()
        && stamp.contains(':')
        && stamp.bytes().all(|b| b.is_ascii_digit() || b == b':');
    if clock { after.trim_start() } else { line }
}

/// Whether a line is a heading over the days to come ("DATES FOR YOUR
/// DIARY", "The week ahead", "Coming up"): a short line, not a sentence,
/// that names them.
pub(crate) fn heads_days_ahead(line: &str) -> bool {
    const CUES: &[&str] = &[
        "diary",
        "ahead",
        "upcoming",
        "coming up",
        "coming weeks",
        "coming days",
        "what's next",
        "what’s next",
        "what to watch",
        "calendar",
        "agenda",
        "next week",
        "forthcoming",
    ];
    let line = line.trim();
    // The word count stops at the first word too many, and the line is
    // lowercased only once it is short enough to be a heading.
    if line.split_whitespace().nth(HEADING_AHEAD_WORDS).is_some()
        || line.ends_with(['.', '!', '?', ','])
    {
        return false;
    }
    let lower = line.to_lowercase();
    CUES.iter().any(|cue| {
        lower.match_indices(cue).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + cue.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether a line of the story reads as a heading: a few words with no
/// date, label or closing stop ("THE WIDER NEIGHBOURHOOD").
pub(crate) fn is_plain_heading(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.split_whitespace().nth(HEADING_AHEAD_WORDS).is_none()
        && !line.ends_with(['.', '!', '?', ',', ';', ':', '"', '”'])
        && !line.contains(':')
        && !line.bytes().any(|b| b.is_ascii_digit())
}

/// How many words a heading over the days to come has at most.
const HEADING_AHEAD_WORDS: usize = 6;

/// Whether a line opens with a transcript's turn: a time in brackets and who
/// speaks ("[04:52] BEN WHITLOW: ..."). Such a time places the recording,
/// not the news, unlike a live blog's "17:40 — ...".
pub(crate) fn opens_a_turn(line: &str) -> bool {
    static TURN: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"^[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s+\([^)]{1,60}\))?\s*:\s")
            .expect("turn pattern")
    });
    // Anchored at a bracket: every other line is spared the pattern.
    let line = line.trim_start();
    line.starts_with(['[', '(']) && TURN.is_match(line)
}

/// "This article was updated on November 27 to add that the foreign
/// ministers met ...": an update note opens the news it adds, which is of
/// the update's day.
static UPDATE_NOTE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"^(?i:this\s+(?:article|story|report|piece)\s+(?:was|has\s+been)\s+updated\s+on\s+)(?P<date>[^,.;:]{3,30}?)\s+(?i:to\s+(?:add|include|report|reflect|say)\s+(?:that\s+)?)")
        .expect("update note pattern")
});

/// The day an update note gives its news ("This story was updated on 27
/// November to add that ..."), as written.
pub(crate) fn update_note_date(line: &str) -> Option<&str> {
    let line = line.trim_start();
    // The note opens with "This": no other letter folds to its "t".
    if !line.starts_with(['t', 'T']) {
        return None;
    }
    Some(UPDATE_NOTE.captures(line)?.name("date")?.as_str())
}

/// Whether a line is an item of a list, opened by a dash or a bullet:
/// "• Lukashenko calls for unity", "— Parliament vote: 2023-10-03".
pub(crate) fn is_list_item(line: &str) -> bool {
    line.trim_start()
        .starts_with(['—', '–', '-', '•', '*', '·'])
}

/// A wire story's summary bullet above its dateline ("* CSTO to send a
/// mission led by its secretary general", then "YEREVAN/BAKU, Sept 14
/// (Larkspur) - ..."): a headline of what the story tells, not a report.
fn is_summary_bullet(text: &str, paragraphs: &[Paragraph], k: usize) -> bool {
    const MAX_BULLETS: usize = 6;
    let line = paragraphs[k].line_in(text);
    is_list_item(line)
        && !ends_with_terminal(line)
        && paragraphs[k..]
            .iter()
            .map(|p| p.line_in(text))
            .take(MAX_BULLETS + 1)
            .find(|line| !is_list_item(line))
            .is_some_and(|story| dateline(story).is_some())
}

/// The prose of a story line that stops mid-sentence (a paywall, a cut-off
/// scrape) ends at its last full sentence: what follows is not a statement.
fn without_cut_off_tail(line: &str) -> &str {
    let trimmed = line.trim_end();
    let cut_off = trimmed
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    // Items of a list ("— Parliament vote: 2023-10-03") are written without a full stop.
    let list_item = is_list_item(trimmed);
    if !cut_off || list_item || at_most_words(trimmed, 7) {
        return line;
    }
    match trimmed.rfind(['.', '!', '?', '…']) {
        Some(mark) => {
            let end = mark + trimmed[mark..].chars().next().map_or(1, char::len_utf8);
            let close = trimmed[end..]
                .chars()
                .take_while(|c| matches!(c, '”' | '"' | '’' | '\'' | ')'))
                .map(char::len_utf8)
                .sum::<usize>();
            &trimmed[..end + close]
        }
        None => "",
    }
}

/// Whether the line at `k` goes on with a correction notice on the lines
/// just above it, with no blank line between: "Correction, 2 February
/// 2024: An earlier version of this article said the vote was on
/// 5 October. ¶ The vote took place on 3 October 2023." What the notice
/// sets right the story has told already; it is no report of its own. A
/// heading "CORRECTION" alone opens one as well.
fn goes_on_with_a_correction(text: &str, paragraphs: &[Paragraph], k: usize) -> bool {
    /// How many lines a notice runs to, at most.
    const NOTICE_LINES: usize = 3;
    static OPENS_A_CORRECTION: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"^(?i:corrections?|clarifications?)(?:\b[^:.]{0,40}:|\s*$)")
            .expect("correction notice pattern")
    });
    paragraphs[..k]
        .iter()
        .rev()
        .take(NOTICE_LINES)
        .take_while(|above| !above.blank_after)
        .any(|above| OPENS_A_CORRECTION.is_match(above.line_in(text)))
}

/// Whether a line opens with a clock time and goes on with words:
/// "02:15 What the prime minister said", "1:02:30 Listener questions".
fn is_chapter_line(line: &str) -> bool {
    let Some((stamp, rest)) = line.split_once(' ') else {
        return false;
    };
    let parts: Vec<&str> = stamp.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && rest.trim_start().starts_with(char::is_alphabetic)
}

fn classify_paragraph(
    text: &str,
    paragraphs: &[Paragraph],
    k: usize,
    context: Context,
) -> (BlockKind, Range<usize>) {
    let para = &paragraphs[k];
    let whole = para.trimmed.clone();
    let line = text.get(whole.clone()).unwrap_or("");
    let at = |offset: usize| whole.start + offset;

    if let Some(skip) = background_label_len(line) {
        return (BlockKind::Background, at(skip)..whole.end);
    }
    if !context.body_seen && is_summary_bullet(text, paragraphs, k) {
        return (BlockKind::Headline, whole);
    }
    // A table's row: its rule and its header are no news; a row reads
    // from its first cell to its longest, as "15 May 1992 | Treaty signed
    // in Tashkent" does, without the cells after it (a source, a note).
    if let Some(cells) = table_cells(line) {
        let next_is_rule = paragraphs.get(k + 1).is_some_and(|p| {
            let next = p.line_in(text);
            table_cells(next).is_some_and(|cells| is_table_rule(next, &cells))
        });
        if is_table_rule(line, &cells) || next_is_rule {
            return (BlockKind::Boilerplate, whole);
        }
        let words = |cell: &Range<usize>| line[cell.clone()].split_whitespace().count();
        let longest = cells
            .iter()
            .enumerate()
            .max_by_key(|(at, cell)| (words(cell), std::cmp::Reverse(*at)))
            .map(|(at, _)| at)
            .unwrap_or(0);
        let (first, last) = (&cells[0], &cells[longest]);
        return (BlockKind::Body, at(first.start)..at(last.end));
    }
    // A chat's message, whatever its shape: what follows its stamp and
    // sender is read, short of the app's own notes.
    if let Some(stamp) = chat_stamp(line) {
        let message = &line[stamp.len..];
        let message = message
            .strip_suffix(CHAT_EDITED)
            .map_or(message, str::trim_end);
        return if CHAT_NOTES.contains(&message) || message.is_empty() {
            (BlockKind::Boilerplate, whole)
        } else {
            (
                BlockKind::Body,
                at(stamp.len)..at(stamp.len + message.len()),
            )
        };
    }
    // A news feed saved as text: its items' text is the story, their
    // titles headlines, and their other fields (a link, a date, a
    // category) no part of it.
    if let Some((field, value)) = feed_field(line) {
        return match field {
            FeedField::Text => (BlockKind::Body, at(value)..whole.end),
            FeedField::Title => (BlockKind::Headline, at(value)..whole.end),
            FeedField::Date | FeedField::Other => (BlockKind::Boilerplate, whole),
        };
    }
    if context.in_comments
        || para.is_boilerplate(text)
        || goes_on_with_a_correction(text, paragraphs, k)
        || is_links_heading(line)
        || (context.before_story && is_masthead(line))
    {
        return (BlockKind::Boilerplate, whole);
    }
    // Lines under a links heading, and short unpunctuated lines after the
    // story has begun, are links and section labels, not news.
    let unpunctuated = !ends_with_terminal(line) && at_most_words(line, 16);
    if context.in_links && unpunctuated {
        return (BlockKind::Boilerplate, whole);
    }
    // "09:40 Article 4 and the night of 13 September 2022": one of a list
    // of chapters under their clock times (show notes, a programme's
    // running order) names what is discussed, not what happened.
    if unpunctuated && is_chapter_line(line) {
        let neighbour = |j: Option<usize>| {
            j.and_then(|j| paragraphs.get(j)).is_some_and(|p| {
                is_chapter_line(p.line_in(text)) && !ends_with_terminal(p.line_in(text))
            })
        };
        if neighbour(k.checked_sub(1)) || neighbour(Some(k + 1)) {
            return (BlockKind::Boilerplate, whole);
        }
    }
    if let Some(cut) = photo_credit_suffix(line) {
        let before = line[..cut].trim_end();
        return if reads_as_caption(before) {
            (BlockKind::Caption, whole.start..at(before.len()))
        } else {
            // A name or a few words before a photo credit: "Nikol Pashinyan (Photo - EPA)".
            (BlockKind::Boilerplate, whole)
        };
    }
    if line.starts_with('[')
        && let Some(label) = MEDIA_LABEL.find(line)
    {
        let rest = &line[label.end()..];
        let skip = label.end() + (rest.len() - rest.trim_start().len());
        return (BlockKind::Caption, at(skip)..whole.end);
    }
    if context.before_story && is_leading_caption(text, paragraphs, k) {
        return (BlockKind::Caption, whole);
    }
    // A line right above a photo credit of its own is that photo's caption.
    let credit_below = paragraphs
        .get(k + 1)
        .and_then(|p| text.get(p.trimmed.clone()))
        // The count of words first: it lets most lines go unsearched.
        .is_some_and(|next| at_most_words(next, 12) && is_photo_credit_line(next));
    // "Photo 1 of 7" numbers a gallery's picture: the line under it is the
    // picture's caption, and what follows it down to the credit tells the
    // story around the picture.
    let numbered = |back: usize| {
        k.checked_sub(back)
            .and_then(|j| paragraphs.get(j))
            .is_some_and(|p| is_picture_number(p.line_in(text)))
    };
    // "Photo 2: Steps down to the school basement": a gallery's numbered
    // caption, set beside its picture.
    if (numbered(1) || NUMBERED_PICTURE_LABEL.is_match(line)) && at_most_words(line, 40) {
        return (BlockKind::Caption, whole);
    }
    // (A short one is a credit, which `is_boilerplate` reads.)
    if PICTURE_LABEL.is_match(line) && !at_most_words(line, 20) && at_most_words(line, 60) {
        return (BlockKind::Caption, whole);
    }
    if CHART_LABEL.is_match(line) && at_most_words(line, 60) {
        return (BlockKind::Caption, whole);
    }
    // A dated byline above the story's first photo ("By Erik Sandell ·
    // Published Saturday 7 December 2024") is no caption of it: read as
    // news, its date would stand for the story's.
    if credit_below
        && at_most_words(line, 40)
        && !(2..=4).any(numbered)
        && byline_date(line).is_none()
    {
        return (BlockKind::Caption, whole);
    }
    // A story paragraph may close with its reporting credit, and an
    // embedded post with its author's signature: the rest is what is read.
    let core = reporting_credit_suffix(line)
        .or_else(|| post_signature(line).map(|post| post.start))
        .map_or(line, |cut| line[..cut].trim_end());
    // Headline-shaped lines before the story has begun are the headline and
    // its kickers; after it, a line set apart by a blank line is a subhead.
    // (A chronology's last entry, with a blank line after it, is no subhead.)
    // A brief's item is titled on the line above its dateline ("2. EU
    // monitors on the border since October 20", then "YEREVAN, Oct 31
    // (TPA) – ...").
    let dateline_below = || {
        paragraphs
            .get(k + 1)
            .and_then(|p| text.get(p.trimmed.clone()))
            .is_some_and(|next| dateline(next).is_some())
    };
    // '"Shelling night: the staff were heroes"' right above "Reviewed 20
    // September 2022 · ...": a review's title, in quotation marks.
    let stamp_below = || {
        paragraphs
            .get(k + 1)
            .and_then(|p| text.get(p.trimmed.clone()))
            .is_some_and(|next| stamped_on(next).is_some())
    };
    if is_quoted_whole(core) && at_most_words(core, QUOTED_TITLE_WORDS) && stamp_below() {
        return (BlockKind::Headline, whole.start..at(core.len()));
    }
    if is_headline_like(core)
        && (!context.body_seen || para.blank_after || dateline_below())
        && !(context.body_seen && is_chronology_entry(core))
    {
        return (BlockKind::Headline, whole.start..at(core.len()));
    }
    // State agencies title a report with a long formal line ("Meeting of
    // the Collective Security Council ... held in the Kremlin"): the first
    // line of the text, with no sentence punctuation, is still its headline.
    if k == 0 && is_long_formal_title(core) {
        return (BlockKind::Headline, whole.start..at(core.len()));
    }
    // "26 July 2018 – Khachaturov charged": a chronology's entry is told
    // in a line of its own, unpunctuated, often where the story ends.
    let story_follows = story_follows(text, paragraphs, k) || is_chronology_entry(core);
    if is_fragment(core) || (context.body_seen && is_headline_like(core) && !story_follows) {
        return (BlockKind::Boilerplate, whole);
    }
    let core = if story_follows {
        core
    } else {
        without_cut_off_tail(core)
    };
    if core.is_empty() {
        return (BlockKind::Boilerplate, whole);
    }
    // Later in the text, only a dateline with its date is one for sure: a
    // page of several wire briefs ("YEREVAN, Nov 27 (Araks Agency) — ..."),
    // whose date dates the brief and is no part of its sentence.
    let skip = if context.body_seen && dateline_date(core).is_none() {
        0
    } else {
        dateline_len(core)
    };
    let rest = &core[skip..];
    let skip = skip
        + may_open_entry_stamp(rest)
            .then(|| ENTRY_STAMP.find(rest))
            .flatten()
            .map_or(0, |m| m.end());
    let rest = &core[skip..];
    // "2.2 Armenia addressed its request ...": a report's numbered
    // paragraph opens with its number, no word of its sentence.
    let skip = skip + section_number_len(rest);
    let rest = &core[skip..];
    let label = may_open_label(rest)
        .then(|| {
            SPEAKER_LABEL.find(rest).or_else(|| {
                context
                    .labelled_turns
                    .then(|| SURNAME_LABEL.find(rest))
                    .flatten()
            })
        })
        .flatten()
        .map_or(0, |m| m.end());
    // "LILIT MIRAKYAN: Areg, on Tuesday Armenia asked ...": the name the
    // speaker calls the one spoken to is no part of what is said.
    let said = &rest[label..];
    let vocative = (label > 0)
        .then(|| VOCATIVE.find(said))
        .flatten()
        .filter(|m| {
            // "Moscow, meanwhile, said ...", "Yerevan, in turn, ...": an
            // aside set off by commas follows a subject, not a name called.
            let after = &said[m.end()..];
            let aside = after
                .split_whitespace()
                .take(3)
                .any(|word| word.ends_with(','));
            after.starts_with(char::is_lowercase) && !aside
        })
        .map_or(0, |m| m.end());
    let skip = skip + label + vocative;
    let rest = &core[skip..];
    let skip = skip
        + may_open_label(rest)
            .then(|| RUBRIC_LABEL.find(rest))
            .flatten()
            .map_or(0, |m| m.end());
    let rest = &core[skip..];
    let skip = skip
        + rest
            .starts_with(['t', 'T'])
            .then(|| UPDATE_NOTE.find(rest))
            .flatten()
            .map_or(0, |m| m.end());
    (BlockKind::Body, at(skip)..at(core.len()))
}

/// The most words a review's title in quotation marks holds.
const QUOTED_TITLE_WORDS: usize = 15;

/// Whether `line` is one quotation from end to end, in straight or curly
/// marks.
fn is_quoted_whole(line: &str) -> bool {
    let opens = line.starts_with(['"', '“']);
    let closes = line.ends_with(['"', '”']);
    let inner = line
        .trim_start_matches(['"', '“'])
        .trim_end_matches(['"', '”']);
    opens && closes && !inner.contains(['"', '“', '”'])
}

/// A chronology's entry: a date with its year, a dash (or a dot, a bar or
/// a colon), and what happened then ("26 July 2018 – Khachaturov charged", "Nov 23,
/// 2022 — Pashinyan declines to sign", "2 Nov 2018 - Yerevan recalls its
/// man", "17 Mar 2023 · The ICC issues a warrant").
fn is_chronology_entry(line: &str) -> bool {
    static ENTRY: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"^(?:\d{1,2}\s+(?P<m1>\p{L}{3,9})\.?|(?P<m2>\p{L}{3,9})\.?\s+\d{1,2},?)\s+(?:19|20)\d{2}(?:\s*[–—·|-]|:)\s+\S+\s+\S",
        )
        .expect("chronology entry pattern")
    });
    ENTRY.captures(line).is_some_and(|c| {
        c.name("m1")
            .or(c.name("m2"))
            .is_some_and(|month| crate::extract::calendar::month_number(month.as_str()).is_some())
    })
}

/// The standfirst under a headline ("Leaders of the alliance met in Minsk
/// without Armenia's prime minister."), told above the byline: a summary
/// of the story below, not a report of its own. The byline is a "By ..."
/// line ("By Dana Abenova · 8 May 2024") or a short unpunctuated line that
/// gives a date ("Daniel Ferris Nov 24, 2023").
fn is_standfirst(text: &str, paragraphs: &[Paragraph], k: usize) -> bool {
    let line = text.get(paragraphs[k].trimmed.clone()).unwrap_or("");
    let Some(next) = paragraphs
        .get(k + 1)
        .and_then(|p| text.get(p.trimmed.clone()))
    else {
        return false;
    };
    // "By Dana Abenova · 8 May 2024": a name and a stamp set apart by a
    // dot make the article's byline when no other line of the page has
    // that shape (a gallery or an archive has one under every picture).
    let one_dotted_byline = || {
        paragraphs
            .iter()
            .filter(|p| {
                BYLINE
                    .captures(p.line_in(text))
                    .is_some_and(|c| c.name("dot").is_some())
            })
            .nth(1)
            .is_none()
    };
    let byline = BYLINE
        .captures(next)
        .is_some_and(|c| c.name("dot").is_none() || one_dotted_byline())
        || (at_most_words(next, 10)
            && !ends_with_terminal(next)
            && next.chars().any(|c| c.is_ascii_digit())
            && next.chars().next().is_some_and(char::is_uppercase)
            && !find_dates(next, None).is_empty());
    // A standfirst may go without its full stop, as a headline does; a
    // long line between the headline and the byline is one all the same.
    // (One unpunctuated sentence: a caption of several, whose credit closes
    // it, is no standfirst.)
    let unpunctuated_sentence =
        !line.contains(". ") && !at_most_words(line, STANDFIRST_UNPUNCTUATED_WORDS);
    (ends_with_terminal(line) || unpunctuated_sentence) && !at_most_words(line, 5) && byline
}

/// A line above the byline with more words than this is a standfirst
/// whether or not it ends with a full stop.
const STANDFIRST_UNPUNCTUATED_WORDS: usize = 12;

/// Whether story prose (a full sentence of some length) comes after paragraph
/// `k`: where none does, what is left is the page around the article (links,
/// prompts) or an article cut off.
fn story_follows(text: &str, paragraphs: &[Paragraph], k: usize) -> bool {
    paragraphs[k + 1..].iter().any(|p| {
        let line = p.line_in(text);
        ends_with_terminal(line) && !at_most_words(line, 2) && !p.is_boilerplate(text)
    })
}

/// A full-sentence photo caption that opens the document, before its headline.
fn is_leading_caption(text: &str, paragraphs: &[Paragraph], k: usize) -> bool {
    let line = text.get(paragraphs[k].trimmed.clone()).unwrap_or("");
    if !(ends_with_terminal(line) && has_caption_cues(line)) {
        return false;
    }
    // The headline may come after credits or prompts, which are skipped.
    paragraphs[k + 1..]
        .iter()
        .find(|p| !p.is_boilerplate(text) && photo_credit_suffix(p.line_in(text)).is_none())
        .is_some_and(|p| is_headline_like(p.line_in(text)))
}

/// The text before a photo credit is a caption rather than a name: a sentence, or
/// words that describe a photo.
fn reads_as_caption(before: &str) -> bool {
    // Only whether it has four or five words is asked.
    let words = word_count_to(before, 5);
    let labels_a_photo = ARCHIVE_PHOTO.is_match(before);
    // "Flags of the member states outside the venue." only labels the
    // picture; a caption that tells of a happening has a past verb or the
    // date of what it shows ("Pashinyan speaks ... on March 14, 2023.").
    let tells = before.split(|c: char| !c.is_alphanumeric()).any(|w| {
        is_past_form(&w.to_lowercase())
            || (w.len() == 4 && w.starts_with(['1', '2']) && w.chars().all(|c| c.is_ascii_digit()))
    });
    !labels_a_photo
        && tells
        && ((ends_with_terminal(before) && words >= 5) || (has_caption_cues(before) && words >= 4))
}

/// "Archive photo:", "File picture:": a label over a picture from another day.
static ARCHIVE_PHOTO: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"(?i)^\s*(?:archive|file|handout|illustrative|stock)\s+(?:photo|picture|image)s?\b")
        .expect("archive photo pattern")
});

// ---------------------------------------------------------------------------
// Shapes of lines
// ---------------------------------------------------------------------------

#[cfg(test)]
fn word_count(s: &str) -> usize {
    word_count_to(s, usize::MAX)
}

/// Whether `s` has `limit` words or fewer.
fn at_most_words(s: &str, limit: usize) -> bool {
    word_count_to(s, limit) <= limit
}

/// The words of `s`, runs of non-space as `split_whitespace().count()`
/// counts them, but counted no further than one past `limit`: every test of
/// a line's length asks whether it is under some bound, and a story line
/// is long.
fn word_count_to(s: &str, limit: usize) -> usize {
    // Every line is counted several times over, by each test of its length:
    // eight bytes of ASCII, most of a line, are read at once, each byte
    // marked as a space or not, and the words that start among them counted
    // together. Anything else is read a byte at a time: an ASCII byte is
    // its own char; a char outside ASCII is decoded only at its first byte,
    // and the bytes that continue it change nothing.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = s.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let eight = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if eight & HIGH == 0 {
                // The high bit of each byte that is not a space, and of
                // each byte whose previous one (the last one read, for the
                // first) was not: a word starts where the first is set and
                // the second is not.
                let word = !ascii_spaces(eight) & HIGH;
                let after_word = (word << 8) | if in_word { 0x80 } else { 0 };
                words += (word & !after_word).count_ones() as usize;
                if words > limit {
                    return limit + 1;
                }
                in_word = word >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let space = match b {
            b' ' | b'\t'..=b'\r' => true,
            0..0x80 => false,
            0x80..0xc0 => {
                i += 1;
                continue;
            }
            _ => s[i..].chars().next().is_some_and(char::is_whitespace),
        };
        if !space && !in_word {
            words += 1;
            if words > limit {
                break;
            }
        }
        in_word = !space;
        i += 1;
    }
    words
}

/// The high bit set in each byte of `eight` (all ASCII) that is a space, a
/// tab, a line or form feed or a carriage return, as `char::is_whitespace`
/// tells them in ASCII; no other bit set. No sum below carries from one
/// byte into the next: each byte is under 0x80 and each addend too.
fn ascii_spaces(eight: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let each = |b: u8| u64::from_ne_bytes([b; 8]);
    // A byte equal to ' ' is zero after the xor; adding 0x7f to it then
    // leaves its high bit clear, where any other byte sets it.
    let blank = eight ^ each(b' ');
    let is_blank = !(((blank & LOW) + LOW) | blank) & HIGH;
    // A byte from tab (9) to carriage return (13): at least 9, so adding
    // 0x80 - 9 sets its high bit, and under 14, so adding 0x80 - 14 does not.
    let is_control = (eight + each(0x80 - 9)) & !(eight + each(0x80 - 14)) & HIGH;
    is_blank | is_control
}

/// The line ends as a sentence does: `.`, `!`, `?` or `…`, possibly before closing
/// quotes or brackets.
fn ends_with_terminal(s: &str) -> bool {
    let mut core = s.trim_end();
    // "... on Monday.[1]": a footnote's mark after the full stop.
    if let Some(open) = core.rfind('[')
        && core.ends_with(']')
        && core[open + 1..core.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_digit())
    {
        core = &core[..open];
    }
    let core = core.trim_end_matches(['”', '"', '’', '\'', ')', ']', '»']);
    core.ends_with(['.', '!', '?', '…'])
}

/// Short, unpunctuated, capitalised: the shape of a headline. Whether a line in this
/// shape is the headline also depends on where it stands (see `classify_paragraph`).
fn is_headline_like(line: &str) -> bool {
    const MAX_WORDS: usize = 20;
    const MAX_BYTES: usize = 250;
    // A story line is longer than any headline: its words go uncounted.
    if line.len() > MAX_BYTES {
        return false;
    }
    // Nor does a headline end as a sentence does, as most story lines do:
    // those are let go before their words are counted.
    if ends_with_terminal(line) {
        return false;
    }
    let words = word_count_to(line, MAX_WORDS);
    let starts_well = line
        .chars()
        .find(|c| !matches!(c, '“' | '"' | '‘' | '\'' | '«'))
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    (3..=MAX_WORDS).contains(&words)
        && starts_well
        // A lead-in ("He added:") or a cut-off line is not a headline.
        && !line.ends_with([':', ',', ';', '—', '–', '-'])
        && !is_boilerplate(line)
        && photo_credit_suffix(line).is_none()
}

/// A long line that names a happening rather than telling it: no sentence
/// ends inside it and no verb of its own carries it ("Meeting of ... held in
/// the Kremlin", not "Armenia has decided to recall ... and its inaction").
fn is_long_formal_title(line: &str) -> bool {
    const MAX_WORDS: usize = 45;
    const FINITE: [&str; 12] = [
        "has", "have", "had", "is", "are", "was", "were", "will", "said", "says", "did", "does",
    ];
    let told = line
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| FINITE.contains(&w.to_lowercase().as_str()));
    at_most_words(line, MAX_WORDS)
        && !told
        && !line.contains(". ")
        && line.chars().next().is_some_and(char::is_uppercase)
        && !ends_with_terminal(line)
        && !line.ends_with([':', ',', ';'])
        && !is_boilerplate(line)
}

/// One or two words and no sentence punctuation: a section label, a kicker, an agency
/// name ("Advertisement", "World", "(Reuters)"). A lead-in such as "He said:" is not.
fn is_fragment(line: &str) -> bool {
    at_most_words(line, 2) && !ends_with_terminal(line) && !line.ends_with(':')
}

// ---------------------------------------------------------------------------
// Boilerplate
// ---------------------------------------------------------------------------

/// Prompts to the reader: newsletters, sharing, further reading, tags, copyright.
static READER_PROMPT: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?ix)^[\s(\[]*(?:
            get\s+(?:the|our)\b.*\b(?:inbox|briefing|newsletter)
          | subscribe\b | sign\s+up\b | join\s+(?:us|our)\b | support\s+(?:us|our)\b
          | support\s+(?:\w+\s+){0,3}?(?:journalism|reporting|analysis|media|news)\s+(?:with|by)\b
          | donate\b | make\s+a\s+donation\b | become\s+a\s+(?:member|supporter|patron|subscriber)\b
          | follow\s+us\b
          | forwarded\s+from\b | forward\s+this\s+(?:email|newsletter|message)\b
          | view\s+(?:this|it)\s+(?:email|newsletter)\s+in\s+(?:your|a)\s+browser\b
          | you\s+are\s+receiving\s+this\s+(?:email|newsletter)\b
          | follow\s+(?:\S+\s+){1,4}on\s+(?:twitter|x|facebook|telegram|instagram|youtube|linkedin|tiktok|threads|bluesky)\b
          | like\s+us\s+on\b
          | (?:previous|next|last|earlier|past)\s+(?:shows?|episodes?|editions?|issues?|broadcasts?|programmes?|programs?|briefings?|bulletins?|newsletters?|updates?)\s*:
          | listen\s+again\b
          | (?:bulletin|newsletter|show|podcast|episode|programme|program)\s+archives?\s*:
          | give\s+(?:online|monthly|now|today|securely)\b
          | read\s+(?:more|also|next|the\s+full)\b | see\s+also\b | also\s+read\b | more\s+on\s+this\b
          | (?:related|recommended|most\s+read|popular|trending)(?:\s+(?:articles?|stories|news|content|posts?))?\s*:
          | welcome\s+to\s+(?:our|the)\b.*\b(?:live|coverage|blog)
          | good\s+(?:morning|afternoon|evening)\b.*\bwelcome\b
          | (?:file|archive|handout)\s+(?:photo|picture|image)\s*:
          | (?:a\s+)?quick\s+recap\b
          | (?:this\s+is\s+)?(?:our|your)\s+(?:[\w-]+\s+){0,2}(?:round-?up|digest|newsletter|briefing|wrap(?:-?up)?)\s+of\b
          | (?:good\s+(?:morning|afternoon|evening)\W+)?here\s+(?:is|are)\s+what\s+you\s+need\s+to\s+know\b
          | that'?s\s+(?:where|all)\s+we\b | that'?s\s+all\s+for\s+(?:this|today|now)\b
          | that['’]?s\s+(?:[\w-]+\s+){1,3}for\s+(?:this\s+(?:week|weekend|evening|morning|edition|episode|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|tonight|now)\s*[.!]?\s*$
          | share\s+(?:this|on|via)\b | share\s*:
          | click\s+here\b | download\s+(?:our|the)\b.*\bapp\b
          | listen\s+to\s+(?:this\s+|the\s+)?(?:article|story|report|interview|programme|program|episode|podcast|broadcast|bulletin)\b
          | advertisement\s*$ | story\s+continues\b | continue\s+reading\b
          | (?:tags?|topics?|keywords?|categor(?:y|ies)|filed\s+under)\s*:
          | our\s+standards\s*:
          | all\s+rights\s+reserved
          | this\s+(?:interview|conversation|transcript)\s+has\s+been\s+(?:condensed|edited|lightly\s+edited)\b
          | (?:this|the)\s+(?:interview|conversation)\s+was\s+(?:conducted|recorded|held|translated)\b.*\b(?:translated|edited|(?:in|from|into)\s+(?:english|russian|armenian)\b)
          | (?:notes|references|footnotes|sources)\s*:?\s*$
          | \(\s*(?:adds|updates|recasts|changes|corrects|rewrites|refiles|writes\s+through)\b.*\)\s*$
        )",
    )
    .expect("reader prompt pattern")
});

/// The words a [`READER_PROMPT`] can open with, after its brackets and
/// spaces ("(Adds ...)" included).
#[rustfmt::skip]
const READER_PROMPT_OPENINGS: &[&str] = &[
    "get", "subscribe", "sign", "join", "support", "donate", "make", "become", "follow",
    "forwarded", "forward", "view", "you", "like", "read", "see", "also", "more", "related",
    "recommended", "most", "popular", "trending", "welcome", "good", "file", "archive",
    "handout", "a", "quick", "this", "our", "your", "here", "that", "thats", "share", "click",
    "download", "listen", "advertisement", "story", "continue", "tag", "tags", "topic",
    "topics", "keyword", "keywords", "category", "categories", "filed", "all", "the", "notes",
    "references", "footnotes", "sources", "adds", "updates", "recasts", "changes", "corrects",
    "rewrites", "refiles", "writes", "previous", "next", "last", "earlier", "past", "bulletin",
    "newsletter", "show", "podcast", "episode", "programme", "program", "give",
];

/// Whether a short line states a convention of the page ("Prices in US
/// dollars unless stated.", "All times local unless otherwise noted."),
/// which tells the reader how to read it, not news; with the footer's
/// other short note beside it ("Market data delayed by at least 15
/// minutes.").
fn is_convention_note(line: &str, words: usize) -> bool {
    const MAX_NOTE_WORDS: usize = 20;
    static UNLESS_STATED: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"(?i)\bunless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified|mentioned)\b",
        )
        .expect("convention note pattern")
    });
    words <= MAX_NOTE_WORDS && line.contains("unless") && UNLESS_STATED.is_match(line)
}

/// Whether a short line lists the answers a quiz or a poll offers ("a)
/// Monday b) Tuesday c) Wednesday d) Thursday"): choices, not news.
fn is_answer_choices(line: &str, words: usize) -> bool {
    const MAX_CHOICES_WORDS: usize = 24;
    let line = line.trim_start();
    words <= MAX_CHOICES_WORDS
        && ["a) ", "A) ", "(a) ", "(A) "]
            .iter()
            .any(|first| line.starts_with(first))
        && [" b) ", " B) ", " (b) ", " (B) "]
            .iter()
            .any(|second| line.contains(second))
}

/// Whether `line` is a prompt to the reader ([`READER_PROMPT`]). Most
/// lines are asked and open with no word of a prompt: they are let go
/// unsearched.
fn is_reader_prompt(line: &str) -> bool {
    // A player's or a bullet's mark may come first ("▶ Listen to the
    // report (2:48)"); a quotation's mark may not.
    let opening = line.trim_start_matches(|c: char| {
        !c.is_alphanumeric() && !matches!(c, '"' | '“' | '‘' | '\'' | '«' | '„')
    });
    opens_with_any_of(opening, READER_PROMPT_OPENINGS)
        && READER_PROMPT.is_match(opening)
        && !recap_of_what_follows(opening)
}

/// "Quick recap for anyone who missed it: Pashinyan said in February ...":
/// a recap's label before the sentence it introduces, which is news told
/// again, not a prompt.
fn recap_of_what_follows(line: &str) -> bool {
    const MIN_WORDS: usize = 6;
    line.split_once(": ").is_some_and(|(label, said)| {
        label.to_lowercase().contains("recap")
            && !at_most_words(said, MIN_WORDS)
            && ends_with_terminal(said)
    })
}

/// A line that is a photo credit: "Photo: Reuters", "(Photo by ...)", "Photo - EPA".
static PHOTO_CREDIT_LINE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?i)^[\s(\[]*(?:(?:main|cover|top|file|featured|header|lead)\s+)?(?:photos?|photographs?|images?|pictures?|pics?|videos?|illustrations?|credits?|photo\s+credits?|sources?)\b\s*(?:by\b|:|-|–|—|/|©|\|)",
    )
    .expect("photo credit pattern")
});

/// Whether `line` is a photo credit ([`PHOTO_CREDIT_LINE`]). Most lines
/// are asked and few open with a word of a credit: the rest are let go
/// unsearched.
fn is_photo_credit_line(line: &str) -> bool {
    #[rustfmt::skip]
    const FIRST_WORDS: &[&str] = &[
        "main", "cover", "top", "file", "featured", "header", "lead", "photo", "photos",
        "photograph", "photographs", "image", "images", "picture", "pictures", "pic", "pics",
        "video", "videos", "illustration", "illustrations", "credit", "credits", "source",
        "sources",
    ];
    let opening = line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '(' | '['));
    opens_with_any_of(opening, FIRST_WORDS) && PHOTO_CREDIT_LINE.is_match(line)
}

/// Names of photo agencies and credit formats that make a short line a credit.
static PHOTO_AGENCY: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?i)getty\s+images|shutterstock|\bap\s+photo\b|\bafp\s+photo\b|\bepa-efe\b|\bpool\s+photo\b|\bphoto\s*/|/\s*(?:ap|afp|reuters|epa|tass|sputnik|pool|getty)\b|\b(?:reuters|afp|epa|tass|sputnik|ria\s+novosti|anadolu|xinhua|photolure)\s*/",
    )
    .expect("photo agency pattern")
});

/// A photo credit in brackets at the end of a line: "(Photo - EPA)", "(AP Photo/...)".
static PHOTO_CREDIT_SUFFIX: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"[(\[]\s*([^()\[\]]{1,120})[)\]]\s*\.?\s*$").expect("photo credit suffix pattern")
});

static PHOTO_CREDIT_CONTENT: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"(?i)^(?:photos?|photographs?|images?|pictures?|pics?|foto|credits?)\b")
        .expect("photo credit content pattern")
});

/// An unbracketed photo credit after a sentence: "REUTERS/Name/File Photo",
/// "AP Photo/Name", "Sputnik/Pool via REUTERS", "Armenian Defence
/// Ministry/Handout via REUTERS".
static SLASHED_CREDIT_SUFFIX: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"[.!?…][”’»]?\s+(?P<credit>(?:\p{Lu}[\p{Lu}\-]+|AP Photo|AFP Photo|(?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+)\s*/\s*\S[^/]*(?:/[^/]+)*)$")
        .expect("slashed credit pattern")
});

/// A bracketed reporting credit at the end of a line.
static REPORTING_CREDIT_SUFFIX: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?ix)[(\[]\s*(?:with\s+|additional\s+)?
          (?:reporting|writing|editing|compiled|written|edited|translated|contributing)\s+(?:by|from)
          \b[^()\[\]]*[)\]]\.?\s*$",
    )
    .expect("reporting credit suffix pattern")
});

/// A credit wholly in brackets: "(With reporting by ...)", "[Compiled by ...]".
static BRACKETED_CREDIT: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?ix)^[(\[]\s*(?:with\s+|additional\s+)?
          (?:reporting|writing|editing|compiled|compilation|written|edited|translated|translation
            |contributing|prepared|produced|based\s+on|with\s+(?:files|input|material|information)\s+from)
          \b[^()\[\]]*[)\]]\.?$",
    )
    .expect("bracketed credit pattern")
});

/// A credit line naming people: "Reporting by Felix Light; Editing by Mark Trevelyan".
/// The capital after "by" tells it from a sentence ("Reporting by state media showed ...").
/// When and where a programme was made is its credit too: "Recorded on
/// Friday, 29 November 2024, in Yerevan and Almaty."
static CREDIT_BY_NAME: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"^(?i:(?:with\s+|additional\s+)?(?:reporting|writing|editing|compiled|written|edited|translated|contributing|prepared|produced))\s+(?i:by|from)\s+\p{Lu}|^(?i:recorded|filmed|taped)\s+(?i:on|in|at)\s",
    )
    .expect("credit by name pattern")
});

/// How the page tells readers what it drew on or how to cite it: "Sources:
/// Kentron Times (29.11.2024), ...", "Cite as: Seda Avetisyan, '...',
/// 5 December 2019.". The dates in it are of other texts.
static CITATION_LABEL: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"^(?i:sources|cite as|cite this(?: article| page| commentary)?|suggested citation|how to cite(?: this)?(?: article| page| commentary)?|citation)\s*:")
        .expect("citation label pattern")
});

/// A credit standing alone after a dash: "— AFP", "- Reuters".
static DASH_CREDIT: Pattern<Regex> =
    Pattern::new(|| Regex::new(r"^[—–-]{1,2}\s*\S").expect("dash credit pattern"));

/// The page's own work a byline may credit before its "by" ("Graphics by
/// ...", "Annotations by ..."), as alternatives of a pattern.
pub(crate) const CREDITED_WORK: &str = "graphics|annotations|words|text|photos|photographs|pictures|illustrations|maps|video|compiled|edited|written";

/// A byline: "By Jane Doe", "By Ani Mejlumyan, Eurasianet", or a credit
/// for the page's own work ("Graphics by ...", "Annotations by ...").
static BYLINE: Pattern<Regex> = Pattern::new(|| {
    // ("By Sona Ghukasyan in Yerevan | 2 January 2023": where the writer
    // files from may follow the name.)
    Regex::new(&format!(
        r"^(?i:(?:{CREDITED_WORK})\s+)?(?i:by)\s+\p{{Lu}}[\p{{L}}.'’\-]*(?:\s+(?:\p{{Lu}}[\p{{L}}.'’\-]*|and|&|de|van|von|al|bin))*(?:\s+in\s+\p{{Lu}}[\p{{L}}\-]*)?\s*(?:$|[,|/–—-]|(?P<dot>·))"
    ))
        .expect("byline pattern")
});

/// A byline with the page's stamps after a dot ("Graphics by Anush
/// Karamyan and Pieter de Wolff · Friday 2 August 2024, 12:30 · Updated
/// 16:05"): longer than a bare byline, by the day and hours it gives.
fn is_stamped_byline(line: &str, words: usize) -> bool {
    const MAX_WORDS: usize = 24;
    words <= MAX_WORDS
        && !ends_with_terminal(line)
        && line.contains('·')
        && BYLINE
            .captures(line)
            .and_then(|c| c.name("dot"))
            .is_some_and(|dot| !find_dates(&line[dot.end()..], None).is_empty())
}

/// Words of a lead-in that introduces what follows ("He added:", "The statement reads:"),
/// as opposed to a prompt ending with a colon ("Get the Mirror in your inbox:").
#[rustfmt::skip]
const LEAD_IN_VERBS: &[&str] = &[
    "said", "says", "say", "added", "adds", "told", "tells", "stated", "states", "read",
    "reads", "wrote", "writes", "noted", "notes", "declared", "announced", "explained",
    "according", "follows", "following", "include", "includes", "including", "is", "are", "was",
    "were", "be", "will", "would", "has", "have", "had", "asked", "replied", "continued",
    "concluded", "warned",
];

// The cheap tests of length and punctuation come before the patterns: most
// lines are story prose, longer than any boilerplate, and never reach them.
/// Whether `line` lowered opens with "copyright", without lowering it: no
/// char beyond ASCII lowers to the letters of that word, so they are the
/// line's first nine bytes in any case.
fn opens_with_copyright(line: &str) -> bool {
    line.get(..9)
        .is_some_and(|opening| opening.eq_ignore_ascii_case("copyright"))
}

/// A gallery's number over a picture: "Photo 1 of 7", "Image 3/12",
/// "Picture 2".
static PICTURE_NUMBER: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"^(?i:photo|image|picture|slide)\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$")
        .expect("picture number pattern")
});

/// Whether `line` is a gallery's number over a picture ([`PICTURE_NUMBER`]).
/// Every line is asked, several times over, and such a number ends the
/// line: a line that ends in anything but a digit is let go unsearched.
fn is_picture_number(line: &str) -> bool {
    line.chars().next_back().is_some_and(char::is_numeric) && PICTURE_NUMBER.is_match(line)
}

/// A printed page's running head or a jump line, as a scan keeps them:
/// "THE MORNING STAR    SATURDAY, NOVEMBER 3, 2018    PAGE 4",
/// "(Continued on Page 4)".
static PAGE_NUMBER_LINE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"(?:^|\s|\()(?i:page)\s+\d{1,4}\)?$").expect("page number pattern")
});

fn is_boilerplate(line: &str) -> bool {
    // No test here or in the tests it calls asks of more than 40 words.
    let words = word_count_to(line, 40);
    (words <= 30 && is_reader_prompt(line))
        || (words <= 20 && is_photo_credit_line(line))
        || (words <= 10 && !ends_with_terminal(line) && PHOTO_AGENCY.is_match(line))
        || (words <= 15 && line.contains('©'))
        || (words <= 15 && opens_with_copyright(line))
        || is_reporting_credit(line, words)
        || is_contributors_note(line, words)
        || (words <= 6 && !ends_with_terminal(line) && DASH_CREDIT.is_match(line))
        || (words <= 12 && !ends_with_terminal(line) && BYLINE.is_match(line))
        || is_stamped_byline(line, words)
        || is_colon_prompt(line, words)
        || is_dateline_only(line, words)
        || (words <= 8 && dateline_len(line) == line.len())
        || is_share_buttons(line)
        || is_convention_note(line, words)
        || is_answer_choices(line, words)
        || is_source_line(line, words)
        || (line.contains(':') && CITATION_LABEL.is_match(line))
        || is_link_line(line, words)
        || (line.starts_with(|c: char| c.is_ascii_digit()) && is_dated_link_list(line))
        || (words <= 20 && line.ends_with(')') && is_headline_with_its_date(line))
        || (words <= 40 && is_page_furniture(line))
        || is_reference_note(line)
        || is_bibliography_entry(line)
        || is_menu_line(line)
        || (line.contains(':') && LINKS_LABEL.is_match(line))
        || is_labelled_link_list(line)
        || is_post_header(line, words)
        || (words <= 15 && !ends_with_terminal(line) && PAGE_NUMBER_LINE.is_match(line))
        || is_picture_number(line)
        // "> he said it out loud": a reply quoting the post it answers
        // repeats it.
        || line.starts_with("> ")
        || mail_header_when(line).is_some()
}

/// The day a review's or a post's stamp opens with: "Reviewed 1 October
/// 2023 · Stayed September 2023 · Couple", "Posted on 3 March 2024 by
/// Anna", up to the first part after it; or the day of an entry's label
/// line or of a thread's activity line (see [`activity_stamp`]).
pub(crate) fn stamped_on(line: &str) -> Option<&str> {
    const STAMPS: [&str; 5] = [
        "Reviewed ",
        "Posted ",
        "Written ",
        "Submitted ",
        "Published ",
    ];
    let Some(rest) = STAMPS
        .iter()
        .find_map(|stamp| line.trim().strip_prefix(stamp))
    else {
        return entry_label_stamp(line).or_else(|| activity_stamp(line));
    };
    // "Reviewed by M. Keller on Wednesday 2 April 2025": the reviewer
    // named before the day.
    let rest = match rest
        .strip_prefix("by ")
        .and_then(|by| by.split_once(" on "))
    {
        Some((who, when)) if who.split_whitespace().count() <= STAMP_NAME_WORDS => when,
        _ => rest,
    };
    let rest = rest.strip_prefix("on ").unwrap_or(rest);
    let end = [" · ", " | ", " by "]
        .iter()
        .filter_map(|part| rest.find(part))
        .min()
        .unwrap_or(rest.len());
    Some(rest[..end].trim())
}

/// How many words the name in a stamp takes at most ("M. Keller").
const STAMP_NAME_WORDS: usize = 3;

/// The day of a line of a thread's activity: "lsargsyan commented on 29
/// Nov 2024 · author", "tmoreau closed this as completed in #215 on 3 Dec
/// 2024": a user's handle, what they did on the page, and the day. It heads
/// the comment under it; it is no news.
pub(crate) fn activity_stamp(line: &str) -> Option<&str> {
    const MAX_WORDS: usize = 24;
    const ACTIVITIES: [&str; 12] = [
        "commented",
        "replied",
        "wrote",
        "posted",
        "opened",
        "closed",
        "reopened",
        "merged",
        "mentioned",
        "referenced",
        "edited",
        "added",
    ];
    // "Closed · lsargsyan opened this issue on 29 Nov 2024 · 5 comments":
    // the thread's state may stand before its opening line.
    let line = line.trim();
    let line = ["Closed · ", "Open · ", "Merged · "]
        .iter()
        .find_map(|state| line.strip_prefix(state))
        .unwrap_or(line);
    let mut words = line.split_whitespace();
    let handle = words.next()?;
    let activity = words.next()?;
    // A handle is one token, written as its owner typed it: "lsargsyan",
    // "hiker_Hayk", not a sentence's capitalised subject.
    let is_handle = handle.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && handle
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if !is_handle
        || !ACTIVITIES.contains(&activity)
        || line.split_whitespace().count() > MAX_WORDS
        || ends_with_terminal(line)
    {
        return None;
    }
    let (_, when) = line.rsplit_once(" on ")?;
    let when = when.split(" · ").next()?.trim();
    (when.contains(|c: char| c.is_ascii_digit()) && when.split_whitespace().count() <= 5)
        .then_some(when)
}

/// The day of an entry's label line: "Update 2 · Thursday 24 November 2022
/// · by Armine Sahakyan", "Day 3 | 14 June 2024": a short label, then the
/// day alone, then at most a byline. (A comment's "Lusine M. · 15
/// September 2022 · "Stay strong"" carries its words, and heads nothing.)
fn entry_label_stamp(line: &str) -> Option<&str> {
    const LABEL_WORDS: usize = 3;
    const DAY_WORDS: usize = 4;
    let line = line.trim();
    let separator = [" · ", " | "].into_iter().find(|s| line.contains(s))?;
    let mut parts = line.split(separator);
    let label = parts.next()?;
    let day = parts.next()?.trim();
    let byline = parts.next();
    let numbered_label = label.split_whitespace().count() <= LABEL_WORDS
        && label.starts_with(char::is_uppercase)
        && label.split_whitespace().last().is_some_and(|w| {
            w.trim_start_matches('#')
                .bytes()
                .all(|b| b.is_ascii_digit())
        });
    let day_alone = day.split_whitespace().count() <= DAY_WORDS
        && day
            .split_whitespace()
            .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        && day
            .split_whitespace()
            .any(|w| crate::extract::calendar::month_number(w).is_some());
    let bylined =
        byline.is_none_or(|b| b.trim_start().starts_with("by ")) && parts.next().is_none();
    (numbered_label && day_alone && bylined).then_some(day)
}

/// When an e-mail was sent, as its header gives it ("Sent: Wednesday, 27
/// November 2024 18:40", "Date: ...") or a reply's attribution of the
/// message it quotes ("On Mon, 25 Nov 2024 at 11:05, Sona Avagyan
/// <s.avagyan@...> wrote:"), without the clock time: the day the message
/// below it, and its "yesterday" and "tomorrow", are of.
pub(crate) fn mail_header_when(line: &str) -> Option<&str> {
    const MAX_WORDS: usize = 12;
    let line = without_reply_marks(line).trim_end();
    let when = if let Some(value) = ["Sent:", "Date:"]
        .iter()
        .find_map(|label| line.strip_prefix(label))
    {
        value
    } else {
        line.strip_prefix("On ")?.strip_suffix("wrote:")?
    };
    if when.split_whitespace().count() > MAX_WORDS || !when.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // The day ends where its clock time begins ("at 11:05", "18:40"), or,
    // in an attribution with none, at the comma before the writer's name.
    let end = when
        .split_whitespace()
        .find(|w| is_clock_time(w.trim_end_matches(',')))
        .map(|clock| clock.as_ptr() as usize - when.as_ptr() as usize)
        .or_else(|| when.rfind(", "))
        .unwrap_or(when.len());
    let day = when[..end].trim().trim_end_matches(',');
    let day = day.strip_suffix(" at").unwrap_or(day).trim_end_matches(',');
    (!day.is_empty()).then_some(day.trim())
}

/// A social network's header over a post: a name, its handle and when
/// ("CSTO Press Service @csto_press_en · Nov 23", "Anna Israelyan
/// @annaisr · 2h").
fn is_post_header(line: &str, words: usize) -> bool {
    const MAX_WORDS: usize = 10;
    forum_post_header(line).is_some()
        || activity_stamp(line).is_some()
        || words <= MAX_WORDS
            && !ends_with_terminal(line)
            && line.split_whitespace().any(|w| {
                w.strip_prefix('@').is_some_and(|handle| {
                    !handle.is_empty() && handle.chars().all(|c| c.is_alphanumeric() || c == '_')
                })
            })
            && line.contains(" · ")
}

/// A forum's header over a post: its number, the poster's name and when,
/// set apart by a guillemet ("#4 sevan_sailor » Thu 13 Jun 2024, 09:10"),
/// or a comment's, by a middle dot before the day and the time it was
/// posted ("SevanNights · 11 Nov 2020, 08:20"). Returns when the post was
/// written.
pub(crate) fn forum_post_header(line: &str) -> Option<&str> {
    // "»" ends in the byte 0xBB and "·" in 0xB7, which few lines hold: one
    // scan for them spares most lines the searches.
    memchr::memchr2(0xBB, 0xB7, line.as_bytes())?;
    let line = line.trim();
    let (who, when) = match line.split_once(" » ") {
        Some(parts) => parts,
        None => {
            let (who, when) = line.split_once(" · ")?;
            ends_with_clock_time(when).then_some((who, when))?
        }
    };
    let mut names = who.split_whitespace();
    let first = names.next()?;
    let name = if first.starts_with('#') && first[1..].chars().all(|c| c.is_ascii_digit()) {
        names.next()?
    } else {
        first
    };
    let one_name = names.next().is_none()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    let dated = when.chars().any(|c| c.is_ascii_digit()) && !ends_with_terminal(when);
    (one_name && dated && when.split_whitespace().count() <= 6).then_some(when.trim())
}

/// Whether `text` ends with a clock time ("11 Nov 2020, 08:20").
fn ends_with_clock_time(text: &str) -> bool {
    text.rsplit(' ').next().is_some_and(is_clock_time)
}

/// Whether `word` is a clock time alone ("11:05", "9:40").
pub(crate) fn is_clock_time(word: &str) -> bool {
    word.split_once(':').is_some_and(|(hours, minutes)| {
        (1..=2).contains(&hours.len())
            && minutes.len() == 2
            && hours
                .bytes()
                .chain(minutes.bytes())
                .all(|b| b.is_ascii_digit())
    })
}

/// An aggregator's line over a story: "Tengri Wire · 27 Nov 2025, 19:40 ·
/// Full story ›", "Reuters | 12 May 2024 09:15": short fields set apart by
/// dots or bars, one of them a time, and no sentence.
fn is_source_line(line: &str, words: usize) -> bool {
    const MAX_WORDS: usize = 16;
    static TIME: Pattern<Regex> =
        Pattern::new(|| Regex::new(r"\b\d{1,2}:\d{2}\b").expect("time pattern"));
    words <= MAX_WORDS
        && !ends_with_terminal(line)
        && line
            .split(['·', '|'])
            .filter(|f| !f.trim().is_empty())
            .count()
            >= 2
        && TIME.is_match(line)
}

/// "(With reporting by ...)" wholly in brackets, or "Reporting by ...; Editing by ..."
/// as a short line of its own.
fn is_reporting_credit(line: &str, words: usize) -> bool {
    const MAX_WORDS: usize = 25;
    #[rustfmt::skip]
    const CREDIT_WORDS: &[&str] = &[
        "with", "additional", "reporting", "writing", "editing", "compiled", "written", "edited",
        "translated", "contributing", "prepared", "produced", "recorded", "filmed", "taped",
    ];
    // Both patterns are anchored at the start: a line that cannot open
    // either is spared them.
    (line.starts_with(['(', '[']) && BRACKETED_CREDIT.is_match(line))
        || (words <= MAX_WORDS
            && opens_with_any_of(line, CREDIT_WORDS)
            && CREDIT_BY_NAME.is_match(line))
}

/// A wire story's closing note of who reported it: "Kovalenko reported
/// from Tallinn, Estonia. Writer Aida Sultanova in Baku contributed to this
/// report." Every sentence of the line is such a credit, naming only
/// places after "reported from": "She reported from Yerevan on the summit
/// of 23 November 2022" tells what she did that day.
fn is_contributors_note(line: &str, words: usize) -> bool {
    const MAX_WORDS: usize = 40;
    static CREDIT_SENTENCE: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"^(?:\p{Lu}[\p{L}'’\-]*\s+){1,3}reported\s+from\s+\p{Lu}[\p{L}'’\-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}'’\-]*)*$|\bcontributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?$",
        )
        .expect("contributors note pattern")
    });
    // Every sentence names who reported or contributed: a line without
    // either word is let go before it is split.
    words <= MAX_WORDS
        && line.trim_end().ends_with('.')
        && holds_any(line, &["reported", "contributed"])
        && line
            .trim_end()
            .trim_end_matches('.')
            .split(". ")
            .all(|sentence| CREDIT_SENTENCE.is_match(sentence.trim()))
}

/// A short line that ends with a colon and has no verb of a sentence: a prompt.
fn is_colon_prompt(line: &str, words: usize) -> bool {
    const MAX_WORDS: usize = 12;
    line.ends_with(':')
        && words <= MAX_WORDS
        && !line.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            LEAD_IN_VERBS.contains(&w.as_str())
        })
}

/// A line that only gives a date or time: "14 November 2023, 12:30", "Updated: Nov. 23",
/// "November 14, 2023 9:41 AM GMT+4 Updated 2 hours ago".
fn is_dateline_only(line: &str, words: usize) -> bool {
    const MAX_WORDS: usize = 14;
    // "BISHKEK / MOSCOW — 25 November 2025": places in capitals, then the date.
    if opens_in_capitals(line)
        && let Some(m) = PLACES_BEFORE_DATE.find(line)
        && m.end() < line.len()
    {
        let rest = &line[m.end()..];
        return is_dateline_only(rest, word_count_to(rest, MAX_WORDS));
    }
    if words > MAX_WORDS {
        return false;
    }
    let mut has_digit = false;
    let all_date = line.split_whitespace().all(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        has_digit |= w.chars().any(|c| c.is_ascii_digit());
        is_date_token(&w)
    });
    has_digit && all_date
}

/// Place names in capitals and a dash, opening a line that only dates the article.
static PLACES_BEFORE_DATE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"^\p{Lu}[\p{Lu}'’.\-]+(?:\s*[/,&]?\s*\p{Lu}[\p{Lu}'’.\-]+)*\s*(?:—|–|-|\|)\s*")
        .expect("places before a date pattern")
});

/// A word of a date or time stamp: a number ("14", "9:41", "14.11.2023", "GMT+4",
/// "27th") or a month, weekday, time-zone or publishing word.
fn is_date_token(word: &str) -> bool {
    #[rustfmt::skip]
    const DATE_WORDS: &[&str] = &[
        "mon", "monday", "tue", "tuesday", "wed", "wednesday",
        "thu", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "published",
        "updated", "posted", "modified", "last", "date", "on", "at", "am", "pm", "a.m", "p.m",
        "utc", "gmt", "msk", "cet", "cest", "est", "edt", "amt", "min", "mins", "minute",
        "minutes", "read", "ago", "hour", "hours", "day", "days", "week", "weeks", "just", "now",
        "today", "yesterday", "st", "nd", "rd", "th", "h",
    ];
    let is_date_word = |w: &str| DATE_WORDS.contains(&w) || month_number(w).is_some();
    if word.is_empty() || is_date_word(word) {
        return true;
    }
    // Letters mixed with a number must themselves be a date word: "gmt+4", "27th", "9:41am".
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    word.chars().any(|c| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ':' | '.' | '/' | '-' | '+'))
        && (letters.is_empty() || is_date_word(&letters))
}

/// A short line that carries a web address: "Follow our coverage at https://...".
/// Story prose seldom spells out addresses; pointers to elsewhere do.
fn is_link_line(line: &str, words: usize) -> bool {
    const MAX_WORDS: usize = 20;
    if words > MAX_WORDS {
        return false;
    }
    let lower = line.to_lowercase();
    lower.contains("http://")
        || lower.contains("https://")
        || lower.contains("www.")
        // "Video recording of the sitting: parliament-am.example/video/...":
        // an address without its scheme, after a label.
        || lower.split_once(": ").is_some_and(|(_, rest)| {
            rest.split_whitespace().next().is_some_and(|address| {
                let host = address.split('/').next().unwrap_or_default();
                address.contains('/')
                    && host.contains('.')
                    && !host.ends_with('.')
                    && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
            })
        })
}

/// A headline with the day of its item after it, as a list of other items
/// gives them ("Inside Tbilisi's new Russian cafés (14.10.2022)"): no
/// sentence ends before the date, which is in figures.
fn is_headline_with_its_date(line: &str) -> bool {
    let Some(open) = line.rfind('(') else {
        return false;
    };
    let date = &line[open + 1..line.len() - 1];
    let digits = date.bytes().filter(u8::is_ascii_digit).count();
    let headline = line[..open].trim_end();
    date.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits == 8
        && date.len() == "14.10.2022".len()
        && !headline.is_empty()
        && !headline.ends_with(['.', '!', '?'])
}

/// A site's list of its other items, each line a numeric date and a
/// headline with no full stop ("22.02.2024 Prime Minister meets
/// representatives of the Armenian community of France").
fn is_dated_link_list(text: &str) -> bool {
    const MAX_WORDS: usize = 20;
    text.lines()
        .all(|line| word_count_to(line, MAX_WORDS + 1) <= MAX_WORDS && is_dated_link(line.trim()))
}

fn is_dated_link(line: &str) -> bool {
    let bytes = line.as_bytes();
    let numeric_date = bytes.len() > 11
        && bytes[..10].iter().enumerate().all(|(i, b)| {
            if i == 2 || i == 5 {
                *b == b'.'
            } else {
                b.is_ascii_digit()
            }
        })
        && bytes[10] == b' ';
    numeric_date && line[11..].starts_with(char::is_uppercase) && !ends_with_terminal(line)
}

/// A row of sharing buttons: "Facebook Twitter WhatsApp Email".
fn is_share_buttons(line: &str) -> bool {
    #[rustfmt::skip]
    const BUTTONS: &[&str] = &[
        "facebook", "twitter", "x", "whatsapp", "telegram", "email", "e-mail", "print", "share",
        "linkedin", "vk", "viber", "reddit", "copy", "link", "pinterest", "messenger", "mail",
    ];
    line.split_whitespace().all(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase();
        w.is_empty() || BUTTONS.contains(&w.as_str())
    })
}

/// Where a photo credit that ends the line starts, if there is one: in brackets
/// ("... 2023. (Photo: Reuters)") or, after a sentence, an agency with a slash
/// ("... June 27, 2023. REUTERS/Irakli Gedenidze/File Photo").
fn photo_credit_suffix(line: &str) -> Option<usize> {
    bracketed_photo_credit(line)
        .or_else(|| slashed_photo_credit(line))
        .or_else(|| labelled_photo_credit(line))
}

/// "... venue. Photo: Caucasus Wire / Daniyar Seitkali", "... video. Credit: Defence Ministry".
static LABELLED_CREDIT_SUFFIX: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"(?i)[.!?…][”’»]?\s+(?P<credit>(?:photo(?:graph)?s?|pictures?|images?|credits?|video)\s*:\s*[^.!?]{1,100})$")
        .expect("labelled credit pattern")
});

fn labelled_photo_credit(line: &str) -> Option<usize> {
    // Asked of every line: one without the label's colon is spared the pattern.
    if !line.contains(':') {
        return None;
    }
    let caps = LABELLED_CREDIT_SUFFIX.captures(line)?;
    Some(caps.name("credit")?.start())
}

fn bracketed_photo_credit(line: &str) -> Option<usize> {
    // Asked of every line: only one that ends on a bracket (before a full
    // stop, if any) is matched against the pattern.
    let end = line.trim_end();
    if !end
        .strip_suffix('.')
        .unwrap_or(end)
        .trim_end()
        .ends_with([')', ']'])
    {
        return None;
    }
    let caps = PHOTO_CREDIT_SUFFIX.captures(line)?;
    let content = caps.get(1)?.as_str();
    let is_credit = PHOTO_CREDIT_CONTENT.is_match(content.trim()) || PHOTO_AGENCY.is_match(content);
    let start = caps.get(0)?.start();
    // A line that is only the bracket is a credit line, handled as boilerplate.
    (is_credit && start > 0).then_some(start)
}

fn slashed_photo_credit(line: &str) -> Option<usize> {
    const MAX_WORDS: usize = 10;
    // Asked of every line: one without a slash is spared the pattern.
    if !line.contains('/') {
        return None;
    }
    let caps = SLASHED_CREDIT_SUFFIX.captures(line)?;
    let credit = caps.name("credit")?;
    let short = at_most_words(credit.as_str(), MAX_WORDS) && !ends_with_terminal(credit.as_str());
    short.then_some(credit.start())
}

/// The signature an embedded post closes with, as a page keeps it when
/// the post's frame is gone: "... in the CSTO. pic.twitter.com/AbCd —
/// Nikol Pashinyan (@NikolPashinyan) February 22, 2024".
pub(crate) struct PostSignature<'a> {
    /// Where the signature, with the picture's link before it, begins.
    pub start: usize,
    /// The author's name, as signed.
    pub author: &'a str,
    /// The day the post was made, as written.
    pub posted_on: &'a str,
}

/// The signature closing `line`, if it is an embedded post's or a talk
/// page comment's.
pub(crate) fn post_signature(line: &str) -> Option<PostSignature<'_>> {
    // The handle in brackets comes just before the date: most lines are
    // spared the search.
    if !line.contains("(@") && !line.contains("(talk)") {
        return None;
    }
    let caps = POST_SIGNATURE
        .captures(line)
        .or_else(|| TALK_SIGNATURE.captures(line))?;
    let whole = caps.get(0)?;
    (whole.start() > 0).then_some(PostSignature {
        start: whole.start(),
        author: caps.name("author")?.as_str().trim(),
        posted_on: caps.name("date")?.as_str(),
    })
}

static POST_SIGNATURE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?x)(?:\s+(?:pic\.twitter\.com|https?://t\.co)/\S+)?
          \s+(?:—|–|--|-)\s*(?P<author>[^()\n]{1,80}?)\s*\(@\w{1,30}\)\s+
          (?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})\s*$",
    )
    .expect("post signature pattern")
});

/// A wiki talk page's signature: "... Kentronian (talk) 11:02, 23 November
/// 2023 (UTC)".
static TALK_SIGNATURE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?x)\s+(?P<author>[^\s()]{2,40})\s+\(talk\)\s+\d{1,2}:\d{2},\s+
          (?P<date>\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})
          \s+\(UTC\)\s*$",
    )
    .expect("talk signature pattern")
});

/// A reporting credit in brackets that closes a story paragraph:
/// "... in September. (Reporting by Felix Light; Editing by Andrew Osborn)".
fn reporting_credit_suffix(line: &str) -> Option<usize> {
    // The credit closes the line with its bracket: most lines are spared
    // the search.
    let end = line.trim_end();
    if !end.strip_suffix('.').unwrap_or(end).ends_with([')', ']']) {
        return None;
    }
    let found = REPORTING_CREDIT_SUFFIX.find(line)?;
    (found.start() > 0).then_some(found.start())
}

// ---------------------------------------------------------------------------
// Captions
// ---------------------------------------------------------------------------

/// Wording that describes a photo: who stands where, who poses, who is pictured.
static CAPTION_CUES: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?ix)\b(?:
            (?:left|right)\s+to\s+(?:right|left) | from\s+(?:left|right)\b | l-r\b
          | pos(?:e|es|ed|ing)\s+for\s+(?:a\s+|the\s+)?(?:(?:group|family|joint|official)\s+)?(?:photo|picture|photograph)
          | posing\b | pictured\b
          | (?:is|are)\s+seen\s+(?:at|during|in|on|with|here|after|before|speaking|leaving|arriving|attending)\b
          | seen\s+here\b
          | attend(?:s|ed|ing)?\b | arriv(?:e|es|ing)\b
          | gestur(?:e|es|ing)\b | looks?\s+on\b
          | shak(?:e|es|ing)\s+hands\b
          | in\s+this\s+(?:photo|picture|image|handout)\b | (?:file|handout)\s+photo\b | photo\s+taken\b
          | in\s+an?\s+(?:still\s+)?(?:image|photo|picture|photograph|screenshot)\s+(?:from|taken|released|provided|obtained|distributed|published)\b
          | still\s+image\b | (?:video|screen)\s*grab\b
        )",
    )
    .expect("caption cue pattern")
});

/// Position marks in captions: "(L)", "(2nd R)", "(left)".
static CAPTION_POSITION: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"\((?:L|R|C|L-R|R-L|2nd [LR]|3rd [LR]|(?i:left|right|cent(?:er|re)|front|back))\)")
        .expect("caption position pattern")
});

fn has_caption_cues(line: &str) -> bool {
    CAPTION_CUES.is_match(line) || CAPTION_POSITION.is_match(line)
}

// ---------------------------------------------------------------------------
// Labels and datelines
// ---------------------------------------------------------------------------

/// A label that opens an appended general description: "REFERENCE.", "BACKGROUND:",
/// "FACTBOX", "Background:", "EDITOR'S NOTE". Capitalised labels must be followed by
/// punctuation, so that a sentence beginning "Background checks ..." is not one.
static BACKGROUND_LABEL: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?x)^(?:
            (?:REFERENCE|FOR\s+REFERENCE|BACKGROUND|BACKGROUNDER|FACTBOX|FACT\s+BOX|FACT\s+SHEET
              |KEY\s+FACTS|CONTEXT|HISTORY|EDITOR['’]?S['’]?\s+NOTE)
            (?:\s*[.:]|\s*(?:—|–|--)|\s+-\s|\s*$)
          | (?:Reference|For\s+reference|Background|Backgrounder|Factbox|Fact\s+box|Fact\s+sheet
              |Key\s+facts|Context|Editor['’]?s['’]?\s+(?:note|Note))
            (?:\s*[.:]|\s+(?:—|–|--|-)\s)
        )\s*",
    )
    .expect("background label pattern")
});

/// The length of a background label that opens `line`, with what separates it from
/// the text.
fn background_label_len(line: &str) -> Option<usize> {
    // Every label opens with one of these capitals (the pattern heeds
    // case): most lines are let go unsearched.
    if !line.starts_with(['R', 'F', 'B', 'K', 'C', 'H', 'E']) {
        return None;
    }
    BACKGROUND_LABEL.find(line).map(|m| m.end())
}

/// A dateline: an all-caps place, optionally a region, a date and an agency, then a
/// dash or comma: "YEREVAN (RFE/RL) — ", "MOSCOW, Nov 23 (Reuters) - ", "BAKU -- ",
/// "YEREVAN, Armenia (AP) — ", "ALMATY/YEREVAN, Jan 6 (Reuters) - "; or, as Armenian
/// and Russian agencies write them, a date then the agency: "YEREVAN, November 14.
/// /ARKA/. ", "YEREVAN, NOVEMBER 14, ARMENPRESS. ".
static DATELINE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"(?x)^
          # A story filed from two places joins them with a slash: ALMATY/YEREVAN.
          \p{Lu}[\p{Lu}'’.\-]+(?:/\p{Lu}[\p{Lu}'’.\-]+)?(?:\s+\p{Lu}[\p{Lu}'’.\-]+){0,3}
          (?:,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?
          (?P<date>,\s*(?:\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{L}{2,8}\.?)(?:,?\s*\d{4})?)?
          # The agency-after-date forms come first: the general form would stop at their comma.
          (?:
              # YEREVAN, NOVEMBER 9, ARAXPRESS - The leaders ...; or ARAXPRESS. The ...
              ,\s*(?P<named>\p{Lu}[\p{Lu}\-]{2,})(?:\.\s+|\s+(?:—|–|--|-)\s+)
            | \.?\s*(?P<slashed>/[^/]{1,30}/)\.?(?:\s*(?:—|–|--|-))?(?:\s+|\s*$)
            | \s*(?P<agency>\([^()]{1,40}\)|/[^/]{1,30}/)?\s*(?P<sep>—|–|--|-|,)\s+
          )",
    )
    .expect("dateline pattern")
});

/// The length of the dateline that opens `line`, or 0. What follows must start a
/// sentence; a bare comma ends a dateline only if it has a date or an agency (so
/// "NATO, the alliance ..." keeps its first word), and an agency after the date
/// needs the date.
fn dateline_len(line: &str) -> usize {
    dateline(line).map_or(0, |(len, _)| len)
}

/// The date the dateline that opens `line` gives, as written ("Nov 26" in
/// "BISHKEK, Nov 26 (Tengri Wire) — ..."), if it has a dateline with a date.
pub(crate) fn dateline_date(line: &str) -> Option<&str> {
    let date = dateline(line)?.1?;
    Some(date.trim_start_matches(',').trim_start())
}

/// Whether `line` opens as a word in capitals does ("YEREVAN", "U.S."),
/// as [`DATELINE`] and [`PLACES_BEFORE_DATE`] need: a capital, then a
/// capital or a mark a name in capitals holds. Every letter those patterns
/// take for a capital is uppercase to `char::is_uppercase`.
fn opens_in_capitals(line: &str) -> bool {
    let mut opening = line.chars();
    opening.next().is_some_and(char::is_uppercase)
        && opening
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, '\'' | '’' | '.' | '-'))
}

/// The length of the dateline that opens `line`, and its date as the
/// pattern took it: one search of the pattern, whose captures are slow,
/// serves both [`dateline_len`] and [`dateline_date`].
fn dateline(line: &str) -> Option<(usize, Option<&str>)> {
    // A dateline opens with a word in capitals ("YEREVAN", "U.S."); a line
    // that does not is spared the pattern's captures.
    if !opens_in_capitals(line) {
        return None;
    }
    let caps = DATELINE.captures(line)?;
    let whole = caps.get(0)?;
    let has = |name: &str| caps.name(name).is_some();
    let comma_only = caps.name("sep").is_some_and(|m| m.as_str() == ",");
    let bare_comma = comma_only && !has("date") && !has("agency");
    let agency_without_date = (has("slashed") || has("named")) && !has("date");
    if bare_comma || agency_without_date {
        return None;
    }
    // "YEREVAN, November 24 /Vostok-Inform correspondent/." on a line of
    // its own, above the story: a dated, signed dateline is the whole line.
    let whole_line = whole.end() == line.len() && has("date") && has("slashed");
    let starts_sentence = whole_line
        || line[whole.end()..]
            .chars()
            .find(|c| !matches!(c, '“' | '"' | '‘' | '\'' | '('))
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    (starts_sentence && whole.end() > 0)
        .then(|| (whole.end(), caps.name("date").map(|m| m.as_str())))
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use BlockKind::*;

    /// The kind of every block of `text`, with its prose.
    fn read(text: &str) -> Vec<(BlockKind, &str)> {
        classify_blocks(text)
            .into_iter()
            .map(|b| (b.kind, &text[b.prose()]))
            .collect()
    }

    #[test]
    fn a_list_of_chapters_under_clock_times_is_no_story() {
        let text = "Episode 87: the alliance and its exit\n\n\
                    Prime Minister Nikol Pashinyan said on 12 June that Armenia would leave the bloc.\n\n\
                    CHAPTERS\n\
                    00:00 Intro and this week's headlines\n\
                    09:40 Article 4 and the night of 13 September 2022\n\
                    1:02:30 Listener questions\n\n\
                    10:45 Host Kassym-Jomart Tokayev has opened the session.\n";
        let blocks = read(text);
        for chapter in ["00:00 Intro", "09:40 Article 4", "1:02:30 Listener"] {
            let kind = blocks
                .iter()
                .find(|(_, prose)| prose.starts_with(chapter))
                .map(|b| b.0);
            assert_eq!(kind, Some(Boilerplate), "{chapter}: {blocks:?}");
        }
        let entry = blocks
            .iter()
            .find(|(_, prose)| prose.contains("has opened"))
            .map(|b| b.0);
        assert_eq!(entry, Some(Body), "{blocks:?}");
    }

    #[test]
    fn where_an_interview_was_recorded_is_news_unless_it_notes_the_language_or_the_editing() {
        let text = "Pashinyan said Armenia had frozen its participation in the bloc.\n\n\
                    The interview was recorded in Paris on Wednesday, after Pashinyan attended \
                    a ceremony for an Armenian-born resistance fighter.\n\n\
                    This interview was conducted in Armenian and translated by our staff.\n";
        let blocks = read(text);
        let kind_of = |opening: &str| {
            blocks
                .iter()
                .find(|(_, prose)| prose.starts_with(opening))
                .map(|b| b.0)
        };
        assert_eq!(
            kind_of("The interview was recorded"),
            Some(Body),
            "{blocks:?}"
        );
        assert_eq!(
            kind_of("This interview was conducted"),
            Some(Boilerplate),
            "{blocks:?}"
        );
    }

    fn kinds(text: &str) -> Vec<BlockKind> {
        classify_blocks(text).into_iter().map(|b| b.kind).collect()
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for line in [
            "",
            "   ",
            "One",
            " two  words ",
            "tab\tand\u{b}vertical\u{c}feed\r\nend",
            "non\u{a0}breaking\u{2009}thin\u{3000}ideographic\u{85}next",
            "“Quoted,” he said — 12:40 · Yerevan",
            "Eight by eight\tbytes at\u{a0}a time, then\r\nthe rest: ok",
            "        spaces  then-a-long-word-across-chunks   x",
        ] {
            assert_eq!(
                word_count(line),
                line.split_whitespace().count(),
                "{line:?}"
            );
            for limit in 0..4 {
                assert_eq!(
                    word_count_to(line, limit),
                    line.split_whitespace().count().min(limit + 1),
                    "{line:?} to {limit}"
                );
            }
        }
    }

    #[test]
    fn every_line_of_the_fixtures_is_counted_as_split_whitespace_counts_it() {
        // Each line from each of its first eight chars on: the chunks of
        // eight bytes then fall at every offset of the text.
        for (path, text) in crate::extract::text::fixture_texts() {
            for line in text.lines() {
                for (at, _) in line.char_indices().take(8) {
                    let rest = &line[at..];
                    let all = rest.split_whitespace().count();
                    for limit in [0, 3, 10, 40, usize::MAX - 1] {
                        assert_eq!(
                            word_count_to(rest, limit),
                            all.min(limit + 1),
                            "{path:?}: {rest:?} to {limit}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn lines_of_links_to_elsewhere_are_not_the_story() {
        for line in [
            "Other information messages: On the meeting of the Council of Ministers of Foreign Affairs (29.04.2022) · On the exercise \"Echelon-2022\" (11.05.2022)",
            "Similar channels: Caucasus Desk · CSTO Watch · Syunik Today",
            "More stories: Armenia recalls its envoy from the CSTO secretariat",
            "Previous issues: Tokayev's first months in office (23 November 2019) | Water talks in Tashkent (16 November 2019)",
        ] {
            let text = format!("The CSTO held a summit in Moscow on 16 May 2022.\n\n{line}\n");
            assert_eq!(kinds(&text), [Body, Boilerplate], "{line}");
        }
        // A story sentence that holds the same words is still the story.
        let text = "The CSTO held a summit in Moscow on 16 May 2022.\n\nOther member states sent messages: Armenia did not.\n";
        assert_eq!(kinds(text), [Body, Body]);
    }

    /// The kind of a line standing in the middle of a story.
    fn kind_in_story(line: &str) -> BlockKind {
        let text =
            format!("First paragraph of the story is here.\n{line}\nLast paragraph of the story.");
        classify_blocks(&text)[1].kind
    }

    // --- lines ---

    /// The kind of the block of `text` that holds `fragment`.
    fn kind_of_block_holding(text: &str, fragment: &str) -> Option<BlockKind> {
        classify_blocks_titled(text, None)
            .iter()
            .find(|b| text[b.range()].contains(fragment))
            .map(|b| b.kind)
    }

    #[test]
    fn a_note_on_how_to_read_the_page_is_no_news() {
        let text = "Kazakh bonds fall\n\nKazakhstan's dollar bonds fell on Thursday after the unrest.\n\n\
            Market data delayed by at least 15 minutes. Prices in US dollars unless stated.\n";
        assert_eq!(
            kind_of_block_holding(text, "unless stated"),
            Some(BlockKind::Boilerplate)
        );
        assert_eq!(
            kind_of_block_holding(text, "bonds fell"),
            Some(BlockKind::Body)
        );
    }

    #[test]
    fn a_standfirst_above_a_byline_that_names_where_the_writer_files_is_no_news() {
        let text = "The chairmanship Yerevan would rather forget\n\n\
            Armenia spent 2022 at the head of an alliance it had stopped trusting. Its year began in Almaty.\n\n\
            By Sona Ghukasyan in Yerevan | 2 January 2023 | 9 min read\n\n\
            On Sunday Belarus took over the rotating chairmanship of the Collective Security Treaty Organization.\n";
        let kind_of = |fragment: &str| kind_of_block_holding(text, fragment);
        assert_eq!(kind_of("Armenia spent 2022"), Some(BlockKind::Headline));
        assert_eq!(kind_of("On Sunday Belarus"), Some(BlockKind::Body));
    }

    #[test]
    fn a_comments_header_gives_when_it_was_posted() {
        assert_eq!(
            forum_post_header("#4 sevan_sailor » Thu 13 Jun 2024, 09:10"),
            Some("Thu 13 Jun 2024, 09:10")
        );
        assert_eq!(
            forum_post_header("SevanNights · 11 Nov 2020, 08:20"),
            Some("11 Nov 2020, 08:20")
        );
        // A section and its date with no time, or a byline, are no post's.
        assert_eq!(forum_post_header("Politics · 10.11.2020"), None);
        assert_eq!(
            forum_post_header("By Narek Voskanyan · 10 Nov 2020, 11:15"),
            None
        );
    }

    #[test]
    fn a_dated_byline_above_the_first_photo_is_no_caption() {
        let text = "Our chair stays empty\n\
            An interview with the deputy minister\n\
            By Erik Sandell · Published Saturday 7 December 2024 · 7 min read\n\
            Photo: The deputy minister during our conversation. (NER/Erik Sandell)\n\n\
            We spoke to her in Yerevan on Monday, 2 December.\n";
        assert_ne!(
            kind_of_block_holding(text, "By Erik Sandell"),
            Some(BlockKind::Caption)
        );
        // A caption is still the line above its credit.
        let text = "Border talks resume\n\n\
            The two delegations met near Ijevan on Monday.\n\
            Photo: Lusine Hakobyan / Azatutyun\n";
        assert_eq!(
            kind_of_block_holding(text, "The two delegations"),
            Some(BlockKind::Caption)
        );
    }

    #[test]
    fn the_line_under_a_gallery_s_picture_number_is_its_caption() {
        let text = "IN PICTURES: Ten days in Kazakhstan\n\n\
            Photo 1 of 7\n\
            Protesters in front of the city administration building in Almaty, 5 January 2022.\n\
            The unrest began on 2 January in the western town of Zhanaozen over the price of gas.\n\
            Credit: Steppe Lens / Arman Seitov\n";
        let kind_of = |fragment: &str| kind_of_block_holding(text, fragment);
        assert_eq!(kind_of("Photo 1 of 7"), Some(BlockKind::Boilerplate));
        assert_eq!(kind_of("Protesters in front"), Some(BlockKind::Caption));
        assert_eq!(kind_of("The unrest began"), Some(BlockKind::Body));
    }

    #[test]
    fn a_printed_page_s_running_head_and_jump_lines_are_not_the_story() {
        for line in [
            "THE ARARAT MORNING STAR                    SATURDAY, NOVEMBER 3, 2018                    PAGE 4",
            "(Continued on Page 4)",
            "Weather: cold, with snow in the north - Page 12",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
        for line in [
            "The ministry published the full text of the statement on page 4.",
            "Armenia on Friday recalled Yuri Khachaturov from the post of secretary general",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn a_regional_page_s_furniture_is_not_the_story() {
        let text = "We use cookies to personalise content. By continuing to browse the site you agree to our use of cookies. [Accept all]\n\
            ZANGEZUR TODAY — news of Syunik and Armenia\n\
            Home | Politics | Economy | Syunik | Culture\n\
            Home > Politics > Armenia and the world\n\
            03.11.2018 | 12:47 | Views: 1 214\n\
            CSTO relieves Khachaturov of his duties\n\
            The Collective Security Treaty Organization on Friday relieved Yuri Khachaturov of his duties.\n\
            About the author: Narek Harutyunyan covers politics and security for Zangezur Today from Goris.\n\
            Comments (2)\n\
            Lusine_M · 03.11.2018 14:20\n\
            Moscow will never let an Armenian hold this post again.\n\
            Reply · Like (4)\n\
            Log in to comment. Comments are moderated and may appear with a delay.\n\
            © 2012–2018 Zangezur Today, all rights reserved. Reproduction of materials is allowed only with an active hyperlink.\n";
        assert_eq!(
            kinds(text),
            [
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Headline,
                Body,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate,
            ]
        );
    }

    /// The words looked for before the furniture pattern spare it only
    /// lines it would not match: each kind of furniture, in any case, and
    /// every line of the seeds and the fixtures.
    #[test]
    fn the_furniture_words_skip_no_furniture() {
        let kinds = [
            "© 2018 Zangezur Today, all rights reserved.",
            "We use cookies to personalise content.",
            "This website uses cookies.",
            "By browsing you agree to our use of cookies.",
            "About the author: Narek Harutyunyan covers politics.",
            "About the authors : two reporters.",
            "03.11.2018 | Views: 1 214",
            "View: 12",
            "Log in to comment.",
            "Sign in to reply",
            "Register to comment",
            "Comments are moderated and may appear with a delay.",
            "We are reader-funded journalism.",
            "This newsletter is reader supported.",
            "Become a member today.",
            "Become a subscriber, patron or supporter.",
            "Correction: an earlier version misnamed the minister.",
            "Corrections: none.",
            "Correction, 28 March 2024: An earlier version of this article misstated the name of the committee.",
            "Editor's note: this story was updated on Tuesday.",
            "His next column appears on 1 July.",
            "Next week: the summit in Minsk.",
            "Next episode: 9 July — the view from Washington.",
            "Coming up: the bloc's budget.",
            "Coming Friday: what the bloc decides.",
            "Next Sunday : a long read.",
            "She writes this column every Monday.",
            "He hosts the podcast, published every week.",
            "Update, 1 February 2024, 16:10: This article was updated with comment from the ministry.",
            "Editors: the wire uses Karabakh after the first reference.",
            "Note to editors: pictures are available on request.",
            "MODERATOR (14:45): The next chat, on the refugees, is on Friday 13 October at 14:00.",
            "Compiled by the editors. Tomorrow: the digest resumes at 09:00.",
        ];
        for line in kinds {
            for variant in [line.to_string(), line.to_uppercase(), line.to_lowercase()] {
                assert!(PAGE_FURNITURE.is_match(&variant), "{variant:?}");
                assert!(is_page_furniture(&variant), "{variant:?}");
            }
        }
        let mut furniture = 0;
        for (path, text) in crate::extract::text::fixture_texts() {
            for line in text.lines() {
                let matched = PAGE_FURNITURE.is_match(line);
                assert_eq!(
                    is_page_furniture(line),
                    matched,
                    "{}: {line:?}",
                    path.display()
                );
                furniture += usize::from(matched);
            }
        }
        assert!(furniture > 10, "{furniture} lines of furniture");
        for story in [
            "The next edition of the forum will be held in Minsk in the spring.",
            "The next round of talks is due in Moscow on Friday.",
            "Tomorrow the leaders meet in Astana.",
            "The story was updated on Tuesday to add that the foreign minister spoke.",
        ] {
            assert!(!PAGE_FURNITURE.is_match(story), "{story:?}");
        }
    }

    #[test]
    fn a_footnote_that_tells_what_happened_is_read_and_one_that_cites_is_not() {
        let text = "Armenia and the bloc\n\
            The bloc has not met with Armenia present since 2022, the ministry said on Monday.[1]\n\
            Notes\n\
            [1] Armenia also stayed away from the Minsk summit of 23 November 2023.\n\
            [2] Remarks to journalists in Astana, 28 November 2024, as reported by Kazakh media.\n\
            [3] Author's count; the published calendars list open meetings only.\n";
        let blocks = classify_blocks(text);
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [Headline, Body, Boilerplate, Body, Boilerplate, Boilerplate]
        );
        assert!(text[blocks[3].prose()].starts_with("Armenia also stayed away"));
    }

    #[test]
    fn a_story_line_with_a_bar_or_a_dash_is_still_the_story() {
        assert_eq!(
            kind_in_story("YEREVAN — Armenia will not attend the summit, the ministry said."),
            Body
        );
        assert_eq!(
            kind_in_story("Votes were split 68 | 10 | 2 in the chamber, officials said."),
            Body
        );
    }

    #[test]
    fn an_aggregator_s_source_lines_and_a_newsletter_s_footer_are_not_the_story() {
        for line in [
            "Tengri Wire · 27 Nov 2025, 19:40 · Full story ›",
            "Reuters | 12 May 2024 09:15",
            "Sevan Letters is reader-funded. Become a member to read all our conversations.",
            "Corrections: an earlier version of this column misspelled the name of Mikhail Galuzin.",
            "Next Monday: what the European Parliament's resolution on Armenia does and does not promise.",
            "Karine Hovhannisyan writes Seven Days in the Caucasus every Monday.",
        ] {
            assert_eq!(kind_in_story(line), Boilerplate, "{line}");
        }
        // A story's sentence with a time and a bar is still the story.
        assert_eq!(
            kind_in_story("At 14:30 the leaders met again | officials said the talks went well."),
            Body
        );
        // A list of links after "You might also like" is not.
        let text = "First paragraph of the story is here.\nYou might also like\nPashinyan and Aliyev sign declaration at the White House (08.08.2025)\n";
        assert_eq!(kinds(text)[2], Boilerplate);
    }

    #[test]
    fn empty_and_blank_documents_have_no_blocks() {
        assert!(classify_blocks("").is_empty());
        assert!(classify_blocks("\n \r\n\t\n").is_empty());
        assert!(classify_blocks("\u{feff}").is_empty());
    }

    #[test]
    fn ranges_exclude_bom_and_crlf_line_ends() {
        let text =
            "\u{feff}Armenia quits CSTO drills this year\r\n\r\nPashinyan said so on Tuesday.\r\n";
        let blocks = classify_blocks(text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(
            &text[blocks[0].range()],
            "Armenia quits CSTO drills this year"
        );
        assert_eq!(blocks[0].kind, Headline);
        assert_eq!(&text[blocks[1].range()], "Pashinyan said so on Tuesday.");
        assert_eq!(blocks[1].kind, Body);
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        assert_eq!(
            kinds("Armenia quits CSTO drills this year\r\rPashinyan said so."),
            [Headline, Body]
        );
    }

    #[test]
    fn prose_is_trimmed_but_range_is_the_whole_line() {
        let text = "  Pashinyan said so on Tuesday.  \n";
        let block = &classify_blocks(text)[0];
        assert_eq!(&text[block.range()], "  Pashinyan said so on Tuesday.  ");
        assert_eq!(&text[block.prose()], "Pashinyan said so on Tuesday.");
    }

    // --- headlines ---

    #[test]
    fn headline_after_caption_and_before_blank_line() {
        let text = "The leaders of CSTO members Belarus (left to right), Kazakhstan, Kyrgyzstan, Armenia, Russia, and Tajikistan pose for a photo in Yerevan on November 23, 2022.\n\nArmenian PM Attacks Russian-Led Alliance at Summit in Yerevan\n\n\nYEREVAN (RFE/RL) — Armenian Prime Minister Nikol Pashinyan has criticized the CSTO.";
        assert_eq!(kinds(text), [Caption, Headline, Body]);
        assert_eq!(
            headline(text, &classify_blocks(text)),
            Some("Armenian PM Attacks Russian-Led Alliance at Summit in Yerevan")
        );
    }

    #[test]
    fn first_line_headline_without_blank_line() {
        let text = "Armenian PM Pashinyan to skip CSTO summit, dealing blow to Moscow's regional sway\nNikol Pashinyan (Photo - EPA)\n\nPrime Minister of Armenia Nikol Pashinyan will not participate in the summit.";
        assert_eq!(kinds(text), [Headline, Boilerplate, Body]);
    }

    #[test]
    fn headlines_of_other_publishers() {
        for line in [
            "Armenia freezes participation in Russia-led security bloc, PM says",
            "Yerevan describes relations with Moscow as 'very frank'",
            "Kremlin: Armenia remains a close ally despite CSTO row",
            "2024 CSTO summit: Pashinyan stays away",
        ] {
            let text = format!("{line}\nPashinyan spoke on Tuesday.");
            assert_eq!(kinds(&text)[0], Headline, "{line}");
        }
    }

    #[test]
    fn short_unpunctuated_line_followed_by_blank_line_is_a_headline() {
        let text = "Pashinyan said so on Tuesday.\n\nReaction in Moscow\n\nPeskov said nothing.";
        assert_eq!(kinds(text), [Body, Headline, Body]);
    }

    #[test]
    fn short_unpunctuated_line_inside_single_spaced_story_is_body() {
        let text =
            "Pashinyan said so on Tuesday.\nReaction in Moscow was muted\nPeskov said nothing.";
        assert_eq!(kinds(text), [Body, Body, Body]);
    }

    #[test]
    fn full_sentence_first_line_is_body_not_headline() {
        let text = "Amid ongoing tensions, Armenian Prime Minister Nikol Pashinyan said his country would not hold joint exercises with Russia this year.\nPashinyan’s statement came after the leader criticized Moscow.";
        assert_eq!(kinds(text), [Body, Body]);
    }

    #[test]
    fn long_unpunctuated_line_is_not_a_headline() {
        let line = "Armenia has decided to recall its envoy from the Collective Security Treaty Organization after years of complaints about the bloc and its inaction";
        assert_eq!(
            kinds(&format!("{line}\n\nPeskov said nothing in reply.")),
            [Body, Body]
        );
    }

    #[test]
    fn headline_helper_returns_none_without_headline() {
        let text = "Pashinyan said so on Tuesday.\nPeskov said nothing.";
        assert_eq!(headline(text, &classify_blocks(text)), None);
        // Blocks of another text must not make it panic.
        let other = classify_blocks("A much longer headline line here\n\nBody text follows here.");
        assert_eq!(headline("short", &other), None);
    }

    // --- captions ---

    #[test]
    fn caption_cues_before_a_headline_make_a_caption() {
        for line in [
            "Armenian Prime Minister Nikol Pashinyan (L) and Russian President Vladimir Putin shake hands in Moscow on May 25, 2023.",
            "Nikol Pashinyan attends a press conference in Yerevan on March 14, 2023.",
            "Kazakh President Kassym-Jomart Tokayev is seen during the summit in Minsk.",
        ] {
            let text = format!(
                "{line}\n\nArmenia Skips CSTO Summit in Minsk\n\nYEREVAN — Armenia will not attend."
            );
            assert_eq!(kinds(&text), [Caption, Headline, Body], "{line}");
        }
    }

    #[test]
    fn a_still_from_video_with_a_handout_credit_is_a_caption() {
        let line = "Armenian servicemen near the town of Jermuk, Armenia, in a still image from video released on September 13, 2022. Armenian Defence Ministry/Handout via AGENCY";
        assert_eq!(kind_in_story(line), Caption);
    }

    #[test]
    fn caption_cues_without_a_following_headline_are_body() {
        let text = "Pashinyan will not attend the CSTO summit in Minsk, his office said.\nThe summit is to be held on November 23.";
        assert_eq!(kinds(text), [Body, Body]);
    }

    #[test]
    fn sentence_before_headline_without_caption_cues_is_body() {
        let text = "Armenia froze its CSTO membership in February.\n\nWhat Comes Next for Yerevan\n\nMore text here.";
        assert_eq!(kinds(text), [Body, Headline, Body]);
    }

    #[test]
    fn caption_with_a_trailing_photo_credit_excludes_the_credit() {
        let text = "Armenia Skips CSTO Summit\n\nPashinyan speaks during a news conference in Yerevan on March 14, 2023. (Photo: Reuters)\n\nYEREVAN — Armenia will not attend.";
        let blocks = read(text);
        assert_eq!(
            blocks[1],
            (
                Caption,
                "Pashinyan speaks during a news conference in Yerevan on March 14, 2023."
            )
        );
    }

    // --- background ---

    #[test]
    fn reference_label_opens_background() {
        let text = "Pashinyan will skip the summit.\n\nREFERENCE. The Collective Security Treaty Organization (CSTO) is a military-political international organization that includes Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan.\n\nIn September 2022, Pashinyan accused the CSTO allies of not helping the country.";
        let blocks = read(text);
        assert_eq!(blocks[1].0, Background);
        assert!(
            blocks[1]
                .1
                .starts_with("The Collective Security Treaty Organization")
        );
        assert_eq!(blocks[2].0, Body);
    }

    #[test]
    fn other_background_labels() {
        for (line, prose) in [
            (
                "BACKGROUND: Armenia joined the CSTO in 1992.",
                "Armenia joined the CSTO in 1992.",
            ),
            (
                "Background: Armenia joined the CSTO in 1992.",
                "Armenia joined the CSTO in 1992.",
            ),
            (
                "FACTBOX - The CSTO has six members.",
                "The CSTO has six members.",
            ),
            (
                "EDITOR'S NOTE: This story was updated.",
                "This story was updated.",
            ),
            (
                "Editor’s note: This story was updated.",
                "This story was updated.",
            ),
            ("FACTBOX", ""),
        ] {
            let text = format!("Pashinyan said so.\n{line}");
            assert_eq!(read(&text)[1], (Background, prose), "{line}");
        }
    }

    #[test]
    fn words_like_labels_inside_prose_are_not_labels() {
        assert_eq!(
            kind_in_story("Background checks on the envoy were completed in May."),
            Body
        );
        assert_eq!(kind_in_story("Context matters here, Pashinyan said."), Body);
        assert_eq!(
            kinds("FACTBOX-What is the Russia-led CSTO military alliance?\nText.")[0],
            Body
        );
    }

    // --- boilerplate ---

    #[test]
    fn a_list_of_dated_headlines_is_boilerplate_and_a_dated_sentence_is_not() {
        assert_eq!(
            kind_in_story(
                "22.02.2024 Prime Minister meets representatives of the Armenian community of France\n\
                 21.02.2024 Nikol Pashinyan attends ceremony at the Panthéon\n\
                 17.02.2024 Trilateral meeting held in Munich"
            ),
            Boilerplate
        );
        assert_eq!(
            kind_in_story("22.02.2024 The Prime Minister met representatives of the community."),
            Body
        );
    }

    #[test]
    fn photo_credits_are_boilerplate() {
        for line in [
            "Nikol Pashinyan (Photo - EPA)",
            "Vladimir Putin (Photo: Reuters)",
            "Photo: Reuters",
            "(Photo by Karen Minasyan/AFP via Getty Images)",
            "© AFP",
            "Getty Images",
            "AFP via Getty Images",
            "Photo credit: Armenian government press service",
            "Image - Sputnik / Pool",
        ] {
            assert_eq!(kind_in_story(line), Boilerplate, "{line}");
        }
    }

    #[test]
    fn reader_prompts_are_boilerplate() {
        for line in [
            "Get the Mirror in your inbox:",
            "Get the Mirror-Spectator Weekly in your inbox:",
            "Subscribe to our newsletter",
            "Video recording of the sitting: parliament-am.example/video/2024-06-12",
            "Support independent analysis with a donation",
            "Become a member and read without limits.",
            "Sign up for our free daily briefing on the South Caucasus.",
            "Follow us on Telegram",
            "Follow Eurasianet on Twitter for more updates",
            "Read more: Armenia recalls its envoy from the CSTO",
            "Share this",
            "Advertisement",
            "Tags: Armenia, CSTO, Russia",
            "More from our correspondents:",
            "Listen to this article",
            "Facebook Twitter WhatsApp Email",
            "Follow AP’s coverage of the South Caucasus at https://apnews.com/hub/armenia",
            "ADVERTISEMENT",
            "Copyright 2024 The Associated Press. All rights reserved.",
            "▶ Listen to the report (2:48)",
            "► Listen to the interview",
        ] {
            assert_eq!(kind_in_story(line), Boilerplate, "{line}");
        }
        // A quotation that opens with a prompt's word is still the story.
        assert_ne!(
            kind_in_story("“Listen to the report of the mission,” Pashinyan told deputies."),
            Boilerplate
        );
    }

    #[test]
    fn numbered_references_are_no_story() {
        for line in [
            "1. \"Collective Security Treaty\", CSTO official site (retrieved 3 March 2024).",
            "2. \"Pashinyan: participation frozen\", South Caucasus Monitor, 23 February 2024.",
            "3. ^ \"Medvedev in Yerevan: base lease extended\", Kura Daily.",
        ] {
            assert!(is_bibliography_entry(line), "{line}");
        }
        assert!(!is_bibliography_entry(
            "1. Armenia froze its participation in February 2024."
        ));
    }

    #[test]
    fn headings_over_other_pages_open_a_list_of_links() {
        for heading in [
            "Other news",
            "Other stories",
            "More news",
            "Top stories",
            "Most read",
            "Previous episodes",
            "Past editions",
            "Earlier from the plenary",
            "What to read next",
            "Other releases",
            "References",
            "Sources",
            "Footnotes",
        ] {
            assert!(is_links_heading(heading), "{heading}");
        }
        // A newsletter's section of more news is the newsletter's own.
        assert!(!is_links_heading("In other news"));
        assert!(!is_links_heading("Sources close to the talks said so."));
    }

    #[test]
    fn a_standfirst_above_the_byline_is_no_report_of_its_own() {
        for byline in ["Daniel Ferris Nov 24, 2023", "By Daniel Ferris"] {
            let text = format!(
                "Armenia skips another gathering of the bloc\n\
                 Leaders of the alliance met in Minsk without Armenia's prime minister.\n\
                 {byline}\n\n\
                 The leaders gathered in Minsk on November 23 for their annual summit.\n"
            );
            let kinds: Vec<BlockKind> = classify_blocks(&text).iter().map(|b| b.kind).collect();
            assert_eq!(kinds[1], Headline, "{byline}: {kinds:?}");
            assert_eq!(kinds[3], Body, "{byline}: {kinds:?}");
        }
        // The lede under a byline is the story.
        let text = "Armenia skips another gathering of the bloc\nBy Daniel Ferris\n\n\
                    Leaders of the alliance met in Minsk without Armenia's prime minister.\n";
        let kinds: Vec<BlockKind> = classify_blocks(text).iter().map(|b| b.kind).collect();
        assert_eq!(kinds.last(), Some(&Body), "{kinds:?}");
        // A standfirst may go without its full stop, above a byline whose
        // stamp a dot sets apart.
        let text = "Eurasian union marks ten years in the Kremlin\n\
                    Yerevan has frozen its role in Moscow's military bloc, but not in its trade bloc, whose market still buys Armenian goods\n\
                    By Dana Abenova · 8 May 2024, 19:20 · 3 min read\n\n\
                    Leaders of the Eurasian Economic Union met in the Kremlin on Wednesday.\n";
        let kinds: Vec<BlockKind> = classify_blocks(text).iter().map(|b| b.kind).collect();
        assert_eq!(kinds[1], Headline, "{kinds:?}");
        assert_eq!(kinds.last(), Some(&Body), "{kinds:?}");
    }

    #[test]
    fn a_labelled_list_of_links_parted_by_middle_dots_is_boilerplate() {
        assert!(is_boilerplate(
            "Earlier: Winners and losers of the Sochi summit (5 November 2022) · Winners and losers of the Prague meeting (8 October 2022)"
        ));
        // A sentence after a label is no list, whatever dots it holds.
        assert!(!is_boilerplate(
            "Context: Pashinyan met Aliyev in Prague · and then in Sochi, where Putin hosted them both."
        ));
    }

    #[test]
    fn a_wire_storys_summary_bullets_above_its_dateline_are_headlines() {
        let text = "Armenia asks Russian-led bloc for help\nBy Larkspur staff\n\n\
                    * Armenian toll rises to 105 soldiers in two days\n\
                    * CSTO to send a mission led by its secretary general\n\n\
                    YEREVAN, Sept 14 (Larkspur) - Prime Minister Nikol Pashinyan said on Wednesday that 105 soldiers had been killed.\n";
        let kinds: Vec<BlockKind> = classify_blocks(text).iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds[kinds.len() - 3..],
            [Headline, Headline, Body],
            "{kinds:?}"
        );
        // A list in the story is the story.
        let text = "Armenia asks Russian-led bloc for help\n\n\
                    YEREVAN, Sept 14 (Larkspur) - Prime Minister Nikol Pashinyan said on Wednesday that 105 soldiers had been killed.\n\n\
                    * The CSTO agreed to send a mission\n";
        let kinds: Vec<BlockKind> = classify_blocks(text).iter().map(|b| b.kind).collect();
        assert_eq!(kinds.last(), Some(&Body), "{kinds:?}");
    }

    #[test]
    fn a_credit_for_the_pages_own_work_with_its_stamps_is_a_byline() {
        for byline in [
            "Graphics by Anush Karamyan and Pieter de Wolff · Friday 2 August 2024, 12:30 · Updated 16:05",
            "Annotations by Narine Babayan and Davit Ohanyan · Published 14 June 2024, 10:00 · 6 min read",
        ] {
            let text = format!(
                "Armenia's borders, in five maps\n{byline}\n\n\
                 Russian border guards left the passport booths at Zvartnots on Thursday.\n"
            );
            let kinds: Vec<BlockKind> = classify_blocks(&text).iter().map(|b| b.kind).collect();
            assert_eq!(kinds, [Headline, Boilerplate, Body], "{byline}");
        }
        // A sentence that names who did a thing is no credit.
        assert_eq!(
            kind_in_story("Words by Pashinyan · 14 June 2024 were quoted across the region."),
            Body
        );
    }

    #[test]
    fn lead_ins_ending_with_a_colon_are_body() {
        assert_eq!(kind_in_story("He added:"), Body);
        assert_eq!(
            kind_in_story("The statement issued by the government reads:"),
            Body
        );
    }

    #[test]
    fn agency_credits_and_bylines_are_boilerplate() {
        for line in [
            "(With reporting by and RFE/RL’s Kazakh Service and AFP)",
            "Sources: Kentron Times (29.11.2024), Steppe Record (27.11.2024)",
            "Cite as: Seda Avetisyan, 'A secretary-general from Minsk', IHSS Commentary 47, 5 December 2019.",
            "(Reporting by Felix Light; Editing by Mark Trevelyan)",
            "Reporting by Felix Light; Editing by Mark Trevelyan",
            "Additional reporting by Nvard Hovhannisyan in Yerevan",
            "[Compiled by the news desk]",
            "— AFP",
            "- Reuters",
            "(Reuters)",
            "By Ani Mejlumyan",
            "By Jane Doe and John Roe, Reuters",
            "November 14, 2023 12:30",
            "Updated: 14.11.2023",
            "November 14, 2023 9:41 AM GMT+4 Updated 2 hours ago",
            "REUTERS/Irakli Gedenidze",
            "Petrosyan reported from Yerevan, Armenia. Writer Ilya Orlov in Moscow contributed to this report.",
            "Staff writer Ani Grigoryan contributed reporting.",
        ] {
            assert_eq!(kind_in_story(line), Boilerplate, "{line}");
        }
    }

    #[test]
    fn story_sentences_that_look_like_credits_are_body() {
        for line in [
            "By focusing its attention on the war in Ukraine, Russia has taken a wait-and-see attitude towards the blockade of the Lachin corridor, which has angered Armenia.",
            "Reporting by state media suggested the talks had failed, but officials said otherwise on Tuesday and again on Wednesday after the summit ended.",
            "Photos of the summit show Pashinyan standing apart from the other leaders.",
            "Armenia contributed troops to the mission. Pashinyan reported from the front that the line held.",
            "Six countries — Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, and Russia — comprise the CSTO, which was established in October 2002.",
        ] {
            assert_eq!(kind_in_story(line), Body, "{line}");
        }
    }

    // --- datelines ---

    #[test]
    fn dateline_is_excluded_from_first_story_paragraph() {
        for (line, prose) in [
            (
                "YEREVAN (RFE/RL) — Armenian Prime Minister Nikol Pashinyan has criticized the CSTO.",
                "Armenian Prime Minister Nikol Pashinyan has criticized the CSTO.",
            ),
            (
                "MOSCOW, Nov 23 (Reuters) - Armenia said on Tuesday it would not attend.",
                "Armenia said on Tuesday it would not attend.",
            ),
            (
                "BAKU -- Azerbaijan denied the claims.",
                "Azerbaijan denied the claims.",
            ),
            (
                "YEREVAN, Armenia (AP) — Armenia’s leader said on Tuesday.",
                "Armenia’s leader said on Tuesday.",
            ),
            (
                "ALMATY/YEREVAN, Jan 6 (Reuters) - The bloc will send troops.",
                "The bloc will send troops.",
            ),
            (
                "NEW YORK, 23 November 2022 (AFP), The talks resumed.",
                "The talks resumed.",
            ),
        ] {
            assert_eq!(read(line)[0], (Body, prose), "{line}");
        }
    }

    #[test]
    fn an_embedded_post_is_read_without_its_signature() {
        let line = "Today I told France 24 that Armenia has frozen its participation in the CSTO. pic.twitter.com/AbCdEf — Nikol Pashinyan (@NikolPashinyan) February 22, 2024";
        assert_eq!(
            read(line)[0],
            (
                Body,
                "Today I told France 24 that Armenia has frozen its participation in the CSTO."
            )
        );
        let post = post_signature(line).expect("a signature");
        assert_eq!(
            (post.author, post.posted_on),
            ("Nikol Pashinyan", "February 22, 2024")
        );
        // A dash and a bracket in a sentence are no signature.
        assert!(
            post_signature("The minister - who spoke (@ the summit) on May 3, 2024 - left.")
                .is_none()
        );
        assert!(post_signature("Armenia froze its participation (@CSTO).").is_none());
    }

    #[test]
    fn armenian_agency_datelines_are_excluded() {
        for (line, prose) in [
            (
                "YEREVAN, November 14. /ARKA/. Armenia will not attend the summit.",
                "Armenia will not attend the summit.",
            ),
            (
                "YEREVAN, NOVEMBER 14, ARMENPRESS. Prime Minister Nikol Pashinyan will not attend.",
                "Prime Minister Nikol Pashinyan will not attend.",
            ),
            (
                "YEREVAN, NOVEMBER 9, ARAXPRESS - The leaders failed to agree.",
                "The leaders failed to agree.",
            ),
            (
                "MINSK, November 22 /ENA/ - The foreign ministers met in Minsk on Wednesday.",
                "The foreign ministers met in Minsk on Wednesday.",
            ),
        ] {
            assert_eq!(read(line)[0], (Body, prose), "{line}");
        }
    }

    #[test]
    fn a_signed_dateline_on_a_line_of_its_own_is_no_story() {
        let text = "YEREVAN, November 24 /Vostok-Inform correspondent/.\n\
                    The Prime Minister refused to sign the declaration on November 23.";
        let blocks = read(text);
        assert_eq!(blocks[0].0, Boilerplate);
        assert_eq!(blocks[1].0, Body);
        // A place in capitals alone on its line may open a story.
        assert_eq!(read("NATO /the alliance/ met.\nIt agreed.")[0].0, Body);
    }

    #[test]
    fn trailing_reporting_credit_is_excluded_from_story_prose() {
        let line = "Armenia's ties with Russia have worsened since September. (Reporting by Felix Light; Editing by Andrew Osborn)";
        assert_eq!(
            read(line)[0],
            (
                Body,
                "Armenia's ties with Russia have worsened since September."
            )
        );
    }

    #[test]
    fn caption_with_an_unbracketed_agency_credit_excludes_the_credit() {
        let line = "Armenian Prime Minister Nikol Pashinyan attends a news conference in Yerevan, Armenia, June 27, 2023. REUTERS/Irakli Gedenidze/File Photo";
        assert_eq!(kind_in_story(line), Caption);
        let text = format!("Story.\n{line}");
        assert_eq!(
            read(&text)[1].1,
            "Armenian Prime Minister Nikol Pashinyan attends a news conference in Yerevan, Armenia, June 27, 2023."
        );
    }

    #[test]
    fn all_caps_opening_without_dateline_shape_is_kept() {
        for line in [
            "NATO, the Western alliance, said nothing.",
            "CSTO — the Russian-led bloc — was silent.",
            "Armenian authorities regularly criticize Russia.",
        ] {
            assert_eq!(read(line)[0], (Body, line), "{line}");
        }
    }

    #[test]
    fn dateline_only_stripped_from_first_story_paragraph() {
        let text = "Pashinyan spoke.\nMOSCOW (Reuters) — Peskov replied.";
        assert_eq!(read(text)[1], (Body, "MOSCOW (Reuters) — Peskov replied."));
    }

    #[test]
    fn a_later_brief_with_a_dated_dateline_leaves_it_out() {
        let text = "BISHKEK, Nov 27 (Tengri Wire) — The leaders met.\n\n\
                    YEREVAN, Nov 27 (Araks Agency) — Pashinyan said the peace agenda came first.";
        assert_eq!(
            read(text)[1],
            (Body, "Pashinyan said the peace agenda came first.")
        );
    }

    // --- robustness ---

    #[test]
    fn odd_inputs_do_not_panic() {
        let inputs = [
            "\u{feff}\u{feff}",
            "\r",
            "\n\r\n\r",
            "(",
            ")",
            "©",
            "REFERENCE.",
            "YEREVAN — ",
            "Ё — Ж",
            "🇦🇲🇦🇲🇦🇲\n\n🇷🇺",
            "By",
            ":",
            "— ",
        ];
        for text in inputs {
            for block in classify_blocks(text) {
                let (range, prose) = (block.range(), block.prose());
                assert!(text.get(range.clone()).is_some());
                assert!(text.get(prose.clone()).is_some());
                assert!(range.start <= prose.start && prose.end <= range.end);
            }
        }
    }

    // --- the articles shipped with the program ---

    /// Every article in `seeds/` lays out as a story: most of its lines are
    /// story, and whatever is not the story is short beside it.
    #[test]
    fn the_bundled_articles_are_mostly_story() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut read = 0;
        for entry in std::fs::read_dir(&folder).expect("seeds folder") {
            let path = entry.expect("seed entry").path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("seed text");
            let blocks = classify_blocks(&text);
            let story = blocks.iter().filter(|b| b.kind == Body).count();
            assert!(story * 2 >= blocks.len(), "{}", path.display());
            for block in blocks.iter().filter(|b| b.kind == Headline) {
                assert!(
                    !ends_with_terminal(&text[block.prose()]),
                    "{}",
                    path.display()
                );
            }
            read += 1;
        }
        assert!(read > 0, "no articles in {}", folder.display());
    }

    #[test]
    fn the_manifest_headline_is_the_headline_wherever_it_stands() {
        let text =
            "SITE | News\nArmenia leaves the bloc\nBy A. Writer\n\nPashinyan said so on Tuesday.";
        let blocks = classify_blocks_titled(text, Some("Armenia leaves the bloc"));
        assert_eq!(blocks[1].kind, Headline);
    }

    #[test]
    fn links_under_a_heading_are_not_news() {
        let text = "Pashinyan said so on Tuesday.\n\nRead more:\nArmenia reopens the investigation into the events of March 2008\nProfile: the acting secretary-general";
        assert_eq!(kinds(text), [Body, Boilerplate, Boilerplate, Boilerplate]);
    }

    #[test]
    fn a_story_cut_off_mid_sentence_ends_at_its_last_full_sentence() {
        let text = "Pashinyan said so on Tuesday. Analysts in Yerevan said the prime minister's words were aimed as much at voters as at Moscow, and that a formal\n\nSubscribe to continue reading this article.";
        assert_eq!(read(text)[0], (Body, "Pashinyan said so on Tuesday."));
    }

    #[test]
    fn live_blog_stamps_and_list_dashes_open_an_entry_not_its_prose() {
        let text = "Pashinyan spoke first.\n10:20 — BREAKING: Tokayev asked the bloc for help.\n— Parliament voted on 3 October 2023";
        let prose: Vec<&str> = read(text).into_iter().map(|(_, p)| p).collect();
        assert_eq!(prose[1], "Tokayev asked the bloc for help.");
        assert_eq!(prose[2], "Parliament voted on 3 October 2023");
    }

    #[test]
    fn a_chat_s_stamps_and_a_feed_s_fields_open_what_is_read_or_are_not_read() {
        let text = "[10/01/2023, 11:46] Mariam: Pashinyan rules out the drills
                    1/10/23, 10:58 AM - Anahit (ed.): He spoke for three hours. <This message was edited>
                    [10/01/2023, 11:52] Hayk: <Media omitted>
                    title: No drills this year
                    pubDate: Tue, 10 Jan 2023 15:40:00 +0400
                    channel description: Security news.
                    description: Pashinyan said on Tuesday that there would be no drills.";
        assert_eq!(
            read(text),
            [
                (Body, "Pashinyan rules out the drills"),
                (Body, "He spoke for three hours."),
                (Boilerplate, "[10/01/2023, 11:52] Hayk: <Media omitted>"),
                (Headline, "No drills this year"),
                (Boilerplate, "pubDate: Tue, 10 Jan 2023 15:40:00 +0400"),
                (Boilerplate, "channel description: Security news."),
                (
                    Body,
                    "Pashinyan said on Tuesday that there would be no drills."
                ),
            ]
        );
        let stamp = chat_stamp("1/10/23, 10:58 AM - Anahit (ed.): He spoke.").unwrap();
        assert_eq!((stamp.first, stamp.second, stamp.year), (1, 10, 2023));
        assert!(feed_field("Title: a label of a story's own").is_none());
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn document() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "\n",
            "\r\n",
            "\r",
            "\n\n",
            "\u{feff}",
            " ",
            "YEREVAN",
            "(RFE/RL)",
            "—",
            "-",
            ",",
            ".",
            ":",
            "REFERENCE.",
            "Photo",
            "(Photo - EPA)",
            "©",
            "By",
            "Pashinyan",
            "said",
            "the",
            "CSTO",
            "“",
            "”",
            "🇦🇲",
            "é",
            "\u{a0}",
            "Get the Mirror in your inbox:",
            "(With reporting by AFP)",
            "pose for a photo",
        ]);
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn blocks_are_ordered_non_blank_lines_with_prose_inside(text in document()) {
            let blocks = classify_blocks(&text);
            let mut last_end = 0;
            for b in &blocks {
                let (range, prose) = (b.range(), b.prose());
                prop_assert!(range.start >= last_end && range.start < range.end);
                let line = text.get(range.clone());
                prop_assert!(line.is_some_and(|l| !l.trim().is_empty() && !l.contains(['\n', '\r'])));
                prop_assert!(range.start <= prose.start && prose.start <= prose.end && prose.end <= range.end);
                prop_assert!(text.get(prose).is_some());
                last_end = range.end;
            }
        }

        #[test]
        fn arbitrary_strings_do_not_panic(text in "(?s).{0,300}") {
            let blocks = classify_blocks(&text);
            let _ = headline(&text, &blocks);
        }
    }
}

/// "As first published on Saturday 3 November 2018", "Originally published
/// 3 November 2018.": the line under which an archive page reprints a story
/// of an earlier day. What the story says of "yesterday" and "last year" is
/// said from that day, not from the day of the reprint.
static REPRINT_LINE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"(?i)^\s*(?:as\s+|this\s+(?:article|story|piece)\s+was\s+)?(?:first|originally)\s+(?:published|printed|ran|appeared)\b(?P<when>.{4,60}?)[.:]?\s*$")
        .expect("reprint line pattern")
});

/// The line an archive page's reprint opens under ([`REPRINT_LINE`]) and the
/// day the story first came out, when that day is before the page's own.
pub(crate) fn reprinted_from(
    text: &str,
    blocks: &[Block],
    published: Option<chrono::NaiveDate>,
) -> Option<(usize, chrono::NaiveDate)> {
    // No reprint is announced by a long line, nor from the page's last one.
    const MAX_LINE: usize = 90;
    let published = published?;
    blocks.iter().enumerate().find_map(|(at, block)| {
        let line = &text[block.range()];
        if line.len() > MAX_LINE || at + 1 == blocks.len() {
            return None;
        }
        let when = REPRINT_LINE.captures(line)?.name("when")?.as_str();
        let day = find_dates(when, Some(published))
            .into_iter()
            .find(|m| m.date.day_value().is_some() && !m.approximate)?
            .date
            .first_day();
        (day < published).then_some((at, day))
    })
}

/// A thread's post counter after the last sentence ("... this year. 2/11")
/// and a reply's header before the first ("Hayk S @hayk_sev · For the
/// record, ..."): marks of the platform, not words of the post.
static POST_COUNTER: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r#"[.!?"”)]\s+(?P<n>[1-9]\d{0,2})\s*/\s*(?P<of>[1-9]\d{0,2})$"#)
        .expect("post counter pattern")
});
static REPLY_HEADER: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"^[\p{L}][\p{L} .'’-]{0,40}\s@\w{1,30}\s+·\s+").expect("reply header pattern")
});

/// `prose` less the marks of [`POST_COUNTER`] and [`REPLY_HEADER`].
fn without_post_marks(text: &str, prose: Range<usize>) -> Range<usize> {
    let Some(line) = text.get(prose.clone()) else {
        return prose;
    };
    // Both marks hold a digit or an "@"; most lines hold neither at their ends.
    let mut range = prose.clone();
    // (Not a release's number, "No. 004/25": a counter counts up to its
    // total, from 1.)
    if line.ends_with(|c: char| c.is_ascii_digit())
        && let Some(counter) = POST_COUNTER.captures(line)
        && let (Some(n), Some(of)) = (counter.name("n"), counter.name("of"))
        && n.as_str().parse::<u32>().ok() <= of.as_str().parse::<u32>().ok()
        && !line[..counter.get(0).map_or(0, |m| m.start())].ends_with("No")
        && let Some(whole) = counter.get(0)
    {
        // Keep the punctuation that closes the sentence (a closing quote
        // mark is three bytes).
        let closing = line[whole.start()..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
        range.end = prose.start + whole.start() + closing;
    }
    if line.contains(" @")
        && let Some(header) = REPLY_HEADER.find(line)
        && header.end() < range.end - prose.start
    {
        range.start = prose.start + header.end();
    }
    range
}
