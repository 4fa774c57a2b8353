//! JSONL in, JSONL out: the unit a batch engine runs (Spark's `RDD.pipe`,
//! Hadoop Streaming, GNU parallel).
//!
//! Reads one JSON document per line on standard input, each an object with
//! a string `text` (and usually an `id`; other fields are ignored), and
//! writes exactly one line per input line on standard output, in input
//! order: the input's `id` and then the library's own JSON of the analysis
//! (`schema_version`, `offsets`, `quotes`, `speakers`: the shape
//! `schema/whosaid.schema.json` describes and the README lists):
//!
//! ```json
//! {"id":"a1","schema_version":1,"offsets":"bytes","quotes":[{"start":0,"end":15,
//!   "text":"\"We are ready,\"","content":"We are ready,","style":"straight_double",
//!   "parent":null,"multi_paragraph":false,"closed":true,"kind":"direct",
//!   "speaker":"Jane Roe","speaker_index":0,"role":"trade minister","sieve":"adjacent",
//!   "cue":"said","cue_span":{"start":16,"end":20},"confidence":0.98,"alternative":null}],
//!  "speakers":[{"name":"Jane Roe","kind":"person","gender":"unknown","gender_basis":null,
//!   "mentions":[{"start":21,"end":29}],"roles":[{"text":"trade minister",
//!   "title":"trade minister","affiliation":null,"span":{"start":35,"end":49}}]}]}
//! ```
//!
//! A line that cannot be analysed (not JSON, not an object, no `text`, a
//! `text` that is not a string, an empty line, an input over the size
//! limit) gets `{"id":…,"schema_version":1,"line":N,"error":"…"}` in its place and a message on
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

use lexopt::ValueExt;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;
use whosaid::{Analysis, Attributor, OffsetUnit, SCHEMA_VERSION};

mod common;
use common::args::{self, Input, Opt, Shared};
use common::lines::{Line, Lines};
use common::say;

const USAGE: &str = "\
usage: jsonl [OPTIONS] [FILE...] > OUT.jsonl
       jsonl [OPTIONS] < IN.jsonl > OUT.jsonl

Reads one JSON object with a string \"text\" (and an \"id\") per line, from
each FILE in turn or standard input (- or none), and writes one line per
input line: its \"id\" and the library's JSON of the analysis
(schema_version 1, schema/whosaid.schema.json): the document's quotes with
speaker, role, kind, sieve and confidence, and its speakers. Attribution
is for English text; quotes are found in every script.

options:
  --threads N     worker threads, 1 to 1024 (default: the number of cores)
  --max-bytes N   refuse lines over N bytes (default 256 MiB); such a line
                  is skipped as it is read and gets an error line
  --strict        exit with code 1 if any line could not be analysed
  --progress      report documents, MB, MB/s and errors on stderr as it goes
{OFFSETS}
{MIN_CONFIDENCE}
{LEXICON}
  -h, --help      print this help
  -V, --version   print the version

exit codes: 0 done; 1 input unreadable, or --strict and a line failed;
2 usage error; 3 standard output closed or unwritable (output incomplete)";

fn usage() -> String {
    USAGE
        .replace("{OFFSETS}", args::OFFSETS_USAGE)
        .replace("{MIN_CONFIDENCE}", args::MIN_CONFIDENCE_USAGE)
        .replace("{LEXICON}", args::LEXICON_USAGE)
}

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
    inputs: Vec<Input>,
    shared: Shared,
}

/// What every worker shares: the attributor and the output's offsets.
struct Job {
    who: Attributor,
    offsets: OffsetUnit,
}

/// The result for one input line: the line to write, and the message for
/// standard error when the line failed.
struct Outcome {
    /// Empty when the line was written already (see [`Sink`]).
    json: String,
    error: Option<String>,
}

/// Where a document's line may be written as it is rendered, when lines
/// are analysed one at a time: standard output, and the error it gave.
/// The line of a document with many quotes (a storm of them) is then
/// never held whole, only the analysis it is rendered from.
struct Sink<'a> {
    out: &'a mut dyn Write,
    /// The first error writing to `out`: the run ends on it.
    failed: Option<io::Error>,
}

