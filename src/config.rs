//! Configuration: limits, which marks count, and user lexicon additions.

use crate::error::Error;
use crate::lexicon::user::{normalise, UserLexicon};
use crate::scan::Families;
use std::sync::Arc;

/// Default limit on input size: 256 MiB. Large enough for any article or
/// book; small enough that one bad record cannot exhaust a worker's memory.
/// Attribution's peak memory is meant to stay under 3.5 times the input
/// for news (as dense in quotes as the README's test articles; most of it
/// is the quotes' output), 11 times for a storm of quotes and 14 for a storm of
/// one-character words or punctuation (a text denser in quotes than one
/// per 16 bytes, or in tokens than four per 9 bytes, is analysed up to
/// where that budget runs out: see
/// [`Attributor::attribute`](crate::Attributor::attribute)), and at most
/// about 27 times for a storm of names (`Jo Li said. ` over and over). As
/// last measured (the README's Memory section) a storm of quotes takes
/// about 10.3 times, one of punctuation 11.8, one of one-character words
/// (`a a a …`) 13.6, and news 3.35 times.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 256 * 1024 * 1024;

/// The default [`Config::min_confidence`]: the lowest probability at which
/// the learned model's speakers on `polnear-train` (real US political news)
/// are right at least 95 times in 100. Chosen by the trainer with the
/// weights, never by hand.
pub const DEFAULT_MIN_CONFIDENCE: f32 = crate::link::TRAINED_MIN_CONFIDENCE;

/// The most words in a title (a role's title is read up to five words).
const MAX_TITLE_WORDS: usize = 5;

/// The largest input attribution supports: token offsets are 32-bit.
pub(crate) const MAX_SUPPORTED_BYTES: usize = u32::MAX as usize;

/// Settings for an [`Attributor`](crate::Attributor), builder style.
///
/// ```
/// use whosaid::{Attributor, Config};
/// let config = Config::new()
///     .max_input_bytes(1 << 20)
///     .speech_verbs(["Harrumphed"])
///     .titles(["Wave Warden"]);
/// assert_eq!(config.extra_titles(), ["Wave Warden"]);
/// let who = Attributor::with_config(config).unwrap();
/// let a = who
///     .attribute("\"Tides are high,\" harrumphed Ada Crane, the wave warden of Vell.")
///     .unwrap();
/// let q = &a.quotes()[0];
/// let ada = a.speaker(q).unwrap();
/// assert_eq!(ada.name(), "Ada Crane");
/// assert_eq!(ada.role().unwrap().title(), "wave warden");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub(crate) max_input_bytes: usize,
    pub(crate) min_confidence: f32,
    pub(crate) families: Families,
    pub(crate) report_terms: bool,
    pub(crate) extra_verbs: Vec<String>,
    pub(crate) removed_verbs: Vec<String>,
    pub(crate) extra_titles: Vec<String>,
    pub(crate) removed_titles: Vec<String>,
    /// The entries above as sets, built by [`Config::compile`].
    pub(crate) lexicon: Compiled,
}

/// The user lexicon as the attributor looks it up; not part of a
/// configuration's identity (equal configurations compile alike).
#[derive(Clone, Default)]
pub(crate) struct Compiled(pub(crate) Arc<UserLexicon>);

impl PartialEq for Compiled {
    fn eq(&self, _: &Compiled) -> bool {
        true
    }
}

impl std::fmt::Debug for Compiled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Compiled")
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            min_confidence: DEFAULT_MIN_CONFIDENCE,
            families: Families::default(),
            report_terms: true,
            extra_verbs: Vec::new(),
            removed_verbs: Vec::new(),
            extra_titles: Vec::new(),
            removed_titles: Vec::new(),
            lexicon: Compiled::default(),
        }
    }
}

/// The entries of a plain lexicon file: one a line, white space around
/// each trimmed, blank lines and `#` comments (whole lines, or the rest of
/// a line) left out.
///
/// ```
/// let file = "# harbour words\nharrumphed\n\nwave warden  # Vell's title\n";
/// let entries: Vec<&str> = whosaid::lexicon_entries(file).collect();
/// assert_eq!(entries, ["harrumphed", "wave warden"]);
/// ```
pub fn lexicon_entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.split_once('#').map_or(l, |(entry, _)| entry).trim())
        .filter(|l| !l.is_empty())
}

