//! The output as users get it: the JSON shape (schema, snapshot, version),
//! the owned result, offsets in chars and UTF-16, and the enums' labels.

#[path = "support/json_schema.rs"]
mod json_schema;

use serde_json::Value;
use whosaid::{
    Analysis, Attributor, Config, Gender, GenderBasis, MarkStyle, OffsetUnit, OwnedAnalysis,
    QuoteKind, Sieve, SpeakerKind, SCHEMA_VERSION,
};

/// Invented news with most of what the output can hold: several mark
/// styles, a nested quote, a term, an unclosed quote, an unnamed source, a
/// role with an affiliation, and characters of 1 to 4 UTF-8 bytes.
const TEXT: &str = "Zoë Ångström, the fisheries minister of Nørrevik, spoke first. \
“We will not sell the ‘blue fleet’ 🐟,” said Ms Ångström.\n\n\
«Nous verrons», a harbour spokeswoman said. The so-called \"quota war\" went on.\n\n\
Tomasz Wróbel said: „Das ist gut“, and added: “Sea levels 🌊 rise.”\n\n\
\"It never ends";

fn analysis() -> Analysis<'static> {
    let who = Attributor::with_config(Config::default().min_confidence(0.0)).expect("config");
    who.attribute(TEXT).expect("attribute")
}

fn schema() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/whosaid.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("schema file")).expect("schema JSON")
}

#[test]
fn the_analysis_json_is_valid_against_the_schema() {
    let a = analysis();
    assert!(a.quotes().len() >= 6, "{:#?}", a.quotes());
    let schema = schema();
    for unit in [OffsetUnit::Bytes, OffsetUnit::Chars, OffsetUnit::Utf16] {
        let v = serde_json::to_value(a.to_owned_in(unit)).expect("serialise");
        assert_eq!(json_schema::errors(&schema, &v), Vec::<String>::new());
        assert_eq!(v["offsets"], unit.as_str());
    }
    let v = serde_json::to_value(&a).expect("serialise");
    assert_eq!(json_schema::errors(&schema, &v), Vec::<String>::new());
    assert_eq!(v["schema_version"], SCHEMA_VERSION);
    assert_eq!(v["offsets"], "bytes");
}

#[test]
fn the_schema_refuses_what_it_should() {
    let schema = schema();
    let good = serde_json::to_value(analysis()).expect("serialise");
    assert!(json_schema::errors(&schema, &good).is_empty());
    type Break = fn(&mut Value);
    let broken: [(&str, Break); 6] = [
        ("a quote without its speaker", |v| {
            v["quotes"][0].as_object_mut().unwrap().remove("speaker");
        }),
        ("an unknown kind", |v| {
            v["quotes"][0]["kind"] = "quip".into()
        }),
        ("another version", |v| v["schema_version"] = 2.into()),
        ("a field the schema does not know", |v| {
            v["speakers"][0]["age"] = 40.into();
        }),
        ("a negative offset", |v| {
            v["quotes"][0]["start"] = (-1).into()
        }),
        ("a gender that is a guess", |v| {
            v["speakers"][0]["gender"] = "probably_female".into();
        }),
    ];
    for (what, break_it) in broken {
        let mut v = good.clone();
        break_it(&mut v);
        assert!(
            !json_schema::errors(&schema, &v).is_empty(),
            "{what} passed"
        );
    }
}

/// Each value replaced by its JSON type, arrays by their first element's
/// shape: what a consumer's parser depends on.
fn shape(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (k.clone(), shape(x))).collect()),
        Value::Array(a) => Value::Array(a.iter().take(1).map(shape).collect()),
        Value::String(_) => "string".into(),
        Value::Number(n) if n.is_u64() => "integer".into(),
        Value::Number(_) => "number".into(),
        Value::Bool(_) => "boolean".into(),
        Value::Null => "null".into(),
    }
}

