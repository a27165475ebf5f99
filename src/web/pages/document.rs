//! Articles: the index of all of them, and one page per article showing its
//! text paragraph by paragraph with every sentence that gave an event
//! marked and linked to its events.
//!
//! The text is cut into segments here and escaped by the template; no
//! article text is ever written as markup. A long article (files of up to
//! 2 MiB load) is shown in parts of about [`PART_BYTES`] of text, one part
//! per page, each listing the events whose sentences it holds.

use std::collections::BTreeMap;
use std::ops::Range;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::actor::paged_title;
use super::cards::is_web_address;
use super::pager::{self, Pager, page_path};
use super::{Layout, missing, render};
use crate::corpus::{DateOrigin, Document, LoadStatus};
use crate::model::{BlockKind, Event};
use crate::store::Store;
use crate::web::AppState;
use crate::web::format::{self, DateView, Urls, filters};

/// Text shown on one page of an article, in bytes. Marks and links at most
/// about double it, so a page stays well under 300 KB.
pub const PART_BYTES: usize = 40 * 1024;

/// The parts of a text shown one per page: byte ranges that cover it,
/// each at most [`PART_BYTES`] long, cut where a line begins when one is
/// near enough and else at a space (or any character boundary).
pub fn parts(document: &Document) -> Vec<Range<usize>> {
    let text = &document.text;
    if text.len() <= PART_BYTES {
        return std::iter::once(0..text.len()).collect();
    }
    let mut starts: Vec<usize> = document.blocks.iter().map(|b| b.range().start).collect();
    starts.sort_unstable();
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let limit = at + PART_BYTES;
        if limit >= text.len() {
            out.push(at..text.len());
            break;
        }
        // The last line start that keeps the part within bounds and is not
        // too close to where it begins; else the last space; else any boundary.
        let line = starts
            .iter()
            .rev()
            .copied()
            .find(|&s| s <= limit && s > at + PART_BYTES / 4);
        let cut = line.unwrap_or_else(|| {
            let mut end = limit;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text[at..end]
                .rfind(char::is_whitespace)
                .map(|i| at + i + 1)
                .filter(|&c| c > at + PART_BYTES / 4)
                .unwrap_or(end)
        });
        out.push(at..cut);
        at = cut;
    }
    out
}

/// The page of an article that shows the byte at `offset`.
pub fn page_of_offset(document: &Document, offset: usize) -> usize {
    if document.text.len() <= PART_BYTES {
        return 1;
    }
    let parts = parts(document);
    parts
        .iter()
        .position(|p| p.contains(&offset))
        .map_or(parts.len(), |i| i + 1)
}

/// A link from a marked sentence to an event it gave.
#[derive(Debug, Clone)]
pub struct EvidenceLink {
    /// The event's page.
    pub href: String,
    /// The event's date, for people ("23 Nov 2022").
    pub label: String,
    /// The event's title.
    pub title: String,
}

/// A marked sentence (or the part of it inside one paragraph).
#[derive(Debug, Clone)]
pub struct Mark {
    /// `s-{offset}` when this piece opens the sentence.
    pub id: Option<String>,
    /// Further anchors for sentences that overlap this one.
    pub extra_ids: Vec<String>,
    /// The events the sentence gave (on the piece that opens it).
    pub events: Vec<EvidenceLink>,
}

/// A run of text in a paragraph, plain or marked.
#[derive(Debug, Clone)]
pub struct Segment {
    /// The text, escaped by the template.
    pub text: String,
    /// Set when the text is (part of) a sentence that gave events.
    pub mark: Option<Mark>,
}

/// One line of the article.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// The CSS class for its kind.
    pub class: &'static str,
    /// Its kind for people, unless it is the story itself.
    pub label: Option<&'static str>,
    /// Its text, plain and marked.
    pub segments: Vec<Segment>,
}

/// An event the article reports.
#[derive(Debug, Clone)]
pub struct CitedEvent {
    /// The event's title.
    pub title: String,
    /// The event's page.
    pub href: String,
    /// The event's date.
    pub date: DateView,
    /// The first sentence of this article that reports it.
    pub sentence_href: String,
}

