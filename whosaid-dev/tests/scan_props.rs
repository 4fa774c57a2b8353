//! Property tests of the quote scanner: whatever the input, the result is
//! well formed (spans on char boundaries, in order, properly nested, parents
//! right) and nothing panics.

use proptest::prelude::*;
use whosaid::{quotes, quotes_from_bytes, Error, Quote};

/// Everything `quotes` promises about its output, for any text.
fn check_well_formed(text: &str, qs: &[Quote<'_>]) -> Result<(), TestCaseError> {
    for (i, q) in qs.iter().enumerate() {
        let (span, content) = (q.span(), q.content_span());
        prop_assert!(
            span.start <= span.end && span.end <= text.len(),
            "{i}: {span:?}"
        );
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        prop_assert!(text.is_char_boundary(content.start) && text.is_char_boundary(content.end));
        prop_assert!(content.start <= content.end, "{i}: {content:?}");
        prop_assert!(span.contains(content), "{i}: {content:?} not in {span:?}");
        prop_assert!(!span.is_empty(), "{i}: empty quote");
        prop_assert_eq!(q.text(), &text[span.range()]);
        prop_assert_eq!(q.content(), &text[content.range()]);
        // Closed quotes end with their closing mark; unclosed ones end with
        // their content (no mark after it).
        if !q.is_closed() {
            prop_assert_eq!(content.end, span.end, "{}: unclosed", i);
        }

        if i > 0 {
            let prev = qs[i - 1].span();
            prop_assert!(
                prev.start < span.start || (prev.start == span.start && prev.end >= span.end),
                "{i}: not sorted: {prev:?} then {span:?}"
            );
        }
        for (j, other) in qs[..i].iter().enumerate() {
            let o = other.span();
            prop_assert!(
                o.end <= span.start || o.contains(span),
                "{j} {o:?} and {i} {span:?} overlap without nesting"
            );
        }

        // The parent is the innermost earlier quote that contains this one.
        let innermost = qs[..i].iter().rposition(|o| o.span().contains(span));
        prop_assert_eq!(q.parent(), innermost, "{}: parent", i);
        if let Some(p) = q.parent() {
            prop_assert!(p < i);
            // Nested quotes sit inside their parent's content, not on its marks.
            prop_assert!(
                qs[p].content_span().contains(span),
                "{i} {span:?} not inside the content of {p}"
            );
        }
    }
    Ok(())
}

/// The pieces `marky_text` is built from: every kind of mark, apostrophes
/// in words and elisions, letters, digits, spaces, punctuation and line
/// breaks (single and blank lines).
#[rustfmt::skip]
const PIECES: &[&str] = &[
    // Marks.
    "\"", "“", "”", "‘", "’", "'", "`", "``", "''", "«", "»", "‹", "›", "„", "‚",
    "「", "」", "『", "』",
    // Words, apostrophes and elisions.
    "a", "Word", "é", "9", "'90s", "’til", "n", "didn't", "Russia’s",
    // Space, punctuation, breaks.
    " ", " ", ",", ".", "(", "—", "\n", "\n\n", "\r\n",
];

/// Text built from [`PIECES`], the characters that matter to the scanner.
fn marky_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..64).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_gives_well_formed_quotes(text in any::<String>()) {
        let qs = quotes(&text);
        check_well_formed(&text, &qs)?;
    }

    #[test]
    fn marky_text_gives_well_formed_quotes(text in marky_text()) {
        let qs = quotes(&text);
        check_well_formed(&text, &qs)?;
    }

    #[test]
    fn marky_text_plus_unicode_gives_well_formed_quotes(
        a in marky_text(),
        b in prop::collection::vec(any::<char>(), 0..8),
        c in marky_text(),
    ) {
        let b: String = b.into_iter().collect();
        let text = format!("{a}{b}{c}");
        let qs = quotes(&text);
        check_well_formed(&text, &qs)?;
    }

    #[test]
    fn bytes_entry_point_errors_exactly_when_from_utf8_does(
        bytes in prop::collection::vec(any::<u8>(), 0..128),
    ) {
        match (std::str::from_utf8(&bytes), quotes_from_bytes(&bytes)) {
            (Ok(text), Ok(qs)) => {
                prop_assert_eq!(&qs, &quotes(text));
                check_well_formed(text, &qs)?;
            }
            (Err(e), Err(err)) => {
                prop_assert_eq!(err, Error::InvalidUtf8 { offset: e.valid_up_to() });
            }
            (a, b) => prop_assert!(false, "from_utf8: {a:?}, quotes_from_bytes: {b:?}"),
        }
    }

    #[test]
    fn bytes_entry_point_on_marky_text_with_a_bad_byte(
        text in marky_text(),
        at in any::<prop::sample::Index>(),
        bad in prop_oneof![Just(0xFFu8), Just(0x80), Just(0xC3), Just(0xE2)],
    ) {
        let mut bytes = text.into_bytes();
        let at = at.index(bytes.len() + 1);
        bytes.insert(at, bad);
        match (std::str::from_utf8(&bytes), quotes_from_bytes(&bytes)) {
            (Ok(_), Ok(_)) => {}
            (Err(e), Err(err)) => {
                prop_assert_eq!(err, Error::InvalidUtf8 { offset: e.valid_up_to() });
            }
            (a, b) => prop_assert!(false, "from_utf8: {a:?}, quotes_from_bytes: {b:?}"),
        }
    }
}

/// Hostile inputs stay linear and well formed: a long run of one mark, and
/// deep nesting past the tracked depth.
#[test]
fn long_runs_of_marks() {
    for unit in [
        "“", "\"", "'", "‘", "«", "»", "「", "„", "``", "“a ", "‘a ", "a’ ",
    ] {
        let text = unit.repeat(20_000);
        let qs = quotes(&text);
        check_well_formed(&text, &qs).unwrap();
    }
    let deep = format!("{}x{}", "“‘".repeat(100), "’”".repeat(100));
    let qs = quotes(&deep);
    check_well_formed(&deep, &qs).unwrap();
}
