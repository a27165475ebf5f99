//! `corpus.toml`: what is known about each article that its text does not say.
//!
//! Every field is optional, and a file the manifest does not name still
//! loads. A manifest that does not parse is an error that names the file,
//! the line and the problem: guessing around it would silently mis-date the
//! corpus.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;

/// What the manifest says of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    #[serde(default, deserialize_with = "date_or_string")]
    pub published: Option<NaiveDate>,
    /// Where `csto-timeline import` read each field (`title = "json-ld"`,
    /// `published = "open-graph"`, ...): a record for the reader, which the
    /// loader does not otherwise use.
    pub from: Option<BTreeMap<String, String>>,
}

/// The parsed manifest: entries by file name.
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    documents: BTreeMap<String, ManifestEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    #[serde(default)]
    documents: BTreeMap<String, ManifestEntry>,
}

/// A manifest that could not be read: the file, the line and the problem.
#[derive(Debug, thiserror::Error)]
#[error("{file}, line {line}: {message}")]
pub struct ManifestError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl Manifest {
    /// Parses the manifest text; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Manifest, ManifestError> {
        let parsed: ManifestFile = toml::from_str(text).map_err(|error| {
            let line = error
                .span()
                .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1)
                .unwrap_or(1);
            ManifestError {
                file: file.to_owned(),
                line,
                message: error.message().trim().to_owned(),
            }
        })?;
        Ok(Manifest {
            documents: parsed.documents,
        })
    }

    pub fn entry(&self, file_name: &str) -> Option<&ManifestEntry> {
        self.documents.get(file_name)
    }

    pub fn entries(&self) -> impl Iterator<Item = (&String, &ManifestEntry)> {
        self.documents.iter()
    }
}

/// Accepts a TOML date (`published = 2023-09-06`) or the same in a string,
/// since both are natural to write by hand.
fn date_or_string<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Date(toml::value::Datetime),
        Text(String),
    }
    let text = match Raw::deserialize(deserializer)? {
        Raw::Date(datetime) => datetime.to_string(),
        Raw::Text(text) => text,
    };
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map(Some)
        .map_err(|_| {
            serde::de::Error::custom(format!(
                "published = {text:?} is not a date; write it as YYYY-MM-DD, e.g. 2023-09-06"
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates_bare_or_quoted_and_leaves_fields_optional() {
        let manifest = Manifest::parse(
            "corpus.toml",
            r#"
[documents."a.txt"]
title = "A"
published = 2023-09-06

[documents."b.txt"]
published = "2022-11-23"

[documents."c.txt"]
"#,
        )
        .unwrap();
        assert_eq!(
            manifest.entry("a.txt").unwrap().published,
            NaiveDate::from_ymd_opt(2023, 9, 6)
        );
        assert_eq!(
            manifest.entry("b.txt").unwrap().published,
            NaiveDate::from_ymd_opt(2022, 11, 23)
        );
        assert_eq!(manifest.entry("c.txt").unwrap(), &ManifestEntry::default());
    }

    #[test]
    fn a_broken_manifest_names_file_line_and_problem() {
        let error = Manifest::parse(
            "corpus.toml",
            "[documents.\"a.txt\"]\ntitle = \"A\"\npublished = 2023-13-45\n",
        )
        .unwrap_err();
        assert_eq!(error.file, "corpus.toml");
        assert_eq!(error.line, 3, "{error}");
        let error =
            Manifest::parse("corpus.toml", "[documents.\"a.txt\"]\ntitel = \"A\"\n").unwrap_err();
        assert_eq!(error.line, 2);
        assert!(error.to_string().contains("titel"), "{error}");
    }
}
