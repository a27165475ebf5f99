//! What a sentence tells that is not a happening: questions, hypotheticals,
//! the outlet speaking, things that did not happen, standing facts, views,
//! habits and trends. Each test reads one sentence; the reader of the
//! document asks them before it makes a candidate.

use super::*;

/// What the words of a sentence alone say against its telling a
/// happening, whatever the article around it: told by its text, its
/// quotations and its shape, and so worked out once for a sentence an
/// archive repeats (see [`memo::verdict`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Verdict {
    /// It supposes, expects, asks, invites, turns to the reader, opens with
    /// "not", signs off, greets, notes, cites a text, tells of its page or of
    /// what a paper leads with: no happening, whatever date it names.
    pub(crate) tells_none: bool,
    /// Many left unnamed say it ([`unnamed_many_say`]): no happening
    /// unless it names a date.
    pub(crate) many_say: bool,
}

impl Verdict {
    pub(super) fn of(reading: &Reading) -> Verdict {
        memo::verdict(reading.text, &reading.quoted, || Verdict {
            tells_none: hypothetical(reading)
                || expectation(reading)
                || question(reading)
                || invitation(reading)
                || turns_to_the_reader(reading)
                || opens_with_not(reading)
                || sign_off(reading.text)
                || salutation(reading)
                || super::speakers::ritual(reading.text)
                || editors_note(reading.text)
                || story_length(reading.text)
                || cites_a_text(reading.text)
                || cites_an_article(reading.text)
                || bibliographic_reference(reading.text)
                || about_the_page(reading.text)
                || paper_leads_with(reading.text)
                || poll_finding(reading.text)
                || time_stamp(reading.text),
            many_say: unnamed_many_say(reading),
        })
    }
}

/// "Her film follows Anahit through the visit of a CSTO delegation on 15
/// September", "The book traces the decline from the Yerevan summit of
/// November 2022": a work described in the present tells what it holds,
/// not a happening; the happenings it names have their own times.
pub(super) fn describes_a_work(reading: &Reading) -> bool {
    work_described(reading).is_some()
}

/// The verb of [`describes_a_work`] ("follows" in "Her film follows ..."),
/// as a range of the sentence.
pub(super) fn work_described(reading: &Reading) -> Option<Range<usize>> {
    const WORKS: &[&str] = &[
        "film",
        "documentary",
        "book",
        "novel",
        "report",
        "study",
        "exhibition",
        "series",
        "episode",
        "podcast",
        "chapter",
        "guide",
        "play",
        "album",
        "photograph",
        "photo",
        "volume",
        "essay",
        "memoir",
        "lecture",
        "course",
    ];
    const DESCRIBING: &[&str] = &[
        "follows",
        "traces",
        "tells",
        "shows",
        "covers",
        "recounts",
        "examines",
        "describes",
        "documents",
        "explores",
        "reconstructs",
        "opens",
        "charts",
        "chronicles",
        "revisits",
        "returns",
        "focuses",
        "centres",
        "centers",
        "depicts",
        "captures",
        "surveys",
        "ends",
        "counts",
        "assesses",
        "compares",
        "analyses",
        "analyzes",
        "lists",
        "presents",
    ];
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let verb_range = |at: usize, verb: &str| {
        at..at + verb.trim_end_matches(|c: char| !c.is_alphanumeric()).len()
    };
    let text = reading.text;
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .take(8)
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    // The work heads the subject, and its verb comes right after it (the
    // clause reader knows few of these verbs).
    words.windows(2).find_map(|pair| {
        let [(_, work), (at, verb)] = pair else {
            return None;
        };
        (WORKS.contains(&bare(work).as_str()) && DESCRIBING.contains(&bare(verb).as_str()))
            .then(|| verb_range(*at, verb))
    })
}

/// "Kentronian (talk) 11:02, 23 November 2023 (UTC)", "Posted by A. Sargsyan
/// 14:40, 23 November": a signature's stamp, names and a time of the day
/// with its date and nothing else, tells no happening.
pub(super) fn time_stamp(text: &str) -> bool {
    // No time of day without its colon: most sentences are spared the split.
    if !text.contains(':') {
        return false;
    }
    let clock = crate::extract::layout::is_clock_time;
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '·' | '|'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ';' | '—' | '–' | '-')))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| clock(w))
        && words.iter().all(|w| {
            clock(w)
                || w.chars().all(|c| c.is_ascii_digit())
                || w.starts_with(|c: char| c.is_uppercase())
                || matches!(
                    *w,
                    "talk" | "by" | "at" | "on" | "am" | "pm" | "a.m" | "p.m"
                )
        })
}

/// "Had the alliance named ...", "If Civil Contract wins in June, ...": what
/// a sentence supposes did not happen, whatever date it names.
pub(super) fn hypothetical(reading: &Reading) -> bool {
    let narration = narration(reading);
    // "A: If the bloc gave ..., we would look at it again": an answer's
    // label is not its first word.
    let first = reading
        .words_of(crate::extract::transcript::without_label(narration))
        .next()
        .unwrap_or_default();
    // "Deputies may submit written questions until Friday": what may or
    // can be done is a rule or a possibility, not a happening; so is what
    // must be ("Accreditation requests must be sent by Thursday"), and a
    // recommendation ("The government should send that notice before the
    // alliance meets again").
    let modal = reading.shape.main_verb.as_ref().is_some_and(|verb| {
        let group: Vec<Word> = reading.words_of(&reading.text[verb.clone()]).collect();
        match group.first().map(Word::as_str) {
            Some("may" | "might" | "can" | "could" | "must") => true,
            // ("It should be recalled that in January 2023 ..." opens the
            // news it recalls; "...; the mission that began work in
            // February is a start" tells one in its other clause.)
            Some("should" | "ought") => {
                !group
                    .last()
                    .is_some_and(|w| RECALLING.contains(&w.as_str()))
                    && !narration.contains(';')
            }
            _ => false,
        }
    });
    // "The alliance would have intervened ..." supposes; "a resolution
    // that would have asked ..." and "said the bloc would have ..." tell of
    // a happening that did take place: only a "would have" no later than
    // the main verb makes the sentence suppose.
    let verb_end = reading
        .shape
        .main_verb
        .as_ref()
        .map_or(usize::MAX, |verb| verb.end);
    // Only a sentence that holds "would have" in some case is lowered to
    // look for it: no letter outside ASCII lowers to one of its letters.
    // "Perhaps Armenia's leaders should have said all this in 2020": so
    // does what should, could or might have been.
    const SUPPOSING: [&str; 4] = ["would have", "should have", "could have", "might have"];
    static WOULD_HAVE: Pattern<AhoCorasick> = Pattern::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(SUPPOSING)
            .expect("'would have'")
    });
    let supposes = WOULD_HAVE.is_match(reading.text) && {
        let lowered = reading.lower_of(reading.text);
        SUPPOSING.iter().any(|phrase| {
            lowered
                .match_indices(phrase)
                .any(|(at, _)| at < verb_end && !reading.in_quotes(&(at..at + 1)))
        })
    };
    // "Suppose, for a moment, that Armenia invokes Article 4": the writer
    // asks the reader to suppose.
    let supposing = matches!(first.as_str(), "suppose" | "supposing" | "imagine")
        && !words_of(narration)
            .nth(1)
            .is_some_and(|second| matches!(second.as_str(), "of" | "by" | "is" | "was" | "has"));
    matches!(first.as_str(), "if" | "had" | "unless" | "were" | "should")
        || supposing
        || supposes
        || modal
}

/// The participles of "It should be recalled that ...", which opens news
/// told again.
const RECALLING: &[&str] = &[
    "recalled",
    "noted",
    "mentioned",
    "reminded",
    "stressed",
    "emphasized",
    "emphasised",
    "said",
];

/// "The second and final reading is expected in March", "Moscow is
/// expected to host the next session", "Rain is forecast in Yerevan
/// tomorrow": what is expected is looked for, not a happening, whatever
/// its date.
pub(super) fn expectation(reading: &Reading) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let group: Vec<Word> = reading.words_of(&reading.text[verb.clone()]).collect();
    let after = reading.words_of(&reading.text[verb.end..]).next();
    let expected = |w: &Word| matches!(w.as_str(), "expected" | "forecast" | "predicted");
    match group.as_slice() {
        [be, rest @ ..] if matches!(be.as_str(), "is" | "are" | "was" | "were") => {
            rest.last().is_some_and(expected)
                || (rest.is_empty() && after.as_ref().is_some_and(expected))
        }
        _ => false,
    }
}

/// A question ("Q: And the statement in parliament in June?", "What would
/// change her mind?") asks; it tells of no happening.
pub(super) fn question(reading: &Reading) -> bool {
    // A question's turn may open with what the interviewer states as known
    // ("Q: On 28 November, Armenia sent nobody to the summit. Who ...?"):
    // that sentence is news told in the outlet's voice; only the asking is not.
    let text = reading.text.trim_end();
    (text.ends_with('?') && !reading.in_quotes(&(text.len() - 1..text.len())))
        || open_question(text)
}

/// "What to watch: whether an Armenian envoy appears at ...": a question
/// put without its mark, after a label or as the sentence itself, asks
/// whether something will happen; it tells of nothing that did. "Whether
/// Armenia wants it or not, ..." concedes, and a quotation is someone's
/// words: neither asks.
pub(super) fn open_question(text: &str) -> bool {
    let after_label = match text.split_once(':') {
        Some((label, rest)) if words_of(label).count() <= 4 => rest,
        _ => text,
    };
    after_label.trim_start().starts_with(char::is_alphabetic)
        && words_of(after_label).next().as_deref() == Some("whether")
        && !after_label.contains(" or not")
}

/// `narration` up to the clause a verb of saying reports ("Pashinyan ...
/// told parliament | that we will leave"): the "we" of what someone is
/// reported to have said is theirs, not the writer's.
fn before_what_was_said<'t>(reading: &Reading, narration: &'t str) -> &'t str {
    if !reading.shape.reporting {
        return narration;
    }
    reading
        .shape
        .subordinate
        .iter()
        .filter(|clause| {
            narration
                .get((*clause).clone())
                .is_some_and(|said| said.starts_with("that "))
        })
        .map(|clause| clause.start)
        .min()
        .map_or(narration, |start| &narration[..start])
}

