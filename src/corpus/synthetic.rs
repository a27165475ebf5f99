//! Synthetic corpora: deterministic, article-sized news texts for load
//! tests and benchmarks, written with a `corpus.toml` manifest.
//!
//! Real archives cannot be shipped, but the cost of loading one depends on
//! what it holds: article length, how many sentences carry dates, how many
//! happenings several articles report (what merging works on), and how much
//! prose is opinion or background. The generator imitates those shapes with
//! three kinds of article (wire copy with a dateline, state-media notes,
//! longer analysis with a reference paragraph), the actors of the bundled
//! gazetteer, topics such as summits, exercises and withdrawals, and dates
//! from 2002 to 2026 written the ways the news writes them ("on Tuesday",
//! "on March 14", "in April 2019", "in 2018").
//!
//! Everything comes from a seeded generator of our own (not `rand`, whose
//! streams may change between versions), and article `i` depends only on
//! the seed and `i`: the first thousand articles of a ten-thousand corpus
//! are the thousand-article corpus. Happenings are numbered the same way,
//! and about two articles tell each one, in different words, so a larger
//! corpus has as many reports per happening as a small one.

use std::fmt::Write as _;
use std::path::Path;

use chrono::{Datelike, Days, NaiveDate};

pub(crate) mod words;

use words::{
    ACTORS, CITIES, FILLERS, ISSUES, Kind, OUTLETS, Person, QUOTES, REFERENCES, STATES, State,
    WEAPONS,
};

/// The seed used when none is given.
pub const DEFAULT_SEED: u64 = 2024;

/// About how long an article is, in bytes, less the paragraph that takes
/// it past the mark; each varies around it (5.7 KB on average).
const TARGET_BYTES: usize = 5_550;

/// A generated article and what the manifest says of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub file_name: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    /// Left out of the manifest for a few articles, so that inference from
    /// the text is exercised too.
    pub published: Option<NaiveDate>,
    pub text: String,
}

/// What `write_corpus` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub articles: usize,
    pub bytes: u64,
}

/// Article `index` of the corpus of `seed`.
pub fn article(seed: u64, index: usize) -> Article {
    let mut rng = Rng::new(seed, 1 << 40 | index as u64);
    let style = match rng.below(10) {
        0..=4 => Style::Wire,
        5..=7 => Style::StateMedia,
        _ => Style::Analysis,
    };
    // About two articles tell each happening as their main story (article
    // `index` tells happening `index / 2`); a few more recall it as
    // background, drawn from the happenings numbered near the main one.
    let main = happening(seed, index as u64 / 2);
    let published = main.date + Days::new(rng.below(3) as u64);
    let outlet = &OUTLETS[style.outlets()][rng.below(OUTLETS[style.outlets()].len())];
    let mut writer = Writer {
        rng,
        published,
        text: String::with_capacity(TARGET_BYTES + 1_000),
        introduced: Vec::new(),
        fillers: Vec::new(),
    };
    let title = writer.headline(&main);
    let target = TARGET_BYTES - 1_200 + writer.rng.below(2_400);
    writer.open(style, outlet.name, &title);
    writer.lead(style, outlet.agency, &main);
    let mut told = vec![index as u64 / 2];
    while writer.text.len() < target {
        if told.len() < 9 && writer.rng.chance(40) {
            // Happening numbers say nothing of dates, so a window around
            // the main one is as good as any: it keeps the number of
            // articles recalling one happening the same at any corpus size.
            let number = (index as u64 / 2).saturating_sub(750) + writer.rng.below(1_500) as u64;
            let other = happening(seed, number);
            if other.date < published && !told.contains(&number) {
                writer.background(&other);
                told.push(number);
                continue;
            }
        }
        if writer.rng.chance(15) {
            writer.quote(&main, outlet.agency);
        } else {
            writer.filler(&main);
        }
    }
    writer.close(style, &main);
    let slug = slug(&title);
    Article {
        file_name: format!("{index:06}_{slug}.txt"),
        url: format!(
            "https://{}.example/{}/{index}-{slug}",
            outlet.domain,
            published.format("%Y/%m")
        ),
        title,
        publisher: outlet.name.to_owned(),
        published: (!writer.rng.chance(5)).then_some(published),
        text: writer.text,
    }
}

