//! Hostile input: the scanner (`whosaid::quotes`) and full attribution
//! (`Attributor::attribute`) on adversarial documents of 1 MB and 4 MB,
//! next to news-like text of the same sizes. The goal (issue 4): every kind
//! within 10× the time of news-like text of the same size, and time linear
//! in size (4 MB about 4× 1 MB). `scripts/adversarial-ratios.sh` runs this
//! bench and prints both ratios.
//!
//! The kinds, each generated deterministically:
//! - `dquote`: only `"`;
//! - `squote`: only `'`;
//! - `open_curly`: only opening `“` marks with one to four words between;
//! - `name_storm`: capitalised names, places, titles, honorifics and speech
//!   verbs (`Vladimir Putin Said Ankara Marco Rubio Told …`), a comma now
//!   and then and a short quote every few dozen words, never a sentence end;
//! - `pronoun_storm`: `he said "x" she said "y" they told "z" …`, no
//!   sentence end;
//! - `endless_para`: the news-like text with every `.`, `!` and `?` turned
//!   into `,` and every newline into a space: one paragraph, one sentence;
//! - `nested`: one nest of alternating quotes over the whole document,
//!   `“a ‘b “c ‘d … d’ c” b’ a”`, far deeper than any real text;
//! - `namesakes`: thousands of people with one surname and different first
//!   names (`Kakaka Varga said "…" Kakalo Varga said "…"`), which once made
//!   every name rescan all earlier namesakes;
//! - `named_later`: `An official said "…" The official, harbour master
//!   Tomas Kalomi, said "…"` over and over (a new name each time), which
//!   once made every such apposition rescan every quote;
//! - `guillemet_storm`, `curly_storm`, `low_storm`: only `‹`, only `“`,
//!   only `„`;
//! - `nested_storm`: only `“‘`;
//! - `quote_storm`: only `"c"`, a quote every three bytes (attribution
//!   reads it up to its quote budget, one per 16 bytes);
//! - `letter_storm`: the same storm without a period (`"q""c""x"…`, each
//!   letter from the fixed-seed generator);
//! - `dialogue_storm`: a conversation of one-line turns, a cue every
//!   seventh (issue 8's dialogue storms);
//! - `news`: news-like text (`benches/common`), the yardstick.
//!
//! ```sh
//! cargo bench --bench adversarial                      # everything
//! cargo bench --bench adversarial -- 'adv_attribute/nested/' # one kind
//! ADV_STATS=1 cargo bench --bench adversarial -- --list  # quote counts per input
//! ```
//!
//! Each benchmark takes 10 samples with the same number of calls in each
//! (flat sampling) after a short warm-up, in about 2 s of measurement, so a
//! slow kind costs seconds, not minutes.

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use whosaid::Attributor;

mod common;

use common::hostile::{generate, KINDS};

const MB: usize = 1 << 20;
const SIZES: &[(usize, &str)] = &[(MB, "1MB"), (4 * MB, "4MB")];

fn adversarial(c: &mut Criterion) {
    let who = Attributor::new();
    let docs: Vec<(&str, &str, String)> = KINDS
        .iter()
        .flat_map(|&kind| {
            SIZES
                .iter()
                .map(move |&(size, label)| (kind, label, generate(kind, size)))
        })
        .collect();

    // What each input holds (one untimed pass over all of them), on request.
    let stats = std::env::var_os("ADV_STATS").is_some();
    for (kind, label, text) in docs.iter().filter(|_| stats) {
        let quotes = whosaid::quotes(text).len();
        let a = who.attribute(text).expect("bench text is within limits");
        let linked = a
            .quotes()
            .iter()
            .filter(|q| q.speaker_index().is_some())
            .count();
        eprintln!(
            "adversarial: {kind:>13} {label}: {} bytes, {quotes} scanned quotes, {} attributed quotes ({linked} with a speaker), {} speakers",
            text.len(),
            a.quotes().len(),
            a.speakers().len()
        );
    }

    let mut scan = c.benchmark_group("adv_scan");
    configure(&mut scan);
    for (kind, label, text) in &docs {
        scan.throughput(Throughput::Bytes(text.len() as u64));
        scan.bench_with_input(BenchmarkId::new(*kind, label), text, |b, t| {
            b.iter(|| whosaid::quotes(black_box(t)).len())
        });
    }
    scan.finish();

    let mut attr = c.benchmark_group("adv_attribute");
    configure(&mut attr);
    for (kind, label, text) in &docs {
        attr.throughput(Throughput::Bytes(text.len() as u64));
        attr.bench_with_input(BenchmarkId::new(*kind, label), text, |b, t| {
            b.iter(|| who.attribute(black_box(t)).map(|a| a.quotes().len()))
        });
    }
    attr.finish();
}

fn configure<M: criterion::measurement::Measurement>(g: &mut criterion::BenchmarkGroup<'_, M>) {
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
}

criterion_group!(benches, adversarial);
criterion_main!(benches);
