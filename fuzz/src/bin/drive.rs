//! A fuzz driver for the stable toolchain: runs the same target bodies as
//! the libFuzzer targets over mutated inputs, with no compiler
//! instrumentation.
//!
//! ```text
//! cargo run --release --bin drive -- [--seconds N] [--seed S]
//!     [--target scan|attribute|attribute_bytes|jsonl_lines|all] [--corpus DIR]
//!     [--max-len BYTES] [--timeout SECONDS] [--keep-going]
//! cargo run --release --bin drive -- --replay FILE... [--target T]
//! cargo run --release --bin drive -- --minimize FILE [--target T]
//! cargo run --release --bin drive -- --distill FROM_DIR TO_DIR [--max-files N] [--max-len BYTES]
//! ```
//!
//! Seeds are the repository's sample texts (`examples/data/*.txt`, whole and
//! paragraph by paragraph), the distilled corpus `tests/fuzz_corpus/`
//! (which the regression tests also run; `--distill` makes it from a
//! long run's `--corpus`), built-in snippets (every mark, apostrophes,
//! names, speech verbs, line breaks) and the files of `--corpus DIR`. Each
//! round picks a corpus input, applies a stack of mutations (bit flips, byte
//! inserts and deletes, quotation marks, dictionary words, splices,
//! duplicated chunks, random UTF-8 and invalid bytes, long repetitions) and
//! runs every selected target on the result. Without instrumentation the
//! stand-in for coverage is each target's signature (quote and speaker
//! counts, mark styles, sieves, error kinds): an input that gives a target a
//! signature it has not seen joins the corpus (and `--corpus DIR`).
//!
//! A panic or a broken invariant writes the input to
//! `fuzz/artifacts/<target>-<hash>`, prints it and exits with status 1
//! (`--keep-going`: one artifact per distinct failure, exit 1 at the end).
//! A run that takes longer than `--timeout` counts as a failure too. Each
//! target's slowest input (not a failure) is kept in `artifacts/slowest/`.
//! `--minimize` shrinks such an input while it fails the same way.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use whosaid_fuzz::{Target, TARGETS};

/// How often progress is printed.
const REPORT_EVERY: Duration = Duration::from_secs(10);
/// The corpus stops growing here (memory and selection stay bounded).
const MAX_CORPUS: usize = 50_000;

// ---------------------------------------------------------------------------
// Random numbers: xorshift64*, enough for mutation choices.

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // SplitMix64 once, so small seeds give well-mixed states (never 0).
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform-ish in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
    fn pick_ref<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------
// Seeds and the mutation dictionary.

/// Every quotation mark the scanner knows, and doubled and spaced forms.
const MARKS: &[&str] = &[
    "\"", "'", "`", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "``",
    "''", "‘‘", "’’", "« ", " »", "»", "„", "\u{a0}»", "«\u{a0}",
];

/// Words and shapes the attribution stages react to.
const WORDS: &[&str] = &[
    " said ",
    " says ",
    " said.",
    " told reporters",
    " added",
    " added: ",
    " according to ",
    ": ",
    ":",
    " he said",
    " she said",
    " they said",
    ", he said.",
    " Mr. ",
    " Dr. ",
    "Vladimir Putin",
    "Jane Roe",
    "Roe",
    "Ilse Varga",
    " the minister ",
    ", the foreign minister of Ruritania,",
    ", the trade minister.",
    " a State Department spokeswoman",
    " West Mercia Police",
    " the ministry",
    " Brennmark's ",
    " spokeswoman ",
    " who said ",
    " asked ",
    " wrote ",
    " tweeted ",
    " stated that ",
    " so-called ",
    "That was the verdict of ",
    "By Clara Wendt",
    "(Northwire) - ",
    "PORT ASTEN, Brennmark - ",
    " It ",
    "The ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    ". ",
    ".",
    ",",
    "—",
    " - ",
    "…",
    "'s",
    "’s",
    "s'",
    "n't",
    "'90s",
    " 'n' ",
    " y'all",
    "O'Brien",
    "\u{2028}",
    "\u{85}",
    "\u{a0}",
    "\u{200b}",
    "\u{202e}",
    "\t",
    "!",
    "?",
    ";",
    "(",
    ")",
    "  ",
    "é",
    "İ",
    "ß",
    "Ǆ",
    "ﬁ",
    "\u{301}",
    // Characters whose lower case has another length in UTF-8: offsets
    // computed on a lower-cased copy would land off the text's boundaries.
    "\u{212a}",   // Kelvin sign K → k
    "\u{2126}",   // Ohm sign Ω → ω
    "\u{1e9e}",   // ẞ → ß
    "\u{130}lse", // İ → i̇
    "\u{23a}",    // Ⱥ → ⱥ (2 bytes → 3)
];

