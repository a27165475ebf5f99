//! What a page says about itself: headline, publisher, canonical address and
//! publication date, read from its JSON-LD `NewsArticle`, then its Open Graph
//! tags, then its other meta tags, in that order, each with where it came
//! from.
//!
//! The order is that of reliability: JSON-LD is written for search engines
//! and names the article's own fields; Open Graph is written for link
//! previews and is usually right; plain meta tags vary by content system.
//! The page's `<title>` and first `<h1>` are last resorts for the headline,
//! since `<title>` usually carries the site's name too.

use std::collections::HashMap;

use chrono::NaiveDate;
use dom_query::Document;
use serde_json::Value;

use super::dates::parse_date;
use super::{Field, FieldSource};

/// The metadata of one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<Field<String>>,
    pub publisher: Option<Field<String>>,
    pub url: Option<Field<String>>,
    pub published: Option<Field<NaiveDate>>,
    /// The page is an AMP version (`<html amp>` or `<html ⚡>`).
    pub amp: bool,
}

/// Reads the metadata of a parsed page. `page_url` is where the page was
/// fetched from, if it was: relative addresses are resolved against it.
pub fn read(document: &Document, raw_html: &str, page_url: Option<&str>) -> PageMeta {
    let json_ld = json_ld_article(document);
    let tags = meta_tags(document);
    let tag = |names: &[&str]| -> Option<String> {
        names
            .iter()
            .find_map(|name| tags.get(*name).filter(|v| !v.is_empty()).cloned())
    };
    let html = document.select("html");
    let amp = html.has_attr("amp") || html.has_attr("⚡");
    // Where the page itself says it lives, or was saved from: the base for
    // relative addresses when it was not fetched.
    let saved_from = saved_from_comment(raw_html);
    let base = page_url.map(str::to_owned).or_else(|| saved_from.clone());
    let absolute = |raw: &str| absolute_url(raw, base.as_deref());

    let mut meta = PageMeta {
        amp,
        ..PageMeta::default()
    };

    // Headline.
    meta.title = json_ld
        .as_ref()
        .and_then(|a| string_field(a, &["headline", "name"]))
        .map(|v| Field::new(v, FieldSource::JsonLd))
        .or_else(|| tag(&["og:title"]).map(|v| Field::new(v, FieldSource::OpenGraph)))
        .or_else(|| {
            tag(&["title", "dc.title", "dcterms.title", "twitter:title"])
                .map(|v| Field::new(v, FieldSource::Meta))
        });

    // Publisher.
    meta.publisher = json_ld
        .as_ref()
        .and_then(|a| a.get("publisher"))
        .and_then(|p| name_of(p, &json_ld_nodes(document)))
        .map(|v| Field::new(v, FieldSource::JsonLd))
        .or_else(|| tag(&["og:site_name"]).map(|v| Field::new(v, FieldSource::OpenGraph)))
        .or_else(|| {
            tag(&[
                "application-name",
                "publisher",
                "dc.publisher",
                "dcterms.publisher",
                "cxenseparse:sitename",
            ])
            .map(|v| Field::new(v, FieldSource::Meta))
        });

    // Canonical address. An AMP page must point at its canonical page with
    // `<link rel="canonical">`, which is then the article's address whatever
    // the other tags say (they often repeat the AMP address).
    let canonical_link = document
        .select("link[rel~=canonical]")
        .attr("href")
        .and_then(|href| absolute(&href));
    let json_ld_url = json_ld.as_ref().and_then(|a| {
        string_field(a, &["url"])
            .or_else(|| a.get("mainEntityOfPage").and_then(id_or_string))
            .and_then(|u| absolute(&u))
    });
    let og_url = tag(&["og:url"]).and_then(|u| absolute(&u));
    meta.url = if amp {
        canonical_link
            .clone()
            .map(|u| Field::new(u, FieldSource::CanonicalLink))
    } else {
        None
    }
    .or_else(|| json_ld_url.map(|u| Field::new(u, FieldSource::JsonLd)))
    .or_else(|| og_url.map(|u| Field::new(u, FieldSource::OpenGraph)))
    .or_else(|| canonical_link.map(|u| Field::new(u, FieldSource::CanonicalLink)))
    .or_else(|| {
        page_url
            .and_then(&absolute)
            .map(|u| Field::new(u, FieldSource::PageAddress))
    })
    .or_else(|| {
        saved_from
            .as_deref()
            .and_then(&absolute)
            .map(|u| Field::new(u, FieldSource::SavedFrom))
    });

    // Publication date.
    meta.published = json_ld
        .as_ref()
        .and_then(|a| string_field(a, &["datePublished", "dateCreated"]))
        .and_then(|d| parse_date(&d))
        .map(|d| Field::new(d, FieldSource::JsonLd))
        .or_else(|| {
            tag(&["article:published_time", "og:published_time"])
                .and_then(|d| parse_date(&d))
                .map(|d| Field::new(d, FieldSource::OpenGraph))
        })
        .or_else(|| {
            [
                "datepublished",
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "date",
                "dc.date",
                "dc.date.issued",
                "dcterms.created",
                "dcterms.issued",
                "article.published",
                "parsely-pub-date",
                "sailthru.date",
            ]
            .iter()
            .find_map(|name| tags.get(*name).and_then(|d| parse_date(d)))
            .or_else(|| {
                document
                    .select("time[pubdate], time[itemprop=datePublished]")
                    .attr("datetime")
                    .and_then(|d| parse_date(&d))
            })
            .map(|d| Field::new(d, FieldSource::Meta))
        });

    // The headline as a last resort: the page's title less the site's name,
    // or its first top-level heading.
    if meta.title.is_none() {
        let title = clean(&document.select("head title").text());
        let site = meta.publisher.as_ref().map(|p| p.value.as_str());
        meta.title = (!title.is_empty())
            .then(|| Field::new(strip_site_name(&title, site), FieldSource::HtmlTitle))
            .or_else(|| {
                let h1 = clean(&document.select("h1").first().text());
                (!h1.is_empty()).then(|| Field::new(h1, FieldSource::Heading))
            });
    }
    meta
}

