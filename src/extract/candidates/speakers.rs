//! Who speaks and who acts in a sentence that does not say it by name: a
//! speaker introduced by a quotation, a role standing for a person ("the
//! Russian leader"), a body named by its kind ("the ministry"), a group
//! ("the leaders"), "we" in an interview's answer, "according to" sources;
//! and the statements such sentences make.

use super::*;
use std::borrow::Cow;

/// The author and day of an embedded post that `line` is, by the signature
/// it closes with ("... — Nikol Pashinyan (@NikolPashinyan) February 22,
/// 2024"): the author if the scanner knows them, and the day the signature
/// gives.
pub(super) fn post_of(
    line: &str,
    published: Option<chrono::NaiveDate>,
    scanner: &mut DocumentActorScanner,
) -> Option<(Option<String>, EventDate)> {
    let post = crate::extract::layout::post_signature(line)?;
    let day = find_dates(post.posted_on, published)
        .first()
        .filter(|m| m.date.day_value().is_some())?
        .date;
    // A signature the page's readers or editors sign with still dates the
    // post; only an author the scanner knows speaks in it.
    let author = scanner
        .find(post.author)
        .into_iter()
        .find(|m| m.range.end == post.author.len())
        .map(|m| m.actor);
    Some((author, day))
}

/// Whether the main clause's subject is "he", "she" or a role standing for a person.
pub(super) fn personal_subject(reading: &Reading) -> bool {
    let main = main_clause_lowercase(reading);
    // The subject may follow an opening the clause reader did not set apart
    // ("On the same day he also discussed", "Asked what ..., she pointed"):
    // "he" or "she" right before the main verb, with no name between.
    let before_verb = reading.shape.main_verb.as_ref().is_some_and(|verb| {
        let head = &reading.text[..verb.start];
        let last_word = reading.words_of(head).last().unwrap_or_default();
        let named_between = reading
            .actors
            .iter()
            .any(|m| m.range.end <= verb.start && m.range.start + 40 > verb.start);
        matches!(last_word.as_str(), "he" | "she")
            || (reading
                .words_of(head)
                .collect::<Vec<_>>()
                .iter()
                .rev()
                .take(3)
                .any(|w| matches!(w.as_str(), "he" | "she"))
                && !named_between)
    });
    let pronoun = before_verb
        || reading
            .main_clause_words()
            .next()
            .is_some_and(|w| matches!(w.as_str(), "he" | "she"));
    // "The Armenian Prime Minister stated ...", "The RA Prime Minister
    // reminded ...": a nationality or a country's initials may stand
    // between the article and the role.
    let original_main = reading.text[reading.shape.lead_end.min(reading.text.len())..].trim_start();
    let initials = |word: &str| {
        let original = original_main.get(4..4 + word.len());
        (2..=4).contains(&word.len())
            && original.is_some_and(|w| w.bytes().all(|b| b.is_ascii_uppercase()))
    };
    let mut qualified = false;
    let main = match main.strip_prefix("the ").map(|rest| rest.split_once(' ')) {
        Some(Some((word, rest)))
            if initials(word)
                || word.ends_with("ian")
                || word.ends_with("ish")
                || word.ends_with("ese")
                || matches!(
                    word,
                    "kazakh" | "kyrgyz" | "tajik" | "uzbek" | "azerbaijani" | "belarusian"
                ) =>
        {
            qualified = true;
            Cow::Owned(format!("the {rest}"))
        }
        _ => Cow::Borrowed(main),
    };
    // "the prime minister of Armenia Nikol Pashinyan", "The Prime Minister
    // Nikol Pashinyan": a role followed by a name names its person; the
    // word after the role is read in the sentence as written.
    let stands_alone = |role: &str| {
        main.strip_prefix(role).is_some_and(|rest| {
            let after = original_main
                .split_whitespace()
                .nth(role.split_whitespace().count() + usize::from(qualified));
            rest.starts_with(' ')
                && !rest.trim_start().starts_with("of ")
                && !after.is_some_and(|w| w.starts_with(char::is_uppercase))
        })
    };
    let role = ROLE_SUBJECTS.iter().any(|role| stands_alone(role));
    // "The Russian president added that ...": a role that names its office
    // and country, standing for the person the article named who holds it.
    let office = reading.roles.iter().any(|r| stands_alone(&r.role));
    pronoun || role || office
}

/// The people an article quotes are known from its first line on: "Sona
/// Melikyan heads a research group" names the person quoted later as
/// "Melikyan said", and "she" after it stands for her.
pub(super) fn introduce_quoted_speakers(
    document: &Document,
    paragraphs: &[Option<Paragraph>],
    scanner: &mut DocumentActorScanner,
) {
    let story = document
        .blocks
        .iter()
        .zip(paragraphs)
        .filter(|(b, _)| matches!(b.kind, BlockKind::Body | BlockKind::Caption))
        .filter_map(|(b, p)| Some((b, p.as_ref()?)));
    for (block, paragraph) in story {
        for local in paragraph.sentences.iter().cloned() {
            let prose = block.prose();
            let text = &document.text[prose.start + local.start..prose.start + local.end];
            if let Some((name, party)) = member_of_a_party(text)
                && let Some(name) = unknown_part(name, scanner)
            {
                scanner.introduce(&name, party);
            }
            if let Some(name) = born(text).and_then(|name| unknown_part(name, scanner)) {
                scanner.introduce(&name, "born");
            }
        }
        let paragraph_quotes = &paragraph.quotes;
        // Only a sentence that quotes may introduce a speaker.
        if paragraph_quotes.is_empty() {
            continue;
        }
        for local in paragraph.sentences.iter().cloned() {
            let quoted: Vec<Range<usize>> = paragraph_quotes
                .iter()
                .filter(|q| q.start < local.end && local.start < q.end)
                .map(|q| q.start.max(local.start) - local.start..q.end.min(local.end) - local.start)
                .collect();
            if quoted.is_empty() {
                continue;
            }
            let prose = block.prose();
            let at = prose.start + local.start;
            let text = &document.text[at..prose.start + local.end];
            let rules = scanner.gazetteer().rules();
            if let Some(speaker) = quoted_speaker(text, &quoted, &document.text[..at], &|word| {
                rules.is_title_word(word)
            })
            .and_then(|speaker| unknown_part(&speaker, scanner))
            {
                scanner.introduce(&speaker, "quoted");
            }
        }
    }
}

