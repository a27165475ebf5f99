//! A large corpus for tests that must see the site at the size of a real
//! archive: the project's synthetic generator
//! ([`csto_timeline::corpus::synthetic`]) writes some thousand
//! article-sized texts (thousands of events, the gazetteer's actors, every
//! topic), and articles are added here to reach the limits of single pages
//! and lists: one long enough to be shown in parts, one happening reported
//! by a hundred and fifty articles (an event with more reports than fit on
//! a page), and short notes naming three hundred officials the gazetteer
//! does not know (more people than a filter panel may list).
//!
//! Everything comes from fixed seeds, so every run builds the same corpus.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use csto_timeline::corpus::synthetic;

/// Months as articles write them.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// People the gazetteer knows.
const LEADERS: [&str; 8] = [
    "Prime Minister Nikol Pashinyan",
    "President Vladimir Putin",
    "President Alexander Lukashenko",
    "President Kassym-Jomart Tokayev",
    "President Ilham Aliyev",
    "Foreign Minister Ararat Mirzoyan",
    "Foreign Minister Sergei Lavrov",
    "Kremlin spokesman Dmitry Peskov",
];

const STATES: [&str; 10] = [
    "Armenia",
    "Russia",
    "Belarus",
    "Kazakhstan",
    "Kyrgyzstan",
    "Tajikistan",
    "Azerbaijan",
    "France",
    "India",
    "Iran",
];

const CITIES: [&str; 8] = [
    "Yerevan", "Moscow", "Minsk", "Astana", "Bishkek", "Dushanbe", "Gyumri", "Paris",
];

/// People found by their title: first names and surnames combined give
/// hundreds of actors the gazetteer lacks.
const FIRST_NAMES: [&str; 20] = [
    "Aram", "Vahan", "Gevorg", "Tigran", "Armen", "Levon", "Hayk", "Karen", "Suren", "Ashot",
    "Davit", "Mher", "Ruben", "Samvel", "Artur", "Narek", "Edgar", "Vardan", "Grigor", "Arsen",
];
const SURNAMES: [&str; 25] = [
    "Petrosyan",
    "Hakobyan",
    "Sargsyan",
    "Grigoryan",
    "Harutyunyan",
    "Avetisyan",
    "Karapetyan",
    "Hovhannisyan",
    "Mkrtchyan",
    "Vardanyan",
    "Ghazaryan",
    "Martirosyan",
    "Poghosyan",
    "Manukyan",
    "Khachatryan",
    "Davtyan",
    "Simonyan",
    "Galstyan",
    "Avagyan",
    "Abrahamyan",
    "Melkonyan",
    "Zakaryan",
    "Mirzoyan",
    "Baghdasaryan",
    "Aslanyan",
];
const TITLES: [&str; 4] = [
    "Deputy Foreign Minister",
    "Deputy Defence Minister",
    "Deputy Prime Minister",
    "Security Council Secretary",
];

/// A small fixed-seed generator: the same corpus on every run.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() as usize % items.len()]
    }
}

/// A day written as articles write it ("14 March 2021"), with its parts.
fn day(dice: &mut Dice, year: i32) -> (u32, usize, i32, String) {
    let d = 1 + (dice.next() % 28) as u32;
    let m = (dice.next() % 12) as usize;
    (d, m, year, format!("{d} {} {year}", MONTHS[m]))
}

/// One dated sentence of a kind chosen by the dice.
fn sentence(dice: &mut Dice, year: i32) -> String {
    let (_, _, _, date) = day(dice, year);
    let leader = dice.pick(&LEADERS);
    let state = dice.pick(&STATES);
    let other = dice.pick(&STATES);
    let city = dice.pick(&CITIES);
    let person = format!(
        "{} {} {}",
        dice.pick(&TITLES),
        dice.pick(&FIRST_NAMES),
        dice.pick(&SURNAMES)
    );
    match dice.next() % 9 {
        0 => format!(
            "{leader} met the leaders of the CSTO in {city} on {date} and discussed the security situation on the border with Azerbaijan."
        ),
        1 => format!(
            "On {date}, {state} and {other} held joint military exercises near {city}, the defence ministry said."
        ),
        2 => format!(
            "{leader} said on {date} that Armenia would freeze its participation in the Collective Security Treaty Organization."
        ),
        3 => format!(
            "{person} visited {city} on {date} for talks on the peace process with Azerbaijan."
        ),
        4 => format!(
            "{state} delivered weapons and armoured vehicles to Armenia on {date} under an arms contract."
        ),
        5 => format!(
            "Thousands of protesters gathered in Yerevan on {date} to demand that Armenia leave the CSTO."
        ),
        6 => format!(
            "Azerbaijani forces shelled Armenian positions near Jermuk on {date}, killing two soldiers, the defence ministry of {state} said."
        ),
        7 => format!(
            "{person} was appointed Armenia's envoy to the CSTO on {date}, the president's office announced."
        ),
        _ => format!(
            "Russian peacekeepers left their posts in the Lachin corridor on {date}, and {leader} called the blockade a humanitarian crisis."
        ),
    }
}

