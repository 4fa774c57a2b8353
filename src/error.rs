//! The crate's one error type.

use thiserror::Error;

/// What can go wrong when whosaid is handed input.
///
/// Analysis itself never fails on text it accepts: any `&str` within the
/// configured size yields a result (possibly empty). Errors are about the
/// input as a whole or about the configuration.
///
/// ```
/// use whosaid::{Error, quotes_from_bytes};
/// let err = quotes_from_bytes(b"ok \xff bad").unwrap_err();
/// assert_eq!(err, Error::InvalidUtf8 { offset: 3 });
/// assert_eq!(err.to_string(), "input is not valid UTF-8 at byte 3");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is longer than the configured limit
    /// ([`Config::max_input_bytes`](crate::Config::max_input_bytes)).
    #[error("input is {len} bytes, over the limit of {limit} bytes")]
    InputTooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// The bytes handed to a bytes entry point are not UTF-8.
    #[error("input is not valid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Offset of the first byte that is not part of a valid UTF-8 sequence.
        offset: usize,
    },
    /// A configuration value cannot be used.
    #[error("invalid configuration: {0}")]
    InvalidConfig(String),
}
