//! Who said what in one document: every quote with its speaker, role, sieve
//! and confidence, then the speakers with their roles; or one row per
//! speaker (`--speakers`); as a report, JSON, TSV or CSV.
//!
//! ```sh
//! cargo run --release --example attribute -- examples/data/news-sample.txt
//! cargo run --release --example attribute -- --format json article.txt
//! cargo run --release --example attribute -- --speakers --format csv article.txt
//! cat article.txt | cargo run --release --example attribute -- -
//! ```
//!
//! Exit codes: 0 on success, 1 when the input cannot be read or analysed
//! (missing file, invalid UTF-8, over the size limit), 2 on a usage error
//! (a file name that is not UTF-8 included: give such a file on standard
//! input), 3 when standard output is closed or cannot be written (the
//! output is incomplete; `| head` ends the run this way). A closed or
//! broken standard error is ignored.

use std::io::{self, Write};
use std::process::ExitCode;

use lexopt::ValueExt;
use whosaid::{Analysis, Attribution, Attributor, OffsetUnit, OwnedAnalysis, Span, Speaker};

mod common;
use common::args::{self, Input, Opt, Shared, Stop};
use common::say;

const USAGE: &str = "\
usage: attribute [OPTIONS] FILE
       attribute [OPTIONS] -      (read standard input)

Prints every quote in FILE with its speaker, role, sieve and confidence,
then the speakers with their roles. Attribution is for English text;
quotes are found in every script.

options:
  --format F      report (default), json (the library's JSON, schema_version
                  1), tsv or csv (one row per quote, or per speaker)
  --json          the same as --format json
  --speakers      one row per speaker: name, kind, roles, number of quotes,
                  referential gender and its basis
  --max-bytes N   refuse inputs over N bytes (default 256 MiB)
{OFFSETS}
{MIN_CONFIDENCE}
{LEXICON}
  -h, --help      print this help
  -V, --version   print the version

exit codes: 0 done; 1 input unreadable or refused; 2 usage error;
3 standard output closed or unwritable (output incomplete)";

/// Width of the quote text shown in the report, in characters.
const SHOWN_CHARS: usize = 80;

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Report,
    Json,
    Tsv,
    Csv,
}

struct Options {
    input: Input,
    format: Format,
    speakers: bool,
    shared: Shared,
}

enum Failure {
    /// Input problem: one line, exit 1.
    Run(String),
    /// Standard output could not be written: exit 3.
    Output(io::Error),
}

fn usage() -> String {
    USAGE
        .replace("{OFFSETS}", args::OFFSETS_USAGE)
        .replace("{MIN_CONFIDENCE}", args::MIN_CONFIDENCE_USAGE)
        .replace("{LEXICON}", args::LEXICON_USAGE)
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(opts) => opts,
        Err(stop) => return stop.exit("attribute", &usage()),
    };
    if let Err(code) = common::refuse_closed_stdout("attribute") {
        return code;
    }
    match run(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Run(msg)) => {
            say(format_args!("attribute: error: {msg}"));
            ExitCode::FAILURE
        }
        Err(Failure::Output(e)) => common::output_failed("attribute", &e),
    }
}

fn parse_args() -> Result<Options, Stop> {
    let mut p = lexopt::Parser::from_env();
    let mut input = None;
    let mut format = Format::Report;
    let mut speakers = false;
    let mut shared = Shared::new();
    while let Some(arg) = args::next(&mut p)? {
        if shared.take(&arg, &mut p, true)? {
            continue;
        }
        match arg {
            Opt::Long(l) if l == "json" => format = Format::Json,
            Opt::Long(l) if l == "speakers" => speakers = true,
            Opt::Long(l) if l == "format" => {
                format = match p.value()?.string()?.as_str() {
                    "report" => Format::Report,
                    "json" => Format::Json,
                    "tsv" => Format::Tsv,
                    "csv" => Format::Csv,
                    other => {
                        return Err(Stop::Usage(format!(
                            "bad --format value {other:?}: give report, json, tsv or csv"
                        )))
                    }
                }
            }
            Opt::Value(v) => Input::set_operand(&mut input, v)?,
            other => return Err(args::unexpected(other)),
        }
    }
    let input = Input::or_stdin(input)?;
    Ok(Options {
        input,
        format,
        speakers,
        shared,
    })
}