/// Writes `articles` articles of the corpus of `seed` into `dir`, with a
/// `corpus.toml` manifest. The folder is created if needed; files of the
/// same name are replaced, others are left alone.
pub fn write_corpus(dir: &Path, articles: usize, seed: u64) -> std::io::Result<Written> {
    std::fs::create_dir_all(dir)?;
    let mut manifest = String::from(
        "# A synthetic corpus written by `csto-timeline generate`: invented articles,\n\
         # not news. Regenerate it with the same --articles and --seed.\n",
    );
    let mut bytes = 0u64;
    for index in 0..articles {
        let a = article(seed, index);
        std::fs::write(dir.join(&a.file_name), &a.text)?;
        bytes += a.text.len() as u64;
        let _ = write!(
            manifest,
            "\n[documents.\"{}\"]\ntitle = {}\npublisher = {}\nurl = {}\n",
            a.file_name,
            toml_string(&a.title),
            toml_string(&a.publisher),
            toml_string(&a.url)
        );
        if let Some(date) = a.published {
            let _ = writeln!(manifest, "published = {date}");
        }
    }
    std::fs::write(dir.join("corpus.toml"), manifest)?;
    Ok(Written { articles, bytes })
}

fn toml_string(text: &str) -> String {
    // A TOML basic string has JSON's escapes for what we write.
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

fn slug(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_ascii_lowercase)
        .collect();
    words.join("-")
}

/// One happening that articles report: who, what, with whom, where, when.
#[derive(Debug, Clone)]
struct Happening {
    kind: Kind,
    person: &'static Person,
    other_person: &'static Person,
    state: &'static State,
    other_state: &'static State,
    city: &'static str,
    issue: &'static str,
    weapon: &'static str,
    date: NaiveDate,
}

/// Happening `number` of the corpus of `seed`.
fn happening(seed: u64, number: u64) -> Happening {
    let mut rng = Rng::new(seed, 2 << 40 | number);
    let first = NaiveDate::from_ymd_opt(2002, 1, 1).unwrap_or_default();
    let last = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default();
    let span = (last - first).num_days() as usize;
    let date = first + Days::new(rng.below(span) as u64);
    let kind = Kind::ALL[rng.below(Kind::ALL.len())];
    let person = &ACTORS[rng.below(ACTORS.len())];
    let mut other_person = &ACTORS[rng.below(ACTORS.len())];
    if other_person.id == person.id {
        other_person = &ACTORS[(rng.below(ACTORS.len() - 1) + 1 + ACTORS.len()) % ACTORS.len()];
    }
    let state = &STATES[rng.below(STATES.len())];
    let mut other_state = &STATES[rng.below(STATES.len())];
    if other_state.id == state.id {
        other_state =
            &STATES[(STATES.iter().position(|s| s.id == state.id).unwrap_or(0) + 1) % STATES.len()];
    }
    Happening {
        kind,
        person,
        other_person,
        state,
        other_state,
        city: CITIES[rng.below(CITIES.len())],
        issue: ISSUES[rng.below(ISSUES.len())],
        weapon: WEAPONS[rng.below(WEAPONS.len())],
        date,
    }
}

#[derive(Debug, Clone, Copy)]
enum Style {
    Wire,
    StateMedia,
    Analysis,
}

impl Style {
    fn outlets(self) -> usize {
        self as usize
    }
}

/// Writes one article's text.
struct Writer {
    rng: Rng,
    published: NaiveDate,
    text: String,
    /// People already named in full, who are then named by surname.
    introduced: Vec<&'static str>,
    /// Filler sentences not used yet in this article, so none repeats
    /// before all have been used.
    fillers: Vec<&'static str>,
}

impl Writer {
    fn person(&mut self, person: &'static Person) -> String {
        if self.introduced.contains(&person.id) {
            person.surname.to_owned()
        } else {
            self.introduced.push(person.id);
            format!("{} {}", person.title, person.name)
        }
    }