/// Narration in the first or second person is the outlet talking to its
/// readers ("We will be back with a new blog on Friday"), not news.
pub(super) fn outlet_speaking(reading: &Reading) -> bool {
    // As written: "US" is a country, "us" the outlet. "..., a source told
    // us" only says where the news came from.
    let narration = before_what_was_said(reading, narration(reading));
    // "Peskov said Armenia was still an ally, which in Kremlin language
    // means it intends to wait us out": the writer's aside on a happening
    // told does not make it the outlet talking.
    // Found by a scan for its comma, rarer than the searcher `find` sets up.
    let told = crate::extract::text::occurrences(narration, ", which ")
        .next()
        .map_or(narration, |aside| &narration[..aside]);
    // "The autumn fair raised 640,000 drams for the families who have
    // joined us": a relative clause after the main verb describes those it
    // names; its "us" does not make the deed the outlet's.
    let told = reading
        .shape
        .main_verb
        .as_ref()
        .and_then(|verb| {
            crate::extract::text::occurrences(told, " who ").find(|&at| verb.end <= at)
        })
        .map_or(told, |relative| &told[..relative]);
    // "What we know is that the leaders agreed ...": the frame is the
    // outlet's, the clause after it the news.
    let told = crate::extract::title::without_cleft_frame(told);
    // "Let me remind you that on 22 February ...": the lead only points at
    // what is told.
    let told = crate::extract::title::pointing_lead_end(told).map_or(told, |end| &told[end..]);
    // One pass over the words, none of them kept: most sentences are
    // asked and few are the outlet speaking.
    let (mut first, mut second) = (None, None);
    let (mut host, mut speaks, mut mine) = (false, false, false);
    let mut ours = 0;
    let mut before: Option<&str> = None;
    let verb_start = reading.shape.main_verb.as_ref().map(|verb| verb.start);
    // ("Also let us remind that ...": the first words after an "also".)
    let mut skipped = 0;
    for (n, w) in reading.written_words_of(told).enumerate() {
        if n == 0 && w.eq_ignore_ascii_case("also") {
            skipped = 1;
        }
        match n.checked_sub(skipped) {
            Some(0) => first = Some(w),
            Some(1) => second = Some(w),
            _ => {}
        }
        // "My guest this week is Tatevik Ordyan": the host introducing the show.
        host |= matches!(before, Some("My" | "my")) && matches!(w, "guest" | "guests");
        // ("Liana reminds us that ...": so is what someone reminds of.)
        let after_told = matches!(
            before,
            Some("told" | "tells" | "reminds" | "reminded" | "remind")
        );
        // "told our correspondent", "in an interview with our
        // newspaper": where the news came from, too.
        let source = matches!(before, Some("told" | "tells" | "to" | "with"));
        // "Our prime minister had refused to sign": the writer's country's
        // office acting, not the writer.
        let of_our_state = matches!(before, Some("Our" | "our")) && OUR_STATES_OWN.contains(&w);
        // "the leaders met in Astana without us": an "us" a preposition
        // governs is the writer's country, as an "our" is.
        let us_governed = w == "us"
            && matches!(
                before,
                Some("without" | "against" | "for" | "from" | "toward" | "towards" | "behind")
            );
        speaks |= matches!(w, "we" | "We" | "You" | "you" | "your" | "Your")
            || (before == Some("Our") && !of_our_state)
            || (w == "us" && !after_told && !us_governed);
        ours += usize::from((w == "our" && !source) || us_governed);
        ours -= usize::from(before == Some("our") && of_our_state && ours > 0);
        // "the prime minister wrote to Putin ... under the treaty between
        // our two countries": the writer's country past the main verb
        // says what was done, by whoever the subject is; it does not make
        // the writer its doer.
        let at = (w.as_ptr() as usize).wrapping_sub(reading.text.as_ptr() as usize);
        let past_the_verb = verb_start.is_some_and(|verb| at < reading.text.len() && at > verb);
        let our_country = matches!(w, "two" | "countries") || NATIONAL_NOUNS.contains(&w);
        ours -= usize::from(
            before == Some("our") && past_the_verb && our_country && !of_our_state && ours > 0,
        );
        mine |= w == "I";
        before = Some(w);
    }
    // ("Our" ending the text speaks as any "Our" does.)
    speaks |= before == Some("Our");
    // "This brief reviews how ...", "This article looks at ...": the
    // piece speaking of itself.
    let of_itself = matches!(first, Some("This" | "this"))
        && second.is_some_and(|w| {
            matches!(
                w,
                "brief"
                    | "article"
                    | "report"
                    | "paper"
                    | "analysis"
                    | "column"
                    | "piece"
                    | "story"
                    | "newsletter"
                    | "explainer"
                    | "chapter"
                    | "section"
            )
        });
    // "Let us remind that on February 22 ...", as translated agencies
    // write "Recall that": the outlet only points back to what it tells.
    let reminder = first.is_some_and(|w| w.eq_ignore_ascii_case("let")) && second == Some("us");
    // "The next day Pashinyan read out the number of our dead": the
    // writer's "our" in a deed of someone named is still that deed (not
    // in the writer's own: "When our Security Council asked, I telephoned").
    let of_someone_named = || {
        reading.shape.main_verb.as_ref().is_some_and(|verb| {
            reading.actors.iter().any(|m| {
                m.range.end <= verb.start
                    && !reading.text[..m.range.start]
                        .trim_end()
                        .to_lowercase()
                        .ends_with("our")
            })
        })
    };
    // "In my view, Yerevan's concession was the right call": the writer's
    // own judgement (a speaker's, when a tag or quotation marks give it to
    // someone, is a statement).
    let writer_judges = reading.shape.tag_start.is_none()
        && !reading.text.trim_start().starts_with(['"', '“', '«', '‘'])
        && [
            "in my view",
            "in my opinion",
            "to my mind",
            "in our view",
            "in our opinion",
        ]
        .iter()
        .any(|opener| {
            told.get(..opener.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(opener))
        });
    // "charged Robert Kocharyan, our second president, with ...": an "our"
    // describing someone the sentence names is the writer's aside, not
    // the writer's own deed.
    let described = reading
        .actors
        .iter()
        .filter(|m| reading.text[m.range.end..].starts_with(", our "))
        .count();
    let ours = ours > described;
    !reminder
        && (of_itself || host || speaks || writer_judges || (ours && (mine || !of_someone_named())))
}

/// What a country has ("our prime minister", "our border"): with "our"
/// before it, the sentence speaks for the country.
const NATIONAL_NOUNS: &[&str] = &[
    "prime",
    "president",
    "government",
    "country",
    "army",
    "troops",
    "soldiers",
    "border",
    "borders",
    "investigators",
    "parliament",
    "foreign",
    "ministry",
    "diplomats",
    "allies",
    "territory",
    "sovereignty",
    "republic",
    "defence",
    "defense",
    "servicemen",
    "citizens",
    "embassy",
    "delegation",
    "dues",
    "membership",
    "participation",
];

/// What a country does ("we invoked Article 4", "we had asked"): with "we"
/// before it, the sentence speaks for the country.
const NATIONAL_DEEDS: &[&str] = &[
    "invoked",
    "asked",
    "requested",
    "appealed",
    "signed",
    "joined",
    "left",
    "received",
    "froze",
    "suspended",
    "stopped",
    "recalled",
    "sent",
    "voted",
    "ratified",
    "refused",
    "declined",
    "withdrew",
    "hosted",
    "chaired",
    "paid",
    "applied",
    "turned",
    "got",
];

/// Whether a sentence's "we" or "our" speaks for a country rather than for
/// the outlet: "In September 2022 we invoked Article 4", "our prime
/// minister refused to sign".
pub(super) fn national_voice(reading: &Reading) -> bool {
    // Most sentences hold neither word: they are passed over before the
    // narration is copied and split into words.
    // Without quotations the narration is the sentence, and either word
    // must stand on its own in it; a quotation blanked may cut a word short,
    // so then any occurrence will do.
    static WORDS: Pattern<AhoCorasick> = Pattern::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["we", "our"])
            .expect("'we' and 'our'")
    });
    let text = reading.text;
    // Neither word overlaps itself or the other: a search of matches one
    // after another sees every occurrence.
    let holds = WORDS.with(|words| {
        words.find_iter(text).any(|hit| {
            !reading.quoted.is_empty()
                || (text[..hit.start()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
                    && text[hit.end()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric()))
        })
    });
    if !holds {
        return false;
    }
    let narrated = before_what_was_said(reading, narration(reading));
    let words: Vec<Word> = reading.words_of(narrated).collect();
    words.iter().enumerate().any(|(n, w)| match w.as_str() {
        "our" => words
            .get(n + 1)
            .is_some_and(|next| NATIONAL_NOUNS.contains(&next.as_str())),
        "we" => words[n + 1..]
            .iter()
            .take(3)
            .any(|next| NATIONAL_DEEDS.contains(&next.as_str())),
        _ => false,
    })
}

/// The main clause says its happening did not happen: "The Kremlin did not
/// respond", "Armenia has not left", "has received no notification". A
/// statement ("said it would not ...") and a refusal still happened, and so
/// does what someone announces they will not do.
pub(super) fn did_not_happen(reading: &Reading) -> bool {
    negated_main(reading, false)
}

/// [`did_not_happen`], where `strict` also counts staying away ("did not
/// attend") as nothing happening: so it is, beside another happening the
/// sentence tells of ("who informed ... last week, did not attend").
pub(super) fn negated_main(reading: &Reading, strict: bool) -> bool {
    says_nothing(reading)
        || plan_that_fell_through(reading)
        || unsaid(reading)
        || !reading.shape.reporting
            && !reported_at_end(reading)
            && according_to(reading).is_none()
            && negated_verb(reading, strict)
}

/// "His office had not responded to the remarks", "The ministry did not
/// comment": a verb of saying negated in its own group says nothing was
/// said. ("said he would not attend" negates what was said, not the saying.)
fn unsaid(reading: &Reading) -> bool {
    reading.shape.reporting
        && reading.shape.main_verb.as_ref().is_some_and(|verb| {
            negated_group(&reading.text[verb.clone()])
                // "He never spoke of the organisation with the same warmth
                // again": "never" just before the verb.
                || reading.words_of(&reading.text[..verb.start])
                    .last()
                    .is_some_and(|w| w == "never")
        })
}

/// Whether a verb group holds its own negation ("did not respond", "hasn't
/// said", "never answered").
fn negated_group(group: &str) -> bool {
    words_of(group).any(|w| matches!(w.as_str(), "not" | "never" | "t"))
        || group.contains("n't")
        || group.contains("n’t")
}

/// Whether the clause at `span` (what was said) tells, in the past, of
/// something that did not happen: "the treaty had not worked", "the allies
/// did not respond".
pub(super) fn negated_clause(reading: &Reading, span: &Range<usize>) -> bool {
    let words: Vec<Word> = reading
        .words_of(&reading.text[span.clone()])
        .take(10)
        .collect();
    words.windows(2).any(|pair| {
        matches!(
            pair[0].as_str(),
            "had" | "did" | "has" | "have" | "was" | "were"
        ) && matches!(pair[1].as_str(), "not" | "never")
    }) || words.iter().any(|w| {
        matches!(
            w.as_str(),
            "hadn" | "didn" | "hasn" | "haven" | "wasn" | "weren"
        )
    })
}

/// "... when none came to Syunik last May", "after nobody answered": a
/// clause whose subject is no one or nothing tells what did not happen.
pub(super) fn clause_of_no_one(reading: &Reading, span: &Range<usize>) -> bool {
    let mut words = words_of(&reading.text[span.clone()]).peekable();
    words.next_if(|w| {
        matches!(
            w.as_str(),
            "when"
                | "as"
                | "after"
                | "because"
                | "while"
                | "though"
                | "although"
                | "that"
                | "and"
                | "but"
        )
    });
    match words.next().as_deref() {
        Some("none" | "nobody" | "nothing" | "neither") => true,
        Some("no") => words.next().is_some_and(|w| w == "one"),
        _ => false,
    }
}

