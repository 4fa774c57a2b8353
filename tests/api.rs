//! The public API's contracts: limits, errors, configuration, ownership and
//! serialisation. Behaviour of the sieves lives in `attribution.rs`.

use whosaid::{Analysis, Attributor, Config, Error, QuoteKind, Sieve, Speaker, SpeakerKind};

#[test]
fn attributor_is_send_and_sync_and_shareable() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Attributor>();
    assert_send_sync::<Config>();
    assert_send_sync::<Error>();

    let who = std::sync::Arc::new(Attributor::new());
    let texts = [
        "\"We are ready,\" said Jane Roe.",
        "\"Not yet,\" Tomas Berg told reporters.",
    ];
    let names: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = texts
            .iter()
            .map(|t| {
                let who = who.clone();
                s.spawn(move || {
                    let a = who.attribute(t).expect("attribute");
                    a.speaker(&a.quotes()[0]).map(|s| s.name().to_string())
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread").expect("speaker"))
            .collect()
    });
    assert_eq!(names, ["Jane Roe", "Tomas Berg"]);
}

#[test]
fn input_over_the_limit_is_refused_whole() {
    let who = Attributor::with_config(Config::new().max_input_bytes(10)).expect("config");
    let text = "\"Twelve bytes\"";
    assert_eq!(
        who.attribute(text).unwrap_err(),
        Error::InputTooLarge {
            len: text.len(),
            limit: 10
        }
    );
    assert_eq!(
        who.quotes(text).unwrap_err(),
        Error::InputTooLarge {
            len: text.len(),
            limit: 10
        }
    );
    // At the limit exactly, it is accepted.
    let ok = Attributor::with_config(Config::new().max_input_bytes(text.len())).expect("config");
    assert_eq!(ok.attribute(text).expect("attribute").quotes().len(), 1);
}

#[test]
fn bad_configuration_is_a_typed_error() {
    for config in [
        Config::new().max_input_bytes(0),
        Config::new().speech_verbs(["two words"]),
        Config::new().titles(["  "]),
    ] {
        match Attributor::with_config(config) {
            Err(Error::InvalidConfig(msg)) => assert!(!msg.is_empty()),
            other => panic!("expected InvalidConfig, got {other:?}"),
        }
    }
}

#[test]
fn bytes_entry_point_reports_the_offset_of_bad_utf8() {
    let who = Attributor::new();
    let mut bytes = "\"Fine,\" she said. ".as_bytes().to_vec();
    let bad_at = bytes.len();
    bytes.extend_from_slice(&[0xE2, 0x28, 0xA1]);
    assert_eq!(
        who.attribute_bytes(&bytes).unwrap_err(),
        Error::InvalidUtf8 { offset: bad_at }
    );
    let good = who
        .attribute_bytes("\"Fine,\" she said.".as_bytes())
        .expect("valid UTF-8");
    assert_eq!(good.quotes().len(), 1);
}

#[test]
fn empty_and_quote_free_input_give_empty_results() {
    let who = Attributor::new();
    for text in [
        "",
        " ",
        "\n\n\n",
        "No quotes here at all.",
        "Russia's envoy didn't agree.",
    ] {
        let a = who.attribute(text).expect("attribute");
        assert!(a.quotes().is_empty(), "{text:?}");
        assert!(a.speakers().is_empty(), "{text:?}");
    }
}

#[test]
fn user_speech_verbs_and_titles_are_used() {
    // Neither the verb nor the title is built in: without them there is
    // no cue and no role.
    let named = "\"Tides are high,\" harrumphed harbourmistress Ada Crane.";
    let who = Attributor::with_config(
        Config::new()
            .speech_verbs(["harrumphed"])
            .titles(["harbourmistress"]),
    )
    .expect("config");
    let a = who.attribute(named).expect("attribute");
    let s = a.speaker(&a.quotes()[0]).expect("speaker");
    assert_eq!(s.name(), "Ada Crane");
    assert_eq!(s.role().map(|r| r.text()), Some("harbourmistress"));
    assert_eq!(a.quotes()[0].sieve(), Some(Sieve::Adjacent));
    let plain = Attributor::new().attribute(named).expect("attribute");
    assert!(plain.speaker(&plain.quotes()[0]).is_none());
}

#[test]
fn terms_can_be_left_out_and_parents_stay_valid() {
    let text = "The so-called \"plan ‘B’\" failed. \"It was ‘doomed’,\" said Jane Roe.";
    let with_terms = Attributor::new().attribute(text).expect("attribute");
    assert!(with_terms
        .quotes()
        .iter()
        .any(|q| q.kind() == QuoteKind::Term));

    let who = Attributor::with_config(Config::new().report_terms(false)).expect("config");
    let a = who.attribute(text).expect("attribute");
    assert!(a.quotes().iter().all(|q| q.kind() != QuoteKind::Term));
    for (i, q) in a.quotes().iter().enumerate() {
        if let Some(p) = q.quote().parent() {
            assert!(p < i, "parent {p} of quote {i} must come before it");
            assert!(a.quotes()[p].span().contains(q.span()));
        }
    }
    let roe = a
        .quotes()
        .iter()
        .find(|q| q.text().starts_with("\"It was"))
        .expect("Roe's quote");
    assert_eq!(a.speaker(roe).map(Speaker::name), Some("Jane Roe"));
}

#[test]
fn nothing_the_caller_gave_is_altered() {
    let text = "“He said ‘no’ twice,” the aide recalled.\n\n«Oui», dit-elle. „Ja“, sagte er.";
    let a = Attributor::new().attribute(text).expect("attribute");
    assert_eq!(a.text(), text);
    for q in a.quotes() {
        assert_eq!(q.text(), &text[q.span().range()]);
        assert_eq!(q.quote().content(), &text[q.quote().content_span().range()]);
        if let Some(cue) = q.cue() {
            assert!(text.is_char_boundary(cue.start) && text.is_char_boundary(cue.end));
        }
    }
}

#[test]
fn speakers_round_trip_through_serde() {
    let text = "\"We will talk,\" said Jane Roe, the foreign minister of Ruritania. \"Soon,\" a ministry spokeswoman added.";
    let a: Analysis<'_> = Attributor::new().attribute(text).expect("attribute");
    let json = serde_json::to_string(a.speakers()).expect("serialise");
    let back: Vec<Speaker> = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, a.speakers());
    let kinds: Vec<SpeakerKind> = back.iter().map(Speaker::kind).collect();
    assert!(kinds.contains(&SpeakerKind::Person));
    assert!(kinds.contains(&SpeakerKind::UnnamedSource));

    // The whole analysis is self-contained JSON: texts, not only offsets.
    let v: serde_json::Value = serde_json::to_value(&a).expect("analysis");
    assert_eq!(v["quotes"][0]["text"], "\"We will talk,\"");
    assert_eq!(v["quotes"][0]["speaker"], "Jane Roe");
    assert_eq!(v["quotes"][0]["role"], "foreign minister of Ruritania");
    assert_eq!(v["quotes"][0]["sieve"], "adjacent");
    assert_eq!(v["quotes"][0]["cue"], "said");
    assert_eq!(v["speakers"][0]["roles"][0]["affiliation"], "Ruritania");
}

#[test]
fn confidence_is_in_range_and_zero_without_speaker() {
    let text = "\"Nobody named,\" it read. \"Someone named,\" said Jane Roe. She added: \"More.\"";
    let a = Attributor::new().attribute(text).expect("attribute");
    for q in a.quotes() {
        let c = q.confidence();
        assert!((0.0..=1.0).contains(&c));
        assert_eq!(q.speaker_index().is_none(), c == 0.0, "{}", q.text());
        assert_eq!(q.speaker_index().is_none(), q.sieve().is_none());
    }
}
