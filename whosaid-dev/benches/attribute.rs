//! Full attribution throughput (scan → segment → mention → cue → link →
//! resolve) on news-like text, in MB/s.
//!
//! ```sh
//! cargo bench --bench attribute
//! ```

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whosaid::{Attributor, Config};

mod common;

/// At least this much text per iteration, so per-call overhead vanishes and
/// the figure is the pipeline's own.
const SIZE: usize = 1 << 20;

fn attribute(c: &mut Criterion) {
    let who = Attributor::new();
    let text = common::news_like(SIZE);
    // Fail loudly here rather than bench a text the scanner finds nothing in.
    let found = who.attribute(&text).expect("bench text is within limits");
    assert!(
        found.quotes().len() > 1000,
        "generator produced too few quotes"
    );

    let mut group = c.benchmark_group("attribute");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("news_like_1mb", |b| {
        b.iter(|| who.attribute(black_box(&text)).map(|a| a.quotes().len()))
    });

    // The same text as a stream of separate articles, as the JSONL example
    // sees it: per-document costs (setup, small allocations) show up here.
    let docs = common::articles(400);
    let bytes: usize = docs.iter().map(String::len).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("news_like_articles", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| who.attribute(black_box(d)).map_or(0, |a| a.quotes().len()))
                .sum::<usize>()
        })
    });
    group.finish();

    // One document long enough to be attributed in windows (over 6 MiB):
    // what a very long document costs per byte, names found twice.
    let long = common::news_like(8 << 20);
    let mut group = c.benchmark_group("attribute");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.bench_function("news_like_8mb", |b| {
        b.iter(|| who.attribute(black_box(&long)).map(|a| a.quotes().len()))
    });
    group.finish();
}

/// 1,000 titles of the user's (half one word, half two words whose first
/// is a common title modifier, `chief …`, `deputy …`, so that they are
/// probed often), none of them in the text.
fn custom_titles() -> Vec<String> {
    let word = |mut i: usize| {
        let mut w = String::from("tide");
        loop {
            w.push(char::from(b'a' + (i % 26) as u8));
            i /= 26;
            if i == 0 {
                return w;
            }
        }
    };
    let firsts = ["chief", "deputy", "senior", "assistant", "harbour"];
    (0..1000)
        .map(|i| {
            if i % 2 == 0 {
                format!("{}wright", word(i))
            } else {
                format!("{} {}", firsts[i % firsts.len()], word(i))
            }
        })
        .collect()
}

/// What a user lexicon costs: the same news with no custom entries and
/// with 1,000 custom titles (the issue's bound: at most 10% slower).
fn user_lexicon(c: &mut Criterion) {
    let text = common::news_like(SIZE);
    let plain = Attributor::new();
    let titles = custom_titles();
    assert_eq!(titles.len(), 1000);
    let custom = Attributor::with_config(Config::new().titles(titles)).expect("config");
    let (a, b) = (
        plain.attribute(&text).unwrap(),
        custom.attribute(&text).unwrap(),
    );
    assert_eq!(a.quotes().len(), b.quotes().len());

    let mut group = c.benchmark_group("user_lexicon");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("no_custom_titles", |b| {
        b.iter(|| plain.attribute(black_box(&text)).map(|a| a.quotes().len()))
    });
    group.bench_function("1000_custom_titles", |b| {
        b.iter(|| custom.attribute(black_box(&text)).map(|a| a.quotes().len()))
    });
    group.finish();
}

criterion_group!(benches, attribute, user_lexicon);
criterion_main!(benches);