#[test]
fn snapshot_of_the_json_shape() {
    let text = "\"We are ready,\" said Jane Roe, the trade minister of Ruritania.";
    let a = Attributor::with_config(Config::default().min_confidence(0.0))
        .expect("config")
        .attribute(text)
        .expect("attribute");
    // Keys in the order they are written (serde_json's `preserve_order` is
    // off, so compare the text, which keeps the order).
    let json = serde_json::to_string(&shape(&serde_json::to_value(&a).unwrap())).unwrap();
    let ordered: Value = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
    let written_order = serde_json::to_string(&a).unwrap();
    let keys = [
        "\"schema_version\"",
        "\"offsets\"",
        "\"quotes\"",
        "\"start\"",
        "\"end\"",
        "\"text\"",
        "\"content\"",
        "\"style\"",
        "\"parent\"",
        "\"multi_paragraph\"",
        "\"closed\"",
        "\"kind\"",
        "\"speaker\"",
        "\"speaker_index\"",
        "\"role\"",
        "\"sieve\"",
        "\"cue\"",
        "\"cue_span\"",
        "\"confidence\"",
        "\"alternative\"",
        "\"speakers\"",
        "\"name\"",
        "\"kind\"",
        "\"gender\"",
        "\"gender_basis\"",
        "\"mentions\"",
        "\"roles\"",
    ];
    let mut at = 0;
    for k in keys {
        let found = written_order[at..]
            .find(k)
            .unwrap_or_else(|| panic!("{k} out of order"));
        at += found + k.len();
    }
    assert_eq!(ordered["quotes"][0]["speaker"], "Jane Roe");
    assert_eq!(
        json,
        concat!(
            r#"{"offsets":"string","quotes":[{"alternative":"null","closed":"boolean","confidence":"number","#,
            r#""content":"string","cue":"string","cue_span":{"end":"integer","start":"integer"},"end":"integer","#,
            r#""kind":"string","multi_paragraph":"boolean","parent":"null","role":"string","sieve":"string","#,
            r#""speaker":"string","speaker_index":"integer","start":"integer","style":"string","text":"string"}],"#,
            r#""schema_version":"integer","speakers":[{"gender":"string","gender_basis":"null","kind":"string","#,
            r#""mentions":[{"end":"integer","start":"integer"}],"name":"string","roles":[{"affiliation":"string","#,
            r#""span":{"end":"integer","start":"integer"},"text":"string","title":"string"}]}]}"#
        )
    );
}

#[test]
fn the_owned_result_round_trips_through_json_exactly() {
    let a = analysis();
    let from_borrowed = serde_json::to_string(&a).expect("serialise");
    for unit in [OffsetUnit::Bytes, OffsetUnit::Chars, OffsetUnit::Utf16] {
        let owned = a.to_owned_in(unit);
        let json = serde_json::to_string(&owned).expect("serialise");
        let back: OwnedAnalysis = serde_json::from_str(&json).expect("deserialise");
        assert_eq!(back, owned);
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
        if unit == OffsetUnit::Bytes {
            // The owned result writes what the analysis writes.
            assert_eq!(json, from_borrowed);
        }
    }
    let owned = a.clone().into_owned();
    assert_eq!(owned.schema_version(), SCHEMA_VERSION);
    for (q, o) in a.quotes().iter().zip(owned.quotes()) {
        assert_eq!(o.span(), q.span());
        assert_eq!(o.text(), q.text());
        assert_eq!(o.content(), q.content());
        assert_eq!(o.style(), q.quote().style());
        assert_eq!(o.parent(), q.quote().parent());
        assert_eq!(o.kind(), q.kind());
        assert_eq!(o.speaker_index(), q.speaker_index());
        assert_eq!(o.speaker_name(), a.speaker(q).map(|s| s.name()));
        assert_eq!(owned.speaker(o), a.speaker(q));
        assert_eq!(o.sieve(), q.sieve());
        assert_eq!(o.cue_text(), q.cue_text());
        assert_eq!(o.cue(), q.cue());
        assert_eq!(o.confidence(), q.confidence());
        assert_eq!(o.alternative(), q.alternative());
    }
}

#[test]
fn the_owned_result_crosses_a_thread() {
    fn sendable<T: Send + Sync + 'static>() {}
    sendable::<OwnedAnalysis>();
    let text = String::from("\"We sail at dawn,\" said Ada Crane, the harbour master.");
    let owned = std::thread::spawn(move || {
        let who = Attributor::new();
        who.attribute(&text).expect("attribute").into_owned()
        // `text` is dropped here: the result does not borrow it.
    })
    .join()
    .expect("thread");
    let q = &owned.quotes()[0];
    assert_eq!(q.text(), "\"We sail at dawn,\"");
    assert_eq!(owned.speaker(q).map(|s| s.name()), Some("Ada Crane"));
}

