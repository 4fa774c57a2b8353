//! JSONL in, JSONL out: the unit a batch engine runs (Spark's `RDD.pipe`,
//! Hadoop Streaming, GNU parallel).
//!
//! Reads one JSON document per line on standard input, each an object with
//! a string `text` (and usually an `id`; other fields are ignored), and
//! writes exactly one line per input line on standard output, in input
//! order:
//!
//! ```json
//! {"id":"a1","quotes":[{"start":0,"end":16,"text":"\"We are ready,\"",
//!   "speaker":"Jane Roe","role":"trade minister","kind":"direct",
//!   "sieve":"adjacent","confidence":0.95}],
//!  "speakers":[{"name":"Jane Roe","kind":"person","roles":["trade minister"]}]}
//! ```
//!
//! A line that cannot be analysed (not JSON, not an object, no `text`, a
//! `text` that is not a string, an empty line, an input over the size
//! limit) gets `{"id":…,"line":N,"error":"…"}` in its place and a message on
//! standard error; the run goes on. With `--strict` the exit code is 1 when
//! any line failed.
//!
//! ```sh
//! cargo run --release --example jsonl -- --threads 8 --progress < docs.jsonl > out.jsonl
//! ```
//!
//! Documents are read in windows of at most 256 lines per thread (and a few
//! MiB per thread), attributed in parallel with one shared [`Attributor`],
//! and written in order before the next window is read, so memory stays
//! bounded however long the input is.