/// Pieces of a sentence for the token soups `Mutator::soup` builds.
const NAMES: &[&str] = &[
    "Jane Roe",
    "Roe",
    "Ms. Roe",
    "Oskar Brandt",
    "Brandt",
    "Dalia Ferro",
    "\u{212a}arl \u{130}vanov",
    "\u{130}vanov",
    "MARCO RUBIO",
    "Jean-Luc d'Arcy",
    "O'Neill",
    "the minister",
    "a spokeswoman",
    "West Mercia Police",
    "the ministry",
    "he",
    "she",
    "they",
    "it",
    "I",
];
const VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "told reporters",
    "asked",
    "warned",
    "wrote",
    "insisted",
    "stated that",
    "called for",
    "denied",
    "tweeted",
    "replied",
    "is quoted as saying",
];

/// Built-in seeds: one of each shape the scanner and the sieves handle.
const SNIPPETS: &[&str] = &[
    "",
    "\"",
    "'",
    "''",
    "“”",
    "\n",
    "He said \"yes\" and 'no'.",
    "\"We will talk,\" said Jane Roe, the foreign minister of Ruritania. \"Soon.\"",
    "Jane Roe: \"Ready.\"\n\nRoe said: \"We are ready.\"",
    "According to a State Department spokeswoman, \"the talks failed.\"",
    "\"It is done,\" she said. \"Now go,\" he added.",
    "he said \"x\" she said \"y\" he said \"z\" she said \"w\"",
    "“He said ‘no’ twice,” the aide recalled.",
    "“A ‘B “C ‘D’ C” B’ A”",
    "“First paragraph, no close.\n\n“Second paragraph,” he said.",
    "«Bonjour», dit-il. »Hallo«, sagte sie. ‹oui› ›ja‹",
    "„Ja“, sagte er. ‚Nein‘, sagte sie.",
    "「はい」と彼は言った。『いいえ』",
    "``AP style,'' the editor said. ''Doubled,'' too. ‘‘Curly doubled’’",
    "rock 'n' roll in the '90s, the Joneses' car, y'all, O'Brien's 'quote'",
    "The so-called \"peace plan\" stalled, the minister said.",
    "'Calm heads' needed, says minister\n\nBy Clara Wendt\n\n\"We need calm heads,\" Ilse Varga, the transport minister, said.",
    "The mediator, Piet Haldane, stated that the talks were \"going nowhere\".",
    "That was the verdict of West Mercia Police: \"No further action.\"",
    "Vladimir Putin Said Ankara Moscow Kremlin Officials Told Reporters \"x\"",
    "\"Unclosed at the end",
    "\"a\"\"b\"\"c\"'d''e'“f”‘g’",
    "Mr. Roe, 45, a former minister, said: \"We will see.\"\r\n\r\n\"And again.\"",
];

/// The repository's sample texts, whole and split into paragraphs.
fn sample_texts() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data");
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("drive: no sample texts in {}", dir.display());
        return out;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        if let Ok(text) = std::fs::read_to_string(&p) {
            for para in text.split("\n\n") {
                out.push(para.as_bytes().to_vec());
            }
            for pair in text.split("\n\n").collect::<Vec<_>>().windows(2) {
                out.push(pair.join("\n\n").into_bytes());
            }
            out.push(text.into_bytes());
        }
    }
    out
}

/// The distilled corpus kept in the repository, which the regression tests
/// also run (`tests/fuzz_corpus/`).
fn committed_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fuzz_corpus")
}

fn read_dir_files(dir: &Path) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect(),
        Err(_) => return Vec::new(),
    };
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

// ---------------------------------------------------------------------------
// Mutations.

struct Mutator {
    max_len: usize,
}

impl Mutator {
    /// A position in `0..=len`; usually on a char boundary, so most inputs
    /// stay UTF-8 and reach the whole pipeline.
    fn pos(&self, rng: &mut Rng, data: &[u8]) -> usize {
        let mut i = rng.below(data.len() + 1);
        if !rng.chance(8) {
            while i < data.len() && (data[i] & 0xC0) == 0x80 {
                i += 1;
            }
        }
        i
    }

