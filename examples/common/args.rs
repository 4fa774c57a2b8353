//! The command line every example shares, on `lexopt`: `--x v` and
//! `--x=v`, `--` before operands, `-h`/`--help`, `-V`/`--version`, file
//! names as `OsString`s, and the options more than one example takes
//! (`--max-bytes`, `--offsets`, `--min-confidence`, and the lexicon files).
//! A usage error is a message, the usage line and exit code 2; never a panic.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use lexopt::{Arg, Parser, ValueExt};

/// One argument, owned (lexopt's borrows the parser, which option values
/// are then read from).
pub enum Opt {
    Short(char),
    Long(String),
    Value(OsString),
}

/// The next argument, `None` at the end.
pub fn next(p: &mut Parser) -> Result<Option<Opt>, Stop> {
    Ok(p.next()?.map(|arg| match arg {
        Arg::Short(c) => Opt::Short(c),
        Arg::Long(l) => Opt::Long(l.to_string()),
        Arg::Value(v) => Opt::Value(v),
    }))
}
use whosaid::{Config, OffsetUnit, DEFAULT_MAX_INPUT_BYTES};

use super::{say, EXIT_USAGE};

/// How a command line ends before the run: help or version printed (exit
/// 0), or a usage error (exit 2).
pub enum Stop {
    Help,
    Version,
    Usage(String),
}

impl From<lexopt::Error> for Stop {
    fn from(e: lexopt::Error) -> Stop {
        Stop::Usage(e.to_string())
    }
}

impl From<String> for Stop {
    fn from(msg: String) -> Stop {
        Stop::Usage(msg)
    }
}

impl Stop {
    /// Prints what the stop calls for and gives its exit code.
    pub fn exit(self, prog: &str, usage: &str) -> ExitCode {
        match self {
            Stop::Help => {
                // Ignore a closed pipe (`--help | head -1`).
                let _ = writeln!(io::stdout(), "{usage}");
                ExitCode::SUCCESS
            }
            Stop::Version => {
                let _ = writeln!(
                    io::stdout(),
                    "{prog} (whosaid {}, JSON schema_version {})",
                    whosaid_version(),
                    whosaid::SCHEMA_VERSION
                );
                ExitCode::SUCCESS
            }
            Stop::Usage(msg) => {
                let first = usage.lines().next().unwrap_or(usage);
                say(format_args!(
                    "{prog}: error: {msg}\n{first}\n(--help for more)"
                ));
                ExitCode::from(EXIT_USAGE)
            }
        }
    }
}

/// The library's version, which the examples share.
pub fn whosaid_version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// Where a document comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// A FILE operand: `-` is standard input. A name that is not UTF-8 is
    /// refused (exit 2) with a way round it: standard input takes any file.
    pub fn from_operand(v: OsString) -> Result<Input, Stop> {
        if v == "-" {
            return Ok(Input::Stdin);
        }
        if v.to_str().is_none() {
            return Err(Stop::Usage(format!(
                "the file name {} is not valid UTF-8; give the file on standard input instead (- < FILE)",
                PathBuf::from(&v).display()
            )));
        }
        Ok(Input::File(PathBuf::from(v)))
    }

    /// The one FILE operand `v`, unless `slot` already holds one.
    pub fn set_operand(slot: &mut Option<Input>, v: OsString) -> Result<(), Stop> {
        if slot.is_some() {
            return Err(Stop::Usage("give one FILE (or -)".into()));
        }
        *slot = Some(Input::from_operand(v)?);
        Ok(())
    }

    /// The FILE given, else standard input, but not a terminal: no one
    /// should wait for a document to be typed.
    pub fn or_stdin(given: Option<Input>) -> Result<Input, Stop> {
        match given {
            Some(input) => Ok(input),
            None if std::io::stdin().is_terminal() => Err(Stop::Usage(
                "give a FILE, or - to read standard input".into(),
            )),
            None => Ok(Input::Stdin),
        }
    }

    /// The name for messages.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// The options more than one example takes.
pub struct Shared {
    pub max_bytes: usize,
    pub offsets: OffsetUnit,
    pub min_confidence: Option<f32>,
    /// Lexicon entries read from files: added and removed speech verbs and
    /// titles.
    pub verbs: Vec<String>,
    pub no_verbs: Vec<String>,
    pub titles: Vec<String>,
    pub no_titles: Vec<String>,
}

/// Usage text for the lexicon options (attribute and jsonl).
pub const LEXICON_USAGE: &str = "  --speech-verbs FILE, --titles FILE
                  add the speech verbs or titles in FILE (one a line, #
                  comments; any case)
  --remove-speech-verbs FILE, --remove-titles FILE
                  built-in entries in FILE no longer count";

