//! Tests of [`DocumentActorScanner`] on the bundled gazetteer: spellings,
//! demonyms, capitals, titles, discovered people.

use super::names::slug;
use super::*;
use crate::corpus::synthetic::words::{ACTORS, STATES};
use crate::model::ActorKind;

const BUNDLED: &str = include_str!("../../../seeds/actors.toml");

fn gazetteer() -> Gazetteer {
    Gazetteer::from_toml(BUNDLED).expect("bundled gazetteer parses")
}

/// (matched text, actor id) for each mention of one sentence.
fn scan(g: &Gazetteer, sentence: &str) -> Vec<(String, String)> {
    DocumentActorScanner::new(g)
        .find(sentence)
        .into_iter()
        .map(|m| (sentence[m.range].to_string(), m.actor))
        .collect()
}

fn ids(g: &Gazetteer, sentence: &str) -> Vec<String> {
    scan(g, sentence).into_iter().map(|(_, id)| id).collect()
}

fn pair(text: &str, id: &str) -> (String, String) {
    (text.to_string(), id.to_string())
}
#[test]
fn every_spelling_of_a_seed_name_resolves_to_its_actor() {
    let g = gazetteer();
    let cases = [
        ("Pashinyan said", "nikol-pashinyan"),
        ("Pashinian said", "nikol-pashinyan"),
        ("Nikol Pashinian said", "nikol-pashinyan"),
        ("Lukashenko said", "alexander-lukashenko"),
        ("Lukashenka said", "alexander-lukashenko"),
        ("Alyaksandr Lukashenka said", "alexander-lukashenko"),
        ("Dmitry Peskov said", "dmitry-peskov"),
        ("Dmytro Peskov said", "dmitry-peskov"),
        ("Tokayev said", "kassym-jomart-tokayev"),
        ("Toqaev said", "kassym-jomart-tokayev"),
        ("Tasmagambetov said", "imangali-tasmagambetov"),
        ("Imanghali Tasmaghambetov said", "imangali-tasmagambetov"),
        ("Stanislav Zas said", "stanislav-zas"),
        ("Stanislau Zas said", "stanislav-zas"),
        ("Vahagn Khachaturian said", "vahagn-khachaturyan"),
        ("Vahagn Khachaturyan said", "vahagn-khachaturyan"),
        ("Nursultan Nazarbayev said", "nursultan-nazarbayev"),
        ("Nursultan Nazarbaev said", "nursultan-nazarbayev"),
        ("Viktor Biyagov said", "viktor-biyagov"),
    ];
    for (sentence, id) in cases {
        assert_eq!(ids(&g, sentence), [id], "{sentence}");
    }
}

#[test]
fn full_name_is_preferred_over_surname_alone() {
    let g = gazetteer();
    assert_eq!(
        scan(&g, "Nikol Pashinyan spoke."),
        [pair("Nikol Pashinyan", "nikol-pashinyan")]
    );
}

#[test]
fn possessives_match_with_either_apostrophe_and_cover_only_the_name() {
    let g = gazetteer();
    assert_eq!(
        scan(&g, "Pashinyan’s statement"),
        [pair("Pashinyan", "nikol-pashinyan")]
    );
    assert_eq!(
        scan(&g, "Pashinyan's decision"),
        [pair("Pashinyan", "nikol-pashinyan")]
    );
    assert_eq!(
        scan(&g, "about Russia’s distancing"),
        [pair("Russia", "russia")]
    );
    assert_eq!(scan(&g, "Armenia's security"), [pair("Armenia", "armenia")]);
}

#[test]
fn the_kremlin_is_russia_wherever_it_stands() {
    let g = gazetteer();
    assert_eq!(scan(&g, "the Kremlin said"), [pair("Kremlin", "russia")]);
    assert_eq!(ids(&g, "as quoted by the Kremlin"), ["russia"]);
}

#[test]
fn demonym_with_an_actor_head_is_its_state() {
    let g = gazetteer();
    assert_eq!(
        scan(
            &g,
            "Armenian authorities regularly criticize Russia and the CSTO"
        ),
        [
            pair("Armenian authorities", "armenia"),
            pair("Russia", "russia"),
            pair("CSTO", "csto")
        ]
    );
    assert_eq!(
        ids(&g, "An Azerbaijani checkpoint was set up"),
        ["azerbaijan"]
    );
    assert_eq!(ids(&g, "to contain Azerbaijani aggression"), ["azerbaijan"]);
    assert_eq!(ids(&g, "The Russian Foreign Ministry stated"), ["russia"]);
    assert_eq!(
        ids(&g, "the press service of the Armenian government"),
        ["armenia"]
    );
}

