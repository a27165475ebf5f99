//! The regular expressions, word lists and limits the date matchers read
//! text with. Patterns are compiled once, on first use, with ASCII word
//! boundaries (see [`compile`]).

use crate::extract::compiled::Pattern;
use std::ops::RangeInclusive;

use regex::Regex;

use crate::extract::calendar::{MONTH_ABBREVIATIONS, MONTH_NAMES, is_month_name};

/// A month name, from the calendar's lists. Full names stand alone;
/// abbreviations ("Oct.", "Sept") are only accepted next to a day or year
/// number, which the matchers check. Patterns are case-insensitive; the
/// matchers then require a capital first letter, so that "may" the verb and
/// "march" the noun are not months.
fn month_pattern() -> String {
    let abbreviations: Vec<&str> = MONTH_ABBREVIATIONS
        .iter()
        .filter(|short| !is_month_name(short))
        .flat_map(|&short| match short {
            "Sep" => vec!["Sept", short],
            _ => vec![short],
        })
        .collect();
    format!(
        r"(?:(?:{})\b|(?:{})\b\.?)",
        MONTH_NAMES.join("|"),
        abbreviations.join("|")
    )
}

const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";
/// A day of the month, with an optional ordinal suffix ("3", "23rd").
const DAY: &str = r"\b[0-9]{1,2}(?:st|nd|rd|th)?\b";
const DAY_NUMBER: &str = r"[0-9]{1,2}";
const FOUR_DIGITS: &str = r"[0-9]{4}";
/// What may follow a day date: its year ("October 3, 2023", "3 October 2023")
/// or a year relative to the publication ("September 3 this year", "February
/// 22 of the current year").
const DAY_YEAR_TAIL: &str = r"(?:,?\s+(?:of\s+)?(?P<year>[0-9]{4})\b|\s+(?:of\s+)?(?:the\s+)?(?P<rel>this|last|next|current)\s+year\b)";
/// What may follow a month: its year ("May 2021", "December of 2022"; no comma,
/// since "In May, 2000 soldiers" is not May 2000) or a relative year.
const MONTH_YEAR_TAIL: &str = r"(?:\s+(?:of\s+)?(?P<year>[0-9]{4})\b|\s+(?:of\s+)?(?:the\s+)?(?P<rel>this|last|next|current)\s+year\b)";

/// Compiles a pattern, making its word boundaries `\b` ASCII ones. With
/// Unicode word boundaries the regex engine's fast DFA gives up on the first
/// non-ASCII character (news text is full of ’ and —) and scanning becomes
/// many times slower. Candidates are checked for letters of other scripts
/// touching them instead
/// ([`stands_apart`](crate::extract::text::stands_apart)).
fn compile(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("date pattern compiles")
}

/// "2023-10-03".
pub(super) static ISO_DATE: Pattern<Regex> =
    Pattern::new(|| compile(r"\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b"));

/// Day first with dots, as European outlets write it: "03.10.2023".
pub(super) static DOTTED_DATE: Pattern<Regex> =
    Pattern::new(|| compile(r"\b([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})\b"));

/// Seasons named relative to the publication: "last fall", "this spring",
/// "in the spring" (the latest one begun by then).
pub(super) static SEASON: Pattern<Regex> = Pattern::new(|| {
    compile(
        r"(?i)\b(?P<which>last|this|next|in\s+the|during\s+the)\s+(?P<season>fall|autumn|spring|summer|winter)\b",
    )
});