/// The page of one article.
#[derive(Template)]
#[template(path = "document.html")]
pub struct DocumentPage {
    /// The page's frame.
    pub layout: Layout,
    /// The file name.
    pub id: String,
    /// The headline (the file name when there is none).
    pub title: String,
    /// Who published it, if known.
    pub publisher: Option<String>,
    /// When it was published, if known.
    pub published: Option<DateView>,
    /// Whether the publication date was inferred from the text.
    pub published_inferred: bool,
    /// The original address, as a link when it is a web address.
    pub url: Option<String>,
    /// Whether the address is a web address, shown as a link.
    pub url_is_link: bool,
    /// "loaded", "skipped" or "missing".
    pub status: &'static str,
    /// Why it was skipped or is missing.
    pub reason: Option<String>,
    /// The text, paragraph by paragraph.
    pub paragraphs: Vec<Paragraph>,
    /// The events whose first report in it is on this page, in date order.
    pub events: Vec<CitedEvent>,
    /// How many events it reports in all.
    pub total_events: usize,
    /// How many sentences are marked on this page.
    pub marked: usize,
    /// For a long article shown in parts: (this part, how many).
    pub part: Option<(usize, usize)>,
    /// Links to the other parts.
    pub pager: Option<Pager>,
}

/// A sentence (or overlapping sentences) that gave events.
struct Span {
    range: Range<usize>,
    anchors: Vec<usize>,
    events: Vec<EvidenceLink>,
}

/// The sentences of `document` that gave events, merged where they overlap.
fn evidence(document: &Document, events: &[&Event], urls: &Urls) -> Vec<Span> {
    let mut by_range: BTreeMap<(usize, usize), Vec<EvidenceLink>> = BTreeMap::new();
    for event in events {
        for source in event.sources.iter().filter(|s| s.document == document.id) {
            let range = source.range();
            if range.start >= range.end || document.text.get(range.clone()).is_none() {
                continue;
            }
            let links = by_range.entry((range.start, range.end)).or_default();
            if !links.iter().any(|l| l.href == urls.event(&event.id)) {
                links.push(EvidenceLink {
                    href: urls.event(&event.id),
                    label: DateView::event(event.date, event.approximate).human,
                    title: event.title.clone(),
                });
            }
        }
    }
    let mut spans: Vec<Span> = Vec::new();
    for ((start, end), links) in by_range {
        match spans.last_mut() {
            Some(last) if start < last.range.end => {
                last.range.end = last.range.end.max(end);
                if !last.anchors.contains(&start) {
                    last.anchors.push(start);
                }
                for link in links {
                    if !last.events.iter().any(|l| l.href == link.href) {
                        last.events.push(link);
                    }
                }
            }
            _ => spans.push(Span {
                range: start..end,
                anchors: vec![start],
                events: links,
            }),
        }
    }
    spans
}

fn kind_style(kind: BlockKind) -> (&'static str, Option<&'static str>) {
    match kind {
        BlockKind::Headline => ("block block-headline", Some("Headline")),
        BlockKind::Caption => ("block block-caption", Some("Caption")),
        BlockKind::Body => ("block block-body", None),
        BlockKind::Background => ("block block-background", Some("Background")),
        BlockKind::Boilerplate => ("block block-boilerplate", Some("Not part of the story")),
    }
}

