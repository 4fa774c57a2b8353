//! The fuzz targets' bodies: [`check_scan`], [`check_attribute`] and
//! [`check_attribute_bytes`] run one whosaid entry point on arbitrary bytes
//! and panic when a result breaks an invariant of the API. The libFuzzer
//! targets (`fuzz_targets/`, nightly) and the stable driver
//! (`src/bin/drive.rs`) both call them.
//!
//! The checks themselves live in `tests/invariants/mod.rs` of the main
//! crate, shared with its regression tests (`tests/fuzz_regressions.rs`),
//! so a finding and its regression test check exactly the same thing.

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

pub use invariants::{check_attribute, check_attribute_bytes, check_scan, Signature};

/// A target: its name and its body.
pub type Target = (&'static str, fn(&[u8]) -> Signature);

/// Every target, in the order the driver runs them.
pub const TARGETS: &[Target] = &[
    ("scan", check_scan),
    ("attribute", check_attribute),
    ("attribute_bytes", check_attribute_bytes),
];