impl Config {
    /// The defaults: 256 MiB limit, every mark style, term quotes reported.
    #[must_use]
    pub fn new() -> Config {
        Config::default()
    }

    /// Inputs longer than this many bytes are refused with
    /// [`Error::InputTooLarge`]. Must be at least 1 and below 4 GiB.
    #[must_use]
    pub fn max_input_bytes(mut self, limit: usize) -> Config {
        self.max_input_bytes = limit;
        self
    }

    /// The lowest confidence at which a quote keeps its speaker (default
    /// [`DEFAULT_MIN_CONFIDENCE`], trained for 0.95 precision on real news). A quote's confidence is the model's
    /// probability that its best candidate speaker is right; below this the
    /// quote has no speaker, and the candidate is still shown as
    /// [`Attribution::alternative`](crate::Attribution::alternative). Raise
    /// it to trade recall for precision (a wrong name is worse than none),
    /// lower it (down to `0.0`, every best candidate kept) for recall. Must
    /// be in `0.0..=1.0`.
    ///
    /// ```
    /// use whosaid::{Attributor, Config};
    /// let text = "\"We sail at dawn,\" said Ada Crane.\n\n\"The tide turns at noon.\"";
    /// let every = Attributor::with_config(Config::new().min_confidence(0.0)).unwrap();
    /// let a = every.attribute(text).unwrap();
    /// let continued = &a.quotes()[1];
    /// assert_eq!(a.speaker(continued).unwrap().name(), "Ada Crane");
    ///
    /// // Above that quote's confidence, the speaker becomes an alternative.
    /// let above = (continued.confidence() + 0.001).min(1.0);
    /// let strict = Attributor::with_config(Config::new().min_confidence(above)).unwrap();
    /// let b = strict.attribute(text).unwrap();
    /// assert!(b.speaker(&b.quotes()[1]).is_none());
    /// let alt = b.quotes()[1].alternative().unwrap();
    /// assert_eq!(b.speakers()[alt.speaker_index()].name(), "Ada Crane");
    /// ```
    #[must_use]
    pub fn min_confidence(mut self, p: f32) -> Config {
        self.min_confidence = p;
        self
    }

    /// Whether single marks (`'…'`, `‘…’`, `‚…‘`) delimit quotes
    /// (default: yes, as British news uses them).
    #[must_use]
    pub fn single_quotes(mut self, yes: bool) -> Config {
        self.families.single = yes;
        self
    }

    /// Whether guillemets (`«…»`, `»…«`, `‹…›`) delimit quotes (default: yes).
    #[must_use]
    pub fn guillemets(mut self, yes: bool) -> Config {
        self.families.guillemets = yes;
        self
    }

    /// Whether CJK corner brackets (`「…」`, `『…』`) delimit quotes (default: yes).
    #[must_use]
    pub fn cjk_brackets(mut self, yes: bool) -> Config {
        self.families.cjk = yes;
        self
    }

    /// Whether quotes judged to be terms (scare quotes, titles, nicknames)
    /// are kept in the analysis with kind `Term` (default) or left out.
    #[must_use]
    pub fn report_terms(mut self, yes: bool) -> Config {
        self.report_terms = yes;
        self
    }

