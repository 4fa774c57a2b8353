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

use common::Rng;

const MB: usize = 1 << 20;
const SIZES: &[(usize, &str)] = &[(MB, "1MB"), (4 * MB, "4MB")];

/// The kinds in the order they are benched (and reported).
const KINDS: &[&str] = &[
    "news",
    "dquote",
    "squote",
    "open_curly",
    "name_storm",
    "pronoun_storm",
    "endless_para",
    "nested",
    "namesakes",
    "named_later",
    "guillemet_storm",
    "curly_storm",
    "low_storm",
    "nested_storm",
    "quote_storm",
];

const WORDS: &[&str] = &[
    "the",
    "port",
    "talks",
    "workers",
    "would",
    "not",
    "sign",
    "a",
    "deal",
    "before",
    "summer",
    "and",
    "officials",
    "doubted",
    "that",
    "ships",
    "could",
    "move",
    "again",
    "this",
    "week",
    "of",
    "in",
    "budget",
    "harbour",
    "strike",
    "offer",
    "table",
    "answer",
    "members",
    "voted",
    "clear",
    "margin",
    "railway",
    "money",
    "account",
    "families",
    "morning",
    "crisis",
    "negotiation",
];

const CAPITALISED: &[&str] = &[
    "Vladimir",
    "Putin",
    "Ankara",
    "Marco",
    "Rubio",
    "Kyiv",
    "Moscow",
    "Washington",
    "Ilse",
    "Varga",
    "Oskar",
    "Brandt",
    "Dalia",
    "Ferro",
    "Port",
    "Asten",
    "Lenmouth",
    "Brennmark",
    "Northwire",
    "Holdings",
    "Harbour",
    "Police",
    "Ministry",
    "Transport",
    "Union",
    "Council",
    "Tuesday",
    "March",
    "European",
    "Commission",
    "Reuters",
    "O'Dell",
    "Mbeki-Ross",
    "Emmanuel",
    "Macron",
    "Olaf",
    "Scholz",
    "Recep",
    "Tayyip",
    "Erdogan",
    "Ursula",
    "Leyen",
    "White",
    "House",
];

const TITLES: &[&str] = &[
    "President",
    "Minister",
    "Foreign Minister",
    "Prime Minister",
    "Secretary",
    "Secretary of State",
    "Mayor",
    "Chief Executive",
    "Governor",
    "Spokeswoman",
    "Senator",
    "Commissioner",
];

const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "General", "Judge"];

const SPEECH_VERBS: &[&str] = &[
    "Said",
    "Told",
    "Says",
    "Added",
    "Warned",
    "said",
    "told",
    "says",
    "added",
    "warned",
    "insisted",
    "according to",
    "Told Reporters",
    "wrote",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They", "it", "we", "I"];

const PRONOUN_VERBS: &[&str] = &[
    "said",
    "told",
    "says",
    "added",
    "warned",
    "insisted",
    "replied",
    "told reporters",
];

/// `kind` at least `size` bytes long (at most a few bytes over).
fn generate(kind: &str, size: usize) -> String {
    let mut rng = Rng::new(0xAD7E_55A1 ^ size as u64);
    let mut out = String::with_capacity(size + 64);
    match kind {
        "news" => return common::news_like(size),
        "dquote" => out.push_str(&"\"".repeat(size)),
        "squote" => out.push_str(&"'".repeat(size)),
        "open_curly" => {
            while out.len() < size {
                out.push('“');
                for _ in 0..1 + rng.below(4) {
                    out.push_str(rng.pick(WORDS));
                    out.push(' ');
                }
            }
        }
        "name_storm" => {
            let mut n = 0usize;
            while out.len() < size {
                n += 1;
                let word = match rng.below(12) {
                    0 | 1 => rng.pick(TITLES),
                    2 => rng.pick(HONORIFICS),
                    3 | 4 => rng.pick(SPEECH_VERBS),
                    _ => rng.pick(CAPITALISED),
                };
                out.push_str(word);
                if n.is_multiple_of(40) {
                    out.push_str(" \"");
                    out.push_str(rng.pick(WORDS));
                    out.push(' ');
                    out.push_str(rng.pick(WORDS));
                    out.push('"');
                } else if rng.below(8) == 0 {
                    out.push(',');
                }
                out.push(' ');
            }
        }
        "pronoun_storm" => {
            while out.len() < size {
                out.push_str(rng.pick(PRONOUNS));
                out.push(' ');
                out.push_str(rng.pick(PRONOUN_VERBS));
                out.push_str(" \"");
                out.push_str(rng.pick(WORDS));
                out.push_str("\" ");
            }
        }
        "endless_para" => {
            let news = common::news_like(size);
            out.extend(news.chars().map(|c| match c {
                '.' | '!' | '?' => ',',
                '\n' | '\r' => ' ',
                c => c,
            }));
        }
        "nested" => {
            // Opening half then the closing half, mirrored.
            let mut words = Vec::new();
            let mut depth = 0usize;
            while out.len() < size / 2 {
                let w = rng.pick(WORDS);
                out.push(if depth.is_multiple_of(2) {
                    '“'
                } else {
                    '‘'
                });
                out.push_str(w);
                out.push(' ');
                words.push(w);
                depth += 1;
            }
            while let Some(w) = words.pop() {
                depth -= 1;
                out.push_str(w);
                out.push(if depth.is_multiple_of(2) {
                    '”'
                } else {
                    '’'
                });
                out.push(' ');
            }
        }
        "namesakes" => {
            let mut n = 0;
            while out.len() < size {
                out.push_str(&made_up_name(n));
                out.push_str(" Varga said \"We will see.\" ");
                n += 1;
            }
        }
        "named_later" => {
            let mut n = 0;
            while out.len() < size {
                out.push_str(
                    "An official said \"We will see.\" The official, harbour master Tomas ",
                );
                out.push_str(&made_up_name(n));
                out.push_str(", said \"No comment.\"\n\n");
                n += 1;
            }
        }
        // Storms of one mark, of a nested pair, and of tiny quotes (issue
        // 10): filler, or an attack.
        "guillemet_storm" => out.push_str(&"‹".repeat(size / 3)),
        "curly_storm" => out.push_str(&"“".repeat(size / 3)),
        "low_storm" => out.push_str(&"„".repeat(size / 3)),
        "nested_storm" => out.push_str(&"“‘".repeat(size / 6)),
        "quote_storm" => out.push_str(&"\"c\"".repeat(size / 3)),
        _ => unreachable!("unknown kind {kind}"),
    }
    out
}

/// The `n`th of a million distinct capitalised made-up names (`Kakakakaka`).
fn made_up_name(n: usize) -> String {
    const SYL: [&str; 16] = [
        "ka", "lo", "mi", "ru", "te", "sa", "vo", "ne", "di", "pa", "go", "re", "zu", "fi", "ba",
        "ho",
    ];
    let mut name = String::new();
    for k in (0..5).rev() {
        name.push_str(SYL[(n >> (4 * k)) & 15]);
    }
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

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
