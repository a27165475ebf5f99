//! The vocabulary of synthetic articles: people and states as the bundled
//! gazetteer names them, places, issues, outlets and the sentences of
//! comment and background that surround the dated reports.
//!
//! Filler sentences are opinions, habits, plans and standing facts, the
//! prose an extractor must read and mostly leave alone; each has slots, so
//! that thousands of articles do not repeat one another word for word.

/// A person as articles name them: title and full name the first time,
/// surname after. Every form is one `seeds/actors.toml` knows.
#[derive(Debug)]
pub struct Person {
    pub id: &'static str,
    pub title: &'static str,
    pub name: &'static str,
    pub surname: &'static str,
}

#[derive(Debug)]
pub struct State {
    pub id: &'static str,
    pub name: &'static str,
    pub demonym: &'static str,
}

/// What a happening is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Summit,
    SkipSummit,
    Exercises,
    CancelExercises,
    Withdrawal,
    Talks,
    Declaration,
    ArmsDeal,
    Envoy,
    Freeze,
}

/// A publisher: its name, the agency tag of its datelines and its domain.
pub struct Outlet {
    pub name: &'static str,
    pub agency: &'static str,
    pub domain: &'static str,
}

const fn person(
    id: &'static str,
    title: &'static str,
    name: &'static str,
    surname: &'static str,
) -> Person {
    Person {
        id,
        title,
        name,
        surname,
    }
}

pub const ACTORS: &[Person] = &[
    person(
        "nikol-pashinyan",
        "Armenian Prime Minister",
        "Nikol Pashinyan",
        "Pashinyan",
    ),
    person(
        "vladimir-putin",
        "Russian President",
        "Vladimir Putin",
        "Putin",
    ),
    person(
        "alexander-lukashenko",
        "Belarusian President",
        "Alexander Lukashenko",
        "Lukashenko",
    ),
    person(
        "kassym-jomart-tokayev",
        "Kazakh President",
        "Kassym-Jomart Tokayev",
        "Tokayev",
    ),
    person(
        "sadyr-japarov",
        "Kyrgyz President",
        "Sadyr Japarov",
        "Japarov",
    ),
    person(
        "emomali-rahmon",
        "Tajik President",
        "Emomali Rahmon",
        "Rahmon",
    ),
    person(
        "sergey-lavrov",
        "Russian Foreign Minister",
        "Sergey Lavrov",
        "Lavrov",
    ),
    person(
        "sergei-shoigu",
        "Russian Defence Minister",
        "Sergei Shoigu",
        "Shoigu",
    ),
    person(
        "ararat-mirzoyan",
        "Armenian Foreign Minister",
        "Ararat Mirzoyan",
        "Mirzoyan",
    ),
    person(
        "suren-papikyan",
        "Armenian Defence Minister",
        "Suren Papikyan",
        "Papikyan",
    ),
    person(
        "serzh-sargsyan",
        "Armenian President",
        "Serzh Sargsyan",
        "Sargsyan",
    ),
    person(
        "robert-kocharyan",
        "Armenian President",
        "Robert Kocharyan",
        "Kocharyan",
    ),
    person(
        "stanislav-zas",
        "CSTO Secretary-General",
        "Stanislav Zas",
        "Zas",
    ),
    person(
        "ilham-aliyev",
        "Azerbaijani President",
        "Ilham Aliyev",
        "Aliyev",
    ),
    person(
        "dmitry-peskov",
        "Kremlin spokesman",
        "Dmitry Peskov",
        "Peskov",
    ),
];

const fn state(id: &'static str, name: &'static str, demonym: &'static str) -> State {
    State { id, name, demonym }
}

pub const STATES: &[State] = &[
    state("armenia", "Armenia", "Armenian"),
    state("russia", "Russia", "Russian"),
    state("belarus", "Belarus", "Belarusian"),
    state("kazakhstan", "Kazakhstan", "Kazakh"),
    state("kyrgyzstan", "Kyrgyzstan", "Kyrgyz"),
    state("tajikistan", "Tajikistan", "Tajik"),
    state("azerbaijan", "Azerbaijan", "Azerbaijani"),
];

pub const CITIES: &[&str] = &[
    "Yerevan", "Moscow", "Minsk", "Astana", "Bishkek", "Dushanbe", "Sochi", "Almaty", "Gyumri",
    "Osh", "Kazan", "Vitebsk",
];

pub const ISSUES: &[&str] = &[
    "the border clashes with Azerbaijan",
    "the blockade of the Lachin corridor",
    "collective air defence",
    "the deployment of a monitoring mission",
    "arms deliveries that were paid for but never made",
    "the unrest in Kazakhstan",
    "drug trafficking from Afghanistan",
    "the rotation of the secretary-general's post",
    "the bloc's rapid reaction forces",
    "the war in Ukraine",
    "the future of the Russian base in Gyumri",
    "the peace treaty with Baku",
    "cyber security cooperation",
    "the joint air defence system",
    "the bloc's budget arrears",
];

pub const WEAPONS: &[&str] = &[
    "air defence systems",
    "armoured vehicles",
    "artillery radars",
    "attack drones",
    "multiple rocket launchers",
    "transport helicopters",
    "small arms and ammunition",
];