    /// Extra speech verbs, each one word form (`"opined"`, `"opines"`),
    /// added to the built-in table. Case does not matter: entries are
    /// lower-cased when the attributor is built.
    #[must_use]
    pub fn speech_verbs<I, S>(mut self, verbs: I) -> Config
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.extra_verbs.extend(verbs.into_iter().map(Into::into));
        self
    }

    /// Built-in speech verbs that no longer count (`"noted"`); with
    /// [`Config::speech_verbs`], replace one. Case does not matter.
    ///
    /// ```
    /// use whosaid::{Attributor, Config};
    /// let text = "\"Rain by noon,\" noted Ada Crane.";
    /// let a = Attributor::new().attribute(text).unwrap();
    /// assert!(a.speaker(&a.quotes()[0]).is_some());
    /// let strict = Attributor::with_config(
    ///     Config::new().min_confidence(0.0).remove_speech_verbs(["Noted"]),
    /// )
    /// .unwrap();
    /// let b = strict.attribute(text).unwrap();
    /// assert_ne!(b.quotes()[0].cue_text(), Some("noted"));
    /// ```
    #[must_use]
    pub fn remove_speech_verbs<I, S>(mut self, verbs: I) -> Config
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.removed_verbs.extend(verbs.into_iter().map(Into::into));
        self
    }

    /// Extra role titles (`"harbourmaster"`, `"wave warden"`), one to five
    /// words, added to the built-in table. Case and spacing do not matter.
    #[must_use]
    pub fn titles<I, S>(mut self, titles: I) -> Config
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.extra_titles.extend(titles.into_iter().map(Into::into));
        self
    }

    /// Built-in titles that no longer count as titles in roles (`"coach"`);
    /// with [`Config::titles`], replace one. Case and spacing do not matter.
    #[must_use]
    pub fn remove_titles<I, S>(mut self, titles: I) -> Config
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.removed_titles
            .extend(titles.into_iter().map(Into::into));
        self
    }

    /// The configured minimum confidence (see [`Config::min_confidence`]).
    pub fn min_confidence_value(&self) -> f32 {
        self.min_confidence
    }

    /// The configured input limit in bytes.
    pub fn input_limit(&self) -> usize {
        self.max_input_bytes
    }

    /// Whether single marks delimit quotes (see [`Config::single_quotes`]).
    pub fn uses_single_quotes(&self) -> bool {
        self.families.single
    }

    /// Whether guillemets delimit quotes (see [`Config::guillemets`]).
    pub fn uses_guillemets(&self) -> bool {
        self.families.guillemets
    }

    /// Whether CJK corner brackets delimit quotes (see [`Config::cjk_brackets`]).
    pub fn uses_cjk_brackets(&self) -> bool {
        self.families.cjk
    }

    /// Whether term quotes are reported (see [`Config::report_terms`]).
    pub fn reports_terms(&self) -> bool {
        self.report_terms
    }

    /// The speech verbs added, as given.
    pub fn extra_speech_verbs(&self) -> &[String] {
        &self.extra_verbs
    }

    /// The built-in speech verbs removed, as given.
    pub fn removed_speech_verbs(&self) -> &[String] {
        &self.removed_verbs
    }

    /// The titles added, as given.
    pub fn extra_titles(&self) -> &[String] {
        &self.extra_titles
    }

    /// The built-in titles removed, as given.
    pub fn removed_titles(&self) -> &[String] {
        &self.removed_titles
    }

    /// The configuration with its user lexicon built: done once, by
    /// [`Attributor::with_config`](crate::Attributor::with_config).
    pub(crate) fn compile(mut self) -> Config {
        self.lexicon = Compiled(Arc::new(UserLexicon::new(
            &self.extra_verbs,
            &self.removed_verbs,
            &self.extra_titles,
            &self.removed_titles,
        )));
        self
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
        if !(0.0..=1.0).contains(&self.min_confidence) {
            return Err(Error::InvalidConfig(format!(
                "min_confidence must be in 0.0..=1.0, not {}",
                self.min_confidence
            )));
        }
        for v in self.extra_verbs.iter().chain(&self.removed_verbs) {
            if normalise(v).contains(' ') || v.trim().is_empty() {
                return Err(Error::InvalidConfig(format!(
                    "speech verb {v:?} must be one word"
                )));
            }
        }
        for t in self.extra_titles.iter().chain(&self.removed_titles) {
            let words = t.split_whitespace().count();
            if words == 0 {
                return Err(Error::InvalidConfig("a title must not be empty".into()));
            }
            if words > MAX_TITLE_WORDS {
                return Err(Error::InvalidConfig(format!(
                    "title {t:?} has {words} words: at most {MAX_TITLE_WORDS}"
                )));
            }
        }
        Ok(())
    }
}
