//! The Atom feed of a view: one entry per event, newest first, XML escaped
//! and cleared of characters XML cannot hold.

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use super::{Format, NAME, citations, corpus_stamp, insight_lines};
use crate::model::Event;
use crate::store::Store;
use crate::web::format::{DateView, Urls, segment, with_query};
use crate::web::pages::describe;
use crate::web::params::View;

/// Escapes text for XML, dropping characters XML 1.0 cannot hold.
pub fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn atom_time(day: NaiveDate) -> String {
    format!("{}T00:00:00Z", day.format("%Y-%m-%d"))
}

/// Atom for feed readers.
pub struct Atom;

impl Format for Atom {
    const CONTENT_TYPE: &'static str = "application/atom+xml; charset=utf-8";
    const EXTENSION: Option<&'static str> = None;
    const NEWEST_FIRST: bool = true;

    fn head(&self, view: &View, store: &Store, urls: &Urls) -> String {
        let query = view.first_page().query_string();
        let words = describe(view, store);
        let title = if words.is_empty() {
            NAME.to_string()
        } else {
            format!("{words} — {NAME}")
        };
        let feed_path = with_query("/feed.atom", &query);
        let id = match urls.absolute(&feed_path) {
            Some(url) => url,
            None if query.is_empty() => "urn:csto-timeline:feed".to_string(),
            None => {
                let digest = Sha256::digest(query.as_bytes());
                let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
                format!("urn:csto-timeline:feed:{hex}")
            }
        };
        let mut out = String::new();
        out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        out.push_str(&format!("  <title>{}</title>\n", xml_text(&title)));
        out.push_str(&format!(
        "  <subtitle>Dated events in Armenia's relations with the CSTO, read from news articles{}</subtitle>\n",
        if words.is_empty() { String::new() } else { xml_text(&format!(": {words}")) }
    ));
        out.push_str(&format!("  <id>{}</id>\n", xml_text(&id)));
        out.push_str(&format!(
            "  <updated>{}</updated>\n",
            atom_time(corpus_stamp(store))
        ));
        out.push_str(&format!(
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
            xml_text(&urls.best(&feed_path))
        ));
        out.push_str(&format!(
            "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml_text(&urls.best(&with_query("/", &query)))
        ));
        out.push_str(&format!(
            "  <author><name>{}</name></author>\n",
            xml_text(NAME)
        ));
        out.push_str("  <generator>csto-timeline</generator>\n");
        out
    }

    fn entry(&self, event: &Event, store: &Store, urls: &Urls, out: &mut String) {
        let updated = event
            .sources
            .iter()
            .filter_map(|s| store.document(&s.document).and_then(|d| d.published))
            .max()
            .unwrap_or_else(|| event.date.last_day());
        let date = DateView::event(event.date, event.approximate).human;
        let mut summary = vec![format!("{date}: {}", event.title)];
        summary.extend(insight_lines(event, store));
        summary.extend(citations(event, store));
        out.push_str("  <entry>\n");
        out.push_str(&format!(
            "    <id>urn:csto-timeline:event:{}</id>\n",
            xml_text(&event.id)
        ));
        out.push_str(&format!(
            "    <title>{}</title>\n",
            xml_text(&format!("{date}: {}", event.title))
        ));
        out.push_str(&format!("    <updated>{}</updated>\n", atom_time(updated)));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml_text(&urls.best(&format!("/events/{}", segment(&event.id))))
        ));
        for id in &event.topics {
            if let Some(topic) = store.topic(id) {
                out.push_str(&format!(
                    "    <category term=\"{}\" label=\"{}\"/>\n",
                    xml_text(&topic.id),
                    xml_text(&topic.name)
                ));
            }
        }
        out.push_str(&format!(
            "    <summary type=\"text\">{}</summary>\n",
            xml_text(&summary.join("\n\n"))
        ));
        out.push_str("  </entry>\n");
    }

    fn tail(&self) -> &'static str {
        "</feed>\n"
    }
}
