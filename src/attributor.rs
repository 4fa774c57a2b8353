//! The pipeline driver: scan → segment → mention → cue → link → resolve.

use crate::analysis::Analysis;
use crate::config::Config;
use crate::error::Error;
use crate::link::Sink;
use crate::scan::{self, Layout};
use crate::segment::{self, at_least, equals, HIGHS, ONES};
use crate::window;

/// Attributes quotes to speakers. Build once, share across threads
/// (`Send + Sync`), call [`attribute`](Attributor::attribute) per document.
///
/// ```
/// let who = whosaid::Attributor::new();
/// let a = who.attribute("\"It is done,\" she said.").unwrap();
/// assert_eq!(a.quotes().len(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct Attributor {
    config: Config,
}

impl Default for Attributor {
    fn default() -> Self {
        Attributor::new()
    }
}

impl Attributor {
    /// An attributor with the default [`Config`].
    pub fn new() -> Attributor {
        Attributor {
            config: Config::default(),
        }
    }

    /// An attributor with `config`.
    ///
    /// # Errors
    /// [`Error::InvalidConfig`] when a setting cannot be used.
    pub fn with_config(config: Config) -> Result<Attributor, Error> {
        config.validate()?;
        Ok(Attributor {
            config: config.compile(),
        })
    }

    /// The configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Find every quote in `text` with its speaker and role.
    ///
    /// Memory stays within a bounded multiple of the input (see
    /// [`DEFAULT_MAX_INPUT_BYTES`](crate::DEFAULT_MAX_INPUT_BYTES)), however
    /// dense its quotes or words: a text with more than one quote per 16
    /// bytes (after the first 1,024 quotes), or more than four words or
    /// punctuation marks per 9 bytes (after the first 65,536), which no
    /// prose has, is analysed only up to where that budget runs out.
    /// [`Analysis::text`] is then shorter than `text`, and says how much
    /// was read; quotes after it are not reported. Check
    /// `analysis.text().len() < text.len()` to flag such a result.
    ///
    /// ```
    /// let who = whosaid::Attributor::new();
    /// let storm = "\"c\"".repeat(100_000);
    /// let a = who.attribute(&storm).unwrap();
    /// assert!(a.text().len() < storm.len());
    /// assert!(a.quotes().len() <= storm.len() / 16 + 1024 + 1);
    /// ```
    ///
    /// # Errors
    /// [`Error::InputTooLarge`] when `text` is over the configured limit;
    /// the text is never truncated to fit it.
    pub fn attribute<'t>(&self, text: &'t str) -> Result<Analysis<'t>, Error> {
        self.analyse(text, None)
    }

    /// [`attribute`](Attributor::attribute), recording every candidate the
    /// decision weighs in `sink` when one is given (see [`crate::train`]).
    pub(crate) fn analyse<'t>(
        &self,
        text: &'t str,
        sink: Option<&mut Sink>,
    ) -> Result<Analysis<'t>, Error> {
        self.check_len(text.len())?;
        let read = &text[..token_cut(text)];
        let budget = scan::quote_budget(text.len());
        let layout = Layout::of(read);
        let (quotes, stop) = scan::scan_capped(read, layout, self.config.families, budget);
        // The text attributed is the text scanned unless the scan stopped
        // early: its layout is then read again.
        let layout = if stop == read.len() {
            layout
        } else {
            Layout::of(&text[..stop])
        };
        Ok(window::run(
            &text[..stop],
            quotes,
            layout,
            &self.config,
            sink,
        ))
    }

    /// Like [`attribute`](Attributor::attribute), for bytes that should be UTF-8.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`], or [`Error::InvalidUtf8`] with the offset of
    /// the first bad byte.
    pub fn attribute_bytes<'t>(&self, bytes: &'t [u8]) -> Result<Analysis<'t>, Error> {
        self.check_len(bytes.len())?;
        let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        self.attribute(text)
    }

    /// Only the quotes' spans (the scanner), with this configuration's
    /// limit and mark styles.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`] when `text` is over the configured limit.
    pub fn quotes<'t>(&self, text: &'t str) -> Result<Vec<crate::Quote<'t>>, Error> {
        self.check_len(text.len())?;
        Ok(scan::scan_with(text, self.config.families))
    }

    fn check_len(&self, len: usize) -> Result<(), Error> {
        if len > self.config.max_input_bytes {
            return Err(Error::InputTooLarge {
                len,
                limit: self.config.max_input_bytes,
            });
        }
        Ok(())
    }
}

