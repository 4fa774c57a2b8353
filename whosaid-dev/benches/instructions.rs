//! A fixed amount of work for instruction counting (`scripts/instructions.sh`
//! runs it under callgrind): full attribution of `news_like_1mb`, the
//! `attribute` bench's input, once. Not a timing bench: callgrind's counts
//! are stable on noisy machines where wall time is not.
//!
//! ```sh
//! cargo bench -p whosaid-dev --bench instructions --no-run   # build; the script runs it
//! ```
//!
//! With the argument `setup` it only builds the input, so that the script
//! can subtract what generating the text costs.

use std::hint::black_box;

use whosaid::Attributor;

mod common;

fn main() {
    // Cargo passes `--bench` when run through `cargo bench`: ignore flags.
    let setup_only = std::env::args().skip(1).any(|a| a == "setup");
    let text = common::news_like(1 << 20);
    let who = Attributor::new();
    if setup_only {
        println!("{} bytes", black_box(&text).len());
        return;
    }
    let quotes = who
        .attribute(black_box(&text))
        .map_or(0, |a| a.quotes().len());
    println!("{} bytes, {quotes} quotes", text.len());
}