/// Background that gives no event: articles are not only dated sentences.
const FILLER: [&str; 4] = [
    "The alliance unites Russia and five former Soviet republics, and its headquarters are in Moscow.",
    "Analysts say the relationship between Yerevan and its allies has grown more difficult in recent years.",
    "Officials did not say what the next steps would be, and several questions remain open.",
    "The statement was published on the ministry's website and repeated by state television.",
];

/// Writes the corpus: `articles` synthetic articles, the long one and the
/// widely reported one, with their entries added to the manifest.
pub fn write(folder: &Path, articles: usize) {
    synthetic::write_corpus(folder, articles, synthetic::DEFAULT_SEED)
        .expect("the synthetic corpus can be written");
    let mut manifest =
        std::fs::read_to_string(folder.join("corpus.toml")).expect("the manifest was written");
    let mut dice = Dice(0x5eed_cafe);
    // One happening, reported by many: an event with more reports than a page holds.
    for n in 0..150 {
        let id = format!("summit-{n:03}.txt");
        let text = format!(
            "Leaders meet in Yerevan\n\nThe leaders of the Collective Security Treaty Organization held their summit in Yerevan on 23 November 2022, and Prime Minister Nikol Pashinyan refused to sign the final declaration. Report number {n} of the wire.\n"
        );
        std::fs::write(folder.join(&id), text).expect("an article can be written");
        let _ = write!(
            manifest,
            "\n[documents.\"{id}\"]\ntitle = \"Summit report {n}\"\npublished = 2022-11-{:02}\n",
            23 + n % 5
        );
    }
    // Officials found by their title, one per note: a long list of people.
    for n in 0..300 {
        let id = format!("official-{n:03}.txt");
        let year = 2010 + (n % 14) as i32;
        let (d, m, _, date) = day(&mut dice, year);
        let text = format!(
            "Talks in {}\n\n{} {} {} visited {} on {date} for talks on the peace process with Azerbaijan.\n",
            CITIES[n % CITIES.len()],
            TITLES[n % TITLES.len()],
            FIRST_NAMES[n % FIRST_NAMES.len()],
            SURNAMES[n / FIRST_NAMES.len() % SURNAMES.len()],
            CITIES[(n + 3) % CITIES.len()],
        );
        std::fs::write(folder.join(&id), text).expect("an article can be written");
        let _ = write!(
            manifest,
            "\n[documents.\"{id}\"]\ntitle = \"Talks {n}\"\npublished = {year}-{:02}-{:02}\n",
            m + 1,
            d
        );
    }
    // One long article: shown in parts.
    let mut long = String::from("A year of the alliance, day by day\n\n");
    let mut n = 0;
    while long.len() < 150 * 1024 {
        long.push_str(&sentence(&mut dice, 2019 + (n % 3)));
        long.push(' ');
        long.push_str(FILLER[n as usize % FILLER.len()]);
        long.push_str("\n\n");
        n += 1;
    }
    std::fs::write(folder.join("long.txt"), long).expect("an article can be written");
    manifest.push_str(
        "\n[documents.\"long.txt\"]\ntitle = \"A year of the alliance\"\npublished = 2021-12-31\n",
    );
    std::fs::write(folder.join("corpus.toml"), manifest).expect("the manifest can be written");
}

/// The folder of the large corpus in the system's temporary folder. The
/// corpus is the same on every run, so it is written once and reused; it
/// is written beside and renamed into place, so test binaries running at
/// once never see half of it.
pub fn large(articles: usize) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("csto-timeline-large-corpus-v3-{articles}"));
    if folder.join("corpus.toml").exists() {
        return folder;
    }
    let scratch = std::env::temp_dir().join(format!(
        "csto-timeline-large-corpus-v3-{articles}.{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&scratch);
    write(&scratch, articles);
    if std::fs::rename(&scratch, &folder).is_err() {
        // Another test binary put it there first.
        let _ = std::fs::remove_dir_all(&scratch);
    }
    folder
}