/// How a run ends early.
enum Stop {
    /// The input could not be read.
    Input(io::Error),
    /// Standard output could not be written.
    Output(io::Error),
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(opts) => opts,
        Err(stop) => return stop.exit("jsonl", &usage()),
    };
    if let Err(code) = common::refuse_closed_stdout("jsonl") {
        return code;
    }
    // A panic inside the library is reported for its line (see
    // `analyse_line`); keep the report to one line on stderr, and never
    // panic in the hook when stderr is gone.
    panic::set_hook(Box::new(|info| say(format_args!("jsonl: panic: {info}"))));
    match run(&opts) {
        Ok(errors) if errors > 0 && opts.strict => {
            say(format_args!(
                "jsonl: error: {errors} line(s) could not be analysed"
            ));
            ExitCode::FAILURE
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(Stop::Input(e)) => {
            say(format_args!("jsonl: error: {e}"));
            ExitCode::FAILURE
        }
        Err(Stop::Output(e)) => common::output_failed("jsonl", &e),
    }
}

fn parse_args() -> Result<Options, args::Stop> {
    let mut p = lexopt::Parser::from_env();
    let mut opts = Options {
        threads: std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(common::MAX_THREADS),
        strict: false,
        progress: false,
        inputs: Vec::new(),
        shared: Shared::new(),
    };
    while let Some(arg) = args::next(&mut p)? {
        if opts.shared.take(&arg, &mut p, true)? {
            continue;
        }
        match arg {
            Opt::Long(l) if l == "strict" => opts.strict = true,
            Opt::Long(l) if l == "progress" => opts.progress = true,
            Opt::Long(l) if l == "threads" => {
                opts.threads = args::parse_threads(&p.value()?.string()?)?
            }
            Opt::Value(v) => opts.inputs.push(Input::from_operand(v)?),
            other => return Err(args::unexpected(other)),
        }
    }
    if opts.inputs.is_empty() {
        opts.inputs.push(Input::Stdin);
    }
    Ok(opts)
}

/// The lines of every input in turn: each file's last line ends with the
/// file.
struct Inputs<'a> {
    rest: std::slice::Iter<'a, Input>,
    max_bytes: usize,
    current: Option<Lines<Box<dyn BufRead + 'a>>>,
}

impl<'a> Inputs<'a> {
    fn new(inputs: &'a [Input], max_bytes: usize) -> Inputs<'a> {
        Inputs {
            rest: inputs.iter(),
            max_bytes,
            current: None,
        }
    }

    fn next_line(&mut self) -> io::Result<Option<Line>> {
        loop {
            if let Some(lines) = &mut self.current {
                if let Some(line) = lines.next_line()? {
                    return Ok(Some(line));
                }
                self.current = None;
            }
            let Some(input) = self.rest.next() else {
                return Ok(None);
            };
            let read: Box<dyn BufRead + 'a> = match input {
                Input::Stdin => Box::new(io::BufReader::with_capacity(1 << 20, io::stdin().lock())),
                Input::File(path) => {
                    let file = std::fs::File::open(path).map_err(|e| {
                        io::Error::new(
                            e.kind(),
                            format!("cannot open {}: {}", path.display(), common::io_reason(&e)),
                        )
                    })?;
                    Box::new(io::BufReader::with_capacity(1 << 20, file))
                }
            };
            self.current = Some(Lines::new(read, self.max_bytes));
        }
    }
}

