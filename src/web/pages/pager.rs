//! Pages of a long list. Every page that lists events, articles, actors or
//! topics shows at most [`PAGE_SIZE`] of them, chosen by a `page=` query
//! parameter, with plain links to the other pages: it works without script
//! and keeps every page small whatever the size of the corpus.
//!
//! Page 1 has no parameter, so a list has one address per page. A page
//! number that is not a number is a 400 naming it; a page past the end is a
//! 404 that links to the first and the last page.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::{Layout, NotFoundPage, render};
use crate::web::format::{Urls, with_query};
use crate::web::params::{PAGE_SIZE, Problem, parse_window};

/// How many numbered links the pager shows around the current page.
const AROUND: usize = 2;

/// One link of the pager.
#[derive(Debug, Clone)]
pub struct PageLink {
    /// The page number, or 0 for a gap ("…").
    pub number: usize,
    /// Its address; none for the current page and for gaps.
    pub href: Option<String>,
}

/// The links between the pages of a list.
#[derive(Debug, Clone)]
pub struct Pager {
    /// The current page, from 1.
    pub page: usize,
    /// How many pages there are.
    pub pages: usize,
    /// The first item shown, from 1.
    pub first: usize,
    /// The last item shown.
    pub last: usize,
    /// How many items the whole list has.
    pub total: usize,
    /// Where this page is, for people: "Page 2 of 5: 101–200 of 430".
    pub status: String,
    /// The previous page, if any.
    pub prev: Option<String>,
    /// The next page, if any.
    pub next: Option<String>,
    /// The first, the last and the pages around the current one, with gaps.
    pub links: Vec<PageLink>,
}

/// How many pages a list of `total` items takes (at least one, even empty).
pub fn count(total: usize) -> usize {
    total.div_ceil(PAGE_SIZE).max(1)
}

/// The items of page `page` (from 1); empty past the end.
pub fn slice<T>(items: &[T], page: usize) -> &[T] {
    let start = page.saturating_sub(1).saturating_mul(PAGE_SIZE);
    let end = start.saturating_add(PAGE_SIZE).min(items.len());
    items.get(start..end).unwrap_or_default()
}

/// The page on which the item at `position` (from 0) is shown.
pub fn page_of(position: usize) -> usize {
    position / PAGE_SIZE + 1
}

/// The pager of page `page` of `total` items, or none when they fit on one
/// page; `href` gives the address of a page.
pub fn pager(total: usize, page: usize, href: impl Fn(usize) -> String) -> Option<Pager> {
    let pages = count(total);
    let first = page.saturating_sub(1).saturating_mul(PAGE_SIZE) + 1;
    let last = page.saturating_mul(PAGE_SIZE).min(total);
    let status = format!("Page {page} of {pages}: {first}–{last} of {total}");
    let mut pager = numbered(pages, page, href)?;
    pager.first = first;
    pager.last = last;
    pager.total = total;
    pager.status = status;
    Some(pager)
}

/// The pager of part `page` of a text shown in `pages` parts, or none when
/// it is shown whole.
pub fn parts(pages: usize, page: usize, href: impl Fn(usize) -> String) -> Option<Pager> {
    numbered(pages, page, href)
}

fn numbered(pages: usize, page: usize, href: impl Fn(usize) -> String) -> Option<Pager> {
    if pages <= 1 || page > pages || page == 0 {
        return None;
    }
    let mut links = Vec::new();
    let mut last_shown = 0;
    for number in 1..=pages {
        let near = number.abs_diff(page) <= AROUND;
        if number == 1 || number == pages || near {
            if number > last_shown + 1 {
                links.push(PageLink {
                    number: 0,
                    href: None,
                });
            }
            links.push(PageLink {
                number,
                href: (number != page).then(|| href(number)),
            });
            last_shown = number;
        }
    }
    Some(Pager {
        page,
        pages,
        first: 0,
        last: 0,
        total: 0,
        status: format!("Part {page} of {pages}"),
        prev: (page > 1).then(|| href(page - 1)),
        next: (page < pages).then(|| href(page + 1)),
        links,
    })
}

/// The address of page `page` of the list at `path`.
pub fn page_path(path: &str, page: usize) -> String {
    if page <= 1 {
        path.to_string()
    } else {
        with_query(path, &format!("page={page}"))
    }
}

