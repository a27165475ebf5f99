//! `csto-timeline import`: a corpus built from what researchers have, saved
//! web pages, RSS/Atom/JSON feeds and lists of links, instead of hand-made
//! text files and a hand-written manifest.
//!
//! Stages, a file each: [`source`] says what each SOURCE is; [`fetch`]
//! gets pages and feeds over HTTP(S); [`meta`] reads a page's headline,
//! publisher, address and date from its metadata; [`text`] keeps only its
//! article text; [`feed`] turns feed items into articles or links to them;
//! [`writer`] puts the articles and their manifest entries into the corpus
//! folder, all or nothing. Everything is read and fetched first, then
//! written: a source that fails is skipped with its reason and never leaves
//! half an article behind.

mod dates;
mod feed;
pub mod fetch;
mod meta;
mod source;
mod text;
mod writer;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;

use crate::progress::{Phase, Progress, Reporter};
pub use fetch::{FetchOptions, USER_AGENT};
use source::Source;
pub use writer::WriteError;

/// A value and where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<T> {
    pub value: T,
    pub from: FieldSource,
}

impl<T> Field<T> {
    pub fn new(value: T, from: FieldSource) -> Field<T> {
        Field { value, from }
    }
}

/// Where a field of an article was read, as recorded in the manifest's
/// `from` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldSource {
    /// The page's JSON-LD `NewsArticle` (or other `Article`).
    JsonLd,
    /// The page's Open Graph tags (`og:*`, `article:published_time`).
    OpenGraph,
    /// The page's other meta tags (`<meta name=...>`, `<time pubdate>`).
    Meta,
    /// `<link rel="canonical">`.
    CanonicalLink,
    /// The page's `<title>`, less the site's name.
    HtmlTitle,
    /// The page's first `<h1>`.
    Heading,
    /// The feed item (or, for the publisher, the feed's title).
    Feed,
    /// The address the page was fetched from.
    PageAddress,
    /// The address a browser noted when saving the page.
    SavedFrom,
}

impl FieldSource {
    pub fn label(self) -> &'static str {
        match self {
            FieldSource::JsonLd => "json-ld",
            FieldSource::OpenGraph => "open-graph",
            FieldSource::Meta => "meta",
            FieldSource::CanonicalLink => "canonical-link",
            FieldSource::HtmlTitle => "html-title",
            FieldSource::Heading => "heading",
            FieldSource::Feed => "feed",
            FieldSource::PageAddress => "page-address",
            FieldSource::SavedFrom => "saved-from",
        }
    }

    /// Sources that only stand in for the real field: a feed item's own
    /// value is better than these.
    fn is_fallback(self) -> bool {
        matches!(
            self,
            FieldSource::HtmlTitle
                | FieldSource::Heading
                | FieldSource::PageAddress
                | FieldSource::SavedFrom
        )
    }
}

/// One article, ready to be written.
#[derive(Debug, Clone)]
pub struct Article {
    /// Where it came from (a file or an address), for the summary.
    pub origin: String,
    /// The article text, a paragraph to a line.
    pub text: String,
    pub title: Option<Field<String>>,
    pub publisher: Option<Field<String>>,
    pub url: Option<Field<String>>,
    pub published: Option<Field<NaiveDate>>,
}

/// How an import runs.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Read files only: refuse addresses, and skip feed items that only
    /// link to their article.
    pub offline: bool,
    pub fetch: FetchOptions,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            offline: false,
            fetch: FetchOptions {
                delay: Duration::from_secs(1),
                timeout: Duration::from_secs(30),
                max_bytes: 5 * 1024 * 1024,
            },
        }
    }
}

/// What became of one article or source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Imported {
        file: String,
        origin: String,
    },
    Updated {
        file: String,
        origin: String,
        what: String,
    },
    Unchanged {
        file: String,
        origin: String,
        why: String,
    },
    Skipped {
        origin: String,
        reason: String,
    },
}

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub outcomes: Vec<Outcome>,
}

impl Report {
    fn count(&self, kind: fn(&Outcome) -> bool) -> usize {
        self.outcomes.iter().filter(|o| kind(o)).count()
    }

    pub fn imported(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Imported { .. }))
    }

    pub fn updated(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Updated { .. }))
    }

    pub fn unchanged(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Unchanged { .. }))
    }

    pub fn skipped(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Skipped { .. }))
    }

    /// The summary printed at the end: one line per article or source, then
    /// the counts.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        for outcome in &self.outcomes {
            let line = match outcome {
                Outcome::Imported { file, origin } => format!("imported   {file}  <- {origin}"),
                Outcome::Updated { file, origin, what } => {
                    format!("updated    {file}  <- {origin} ({what})")
                }
                Outcome::Unchanged { file, origin, why } => {
                    format!("unchanged  {file}  <- {origin} ({why})")
                }
                Outcome::Skipped { origin, reason } => format!("skipped    {origin}: {reason}"),
            };
            out.push_str(&line);
            out.push('\n');
        }
        out.push_str(&format!(
            "{} imported, {} updated, {} unchanged, {} skipped",
            self.imported(),
            self.updated(),
            self.unchanged(),
            self.skipped()
        ));
        if self.imported() + self.updated() == 0 {
            out.push_str(": the corpus is unchanged");
        }
        out.push('\n');
        out
    }
}