    /// A range of at most `max` bytes inside `data` (may be empty).
    fn range(&self, rng: &mut Rng, data: &[u8], max: usize) -> (usize, usize) {
        let a = self.pos(rng, data);
        let len = rng.below(max.min(data.len() - a) + 1);
        let mut b = a + len;
        while b < data.len() && (data[b] & 0xC0) == 0x80 && !rng.chance(8) {
            b += 1;
        }
        (a, b)
    }

    fn random_char(rng: &mut Rng) -> char {
        let c = match rng.below(8) {
            0 => 0x20 + rng.below(0x5F) as u32,     // printable ASCII
            1 => rng.below(0x20) as u32,            // controls
            2 => 0x80 + rng.below(0x180) as u32,    // Latin-1 and Extended-A
            3 => 0x2000 + rng.below(0x70) as u32,   // General Punctuation
            4 => 0x3000 + rng.below(0x100) as u32,  // CJK symbols and kana
            5 => 0x300 + rng.below(0x70) as u32,    // combining marks
            6 => 0x1F300 + rng.below(0x300) as u32, // emoji
            _ => rng.below(0x11_0000) as u32,       // anything
        };
        char::from_u32(c).unwrap_or('\u{FFFD}')
    }

    const INVALID: &'static [&'static [u8]] = &[
        b"\xff",
        b"\xfe",
        b"\x80",
        b"\xbf",
        b"\xc0\x80",
        b"\xc3",
        b"\xe2\x80",
        b"\xe2\x80\x9c\x9d",
        b"\xed\xa0\x80",
        b"\xf4\x90\x80\x80",
        b"\xf0\x9f",
    ];

    fn insert(data: &mut Vec<u8>, at: usize, bytes: &[u8]) {
        data.splice(at..at, bytes.iter().copied());
    }

    /// One mutation of `data`, `other` being another corpus input to splice.
    fn mutate_once(&self, rng: &mut Rng, data: &mut Vec<u8>, other: &[u8]) {
        match rng.below(16) {
            0 => {
                if !data.is_empty() {
                    let i = rng.below(data.len());
                    data[i] ^= 1 << rng.below(8);
                }
            }
            1 => {
                let at = self.pos(rng, data);
                let b = rng.below(256) as u8;
                Self::insert(data, at, &[b]);
            }
            2 => {
                if !data.is_empty() {
                    let max = 1 << rng.below(8);
                    let (a, b) = self.range(rng, data, max);
                    data.drain(a..b);
                }
            }
            3..=5 => {
                let at = self.pos(rng, data);
                Self::insert(data, at, rng.pick(MARKS).as_bytes());
            }
            6 => {
                // Replace a character with a mark.
                if !data.is_empty() {
                    let (a, b) = self.range(rng, data, 1);
                    let b = if a == b { (a + 1).min(data.len()) } else { b };
                    data.splice(a..b, rng.pick(MARKS).bytes());
                }
            }
            7 | 8 => {
                let at = self.pos(rng, data);
                Self::insert(data, at, rng.pick(WORDS).as_bytes());
            }
            9 => {
                // Splice: a prefix of this input, a suffix of another.
                let a = self.pos(rng, data);
                let b = self.pos(rng, other);
                data.truncate(a);
                data.extend_from_slice(&other[b..]);
            }
            10 => {
                // Duplicate a chunk somewhere else.
                if !data.is_empty() {
                    let max = 1 << rng.below(10);
                    let (a, b) = self.range(rng, data, max);
                    let chunk = data[a..b].to_vec();
                    let at = self.pos(rng, data);
                    Self::insert(data, at, &chunk);
                }
            }
            11 => {
                let at = self.pos(rng, data);
                let mut buf = [0u8; 4];
                let c = Self::random_char(rng);
                Self::insert(data, at, c.encode_utf8(&mut buf).as_bytes());
            }
            12 => {
                let at = rng.below(data.len() + 1);
                Self::insert(data, at, rng.pick(Self::INVALID));
            }
            13 => {
                // A long repetition of a chunk, a mark or a word.
                let unit: Vec<u8> = match rng.below(3) {
                    0 if !data.is_empty() => {
                        let (a, b) = self.range(rng, data, 16);
                        data[a..b].to_vec()
                    }
                    1 => rng.pick(MARKS).as_bytes().to_vec(),
                    _ => rng.pick(WORDS).as_bytes().to_vec(),
                };
                if !unit.is_empty() {
                    let room = self.max_len.saturating_sub(data.len()) / unit.len();
                    let times = (1usize << (4 + rng.below(11))).min(room);
                    let at = self.pos(rng, data);
                    Self::insert(data, at, &unit.repeat(times));
                }
            }
            14 => {
                // Truncate, or swap two chunks.
                if rng.chance(2) {
                    let at = self.pos(rng, data);
                    data.truncate(at);
                } else if data.len() > 2 {
                    let (a, b) = self.range(rng, data, 64);
                    let chunk: Vec<u8> = data.drain(a..b).collect();
                    let at = self.pos(rng, data);
                    Self::insert(data, at, &chunk);
                }
            }
            _ => {
                // Flip the case of a stretch (name storms, shouting).
                if !data.is_empty() {
                    let (a, b) = self.range(rng, data, 64);
                    let upper = rng.chance(2);
                    for c in &mut data[a..b] {
                        *c = if upper {
                            c.to_ascii_uppercase()
                        } else {
                            c.to_ascii_lowercase()
                        };
                    }
                }
            }
        }
    }

    /// A fresh input made of sentence pieces: quotes, names, titles, speech
    /// verbs, punctuation and line breaks in random order, so the sieves see
    /// many near-sentences.
    fn soup(&self, rng: &mut Rng) -> Vec<u8> {
        let mut out = String::new();
        for _ in 0..1 + rng.below(64) {
            match rng.below(10) {
                0 | 1 => out.push_str(rng.pick(MARKS)),
                2 | 3 => out.push_str(rng.pick(NAMES)),
                4 | 5 => out.push_str(rng.pick(VERBS)),
                6 | 7 => out.push_str(rng.pick(WORDS)),
                8 => out.push(Self::random_char(rng)),
                _ => out.push_str(rng.pick(&[", ", ". ", ": ", "\n\n", "\n", " "])),
            }
            if rng.chance(2) {
                out.push(' ');
            }
        }
        let mut data = out.into_bytes();
        data.truncate(self.max_len);
        data
    }

    fn mutate(&self, rng: &mut Rng, base: &[u8], other: &[u8]) -> Vec<u8> {
        if rng.chance(16) {
            return self.soup(rng);
        }
        let mut data = base.to_vec();
        let n = 1 << rng.below(4);
        for _ in 0..n {
            self.mutate_once(rng, &mut data, other);
        }
        data.truncate(self.max_len);
        data
    }
}