    /// How the article writes `date`, relative to its publication.
    fn date(&mut self, date: NaiveDate, allow_coarse: bool) -> String {
        let days = (self.published - date).num_days();
        let month = date.format("%B");
        if (0..=5).contains(&days) && self.rng.chance(60) {
            return format!("on {}", date.format("%A"));
        }
        if date.year() == self.published.year() && days >= 0 {
            return match self.rng.below(2) {
                0 => format!("on {month} {}", date.day()),
                _ => format!("on {} {month}", date.day()),
            };
        }
        match (allow_coarse, self.rng.below(6)) {
            (true, 0) => format!("in {}", date.year()),
            (true, 1) => format!("in {month} {}", date.year()),
            _ => format!("on {month} {}, {}", date.day(), date.year()),
        }
    }

    fn headline(&mut self, h: &Happening) -> String {
        let (p, s, o, c) = (h.person.surname, h.state.name, h.other_state.name, h.city);
        match h.kind {
            Kind::Summit => format!("{p} joins CSTO leaders in {c} as bloc weighs {}", h.issue),
            Kind::SkipSummit => format!("{p} to skip CSTO summit in {c}"),
            Kind::Exercises => format!("{s} and {o} hold joint military drills near {c}"),
            Kind::CancelExercises => format!("{s} calls off CSTO exercises planned near {c}"),
            Kind::Withdrawal => format!("{s} pulls its troops out of {c}"),
            Kind::Talks => format!("{p} and {} hold talks in {c}", h.other_person.surname),
            Kind::Declaration => format!("{p} refuses to sign CSTO declaration in {c}"),
            Kind::ArmsDeal => format!("{s} buys {} from {o}", h.weapon),
            Kind::Envoy => format!("{s} recalls its envoy to the CSTO"),
            Kind::Freeze => format!("{s} freezes its participation in the CSTO"),
        }
    }

    fn open(&mut self, style: Style, outlet: &str, title: &str) {
        match style {
            // A full publication date in the page furniture lets the date be
            // inferred when the manifest does not give it.
            Style::Wire => {
                let minutes = 2 + self.rng.below(5);
                let day = self.published.format("%B %-d, %Y");
                let _ = write!(
                    self.text,
                    "{outlet} · World · {day} · {minutes} min read\n\n{title}\n\n"
                );
            }
            Style::StateMedia => {
                let day = self.published.format("%-d %B %Y");
                let _ = write!(
                    self.text,
                    "{title}\n\n{day}, 14:{:02}\n\n",
                    self.rng.below(60)
                );
            }
            Style::Analysis => {
                let author =
                    ["Narine Ghazaryan", "Sona Melikyan", "Timur Dzhaksybekov"][self.rng.below(3)];
                let day = self.published.format("%-d %B %Y");
                let _ = write!(self.text, "Analysis\n\n{title}\n\nBy {author} · {day}\n\n");
            }
        }
    }

    fn lead(&mut self, style: Style, agency: &str, h: &Happening) {
        let place = h.city.to_uppercase();
        let day = self.published.format("%B %-d");
        let opening = match style {
            Style::Wire => format!("{place}, {day} ({agency}) — "),
            Style::StateMedia => format!("{place}, {day}. /{agency}/. "),
            Style::Analysis => String::new(),
        };
        let report = self.report(h, true);
        let follow = self.follow_up(h);
        let _ = write!(self.text, "{opening}{report} {follow}\n\n");
    }

