//! whosaid's benchmarks (`benches/`) and property tests (`tests/`), in a
//! workspace member of their own so that building the library, its
//! examples and its other tests never builds criterion or proptest.
//!
//! `cargo test` and `cargo bench` at the repository root run them (the
//! workspace's default members are the library and this crate).
#![forbid(unsafe_code)]