// ---------------------------------------------------------------------------
// Running a target: panics caught, slow runs caught by a watchdog.

/// What the panic hook saw last: message and location.
static LAST_PANIC: Mutex<Option<(String, String)>> = Mutex::new(None);

fn install_quiet_panic_hook() {
    panic::set_hook(Box::new(|info| {
        let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "(non-string panic payload)".to_string()
        };
        let loc = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some((msg, loc));
        }
    }));
}

/// A failure: which target, what it said, where.
struct Failure {
    target: &'static str,
    message: String,
    location: String,
}

impl Failure {
    /// Failures with the same key are the same bug: the invariant's name
    /// (for broken invariants) or the panic's location (for panics).
    fn key(&self) -> String {
        match self.message.strip_prefix("invariant ") {
            Some(rest) => {
                let name = rest.split(':').next().unwrap_or(rest);
                format!("{} invariant {name}", self.target)
            }
            None => format!("{} panic at {}", self.target, self.location),
        }
    }
}

fn run_one(target: &Target, data: &[u8]) -> Result<Vec<u64>, Failure> {
    match panic::catch_unwind(AssertUnwindSafe(|| (target.1)(data))) {
        Ok(sig) => Ok(sig),
        Err(_) => {
            let (message, location) = LAST_PANIC
                .lock()
                .ok()
                .and_then(|mut l| l.take())
                .unwrap_or_default();
            Err(Failure {
                target: target.0,
                message,
                location,
            })
        }
    }
}

/// What the watchdog needs to report a run that does not end.
struct Current {
    input: Mutex<Vec<u8>>,
    target: AtomicUsize,
    /// Start of the current run, in ms since the driver started; 0 when idle.
    started_ms: AtomicU64,
}