/// "Quiet night on the border: no shelling reported": a verb of saying
/// whose subject is nothing, after a colon or not.
fn said_of_nothing(reading: &Reading) -> bool {
    reading.shape.main_verb.as_ref().is_some_and(|verb| {
        let subject = &reading.text[reading.shape.lead_end.min(verb.start)..verb.start];
        let subject = subject.rsplit(':').next().unwrap_or(subject);
        reading
            .words_of(subject)
            .next()
            .is_some_and(|w| matches!(w.as_str(), "no" | "nothing" | "nobody" | "none"))
    })
}

/// "..., and the CSTO, which had no mandate there, said nothing": a verb
/// of saying with nothing said.
/// So is a verb of saying whose subject is nothing ("no shelling reported").
pub(super) fn says_nothing(reading: &Reading) -> bool {
    // "No anniversaries on this date this year.": a line with no verb that
    // opens on "no" lists nothing.
    let lists_nothing = reading.shape.main_verb.is_none()
        && reading
            .words_of(reading.text)
            .next()
            .is_some_and(|w| matches!(w.as_str(), "no" | "nothing" | "none"));
    lists_nothing
        || reading.shape.main_verb.as_ref().is_some_and(|verb| {
            reading
                .words_of(&reading.text[verb.end..])
                .next()
                .is_some_and(|w| w == "nothing")
        })
        || (reading.shape.reporting && said_of_nothing(reading))
}

/// "The exercise had been due to take place on Armenian soil", "The
/// ministers were supposed to meet in May": a plan told as one that was
/// (the past of a schedule) says it did not come about.
fn plan_that_fell_through(reading: &Reading) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let words: Vec<Word> = reading
        .words_of(&reading.text[verb.start..])
        .take(4)
        .collect();
    let plan = |w: &Word| {
        matches!(
            w.as_str(),
            "due" | "scheduled" | "expected" | "planned" | "supposed" | "meant" | "set"
        )
    };
    match words.as_slice() {
        [had, been, planned, to, ..] if had == "had" && been == "been" => {
            plan(planned) && to == "to"
        }
        [was, planned, to, ..] if matches!(was.as_str(), "was" | "were") => {
            matches!(planned.as_str(), "supposed" | "meant") && to == "to"
        }
        _ => false,
    }
}

/// Whether the main verb is negated, said by anyone: "According to him,
/// the CSTO did not fulfil its obligations" is a statement made, but of
/// nothing that happened.
pub(super) fn negated_verb(reading: &Reading, strict: bool) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let verb_group = verb;
    let group = &reading.text[verb.clone()];
    let after: Vec<Word> = reading
        .words_of(&reading.text[verb.end..])
        .take(2)
        .collect();
    // "No one from the Armenian delegation took part", "Nothing is
    // scheduled on the CSTO track today": a subject that is no one or
    // nothing negates the verb as "not" does.
    // "Quiet night on the border: no shelling reported": after a colon
    // the clause starts anew.
    let subject = &reading.text[reading.shape.lead_end.min(verb.start)..verb.start];
    let subject = subject.rsplit(':').next().unwrap_or(subject);
    let nobody = reading
        .words_of(subject)
        .next()
        .is_some_and(|w| matches!(w.as_str(), "no" | "nobody" | "nothing" | "none" | "neither"));
    let negated = nobody
        || negated_through_adverbs(&reading.text[..verb.start])
        || negated_group(group)
        || after
            .first()
            .is_some_and(|w| matches!(w.as_str(), "not" | "never" | "no" | "nothing"));
    let announced = reading.words_of(group).any(|w| w == "will");
    // "did not attend", "did not sign": staying away is a deliberate act.
    // "did not even go": an adverb may stand between.
    let mut from_negation = reading
        .words_of(&reading.text[verb.start..])
        .skip_while(|w| !matches!(w.as_str(), "not" | "never" | "t"))
        .skip(1)
        .skip_while(|w| is_adverb(w))
        .peekable();
    let verb = from_negation.next().unwrap_or_default();
    // "did not take part in the session" stays away too; "in the vote"
    // only left a vote to others.
    let takes_part = matches!(verb.as_str(), "take" | "takes")
        && from_negation.peek().is_some_and(|w| w == "part")
        && reading
            .words_of(&reading.text[verb_group.end..])
            .take(PART_IN_WORDS)
            .any(|w| super::focus::OCCASIONS.contains(&w.as_str()));
    // "was not represented at the summit", "will not be there": a state or
    // a leader absent from a gathering stayed away from it.
    let absent = verb == "represented"
        || (verb == "be"
            && from_negation
                .peek()
                .is_some_and(|w| matches!(w.as_str(), "represented" | "there" | "present")));
    // "did not send a delegation" stays away; "did not send troops" left
    // undone what was asked.
    let sends_its_people = || {
        from_negation
            .take(4)
            .any(|w| sent_to_stand_for_it(&w) || matches!(w.as_str(), "anyone" | "anybody"))
    };
    // "Pashinyan sent no delegation", "Armenia sent no one", "sent
    // nobody": the negation on its object.
    let no_one_sent = match after.as_slice() {
        [no, whom, ..] if no == "no" => sent_to_stand_for_it(whom) || whom == "one",
        [nobody, ..] => nobody == "nobody",
        _ => false,
    };
    let sent_nobody = no_one_sent
        && reading
            .words_of(group)
            .last()
            .is_some_and(|w| matches!(w.as_str(), "sent" | "sends" | "send"));
    let boycott = matches!(
        verb.as_str(),
        "attend" | "sign" | "join" | "participate" | "vote" | "come" | "travel" | "go"
    ) || absent
        || (verb == "send" && sends_its_people())
        || takes_part
        || sent_nobody;
    negated && !announced && (!boycott || strict)
}

/// Whether a word names people a state sends to stand for it at a
/// gathering ("a delegation", "its envoy").
fn sent_to_stand_for_it(word: &str) -> bool {
    matches!(
        word,
        "delegation"
            | "representative"
            | "representatives"
            | "minister"
            | "envoy"
            | "official"
            | "officials"
            | "delegates"
            | "delegate"
    )
}

/// How many words after "did not" may name the gathering not taken part in.
const PART_IN_WORDS: usize = 6;

/// "he hasn't actually left", "Armenia has not yet formally withdrawn": a
/// negation kept from the verb by adverbs only. `before` is the text up to
/// the verb.
fn negated_through_adverbs(before: &str) -> bool {
    for word in before.split_whitespace().rev() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
        let lower = word.to_lowercase();
        if lower == "not" || lower == "never" || lower.ends_with("n't") || lower.ends_with("n’t")
        {
            return true;
        }
        if !is_adverb(&lower) {
            return false;
        }
    }
    false
}

/// Whether a lowercase word is an adverb a negation may stand apart from
/// its verb by ("not yet", "not even", "not formally").
fn is_adverb(lower: &str) -> bool {
    const ADVERBS: &[&str] = &["yet", "even", "ever", "still", "so", "far", "quite"];
    (lower.len() > 4 && lower.ends_with("ly")) || ADVERBS.contains(&lower)
}

/// "The week showed Yerevan which of its partners turn up", "For many in
/// Yerevan the summit confirmed a suspicion": a happening or a time that
/// showed or confirmed something is the writer's verdict on it, no
/// happening of its own. (Someone who confirmed something did: "The
/// Kremlin confirmed the visit".)
pub(super) fn verdict_on_a_thing(reading: &Reading) -> bool {
    const VERDICT_VERBS: &[&str] = &[
        "showed",
        "confirmed",
        "proved",
        "demonstrated",
        "revealed",
        "exposed",
        "underlined",
        "underscored",
        "highlighted",
    ];
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let mut group = reading.words_of(&reading.text[verb.clone()]);
    let (Some(word), None) = (group.next(), group.next()) else {
        return false;
    };
    if !VERDICT_VERBS.contains(&word.as_str()) {
        return false;
    }
    // "the week", "the summit", "that vote": a time or a happening, not
    // someone who acts ("The leaders confirmed Tasmagambetov").
    const THINGS: &[&str] = &[
        "week", "month", "year", "summit", "session", "vote", "war", "attack", "crisis", "episode",
        "affair", "decision", "meeting", "visit", "refusal", "move", "events", "days", "weekend",
    ];
    let subject = reading.shape.lead_end.min(verb.start)..verb.start;
    let subject_words: Vec<Word> = reading.words_of(&reading.text[subject]).collect();
    // "For many in Yerevan the summit confirmed ...": whose verdict it is
    // may come first, without a comma; the subject is the last noun phrase.
    let Some(determiner) = subject_words
        .iter()
        .rposition(|w| matches!(w.as_str(), "the" | "that" | "this"))
    else {
        return false;
    };
    let opened_by_whose = determiner == 0
        || subject_words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "for" | "to"));
    opened_by_whose
        && subject_words.len() - determiner <= 4
        && subject_words
            .last()
            .is_some_and(|w| THINGS.contains(&w.as_str()))
}

/// "It was his bluntest remark on the alliance", "There was also a domestic
/// side to Wednesday": a sentence that only says what something was (an
/// "it", "this" or "there" and a bare "was") judges or describes; it tells
/// of no happening. "It was signed in Minsk" (a participle follows) does.
pub(super) fn copular_evaluation(reading: &Reading) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let group: Vec<Word> = reading.words_of(&reading.text[verb.clone()]).collect();
    if seems_so(reading, verb, &group) {
        return true;
    }
    if !matches!(group.as_slice(), [w] if matches!(w.as_str(), "was" | "is" | "were" | "are")) {
        return false;
    }
    let subject: Vec<Word> = reading
        .words_of(&reading.text[reading.shape.lead_end.min(verb.start)..verb.start])
        .collect();
    // "Last week that was harder than usual": a time may open the clause.
    let pointing = |w: &Word| matches!(w.as_str(), "it" | "this" | "that" | "there");
    let time = |w: &Word| {
        matches!(
            w.as_str(),
            "last" | "this" | "week" | "month" | "year" | "yesterday" | "today" | "then"
        )
    };
    if !matches!(subject.split_last(), Some((w, before)) if pointing(w) && before.len() <= 2 && before.iter().all(time))
    {
        return false;
    }
    let after: Vec<Word> = reading
        .words_of(&reading.text[verb.end..])
        .filter(|w| !matches!(w.as_str(), "also" | "not"))
        .take(3)
        .collect();
    // "That was harder than usual": a comparison is an evaluation too.
    let compared = after.iter().skip(1).take(2).any(|w| w == "than");
    after.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "no" | "one"
        ) || w.ends_with("est")
            || compared
    })
}