/// "Gohar Mikaelyan was born in Leninakan ...": a name whose sentence
/// opens by telling where or when it was born is a person's, whom "she"
/// in the sentences after it stands for.
fn born(sentence: &str) -> Option<&str> {
    static BORN: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"^(?P<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?: \([^)]{1,30}\))?,? was born\b",
        )
        .expect("born pattern")
    });
    BORN.captures(sentence)
        .and_then(|c| c.name("name"))
        .map(|m| m.as_str())
}

/// "Hrant Aghababyan of the I Have Honor faction accused ...": a name
/// opening a sentence, followed by the party or faction it belongs to, is a
/// person. The name and the words naming the party. (So after an opening
/// phrase: "Opening the debate, Lusine Hovakimyan of the ruling Civil
/// Contract party told the chamber ...".)
fn member_of_a_party(sentence: &str) -> Option<(&str, &str)> {
    static MEMBER: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"^(?:[^,;.]{3,40}, )?(?P<name>\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),? of the (?P<party>[^,.;]{2,40}? (?:faction|party|bloc|alliance|caucus))\b",
        )
        .expect("member of a party pattern")
    });
    if !sentence.contains(" of the ") {
        return None;
    }
    let found = MEMBER.captures(sentence.trim_start())?;
    Some((found.name("name")?.as_str(), found.name("party")?.as_str()))
}

/// The part of a speaker's name the article's actors do not already cover:
/// none for a known person ("Belarus Alexander Lukashenko" is Lukashenko
/// after his country's name), the rest after a known place otherwise.
pub(super) fn unknown_part(speaker: &str, scanner: &mut DocumentActorScanner) -> Option<String> {
    let known = scanner.find(speaker);
    if known.iter().any(|m| m.range.end == speaker.len()) {
        return None;
    }
    let rest = match known.iter().find(|m| m.range.start == 0) {
        Some(place) => speaker[place.range.end..].trim_start(),
        None => speaker,
    };
    rest.contains(' ').then(|| rest.to_string())
}

/// A name in the speech tag of a quotation ("\"...,\" Melikyan said."): the
/// speaker, by the full name the article gave earlier ("Sona Melikyan heads
/// ..."); a lone word the article never gave in full is not taken for one.
pub(super) fn quoted_speaker(
    text: &str,
    quoted: &[Range<usize>],
    before: &str,
    is_title_word: &dyn Fn(&str) -> bool,
) -> Option<String> {
    static TAG: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"(?:^|[,;:]\s*|\s)(?P<name>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})\s+(?:said|says|told|tells|added|stressed|noted|insisted|explained|continued)\b")
            .expect("speech tag pattern")
    });
    let mut narration = text.to_string();
    for q in quoted {
        if narration.is_char_boundary(q.start) && narration.is_char_boundary(q.end) {
            narration.replace_range(q.clone(), &",".repeat(q.end - q.start));
        }
    }
    // "\"...,\" said Levon Mirakyan, who teaches ...": the tag put before
    // the name, which is given in full.
    static INVERTED_TAG: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"^[,\s]*(?:said|says|added|stressed|noted|insisted|explained|continued)\s+(?P<name>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*(?:,|\.|$)")
            .expect("inverted speech tag pattern")
    });
    let after_quotes = quoted.iter().map(|q| q.end).max().unwrap_or(0);
    if let Some(name) = narration
        .get(after_quotes..)
        .and_then(|rest| INVERTED_TAG.captures(rest))
        .and_then(|c| c.name("name"))
        .filter(|name| !name.as_str().split_whitespace().any(is_title_word))
    {
        return Some(name.as_str().to_string());
    }
    let name = TAG.captures(&narration)?.name("name")?.as_str().to_string();
    if name.contains(' ') {
        return Some(name);
    }
    // The last "Given Name" before the tag: a capitalised word right before
    // the surname, which ends there.
    before.rmatch_indices(name.as_str()).find_map(|(at, _)| {
        let ends = before[at + name.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        let head = before[..at].strip_suffix(' ')?;
        let given_start = head
            .rfind(|c: char| !(c.is_alphabetic() || c == '-'))
            .map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            });
        let given = &head[given_start..];
        let capitalised = given.chars().next().is_some_and(char::is_uppercase)
            && given.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && given.chars().count() >= 2;
        (ends && capitalised).then(|| format!("{given} {name}"))
    })
}

/// Where "his ", "her ", "His " or "Her " next stands in `text` from byte
/// `from` on. One scan for the `h` they open with: this runs on every
/// sentence, and a search per word set up four searchers each time.
fn next_his_or_her(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'h', b'H', &bytes[from..])
        .map(|at| from + at)
        .find(|&at| matches!(bytes.get(at + 1..at + 4), Some(b"is " | b"er ")))
}

/// A sentence that is (mostly) a quotation, with at most a speech tag of
/// its own ("..., he said", "..., the head of state said", or nothing): a
/// statement by the speaker the tag names, or the paragraph's later tag names
/// ("\"A. B.\" \"C,\" she said"), or else the speaker the story is
/// following. Dated like the story; `None` where no speaker is known.
pub(super) fn quoted_statement(
    reading: &Reading,
    later: &[(Range<usize>, Reading)],
    document: &Document,
    story: Option<&Narrative>,
    last_said: &HashMap<String, (EventDate, bool)>,
    name_of: &dyn Fn(&str) -> Option<String>,
    role_of: &dyn Fn(&Reading) -> Option<String>,
) -> Option<Candidate> {
    let quoted_words: usize = reading
        .quoted
        .iter()
        .map(|q| reading.text[q.clone()].split_whitespace().count())
        .sum();
    // Most sentences quote nothing: they are let go before their
    // narration is looked at.
    if quoted_words < 3 {
        return None;
    }
    let narration = narration(reading);
    // "..., said Kazakh President Kassym-Jomart Tokayev, who chaired the
    // session at the Palace of Independence": an aside about the speaker
    // after the tag's comma is no narration of its own.
    let tag = narration
        .split_once(", who ")
        .or_else(|| narration.split_once(", a "))
        .or_else(|| narration.split_once(", an "))
        .map_or(narration, |(tag, _)| tag);
    let narration_words = tag.split_whitespace().count();
    if narration_words > 12 {
        return None;
    }
    let tagged = narration_words > 0;
    if tagged && !is_speech_tag(reading) {
        return None;
    }
    let speaker = if tagged {
        tag_speaker(reading)
            .or_else(|| role_of(reading))
            .or_else(|| story?.subject.clone())?
    } else {
        later
            .iter()
            .find(|(_, r)| !r.quoted.is_empty() && is_speech_tag(r))
            .and_then(|(_, r)| tag_speaker(r))
            .or_else(|| story?.subject.clone())?
    };
    // The speaker the story follows goes on speaking on the story's day; a
    // new speaker in a story of the last days speaks on its day too; else
    // the statement is dated by the report.
    let published = document.published?;
    // (Not someone asked to comment on it: see `comments_on_the_news`.)
    let (date, approximate) = match story {
        _ if !tagged && last_said.contains_key(&speaker) => last_said[&speaker],
        Some(story)
            if story.subject.as_deref() == Some(speaker.as_str())
                || ((0..=RECENT_DAYS)
                    .contains(&(published - story.date.last_day()).num_days())
                    && !comments_on_the_news(reading)) =>
        {
            (story.date, story.approximate)
        }
        _ => (EventDate::from_naive(published), true),
    };
    let focus = Focus::whole_sentence(reading);
    let mut statement = candidate(reading, &focus, date, approximate, &[], None);
    statement.actors.retain(|a| a != &speaker);
    statement.actors.insert(0, speaker.clone());
    statement.subject = Some(speaker.clone());
    statement.speech = true;
    let name = name_of(&speaker).unwrap_or_else(|| speaker.clone());
    statement.title = quotation_title(&name, reading);
    Some(statement)
}