/// At most [`TOKENS_PER_SPAN`] tokens (words or punctuation marks) per
/// this many bytes are attributed, beyond [`TOKEN_ALLOWANCE`]: one per
/// 2.25 bytes. Each token costs 24 bytes of working memory, and a word 4
/// more (its classes), and 16 more (its lower-cased form) where tokens are
/// no denser than one per 4 bytes, as in prose, which runs at one per 5 or
/// 6 bytes; so a storm of one-letter words (`a a a …`, one per 2 bytes)
/// is read to where it would pass about 13 times its size.
const TOKEN_SPAN_BYTES: usize = 9;
/// Tokens allowed per [`TOKEN_SPAN_BYTES`] bytes.
const TOKENS_PER_SPAN: usize = 4;
/// Tokens any input may have, however short.
const TOKEN_ALLOWANCE: usize = 1 << 16;

/// The most tokens a text of `len` bytes may have attributed (no overflow
/// for any `len`).
fn token_budget(len: usize) -> usize {
    len / TOKEN_SPAN_BYTES * TOKENS_PER_SPAN
        + len % TOKEN_SPAN_BYTES * TOKENS_PER_SPAN / TOKEN_SPAN_BYTES
        + TOKEN_ALLOWANCE
}

/// Where the token budget of `text` runs out (a character boundary), or
/// its length. Tokens are estimated from above in one pass over the bytes:
/// each punctuation byte and each start of a run of letters, digits or
/// non-ASCII characters counts one.
fn token_cut(text: &str) -> usize {
    let budget = token_budget(text.len());
    if text.len() <= budget {
        return text.len();
    }
    // Counted eight bytes at a time, with no branch per byte; only the
    // block where the budget runs out is walked byte by byte to find where.
    let b = text.as_bytes();
    let mut count = 0usize;
    let mut in_word = false;
    for (k, block) in b.chunks(COUNT_BLOCK).enumerate() {
        let n = tokens_in(block, in_word);
        if count + n > budget {
            let at = k * COUNT_BLOCK + cut_in(block, in_word, budget - count);
            return segment::floor_char_boundary(text, at);
        }
        count += n;
        in_word = block.last().is_some_and(|&c| word_byte(c));
    }
    text.len()
}

/// Bytes [`token_cut`] counts at a time: 255 words of eight, so that each
/// byte lane of [`tokens_in`]'s sum holds its count.
const COUNT_BLOCK: usize = 255 * 8;

/// A byte of a word: an ASCII letter or digit, or part of a non-ASCII
/// character.
#[inline]
fn word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c >= 0x80
}

/// Does byte `c` start a token, after a byte of a word (`in_word`) or
/// not? Punctuation always does, a word byte only after a non-word byte,
/// whitespace never.
#[inline]
fn starts_token(in_word: bool, c: u8) -> bool {
    !(c.is_ascii_whitespace() || in_word && word_byte(c))
}