#[test]
fn demonym_without_a_head_names_no_one() {
    let g = gazetteer();
    assert!(ids(&g, "ethnic Armenians and Ukrainian citizens").is_empty());
    assert!(ids(&g, "the Russian-Armenian relations").is_empty());
    assert!(ids(&g, "by Azerbaijani activists who demanded access").is_empty());
    assert!(ids(&g, "pro-Russian forces gathered").is_empty());
}

#[test]
fn russian_peacekeepers_are_their_own_actor() {
    let g = gazetteer();
    assert_eq!(
        scan(&g, "Russian peacekeepers are not capable"),
        [pair("Russian peacekeepers", "russian-peacekeepers")]
    );
}

#[test]
fn capital_acting_is_its_state() {
    let g = gazetteer();
    assert_eq!(
        scan(&g, "Baku accused Yerevan"),
        [pair("Baku", "azerbaijan"), pair("Yerevan", "armenia")]
    );
    assert_eq!(ids(&g, "Moscow is not going to leave"), ["russia"]);
    assert_eq!(
        ids(&g, "lack of response to Yerevan’s requests"),
        ["armenia"]
    );
    assert_eq!(
        ids(&g, "a peace treaty between Yerevan and Baku"),
        ["armenia", "azerbaijan"]
    );
    assert_eq!(
        ids(&g, "the supplies already paid for by Yerevan"),
        ["armenia"]
    );
}

#[test]
fn capital_as_a_place_names_no_one() {
    let g = gazetteer();
    assert!(ids(&g, "a summit in Baku").is_empty());
    assert!(ids(&g, "rallied in downtown Yerevan").is_empty());
    assert!(ids(&g, "Headquartered in Moscow, the bloc").is_empty());
    assert!(ids(&g, "who accompanied him to Yerevan").is_empty());
    assert!(ids(&g, "on the sidelines of the Yerevan summit").is_empty());
    assert!(ids(&g, "mayor of the Kazakh capital, Astana, and").is_empty());
    assert!(ids(&g, "talks at the White House").is_empty());
}

#[test]
fn state_in_a_person_designation_is_not_reported() {
    let g = gazetteer();
    assert_eq!(
        scan(
            &g,
            "Azerbaijani President Ilham Aliyev on Tuesday accused Armenia"
        ),
        [
            pair("Ilham Aliyev", "ilham-aliyev"),
            pair("Armenia", "armenia")
        ]
    );
    assert_eq!(
        scan(
            &g,
            "when Kazakh President Qasym-Zhomart Toqaev askeCSTO troops"
        ),
        [pair("Qasym-Zhomart Toqaev", "kassym-jomart-tokayev")]
    );
    assert_eq!(
        ids(&g, "Kremlin spokesman Dmitry Peskov said"),
        ["dmitry-peskov"]
    );
    assert_eq!(
        ids(&g, "Prime Minister of Armenia Nikol Pashinyan will not"),
        ["nikol-pashinyan"]
    );
    assert_eq!(
        ids(&g, "with President Vladimir Putin of Russia"),
        ["vladimir-putin"]
    );
    assert_eq!(
        ids(&g, "the foreign minister of Belarus, Maxim Ryzhenkov, said"),
        ["maxim-ryzhenkov"]
    );
    assert_eq!(
        ids(&g, "Kazakhstan’s former President Nursultan Nazarbaev"),
        ["nursultan-nazarbayev"]
    );
    assert_eq!(
        ids(
            &g,
            "The Armenian Foreign Ministry spokeswoman Ani Badalyan said"
        ),
        ["ani-badalyan"]
    );
}

#[test]
fn title_without_a_name_leaves_its_state() {
    let g = gazetteer();
    assert_eq!(
        ids(&g, "he was told by the CSTO Secretary-General in 2022"),
        ["csto"]
    );
    assert_eq!(ids(&g, "He told the Russia leader that"), ["russia"]);
}

#[test]
fn a_name_followed_by_a_number_names_something_else() {
    let g = gazetteer();
    assert_eq!(
        ids(&g, "Pashinyan told France 24 in an interview"),
        ["nikol-pashinyan"]
    );
}

#[test]
fn match_inside_a_longer_word_is_ignored() {
    let g = gazetteer();
    assert!(ids(&g, "Toqaev askeCSTO troops").contains(&"kassym-jomart-tokayev".to_string()));
    assert!(!ids(&g, "askeCSTO troops").contains(&"csto".to_string()));
    assert!(ids(&g, "the Armenians and Russians").is_empty());
}