/// The page a list at `path` (under the base) was asked for; or the answer
/// to give instead: a 400 naming a bad page number, or a redirect to the
/// canonical address of the page (`?page=1` is the page without a number).
pub fn requested(raw: Option<&str>, path: &str, urls: &Urls) -> Result<usize, Box<Response>> {
    let raw = raw.unwrap_or("");
    if raw.is_empty() {
        return Ok(1);
    }
    let (page, _, problems) = parse_window(raw);
    let problems: Vec<Problem> = problems
        .into_iter()
        .filter(|p| p.message.starts_with("page="))
        .collect();
    if !problems.is_empty() {
        return Err(Box::new(not_understood(urls, &problems, path)));
    }
    let asks_page = form_urlencoded::parse(raw.as_bytes()).any(|(key, _)| key == "page");
    let canonical = if page > 1 {
        format!("page={page}")
    } else {
        String::new()
    };
    if asks_page && raw != canonical {
        return Err(Box::new(
            Redirect::to(&urls.path(&page_path(path, page))).into_response(),
        ));
    }
    Ok(page)
}

/// 404 for a page past the end of a list, with links to its first and last
/// page; `href` gives the address of a page.
pub fn past_end(
    urls: &Urls,
    page: usize,
    pages: usize,
    href: impl Fn(usize) -> String,
) -> Response {
    let message = format!(
        "There is no page {page} here: {}.",
        if pages == 1 {
            "there is one page".to_string()
        } else {
            format!("the pages are numbered 1 to {pages}")
        }
    );
    let links = vec![
        ("The first page".to_string(), href(1)),
        (format!("The last page, page {pages}"), href(pages)),
    ];
    problem_page(urls, "Not found", message, links, StatusCode::NOT_FOUND)
}

/// 400 for query values a page does not understand, each named with what
/// would be accepted.
pub fn not_understood(urls: &Urls, problems: &[Problem], path: &str) -> Response {
    let message = problems
        .iter()
        .map(|p| format!("{}: {}.", p.message, p.hint))
        .collect::<Vec<_>>()
        .join(" ");
    let links = vec![("The first page".to_string(), urls.path(path))];
    problem_page(
        urls,
        "Not understood",
        message,
        links,
        StatusCode::BAD_REQUEST,
    )
}

fn problem_page(
    urls: &Urls,
    heading: &str,
    message: String,
    mut links: Vec<(String, String)>,
    status: StatusCode,
) -> Response {
    links.push(("The whole timeline".to_string(), urls.path("/")));
    let mut layout = Layout::new(urls, heading, message.clone(), "/", "");
    layout.canonical.clear();
    render(
        &NotFoundPage {
            layout,
            heading: heading.to_string(),
            message,
            links,
        },
        status,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_hold_a_page_size_each_and_the_last_the_rest() {
        let items: Vec<usize> = (0..250).collect();
        assert_eq!(count(0), 1);
        assert_eq!(count(100), 1);
        assert_eq!(count(101), 2);
        assert_eq!(slice(&items, 1).len(), 100);
        assert_eq!(slice(&items, 3), &items[200..]);
        assert!(slice(&items, 4).is_empty());
        assert!(slice(&items, usize::MAX).is_empty());
        assert_eq!(page_of(0), 1);
        assert_eq!(page_of(100), 2);
    }

    #[test]
    fn the_pager_links_the_ends_and_the_neighbourhood() {
        let pager = pager(1000, 5, |n| format!("/?page={n}")).unwrap();
        let numbers: Vec<usize> = pager.links.iter().map(|l| l.number).collect();
        assert_eq!(numbers, [1, 0, 3, 4, 5, 6, 7, 0, 10]);
        assert!(
            pager
                .links
                .iter()
                .all(|l| (l.number == 5) == (l.href.is_none() && l.number != 0))
        );
        assert_eq!(pager.prev.as_deref(), Some("/?page=4"));
        assert_eq!(pager.next.as_deref(), Some("/?page=6"));
        assert_eq!((pager.first, pager.last), (401, 500));
        assert!(super::pager(100, 1, |n| n.to_string()).is_none());
    }
}