/// Every `<meta>` tag by its lowercased `property`, `name` or `itemprop`;
/// the first of each name wins, as browsers and crawlers read them.
fn meta_tags(document: &Document) -> HashMap<String, String> {
    let mut tags = HashMap::new();
    for tag in document.select("meta").iter() {
        let Some(content) = tag.attr("content") else {
            continue;
        };
        let content = clean(&content);
        for key in ["property", "name", "itemprop"] {
            if let Some(name) = tag.attr(key) {
                tags.entry(name.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.clone());
            }
        }
    }
    tags
}

/// Every JSON object of the page's JSON-LD blocks, flattened out of arrays
/// and `@graph`s.
fn json_ld_nodes(document: &Document) -> Vec<Value> {
    let mut nodes = Vec::new();
    for script in document.select("script").iter() {
        let kind = script.attr("type").unwrap_or_default().to_ascii_lowercase();
        if kind.trim() != "application/ld+json" {
            continue;
        }
        let text = script.text();
        // Content systems wrap it in CDATA or HTML comments now and then.
        let text = text
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>")
            .trim_start_matches("<!--")
            .trim_end_matches("-->");
        if let Ok(value) = serde_json::from_str::<Value>(text) {
            flatten(value, &mut nodes);
        }
    }
    nodes
}

fn flatten(value: Value, into: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| flatten(v, into)),
        Value::Object(mut object) => {
            if let Some(graph) = object.remove("@graph") {
                flatten(graph, into);
            }
            into.push(Value::Object(object));
        }
        _ => {}
    }
}

/// The page's article node: a `NewsArticle` (or one of its kinds) before
/// any other `Article` or blog post.
fn json_ld_article(document: &Document) -> Option<Value> {
    let nodes = json_ld_nodes(document);
    let rank = |node: &Value| -> Option<u8> {
        let types: Vec<&str> = match node.get("@type")? {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => return None,
        };
        types
            .iter()
            .filter_map(|t| match *t {
                "NewsArticle" => Some(0),
                t if t.ends_with("NewsArticle") => Some(1),
                "Article" | "ReportageNewsArticle" => Some(2),
                "BlogPosting" | "LiveBlogPosting" | "SocialMediaPosting" => Some(3),
                t if t.ends_with("Article") => Some(3),
                _ => None,
            })
            .min()
    };
    nodes
        .iter()
        .filter_map(|node| Some((rank(node)?, node)))
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, node)| node.clone())
}