/// Why an import stopped before writing anything.
pub type ImportError = WriteError;

/// Imports `sources` into the corpus folder `corpus` (created if needed).
/// A source that cannot be imported is skipped with its reason; the corpus
/// is only left as it was when it cannot be written at all.
pub fn import(
    corpus: &Path,
    sources: &[String],
    options: &ImportOptions,
    progress: &Progress,
) -> Result<Report, ImportError> {
    let mut collector = Collector::new(options, progress);
    progress.start(Phase::Importing, Some(sources.len()));
    collector.queue = sources.iter().cloned().map(Task::Source).collect();
    collector.run();
    let Collector {
        articles, skipped, ..
    } = collector;
    let mut outcomes = writer::write(corpus, articles)?;
    outcomes.extend(skipped);
    progress.start(Phase::Done, None);
    Ok(Report { outcomes })
}

/// The command: imports, shows a progress bar meanwhile, prints the
/// summary, and fails when sources were given but nothing could be
/// imported.
pub fn run_command(
    corpus: Option<&Path>,
    sources: &[String],
    options: &ImportOptions,
) -> Result<(), String> {
    let corpus = corpus.ok_or(
        "import needs --corpus DIR (or TIMELINE_CORPUS): the folder to write the articles \
         and corpus.toml into",
    )?;
    let progress = Progress::new();
    let reporter = Reporter::start(progress.clone());
    let report = import(corpus, sources, options, &progress);
    drop(reporter);
    let report = report.map_err(|e| e.to_string())?;
    print!("{}", report.summary());
    if report.imported() + report.updated() + report.unchanged() == 0 {
        return Err(format!(
            "nothing could be imported from {} source{} (see the reasons above)",
            sources.len(),
            if sources.len() == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

/// One thing to read, fetch or expand.
enum Task {
    /// A SOURCE from the command line, or a file of a folder.
    Source(String),
    /// An address, from the command line or a list; a feed item's link
    /// carries the item, whose fields fill in what the page lacks.
    Url(String, Option<Box<feed::Item>>),
    /// A feed item that carries its article.
    FeedItem(String, Box<feed::Item>),
}

struct Collector<'a> {
    options: &'a ImportOptions,
    progress: &'a Progress,
    fetcher: Option<fetch::Fetcher>,
    queue: VecDeque<Task>,
    articles: Vec<Article>,
    skipped: Vec<Outcome>,
}

impl<'a> Collector<'a> {
    fn new(options: &'a ImportOptions, progress: &'a Progress) -> Collector<'a> {
        Collector {
            options,
            progress,
            fetcher: None,
            queue: VecDeque::new(),
            articles: Vec::new(),
            skipped: Vec::new(),
        }
    }

    fn run(&mut self) {
        while let Some(task) = self.queue.pop_front() {
            let (origin, result) = match task {
                Task::Source(raw) => {
                    let result = self.source(&raw);
                    (raw, result)
                }
                Task::Url(url, item) => {
                    let result = self.url(&url, item.as_deref());
                    (url, result)
                }
                Task::FeedItem(origin, item) => {
                    let result = match item.body.clone() {
                        feed::Body::Full(text) => {
                            self.articles.push(article_of_item(&origin, *item, text));
                            Ok(())
                        }
                        feed::Body::Link(_) => Ok(()),
                    };
                    (origin, result)
                }
            };
            if let Err(reason) = result {
                self.skipped.push(Outcome::Skipped { origin, reason });
            }
            self.progress.advance();
        }
    }

    fn push(&mut self, tasks: Vec<Task>) {
        self.progress.add_to_total(tasks.len());
        // Depth first: a folder's or a feed's articles come before the next
        // source, so the summary reads in the order given.
        for task in tasks.into_iter().rev() {
            self.queue.push_front(task);
        }
    }

    fn source(&mut self, raw: &str) -> Result<(), String> {
        match source::classify(raw, self.options.fetch.max_bytes)? {
            Source::Url(url) => self.url(&url, None),
            Source::Folder(folder) => {
                let files = source::folder_files(&folder)?;
                if files.is_empty() {
                    return Err(
                        "the folder has no saved pages or feeds (*.html, *.htm, *.xml, \
                                *.rss, *.atom, *.json, *.urls)"
                            .to_owned(),
                    );
                }
                self.push(
                    files
                        .into_iter()
                        .map(|f| Task::Source(f.display().to_string()))
                        .collect(),
                );
                Ok(())
            }
            Source::UrlList(path) => {
                let urls = source::read_url_list(&path)?;
                self.push(urls.into_iter().map(|u| Task::Url(u, None)).collect());
                Ok(())
            }
            Source::Page(path) => {
                let bytes = read_file(&path)?;
                let html = source::decode_html(&bytes, None);
                let article = page_article(&html, None, raw.to_owned(), None)?;
                self.articles.push(article);
                Ok(())
            }
            Source::Feed(path) => {
                let bytes = read_file(&path)?;
                self.feed(raw, &bytes, None)
            }
        }
    }

    fn feed(&mut self, origin: &str, bytes: &[u8], base: Option<&str>) -> Result<(), String> {
        let (_, items) = feed::parse(bytes, base)?;
        if items.is_empty() {
            return Err("the feed has no items".to_owned());
        }
        let mut tasks = Vec::new();
        for item in items {
            let label = format!("{origin}: {}", item.label);
            match (&item.body, item.url.clone()) {
                (feed::Body::Full(_), _) => tasks.push(Task::FeedItem(label, Box::new(item))),
                (feed::Body::Link(_), Some(url)) if !self.options.offline => {
                    tasks.push(Task::Url(url.value, Some(Box::new(item))))
                }
                (feed::Body::Link(reason), Some(url)) => self.skipped.push(Outcome::Skipped {
                    origin: label,
                    reason: format!(
                        "{reason}; its article is at {} (import without --offline to fetch it)",
                        url.value
                    ),
                }),
                (feed::Body::Link(reason), None) => self.skipped.push(Outcome::Skipped {
                    origin: label,
                    reason: format!("{reason} and no link to its article"),
                }),
            }
        }
        self.push(tasks);
        Ok(())
    }

    fn url(&mut self, url: &str, item: Option<&feed::Item>) -> Result<(), String> {
        if self.options.offline {
            return Err("--offline: addresses are not fetched".to_owned());
        }
        let fetched = self
            .fetcher
            .get_or_insert_with(|| fetch::Fetcher::new(self.options.fetch.clone()))
            .get(url)?;
        let is_feed = match fetched.kind {
            fetch::Kind::Feed => true,
            fetch::Kind::Html => false,
            fetch::Kind::Unsure => feed::looks_like_feed(&fetched.bytes),
        };
        if is_feed {
            if item.is_some() {
                // A feed item whose link is a feed: not followed, so that
                // feeds cannot send the import round in circles.
                return Err("a feed, not the item's article page".to_owned());
            }
            return self.feed(url, &fetched.bytes, Some(&fetched.url));
        }
        let html = source::decode_html(&fetched.bytes, fetched.charset.as_deref());
        if fetched.kind == fetch::Kind::Unsure && !looks_like_html(&html) {
            return Err("answered with something that is not an HTML page or a feed".to_owned());
        }
        let article = page_article(&html, Some(&fetched.url), url.to_owned(), item)?;
        self.articles.push(article);
        Ok(())
    }
}

fn looks_like_html(text: &str) -> bool {
    let head = text[..meta::floor_char_boundary(text, 4096)].to_ascii_lowercase();
    head.contains("<html") || head.contains("<body") || head.contains("<p")
}

fn read_file(path: &PathBuf) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot be read: {e}"))
}

/// An article from a page: its metadata and main text. A feed item that
/// linked to the page fills in what the page's metadata lacks.
fn page_article(
    html: &str,
    page_url: Option<&str>,
    origin: String,
    item: Option<&feed::Item>,
) -> Result<Article, String> {
    let document = dom_query::Document::from(html);
    let meta = meta::read(&document, html, page_url);
    drop(document);
    fn pick<T: Clone>(page: Option<Field<T>>, item: Option<&Option<Field<T>>>) -> Option<Field<T>> {
        let from_item = item.and_then(|i| i.clone());
        match page {
            Some(field) if !field.from.is_fallback() => Some(field),
            page => from_item.or(page),
        }
    }
    let title = pick(meta.title, item.map(|i| &i.title));
    let text = text::page_text(html, page_url, title.as_ref().map(|t| t.value.as_str()))?;
    Ok(Article {
        origin,
        text,
        title,
        publisher: pick(meta.publisher, item.map(|i| &i.publisher)),
        url: pick(meta.url, item.map(|i| &i.url)),
        published: pick(meta.published, item.map(|i| &i.published)),
    })
}

fn article_of_item(origin: &str, item: feed::Item, text: String) -> Article {
    Article {
        origin: origin.to_owned(),
        text,
        title: item.title,
        publisher: item.publisher,
        url: item.url,
        published: item.published,
    }
}
