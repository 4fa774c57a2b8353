//! Configuration: limits, which marks count, and user lexicon additions.

use crate::error::Error;
use crate::scan::Families;

/// Default limit on input size: 256 MiB. Large enough for any article or
/// book; small enough that one bad record cannot exhaust a worker's memory.
/// Attribution's peak memory is about 3 times the input for news, about 11
/// times for a storm of quotes and 15 for a storm of one-character words
/// or punctuation (a text denser in quotes than one per 16 bytes, or in
/// tokens than about one per 2 bytes, is analysed up to where that budget
/// runs out: see [`Attributor::attribute`](crate::Attributor::attribute)),
/// and at most about 27 times for a storm of names (`Jo Li said. ` over
/// and over).
pub const DEFAULT_MAX_INPUT_BYTES: usize = 256 * 1024 * 1024;

/// The largest input attribution supports: token offsets are 32-bit.
pub(crate) const MAX_SUPPORTED_BYTES: usize = u32::MAX as usize;

/// Settings for an [`Attributor`](crate::Attributor), builder style.
///
/// ```
/// use whosaid::{Attributor, Config};
/// let config = Config::new()
///     .max_input_bytes(1 << 20)
///     .speech_verbs(["opined"])
///     .titles(["harbourmaster"]);
/// let who = Attributor::with_config(config).unwrap();
/// let a = who.attribute("\"Tides are high,\" opined the harbourmaster.").unwrap();
/// assert_eq!(a.quotes().len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub(crate) max_input_bytes: usize,
    pub(crate) families: Families,
    pub(crate) report_terms: bool,
    pub(crate) extra_verbs: Vec<String>,
    pub(crate) extra_titles: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            families: Families::default(),
            report_terms: true,
            extra_verbs: Vec::new(),
            extra_titles: Vec::new(),
        }
    }
}

impl Config {
    /// The defaults: 256 MiB limit, every mark style, term quotes reported.
    pub fn new() -> Config {
        Config::default()
    }

    /// Inputs longer than this many bytes are refused with
    /// [`Error::InputTooLarge`]. Must be at least 1 and below 4 GiB.
    pub fn max_input_bytes(mut self, limit: usize) -> Config {
        self.max_input_bytes = limit;
        self
    }

    /// Whether single marks (`'…'`, `‘…’`, `‚…‘`) delimit quotes
    /// (default: yes, as British news uses them).
    pub fn single_quotes(mut self, yes: bool) -> Config {
        self.families.single = yes;
        self
    }

    /// Whether guillemets (`«…»`, `»…«`, `‹…›`) delimit quotes (default: yes).
    pub fn guillemets(mut self, yes: bool) -> Config {
        self.families.guillemets = yes;
        self
    }

    /// Whether CJK corner brackets (`「…」`, `『…』`) delimit quotes (default: yes).
    pub fn cjk_brackets(mut self, yes: bool) -> Config {
        self.families.cjk = yes;
        self
    }

    /// Whether quotes judged to be terms (scare quotes, titles, nicknames)
    /// are kept in the analysis with kind `Term` (default) or left out.
    pub fn report_terms(mut self, yes: bool) -> Config {
        self.report_terms = yes;
        self
    }

    /// Extra speech verbs, each as a single lower-case word form
    /// (`"opined"`, `"opines"`). Added to the built-in table.
    pub fn speech_verbs<I, S>(mut self, verbs: I) -> Config
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.extra_verbs.extend(verbs.into_iter().map(Into::into));
        self
    }

    /// Extra role titles (`"harbourmaster"`), one or more words, lower case.
    pub fn titles<I, S>(mut self, titles: I) -> Config
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.extra_titles.extend(titles.into_iter().map(Into::into));
        self
    }

    /// The configured input limit in bytes.
    pub fn input_limit(&self) -> usize {
        self.max_input_bytes
    }

    pub(crate) fn validate(&self) -> Result<(), Error> {
        if self.max_input_bytes == 0 {
            return Err(Error::InvalidConfig(
                "max_input_bytes must be at least 1".into(),
            ));
        }
        if self.max_input_bytes > MAX_SUPPORTED_BYTES {
            return Err(Error::InvalidConfig(format!(
                "max_input_bytes must be at most {MAX_SUPPORTED_BYTES} (offsets are 32-bit)"
            )));
        }
        for v in &self.extra_verbs {
            if v.is_empty() || v.contains(char::is_whitespace) {
                return Err(Error::InvalidConfig(format!(
                    "speech verb {v:?} must be one word"
                )));
            }
        }
        for t in &self.extra_titles {
            if t.trim().is_empty() {
                return Err(Error::InvalidConfig("a title must not be empty".into()));
            }
        }
        Ok(())
    }
}
