//! The decision: each rule's candidate (input → candidate, rule, speaker),
//! what the confidence threshold keeps and withholds, and the alternatives.
//! Every text here is written for these tests.

use whosaid::{train, Attributor, Config, Error, DEFAULT_MIN_CONFIDENCE};

/// (text, quote index among the top-level quotes, the rule that proposes
/// the first candidate, that candidate's name).
const CANDIDATES: &[(&str, usize, &str, &str)] = &[
    (
        "\"We sail at dawn,\" said Ada Crane.",
        0,
        "said_name",
        "Ada Crane",
    ),
    (
        "\"We sail at dawn,\" Ada Crane said.",
        0,
        "name_said",
        "Ada Crane",
    ),
    (
        "Ada Crane told the inquiry: \"We sail at dawn.\"",
        0,
        "name_said_before",
        "Ada Crane",
    ),
    (
        "\"We sail at dawn.\" — Ada Crane, harbour master",
        0,
        "dash",
        "Ada Crane",
    ),
    (
        "Crane: \"We sail.\"\nBerg: \"We stay.\"",
        1,
        "colon_label",
        "Berg",
    ),
    (
        "\"The pier is safe,\" according to Ada Crane.",
        0,
        "according_to",
        "Ada Crane",
    ),
    (
        "Ada Crane said the pier was \"quite safe\" at night.",
        0,
        "reported",
        "Ada Crane",
    ),
    (
        "Ada Crane looked out at the harbour.\n\nAt last, turning from the window, she said,\n\n\"We sail at dawn.\"",
        0,
        "said_colon_before",
        "Ada Crane",
    ),
    (
        "Ada Crane looked out at the harbour for a long while.\n\nShe turned to the window and said,\n\n\"We sail at dawn.\"",
        0,
        "said_colon_before",
        "Ada Crane",
    ),
    (
        // (The talk goes on past a paragraph of narration: the one who
        // spoke before it answers the turn after it.)
        "\"Good night,\" said Anna Lund.\n\n\"Will you come with me?\" asked Tomas Reed.\n\nIlse Varga looked out at the rain for a long while.\n\n\"Do you really want me to?\" said she.\n\n\"Of course I do. Why else would I ask you?\"",
        3,
        "alternation",
        "Tomas Reed",
    ),
    (
        "\"We sail at dawn,\" said Ada Crane.\n\n\"The tide turns at noon.\"",
        1,
        "next_paragraph",
        "Ada Crane",
    ),
    (
        "\"We sail at dawn,\" said Ada Crane. \"The tide turns at noon.\"",
        1,
        "same_paragraph|same_sentence",
        "Ada Crane",
    ),
    (
        "Tomas Berg is the harbour master. \"Nobody sails,\" the harbour master said.",
        0,
        "name_said",
        "Tomas Berg",
    ),
];

fn feature(names: &[&str], x: &[f32], prefix: &str) -> Vec<String> {
    names
        .iter()
        .zip(x)
        .filter(|(n, &v)| v != 0.0 && n.starts_with(prefix))
        .map(|(n, _)| n[prefix.len()..].to_string())
        .collect()
}

