//! Throughput of the quote scanner (`whosaid::quotes`) in MB/s.
//!
//! Inputs of at least 1 MB each, generated here from paragraphs written for
//! this benchmark:
//! - `news`: news-like prose, as wire copy alternates them: paragraphs with
//!   quotes (in every convention the scanner knows) and narrative paragraphs
//!   with names, apostrophes and dashes but no quotes, half and half;
//! - `no_quotes`: prose with no quotation marks and no apostrophes at all,
//!   the prefilter's best case;
//! - `quote_dense`: only the paragraphs with quotes, several marks in every
//!   sentence, a worst case well above real news (about three times the
//!   marks per kilobyte of the articles in `../shared/corpus`).
//!
//! The bench prints each input's size and marks per kilobyte before timing.
//!
//! ```text
//! cargo bench --bench scan -- --warm-up-time 1 --measurement-time 3
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

/// At least this many bytes per input.
const TARGET_BYTES: usize = 1 << 20;

/// Paragraphs with quotes. `{N}` is replaced by a name, `{P}` by a place and
/// `{D}` by a number, so the generated text does not repeat exactly.
const NEWS: &[&str] = &[
    "{P} — The council's budget vote, delayed twice since March, went ahead on Tuesday after {N} told members that \"the town can't wait another season\" for new flood defences.",
    "“We have done everything asked of us,” {N} said. “The money is there, the plans are there, and the only thing missing is a decision.”",
    "Opposition members called the plan ‘rushed’ and ‘poorly costed’, and {N}, who chairs the finance committee, said she would vote against it.",
    "\"I'm not against flood defences,\" she said. \"I'm against spending {D} million on a scheme nobody outside this room has read.\"",
    "The mayor's office said the figures had been checked by two firms. “They told us, ‘the numbers hold up’, and we believe them,” a spokesman said.",
    "Residents of {P}, where the river rose above its banks in the '90s and again last year, were more direct. 'Just build it,' said {N}, a retired teacher. 'We're tired of sandbags.'",
    "{N} said the O'Connell family's shop had flooded three times since 2009. ``Every time, they said it was the last time,'' {N} said.",
    "At a rally outside the town hall, a visiting campaigner from Lyon called the delay «une honte» and a group from Bremen held a sign reading „Jetzt handeln“.",
    "The rock 'n' roll band that played the rally, whose members didn't give their names, dedicated a song to \"everyone who's lost a carpet to the river.\"",
    "“He said ‘no’ to the first plan and ‘maybe’ to the second,” {N} recalled, “and I think ‘yes’ is coming.”",
    "A council engineer, {N}, told reporters the new walls would be finished ‘by the spring of {D}’, though she added that the contractor's schedule \"has slipped before.\"",
    "The vote passed {D} to 9. {N} called it “a good night for {P}” and left without taking questions.",
];

/// Narrative paragraphs: names, apostrophes, dashes, no quotation marks.
const NARRATIVE: &[&str] = &[
    "{N}'s committee met twice before the vote — once in private — and didn't publish its minutes until Friday, a week after the town's deadline.",
    "The O'Connell family's shop on Quay Street has flooded three times since the '90s, and the owners say they've spent more on repairs than the building is worth.",
    "Council officers said the {D} million figure includes the contractor's fees, the land the walls will stand on and a reserve for the engineers' surveys.",
    "{P}'s last flood defences were built in 1968 and haven't been raised since; the river has topped them in four of the last ten winters.",
    "{N}, who's lived beside the river for thirty years, said her neighbours' gardens were still recovering from last spring's water.",
    "The scheme's critics include two of the council's longest-serving members and the town's chamber of commerce, which wasn't consulted on the route.",
];

