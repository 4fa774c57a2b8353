//! libFuzzer target (`cargo +nightly fuzz run --features libfuzzer attribute`): the body of
//! [`whosaid_fuzz::check_attribute`], which panics on any broken invariant.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    whosaid_fuzz::check_attribute(data);
});