    /// One sentence reporting `h`, dated.
    fn report(&mut self, h: &Happening, main: bool) -> String {
        let date = self.date(h.date, !main);
        let p = self.person(h.person);
        let c = h.city;
        let (s, o) = (h.state, h.other_state);
        let variant = self.rng.below(3);
        let sentence = match (h.kind, variant) {
            (Kind::Summit, 0) => format!(
                "{p} attended a summit of the Collective Security Treaty Organization in {c} {date}, where leaders discussed {}.",
                h.issue
            ),
            (Kind::Summit, 1) => format!(
                "{p} took part in the CSTO summit in {c} {date} and called for talks on {}.",
                h.issue
            ),
            (Kind::Summit, _) => {
                format!("{p} joined other CSTO leaders at a summit in {c} {date}.")
            }
            (Kind::SkipSummit, 0) => format!(
                "{p} declined to attend the CSTO summit in {c} {date}, citing {}.",
                h.issue
            ),
            (Kind::SkipSummit, _) => format!(
                "{p} stayed away from the summit of the bloc in {c} {date}, his office said."
            ),
            (Kind::Exercises, 0) => format!(
                "{} troops held joint military exercises with {} forces near {c} {date}.",
                s.demonym, o.demonym
            ),
            (Kind::Exercises, _) => format!(
                "{} and {} began joint military drills at a range near {c} {date}.",
                s.name, o.name
            ),
            (Kind::CancelExercises, 0) => format!(
                "{} refused to host the CSTO military exercises planned near {c} {date}.",
                s.name
            ),
            (Kind::CancelExercises, _) => format!(
                "The {} Defence Ministry called off the CSTO drills near {c} {date}.",
                s.demonym
            ),
            (Kind::Withdrawal, 0) => format!(
                "{} withdrew its troops from the base near {c} {date}.",
                s.name
            ),
            (Kind::Withdrawal, _) => format!(
                "{} forces completed the withdrawal of their troops from {c} {date}.",
                s.demonym
            ),
            (Kind::Talks, 0) => {
                let q = self.person(h.other_person);
                format!("{p} met {q} in {c} {date} to discuss {}.", h.issue)
            }
            (Kind::Talks, _) => {
                let q = self.person(h.other_person);
                format!("{p} held talks with {q} in {c} {date} on {}.", h.issue)
            }
            (Kind::Declaration, 0) => format!(
                "{p} refused to sign the final declaration of the CSTO summit in {c} {date}."
            ),
            (Kind::Declaration, _) => format!(
                "{p} declined to sign the joint declaration at the summit in {c} {date}, objecting to its wording on {}.",
                h.issue
            ),
            (Kind::ArmsDeal, 0) => format!(
                "{} signed a contract {date} to buy {} from {}.",
                s.name, h.weapon, o.name
            ),
            (Kind::ArmsDeal, _) => format!(
                "{} agreed {date} to supply {} to {}, officials in {c} said.",
                o.name, h.weapon, s.name
            ),
            (Kind::Envoy, _) => format!(
                "{} recalled its permanent representative to the CSTO {date}, the foreign ministry in {c} said.",
                s.name
            ),
            (Kind::Freeze, 0) => format!(
                "{p} announced {date} that {} had frozen its participation in the CSTO.",
                s.name
            ),
            (Kind::Freeze, _) => format!(
                "{} froze its participation in the Collective Security Treaty Organization {date}, {p} said in {c}.",
                s.name
            ),
        };
        capitalise(sentence)
    }

    /// A second sentence on the main story: an undated reference back to it,
    /// or a remark by someone in it.
    fn follow_up(&mut self, h: &Happening) -> String {
        let p = self.person(h.person);
        let noun = match h.kind {
            Kind::Summit | Kind::SkipSummit | Kind::Declaration => "summit",
            Kind::Exercises | Kind::CancelExercises => "exercises",
            Kind::Talks => "talks",
            _ => "meeting",
        };
        match self.rng.below(3) {
            0 => format!(
                "During the {noun}, {p} said the bloc had to answer for {}.",
                h.issue
            ),
            1 => format!(
                "After the {noun}, {p} told reporters that {} remained unresolved.",
                h.issue
            ),
            _ => format!(
                "“We cannot pretend that nothing has happened,” {p} said, referring to {}.",
                h.issue
            ),
        }
    }

    fn background(&mut self, h: &Happening) {
        let report = self.report(h, false);
        let lead_in = [
            "",
            "The move recalled an earlier episode. ",
            "It was not the first such step. ",
            "",
        ][self.rng.below(4)];
        let _ = write!(self.text, "{lead_in}{report}\n\n");
    }

    fn filler(&mut self, h: &Happening) {
        let sentences = 1 + self.rng.below(3);
        let mut paragraph = Vec::with_capacity(sentences);
        for _ in 0..sentences {
            if self.fillers.is_empty() {
                self.fillers = FILLERS.to_vec();
            }
            let template = self.fillers.swap_remove(self.rng.below(self.fillers.len()));
            let other = &STATES[self.rng.below(STATES.len())];
            let sentence = template
                .replace("{person}", h.person.surname)
                .replace("{state}", h.state.name)
                .replace("{demonym}", other.demonym)
                .replace("{other}", other.name)
                .replace("{city}", CITIES[self.rng.below(CITIES.len())])
                .replace("{issue}", ISSUES[self.rng.below(ISSUES.len())])
                .replace("{weapon}", WEAPONS[self.rng.below(WEAPONS.len())])
                .replace("{number}", &(2 + self.rng.below(40)).to_string());
            paragraph.push(capitalise(sentence));
        }
        let _ = write!(self.text, "{}\n\n", paragraph.join(" "));
    }