/// "The relationship had looked almost warm", "The talks seemed
/// pointless": how something looked is a judgement, not a happening ("He
/// looked at the draft" is a deed: a preposition follows).
fn seems_so(reading: &Reading, verb: &Range<usize>, group: &[Word]) -> bool {
    let appears = group.last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "looked" | "looks" | "seemed" | "seems" | "sounded" | "sounds" | "felt" | "feels"
        )
    });
    let next = reading
        .words_of(&reading.text[verb.end..])
        .next()
        .unwrap_or_default();
    // "When Pashinyan told the Assembly on 12 June that ..., few looked
    // surprised": the clause of time tells the happening.
    let timed = reading
        .words_of(reading.text)
        .next()
        .is_some_and(|w| matches!(w.as_str(), "when" | "as" | "after" | "once" | "while"));
    appears
        && !timed
        && !next.is_empty()
        && !matches!(
            next.as_str(),
            "at" | "in"
                | "into"
                | "on"
                | "to"
                | "for"
                | "after"
                | "through"
                | "over"
                | "back"
                | "forward"
                | "out"
                | "up"
                | "around"
                | "with"
                | "toward"
                | "towards"
        )
}

/// "He did, very politely, and nobody answered him": a verb that only
/// stands for one said before (an auxiliary and nothing after it) tells
/// nothing a timeline could show.
pub(super) fn elliptical(reading: &Reading) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let auxiliaries_only = reading.words_of(&reading.text[verb.clone()]).all(|w| {
        matches!(
            w.as_str(),
            "did"
                | "does"
                | "do"
                | "has"
                | "have"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
                | "will"
                | "would"
                | "could"
                | "can"
                | "so"
                | "too"
        )
    });
    let after = reading.text[verb.end..].trim_start();
    auxiliaries_only && (after.is_empty() || after.starts_with([',', '.', ';', '—', '–']))
}

/// "... has not received a notification, the press secretary told
/// journalists": the sentence reports a statement, made whatever it says.
pub(super) fn reported_at_end(reading: &Reading) -> bool {
    // Every sentence is asked: the verbs are looked for in the sentence
    // itself, where copying it to blank its quotations and splitting all of
    // it into words cost far more. `narration` blanks a quotation byte for
    // byte, so offsets agree, and a comma or a letter inside a blanked
    // quotation is none.
    static VERBS: Pattern<AhoCorasick> = Pattern::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "said", "says", "told", "tells", "added", "stated", "noted", "stressed", "insisted",
            ])
            .expect("reporting verbs")
    });
    let text = reading.text;
    let blanked = |at: usize| {
        reading.quoted.iter().any(|q| {
            q.contains(&at) && text.is_char_boundary(q.start) && text.is_char_boundary(q.end)
        })
    };
    let mut tail = text.len();
    let tail = loop {
        match text[..tail].rfind(',') {
            Some(comma) if blanked(comma) => tail = comma,
            Some(comma) => break comma + 1,
            None => break 0,
        }
    };
    // A verb is one of the narration's words when it stands on its own
    // there: nothing of it blanked, and no letter or digit of the narration
    // on either side. Lowering lowers no letter beyond ASCII to one of the
    // verbs' letters (the Kelvin sign's "k" is in none of them), so a word
    // lowered to a verb is the verb in some case.
    let word_edge =
        |c: Option<(usize, char)>| c.is_none_or(|(at, c)| !c.is_alphanumeric() || blanked(at));
    VERBS.with(|verbs| {
        verbs.find_overlapping_iter(&text[tail..]).any(|hit| {
            let (start, end) = (tail + hit.start(), tail + hit.end());
            !(start..end).any(blanked)
                && word_edge(
                    text[tail..start]
                        .char_indices()
                        .next_back()
                        .map(|(i, c)| (tail + i, c)),
                )
                && word_edge(text[end..].chars().next().map(|c| (end, c)))
        })
    })
}

/// "Earlier, the ministry announced ...", "Previously, ...": the sentence
/// says only that its happening came before the story, not when; it has no
/// date a reader could give it.
pub(super) fn at_an_unsaid_earlier_time(reading: &Reading) -> bool {
    // The opening compared in any case, not the sentence lowered: no
    // letter beyond ASCII lowers to a letter of these openers but one that
    // a dot follows ("İ").
    let lead = reading.text.trim_start().as_bytes();
    [
        "earlier,",
        "previously,",
        "before that,",
        "earlier still,",
        "in the past,",
    ]
    .iter()
    .any(|opener| {
        lead.get(..opener.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(opener.as_bytes()))
    })
}

/// Whether the clause holding `at` is a plan told in the future ("... that
/// the exercise would be held in 2023", "informing it that Armenia will not
/// take part in the financing in 2024").
pub(super) fn reported_plan(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let clause_start = before.rfind([',', ';']).map_or(0, |i| i + 1);
    let Some(that) = before[clause_start..].rfind(" that ") else {
        return false;
    };
    words_of(&before[clause_start + that..]).any(|w| w == "would" || w == "will")
}

/// Whether "not", "never" or "n't" comes in `span` before `at`.
pub(super) fn negated_before(text: &str, span: &Range<usize>, at: usize) -> bool {
    let before = &text[span.start..at.max(span.start).min(span.end)];
    before.contains("n't")
        || before.contains("n’t")
        || words_of(before).any(|w| matches!(w.as_str(), "not" | "never"))
}

/// Verbs in the present that state how things stand rather than tell of a happening.
pub(super) const STATE_VERBS: &[&str] = &[
    "chairs",
    "chair",
    "holds",
    "hold",
    "remains",
    "remain",
    "includes",
    "include",
    "consists",
    "belongs",
    "runs",
    "serves",
    "lies",
    "unites",
    "comprises",
    "heads",
    "has",
    "have",
    "is",
    "are",
    "stays",
    "stay",
];

/// The main clause states how things stand, in the present, with no verb
/// of a happening ("In 2023, the Republic of Belarus chairs the CSTO").
/// People who hold views rather than act: what they say in the present
/// ("critics say", "analysts argue") is an opinion held, not a statement
/// made on a day.
pub(super) const OPINION_HOLDERS: &[&str] = &[
    "critics",
    "supporters",
    "analysts",
    "observers",
    "experts",
    "opponents",
    "commentators",
    "skeptics",
    "sceptics",
    "camps",
];

/// "Pashinyan's government says the move is aimed at Azerbaijan, not
/// Russia": after the lead, an undated "says" about how things are or will
/// be is a stance held, not a statement made on a day. What the speaker
/// says happened ("says the bloc has agreed", "says troops crossed") is
/// still news.
pub(super) fn stance_in_the_present(reading: &Reading) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let says = reading
        .words_of(&reading.text[verb.clone()])
        .next()
        .is_some_and(|w| {
            matches!(
                w.as_str(),
                "says"
                    | "say"
                    | "maintains"
                    | "maintain"
                    | "argues"
                    | "argue"
                    | "insists"
                    | "insist"
            )
        });
    let reported: Vec<Word> = reading.words_of(&reading.text[verb.end..]).collect();
    // "is aimed at", "will let": a form after "is" or a modal is no past.
    let told_as_past = reported.iter().enumerate().any(|(n, w)| {
        matches!(w.as_str(), "has" | "have" | "had")
            || (clauses::is_past_form(w)
                && !(n > 0
                    && matches!(
                        reported[n - 1].as_str(),
                        "is" | "are" | "be" | "will" | "would" | "can" | "could" | "to"
                            // "works as designed": a participle of manner.
                            | "as"
                    )))
    });
    says && !told_as_past
}

/// "Pashinyan's critics at home say he brought this on himself".
pub(super) fn opinion_of_a_camp(reading: &Reading) -> bool {
    let words: Vec<Word> = reading.words_of(reading.text).collect();
    words.iter().enumerate().any(|(n, w)| {
        OPINION_HOLDERS.contains(&w.as_str())
            && words[n + 1..].iter().take(4).any(|v| {
                matches!(
                    v.as_str(),
                    "say"
                        | "argue"
                        | "believe"
                        | "agree"
                        | "answer"
                        | "insist"
                        | "warn"
                        | "contend"
                )
            })
    })
}

/// A generic statement in the present ("is usually placed", "regularly
/// holds").
pub(super) fn generic_present(reading: &Reading) -> bool {
    // A habit whose verb the grammar does not know ("appears") is told in
    // the present all the same: a past one has a verb it knows.
    reading.shape.generic
        && reading.shape.main_verb.as_ref().is_none_or(|verb| {
            reading.words_of(&reading.text[verb.clone()])
                .next()
                .is_some_and(|w| {
                    matches!(w.as_str(), "is" | "are" | "has" | "have")
                        || STATE_VERBS.contains(&w.as_str())
                        // "Her column appears on the first Monday of each
                        // month": a verb in the simple present.
                        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
                })
        })
}

/// Whether the clause that holds `mention`, back to its comma, tells a
/// habit ("which usually host thousands of visitors in September").
pub(super) fn habit_in_its_clause(reading: &Reading, mention: &DateMention) -> bool {
    let before = &reading.text[..mention.start];
    let clause = &before[before.rfind([',', ';', '(']).map_or(0, |at| at + 1)..];
    // "came often after he took office in January 2020": the date is the
    // deed's the subordinate clause tells.
    let words: Vec<Word> = reading.words_of(clause).collect();
    let own = words
        .iter()
        .rposition(|w| {
            matches!(
                w.as_str(),
                "after" | "before" | "when" | "since" | "until" | "because" | "once" | "as"
            )
        })
        .map_or(&words[..], |at| &words[at + 1..]);
    // "repeated on Sunday mornings", "on Sundays": a weekday that recurs.
    let recurring_day = mention.kind == MentionKind::Weekday
        && (reading.text[..mention.end].ends_with("days")
            || reading
                .words_of(&reading.text[mention.end..])
                .next()
                .is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "mornings" | "afternoons" | "evenings" | "nights"
                    )
                }));
    recurring_day || own.iter().any(|w| clauses::is_habit_word(w))
}

/// "58% support the law ...; 24% oppose it", "38% expect the treaty to be
/// signed this year", "41 per cent of respondents want Armenia to leave":
/// a poll's finding, a share of people holding a view, is no happening,
/// whatever time the view looks to.
pub(super) fn poll_finding(text: &str) -> bool {
    const VIEWS: &[&str] = &[
        "support", "oppose", "want", "prefer", "expect", "say", "think", "believe", "back",
        "favour", "favor", "trust", "agree", "disagree", "had", "see", "fear", "approve",
    ];
    let text = text.trim_start();
    let figure_end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    if figure_end == 0 {
        return false;
    }
    let rest = &text[figure_end..];
    let Some(rest) = rest
        .strip_prefix('%')
        .or_else(|| rest.strip_prefix(" per cent"))
        .or_else(|| rest.strip_prefix(" percent"))
    else {
        return false;
    };
    let mut words = words_of(rest).peekable();
    // "41% of respondents want", "a third of those asked say".
    if words.next_if(|w| w == "of").is_some() {
        while words.next_if(|w| !VIEWS.contains(&w.as_str())).is_some() {}
    }
    words.next().is_some_and(|w| VIEWS.contains(&w.as_str()))
}

