//! Which stretch of a sentence a date belongs to: its own clause ("in
//! February he announced X, and in May ..."), a relative or time clause, a
//! participle phrase ("the interview published on 3 September"), or a noun
//! phrase that names a happening ("the 2021 incursion", "the statements of
//! 9 November 2020"). That stretch gives the report its words and title.

use super::*;

/// The clauses of a sentence joined by ", and", ", but" or ";" where what
/// follows opens a clause of its own (a date, a name or a pronoun, then a
/// verb), outside quotations. One range for a sentence of one clause.
pub(super) fn conjuncts(reading: &Reading) -> Vec<Range<usize>> {
    static JOINT: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"(?:,\s+(?:and|but|while)\s+|;\s+|\s+and,\s+)(?P<next>(?:in|on|by|last|late|early|then|later|that|the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|shortly|soon|earlier|afterwards|within|this|next|after|during|about|some|around|nearly|almost|several|hundreds|thousands|dozens)\b|\p{Lu}|(?:he|she|it|they|his|her|its|their)\b)")
            .expect("clause joint pattern")
    });
    let text = reading.text;
    let mut cuts = Vec::new();
    // Most sentences have no joint at all: they are told apart by what
    // every joint holds (a semicolon, "and," or a comma, white space and a
    // conjunction) before the pattern is run with its captures. `\s` is
    // Unicode white space, as `trim_start` trims it.
    let may_join = text.contains(';')
        || text.contains("and,")
        || text.match_indices(',').any(|(at, _)| {
            let rest = &text[at + 1..];
            let next = rest.trim_start();
            next.len() < rest.len()
                && (next.starts_with("and") || next.starts_with("but") || next.starts_with("while"))
        });
    let joints = may_join.then(|| JOINT.captures_iter(text));
    for caps in joints.into_iter().flatten() {
        let (Some(joint), Some(next)) = (caps.get(0), caps.name("next")) else {
            continue;
        };
        if reading.in_quotes(&(joint.start()..joint.end())) {
            continue;
        }
        // "...; that June, the government stopped ...": after a semicolon
        // "that" points at a time; after "and" it goes on with what was said.
        // "..., and that November he stayed away": unless a time follows.
        if next.as_str().eq_ignore_ascii_case("that")
            && !joint.as_str().starts_with(';')
            && !reading
                .words_of(&text[next.end()..])
                .next()
                .is_some_and(|w| {
                    crate::extract::calendar::is_month_name(&w)
                        || matches!(
                            w.as_str(),
                            "day"
                                | "week"
                                | "month"
                                | "year"
                                | "spring"
                                | "summer"
                                | "autumn"
                                | "fall"
                                | "winter"
                                | "evening"
                                | "morning"
                        )
                })
        {
            continue;
        }
        // What follows must have a verb of its own, or it is a list of names.
        let rest = &text[next.start()..];
        // "and, in June, Pashinyan said ...": past an opening adverbial.
        let adverbial = next.as_str().chars().next().is_some_and(char::is_lowercase);
        let skip = if adverbial {
            rest.find(',').map_or(0, |comma| comma + 1)
        } else {
            0
        };
        // "; a year later, in February 2024, Pashinyan announced ...": past
        // any further openings, up to the next clause.
        let stops: &[char] = if adverbial { &[';'] } else { &[',', ';'] };
        let clause_end = rest[skip..]
            .find(stops)
            .map_or(rest.len(), |end| skip + end);
        let has_verb = |clause: &str| {
            clause.split(|c: char| !c.is_alphanumeric()).any(|w| {
                crate::extract::clauses::is_past_form(&w.to_lowercase())
                    || crate::extract::title::tense::is_headline_present(w)
                    || matches!(w, "will" | "would" | "is" | "are")
            })
        };
        // "and Valery Semerikov, his Russian deputy, stepped in": the verb
        // comes after an apposition set off by its commas.
        let after_apposition = || {
            let after = rest[clause_end..].strip_prefix(',')?;
            let close = after.find(',')?;
            if reading.words_of(&after[..close]).count() > MAX_APPOSITION_WORDS {
                return None;
            }
            let tail = &after[close + 1..];
            Some(&tail[..tail.find([',', ';']).unwrap_or(tail.len())])
        };
        // "; he succeeds Tasmagambetov on 1 January": after a pronoun of
        // one, a word in -s is its verb in the present, listed or not.
        let pronoun_then_present = || {
            let mut words = reading.words_of(&rest[..clause_end]);
            words
                .next()
                .is_some_and(|w| matches!(w.as_str(), "he" | "she" | "it"))
                && words.next().is_some_and(|w| {
                    let w = w.as_str();
                    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
                })
        };
        if has_verb(&rest[..clause_end])
            || (!adverbial && after_apposition().is_some_and(has_verb))
            || pronoun_then_present()
        {
            cuts.push((joint.start(), next.start()));
        }
    }
    // "In January Yerevan refused to host the exercises, in September it
    // recalled its envoy, and ...": a clause opened by its own time after
    // a comma alone, its subject and its verb following.
    static DATED_AFTER_COMMA: Pattern<Regex> = Pattern::new(|| {
        let months = crate::extract::calendar::MONTH_NAMES.join("|");
        Regex::new(&format!(r"(?i:,\s+)(?P<next>(?i:in|on)\s+(?:(?i:early|late|mid)\s+)?(?:\d{{1,2}}\s+)?(?i:{months})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?)\s+(?P<subject>(?i:he|she|it|they|we)\b|\p{{Lu}}[\p{{L}}-]*)"))
            .expect("dated clause pattern")
    });
    if text.contains(", in ") || text.contains(", on ") {
        for caps in DATED_AFTER_COMMA.captures_iter(text) {
            let (Some(joint), Some(next), Some(subject)) =
                (caps.get(0), caps.name("next"), caps.name("subject"))
            else {
                continue;
            };
            if reading.in_quotes(&(joint.start()..joint.end()))
                || cuts
                    .iter()
                    .any(|&(end, start)| end <= joint.start() && joint.start() < start)
            {
                continue;
            }
            let rest = &text[subject.end()..];
            let clause = &rest[..rest.find([',', ';']).unwrap_or(rest.len())];
            let verb = reading
                .words_of(clause)
                .take(3)
                .any(|w| crate::extract::clauses::is_past_form(&w));
            if verb {
                cuts.push((joint.start(), next.start()));
            }
        }
        cuts.sort_unstable();
    }
    // "Armenia chaired the Organization in 2022 and hosted its summit in
    // Yerevan that November": a second past verb of the main clause's
    // subject, joined by "and" alone, opens a clause of its own too.
    if let Some(verb) = &reading.shape.main_verb {
        for (at, _) in text.match_indices(" and ") {
            let next = at + " and ".len();
            let word: String = text[next..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            if at > verb.end
                && word.chars().next().is_some_and(char::is_lowercase)
                && (crate::extract::clauses::is_past_form(&word)
                    || opens_a_verb_to_come(&text[next..]))
                && !reading.in_quotes(&(at..next))
                && cuts.iter().all(|&(end, start)| at + 1 < end || at > start)
            {
                cuts.push((at, next));
            }
        }
        cuts.sort_unstable();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (end, next) in cuts {
        out.push(start..end);
        start = next;
    }
    out.push(start..text.len());
    out
}

/// How many words an apposition between a conjunct's subject and its verb
/// holds at most ("his Russian deputy").
const MAX_APPOSITION_WORDS: usize = 6;

/// The words that name the main clause's subject ("Armenia"), when
/// `clause` is a later conjunct that opens with its own past verb and so
/// shares that subject ("and hosted its summit").
pub(super) fn shared_subject<'t>(reading: &Reading<'t>, clause: &Range<usize>) -> Option<&'t str> {
    const MAX_OPENING_WORDS: usize = 4;
    let verb = reading.shape.main_verb.as_ref()?;
    // "and, in October, skipped the meeting of CIS leaders": a time set
    // off before the conjunct's verb.
    let own = &reading.text[clause.clone()];
    let own = match own.split_once(", ") {
        Some((opening, rest))
            if reading.words_of(opening).count() <= MAX_OPENING_WORDS
                && reading.words_of(opening).next().is_some_and(|w| {
                    matches!(w.as_str(), "in" | "on" | "at" | "by" | "later" | "then")
                }) =>
        {
            rest
        }
        _ => own,
    };
    let first = reading.words_of(own).next()?;
    if clause.start <= verb.start
        || !(crate::extract::clauses::is_past_form(&first) || opens_a_verb_to_come(own))
    {
        return None;
    }
    let subject = reading.text[reading.shape.lead_end..verb.start].trim();
    // "The contingent, numbering more than 2,000 servicemen from ...,
    // was formed ... and began arriving": the aside describes the subject.
    let subject = match subject.split_once(", ") {
        Some((head, _)) if subject.ends_with(',') => head,
        _ => subject,
    };
    (subject.chars().next().is_some_and(char::is_uppercase)
        && (1..=5).contains(&reading.words_of(subject).count()))
    .then_some(subject)
}

/// Whether `clause` opens with a verb group of what is still to come ("will
/// hold the final vote", "is due to hold", "are set to meet"): "The
/// parliament passed the bill on 12 February and is due to hold the final
/// vote later this month" tells two happenings of one subject.
fn opens_a_verb_to_come(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    match words.next() {
        Some("will") => true,
        Some("is" | "are") => words
            .next()
            .is_some_and(|w| matches!(w, "due" | "set" | "expected" | "scheduled" | "to")),
        _ => false,
    }
}

/// "In 2018 Khachaturov was charged in July and recalled in November": a
/// month or day the text gives without its year takes the year the sentence
/// states, not the one nearest the publication.
pub(super) fn in_the_sentence_year(text: &str, mut mentions: Vec<DateMention>) -> Vec<DateMention> {
    // "two years ago, when Azerbaijan attacked in September", "Last year,
    // after Azerbaijani troops crossed into Syunik in May": a year told
    // relative to the publication states the year too.
    let states_a_year = |m: &DateMention| {
        m.kind == MentionKind::Absolute
            || (m.kind == MentionKind::PreviousPeriod && m.date.precision() == Precision::Year && {
                let said = text[m.start..m.end].to_lowercase();
                said.ends_with("ago") || said == "last year"
            })
    };
    let stated: Vec<(usize, i32, Option<u32>, bool)> = mentions
        .iter()
        .filter(|m| states_a_year(m) && attributive_year(text, m).is_none())
        // "an investigation into the events of 2008 that also saw Kocharyan
        // arrested in July": a year after "of" is the noun's time, not the
        // sentence's.
        .filter(|m| {
            m.date.precision() != Precision::Year || !text[..m.start].trim_end().ends_with(" of")
        })
        .map(|m| {
            (
                m.start,
                m.date.year_value(),
                m.date.month_value(),
                m.kind == MentionKind::PreviousPeriod,
            )
        })
        .collect();
    // "September this year" names its year relative to the publication already.
    let bare = |m: &DateMention| {
        m.kind == MentionKind::YearFromContext
            && !text[m.start..m.end].to_lowercase().contains("year")
    };
    for m in mentions.iter_mut().filter(|m| bare(m)) {
        let Some(&(at, year, stated_month, relative)) =
            stated.iter().rev().find(|(at, ..)| *at < m.start)
        else {
            continue;
        };
        // "signed on 15 May 1992, an anniversary the leaders marked on 16
        // May": the anniversary is marked in a later year than the one said.
        if names_an_anniversary(&text[at..m.start]) {
            continue;
        }
        // "signatures last year, and the government approved it on 9
        // January": a year told relative to the publication is its own
        // clause's only.
        if relative
            && [", and ", ", but ", "; "]
                .iter()
                .any(|joint| text[at..m.start].contains(joint))
        {
            continue;
        }
        let month = m.date.month_value();
        // "in November 2023, and in February he said ...": told after a
        // month of its own, an earlier month of the calendar is the next
        // year's, when the publication has reached it; not when the clause
        // looks back ("On 2 November 2018 ... whom investigators had
        // charged in July").
        let looks_back = {
            let clause_start = text[..m.start].rfind([',', ';']).map_or(0, |at| at + 1);
            words_of(&text[clause_start..m.start]).any(|w| w == "had")
        };
        // "after the election of 19 February that year": the year is said.
        let that_year = super::setting::says_that_year(&text[m.end..]);
        let year = match (stated_month, month) {
            (Some(stated), Some(month))
                if month < stated
                    && !m.future
                    && !looks_back
                    && !that_year
                    && m.date.year_value() > year =>
            {
                year + 1
            }
            _ => year,
        };
        if year == m.date.year_value() {
            continue;
        }
        let moved = match (month, m.date.day_value()) {
            (Some(month), Some(day)) => EventDate::day(year, month, day),
            (Some(month), None) => EventDate::month(year, month),
            _ => None,
        };
        if let Some(moved) = moved {
            m.date = moved;
        }
    }
    // "the May 12 incursion last year": a year said just after a day's noun
    // is that day's year, not a date of its own.
    let mut absorbed = Vec::new();
    for n in 0..mentions.len().saturating_sub(1) {
        let (day, year) = (&mentions[n], &mentions[n + 1]);
        let between = &text[day.end..year.start];
        let close = between.len() <= 24 && !between.contains([',', ';', '.']);
        let year_only = year.date.month_value().is_none()
            && matches!(
                year.kind,
                MentionKind::PreviousPeriod | MentionKind::CurrentPeriod
            );
        if !(bare(day) && close && year_only) {
            continue;
        }
        let target = year.date.year_value();
        let moved = match (day.date.month_value(), day.date.day_value()) {
            (Some(month), Some(d)) => EventDate::day(target, month, d),
            (Some(month), None) => EventDate::month(target, month),
            _ => None,
        };
        if let Some(moved) = moved {
            mentions[n].date = moved;
            absorbed.push(n + 1);
        }
    }
    let mut index = 0;
    mentions.retain(|_| {
        index += 1;
        !absorbed.contains(&(index - 1))
    });
    mentions
}

