#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![doc = include_str!("../README.md")]

mod analysis;
mod attributor;
mod config;
mod error;
mod lexicon;
mod link;
mod mention;
mod offsets;
mod resolve;
mod scan;
mod segment;
mod span;
#[doc(hidden)]
pub mod train;
mod window;

pub use analysis::{
    Alternative, Analysis, Attribution, Gender, GenderBasis, OwnedAnalysis, OwnedQuote, QuoteKind,
    Role, Sieve, Speaker, SpeakerKind, SCHEMA_VERSION,
};
pub use attributor::Attributor;
pub use config::{lexicon_entries, Config, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MIN_CONFIDENCE};
pub use error::Error;
pub use offsets::{OffsetUnit, ParseOffsetUnitError};
pub use scan::{MarkStyle, Quote};
pub use span::Span;

/// Every quote in `text`, in order of their start (an outer quote before the
/// quotes nested in it). The fast path: spans only, no speakers.
///
/// ```
/// let q = whosaid::quotes("Rubio calls for 'an end to the massacre' in Ukraine");
/// assert_eq!(q.len(), 1);
/// assert_eq!(q[0].content(), "an end to the massacre");
/// ```
pub fn quotes(text: &str) -> Vec<Quote<'_>> {
    scan::scan_with(text, scan::Families::default())
}

/// Like [`quotes`], for bytes that should be UTF-8.
///
/// # Errors
/// [`Error::InvalidUtf8`] with the offset of the first bad byte.
///
/// ```
/// let q = whosaid::quotes_from_bytes("“Oui”".as_bytes()).unwrap();
/// assert_eq!(q[0].text(), "“Oui”");
/// ```
pub fn quotes_from_bytes(bytes: &[u8]) -> Result<Vec<Quote<'_>>, Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    Ok(quotes(text))
}
