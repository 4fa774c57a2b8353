//! What every whosaid result promises, checked on any input: the bodies of
//! the fuzz targets and of the fuzzing regression tests.
//!
//! This file is shared, not copied: `tests/fuzz_regressions.rs` declares it
//! as `mod invariants;` and the fuzz crate (`fuzz/src/lib.rs`, outside the
//! published package) includes it by path. It lives under `tests/` so the
//! packaged crate's tests still build without `fuzz/`.
//!
//! Each `check_*` function takes raw bytes, runs one public entry point on
//! them and panics with `invariant <name>: …` when a result breaks a
//! promise of the API (a span off a char boundary or outside the text, a
//! quote whose text is not the input at its span, quotes out of order or
//! crossing, a wrong parent, a speaker index out of range, serde output that
//! does not re-parse, a wrong error). Otherwise it returns a coarse
//! signature of what the input exercised (counts, mark styles, sieves, error
//! kinds), which the fuzz driver uses as a cheap stand-in for coverage.
#![allow(dead_code)] // each includer uses a different subset

use serde_json::Value;
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;
use whosaid::{
    Analysis, Attributor, Config, Error, MarkStyle, Quote, QuoteKind, Sieve, Span, SpeakerKind,
};

/// A coarse summary of one run: a set of feature hashes (each summary value
/// on its own and each pair of them). A run whose features are all known
/// exercised "nothing new".
pub type Signature = Vec<u64>;

/// Panics with `invariant <name>: <details>` unless `cond` holds.
macro_rules! ensure {
    ($cond:expr, $name:literal, $($fmt:tt)+) => {
        if !$cond {
            panic!(concat!("invariant ", $name, ": {}"), format_args!($($fmt)+));
        }
    };
}

/// Every quotation mark the scanner knows: each quote's span starts with
/// one, and a closed quote's span ends with one.
const MARKS: &[char] = &[
    '"', '\'', '`', '“', '”', '„', '‘', '’', '‚', '«', '»', '‹', '›', '「', '」', '『', '』',
];

fn default_attributor() -> &'static Attributor {
    static WHO: OnceLock<Attributor> = OnceLock::new();
    WHO.get_or_init(Attributor::new)
}

/// FNV-1a: picks a configuration variant from the input, deterministically.
fn fnv(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// Small counts exactly, larger ones by power of two: 0, 1, …, 7, then
/// 8–15, 16–31, …
fn bucket(n: usize) -> u64 {
    if n < 8 {
        n as u64
    } else {
        5 + u64::from(usize::BITS - n.leading_zeros())
    }
}

fn signature(parts: &[u64]) -> Signature {
    let hash = |x: &[u64]| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        x.hash(&mut h);
        h.finish()
    };
    let mut out = Vec::with_capacity(parts.len() * (parts.len() + 1) / 2);
    for (i, &a) in parts.iter().enumerate() {
        out.push(hash(&[i as u64, a]));
        for (j, &b) in parts.iter().enumerate().skip(i + 1) {
            out.push(hash(&[i as u64, a, j as u64, b]));
        }
    }
    out
}

/// The text the string entry points are given for `data`: the bytes
/// themselves when they are UTF-8, otherwise a lossy decoding (so invalid
/// inputs still exercise the scanner and the pipeline).
fn as_text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// `a == b`, in constant time when both are the same slice (as a quote's
/// text is of the input): nested quotes would otherwise make the checks
/// quadratic.
fn same(a: &str, b: &str) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}

/// A span of `text` that can be sliced: in order, inside, on char
/// boundaries. `what` says whose span it is (formatted only on failure).
fn check_span(text: &str, span: Span, what: std::fmt::Arguments<'_>) {
    ensure!(
        span.start <= span.end && span.end <= text.len(),
        "span_inside_text",
        "{what}: {span:?} in a text of {} bytes",
        text.len()
    );
    ensure!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "span_on_char_boundaries",
        "{what}: {span:?}"
    );
}

fn style_bit(style: MarkStyle) -> u64 {
    use MarkStyle::*;
    1 << match style {
        StraightDouble => 0,
        CurlyDouble => 1,
        MixedDouble => 2,
        StraightSingle => 3,
        CurlySingle => 4,
        MixedSingle => 5,
        Backticks => 6,
        DoubledSingle => 7,
        Guillemets => 8,
        ReversedGuillemets => 9,
        SingleGuillemets => 10,
        LowDouble => 11,
        LowSingle => 12,
        CornerBrackets => 13,
        WhiteCornerBrackets => 14,
        _ => 15,
    }
}

