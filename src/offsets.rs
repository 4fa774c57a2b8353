//! Byte offsets turned into the units other languages index strings by.

use serde::{Deserialize, Serialize};

/// The unit of the offsets in a result.
///
/// whosaid works in UTF-8 bytes ([`Span`](crate::Span)); Python's `str`
/// indexes Unicode scalar values (`Chars`), JavaScript, Java and C# index
/// UTF-16 code units (`Utf16`).
///
/// ```
/// use whosaid::OffsetUnit;
/// let text = "«Zoë» 😀 \"ok\"";
/// // The quote "ok" starts at byte 15, char 9, UTF-16 unit 10.
/// assert_eq!(OffsetUnit::Chars.convert(text, &[15]), [9]);
/// assert_eq!(OffsetUnit::Utf16.convert(text, &[15]), [10]);
/// assert_eq!("utf16".parse::<OffsetUnit>(), Ok(OffsetUnit::Utf16));
/// assert_eq!(OffsetUnit::Chars.to_string(), "chars");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OffsetUnit {
    /// UTF-8 bytes (Rust's `str`, Go, Python's `bytes`).
    #[default]
    Bytes,
    /// Unicode scalar values (Python's `str`, Rust's `chars()`).
    Chars,
    /// UTF-16 code units (JavaScript, Java, C#, Swift's `utf16`).
    Utf16,
}

impl OffsetUnit {
    /// The label the JSON output uses (`bytes`, `chars`, `utf16`).
    pub const fn as_str(self) -> &'static str {
        match self {
            OffsetUnit::Bytes => "bytes",
            OffsetUnit::Chars => "chars",
            OffsetUnit::Utf16 => "utf16",
        }
    }

    /// Each of `byte_offsets` (into `text`, in any order) in this unit, in
    /// the same order. One pass over `text` whatever the number of
    /// offsets (they are sorted first). An offset inside a character
    /// counts that character; one past the end counts to the end.
    pub fn convert(self, text: &str, byte_offsets: &[usize]) -> Vec<usize> {
        let map = OffsetMap::new(text, byte_offsets.to_vec(), self);
        byte_offsets.iter().map(|&b| map.get(b)).collect()
    }
}

impl std::fmt::Display for OffsetUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing an [`OffsetUnit`] from a string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseOffsetUnitError(String);

impl std::fmt::Display for ParseOffsetUnitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown offset unit {:?}: give bytes, chars or utf16",
            self.0
        )
    }
}

impl std::error::Error for ParseOffsetUnitError {}

impl std::str::FromStr for OffsetUnit {
    type Err = ParseOffsetUnitError;
    fn from_str(s: &str) -> Result<OffsetUnit, ParseOffsetUnitError> {
        match s {
            "bytes" => Ok(OffsetUnit::Bytes),
            "chars" => Ok(OffsetUnit::Chars),
            "utf16" => Ok(OffsetUnit::Utf16),
            _ => Err(ParseOffsetUnitError(s.to_string())),
        }
    }
}

/// Byte offsets and what they are in one unit, for a set of offsets known
/// in advance.
pub(crate) struct OffsetMap {
    unit: OffsetUnit,
    /// (byte offset, offset in `unit`), sorted by byte offset, no repeats.
    pairs: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// The map for `offsets` into `text`: one pass over the text.
    pub(crate) fn new(text: &str, mut offsets: Vec<usize>, unit: OffsetUnit) -> OffsetMap {
        if unit == OffsetUnit::Bytes {
            return OffsetMap {
                unit,
                pairs: Vec::new(),
            };
        }
        offsets.sort_unstable();
        offsets.dedup();
        let mut pairs = Vec::with_capacity(offsets.len());
        let mut targets = offsets.into_iter().peekable();
        let mut count = 0;
        for (i, c) in text.char_indices() {
            while let Some(t) = targets.next_if(|&t| t <= i) {
                pairs.push((t, count));
            }
            if targets.peek().is_none() {
                break;
            }
            count += match unit {
                OffsetUnit::Utf16 => c.len_utf16(),
                _ => 1,
            };
        }
        pairs.extend(targets.map(|t| (t, count)));
        OffsetMap { unit, pairs }
    }

    /// `byte` in the map's unit; `byte` must be one of the offsets the map
    /// was made for (any other gives the nearest known one below it).
    pub(crate) fn get(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Bytes {
            return byte;
        }
        match self.pairs.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.pairs[i].1,
            Err(0) => 0,
            Err(i) => self.pairs[i - 1].1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::OffsetUnit;

    #[test]
    fn every_boundary_converts_as_the_slow_way_does() {
        let text = "a«Zoë»😀\u{301}x\n中文";
        let bytes: Vec<usize> = (0..=text.len() + 2).rev().collect();
        let chars = OffsetUnit::Chars.convert(text, &bytes);
        let utf16 = OffsetUnit::Utf16.convert(text, &bytes);
        for ((&b, &c), &u) in bytes.iter().zip(&chars).zip(&utf16) {
            let before = text.char_indices().take_while(|&(i, _)| i < b);
            assert_eq!(c, before.clone().count(), "{b}");
            assert_eq!(
                u,
                before.map(|(_, ch)| ch.len_utf16()).sum::<usize>(),
                "{b}"
            );
        }
        assert_eq!(OffsetUnit::Bytes.convert(text, &bytes), bytes);
    }
}