#[test]
fn chars_and_utf16_offsets_slice_every_quote_back() {
    let a = analysis();
    let chars: Vec<char> = TEXT.chars().collect();
    let utf16: Vec<u16> = TEXT.encode_utf16().collect();
    let by_chars = a.to_owned_in(OffsetUnit::Chars);
    let by_utf16 = a.to_owned_in(OffsetUnit::Utf16);
    let slice_chars = |r: std::ops::Range<usize>| chars[r].iter().collect::<String>();
    let slice_utf16 = |r: std::ops::Range<usize>| String::from_utf16(&utf16[r]).expect("UTF-16");
    let mut multibyte = 0;
    for ((q, c), u) in a
        .quotes()
        .iter()
        .zip(by_chars.quotes())
        .zip(by_utf16.quotes())
    {
        assert_eq!(slice_chars(c.span().range()), q.text());
        assert_eq!(slice_utf16(u.span().range()), q.text());
        if let (Some(cc), Some(cu), Some(t)) = (c.cue(), u.cue(), q.cue_text()) {
            assert_eq!(slice_chars(cc.range()), t);
            assert_eq!(slice_utf16(cu.range()), t);
        }
        multibyte += usize::from(q.text().len() != q.text().chars().count());
    }
    assert!(multibyte >= 3, "the text should test multi-byte quotes");
    for ((s, c), u) in a
        .speakers()
        .iter()
        .zip(by_chars.speakers())
        .zip(by_utf16.speakers())
    {
        for ((m, mc), mu) in s.mentions().iter().zip(c.mentions()).zip(u.mentions()) {
            assert_eq!(slice_chars(mc.range()), &TEXT[m.range()]);
            assert_eq!(slice_utf16(mu.range()), &TEXT[m.range()]);
        }
        for ((r, rc), ru) in s.roles().iter().zip(c.roles()).zip(u.roles()) {
            assert_eq!(slice_chars(rc.span().range()), r.text());
            assert_eq!(slice_utf16(ru.span().range()), r.text());
        }
    }
}

/// `as_str()` and `Display` say what the JSON says.
#[test]
fn enum_labels_are_their_json_labels() {
    fn same<T: serde::Serialize + std::fmt::Display>(v: T, s: &str) {
        assert_eq!(serde_json::to_value(&v).unwrap(), s);
        assert_eq!(v.to_string(), s);
    }
    for k in [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Term] {
        same(k, k.as_str());
    }
    for s in [
        Sieve::Adjacent,
        Sieve::Colon,
        Sieve::AccordingTo,
        Sieve::ReportedSpeech,
        Sieve::Pronoun,
        Sieve::Descriptor,
        Sieve::Continuation,
        Sieve::Later,
    ] {
        same(s, s.as_str());
    }
    for k in [
        SpeakerKind::Person,
        SpeakerKind::UnnamedSource,
        SpeakerKind::Organisation,
        SpeakerKind::Narrator,
    ] {
        same(k, k.as_str());
    }
    for m in [
        MarkStyle::StraightDouble,
        MarkStyle::CurlyDouble,
        MarkStyle::MixedDouble,
        MarkStyle::StraightSingle,
        MarkStyle::CurlySingle,
        MarkStyle::MixedSingle,
        MarkStyle::Backticks,
        MarkStyle::DoubledSingle,
        MarkStyle::Guillemets,
        MarkStyle::ReversedGuillemets,
        MarkStyle::SingleGuillemets,
        MarkStyle::LowDouble,
        MarkStyle::LowSingle,
        MarkStyle::CornerBrackets,
        MarkStyle::WhiteCornerBrackets,
    ] {
        same(m, m.as_str());
    }
    for g in [Gender::Female, Gender::Male, Gender::Unknown] {
        same(g, g.as_str());
    }
    for b in [
        GenderBasis::Honorific,
        GenderBasis::Title,
        GenderBasis::Pronoun,
    ] {
        same(b, b.as_str());
    }
    for u in [OffsetUnit::Bytes, OffsetUnit::Chars, OffsetUnit::Utf16] {
        same(u, u.as_str());
        assert_eq!(u.as_str().parse::<OffsetUnit>(), Ok(u));
    }
    assert!("UTF16".parse::<OffsetUnit>().is_err());
}
