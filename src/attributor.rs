//! The pipeline driver: scan → segment → mention → cue → link → resolve.

use crate::analysis::Analysis;
use crate::config::Config;
use crate::error::Error;
use crate::link::Sink;
use crate::scan;
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
    /// bytes (after the first 1,024 quotes), or more than about one word
    /// or punctuation mark per 2 bytes (after the first 65,536), which no
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
        let (quotes, stop) = scan::scan_capped(read, self.config.families, budget);
        Ok(window::run(&text[..stop], quotes, &self.config, sink))
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

/// At most about one token (word or punctuation mark) per this many bytes
/// is attributed, beyond [`TOKEN_ALLOWANCE`]: each costs some 30 bytes of
/// working memory, and prose runs at one per 5 or 6 bytes.
const BYTES_PER_TOKEN: usize = 2;
/// Tokens any input may have, however short.
const TOKEN_ALLOWANCE: usize = 1 << 16;

/// Where the token budget of `text` runs out (a character boundary), or
/// its length. Tokens are estimated from above in one pass over the bytes:
/// each punctuation byte and each start of a run of letters, digits or
/// non-ASCII characters counts one.
fn token_cut(text: &str) -> usize {
    let budget = text.len() / BYTES_PER_TOKEN + TOKEN_ALLOWANCE;
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