/// "Armenian officials say Moscow failed to honor its commitments",
/// "Analysts argue ...": what unnamed many say, in the present, is a claim
/// that stands, not a statement of a day (when no date places it).
pub(super) fn unnamed_many_say(reading: &Reading) -> bool {
    const MANY: &[&str] = &[
        "officials",
        "analysts",
        "critics",
        "experts",
        "observers",
        "diplomats",
        "commentators",
        "sources",
        "residents",
        "politicians",
        "lawmakers",
        "many",
        "some",
        "others",
    ];
    const SAY: &[&str] = &[
        "say", "argue", "believe", "insist", "claim", "contend", "note", "warn", "complain", "fear",
    ];
    // The verb of saying right after a subject of a few words whose head
    // is one of the many ("Armenian officials say"); the grammar takes
    // what they say for the main clause.
    let words: Vec<Word> = reading
        .words_of(&reading.text[reading.shape.lead_end..])
        .take(6)
        .collect();
    words
        .iter()
        .position(|w| SAY.contains(&w.as_str()))
        .is_some_and(|at| (1..=4).contains(&at) && MANY.contains(&words[at - 1].as_str()))
}

/// "Yerevan has boycotted the organisation's meetings for most of this
/// year": what has gone on through a period, in the perfect, is a state
/// that period holds, not a happening it dates.
pub(super) fn lasted_through(reading: &Reading, mention: &DateMention) -> bool {
    let before: Vec<Word> = reading.words_of(&reading.text[..mention.start]).collect();
    let through = match before.as_slice() {
        [.., for_, most, of] => {
            for_.as_str() == "for"
                && matches!(most.as_str(), "most" | "much" | "all" | "part")
                && of.as_str() == "of"
        }
        [.., last] => matches!(last.as_str(), "throughout"),
        _ => false,
    };
    // "has held the CSTO's rotating chairmanship this year": a post held,
    // or a state kept, through the present period.
    let held_this_period = matches!(mention.kind, MentionKind::CurrentPeriod)
        && reading.shape.main_verb.as_ref().is_some_and(|verb| {
            reading.words_of(&reading.text[verb.clone()]).any(|w| {
                matches!(
                    w.as_str(),
                    "held"
                        | "chaired"
                        | "served"
                        | "remained"
                        | "stayed"
                        | "kept"
                        | "headed"
                        | "led"
                )
            })
        });
    (through || held_this_period) && present_perfect(reading)
}

/// "It has taken no part ... since early 2023", "has not attended since
/// 2022": an absence that has lasted since the date, in the perfect.
pub(super) fn absent_since(reading: &Reading, mention: &DateMention) -> bool {
    after_since(reading, mention)
        && present_perfect(reading)
        && reading
            .words_of(reading.text)
            .any(|w| matches!(w.as_str(), "no" | "not" | "never"))
}

/// Whether "since" opens the date phrase of `mention`, a word or two back
/// ("since early 2023", "since February").
pub(super) fn after_since(reading: &Reading, mention: &DateMention) -> bool {
    reading
        .words_of(&reading.text[..mention.start])
        .rev()
        .take(2)
        .any(|w| w == "since")
}

/// "where a Russian unit had served since 1992", "monitors who have
/// patrolled the border since February 2023": a verb of lasting in the
/// perfect, right before a "since" of a year or a month, tells a state
/// kept, not a happening. (Since a day, it may tell the taking of a post:
/// see `taken_on`. "Deployed since November 2020" tells the deploying.)
pub(super) fn lasting_since(reading: &Reading, mention: &DateMention) -> bool {
    const LASTING: &[&str] = &[
        "served",
        "remained",
        "stayed",
        "lived",
        "worked",
        "operated",
        "existed",
        "guarded",
        "patrolled",
    ];
    if mention.date.day_value().is_some() {
        return false;
    }
    let before: Vec<Word> = reading.words_of(&reading.text[..mention.start]).collect();
    let Some(since) = before.iter().rposition(|w| w == "since") else {
        return false;
    };
    // "since" right before the date, or a word before it ("since early 2023").
    if before.len() - since > 2 {
        return false;
    }
    // The verb a few words before "since": "had served", "have been
    // stationed there", "has patrolled the border".
    let from = since.saturating_sub(5);
    let group = &before[from..since];
    let Some(verb) = group.iter().rposition(|w| LASTING.contains(&w.as_str())) else {
        return false;
    };
    group[..verb]
        .iter()
        .rev()
        .take(2)
        .any(|w| matches!(w.as_str(), "has" | "have" | "had" | "been"))
}

/// Whether `mention` ends a phrase that "since" opens a few words back,
/// with no comma and no verb of its own between ("since their six-week war
/// over Nagorno-Karabakh in 2020"; not "since Azerbaijan attacked in 2022").
fn ends_a_since_phrase(text: &str, mention: &DateMention) -> bool {
    let before = &text[..mention.start];
    let Some(at) = before.rfind(" since ") else {
        return false;
    };
    let phrase = &before[at + " since ".len()..];
    let words: Vec<Word> = words_of(phrase).collect();
    !phrase.contains([',', ';', ':'])
        && words.len() <= SINCE_PHRASE_WORDS
        && !words
            .iter()
            .any(|w| crate::extract::clauses::is_past_form(w))
}

/// How many words a "since" phrase may run before the date that ends it.
const SINCE_PHRASE_WORDS: usize = 8;

/// "It was his bluntest remark on the alliance since February": in a main
/// clause neither in the perfect nor a look back, "since" gives the time
/// the comparison runs from, not the time of what the clause tells.
/// So is "the deadliest fighting since their six-week war over
/// Nagorno-Karabakh in 2020": the date ends a "since" phrase that names a
/// happening of its own.
pub(super) fn measured_since(reading: &Reading, mention: &DateMention) -> bool {
    (after_since(reading, mention) || ends_a_since_phrase(reading.text, mention))
        && !present_perfect(reading)
        && !pluperfect(reading)
        && reading
            .shape
            .main_verb
            .as_ref()
            .is_some_and(|verb| verb.end <= mention.start)
}

/// "Traffic at Zvartnots has grown strongly since 2022", "Trust has fallen
/// in every wave since 2021": a change that went on from a time is a
/// trend, and the time only where it started.
pub(super) fn changed_since(reading: &Reading, mention: &DateMention) -> bool {
    if !after_since(reading, mention) {
        return false;
    }
    // "have cooled since September, when Armenia asked ...": the time
    // named tells a happening of its own.
    let after = reading.text[mention.end..].trim_start_matches([',', ' ']);
    if after.starts_with("when ") {
        return false;
    }
    let before = &reading.text[..mention.start];
    let clause = &before[before.rfind([',', ';']).map_or(0, |at| at + 1)..];
    let words: Vec<Word> = reading.words_of(clause).collect();
    words.iter().enumerate().any(|(n, w)| {
        matches!(w.as_str(), "has" | "have")
            && words.iter().skip(n + 1).take(3).any(|v| {
                matches!(
                    v.as_str(),
                    "grown"
                        | "risen"
                        | "fallen"
                        | "increased"
                        | "decreased"
                        | "declined"
                        | "dropped"
                        | "climbed"
                        | "doubled"
                        | "tripled"
                        | "worsened"
                        | "improved"
                        | "deteriorated"
                        | "soured"
                        | "cooled"
                        | "warmed"
                        | "shrunk"
                        | "expanded"
                )
            })
    })
}

/// "Hasmik Tonoyan has headed the ministry's department since 2021": a post
/// held since a year or a month is a standing fact of the time of writing.
/// Held since a day ("has chaired the Organization since January 1,
/// 2023"), it tells when the post was taken, which is a happening.
/// So is a membership: "Armenia has been a member of the alliance since
/// 1992", "has belonged to the bloc since 2002".
pub(super) fn post_held_since(reading: &Reading, mention: &DateMention) -> bool {
    mention.date.day_value().is_none()
        && after_since(reading, mention)
        && present_perfect(reading)
        && reading.shape.main_verb.as_ref().is_some_and(|verb| {
            let after = reading.lower_of(reading.text[verb.end..].trim_start());
            let member = MEMBERSHIPS.iter().any(|m| after.starts_with(m));
            member
                || reading.words_of(&reading.text[verb.clone()]).any(|w| {
                    matches!(
                        w.as_str(),
                        "headed"
                            | "led"
                            | "chaired"
                            | "served"
                            | "run"
                            | "directed"
                            | "presided"
                            | "belonged"
                    )
                })
        })
}

/// "Garnik Vardazaryan served as Armenia's permanent representative from
/// 2016 to 2019", "I served as a liaison officer ... for five years",
/// "Armen Baghdasaryan was Armenia's representative to the CSTO from 2014
/// to 2018": a post held for a span is a standing fact of a biography, not
/// a happening of the time it names; so is an organisation's chair.
pub(super) fn held_a_post(reading: &Reading) -> bool {
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    let verb_words: Vec<Word> = reading.words_of(&reading.text[verb.clone()]).collect();
    let next = reading.words_of(&reading.text[verb.end..]).next();
    let served = verb_words.last().is_some_and(|w| w.as_str() == "served")
        && next
            .as_ref()
            .is_some_and(|w| matches!(w.as_str(), "as" | "at" | "in" | "with" | "on"));
    let copula =
        matches!(verb_words.as_slice(), [w] if w.as_str() == "was" || w.as_str() == "were");
    let lower = reading.lower_of(&reading.text[verb.end..]);
    let span = lower.contains(" from ")
        && lower.split(" from ").nth(1).is_some_and(|rest| {
            let mut words = rest.split_whitespace();
            words
                .next()
                .is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
                && words.next() == Some("to")
        });
    // "At the time, the bloc was chaired by Tajikistan": who held an
    // organisation's chair is a state of that time (a session chaired by
    // someone is a happening).
    let chaired = matches!(
        verb_words.as_slice(),
        [be, chaired] if matches!(be.as_str(), "was" | "is" | "were") && chaired.as_str() == "chaired"
    );
    let body_before = reading
        .words_of(&reading.text[..verb.start])
        .last()
        .is_some_and(|w| {
            matches!(
                w.as_str(),
                "bloc" | "alliance" | "organisation" | "organization" | "csto"
            )
        });
    // "Until this morning the post belonged to Nursultan Nazarbayev".
    let belonged =
        matches!(verb_words.as_slice(), [w] if matches!(w.as_str(), "belonged" | "belongs"));
    // "Khachaturov commanded the Yerevan garrison at the time": a command
    // held then, which the story's day found him in.
    let held_then = verb_words
        .last()
        .is_some_and(|w| matches!(w.as_str(), "commanded" | "headed" | "led" | "ran"))
        && words_of(&lower)
            .collect::<Vec<_>>()
            .windows(3)
            .any(|w| w[0].as_str() == "at" && w[1].as_str() == "the" && w[2].as_str() == "time");
    // "Before that he spent decades in uniform", "spent two years as
    // deputy minister": a stretch of a career told whole, no happening.
    let spent_years = verb_words.last().is_some_and(|w| w.as_str() == "spent")
        && reading
            .words_of(&reading.text[verb.end..])
            .take(3)
            .any(|w| matches!(w.as_str(), "years" | "decades" | "months" | "career"));
    served || (copula && span) || (chaired && body_before) || belonged || held_then || spent_years
}