/// Groups a story names its actors by once it has introduced them.
pub(super) const GROUP_SUBJECTS: &[&str] = &[
    "the leaders",
    "the heads of state",
    "the ministers",
    "the foreign ministers",
    "the defence ministers",
    "the deputies",
    "the lawmakers",
    "the parties",
    "the sides",
    "the delegations",
    "the participants",
    // A government readout's word for the two who spoke ("The
    // interlocutors exchanged views on ...").
    "the interlocutors",
    "the presidents",
    "the ambassadors",
];

/// Nouns by which an article refers back to a body it has named ("the
/// ministry" for the Russian Foreign Ministry).
pub(super) const BODY_NOUNS: &[&str] = &[
    "ministry",
    "council",
    "committee",
    "secretariat",
    "assembly",
    "parliament",
    "government",
    "court",
    "service",
];

/// Finds the [`BODY_NOUNS`] in any ASCII case, to pass over names that hold
/// none before they are lowered and split.
pub(super) static BODY_NOUN_FINDER: Pattern<AhoCorasick> = Pattern::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(BODY_NOUNS)
        .expect("body nouns")
});

/// The body a main clause's subject refers back to by its kind ("The
/// ministry listed ..."): the latest of `bodies_named` named by that noun.
pub(super) fn body_referred(
    reading: &Reading,
    bodies_named: &[(String, String)],
) -> Option<String> {
    let mut words = reading.main_clause_words().peekable();
    // "In January the parliament had approved ...": past a time that
    // opens the clause with no comma of its own.
    if words
        .peek()
        .is_some_and(|w| matches!(w.as_str(), "in" | "on" | "by" | "last" | "early" | "late"))
    {
        words.next();
        while words.peek().is_some_and(|w| {
            crate::extract::calendar::is_month_name(w)
                || crate::extract::calendar::is_weekday_name(w)
                || w.bytes().all(|b| b.is_ascii_digit())
        }) {
            words.next();
        }
    }
    // "Parliament passes the EU accession law": a parliament goes without
    // its article.
    let first = words.next()?;
    let noun = match first.as_str() {
        "the" => words.next()?,
        "parliament" => first,
        _ => return None,
    };
    if !BODY_NOUNS.contains(&noun.as_str()) {
        return None;
    }
    // "The ministry's spokeswoman", "the ministry of X": someone else, or a
    // body named in full.
    if matches!(
        words.next().as_deref(),
        Some("of" | "s" | "spokesman" | "spokeswoman")
    ) {
        return None;
    }
    bodies_named
        .iter()
        .rev()
        .find(|(named, _)| noun == *named)
        .map(|(_, id)| id.clone())
}

/// The group a sentence's main clause has for its subject, as written in
/// lowercase ("the leaders").
pub(super) fn group_named(reading: &Reading) -> Option<String> {
    let main = main_clause_lowercase(reading);
    // "On Thursday the heads of state confirmed him": the group may also
    // stand right before the main verb, after an opening the clause
    // reader left in.
    let before_verb = reading
        .shape
        .main_verb
        .as_ref()
        .map(|verb| reading.lower_of(reading.text[..verb.start].trim_end()));
    GROUP_SUBJECTS
        .iter()
        .find(|group| {
            followed_by_space(main, group)
                || before_verb.as_deref().is_some_and(|head| {
                    head.strip_suffix(*group)
                        .is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', ',']))
                })
        })
        .map(|group| group.to_string())
        .or_else(|| plural_subject(reading))
}

/// "The Russian peacekeepers had left by then": a plural noun phrase of a
/// few words before the main verb, which a "they" in the next sentence
/// stands for, as it is written (its article lowercased).
fn plural_subject(reading: &Reading) -> Option<String> {
    const MAX_WORDS: usize = 5;
    let verb = reading.shape.main_verb.as_ref()?;
    let start = reading.shape.lead_end.min(verb.start);
    let phrase = reading.text.get(start..verb.start)?.trim();
    let words: Vec<&str> = phrase.split(' ').collect();
    let (first, rest) = words.split_first()?;
    let head = rest.last()?;
    let plain = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-');
    let plural = head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && head.starts_with(char::is_lowercase);
    // A name among its words is an actor's, which the title names its way.
    let names_no_one = !reading
        .actors
        .iter()
        .any(|m| m.range.start >= start && m.range.end <= verb.start);
    (matches!(*first, "The" | "the")
        && (2..=MAX_WORDS).contains(&words.len())
        && rest.iter().all(|w| plain(w))
        && plural
        && names_no_one)
        .then(|| format!("the {}", rest.join(" ")))
}

/// Whether the main clause's subject is a group the story has introduced
/// ("The leaders adopted a package of documents").
pub(super) fn group_subject(reading: &Reading) -> bool {
    let main = main_clause_lowercase(reading);
    // "Sixty deputies voted in favour": a count of the story's group.
    let mut words = reading.main_clause_words();
    let counted = words.next().is_some_and(|w| is_number_word(&w))
        && words
            .next()
            .is_some_and(|w| matches!(w.as_str(), "deputies" | "lawmakers" | "members" | "mps"));
    counted
        || GROUP_SUBJECTS
            .iter()
            .any(|group| followed_by_space(main, group))
}

