//! The bundled examples as batch users run them: closed and broken pipes,
//! arguments, ids echoed byte for byte, the `jsonl` line reader, and memory
//! under a cap.
//!
//! `cargo test` builds the examples before running tests; these tests run
//! the debug builds in the target directory (`target/debug/examples/`),
//! building them with `cargo build --examples` when they are missing (as
//! under `cargo test --test examples_cli`), or those in
//! `$WHOSAID_EXAMPLES_DIR` when it is set (release builds, older builds).
//! Unix only: the tests use `bash`, `ulimit` and `true`.
#![cfg(unix)]

#[path = "support/json_schema.rs"]
mod json_schema;

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// The examples' directory, built once.
fn examples_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        if let Some(dir) = std::env::var_os("WHOSAID_EXAMPLES_DIR") {
            return PathBuf::from(dir);
        }
        let exe = std::env::current_exe().expect("test binary path");
        // target/<profile>/deps/examples_cli-<hash>
        let profile = exe
            .parent()
            .and_then(Path::parent)
            .expect("target profile dir");
        let dir = profile.join("examples");
        let all_there = ["jsonl", "quotes", "attribute"]
            .iter()
            .all(|n| dir.join(n).exists());
        if !all_there {
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let status = Command::new(cargo)
                .args(["build", "--examples", "--quiet"])
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .status()
                .expect("run cargo build --examples");
            assert!(status.success(), "cargo build --examples failed");
        }
        dir
    })
}

fn bin(name: &str) -> PathBuf {
    examples_dir().join(name)
}

/// A file under the system temp dir with `bytes` in it, unique per test.
fn temp_file(tag: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let path = dir.join(format!("{}-{tag}", NEXT.fetch_add(1, Ordering::Relaxed)));
    File::create(&path)
        .and_then(|mut f| f.write_all(bytes))
        .expect("write temp file");
    path
}

fn shell_quote(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', "'\\''"))
}

const JSONL_IN: &[u8] =
    b"{\"id\":\"a\",\"text\":\"\\\"We are ready,\\\" said Jane Roe.\"}\nnot json\n";
const TEXT_IN: &[u8] = b"\"We are ready,\" said Jane Roe. \"Go,\" she said.\n";

/// Each example with arguments that make it write to stdout and (for
/// `jsonl`, which meets a bad line; `--progress` too) to stderr.
fn cases() -> Vec<(&'static str, Vec<&'static str>, PathBuf)> {
    let jsonl = temp_file("pipes.jsonl", JSONL_IN);
    let text = temp_file("pipes.txt", TEXT_IN);
    vec![
        ("jsonl", vec!["--threads", "2"], jsonl.clone()),
        ("jsonl", vec!["--progress", "--threads", "1"], jsonl),
        ("quotes", vec!["-"], text.clone()),
        ("attribute", vec!["-"], text.clone()),
        ("attribute", vec!["--json", "-"], text),
    ]
}

/// Runs `sh_redirects` after the command in bash (`>&-`, `2>&-`) and
/// returns the exit code.
fn run_in_bash(name: &str, args: &[&str], input: &Path, redirects: &str) -> i32 {
    let cmd = format!(
        "{} {} <{} {redirects}",
        shell_quote(&bin(name)),
        args.join(" "),
        shell_quote(input)
    );
    let status = Command::new("bash")
        .args(["-c", &cmd])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run bash");
    status.code().expect("exited, not killed")
}

/// A pipe whose reading end is already closed.
fn broken_pipe() -> Stdio {
    // A child that exits at once: its stdin is a pipe we keep the writing
    // end of, after its reading end is gone.
    let mut sink = Command::new("true")
        .stdin(Stdio::piped())
        .spawn()
        .expect("spawn true");
    let stdin = sink.stdin.take().expect("pipe");
    sink.wait().expect("wait true");
    Stdio::from(stdin)
}

