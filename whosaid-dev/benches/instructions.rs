//! A fixed amount of work for instruction counting (`scripts/instructions.sh`
//! runs it under callgrind): the scanner (`whosaid::quotes`) or full
//! attribution (`Attributor::attribute`) of one input, once. Not a timing
//! bench: callgrind's counts are stable on noisy machines where wall time
//! is not.
//!
//! ```sh
//! cargo bench -p whosaid-dev --bench instructions --no-run   # build; the script runs it
//! # then: instructions [STAGE [KIND [MIB]]]
//! ```
//!
//! - STAGE: `attribute` (the default), `scan`, `setup` (only build the
//!   input), or `digest` (print a hash of the scanner's and of the
//!   attribution's output, to check that a change leaves them alone);
//! - KIND: an input of the adversarial bench (`benches/common/hostile.rs`),
//!   `news` (news-like text, the default) or `quote_storm` (`"c"` over
//!   and over), …;
//! - MIB: the input's size in MiB (default 1);
//! - `cold` (a fourth argument): count the building of the tables built
//!   once per process (the lexicon's word classes, the titles) too. By
//!   default a short text is attributed first, uncounted, as a worker that
//!   reads many documents builds them once: the count is then the work per
//!   document, which grows with its size.
//!
//! The work is done in [`measured`], a function of its own, so that the
//! script counts only it (callgrind's `--toggle-collect`), not the
//! generation of the input.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::hint::black_box;

use whosaid::Attributor;

mod common;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Setup,
    Scan,
    Attribute,
    Digest,
}

fn main() {
    // Cargo passes `--bench` when run through `cargo bench`: ignore flags.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let stage = match args.first().map_or("attribute", String::as_str) {
        "setup" => Stage::Setup,
        "scan" => Stage::Scan,
        "attribute" => Stage::Attribute,
        "digest" => Stage::Digest,
        other => fail(&format!("unknown stage {other}")),
    };
    let kind = args.get(1).map_or("news", String::as_str);
    if !common::hostile::KINDS.contains(&kind) {
        fail(&format!(
            "unknown kind {kind}; one of {}",
            common::hostile::KINDS.join(" ")
        ));
    }
    let mib: usize = match args.get(2).map(|s| s.parse()) {
        None => 1,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => fail("MIB must be a positive whole number"),
    };
    let cold = match args.get(3).map(String::as_str) {
        None => false,
        Some("cold") => true,
        Some(other) => fail(&format!("unknown fourth argument {other}; only `cold`")),
    };
    let text = common::hostile::generate(kind, mib << 20);
    let who = Attributor::new();
    match stage {
        Stage::Setup => println!("{} bytes", black_box(&text).len()),
        Stage::Scan | Stage::Attribute => {
            if !cold {
                warm_up(&who);
            }
            let quotes = measured(&who, black_box(&text), stage == Stage::Scan);
            println!("{} bytes, {quotes} quotes", text.len());
        }
        Stage::Digest => {
            let mut h = DefaultHasher::new();
            for q in whosaid::quotes(&text) {
                format!("{q:?}").hash(&mut h);
            }
            let scanned = h.finish();
            let analysis = who.attribute(&text).map_or_else(
                |e| format!("error: {e}"),
                |a| serde_json::to_string(&a).unwrap_or_default(),
            );
            let mut h = DefaultHasher::new();
            analysis.hash(&mut h);
            println!(
                "{kind} {mib} MiB: scan {scanned:016x} attribute {:016x}",
                h.finish()
            );
        }
    }
}

/// Build the tables built once per process (uncounted): attribute a short
/// text that reaches the lexicon, the titles (one of several words too)
/// and the pronouns.
fn warm_up(who: &Attributor) {
    let text = "Sen. Ann Lee, the mayor of Flint, said: \"We are ready.\" \"Are you?\" she asked the U.S. spokesman, and Prime Minister Tom Orr agreed.";
    black_box(whosaid::quotes(black_box(text)).len());
    black_box(
        who.attribute(black_box(text))
            .map_or(0, |a| a.quotes().len()),
    );
}

/// The counted work: scan or attribute `text`; returns the number of quotes.
#[inline(never)]
fn measured(who: &Attributor, text: &str, scan_only: bool) -> usize {
    if scan_only {
        whosaid::quotes(text).len()
    } else {
        who.attribute(text).map_or(0, |a| a.quotes().len())
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("instructions: {msg}");
    eprintln!("usage: instructions [setup|scan|attribute|digest [KIND [MIB [cold]]]]");
    std::process::exit(2)
}