/// Whether the main clause's subject is an occasion or a crowd ("The
/// session in narrow format has begun", "several hundred people have
/// gathered near the venue"): in an entry of a live feed, that is the
/// news of its hour, though no one is named.
pub(super) fn occasion_or_crowd_subject(reading: &Reading) -> bool {
    const CROWDS: &[&str] = &[
        "protesters",
        "demonstrators",
        "crowds",
        "people",
        "supporters",
    ];
    const SUBJECT_WORDS: usize = 6;
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    let start = reading.shape.lead_end.min(verb.start);
    let subject: Vec<Word> = reading.words_of(&reading.text[start..verb.start]).collect();
    subject.len() <= SUBJECT_WORDS
        && subject
            .iter()
            .any(|w| super::focus::OCCASIONS.contains(&w.as_str()) || CROWDS.contains(&w.as_str()))
}

/// The group of people a sentence names last ("when the leaders chose
/// Zas"), as written in lowercase, if it names one of [`GROUP_SUBJECTS`].
pub(super) fn group_mentioned_in(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    GROUP_SUBJECTS
        .iter()
        .filter_map(|group| {
            let noun = group.strip_prefix("the ")?;
            // "the leaders", or counted: "the three leaders' first meeting".
            crate::extract::text::occurrences(&lower, noun)
                .filter(|&at| crate::extract::text::stands_apart(&lower, at, at + noun.len()))
                .filter_map(|at| {
                    let before = lower[..at].strip_suffix(' ')?;
                    let opens = |head: &str| {
                        head.strip_suffix("the")
                            .is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', '(', '"']))
                    };
                    let start = if opens(before) {
                        before.len() - "the".len()
                    } else {
                        let (head, count) = before.rsplit_once(' ')?;
                        (is_number_word(count) && opens(head)).then(|| head.len() - "the".len())?
                    };
                    Some((start, &lower[start..at + noun.len()]))
                })
                .last()
        })
        .max_by_key(|(at, group)| (*at, group.len()))
        .map(|(_, group)| group.to_string())
}

/// Whether `text` opens with `word` and a space.
fn followed_by_space(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// A number in digits or in words ("60", "sixty").
pub(super) fn is_number_word(word: &str) -> bool {
    const NUMBERS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    ];
    word.chars().all(|c| c.is_ascii_digit()) || NUMBERS.iter().any(|n| word.starts_with(n))
}

/// Whether the main clause's subject is "we" or "I".
pub(super) fn first_person_subject(reading: &Reading) -> Option<FirstPerson> {
    let verb_start = reading
        .shape
        .main_verb
        .as_ref()
        .map_or(reading.text.len(), |v| v.start);
    let head = &reading.text[reading.shape.lead_end.min(verb_start)..verb_start];
    reading.words_of(head).find_map(|w| match w.as_str() {
        "we" => Some(FirstPerson::Plural),
        "i" => Some(FirstPerson::Singular),
        _ => None,
    })
}

/// Who speaks of themselves as the subject of an answer: "I" or "we".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FirstPerson {
    Singular,
    Plural,
}

/// A title that opens with "We" or "I", opening with the name it stands
/// for instead: "We had invoked Article 2" → "Armenia had invoked Article 2",
/// and a state's "our" its "its" ("We asked our allies" → "Armenia asked
/// its allies").
pub(super) fn first_person_named(title: &str, name: &str) -> String {
    for (pronoun, plural) in [("We ", true), ("we ", true), ("I ", false)] {
        if let Some(rest) = title.strip_prefix(pronoun) {
            let rest = if plural {
                rest.replace(" our ", " its ")
            } else {
                rest.to_string()
            };
            return format!("{name} {rest}");
        }
    }
    title.to_string()
}

/// A sentence of an interview's answer, as the statement of the one
/// interviewed on the day of the interview: "Armen Tadevosyan: “The real
/// step came last spring …”".
pub(super) fn answer_statement(
    reading: &Reading,
    transcript: &Transcript,
    name_of: &dyn Fn(&str) -> Option<String>,
) -> Candidate {
    const MAX: usize = 80;
    let focus = Focus::whole_sentence(reading);
    let speaker = transcript.interviewee.clone();
    let mut statement = candidate(
        reading,
        &focus,
        transcript.date,
        transcript.approximate,
        &[],
        None,
    );
    statement.actors.retain(|a| a != &speaker);
    statement.actors.insert(0, speaker.clone());
    statement.subject = Some(speaker.clone());
    statement.speech = true;
    let name = name_of(&speaker).unwrap_or(speaker);
    let words = transcript::without_label(reading.text).trim_end_matches(['.', ' ']);
    let words = if words.len() > MAX {
        let cut = words[..floor_boundary(words, MAX)]
            .rfind(' ')
            .unwrap_or(MAX.min(words.len()));
        format!("{}…", &words[..floor_boundary(words, cut)])
    } else {
        words.to_string()
    };
    statement.title = format!("{name}: “{words}”");
    statement
}

/// "We spoke to him in his office on Monday": the outlet, telling of itself,
/// tells of the interview it publishes, a happening of the one interviewed
/// on the day the introduction gives ("Armen Tadevosyan gives an interview
/// to Van Review"). `None` for any other sentence.
pub(super) fn interview_given(
    reading: &Reading,
    transcript: &Transcript,
    publisher: Option<&str>,
    name_of: &dyn Fn(&str) -> Option<String>,
) -> Option<Candidate> {
    let words: Vec<Word> = reading.words_of(reading.text).take(6).collect();
    let tells_the_interview = matches!(
        words
            .iter()
            .map(|w| w.as_str())
            .collect::<Vec<_>>()
            .as_slice(),
        [
            "we",
            "spoke" | "talked",
            "to" | "with",
            "him" | "her" | "them",
            ..
        ] | [
            "we",
            "met" | "interviewed" | "visited",
            "him" | "her" | "them",
            ..
        ]
    );
    if !tells_the_interview || transcript.approximate {
        return None;
    }
    let focus = Focus::whole_sentence(reading);
    let interviewee = transcript.interviewee.clone();
    let mut interview = candidate(reading, &focus, transcript.date, false, &[], None);
    interview.actors.retain(|a| a != &interviewee);
    interview.actors.insert(0, interviewee.clone());
    interview.terms.push(format!("@{interviewee}").into());
    interview.subject = Some(interviewee.clone());
    interview.speech = false;
    let name = name_of(&interviewee).unwrap_or(interviewee);
    interview.title = match publisher {
        Some(outlet) => format!("{name} gives an interview to {outlet}"),
        None => format!("{name} gives an interview"),
    };
    Some(interview)
}