fn run_with(name: &str, args: &[&str], input: &Path, out: Stdio, err: Stdio) -> i32 {
    let status = Command::new(bin(name))
        .args(args)
        .stdin(File::open(input).expect("input"))
        .stdout(out)
        .stderr(err)
        .status()
        .expect("run example");
    status.code().expect("exited, not killed by a signal")
}

#[test]
fn all_output_written_exits_0() {
    for (name, args, input) in cases() {
        let out = Command::new(bin(name))
            .args(&args)
            .stdin(File::open(&input).unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{name} {args:?}");
        assert!(!out.stdout.is_empty(), "{name} {args:?}");
    }
}

/// A closed stdout is told from `/dev/null` through `/proc` (Linux).
#[cfg(target_os = "linux")]
#[test]
fn closed_stdout_exits_3() {
    for (name, args, input) in cases() {
        for redirects in [">&-", ">&- 2>&-"] {
            let code = run_in_bash(name, &args, &input, redirects);
            assert_eq!(code, 3, "{name} {args:?} {redirects}");
        }
    }
}

#[test]
fn closed_stderr_is_ignored() {
    for (name, args, input) in cases() {
        let code = run_in_bash(name, &args, &input, ">/dev/null 2>&-");
        assert_eq!(code, 0, "{name} {args:?}");
    }
}

#[test]
fn broken_stdout_exits_3_without_panic() {
    for (name, args, input) in cases() {
        let out = Command::new(bin(name))
            .args(&args)
            .stdin(File::open(&input).unwrap())
            .stdout(broken_pipe())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{name} {args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panic"), "{name}: {err}");
        assert!(err.contains("standard output was closed"), "{name}: {err}");
    }
}

#[test]
fn broken_stderr_is_ignored() {
    for (name, args, input) in cases() {
        let code = run_with(name, &args, &input, Stdio::null(), broken_pipe());
        assert_eq!(code, 0, "{name} {args:?}");
    }
}

#[test]
fn broken_stdout_and_stderr_exit_3() {
    for (name, args, input) in cases() {
        let code = run_with(name, &args, &input, broken_pipe(), broken_pipe());
        assert_eq!(code, 3, "{name} {args:?}");
    }
}

#[test]
fn usage_error_with_broken_stderr_exits_2() {
    for name in ["jsonl", "quotes", "attribute"] {
        let input = temp_file("usage.txt", b"");
        let code = run_with(name, &["--bogus"], &input, Stdio::null(), broken_pipe());
        assert_eq!(code, 2, "{name}");
    }
}

#[test]
fn head_1_stops_the_run_with_3_and_keeps_the_first_line() {
    let mut lines = Vec::new();
    for i in 0..20_000 {
        writeln!(lines, "{{\"id\":{i},\"text\":\"\\\"Yes,\\\" she said.\"}}").unwrap();
    }
    let input = temp_file("head.jsonl", &lines);
    let cmd = format!(
        "{} --threads 2 <{} | head -1; echo \"rc=${{PIPESTATUS[0]}}\"",
        shell_quote(&bin("jsonl")),
        shell_quote(&input)
    );
    let out = Command::new("bash").args(["-c", &cmd]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut it = stdout.lines();
    assert!(
        it.next()
            .unwrap()
            .starts_with("{\"id\":0,\"schema_version\":1,\"offsets\":\"bytes\",\"quotes\":["),
        "{stdout}"
    );
    assert_eq!(it.next(), Some("rc=3"), "{stdout}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panic"));
}

fn run_stdin(name: &str, args: &[&str], input: &[u8]) -> Output {
    let path = temp_file(&format!("{name}.in"), input);
    Command::new(bin(name))
        .args(args)
        .stdin(File::open(&path).unwrap())
        .output()
        .unwrap()
}

#[test]
fn threads_out_of_range_is_a_usage_error() {
    for v in [
        "0",
        "1025",
        "100000000",
        "18446744073709551615",
        "99999999999999999999999",
        "-1",
        "two",
    ] {
        let out = run_stdin("jsonl", &["--threads", v], JSONL_IN);
        assert_eq!(out.status.code(), Some(2), "--threads {v}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("from 1 to 1024"), "--threads {v}: {err}");
        assert!(out.stdout.is_empty());
    }
    let out = run_stdin("jsonl", &["--threads=1024"], JSONL_IN);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(out.stdout.iter().filter(|&&b| b == b'\n').count(), 2);
}

#[test]
fn max_bytes_is_taken_by_every_example() {
    for name in ["quotes", "attribute"] {
        let out = run_stdin(name, &["--max-bytes", "10", "-"], TEXT_IN);
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("over the limit of 10 bytes"), "{name}: {err}");

        let out = run_stdin(name, &["--max-bytes", "1000", "-"], TEXT_IN);
        assert_eq!(out.status.code(), Some(0), "{name}");
        assert!(!out.stdout.is_empty());

        for bad in ["0", "4294967296", "x"] {
            let out = run_stdin(name, &["--max-bytes", bad, "-"], TEXT_IN);
            assert_eq!(out.status.code(), Some(2), "{name} --max-bytes {bad}");
        }
    }
    let out = run_stdin("jsonl", &["--max-bytes", "40"], JSONL_IN);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with(
            "{\"id\":null,\"schema_version\":1,\"line\":1,\"error\":\"line is 52 bytes, over the limit of 40 bytes"
        ),
        "{stdout}"
    );
}

/// The output line's `id` as written.
fn id_of(line: &str) -> &str {
    let rest = line.strip_prefix("{\"id\":").expect(line);
    let end = rest.find(",\"schema_version\":").expect(line);
    &rest[..end]
}

#[test]
fn ids_are_echoed_byte_for_byte() {
    let ids = [
        "12345678901234567890123",
        "12345678901234567890124",
        "9007199254740993",
        "-9007199254740993",
        "1e2",
        "1E+2",
        "1e400",
        "-0",
        "1.50",
        "0.1000000000000000055511151231257827",
        "\"d-1\"",
        "\"caf\\u00e9 \\/ \\\"x\\\"\"",
        "\"café\"",
        "null",
        "true",
        "{\"a\": [1, 2.0, \"b\"]}",
        "[1,  2]",
    ];
    let mut input = String::new();
    for id in ids {
        input.push_str(&format!(
            "{{\"id\": {id} ,\"text\":\"\\\"Yes,\\\" she said.\"}}\n"
        ));
    }
    // An error line echoes its id too.
    input.push_str("{\"id\":1e400,\"text\":5}\n");
    let out = run_stdin("jsonl", &[], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), ids.len() + 1);
    for (line, id) in lines.iter().zip(ids) {
        assert_eq!(id_of(line), id);
    }
    assert_eq!(id_of(lines[ids.len()]), "1e400");
    assert!(lines[ids.len()].contains("\"text\\\" is a number, not a string"));
}