/// Where a date mention is subordinate, the stretch of the sentence whose
/// happening it dates; `None` where it dates the main clause.
pub(super) fn subordinate_focus(
    reading: &Reading,
    mention: &DateMention,
    several_dates: bool,
) -> Option<Focus> {
    if dates_the_saying(reading, mention) {
        return None;
    }
    // "The freeze dates from February 22, when Pashinyan told ...": where
    // the only verb found is the "when" clause's, the date is no noun's;
    // the clause tells what happened then (see `when_clause_inside`).
    if let Some(clause) = when_clause_after(reading, mention)
        && reading.main_verb_in(&clause.span)
    {
        return None;
    }
    // "Two months after the 13 September 2022 attack, Pashinyan refused
    // ...": the date is the attack's; the main clause is counted from it.
    if let Some(opening) = counted_opening(reading.text).or_else(|| counted_closing(reading.text))
        && opening.phrase.start <= mention.start
        && mention.end <= opening.phrase.end
    {
        return Some(Focus {
            span: opening.phrase.clone(),
            title: opening.phrase.clone(),
            noun_phrase: true,
        });
    }
    // "At Wednesday's session, Pashinyan told deputies ...": the occasion
    // that leads the sentence is where the main clause happened.
    if occasion_leads(reading, mention)
        || occasion_of_the_deed(reading, mention)
        || occasion_follows(reading, mention)
        || occasion_attended(reading, mention)
        || occasion_attended_when_held(reading, mention)
    {
        return None;
    }
    // A trend's "since" clause ("Relations have soured since Azerbaijan
    // attacked in September 2022") is read with the trend, which frames it.
    if let Some(clause) = since_clause(reading, mention)
        && !trend(reading)
    {
        return Some(clause);
    }
    // "Armenia has stayed in throughout, even as Azerbaijan, Georgia and
    // Uzbekistan left the treaty in 1999": the date is the contrasted
    // clause's.
    if let Some(clause) = contrast_clause(reading, mention) {
        return Some(clause);
    }
    // "Khachaturov was relieved earlier this month, after investigators
    // charged him in July": beside the main clause's own date, the one in
    // an "after" clause with a subject and a past verb is that clause's.
    // (Not a date of a noun in it: "... in connection with the events of
    // March 1, 2008".)
    if several_dates
        && date_of_a_noun(reading.text, mention).is_none()
        && let Some(clause) = after_clause(reading, mention)
    {
        return Some(clause);
    }
    // "The exodus began five days after Azerbaijan launched its offensive
    // on Tuesday, September 19": the date is the counted clause's; the main
    // clause is counted from it (see `counted_from_its_clause`).
    if !several_dates && let Some(clause) = counted_after_clause(reading, mention) {
        return Some(clause);
    }
    // "... recalled that at the session held in Yerevan on 23 November
    // 2022, Armenia did not sign the declaration": the occasion leading a
    // reported clause is where that clause's happening took place, as an
    // occasion leading the sentence is the main clause's.
    let leads_its_clause = occasion_leads_a_clause(reading.text, mention);
    if let Some(document) = invoked_document(reading.text, mention) {
        return Some(Focus {
            span: document.clone(),
            title: document,
            noun_phrase: true,
        });
    }
    // "Last year's summit, in Minsk, also went ahead without Pashinyan":
    // the dated noun phrase is the main clause's subject, and what the
    // clause tells of it happened at its time.
    if !several_dates
        && attributive_year(reading.text, mention)
            .or_else(|| attributive_date(reading.text, mention))
            .is_some_and(|phrase| subject_of_the_main_verb(reading, &phrase, mention))
    {
        return None;
    }
    if let Some(noun_phrase) = attributive_year(reading.text, mention)
        .or_else(|| attributive_date(reading.text, mention))
        .or_else(|| dated_event_noun(reading, mention))
        // (With one date, only where the main clause tells of nothing done:
        // "The alliance again did not back Armenia after Azerbaijan's
        // September 13 offensive" dates the offensive.)
        // (Nor where the main clause says something now: "Kremlin to seek
        // clarification after Pashinyan's remark yesterday, Peskov says"
        // is the remark's yesterday, and Peskov's today.)
        .or_else(|| {
            happening_it_follows(reading.text, mention)
                .filter(|_| several_dates || did_not_happen(reading) || says_now(reading, mention))
        })
        .or_else(|| participle_date(reading, mention))
        .or_else(|| date_of_a_noun(reading.text, mention))
        .filter(|_| !leads_its_clause)
    {
        return Some(Focus {
            span: noun_phrase.clone(),
            title: noun_phrase,
            noun_phrase: true,
        });
    }
    let holding: Vec<&Range<usize>> = reading
        .shape
        .subordinate
        .iter()
        .filter(|s| s.start <= mention.start && mention.end <= s.end)
        .collect();
    // Actors come from the outermost clause: for "that he will not come to
    // the CSTO summit, which is to be held ... on November 23" that keeps
    // the CSTO with its summit. The title comes from the innermost one.
    let outer = holding.iter().min_by_key(|s| s.start)?;
    let inner = holding.iter().max_by_key(|s| s.start)?;
    // The occasion leading the clause is no part of its happening: the
    // clause opens with its own subject, who acts.
    if leads_its_clause {
        let subject = mention.end + ", ".len();
        return Some(Focus {
            span: outer.start.min(subject)..outer.end.max(subject),
            title: subject..inner.end.max(subject),
            noun_phrase: false,
        });
    }
    // A relative clause stands for the noun before it: take that noun phrase
    // in ("the CSTO, which was established in October 2002").
    let with_antecedent = |span: &Range<usize>| {
        antecedent_start(reading.text, span.start).unwrap_or(span.start)..span.end
    };
    Some(Focus {
        span: with_antecedent(outer),
        title: with_antecedent(inner),
        noun_phrase: false,
    })
}

/// Whether the dated noun `phrase` opens the sentence and the main verb
/// follows its date: the phrase is the verb's subject ("Tuesday's session,
/// held behind closed doors, ended without a statement").
fn subject_of_the_main_verb(
    reading: &Reading,
    phrase: &Range<usize>,
    mention: &DateMention,
) -> bool {
    let opening = reading.text[..phrase.start].trim();
    let opens = opening.is_empty()
        || ["but", "and", "yet", "so"].contains(&opening.to_lowercase().as_str());
    opens
        && reading
            .shape
            .main_verb
            .as_ref()
            .is_some_and(|verb| verb.start >= mention.end)
}

/// Whether `mention` stands in an opening "At ...", "During ..." or "On
/// the sidelines of ..." that ends before the main verb: the occasion the
/// main clause's happening took place at.
fn occasion_leads(reading: &Reading, mention: &DateMention) -> bool {
    let lead = reading.text[..reading.shape.lead_end].trim_start();
    let opens = ["At ", "During ", "On the sidelines of "]
        .iter()
        .any(|opener| lead.starts_with(opener));
    opens
        && mention.end <= reading.shape.lead_end
        && reading
            .shape
            .main_verb
            .as_ref()
            .is_some_and(|verb| verb.start >= reading.shape.lead_end)
}

/// Whether `mention` stands in an "at ..." or "during ..." phrase that
/// opens a clause after "that" and ends, with the mention, at a comma
/// before the clause's own subject: "... that at the session held in
/// Yerevan on 23 November 2022, Armenia did not sign".
fn occasion_leads_a_clause(text: &str, mention: &DateMention) -> bool {
    let before = &text[..mention.start];
    let Some(that) = before.rfind(" that ") else {
        return false;
    };
    let phrase = &before[that + " that ".len()..];
    let opens = ["at ", "during ", "on the sidelines of "]
        .iter()
        .any(|opener| phrase.starts_with(opener));
    let words: Vec<Word> = words_of(phrase).collect();
    let occasion = words
        .iter()
        .any(|w| OCCASIONS.contains(&w.as_str()) || SAYING_OCCASIONS.contains(&w.as_str()));
    let rest = &text[mention.end..];
    opens
        && occasion
        && !phrase.contains([',', ';', '(', '"', '“'])
        && words.len() <= OCCASION_PHRASE_WORDS
        && rest.starts_with(", ")
        && words_of(rest).nth(1).is_some()
}

/// How many words an occasion leading a clause may take before its date.
const OCCASION_PHRASE_WORDS: usize = 14;

/// Whether `mention` dates an occasion the main clause happened at, after
/// its verb ("Armenia's seat stayed empty at Tuesday's meeting of the
/// Council", "Pashinyan raised the issue during the 11 June session"): the
/// main clause's date, not a happening of its own.
fn occasion_follows(reading: &Reading, mention: &DateMention) -> bool {
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    let Some(between) = reading.text.get(verb.end..mention.start) else {
        return false;
    };
    let words: Vec<Word> = reading.words_of(between).collect();
    let at = match words.as_slice() {
        [.., at, the] if the == "the" => at,
        [.., at] => at,
        [] => return false,
    };
    let after = reading
        .words_of(&reading.text[mention.end..])
        .find(|w| w != "s")
        .unwrap_or_default();
    matches!(at.as_str(), "at" | "during")
        && words.len() <= 8
        && !between.contains([',', ';', '(', '"', '“'])
        && OCCASIONS.contains(&after.as_str())
        && !reading
            .shape
            .subordinate
            .iter()
            .any(|s| s.start <= mention.start && mention.end <= s.end)
}

/// Whether `mention` dates the gathering the main verb attends, stays away
/// from or hosts ("Lavrov attended last week's meeting in Moscow",
/// "Pashinyan will skip Thursday's summit"): going to it, or not, happens
/// on its day.
fn occasion_attended(reading: &Reading, mention: &DateMention) -> bool {
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    let last = reading
        .words_of(&reading.text[verb.clone()])
        .last()
        .unwrap_or_default();
    let between = reading.text.get(verb.end..mention.start).unwrap_or("x");
    let words: Vec<Word> = reading.words_of(between).filter(|w| w != "the").collect();
    // "stayed away from today's meeting", "took part in Tuesday's session".
    let phrasal = PHRASAL_ATTENDING.iter().any(|(verbs, particles)| {
        verbs.contains(&last.as_str())
            && words.iter().map(Word::as_str).eq(particles.iter().copied())
    });
    let next_to_the_verb = (ATTENDING.contains(&last.as_str()) && words.is_empty()) || phrasal;
    let rest = &reading.text[mention.end..];
    let occasion = rest
        .strip_prefix("'s ")
        .or_else(|| rest.strip_prefix("’s "))
        .and_then(|after| reading.words_of(after).next())
        .is_some_and(|noun| OCCASIONS.contains(&noun.as_str()));
    next_to_the_verb && occasion
}

/// How many words from the main verb's start may hold the verb of going.
const VERB_GROUP_WORDS: usize = 5;

/// Verbs of going to a gathering, staying away from it or holding it.
const ATTENDING: &[&str] = &[
    "attend",
    "attends",
    "attended",
    "skip",
    "skips",
    "skipped",
    "boycott",
    "boycotts",
    "boycotted",
    "miss",
    "misses",
    "missed",
    "chair",
    "chairs",
    "chaired",
    "host",
    "hosts",
    "hosted",
    "address",
    "addresses",
    "addressed",
];

/// Verbs of going to a gathering or staying away from it that take their
/// gathering after particles, with those particles.
const PHRASAL_ATTENDING: &[(&[&str], &[&str])] = &[
    (&["stay", "stays", "stayed"], &["away", "from"]),
    (&["take", "takes", "took"], &["part", "in"]),
    (&["participate", "participates", "participated"], &["in"]),
];

/// Whether `mention` dates, in a clause after its noun, the gathering the
/// main verb attends or stays away from ("did not take part in the session
/// of the Council, which took place yesterday", "attended the summit held
/// on 28 November"): going to it, or not, happens on its day.
fn occasion_attended_when_held(reading: &Reading, mention: &DateMention) -> bool {
    const HELD: &[&str] = &[
        "which took place",
        "that took place",
        "which was held",
        "that was held",
        "which were held",
        "held",
        "taking place",
    ];
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    let Some(between) = reading.text.get(verb.end..mention.start) else {
        return false;
    };
    // "did not take part in": the verb group may stop before its verb.
    let head: Vec<String> = reading
        .words_of(&reading.text[verb.start..mention.start])
        .take(VERB_GROUP_WORDS)
        .map(|w| w.to_string())
        .collect();
    let attends = head.iter().enumerate().any(|(i, w)| {
        ATTENDING.contains(&w.as_str())
            || matches!(w.as_str(), "participate" | "participates" | "participated")
            || (matches!(w.as_str(), "take" | "takes" | "took" | "taken")
                && head.get(i + 1).is_some_and(|next| next == "part"))
    });
    let phrase = between.trim_end();
    let phrase = phrase
        .strip_suffix(" on")
        .or_else(|| phrase.strip_suffix(" in"))
        .unwrap_or(phrase)
        .trim_end();
    let held_at = HELD.iter().find_map(|held| {
        let at = phrase.len().checked_sub(held.len())?;
        phrase
            .get(at..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case(held))
            .then_some(at)
    });
    attends
        && !between.contains([';', '.'])
        && held_at.is_some_and(|at| {
            reading
                .words_of(&between[..at])
                .any(|w| OCCASIONS.contains(&w.as_str()))
        })
}