/// Wire services, state media, analysis: by `Style` in that order.
pub const OUTLETS: [&[Outlet]; 3] = [
    &[
        Outlet {
            name: "Caucasus Wire",
            agency: "Caucasus Wire",
            domain: "caucasus-wire",
        },
        Outlet {
            name: "Steppe Dispatch",
            agency: "Steppe Dispatch",
            domain: "steppe-dispatch",
        },
        Outlet {
            name: "Meridian Atlas",
            agency: "Meridian",
            domain: "meridian-atlas",
        },
    ],
    &[
        Outlet {
            name: "Northern Union Press Agency",
            agency: "NUPA",
            domain: "nupa",
        },
        Outlet {
            name: "Nemiga Telegraph",
            agency: "Nemiga",
            domain: "nemiga-telegraph",
        },
    ],
    &[
        Outlet {
            name: "Borderline Review",
            agency: "Borderline Review",
            domain: "borderline-review",
        },
        Outlet {
            name: "The Sevan Courier",
            agency: "Sevan Courier",
            domain: "sevan-courier",
        },
    ],
];

/// Comment, habit, plan and standing fact; `{slot}`s are filled per use.
pub const FILLERS: &[&str] = &[
    "Analysts in {city} say the alliance has lost much of its credibility over {issue}.",
    "{person} has long argued that the bloc should say more about {issue}.",
    "The organization groups Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.",
    "Officials in {city} will not say how long the consultations on {issue} may last.",
    "Critics argue that the treaty's mutual defence clause has never been applied as written.",
    "Moscow is still the main supplier of {weapon} to several members of the bloc.",
    "{demonym} diplomats usually avoid public comment on {issue}.",
    "Some {number} officers from member states serve at the joint staff in Moscow.",
    "The secretariat rarely comments on {issue}.",
    "The {demonym} opposition accuses the government of neglecting {issue}.",
    "Experts expect the next meeting of foreign ministers to return to {issue}.",
    "Public support for the alliance in {other} has fallen for several years, polls suggest.",
    "The bloc's charter requires decisions to be taken by consensus.",
    "{other} is expected to host the next round of consultations in {city}.",
    "Diplomats say a compromise on {issue} is unlikely before the end of the year.",
    "Supporters of the alliance say it still deters threats from Central Asia.",
    "The defence budget of {other} has grown by about {number} percent in recent years.",
    "The ministry in {city} says its cooperation with partners outside the bloc is not aimed at anyone.",
    "Many in {city} doubt that the alliance would defend them in a crisis.",
    "Talks on {issue} are held behind closed doors, and little of them is made public.",
    "{person}'s critics say he has no clear plan for {issue}.",
    "The question of {issue} divides the member states more than any other.",
    "Western governments follow the debate over {issue} closely.",
    "Regional media in {city} cover the dispute over {issue} at length.",
    "Local residents near {city} often complain about the noise of military convoys.",
    "The secretariat plans to publish a report on {issue} next spring.",
    "Officials speak of {number} joint projects, most of them on paper only.",
    "Trade between {other} and its allies depends heavily on Russian transit routes.",
    "Few expect {issue} to be settled by the current generation of leaders.",
    "{demonym} officials describe relations with Moscow as difficult but necessary.",
    "Officers from {other} often study at the academy in {city}.",
    "The government in {city} keeps the text of the agreement on {issue} to itself.",
    "{person} is due to address parliament on {issue} in the coming weeks.",
    "Observers note that {other} has rarely taken sides in disputes between members.",
    "Opinion pieces in the {demonym} press call the alliance a relic of another era.",
    "Defence officials meet at least twice a year to review {issue}.",
    "A working group on {issue} meets every few months but rarely agrees on a text.",
    "Economists point out that {other} depends on remittances from workers in Russia.",
    "The {demonym} foreign ministry keeps a low profile on {issue}.",
    "Veterans' groups in {city} hold small rallies over {issue} from time to time.",
    "The bloc has no common position on {issue}, diplomats admit.",
    "Lawmakers in {other} want a public debate on {issue}.",
    "Much depends on how Moscow reads the mood in {city}, analysts say.",
    "{other} keeps its own counsel on {issue}, preferring quiet diplomacy.",
    "Any change to the charter would need the approval of every parliament.",
    "Satellite images of the area near {city} show new construction, researchers say.",
    "Business leaders in {city} worry that {issue} will scare away investors.",
    "The rapid reaction forces number about {number} thousand troops on paper.",
    "Some members prefer bilateral deals with Moscow to the bloc's collective formats.",
    "Human rights groups want more openness about {issue}.",
];

/// Remarks in quotation marks; `{issue}` is filled per use.
pub const QUOTES: &[&str] = &[
    "We expect our allies to honour their commitments",
    "Nobody should doubt our resolve on {issue}",
    "The alliance must decide what it exists for",
    "We are open to dialogue, but not at any price",
    "This is a question of trust between partners",
    "Our position on {issue} has not changed",
    "We will not sign documents that do not reflect reality",
    "The door remains open for consultations",
    "Security cannot be built on promises alone",
    "We have heard many words and seen few deeds",
];

/// Background facts a reference paragraph recalls, each with its year.
pub const REFERENCES: &[&str] = &[
    "The Collective Security Treaty was signed in Tashkent in 1992 and became an organization in 2002.",
    "Uzbekistan suspended its membership of the organization in 2012.",
    "The bloc sent troops to Kazakhstan for the first time in January 2022.",
    "Armenia froze its participation in the bloc's bodies in 2024.",
    "The collective rapid reaction forces were set up in 2009.",
    "The organization's parliamentary assembly was created in 2006.",
    "Azerbaijan and Georgia left the treaty in 1999.",
    "The bloc adopted a collective security strategy to 2025 in 2016.",
    "Russia opened its air base at Kant in Kyrgyzstan in 2003.",
    "Members agreed on a joint air defence system for Central Asia in 2013.",
    "The bloc's peacekeeping forces were formed in 2007.",
    "Leaders agreed to rotate the post of secretary-general among members in 2017.",
];