/// What a list of quotes looked like, for the signature.
#[derive(Default)]
struct QuoteStats {
    count: usize,
    styles: u64,
    max_depth: usize,
    unclosed: usize,
    multi_paragraph: usize,
    empty_content: usize,
}

impl QuoteStats {
    fn parts(&self) -> Vec<u64> {
        let mut parts = vec![
            bucket(self.count),
            bucket(self.max_depth),
            bucket(self.unclosed),
            bucket(self.multi_paragraph),
            bucket(self.empty_content),
        ];
        parts.extend(bits(self.styles, 16));
        parts
    }
}

/// A bit set as one part per bit, so that features stay small.
fn bits(mask: u64, n: u32) -> impl Iterator<Item = u64> {
    (0..n).map(move |i| (mask >> i) & 1)
}

/// Everything a list of quotes promises about itself, for any text.
fn check_quotes(text: &str, quotes: &[&Quote<'_>]) -> QuoteStats {
    let mut stats = QuoteStats {
        count: quotes.len(),
        ..QuoteStats::default()
    };
    // The quotes still open at the current start, outermost first.
    let mut open: Vec<usize> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        let (span, content) = (q.span(), q.content_span());
        check_span(text, span, format_args!("quote {i} span"));
        check_span(text, content, format_args!("quote {i} content"));
        ensure!(!span.is_empty(), "quote_not_empty", "quote {i} at {span:?}");
        ensure!(
            span.contains(content),
            "content_inside_span",
            "quote {i}: content {content:?} outside {span:?}"
        );
        ensure!(
            same(q.text(), &text[span.range()]),
            "quote_text_is_input",
            "quote {i} {span:?}: {:?} but the text there is {:?}",
            q.text(),
            &text[span.range()]
        );
        ensure!(
            same(q.content(), &text[content.range()]),
            "content_is_input",
            "quote {i} {content:?}: {:?} but the text there is {:?}",
            q.content(),
            &text[content.range()]
        );
        // The marks: the span opens with one or two marks, the content
        // starts after them; a closed quote also ends with marks.
        let opening = &text[span.start..content.start];
        ensure!(
            !opening.is_empty() && opening.chars().all(|c| MARKS.contains(&c)),
            "span_opens_with_mark",
            "quote {i} {span:?} opens with {opening:?}"
        );
        let closing = &text[content.end..span.end];
        if q.is_closed() {
            ensure!(
                !closing.is_empty() && closing.chars().all(|c| MARKS.contains(&c)),
                "closed_span_ends_with_mark",
                "quote {i} {span:?} closes with {closing:?}"
            );
        } else {
            ensure!(
                closing.is_empty(),
                "unclosed_quote_ends_with_content",
                "quote {i} {span:?} has {closing:?} after its content"
            );
        }

        // Order and nesting: sorted by start, and each quote either after
        // or inside every earlier one.
        if i > 0 {
            let prev = quotes[i - 1].span();
            ensure!(
                prev.start <= span.start,
                "quotes_sorted",
                "quote {} {prev:?} before quote {i} {span:?}",
                i - 1
            );
        }
        while let Some(&top) = open.last() {
            if quotes[top].span().end <= span.start {
                open.pop();
            } else {
                break;
            }
        }
        // Everything still open overlaps this quote; the innermost must
        // contain it (and so do all the others, which contain the innermost).
        if let Some(&top) = open.last() {
            let outer = quotes[top].span();
            ensure!(
                outer.contains(span),
                "quotes_nest",
                "quote {top} {outer:?} and quote {i} {span:?} cross"
            );
            ensure!(
                outer != span,
                "quotes_distinct",
                "quotes {top} and {i} share the span {span:?}"
            );
            ensure!(
                quotes[top].content_span().contains(span),
                "nested_inside_content",
                "quote {i} {span:?} sits on the marks of quote {top} {outer:?}"
            );
        }
        ensure!(
            q.parent() == open.last().copied(),
            "parent_is_innermost_container",
            "quote {i} {span:?} has parent {:?}, the innermost container is {:?}",
            q.parent(),
            open.last()
        );
        open.push(i);

        stats.styles |= style_bit(q.style());
        stats.max_depth = stats.max_depth.max(open.len());
        stats.unclosed += usize::from(!q.is_closed());
        stats.multi_paragraph += usize::from(q.is_multi_paragraph());
        stats.empty_content += usize::from(content.is_empty());
    }
    stats
}