fn run(opts: &Options) -> Result<(), Failure> {
    let who =
        Attributor::with_config(opts.shared.config()).map_err(|e| Failure::Run(e.to_string()))?;
    let name = opts.input.name();
    let bytes = common::read_input(&opts.input, opts.shared.max_bytes).map_err(Failure::Run)?;
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
    let unit = opts.shared.offsets;
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = match (opts.format, opts.speakers) {
        (Format::Json, false) => {
            // Streamed: the JSON of a large document is several times its size.
            let written = if unit == OffsetUnit::Bytes {
                serde_json::to_writer_pretty(&mut out, &analysis)
            } else {
                serde_json::to_writer_pretty(&mut out, &analysis.to_owned_in(unit))
            };
            match written {
                Ok(()) => writeln!(out),
                // An I/O error is the writer's, handled below with the report's.
                Err(e) if e.is_io() => Err(io::Error::from(e)),
                Err(e) => return Err(Failure::Run(format!("cannot serialise: {e}"))),
            }
        }
        (Format::Report, false) => report(&mut out, &name, &analysis, unit),
        (table, false) => quote_table(&mut out, &analysis.to_owned_in(unit), table),
        (format, true) => speaker_table(&mut out, &analysis, format),
    };
    written.and_then(|()| out.flush()).map_err(Failure::Output)
}

/// One row per quote: `start end kind speaker role sieve cue confidence
/// text`, tab- or comma-separated, with a header.
fn quote_table(out: &mut impl Write, a: &OwnedAnalysis, format: Format) -> io::Result<()> {
    let row = |out: &mut dyn Write, cells: &[&str]| write_row(out, cells, format);
    row(
        out,
        &[
            "start",
            "end",
            "kind",
            "speaker",
            "role",
            "sieve",
            "cue",
            "confidence",
            "text",
        ],
    )?;
    for q in a.quotes() {
        let span = q.span();
        row(
            out,
            &[
                &span.start.to_string(),
                &span.end.to_string(),
                q.kind().as_str(),
                q.speaker_name().unwrap_or(""),
                q.role().unwrap_or(""),
                q.sieve().map_or("", |s| s.as_str()),
                q.cue_text().unwrap_or(""),
                &format!("{:.3}", q.confidence()),
                q.text(),
            ],
        )?;
    }
    Ok(())
}

