//! The `jsonl` example's line reader (`examples/common/lines.rs`): one line
//! out per line in, whatever the bytes, the limit and the read sizes.

#[allow(dead_code)]
#[path = "../../examples/common/lines.rs"]
mod lines;

use lines::{reference_split as reference, Line, Lines};
use proptest::prelude::*;
use std::io::BufReader;

/// Every line the reader gives, reading through a buffer of `capacity`.
fn read_all(input: &[u8], limit: usize, capacity: usize) -> Vec<Line> {
    let mut lines = Lines::new(BufReader::with_capacity(capacity, input), limit);
    let mut out = Vec::new();
    while let Some(line) = lines.next_line().expect("reading a slice") {
        out.push(line);
    }
    out
}

fn check(input: &[u8], limit: usize, capacity: usize) {
    let want = reference(input);
    let got = read_all(input, limit, capacity);
    assert_eq!(
        got.len(),
        want.len(),
        "{input:?} limit {limit} capacity {capacity}"
    );
    for (g, w) in got.iter().zip(&want) {
        match g {
            Line::Doc(d) => {
                assert!(w.len() <= limit);
                assert_eq!(d, w);
                // Bounded by the limit, not by the line.
                assert!(d.capacity() <= 2 * limit.max(8) + capacity);
            }
            Line::TooLong { len, limit: l } => {
                assert!(w.len() > limit, "{w:?} is within {limit}");
                assert_eq!(*len, w.len() as u64);
                assert_eq!(*l, limit);
            }
        }
    }
}

#[test]
fn line_ends_across_read_boundaries() {
    for input in [
        &b"a\r\nb"[..],
        b"a\rb\r",
        b"\r\r\n\n",
        b"\n",
        b"",
        b"abc",
        b"ab\r\n\r\ncd\r",
        b"\xef\xbb\xbf{}\r\n",
    ] {
        for capacity in 1..6 {
            for limit in [1, 2, 3, 100] {
                check(input, limit, capacity);
            }
        }
    }
}

#[test]
fn a_long_line_is_measured_not_held() {
    let mut input = vec![b'x'; 1 << 20];
    input.extend(b"\r\nok\n");
    let got = read_all(&input, 1000, 4096);
    assert_eq!(got.len(), 2);
    assert!(matches!(
        got[0],
        Line::TooLong {
            len: 1_048_576,
            limit: 1000
        }
    ));
    assert!(matches!(&got[1], Line::Doc(d) if d == b"ok"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn one_line_out_per_line_in(
        input in proptest::collection::vec(
            prop_oneof![Just(b'\n'), Just(b'\r'), Just(b'a'), Just(b'{'), Just(0xef), any::<u8>()],
            0..200,
        ),
        limit in 1usize..40,
        capacity in 1usize..16,
    ) {
        check(&input, limit, capacity);
    }
}