/// The clause of time after the main verb that holds `mention` ("... after
/// Azerbaijani forces shelled Armenian territory on Sept. 13, 2022"), to its
/// comma.
pub(super) fn time_clause(reading: &Reading, mention: &DateMention) -> Option<Focus> {
    let verb_end = reading.shape.main_verb.as_ref()?.end;
    let between = reading.text.get(verb_end..mention.start)?;
    // "Relations have soured since September, when Armenia asked for
    // help": the "when" clause tells what happened then.
    if between.trim_end().ends_with(" since") || between.trim() == "since" {
        return when_clause_after(reading, mention);
    }
    // "... have deteriorated since Azerbaijani forces attacked Armenian
    // territory in September 2022": a "since" clause of its own is one.
    let (at, opener) = [" after ", " when ", " before ", " since "]
        .iter()
        .filter_map(|o| between.rfind(o).map(|at| (at, *o)))
        .max_by_key(|(at, _)| *at)?;
    Some(clause_to_its_comma(
        reading,
        verb_end + at + opener.len(),
        mention,
    ))
}

/// The clause from `start` to the comma or semicolon after `mention`, or
/// to the end of the sentence.
fn clause_to_its_comma(reading: &Reading, start: usize, mention: &DateMention) -> Focus {
    let end = reading.text[mention.end..]
        .find([',', ';'])
        .map_or(reading.text.len(), |i| mention.end + i);
    Focus {
        span: start..end,
        title: start..end,
        noun_phrase: false,
    }
}

/// The clause "since X did Y" after the main verb that holds `mention`
/// ("four soldiers were killed, the deadliest incident since Azerbaijan
/// took Nagorno-Karabakh in a one-day offensive in September"): a clause
/// with a subject and a past verb of its own tells its own happening, which
/// the date is of; the main clause is not of that time. "Since" before a
/// date or a noun ("has led it since January", "since the attack in May")
/// opens no clause.
fn since_clause(reading: &Reading, mention: &DateMention) -> Option<Focus> {
    let verb_end = reading.shape.main_verb.as_ref()?.end;
    let between = reading.text.get(verb_end..mention.start)?;
    let at = between.rfind(" since ")? + " since ".len();
    let clause = &between[at..];
    if clause.contains([';', '(', '"', '“', ',']) {
        return None;
    }
    if !subject_and_past_verb(clause) {
        return None;
    }
    Some(clause_to_its_comma(reading, verb_end + at, mention))
}

/// Whether `clause` opens with a subject and has a past verb after it
/// ("Azerbaijan took Nagorno-Karabakh", "Armenian investigators charged
/// him"): a clause that tells a happening of its own.
fn subject_and_past_verb(clause: &str) -> bool {
    let words: Vec<Word> = words_of(clause).collect();
    let past = |w: &Word| crate::extract::clauses::is_past_form(w);
    words
        .split_first()
        .is_some_and(|(subject, rest)| !past(subject) && rest.iter().any(past))
}

/// The "after" clause after the main clause that holds `mention`, when it
/// has a subject and a past verb of its own ("..., after Armenian
/// investigators charged him in July").
fn after_clause(reading: &Reading, mention: &DateMention) -> Option<Focus> {
    let verb_end = reading.shape.main_verb.as_ref()?.end;
    let between = reading.text.get(verb_end..mention.start)?;
    let start = verb_end + between.rfind(", after ")? + ", after ".len();
    let clause = &reading.text[start..mention.start];
    if clause.contains([';', '(', '"', '“', ',']) {
        return None;
    }
    if !subject_and_past_verb(clause) || clause.trim_end().ends_with(" of") {
        return None;
    }
    // The clause up to its date: what follows ("in connection with the
    // events of March 1, 2008") tells of other times. What the verb found
    // or said ("after the Constitutional Court found in 2004 that some of
    // its provisions contradicted the constitution") is its object.
    let end = if reading.text[mention.end..].starts_with(" that ") {
        clause_to_its_comma(reading, start, mention).span.end
    } else {
        mention.end
    };
    Some(Focus {
        span: start..end,
        title: start..end,
        noun_phrase: false,
    })
}

/// The clause of a count after the main verb ("five days after ...", see
/// `offsets`) that holds `mention`, with a subject and a past verb of its
/// own, up to the date.
fn counted_after_clause(reading: &Reading, mention: &DateMention) -> Option<Focus> {
    let verb_end = reading.shape.main_verb.as_ref()?.end;
    let offset = super::offsets(reading)
        .into_iter()
        .find(|o| o.phrase.start >= verb_end && o.clause.contains(&mention.start))?;
    let start = offset.clause.start;
    let clause = &reading.text[start..mention.start];
    if clause.contains([';', '(', '"', '“']) {
        return None;
    }
    // "six days after Pashinyan told the National Assembly, during
    // questions to the government last Wednesday, that ...": a phrase of
    // the occasion set off by a comma is still the counted clause's.
    let told = match clause.split_once(',') {
        None => subject_and_past_verb(clause),
        Some((head, inserted)) => {
            let opener = inserted.split_whitespace().next().unwrap_or_default();
            !inserted.contains(',')
                && matches!(opener, "during" | "at" | "in" | "on")
                && subject_and_past_verb(head)
        }
    };
    if !told {
        return None;
    }
    Some(Focus {
        span: start..mention.end,
        title: start..mention.end,
        noun_phrase: false,
    })
}

/// What opens a clause of contrast (see `contrast_clause`).
const CONTRAST_OPENERS: &[&str] = &[
    ", even as ",
    ", while ",
    ", whereas ",
    ", although ",
    ", though ",
];

/// Whether the clause starting at `start` is a "since" or contrast clause
/// (see `since_clause`, `contrast_clause`): it has a subject of its own, so
/// the main clause's subject is not its actor ("... told parliament that
/// 105 servicemen had been killed since the fighting erupted early on
/// Tuesday": no one named acted in the fighting).
pub(super) fn opens_clause_of_its_own(text: &str, start: usize) -> bool {
    let before = &text[..start];
    before.ends_with(" since ") || CONTRAST_OPENERS.iter().any(|o| before.ends_with(o))
}

/// The clause of contrast after the main clause that holds `mention`
/// ("..., even as Azerbaijan, Georgia and Uzbekistan left the treaty in
/// 1999", "..., while Baku withdrew in 1999"): with a subject and a past
/// verb of its own, it tells the happening the date is of, beside which
/// the main clause is a state.
fn contrast_clause(reading: &Reading, mention: &DateMention) -> Option<Focus> {
    let verb_end = reading.shape.main_verb.as_ref()?.end;
    let between = reading.text.get(verb_end..mention.start)?;
    let (at, opener) = CONTRAST_OPENERS
        .iter()
        .filter_map(|o| between.rfind(o).map(|at| (at, *o)))
        .max_by_key(|(at, _)| *at)?;
    let start = verb_end + at + opener.len();
    let clause = &reading.text[start..mention.start];
    if clause.contains([';', '(', '"', '“']) {
        return None;
    }
    if !subject_and_past_verb(clause) {
        return None;
    }
    Some(clause_to_its_comma(reading, start, mention))
}

/// The "when" clause after `mention` in a sentence whose main clause is
/// the writer's own reaction, told in the first person outside quotation
/// marks ("it surprised me ... to find myself nodding at the screen when
/// Nikol Pashinyan told the National Assembly ..."): the clause, to the
/// end of the sentence, when it names someone.
pub(super) fn writers_reaction_when(reading: &Reading, mention: &DateMention) -> Option<Focus> {
    let when = reading.text[mention.end..].find(" when ")? + mention.end + " when ".len();
    // Quotations all come after "when": the first person before it is
    // the writer's.
    let first_person = reading
        .words_of(&reading.text[..when])
        .any(|w| matches!(w.as_str(), "me" | "myself" | "i"));
    let names_someone = reading.actors.iter().any(|m| m.range.start >= when);
    let end = reading.text.trim_end().len();
    (first_person && names_someone && reading.quoted.iter().all(|q| q.start >= when)).then_some(
        Focus {
            span: when..end,
            title: when..end,
            noun_phrase: false,
        },
    )
}

/// Whether the date at `at` stands in a "when" clause that has not ended
/// before it: "when Azerbaijan attacked our territory in September".
pub(super) fn in_when_clause(text: &str, at: usize) -> bool {
    let before = text[..at].to_lowercase();
    before.rfind("when ").is_some_and(|when| {
        crate::extract::text::stands_apart(&before, when, when + 4) && !before[when..].contains(',')
    })
}

/// Subjects that only frame a time ("The turning point came on ...").
pub(super) const FRAMING_SUBJECTS: &[&str] = &[
    "the turning point",
    "the breaking point",
    "the first test",
    "the real test",
    "the moment",
    "the rupture",
    "the break",
    "the first crack",
    "the low point",
];

pub(super) fn framing_subject(reading: &Reading) -> bool {
    let main = main_clause_lowercase(reading);
    FRAMING_SUBJECTS.iter().any(|frame| {
        main.strip_prefix(frame)
            .is_some_and(|rest| rest.starts_with(" came") || rest.starts_with(" was"))
    }) || time_comes(reading)
        || dates_back_to_when(main)
}

/// "Yerevan's disappointment with the bloc dates back to May 12, 2021,
/// when Azerbaijani troops advanced ...": what dates back to a time is no
/// deed, whoever it names; the "when" clause tells what happened then.
/// (Not where the clause's subject is the frame's, by a pronoun: "The
/// treaty dates back to 15 May 1992, when it was signed" is the treaty's.
/// A pronoun that acts is someone else's: "Yerevan's anger dates from
/// September 2022, when it asked the bloc for help".)
fn dates_back_to_when(main: &str) -> bool {
    [
        " dates back to ",
        " dates from ",
        " goes back to ",
        " traces back to ",
    ]
    .iter()
    .any(|frame| {
        main.find(frame)
            .and_then(|at| first(&main[at..], ", when ").map(|when| at + when + 7))
            .is_some_and(|clause| {
                let mut words = main[clause..].split_whitespace();
                let subject = words.next().unwrap_or_default();
                let passive = matches!(
                    words.next().unwrap_or_default(),
                    "was" | "were" | "is" | "are" | "had" | "has"
                );
                !(matches!(subject, "it" | "they" | "this" | "that") && passive)
            })
    })
}

/// "For Armenia, that week came in the autumn of 2022, when ...": a main
/// clause whose verb is "came" and whose subject names no actor only says
/// when a time arrived; what happened is told after it.
pub(super) fn time_comes(reading: &Reading) -> bool {
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    // "What came was a fact-finding mission": what came is named after it.
    if crate::extract::clauses::arrival_cleft(reading.text).is_some() {
        return false;
    }
    let lead_end = reading.shape.lead_end.min(verb.start);
    // "The leaders came to Yerevan", "The mission arrived in Yerevan" went
    // somewhere; a time comes at its date ("in the autumn", "last spring",
    // "on 13 September", "earlier").
    let mut after = reading.text[verb.end..].split_whitespace().take(2);
    let first = after.next().unwrap_or_default().to_lowercase();
    let second = after
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric());
    // "came at Wednesday's session": the possessive day is a time too.
    let second = second
        .strip_suffix("'s")
        .or_else(|| second.strip_suffix("’s"))
        .unwrap_or(second);
    let a_place = second.starts_with(char::is_uppercase)
        && !crate::extract::calendar::is_month_name(second)
        && !matches!(
            second,
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
        );
    let at_a_time = !a_place
        && !matches!(
            first.as_str(),
            "to"
                | "from"
                | "back"
                | "into"
                | "home"
                | "out"
                | "up"
                | "down"
                | "together"
                | "here"
                // "The town came under fire again": a thing befell it.
                | "under"
        );
    // "The rift opened in September 2022, when Azerbaijani forces
    // attacked": a time that began is told by the "when" clause after it.
    let verb_word = reading.text[verb.clone()].to_lowercase();
    let began_when = matches!(verb_word.as_str(), "began" | "started" | "opened")
        && reading.text[verb.end..].contains(", when ");
    // "The vote came on Tuesday", "The first reaction from Moscow came
    // within hours": a happening named as the subject came about then.
    let happening_came = reading
        .words_of(&reading.text[lead_end..verb.start])
        .any(|w| {
            let w = w.as_str();
            is_event_noun(w) || FOLLOWED_HAPPENINGS.contains(&w) || w == "reaction"
        });
    at_a_time
        && !happening_came
        && (matches!(verb_word.as_str(), "came" | "arrived") || began_when)
        && !reading
            .actors
            .iter()
            .any(|m| m.range.start >= lead_end && m.range.end <= verb.start)
}

/// The clause ", where ..." after `mention` and the occasion it dates
/// ("at Wednesday's session of the National Assembly, where the prime
/// minister told deputies ..."), to the end of the sentence.
pub(super) fn where_clause_after(reading: &Reading, mention: &DateMention) -> Option<Focus> {
    const MAX_OCCASION_WORDS: usize = 7;
    let rest = reading.text.get(mention.end..)?;
    let at = first(rest, ", where ")?;
    let occasion = &rest[..at];
    if occasion.contains([',', ';', '(', '"', '“'])
        || occasion.split_whitespace().count() > MAX_OCCASION_WORDS
    {
        return None;
    }
    let start = mention.end + at + ", where ".len();
    let end = reading.text.trim_end_matches(['.', ' ']).len().max(start);
    Some(Focus {
        span: start..end,
        title: start..end,
        noun_phrase: false,
    })
}

/// Where `needle` first stands in `text`, found by a scan for its first
/// byte, a comma: rarer in a sentence than the searcher `str::find` sets
/// up for every call costs.
fn first(text: &str, needle: &str) -> Option<usize> {
    crate::extract::text::occurrences(text, needle).next()
}

/// The clause ", when ..." right after `mention`, to the end of the sentence.
pub(super) fn when_clause_after(reading: &Reading, mention: &DateMention) -> Option<Focus> {
    let rest = reading.text.get(mention.end..)?;
    // "I was in the hall on 23 November when the prime minister refused":
    // the comma is often left out.
    // Where the opener first stands, if within two bytes of the mention:
    // only those places are tried, not the rest of the sentence.
    let (at, opener) = [", when ", " when "].iter().find_map(|opener| {
        (0..=2)
            .find(|&at| {
                rest.as_bytes()
                    .get(at..)
                    .is_some_and(|r| r.starts_with(opener.as_bytes()))
            })
            .map(|at| (at, opener))
    })?;
    let start = mention.end + at + opener.len();
    let end = reading.text.trim_end_matches(['.', ' ']).len().max(start);
    Some(Focus {
        span: start..end,
        title: start..end,
        noun_phrase: false,
    })
}