/// [`word_byte`] and [`starts_token`] for the eight bytes of `x` (first
/// byte lowest), as the high bit of each byte: `before` is the high bit
/// of the lowest byte when the byte before `x` is a word's.
#[inline]
fn word_and_starts(x: u64, before: u64) -> (u64, u64) {
    let high = x & HIGHS;
    let y = x & !HIGHS;
    let folded = y | (ONES * 0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let digit = at_least(y, b'0') & !at_least(y, b'9' + 1);
    let word = high | letter | digit;
    // ' ', and '\t' to '\r' but for '\x0B': `u8::is_ascii_whitespace`.
    let space = !high
        & (equals(y, b' ') | (at_least(y, b'\t') & !at_least(y, b'\r' + 1) & !equals(y, 0x0b)));
    let after_word = (word << 8) | before;
    (word, !space & !(word & after_word) & HIGHS)
}

/// The tokens that start in `block` (at most [`COUNT_BLOCK`] bytes), after
/// a word byte if `in_word`: eight bytes at a time, each byte lane of `sum`
/// counting the tokens that start in that lane.
fn tokens_in(block: &[u8], in_word: bool) -> usize {
    let mut before = if in_word { 0x80 } else { 0 };
    let mut sum = 0u64;
    let mut words = block.chunks_exact(8);
    for w in &mut words {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(w);
        let (word, starts) = word_and_starts(u64::from_le_bytes(bytes), before);
        before = (word >> 56) & 0x80;
        sum += starts >> 7;
    }
    // The eight lanes added up: in pairs, then by a multiply.
    let pairs = (sum & 0x00ff_00ff_00ff_00ff) + ((sum >> 8) & 0x00ff_00ff_00ff_00ff);
    let mut count = (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize;
    let mut in_word = before != 0;
    for &c in words.remainder() {
        count += usize::from(starts_token(in_word, c));
        in_word = word_byte(c);
    }
    count
}

/// The offset in `block` (after a word byte if `in_word`) of the token
/// past the first `left`, or the block's length.
fn cut_in(block: &[u8], mut in_word: bool, left: usize) -> usize {
    let mut count = 0usize;
    for (i, &c) in block.iter().enumerate() {
        if starts_token(in_word, c) {
            count += 1;
            if count > left {
                return i;
            }
        }
        in_word = word_byte(c);
    }
    block.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`token_cut`] as first written: one byte at a time.
    fn token_cut_bytewise(text: &str) -> usize {
        let budget = token_budget(text.len());
        if text.len() <= budget {
            return text.len();
        }
        let mut count = 0usize;
        let mut in_word = false;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            let word = b.is_ascii_alphanumeric() || b >= 0x80;
            if b.is_ascii_whitespace() {
                in_word = false;
                continue;
            }
            if !word || !in_word {
                count += 1;
                if count > budget {
                    let mut cut = i;
                    while !text.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    return cut;
                }
            }
            in_word = word;
        }
        text.len()
    }

    #[test]
    fn the_token_budget_is_four_per_nine_bytes_without_overflow() {
        for len in [0, 1, 8, 9, 10, 17, 18, 1_000_003] {
            assert_eq!(token_budget(len), len * 4 / 9 + TOKEN_ALLOWANCE, "{len}");
        }
        let most = token_budget(usize::MAX);
        assert!(most > usize::MAX / 9 * 4 && most <= usize::MAX / 9 * 4 + 3 + TOKEN_ALLOWANCE);
    }

    #[test]
    fn token_cut_counts_as_byte_by_byte() {
        let dense = [
            ".".repeat(300_000),
            "a.".repeat(150_001),
            "é,".repeat(100_003),
            "ab ".repeat(50_000) + &"..".repeat(200_000),
            "\"word,\" she said. ".repeat(20_000),
            "x".repeat(400_000),
            ",é".repeat(99_999) + "\n" + &".a ".repeat(70_000),
        ];
        for text in &dense {
            let cut = token_cut(text);
            assert_eq!(cut, token_cut_bytewise(text), "{:?}", &text[..20]);
            assert!(text.is_char_boundary(cut));
        }
        assert!(token_cut(&dense[0]) < dense[0].len());
    }

    #[test]
    fn eight_bytes_at_a_time_count_as_one_at_a_time() {
        let bytewise = |block: &[u8], in_word: bool| {
            let mut w = in_word;
            block
                .iter()
                .filter(|&&c| {
                    let start = starts_token(w, c);
                    w = word_byte(c);
                    start
                })
                .count()
        };
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                for in_word in [false, true] {
                    let block = [a, b, b'x', a, b, b, a, b' ', b, a];
                    assert_eq!(tokens_in(&block, in_word), bytewise(&block, in_word));
                }
            }
        }
        let full = [b'a', b'.'].repeat(COUNT_BLOCK / 2);
        assert_eq!(tokens_in(&full, true), bytewise(&full, true));
    }
}