#[test]
fn longest_match_wins_for_bodies() {
    let g = gazetteer();
    assert_eq!(
        scan(&g, "the Parliament of Armenia ratified the Rome Statute"),
        [pair("Parliament of Armenia", "national-assembly-armenia")]
    );
    assert_eq!(
        ids(&g, "the UN International Court of Justice has supported"),
        ["icj"]
    );
    assert_eq!(
        ids(&g, "the chairman of the CSTO Collective Security Council."),
        ["csto-collective-security-council"]
    );
    assert_eq!(ids(&g, "the Russia-led security bloc"), ["csto"]);
    assert_eq!(
        ids(&g, "the Russia-led Collective Security Treaty Organization"),
        ["csto"]
    );
}

#[test]
fn security_alliance_is_the_csto() {
    let g = gazetteer();
    assert_eq!(
        scan(
            &g,
            "The Security Alliance said on Tuesday that it is looking for other sites."
        ),
        [pair("Security Alliance", "csto")]
    );
}

#[test]
fn person_found_by_title_is_discovered_and_remembered_by_surname() {
    let g = gazetteer();
    let mut scanner = DocumentActorScanner::new(&g);
    let s1 = "Armenian Deputy Foreign Minister Vahan Kostanian met Russian diplomats.";
    let found = scanner.find(s1);
    let found: Vec<_> = found
        .iter()
        .map(|m| (&s1[m.range.clone()], m.actor.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("Vahan Kostanian", "vahan-kostanian"),
            ("Russian diplomats", "russia")
        ]
    );
    let person = &scanner.discovered()[0];
    assert_eq!(person.name, "Vahan Kostanian");
    assert_eq!(person.kind, ActorKind::Person);
    assert_eq!(person.description, "Armenian Deputy Foreign Minister");
    assert_eq!(person.country.as_deref(), Some("armenia"));
    assert!(person.discovered);

    let s2 = "Kostanian said the talks were useful.";
    let later = scanner.find(s2);
    assert_eq!(later.len(), 1);
    assert_eq!(&s2[later[0].range.clone()], "Kostanian");
    assert_eq!(later[0].actor, "vahan-kostanian");
    assert_eq!(
        scanner.discovered().len(),
        1,
        "the same person is not discovered twice"
    );
}

#[test]
fn discovered_title_keeps_its_organisation_and_country() {
    let g = gazetteer();
    let mut scanner = DocumentActorScanner::new(&g);
    let s = "CSTO spokesman Ivan Petrovich Sidorov said.";
    let found = scanner.find(s);
    assert_eq!(found.len(), 1, "the CSTO only qualifies the spokesman");
    assert_eq!(&s[found[0].range.clone()], "Ivan Petrovich Sidorov");
    assert_eq!(scanner.discovered()[0].description, "CSTO spokesman");
    assert_eq!(scanner.discovered()[0].country, None);

    let s = "the deputy foreign minister of Belarus, Igor Sekreta, arrived.";
    let found = scanner.find(s);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].actor, "igor-sekreta");
    let igor = scanner
        .discovered()
        .iter()
        .find(|a| a.id == "igor-sekreta")
        .unwrap();
    assert_eq!(igor.country.as_deref(), Some("belarus"));
    assert_eq!(igor.description, "deputy foreign minister of Belarus");

    let s = "Russian Ambassador to Armenia Sergei Kopyrkin was summoned.";
    let found = scanner.find(s);
    assert_eq!(found.len(), 1, "Armenia is part of the designation");
    let envoy = scanner
        .discovered()
        .iter()
        .find(|a| a.id == "sergei-kopyrkin")
        .unwrap();
    assert_eq!(
        envoy.country.as_deref(),
        Some("russia"),
        "the host is not the country"
    );
    assert_eq!(envoy.description, "Russian Ambassador to Armenia");

    let mut scanner = DocumentActorScanner::new(&g);
    scanner.find("It said Kazakh politician Erlan Karin would attend.");
    assert_eq!(
        scanner.discovered()[0].country.as_deref(),
        Some("kazakhstan")
    );
    assert_eq!(scanner.discovered()[0].description, "Kazakh politician");
}

