//! Byte spans into the analysed text.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open range of UTF-8 byte offsets, `start..end`, into the text that
/// was analysed.
///
/// Every span whosaid returns lies on `char` boundaries, so `&text[span.range()]`
/// never panics for the text it came from.
///
/// ```
/// use whosaid::Span;
/// let text = "He said “yes”.";
/// let span = Span::new(8, 17);
/// assert_eq!(&text[span.range()], "“yes”");
/// assert_eq!(span.len(), 9);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (half-open). If `end < start` the span
    /// is empty at `start`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        let end = if end < start { start } else { end };
        Span { start, end }
    }

    /// The span as a `Range<usize>`, ready for slicing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely within `self`.
    ///
    /// ```
    /// use whosaid::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}
