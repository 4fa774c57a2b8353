//! Print every quote in a text file, one line per quote.
//!
//! ```text
//! cargo run --release --example quotes -- examples/data/quotes-sample.txt
//! cat story.txt | cargo run --release --example quotes -- --max-bytes 1000000 -
//! ```
//!
//! Each line reads `start..end<TAB>style<TAB>text`: the span of the quote
//! (marks included; UTF-8 bytes, or `--offsets chars|utf16`), its mark style, and the quote itself with line
//! breaks written as `\n`. A quote nested in another is indented by two
//! spaces per level and its style is followed by `^N`, the line number (from
//! 0) of the quote it sits in. Quotes that never close are marked
//! `(unclosed)`, quotes over several paragraphs `(multi-paragraph)`.
//!
//! Inputs over `--max-bytes` (default 256 MiB) are refused. Exit codes: 0
//! on success, 1 when the input cannot be read (missing file, invalid UTF-8,
//! over the limit), 2 on a usage error (a file name that is not UTF-8
//! included: give such a file on standard input), 3 when standard output is closed or
//! cannot be written (the output is incomplete; `| head` ends the run this
//! way). A closed or broken standard error is ignored.

use std::io::{self, Write};
use std::process::ExitCode;

use whosaid::{Attributor, Config, OffsetUnit};

mod common;
use common::args::{self, Input, Opt, Shared, Stop};
use common::say;

const USAGE: &str = "\
usage: quotes [OPTIONS] FILE
       quotes [OPTIONS] [-]        (read standard input)

Prints one line per quote found in FILE:
    start..end<TAB>style<TAB>text
Offsets are half-open (UTF-8 bytes unless --offsets says otherwise);
nested quotes are indented and marked ^N with the index of the quote they
sit in. Quotes are found in every script; speakers (the attribute example)
are for English.

options:
  --max-bytes N   refuse inputs over N bytes (default 256 MiB)
  --offsets U     the unit of the offsets: bytes (UTF-8, the default),
                  chars (Unicode scalar values: Python's str) or utf16
                  (JavaScript, Java)
  -h, --help      print this help
  -V, --version   print the version

exit codes: 0 done; 1 input unreadable or refused; 2 usage error;
3 standard output closed or unwritable (output incomplete)";

/// How a run fails.
enum Failure {
    Input(String),
    Output(io::Error),
}

fn main() -> ExitCode {
    let (input, shared) = match parse_args() {
        Ok(args) => args,
        Err(stop) => return stop.exit("quotes", USAGE),
    };
    if let Err(code) = common::refuse_closed_stdout("quotes") {
        return code;
    }
    match run(&input, &shared) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(msg)) => {
            say(format_args!("quotes: error: {msg}"));
            ExitCode::FAILURE
        }
        Err(Failure::Output(e)) => common::output_failed("quotes", &e),
    }
}

/// The input and the options.
fn parse_args() -> Result<(Input, Shared), Stop> {
    let mut p = lexopt::Parser::from_env();
    let mut input = None;
    let mut shared = Shared::new();
    while let Some(arg) = args::next(&mut p)? {
        if shared.take(&arg, &mut p, false)? {
            continue;
        }
        match arg {
            Opt::Value(v) => Input::set_operand(&mut input, v)?,
            other => return Err(args::unexpected(other)),
        }
    }
    let input = Input::or_stdin(input)?;
    Ok((input, shared))
}

fn run(input: &Input, shared: &Shared) -> Result<(), Failure> {
    let who = Attributor::with_config(Config::new().max_input_bytes(shared.max_bytes))
        .map_err(|e| Failure::Input(e.to_string()))?;
    let bytes = common::read_input(input, shared.max_bytes).map_err(Failure::Input)?;
    let name = input.name();
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
    let offsets: Vec<usize> = quotes
        .iter()
        .flat_map(|q| [q.span().start, q.span().end])
        .collect();
    let offsets = if shared.offsets == OffsetUnit::Bytes {
        offsets
    } else {
        shared.offsets.convert(text, &offsets)
    };

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut depth = Vec::with_capacity(quotes.len());
    for (q, at) in quotes.iter().zip(offsets.chunks_exact(2)) {
        let level = q.parent().map_or(0, |p| depth[p] + 1);
        depth.push(level);
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
            at[0],
            at[1],
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