/// Runs the whole input; returns the number of lines that failed.
fn run(opts: &Options) -> Result<u64, Stop> {
    let job = Job {
        who: Attributor::with_config(opts.shared.config())
            .map_err(|e| Stop::Input(io::Error::other(e)))?,
        offsets: opts.shared.offsets,
    };
    let mut lines = Inputs::new(&opts.inputs, opts.shared.max_bytes);
    let mut out = io::BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let mut stats = Stats::new(opts.progress || io::stderr().is_terminal());

    let max_lines = LINES_PER_THREAD.saturating_mul(opts.threads);
    let max_bytes = BYTES_PER_THREAD.saturating_mul(opts.threads);
    let mut window: Vec<Line> = Vec::with_capacity(max_lines.min(1 << 16));
    let mut line_no: u64 = 0;
    let mut eof = false;
    while !eof {
        window.clear();
        let mut held = 0;
        let mut bytes = 0;
        while window.len() < max_lines && held < max_bytes {
            let Some(line) = lines.next_line().map_err(Stop::Input)? else {
                eof = true;
                break;
            };
            match &line {
                Line::Doc(d) => {
                    held += d.len() + 1;
                    bytes += d.len() as u64 + 1;
                }
                Line::TooLong { len, .. } => bytes += len + 1,
            }
            window.push(line);
        }
        let first = line_no + 1;
        line_no += window.len() as u64;

        let mut write = |outcome: Outcome, out: &mut dyn Write| {
            if let Some(msg) = &outcome.error {
                say(msg);
                stats.errors += 1;
            }
            out.write_all(outcome.json.as_bytes())
                .and_then(|()| out.write_all(b"\n"))
                .map_err(Stop::Output)
        };
        if workers(opts.threads, window.len()) <= 1 {
            // One line at a time, each written as it is done: a line's
            // buffer goes once its text is read, and a long output line
            // is not held whole.
            for (k, n) in (0..window.len()).zip(first..) {
                let line = std::mem::replace(&mut window[k], Line::Doc(Vec::new()));
                let mut sink = Sink {
                    out: &mut out,
                    failed: None,
                };
                let outcome = analyse_owned_line(&job, line, n, &mut sink);
                if let Some(e) = sink.failed {
                    return Err(Stop::Output(e));
                }
                write(outcome, &mut out)?;
            }
        } else {
            for outcome in analyse_window(&job, &window, first, opts.threads) {
                write(outcome, &mut out)?;
            }
        }
        stats.docs += window.len() as u64;
        stats.bytes += bytes;
        if opts.progress {
            stats.report_now_and_then();
        }
    }
    out.flush().map_err(Stop::Output)?;
    stats.summary();
    Ok(stats.errors)
}

/// Analyses a window of lines on up to `threads` threads and returns the
/// outcomes in line order. Workers claim a few lines at a time, so one long
/// document does not hold up a whole share of the window.
fn analyse_window(job: &Job, lines: &[Line], first: u64, threads: usize) -> Vec<Outcome> {
    let threads = workers(threads, lines.len());
    if threads <= 1 {
        return analyse_lines(job, lines, first);
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
                        let part = analyse_lines(job, &lines[start..end], first + start as u64);
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

/// The threads a window of `lines` lines is analysed on.
fn workers(threads: usize, lines: usize) -> usize {
    threads.min(lines.div_ceil(CLAIM))
}

fn analyse_lines(job: &Job, lines: &[Line], first: u64) -> Vec<Outcome> {
    lines
        .iter()
        .zip(first..)
        .map(|(line, n)| analyse_line(job, line, n))
        .collect()
}

/// The fields of an input document that are used, as they appear in the
/// line (the last of a repeated key wins); other fields are skipped
/// without being copied.
#[derive(Default)]
struct Doc<'a> {
    id: Option<&'a RawValue>,
    text: Option<&'a RawValue>,
}

impl<'de> de::Deserialize<'de> for Doc<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(DocVisitor)
    }
}

struct DocVisitor;

impl<'de> Visitor<'de> for DocVisitor {
    type Value = Doc<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Doc<'de>, A::Error> {
        let mut doc = Doc::default();
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Id => doc.id = Some(map.next_value()?),
                Key::Text => doc.text = Some(map.next_value()?),
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(doc)
    }
}

enum Key {
    Id,
    Text,
    Other,
}

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Key, E> {
                Ok(match s {
                    "id" => Key::Id,
                    "text" => Key::Text,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_identifier(KeyVisitor)
    }
}

/// The line for an error, with the input's `id` when it was read.
fn failed(id: Option<&RawValue>, n: u64, msg: String) -> Outcome {
    let mut json = String::from("{\"id\":");
    push_raw(&mut json, id);
    let _ = write!(
        json,
        ",\"schema_version\":{SCHEMA_VERSION},\"line\":{n},\"error\":"
    );
    push_str(&mut json, &msg);
    json.push('}');
    Outcome {
        json,
        error: Some(format!("line {n}: {msg}")),
    }
}

/// A line's document as read: its `id` as it appears in the line, its
/// text, and how many lone surrogates in it were replaced.
struct Read<'a> {
    id: Option<&'a RawValue>,
    text: String,
    replaced: usize,
}

fn analyse_line(job: &Job, line: &Line, n: u64) -> Outcome {
    match read_line(line, n) {
        Ok(read) => attribute_doc(job, read.id, read.text, read.replaced, n, None),
        Err(outcome) => outcome,
    }
}