/// Times told relative to the happening before them in the story.
pub(super) static CONTEXTUAL: Pattern<Regex> = Pattern::new(|| {
    let month = month_pattern();
    // A count of days, in words or figures: "ten days later", "in 12 days".
    let days = format!("{}|[12][0-9]|[2-9]", crate::extract::text::COUNT_WORDS);
    compile(&format!(
        r"(?i)\b(?:(?P<next>(?:a|one|the)\s+day\s+(?:later|after\s+(?:that|the\s+\w+|(?:his|her|their|its)\s+\w+|\p{{Lu}}\w+['’]s\s+\w+))|the\s+(?:next|following)\s+(?:day|morning|evening)|(?P<bare_after>(?:a|one|the)\s+day\s+after(?:wards)?\b))|(?P<count_after>{days})\s+days\s+after\s+the\s+(?:(?-i:[A-Z])\w*\s+){{0,2}}\w+|(?P<count>{days})\s+days\s+(?P<dir>later|earlier|after\s+that|before\s+that)|(?P<week>a\s+week\s+later)|(?P<following_week>the\s+following\s+week)|(?P<week_before>a\s+week\s+earlier)|(?P<before>the\s+(?:day\s+before|previous\s+(?:day|evening|night|morning|afternoon))|a\s+day\s+earlier)|(?P<same>(?:on\s+)?(?:the|that)\s+same\s+(?:day|night|evening|morning)|(?:the\s+(?:evening|night|morning|afternoon)\s+of\s+)?that\s+day\b|at\s+the\s+time\b|that\s+(?:evening|night|morning|afternoon)\b|by\s+(?:evening|nightfall)\b|(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|night|evening)|earlier\s+in\s+the\s+day|later\s+in\s+the\s+day|(?:within|hours)\s+(?:hours|later|earlier))|(?P<same_week>(?:the|that)\s+same\s+week|(?:later|earlier)\s+that\s+week|that\s+week)\b|(?P<month>(?:the|that)\s+same\s+month|(?:later|earlier)\s+that\s+month|(?:before\s+)?the\s+end\s+of\s+that\s+month|that\s+month)|that\s+(?P<named>{month})|(?P<named_of>{month})\s+(?:of\s+)?(?:that|the\s+same)\s+year\b|the\s+(?:following|next)\s+(?P<following>{month})|(?P<season_which>that|the\s+(?:following|next|same))\s+(?P<season>spring|summer|autumn|fall|winter)\b|(?P<few>(?:a\s+few\s+)?days\s+later|within\s+(?:a\s+few\s+)?days\b|(?:in|over|during)\s+the\s+(?:following\s+(?:few\s+)?days|(?:few\s+)?days\s+that\s+followed)\b)|\bin\s+(?P<count_in>{days})\s+days\b|(?P<months>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9])\s+months?(?P<mhalf>\s+and\s+a\s+half)?\s+(?P<mdir>later|earlier|afterwards|after\s+that|before\s+that|before)|(?P<weeks>two|three|four|five|six|[2-6])\s+weeks\s+(?P<wdir>later|earlier|after\s+that|before\s+that)|(?P<fortnight>a\s+fortnight)\s+(?P<fdir>later|earlier|after\s+that|before\s+that)|(?P<years>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|one|two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+years?(?P<yhalf>\s+and\s+a\s+half)?\s+(?P<ydir>later|earlier|after\s+that|before\s+that|before)|(?P<next_year>the\s+(?:following|next)\s+year)|(?P<previous_year>the\s+(?:previous|preceding)\s+year|the\s+year\s+before)|(?P<previous_month>the\s+(?:previous|preceding)\s+month|the\s+month\s+before)|(?:(?P<yrel>earlier|later)\s+)?(?P<same_year>(?:that|the\s+same)\s+year))"
    ))
});

/// A day of the month alone, by its ordinal in figures or in words: "on the
/// 15th", "is to be held on the 28th", "on the twenty-third", "on the
/// morning of the 23rd", or opening the sentence ("The 13th is also when
/// ..."). What follows
/// is checked by the matcher ("the 15th anniversary", "on the second day"
/// are no days).
pub(super) static ORDINAL_DAY: Pattern<Regex> = Pattern::new(|| {
    compile(
        r"(?:(?i:\b(?:on|by|from|until|since|before|after)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?)|^)(?P<day>(?i:the)\s+(?:(?P<n>[0-9]{1,2})(?:st|nd|rd|th)|(?P<word>(?i:(?:twenty|thirty)[\s-])?(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)))\b)",
    )
});