/// What an analysis looked like, for the signature.
fn analysis_parts(a: &Analysis<'_>) -> Vec<u64> {
    let mut sieves = 0u64;
    let mut kinds = 0u64;
    let mut with_speaker = 0;
    for q in a.quotes() {
        if let Some(s) = q.sieve() {
            sieves |= 1
                << match s {
                    Sieve::Adjacent => 0,
                    Sieve::Colon => 1,
                    Sieve::AccordingTo => 2,
                    Sieve::ReportedSpeech => 3,
                    Sieve::Pronoun => 4,
                    Sieve::Descriptor => 5,
                    Sieve::Continuation => 6,
                    Sieve::Later => 7,
                    _ => 8,
                };
        }
        kinds |= 1
            << match q.kind() {
                QuoteKind::Direct => 0,
                QuoteKind::Partial => 1,
                QuoteKind::Term => 2,
                _ => 3,
            };
        with_speaker += usize::from(q.speaker_index().is_some());
    }
    let mut speaker_kinds = 0u64;
    let mut roles = 0;
    let mut affiliations = 0;
    for s in a.speakers() {
        speaker_kinds |= 1
            << match s.kind() {
                SpeakerKind::Person => 0,
                SpeakerKind::UnnamedSource => 1,
                SpeakerKind::Organisation => 2,
                _ => 3,
            };
        roles += s.roles().len();
        affiliations += s
            .roles()
            .iter()
            .filter(|r| r.affiliation().is_some())
            .count();
    }
    let mut parts = vec![
        bucket(with_speaker),
        bucket(a.speakers().len()),
        bucket(roles),
        bucket(affiliations),
    ];
    parts.extend(bits(sieves, 9));
    parts.extend(bits(kinds, 4));
    parts.extend(bits(speaker_kinds, 4));
    parts
}

/// Everything an analysis promises, for any text it was made from.
fn check_analysis(text: &str, a: &Analysis<'_>) -> Vec<u64> {
    // The whole input, or its start when the input is denser in quotes
    // than the budget (one per 16 bytes beyond 1,024) that bounds memory.
    ensure!(
        text.starts_with(a.text()),
        "analysis_text_is_input_or_its_start",
        "analysis of {} bytes holds a text of {} bytes",
        text.len(),
        a.text().len()
    );
    ensure!(
        a.quotes().len() <= text.len() / 16 + 1024 + 1,
        "quotes_within_budget",
        "{} quotes in {} bytes",
        a.quotes().len(),
        text.len()
    );
    let quotes: Vec<&Quote<'_>> = a.quotes().iter().map(|q| q.quote()).collect();
    let stats = check_quotes(text, &quotes);
    let n_speakers = a.speakers().len();
    for (i, q) in a.quotes().iter().enumerate() {
        ensure!(
            same(q.text(), q.quote().text()) && q.span() == q.quote().span(),
            "attribution_is_its_quote",
            "quote {i}"
        );
        if let Some(s) = q.speaker_index() {
            ensure!(
                s < n_speakers,
                "speaker_index_valid",
                "quote {i} {:?} has speaker {s} of {n_speakers}",
                q.span()
            );
        }
        ensure!(
            q.sieve().is_some() == q.speaker_index().is_some(),
            "sieve_iff_speaker",
            "quote {i} {:?}: sieve {:?}, speaker {:?}",
            q.span(),
            q.sieve(),
            q.speaker_index()
        );
        let c = q.confidence();
        ensure!(
            c.is_finite() && (0.0..=1.0).contains(&c),
            "confidence_in_unit_range",
            "quote {i} {:?}: {c}",
            q.span()
        );
        if q.speaker_index().is_none() {
            ensure!(
                c == 0.0,
                "no_speaker_no_confidence",
                "quote {i} {:?}: {c}",
                q.span()
            );
            ensure!(
                q.cue().is_none(),
                "no_speaker_no_cue",
                "quote {i} {:?}: cue {:?}",
                q.span(),
                q.cue()
            );
        }
        if let Some(cue) = q.cue() {
            check_span(text, cue, format_args!("quote {i} cue"));
        }
    }
    for (k, s) in a.speakers().iter().enumerate() {
        for (m, &span) in s.mentions().iter().enumerate() {
            check_span(text, span, format_args!("speaker {k} mention {m}"));
        }
        ensure!(
            s.mentions().windows(2).all(|w| w[0] <= w[1]),
            "mentions_in_order",
            "speaker {k}: {:?}",
            s.mentions()
        );
        for (r, role) in s.roles().iter().enumerate() {
            check_span(text, role.span(), format_args!("speaker {k} role {r}"));
            ensure!(
                same(role.text(), &text[role.span().range()]),
                "role_text_is_input",
                "speaker {k} role {r} {:?}: {:?} but the text there is {:?}",
                role.span(),
                role.text(),
                &text[role.span().range()]
            );
        }
    }
    check_analysis_json(text, a);

    let mut parts = stats.parts();
    parts.extend(analysis_parts(a));
    parts
}

