//! Print every quote in a text file, one line per quote.
//!
//! ```text
//! cargo run --release --example quotes -- examples/data/quotes-sample.txt
//! cat story.txt | cargo run --release --example quotes -- --max-bytes 1000000 -
//! ```
//!
//! Each line reads `start..end<TAB>style<TAB>text`: the byte span of the
//! quote (marks included), its mark style, and the quote itself with line
//! breaks written as `\n`. A quote nested in another is indented by two
//! spaces per level and its style is followed by `^N`, the line number (from
//! 0) of the quote it sits in. Quotes that never close are marked
//! `(unclosed)`, quotes over several paragraphs `(multi-paragraph)`.
//!
//! Inputs over `--max-bytes` (default 256 MiB) are refused. Exit codes: 0
//! on success, 1 when the input cannot be read (missing file, invalid UTF-8,
//! over the limit), 2 on a usage error, 3 when standard output is closed or
//! cannot be written (the output is incomplete; `| head` ends the run this
//! way). A closed or broken standard error is ignored.

use std::io::{self, Write};
use std::process::ExitCode;

use whosaid::{Attributor, Config, DEFAULT_MAX_INPUT_BYTES};

mod common;
use common::{say, EXIT_USAGE};

const USAGE: &str = "\
usage: quotes [--max-bytes N] FILE
       quotes [--max-bytes N] -        (read standard input)

Prints one line per quote found in FILE:
    start..end<TAB>style<TAB>text
Byte offsets are half-open; nested quotes are indented and marked ^N with the
index of the quote they sit in.

options:
  --max-bytes N   refuse inputs over N bytes (default 256 MiB)
  -h, --help      print this help

exit codes: 0 done; 1 input unreadable or refused; 2 usage error;
3 standard output closed or unwritable (output incomplete)";

/// How a run fails.
enum Failure {
    Usage(String),
    Input(String),
    Output(io::Error),
}

fn main() -> ExitCode {
    let (path, max_bytes) = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            // Ignore a closed pipe (`--help | head -1`).
            let _ = writeln!(io::stdout(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            say(format_args!("error: {msg}\n\n{USAGE}"));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    if let Err(code) = common::refuse_closed_stdout("quotes") {
        return code;
    }
    match run(&path, max_bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            say(format_args!("error: {msg}"));
            ExitCode::from(EXIT_USAGE)
        }
        Err(Failure::Input(msg)) => {
            say(format_args!("error: {msg}"));
            ExitCode::FAILURE
        }
        Err(Failure::Output(e)) => common::output_failed("quotes", &e),
    }
}

/// The FILE and the limit, or `None` for `--help`.
fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Option<(String, usize)>, String> {
    let mut path = None;
    let mut max_bytes = DEFAULT_MAX_INPUT_BYTES;
    while let Some(arg) = it.next() {
        let (name, inline) = common::split_flag(&arg);
        match name.as_str() {
            "-h" | "--help" => return Ok(None),
            "--max-bytes" => {
                let v = common::flag_value("--max-bytes", inline, &mut it)?;
                max_bytes = common::parse_max_bytes(&v)?;
            }
            a if a.starts_with('-') && a != "-" => return Err(format!("unknown option {a}")),
            _ if path.is_some() => return Err("expected one FILE argument".into()),
            _ => path = Some(arg),
        }
    }
    let path = path.ok_or("expected one FILE argument (or - for standard input)")?;
    Ok(Some((path, max_bytes)))
}

fn run(path: &str, max_bytes: usize) -> Result<(), Failure> {
    let who = Attributor::with_config(Config::new().max_input_bytes(max_bytes))
        .map_err(|e| Failure::Usage(e.to_string()))?;
    let bytes = common::read_input(path, max_bytes).map_err(Failure::Input)?;
    let name = if path == "-" { "standard input" } else { path };
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        Failure::Input(format!(
            "{name}: {}",
            whosaid::Error::InvalidUtf8 {
                offset: e.valid_up_to()
            }
        ))
    })?;
    let quotes = who
        .quotes(text)
        .map_err(|e| Failure::Input(format!("{name}: {e}")))?;

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
        writeln!(
            out,
            "{indent}{}..{}\t{:?}{parent}{flags}\t{}",
            span.start,
            span.end,
            q.style(),
            escape(q.text()),
            indent = "  ".repeat(level),
        )
        .map_err(Failure::Output)?;
    }
    out.flush().map_err(Failure::Output)
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