fn spawn_watchdog(current: Arc<Current>, t0: Instant, timeout: Duration, artifacts: PathBuf) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(200));
        let started = current.started_ms.load(Ordering::SeqCst);
        if started == 0 {
            continue;
        }
        let now = t0.elapsed().as_millis() as u64;
        if now.saturating_sub(started) > timeout.as_millis() as u64 {
            let target = TARGETS[current.target.load(Ordering::SeqCst)].0;
            let input = current.input.lock().map(|i| i.clone()).unwrap_or_default();
            let path = write_artifact(&artifacts, &format!("timeout-{target}"), &input);
            eprintln!(
                "drive: TIMEOUT: {target} ran over {} s on a {}-byte input\n  input: {}\n  artifact: {}",
                timeout.as_secs(),
                input.len(),
                literal(&input, 2000),
                path.display()
            );
            std::process::exit(1);
        }
    });
}

fn fnv(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
    h
}

fn write_artifact(dir: &Path, prefix: &str, data: &[u8]) -> PathBuf {
    let path = dir.join(format!("{prefix}-{:016x}", fnv(data)));
    if let Err(e) = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, data)) {
        eprintln!("drive: cannot write {}: {e}", path.display());
    }
    path
}

/// `data` as a Rust literal (a string when it is UTF-8, else a byte
/// string), cut at `max` bytes.
fn literal(data: &[u8], max: usize) -> String {
    let cut = &data[..data.len().min(max)];
    let more = if data.len() > max {
        format!(" … ({} bytes in all)", data.len())
    } else {
        String::new()
    };
    match std::str::from_utf8(cut) {
        Ok(s) => format!("\"{}\"{more}", s.escape_debug()),
        Err(_) => format!("b\"{}\"{more}", cut.escape_ascii()),
    }
}

// ---------------------------------------------------------------------------
// Arguments.

struct Args {
    seconds: u64,
    seed: u64,
    targets: Vec<usize>,
    corpus: Option<PathBuf>,
    artifacts: PathBuf,
    max_len: usize,
    timeout: Duration,
    keep_going: bool,
    replay: Vec<PathBuf>,
    minimize: Option<PathBuf>,
    distill: Option<(PathBuf, PathBuf)>,
    max_files: usize,
}