/// The serde output is JSON that re-parses and says what the API says.
fn check_analysis_json(text: &str, a: &Analysis<'_>) {
    let json = match serde_json::to_string(a) {
        Ok(j) => j,
        Err(e) => panic!("invariant serde_serialises: {e}"),
    };
    let v: Value = match serde_json::from_str(&json) {
        Ok(v) => v,
        Err(e) => panic!("invariant serde_reparses: {e} in {json:?}"),
    };
    let quotes = v["quotes"].as_array();
    ensure!(
        quotes.map(Vec::len) == Some(a.quotes().len()),
        "serde_quote_count",
        "{} quotes, JSON has {:?}",
        a.quotes().len(),
        quotes.map(Vec::len)
    );
    let speakers = v["speakers"].as_array();
    ensure!(
        speakers.map(Vec::len) == Some(a.speakers().len()),
        "serde_speaker_count",
        "{} speakers, JSON has {:?}",
        a.speakers().len(),
        speakers.map(Vec::len)
    );
    for (i, (q, jq)) in a
        .quotes()
        .iter()
        .zip(quotes.into_iter().flatten())
        .enumerate()
    {
        let span = q.span();
        ensure!(
            jq["start"].as_u64() == Some(span.start as u64)
                && jq["end"].as_u64() == Some(span.end as u64)
                && jq["text"].as_str() == Some(&text[span.range()]),
            "serde_quote_is_input",
            "quote {i} {span:?}: JSON {jq}"
        );
        if let Some(cue) = q.cue() {
            ensure!(
                jq["cue"].as_str() == Some(&text[cue.range()]),
                "serde_cue_is_input",
                "quote {i} cue {cue:?}: JSON {}",
                jq["cue"]
            );
        }
    }
}

/// The string and bytes entry points agree on the error for `data`:
/// `InvalidUtf8` exactly when `std::str::from_utf8` fails, at its offset.
fn check_utf8_error<T: std::fmt::Debug>(data: &[u8], got: &Result<T, Error>, entry: &str) {
    match (std::str::from_utf8(data), got) {
        (Ok(_), Ok(_)) => {}
        (Err(e), Err(Error::InvalidUtf8 { offset })) => ensure!(
            *offset == e.valid_up_to(),
            "invalid_utf8_offset",
            "{entry}: offset {offset}, std says {}",
            e.valid_up_to()
        ),
        (std_says, got) => panic!(
            "invariant utf8_error_iff_invalid: {entry} gave {:?} where std gives {:?}",
            got.as_ref().err(),
            std_says.err()
        ),
    }
}