#[test]
fn known_people_after_a_title_are_not_discovered() {
    let g = gazetteer();
    let mut scanner = DocumentActorScanner::new(&g);
    let found = scanner.find("President Putin and Russian President Vladimir Putin spoke.");
    assert!(found.iter().all(|m| m.actor == "vladimir-putin"));
    scanner.find("Kazakh politician Imanghali Tasmaghambetov will replace Belarusian politician Stanislau Zas.");
    assert!(scanner.discovered().is_empty());
}

#[test]
fn headlines_and_common_words_are_not_taken_for_names() {
    let g = gazetteer();
    let mut scanner = DocumentActorScanner::new(&g);
    scanner.find("Armenian PM Attacks Russian-Led Alliance at Summit in Yerevan");
    scanner.find("The Prime Minister On Tuesday said no.");
    scanner.find("the prime minister emphasized that");
    scanner.find("He met the General Staff Academy chief.");
    assert!(
        scanner.discovered().is_empty(),
        "{:?}",
        scanner.discovered()
    );
    assert_eq!(
        ids(
            &g,
            "Armenian PM Attacks Russian-Led Alliance at Summit in Yerevan"
        ),
        ["csto"]
    );
}

#[test]
fn particles_and_hyphens_stay_inside_discovered_names() {
    let g = gazetteer();
    let mut scanner = DocumentActorScanner::new(&g);
    scanner.find("EU official Maria van der Berg said.");
    scanner.find("Then van der Berg left.");
    let person = &scanner.discovered()[0];
    assert_eq!(person.name, "Maria van der Berg");
    assert_eq!(person.spellings, ["Maria van der Berg", "van der Berg"]);
    assert_eq!(slug("Jean-Noël Çelik"), "jean-noel-celik");
}

#[test]
fn mentions_are_sorted_and_never_overlap() {
    let g = gazetteer();
    let s = "In response to Pashinian’s words about Russia’s estrangement, Russian presidential spokesman Dmitry Peskov said Moscow is not going to leave.";
    let found = DocumentActorScanner::new(&g).find(s);
    let ids: Vec<_> = found.iter().map(|m| m.actor.as_str()).collect();
    assert_eq!(
        ids,
        ["nikol-pashinyan", "russia", "dmitry-peskov", "russia"]
    );
    assert!(found.windows(2).all(|w| w[0].range.end <= w[1].range.start));
}
#[test]
fn empty_gazetteer_finds_nothing() {
    let g = Gazetteer::default();
    assert!(
        DocumentActorScanner::new(&g)
            .find("Pashinyan said")
            .is_empty()
    );
    let g = Gazetteer::from_toml("").unwrap();
    assert!(
        DocumentActorScanner::new(&g)
            .find("Minister John Smith said")
            .is_empty()
    );
}

#[test]
fn every_actor_form_of_synthetic_articles_is_one_the_gazetteer_knows() {
    let gazetteer = gazetteer();
    for person in ACTORS {
        for form in [
            format!("{} {} spoke.", person.title, person.name),
            format!("{} spoke.", person.surname),
        ] {
            let mut scanner = DocumentActorScanner::new(&gazetteer);
            let found: Vec<String> = scanner.find(&form).into_iter().map(|m| m.actor).collect();
            assert!(found.contains(&person.id.to_string()), "{form}: {found:?}");
        }
    }
    for state in STATES {
        let mut scanner = DocumentActorScanner::new(&gazetteer);
        let found: Vec<String> = scanner
            .find(&format!(
                "{} troops left. {} spoke.",
                state.demonym, state.name
            ))
            .into_iter()
            .map(|m| m.actor)
            .collect();
        assert!(
            found.iter().all(|id| id == state.id) && found.len() == 2,
            "{}: {found:?}",
            state.name
        );
    }
}

#[test]
fn a_gazetteer_without_its_finders_still_answers_by_id() {
    let whole = gazetteer();
    let mut looked_up = gazetteer();
    looked_up.drop_finders();
    assert!(looked_up.matcher.is_none());
    assert_eq!(looked_up.actors(), whole.actors());
    for actor in whole.actors() {
        assert_eq!(looked_up.get(&actor.id), whole.get(&actor.id));
        assert_eq!(looked_up.part_of(&actor.id), whole.part_of(&actor.id));
    }
    assert!(
        whole
            .actors()
            .iter()
            .any(|a| whole.part_of(&a.id).is_some())
    );
}

#[test]
fn a_name_before_a_possessive_title_is_discovered() {
    let g = gazetteer();
    assert_eq!(
        ids(
            &g,
            "\"It is settled,\" said Anahit Grigoryan, the centre's research director, in Yerevan."
        ),
        ["anahit-grigoryan"]
    );
}
