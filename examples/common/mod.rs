//! What the three examples share on the command line: the arguments
//! ([`args`]), messages on standard error that cannot panic, the exit
//! codes, a closed standard output, and reading the input.
//!
//! Exit codes, the same for every example:
//!
//! | code | meaning |
//! |------|---------|
//! | 0 | done, all output written |
//! | 1 | the input could not be read or analysed (`jsonl`: a read error, or `--strict` with failed lines) |
//! | 2 | usage error (bad option or value) |
//! | 3 | standard output could not be written (closed, a reader that went away as in `\| head`, disk full): the output is incomplete |
//!
//! Standard error is written on a best-effort basis: a closed or broken
//! standard error never panics, aborts or changes the exit code.

// Each example uses its own subset.
#![allow(dead_code)]

pub mod args;
pub mod lines;

use std::fmt::Display;
use std::io::{self, Write};
use std::process::ExitCode;

/// Usage error.
pub const EXIT_USAGE: u8 = 2;
/// Standard output could not be written.
pub const EXIT_OUTPUT: u8 = 3;

/// The largest `--threads` accepted.
pub const MAX_THREADS: usize = 1024;

/// Writes one line on standard error, ignoring a closed or broken standard
/// error (`eprintln!` would panic).
pub fn say(msg: impl Display) {
    let _ = writeln!(io::stderr().lock(), "{msg}");
}

/// Reports that standard output could not be written and returns the
/// documented exit code.
pub fn output_failed(prog: &str, e: &io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        say(format_args!(
            "{prog}: standard output was closed before all output was written"
        ));
    } else {
        say(format_args!("{prog}: cannot write standard output: {e}"));
    }
    ExitCode::from(EXIT_OUTPUT)
}

/// Whether standard output was closed when the program started.
///
/// Rust's runtime reopens a closed standard stream on `/dev/null`, opened
/// for reading and writing, before `main`: every write then succeeds and
/// the output is lost without a word. A shell's `>/dev/null` opens it for
/// writing only and is not taken for a closed output. (Python's
/// `subprocess.DEVNULL` opens `/dev/null` for reading and writing too and
/// looks the same: give `open(os.devnull, "wb")` instead.) Linux only;
/// elsewhere, false.
pub fn stdout_closed() -> bool {
    let Ok(target) = std::fs::read_link("/proc/self/fd/1") else {
        return false;
    };
    if target != std::path::Path::new("/dev/null") {
        return false;
    }
    let Ok(info) = std::fs::read_to_string("/proc/self/fdinfo/1") else {
        return false;
    };
    info.lines()
        .find_map(|l| l.strip_prefix("flags:"))
        .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
        // O_ACCMODE == 3, O_RDWR == 2
        .is_some_and(|flags| flags & 3 == 2)
}

/// Exits with [`EXIT_OUTPUT`] when standard output was closed at start.
pub fn refuse_closed_stdout(prog: &str) -> Result<(), ExitCode> {
    if stdout_closed() {
        say(format_args!(
            "{prog}: standard output is closed: nothing could be written"
        ));
        return Err(ExitCode::from(EXIT_OUTPUT));
    }
    Ok(())
}

/// Reads a whole file, or standard input, but never more than one byte
/// over `limit`: a larger input is refused without filling memory first.
/// The message names the input.
pub fn read_input(input: &args::Input, limit: usize) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let name = input.name();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    let result = match input {
        args::Input::Stdin => io::stdin().lock().take(cap).read_to_end(&mut bytes),
        args::Input::File(path) => {
            let file = std::fs::File::open(path)
                .map_err(|e| format!("cannot open {name}: {}", io_reason(&e)))?;
            // A regular file's length is known: report it as it is, and
            // read it into a buffer of its size rather than one grown by
            // doubling.
            if let Ok(meta) = file.metadata() {
                if meta.is_file() && meta.len() > limit as u64 {
                    return Err(format!(
                        "{name}: input is {} bytes, over the limit of {limit} bytes",
                        meta.len()
                    ));
                }
                if meta.is_file() {
                    bytes.reserve_exact(usize::try_from(meta.len()).unwrap_or(0));
                }
            }
            file.take(cap).read_to_end(&mut bytes)
        }
    };
    result.map_err(|e| format!("cannot read {name}: {}", io_reason(&e)))?;
    if bytes.len() > limit {
        return Err(format!("{name}: input is over the limit of {limit} bytes"));
    }
    Ok(bytes)
}

/// An I/O error as a short phrase ("No such file or directory"), without
/// the `(os error 2)` suffix.
pub fn io_reason(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
