//! Print every quote in a text file, one line per quote.
//!
//! ```text
//! cargo run --release --example quotes -- examples/data/quotes-sample.txt
//! cat story.txt | cargo run --release --example quotes -- -
//! ```
//!
//! Each line reads `start..end<TAB>style<TAB>text`: the byte span of the
//! quote (marks included), its mark style, and the quote itself with line
//! breaks written as `\n`. A quote nested in another is indented by two
//! spaces per level and its style is followed by `^N`, the line number (from
//! 0) of the quote it sits in. Quotes that never close are marked
//! `(unclosed)`, quotes over several paragraphs `(multi-paragraph)`.

use std::io::{self, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage: quotes FILE
       quotes -        (read standard input)

Prints one line per quote found in FILE:
    start..end<TAB>style<TAB>text
Byte offsets are half-open; nested quotes are indented and marked ^N with the
index of the quote they sit in.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = match args.as_slice() {
        [] => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        [a] if a == "-h" || a == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [a] if a.starts_with('-') && a != "-" => {
            eprintln!("error: unknown option {a}\n\n{USAGE}");
            return ExitCode::from(2);
        }
        [a] => a.as_str(),
        _ => {
            eprintln!(
                "error: expected one FILE argument, got {}\n\n{USAGE}",
                args.len()
            );
            return ExitCode::from(2);
        }
    };
    match run(path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(1)
        }
    }
}

fn run(path: &str) -> Result<(), String> {
    let bytes = read_input(path)?;
    let name = if path == "-" { "standard input" } else { path };
    let quotes = whosaid::quotes_from_bytes(&bytes).map_err(|e| format!("{name}: {e}"))?;

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut depth = Vec::with_capacity(quotes.len());
    for q in &quotes {
        let level = q.parent().map_or(0, |p| depth[p] + 1);
        depth.push(level);
        let span = q.span();
        let parent = q.parent().map(|p| format!(" ^{p}")).unwrap_or_default();
        let mut flags = String::new();
        if !q.is_closed() {
            flags.push_str(" (unclosed)");
        }
        if q.is_multi_paragraph() {
            flags.push_str(" (multi-paragraph)");
        }
        let written = writeln!(
            out,
            "{indent}{}..{}\t{:?}{parent}{flags}\t{}",
            span.start,
            span.end,
            q.style(),
            escape(q.text()),
            indent = "  ".repeat(level),
        );
        if let Err(e) = written {
            return broken_pipe_is_fine(e);
        }
    }
    out.flush().or_else(broken_pipe_is_fine)
}

/// Reads the whole file, or standard input for `-`.
fn read_input(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(|e| format!("standard input: {e}"))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))
    }
}

/// `quotes FILE | head` closes the pipe early; that is not an error.
fn broken_pipe_is_fine(e: io::Error) -> Result<(), String> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(format!("writing output: {e}"))
    }
}

/// Line breaks and tabs as `\n`, `\r`, `\t`, so each quote stays on one line
/// and the tab-separated columns stay intact.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out
}