/// "According to the President, the situation is now stable": the sentence
/// reports a statement; returns where its source is named (the lead).
pub(super) fn according_to(reading: &Reading) -> Option<Range<usize>> {
    let lead = reading.text.get(..reading.shape.lead_end)?;
    let lower = reading.lower_of(lead.trim_start());
    // "In the diplomat's opinion, ...", "In the view of the minister, ...".
    let opinion = lower.starts_with("in ")
        && reading
            .words_of(&lower)
            .any(|w| matches!(w.as_str(), "opinion" | "view"));
    ((crate::extract::clauses::names_a_source(&lower) || opinion) && lead.trim_end().ends_with(','))
        .then_some(0..reading.shape.lead_end)
}

/// Whether a sentence's narration is a speech tag: a verb of saying as its
/// main verb ("..., she said"), or first, before its speaker ("..., said
/// Timur Dzhaksybekov, a political scientist").
pub(super) fn is_speech_tag(reading: &Reading) -> bool {
    reading.shape.reporting
        || reading
            .words_of(narration(reading))
            .next()
            .is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "said" | "says" | "told" | "added" | "asked" | "noted"
                )
            })
}

/// The speaker a speech tag names: the actor in the narration, or none when
/// the tag says "he", "she" or "the minister".
pub(super) fn tag_speaker(reading: &Reading) -> Option<String> {
    reading.actors.first().map(|m| m.actor.clone())
}

/// The person a role in a speech tag stands for ("..., the head of state
/// said", "the Russian leader added"): a person named before whose
/// description holds the office, of the country the role names if it names
/// one.
pub(super) fn role_speaker(
    tag: &str,
    persons_named: &[(String, usize)],
    followed: Option<&str>,
    gazetteer: &Gazetteer,
) -> Option<String> {
    let tag = tag.to_lowercase();
    let role = gazetteer.speaker_role_in(&tag)?;
    let fits = |id: &str| holds_role(id, role, gazetteer);
    // The person the story follows, if the role fits them; else the one it
    // fits the article named most, the first of equals (the host its lead
    // names, not the last of a list of guests).
    followed
        .filter(|id| fits(id))
        .map(str::to_string)
        .or_else(|| {
            persons_named
                .iter()
                .enumerate()
                .filter(|(_, (id, _))| fits(id))
                .max_by_key(|(at, (_, times))| (*times, std::cmp::Reverse(*at)))
                .map(|(_, (id, _))| id.clone())
        })
}

/// "The Chair recalled that on 12 June 2024 the Prime Minister had told the
/// National Assembly ...": a role of no country of its own ("the prime
/// minister", "the foreign minister") as the subject of a clause of its own
/// in the narration (after "that", "when" or a date, before its verb), in
/// an article that has named no one holding it, is whoever held it in
/// `year` in the state the article is about (`home_state`), when the
/// gazetteer knows just one.
pub(super) fn offices_standing_alone(
    text: &str,
    quoted: &[Range<usize>],
    mentions: &mut Vec<ActorMention>,
    gazetteer: &Gazetteer,
    year: i32,
    persons_named: &[(String, usize)],
    home_state: &mut dyn FnMut() -> Option<String>,
) {
    // Most sentences name no office: passed over before lowering.
    if !["inister", "INISTER", "remier", "REMIER", "ead of", "EAD OF"]
        .iter()
        .any(|w| text.contains(w))
    {
        return;
    }
    let lowered = text.to_lowercase();
    // Lowering keeps offsets only where it keeps lengths.
    if lowered.len() != text.len() {
        return;
    }
    let roles = gazetteer
        .rules()
        .speaker_roles
        .iter()
        .filter(|r| r.country.is_none());
    for role in roles {
        for (at, _) in lowered.match_indices(role.role.as_str()) {
            let phrase = at..at + role.role.len();
            let after = text[phrase.end..].trim_start_matches([',', ' ']);
            // The subject of a clause of its own: "when the prime minister
            // said", "that on 12 June 2024 the Prime Minister had told".
            let opens_a_clause = words_of(&lowered[..at]).last().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "that" | "when" | "after" | "before" | "as" | "because" | "until"
                ) || w.as_str().bytes().all(|b| b.is_ascii_digit())
            });
            let verb_follows = words_of(after).next().is_some_and(|w| {
                matches!(w.as_str(), "had" | "has" | "was" | "did" | "would" | "will")
                    || crate::extract::clauses::is_past_form(&w)
            });
            let stands_alone = crate::extract::text::at_word_start(text, at)
                && crate::extract::text::at_word_end(text, phrase.end)
                && opens_a_clause
                && verb_follows;
            let taken = mentions
                .iter()
                .any(|m| m.range.start < phrase.end && phrase.start < m.range.end);
            let in_quotes = quoted
                .iter()
                .any(|q| q.start <= phrase.start && phrase.end <= q.end);
            if !stands_alone || taken || in_quotes {
                continue;
            }
            // Where the article has named a holder, the role stands for
            // the person the story follows, as subjects and speech tags
            // are read (see `role_speaker`).
            if persons_named
                .iter()
                .any(|(id, _)| holds_role(id, role, gazetteer))
            {
                continue;
            }
            let Some(holder) = home_state().and_then(|state| {
                gazetteer
                    .holder_of(&role.office, &state, year)
                    .map(|holder| holder.id.clone())
            }) else {
                continue;
            };
            let position = mentions.partition_point(|m| m.range.start < phrase.start);
            mentions.insert(
                position,
                ActorMention {
                    range: phrase,
                    actor: holder,
                },
            );
        }
    }
}

/// Whether the actor `id` holds `role`: its description names the office,
/// and it belongs to the role's state if the role names one.
fn holds_role(id: &str, role: &SpeakerRole, gazetteer: &Gazetteer) -> bool {
    gazetteer.get(id).is_some_and(|a| {
        a.description.contains(role.office.as_str())
            && role
                .country
                .as_deref()
                .is_none_or(|c| a.country.as_deref() == Some(c))
    })
}

/// The role the main clause's subject names ("The Prime Minister had said
/// ..."), if it opens with one.
pub(super) fn subject_role<'a>(
    reading: &Reading<'a>,
    gazetteer: &'a Gazetteer,
) -> Option<&'a SpeakerRole> {
    *reading
        .subject_role
        .get_or_init(|| opening_role(reading, gazetteer))
}