use std::fmt::Write as _;
use std::io::{self, BufRead, IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use whosaid::{Analysis, Attributor, Config};

const USAGE: &str = "\
usage: jsonl [--threads N] [--strict] [--progress] [--min-confidence P] < IN.jsonl > OUT.jsonl

Reads one JSON object with a string \"text\" (and an \"id\") per line and
writes one line per input line: the document's quotes with speaker, role,
kind, sieve and confidence, and its speakers.

options:
  --threads N   worker threads (default: the number of cores)
  --strict      exit with code 1 if any line could not be analysed
  --progress    report documents, MB, MB/s and errors on stderr as it goes
  --min-confidence P
                keep a speaker only at confidence P or above (0..=1; default:
                the library's, chosen for 0.95 precision on real news)
  -h, --help    print this help";

/// Lines per thread in one window.
const LINES_PER_THREAD: usize = 256;
/// Input bytes per thread in one window (a window always takes one line).
const BYTES_PER_THREAD: usize = 8 << 20;
/// Lines a worker claims at a time from the window.
const CLAIM: usize = 8;
/// How often `--progress` reports.
const PROGRESS_EVERY: Duration = Duration::from_secs(1);

struct Options {
    threads: usize,
    strict: bool,
    progress: bool,
    min_confidence: Option<f32>,
}

/// The result for one input line: the line to write, and the message for
/// standard error when the line failed.
struct Outcome {
    json: String,
    error: Option<String>,
}

fn main() -> ExitCode {
    let opts = match parse_args(std::env::args().skip(1)) {
        Ok(Some(opts)) => opts,
        Ok(None) => {
            // Ignore a closed pipe (`--help | head -1`).
            let _ = writeln!(io::stdout(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            let usage = USAGE.lines().next().unwrap_or(USAGE);
            eprintln!("error: {msg}\n{usage}\n(--help for more)");
            return ExitCode::from(2);
        }
    };
    // A panic inside the library is reported for its line (see
    // `analyse_line`); keep the report to one line on stderr.
    panic::set_hook(Box::new(|info| eprintln!("jsonl: panic: {info}")));
    match run(&opts) {
        Ok(errors) if errors > 0 && opts.strict => {
            eprintln!("error: {errors} line(s) could not be analysed");
            ExitCode::FAILURE
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut opts = Options {
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        strict: false,
        progress: false,
        min_confidence: None,
    };
    while let Some(arg) = it.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(None),
            "--strict" => opts.strict = true,
            "--progress" => opts.progress = true,
            "--threads" => {
                let v = inline
                    .or_else(|| it.next())
                    .ok_or("--threads needs a value")?;
                opts.threads = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("bad --threads value {v:?}: give a number ≥ 1"))?;
            }
            "--min-confidence" => {
                let v = inline
                    .or_else(|| it.next())
                    .ok_or("--min-confidence needs a value")?;
                opts.min_confidence = Some(
                    v.parse()
                        .ok()
                        .filter(|p| (0.0..=1.0).contains(p))
                        .ok_or_else(|| {
                            format!("bad --min-confidence value {v:?}: give a number in 0..=1")
                        })?,
                );
            }
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    Ok(Some(opts))
}

/// Runs the whole input; returns the number of lines that failed.
fn run(opts: &Options) -> io::Result<u64> {
    let mut config = Config::new();
    if let Some(p) = opts.min_confidence {
        config = config.min_confidence(p);
    }
    let who = Attributor::with_config(config).map_err(io::Error::other)?;
    let mut input = io::BufReader::with_capacity(1 << 20, io::stdin().lock());
    let mut out = io::BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let mut stats = Stats::new(opts.progress || io::stderr().is_terminal());

    let max_lines = LINES_PER_THREAD.saturating_mul(opts.threads);
    let max_bytes = BYTES_PER_THREAD.saturating_mul(opts.threads);
    let mut window: Vec<Vec<u8>> = Vec::with_capacity(max_lines);
    let mut line_no: u64 = 0;
    let mut eof = false;
    while !eof {
        window.clear();
        let mut bytes = 0;
        while window.len() < max_lines && bytes < max_bytes {
            let mut line = Vec::new();
            if input.read_until(b'\n', &mut line)? == 0 {
                eof = true;
                break;
            }
            bytes += line.len();
            window.push(line);
        }
        let first = line_no + 1;
        line_no += window.len() as u64;

        for outcome in analyse_window(&who, &window, first, opts.threads) {
            if let Some(msg) = &outcome.error {
                eprintln!("{msg}");
                stats.errors += 1;
            }
            let written = out
                .write_all(outcome.json.as_bytes())
                .and_then(|()| out.write_all(b"\n"));
            if let Err(e) = written {
                return quiet_broken_pipe(e, stats.errors);
            }
        }
        stats.docs += window.len() as u64;
        stats.bytes += bytes as u64;
        if opts.progress {
            stats.report_now_and_then();
        }
    }
    if let Err(e) = out.flush() {
        return quiet_broken_pipe(e, stats.errors);
    }
    stats.summary();
    Ok(stats.errors)
}

/// A reader that stops early (`| head`) ends the run cleanly.
fn quiet_broken_pipe(e: io::Error, errors: u64) -> io::Result<u64> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(errors)
    } else {
        Err(e)
    }
}

/// Analyses a window of lines on up to `threads` threads and returns the
/// outcomes in line order. Workers claim a few lines at a time, so one long
/// document does not hold up a whole share of the window.
fn analyse_window(who: &Attributor, lines: &[Vec<u8>], first: u64, threads: usize) -> Vec<Outcome> {
    let threads = threads.min(lines.len().div_ceil(CLAIM));
    if threads <= 1 {
        return analyse_lines(who, lines, first);
    }
    let next = AtomicUsize::new(0);
    let mut parts: Vec<(usize, Vec<Outcome>)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let start = next.fetch_add(CLAIM, Ordering::Relaxed);
                        if start >= lines.len() {
                            return done;
                        }
                        let end = (start + CLAIM).min(lines.len());
                        let part = analyse_lines(who, &lines[start..end], first + start as u64);
                        done.push((start, part));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| panic::resume_unwind(e)))
            .collect()
    });
    parts.sort_unstable_by_key(|&(start, _)| start);
    parts.into_iter().flat_map(|(_, part)| part).collect()
}

fn analyse_lines(who: &Attributor, lines: &[Vec<u8>], first: u64) -> Vec<Outcome> {
    lines
        .iter()
        .zip(first..)
        .map(|(line, n)| analyse_line(who, line, n))
        .collect()
}

fn analyse_line(who: &Attributor, line: &[u8], n: u64) -> Outcome {
    let failed = |id: &Value, msg: String| {
        let mut json = String::from("{\"id\":");
        json.push_str(&id.to_string());
        let _ = write!(json, ",\"line\":{n},\"error\":");
        push_str(&mut json, &msg);
        json.push('}');
        Outcome {
            json,
            error: Some(format!("line {n}: {msg}")),
        }
    };

    if line.iter().all(u8::is_ascii_whitespace) {
        return failed(&Value::Null, "empty line".into());
    }
    let doc = match serde_json::from_slice::<Value>(line) {
        Ok(Value::Object(doc)) => doc,
        Ok(other) => return failed(&Value::Null, format!("not a JSON object but {}", a(&other))),
        Err(e) => return failed(&Value::Null, not_json(&e)),
    };
    let id = doc.get("id").cloned().unwrap_or(Value::Null);
    let text = match doc.get("text") {
        Some(Value::String(text)) => text,
        Some(other) => return failed(&id, format!("\"text\" is {}, not a string", a(other))),
        None => return failed(&id, "no \"text\" field".into()),
    };
    // One document that trips a bug in the library must not end a run over
    // millions: it becomes an error line like any other.
    match panic::catch_unwind(AssertUnwindSafe(|| {
        who.attribute(text).map(|analysis| render(&id, &analysis))
    })) {
        Ok(Ok(json)) => Outcome { json, error: None },
        Ok(Err(e)) => failed(&id, e.to_string()),
        Err(_) => failed(&id, "internal error: the attributor panicked".into()),
    }
}