/// The scanner: `quotes` and `quotes_from_bytes` on `data` (decoded lossily
/// when it is not UTF-8), and `Attributor::quotes` under a configuration
/// picked from the input.
pub fn check_scan(data: &[u8]) -> Signature {
    let from_bytes = whosaid::quotes_from_bytes(data);
    check_utf8_error(data, &from_bytes, "quotes_from_bytes");
    let text = as_text(data);
    let text = text.as_ref();
    let qs = whosaid::quotes(text);
    let refs: Vec<&Quote<'_>> = qs.iter().collect();
    let stats = check_quotes(text, &refs);
    if let Ok(fb) = &from_bytes {
        ensure!(
            *fb == qs,
            "bytes_and_str_agree",
            "quotes_from_bytes and quotes differ"
        );
    }
    match serde_json::to_string(&qs).map(|j| serde_json::from_str::<Value>(&j)) {
        Ok(Ok(Value::Array(v))) => ensure!(
            v.len() == qs.len(),
            "serde_quote_count",
            "{} quotes, JSON has {}",
            qs.len(),
            v.len()
        ),
        other => panic!("invariant serde_reparses: quotes give {other:?}"),
    }

    // The same through an attributor, default and varied mark families.
    let via = default_attributor().quotes(text);
    ensure!(
        via.as_ref() == Ok(&qs),
        "attributor_quotes_are_the_scan",
        "Attributor::quotes differs from quotes"
    );
    let flags = fnv(data);
    let (single, guillemets, cjk) = (flags & 1 == 0, flags & 2 == 0, flags & 4 == 0);
    let config = Config::new()
        .single_quotes(single)
        .guillemets(guillemets)
        .cjk_brackets(cjk);
    let who = Attributor::with_config(config).expect("a valid configuration");
    let varied = who.quotes(text).expect("within the default limit");
    let refs: Vec<&Quote<'_>> = varied.iter().collect();
    check_quotes(text, &refs);
    for q in &varied {
        use MarkStyle::*;
        let s = q.style();
        ensure!(
            single || !matches!(s, StraightSingle | CurlySingle | MixedSingle | LowSingle),
            "families_respected",
            "single marks off, yet {s:?} at {:?}",
            q.span()
        );
        ensure!(
            guillemets || !matches!(s, Guillemets | ReversedGuillemets),
            "families_respected",
            "guillemets off, yet {s:?} at {:?}",
            q.span()
        );
        ensure!(
            cjk || !matches!(s, CornerBrackets | WhiteCornerBrackets),
            "families_respected",
            "CJK brackets off, yet {s:?} at {:?}",
            q.span()
        );
    }

    let mut parts = vec![u64::from(from_bytes.is_err())];
    parts.extend(stats.parts());
    signature(&parts)
}

/// Over the limit: `InputTooLarge` with the input's length and the limit,
/// from every entry point, never a truncated result.
fn check_limit(data: &[u8], text: &str) {
    let len = text.len();
    if len < 2 {
        return;
    }
    let limit = (fnv(data) as usize % (len - 1)) + 1; // 1..len
    let who = Attributor::with_config(Config::new().max_input_bytes(limit))
        .expect("a limit of 1 or more is valid");
    let want = Error::InputTooLarge { len, limit };
    let got = who.attribute(text).err();
    ensure!(
        got.as_ref() == Some(&want),
        "input_too_large",
        "attribute with limit {limit} on {len} bytes gave {got:?}"
    );
    let got = who.quotes(text).err();
    ensure!(
        got.as_ref() == Some(&want),
        "input_too_large",
        "quotes with limit {limit} on {len} bytes gave {got:?}"
    );
    // Bytes: the size is checked first, whatever the encoding.
    let bytes_limit = (fnv(data) as usize % data.len().max(1)).max(1);
    if data.len() > bytes_limit {
        let who = Attributor::with_config(Config::new().max_input_bytes(bytes_limit))
            .expect("a limit of 1 or more is valid");
        let want = Error::InputTooLarge {
            len: data.len(),
            limit: bytes_limit,
        };
        let got = who.attribute_bytes(data).err();
        ensure!(
            got.as_ref() == Some(&want),
            "input_too_large",
            "attribute_bytes with limit {bytes_limit} on {} bytes gave {got:?}",
            data.len()
        );
    }
}

