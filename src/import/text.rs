//! A page's main text: the article's paragraphs, one to a line, without the
//! site's header, navigation, ads, captions, share buttons and related
//! links.
//!
//! The main content is found by `dom_smoothie`, a port of Mozilla's
//! Readability (the reader view of Firefox), which scores the page's blocks
//! by their text and link density. Before it runs, elements that are never
//! article prose are removed outright (navigation, asides, captions, forms,
//! AMP's sidebars and ads): a caption carrying a year, or a related link
//! carrying a date, is exactly the debris that misleads the extractor, and
//! Readability keeps figures with their captions inside the article.

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

/// Elements removed before the article is looked for: none of them holds
/// the article's prose on any page we know of.
const NEVER_PROSE: &str = "script, style, noscript, template, svg, nav, aside, header, footer, \
     figcaption, form, button, select, iframe, object, embed, dialog, menu, \
     [role=navigation], [role=banner], [role=contentinfo], [role=complementary], \
     [aria-hidden=true], amp-sidebar, amp-ad, amp-embed, amp-social-share, \
     amp-analytics, amp-consent, [class*=caption], [class*=related], [class*=breadcrumb], \
     [class*=newsletter]";

/// A paragraph whose text is mostly the text of its links ("Read also:
/// <a>Armenia cancels CSTO drills (January 10, 2023)</a>") points to other
/// articles and is not part of this one.
const MAX_LINK_SHARE: f64 = 0.5;

/// Lines dropped wherever they appear: labels of page furniture that
/// Readability can leave in when they sit inside the article's container.
const FURNITURE: [&str; 12] = [
    "advertisement",
    "ad",
    "read more",
    "read more:",
    "related",
    "related:",
    "share",
    "share this article",
    "listen to this article",
    "skip to content",
    "continue reading",
    "subscribe",
];

/// Pages with more elements than this are refused rather than scored: no
/// article needs them, and scoring grows with them.
const MAX_ELEMENTS: usize = 60_000;

/// The least prose an article has: a page whose main text is shorter than
/// this (a section front, a page of links, a paywall stub) is not imported.
const MIN_PROSE_CHARS: usize = 200;

/// The main text of a page, a paragraph to a line, or why there is none.
/// `title` is the headline, dropped from the text where the page repeats
/// it (the manifest carries it).
pub fn page_text(
    html: &str,
    page_url: Option<&str>,
    title: Option<&str>,
) -> Result<String, String> {
    let document = Document::from(html);
    let elements = document.select("*").length();
    if elements > MAX_ELEMENTS {
        return Err(format!(
            "the page has {elements} elements, more than the {MAX_ELEMENTS} an article page has"
        ));
    }
    remove_furniture(&document);
    let config = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    // Readability resolves the page's relative links against its address,
    // and wants an absolute one; the text keeps no links, so a page without
    // one is read all the same.
    let page_url = page_url.filter(|u| super::meta::absolute_url(u, None).is_some());
    let mut readability =
        Readability::with_document(document, page_url, Some(config)).map_err(|e| e.to_string())?;
    let article = readability
        .parse()
        .map_err(|_| "no article text: the page has no block of prose".to_owned())?;
    let text = lines(&article.text_content, title);
    check_prose(&text)?;
    Ok(text)
}

/// The text of an article given as an HTML fragment (a feed item's
/// content), which is the article already: only furniture is removed.
pub fn fragment_text(html: &str, title: Option<&str>) -> Result<String, String> {
    let document = Document::from(format!(
        "<html><body><article>{html}</article></body></html>"
    ));
    remove_furniture(&document);
    let text = lines(&document.select("article").formatted_text(), title);
    check_prose(&text)?;
    Ok(text)
}

/// Removes what is never article prose: the elements of [`NEVER_PROSE`]
/// and paragraphs that are mostly links.
fn remove_furniture(document: &Document) {
    document.select(NEVER_PROSE).remove();
    for paragraph in document.select("p, li").iter() {
        let text: usize = paragraph
            .text()
            .chars()
            .filter(|c| !c.is_whitespace())
            .count();
        let linked: usize = paragraph
            .select("a")
            .iter()
            .map(|a| a.text().chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        if text > 0 && linked as f64 > text as f64 * MAX_LINK_SHARE {
            paragraph.remove();
        }
    }
}

/// Plain text (a JSON Feed's `content_text`), a paragraph to a line.
pub fn plain_text(text: &str, title: Option<&str>) -> Result<String, String> {
    let text = lines(text, title);
    check_prose(&text)?;
    Ok(text)
}

/// Lays text out a paragraph to a line: whitespace collapsed, empty lines
/// and furniture dropped, and a first line that only repeats the headline
/// dropped too. Ends with a newline.
fn lines(text: &str, title: Option<&str>) -> String {
    let mut out = String::new();
    let title = title.map(|t| super::meta::clean(t).to_lowercase());
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        let lower = line.to_lowercase();
        if FURNITURE.contains(&lower.as_str()) || is_syndication_footer(&lower) {
            continue;
        }
        if out.is_empty() && title.as_deref() == Some(lower.as_str()) {
            continue;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// WordPress's line under every item of its feeds: "The post <title>
/// appeared first on <site>."
fn is_syndication_footer(lower: &str) -> bool {
    lower.starts_with("the post ") && lower.contains(" appeared first on ")
}

/// Refuses text that is not an article: too little prose, where prose is
/// lines that read as sentences (several words, closing punctuation) rather
/// than the labels of a list of links.
fn check_prose(text: &str) -> Result<(), String> {
    let prose: usize = text
        .lines()
        .filter(|line| is_sentence(line))
        .map(|line| line.chars().count())
        .sum();
    if prose < MIN_PROSE_CHARS {
        let words = text.split_whitespace().count();
        return Err(if words == 0 {
            "no article text: nothing is left once navigation and page furniture are removed"
                .to_owned()
        } else {
            format!(
                "no article text: what is left once navigation and page furniture are removed \
                 ({words} words) has {prose} characters of sentences, fewer than the \
                 {MIN_PROSE_CHARS} of the shortest article"
            )
        });
    }
    Ok(())
}

fn is_sentence(line: &str) -> bool {
    let line = line.trim_end_matches(['"', '\'', '”', '’', '»', ')']);
    line.split_whitespace().count() >= 6 && line.ends_with(['.', '!', '?', '…', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_become_lines_without_the_repeated_headline() {
        let text = lines(
            "  Armenia   freezes\n\nArmenia said on Friday it froze its role.\nAdvertisement\n\n  It said so again.  ",
            Some("Armenia freezes"),
        );
        assert_eq!(
            text,
            "Armenia said on Friday it froze its role.\nIt said so again.\n"
        );
    }

    #[test]
    fn a_list_of_links_is_not_an_article() {
        let error = check_prose("Home\nNews\nWorld\nArmenia freezes participation in the CSTO\n")
            .unwrap_err();
        assert!(error.starts_with("no article text"), "{error}");
    }
}