/// Cuts the part `part` of the text into paragraphs of plain and marked
/// segments. A sentence that opens on an earlier part has its anchor there.
fn paragraphs(document: &Document, spans: &[Span], part: &Range<usize>) -> Vec<Paragraph> {
    let text = &document.text;
    let mut opened: Vec<bool> = spans.iter().map(|s| s.range.start < part.start).collect();
    // Each line's part within `part`, with the line's kind.
    let mut lines: Vec<(Range<usize>, BlockKind)> = document
        .blocks
        .iter()
        .filter_map(|b| {
            let start = b.range().start.max(part.start);
            let end = b.range().end.min(part.end);
            (start < end).then_some((start..end, b.kind))
        })
        .collect();
    lines.sort_by_key(|(range, _)| range.start);
    let mut out = Vec::new();
    for (range, kind) in lines {
        let Some(line) = text.get(range.clone()) else {
            continue;
        };
        let (class, label) = kind_style(kind);
        let mut segments = Vec::new();
        let mut at = range.start;
        for (k, span) in spans.iter().enumerate() {
            let start = span.range.start.max(range.start);
            let end = span.range.end.min(range.end);
            if start >= end {
                continue;
            }
            if let Some(plain) = text.get(at..start).filter(|_| start > at) {
                segments.push(Segment {
                    text: plain.to_string(),
                    mark: None,
                });
            }
            let Some(marked) = text.get(start..end) else {
                continue;
            };
            let mark = if opened[k] {
                Mark {
                    id: None,
                    extra_ids: Vec::new(),
                    events: Vec::new(),
                }
            } else {
                opened[k] = true;
                Mark {
                    id: Some(format!("s-{}", span.anchors[0])),
                    extra_ids: span.anchors[1..].iter().map(|a| format!("s-{a}")).collect(),
                    events: span.events.clone(),
                }
            };
            segments.push(Segment {
                text: marked.to_string(),
                mark: Some(mark),
            });
            at = end;
        }
        if at < range.end {
            match text.get(at..range.end) {
                Some(rest) => segments.push(Segment {
                    text: rest.to_string(),
                    mark: None,
                }),
                None if segments.is_empty() => segments.push(Segment {
                    text: line.to_string(),
                    mark: None,
                }),
                None => {}
            }
        }
        out.push(Paragraph {
            class,
            label,
            segments,
        });
    }
    // A sentence outside every paragraph still gets its anchor, on the
    // page of the part where it begins.
    for (k, span) in spans.iter().enumerate() {
        if !opened[k]
            && part.contains(&span.range.start)
            && let Some(sentence) = text.get(span.range.clone())
        {
            out.push(Paragraph {
                class: "block block-body",
                label: None,
                segments: vec![Segment {
                    text: sentence.to_string(),
                    mark: Some(Mark {
                        id: Some(format!("s-{}", span.anchors[0])),
                        extra_ids: span.anchors[1..].iter().map(|a| format!("s-{a}")).collect(),
                        events: span.events.clone(),
                    }),
                }],
            });
        }
    }
    out
}

/// `GET /documents/{id}?page=`
pub async fn document(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let Some(document) = store.document(&id) else {
        return missing(
            &urls,
            format!("There is no article with the id “{id}”."),
            Some(("All articles", "/documents")),
        );
    };
    let path = format!("/documents/{}", format::segment(&document.id));
    let page = match pager::requested(raw.as_deref(), &path, &urls) {
        Ok(page) => page,
        Err(response) => return *response,
    };
    let parts = parts(document);
    let Some(part) = parts.get(page - 1) else {
        return pager::past_end(&urls, page, parts.len(), |n| {
            urls.path(&page_path(&path, n))
        });
    };
    let events: Vec<&Event> = store.document_events(&document.id).collect();
    let spans: Vec<Span> = evidence(document, &events, &urls)
        .into_iter()
        .filter(|s| s.range.end > part.start && s.range.start < part.end)
        .collect();
    // The first sentence of this article reporting each event, by which the
    // event is listed on the page showing that sentence.
    let first_sentence = |event: &Event| {
        event
            .sources
            .iter()
            .find(|s| s.document == document.id)
            .map(|s| s.range().start)
    };
    let on_this_page = |event: &&&Event| match first_sentence(event) {
        Some(offset) if offset < document.text.len() => part.contains(&offset),
        _ => page == 1,
    };
    let title = document
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| document.id.clone());
    let published = document.published.map(DateView::day);
    let mut description = title.clone();
    if let Some(publisher) = &document.publisher {
        description.push_str(&format!(", {publisher}"));
    }
    if let Some(date) = &published {
        description.push_str(&format!(", {}", date.human));
    }
    description.push_str(&format!(
        ": the article, with the {} it reports.",
        if events.len() == 1 { "event" } else { "events" }
    ));
    let mut layout = Layout::new(
        &urls,
        &paged_title(&title, page),
        description,
        &page_path(&path, page),
        "documents",
    );
    layout.og_type = "article";
    let cited: Vec<CitedEvent> = events
        .iter()
        .filter(on_this_page)
        .map(|event| CitedEvent {
            title: event.title.clone(),
            href: urls.event(&event.id),
            date: DateView::event(event.date, event.approximate),
            sentence_href: first_sentence(event)
                .map(|offset| format!("#s-{offset}"))
                .unwrap_or_default(),
        })
        .collect();
    let page = DocumentPage {
        layout,
        id: document.id.clone(),
        title,
        publisher: document.publisher.clone(),
        published,
        published_inferred: document.published_origin == Some(DateOrigin::Inferred),
        url_is_link: document.url.as_deref().is_some_and(is_web_address),
        url: document.url.clone(),
        status: document.status.label(),
        reason: match &document.status {
            LoadStatus::Loaded => None,
            LoadStatus::Skipped(reason) => Some(reason.clone()),
            LoadStatus::Missing => Some(
                "the manifest names this file, but the corpus folder does not have it".to_string(),
            ),
        },
        paragraphs: paragraphs(document, &spans, part),
        events: cited,
        total_events: events.len(),
        marked: spans.len(),
        part: (parts.len() > 1).then_some((page, parts.len())),
        pager: pager::parts(parts.len(), page, |n| urls.path(&page_path(&path, n))),
    };
    render(&page, StatusCode::OK)
}

