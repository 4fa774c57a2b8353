//! Referential gender on speakers: what the text says (a courtesy title, a
//! gendered title, a pronoun the resolution tied to the speaker), with its
//! basis; never a guess from a given name.

use whosaid::{Attributor, Config, Gender, GenderBasis};

fn gender_of(text: &str, name: &str) -> (Gender, Option<GenderBasis>) {
    let who = Attributor::with_config(Config::default().min_confidence(0.0)).expect("config");
    let a = who.attribute(text).expect("attribute");
    let s = a
        .speakers()
        .iter()
        .find(|s| s.name() == name)
        .unwrap_or_else(|| panic!("no speaker {name} in {text:?}: {:#?}", a.speakers()));
    (s.gender(), s.gender_basis())
}

#[test]
fn gender_comes_from_what_the_text_says() {
    use GenderBasis::*;
    let cases: &[(&str, &str, Gender, Option<GenderBasis>)] = &[
        (
            "\"We are ready,\" said Mrs Ada Crane.",
            "Ada Crane",
            Gender::Female,
            Some(Honorific),
        ),
        (
            "\"Quiet,\" said Mr Tomas Berg.",
            "Tomas Berg",
            Gender::Male,
            Some(Honorific),
        ),
        (
            "Ada Crane arrived. \"Fine,\" she said.",
            "Ada Crane",
            Gender::Female,
            Some(Pronoun),
        ),
        (
            "Tomas Berg arrived. \"Fine,\" he said. \"Later,\" said he.",
            "Tomas Berg",
            Gender::Male,
            Some(Pronoun),
        ),
        (
            "\"We will fight,\" said Queen Maren of Ostland.",
            "Maren",
            Gender::Female,
            Some(Title),
        ),
        (
            "\"Prices rise,\" said Ada Crane, the chairwoman of Kestrel Bank.",
            "Ada Crane",
            Gender::Female,
            Some(Title),
        ),
        (
            "\"Quiet,\" a ministry spokeswoman said.",
            "a ministry spokeswoman",
            Gender::Female,
            Some(Title),
        ),
        // A given name alone says nothing.
        (
            "\"Quiet,\" said Mary Smith.",
            "Mary Smith",
            Gender::Unknown,
            None,
        ),
        (
            "\"Quiet,\" said John Smith.",
            "John Smith",
            Gender::Unknown,
            None,
        ),
        (
            "\"Rates hold,\" said Kestrel Bank.",
            "Kestrel Bank",
            Gender::Unknown,
            None,
        ),
    ];
    for &(text, name, gender, basis) in cases {
        assert_eq!(gender_of(text, name), (gender, basis), "{text}");
    }
}

#[test]
fn gender_is_in_the_json_and_survives_the_round_trip() {
    let a = Attributor::new()
        .attribute("\"We are ready,\" said Mrs Ada Crane.")
        .expect("attribute");
    let v = serde_json::to_value(&a).expect("serialise");
    assert_eq!(v["speakers"][0]["gender"], "female");
    assert_eq!(v["speakers"][0]["gender_basis"], "honorific");
    let owned = a.into_owned();
    let back: whosaid::OwnedAnalysis =
        serde_json::from_str(&serde_json::to_string(&owned).unwrap()).unwrap();
    assert_eq!(back.speakers()[0].gender(), Gender::Female);
}