#[test]
fn no_id_is_null() {
    let out = run_stdin("jsonl", &[], b"{\"text\":\"x\"}\n");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        "{\"id\":null,\"schema_version\":1,\"offsets\":\"bytes\",\"quotes\":[],\"speakers\":[]}\n"
    );
}

/// `jsonl` output lines, which must be one per input line.
fn jsonl_lines(args: &[&str], input: &[u8], expect: usize) -> Vec<String> {
    let out = run_stdin("jsonl", args, input);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<String> = stdout.lines().map(String::from).collect();
    assert_eq!(lines.len(), expect, "{stdout}");
    lines
}

#[test]
fn a_bom_at_a_line_start_is_not_an_error() {
    let lines = jsonl_lines(
        &[],
        "\u{feff}{\"id\":1,\"text\":\"x\"}\n\u{feff}{\"id\":2,\"text\":\"y\"}\n".as_bytes(),
        2,
    );
    for l in &lines {
        assert!(l.contains("\"quotes\":[]"), "{l}");
    }
}

#[test]
fn cr_and_crlf_end_lines() {
    let input = b"{\"id\":1,\"text\":\"a\"}\r{\"id\":2,\"text\":\"b\"}\r\n{\"id\":3,\"text\":\"c\"}\r\r\n{\"id\":4,\"text\":\"d\"}";
    let lines = jsonl_lines(&[], input, 5);
    assert!(lines[0].starts_with("{\"id\":1,\"schema_version\":1,\"offsets\":\"bytes\",\"quotes\""));
    assert!(lines[1].starts_with("{\"id\":2,\"schema_version\":1,\"offsets\":\"bytes\",\"quotes\""));
    assert!(lines[2].starts_with("{\"id\":3,\"schema_version\":1,\"offsets\":\"bytes\",\"quotes\""));
    assert!(lines[3].contains("\"line\":4,\"error\":\"empty line\""));
    assert!(lines[4].starts_with("{\"id\":4,\"schema_version\":1,\"offsets\":\"bytes\",\"quotes\""));
}