/// [`analyse_line`] for a line it may drop once its text is read (its
/// buffer is no longer needed: only its `id`, kept apart), writing the
/// output line into `sink` as it is rendered when that is worth it.
fn analyse_owned_line(job: &Job, line: Line, n: u64, sink: &mut Sink<'_>) -> Outcome {
    let (id, text, replaced) = match read_line(&line, n) {
        Ok(read) => (read.id.map(ToOwned::to_owned), read.text, read.replaced),
        Err(outcome) => return outcome,
    };
    drop(line);
    attribute_doc(job, id.as_deref(), text, replaced, n, Some(sink))
}

/// The document of line `n`, or the outcome of a line that has none.
fn read_line(line: &Line, n: u64) -> Result<Read<'_>, Outcome> {
    let line = match line {
        Line::Doc(line) => line.as_slice(),
        Line::TooLong { len, limit } => {
            return Err(failed(
                None,
                n,
                format!(
                    "line is {len} bytes, over the limit of {limit} bytes (--max-bytes); skipped"
                ),
            ))
        }
    };
    // A byte order mark at a line's start (a file's first line, or files
    // joined with `cat`) is not part of the JSON.
    let line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err(failed(None, n, "empty line".into()));
    }
    let line = match std::str::from_utf8(line) {
        Ok(line) => line,
        Err(e) => {
            return Err(failed(
                None,
                n,
                format!("not UTF-8: invalid byte at column {}", e.valid_up_to() + 1),
            ))
        }
    };
    let doc = match serde_json::from_str::<Doc>(line) {
        Ok(doc) => doc,
        Err(e) if e.is_data() => {
            return Err(failed(
                None,
                n,
                format!("not a JSON object but {}", a(line)),
            ));
        }
        Err(e) => return Err(failed(None, n, not_json(&e))),
    };
    let id = doc.id;
    let raw_text = match doc.text {
        Some(t) if t.get().starts_with('"') => t.get(),
        Some(other) => {
            return Err(failed(
                id,
                n,
                format!("\"text\" is {}, not a string", a(other.get())),
            ))
        }
        None => return Err(failed(id, n, "no \"text\" field".into())),
    };
    let (text, replaced) = match serde_json::from_str::<String>(raw_text) {
        Ok(text) => (text, 0),
        // Lone surrogates (`\ud800`) are not text: U+FFFD in their place.
        Err(_) => decode_lossy(raw_text),
    };
    Ok(Read { id, text, replaced })
}

/// Attribute one document and render its line: into the outcome, or
/// straight into `sink` when one is given and the line is long (see
/// [`render`]).
fn attribute_doc(
    job: &Job,
    id: Option<&RawValue>,
    text: String,
    replaced: usize,
    n: u64,
    mut sink: Option<&mut Sink<'_>>,
) -> Outcome {
    let mut flags = Vec::new();
    if replaced > 0 {
        flags.push("lone_surrogates_replaced");
    }
    let text_len = text.len();
    // One document that trips a bug in the library must not end a run over
    // millions: it becomes an error line like any other.
    match panic::catch_unwind(AssertUnwindSafe(|| {
        job.who.attribute(&text).map(|analysis| {
            // Over the quote budget, the analysis covers the text's start.
            if analysis.text().len() < text_len {
                flags.push("analysis_capped");
            }
            render(
                id,
                &analysis,
                job.offsets,
                text_len,
                &flags,
                sink.as_deref_mut(),
            )
        })
    })) {
        Ok(Ok(Ok(json))) => Outcome { json, error: None },
        Ok(Ok(Err(e))) => failed(id, n, e),
        Ok(Err(e)) => failed(id, n, e.to_string()),
        Err(_) => failed(id, n, "internal error: the attributor panicked".into()),
    }
}

/// Decodes a JSON string literal that serde_json has already checked for
/// form (quotes, escapes), putting U+FFFD for each escaped surrogate that
/// is not half of a pair. Returns the text and the number replaced.
fn decode_lossy(raw: &str) -> (String, usize) {
    let inner = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(raw);
    let mut out = String::with_capacity(inner.len());
    let mut replaced = 0;
    let mut rest = inner;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        let Some(c) = rest.chars().next() else { break };
        rest = &rest[c.len_utf8()..];
        match c {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'u' => {
                let Some(hi) = hex4(rest) else {
                    out.push(char::REPLACEMENT_CHARACTER);
                    replaced += 1;
                    continue;
                };
                rest = &rest[4..];
                if (0xD800..0xDC00).contains(&hi) {
                    let lo = rest
                        .strip_prefix("\\u")
                        .and_then(hex4)
                        .filter(|lo| (0xDC00..0xE000).contains(lo));
                    if let Some(lo) = lo {
                        rest = &rest[6..];
                        let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                        out.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
                    } else {
                        out.push(char::REPLACEMENT_CHARACTER);
                        replaced += 1;
                    }
                } else {
                    match char::from_u32(hi) {
                        Some(c) => out.push(c),
                        None => {
                            out.push(char::REPLACEMENT_CHARACTER);
                            replaced += 1;
                        }
                    }
                }
            }
            // `\"`, `\\`, `\/`
            c => out.push(c),
        }
    }
    out.push_str(rest);
    (out, replaced)
}