/// The clause ", when ..." right after `mention` where the main clause's
/// subject names no one ("The rift dates to ...", "The contrast with
/// January 2022, when ..., was lost on nobody"): up to the main verb's
/// comma when it stands inside the subject, else to the end.
pub(super) fn when_clause_inside(reading: &Reading, mention: &DateMention) -> Option<Focus> {
    // "Two years ago, when Azerbaijan attacked, we invoked Article 4": a
    // time that leads the sentence is the main clause's.
    if mention.start < reading.shape.lead_end {
        return None;
    }
    let mut clause = when_clause_after(reading, mention)?;
    // "The treaty dates back to 1992, when it was signed": the pronoun
    // leaves the clause no title of its own.
    // After "since" ("his bluntest remark since February, when he told
    // France 24 ..."), the clause is what happened then, pronoun or not.
    // "The Collective Security Treaty dates back to May 15, 1992, when it
    // was signed in Tashkent": an "it" that stands for the thing the main
    // clause names tells what happened to it, and takes its name.
    let opens = reading.words_of(&reading.text[clause.span.clone()]).next();
    let it_names_the_subject = opens.as_ref().is_some_and(|w| w == "it")
        && super::thing_named_as_subject(reading).is_some();
    if opens.is_some_and(|w| matches!(w.as_str(), "it" | "they" | "he" | "she" | "we" | "i"))
        && !it_names_the_subject
        && !super::not_happenings::after_since(reading, mention)
    {
        return None;
    }
    // "dates" is read as a noun as often as a verb: without a main verb
    // found, the words before the date stand for the subject.
    // A verb found inside the "when" clause is that clause's own: the main
    // clause's was not found.
    // When that verb was the only one found ("It was his bluntest remark
    // since February, when he told ..."), a "was" or "is" before the date
    // is the main clause's.
    let verb = reading
        .shape
        .main_verb
        .clone()
        .filter(|verb| !clause.span.contains(&verb.start))
        .or_else(|| copula_before(reading.text, mention.start))
        .or_else(|| copula_after_comma(reading.text, clause.span.start))
        .unwrap_or(mention.start..mention.start);
    if verb.start > clause.span.start {
        let comma = reading.text[..verb.start].rfind(", ")?;
        if comma <= clause.span.start {
            return None;
        }
        clause.span.end = comma;
        clause.title = clause.span.clone();
    } else if verb.end > verb.start && verb.end <= mention.start {
        // A date right after its verb times the main clause: "The
        // procedure was completed on Monday, when ..." is a happening of
        // its own. One the clause is about ("dates to 13 September",
        // "has a starting point: the night of ...") only says when.
        let first = reading
            .words_of(&reading.text[verb.clone()])
            .next()
            .unwrap_or_default();
        // "The first time was in May 2021, when ...": a bare copula
        // before the date says no more than when.
        let about_the_date = matches!(
            first.as_str(),
            "dates" | "date" | "dated" | "goes" | "go" | "went" | "traces" | "traced" | "harks"
        ) || matches!(&reading.text[verb.clone()], "was" | "were" | "is");
        // "Relations soured in September 2022, when the bloc answered ...":
        // a turn of the mood is told by the happening that turned it.
        let a_turn = matches!(
            first.as_str(),
            "soured" | "worsened" | "deteriorated" | "cooled" | "began" | "started" | "opened"
        );
        let adverbial = reading
            .words_of(&reading.text[verb.end..mention.start])
            .all(|w| matches!(w.as_str(), "on" | "in" | "at" | "by" | "back" | "to"));
        if adverbial && !about_the_date && !a_turn {
            return None;
        }
    }
    let subject = reading.shape.lead_end.min(verb.start)..verb.start;
    let names_someone = reading.actors.iter().any(|m| {
        m.range.start >= subject.start
            && m.range.end <= subject.end
            && !(clause.span.start <= m.range.start && m.range.end <= clause.span.end)
    });
    (!names_someone).then_some(clause)
}

/// The opening "When ..." clause that holds `mention`, where the main
/// clause after it names no one ("When Pashinyan told the National Assembly
/// on 12 June that Armenia would leave, few in the chamber looked
/// surprised"): the reaction is the writer's scene; the clause of time is
/// what happened then.
///
/// So is a clause of time whose main clause counts its own time from it
/// ("When Azerbaijani troops advanced into Armenian territory on 12 May
/// 2021, Armenia asked the bloc for consultations two days later"): the
/// date is the advance's, the count the asking's. `counted_after` says the
/// sentence has such a count after `mention`.
pub(super) fn opening_when_clause(
    reading: &Reading,
    mention: &DateMention,
    counted_after: bool,
) -> Option<Focus> {
    let text = reading.text;
    let opening = text.trim_start();
    let opens_with = |opener: &str| {
        opening
            .get(..opener.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(opener))
    };
    let verb = reading.shape.main_verb.as_ref()?;
    // "Since parliament voted last month ..., social media have filled
    // with claims": what has gone on since is no happening; what it runs
    // from is.
    let since = opens_with("since ")
        && reading
            .words_of(&text[verb.clone()])
            .next()
            .is_some_and(|w| matches!(w.as_str(), "has" | "have"));
    let opener = if since { "since " } else { "when " };
    if !since && !opens_with(opener) {
        return None;
    }
    let start = text.len() - opening.len() + opener.len();
    // The clause of time ends at the last comma before the main verb.
    let comma = text[..verb.start].rfind(", ")?;
    if !(start <= mention.start && mention.end <= comma) {
        return None;
    }
    let subject = comma + 1..verb.start;
    let names_someone = reading
        .actors
        .iter()
        .any(|m| subject.start <= m.range.start && m.range.end <= subject.end);
    let pronoun = reading
        .words_of(&text[subject.clone()])
        .next()
        .is_some_and(|w| matches!(w.as_str(), "he" | "she" | "it" | "they" | "we" | "i"));
    let counted = counted_after && reading.words_of(&text[subject.clone()]).next().is_some();
    // "Since mid-2024, Yerevan has stopped paying": a "since" with no
    // verb of its own only dates the main clause.
    let since = since
        && reading
            .words_of(&text[start..comma])
            .any(|w| crate::extract::clauses::is_past_form(&w));
    if !since && opener == "since " {
        return None;
    }
    // "When Azerbaijan went to war on 27 September 2020, we did not even
    // ask the alliance for help": a main clause that did not happen leaves
    // the clause of time the happening.
    (since
        || counted
        || (!names_someone && !pronoun && reading.words_of(&text[subject]).next().is_some())
        || super::not_happenings::did_not_happen(reading))
    .then_some(Focus {
        span: start..comma,
        title: start..comma,
        noun_phrase: false,
    })
}

/// The first "was", "is", "were" or "are" in `text` before `end`.
fn copula_before(text: &str, end: usize) -> Option<Range<usize>> {
    let head = &text[..end];
    ["was", "is", "were", "are"]
        .iter()
        .filter_map(|verb| {
            crate::extract::text::find_word(head, verb).map(|at| at..at + verb.len())
        })
        .min_by_key(|verb| verb.start)
}

/// "Her reconstruction of 13 September, when artillery hit Jermuk, is the
/// best I have read": the "is" after the comma that closes the clause.
fn copula_after_comma(text: &str, from: usize) -> Option<Range<usize>> {
    [", is ", ", was ", ", were ", ", are "]
        .iter()
        .filter_map(|joint| {
            text[from..]
                .find(joint)
                .map(|at| from + at + 2..from + at + joint.len() - 1)
        })
        .min_by_key(|verb| verb.start)
}

/// Whether a sentence (past an answer's "A:") opens with a preposition: a
/// time or place, not a subject.
pub(super) fn opens_with_a_preposition(text: &str) -> bool {
    let text = text.trim_start();
    let text = text.strip_prefix("A:").unwrap_or(text);
    words_of(text).next().is_some_and(|w| {
        matches!(
            w.as_str(),
            "at" | "in" | "on" | "during" | "after" | "before" | "since" | "from" | "by"
        )
    })
}

/// Nouns of an occasion a statement is made in.
pub(super) const SAYING_OCCASIONS: &[&str] = &[
    "interview",
    "speech",
    "briefing",
    "conference",
    "address",
    "broadcast",
    "post",
    "parliament",
    "hearing",
    "summit",
    "session",
];

/// "Pashinyan said Armenia had frozen its participation in an interview
/// with France 24 on 22 February": a date right after the occasion of the
/// saying dates the saying, not what was said.
pub(super) fn dates_the_saying(reading: &Reading, mention: &DateMention) -> bool {
    if !reading.shape.reporting {
        return false;
    }
    let before: Vec<Word> = reading.words_of(&reading.text[..mention.start]).collect();
    // "in the interview to France 24, which was published last Thursday":
    // the occasion may stand a few words back, past a clause that dates it.
    let window = before.len().saturating_sub(12)..before.len();
    // "He recalled that at the session in Yerevan on 23.11.2022 ...": an
    // occasion inside what was said is not the saying's.
    let said_from = before
        .iter()
        .position(|w| matches!(w.as_str(), "that" | "whether"))
        .unwrap_or(before.len());
    // "informed them of the decisions adopted at the previous session in
    // September 2021": an occasion a participle places is its noun's.
    // "In his remarks at the summit Putin said that a meeting in Sochi on
    // October 31 ...": a date inside what was said is not the saying's,
    // whatever occasion the sentence gave before.
    let occasion_before = said_from == before.len()
        && window.into_iter().any(|n| {
            n < said_from
                && SAYING_OCCASIONS.contains(&before[n].as_str())
                && (n.saturating_sub(3)..n).rev().any(|p| {
                    matches!(before[p].as_str(), "in" | "at" | "during")
                        && !p
                            .checked_sub(1)
                            .is_some_and(|q| DATING_PARTICIPLES.contains(&before[q].as_str()))
                })
        });
    // "... said that participation was frozen on 22 February 2024, in an
    // interview with France 24": the occasion right after the date is the
    // saying's, and so is the date.
    let rest = &reading.text[mention.end..];
    let after: Vec<Word> = reading.words_of(rest).take(4).collect();
    let occasion_after = rest.trim_start().starts_with(',')
        && after
            .first()
            .is_some_and(|p| matches!(p.as_str(), "in" | "at" | "during"))
        && after[1..]
            .iter()
            .any(|w| SAYING_OCCASIONS.contains(&w.as_str()));
    // "Pashinian said that Armenia had frozen its participation in an
    // interview with France 24 in February.": an occasion that only speech
    // takes place at, closing the sentence with its date, is the saying's
    // even inside what was said.
    let ends_the_sentence = !rest.contains(|c: char| c.is_alphanumeric());
    let speech_occasion_closes = ends_the_sentence
        && said_from < before.len()
        && (said_from..before.len()).any(|n| {
            SPEECH_ONLY_OCCASIONS.contains(&before[n].as_str())
                && before.len() - n <= 6
                && (n.saturating_sub(3)..n)
                    .any(|p| matches!(before[p].as_str(), "in" | "at" | "during"))
        });
    occasion_before || occasion_after || speech_occasion_closes
}

/// "Putin made the remarks in an interview with the Rossiya TV channel
/// aired on Wednesday": an occasion of speaking that the main clause's
/// deed took place at, dated by a participle after it, gives its date to
/// the deed.
fn occasion_of_the_deed(reading: &Reading, mention: &DateMention) -> bool {
    const REACH: usize = 12;
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    if verb.end > mention.start {
        return false;
    }
    let before: Vec<Word> = reading
        .words_of(&reading.text[verb.end..mention.start])
        .collect();
    let from = before.len().saturating_sub(REACH);
    let Some(occasion) = (from..before.len()).rev().find(|&n| {
        SPEECH_ONLY_OCCASIONS.contains(&before[n].as_str())
            && n >= 2
            && matches!(before[n - 1].as_str(), "a" | "an" | "the")
            && matches!(before[n - 2].as_str(), "in" | "during")
    }) else {
        return false;
    };
    before[occasion + 1..]
        .iter()
        .any(|w| DATING_PARTICIPLES.contains(&w.as_str()))
}

/// Occasions at which only words are given: no deed told in what was said
/// happens "in an interview".
const SPEECH_ONLY_OCCASIONS: &[&str] = &["interview", "speech", "address", "remarks", "briefing"];

/// Nouns of an occasion someone speaks at.
pub(super) const OCCASIONS: &[&str] = &[
    "conference",
    "news",
    "press",
    "briefing",
    "meeting",
    "summit",
    "session",
    "forum",
    "rally",
    "ceremony",
];

pub(super) use crate::extract::text::DATING_PARTICIPLES;