/// [`subject_role`], read from the sentence.
fn opening_role<'g>(reading: &Reading, gazetteer: &'g Gazetteer) -> Option<&'g SpeakerRole> {
    let main = main_clause_lowercase(reading);
    // "The Armenian foreign minister ...": the role of no country, after
    // the country's adjective (read as written: demonyms are capitalised).
    let written = reading.text[reading.shape.lead_end.min(reading.text.len())..].trim_start();
    let unqualified = written
        .strip_prefix("The ")
        .and_then(|rest| rest.split_once(' '))
        .filter(|(word, _)| gazetteer.state_by_demonym(word).is_some())
        .map(|(_, rest)| format!("the {}", rest.to_lowercase()));
    [Some(main), unqualified.as_deref()]
        .into_iter()
        .flatten()
        .find_map(|main| gazetteer.speaker_role_opening(main))
}

/// Whether `id` may stand for the subject of the main clause: any person,
/// unless the subject names a role `id` does not hold ("the Prime
/// Minister" is not the president the answer before named).
pub(super) fn may_stand_for_subject<'a>(
    id: &str,
    reading: &Reading<'a>,
    gazetteer: &'a Gazetteer,
) -> bool {
    subject_role(reading, gazetteer).is_none_or(|role| holds_role(id, role, gazetteer))
}

/// "Speaker: “the quoted words…”", cut at a word boundary.
pub(super) fn quotation_title(speaker: &str, reading: &Reading) -> String {
    const MAX: usize = 80;
    let words: String = reading
        .quoted
        .iter()
        .map(|q| {
            reading.text[q.clone()]
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != '!')
        })
        .collect::<Vec<_>>()
        .join(" ");
    let words = words.trim_end_matches([',', '.', ';', ':']).trim();
    let budget = MAX.saturating_sub(speaker.len() + 4);
    let cut = if words.len() > budget {
        let mut at = floor_boundary(words, budget);
        if let Some(space) = words[..at].rfind(' ') {
            at = space;
        }
        format!("{}…", words[..at].trim_end_matches([',', ';', ':', ' ']))
    } else {
        words.to_string()
    };
    format!("{speaker}: “{cut}”")
}

/// How many words may name the speaker before a colon ("Pashinyan to
/// parliament:", "Kremlin spokesman Dmitry Peskov:").
const COLON_SPEAKER_WORDS: usize = 6;

/// "Pashinyan: the death toll has risen to 105.", "Peskov: Putin is doing
/// everything he can": a person named before a colon says what follows, as
/// headlines and news feeds write a statement. Dated by the day its post or
/// paragraph gives (`day`), else by the report, roughly.
pub(super) fn colon_statement(
    reading: &Reading,
    day: Option<EventDate>,
    published: chrono::NaiveDate,
    is_person: &dyn Fn(&str) -> bool,
    name_of: &dyn Fn(&str) -> Option<String>,
) -> Option<Candidate> {
    let colon = reading.text.find(':')?;
    if reading.in_quotes(&(colon..colon + 1)) {
        return None;
    }
    let said = reading.text[colon + 1..].trim();
    let prefix = &reading.text[..colon];
    if reading.words_of(prefix).count() > COLON_SPEAKER_WORDS || reading.words_of(said).count() < 4
    {
        return None;
    }
    let speaker = reading
        .actors
        .iter()
        .filter(|m| m.range.end <= colon)
        .map(|m| m.actor.clone())
        .find(|id| is_person(id))?;
    let focus = Focus::whole_sentence(reading);
    let (date, approximate) = match day {
        Some(day) => (day, false),
        None => (EventDate::from_naive(published), true),
    };
    let mut statement = candidate(reading, &focus, date, approximate, &[], None);
    statement.actors.retain(|a| a != &speaker);
    statement.actors.insert(0, speaker.clone());
    statement.subject = Some(speaker.clone());
    statement.speech = true;
    let name = name_of(&speaker).unwrap_or(speaker);
    let said = crate::extract::title::uncapitalise_article(said);
    statement.title = tidy(&format!("{name} says {}", said.trim_end_matches('.')));
    Some(statement)
}