/// A day in words before its month: "the thirteenth of September 2022",
/// "the twenty-third of November", as a speaker says a date.
pub(super) static ORDINAL_WORD_DATE: Pattern<Regex> = Pattern::new(|| {
    let month = month_pattern();
    compile(&format!(
        r"(?i)\bthe\s+(?P<word>(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))\s+of\s+(?P<month>{month}){DAY_YEAR_TAIL}?"
    ))
});

/// Day before month: "3 October 2023", "Sunday, 3 September", "last
/// Wednesday, 12 June" (one date, not a weekday and a day), "3 and 4
/// October 2023".
pub(super) static DAY_FIRST: Pattern<Regex> = Pattern::new(|| {
    let month = month_pattern();
    let separator = r"(?:\s*,\s*(?:and\s+)?|\s*,?\s+(?:and|or|to|through)\s+|\s*[-–&]\s*)";
    compile(&format!(
        r"(?i)(?:\b(?:(?:last|this|past|next|coming)\s+)?(?P<wd>{WEEKDAY})\s*,?\s+(?:the\s+)?)?(?P<days>{DAY}(?:{separator}{DAY})*)\s+(?:of\s+)?(?P<month>{month}){DAY_YEAR_TAIL}?"
    ))
});

/// The first or last day of a month: "on the last day of October".
pub(super) static EDGE_DAY: Pattern<Regex> = Pattern::new(|| {
    let month = month_pattern();
    compile(&format!(
        r"(?i)\bthe\s+(?P<edge>first|last)\s+day\s+of\s+(?P<month>{month}){DAY_YEAR_TAIL}?"
    ))
});

/// Month before day: "October 3, 2023", "Oct. 3", "Sunday, September 3", "May 5 and 6".
/// Days are not separated by bare commas here: in "On May 3, 4 soldiers died"
/// the 4 is a count.
pub(super) static MONTH_FIRST: Pattern<Regex> = Pattern::new(|| {
    let month = month_pattern();
    let separator = r"(?:\s+(?:and|or|to|through)\s+|\s*[-–&]\s*)";
    compile(&format!(
        r"(?i)(?:\b(?:(?:last|this|past|next|coming)\s+)?(?P<wd>{WEEKDAY})\s*,?\s+)?\b(?P<month>{month})\s*(?P<days>{DAY}(?:{separator}{DAY})*){DAY_YEAR_TAIL}?"
    ))
});

/// Two months sharing one year: "between May and July 2023", "June–August this year".
pub(super) static MONTH_RANGE: Pattern<Regex> = Pattern::new(|| {
    let month = month_pattern();
    compile(&format!(
        r"(?i)\b(?P<m1>{month})(?:\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)(?P<m2>{month}){MONTH_YEAR_TAIL}"
    ))
});

/// A month, with its year or alone: "October 2002", "early January", "mid-March", "last May".
pub(super) static MONTH_ALONE: Pattern<Regex> = Pattern::new(|| {
    let month = month_pattern();
    compile(&format!(
        r"(?i)(?:\b(?P<mod>early|late|mid|last|next|this)(?:\s*-\s*|\s+))?\b(?P<month>{month}){MONTH_YEAR_TAIL}?"
    ))
});

/// "Tuesday", "last Tuesday", "next Friday".
pub(super) static WEEKDAY_ALONE: Pattern<Regex> = Pattern::new(|| {
    compile(&format!(
        r"(?i)(?:\b(?P<mod>last|next|this|past|coming)\s+)?\b(?P<wd>{WEEKDAY})(?:\s+(?:of\s+)?(?P<week>last|next|this)\s+week\b)?"
    ))
});