/// "The CSTO was established on the basis of the Collective Security
/// Treaty": how a body came to be, told as what it is (an agency's
/// reference paragraph), not news of the day its story came out.
pub(super) fn constituted_on_a_basis(reading: &Reading) -> bool {
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    let founded = reading
        .words_of(&reading.text[verb.clone()])
        .last()
        .is_some_and(|w| {
            matches!(
                w.as_str(),
                "established" | "founded" | "created" | "formed" | "set"
            )
        });
    let after: Vec<Word> = reading
        .words_of(&reading.text[verb.end..])
        .take(5)
        .collect();
    let basis = |from: usize| {
        after
            .get(from..from + 4)
            .is_some_and(|w| w.iter().map(Word::as_str).eq(["on", "the", "basis", "of"]))
    };
    founded && (basis(0) || (after.first().is_some_and(|w| w == "up") && basis(1)))
}

/// What follows "has been" in a membership held since a time.
const MEMBERSHIPS: [&str; 4] = ["a member", "members", "a founding member", "part of"];

/// "He had called Putin in the early hours of the morning": a time of the
/// story's own day, which places a look back on that day.
pub(super) fn within_the_day(text: &str) -> bool {
    // Found in any case in the text as written, not in a lowered copy: no
    // letter beyond ASCII lowers to one of these words' letters ("İ" lowers
    // to an "i" with a dot that no letter here follows).
    static TIMES: Pattern<AhoCorasick> = Pattern::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "early hours",
                "that morning",
                "this morning",
                "earlier in the day",
                "earlier that day",
                "overnight",
                "hours earlier",
                "that evening",
                "that afternoon",
                "that night",
                "by dawn",
                "at dawn",
                "before dawn",
                "by morning",
                "by noon",
                "before noon",
                "by midday",
                "by evening",
                "by the evening",
                "by nightfall",
                "by the end of the day",
            ])
            .expect("times within the day")
    });
    TIMES.is_match(text)
}

/// What "our" names of the writer's state, not of the writer: "our prime
/// minister", "our soldiers", "our government".
const OUR_STATES_OWN: [&str; 14] = [
    "prime",
    "president",
    "government",
    "foreign",
    "defence",
    "defense",
    "army",
    "soldiers",
    "troops",
    "border",
    "parliament",
    "ambassador",
    "authorities",
    "leaders",
];

/// A main clause in the past perfect: "had said", "had not yet received".
pub(super) fn pluperfect(reading: &Reading) -> bool {
    // "Pashinyan had a telephone conversation with Putin": "had" alone is
    // the verb "have" in the past, no look back.
    reading.shape.main_verb.as_ref().is_some_and(|verb| {
        let mut group = reading.words_of(&reading.text[verb.clone()]);
        group.next().as_deref() == Some("had") && group.next().is_some()
    })
}

/// A main clause in the present perfect: "Yerevan has accused Russian
/// peacekeepers of standing aside" tells that something has happened, at
/// some time the sentence does not give.
pub(super) fn present_perfect(reading: &Reading) -> bool {
    reading.shape.main_verb.as_ref().is_some_and(|verb| {
        matches!(
            reading
                .words_of(&reading.text[verb.clone()])
                .next()
                .as_deref(),
            Some("has" | "have")
        )
    })
}

/// "The Republic of Armenia recalls that ...", "Armenia has told ...": a main
/// verb in the present or the present perfect tells of the time of writing.
pub(super) fn told_in_the_present(reading: &Reading) -> bool {
    reading.shape.main_verb.as_ref().is_some_and(|verb| {
        let first = reading
            .words_of(&reading.text[verb.clone()])
            .next()
            .unwrap_or_default();
        matches!(first.as_str(), "is" | "are" | "has" | "have")
            || (first.ends_with('s') && !first.ends_with("ss") && first != "was")
    })
}

/// Whether the main verb speaks of the present: "continues", "remains",
/// "is", "has supported".
pub(super) fn simple_present_main(reading: &Reading) -> bool {
    let present = |w: &str| {
        matches!(w, "is" | "are")
            || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w != "was" && w != "has")
    };
    match reading.shape.main_verb.as_ref() {
        Some(verb) => {
            let words: Vec<Word> = reading.words_of(&reading.text[verb.clone()]).collect();
            // "the UK has supported its work": the perfect speaks of now too.
            match words.as_slice() {
                [only] => present(only.as_str()),
                [first, _] => matches!(first.as_str(), "has" | "have"),
                _ => false,
            }
        }
        // "The EU Mission, which began its work in 2023, continues to
        // patrol": the verb right after the subject's relative clause, when
        // the clause reader found none.
        None => reading.shape.subordinate.first().is_some_and(|clause| {
            let after = reading.text[clause.end..].trim_start_matches([',', ' ']);
            let mut words = reading.words_of(after);
            words.next().is_some_and(|w| present(w.as_str()))
                && words.next().is_some_and(|w| w.as_str() == "to")
        }),
    }
}

/// "Kyrgyzstan has chaired the bloc this year": a state that has held until
/// now, told in the perfect. Only its own clause: "...; the chairmanship
/// passes to Kazakhstan on 1 January" is another.
pub(super) fn perfect_state(reading: &Reading) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let group: Vec<Word> = reading.words_of(&reading.text[verb.clone()]).collect();
    matches!(group.first().map(Word::as_str), Some("has" | "have"))
        && group
            .last()
            .is_some_and(|w| matches!(w.as_str(), "chaired" | "presided" | "belonged"))
}

/// "Armenia has formally asked the alliance for help twice.": how many
/// times something has been done, in the perfect, counts happenings told
/// elsewhere; it is none of them.
pub(super) fn counts_times_done(reading: &Reading) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let group: Vec<Word> = reading.words_of(&reading.text[verb.clone()]).collect();
    if !matches!(group.first().map(Word::as_str), Some("has" | "have")) {
        return false;
    }
    let after: Vec<Word> = reading.words_of(&reading.text[verb.end..]).collect();
    after.iter().enumerate().any(|(at, w)| {
        matches!(w.as_str(), "twice" | "repeatedly")
            || (w == "times"
                && at > 0
                && (matches!(
                    after[at - 1].as_str(),
                    "several" | "many" | "three" | "four" | "five"
                ) || after[at - 1].as_str().bytes().all(|b| b.is_ascii_digit())))
    })
}

pub(super) fn states_a_fact(reading: &Reading) -> bool {
    if reading.shape.main_verb.is_some() {
        return false;
    }
    let main = &reading.text[reading.shape.lead_end.min(reading.text.len())..];
    let clause = main.split([',', ';']).next().unwrap_or_default();
    let words: Vec<Word> = reading.words_of(clause).collect();
    // "Heads of state gather ...": a noun before "of", not the verb "heads".
    // "Pashinyan stays away from the summit": staying away is a deed.
    // "The leaders hold their summit in Astana", "Japarov chairs the
    // session", "Armenia holds parliamentary elections next June": holding
    // or chairing an occasion is a deed.
    let occasion_after = |n: usize| {
        words.iter().skip(n + 1).take(3).any(|w| {
            matches!(
                w.as_str(),
                "summit"
                    | "session"
                    | "meeting"
                    | "talks"
                    | "consultations"
                    | "exercises"
                    | "drills"
                    | "vote"
                    | "referendum"
                    | "briefing"
                    | "conference"
                    | "elections"
                    | "election"
                    | "forum"
            )
        })
    };
    let state_verb = words.iter().enumerate().any(|(n, w)| {
        STATE_VERBS.contains(&w.as_str())
            && words
                .get(n + 1)
                .is_none_or(|next| next != "of" && next != "away")
            && !(matches!(w.as_str(), "hold" | "holds" | "chair" | "chairs") && occasion_after(n))
    });
    state_verb
        && !words
            .iter()
            .any(|w| matches!(w.as_str(), "will" | "would" | "to"))
}

