//! Who said what in one document: every quote with its speaker, role, sieve
//! and confidence, then the speakers with their roles.
//!
//! ```sh
//! cargo run --release --example attribute -- examples/data/news-sample.txt
//! cargo run --release --example attribute -- --json article.txt
//! cat article.txt | cargo run --release --example attribute -- -
//! ```
//!
//! Exit codes: 0 on success, 1 when the input cannot be read or analysed
//! (missing file, invalid UTF-8, over the size limit), 2 on a usage error,
//! 3 when standard output is closed or cannot be written (the output is
//! incomplete; `| head` ends the run this way). A closed or broken standard
//! error is ignored.

use std::io::{self, Write};
use std::process::ExitCode;

use serde_json::{json, Value};
use whosaid::{Analysis, Attribution, Attributor, Config, DEFAULT_MAX_INPUT_BYTES};

mod common;
use common::say;

const USAGE: &str = "\
usage: attribute [--json] [--max-bytes N] FILE
       attribute [--json] [--max-bytes N] -      (read standard input)

Prints every quote in FILE with its speaker, role, sieve and confidence,
then the speakers with their roles.

options:
  --json          print the analysis as JSON instead of the report
  --max-bytes N   refuse inputs over N bytes (default 256 MiB)
  -h, --help      print this help

exit codes: 0 done; 1 input unreadable or refused; 2 usage error;
3 standard output closed or unwritable (output incomplete)";

/// Width of the quote text shown in the report, in characters.
const SHOWN_CHARS: usize = 80;

struct Args {
    input: String,
    json: bool,
    max_bytes: usize,
}

enum Failure {
    /// Bad command line: print the message and the usage, exit 2.
    Usage(String),
    /// Input problem: one line, exit 1.
    Run(String),
    /// Standard output could not be written: exit 3.
    Output(io::Error),
    /// Standard output was closed at start: exit 3.
    Closed,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            if msg.is_empty() {
                say(USAGE);
            } else {
                say(format_args!(
                    "error: {msg}\n{}\n(--help for more)",
                    first_line(USAGE)
                ));
            }
            ExitCode::from(common::EXIT_USAGE)
        }
        Err(Failure::Run(msg)) => {
            say(format_args!("error: {msg}"));
            ExitCode::FAILURE
        }
        Err(Failure::Output(e)) => common::output_failed("attribute", &e),
        Err(Failure::Closed) => common::refuse_closed_stdout("attribute")
            .err()
            .unwrap_or(ExitCode::from(common::EXIT_OUTPUT)),
    }
}