fn hex4(s: &str) -> Option<u32> {
    let h = s.get(..4)?;
    if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(h, 16).ok()
}

/// serde_json's message with its position as a column: its "line 1" would
/// be read as the input's line 1. A line that ends before its value does
/// says so: it was most likely cut short.
fn not_json(e: &serde_json::Error) -> String {
    if e.is_eof() {
        return format!(
            "not JSON: the line ends before its JSON value does (truncated?) at column {}",
            e.column()
        );
    }
    let msg = e.to_string();
    let msg = msg
        .rsplit_once(" at line ")
        .map_or(msg.as_str(), |(m, _)| m);
    format!("not JSON: {msg} at column {}", e.column())
}

/// `a string`, `a number`, … for messages, from a JSON value's first
/// character.
fn a(json: &str) -> &'static str {
    match json.trim_start().bytes().next() {
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        Some(b'"') => "a string",
        Some(b'[') => "an array",
        Some(b'{') => "an object",
        _ => "a number",
    }
}

/// One output line: `{"id":…,` and then the library's own JSON of the
/// analysis (`schema_version`, `offsets`, `quotes`, `speakers`), written
/// straight into the line's buffer, and `analysed_bytes` (only when the
/// analysis covers less than the document's `text_len` bytes:
/// `analysis_capped`, a document denser in quotes than one per 16 bytes,
/// or in words and punctuation than about one per 2 bytes, is read up to
/// where that budget runs out, which bounds memory) and `flags` (what was
/// done to the document to read it; only when there are any).
fn render(
    id: Option<&RawValue>,
    a: &Analysis<'_>,
    offsets: OffsetUnit,
    text_len: usize,
    flags: &[&str],
    sink: Option<&mut Sink<'_>>,
) -> Result<String, String> {
    let mut o = String::from("{\"id\":");
    push_raw(&mut o, id);
    o.push(',');
    let owned = (offsets != OffsetUnit::Bytes).then(|| a.to_owned_in(offsets));
    let write = |w: &mut dyn Write| match &owned {
        None => serde_json::to_writer(w, a),
        Some(owned) => serde_json::to_writer(w, owned),
    };
    let mut bytes = o.into_bytes();
    let body = bytes.len();
    // A document with many quotes (a storm of them, up to the budget) is
    // measured first, and then written straight into `sink` if there is
    // one, else into a buffer of its size: a buffer grown by doubling
    // would need up to three times the line at once. (Written twice alike:
    // had it panicked, it would have while measured, before any of it was
    // written.)
    let tail = |o: &mut String| {
        if a.text().len() < text_len {
            let _ = write!(o, ",\"analysed_bytes\":{}", a.text().len());
        }
        if !flags.is_empty() {
            o.push_str(",\"flags\":[");
            for (i, f) in flags.iter().enumerate() {
                if i > 0 {
                    o.push(',');
                }
                push_str(o, f);
            }
            o.push(']');
        }
        o.push('}');
    };
    if a.quotes().len() > MEASURE_FROM_QUOTES {
        let mut count = Count::default();
        write(&mut count).map_err(|e| format!("internal error: cannot serialise: {e}"))?;
        if (count.first, count.last) != (Some(b'{'), Some(b'}')) {
            return Err(NOT_AN_OBJECT.into());
        }
        if let Some(sink) = sink {
            let mut end = String::new();
            tail(&mut end);
            let written = sink
                .out
                .write_all(&bytes)
                .and_then(|()| {
                    let mut body = Body {
                        out: &mut *sink.out,
                        left: count.len - 1,
                        at: 0,
                    };
                    write(&mut body).map_err(io::Error::from)
                })
                .and_then(|()| sink.out.write_all(end.as_bytes()));
            if let Err(e) = written {
                sink.failed = Some(e);
            }
            return Ok(String::new());
        }
        bytes.reserve_exact(count.len + 64);
    }
    write(&mut bytes).map_err(|e| format!("internal error: cannot serialise: {e}"))?;
    // The analysis's own `{` and `}` go: its fields join the line's.
    if bytes.get(body) != Some(&b'{') || bytes.last() != Some(&b'}') {
        return Err(NOT_AN_OBJECT.into());
    }
    bytes.remove(body);
    bytes.pop();
    let mut o = String::from_utf8(bytes).map_err(|_| "internal error: output not UTF-8")?;
    escape_line_breaks(&mut o);
    tail(&mut o);
    Ok(o)
}