/// "Armenia's foreign minister", "Azerbaijan's president", "Nikol
/// Pashinyan's foreign minister", "the head of the Armenian government": an
/// office named by its state (or by
/// someone of that state), or a speaker role of a state, is the person who
/// held it in `year`, when the gazetteer knows just one. The state's
/// mention becomes that person's, over the whole phrase.
pub(super) fn possessed_offices(
    text: &str,
    main_clause_start: usize,
    mentions: &mut Vec<ActorMention>,
    gazetteer: &Gazetteer,
    year: i32,
) {
    let country_of = |id: &str| {
        gazetteer.get(id).and_then(|a| match a.kind {
            ActorKind::State => Some(a.id.clone()),
            _ => a.country.clone(),
        })
    };
    // The office right after `at`, and who held it for `country`.
    let held = |at: usize, country: &str| {
        let lowered = text[at..].to_lowercase();
        let word_of = |noun: &str| {
            lowered.starts_with(noun) && !lowered[noun.len()..].starts_with(char::is_alphanumeric)
        };
        // Roles of no country of their own, written without "the", or
        // an office itself ("Azerbaijan's president").
        let (office, noun) = gazetteer.rules().speaker_roles.iter().find_map(|r| {
            let noun = r.role.strip_prefix("the ").filter(|_| r.country.is_none());
            let office = r.office.to_lowercase();
            noun.filter(|noun| word_of(noun))
                .map(|noun| (&r.office, noun.len()))
                .or_else(|| word_of(&office).then_some((&r.office, office.len())))
        })?;
        let holder = gazetteer.holder_of(office, country, year)?;
        let end = at + noun;
        text.is_char_boundary(end).then(|| (end, holder.id.clone()))
    };
    // "the head of the Armenian government", "the Russian president": a
    // role that names its state holds the state's mention inside it.
    let lowered = text.to_lowercase();
    // Lowercasing keeps these texts' offsets where they hold only ASCII
    // before the role.
    let found = if lowered.len() == text.len() {
        gazetteer.speaker_roles_found(&lowered)
    } else {
        Vec::new()
    };
    for (role, at) in found {
        let Some(country) = &role.country else {
            continue;
        };
        let phrase = at..at + role.role.len();
        let whole_words = crate::extract::text::at_word_start(text, phrase.start)
            && crate::extract::text::at_word_end(text, phrase.end);
        // As the sentence's subject or its source only: "the words of
        // the Armenian prime minister" in someone else's statement leave
        // the one the story follows where they were.
        let before = lowered[..at].trim_end();
        // "Speaking in the narrow format, the Belarusian leader noted":
        // the subject after an opening phrase set off by its comma.
        // "In his remarks at the summit the Russian leader said": the
        // subject where the main clause begins, past an opening phrase.
        let speaks = before.is_empty()
            || before.ends_with(',')
            || at == main_clause_start
            || crate::extract::clauses::names_a_source(&format!(
                "{} ",
                before.rsplit(',').next().unwrap_or(before).trim_start()
            ));
        if !whole_words || !speaks {
            continue;
        }
        let Some(holder) = gazetteer.holder_of(&role.office, country, year) else {
            continue;
        };
        // "the Russian president, Vladimir Putin": the name says who.
        let named_after = mentions.iter().any(|m| {
            (phrase.end..phrase.end + 3).contains(&m.range.start)
                && gazetteer
                    .get(&m.actor)
                    .is_none_or(|a| a.kind == ActorKind::Person)
        });
        let inside = |m: &ActorMention| phrase.start <= m.range.start && m.range.end <= phrase.end;
        if named_after
            || mentions
                .iter()
                .any(|m| inside(m) && country_of(&m.actor).as_deref() != Some(country.as_str()))
        {
            continue;
        }
        mentions.retain(|m| !inside(m));
        let at = mentions.partition_point(|m| m.range.start < phrase.start);
        mentions.insert(
            at,
            ActorMention {
                range: phrase,
                actor: holder.id.clone(),
            },
        );
    }
    for m in mentions.iter_mut() {
        let rest = &text[m.range.end..];
        let Some(owned) = ["'s ", "’s "].iter().find(|p| rest.starts_with(*p)) else {
            continue;
        };
        if let Some(country) = country_of(&m.actor)
            && let Some((end, holder)) = held(m.range.end + owned.len(), &country)
        {
            m.range = m.range.start..end;
            m.actor = holder;
        }
    }
    // "the Prime Minister of Armenia informed ...": the office of a state
    // named after it, unless the holder's name follows ("the Prime
    // Minister of Armenia Nikol Pashinyan").
    if lowered.len() == text.len() {
        let mut held_of = Vec::new();
        for (n, m) in mentions.iter().enumerate() {
            let is_state = gazetteer
                .get(&m.actor)
                .is_some_and(|a| a.kind == ActorKind::State);
            let Some(before) = lowered[..m.range.start].strip_suffix(" of ") else {
                continue;
            };
            let name_follows = mentions.get(n + 1).is_some_and(|next| {
                next.range.start <= m.range.end + 3
                    && gazetteer
                        .get(&next.actor)
                        .is_none_or(|a| a.kind == ActorKind::Person)
            });
            if !is_state || name_follows {
                continue;
            }
            let role = gazetteer.rules().speaker_roles.iter().find(|r| {
                r.country.is_none()
                    && r.role
                        .strip_prefix("the ")
                        .is_some_and(|noun| before.ends_with(&format!("the {noun}")))
            });
            let Some(role) = role else { continue };
            let Some(holder) = gazetteer.holder_of(&role.office, &m.actor, year) else {
                continue;
            };
            let start = m.range.start - " of ".len() - role.role.len();
            held_of.push((n, start, holder.id.clone()));
        }
        for (n, start, holder) in held_of.into_iter().rev() {
            mentions[n].range.start = start;
            mentions[n].actor = holder;
        }
    }
    // "Pashinyan skips the summit, a day after his foreign minister stayed
    // away": "his" is the person named last before it in the sentence.
    let is_person = |id: &str| {
        gazetteer
            .get(id)
            .is_some_and(|a| a.kind == ActorKind::Person)
    };
    let mut from = 0;
    while let Some(at) = next_his_or_her(text, from) {
        let len = "his ".len();
        from = at + len;
        if !crate::extract::text::at_word_start(text, at) {
            continue;
        }
        let Some(owner) = mentions
            .iter()
            .rfind(|m| m.range.end <= at && is_person(&m.actor))
        else {
            continue;
        };
        let Some(country) = country_of(&owner.actor) else {
            continue;
        };
        if let Some((end, holder)) = held(at + len, &country)
            && holder != owner.actor
        {
            let position = mentions.partition_point(|m| m.range.start < at);
            mentions.insert(
                position,
                ActorMention {
                    range: at..end,
                    actor: holder,
                },
            );
        }
    }
}

/// Labels of one who speaks for the one who has the floor.
const INTERPRETERS: &[&str] = &["INTERPRETER", "INTERPRETATION", "TRANSLATOR", "TRANSLATION"];

/// Who has the floor in a record of speakers (a parliament's stenogram, a
/// press conference): the person the last turn's label named, by actor id,
/// and whether the label gave an office they speak for.
pub(super) struct Turns {
    floor: Option<(String, bool)>,
    /// The names of the outlet's own writers the page presents ("our
    /// diplomatic correspondent Karen Mkrtchyan"), as its text writes them.
    own_writers: Vec<String>,
}

/// "Our diplomatic correspondent Karen Mkrtchyan", "our Moscow reporter
/// Anna Petrosyan": one of the outlet's own, named after their post.
static OWN_WRITER: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"\b[Oo]ur\s+(?:[\p{L}-]+\s+){0,2}(?:correspondent|reporter|editor|columnist|journalist)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})",
    )
    .expect("own writer pattern")
});

impl Turns {
    /// The turns of a page whose text is `text`.
    pub(super) fn of(text: &str) -> Self {
        // A page names its own writer by post: one without a word of a post
        // is not searched, nor one without "our".
        let posts = [
            "correspondent",
            "reporter",
            "editor",
            "columnist",
            "journalist",
        ];
        let own_writers =
            if (text.contains("our ") || text.contains("Our ")) && holds_any(text, &posts) {
                OWN_WRITER
                    .captures_iter(text)
                    .filter_map(|c| c.get(1))
                    .map(|name| name.as_str().to_string())
                    .collect()
            } else {
                Vec::new()
            };
        Turns {
            floor: None,
            own_writers,
        }
    }

