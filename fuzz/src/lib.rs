//! The fuzz targets' bodies: [`check_scan`], [`check_attribute`] and
//! [`check_attribute_bytes`] run one whosaid entry point on arbitrary bytes
//! and panic when a result breaks an invariant of the API;
//! [`check_jsonl_lines`] runs the `jsonl` example's line reader. The libFuzzer
//! targets (`fuzz_targets/`, nightly) and the stable driver
//! (`src/bin/drive.rs`) both call them.
//!
//! The checks themselves live in `tests/invariants/mod.rs` of the main
//! crate, shared with its regression tests (`tests/fuzz_regressions.rs`),
//! so a finding and its regression test check exactly the same thing.

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

pub use invariants::{check_attribute, check_attribute_bytes, check_scan, Signature};

#[allow(dead_code)]
#[path = "../../examples/common/lines.rs"]
mod lines;

/// The `jsonl` example's line reader (`examples/common/lines.rs`) on
/// `data`: one line out per line in (`\n`, `\r\n`, a lone `\r`), each as
/// it stands or, over the limit, measured. The first byte picks the limit
/// (1 to 64) and the size of the reads (1 to 16 bytes).
pub fn check_jsonl_lines(data: &[u8]) -> Signature {
    use lines::{reference_split, Line, Lines};
    let b = data.first().copied().unwrap_or(0) as usize;
    let (limit, capacity) = (1 + b % 64, 1 + (b / 64) * 5);
    let want = reference_split(data);
    let mut reader = Lines::new(std::io::BufReader::with_capacity(capacity, data), limit);
    let (mut n, mut long) = (0usize, 0u64);
    while let Some(line) = reader.next_line().expect("reading a slice") {
        let Some(w) = want.get(n) else {
            panic!(
                "invariant one_line_per_line: more than {} lines",
                want.len()
            );
        };
        match line {
            Line::Doc(d) => assert!(
                d == *w && w.len() <= limit,
                "invariant line_as_input: line {n} is {d:?}, not {w:?} (limit {limit})"
            ),
            Line::TooLong { len, .. } => {
                assert!(
                    len == w.len() as u64 && w.len() > limit,
                    "invariant over_limit_measured: line {n} of {} bytes said {len} (limit {limit})",
                    w.len()
                );
                long += 1;
            }
        }
        n += 1;
    }
    assert_eq!(n, want.len(), "invariant one_line_per_line");
    let cr = data.iter().filter(|&&c| c == b'\r').count().min(8) as u64;
    vec![
        n.min(32) as u64,
        100 + long.min(8),
        200 + cr,
        300 + (limit as u64 / 8),
    ]
}

/// A target: its name and its body.
pub type Target = (&'static str, fn(&[u8]) -> Signature);

/// Every target, in the order the driver runs them.
pub const TARGETS: &[Target] = &[
    ("scan", check_scan),
    ("attribute", check_attribute),
    ("attribute_bytes", check_attribute_bytes),
    ("jsonl_lines", check_jsonl_lines),
];