/// Full attribution of `data` (decoded lossily when it is not UTF-8): the
/// default attributor, then one whose configuration (mark families, term
/// reporting, extra lexicon, a limit of exactly the input's length) is picked
/// from the input, then limits below the input's length.
pub fn check_attribute(data: &[u8]) -> Signature {
    let text = as_text(data);
    let text = text.as_ref();
    let who = default_attributor();
    let a = who
        .attribute(text)
        .unwrap_or_else(|e| panic!("invariant accepts_any_text: {e}"));
    let parts = check_analysis(text, &a);
    // With terms reported, attribution keeps every quote the scanner finds
    // (in a text it reads whole).
    let whole = a.text().len() == text.len();
    let scanned = whosaid::quotes(text);
    ensure!(
        !whole
            || a.quotes().len() == scanned.len()
                && a.quotes().iter().zip(&scanned).all(|(x, y)| x.quote() == y),
        "attribution_keeps_every_quote",
        "{} quotes scanned, {} attributed",
        scanned.len(),
        a.quotes().len()
    );

    let flags = fnv(data);
    let report_terms = flags & 8 == 0;
    let mut config = Config::new()
        .max_input_bytes(text.len().max(1))
        .single_quotes(flags & 1 == 0)
        .guillemets(flags & 2 == 0)
        .cjk_brackets(flags & 4 == 0)
        .report_terms(report_terms);
    if flags & 16 != 0 {
        config = config
            .speech_verbs(["opined", "quipped", "mused"])
            .titles(["harbourmaster", "chief whip"]);
    }
    let who = Attributor::with_config(config).expect("a valid configuration");
    let v = who
        .attribute(text)
        .unwrap_or_else(|e| panic!("invariant limit_is_inclusive: {e}"));
    // The signature is the default run's: the variant only adds checks.
    check_analysis(text, &v);
    let scanned = who.quotes(text).expect("within the limit");
    if v.text().len() < text.len() {
        // Over the quote budget: read in part, compared with nothing.
    } else if report_terms {
        ensure!(
            v.quotes().len() == scanned.len()
                && v.quotes()
                    .iter()
                    .zip(&scanned)
                    .all(|(x, y)| x.span() == y.span()),
            "attribution_keeps_every_quote",
            "{} quotes scanned, {} attributed (varied configuration)",
            scanned.len(),
            v.quotes().len()
        );
    } else {
        // Terms left out, nothing else: the kept quotes are a subsequence
        // of the scan, none of them a term.
        let mut rest = scanned.iter();
        for q in v.quotes() {
            ensure!(
                q.kind() != QuoteKind::Term,
                "terms_left_out",
                "term at {:?} with report_terms(false)",
                q.span()
            );
            ensure!(
                rest.any(|s| s.span() == q.span()),
                "attribution_keeps_every_quote",
                "quote at {:?} not in the scan (report_terms(false))",
                q.span()
            );
        }
    }
    check_limit(data, text);
    signature(&parts)
}

/// `attribute_bytes` on `data` as given: `InvalidUtf8` exactly where std
/// finds the first bad byte, otherwise the same analysis as `attribute`.
pub fn check_attribute_bytes(data: &[u8]) -> Signature {
    let who = default_attributor();
    let got = who.attribute_bytes(data);
    check_utf8_error(data, &got, "attribute_bytes");
    let mut parts = vec![u64::from(got.is_err())];
    match (&got, std::str::from_utf8(data)) {
        (Ok(a), Ok(text)) => {
            ensure!(
                a.text().as_ptr() == data.as_ptr() && a.text().len() <= data.len(),
                "analysis_text_is_input",
                "attribute_bytes analysed another buffer"
            );
            parts.extend(check_analysis(text, a));
            // Also a determinism check: two analyses of the same text.
            ensure!(
                who.attribute(text).as_ref() == Ok(a),
                "bytes_and_str_agree",
                "attribute_bytes and attribute differ"
            );
        }
        (Err(_), Err(e)) => {
            // The valid prefix is a text like any other.
            let prefix = std::str::from_utf8(&data[..e.valid_up_to()]).expect("valid prefix");
            let a = who
                .attribute(prefix)
                .unwrap_or_else(|e| panic!("invariant accepts_any_text: {e}"));
            parts.extend(check_analysis(prefix, &a));
            parts.push(bucket(e.valid_up_to()));
        }
        _ => {} // check_utf8_error has panicked already
    }
    if !data.is_empty() && got.is_err() {
        // At a limit of exactly its length, invalid input is still reported
        // as invalid, not as too large. (Valid input at its limit is
        // `check_attribute`'s business: that is a whole second analysis.)
        let at_limit = Attributor::with_config(Config::new().max_input_bytes(data.len()))
            .expect("a limit of 1 or more is valid");
        let got = at_limit.attribute_bytes(data);
        check_utf8_error(data, &got, "attribute_bytes at its limit");
    }
    ensure!(
        Attributor::with_config(Config::new().max_input_bytes(0)).is_err(),
        "zero_limit_refused",
        "max_input_bytes(0) accepted"
    );
    signature(&parts)
}
