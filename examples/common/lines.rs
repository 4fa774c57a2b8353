//! `jsonl`'s line reader, on its own so that tests can check it
//! (`tests/jsonl_lines.rs`).

use std::io::{self, BufRead};

/// One input line as read: its bytes without the line end, or only its
/// length when it is over the limit.
pub enum Line {
    Doc(Vec<u8>),
    TooLong { len: u64, limit: usize },
}

/// Splits input into lines at `\n`, `\r\n` or a lone `\r` (as Hadoop's
/// `LineReader` and Python's `splitlines` do), holding at most `limit`
/// bytes of any line: a longer line is read past, not stored.
pub struct Lines<R> {
    inner: R,
    limit: usize,
    /// The last line ended in `\r`: a `\n` next belongs to it.
    after_cr: bool,
}

impl<R: BufRead> Lines<R> {
    pub fn new(inner: R, limit: usize) -> Self {
        Lines {
            inner,
            limit,
            after_cr: false,
        }
    }

    /// The next line, `None` at the end of the input.
    pub fn next_line(&mut self) -> io::Result<Option<Line>> {
        let mut line = Vec::new();
        let mut len: u64 = 0;
        let mut too_long = false;
        let mut any = false;
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                if !any {
                    return Ok(None);
                }
                break;
            }
            if std::mem::take(&mut self.after_cr) && buf[0] == b'\n' {
                self.inner.consume(1);
                continue;
            }
            any = true;
            let end = buf.iter().position(|&b| b == b'\n' || b == b'\r');
            let take = end.unwrap_or(buf.len());
            len += take as u64;
            if !too_long {
                if len > self.limit as u64 {
                    too_long = true;
                    line = Vec::new();
                } else {
                    line.extend_from_slice(&buf[..take]);
                }
            }
            match end {
                Some(i) => {
                    self.after_cr = buf[i] == b'\r';
                    self.inner.consume(i + 1);
                    break;
                }
                None => {
                    let n = buf.len();
                    self.inner.consume(n);
                }
            }
        }
        Ok(Some(if too_long {
            Line::TooLong {
                len,
                limit: self.limit,
            }
        } else {
            Line::Doc(line)
        }))
    }
}

/// The lines of `input` as [`Lines`] should give them, the simple way (for
/// tests and the fuzz driver): split at `\n`, `\r\n` or a lone `\r`; no
/// line after a final line end.
pub fn reference_split(input: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    let mut i = 0;
    while i < input.len() {
        match input[i] {
            b'\n' => out.push(std::mem::take(&mut cur)),
            b'\r' => {
                out.push(std::mem::take(&mut cur));
                if input.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
            b => cur.push(b),
        }
        i += 1;
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}