#[test]
fn lone_surrogates_become_u_fffd_with_a_flag() {
    let input =
        br#"{"id":"s","text":"\ud800 \"Yes,\" said Jane Roe. \udc00 \ud83d\ude00 \ud800\u0041"}"#;
    let lines = jsonl_lines(&[], input, 1);
    let v: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(v["flags"], serde_json::json!(["lone_surrogates_replaced"]));
    let q = &v["quotes"][0];
    // Offsets count U+FFFD's three bytes.
    assert_eq!(q["start"], 4);
    assert_eq!(q["text"], "\"Yes,\"");
    assert_eq!(q["speaker"], "Jane Roe");
    // A well-formed document has no flags.
    let lines = jsonl_lines(&[], br#"{"id":"s","text":"\ud83d\ude00 ok"}"#, 1);
    assert!(!lines[0].contains("flags"), "{}", lines[0]);
}

#[test]
fn a_truncated_line_says_so() {
    let lines = jsonl_lines(&[], b"{\"id\":1,\"text\":\"\\\"Yes,\\\" she sa\n", 1);
    assert!(
        lines[0].contains("the line ends before its JSON value does (truncated?)"),
        "{}",
        lines[0]
    );
    assert!(!lines[0].contains("control character"));
}

#[test]
fn line_breaks_outside_ascii_are_escaped() {
    let input = "{\"id\":\"a\u{2028}b\",\"text\":\"\\\"One\u{2028}two\u{2029}three\u{85}four,\\\" she said.\"}\n";
    let out = run_stdin("jsonl", &[], input.as_bytes());
    let stdout = String::from_utf8(out.stdout).unwrap();
    for c in ['\u{2028}', '\u{2029}', '\u{85}'] {
        assert!(!stdout.contains(c), "{stdout}");
    }
    assert!(stdout.starts_with("{\"id\":\"a\\u2028b\","), "{stdout}");
    assert!(
        stdout.contains("One\\u2028two\\u2029three\\u0085four"),
        "{stdout}"
    );
    let v: serde_json::Value = serde_json::from_str(stdout.trim_end()).unwrap();
    assert_eq!(v["id"], "a\u{2028}b");
}

#[test]
fn an_over_limit_line_is_skipped_and_the_run_goes_on() {
    let mut input = b"{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"".to_vec();
    input.extend(std::iter::repeat_n(b'x', 5000));
    input.extend(b"\"}\r\n{\"id\":3,\"text\":\"c\"}\n");
    let lines = jsonl_lines(&["--max-bytes", "1000"], &input, 3);
    assert!(lines[0].starts_with("{\"id\":1,\"schema_version\":1,\"offsets\":\"bytes\",\"quotes\""));
    assert_eq!(
        lines[1],
        "{\"id\":null,\"schema_version\":1,\"line\":2,\"error\":\"line is 5018 bytes, over the limit of 1000 bytes (--max-bytes); skipped\"}"
    );
    assert!(lines[2].starts_with("{\"id\":3,\"schema_version\":1,\"offsets\":\"bytes\",\"quotes\""));
}

/// Runs `jsonl` under `ulimit -v` (KiB of address space) and returns its
/// exit code and output.
fn jsonl_under_cap(kib: u64, args: &str, input: &Path) -> (i32, String) {
    let cmd = format!(
        "ulimit -v {kib} && exec {} {args} <{}",
        shell_quote(&bin("jsonl")),
        shell_quote(input)
    );
    let out = Command::new("bash").args(["-c", &cmd]).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn an_over_limit_line_is_streamed_not_held() {
    // 64 MB on one line, without a newline, under a 48 MiB address-space cap.
    let mut input = b"{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"".to_vec();
    input.extend(std::iter::repeat_n(b'y', 64 << 20));
    let input = temp_file("long-line.jsonl", &input);
    let (code, stdout) = jsonl_under_cap(48 << 10, "--threads 1 --max-bytes 1000000", &input);
    assert_eq!(code, 0, "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[1].contains("over the limit of 1000000 bytes"),
        "{stdout}"
    );
    let _ = std::fs::remove_file(input);
}

#[test]
fn a_quote_storm_is_capped_with_a_flag_and_fits_in_memory() {
    // 2 MB of `"c"`: 666,666 quotes, over the budget of one per 16 bytes.
    // Before the budget it needed over 150 MiB of address space.
    let text = "\"c\"".repeat(2_000_000 / 3);
    let line = format!("{{\"id\":7,\"text\":\"{}\"}}\n", text.replace('"', "\\\""));
    let input = temp_file("storm.jsonl", line.as_bytes());
    let (code, stdout) = jsonl_under_cap(80 << 10, "--threads 1", &input);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(stdout.trim_end()).unwrap();
    let budget = text.len() / 16 + 1024;
    let quotes = v["quotes"].as_array().unwrap();
    assert!(quotes.len() <= budget + 1, "{}", quotes.len());
    assert!(quotes.len() >= budget - 32, "{}", quotes.len());
    assert_eq!(v["flags"], serde_json::json!(["analysis_capped"]));
    let analysed = v["analysed_bytes"].as_u64().unwrap() as usize;
    assert!(analysed < text.len());
    let last = quotes.last().unwrap();
    assert!(last["end"].as_u64().unwrap() as usize <= analysed);
    let _ = std::fs::remove_file(input);
}

#[test]
fn news_is_not_capped() {
    let para = "\"We are ready,\" said Jane Roe, the trade minister. \"Not yet,\" she added.\n\n";
    let text = para.repeat(200);
    let line = format!(
        "{{\"id\":1,\"text\":{}}}\n",
        serde_json::to_string(&text).unwrap()
    );
    let lines = jsonl_lines(&[], line.as_bytes(), 1);
    assert!(!lines[0].contains("analysed_bytes"));
    assert!(!lines[0].contains("flags"));
    let v: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(v["quotes"].as_array().unwrap().len(), 400);
}

/// Every `jsonl` line, an analysis or an error, in every offset unit, is
/// valid against the schema in the repository and carries its version.
#[test]
fn jsonl_lines_are_valid_against_the_schema() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/whosaid.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("JSON");
    let input = "{\"id\":\"z\",\"text\":\"«Très bien», said Zoë Lind, the mayor of Ålby. \\\"Yes,\\\" she added.\"}\n{\"id\":7}\n";
    for unit in ["bytes", "chars", "utf16"] {
        let lines = jsonl_lines(&["--offsets", unit], input.as_bytes(), 2);
        for line in &lines {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            assert_eq!(
                json_schema::errors(&schema, &v),
                Vec::<String>::new(),
                "{line}"
            );
            assert_eq!(v["schema_version"], 1);
        }
        let v: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
        assert_eq!(v["offsets"], unit);
        // A line reads back as the library's own owned result.
        let owned: whosaid::OwnedAnalysis = serde_json::from_str(&lines[0]).expect("owned");
        assert_eq!(owned.offsets().as_str(), unit);
        assert_eq!(owned.quotes()[0].speaker_name(), Some("Zoë Lind"));
        assert_eq!(v["quotes"][0]["speaker"], "Zoë Lind");
        assert_eq!(v["quotes"][0]["start"], 0);
        let end = v["quotes"][0]["end"].as_u64().unwrap();
        assert_eq!(end, if unit == "bytes" { 14 } else { 11 });
    }
}

/// Runs an example with `args` (any bytes) and no input.
fn run_args(name: &str, args: &[std::ffi::OsString]) -> Output {
    Command::new(bin(name))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run example")
}

fn os(args: &[&str]) -> Vec<std::ffi::OsString> {
    args.iter().map(Into::into).collect()
}

#[test]
fn every_example_has_help_and_version() {
    for name in ["jsonl", "quotes", "attribute"] {
        for flag in ["--help", "-h"] {
            let out = run_args(name, &os(&[flag]));
            assert_eq!(out.status.code(), Some(0), "{name} {flag}");
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.starts_with(&format!("usage: {name}")), "{text}");
            assert!(
                text.contains("--version") && text.contains("--offsets"),
                "{text}"
            );
            // Every option is listed indented, as one column.
            let flush: Vec<&str> = text.lines().filter(|l| l.starts_with('-')).collect();
            assert!(
                flush.is_empty(),
                "{name} {flag}: options not indented: {flush:?}"
            );
        }
        for flag in ["--version", "-V"] {
            let out = run_args(name, &os(&[flag]));
            assert_eq!(out.status.code(), Some(0), "{name} {flag}");
            let text = String::from_utf8_lossy(&out.stdout);
            assert_eq!(
                text.trim_end(),
                format!(
                    "{name} (whosaid {}, JSON schema_version 1)",
                    env!("CARGO_PKG_VERSION")
                )
            );
        }
    }
}

