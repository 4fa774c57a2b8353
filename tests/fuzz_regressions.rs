//! Regression tests from fuzzing (`fuzz/`, `scripts/fuzz.sh`), and the
//! adversarial shapes the fuzzer is seeded towards.
//!
//! Each test runs the fuzz targets' own checks (`tests/invariants/mod.rs`)
//! on one input: every span on char boundaries and inside the text, each
//! quote's text the input at its span, quotes ordered and properly nested
//! with the right parents, speaker indices valid, serde output that
//! re-parses, and the right errors for invalid UTF-8 and oversized input.
//! A finding gets a test named for what broke, with its minimised input.

mod invariants;

use invariants::{check_attribute, check_attribute_bytes, check_scan};
use std::path::Path;

/// Every target on one input.
fn check_all(data: &[u8]) {
    check_scan(data);
    check_attribute(data);
    check_attribute_bytes(data);
}

/// About 64 KB of `unit` repeated.
fn storm(unit: &str) -> String {
    unit.repeat((64 * 1024 / unit.len()).max(1))
}

/// Every file in `dir` (relative to the crate root), sorted by name.
fn files(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_file())
        .map(|p| {
            let data = std::fs::read(&p).expect("a readable file");
            (p.display().to_string(), data)
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no files in {}", dir.display());
    out
}

/// Every target on every file of `dir`, naming the file that fails.
fn check_files(dir: &str) {
    for (name, data) in files(dir) {
        let ok = std::panic::catch_unwind(|| check_all(&data));
        assert!(ok.is_ok(), "{name} fails (see the panic above)");
    }
}

// ---------------------------------------------------------------------------
// The fuzz corpus (distilled from long runs of `fuzz/`'s driver: the inputs
// that between them reach the most signature features) and the sample texts:
// nothing the caller gave is altered or dropped, every span is sound.

#[test]
fn fuzz_corpus_keeps_every_quote_and_span() {
    check_files("tests/fuzz_corpus");
}

#[test]
fn sample_texts_keep_every_quote_and_span() {
    check_files("examples/data");
}

// ---------------------------------------------------------------------------
// Adversarial shapes: long, and made of nothing but what the scanner and the
// sieves have to decide about.

#[test]
fn only_straight_double_marks() {
    check_all(storm("\"").as_bytes());
}

#[test]
fn only_straight_single_marks() {
    check_all(storm("'").as_bytes());
}

#[test]
fn only_opening_curly_marks() {
    check_all(storm("“").as_bytes());
    check_all(storm("“word ").as_bytes());
}

#[test]
fn only_closing_curly_marks() {
    check_all(storm("”").as_bytes());
    check_all(storm("’").as_bytes());
}

#[test]
fn alternating_nesting() {
    // “‘“‘ … ’”’” : depth in the thousands, then all of it closed.
    let half = 8 * 1024;
    let mut text = "“‘".repeat(half / 2);
    text.push_str("deep");
    text.push_str(&"’”".repeat(half / 2));
    check_all(text.as_bytes());
    // Opened and never closed.
    check_all(storm("«‹„‚「『“‘\"' ").as_bytes());
    // Closed before opened.
    check_all(storm("’”»›“‘«‹").as_bytes());
}

#[test]
fn doubled_marks_and_backticks() {
    check_all(storm("``''").as_bytes());
    check_all(storm("‘‘’’").as_bytes());
    check_all(storm("`'`").as_bytes());
}

#[test]
fn speech_verb_and_pronoun_storm() {
    check_all(storm("he said \"x\" she said \"y\" ").as_bytes());
    check_all(storm("\"Yes,\" said Jane Roe, the minister. ").as_bytes());
}

#[test]
fn capitalised_name_storm() {
    check_all(storm("Vladimir Putin Said Ankara ").as_bytes());
}

#[test]
fn paragraph_breaks_inside_quotes() {
    check_all(storm("“a\n\n").as_bytes());
    check_all(storm("\"\r\n\r\n").as_bytes());
}

#[test]
fn apostrophes_everywhere() {
    check_all(storm("rock 'n' roll in the '90s, O'Brien's y'all ").as_bytes());
}

#[test]
fn invalid_utf8_anywhere() {
    // The error is InvalidUtf8 at std's offset, whatever comes before.
    check_all(b"\xff");
    check_all(b"\"quote\xe2\x80\" said Roe");
    check_all(b"\xe2\x80\x9cquote\xe2\x80\x9d \xed\xa0\x80 said Roe");
    let mut long = storm("“x” ").into_bytes();
    long.push(0x80);
    check_all(&long);
}

#[test]
fn tiny_inputs() {
    for data in [
        &b""[..],
        b"\"",
        b"'",
        b"''",
        b"``",
        b"\n",
        b"\xe2\x80\x9c",
        b"\xc2\xab",
        b"a",
    ] {
        check_all(data);
    }
}

// ---------------------------------------------------------------------------
// Findings.

/// Found by the driver in CI: a word under 64 KiB whose lower-case form is
/// over it (`İ` is two bytes, its lower case `i̇` three) had its lower-case
/// length cut inside a character.
#[test]
fn word_whose_lower_case_outgrows_the_length_field() {
    let word = "İlse".repeat(12_000); // 60,000 bytes, 72,000 in lower case
    let text = format!("Harbour minister {word} said \"Calm.\"");
    check_all(text.as_bytes());
    // Two-byte capitals alone, split by a three-byte lower case at the end.
    check_all("İ".repeat(40_000).as_bytes());
}

/// Plural possessives inside an open single quote, each asking whether a
/// later mark ends the quote: the look-ahead is shared, not repeated.
#[test]
fn plural_possessive_storm() {
    check_all(format!("‘The {}end,’ she said.", storm("dockers’ union ")).as_bytes());
    check_all(storm("‘dockers’ union ").as_bytes());
}

/// The shapes the later rules read: turn-taking after questions, action
/// beats, a cue ending the paragraph before, relative clauses after a
/// post-posed name, title-case names, roles the lexicon lacks.
#[test]
fn storms_of_the_later_rules() {
    for unit in [
        "\"Why?\" she asked.\n\n\"Because,\" said Tom Reed.\n\n\"Really?\"\n\n\"Yes.\"\n\n",
        "Ada Brisk stayed by the door. \"I have a letter.\" She did not sit.\n\n",
        "Council leader Ada Brisk said:\n\n\"We are ready.\"\n\n",
        "\"No,\" Reed, who was first elected in 2010 and has served since, told reporters. ",
        "the show \"Garden Rescue Live Now\" and what forecasters call \"whiteout\" conditions ",
        "Local beekeeper Sue Tamm said the hives were dry. ",
    ] {
        check_all(storm(unit).as_bytes());
    }
}

/// A quote closed by a period inside its marks and a comma after them, then
/// an appositive running to the end of the text: the reader of party labels
/// after a name (`Ada Brisk, R-Vel., said`) once looked one token past the
/// end (found by the fuzz driver).
#[test]
fn a_cue_reader_at_the_very_end_of_the_text() {
    let who = whosaid::Attributor::new();
    for text in [
        "\"We sail at dawn,\" crane said. \"You can't stop us, bu\rt you can wait.\", the harbour master of Skarholm,",
        "\"Fine.\", the harbour master,",
        "\"Fine.\",",
    ] {
        let a = who.attribute(text).expect("attribute");
        for q in a.quotes() {
            assert!(text.get(q.span().range()).is_some(), "{text:?}");
        }
    }
}

/// A participle of saying as the very first word before a quote: the
/// reader of what stands before it (`, saying`, `by warning`, `and
/// chiding`) once looked before the text's first token (found by the
/// fuzz driver).
#[test]
fn a_participle_of_saying_as_the_first_word() {
    for text in [
        "saying \"we sail at dawn\"",
        "Warning \"keep out\" the sign said.",
        "stating",
    ] {
        check_all(text.as_bytes());
    }
}
