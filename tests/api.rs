//! The JSON API, driven through the router without a socket.

mod common;

use axum::http::StatusCode;
use common::{get, get_json};

#[tokio::test]
async fn events_come_in_date_order_in_the_documented_shape() {
    let (status, json) = get_json("/api/events").await;
    assert_eq!(status, StatusCode::OK);
    let events = json["events"].as_array().unwrap();
    assert_eq!(json["total"].as_u64().unwrap() as usize, events.len());
    assert!(events.len() > 20, "the seeds hold dozens of events");
    let dates: Vec<&str> = events.iter().map(|e| e["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by_key(|d| csto_timeline::model::EventDate::parse(d).unwrap());
    assert_eq!(dates, sorted);
    for event in events {
        let precision = event["precision"].as_str().unwrap();
        let date = event["date"].as_str().unwrap();
        let expected_len = match precision {
            "day" => 10,
            "month" => 7,
            "year" => 4,
            other => panic!("precision {other}"),
        };
        assert_eq!(date.len(), expected_len, "{event}");
        assert!(event["approximate"].is_boolean());
        assert!(!event["title"].as_str().unwrap().is_empty());
        for actor in event["actors"].as_array().unwrap() {
            assert!(actor["id"].is_string() && actor["name"].is_string());
            assert!(["person", "state", "organization"].contains(&actor["kind"].as_str().unwrap()));
        }
        for topic in event["topics"].as_array().unwrap() {
            assert!(topic["id"].is_string() && topic["name"].is_string());
        }
        let sources = event["sources"].as_array().unwrap();
        assert!(!sources.is_empty());
        for source in sources {
            assert!(source["document"].as_str().unwrap().ends_with(".txt"));
            assert!(!source["quote"].as_str().unwrap().is_empty());
        }
    }
    assert!(json["facets"]["actors"].as_array().unwrap().len() > 5);
    assert!(json["facets"]["topics"].as_array().unwrap().len() > 3);
}

#[tokio::test]
async fn an_actor_filter_keeps_only_that_actors_events_and_facets_count_them() {
    let (_, all) = get_json("/api/events").await;
    let (status, json) = get_json("/api/events?actor=nikol-pashinyan").await;
    assert_eq!(status, StatusCode::OK);
    let events = json["events"].as_array().unwrap();
    assert!(!events.is_empty());
    assert!(events.len() < all["events"].as_array().unwrap().len());
    for event in events {
        let ids: Vec<&str> = event["actors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap())
            .collect();
        assert!(ids.contains(&"nikol-pashinyan"), "{event}");
    }
    // The actor facet counts the other actors under the other filters only,
    // so Pashinyan's own count is his total.
    let facet = json["facets"]["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "nikol-pashinyan")
        .unwrap();
    assert_eq!(facet["count"].as_u64().unwrap() as usize, events.len());
}

#[tokio::test]
async fn actors_and_topics_combine_as_both() {
    let (_, actor) = get_json("/api/events?actor=nikol-pashinyan").await;
    let (_, both) = get_json("/api/events?actor=nikol-pashinyan&topic=summits").await;
    let both_events = both["events"].as_array().unwrap();
    assert!(both_events.len() <= actor["events"].as_array().unwrap().len());
    for event in both_events {
        let topics: Vec<&str> = event["topics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap())
            .collect();
        assert!(topics.contains(&"summits"), "{event}");
    }
}

#[tokio::test]
async fn dates_filter_at_any_precision() {
    let (_, json) = get_json("/api/events?from=2022-11&to=2022-11").await;
    let events = json["events"].as_array().unwrap();
    assert!(!events.is_empty());
    for event in events {
        assert!(
            event["date"].as_str().unwrap().starts_with("2022-11") || event["date"] == "2022",
            "{event}"
        );
    }
    let (_, json) = get_json("/api/events?from=2023").await;
    for event in json["events"].as_array().unwrap() {
        assert!(event["date"].as_str().unwrap() >= "2023", "{event}");
    }
}

#[tokio::test]
async fn free_text_matches_titles_and_quotes_by_word_prefix() {
    let (_, json) = get_json("/api/events?q=lachin").await;
    let events = json["events"].as_array().unwrap();
    assert!(!events.is_empty());
    for event in events {
        assert!(
            event.to_string().to_lowercase().contains("lachin"),
            "{event}"
        );
    }
    let (_, none) = get_json("/api/events?q=zzzzqqq").await;
    assert_eq!(none["total"], 0);
}

#[tokio::test]
async fn order_newest_reverses_the_timeline() {
    let (_, oldest) = get_json("/api/events").await;
    let (_, newest) = get_json("/api/events?order=newest").await;
    let mut reversed = oldest["events"].as_array().unwrap().clone();
    reversed.reverse();
    assert_eq!(&reversed, newest["events"].as_array().unwrap());
}

#[tokio::test]
async fn an_unknown_actor_is_a_400_that_suggests_the_closest() {
    let (status, json) = get_json("/api/events?actor=pashinyan").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        json["error"].as_str().unwrap().contains("pashinyan"),
        "{json}"
    );
    assert!(
        json["hint"]
            .as_str()
            .unwrap()
            .contains("actor=nikol-pashinyan"),
        "{json}"
    );
    let (status, json) = get_json("/api/events?topic=lachn").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        json["hint"].as_str().unwrap().contains("/api/topics"),
        "{json}"
    );
}

#[tokio::test]
async fn malformed_and_reversed_dates_are_400s_naming_the_value() {
    for (query, needle) in [
        ("from=2022-13", "2022-13"),
        ("to=yesterday", "yesterday"),
        ("from=2023-02-29", "2023-02-29"),
        ("from=2023&to=2022", "after"),
    ] {
        let (status, json) = get_json(&format!("/api/events?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert!(
            json["error"].as_str().unwrap().contains(needle),
            "{query}: {json}"
        );
        assert!(!json["hint"].as_str().unwrap().is_empty());
    }
}

#[tokio::test]
async fn garbage_in_the_query_string_is_never_a_server_error() {
    for query in [
        "%",
        "%zz",
        "actor=%ff%fe",
        "&&&==",
        "from=%00",
        "q=%E2%80",
        "order=sideways",
        "actor=",
    ] {
        let (status, _) = get(&format!("/api/events?{query}")).await;
        assert!(
            status == StatusCode::OK || status == StatusCode::BAD_REQUEST,
            "{query}: {status}"
        );
    }
    let many = vec!["actor=armenia"; 200].join("&");
    let (status, _) = get(&format!("/api/events?{many}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn one_event_by_id_and_a_404_for_an_unknown_one() {
    let (_, all) = get_json("/api/events").await;
    let first = &all["events"][0];
    let (status, json) = get_json(&format!("/api/events/{}", first["id"].as_str().unwrap())).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(&json, first);
    let (status, json) = get_json("/api/events/no-such-event").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(json["error"].as_str().unwrap().contains("no-such-event"));
}

#[tokio::test]
async fn documents_list_metadata_status_and_event_counts() {
    let (status, json) = get_json("/api/documents").await;
    assert_eq!(status, StatusCode::OK);
    let documents = json["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 5);
    for document in documents {
        assert_eq!(document["status"], "loaded");
        assert!(document["published"].is_string());
        assert_eq!(document["published_inferred"], false);
        assert!(document["events"].as_u64().unwrap() > 0, "{document}");
        assert!(document["title"].is_string());
    }
}

#[tokio::test]
async fn actors_and_topics_are_listed_with_event_counts() {
    let (_, actors) = get_json("/api/actors").await;
    let pashinyan = actors["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "nikol-pashinyan")
        .unwrap();
    assert_eq!(pashinyan["kind"], "person");
    assert!(pashinyan["events"].as_u64().unwrap() > 5);
    assert!(
        pashinyan["spellings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "Pashinian")
    );
    let (_, topics) = get_json("/api/topics").await;
    assert!(topics["topics"].as_array().unwrap().len() >= 13);
}

#[tokio::test]
async fn health_and_readiness() {
    let (status, json) = get_json("/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json["status"], "ok");
    let (status, json) = get_json("/readyz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json["documents"], 5);
    assert!(json["events"].as_u64().unwrap() > 20);
}

#[tokio::test]
async fn an_event_id_that_is_not_utf8_gets_the_json_error() {
    let (status, json) = get_json("/api/events/%80%ff").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(json["error"].as_str().unwrap().contains("UTF-8"), "{json}");
}

#[tokio::test]
async fn one_bad_value_repeated_is_reported_once() {
    let query = ["actor=nobody"; 10].join("&");
    let (status, json) = get_json(&format!("/api/events?{query}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        json["error"].as_str().unwrap().matches("nobody").count(),
        1,
        "{json}"
    );
}