/// Periods named relative to the publication ("a year ago today" is the
/// very day, a year back; "four years ago on Saturday" is the Saturday
/// nearest the writing, four years back; "It's a year since X told ..." dates what
/// follows "since" a year back; "on this day in 2002" is the day of
/// publication in 2002).
pub(super) static RELATIVE: Pattern<Regex> = Pattern::new(|| {
    compile(
        r"(?i)\b(?:(?P<adv>earlier|later)\s+)?(?P<which>this|last|next|the\s+current)\s+(?P<unit>year|month|week)\b|\b(?P<day>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|last\s+night|tonight|this\s+(?:morning|afternoon|evening))\b|\b(?P<count>a\s+few|a\s+couple\s+of|several|two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|[1-9][0-9])\s+days\s+ago\b|\b(?P<recent>recently)\b|\b(?P<years>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?)\s+years?\s+ago(?:(?P<ytoday>\s+today)|,?\s+on\s+(?P<yweekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\s+this\s+(?P<yperiod>week|month)|\s+this\s+(?P<ymonth>january|february|march|april|may|june|july|august|september|october|november|december)|(?P<ytotheday>,?\s+(?:(?:almost|nearly|exactly|just\s+about)\s+)?to\s+the\s+day))?\b|\b(?P<weeks>a|one|two|three|four|five|six|[1-6])\s+weeks?\s+ago(?P<wtoday>\s+today)?\b|\b(?P<months>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01])\s+months?\s+ago(?P<mtoday>\s+today)?\b|\b(?:on\s+)?this\s+(?:day|date)\s+in\s+(?P<this_day_in>1[89][0-9]{2}|20[0-9]{2})\b|\b(?:it\s+is|it['’]s|it\s+has\s+been)\s+(?P<since_n>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9][0-9]?)\s+(?P<since_unit>years?|months?|weeks?|days?)(?:,\s*(?:almost|nearly|exactly|just\s+about)\s+to\s+the\s+day,)?\s+since\b",
    )
});

pub(super) static YEAR_NUMBER: Pattern<Regex> =
    Pattern::new(|| compile(&format!(r"\b{FOUR_DIGITS}\b")));
pub(super) static DAY_IN_LIST: Pattern<Regex> =
    Pattern::new(|| compile(&format!(r"(?i){DAY_NUMBER}(?:st|nd|rd|th)?")));

/// What may stand between the years of a list or range: "2018, 2019 and 2020", "2018–2020".
pub(super) static YEAR_LIST_GAP: Pattern<Regex> =
    Pattern::new(|| compile(r"(?i)^(?:\s+|,|-|–|—|&|and|or|to|through|until|till)+$"));

/// Words that put what follows them ahead of the publication.
pub(super) static FUTURE_CUE: Pattern<Regex> = Pattern::new(|| {
    compile(
        r"(?i)\b(?:will|shall|won[’']t|is\s+to\s+be|are\s+to\s+be|(?:is|are)\s+to\s+(?:take|meet|attend|visit|hold|host|sign|discuss|travel|decide|vote|consider|review|approve|chair|open|begin|start|arrive|leave|deliver|hand|receive|address|gather|convene)|to\s+be\s+held|scheduled|planned|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|upcoming|forthcoming|next(?:\s+to)?|(?:is|are)\s+due\s+to|(?:is|are)\s+(?:due|expected)\s+(?:in|at|on|back)|due\s+to\s+be|(?:is|are)\s+set\s+to|(?:is|are)\s+going\s+to|should(?:\s+not)?\s+(?:be\s+held|take\s+place|meet|begin|start|open|arrive|return|fall|rise|reach|end|finish))\b",
    )
});

/// "would" is a future cue only as reported future, after a reporting verb
/// ("said his country would not hold exercises this year"); alone it is as
/// often a habit or a condition.
pub(super) static WOULD: Pattern<Regex> = Pattern::new(|| compile(r"(?i)\bwould\b"));
pub(super) static REPORTING_VERB: Pattern<Regex> = Pattern::new(|| {
    compile(
        r"(?i)\b(?:said|says|say|announced|announces|stated|states|told|tells|added|noted|warned|promised|pledged|vowed|declared|confirmed|insisted|claimed|reported|believed|believes|hoped|expected|agreed|decided|indicated|suggested|explained|assured|stressed|emphasi[sz]ed|underlined|underscored|reiterated|specified|clarified|argued|wrote|replied|admitted|acknowledged|informed|informs|reminded|recalled|signall?ed|hinted|predicted|feared|thought|knew)\b",
    )
});