    /// A remark in quotation marks: speech, dated by the publication.
    fn quote(&mut self, h: &Happening, agency: &str) {
        let speaker = if self.rng.chance(50) {
            h.person
        } else {
            h.other_person
        };
        let who = self.person(speaker);
        let remark = QUOTES[self.rng.below(QUOTES.len())];
        let issue = ISSUES[self.rng.below(ISSUES.len())];
        let how = match self.rng.below(4) {
            0 => format!("{who} told {agency}"),
            1 => format!("{who} said in {}", h.city),
            2 => format!("{who} told reporters"),
            _ => format!("{who} said in a statement"),
        };
        let _ = write!(
            self.text,
            "“{},” {how}. The remarks concerned {issue}.\n\n",
            remark.replace("{issue}", issue)
        );
    }

    fn close(&mut self, style: Style, h: &Happening) {
        match style {
            Style::Wire => {
                let _ = writeln!(
                    self.text,
                    "(Reporting by {}; Editing by {})",
                    ["Anna Petrosyan", "Lilit Hakobyan", "Arman Sargsyan"][self.rng.below(3)],
                    ["Mark Davies", "Clara Weiss", "Tom Hale"][self.rng.below(3)]
                );
            }
            Style::StateMedia => {
                let _ = writeln!(
                    self.text,
                    "© Northern Union Press Agency. Republication requires written permission."
                );
            }
            Style::Analysis => {
                let fact = REFERENCES[self.rng.below(REFERENCES.len())];
                let _ = writeln!(
                    self.text,
                    "REFERENCE. {fact} Its members discuss {} at most meetings.",
                    h.issue
                );
            }
        }
    }
}

fn capitalise(mut sentence: String) -> String {
    if let Some(first) = sentence.chars().next()
        && first.is_lowercase()
    {
        let upper: String = first.to_uppercase().collect();
        sentence.replace_range(..first.len_utf8(), &upper);
    }
    sentence
}

/// SplitMix64: tiny, fast, and the same on every platform and version.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        let mut rng = Rng(seed ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

impl Kind {
    const ALL: [Kind; 10] = [
        Kind::Summit,
        Kind::SkipSummit,
        Kind::Exercises,
        Kind::CancelExercises,
        Kind::Withdrawal,
        Kind::Talks,
        Kind::Declaration,
        Kind::ArmsDeal,
        Kind::Envoy,
        Kind::Freeze,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_articles_and_a_prefix_is_a_smaller_corpus() {
        assert_eq!(article(7, 12), article(7, 12));
        assert_ne!(article(7, 12).text, article(8, 12).text);
        assert_ne!(article(7, 12).text, article(7, 13).text);
    }

    #[test]
    fn articles_are_article_sized_and_dated_between_2002_and_2026() {
        let articles: Vec<Article> = (0..200).map(|i| article(DEFAULT_SEED, i)).collect();
        let mean = articles.iter().map(|a| a.text.len()).sum::<usize>() / articles.len();
        assert!((5_000..6_500).contains(&mean), "mean size {mean}");
        for a in &articles {
            let date = a.published.unwrap_or(NaiveDate::MAX);
            assert!(a.published.is_none() || (2002..=2026).contains(&date.year()));
        }
        assert!(articles.iter().any(|a| a.published.is_none()));
    }

    #[test]
    fn writes_articles_and_a_manifest_that_loads() {
        let dir = std::env::temp_dir().join(format!("synthetic-{}", std::process::id()));
        let written = write_corpus(&dir, 20, 3).unwrap();
        assert_eq!(written.articles, 20);
        let corpus =
            crate::corpus::Corpus::load(&crate::corpus::CorpusSource::Folder(dir.clone())).unwrap();
        assert_eq!(corpus.loaded().count(), 20);
        assert!(
            corpus
                .documents
                .iter()
                .all(|d| d.title.is_some() && d.publisher.is_some())
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