/// "For two years Armenians have been told ...", "relations have been tense
/// since 1991": a state that has lasted, not a happening.
pub(super) fn trend(reading: &Reading) -> bool {
    let lead = reading.lower_of(&reading.text[..reading.shape.lead_end.min(reading.text.len())]);
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    let group = reading.lower_of(&reading.text[verb.clone()]);
    // The group's last word: the verb the tests below ask about.
    let last_verb = reading.words_of(&group).last();
    let perfect = matches!(
        reading.words_of(&group).next().as_deref(),
        Some("has" | "have")
    );
    let lasting = lead.starts_with("for ") || lead.starts_with("over the ");
    if perfect && lasting {
        return true;
    }
    // "Yerevan has complained before that ...", "has repeatedly said": a
    // habit, not a happening of one day.
    let next = reading
        .words_of(&reading.text[verb.end..])
        .next()
        .unwrap_or_default();
    if perfect
        && matches!(
            next.as_str(),
            "before" | "repeatedly" | "often" | "previously" | "long" | "frequently"
        )
    {
        return true;
    }
    // "Its officials said throughout the war that ...", "He warned
    // repeatedly that ...": said over and over, in any tense, is a habit
    // too.
    if matches!(next.as_str(), "throughout" | "repeatedly") {
        return true;
    }
    // "Armenia has grown increasingly critical of the alliance since ...",
    // "ties have steadily worsened": a change that went on, not a day's news.
    let changing = reading
        .words_of(&reading.text[verb.start..])
        .take(5)
        .any(|w| {
            matches!(
                w.as_str(),
                "increasingly" | "steadily" | "gradually" | "progressively"
            )
        });
    if perfect && changing {
        return true;
    }
    // "What happened in 2024 was a series of statements": a sentence that
    // sums up a time says what it was like, not what happened in it.
    // Cheap first: most sentences hold no "what" at all.
    let holds_what = reading
        .text
        .as_bytes()
        .windows(4)
        .any(|w| w.eq_ignore_ascii_case(b"what"));
    let narration = if holds_what { narration(reading) } else { "" };
    let mut words = reading.words_of(narration);
    // "What we know is that the leaders agreed ...": a frame for the news
    // after it, not a summing up.
    if words.next().as_deref() == Some("what")
        && words.any(|w| matches!(w.as_str(), "was" | "were" | "is" | "are"))
        && words.next().as_deref() != Some("that")
        && crate::extract::clauses::arrival_cleft(reading.text).is_none()
    {
        return true;
    }
    // "Armenia's arms purchases have shifted from Russia towards France
    // since 2022": a change that went on, told in the perfect.
    let shifted = matches!(
        last_verb.as_deref(),
        Some(
            "shifted"
                | "grown"
                | "risen"
                | "fallen"
                | "declined"
                | "increased"
                | "decreased"
                | "moved"
                | "drifted"
                | "deepened"
                | "weakened"
                | "strengthened"
                | "expanded"
                | "shrunk"
                | "shrank"
                | "deteriorated"
                | "worsened"
                | "improved"
                | "soured"
                | "cooled"
        )
    ) && reading
        .words_of(&reading.text[verb.end..])
        .any(|w| matches!(w.as_str(), "since" | "from" | "every"));
    if perfect && shifted {
        return true;
    }
    // "Between 2021 and 2023, the number of meetings attended fell from 34
    // to 4": a measure that changed over years is a trend.
    let opening = reading.words_of(reading.text).next().unwrap_or_default();
    if matches!(opening.as_str(), "between" | "over") {
        let mut previous = Word::default();
        for word in reading.words_of(&reading.text[reading.shape.lead_end.min(verb.start)..]) {
            let change = matches!(
                previous.as_str(),
                "fell" | "rose" | "grew" | "dropped" | "declined" | "increased" | "decreased"
            ) && matches!(word.as_str(), "from" | "to" | "by");
            if change || matches!(word.as_str(), "doubled" | "halved") {
                return true;
            }
            previous = word;
        }
    }
    // "Trust in Russia as a partner fell to 18 percent, from 31 percent a
    // year earlier": a measure that moved is a figure, whatever its time.
    static SHARE_MOVED: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"(?i)^\s+(?:\w+\s+){0,2}?(?:to|by|from)\s+(?:about\s+|nearly\s+|almost\s+|just\s+)?\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b|percentage\s+points\b)")
            .expect("share moved pattern")
    });
    let moved = matches!(
        last_verb.as_deref(),
        Some(
            "fell"
                | "rose"
                | "grew"
                | "dropped"
                | "declined"
                | "increased"
                | "decreased"
                | "climbed"
                | "slipped"
                | "jumped"
        )
    );
    if moved && SHARE_MOVED.is_match(&reading.text[verb.end..]) {
        return true;
    }
    // "This year the pace quickened", "The mood in Yerevan soured": what
    // the way of things did is a trend, whatever the verb.
    let subject =
        reading.words_of(&reading.text[reading.shape.lead_end.min(verb.start)..verb.start]);
    if subject.take(5).any(|w| {
        matches!(
            w.as_str(),
            "pace" | "tempo" | "mood" | "atmosphere" | "climate" | "trend" | "momentum"
        )
    }) {
        return true;
    }
    // "The pattern repeated itself the following year": what happened
    // again is told next, and this only says it did.
    let repeated_itself = matches!(last_verb.as_deref(), Some("repeated" | "repeats"))
        && reading
            .words_of(&reading.text[verb.end..])
            .next()
            .is_some_and(|w| w == "itself");
    if repeated_itself {
        return true;
    }
    // "Last month Pashinyan went further.": a step told only as a step,
    // whose content the next sentence gives; its time is the story's.
    let goes_further = matches!(last_verb.as_deref(), Some("went" | "goes" | "go")) && {
        let rest: Vec<Word> = reading.words_of(&reading.text[verb.end..]).collect();
        rest.last().is_some_and(|w| w == "further") && rest.len() <= 3
    };
    if goes_further {
        return true;
    }
    // "Armenia's absence became a habit rather than a gesture": a way of
    // doing things settled in, not a happening.
    let settled = matches!(last_verb.as_deref(), Some("became" | "become" | "becomes"))
        && reading
            .words_of(&reading.text[verb.end..])
            .take(3)
            .any(|w| {
                matches!(
                    w.as_str(),
                    "habit" | "norm" | "routine" | "pattern" | "tradition"
                )
            });
    if settled {
        return true;
    }
    // "For two years Armenians have been told ...", "Yerevan insisted for
    // months that ...", "for most of its history Armenia treated ...": what
    // went on for months or years, said so before or right after the verb.
    static LASTING: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"(?i)\bfor (?:(?:two|three|four|five|six|several|many|some|a few|\d+) )?(?:months|years|decades)\b|\bfor (?:most|much) of (?:its|his|her|their|the) (?:history|existence|life|tenure|term|time)\b")
            .expect("lasting pattern")
    });
    let reach = (verb.end + 16).min(reading.text.len());
    let reach = (0..=reach)
        .rev()
        .find(|&i| reading.text.is_char_boundary(i))
        .unwrap_or(0);
    // "Late November has been summit season ... for most of its life": a
    // state that has lasted, however far its span is told from the verb.
    let lasting_state = perfect && last_verb.as_ref().is_some_and(|w| w == "been");
    let searched = if lasting_state {
        reading.text.len()
    } else {
        reach
    };
    // "for " and a span's word ("month", "year", "decade", or "of" before
    // "its history"): most sentences lack one and are let go unsearched.
    let searched_text = &reading.text[..searched];
    let may_last = holds_in_any_case(searched_text, "for ")
        && ["month", "year", "decade", "of "]
            .iter()
            .any(|span| holds_in_any_case(searched_text, span));
    may_last
        && LASTING
            .find_iter(searched_text)
            .any(|m| !reading.in_quotes(&(m.start()..m.end())))
}

/// A programme's sign-off, whoever says it and at whatever time stamp:
/// "[19:28:50] ANAHIT MELKONYAN: That's Evening Line for this Friday."
static SIGN_OFF: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"^\s*(?:\[[\d:.]+\]\s*)?(?:\p{Lu}[\p{Lu} .'’-]*:\s*)?[Tt]hat['’]?s\s+(?:[\w-]+\s+){1,3}for\s+(?:this|today|tonight|now)\b",
    )
    .expect("valid regex")
});

/// Whether the sentence closes a programme rather than telling anything.
pub(super) fn sign_off(text: &str) -> bool {
    // "That's", "Thats" or "That’s" as written: without it a sentence is
    // let go unsearched.
    holds_any(text, &["hats", "hat's", "hat’s"]) && SIGN_OFF.is_match(text)
}

/// "Dear members of the Security Council," opening a speech or a letter:
/// whom it is addressed to, no happening.
pub(super) fn salutation(reading: &Reading) -> bool {
    let text = reading
        .text
        .trim()
        .trim_start_matches(['"', '“', '«', '\'', '‘']);
    let opens = [
        "Dear ",
        "Esteemed ",
        "Distinguished ",
        "Ladies and gentlemen",
    ]
    .iter()
    .any(|opening| text.starts_with(opening));
    opens
        && text
            .trim_end_matches(['"', '”', '»'])
            .ends_with([',', ':', '!'])
}

/// A page telling of itself: "This answer was submitted on 07 Mar 2024 at
/// 15:12.", "This article was first published on ...", "This story has
/// been updated", an interview's "It has been edited for length and
/// clarity".
static ABOUT_THE_PAGE: Pattern<Regex> = Pattern::new(|| {
    Regex::new(
        r"^\s*(?i:this)\s+(?:answer|article|story|page|report|video|post|question|piece|text|transcript|version|interview|episode|podcast)\s+(?:was|has\s+been|is|had\s+been)\s+(?:first\s+|last\s+|originally\s+)?(?:submitted|published|updated|edited|amended|corrected|recorded|translated|modified|posted|broadcast|filed)\b|^\s*(?i:it|the\s+conversation|the\s+interview|the\s+exchange|the\s+transcript|the\s+text)\s+(?i:was|has\s+been)\s+(?i:lightly\s+)?(?i:edited|condensed|abridged)\b|^\s*(?i:unofficial\s+|official\s+|machine\s+|automatic\s+)?(?i:english\s+|russian\s+|armenian\s+)?(?i:translation)\s+(?i:prepared|provided|made|produced|done)\s+(?i:by)\b|^\s*(?i:an?\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story|report|page|piece|post))\b|^\s*(?i:the\s+(?:headline|photo\s+caption|caption))\s+(?i:has\s+(?:also\s+)?been|was\s+(?:also\s+)?)\s*(?i:changed|amended|corrected|updated)\b",
    )
    .expect("valid regex")
});

/// How a press review names the paper it is reviewing.
pub(super) const PUBLICATIONS: &[&str] = &[
    "the paper",
    "the newspaper",
    "the daily",
    "the weekly",
    "the tabloid",
    "the editorial",
];

/// Whether `title` opens with the publication `name` ("The paper's
/// editorial argues ...").
pub(super) fn starts_with_publication(title: &str, name: &str) -> bool {
    title
        .get(..name.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(name))
        && title[name.len()..].starts_with([' ', '\'', '’'])
}

/// Whether a press review speaks of the paper it reviews: "The paper
/// expects ...", "The paper's editorial argues ...".
pub(super) fn publication_speaks(reading: &Reading) -> bool {
    publication_speaks_in(reading.text)
}

/// [`publication_speaks`] of a sentence's text; also "Four months later,
/// the paper adds, Armenia has still not ...": the paper's words, its tag
/// set off inside them.
pub(super) fn publication_speaks_in(text: &str) -> bool {
    let text = text.trim_start();
    PUBLICATIONS.iter().any(|name| {
        starts_with_publication(text, name)
            || crate::extract::text::occurrences(text, ", ").any(|at| {
                let rest = &text[at + 2..];
                starts_with_publication(rest, name)
                    && rest[name.len()..]
                        .trim_start()
                        .split_once(',')
                        .is_some_and(|(verb, _)| {
                            !verb.contains(' ') && verb.ends_with('s') && verb.len() > 3
                        })
            })
    })
}

/// Whether a press review tells what a paper puts first: "Yerkir Today
/// leads with the Paris visit".
pub(super) fn paper_leads_with(text: &str) -> bool {
    static LEADS_WITH: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"^\s*(?:The\s+)?(?:[\p{Lu}][\w-]*\s+){1,4}(?:leads|opens)\s+with\b")
            .expect("valid regex")
    });
    holds_any(text, &["leads", "opens"]) && LEADS_WITH.is_match(text)
}

/// Whether the sentence tells only when its page was written or changed,
/// or what a correction changed on it ("An earlier version of this
/// article said ...", "The headline has also been changed").
pub(super) fn about_the_page(text: &str) -> bool {
    // Each form opens with one of these words: most sentences are let go
    // unsearched.
    #[rustfmt::skip]
    const FIRST_WORDS: &[&str] = &[
        "this", "it", "the", "unofficial", "official", "machine", "automatic", "english", "russian",
        "armenian", "translation", "an", "a",
    ];
    opens_with_any_of(text.trim_start(), FIRST_WORDS) && ABOUT_THE_PAGE.is_match(text)
}

/// What a resolution's operative paragraph opens with: "3. Regrets that
/// the CSTO failed to respond ...", "4. Calls on the Council to ...".
const OPERATIVE_VERBS: &[&str] = &[
    "reaffirms",
    "welcomes",
    "regrets",
    "calls",
    "encourages",
    "instructs",
    "condemns",
    "deplores",
    "urges",
    "stresses",
    "underlines",
    "emphasises",
    "emphasizes",
    "expresses",
    "reiterates",
    "invites",
    "insists",
    "demands",
    "requests",
    "considers",
    "believes",
    "notes",
    "recalls",
    "acknowledges",
    "recognises",
    "recognizes",
    "commends",
    "supports",
];