/// Paragraphs without a single quotation mark or apostrophe.
const PLAIN: &[&str] = &[
    "{P} — The council approved a budget of {D} million on Tuesday after a debate that ran late into the evening, with members divided over the cost of new flood defences along the river.",
    "{N}, who chairs the finance committee, told members that the plan had been checked by two independent firms and that the figures held up under every test they ran.",
    "Opponents argued that the scheme was rushed and poorly costed, and asked for a delay of six months so that residents could read the full report before any money was spent.",
    "The river rose above its banks twice in the last decade, flooding more than {D} homes and closing the main road through {P} for nearly a week each time.",
    "Engineers expect the first section of the new walls to be finished by the spring, with the rest following over two years if the weather and the contractor allow.",
    "A group of residents gathered outside the town hall before the vote, holding signs and handing out leaflets about the damage done by the last flood.",
    "{N} said the town had waited long enough and that the decision, while expensive, would save far more than it cost over the life of the walls.",
    "The motion passed by {D} votes to 9, and the council will meet again next month to approve the first contracts and set a timetable for the work.",
];

const NAMES: &[&str] = &[
    "Dana O'Brien",
    "Felix Arden",
    "Ruth Kell",
    "Amara Osei",
    "Tomasz Nowak",
    "Ines Duarte",
    "Hugh Pennant",
    "Mei Lin Cho",
];

const PLAIN_NAMES: &[&str] = &[
    "Felix Arden",
    "Ruth Kell",
    "Amara Osei",
    "Tomasz Nowak",
    "Ines Duarte",
    "Hugh Pennant",
];

const PLACES: &[&str] = &[
    "PORT ALDER",
    "NORTHWICK",
    "SALTMARSH",
    "KELLS BRIDGE",
    "EASTON",
];

/// A small deterministic generator (an LCG) so every run scans the same text.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Paragraphs drawn from `groups` (a group at random, then a paragraph of
/// it), filled in and separated by blank lines, until the text holds at
/// least `TARGET_BYTES`.
fn generate(groups: &[&[&str]], names: &[&str], seed: u64) -> String {
    let mut rng = Lcg(seed);
    let mut out = String::with_capacity(TARGET_BYTES + 4096);
    while out.len() < TARGET_BYTES {
        let paras = groups[rng.next(groups.len())];
        let mut rest = paras[rng.next(paras.len())];
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            let (hole, after) = rest[i..].split_at(3);
            match hole {
                "{N}" => out.push_str(names[rng.next(names.len())]),
                "{P}" => out.push_str(PLACES[rng.next(PLACES.len())]),
                "{D}" => {
                    let d = 10 + rng.next(90);
                    out.push_str(&d.to_string());
                }
                other => out.push_str(other),
            }
            rest = after;
        }
        out.push_str(rest);
        out.push_str("\n\n");
    }
    out
}

/// Quotation marks and apostrophes per kilobyte.
fn marks_per_kb(text: &str) -> f64 {
    let marks = text
        .chars()
        .filter(|c| "\"'`“”‘’„‚«»‹›「」『』".contains(*c))
        .count();
    marks as f64 * 1024.0 / text.len() as f64
}

fn bench_scan(c: &mut Criterion) {
    let news = generate(&[NEWS, NARRATIVE], NAMES, 0x5eed);
    let plain = generate(&[PLAIN], PLAIN_NAMES, 0xbeef);
    let dense = generate(&[NEWS], NAMES, 0xd15e);

    // Guard the inputs: the news text has quotes, the plain text none.
    assert!(whosaid::quotes(&news).len() > 5_000);
    assert!(whosaid::quotes(&plain).is_empty());
    assert!(!plain.contains(['"', '\'', '“', '”', '‘', '’', '«', '»', '„', '`']));

    let mut group = c.benchmark_group("quotes");
    for (name, text) in [
        ("news", &news),
        ("no_quotes", &plain),
        ("quote_dense", &dense),
    ] {
        eprintln!(
            "input {name}: {} bytes, {} quotes, {:.1} marks and apostrophes per KB",
            text.len(),
            whosaid::quotes(text).len(),
            marks_per_kb(text),
        );
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| whosaid::quotes(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, bench_scan);
criterion_main!(benches);