const USAGE: &str =
    "usage: drive [--seconds N] [--seed S] [--target scan|attribute|attribute_bytes|jsonl_lines|all]
             [--corpus DIR] [--artifacts DIR] [--max-len BYTES] [--timeout SECONDS] [--keep-going]
       drive --replay FILE... [--target T]
       drive --minimize FILE [--target T]
       drive --distill FROM_DIR TO_DIR [--max-files N] [--max-len BYTES]";

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        seconds: 60,
        seed: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64),
        targets: (0..TARGETS.len()).collect(),
        corpus: None,
        artifacts: Path::new(env!("CARGO_MANIFEST_DIR")).join("artifacts"),
        max_len: 64 * 1024,
        timeout: Duration::from_secs(10),
        keep_going: false,
        replay: Vec::new(),
        minimize: None,
        distill: None,
        max_files: 200,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        let number = |v: String, name: &str| {
            v.parse::<u64>()
                .map_err(|_| format!("{name}: not a number: {v}"))
        };
        match a.as_str() {
            "--seconds" => args.seconds = number(value("--seconds")?, "--seconds")?,
            "--seed" => args.seed = number(value("--seed")?, "--seed")?,
            "--max-len" => args.max_len = number(value("--max-len")?, "--max-len")? as usize,
            "--timeout" => {
                args.timeout = Duration::from_secs(number(value("--timeout")?, "--timeout")?)
            }
            "--target" => {
                let t = value("--target")?;
                args.targets = if t == "all" {
                    (0..TARGETS.len()).collect()
                } else {
                    vec![TARGETS
                        .iter()
                        .position(|x| x.0 == t)
                        .ok_or(format!("unknown target {t}"))?]
                };
            }
            "--corpus" => args.corpus = Some(value("--corpus")?.into()),
            "--artifacts" => args.artifacts = value("--artifacts")?.into(),
            "--keep-going" => args.keep_going = true,
            "--minimize" => args.minimize = Some(value("--minimize")?.into()),
            "--distill" => {
                let from = value("--distill")?;
                let to = value("--distill")?;
                args.distill = Some((from.into(), to.into()));
            }
            "--max-files" => {
                args.max_files = number(value("--max-files")?, "--max-files")? as usize
            }
            "--replay" => {
                let files: Vec<String> = it.by_ref().collect();
                // Options may follow the files only as `--target T`.
                let mut files = files.into_iter();
                while let Some(f) = files.next() {
                    if f == "--target" {
                        let t = files.next().ok_or("--target needs a value")?;
                        args.targets = vec![TARGETS
                            .iter()
                            .position(|x| x.0 == t)
                            .ok_or(format!("unknown target {t}"))?];
                    } else {
                        args.replay.push(f.into());
                    }
                }
                break;
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    if args.max_len == 0 {
        return Err("--max-len must be at least 1".into());
    }
    Ok(args)
}

// ---------------------------------------------------------------------------
// Modes.

fn replay(args: &Args) -> ExitCode {
    let mut failed = false;
    for path in &args.replay {
        let data = match std::fs::read(path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("drive: {}: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        for &t in &args.targets {
            let target = &TARGETS[t];
            let start = Instant::now();
            match run_one(target, &data) {
                Ok(_) => println!(
                    "{}: {} ok in {:?}",
                    path.display(),
                    target.0,
                    start.elapsed()
                ),
                Err(f) => {
                    failed = true;
                    println!(
                        "{}: {} FAILED: {}\n  at {}",
                        path.display(),
                        target.0,
                        f.message,
                        f.location
                    );
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Shrinks the input at `path` while the first failing target keeps
/// failing with the same key; writes `<path>.min` and prints it.
fn minimize(args: &Args, path: &Path) -> ExitCode {
    let Ok(mut data) = std::fs::read(path) else {
        eprintln!("drive: cannot read {}", path.display());
        return ExitCode::from(2);
    };
    let fails = |data: &[u8]| -> Option<(usize, String)> {
        args.targets.iter().find_map(|&t| {
            run_one(&TARGETS[t], data)
                .err()
                .map(|f| (t, f.key() + " / " + &f.message))
        })
    };
    let Some((t, first)) = fails(&data) else {
        println!("{}: no target fails on it", path.display());
        return ExitCode::SUCCESS;
    };
    let key = |m: &str| m.split(" / ").next().unwrap_or("").to_string();
    let want = key(&first);
    let same = |d: &[u8]| {
        run_one(&TARGETS[t], d)
            .err()
            .is_some_and(|f| f.key() == want)
    };
    println!("minimising {} bytes failing as: {want}", data.len());
    // Delete chunks, halving their size, until no single byte can go.
    let mut chunk = data.len().next_power_of_two().max(1);
    while chunk >= 1 {
        let mut i = 0;
        let mut shrunk = false;
        while i < data.len() {
            let end = (i + chunk).min(data.len());
            let mut cand = data[..i].to_vec();
            cand.extend_from_slice(&data[end..]);
            if same(&cand) {
                data = cand;
                shrunk = true;
            } else {
                i += chunk;
            }
        }
        if !shrunk {
            chunk /= 2;
        }
    }
    // Then simplify what is left: letters to `a`, other ASCII to a space.
    for i in 0..data.len() {
        for rep in [b'a', b' '] {
            if data[i] != rep && data[i].is_ascii() {
                let mut cand = data.clone();
                cand[i] = rep;
                if same(&cand) {
                    data = cand;
                    break;
                }
            }
        }
    }
    let out = path.with_extension("min");
    let out = if out == path {
        PathBuf::from(format!("{}.min", path.display()))
    } else {
        out
    };
    if let Err(e) = std::fs::write(&out, &data) {
        eprintln!("drive: cannot write {}: {e}", out.display());
    }
    let f = run_one(&TARGETS[t], &data).err();
    println!(
        "minimised to {} bytes ({}):\n  {}\n  {}\n  at {}",
        data.len(),
        out.display(),
        literal(&data, 4096),
        f.as_ref().map_or("", |f| f.message.as_str()),
        f.as_ref().map_or("", |f| f.location.as_str()),
    );
    ExitCode::SUCCESS
}

/// Copies to `to` at most `--max-files` inputs of `from` (none over
/// `--max-len` bytes) that together give as many of the features of all of
/// `from` as a greedy set cover finds: each round keeps the input that adds
/// the most new features, the shorter on a tie.
fn distill(args: &Args, from: &Path, to: &Path) -> ExitCode {
    let mut inputs = read_dir_files(from);
    inputs.retain(|i| i.len() <= args.max_len);
    inputs.sort_by_key(Vec::len);
    inputs.dedup();
    let mut features: Vec<HashSet<u64>> = Vec::with_capacity(inputs.len());
    for input in &inputs {
        let mut all = HashSet::new();
        for &t in &args.targets {
            match run_one(&TARGETS[t], input) {
                Ok(fs) => all.extend(fs.into_iter().map(|f| f ^ (t as u64) << 60)),
                Err(f) => {
                    eprintln!("drive: {} fails on an input: {}", f.target, f.message);
                    return ExitCode::FAILURE;
                }
            }
        }
        features.push(all);
    }
    let total: HashSet<u64> = features.iter().flatten().copied().collect();
    let mut covered: HashSet<u64> = HashSet::new();
    let mut kept = Vec::new();
    while kept.len() < args.max_files {
        // Inputs are sorted by length, so the first best is the shortest.
        let best = (0..inputs.len())
            .map(|i| (features[i].difference(&covered).count(), i))
            .fold((0, usize::MAX), |b, x| if x.0 > b.0 { x } else { b });
        if best.0 == 0 {
            break;
        }
        covered.extend(features[best.1].iter().copied());
        write_artifact(to, "input", &inputs[best.1]);
        kept.push(best.1);
    }
    let bytes: usize = kept.iter().map(|&i| inputs[i].len()).sum();
    println!(
        "drive: kept {} of {} inputs ({bytes} bytes) in {}, {} of {} features",
        kept.len(),
        inputs.len(),
        to.display(),
        covered.len(),
        total.len()
    );
    ExitCode::SUCCESS
}

struct Stats {
    inputs: u64,
    execs: u64,
    slowest: Duration,
    slowest_len: usize,
    /// Per target: its slowest run and that input (reported at the end:
    /// slow is not a failure, but worth a look).
    slowest_input: Vec<(Duration, Vec<u8>)>,
}

fn fuzz(args: &Args) -> ExitCode {
    let t0 = Instant::now();
    let budget = Duration::from_secs(args.seconds);
    let mut rng = Rng::new(args.seed);
    let mutator = Mutator {
        max_len: args.max_len,
    };
    let names: Vec<&str> = args.targets.iter().map(|&t| TARGETS[t].0).collect();
    println!(
        "drive: targets {} for {} s, seed {}, max input {} bytes",
        names.join(","),
        args.seconds,
        args.seed,
        args.max_len
    );

    let current = Arc::new(Current {
        input: Mutex::new(Vec::new()),
        target: AtomicUsize::new(0),
        started_ms: AtomicU64::new(0),
    });
    spawn_watchdog(current.clone(), t0, args.timeout, args.artifacts.clone());

    let mut seeds: Vec<Vec<u8>> = SNIPPETS.iter().map(|s| s.as_bytes().to_vec()).collect();
    seeds.extend(sample_texts());
    seeds.extend(read_dir_files(&committed_corpus()));
    if let Some(dir) = &args.corpus {
        seeds.extend(read_dir_files(dir));
    }
    for s in &mut seeds {
        s.truncate(args.max_len);
    }
    let n_seeds = seeds.len();

    let mut sigs: Vec<HashSet<u64>> = vec![HashSet::new(); TARGETS.len()];
    let mut corpus: Vec<Vec<u8>> = Vec::new();
    let mut seen_inputs: HashSet<u64> = HashSet::new();
    let mut findings: HashMap<String, PathBuf> = HashMap::new();
    let mut stats = Stats {
        inputs: 0,
        execs: 0,
        slowest: Duration::ZERO,
        slowest_len: 0,
        slowest_input: vec![(Duration::ZERO, Vec::new()); TARGETS.len()],
    };
    let mut last_report = Instant::now();
    let mut pending = seeds.into_iter();

    loop {
        // Seeds first, then mutants of the corpus.
        let (input, is_seed) = match pending.next() {
            Some(s) => (s, true),
            None => {
                if t0.elapsed() >= budget {
                    break;
                }
                if corpus.is_empty() {
                    corpus.push(Vec::new());
                }
                // The shorter of two picks: small inputs run faster and
                // shrink what a failure has to be minimised from.
                let (a, b) = (rng.pick_ref(&corpus), rng.pick_ref(&corpus));
                let base = if a.len() <= b.len() { a } else { b };
                let other = rng.pick_ref(&corpus);
                (mutator.mutate(&mut rng, base, other), false)
            }
        };
        if let Ok(mut cur) = current.input.lock() {
            cur.clear();
            cur.extend_from_slice(&input);
        }
        stats.inputs += 1;
        let mut new = false;
        for &t in &args.targets {
            current.target.store(t, Ordering::SeqCst);
            current
                .started_ms
                .store(t0.elapsed().as_millis() as u64 + 1, Ordering::SeqCst);
            let start = Instant::now();
            let result = run_one(&TARGETS[t], &input);
            let took = start.elapsed();
            current.started_ms.store(0, Ordering::SeqCst);
            stats.execs += 1;
            if took > stats.slowest {
                stats.slowest = took;
                stats.slowest_len = input.len();
            }
            if took > stats.slowest_input[t].0 {
                stats.slowest_input[t] = (took, input.clone());
            }
            match result {
                Ok(features) => {
                    for f in features {
                        new |= sigs[t].insert(f);
                    }
                }
                Err(f) => {
                    let key = f.key();
                    if findings.contains_key(&key) {
                        continue;
                    }
                    let path = write_artifact(&args.artifacts, f.target, &input);
                    println!(
                        "drive: FAILURE in {}: {}\n  at {}\n  input ({} bytes): {}\n  artifact: {}",
                        f.target,
                        f.message,
                        f.location,
                        input.len(),
                        literal(&input, 2000),
                        path.display()
                    );
                    findings.insert(key, path);
                    if !args.keep_going {
                        report(&stats, t0, corpus.len(), &sigs, "stopped");
                        return ExitCode::FAILURE;
                    }
                }
            }
        }
        if (is_seed || new) && corpus.len() < MAX_CORPUS && seen_inputs.insert(fnv(&input)) {
            if new && !is_seed {
                if let Some(dir) = &args.corpus {
                    write_artifact(dir, "input", &input);
                }
            }
            corpus.push(input);
        }
        if last_report.elapsed() >= REPORT_EVERY {
            last_report = Instant::now();
            report(&stats, t0, corpus.len(), &sigs, "progress");
        }
    }
    report(&stats, t0, corpus.len(), &sigs, "done");
    println!("drive: {n_seeds} seeds");
    for &t in &args.targets {
        let (took, input) = &stats.slowest_input[t];
        let path = write_artifact(&args.artifacts.join("slowest"), TARGETS[t].0, input);
        println!(
            "drive: slowest {} run: {:.1} ms on {} bytes ({:.0} ns/byte), saved as {}",
            TARGETS[t].0,
            took.as_secs_f64() * 1e3,
            input.len(),
            took.as_nanos() as f64 / input.len().max(1) as f64,
            path.display()
        );
    }
    if findings.is_empty() {
        println!("drive: no failures");
        ExitCode::SUCCESS
    } else {
        println!("drive: {} distinct failures:", findings.len());
        let mut f: Vec<_> = findings.into_iter().collect();
        f.sort();
        for (key, path) in f {
            println!("  {key}: {}", path.display());
        }
        ExitCode::FAILURE
    }
}

fn report(stats: &Stats, t0: Instant, corpus: usize, sigs: &[HashSet<u64>], what: &str) {
    let secs = t0.elapsed().as_secs_f64();
    let sig_counts: Vec<String> = sigs.iter().map(|s| s.len().to_string()).collect();
    println!(
        "drive: {what}: {:.0} s, {} executions ({} inputs), {:.0} exec/s, corpus {}, features {}, slowest run {:.1} ms ({} bytes)",
        secs,
        stats.execs,
        stats.inputs,
        stats.execs as f64 / secs.max(1e-9),
        corpus,
        sig_counts.join("/"),
        stats.slowest.as_secs_f64() * 1e3,
        stats.slowest_len
    );
    let _ = std::io::stdout().flush();
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    install_quiet_panic_hook();
    if !args.replay.is_empty() {
        return replay(&args);
    }
    if let Some(path) = &args.minimize {
        return minimize(&args, path);
    }
    if let Some((from, to)) = &args.distill {
        return distill(&args, from, to);
    }
    fuzz(&args)
}