/// Whether the sentence is a resolution's operative paragraph: a verb of
/// the resolving body's with no subject, after the paragraph's number. It
/// tells what the text resolves, not a happening.
pub(super) fn operative_paragraph(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(mut first) = words.next() else {
        return false;
    };
    if crate::extract::title::is_enumerator(first) {
        let Some(next) = words.next() else {
            return false;
        };
        first = next;
    }
    first.starts_with(char::is_uppercase)
        && OPERATIVE_VERBS.contains(&first.to_lowercase().as_str())
        && words.next().is_some_and(|w| {
            matches!(
                w,
                "that"
                    | "on"
                    | "upon"
                    | "the"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "all"
                    | "Armenia"
            ) || w.starts_with(char::is_uppercase)
        })
}

/// Whether the sentence is a resolution's citation ("having regard to its
/// previous resolutions on Armenia and Azerbaijan of 5 October 2023"): it
/// names the texts the resolution rests on, no happening of its own.
pub(super) fn cites_a_text(text: &str) -> bool {
    crate::extract::text::after_opening(text.trim_start(), "having regard to")
        .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether the sentence only cites an article by its headline in quotation
/// marks and where it ran ("26 February 2024 | "Armenia 'freezes' CSTO
/// role" (Front page, 23 February)", as a corrections log, a press review
/// or a reading list gives it): the headline is the article's, no
/// happening the page tells.
pub(super) fn cites_an_article(text: &str) -> bool {
    static CITATION: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r#"^(?:[^"“”]{0,40}?[|·•—–:]\s*)?["“][^"“”]{3,}["”]\s*\([^()]{2,48}\)\.?$"#)
            .expect("citation pattern")
    });
    let text = text.trim();
    text.ends_with([')', '.']) && text.contains('(') && CITATION.is_match(text)
}

/// Whether the sentence is a reference to a book or a journal, as a
/// reading list or a footnote gives it: "Anna Hovhannisyan, Article 4 and
/// Its Limits (Yerevan: Lernagog Press, 2023)", "Karen Petrosyan, "The
/// Silence after Sev Lich", Caucasus Security Review 14, no 2 (2023), p.
/// 41.": the year is the text's, no happening.
pub(super) fn bibliographic_reference(text: &str) -> bool {
    static REFERENCE: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"(?x)
            (?:
                \(\p{Lu}[^():]{1,40}:\s*[^()]{2,60},\s*   # (City: Publisher,
              | \b\d{1,4}(?:,\s*no\.?\s*\d{1,3})?\s+\(     # 14, no 2 (
            )
            (?:1[89]|20)\d{2}\)
            (?:,\s*pp?\.\s*[\d–-]+)?\.?$",
        )
        .expect("reference pattern")
    });
    let text = text.trim();
    text.ends_with([')', '.']) && text.contains('(') && REFERENCE.is_match(text)
}

/// Whether the sentence is an editor's note in square brackets ("[Question
/// 5 withdrawn by the author.]", "[Applause]"): a remark on the record, not
/// something the record tells.
pub(super) fn editors_note(text: &str) -> bool {
    let text = text.trim();
    text.starts_with('[') && text.trim_end_matches(['.', ' ']).ends_with(']') && {
        // One bracket around the whole: "[10:42] Pashinyan said ..." is a
        // time stamp before the news.
        text.find(']').is_some_and(|close| close + 3 >= text.len())
    }
}

/// Whether the sentence gives a story's length, as a wire's advisory does
/// ("700 words by 1500.", "1,100 words, moving Friday."): a plan of the
/// desk, not news.
pub(super) fn story_length(text: &str) -> bool {
    const MAX_NOTE_WORDS: usize = 8;
    let mut words = text.split_whitespace();
    let count = words.next().unwrap_or_default();
    let unit = words.next().unwrap_or_default();
    !count.is_empty()
        && count.chars().all(|c| c.is_ascii_digit() || c == ',')
        && unit.trim_end_matches([',', '.', ';']) == "words"
        && text.split_whitespace().count() <= MAX_NOTE_WORDS
}

/// "Irina, let's go back to the spring of 2016.", "Let me ask about the
/// summit": a speaker's invitation to talk of something, not a happening.
pub(super) fn invitation(reading: &Reading) -> bool {
    let narration = narration(reading);
    let text = crate::extract::transcript::without_label(narration);
    // A name called before it: "Irina, let's ...".
    let after_vocative = text
        .split_once(", ")
        .filter(|(name, _)| {
            let words: Vec<&str> = name.split_whitespace().collect();
            (1..=2).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
        })
        .map_or(text, |(_, rest)| rest);
    let mut words = reading.words_of(after_vocative);
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    let third = words.next().unwrap_or_default();
    let inviting = (first == "let" && matches!(second.as_str(), "us" | "me" | "s"))
        || first == "let's"
        || first == "let’s";
    let verb = if second == "s" || second == "us" || second == "me" {
        third
    } else {
        second
    };
    // Only a turn of the talk: "Let me remind you that ..." tells what it
    // reminds of.
    inviting
        && matches!(
            verb.as_str(),
            "go" | "turn"
                | "talk"
                | "move"
                | "start"
                | "begin"
                | "come"
                | "look"
                | "discuss"
                | "ask"
                // "Let's play the clip from Wednesday": a host cueing a
                // recording.
                | "play"
                | "listen"
                | "hear"
                | "watch"
        )
}

/// "Recall what happened a year ago.", "Compare January.": the writer
/// turning to the reader, in the imperative, tells no happening. ("Recall
/// of the envoy ..." is a noun; "Recall that on 14 May 2021 ...", as a
/// state agency translates its background, tells what it recalls.) Nor
/// does the writer or the host pointing to what comes: "Here is what
/// mattered this week", "Here are the key dates", "My guest today is ...",
/// "Joining me now is ...".
pub(super) fn turns_to_the_reader(reading: &Reading) -> bool {
    const IMPERATIVES: &[&str] = &[
        "recall", "compare", "consider", "remember", "imagine", "note", "picture",
    ];
    let narration = narration(reading);
    let mut words = reading.words_of(crate::extract::transcript::without_label(narration));
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    let imperative = IMPERATIVES.contains(&first.as_str())
        && !matches!(
            second.as_str(),
            "of" | "by" | "is" | "was" | "has" | "had" | "that" | "also"
        );
    let pointing = matches!(
        (first.as_str(), second.as_str()),
        ("here", "is" | "are" | "s")
            | ("here's" | "here’s", _)
            | ("my" | "our", "guest" | "guests")
            | ("joining", "me" | "us")
    );
    imperative || pointing
}

/// "Kyrgyzstan, which holds the rotating chairmanship this year, chaired
/// the meeting", "In 2024 Kazakhstan carries out the chairmanship": a chair
/// held for a year is a state through it, not a happening of that year
/// (taking it over, "takes over the chairmanship on 1 January", is one).
pub(super) fn chair_held_for_the_year(text: &str, mention: &DateMention) -> bool {
    chair_clause(text, mention).is_some()
}

/// "the country holding the chairmanship, which this year is Kazakhstan":
/// a relative clause saying what something is in a year tells a state, not
/// a happening of that year.
pub(super) fn year_of_a_state(text: &str, mention: &DateMention) -> bool {
    if mention.date.precision() != Precision::Year {
        return false;
    }
    // The relative clause follows its noun's comma.
    let Some(comma) = text[..mention.start].rfind(',') else {
        return false;
    };
    let end = text[mention.end..]
        .find([',', ';'])
        .map_or(text.len(), |i| mention.end + i);
    let words: Vec<Word> = words_of(&text[comma + 1..end]).collect();
    matches!(
        words.first().map(Word::as_str),
        Some("which" | "who" | "that")
    ) && words.iter().any(|w| matches!(w.as_str(), "is" | "are"))
        && !words.iter().any(|w| clauses::is_past_form(w))
}

/// Whether the main clause tells of the chair held for a year ("In 2024
/// Kazakhstan carried out the chairmanship"), not only a relative clause
/// ("Kyrgyzstan, which holds the chairmanship this year, chaired ..."):
/// then the sentence tells a state, and nothing of the story's day either.
pub(super) fn chair_held_in_the_main_clause(text: &str, mentions: &[DateMention]) -> bool {
    mentions.iter().any(|m| {
        chair_clause(text, m).is_some_and(|clause| {
            !matches!(
                words_of(clause).next().as_deref(),
                Some("which" | "who" | "that" | "whose" | "as" | "while" | "since" | "because")
            )
        })
    })
}

/// The clause holding `mention` when it says a chair is held for that year.
fn chair_clause<'t>(text: &'t str, mention: &DateMention) -> Option<&'t str> {
    static HOLDS_THE_CHAIR: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"(?i)\b(?:holds|held|is holding|carries out|carried out|exercises|exercised|has)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:chairmanship|presidency)\b")
            .expect("chair pattern")
    });
    if mention.date.precision() != Precision::Year {
        return None;
    }
    // The clause the year stands in: between the commas around it.
    let start = text[..mention.start].rfind(',').map_or(0, |i| i + 1);
    let end = text[mention.end..]
        .find(',')
        .map_or(text.len(), |i| mention.end + i);
    let clause = &text[start..end];
    // "Armenia, which chaired the alliance last year, handed ...": who
    // chaired for a year, said in passing of the one acting. (In a main
    // clause, "Armenia chaired the Organization in 2022 and hosted ...",
    // the year's chair is told as a happening of its own.)
    let chaired_in_passing = matches!(
        words_of(clause).next().as_deref(),
        Some("which" | "who" | "that")
    ) && CHAIRED.is_match(clause);
    (HOLDS_THE_CHAIR.is_match(clause) || chaired_in_passing).then_some(clause)
}

static CHAIRED: Pattern<Regex> = Pattern::new(|| {
    Regex::new(r"(?i)\b(?:chairs|chaired|is chairing|was chairing)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?(?:alliance|bloc|organi[sz]ation|CSTO)\b")
        .expect("chaired pattern")
});

/// "Not this year, I think, and not next year either.": an answer that
/// opens with "not" denies, or gives a view, and tells nothing that
/// happened ("Not since 1992 has ..." tells that something did not).
pub(super) fn opens_with_not(reading: &Reading) -> bool {
    let narration = narration(reading);
    let text = crate::extract::transcript::without_label(narration);
    reading.words_of(text).next().is_some_and(|w| w == "not")
}

/// "He expressed hope that the negotiations would make progress": a hope
/// for what is to come, told of no day, is no happening either ("On
/// Thursday Pashinyan expressed hope that ..." is his statement of that day).
pub(super) fn undated_hope(reading: &Reading, published: Option<chrono::NaiveDate>) -> bool {
    let Some(verb) = &reading.shape.main_verb else {
        return false;
    };
    reading
        .words_of(&reading.text[verb.clone()])
        .last()
        .is_some_and(|w| w == "expressed")
        && reading.text[verb.end..]
            .trim_start()
            .to_lowercase()
            .trim_start_matches("the ")
            .starts_with("hope that")
        && find_dates(reading.text, published).is_empty()
}