/// "Pashinyan's interview with La Repubblica, published on September 3,",
/// "the CSTO exercise held in Kyrgyzstan in September", "the drills planned
/// for September 11-20": a date in a participle phrase after a noun dates
/// what the noun names, not the main verb. Returns the noun phrase.
pub(super) fn participle_date(reading: &Reading, mention: &DateMention) -> Option<Range<usize>> {
    let before = reading.text[..mention.start].trim_end();
    let words: Vec<(usize, &str)> = token_starts(before).into_iter().rev().take(10).collect();
    if let Some(to) = passive_infinitive(&words) {
        return noun_phrase_before(reading, to).map(|start| start..mention.end);
    }
    let (_, preposition) = words.first()?;
    if !matches!(
        preposition.to_lowercase().as_str(),
        "on" | "in" | "for" | "at"
    ) {
        return None;
    }
    // "the statements adopted on 11 January 2021 in Moscow and on 26
    // November 2021 in Sochi": a date joined by "and" to a participle's
    // date is the participle's too.
    if words
        .get(1)
        .is_some_and(|(_, w)| matches!(*w, "and" | "or"))
    {
        for &(at, word) in words.iter().skip(2).take(7) {
            if word.ends_with(',') {
                break;
            }
            if matches!(word, "on" | "in" | "for" | "at") {
                let after_preposition = at + word.len();
                let earlier = DateMention {
                    start: after_preposition,
                    end: after_preposition,
                    ..mention.clone()
                };
                if let Some(phrase) = participle_date(reading, &earlier) {
                    return Some(phrase.start..mention.end);
                }
            }
        }
    }
    // "the remarks made by CSTO Secretary General Imangali Tasmagambetov on
    // 13 March": the agent's name may stand between.
    let reach = match words.iter().skip(1).position(|(_, w)| *w == "by") {
        Some(by) if by < 7 => by + 2,
        _ => 4,
    };
    let is_participle =
        |w: &str| DATING_PARTICIPLES.contains(&w.trim_end_matches(',').to_lowercase().as_str());
    let &(participle_at, _) = words
        .iter()
        .skip(1)
        .take(reach)
        .find(|(_, w)| is_participle(w))
        .or_else(|| placed_participle(&words, is_participle))?;
    // "was held on ...", "had been signed in ...": the clause's own verb.
    let prior = token_starts(reading.text[..participle_at].trim_end())
        .last()
        .map(|(_, w)| w.trim_end_matches(',').to_lowercase())?;
    let verb_here = reading
        .shape
        .main_verb
        .as_ref()
        .is_some_and(|v| v.start <= participle_at && participle_at < v.end);
    if verb_here || crate::extract::clauses::is_auxiliary(&prior) || prior == "not" {
        return None;
    }
    // "refused to host the exercises planned for 2023, in January last
    // year": a comma has closed the participle's phrase; the time after it
    // is the main clause's.
    if reading.text[participle_at..mention.start].contains(',') {
        return None;
    }
    let start = noun_phrase_before(reading, participle_at)?;
    // "..., he said in an interview broadcast on Thursday": the occasion of
    // the saying, which the date gives to the statement.
    let head = reading
        .words_of(&reading.text[start..participle_at])
        .nth(1)
        .unwrap_or_default();
    let occasion = token_starts(reading.text[..start].trim_end())
        .last()
        .is_some_and(|(_, w)| match w.to_lowercase().as_str() {
            "in" | "during" => true,
            // "at a news conference held on ...", not "at the remarks made".
            "at" => OCCASIONS.iter().any(|o| head.starts_with(o)),
            _ => false,
        });
    if occasion {
        return None;
    }
    Some(start..mention.end)
}

/// "the draft documents to be submitted tomorrow to the session": a date
/// right after a passive infinitive that follows a noun is of what will be
/// done to that noun, not the main verb's ("is to be held tomorrow" is the
/// main verb itself). `words` run back from the date. Returns where "to"
/// stands.
fn passive_infinitive(words: &[(usize, &str)]) -> Option<usize> {
    let [(_, participle), (_, be), (to_at, to), (_, noun), ..] = words else {
        return None;
    };
    let noun = noun.to_lowercase();
    (*to == "to"
        && *be == "be"
        && crate::extract::clauses::is_past_form(&participle.to_lowercase())
        && noun.chars().all(char::is_alphabetic)
        && !crate::extract::clauses::is_auxiliary(&noun)
        && !matches!(
            noun.as_str(),
            "due" | "expected" | "scheduled" | "set" | "going" | "planned" | "supposed" | "about"
        ))
    .then_some(*to_at)
}

/// Where the noun phrase that a participle (or infinitive) at
/// `participle_at` follows starts: at its first determiner or owner.
fn noun_phrase_before(reading: &Reading, participle_at: usize) -> Option<usize> {
    // The noun phrase starts at its first determiner or owner ("Pashinyan's
    // interview with the Italian daily ..."), after the main verb and after
    // any "and" that opens it, not far back.
    // One in an opening phrase ("Touching upon the session held on 28
    // November, the Premier noted ...") starts within that phrase.
    let verb_end = if participle_at < reading.shape.lead_end {
        0
    } else {
        reading
            .shape
            .main_verb
            .as_ref()
            .map_or(0, |v| v.end)
            .min(participle_at)
    };
    let back = token_starts(&reading.text[..participle_at]);
    back.iter()
        .rev()
        .take(10)
        .enumerate()
        // Nor past a preposition that ties it to another noun ("its
        // disappointment at the remarks made by ..."), nor past a comma
        // that closes a phrase before it ("honouring Missak Manouchian,
        // the resistance fighter executed in 1944"), though one may stand
        // between the noun and its participle ("the interview with La
        // Repubblica, published on September 3").
        .take_while(|(n, (at, w))| {
            *at >= verb_end
                && (*n == 0 || !w.ends_with(','))
                && !matches!(
                    *w,
                    "and" | "or" | "but" | "at" | "over" | "about" | "against"
                )
                && !(*w == "of" && common_noun_after(&reading.text[*at + w.len()..participle_at]))
        })
        .map(|(_, token)| token)
        .filter_map(|(at, w)| {
            let w = w.to_lowercase();
            // "last year's summit in Minsk, held on 23 November 2023": an
            // owner that is a time is part of a date, not the noun's owner.
            let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
            let time_owner = owner.is_some_and(|o| {
                matches!(
                    o,
                    "year" | "month" | "week" | "today" | "yesterday" | "tomorrow"
                ) || crate::extract::calendar::is_weekday_name(o)
            });
            (matches!(
                w.as_str(),
                "the" | "a" | "an" | "its" | "his" | "her" | "their"
            ) || (owner.is_some() && !time_owner))
                .then_some(*at)
        })
        .last()
}

/// Whether the words after an "of" open a common noun of their own ("the
/// importance of the agreement reached in Prague"): the participle is that
/// noun's, not the one before "of". A name after it ("the session of the
/// CSTO Collective Security Council held in Yerevan") belongs to the noun
/// before, which the participle is of.
fn common_noun_after(after_of: &str) -> bool {
    let mut words = after_of.split_whitespace();
    matches!(words.next(), Some("the" | "a" | "an"))
        && words
            .next()
            .is_some_and(|noun| noun.starts_with(|c: char| c.is_lowercase()))
}

/// "the decisions adopted at the previous session of the CSC in September
/// 2021": a participle whose own place or occasion stands between it and
/// the date, as one phrase (`words` run back from the date's preposition):
/// a preposition right after the participle, and no comma, conjunction or
/// relative word on the way.
fn placed_participle<'w>(
    words: &'w [(usize, &str)],
    is_participle: impl Fn(&str) -> bool,
) -> Option<&'w (usize, &'w str)> {
    const PHRASE_BREAKS: &[&str] = &[
        "and", "or", "but", "which", "that", "who", "when", "where", "while",
    ];
    let at = words.iter().skip(1).position(|(_, w)| {
        w.ends_with(',') || PHRASE_BREAKS.contains(&w.to_lowercase().as_str()) || is_participle(w)
    })? + 1;
    let (_, participle) = words.get(at)?;
    let (_, after) = words.get(at.checked_sub(1)?)?;
    (is_participle(participle)
        && matches!(after.to_lowercase().as_str(), "at" | "in" | "during" | "by"))
    .then(|| &words[at])
}

/// Nouns of a time, which "of" and a date only place ("the night of 13
/// September", "the end of November").
const TIME_NOUNS: &[&str] = &[
    "night",
    "hours",
    "hour",
    "dawn",
    "morning",
    "evening",
    "afternoon",
    "day",
    "eve",
    "week",
    "weeks",
    "days",
    "weekend",
    "month",
    "months",
    "course",
    "year",
    "end",
    "beginning",
    "start",
    "middle",
    "half",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "events",
    "session",
    "sitting",
];

/// "the trilateral statements of 9 November 2020", "the Treaty of 15 May
/// 1992": a date joined by "of" to the noun before it is that thing's, not
/// the verb's. A noun of time ("the night of 13 September", "the end of
/// May") only places what is told.
pub(super) fn date_of_a_noun(text: &str, mention: &DateMention) -> Option<Range<usize>> {
    let before = text[..mention.start].trim_end();
    let before = before.strip_suffix(" of")?;
    // "the statement of the Prime Minister of 22.02.2024": the date is of
    // the noun the title or name completes.
    let before = of_whom(before).unwrap_or(before);
    let noun_at = before.rfind(' ').map_or(0, |i| i + 1);
    let noun = before[noun_at..].trim_matches(|c: char| !c.is_alphanumeric());
    let is_noun = noun.len() > 2
        && noun.chars().all(|c| c.is_alphabetic() || c == '-')
        && noun.starts_with(char::is_lowercase)
        && !FUNCTION_WORDS.contains(&noun)
        && !TIME_NOUNS.contains(&noun)
        // "stayed away from the summit of 23 November": a happening's day
        // is also the day of what was done at it (see `dated_event_noun`).
        && !is_event_noun(noun)
        // "the victims of 2008", "the lesson of May": a noun that names no
        // happening gives no event of that time.
        && DATED_BY_OF.contains(&noun)
        && !clauses::is_past_form(noun);
    if !is_noun {
        return None;
    }
    // The noun phrase starts at its determiner, a few words back at most,
    // or at the name whose possessive determines it ("Tokayev's request of
    // 5 January"), with the names before it ("President Tokayev's").
    let tokens = token_starts(&text[..noun_at]);
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let possessive = |w: &str| capitalised(w) && (w.ends_with("'s") || w.ends_with("’s"));
    let start = tokens
        .iter()
        .rev()
        .take(4)
        .find(|(_, w)| {
            matches!(
                w.to_lowercase().as_str(),
                "the" | "a" | "an" | "its" | "their"
            ) || possessive(w)
        })
        .map_or(noun_at, |&(at, word)| {
            if !possessive(word) {
                return at;
            }
            tokens
                .iter()
                .rev()
                .skip_while(|(start, _)| *start > at)
                .skip(1)
                .take_while(|(_, w)| capitalised(w) && !w.ends_with([',', '.', ';', ':']))
                .last()
                .map_or(at, |&(start, _)| start)
        });
    Some(start..mention.end)
}

/// "Robert Kocharyan, who was in office in 2008, ...", "Arsen Voskanyan,
/// who served in the mission to the bloc at the time": a date in a "who"
/// clause that tells what a person was or did for a while describes them;
/// it dates no happening. ("..., who was elected in May" tells one, and
/// "..., who has headed it since January" the taking of the post.)
pub(super) fn describes_a_person(reading: &Reading, mention: &DateMention) -> bool {
    const HOLDING: &[&str] = &[
        "served",
        "commanded",
        "headed",
        "led",
        "chaired",
        "held",
        "worked",
        "sat",
        "lived",
        "taught",
        "represented",
        "ran",
    ];
    // "who has headed the secretariat since January 2023": the start of the
    // post is a happening, the taking of it.
    let before = reading.text[..mention.start].trim_end();
    if ends_with_spaced(before, "since") || ends_with_spaced(before, "from") {
        return false;
    }
    let Some(clause) = reading
        .shape
        .subordinate
        .iter()
        .filter(|span| span.start <= mention.start && mention.end <= span.end)
        .min_by_key(|span| span.end - span.start)
    else {
        return false;
    };
    let mut words = words_of(&reading.text[clause.clone()]);
    if words.next().as_deref() != Some("who") {
        return false;
    }
    let mut verb = words.next();
    if verb
        .as_deref()
        .is_some_and(|w| matches!(w, "then" | "had" | "has" | "once" | "also" | "long"))
    {
        verb = words.next();
    }
    let Some(verb) = verb else {
        return false;
    };
    let was = matches!(verb.as_str(), "was" | "were" | "been")
        && words.next().is_some_and(|next| {
            crate::extract::clauses::past_of_participle(next.as_str()).is_none()
        });
    was || HOLDING.contains(&verb.as_str())
}

/// "He told parliament that the alliance had failed to meet its obligations
/// to Armenia in 2021 and 2022": a time a speaker says someone failed in is
/// part of the judgement said, not the date of a happening of its own (the
/// happenings judged, an attack or an appeal, are told by their own verbs).
/// So is a time something is said not to have done what it should ("said
/// the treaty had not worked for Armenia in 2021 and 2022", "repeated that
/// the alliance had not met its obligations in 2021").
pub(super) fn dates_a_failing_said(reading: &Reading, mention: &DateMention) -> bool {
    const JUDGING: [&str; 4] = ["failed", "betrayed", "abandoned", "deserted"];
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    if !reading.shape.reporting || verb.end > mention.start {
        return false;
    }
    let said: Vec<Word> = reading
        .words_of(&reading.text[verb.end..mention.start])
        .collect();
    let failed = said
        .iter()
        .rfind(|w| clauses::is_past_form(w))
        .is_some_and(|w| JUDGING.contains(&w.as_str()));
    // "had not met", "did not help", "has never worked": the last negation
    // of the clause, with no new clause after it.
    let not_done = said.windows(2).rposition(|pair| {
        matches!(pair[0].as_str(), "had" | "did" | "has" | "have")
            && matches!(pair[1].as_str(), "not" | "never")
    });
    // ("has not changed since Pashinyan announced in February": the time
    // is the later verb's.)
    // ("had not reacted to the incursion of May 2021": the time of a
    // happening named, which is told as one.)
    let of_a_noun = said.last().is_some_and(|w| w.as_str() == "of");
    let not_done = not_done.is_some_and(|at| {
        mention.date.day_value().is_none()
            && !of_a_noun
            && !said[at..].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "that" | "when" | "which" | "who" | "after" | "since" | "before"
                )
            })
            && !said[at + 2..]
                .iter()
                .skip(1)
                .any(|w| clauses::is_past_form(w))
    });
    failed || not_done
}