    /// Whose words a line is. A label that names a person ("NIKOL
    /// PASHINYAN (Prime Minister): ...") gives them the floor; its office
    /// introduces someone the gazetteer does not know ("MURAT NURTLEU
    /// (Minister of Foreign Affairs of Kazakhstan)"). An interpreter's
    /// label, and a paragraph of the story with no label (`body`, of
    /// `prose` not a note in brackets such as "(Applause.)"), go on with
    /// the one who has it. Any other label ("MODERATOR:", "A VOICE FROM THE
    /// HALL:") takes the floor from them.
    pub(super) fn speaker_of(
        &mut self,
        line: &str,
        prose: &str,
        body: bool,
        scanner: &mut DocumentActorScanner,
        is_person: &dyn Fn(&str, &DocumentActorScanner) -> bool,
    ) -> Option<(String, bool)> {
        // Most documents are no record of speakers: no one has the floor,
        // and a line without a label is read no further.
        let Some((label, office)) = crate::extract::layout::turn_label(line) else {
            let floor = self.floor.as_ref()?;
            // "I thanked Kazakhstan for ...": a paragraph the speaker goes
            // on with speaks in the first person; the page's own ("The
            // record is published for information") does not.
            let goes_on = body
                && !prose.trim_start().starts_with('(')
                && words_of(prose)
                    .any(|w| matches!(w.as_str(), "i" | "we" | "my" | "our" | "us" | "me"));
            return goes_on.then(|| floor.clone());
        };
        if INTERPRETERS.contains(&label) {
            return self.floor.clone().filter(|_| body);
        }
        let name = name_case(label);
        // A live chat's answers by the outlet's own correspondent are the
        // outlet telling the news, as its stories do, not statements made.
        if self.own_writers.contains(&name) {
            self.floor = None;
            return None;
        }
        if let Some(office) = office
            && name.contains(' ')
        {
            scanner.introduce(&name, office);
        }
        self.floor = scanner
            .find(&name)
            .into_iter()
            // "PRIME MINISTER NIKOL PASHINYAN": the office may head the name.
            .find(|m| m.range.end == name.len())
            .map(|m| m.actor)
            .filter(|speaker| is_person(speaker, scanner))
            .map(|speaker| (speaker, office.is_some()));
        self.floor.clone().filter(|_| body)
    }
}

/// A name written in capitals, in the case a sentence writes it: "NIKOL
/// PASHINYAN" is "Nikol Pashinyan", "TER-PETROSYAN" is "Ter-Petrosyan".
fn name_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphabetic();
    }
    out
}

/// How a chair runs a sitting or a speaker takes a turn, which is no
/// statement of theirs: "The floor is given to deputy ...", "My question
/// is to the Minister of Defence", "We do not comment on every remark".
const PROCEDURAL_OPENINGS: &[&str] = &[
    "the floor is given",
    "the floor goes",
    "i give the floor",
    "i now give the floor",
    "in accordance with the agenda",
    "we now proceed",
    "we proceed to",
    "the sitting is",
    "the session is",
    "my question is",
    "i have a question",
    "we do not comment",
    "i will not comment",
    "no comment",
    "next question",
];

/// What a chair or a spokesman says to run a sitting or a briefing,
/// anywhere in a short sentence: "Question time is over, and we move on to
/// the next item", "Good afternoon, colleagues, I am ready for your
/// questions", "The Prime Minister is present".
static PROCEDURE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:(?:we|let\s+us|let's)\s+move\s+on\s+to|question\s+time\s+is\s+(?:over|open|closed)",
        r"|ready\s+for\s+your\s+questions|that\s+is\s+all\s+for\s+today|a\s+supplementary\s+question)\b",
        r"|^(?:the\s+)?(?:prime\s+minister|minister|president|speaker|government)\s+is\s+present\W*$",
    ))
    .expect("procedure pattern")
});

/// A greeting or thanks, which alone ("Thank you.") tells nothing.
static GREETING: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"(?i)^(?:good\s+(?:morning|afternoon|evening)|hello|thank\s+you|thanks|welcome)\b")
        .expect("greeting pattern")
});

/// Whether a turn's sentence only runs the sitting or takes the turn: a
/// procedural opening, or a ritual (see [`ritual`]).
pub(super) fn runs_the_sitting(text: &str) -> bool {
    let text = crate::extract::transcript::without_label(text).trim_start();
    PROCEDURAL_OPENINGS
        .iter()
        .any(|opening| crate::extract::text::after_opening(text, opening).is_some())
        || unlabelled_ritual(text)
}

/// Whether a sentence is a greeting or thanks alone ("Thank you.") or a
/// short sentence of a sitting's procedure (see [`PROCEDURE`]): nothing is
/// told, whoever says it and whatever day it names ("that is all for
/// today").
pub(super) fn ritual(text: &str) -> bool {
    unlabelled_ritual(crate::extract::transcript::without_label(text.trim()))
}

/// [`ritual`] of a sentence whose turn's label is already left out.
fn unlabelled_ritual(text: &str) -> bool {
    const MAX_GREETING_WORDS: usize = 4;
    const MAX_PROCEDURE_WORDS: usize = 14;
    let text = text.trim_start_matches(['"', '“', '«']);
    let words = text.split_whitespace().count();
    (words <= MAX_GREETING_WORDS && GREETING.is_match(text))
        || (words <= MAX_PROCEDURE_WORDS && PROCEDURE.is_match(text))
}

/// Whether a statement's speaker is described as someone who comments on
/// the news rather than makes it ("said Hovik Barseghyan, a former
/// diplomat, in a comment to the agency", "said Tigran Vardazaryan, a
/// political scientist in Yerevan"): they speak on the day of the report,
/// not on the day the story told of.
pub(super) fn comments_on_the_news(reading: &Reading) -> bool {
    const COMMENTATORS: &[&str] = &[
        "political scientist",
        "political analyst",
        "an analyst",
        "an expert",
        "a former diplomat",
        "a former ambassador",
        "a commentator",
        "in a comment to",
        "security analyst",
        "who teaches",
        "a professor",
        "a lecturer",
        "a researcher",
        "a fellow at",
        "think tank",
        "think-tank",
    ];
    // "a security researcher at ...", "a senior analyst with ...": the
    // one described by such a trade, whatever its modifiers.
    const TRADES: &[&str] = &[
        "analyst",
        "researcher",
        "scholar",
        "commentator",
        "professor",
        "lecturer",
    ];
    let narration = narration(reading).to_lowercase();
    COMMENTATORS.iter().any(|c| narration.contains(c))
        || reading
            .words_of(&narration)
            .any(|w| TRADES.contains(&w.as_str()))
}