/// Usage text for `--min-confidence`.
pub const MIN_CONFIDENCE_USAGE: &str = "  --min-confidence P
                  keep a speaker only at confidence P or above, 0 to 1
                  (default: the library's, trained for 0.95 precision on
                  real news)";

/// Usage text for `--offsets`.
pub const OFFSETS_USAGE: &str =
    "  --offsets U     the unit of every offset: bytes (UTF-8, the default),
                  chars (Unicode scalar values: Python's str) or utf16
                  (JavaScript, Java); the output states it";

impl Shared {
    pub fn new() -> Shared {
        Shared {
            max_bytes: DEFAULT_MAX_INPUT_BYTES,
            offsets: OffsetUnit::Bytes,
            min_confidence: None,
            verbs: Vec::new(),
            no_verbs: Vec::new(),
            titles: Vec::new(),
            no_titles: Vec::new(),
        }
    }

    /// Takes `arg` if it is `-h`, `-V` or one of the shared options this
    /// example accepts (`attribution`: the speaker options too), reading
    /// its value from `p`. `Ok(false)` when `arg` is none of them.
    pub fn take(&mut self, arg: &Opt, p: &mut Parser, attribution: bool) -> Result<bool, Stop> {
        let long = match arg {
            Opt::Short('h') => return Err(Stop::Help),
            Opt::Short('V') => return Err(Stop::Version),
            Opt::Long(l) => l.as_str(),
            _ => return Ok(false),
        };
        match long {
            "help" => return Err(Stop::Help),
            "version" => return Err(Stop::Version),
            "max-bytes" => self.max_bytes = parse_max_bytes(&p.value()?.string()?)?,
            "offsets" => {
                let v = p.value()?.string()?;
                self.offsets = v.parse().map_err(|e| format!("bad --offsets value: {e}"))?;
            }
            "min-confidence" if attribution => {
                let v = p.value()?.string()?;
                self.min_confidence = Some(
                    v.trim()
                        .parse()
                        .ok()
                        .filter(|x: &f32| (0.0..=1.0).contains(x))
                        .ok_or_else(|| {
                            format!("bad --min-confidence value {v:?}: give a number in 0..=1")
                        })?,
                );
            }
            name @ ("speech-verbs" | "titles" | "remove-speech-verbs" | "remove-titles")
                if attribution =>
            {
                let path = PathBuf::from(p.value()?);
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    format!(
                        "--{name}: cannot read {}: {}",
                        path.display(),
                        super::io_reason(&e)
                    )
                })?;
                let entries = whosaid::lexicon_entries(&text).map(str::to_string);
                match name {
                    "speech-verbs" => self.verbs.extend(entries),
                    "titles" => self.titles.extend(entries),
                    "remove-speech-verbs" => self.no_verbs.extend(entries),
                    _ => self.no_titles.extend(entries),
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The library configuration these options give.
    pub fn config(&self) -> Config {
        let mut c = Config::new()
            .max_input_bytes(self.max_bytes)
            .speech_verbs(self.verbs.iter().cloned())
            .remove_speech_verbs(self.no_verbs.iter().cloned())
            .titles(self.titles.iter().cloned())
            .remove_titles(self.no_titles.iter().cloned());
        if let Some(p) = self.min_confidence {
            c = c.min_confidence(p);
        }
        c
    }
}

/// An argument none of the example's options takes.
pub fn unexpected(arg: Opt) -> Stop {
    Stop::Usage(match arg {
        Opt::Short(c) => format!("unknown option -{c}"),
        Opt::Long(l) => format!("unknown option --{l}"),
        Opt::Value(v) => format!("unexpected argument {:?}", v.to_string_lossy()),
    })
}

/// A `--threads` value: 1 to [`super::MAX_THREADS`].
pub fn parse_threads(v: &str) -> Result<usize, String> {
    let max = super::MAX_THREADS;
    v.trim()
        .parse::<u64>()
        .ok()
        .filter(|n| (1..=max as u64).contains(n))
        .map(|n| n as usize)
        .ok_or_else(|| format!("bad --threads value {v:?}: give a number from 1 to {max}"))
}

/// A `--max-bytes` value: 1 to `u32::MAX` (offsets are 32-bit).
pub fn parse_max_bytes(v: &str) -> Result<usize, String> {
    let max = u32::MAX as u64;
    v.trim()
        .parse::<u64>()
        .ok()
        .filter(|n| (1..=max).contains(n))
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| format!("bad --max-bytes value {v:?}: give a number from 1 to {max}"))
}