/// "She also predicted that the bill would pass by the spring": the time a
/// speaker expects something to happen in is part of the expectation, not
/// the date of the saying, nor of a happening of its own.
pub(super) fn dates_a_prediction(reading: &Reading, mention: &DateMention) -> bool {
    const PREDICTING: &[&str] = &[
        "predicted",
        "predicts",
        "expected",
        "expects",
        "forecast",
        "forecasts",
        "anticipated",
        "estimated",
        "hoped",
        "doubted",
    ];
    let Some(verb) = reading.shape.main_verb.as_ref() else {
        return false;
    };
    if verb.end > mention.start || names_a_dated_thing(reading, mention) {
        return false;
    }
    let said: Vec<Word> = reading
        .words_of(&reading.text[verb.start..mention.start])
        .collect();
    said.first()
        .is_some_and(|w| PREDICTING.contains(&w.as_str()))
        && said
            .iter()
            .any(|w| matches!(w.as_str(), "would" | "will" | "could" | "might"))
}

/// Whether `mention` dates a thing it names ("the 2026 election", "the
/// elections due in 2026"), which is a happening of its own whatever the
/// clause around it.
fn names_a_dated_thing(reading: &Reading, mention: &DateMention) -> bool {
    attributive_year(reading.text, mention).is_some()
        || participle_date(reading, mention).is_some()
        || date_of_a_noun(reading.text, mention).is_some()
}

/// "Asked whether a withdrawal could come before the elections due in
/// 2026, she said she doubted it": a time inside the question put to a
/// speaker is the question's, not the answer's.
pub(super) fn dates_what_was_asked(reading: &Reading, mention: &DateMention) -> bool {
    // ("Asked on Monday about the summit, Pashinyan said ...": a time
    // before what was asked is the asking's, and the answer's.)
    let lead_end = reading.shape.lead_end;
    let mut asked = reading.words_of(&reading.text[..mention.start.min(lead_end)]);
    reading.shape.reporting
        && !names_a_dated_thing(reading, mention)
        && mention.end <= lead_end
        && asked.next().is_some_and(|w| w.as_str() == "asked")
        && asked.any(|w| {
            matches!(
                w.as_str(),
                "whether" | "if" | "about" | "what" | "when" | "why" | "how" | "who"
            )
        })
}

/// "justice for the victims of 2008", "the lesson of May": a date that
/// only qualifies a noun naming no happening dates nothing the sentence
/// tells.
pub(super) fn dates_a_thing_not_done(text: &str, mention: &DateMention) -> bool {
    let Some(before) = text[..mention.start].trim_end().strip_suffix(" of") else {
        return false;
    };
    // "Her reconstruction of 13 September, when artillery shelled Jermuk":
    // the day a "when" clause tells of still dates that clause.
    let after = text[mention.end..].trim_start_matches(',').trim_start();
    if after.starts_with("when ") {
        return false;
    }
    let noun_at = before.rfind(' ').map_or(0, |i| i + 1);
    let noun = before[noun_at..].trim_matches(|c: char| !c.is_alphanumeric());
    // A noun after its determiner: "ahead of Thursday's summit" is no noun.
    let determined = words_of(&before[..noun_at]).last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
        )
    });
    determined
        && noun.len() > 2
        && noun.chars().all(char::is_alphabetic)
        && noun.starts_with(char::is_lowercase)
        && !FUNCTION_WORDS.contains(&noun)
        && !TIME_NOUNS.contains(&noun)
        && !is_event_noun(noun)
        && !DATED_BY_OF.contains(&noun)
        && !clauses::is_past_form(noun)
}

/// "next year's chairmanship", "its share of the 2024 budget": a date
/// that qualifies a noun naming no happening (nor a time, nor a thing
/// done on a day) dates nothing: neither the main verb nor an event of
/// its own, which would be a bare noun phrase.
pub(super) fn qualifies_no_happening(text: &str, mention: &DateMention) -> bool {
    let Some(phrase) = attributive_year(text, mention).or_else(|| attributive_date(text, mention))
    else {
        return false;
    };
    let after = text[mention.end..phrase.end.max(mention.end)].trim_start();
    let after = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after);
    let words: Vec<String> = words_of(after)
        .map(|w| w.to_string())
        .take_while(|w| {
            !FUNCTION_WORDS.contains(&w.as_str()) && !PREPOSITIONS.contains(&w.as_str())
        })
        .take(NOUN_PHRASE_WORDS)
        .collect();
    let names_a_happening = |w: &str| {
        let singular = w.strip_suffix('s').unwrap_or(w);
        [w, singular].iter().any(|w| {
            is_event_noun(w)
                || OCCASIONS.contains(w)
                || TIME_NOUNS.contains(w)
                || DATED_BY_OF.contains(w)
                || OTHER_HAPPENING_NOUNS.contains(w)
        })
    };
    !words.is_empty() && !words.iter().any(|w| names_a_happening(w))
}

/// "a programme of consultations for 2024 and 2025", "the budget for
/// 2025": years that a noun is for are the span it covers, not the time
/// of any happening. What is scheduled for a year ("elections planned for
/// 2026", "the summit is due for November") happens then, so a verb or a
/// word of scheduling before "for" keeps the date.
pub(super) fn scope_of_a_noun(text: &str, mention: &DateMention) -> bool {
    static FOR_YEARS: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r"(?i)(\p{L}+)\s+for\s+(?:the\s+years?\s+)?(?:\d{4}\s*(?:and|to|-|–)\s*)?$")
            .expect("scope pattern")
    });
    if mention.date.precision() != Precision::Year {
        return false;
    }
    let Some(caps) = FOR_YEARS.captures(&text[..mention.start]) else {
        return false;
    };
    let word = caps[1].to_lowercase();
    let scheduled = matches!(
        word.as_str(),
        "due" | "set" | "slated" | "ready" | "time" | "only" | "first" | "last" | "once"
    );
    !scheduled
        && !clauses::is_past_form(&word)
        && !FUNCTION_WORDS.contains(&word.as_str())
        && !word.ends_with("ing")
}

/// How many words after a date may make up the noun it qualifies.
const NOUN_PHRASE_WORDS: usize = 3;

/// Nouns of happenings besides [`is_event_noun`]'s and [`OCCASIONS`] that a
/// date before them may name ("this year's exercises").
const OTHER_HAPPENING_NOUNS: &[&str] = &[
    "exercise",
    "drill",
    "talk",
    "negotiation",
    "visit",
    "vote",
    "poll",
    "coup",
    "revolution",
    "uprising",
    "mission",
    "operation",
    "shelling",
    "strike",
    "crisis",
    "escalation",
    "appointment",
    "announcement",
    "freeze",
    "suspension",
    "refusal",
    "meeting",
    "call",
    "report",
    "conflict",
    "debate",
    "hearing",
    "question",
];

/// "asked Russia for help under the 1997 treaty", "in accordance with the
/// 10 November statement": a date inside the name of the framework a deed
/// is done under names that framework; it dates neither the deed nor a
/// happening of its own worth a timeline entry.
pub(super) fn names_an_invoked_framework(text: &str, mention: &DateMention) -> bool {
    static GOVERNED: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"(?i)\b(?:under|pursuant\s+to|in\s+accordance\s+with|in\s+line\s+with)\s+(?:the|its|their|this|that|our)\s+(?:[\p{L}-]+['’]s?\s+|[\p{L}-]+\s+){0,2}$",
        )
        .expect("framework pattern")
    });
    let before = &text[..mention.start];
    let noun_follows = text[mention.end..]
        .trim_start()
        .starts_with(|c: char| c.is_lowercase());
    noun_follows && GOVERNED.is_match(before)
}

/// "asked Russia for help under the 1997 treaty between the two
/// countries", "under their bilateral treaty of 1997": a year in the name
/// of a document a deed is done under dates the document, a happening of
/// its own (the treaty was signed that year), never the deed. Returns the
/// noun phrase that names it; `None` for any other framework, or a date
/// without its year ("the 10 November statement" names no year to tell).
pub(super) fn invoked_document(text: &str, mention: &DateMention) -> Option<Range<usize>> {
    static OPENING: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"(?i)\b(?:under|pursuant\s+to|in\s+accordance\s+with|in\s+line\s+with)\s+(?:the|its|their|this|that|our|a)\s+",
        )
        .expect("framework opening")
    });
    if mention.date.year_value() < 1900
        || !text[mention.start..mention.end]
            .split(|c: char| !c.is_ascii_digit())
            .any(|digits| digits.len() == 4)
    {
        return None;
    }
    // The phrase opens at the preposition's determiner, at most a few words
    // before the date, and runs to the end of its clause.
    let window_start = text[..mention.start]
        .char_indices()
        .rev()
        .nth(60)
        .map_or(0, |(at, _)| at);
    let opening = OPENING
        .find_iter(&text[window_start..mention.start])
        .last()?;
    let start = window_start + opening.end();
    let start = text[..start]
        .trim_end()
        .rfind(' ')
        .map_or(0, |space| space + 1);
    let between = &text[window_start + opening.end()..mention.start];
    if between.contains([',', ';', '.']) {
        return None;
    }
    // "under their bilateral treaty of 1997": the document named before
    // its date; else after it ("the 1997 treaty between the two countries").
    let named_before = words_of(between).any(|w| DOCUMENTS.contains(&w.as_str()));
    let end = if named_before {
        mention.end
    } else {
        document_phrase_end(text, mention.end)?
    };
    Some(start..end)
}

/// Documents a deed may be done under, whose date is their own signing's.
const DOCUMENTS: &[&str] = &[
    "treaty",
    "charter",
    "agreement",
    "accord",
    "protocol",
    "convention",
];

/// Where the name of a document that a date qualifies ends, from `from`
/// (the date's end): at the document's noun within the next few words
/// ("1997 bilateral treaty", "treaty of 1997"), or after one complement of
/// it ("treaty on friendship", "treaty between the two countries"), which
/// stops at punctuation and before a phrase of time or place of the
/// sentence's own ("... on Tuesday afternoon"). `None` if no document is
/// named.
fn document_phrase_end(text: &str, from: usize) -> Option<usize> {
    const COMPLEMENT_WORDS: usize = 7;
    let rest = &text[from..];
    let clause_end = rest
        .find([',', ';', '.', '—', '–', '“', '"', '(', ')', ':'])
        .unwrap_or(rest.len());
    let rest = &rest[..clause_end];
    let mut words = token_starts(rest).into_iter();
    let (noun_at, noun) = words
        .by_ref()
        .take(3)
        .find(|(_, w)| DOCUMENTS.contains(&w.to_lowercase().as_str()))?;
    let mut end = noun_at + noun.len();
    let mut complement = words.peekable();
    if complement
        .next_if(|(_, w)| matches!(w.to_lowercase().as_str(), "of" | "on" | "between" | "with"))
        .is_some()
    {
        let mut taken = 0;
        for (at, word) in complement.take(COMPLEMENT_WORDS) {
            let lower = word.to_lowercase();
            let of_time = crate::extract::calendar::is_month_name(word)
                || crate::extract::calendar::is_weekday_name(word)
                || word.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    lower.as_str(),
                    "on" | "in" | "at" | "last" | "this" | "that" | "when" | "which" | "who"
                );
            if of_time {
                break;
            }
            end = at + word.len();
            taken += 1;
        }
        if taken == 0 {
            end = noun_at + noun.len();
        }
    }
    Some(from + end)
}

/// Nouns of things done on a day, which "of" and a date name ("the
/// statement of 10 November", "the charter of 7 October 2002").
const DATED_BY_OF: &[&str] = &[
    "statement",
    "statements",
    "declaration",
    "decision",
    "decree",
    "appeal",
    "request",
    "letter",
    "assault",
    "agreement",
    "resolution",
    "charter",
    "address",
    "speech",
    "remarks",
    "interview",
    "meeting",
    "talks",
    "call",
    "message",
    "note",
    "order",
    "ruling",
    "verdict",
    "law",
    "memorandum",
    "protocol",
    "briefing",
];

/// The text before an "of" and the office holder it names, when `before`
/// ends in such a complement ("the statement of the Prime Minister"):
/// "the" and capitalised words that end in an office ("the Collective
/// Security Treaty of 15 May 1992" is the treaty's own date).
fn of_whom(before: &str) -> Option<&str> {
    const OFFICES: &[&str] = &[
        "Minister",
        "President",
        "Premier",
        "Chairman",
        "Speaker",
        "Ambassador",
        "Secretary-General",
        "General",
        "Spokesman",
        "Spokeswoman",
        "Chancellor",
    ];
    let of = before.rfind(" of ")?;
    let complement: Vec<&str> = before[of + " of ".len()..].split(' ').collect();
    let (first, rest) = complement.split_first()?;
    let named = |w: &&str| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    (complement.len() <= 5
        && matches!(*first, "the" | "The")
        && rest.iter().all(named)
        && rest.last().is_some_and(|office| OFFICES.contains(office)))
    .then_some(&before[..of])
}

/// "the 2021 invasion", "the 2020 Nagorno-Karabakh conflict": a year that
/// qualifies a noun dates that noun's happening. Returns the noun phrase.
pub(super) fn attributive_year(text: &str, mention: &DateMention) -> Option<Range<usize>> {
    if mention.kind != MentionKind::Absolute || mention.date.month_value().is_some() {
        return None;
    }
    let before = text[..mention.start].trim_end();
    let determiner = ["the", "its", "a", "this", "their", "his", "her"]
        .iter()
        .find(|d| {
            before
                .len()
                .checked_sub(d.len())
                .and_then(|cut| before.get(cut..))
                .is_some_and(|tail| tail.eq_ignore_ascii_case(d))
        })
        .map(|d| d.len())
        // "the two countries' 1997 treaty", "Russia's 2010 decision": an
        // owner determines the noun as "the" does.
        .or_else(|| {
            let owner = before.rsplit(char::is_whitespace).next()?;
            (owner.len() > 2 && owner.ends_with(['\'', '’'])
                || owner.ends_with("'s")
                || owner.ends_with("’s"))
            .then_some(owner.len())
        })?;
    let after = &text[mention.end..];
    let next = after.trim_start().chars().next()?;
    if !next.is_alphabetic() || after.trim_start().starts_with("and ") {
        return None;
    }
    let start = before.len() - determiner;
    let mut end = mention.end
        + after
            .find([',', ';', '.', '—', '–', '“', '"', '(', ')'])
            .unwrap_or(after.len());
    // "ended the 2020 war and sent about 2,000 peacekeepers": the phrase
    // ends at the "and" that goes on with the clause's next verb.
    let words = token_starts(&text[mention.end..end]);
    if let Some(and) = words
        .windows(2)
        .find(|pair| pair[0].1 == "and" && clauses::is_past_form(&pair[1].1.to_lowercase()))
        .map(|pair| mention.end + pair[0].0)
    {
        end = mention.end + text[mention.end..and].trim_end().len();
    }
    Some(start..end)
}