/// A past-tense verb after a future cue starts a new (past) statement inside
/// the clause: "Armenia will respond to the attack that began on Tuesday".
pub(super) static PAST_MARKER: Pattern<Regex> = Pattern::new(|| {
    compile(
        r"(?i)\b(?:was|were|had|did|began|started|launched|erupted|happened|occurred|took\s+place|ended|ago)\b",
    )
});

/// "ahead of Thursday's summit", "in the run-up to": what follows lies ahead.
pub(super) static AHEAD_OF: Pattern<Regex> =
    Pattern::new(|| compile(r"(?i)\b(?:ahead\s+of|run-up\s+to|in\s+preparation\s+for|due\s+to)\b"));

/// The present of a scheduled happening: "leaders gather in Dushanbe on
/// Friday", "the summit opens on Monday". With no past tense in its clause,
/// news tells a weekday in this tense ahead, as a programme does; a saying in
/// the present ("Pashinyan says on Monday") is not one of them.
pub(super) static SCHEDULED_PRESENT: Pattern<Regex> = Pattern::new(|| {
    compile(
        r"(?i)\b(?:meets?|gathers?|convenes?|holds?|hosts?|opens?|begins?|starts?|arrives?|travels?|visits?|votes?|goes\s+to\s+the\s+polls|go\s+to\s+the\s+polls|elects?|hands?\s+over|takes?\s+over|passes\s+to|assumes?)\b",
    )
});

/// Words after which a 4-digit number is a year: prepositions, determiners and
/// time words ("in 2018", "since 1991", "the 2021 invasion", "mid-2020",
/// "between 2018 and 2020", "summer 2022"). `'` stands for a possessive
/// ("Armenia’s 2021 elections").
#[rustfmt::skip]
pub(super) const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "of", "the", "early", "late", "mid", "mid-",
    "before", "after", "during", "between", "and", "or", "to", "through", "throughout", "spring",
    "summer", "autumn", "fall", "winter", "year", "than", "circa", "'",
];

/// Words after which a bare month ("in May") is a month. "May" needs one (or
/// a modifier, or a number after it): otherwise it is the modal verb.
#[rustfmt::skip]
pub(super) const MONTH_CONTEXT: &[&str] = &[
    "in", "since", "by", "on", "until", "till", "from", "of", "during", "before", "after",
    "through", "throughout", "between", "and", "or", "to", "the", "early", "late", "mid", "mid-",
    "last", "next", "this", "each", "every", "for", "around", "into", "starting", "beginning",
];

/// Nouns of counting: a number before them is a quantity, not a year ("2000 soldiers").
#[rustfmt::skip]
pub(super) const COUNT_NOUNS: &[&str] = &[
    "soldiers", "troops", "servicemen", "personnel", "people", "persons", "men", "women",
    "children", "civilians", "residents", "refugees", "peacekeepers", "fighters", "officers",
    "policemen", "settlements", "villages", "houses", "homes", "buildings", "families", "km",
    "kilometers", "kilometres", "miles", "meters", "metres", "square", "hectares", "tons",
    "tonnes", "dollars", "euros", "rubles", "roubles", "drams", "votes", "signatures",
    "casualties", "deaths", "dead", "killed", "wounded", "injured", "prisoners", "detainees",
    "members", "participants", "delegates", "vehicles", "tanks", "units", "times", "years",
    "days", "hours", "cases",
];

/// Years accepted next to a month or day: a month before the number is strong
/// evidence, so older history ("May 1918") counts too.
pub(super) const DATED_YEARS: RangeInclusive<i32> = 1800..=2100;
/// Years accepted as bare numbers ("in 2018").
pub(super) const BARE_YEARS: RangeInclusive<i32> = 1900..=2100;

/// How far back (in bytes) the future cues of a mention are looked for.
pub(super) const CUE_LOOKBACK: usize = 400;
/// How many years a day without a year is searched for (29 February needs up to 8).
pub(super) const DAY_SEARCH_YEARS: i32 = 12;