/// serde_json's message with its position as a column: its "line 1" would
/// be read as the input's line 1.
fn not_json(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = msg
        .rsplit_once(" at line ")
        .map_or(msg.as_str(), |(m, _)| m);
    format!("not JSON: {msg} at column {}", e.column())
}

/// `a string`, `a number`, … for messages.
fn a(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// One output line, keys in the documented order. Written by hand rather
/// than through a `Value` tree, which would sort the keys and allocate a
/// node per field.
fn render(id: &Value, a: &Analysis<'_>) -> String {
    let mut o = String::with_capacity(128 + 192 * a.quotes().len());
    o.push_str("{\"id\":");
    o.push_str(&id.to_string());
    o.push_str(",\"quotes\":[");
    for (i, q) in a.quotes().iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        let speaker = a.speaker(q);
        let span = q.span();
        let _ = write!(
            o,
            "{{\"start\":{},\"end\":{},\"text\":",
            span.start, span.end
        );
        push_str(&mut o, q.text());
        o.push_str(",\"speaker\":");
        push_opt(&mut o, speaker.map(|s| s.name()));
        o.push_str(",\"role\":");
        push_opt(&mut o, speaker.and_then(|s| s.role()).map(|r| r.text()));
        o.push_str(",\"kind\":");
        o.push_str(&json!(q.kind()).to_string());
        o.push_str(",\"sieve\":");
        o.push_str(&json!(q.sieve()).to_string());
        // Three decimals: an f32 printed in full (0.800000011920929) says
        // more than the figure means.
        let c = f64::from(q.confidence());
        let c = if c.is_finite() {
            (c * 1000.0).round() / 1000.0
        } else {
            0.0
        };
        let _ = write!(o, ",\"confidence\":{c}}}");
    }
    o.push_str("],\"speakers\":[");
    for (i, s) in a.speakers().iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push_str("{\"name\":");
        push_str(&mut o, s.name());
        o.push_str(",\"kind\":");
        o.push_str(&json!(s.kind()).to_string());
        o.push_str(",\"roles\":[");
        for (j, r) in s.roles().iter().enumerate() {
            if j > 0 {
                o.push(',');
            }
            push_str(&mut o, r.text());
        }
        o.push_str("]}");
    }
    o.push_str("]}");
    o
}

fn push_opt(o: &mut String, s: Option<&str>) {
    match s {
        Some(s) => push_str(o, s),
        None => o.push_str("null"),
    }
}

/// Appends `s` as a JSON string literal.
fn push_str(o: &mut String, s: &str) {
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if c < ' ' => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
}

/// Counts for `--progress` and the closing summary.
struct Stats {
    show_summary: bool,
    start: Instant,
    last_report: Instant,
    docs: u64,
    bytes: u64,
    errors: u64,
}

impl Stats {
    fn new(show_summary: bool) -> Stats {
        let now = Instant::now();
        Stats {
            show_summary,
            start: now,
            last_report: now,
            docs: 0,
            bytes: 0,
            errors: 0,
        }
    }

    fn line(&self) -> String {
        let secs = self.start.elapsed().as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        let rate = if secs > 0.0 { mb / secs } else { 0.0 };
        format!(
            "{} documents, {mb:.1} MB in {secs:.1} s ({rate:.1} MB/s), {} errors",
            self.docs, self.errors
        )
    }

    fn report_now_and_then(&mut self) {
        if self.last_report.elapsed() >= PROGRESS_EVERY {
            self.last_report = Instant::now();
            eprintln!("jsonl: {}", self.line());
        }
    }

    fn summary(&self) {
        if self.show_summary {
            eprintln!("jsonl: done: {}", self.line());
        }
    }
}