/// Prepositions, conjunctions and determiners: never the noun a date qualifies.
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "by", "to", "in", "on", "at", "of", "for", "with",
    "from", "since", "until", "after", "before", "as", "that", "which", "when", "who", "is", "was",
];

/// Prepositions beyond [`FUNCTION_WORDS`] that may follow a date: "will
/// hold an extraordinary session tomorrow via video link" dates the
/// holding, no "tomorrow via".
const PREPOSITIONS: &[&str] = &[
    "via",
    "through",
    "over",
    "during",
    "under",
    "against",
    "about",
    "without",
    "into",
    "near",
    "amid",
    "alongside",
    "behind",
    "between",
    "despite",
    "toward",
    "towards",
    "within",
    "upon",
];

/// "the September 13 attack", "a bilateral 1997 treaty", "Thursday's
/// session", "last year's summit": a date that qualifies a noun dates that
/// noun's happening. Returns the noun phrase.
pub(super) fn attributive_date(text: &str, mention: &DateMention) -> Option<Range<usize>> {
    // "sent a mission two days later instead of troops": a time counted
    // from another ends in its adverb and qualifies the verb, not a noun.
    let counted = text[mention.start..mention.end].to_lowercase();
    if ["later", "earlier", "ago", "before", "after"]
        .iter()
        .any(|adverb| counted.ends_with(adverb))
    {
        return None;
    }
    let after = &text[mention.end..];
    let possessive = after.starts_with("'s ") || after.starts_with("’s ");
    let before = text[..mention.start].trim_end();
    let words_before: Vec<&str> = before.rsplit(' ').take(3).collect();
    // A name's possessive determines as "the" does: "Azerbaijan's
    // September 13 offensive".
    let determiner_at = words_before.iter().position(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this"
        ) || (w.starts_with(char::is_uppercase) && (w.ends_with("'s") || w.ends_with("’s")))
    });
    // Between the determiner and the date only adjectives: "a bilateral 1997 treaty".
    let adjectives_only = determiner_at.is_some_and(|n| {
        words_before[..n]
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-') && !FUNCTION_WORDS.contains(w))
    });
    let next = after.trim_start_matches(['\'', '’', 's']).trim_start();
    let noun_follows = next
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !FUNCTION_WORDS.contains(&w)
                && !PREPOSITIONS.contains(&w)
        });
    // A full date before a happening's noun qualifies it too: "after the
    // May 12, 2021 incursion".
    let happening_follows = next
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .is_some_and(is_event_noun);
    let qualifies = mention.kind != MentionKind::Absolute
        || (happening_follows && mention.date.day_value().is_some());
    if !(possessive || (adjectives_only && qualifies)) || !noun_follows {
        return None;
    }
    let start = match determiner_at {
        Some(n) if adjectives_only => {
            let skipped: usize = words_before[..=n].iter().map(|w| w.len() + 1).sum();
            before.len() + 1 - skipped
        }
        _ => mention.start,
    };
    let end = mention.end
        + after
            .find([',', ';', '.', '—', '–', '“', '"', '(', ')'])
            .unwrap_or(after.len());
    Some(start..end)
}

/// Whether `word` is a noun of a happening that a date after it belongs to
/// when the sentence speaks of it ("recalled the deployment to Kazakhstan
/// in January 2022", "traced the break to the incursions in May 2021").
/// Occasions of speaking ("in an interview on Thursday") are not among
/// them: their date is the statement's.
pub(super) fn is_event_noun(word: &str) -> bool {
    HOSTILITIES.contains(&word) || OTHER_EVENT_NOUNS.contains(&word)
}

/// Event nouns of fighting: what they name is done to a country, never an
/// occasion at which something else is done.
const HOSTILITIES: &[&str] = &[
    "aggression",
    "attack",
    "attacks",
    "incursion",
    "incursions",
    "invasion",
    "offensive",
    "war",
    "crackdown",
    "break-up",
    "clashes",
    "fighting",
    "escalation",
    "blockade",
];

/// The other event nouns: occasions, votes, documents, movements.
const OTHER_EVENT_NOUNS: &[&str] = &[
    "deployment",
    "protests",
    "summit",
    "declaration",
    "treaty",
    "vote",
    "elections",
    "election",
    "referendum",
    "ceasefire",
    "withdrawal",
    "visit",
    "arrival",
];

/// A date that follows an event noun ("the incursions in May 2021") in a
/// sentence whose main clause is dated otherwise or tells of speaking or
/// recalling: the date is that happening's, not the main verb's.
pub(super) fn dated_event_noun(reading: &Reading, mention: &DateMention) -> Option<Range<usize>> {
    // "the visit to Kyiv of Pashinyan's wife, Anna Hakobyan, on Wednesday":
    // a name set off by commas stands inside the phrase.
    static APPOSITION: Pattern<Regex> = Pattern::new(|| {
        Regex::new(r",\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3},\s*$")
            .expect("apposition pattern")
    });
    let before = reading.text[..mention.start].trim_end();
    let preposition_at = before.rfind(' ').map_or(0, |i| i + 1);
    let without_apposition = APPOSITION
        .find(&before[..preposition_at])
        .map_or(before.len(), |m| m.start());
    let reach = if without_apposition < before.len() {
        10
    } else {
        5
    };
    // "the visit of a CSTO delegation on 15 September": an "of" phrase
    // right after the noun may stand between it and its date.
    const OF_PHRASE_REACH: usize = 7;
    let words: Vec<(usize, &str)> = token_starts(before)
        .into_iter()
        .rev()
        .take(reach.max(OF_PHRASE_REACH))
        .collect();
    let (noun_at, _) = words
        .iter()
        .copied()
        .enumerate()
        .skip(1)
        .find_map(|(n, (at, w))| {
            let is_noun = is_event_noun(&w.trim_end_matches([',', '\'', '’']).to_lowercase());
            let within = n < reach || (n > 0 && words[n - 1].1 == "of");
            (is_noun && within).then_some((at, w))
        })?;
    let preposition = words.first().map(|(_, w)| w.to_lowercase())?;
    if !matches!(preposition.as_str(), "in" | "on" | "of") {
        return None;
    }
    // "asked for assistance under Article 4 of the Treaty on 13 September
    // 2022": a text is dated by "of" ("the treaty of 1997"); a date after
    // it on or in is the deed's that invokes it.
    let noun = reading.text[noun_at..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    if matches!(noun.as_str(), "treaty" | "declaration") && preposition != "of" {
        return None;
    }
    // The noun and its date stand in one phrase: nothing joins another clause between.
    let between = &reading.text[noun_at..mention.start];
    let between = APPOSITION
        .find(&between[..between.trim_end().rfind(' ').map_or(0, |i| i + 1)])
        .map_or(between.to_string(), |m| {
            format!("{}{}", &between[..m.start()], &between[m.end()..])
        });
    let between = between.as_str();
    // "said the summit would be held on 20 November": a verb of its own
    // makes the noun a clause's subject, which the date dates as a clause.
    if between.contains([',', ';'])
        || reading.words_of(between).any(|w| {
            matches!(
                w.as_str(),
                "and"
                    | "but"
                    | "would"
                    | "will"
                    | "shall"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "has"
                    | "have"
                    | "had"
            )
        })
    {
        return None;
    }
    // "Her film follows ...": a work described has its verb, whether or
    // not the clause reader knows it.
    let described = work_described(reading);
    let verb_range = reading.shape.main_verb.clone().or(described.clone())?;
    let verb_end = verb_range.end;
    if noun_at < verb_end {
        return None;
    }
    let verb = reading.text[verb_range].to_lowercase();
    // "Tokayev announced the withdrawal on Tuesday": what an announcement
    // brings about, as its object, is dated by the announcing, not the
    // other way round.
    let performative = ["announc", "declar", "proclaim", "order"]
        .iter()
        .any(|stem| verb.starts_with(stem))
        && reading.text[verb_end..noun_at].split_whitespace().count() <= 2;
    // In the past or the present: "recalled", "recalls", "referred".
    // "Her film follows Anahit through the visit of a CSTO delegation on
    // 15 September": a work described tells of what it names.
    // "She reported from Yerevan on the summit of 23 November": a
    // correspondent reporting from a place was there, at the happening.
    let reported_from_there = verb == "reported"
        && reading.text[verb_end..noun_at]
            .trim_start()
            .strip_prefix("from ")
            .is_some_and(|place| place.starts_with(char::is_uppercase));
    let speaking = (reading.shape.reporting && !performative && !reported_from_there)
        || described.is_some()
        || [
            "recall", "ask", "trace", "cite", "blame", "mention", "refer", "condemn",
        ]
        .iter()
        .any(|stem| {
            ["", "s", "d", "ed"]
                .iter()
                .any(|ending| verb.strip_suffix(ending).is_some_and(|v| v.ends_with(stem)))
                // "referred": the last consonant doubled.
                || verb
                    .strip_suffix("ed")
                    .and_then(|v| v.strip_suffix(stem.chars().last()?))
                    .is_some_and(|v| v.ends_with(stem))
        });
    // "refused on Wednesday to sign ..., saying the text did not assess
    // Azerbaijan's attack on his country in September": a time between the
    // verb and the noun dates the verb, so the one after the noun is the
    // noun's.
    // Only a day there, and a coarser time here: the noun's is earlier.
    let dated_after_the_verb = || {
        matches!(mention.date.precision(), Precision::Month | Precision::Year)
            && reading.text[verb_end..noun_at].split_whitespace().any(|w| {
                crate::extract::calendar::is_weekday_name(
                    w.trim_matches(|c: char| !c.is_alphanumeric()),
                )
            })
    };
    let dated_otherwise = find_dates_before(reading, verb_end) || dated_after_the_verb();
    // "under the bilateral treaty of 1997", "ahead of the snap elections of
    // June 2021": a date joined to its noun by "of" never dates the verb.
    // A day may date both: "stayed away from the Minsk summit of 23
    // November" is that day's absence.
    // But an attack is no occasion anything else is done at: "refused to
    // sign, saying neither named the attack of 13 September" is not of
    // that day. (What the main verb does to it, "The exodus followed the
    // offensive of 19 September", is still told of the day.)
    let clause_between = || {
        let between = &reading.text[verb_end..noun_at];
        between.contains(',')
            || reading.words_of(between).any(|w| {
                matches!(
                    w.as_str(),
                    "because" | "saying" | "which" | "that" | "as" | "since" | "although"
                )
            })
    };
    let of_the_noun = preposition == "of"
        && (matches!(mention.date.precision(), Precision::Year | Precision::Month)
            || (HOSTILITIES.contains(&noun.as_str()) && clause_between()))
        && !mention.future
        && words.get(1).is_some_and(|(at, _)| *at == noun_at);
    if !(speaking || dated_otherwise || of_the_noun) {
        return None;
    }
    // Back to the start of the noun phrase: its determiner, if close.
    let start = words
        .iter()
        .find(|(at, w)| {
            *at < noun_at
                && *at >= noun_at.saturating_sub(30)
                && matches!(w.to_lowercase().as_str(), "the" | "a" | "an")
        })
        .map_or_else(|| possessor_before(reading.text, noun_at), |(at, _)| *at);
    // "Pashinyan said ... in an interview with France 24 on 22 February":
    // the occasion of the saying, whose date is the statement's.
    let occasion = reading.shape.reporting
        && token_starts(reading.text[..start].trim_end())
            .last()
            .is_some_and(|(_, w)| matches!(w.to_lowercase().as_str(), "in" | "during" | "at"));
    if occasion {
        return None;
    }
    Some(start..mention.end)
}

/// Where a noun phrase starts whose noun at `noun_at` has no article:
/// at its possessor, names and all ("Azerbaijan's attack", "Prime
/// Minister Pashinyan's remarks"), else at the noun.
fn possessor_before(text: &str, noun_at: usize) -> usize {
    let mut tokens = token_starts(&text[..noun_at]).into_iter().rev().peekable();
    // "Azerbaijan's one-day offensive": a word or two that qualify the
    // noun may stand between it and its possessor.
    for _ in 0..2 {
        let modifier = tokens.next_if(|(_, w)| {
            w.starts_with(char::is_lowercase)
                && w.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !FUNCTION_WORDS.contains(w)
        });
        if modifier.is_none() {
            break;
        }
    }
    let Some((at, possessor)) = tokens.next() else {
        return noun_at;
    };
    if !((possessor.ends_with("'s") || possessor.ends_with("’s"))
        && possessor.starts_with(char::is_uppercase))
    {
        return noun_at;
    }
    let mut start = at;
    for (at, name) in tokens {
        if !name.starts_with(char::is_uppercase) || name.ends_with([',', '.', ';', ':']) {
            break;
        }
        start = at;
    }
    start
}

/// "was formed after Tokayev's appeal last Wednesday", "following the
/// vote on Tuesday": the date right after the happening a clause follows
/// (or precedes) is that happening's, when the clause has a date of its
/// own ("... and began arriving a day later"). Alone, the date places the
/// clause too: "recalled its envoy following the vote on Tuesday" is
/// Tuesday's news. Returns the noun phrase, from its determiner or
/// possessor.
pub(super) fn happening_it_follows(text: &str, mention: &DateMention) -> Option<Range<usize>> {
    static FOLLOWS: Pattern<Regex> = Pattern::new(|| {
        Regex::new(
            r"(?i)\b(?:after|following|before|since|prior\s+to)\s+((?:the|a|an|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+))(?:\s+(?:on|in|of))?\s*$",
        )
        .expect("happening-it-follows pattern")
    });
    // "before the parliamentary elections of 2026": a plan told by its
    // year is no happening yet.
    if mention.future && mention.date.day_value().is_none() {
        return None;
    }
    // The pattern needs one of its prepositions; most sentences hold none,
    // and looking for them is far cheaper than the pattern's search back
    // over Unicode word classes. "since" is sought as "ince": under `(?i)`
    // its "s" also matches the long s.
    static PREPOSITIONS: Pattern<AhoCorasick> = Pattern::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["after", "following", "before", "ince", "prior"])
            .expect("happening-it-follows prepositions")
    });
    let before = &text[..mention.start];
    if !PREPOSITIONS.is_match(before) {
        return None;
    }
    let caps = FOLLOWS.captures(before)?;
    let noun = caps.get(2)?.as_str().to_lowercase();
    if !(is_event_noun(&noun) || FOLLOWED_HAPPENINGS.contains(&noun.as_str())) {
        return None;
    }
    Some(caps.get(1)?.start()..mention.end)
}