#[test]
fn a_file_name_that_is_not_utf8_is_a_usage_error_not_a_panic() {
    use std::os::unix::ffi::OsStringExt;
    let bad = std::ffi::OsString::from_vec(b"story-\xff.txt".to_vec());
    for name in ["jsonl", "quotes", "attribute"] {
        let out = run_args(name, std::slice::from_ref(&bad));
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("not valid UTF-8") && err.contains("standard input"),
            "{err}"
        );
        assert!(!err.contains("panic"), "{err}");
        // An option's value that is not UTF-8 too.
        let out = run_args(
            name,
            &[std::ffi::OsString::from("--max-bytes"), bad.clone()],
        );
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panic"));
    }
}

#[test]
fn double_dash_inline_values_and_files_are_taken() {
    let file = temp_file("dash.txt", TEXT_IN);
    let path = file.to_str().unwrap();
    // A file whose name starts with `-`, beside it.
    let dir = file.parent().unwrap();
    let bare = "-story.txt";
    std::fs::write(dir.join(bare), TEXT_IN).unwrap();
    for name in ["quotes", "attribute"] {
        // `--max-bytes=N`, and `--` before that name.
        let out = Command::new(bin(name))
            .args(["--max-bytes=1000", "--", bare])
            .current_dir(dir)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("We are ready"));
        // Without `--`, that name is an unknown option.
        let out = Command::new(bin(name))
            .args([bare])
            .current_dir(dir)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let out = run_args(name, &os(&["--offsets=utf16", path]));
        assert_eq!(out.status.code(), Some(0), "{name}");
        let out = run_args(name, &os(&["--offsets", "runes", path]));
        assert_eq!(out.status.code(), Some(2), "{name}");
    }
    // jsonl reads files in turn, then standard input for `-`.
    let docs = temp_file("docs.jsonl", JSONL_IN);
    let out = Command::new(bin("jsonl"))
        .args([docs.as_os_str(), "-".as_ref(), docs.as_os_str()])
        .stdin(File::open(&docs).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 6);
    let out = run_args("jsonl", &os(&["/no/such/file.jsonl"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open /no/such/file.jsonl"));
}

const STORY: &[u8] = "\"We will hold the line, with or without help,\" said Mrs Ada Crane, the harbour master of Vell.\n\n\
\"Ships wait,\" she added. Tomas Berg, the union chief, said: \"Not for long, \"she\" says.\"\n"
    .as_bytes();

#[test]
fn attribute_writes_tables_and_speaker_rows() {
    let story = temp_file("story.txt", STORY);
    let story = story.to_str().unwrap();
    let run = |args: &[&str]| {
        let out = run_args("attribute", &os(args));
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let tsv = run(&["--format", "tsv", story]);
    let mut rows = tsv.lines();
    assert_eq!(
        rows.next(),
        Some("start\tend\tkind\tspeaker\trole\tsieve\tcue\tconfidence\ttext")
    );
    let first: Vec<&str> = rows.next().unwrap().split('\t').collect();
    assert_eq!(first[3], "Ada Crane");
    assert_eq!(first[4], "harbour master of Vell");
    assert_eq!(first[5], "adjacent");

    // CSV: a cell with a comma or a quote is quoted, its quotes doubled.
    let csv = run(&["--format=csv", story]);
    let second = csv.lines().nth(1).unwrap();
    assert!(
        second.ends_with(",\"\"\"We will hold the line, with or without help,\"\"\"\r")
            || second.ends_with(",\"\"\"We will hold the line, with or without help,\"\"\""),
        "{second}"
    );

    let speakers = run(&["--speakers", "--format", "tsv", story]);
    let mut rows = speakers.lines();
    assert_eq!(
        rows.next(),
        Some("name\tkind\troles\tquotes\tgender\tgender_basis")
    );
    let ada: Vec<&str> = rows.next().unwrap().split('\t').collect();
    assert_eq!(
        ada,
        [
            "Ada Crane",
            "person",
            "harbour master of Vell",
            "2",
            "female",
            "honorific"
        ]
    );

    let json: serde_json::Value =
        serde_json::from_str(&run(&["--speakers", "--format", "json", story])).unwrap();
    assert_eq!(json[0]["name"], "Ada Crane");
    assert_eq!(json[0]["quotes"], 2);
    assert_eq!(json[0]["gender"], "female");
    let report = run(&["--speakers", story]);
    assert!(report.contains("female (honorific)"), "{report}");

    // `--json` is `--format json`: the library's JSON.
    let a: serde_json::Value = serde_json::from_str(&run(&["--json", story])).unwrap();
    let b: serde_json::Value = serde_json::from_str(&run(&["--format", "json", story])).unwrap();
    assert_eq!(a, b);
    assert_eq!(a["schema_version"], 1);
    let chars: serde_json::Value =
        serde_json::from_str(&run(&["--format", "json", "--offsets", "chars", story])).unwrap();
    assert_eq!(chars["offsets"], "chars");
}

#[test]
fn lexicon_files_change_what_is_found() {
    let text = temp_file(
        "lex.txt",
        b"\"The nets are full,\" harrumphed tidewright Ada Crane.\n",
    );
    let verbs = temp_file("verbs.txt", b"# verbs of Vell\nHarrumphed\n\n");
    let titles = temp_file("titles.txt", b"tidewright  # a Vell title\n");
    let text = text.to_str().unwrap();
    let out = run_args("attribute", &os(&["--format", "tsv", text]));
    let plain = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!plain.contains("tidewright\tadjacent"), "{plain}");
    let out = run_args(
        "attribute",
        &os(&[
            "--format",
            "tsv",
            "--speech-verbs",
            verbs.to_str().unwrap(),
            &format!("--titles={}", titles.to_str().unwrap()),
            text,
        ]),
    );
    assert_eq!(out.status.code(), Some(0));
    let row = String::from_utf8_lossy(&out.stdout)
        .lines()
        .nth(1)
        .unwrap()
        .to_string();
    let cells: Vec<&str> = row.split('\t').collect();
    assert_eq!(
        &cells[3..7],
        ["Ada Crane", "tidewright", "adjacent", "harrumphed"]
    );
    let out = run_args("attribute", &os(&["--titles", "/no/such/list", text]));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--titles: cannot read /no/such/list"));
}