#[test]
fn each_rule_proposes_its_candidate() {
    let names = train::feature_names();
    let mut misses = Vec::new();
    for &(text, q, rule, name) in CANDIDATES {
        let quotes = train::candidates(text).expect("candidates");
        let Some(c) = quotes.get(q).and_then(|q| q.candidates.first()) else {
            misses.push(format!("{text:?}: no candidate for quote {q}"));
            continue;
        };
        let rules = feature(names, &c.features, "rule:");
        if c.name != name || !rules.iter().any(|r| rule.split('|').any(|x| x == r)) {
            misses.push(format!(
                "{text:?}: got {} by {rules:?}, expected {name} by {rule}",
                c.name
            ));
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

#[test]
fn a_quote_no_rule_reaches_has_no_candidate() {
    let quotes = train::candidates("The pier was \"quite safe\" for years.").unwrap();
    assert!(quotes.iter().all(|q| q.candidates.is_empty()));
}

/// Texts with strong and weak links alike.
const TEXTS: &[&str] = &[
    "\"We sail at dawn,\" said Ada Crane, the harbour master of Skarholm.\n\n\
     \"The tide turns at noon.\"\n\n\"Nobody sails after dark.\"\n\n\
     Tomas Berg, a ferry pilot, disagreed. He said the harbour was \"never safer\".\n\n\
     \"It is madness,\" he said.\n\n\"Utter madness.\"",
    "Ada Crane is the harbour master. \"Nobody sails,\" the harbour master said. \
     Officials said the ban was \"temporary\". She added that the pier would reopen \
     \"within days\".\n\nThe union called it \"a disgrace\".",
    "The chair, Dame Ada Brisk, interrupted. \"Did you go to the regulator?\" she asked.\n\n\
     \"I considered it,\" Tom Reed said. \"I was warned off.\"\n\n\"Warned by whom?\"\n\n\
     \"By the minister.\"",
];

#[test]
fn raising_the_threshold_never_adds_a_speaker() {
    let thresholds = [0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0];
    for text in TEXTS {
        let runs: Vec<Vec<Option<String>>> = thresholds
            .iter()
            .map(|&t| {
                let who = Attributor::with_config(Config::new().min_confidence(t)).unwrap();
                let a = who.attribute(text).unwrap();
                a.quotes()
                    .iter()
                    .map(|q| a.speaker(q).map(|s| s.name().to_string()))
                    .collect()
            })
            .collect();
        assert!(runs[0].iter().any(Option::is_some), "{text}");
        for pair in runs.windows(2) {
            for (lo, hi) in pair[0].iter().zip(&pair[1]) {
                // A speaker kept at a higher threshold is the same one.
                if hi.is_some() {
                    assert_eq!(lo, hi, "{text}");
                }
            }
        }
        let kept = |r: &Vec<Option<String>>| r.iter().filter(|s| s.is_some()).count();
        assert!(kept(&runs[0]) >= kept(runs.last().unwrap()));
    }
}

#[test]
fn confidence_is_a_probability_and_the_threshold_holds() {
    for t in [0.0, 0.5, DEFAULT_MIN_CONFIDENCE, 0.9] {
        let who = Attributor::with_config(Config::new().min_confidence(t)).unwrap();
        for text in TEXTS {
            let a = who.attribute(text).unwrap();
            for q in a.quotes() {
                let c = q.confidence();
                assert!((0.0..=1.0).contains(&c), "{c}");
                match a.speaker(q) {
                    Some(_) => assert!(c >= t - 1e-4, "{c} under {t}"),
                    None => assert_eq!(c, 0.0),
                }
                if let Some(alt) = q.alternative() {
                    assert!(a.speakers().get(alt.speaker_index()).is_some());
                    assert!((0.0..=1.0).contains(&alt.confidence()));
                    assert_ne!(Some(alt.speaker_index()), q.speaker_index());
                }
            }
        }
    }
}

#[test]
fn a_withheld_speaker_is_the_alternative() {
    let text = TEXTS[0];
    let every = Attributor::with_config(Config::new().min_confidence(0.0)).unwrap();
    let all = every.attribute(text).unwrap();
    let strict = Attributor::with_config(Config::new().min_confidence(1.0)).unwrap();
    let none = strict.attribute(text).unwrap();
    let mut withheld = 0;
    for (q, r) in all.quotes().iter().zip(none.quotes()) {
        let Some(s) = all.speaker(q) else { continue };
        if none.speaker(r).is_none() {
            withheld += 1;
            let alt = r.alternative().expect("the withheld speaker is offered");
            assert_eq!(none.speakers()[alt.speaker_index()].name(), s.name());
            assert!((alt.confidence() - q.confidence()).abs() < 1e-4);
        }
    }
    assert!(withheld > 0);
}

#[test]
fn the_default_threshold_is_the_trained_one() {
    assert_eq!(
        Attributor::new().config().min_confidence_value(),
        DEFAULT_MIN_CONFIDENCE
    );
    const { assert!(DEFAULT_MIN_CONFIDENCE > 0.0 && DEFAULT_MIN_CONFIDENCE < 1.0) };
}

#[test]
fn a_threshold_outside_zero_to_one_is_refused() {
    for bad in [-0.1, 1.5, f32::NAN, f32::INFINITY] {
        let err = Attributor::with_config(Config::new().min_confidence(bad)).unwrap_err();
        assert!(matches!(err, Error::InvalidConfig(_)), "{bad}: {err:?}");
        assert!(err.to_string().contains("min_confidence"));
    }
}

#[test]
fn the_json_carries_the_confidence_and_the_alternative() {
    let who = Attributor::with_config(Config::new().min_confidence(1.0)).unwrap();
    let a = who.attribute(TEXTS[0]).unwrap();
    let v: serde_json::Value = serde_json::to_value(&a).unwrap();
    let quotes = v["quotes"].as_array().unwrap();
    assert!(quotes.iter().all(|q| q["confidence"].is_number()));
    let alt = quotes
        .iter()
        .find(|q| q["alternative"].is_object())
        .expect("an alternative");
    assert!(alt["alternative"]["speaker_index"].is_u64());
    assert!(alt["alternative"]["confidence"].is_number());
}