/// One article in the index.
#[derive(Debug, Clone)]
pub struct DocumentEntry {
    /// The headline (the file name when there is none).
    pub title: String,
    /// The article's page.
    pub href: String,
    /// Who published it, if known.
    pub publisher: Option<String>,
    /// When it was published, if known.
    pub published: Option<DateView>,
    /// Whether that date was inferred from the text.
    pub published_inferred: bool,
    /// "loaded", "skipped" or "missing".
    pub status: &'static str,
    /// How many events it reports.
    pub events: usize,
}

/// The index of all articles.
#[derive(Template)]
#[template(path = "documents.html")]
pub struct DocumentsPage {
    /// The page's frame.
    pub layout: Layout,
    /// This page's articles, by publication date.
    pub documents: Vec<DocumentEntry>,
    /// Links to the other pages.
    pub pager: Option<Pager>,
}

/// The articles of a store, by publication date.
pub fn sorted(store: &Store) -> Vec<&Document> {
    let mut documents: Vec<&Document> = store.documents().iter().collect();
    documents.sort_by(|a, b| a.published.cmp(&b.published).then_with(|| a.id.cmp(&b.id)));
    documents
}

/// The index entries of some articles.
pub fn entries(documents: &[&Document], store: &Store, urls: &Urls) -> Vec<DocumentEntry> {
    documents
        .iter()
        .map(|d| DocumentEntry {
            title: d
                .title
                .clone()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| d.id.clone()),
            href: urls.document(&d.id),
            publisher: d.publisher.clone(),
            published: d.published.map(DateView::day),
            published_inferred: d.published_origin == Some(DateOrigin::Inferred),
            status: d.status.label(),
            events: store.document_postings(&d.id).len(),
        })
        .collect()
}

/// `GET /documents?page=`
pub async fn documents(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let path = "/documents";
    let page = match pager::requested(raw.as_deref(), path, &urls) {
        Ok(page) => page,
        Err(response) => return *response,
    };
    let all = sorted(&store);
    let total = all.len();
    if page > pager::count(total) {
        return pager::past_end(&urls, page, pager::count(total), |n| {
            urls.path(&page_path(path, n))
        });
    }
    let documents = entries(pager::slice(&all, page), &store, &urls);
    let layout = Layout::new(
        &urls,
        &paged_title("Articles", page),
        format!(
            "The {} the Armenia–CSTO timeline is read from.",
            format::count(total, "article", "articles")
        ),
        &page_path(path, page),
        "documents",
    );
    render(
        &DocumentsPage {
            layout,
            documents,
            pager: pager::pager(total, page, |n| urls.path(&page_path(path, n))),
        },
        StatusCode::OK,
    )
}