/// Whether the main clause says something in the present ("..., Peskov
/// says"), of the report's own time, where `mention` is a time past: what
/// the date dates is not the saying.
fn says_now(reading: &Reading, mention: &DateMention) -> bool {
    let Some(verb) = reading.shape.main_verb.clone() else {
        return false;
    };
    reading.shape.reporting
        && !mention.future
        && matches!(
            reading.text[verb].to_lowercase().as_str(),
            "says" | "say" | "tells" | "insists" | "warns" | "argues" | "adds"
        )
}

/// A count from a happening a noun phrase names, opening the sentence ("Two
/// months after the 13 September 2022 attack, ...") or closing it ("The
/// talks opened two days after the ceasefire of 20 September"): the noun
/// phrase, up to its comma or the sentence's end, and the main clause.
pub(super) struct CountedOpening {
    /// "the 13 September 2022 attack".
    pub(super) phrase: Range<usize>,
    /// "Pashinyan refused to sign ...", "The talks opened".
    pub(super) main: Range<usize>,
    /// How far it counts, in `unit`s.
    pub(super) amount: u32,
    pub(super) unit: OffsetUnit,
    /// "after" rather than "before".
    pub(super) after: bool,
}

pub(super) fn counted_opening(text: &str) -> Option<CountedOpening> {
    static COUNTED: Pattern<Regex> = Pattern::new(|| {
        Regex::new(&format!(
            r"(?i)^(?:(?:and|but)\s+)?(?P<n>a|an|one|{counts}|[1-9][0-9]?)\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>after|before)\s+(?P<phrase>the\s+)",
            counts = crate::extract::text::COUNT_WORDS
        ))
            .expect("counted opening pattern")
    });
    if !counts_from_something(text) {
        return None;
    }
    let caps = COUNTED.captures(text)?;
    let start = caps.name("phrase")?.start();
    let comma = start + text[start..].find(',')?;
    // A clause of its own ("after the leaders met on 23 November") is
    // counted from by the offsets of its sentence.
    if words_of(&text[start..comma])
        .any(|w| crate::extract::clauses::is_past_form(&w) || w == "was" || w == "were")
    {
        return None;
    }
    let main_start = comma + 1 + (text[comma + 1..].len() - text[comma + 1..].trim_start().len());
    counted(
        &caps,
        start..comma,
        main_start..text.trim_end_matches(['.', ' ']).len(),
    )
}

/// Whether `text` holds "after" or "before" in any case, as every count
/// of [`counted_opening`] and [`counted_closing`] does. They are asked of
/// every date of every sentence and few sentences count so: this look
/// spares the rest two searches that cannot match.
fn counts_from_something(text: &str) -> bool {
    holds_in_any_case(text, "after") || holds_in_any_case(text, "before")
}

/// The count a pattern of [`counted_opening`] or [`counted_closing`] took
/// ("two days after"), with its noun phrase and main clause.
fn counted(
    caps: &regex::Captures,
    phrase: Range<usize>,
    main: Range<usize>,
) -> Option<CountedOpening> {
    let amount = crate::extract::text::count_word(caps.name("n")?.as_str())?;
    let (amount, unit) = counted_in(amount, &caps.name("unit")?.as_str().to_lowercase());
    Some(CountedOpening {
        phrase,
        main,
        amount,
        unit,
        after: caps.name("dir")?.as_str().eq_ignore_ascii_case("after"),
    })
}

/// A count from a noun phrase that closes the sentence after its main
/// clause ("The talks in Yevlakh opened two days after the ceasefire of 20
/// September."), the phrase naming no clause of its own.
pub(super) fn counted_closing(text: &str) -> Option<CountedOpening> {
    const MIN_MAIN_WORDS: usize = 3;
    static COUNTED: Pattern<Regex> = Pattern::new(|| {
        Regex::new(&format!(
            r"(?i)(?:,\s*|\s)(?P<n>a|an|one|{counts}|[1-9][0-9]?)\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>after|before)\s+(?P<phrase>the\s+)",
            counts = crate::extract::text::COUNT_WORDS
        ))
            .expect("counted closing pattern")
    });
    if !counts_from_something(text) {
        return None;
    }
    let caps = COUNTED.captures(text)?;
    let start = caps.name("phrase")?.start();
    let end = text.trim_end_matches(['.', ' ']).len();
    let phrase_end = text[start..end]
        .find([',', ';'])
        .map_or(end, |at| start + at);
    if words_of(&text[start..phrase_end])
        .any(|w| crate::extract::clauses::is_past_form(&w) || w == "was" || w == "were")
    {
        return None;
    }
    let main = 0..text[..caps.get(0)?.start()]
        .trim_end_matches([',', ' '])
        .len();
    if words_of(&text[main.clone()]).count() < MIN_MAIN_WORDS {
        return None;
    }
    counted(&caps, start..phrase_end, main)
}

/// Nouns of happenings other clauses are told to follow ("after Tokayev's
/// appeal", "following the request"), beside [`is_event_noun`]'s.
pub(super) const FOLLOWED_HAPPENINGS: &[&str] = &[
    "remark",
    "remarks",
    "comments",
    "statement",
    "interview",
    "speech",
    "appeal",
    "request",
    "address",
    "announcement",
    "talks",
    "meeting",
    "session",
    "resignation",
    "ruling",
    "decision",
];

/// The start of the noun phrase a relative clause at `clause_start` refers
/// to ("the CSTO, which ...", "Ukrainian citizens who ...").
/// The start of the noun phrase that ends `before`, taken with the phrases
/// of "of" and "in" it is built of ("the freeze of Armenia's participation
/// in the work of the Organization"), at its first determiner.
fn object_antecedent_start(before: &str, built_with: &[&str]) -> Option<usize> {
    const MAX_WORDS: usize = 16;
    let mut start = None;
    // "a statement of Armenia, Azerbaijan and Russia": the names listed
    // after "of" are one phrase.
    let mut right_is_name = false;
    let mut in_list = false;
    // "a statement signed by Pashinyan, Putin and Aliyev": a participle
    // with its agent is part of the phrase.
    let mut agent_after = false;
    for (offset, token) in token_starts(before).into_iter().rev().take(MAX_WORDS) {
        let lowered = token.to_lowercase();
        let name = token.starts_with(char::is_uppercase);
        let listed =
            (lowered == "and" && right_is_name) || (in_list && name && token.ends_with(','));
        in_list |= listed;
        let by_name = lowered == "by" && right_is_name;
        let participle = std::mem::replace(&mut agent_after, by_name)
            && crate::extract::clauses::is_past_form(&lowered);
        right_is_name = name;
        if listed || by_name || participle {
            continue;
        }
        match lowered.as_str() {
            "the" | "a" | "an" => start = Some(offset),
            "of" | "in" => {}
            other if built_with.contains(&other) => {}
            // "The appointment ends a vacancy that began": nor does a
            // phrase built with places reach back over a verb.
            _ if !built_with.is_empty() && verb_before_noun(&lowered, token) => break,
            // "the request of the Head of State after the unrest that
            // began": a time's preposition closes the phrase.
            "after" | "before" | "during" | "since" | "until" | "amid" | "following" => break,
            _ if token.ends_with([',', ';', ':', '"', '”', '»'])
                || (!token.starts_with(char::is_uppercase)
                    && (crate::extract::clauses::is_past_form(&lowered)
                        || matches!(
                            lowered.as_str(),
                            "to" | "from" | "at" | "on" | "for" | "with" | "by" | "and" | "that"
                        ))) =>
            {
                break;
            }
            _ => {}
        }
    }
    start
}

pub(super) fn antecedent_start(text: &str, clause_start: usize) -> Option<usize> {
    let word = text[clause_start..]
        .split_whitespace()
        .next()?
        .to_lowercase();
    let before = text[..clause_start].trim_end();
    // "a pullout that began in April": "that" after a noun, not after a
    // verb of saying ("said that ...").
    let after_noun = token_starts(before).last().is_some_and(|(_, w)| {
        let w = w.to_lowercase();
        !crate::extract::clauses::is_past_form(&w)
            && !crate::extract::clauses::is_saying_gerund(&w)
            && !crate::extract::clauses::is_present_reporting(&w)
            && !w.ends_with(',')
            && w.chars().all(char::is_alphabetic)
            // "announced in March that ...", "said on Wednesday that
            // ...": a time after the verb of saying, not a noun.
            && !crate::extract::calendar::is_month_name(&w)
            && !crate::extract::calendar::is_weekday_name(&w)
            && !matches!(w.as_str(), "today" | "yesterday" | "tonight" | "morning" | "evening")
    });
    let relative =
        matches!(word.as_str(), "which" | "who" | "whose") || (word == "that" && after_noun);
    if !relative {
        return None;
    }
    let before = before.strip_suffix(',').unwrap_or(before);
    // "the freeze of Armenia's participation in the work of the
    // Organization, which the Prime Minister announced": what a "which"
    // with a subject of its own was done to is the whole phrase.
    if word == "which"
        && crate::extract::title::opens_object_relative(&text[clause_start + word.len()..])
        && let Some(start) = object_antecedent_start(before, &[])
    {
        return Some(start);
    }
    // "the upcoming meeting of the Eurasian Economic Union in Minsk, which
    // is scheduled to take place on June 27": what takes place is the
    // gathering the whole phrase names, not the place at its end; "a
    // trilateral statement of Armenia, Azerbaijan and Russia, which came
    // into force": what comes into force is the document, not a party to it.
    let takes_place = words_of(&text[clause_start + word.len()..])
        .take(6)
        .any(|w| {
            matches!(
                w.as_str(),
                "held" | "place" | "scheduled" | "convened" | "force" | "effect"
            )
        });
    // (So with "that": "a statement signed by Pashinyan, Putin and Aliyev
    // that took effect on 10 November".)
    if takes_place && let Some(start) = object_antecedent_start(before, &[]) {
        return Some(start);
    }
    // "the crisis on the border that began in May": what began is the
    // crisis the whole phrase names, not the place at its end.
    let begins = words_of(&text[clause_start + word.len()..])
        .next()
        .is_some_and(|w| matches!(w.as_str(), "began" | "started" | "erupted" | "broke"));
    if begins && let Some(start) = object_antecedent_start(before, &["on", "along", "over", "at"]) {
        return Some(start);
    }
    // Walk back over the noun phrase to its determiner, or stop before the
    // preposition or verb that precedes it.
    let mut start = before.len();
    let tokens = token_starts(before);
    for (at, &(offset, token)) in tokens.iter().enumerate().rev().take(6) {
        let lowered = token.trim_end_matches(',').to_lowercase();
        if matches!(lowered.as_str(), "the" | "a" | "an") {
            return Some(offset);
        }
        // "He will replace Stanislav Zas, whose term ...": a word after a
        // modal or "to" is a verb, whatever its form.
        let after_modal = at.checked_sub(1).is_some_and(|prev| {
            matches!(
                tokens[prev].1.to_lowercase().as_str(),
                "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "shall"
                    | "should"
                    | "to"
            )
        });
        if after_modal && token.chars().all(char::is_lowercase) {
            return Some(start);
        }
        let boundary = matches!(
            lowered.as_str(),
            "to" | "of"
                | "in"
                | "at"
                | "on"
                | "for"
                | "with"
                | "from"
                | "and"
                | "by"
                | "were"
                | "was"
                | "are"
                | "is"
                | "among"
                | "that" // "“... not participate,” CSTO Secretary General X, who ...": a
                         // quotation's end is where the speaker's name begins.
        ) || token.ends_with([',', ';', ':', '"', '”', '»'])
            // "Masadykov will succeed Imangali Tasmagambetov, who ...": the
            // verb before the noun is no part of it. (A "that" after a verb
            // may open no relative clause at all: "recalled him that
            // autumn".)
            || (word != "that" && verb_before_noun(&lowered, token));
        if boundary {
            return Some(start);
        }
        start = offset;
    }
    Some(start)
}

/// Whether a word before a relative clause's noun is a verb, which the
/// noun phrase does not reach back over.
fn verb_before_noun(lowered: &str, token: &str) -> bool {
    matches!(
        lowered,
        "will" | "would" | "has" | "have" | "had" | "can" | "could" | "may" | "must"
    ) || crate::extract::clauses::is_past_form(lowered)
        || crate::extract::title::tense::is_headline_present(token)
}