const NOT_AN_OBJECT: &str = "internal error: the analysis is not a JSON object";

/// The analysis's JSON (`count` bytes, an object) as the fields of a line:
/// written on to `out` without its first and last byte (its `{` and `}`),
/// with U+2028, U+2029 and U+0085 as escapes (see [`escape_line_breaks`]).
struct Body<'a> {
    out: &'a mut dyn Write,
    /// Offset of the last byte (the `}` left out).
    left: usize,
    /// Bytes seen so far.
    at: usize,
}

impl Write for Body<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        // Only the bytes between the first and the last.
        let from = usize::from(self.at == 0).min(buf.len());
        let to = buf.len().min(self.left.saturating_sub(self.at));
        self.at += buf.len();
        let Some(mut rest) = buf.get(from..to) else {
            return Ok(());
        };
        // serde_json writes a string's characters whole: each of these
        // (E2 80 A8, E2 80 A9, C2 85) comes in one piece.
        while let Some(i) = rest.iter().position(|&b| b == 0xe2 || b == 0xc2) {
            let escape = match rest[i..] {
                [0xe2, 0x80, 0xa8, ..] => Some(("\\u2028", 3)),
                [0xe2, 0x80, 0xa9, ..] => Some(("\\u2029", 3)),
                [0xc2, 0x85, ..] => Some(("\\u0085", 2)),
                _ => None,
            };
            match escape {
                Some((e, len)) => {
                    self.out.write_all(&rest[..i])?;
                    self.out.write_all(e.as_bytes())?;
                    rest = &rest[i + len..];
                }
                None => {
                    self.out.write_all(&rest[..=i])?;
                    rest = &rest[i + 1..];
                }
            }
        }
        self.out.write_all(rest)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Documents with more quotes than this have their line measured before it
/// is written (see [`render`]).
const MEASURE_FROM_QUOTES: usize = 4096;

/// A writer that only counts bytes, and keeps the first and the last.
#[derive(Default)]
struct Count {
    len: usize,
    first: Option<u8>,
    last: Option<u8>,
}

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.len += buf.len();
        if let Some(&b) = buf.first() {
            self.first.get_or_insert(b);
        }
        if let Some(&b) = buf.last() {
            self.last = Some(b);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// U+2028, U+2029 and U+0085, which JSON allows unescaped in strings (and
/// serde_json writes as they are), as escapes: line breaks to JavaScript
/// and Python's `splitlines`, they would split the line. They can only sit
/// inside strings, so the value is the same.
fn escape_line_breaks(o: &mut String) {
    let breaks = ['\u{2028}', '\u{2029}', '\u{85}'];
    if !o.contains(breaks) {
        return;
    }
    let mut out = String::with_capacity(o.len() + 16);
    for c in o.chars() {
        if breaks.contains(&c) {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    *o = out;
}

/// Appends a JSON value exactly as it appeared in the input (`null` when
/// absent), except that U+2028, U+2029 and U+0085, which can only sit
/// inside its strings, are written as escapes: the same value.
fn push_raw(o: &mut String, raw: Option<&RawValue>) {
    let Some(raw) = raw else {
        o.push_str("null");
        return;
    };
    for c in raw.get().chars() {
        match c {
            '\u{2028}' | '\u{2029}' | '\u{85}' => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
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
            // Line breaks to JavaScript and Python's `splitlines`.
            c if c < ' ' || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}') => {
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
            say(format_args!("jsonl: {}", self.line()));
        }
    }

    fn summary(&self) {
        if self.show_summary {
            say(format_args!("jsonl: done: {}", self.line()));
        }
    }
}