/// The first of `keys` that holds text (or a list whose first item does).
fn string_field(node: &Value, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| {
        let value = node.get(*key)?;
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Array(items) => items.first()?.as_str()?.to_owned(),
            _ => return None,
        };
        let text = clean(&text);
        (!text.is_empty()).then_some(text)
    })
}

fn id_or_string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o
            .get("@id")
            .or_else(|| o.get("url"))
            .and_then(Value::as_str)
            .map(str::to_owned),
        _ => None,
    }
}

/// The name of a publisher given as text, an object, a list of either, or
/// a reference (`{"@id": ...}`) to a node elsewhere in the page.
fn name_of(value: &Value, nodes: &[Value]) -> Option<String> {
    match value {
        Value::String(s) => Some(clean(s)).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(|v| name_of(v, nodes)),
        Value::Object(object) => string_field(value, &["name"]).or_else(|| {
            let id = object.get("@id")?.as_str()?;
            let node = nodes.iter().find(|n| {
                n.get("@id").and_then(Value::as_str) == Some(id) && n.get("name").is_some()
            })?;
            string_field(node, &["name"])
        }),
        _ => None,
    }
}

/// The address in the comment a browser leaves on a saved page
/// (`<!-- saved from url=(0042)https://... -->`).
fn saved_from_comment(html: &str) -> Option<String> {
    let head = &html[..floor_char_boundary(html, 4096)];
    let start = head.find("saved from url=")? + "saved from url=".len();
    let rest = &head[start..];
    let rest = rest
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .map_or(rest, |(_, r)| r);
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let url = rest[..end].trim_end_matches("-->");
    Some(url.to_owned()).filter(|u| u.starts_with("http"))
}

pub(super) fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// An absolute http(s) address, resolved against `base` when relative;
/// `None` for anything else (a `javascript:` link, a relative address with
/// nothing to resolve it against).
pub fn absolute_url(raw: &str, base: Option<&str>) -> Option<String> {
    let raw = raw.trim();
    let parsed = match url::Url::parse(raw) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            url::Url::parse(base?).ok()?.join(raw).ok()?
        }
        Err(_) => return None,
    };
    matches!(parsed.scheme(), "http" | "https").then(|| parsed.to_string())
}

/// Text with its whitespace collapsed and its HTML entities, which some
/// content systems escape twice, decoded.
pub fn clean(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.contains('&') {
        let decoded = Document::fragment(collapsed.as_str()).text();
        return decoded.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    collapsed
}

/// "Armenia freezes CSTO role | Caucasus Wire" less " | Caucasus Wire".
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(separator) {
            let is_site = site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim()))
                || tail.split_whitespace().count() <= 3 && head.split_whitespace().count() >= 4;
            if is_site {
                return head.trim().to_owned();
            }
        }
    }
    title.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_name_is_not_part_of_the_headline() {
        assert_eq!(
            strip_site_name("Armenia freezes its CSTO role | Caucasus Wire", None),
            "Armenia freezes its CSTO role"
        );
        assert_eq!(
            strip_site_name("Pashinyan - a profile of the prime minister", Some("Wire")),
            "Pashinyan - a profile of the prime minister"
        );
    }

    #[test]
    fn a_saved_page_says_where_it_was_saved_from() {
        assert_eq!(
            saved_from_comment(
                "<!DOCTYPE html>\n<!-- saved from url=(0032)https://example.org/a-b.html -->\n<html>"
            ),
            Some("https://example.org/a-b.html".to_owned())
        );
        assert_eq!(saved_from_comment("<html>"), None);
    }

    #[test]
    fn addresses_are_absolute_http() {
        assert_eq!(
            absolute_url("/news/1", Some("https://example.org/a/")).as_deref(),
            Some("https://example.org/news/1")
        );
        assert_eq!(absolute_url("/news/1", None), None);
        assert_eq!(absolute_url("javascript:void(0)", None), None);
    }
}