/// One row per speaker: name, kind, roles, quotes, gender and its basis.
fn speaker_table(out: &mut impl Write, a: &Analysis<'_>, format: Format) -> io::Result<()> {
    let mut quotes = vec![0usize; a.speakers().len()];
    for q in a.quotes() {
        if let Some(n) = q.speaker_index().and_then(|i| quotes.get_mut(i)) {
            *n += 1;
        }
    }
    let roles = |s: &Speaker| {
        s.roles()
            .iter()
            .map(|r| r.text())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let basis = |s: &Speaker| s.gender_basis().map_or("", |b| b.as_str());
    match format {
        Format::Json => {
            let rows: Vec<serde_json::Value> = a
                .speakers()
                .iter()
                .zip(&quotes)
                .map(|(s, n)| {
                    serde_json::json!({
                        "name": s.name(),
                        "kind": s.kind(),
                        "roles": s.roles().iter().map(|r| r.text()).collect::<Vec<_>>(),
                        "quotes": n,
                        "gender": s.gender(),
                        "gender_basis": s.gender_basis(),
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &rows).map_err(io::Error::from)?;
            writeln!(out)
        }
        Format::Report => {
            writeln!(
                out,
                "{:<32} {:<15} {:>6}  {:<22} roles",
                "speaker", "kind", "quotes", "gender"
            )?;
            for (s, n) in a.speakers().iter().zip(&quotes) {
                let gender = match s.gender_basis() {
                    Some(b) => format!("{} ({b})", s.gender()),
                    None => s.gender().to_string(),
                };
                writeln!(
                    out,
                    "{:<32} {:<15} {n:>6}  {gender:<22} {}",
                    shorten(s.name(), 32),
                    s.kind().as_str().replace('_', " "),
                    roles(s)
                )?;
            }
            Ok(())
        }
        Format::Tsv | Format::Csv => {
            let header = ["name", "kind", "roles", "quotes", "gender", "gender_basis"];
            write_row(out, &header, format)?;
            for (s, n) in a.speakers().iter().zip(&quotes) {
                write_row(
                    out,
                    &[
                        s.name(),
                        s.kind().as_str(),
                        &roles(s),
                        &n.to_string(),
                        s.gender().as_str(),
                        basis(s),
                    ],
                    format,
                )?;
            }
            Ok(())
        }
    }
}

/// A TSV row (tabs, line breaks and backslashes escaped as `\t`, `\n`,
/// `\r`, `\\`) or a CSV row (RFC 4180: a cell with a comma, a quote or a
/// line break in double quotes, its quotes doubled).
fn write_row(out: &mut dyn Write, cells: &[&str], format: Format) -> io::Result<()> {
    let mut line = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            line.push(if format == Format::Csv { ',' } else { '\t' });
        }
        if format == Format::Csv {
            if cell.contains([',', '"', '\n', '\r']) {
                line.push('"');
                line.push_str(&cell.replace('"', "\"\""));
                line.push('"');
            } else {
                line.push_str(cell);
            }
        } else {
            for c in cell.chars() {
                match c {
                    '\t' => line.push_str("\\t"),
                    '\n' => line.push_str("\\n"),
                    '\r' => line.push_str("\\r"),
                    '\\' => line.push_str("\\\\"),
                    c => line.push(c),
                }
            }
        }
    }
    line.push_str(if format == Format::Csv { "\r\n" } else { "\n" });
    out.write_all(line.as_bytes())
}

fn report(out: &mut impl Write, name: &str, a: &Analysis<'_>, unit: OffsetUnit) -> io::Result<()> {
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

    if unit != OffsetUnit::Bytes {
        writeln!(out, "offsets in {unit}")?;
    }
    // Only the quotes' spans in the unit: not an owned copy of the whole
    // analysis (every quote's text again), which a storm of quotes makes
    // several times the input.
    let converted = (unit != OffsetUnit::Bytes).then(|| {
        let bytes: Vec<usize> = quotes
            .iter()
            .flat_map(|q| [q.span().start, q.span().end])
            .collect();
        unit.convert(a.text(), &bytes)
    });

    if !quotes.is_empty() {
        writeln!(out, "\nQuotes")?;
    }
    for (i, q) in quotes.iter().enumerate() {
        let span = match &converted {
            Some(c) => Span::new(c[2 * i], c[2 * i + 1]),
            None => q.span(),
        };
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
            q.kind()
        )?;
        writeln!(out, "     {}", shorten(q.text(), SHOWN_CHARS))?;
        match a.speaker(q) {
            Some(s) => {
                let role = s.role().map(|r| r.text()).unwrap_or("(no role stated)");
                writeln!(out, "     speaker: {}, {role}", s.name())?;
            }
            None => writeln!(out, "     speaker: (none)")?,
        }
        writeln!(out, "     {}", how(q))?;
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
            s.kind().as_str().replace('_', " "),
            count(s.mentions().len(), "mention")
        )?;
        if let Some(b) = s.gender_basis() {
            writeln!(out, "     gender: {} (from {b})", s.gender())?;
        }
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
fn how(q: &Attribution<'_>) -> String {
    let sieve = q
        .sieve()
        .map_or("none".to_string(), |s| s.as_str().replace('_', " "));
    let cue = q
        .cue_text()
        .map(|c| format!(", cue {:?}", shorten(c, 30)))
        .unwrap_or_default();
    format!("sieve {sieve}{cue}, confidence {:.2}", q.confidence())
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