fn run() -> Result<(), Failure> {
    let args = parse_args(std::env::args().skip(1))?;
    if common::stdout_closed() {
        return Err(Failure::Closed);
    }
    let config = Config::new().max_input_bytes(args.max_bytes);
    let who = Attributor::with_config(config).map_err(|e| Failure::Usage(e.to_string()))?;

    let name = if args.input == "-" {
        "<stdin>"
    } else {
        args.input.as_str()
    };
    let bytes = common::read_input(&args.input, args.max_bytes).map_err(Failure::Run)?;
    let analysis = who
        .attribute_bytes(&bytes)
        .map_err(|e| Failure::Run(format!("{name}: {e}")))?;

    if analysis.text().len() < bytes.len() {
        say(format_args!(
            "attribute: {name}: over the quote budget (one quote per 16 bytes): only the first {} of {} bytes were analysed",
            analysis.text().len(),
            bytes.len()
        ));
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = if args.json {
        // Streamed: the JSON of a large document is several times its size.
        match serde_json::to_writer_pretty(&mut out, &analysis) {
            Ok(()) => writeln!(out),
            // An I/O error is the writer's, handled below with the report's.
            Err(e) if e.is_io() => Err(io::Error::from(e)),
            Err(e) => return Err(Failure::Run(format!("cannot serialise: {e}"))),
        }
    } else {
        report(&mut out, name, &analysis)
    };
    written.and_then(|()| out.flush()).map_err(Failure::Output)
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, Failure> {
    let mut input = None;
    let mut json = false;
    let mut max_bytes = DEFAULT_MAX_INPUT_BYTES;
    while let Some(arg) = it.next() {
        let (name, inline) = common::split_flag(&arg);
        match name.as_str() {
            "-h" | "--help" => {
                // Ignore a closed pipe (`--help | head -1`).
                let _ = writeln!(io::stdout(), "{USAGE}");
                std::process::exit(0);
            }
            "--json" => json = true,
            "--max-bytes" => {
                let v =
                    common::flag_value("--max-bytes", inline, &mut it).map_err(Failure::Usage)?;
                max_bytes = common::parse_max_bytes(&v).map_err(Failure::Usage)?;
            }
            "-" => set_input(&mut input, arg)?,
            s if s.starts_with('-') => return Err(Failure::Usage(format!("unknown option {s}"))),
            _ => set_input(&mut input, arg)?,
        }
    }
    let input = input.ok_or_else(|| Failure::Usage(String::new()))?;
    Ok(Args {
        input,
        json,
        max_bytes,
    })
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

fn set_input(slot: &mut Option<String>, arg: String) -> Result<(), Failure> {
    if slot.is_some() {
        return Err(Failure::Usage("give one FILE (or -)".into()));
    }
    *slot = Some(arg);
    Ok(())
}

fn report(out: &mut impl Write, name: &str, a: &Analysis<'_>) -> io::Result<()> {
    let quotes = a.quotes();
    let linked = quotes
        .iter()
        .filter(|q| q.speaker_index().is_some())
        .count();
    writeln!(
        out,
        "{name}: {} bytes, {} ({linked} with a speaker), {}",
        a.text().len(),
        count(quotes.len(), "quote"),
        count(a.speakers().len(), "speaker")
    )?;

    if !quotes.is_empty() {
        writeln!(out, "\nQuotes")?;
    }
    for (i, q) in quotes.iter().enumerate() {
        let span = q.span();
        let mut flags = String::new();
        if let Some(p) = q.quote().parent() {
            flags.push_str(&format!(", inside #{}", p + 1));
        }
        if q.quote().is_multi_paragraph() {
            flags.push_str(", multi-paragraph");
        }
        if !q.quote().is_closed() {
            flags.push_str(", unclosed");
        }
        writeln!(
            out,
            "#{:<3} {}..{}  {}{flags}",
            i + 1,
            span.start,
            span.end,
            label(json!(q.kind()))
        )?;
        writeln!(out, "     {}", shorten(q.text(), SHOWN_CHARS))?;
        match a.speaker(q) {
            Some(s) => {
                let role = s.role().map(|r| r.text()).unwrap_or("(no role stated)");
                writeln!(out, "     speaker: {}, {role}", s.name())?;
            }
            None => writeln!(out, "     speaker: (none)")?,
        }
        writeln!(out, "     {}", how(a, q))?;
    }

    if !a.speakers().is_empty() {
        writeln!(out, "\nSpeakers")?;
    }
    for (i, s) in a.speakers().iter().enumerate() {
        writeln!(
            out,
            "#{:<3} {} ({}, {})",
            i + 1,
            s.name(),
            label(json!(s.kind())),
            count(s.mentions().len(), "mention")
        )?;
        if s.roles().is_empty() {
            writeln!(out, "     no role stated")?;
        }
        for r in s.roles() {
            let split = match r.affiliation() {
                Some(aff) => format!("title {:?}, affiliation {aff:?}", r.title()),
                None => format!("title {:?}", r.title()),
            };
            writeln!(out, "     role: {} ({split})", r.text())?;
        }
    }
    Ok(())
}

/// `1 quote`, `2 quotes`.
fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// `sieve adjacent, cue "said", confidence 0.95`, or why there is none.
fn how(a: &Analysis<'_>, q: &Attribution<'_>) -> String {
    let sieve = q
        .sieve()
        .map_or_else(|| "none".to_string(), |s| label(json!(s)));
    let cue = q
        .cue()
        .and_then(|c| a.text().get(c.range()))
        .map(|c| format!(", cue {:?}", shorten(c, 30)))
        .unwrap_or_default();
    format!("sieve {sieve}{cue}, confidence {:.2}", q.confidence())
}

/// The serde name of one of whosaid's enums (`direct`, `reported_speech`,
/// `unnamed_source`): the same words the JSON output uses.
fn label(v: Value) -> String {
    match v {
        Value::String(s) => s.replace('_', " "),
        _ => "?".to_string(),
    }
}

/// `text` on one line: line breaks and tabs escaped, cut to `max` characters
/// with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut shown = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let escaped = match c {
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            _ => None,
        };
        let width = if escaped.is_some() { 2 } else { 1 };
        // Keep room for the ellipsis unless this is the last character.
        let room = if chars.peek().is_some() { max - 1 } else { max };
        if shown + width > room {
            out.push('…');
            break;
        }
        match escaped {
            Some(e) => out.push_str(e),
            None => out.push(c),
        }
        shown += width;
    }
    out
}
