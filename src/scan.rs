//! Quote scanning: pairs of quotation marks, nesting, paragraph-continued
//! quotes and apostrophes told apart, in one linear pass.
//!
//! The scanner knows nothing about speakers. It jumps from one candidate byte
//! to the next (a prefilter that flags them 64 bytes at a time, like
//! `memchr`), recognises the mark there with small nom parsers, decides from
//! the characters on either side whether the mark opens, closes or is an
//! apostrophe, and pairs marks with a bounded stack that is emptied at every
//! paragraph break (unless the next paragraph continues the quote).

use crate::segment::{HIGHS, ONES};
use crate::span::Span;
use nom::branch::alt;
use nom::bytes::tag;
use nom::combinator::value;
use nom::{IResult, Parser};
use serde::{Deserialize, Serialize};
use std::cell::Cell;

/// How a quote is marked: the pair of marks that open and close it.
///
/// A quote whose opening and closing marks differ in shape (a straight
/// opening mark closed by a curly one, or the other way round) is `Mixed…`.
///
/// ```
/// use whosaid::{quotes, MarkStyle};
/// let q = quotes("«Bonjour», dit-il.");
/// assert_eq!(q[0].style(), MarkStyle::Guillemets);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MarkStyle {
    /// `"…"`
    StraightDouble,
    /// `“…”`
    CurlyDouble,
    /// `"…”` or `“…"`
    MixedDouble,
    /// `'…'`
    StraightSingle,
    /// `‘…’`
    CurlySingle,
    /// `'…’` or `‘…'`
    MixedSingle,
    /// AP style ``` ``…'' ```
    Backticks,
    /// `''…''` and `‘‘…’’`: doubled single marks standing for double ones.
    DoubledSingle,
    /// `«…»`
    Guillemets,
    /// `»…«`
    ReversedGuillemets,
    /// `‹…›` or `›…‹`
    SingleGuillemets,
    /// German `„…“` (or `„…”`)
    LowDouble,
    /// German `‚…‘` (or `‚…’`)
    LowSingle,
    /// CJK `「…」`
    CornerBrackets,
    /// CJK `『…』`
    WhiteCornerBrackets,
}

impl MarkStyle {
    /// True for the single-mark styles (`'…'`, `‘…’`, `‚…‘`, `‹…›`).
    pub fn is_single(self) -> bool {
        matches!(
            self,
            MarkStyle::StraightSingle
                | MarkStyle::CurlySingle
                | MarkStyle::MixedSingle
                | MarkStyle::LowSingle
                | MarkStyle::SingleGuillemets
        )
    }
}

/// One quoted passage found by the scanner.
///
/// Spans are byte offsets into the scanned text; `span` includes the marks,
/// `content` excludes them. An unclosed quote ends at the end of its
/// paragraph (trailing white space left out) and has no closing mark.
///
/// ```
/// let text = "“He said ‘no’ twice,” the aide recalled.";
/// let q = whosaid::quotes(text);
/// assert_eq!(q.len(), 2);
/// assert_eq!(q[0].text(), "“He said ‘no’ twice,”");
/// assert_eq!(q[0].content(), "He said ‘no’ twice,");
/// assert_eq!(q[1].text(), "‘no’");
/// assert_eq!(q[1].parent(), Some(0));
/// assert!(q[0].is_closed() && !q[0].is_multi_paragraph());
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Quote<'t> {
    /// The quote as it stands, marks included: its span is
    /// `start..start + text.len()`.
    text: &'t str,
    start: usize,
    /// [`NO_PARENT`], or the index of the enclosing quote.
    parent: usize,
    /// Bytes of `text` before and after the content: the marks, at most a
    /// few bytes each. Kept this small because a document's quotes can
    /// number one per 100 bytes of text.
    head: u16,
    tail: u16,
    style: MarkStyle,
    multi_paragraph: bool,
    closed: bool,
}

/// `Quote::parent` of a top-level quote.
const NO_PARENT: usize = usize::MAX;

impl<'t> Quote<'t> {
    /// A quote over `span` of `text` with its content over `content_span`
    /// (inside `span`, at most `u16::MAX` bytes from either end).
    fn new(
        text: &'t str,
        span: Span,
        content_span: Span,
        style: MarkStyle,
        multi_paragraph: bool,
        closed: bool,
    ) -> Quote<'t> {
        debug_assert!(span.start <= content_span.start && content_span.end <= span.end);
        // The marks are at most six bytes long.
        let margin = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        Quote {
            text: &text[span.range()],
            start: span.start,
            parent: NO_PARENT,
            head: margin(content_span.start - span.start),
            tail: margin(span.end - content_span.end.max(content_span.start)),
            style,
            multi_paragraph,
            closed,
        }
    }

    /// The quote's span, marks included.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }
    /// The span of the words between the marks.
    pub fn content_span(&self) -> Span {
        let start = self.start + usize::from(self.head);
        Span::new(
            start,
            (self.start + self.text.len() - usize::from(self.tail)).max(start),
        )
    }
    /// The quote as it stands in the text, marks included.
    pub fn text(&self) -> &'t str {
        self.text
    }
    /// The words between the marks. For a multi-paragraph quote this
    /// includes the paragraph breaks and the marks that reopen each paragraph.
    pub fn content(&self) -> &'t str {
        let r = self.content_span();
        &self.text[r.start - self.start..r.end - self.start]
    }
    /// The mark style (from the opening and closing marks).
    pub fn style(&self) -> MarkStyle {
        self.style
    }
    /// Index (in the same list) of the quote this one is nested in.
    pub fn parent(&self) -> Option<usize> {
        (self.parent < DEAD).then_some(self.parent)
    }
    /// True when the quote runs over several paragraphs.
    pub fn is_multi_paragraph(&self) -> bool {
        self.multi_paragraph
    }
    pub(crate) fn set_parent(&mut self, parent: Option<usize>) {
        self.parent = parent.unwrap_or(NO_PARENT);
    }
    /// False when no closing mark was found; the quote then ends at the end
    /// of its paragraph.
    pub fn is_closed(&self) -> bool {
        self.closed
    }
}

// Written out so that they show the spans and content as fields, as they
// were when `Quote` stored them.
impl std::fmt::Debug for Quote<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Quote")
            .field("span", &self.span())
            .field("content_span", &self.content_span())
            .field("text", &self.text)
            .field("content", &self.content())
            .field("style", &self.style)
            .field("parent", &self.parent())
            .field("multi_paragraph", &self.multi_paragraph)
            .field("closed", &self.closed)
            .finish()
    }
}

impl Serialize for Quote<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Quote", 8)?;
        st.serialize_field("span", &self.span())?;
        st.serialize_field("content_span", &self.content_span())?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("content", self.content())?;
        st.serialize_field("style", &self.style)?;
        st.serialize_field("parent", &self.parent())?;
        st.serialize_field("multi_paragraph", &self.multi_paragraph)?;
        st.serialize_field("closed", &self.closed)?;
        st.end()
    }
}

/// Which families of marks the scanner reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Families {
    pub single: bool,
    pub guillemets: bool,
    pub cjk: bool,
}

impl Families {
    /// Whether each family is reported, by [`family_index`].
    fn by_family(self) -> [bool; 6] {
        let mut on = [true; 6];
        on[family_index(Family::Single)] = self.single;
        on[family_index(Family::Guillemet)] = self.guillemets;
        on[family_index(Family::SingleGuillemet)] = self.guillemets;
        on[family_index(Family::Corner)] = self.cjk;
        on[family_index(Family::WhiteCorner)] = self.cjk;
        on
    }
}

impl Default for Families {
    fn default() -> Self {
        Families {
            single: true,
            guillemets: true,
            cjk: true,
        }
    }
}

// ---------------------------------------------------------------------------
// Marks: what the nom parsers recognise.

/// One quotation mark as it appears in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    Straight,          // "
    CurlyOpen,         // “
    CurlyClose,        // ”
    LowDouble,         // „
    StraightSingle,    // '
    CurlySingleOpen,   // ‘
    CurlySingleClose,  // ’
    LowSingle,         // ‚
    Backticks,         // ``
    Backtick,          // `
    DoubledStraight,   // ''
    DoubledCurlyOpen,  // ‘‘
    DoubledCurlyClose, // ’’
    GuillemetLeft,     // «
    GuillemetRight,    // »
    SingleGuillemetL,  // ‹
    SingleGuillemetR,  // ›
    CornerOpen,        // 「
    CornerClose,       // 」
    WhiteCornerOpen,   // 『
    WhiteCornerClose,  // 』
}

/// Marks pair only within a family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double = 0,
    Single = 1,
    Guillemet = 2,
    SingleGuillemet = 3,
    Corner = 4,
    WhiteCorner = 5,
}

/// [`Mark::family_of`] for every mark, so that the family of a mark (asked
/// several times for each mark scanned) is one table load.
static FAMILY: [Family; 21] = {
    use Mark::*;
    let marks = [
        Straight,
        CurlyOpen,
        CurlyClose,
        LowDouble,
        StraightSingle,
        CurlySingleOpen,
        CurlySingleClose,
        LowSingle,
        Backticks,
        Backtick,
        DoubledStraight,
        DoubledCurlyOpen,
        DoubledCurlyClose,
        GuillemetLeft,
        GuillemetRight,
        SingleGuillemetL,
        SingleGuillemetR,
        CornerOpen,
        CornerClose,
        WhiteCornerOpen,
        WhiteCornerClose,
    ];
    let mut t = [Family::Double; 21];
    let mut k = 0;
    while k < marks.len() {
        t[marks[k] as usize] = Mark::family_of(marks[k]);
        k += 1;
    }
    t
};

impl Mark {
    #[inline]
    fn family(self) -> Family {
        FAMILY[self as usize]
    }

    const fn family_of(self) -> Family {
        use Mark::*;
        match self {
            Straight | CurlyOpen | CurlyClose | LowDouble | Backticks | DoubledStraight
            | DoubledCurlyOpen | DoubledCurlyClose => Family::Double,
            StraightSingle | CurlySingleOpen | CurlySingleClose | LowSingle | Backtick => {
                Family::Single
            }
            GuillemetLeft | GuillemetRight => Family::Guillemet,
            SingleGuillemetL | SingleGuillemetR => Family::SingleGuillemet,
            CornerOpen | CornerClose => Family::Corner,
            WhiteCornerOpen | WhiteCornerClose => Family::WhiteCorner,
        }
    }

    fn is_straight(self) -> bool {
        matches!(self, Mark::Straight | Mark::StraightSingle)
    }
}

/// `"`
fn straight_double(i: &str) -> IResult<&str, Mark> {
    value(Mark::Straight, tag("\"")).parse_complete(i)
}

/// `'`, and AP's doubled `''` standing for a double mark.
fn straight_single(i: &str) -> IResult<&str, Mark> {
    alt((
        value(Mark::DoubledStraight, tag("''")),
        value(Mark::StraightSingle, tag("'")),
    ))
    .parse_complete(i)
}

/// AP's ``` `` ``` (a double mark) and a lone `` ` `` (a single one).
fn backticks(i: &str) -> IResult<&str, Mark> {
    alt((
        value(Mark::Backticks, tag("``")),
        value(Mark::Backtick, tag("`")),
    ))
    .parse_complete(i)
}

/// `“`
fn left_double(i: &str) -> IResult<&str, Mark> {
    value(Mark::CurlyOpen, tag("“")).parse_complete(i)
}

/// `”`
fn right_double(i: &str) -> IResult<&str, Mark> {
    value(Mark::CurlyClose, tag("”")).parse_complete(i)
}

/// German `„`
fn low_double(i: &str) -> IResult<&str, Mark> {
    value(Mark::LowDouble, tag("„")).parse_complete(i)
}

/// `‘`, and `‘‘` standing for a double mark.
fn left_single(i: &str) -> IResult<&str, Mark> {
    alt((
        value(Mark::DoubledCurlyOpen, tag("‘‘")),
        value(Mark::CurlySingleOpen, tag("‘")),
    ))
    .parse_complete(i)
}

/// `’` (also the apostrophe), and `’’` standing for a double mark.
fn right_single(i: &str) -> IResult<&str, Mark> {
    alt((
        value(Mark::DoubledCurlyClose, tag("’’")),
        value(Mark::CurlySingleClose, tag("’")),
    ))
    .parse_complete(i)
}

/// German `‚`
fn low_single(i: &str) -> IResult<&str, Mark> {
    value(Mark::LowSingle, tag("‚")).parse_complete(i)
}

/// `«` and `»`.
fn guillemets(i: &str) -> IResult<&str, Mark> {
    alt((
        value(Mark::GuillemetLeft, tag("«")),
        value(Mark::GuillemetRight, tag("»")),
    ))
    .parse_complete(i)
}

/// `‹` and `›`.
fn single_guillemets(i: &str) -> IResult<&str, Mark> {
    alt((
        value(Mark::SingleGuillemetL, tag("‹")),
        value(Mark::SingleGuillemetR, tag("›")),
    ))
    .parse_complete(i)
}

/// `「」` and `『』`.
fn cjk_brackets(i: &str) -> IResult<&str, Mark> {
    alt((
        value(Mark::CornerOpen, tag("「")),
        value(Mark::CornerClose, tag("」")),
        value(Mark::WhiteCornerOpen, tag("『")),
        value(Mark::WhiteCornerClose, tag("』")),
    ))
    .parse_complete(i)
}

/// Recognises one quotation mark at the start of `i`; doubled marks
/// (``` `` ```, `''`, `‘‘`, `’’`) win over their single halves.
///
/// Every parser here runs with `parse_complete`: nom 8's `parse` is
/// streaming, so a lone `'` at the end of the text would be `Incomplete`
/// (it might yet become `''`) and `alt` would not try the single mark.
pub(crate) fn mark(i: &str) -> IResult<&str, Mark> {
    alt((
        straight_double,
        straight_single,
        backticks,
        left_double,
        right_double,
        low_double,
        left_single,
        right_single,
        low_single,
        guillemets,
        single_guillemets,
        cjk_brackets,
    ))
    .parse_complete(i)
}

/// The mark at byte `i` of `text` and its length, if there is one.
///
/// The hot path's version of [`mark`]: the lead bytes pick the one parser
/// that can match, so the many characters that share a lead byte with the
/// marks (`—`, `…`, `é`, kana) are ruled out without calling nom at all.
#[inline]
fn mark_at(text: &str, i: usize) -> Option<(Mark, usize)> {
    let b = text.as_bytes();
    // The ASCII marks are told by their bytes (as their parsers would
    // tell them): no slice of the text, no parser call. In a storm of
    // `"c"` this is every mark.
    let doubled = b.get(i + 1) == Some(&b[i]);
    match b[i] {
        b'"' => return Some((Mark::Straight, 1)),
        b'\'' if doubled => return Some((Mark::DoubledStraight, 2)),
        b'\'' => return Some((Mark::StraightSingle, 1)),
        b'`' if doubled => return Some((Mark::Backticks, 2)),
        b'`' => return Some((Mark::Backtick, 1)),
        _ => {}
    }
    let s = &text[i..];
    // Direct calls, not a table of parsers: each small parser inlines here.
    let parsed = match b[i] {
        // « U+00AB, » U+00BB
        0xC2 if matches!(b.get(i + 1), Some(0xAB | 0xBB)) => guillemets(s),
        // General Punctuation, U+2018–203A
        0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
            Some(0x98) => left_single(s),              // ‘ U+2018
            Some(0x99) => right_single(s),             // ’ U+2019
            Some(0x9A) => low_single(s),               // ‚ U+201A
            Some(0x9C) => left_double(s),              // “ U+201C
            Some(0x9D) => right_double(s),             // ” U+201D
            Some(0x9E) => low_double(s),               // „ U+201E
            Some(0xB9 | 0xBA) => single_guillemets(s), // ‹ › U+2039–203A
            _ => return None,
        },
        // 「 」 『 』 U+300C–300F
        0xE3 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x8C..=0x8F)) => {
            cjk_brackets(s)
        }
        _ => return None,
    };
    let (rest, m) = parsed.ok()?;
    Some((m, s.len() - rest.len()))
}

// ---------------------------------------------------------------------------
// The prefilter: jump to the next byte that may start a mark or a line break.

/// True for bytes the scanner must look at: ASCII marks, newlines, and the
/// lead bytes of every non-ASCII character (all our non-ASCII marks are
/// multi-byte).
#[inline]
fn is_candidate(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | b'\n') || b >= 0x80
}

/// Bit `j` set when `block[j]` is a candidate ([`is_candidate`]); at most
/// 64 bytes.
///
/// Written so the compiler vectorises it (safe Rust, no intrinsics): a
/// branch-free pass sets the high bit of a flag byte for each candidate,
/// then a multiply gathers the eight flags of each 8-byte word into eight
/// adjacent bits, the portable stand-in for SSE2's `pmovmskb`.
#[inline(always)]
fn candidate_mask(block: &[u8]) -> u64 {
    let mut flags = [0u8; 64];
    for (f, &b) in flags.iter_mut().zip(block) {
        *f = if is_candidate(b) { 0x80 } else { 0 };
    }
    let mut m = 0;
    for (k, word) in flags.chunks_exact(8).enumerate() {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        // Bit 7 of byte j lands on bit 56 + j.
        let bits = (u64::from_le_bytes(w) >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        m |= bits << (8 * k);
    }
    m
}

/// The candidate bytes of a text, in order, found 64 bytes at a time: each
/// block's bit mask is computed once and consumed bit by bit (as `memchr`'s
/// iterators do), so text dense with marks is not rescanned after each one.
pub(crate) struct Candidates<'b> {
    bytes: &'b [u8],
    /// Start of the current block.
    base: usize,
    /// Candidates of the current block not yet passed.
    mask: u64,
}

impl<'b> Candidates<'b> {
    pub(crate) fn new(bytes: &'b [u8]) -> Self {
        let mut c = Candidates {
            bytes,
            base: 0,
            mask: 0,
        };
        c.load(0);
        c
    }

    fn load(&mut self, base: usize) {
        self.base = base;
        let rest = &self.bytes[base.min(self.bytes.len())..];
        self.mask = match rest.first_chunk::<64>() {
            // A full block: its fixed size lets the compiler vectorise.
            Some(block) => candidate_mask(block),
            None => candidate_mask(rest),
        };
    }

    /// Offset of the first candidate at or after `from`, or `bytes.len()`.
    #[inline]
    pub(crate) fn next_from(&mut self, from: usize) -> usize {
        // One compare for "outside the current block", before or after it.
        let offset = from.wrapping_sub(self.base);
        if offset >= 64 {
            self.load(from);
        } else {
            self.mask &= !0u64 << offset;
        }
        while self.mask == 0 {
            if self.base + 64 >= self.bytes.len() {
                return self.bytes.len();
            }
            self.load(self.base + 64);
        }
        self.base + self.mask.trailing_zeros() as usize
    }
}

/// An apostrophe inside a word (`didn't`, `Russia’s`, `O‘Brien`): a single
/// mark between two ASCII letters or digits is never a quotation mark (see
/// `single_role`), and it is the most common mark in English text, so it is
/// passed over here without calling the parsers. Returns its length.
#[inline]
fn inner_apostrophe_len(b: &[u8], i: usize) -> Option<usize> {
    let len = match b[i] {
        b'\'' => 1,
        // ‘ U+2018, ’ U+2019
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x98 | 0x99)) => 3,
        _ => return None,
    };
    let before = *b.get(i.checked_sub(1)?)?;
    let after = *b.get(i + len)?;
    (before.is_ascii_alphanumeric() && after.is_ascii_alphanumeric()).then_some(len)
}

// ---------------------------------------------------------------------------
// Paragraphs.

/// Offset of the first line break in `b` at or after `from`, if any:
/// sixteen bytes at a time (as `memchr` reads), since nearly every byte of
/// a text is not one.
pub(crate) fn next_newline(b: &[u8], from: usize) -> Option<usize> {
    let rest = b.get(from..)?;
    let mut blocks = rest.chunks_exact(16);
    let mut at = from;
    for block in &mut blocks {
        let (mut lo, mut hi) = ([0u8; 8], [0u8; 8]);
        lo.copy_from_slice(&block[..8]);
        hi.copy_from_slice(&block[8..]);
        let (lo, hi) = (
            newline_bits(u64::from_le_bytes(lo)),
            newline_bits(u64::from_le_bytes(hi)),
        );
        if lo | hi != 0 {
            let bit = if lo != 0 {
                lo.trailing_zeros()
            } else {
                64 + hi.trailing_zeros()
            };
            return Some(at + (bit / 8) as usize);
        }
        at += 16;
    }
    let tail = blocks.remainder();
    tail.iter().position(|&c| c == b'\n').map(|k| at + k)
}

/// The high bit of each byte of the word `x` (first byte lowest) that is
/// a line break, by `memchr`'s test for a zero byte in `x` with every
/// byte's line break bits flipped: a borrow may mark bytes above the first
/// line break too, but never one below it, so the lowest bit set is the
/// first line break's, and a word without one has none.
#[inline]
fn newline_bits(x: u64) -> u64 {
    let y = x ^ (ONES * u64::from(b'\n'));
    y.wrapping_sub(ONES) & !y & HIGHS
}

/// How the text separates paragraphs: by blank lines when it has any, else
/// by every line break (one paragraph a line).
pub(crate) fn blank_line_paragraphs(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(nl) = next_newline(b, i) {
        let mut j = nl + 1;
        while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if j < b.len() && b[j] == b'\n' {
            return true;
        }
        i = nl + 1;
        if i >= b.len() {
            break;
        }
    }
    false
}

/// How a text lays out its paragraphs and lines, read in one pass: news
/// reaches users as typed, hard-wrapped (a line break inside a paragraph,
/// as in wire copy and plain-text archives) or flattened (every line
/// break replaced by a space, so that paragraphs run together).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Layout {
    /// Blank lines separate paragraphs (else every line break does); see
    /// [`blank_line_paragraphs`].
    pub blank_lines: bool,
    /// The columns the text is hard-wrapped at (0: not hard-wrapped): a
    /// single line break inside a paragraph is then a wrap when the next
    /// word would not have fitted on its line (see [`Layout::soft_wrap`]).
    pub wrap: u32,
    /// The paragraphs run together: the text has fewer than one line
    /// break (or blank line) per [`FLAT_PARAGRAPH`] bytes. Quotes then continue
    /// over a paragraph that opens with a fresh mark (see
    /// `Scanner::continues_flat`) and a sentence that opens with a quote or
    /// follows one starts a paragraph (`segment`).
    pub flat: bool,
}

/// Paragraphs longer than this on average are paragraphs run together:
/// news paragraphs run 150 to 400 bytes on average (over 1,000 in one
/// article of 840 in polnear-train).
pub(crate) const FLAT_PARAGRAPH: usize = 1100;

/// Does a sentence end at `k` (just before a space): `.`, `!` or `?`,
/// maybe in closing marks, not after an abbreviation (`Mr.`) or an
/// initial?
fn sentence_ends_at(b: &[u8], floor: usize, k: usize) -> bool {
    let mut e = k;
    while e > floor && matches!(b[e - 1], b'\'' | b'"' | b')') {
        e -= 1;
    }
    // `’` and `”`.
    while e >= floor + 3 && matches!(&b[e - 3..e], [0xE2, 0x80, 0x99 | 0x9D]) {
        e -= 3;
    }
    if e <= floor || !matches!(b[e - 1], b'.' | b'!' | b'?') {
        return false;
    }
    // The word before the period: a title or an initial ends nothing.
    let w = b[floor..e - 1]
        .iter()
        .rposition(|&c| !c.is_ascii_alphabetic())
        .map_or(floor, |p| floor + p + 1);
    let word = &b[w..e - 1];
    let abbreviation = || {
        std::str::from_utf8(word)
            .is_ok_and(|w| crate::lexicon::words::is_abbreviation(&w.to_ascii_lowercase()))
    };
    !(b[e - 1] == b'.' && (word.len() == 1 && word[0].is_ascii_uppercase() || abbreviation()))
}

/// What an opening mark in a flattened text does to the open quote of its
/// family (see `Scanner::reopens_flat`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reopen {
    /// The quote goes on over a paragraph that opens with the mark.
    Continues,
    /// The quote was left unclosed and ended at this offset.
    EndedAt(usize),
}

/// How far back from an opening mark a flattened text is read for the end
/// of a quote left unclosed.
const REOPEN_LOOKBACK: usize = 2048;

/// Lines read as wrapped are at most this many characters long.
const WRAP_MAX: usize = 160;
/// A text wrapped narrower than this is not read as wrapped (short lines
/// are verse, addresses, bylines).
const WRAP_MIN: usize = 40;

impl Layout {
    /// Read `text`'s layout: one pass over its line breaks.
    pub(crate) fn of(text: &str) -> Layout {
        let blank_lines = blank_line_paragraphs(text);
        let b = text.as_bytes();
        // Line breaks, counting a run of them (a blank line) as one.
        let mut lines = 0usize;
        // Lines inside paragraphs (ended by a single line break): how many
        // there are up to `WRAP_MAX` characters, the widest of them, how
        // many have each length, and how many are longer.
        let mut inner = 0usize;
        let mut long = 0usize;
        let mut widest = 0usize;
        let mut lens: [u32; WRAP_MAX + 1] = [0; WRAP_MAX + 1];
        let mut start = 0;
        while let Some(nl) = next_newline(b, start) {
            lines += 1;
            match paragraph_break(b, nl, blank_lines) {
                Some(next) => {
                    start = next.max(nl + 1);
                }
                None => {
                    let n = columns(&b[start..nl]);
                    if n <= WRAP_MAX {
                        inner += 1;
                        widest = widest.max(n);
                        lens[n] += 1;
                    } else {
                        long += 1;
                    }
                    start = nl + 1;
                }
            }
            if start >= b.len() {
                break;
            }
        }
        // Wrapped: nearly every line inside a paragraph comes near the
        // widest, as a greedy wrap leaves them (only a word longer than the
        // gap goes to the next line), and hardly any is longer than a wrap.
        let near = lens[widest * 7 / 10..]
            .iter()
            .map(|&n| n as usize)
            .sum::<usize>();
        let wrap = if blank_lines
            && inner >= 3
            && widest >= WRAP_MIN
            && near * 10 >= inner * 8
            && long * 10 <= inner
        {
            widest as u32
        } else {
            0
        };
        Layout {
            blank_lines,
            wrap,
            flat: text.len() > FLAT_PARAGRAPH.saturating_mul(lines + 1),
        }
    }

    /// Is the line break at `nl` (one that [`paragraph_break`] does not
    /// break the paragraph at) a wrap, to be read as a space: the text is
    /// hard-wrapped and the next line's first word would not have fitted
    /// on the line before? The line before is read back to its start, so
    /// every line is read once.
    pub(crate) fn soft_wrap(&self, b: &[u8], nl: usize) -> bool {
        if self.wrap == 0 {
            return false;
        }
        let wrap = self.wrap as usize;
        let line_start = b[..nl]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |k| k + 1);
        let line = b[line_start..nl]
            .strip_suffix(b"\r")
            .unwrap_or(&b[line_start..nl]);
        let rest = &b[nl + 1..];
        let word = rest
            .iter()
            .position(|&c| matches!(c, b' ' | b'\t' | b'\r' | b'\n'))
            .unwrap_or(rest.len());
        if word == 0 {
            // The next line is indented: a paragraph of its own.
            return false;
        }
        columns(line) + 1 + columns(&rest[..word]) > wrap
    }
}

/// Characters in `b` (UTF-8): bytes that start one.
#[inline]
fn columns(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xC0 != 0x80).count()
}

/// If a paragraph break starts at the newline at `nl`, the offset where the
/// next paragraph's first non-blank character stands (or the text's end).
#[inline]
pub(crate) fn paragraph_break(b: &[u8], nl: usize, blank_lines: bool) -> Option<usize> {
    let mut j = nl + 1;
    let mut lines = 1;
    while j < b.len() {
        match b[j] {
            b' ' | b'\t' | b'\r' => j += 1,
            b'\n' => {
                lines += 1;
                j += 1
            }
            _ => break,
        }
    }
    if !blank_lines || lines >= 2 || j >= b.len() {
        Some(j)
    } else {
        None
    }
}

/// End of the paragraph's text before the newline at `nl`: trailing white
/// space is left out.
#[inline]
fn trim_end_before(b: &[u8], nl: usize, floor: usize) -> usize {
    let mut e = nl;
    while e > floor && matches!(b[e - 1], b' ' | b'\t' | b'\r' | b'\n') {
        e -= 1;
    }
    e
}

// ---------------------------------------------------------------------------
// Context: the characters on either side of a mark.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    /// Start or end of text, white space.
    Space,
    /// Letter or digit.
    Alnum,
    /// Opening punctuation or dash: `( [ { — – - /` and other marks.
    Opener,
    /// Anything else: `. , ; : ! ? ) ] …` and symbols.
    Punct,
}

/// `(left_open, right_close)` for a mark with `l` before it and `r` after
/// it, by `[l][r]`: it may open (space or an opener before it, no space
/// after it), it may close (no space before it, no letter after it).
/// One table load where `Scanner::role` would test both sides.
static SIDES_OPEN_CLOSE: [[(bool, bool); 4]; 4] = {
    let sides = [Side::Space, Side::Alnum, Side::Opener, Side::Punct];
    let mut t = [[(false, false); 4]; 4];
    let mut a = 0;
    while a < 4 {
        let mut c = 0;
        while c < 4 {
            let (l, r) = (sides[a], sides[c]);
            let left_open = matches!(l, Side::Space | Side::Opener) && !matches!(r, Side::Space);
            let right_close =
                !matches!(l, Side::Space) && matches!(r, Side::Space | Side::Punct | Side::Opener);
            t[l as usize][r as usize] = (left_open, right_close);
            c += 1;
        }
        a += 1;
    }
    t
};

/// [`side`] for every ASCII byte, so the common case is one table load.
static ASCII_SIDE: [Side; 128] = {
    let mut t = [Side::Punct; 128];
    let mut c = 0;
    while c < 128 {
        t[c] = ascii_side(c as u8);
        c += 1;
    }
    t
};

/// The side of the character that ends `text[..pos]`.
#[inline]
fn side_before(text: &str, pos: usize) -> Side {
    match text.as_bytes()[..pos].last() {
        None => Side::Space,
        Some(&c) if c < 0x80 => ASCII_SIDE[c as usize],
        Some(_) => side(text[..pos].chars().next_back()),
    }
}

/// The side of the character that starts `text[pos..]`.
#[inline]
fn side_after(text: &str, pos: usize) -> Side {
    match text.as_bytes().get(pos) {
        None => Side::Space,
        Some(&c) if c < 0x80 => ASCII_SIDE[c as usize],
        Some(_) => side(text[pos..].chars().next()),
    }
}

fn side(c: Option<char>) -> Side {
    match c {
        None => Side::Space,
        Some(c) => side_of_char(c),
    }
}

/// [`side_of_char`] for ASCII, as a `const fn` to build [`ASCII_SIDE`].
const fn ascii_side(c: u8) -> Side {
    match c {
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => Side::Space,
        b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => Side::Alnum,
        b'(' | b'[' | b'{' | b'-' | b'/' | b'"' | b'\'' | b'`' => Side::Opener,
        _ => Side::Punct,
    }
}

fn side_of_char(c: char) -> Side {
    match c {
        // None of these is white space or alphanumeric: they are tried
        // first, so marks next to marks (and dashes, `…`) skip the Unicode
        // tables.
        '(' | '[' | '{' | '—' | '–' | '-' | '/' | '"' | '\'' | '`' | '“' | '”' | '‘' | '’'
        | '„' | '‚' | '«' | '»' | '‹' | '›' | '「' | '」' | '『' | '』' => {
            Side::Opener
        }
        // General Punctuation without its spaces (U+2000–200F, 2028,
        // 2029, 202F, 205F) and format characters: `…`, `‰`, `′`, `‼`.
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' => Side::Punct,
        c if c.is_whitespace() => Side::Space,
        c if c.is_alphanumeric() => Side::Alnum,
        _ => Side::Punct,
    }
}

/// Words that an apostrophe shortens at their start (`'til`, `'em`,
/// `rock 'n' roll`): a mark before them is an apostrophe, not a quote.
/// Scope: common English elisions only; dialect spellings are left out.
const ELISIONS: &[&str] = &[
    "bout", "cause", "cos", "coz", "cuz", "em", "ere", "n", "nother", "round", "s", "sup", "t",
    "til", "tis", "twas", "twere", "twill", "un", "y'all",
];

/// [`ELISIONS`] as integers (bytes little-endian, zero-padded), so a lookup
/// is a handful of integer compares.
static ELISION_KEYS: [u64; ELISIONS.len()] = {
    let mut keys = [0u64; ELISIONS.len()];
    let mut k = 0;
    while k < ELISIONS.len() {
        let w = ELISIONS[k].as_bytes();
        let mut j = 0;
        while j < w.len() && j < 8 {
            keys[k] |= (w[j] as u64) << (8 * j);
            j += 1;
        }
        k += 1;
    }
    keys
};

/// Is the word starting at `rest` an elision (see [`ELISIONS`])? Returns the
/// word's length in bytes when it is.
fn elision_len(rest: &str) -> Option<usize> {
    let mut lower = [0u8; 6];
    // Every elision is short and ASCII: look at seven bytes at most, and
    // check that the word ends there (`tilé` is no `til`).
    let b = rest.as_bytes();
    let end = b
        .iter()
        .take(lower.len() + 1)
        .position(|c| !c.is_ascii_alphabetic())
        .unwrap_or(b.len().min(lower.len() + 1));
    let word = &b[..end];
    if word.is_empty() || word.len() > lower.len() {
        return None;
    }
    if rest[end..].chars().next().is_some_and(is_non_ascii_letter) {
        return None;
    }
    for (l, c) in lower.iter_mut().zip(word) {
        *l = c.to_ascii_lowercase();
    }
    let mut key = [0u8; 8];
    key[..lower.len()].copy_from_slice(&lower);
    ELISION_KEYS
        .contains(&u64::from_le_bytes(key))
        .then_some(end)
}

/// A letter outside ASCII. The General Punctuation block (U+2000–U+206F:
/// curly marks, dashes, ellipsis) holds no letters, and it is what follows
/// a quoted word most often, so it skips the Unicode table lookup.
fn is_non_ascii_letter(c: char) -> bool {
    !c.is_ascii() && !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphabetic()
}

// ---------------------------------------------------------------------------
// The scanner proper.

/// How a mark may act where it stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    /// Opens a quote; `weak` openers that never close are dropped instead of
    /// becoming unclosed quotes.
    Open { weak: bool },
    /// Closes the nearest open quote of its family, if there is one.
    Close,
    /// Closes an open quote of its family if there is one, else opens.
    CloseOrOpen,
    /// Not a quotation mark here (an apostrophe, a stray mark).
    None,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    start: usize,
    mark: Mark,
    len: usize,
    weak: bool,
    multi: bool,
    /// Index of this quote's entry in `Scanner::found`.
    slot: usize,
}

/// The `parent` of a reserved slot in `Scanner::found` whose opener turned
/// out not to be a quote. Parents are only set once every quote is known,
/// so during the scan the field is free to carry this mark.
const DEAD: usize = usize::MAX - 1;

/// Deepest nesting tracked; deeper openers are ignored, which keeps hostile
/// input (a megabyte of opening marks) linear.
const MAX_DEPTH: usize = 32;

fn style_of(open: Mark, close: Option<Mark>) -> MarkStyle {
    use Mark::*;
    match (open, close) {
        (Backticks, _) => MarkStyle::Backticks,
        (DoubledStraight | DoubledCurlyOpen | DoubledCurlyClose, _) => MarkStyle::DoubledSingle,
        (LowDouble, _) => MarkStyle::LowDouble,
        (LowSingle, _) => MarkStyle::LowSingle,
        (GuillemetLeft, _) => MarkStyle::Guillemets,
        (GuillemetRight, _) => MarkStyle::ReversedGuillemets,
        (SingleGuillemetL | SingleGuillemetR, _) => MarkStyle::SingleGuillemets,
        (CornerOpen | CornerClose, _) => MarkStyle::CornerBrackets,
        (WhiteCornerOpen | WhiteCornerClose, _) => MarkStyle::WhiteCornerBrackets,
        (Straight, None | Some(Straight)) => MarkStyle::StraightDouble,
        (Straight, Some(_)) => MarkStyle::MixedDouble,
        (CurlyOpen | CurlyClose, Some(Straight)) => MarkStyle::MixedDouble,
        (CurlyOpen | CurlyClose, _) => MarkStyle::CurlyDouble,
        (StraightSingle, None | Some(StraightSingle)) => MarkStyle::StraightSingle,
        (StraightSingle, Some(_)) => MarkStyle::MixedSingle,
        (CurlySingleOpen | CurlySingleClose | Backtick, Some(StraightSingle)) => {
            MarkStyle::MixedSingle
        }
        (CurlySingleOpen | CurlySingleClose | Backtick, _) => MarkStyle::CurlySingle,
    }
}

struct Scanner<'t> {
    text: &'t str,
    /// How `text` lays out its paragraphs and lines ([`Layout::of`]).
    layout: Layout,
    bytes: &'t [u8],
    /// Whether each family (by [`family_index`]) is reported, read once
    /// from the `Families` asked for.
    enabled: [bool; 6],
    stack: Vec<Open>,
    /// Open entries per family, so a closing mark with nothing to close
    /// costs O(1) instead of a walk down the stack.
    open_count: [u32; 6],
    /// The quotes, in slots reserved when each opens: already in order of
    /// start, outer quotes before the quotes nested in them.
    found: Vec<Quote<'t>>,
    /// Offset just past the last mark that closed a quote. A mark standing
    /// right there follows a closing mark, not an opening one (German
    /// `„…‚Unsinn‘“`: the `“` closes, though `‘` elsewhere opens).
    after_close: usize,
    /// The last look ahead for a mark that ends a sentence quote (see
    /// [`Scanner::sentence_closer_after`]): from where, to where, and what
    /// it found. Later looks inside that stretch reuse it, so the looks
    /// cost O(n) in all.
    closer_seen: Cell<(usize, usize, Option<usize>)>,
    /// The scan stops once `found` holds more than this many entries.
    max_found: usize,
    /// Whether repeats of marks that change nothing are passed over (see
    /// [`repeat_end`]); off in tests, to check that it changes nothing.
    skip_repeats: bool,
    /// Marks whose role was decided: the work done (for tests).
    decided: usize,
    /// The last look for where an unclosed quote ended (see
    /// [`Scanner::reopens_flat`]): the quote's start, and up to where the
    /// text was read without finding it.
    unclosed_seen: Cell<(usize, usize)>,
    /// Whether a quote ever opened inside another: when none did, every
    /// quote ends before the next one starts, and none has a parent.
    nested: bool,
}

/// The index of `f` in per-family arrays (`Scanner::open_count`).
#[inline]
fn family_index(f: Family) -> usize {
    f as usize
}

impl<'t> Scanner<'t> {
    #[inline]
    fn enabled(&self, f: Family) -> bool {
        self.enabled[family_index(f)]
    }

    fn has_open(&self, f: Family) -> bool {
        self.open_count[family_index(f)] > 0
    }

    fn top_family(&self) -> Option<Family> {
        self.stack.last().map(|o| o.mark.family())
    }

    /// Decide what the mark at `pos` (of byte length `len`) does here.
    fn role(&self, m: Mark, pos: usize, len: usize) -> Role {
        let l = if pos == self.after_close {
            Side::Punct
        } else {
            side_before(self.text, pos)
        };
        let r = side_after(self.text, pos + len);
        let (left_open, right_close) = SIDES_OPEN_CLOSE[l as usize][r as usize];
        let fam = m.family();
        use Mark::*;
        match m {
            Straight => {
                if right_close && !left_open {
                    Role::Close
                } else if left_open {
                    if self.top_family() == Some(Family::Double) && l == Side::Opener {
                        // `""` or `"("`: a mark right after a mark closes first.
                        Role::CloseOrOpen
                    } else {
                        Role::Open { weak: false }
                    }
                } else if self.has_open(Family::Double) {
                    Role::Close
                } else if r == Side::Alnum {
                    // `word"word` with nothing open: likely a missing space.
                    Role::Open { weak: true }
                } else {
                    Role::None
                }
            }
            CurlyOpen => {
                if right_close && !left_open && self.top_family() == Some(Family::Double) {
                    // German „…“ and the misuse “…“.
                    Role::Close
                } else if l == Side::Alnum && r == Side::Alnum {
                    Role::None
                } else {
                    Role::Open { weak: false }
                }
            }
            CurlyClose => {
                if l == Side::Alnum && r == Side::Alnum {
                    // `don”t`: a mark typed for an apostrophe.
                    Role::None
                } else if left_open && !self.has_open(Family::Double) {
                    // `”…”` (Swedish style, or a mistyped opener).
                    Role::Open { weak: true }
                } else {
                    Role::Close
                }
            }
            LowDouble | Backticks | DoubledCurlyOpen => {
                if r == Side::Space && l != Side::Space && self.has_open(fam) {
                    Role::Close
                } else {
                    Role::Open { weak: false }
                }
            }
            DoubledCurlyClose => Role::Close,
            DoubledStraight => {
                if right_close && !left_open {
                    Role::Close
                } else if left_open {
                    Role::Open { weak: false }
                } else if self.has_open(fam) {
                    Role::Close
                } else {
                    Role::None
                }
            }
            StraightSingle | CurlySingleClose | CurlySingleOpen | Backtick | LowSingle => {
                self.single_role(m, l, r, &self.text[pos + len..], pos)
            }
            GuillemetLeft | SingleGuillemetL => {
                // Closes a reversed quote (`»…«`), else opens.
                if self.open_reversed(fam) && l != Side::Space {
                    Role::Close
                } else {
                    Role::Open { weak: false }
                }
            }
            GuillemetRight | SingleGuillemetR => {
                if self.has_open(fam) && !self.open_reversed(fam) {
                    Role::Close
                } else if left_open || (l == Side::Space && r == Side::Space) {
                    Role::Open {
                        weak: r == Side::Space,
                    }
                } else {
                    Role::None
                }
            }
            CornerOpen | WhiteCornerOpen => Role::Open { weak: false },
            CornerClose | WhiteCornerClose => Role::Close,
        }
    }

    /// Is the innermost open quote of family `f` a reversed guillemet one?
    fn open_reversed(&self, f: Family) -> bool {
        if !self.has_open(f) {
            return false;
        }
        self.stack
            .iter()
            .rev()
            .find(|o| o.mark.family() == f)
            .is_some_and(|o| matches!(o.mark, Mark::GuillemetRight | Mark::SingleGuillemetR))
    }

    /// Single marks: quotes or apostrophes.
    fn single_role(&self, m: Mark, l: Side, r: Side, rest: &str, pos: usize) -> Role {
        // Between letters: `didn't`, `O'Brien`, `Russia‘s` — always an apostrophe.
        if l == Side::Alnum && r == Side::Alnum {
            return Role::None;
        }
        let starts_word = matches!(l, Side::Space | Side::Opener);
        if starts_word && r == Side::Alnum {
            // `'90s`, `'til`, `'em`, `rock 'n' roll`.
            if rest.starts_with(|c: char| c.is_ascii_digit()) || elision_len(rest).is_some() {
                return Role::None;
            }
            return match m {
                Mark::CurlySingleClose => Role::Open { weak: true },
                Mark::Backtick => Role::Open { weak: true },
                _ => Role::Open { weak: false },
            };
        }
        if starts_word && matches!(r, Side::Opener | Side::Punct) {
            // `'“…` or `'(…`: an opener before other punctuation.
            return match m {
                Mark::CurlySingleClose | Mark::Backtick => Role::None,
                _ => Role::Open { weak: true },
            };
        }
        if l != Side::Space && matches!(r, Side::Space | Side::Punct | Side::Opener) {
            // `word' `, `word',`, `no.'` — closes an open single quote, else
            // it is a possessive apostrophe (`the Joneses' house`).
            if self.has_open(Family::Single) && m != Mark::LowSingle {
                if r == Side::Space && self.plural_possessive_in_quote(m, pos, rest) {
                    return Role::None;
                }
                return Role::Close;
            }
            return Role::None;
        }
        Role::None
    }

    /// `‘The farmers’ union agreed,’ she said`: inside an open single
    /// quote, a mark after `s` and before a lower-case word is a plural
    /// possessive when a mark further on in the paragraph plainly ends the
    /// quote (after `,` `.` `?` `!`), with no new single quote opened
    /// before it.
    fn plural_possessive_in_quote(&self, m: Mark, pos: usize, rest: &str) -> bool {
        if self.top_family() != Some(Family::Single)
            || !matches!(m, Mark::CurlySingleClose | Mark::StraightSingle)
            || !self.text[..pos].ends_with(['s', 'S'])
        {
            return false;
        }
        let mut after = rest.bytes();
        if after.next() != Some(b' ') || !after.next().is_some_and(|c| c.is_ascii_lowercase()) {
            return false;
        }
        self.sentence_closer_after(self.text.len() - rest.len())
            .is_some()
    }

    /// The next single mark after `from`, in the same line, that ends a
    /// sentence quote: `,’` `.'` `?’` `!'` (or after `;` `:` `…`) with a
    /// space, punctuation or the end after it. `None` when the line ends,
    /// or a single quote opens, first.
    fn sentence_closer_after(&self, from: usize) -> Option<usize> {
        let (lo, hi, found) = self.closer_seen.get();
        if lo <= from {
            match found {
                Some(f) if f >= from => return Some(f),
                None if from < hi => return None,
                _ => {}
            }
        }
        let b = self.bytes;
        let mut i = from;
        let mut result = None;
        while i < b.len() && b[i] != b'\n' {
            let len = match (b[i], b.get(i + 1), b.get(i + 2)) {
                (b'\'', _, _) => 1,
                (0xE2, Some(0x80), Some(0x98 | 0x99)) => 3,
                _ => {
                    i += 1;
                    continue;
                }
            };
            let before = side_before(self.text, i);
            let after = side_after(self.text, i + len);
            let opening = b[i + len - 1] == 0x98 || len == 1;
            if opening && matches!(before, Side::Space | Side::Opener) && after == Side::Alnum {
                break;
            }
            let prev = self.text[..i].chars().next_back();
            if matches!(prev, Some(',' | '.' | '?' | '!' | ';' | ':' | '…'))
                && matches!(after, Side::Space | Side::Punct | Side::Opener)
            {
                result = Some(i);
                break;
            }
            i += len;
        }
        self.closer_seen.set((from, i, result));
        result
    }

    fn push_open(&mut self, pos: usize, m: Mark, len: usize, weak: bool) {
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        self.nested |= !self.stack.is_empty();
        self.open_count[family_index(m.family())] += 1;
        let slot = self.found.len();
        // A placeholder until the quote ends (`fill`): marked dead, so
        // that it is dropped should the quote never be.
        self.found.push(Quote {
            text: "",
            start: pos,
            parent: DEAD,
            head: 0,
            tail: 0,
            style: MarkStyle::StraightDouble,
            multi_paragraph: false,
            closed: false,
        });
        self.stack.push(Open {
            start: pos,
            mark: m,
            len,
            weak,
            multi: false,
            slot,
        });
    }

    /// Close the innermost open quote of `m`'s family with the mark at
    /// `pos`; quotes opened inside it and still open end unclosed just
    /// before the closing mark. Returns false when nothing of the family is
    /// open (a stray closing mark).
    #[inline(always)]
    fn close(&mut self, pos: usize, m: Mark, len: usize) -> bool {
        let f = m.family();
        if !self.has_open(f) {
            return false;
        }
        while let Some(top) = self.stack.pop() {
            self.open_count[family_index(top.mark.family())] -= 1;
            if top.mark.family() == f {
                // `""` quotes nothing: no quote, and its reserved slot (the
                // last one, as nothing can nest in it) is given back.
                if pos == top.start + top.len && !top.multi {
                    if top.slot + 1 == self.found.len() {
                        self.found.pop();
                    }
                    return true;
                }
                self.fill(
                    top.slot,
                    Span::new(top.start, pos + len),
                    Span::new(top.start + top.len, pos),
                    style_of(top.mark, Some(m)),
                    top.multi,
                    true,
                );
                return true;
            }
            self.unclosed(top, pos);
        }
        false
    }

    /// Record `o` as unclosed, ending at `end`; weak openers are dropped.
    fn unclosed(&mut self, o: Open, end: usize) {
        if o.weak && !o.multi {
            return;
        }
        let content_start = (o.start + o.len).min(end);
        if end <= o.start + o.len && !o.multi {
            // Nothing but the mark itself: a lone mark, not a quote.
            return;
        }
        self.fill(
            o.slot,
            Span::new(o.start, end.max(o.start + o.len)),
            Span::new(content_start, end.max(content_start)),
            style_of(o.mark, None),
            o.multi,
            false,
        );
    }

    /// Write a finished quote into its reserved slot.
    fn fill(
        &mut self,
        slot: usize,
        span: Span,
        content_span: Span,
        style: MarkStyle,
        multi: bool,
        closed: bool,
    ) {
        self.found[slot] = Quote::new(self.text, span, content_span, style, multi, closed);
    }

    /// At a paragraph break: continue the outermost quote into the next
    /// paragraph when that paragraph opens with a mark of the same family;
    /// end every other open quote here. Returns the offset to resume from.
    fn paragraph_end(&mut self, para_end: usize, next: usize) -> usize {
        if self.stack.is_empty() {
            return next;
        }
        let outer = self.stack[0];
        let cont = if !outer.weak && next < self.text.len() {
            match mark(&self.text[next..]) {
                Ok((rest, m)) if m.family() == outer.mark.family() && continues(outer.mark, m) => {
                    Some(self.text.len() - rest.len())
                }
                _ => None,
            }
        } else {
            None
        };
        while self.stack.len() > 1 {
            if let Some(o) = self.stack.pop() {
                self.open_count[family_index(o.mark.family())] -= 1;
                self.unclosed(o, para_end);
            }
        }
        match cont {
            Some(resume) => {
                self.stack[0].multi = true;
                resume
            }
            None => {
                if let Some(o) = self.stack.pop() {
                    self.open_count[family_index(o.mark.family())] -= 1;
                    self.unclosed(o, para_end);
                }
                next
            }
        }
    }

    /// In a text whose paragraphs run together (`Layout::flat`), an
    /// opening mark `m` at `pos` of the family of the one open quote (which
    /// it may continue): a paragraph of a quote over several paragraphs
    /// opening again when it stands after a sentence's end or a colon
    /// (`"… the end. "Then …`); else, when a sentence ended since the open
    /// quote opened, the end of the paragraph where that quote was left
    /// unclosed (`"We can. Ann left. Then a "word`): the last such
    /// sentence end within [`REOPEN_LOOKBACK`] bytes. `None`: a quote
    /// inside the open one.
    fn reopens_flat(&self, pos: usize, m: Mark) -> Option<Reopen> {
        let [outer] = self.stack[..] else {
            return None;
        };
        if outer.weak || outer.mark.family() != m.family() || !continues(outer.mark, m) {
            return None;
        }
        let before = self.text[..pos].trim_end_matches([' ', '\t', '\u{a0}']);
        let reopens = before.len() < pos && before.ends_with(['.', '!', '?', '…', ':']);
        // What an earlier look for this quote read (and found nothing in)
        // is not read again, so the looks cost O(n) in all.
        let (seen_for, seen_to) = self.unclosed_seen.get();
        // (Not before the end of a quote closed inside it: the open quote
        // ends after what it holds.)
        // (`usize::MAX`: nothing closed yet.)
        let inner_end = if self.after_close != usize::MAX && self.after_close > outer.start {
            self.after_close
        } else {
            0
        };
        let mut floor = (outer.start + outer.len)
            .max(pos.saturating_sub(REOPEN_LOOKBACK))
            .max(inner_end);
        if seen_for == outer.start {
            floor = floor.max(seen_to.saturating_sub(2));
        }
        self.unclosed_seen.set((outer.start, pos));
        let b = self.bytes;
        // A wide gap after a sentence's end before the one before this
        // mark: where a blank line was, the quote's paragraph ended
        // without a closing mark.
        let gap = (floor + 1..before.len()).find(|&k| {
            b[k] == b' '
                && b.get(k + 1) == Some(&b' ')
                && b[k - 1] != b' '
                && sentence_ends_at(b, floor, k)
        });
        if let Some(k) = gap {
            return Some(Reopen::EndedAt(k));
        }
        if reopens {
            return Some(Reopen::Continues);
        }
        (floor + 1..pos.saturating_sub(1))
            .rev()
            .find(|&k| {
                b[k] == b' ' && b[k + 1].is_ascii_uppercase() && sentence_ends_at(b, floor, k)
            })
            .map(Reopen::EndedAt)
    }

    /// The quotes, and where the scan stopped: the text's length, or an
    /// earlier offset (a character boundary) when more than `max_found`
    /// quotes were found before it. Every quote ends by that offset. Also
    /// the number of marks whose role was decided, and whether a quote
    /// opened inside another (`Scanner::nested`).
    fn run(mut self) -> (Vec<Quote<'t>>, usize, usize, bool) {
        let (blank_lines, flat) = (self.layout.blank_lines, self.layout.flat);
        let b = self.bytes;
        let mut candidates = Candidates::new(b);
        let mut i = 0;
        let mut para_start = 0;
        let mut stop = b.len();
        // The last two marks, when each changed nothing and was read in
        // the open (see `repeat_end`); `usize::MAX` for none.
        let mut quiet = [usize::MAX; 2];
        loop {
            i = candidates.next_from(i);
            if i >= b.len() {
                break;
            }
            if self.found.len() > self.max_found {
                // Over budget: what is open ends here, unclosed.
                stop = i;
                while !self.text.is_char_boundary(stop) {
                    stop -= 1;
                }
                break;
            }
            let c = b[i];
            if c == b'\n' {
                quiet = [usize::MAX; 2];
                if let Some(next) = paragraph_break(b, i, blank_lines) {
                    let end = trim_end_before(b, i, para_start);
                    i = self.paragraph_end(end, next);
                    para_start = next;
                } else {
                    i += 1;
                }
                continue;
            }
            if let Some(len) = inner_apostrophe_len(b, i) {
                i += len;
                continue;
            }
            let Some((m, len)) = mark_at(self.text, i) else {
                // A character that cannot be a mark: skip it whole.
                i += utf8_len(c);
                continue;
            };
            if !self.enabled(m.family()) {
                i += len;
                continue;
            }
            // A run of three or more `"` (a typo, or filler): the marks
            // inside it could only open and close empty quotes, which are
            // no quotes. Its first mark closes what is open, else its last
            // one opens; the others are passed over.
            let mut run_after = None;
            if c == b'"' && b.get(i + 1) == Some(&b'"') && b.get(i + 2) == Some(&b'"') {
                let mut last = i + 2;
                while b.get(last + 1) == Some(&b'"') {
                    last += 1;
                }
                if self.has_open(Family::Double) {
                    run_after = Some(last + 1);
                } else {
                    i = last;
                }
            }
            let role = self.role(m, i, len);
            self.decided += 1;
            if flat && matches!(role, Role::Open { weak: false }) {
                match self.reopens_flat(i, m) {
                    Some(Reopen::Continues) => {
                        // Paragraphs run together: the quote goes on.
                        self.stack[0].multi = true;
                        quiet = [usize::MAX; 2];
                        i += len;
                        continue;
                    }
                    Some(Reopen::EndedAt(end)) => {
                        // The open quote was never closed: it ends with
                        // its paragraph, and this mark opens a new one.
                        if let Some(o) = self.stack.pop() {
                            self.open_count[family_index(o.mark.family())] -= 1;
                            self.unclosed(o, end);
                        }
                    }
                    None => {}
                }
            }
            // Whether the mark changed nothing: then a run of it (`‹‹‹‹`)
            // changes nothing either (see below).
            let full = self.stack.len() >= MAX_DEPTH;
            let no_op = match role {
                Role::Open { weak } => {
                    self.push_open(i, m, len, weak);
                    full
                }
                Role::Close => {
                    if self.close(i, m, len) {
                        self.after_close = i + len;
                        false
                    } else {
                        true
                    }
                }
                Role::CloseOrOpen => {
                    if self.close(i, m, len) {
                        self.after_close = i + len;
                        false
                    } else {
                        self.push_open(i, m, len, false);
                        full
                    }
                }
                Role::None => true,
            };

            // `rock 'n' roll`: the mark after an elided `n` is an apostrophe too.
            let at = i;
            i += len;
            if role == Role::None {
                if let Some(n) = self.skip_elided_n(at, i, m) {
                    i = n;
                }
            }
            // The rest of a run of `"` (see `run_of_straight_marks`).
            if let Some(after) = run_after {
                i = i.max(after);
            }
            // Not in the open: a run of `"` (read to its end), a mark after
            // `s` (a plural possessive looks to the line's end).
            // (Asked only of a mark that changed nothing.)
            let open_view = || {
                run_after.is_none()
                    && b.get(at + 1) != Some(&b'"')
                    && !matches!(at.checked_sub(1).map(|k| b[k]), Some(b's' | b'S'))
            };
            if no_op && i == at + len && at != self.after_close && self.skip_repeats && open_view()
            {
                let resume = quiet
                    .iter()
                    .filter(|&&q| q != usize::MAX)
                    .find_map(|&q| repeat_end(b, q, at));
                if let Some(resume) = resume {
                    i = resume;
                    quiet = [usize::MAX; 2];
                    continue;
                }
                quiet = [quiet[1], at];
            } else {
                quiet = [usize::MAX; 2];
            }
        }
        let end = trim_end_before(b, stop, para_start);
        // At `b.len()` (not `stop`), so that no quote continues past `stop`.
        self.paragraph_end(end, b.len());
        (self.found, stop, self.decided, self.nested)
    }

    /// After a single mark that was an apostrophe before `n`, skip the `n`
    /// and its closing apostrophe (`'n'`).
    fn skip_elided_n(&self, at: usize, i: usize, m: Mark) -> Option<usize> {
        if m.family() != Family::Single {
            return None;
        }
        let b = self.bytes;
        if i + 1 < b.len() && (b[i] == b'n' || b[i] == b'N') {
            let before = self.text[..at].chars().next_back();
            if side(before) != Side::Space {
                return None;
            }
            let rest = &self.text[i + 1..];
            if rest.starts_with('\'') {
                return Some(i + 2);
            }
            if rest.starts_with('’') {
                return Some(i + 1 + '’'.len_utf8());
            }
        }
        None
    }
}

/// How far before a mark [`Scanner::role`] looks: one character.
const LOOK_BEHIND: usize = 4;
/// How far after a mark's start [`Scanner::role`] and the steps after it
/// look (the mark, an elision or `n'`): well under this.
const LOOK_AHEAD: usize = 24;
/// The longest stretch of marks skipped as a repeat (see [`repeat_end`]).
const MAX_PERIOD: usize = 64;

/// Mark storms (`‹‹‹‹`, `“‘“‘“‘`, `„a „a „a`): when the marks from
/// `start` up to the one at `at` changed nothing (no quote opened, closed
/// or ended) and were read with no line break among them, and the text
/// repeats with period `at - start` from `LOOK_BEHIND` bytes before `start`
/// on, then every mark further into the repeat sees what its counterpart
/// in `start..at` saw (the same characters around it, the same open
/// quotes) and changes nothing either. Returns where to go on: a
/// counterpart of `start` far enough from the repeat's end that what lies
/// after the repeat is out of sight; `None` when there is nothing to skip.
fn repeat_end(b: &[u8], start: usize, at: usize) -> Option<usize> {
    let p = at - start;
    if p == 0 || p > MAX_PERIOD || start < LOOK_BEHIND {
        return None;
    }
    if (start - LOOK_BEHIND..at).any(|x| b[x] != b.get(x + p).copied().unwrap_or(!b[x])) {
        return None;
    }
    // The repeat runs up to `end`.
    let mut end = at + p;
    while end < b.len() && b[end] == b[end - p] {
        end += 1;
    }
    // Skip whole periods while the last mark skipped (before `resume`)
    // still sees only the repeat.
    let k = end.checked_sub(LOOK_AHEAD + start)? / p;
    let resume = start + k * p;
    (resume > at + p).then_some(resume)
}

/// May mark `next`, opening a paragraph, continue a quote opened by `open`?
fn continues(open: Mark, next: Mark) -> bool {
    use Mark::*;
    match open.family() {
        Family::Guillemet => matches!(next, GuillemetLeft | GuillemetRight),
        _ => {
            !matches!(
                next,
                CurlyClose | DoubledCurlyClose | CornerClose | WhiteCornerClose
            ) || open.is_straight()
        }
    }
}

#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        _ => 1, // continuation byte: step one and look again
    }
}

/// Scan `text` with the given families enabled.
pub(crate) fn scan_with(text: &str, families: Families) -> Vec<Quote<'_>> {
    scan_capped(text, Layout::of(text), families, usize::MAX).0
}

/// At most this many quotes per byte of input are attributed (one per 16
/// bytes, beyond [`QUOTE_ALLOWANCE`]): news runs at one per 65 bytes at
/// its densest (one per 150 to 300 on average), and each quote costs a few
/// hundred bytes of working memory and output.
pub(crate) const BYTES_PER_QUOTE: usize = 16;
/// Quotes any input may have, however short.
pub(crate) const QUOTE_ALLOWANCE: usize = 1024;

/// The quote budget of an input of `len` bytes.
pub(crate) fn quote_budget(len: usize) -> usize {
    len / BYTES_PER_QUOTE + QUOTE_ALLOWANCE
}

/// [`scan_with`], stopping once more than `max` quotes (counting openers
/// still pending) are found: returns the quotes and the offset where the
/// scan stopped (`text.len()` when it did not), by which every quote ends.
/// The quotes are those of scanning `text` up to the stop, except that the
/// marks there were read with the text after them as context. `layout` is
/// [`Layout::of`] `text`, read by the caller, which may need it again.
pub(crate) fn scan_capped(
    text: &str,
    layout: Layout,
    families: Families,
    max: usize,
) -> (Vec<Quote<'_>>, usize) {
    let (quotes, stop, _) = scan_inner(text, layout, families, max, true);
    (quotes, stop)
}

/// [`scan_capped`], with or without passing over repeats of marks that
/// change nothing; also the number of marks whose role was decided.
fn scan_inner(
    text: &str,
    layout: Layout,
    families: Families,
    max: usize,
    skip_repeats: bool,
) -> (Vec<Quote<'_>>, usize, usize) {
    let scanner = Scanner {
        text,
        layout,
        bytes: text.as_bytes(),
        enabled: families.by_family(),
        stack: Vec::new(),
        open_count: [0; 6],
        found: Vec::new(),
        after_close: usize::MAX,
        closer_seen: Cell::new((usize::MAX, 0, None)),
        max_found: max,
        skip_repeats,
        decided: 0,
        unclosed_seen: Cell::new((usize::MAX, 0)),
        nested: false,
    };
    let (mut out, stop, decided, nested) = scanner.run();
    if !nested {
        // Each quote ended before the next one opened: no quote holds
        // another, and every parent is already none (`Quote::new`).
        out.retain(|q| q.parent != DEAD);
        return (out, stop, decided);
    }
    // One pass drops the dead slots (moving each quote down to `i`) and
    // finds each quote's parent: quotes come in order of start and nest
    // properly, so a stack of the quotes still open finds each one's
    // innermost container. (Should a guess at where an unclosed quote
    // ends ever cut through a quote that started inside it, the inner
    // quote ends where its container does, unclosed: the output always
    // nests.)
    let mut ancestors: Vec<usize> = Vec::with_capacity(MAX_DEPTH);
    let mut i = 0;
    for slot in 0..out.len() {
        if out[slot].parent == DEAD {
            continue;
        }
        if slot != i {
            out[i] = out[slot].clone();
        }
        let span = out[i].span();
        while let Some(&a) = ancestors.last() {
            let outer = out[a].span();
            if outer.contains(span) {
                break;
            }
            if span.start < outer.end {
                let q = &out[i];
                let content = q.content_span();
                let end = outer.end;
                out[i] = Quote::new(
                    text,
                    Span::new(span.start, end),
                    Span::new(content.start.min(end), content.end.min(end)),
                    q.style(),
                    q.is_multi_paragraph(),
                    false,
                );
                break;
            }
            ancestors.pop();
        }
        out[i].set_parent(ancestors.last().copied());
        ancestors.push(i);
        i += 1;
    }
    out.truncate(i);
    (out, stop, decided)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn quotes_stay_small() {
        // A dense document holds a quote per 100 bytes or so.
        assert!(std::mem::size_of::<Quote<'_>>() <= 40);
    }

    #[test]
    fn spans_and_content_round_trip() {
        let text = "“Open ‘‘inner’’\n\n“and on,” «a» 「b」 \"never closed";
        for q in scan_with(text, Families::default()) {
            assert_eq!(q.text(), &text[q.span().range()]);
            assert_eq!(q.content(), &text[q.content_span().range()]);
            assert!(q.span().contains(q.content_span()));
        }
    }

    fn texts(s: &str) -> Vec<&str> {
        scan_with(s, Families::default())
            .into_iter()
            .map(|q| q.text())
            .collect()
    }

    #[test]
    fn mark_parsers_prefer_doubled_marks() {
        assert_eq!(mark("''x"), Ok(("x", Mark::DoubledStraight)));
        assert_eq!(mark("'x").map(|(_, m)| m), Ok(Mark::StraightSingle));
        assert_eq!(mark("‘‘x").map(|(_, m)| m), Ok(Mark::DoubledCurlyOpen));
        assert_eq!(mark("``x").map(|(_, m)| m), Ok(Mark::Backticks));
        assert_eq!(mark("«").map(|(_, m)| m), Ok(Mark::GuillemetLeft));
        assert_eq!(mark("『").map(|(_, m)| m), Ok(Mark::WhiteCornerOpen));
        assert!(mark("a").is_err());
        assert!(mark("").is_err());
    }

    #[test]
    fn mark_at_agrees_with_the_parsers() {
        let texts = [
            "\"x", "'x", "''x", "''", "`x", "``x", "```", "“x", "”", "„", "‘‘x", "’’", "‚", "«",
            "»", "‹", "›", "「", "」", "『", "』", "—", "…", "é", "a", "'", "`", "\"",
        ];
        for t in texts {
            let parsed = mark(t).ok().map(|(rest, m)| (m, t.len() - rest.len()));
            assert_eq!(mark_at(t, 0), parsed, "{t:?}");
        }
    }

    #[test]
    fn prefilter_finds_every_candidate() {
        let s = "abcdefgh\"ijklmnopqrstu'vwxyz é\n`";
        let b = s.as_bytes();
        let mut got = vec![];
        let mut c = Candidates::new(b);
        let mut i = 0;
        loop {
            i = c.next_from(i);
            if i >= b.len() {
                break;
            }
            got.push(i);
            i += 1;
        }
        let want: Vec<usize> = (0..b.len()).filter(|&i| is_candidate(b[i])).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn prefilter_over_blocks_and_jumps() {
        // Every byte value, across block edges, stepping by 1 and by larger
        // jumps (as the scanner does after a paragraph break).
        let b: Vec<u8> = (0..700u32).map(|i| (i * 37 % 256) as u8).collect();
        let want: Vec<usize> = (0..b.len()).filter(|&i| is_candidate(b[i])).collect();
        for step in [1usize, 3, 63, 64, 65, 130] {
            let mut c = Candidates::new(&b);
            let mut i = 0;
            let mut got = vec![];
            loop {
                i = c.next_from(i);
                if i >= b.len() {
                    break;
                }
                got.push(i);
                i += step;
            }
            let mut expect = vec![];
            let mut j = 0;
            while let Some(&k) = want.iter().find(|&&k| k >= j) {
                expect.push(k);
                j = k + step;
            }
            assert_eq!(got, expect, "step {step}");
        }
    }

    #[test]
    fn candidate_mask_matches_is_candidate() {
        for len in [0usize, 1, 7, 8, 9, 63, 64] {
            for seed in 0..64u32 {
                let block: Vec<u8> = (0..len as u32)
                    .map(|i| (i.wrapping_mul(97).wrapping_add(seed * 13) % 256) as u8)
                    .collect();
                let want = block
                    .iter()
                    .enumerate()
                    .fold(0u64, |m, (j, &x)| m | (u64::from(is_candidate(x)) << j));
                assert_eq!(candidate_mask(&block), want, "len {len} seed {seed}");
            }
        }
    }

    /// Storms and near-storms: repeats of marks with and without words,
    /// breaks, possessives, elisions and runs of `"` in them or after them.
    fn storm_texts() -> Vec<String> {
        let units = [
            "‹",
            "“",
            "„",
            "“‘",
            "‘“",
            "«",
            "»",
            "‚",
            "’",
            "‘",
            "”",
            "「",
            "'",
            "`",
            "''",
            "“a ",
            "‹a ",
            "„a ‚b ",
            "s' ",
            "s’ ",
            "'n' ",
            " 'n'",
            "' ",
            "a' ",
            "“„‚",
            "»a«",
            "'90s ",
            "‘s ",
            "„x“ ",
            "\"\"\"",
            "“\"",
            "‘ab’ cd’ ",
            "it's ",
            "« ",
            "“‘\n",
            "‹\n\n",
        ];
        let tails = ["", "x", " end.", "’", "”", "'", "\n\n“a”", "s' the"];
        let mut texts = Vec::new();
        for (k, u) in units.iter().enumerate() {
            for (j, t) in tails.iter().enumerate() {
                let head = ["", "He said ", "“Open ", "‘"][(k + j) % 4];
                let n = 40 + 7 * ((k * 3 + j) % 11);
                texts.push(format!("{head}{}{t}", u.repeat(n)));
            }
        }
        // Two storms back to back, and one inside a quote.
        texts.push(format!("{}{}", "‹".repeat(100), "“‘".repeat(100)));
        texts.push(format!("“{}” she said.", "„".repeat(100)));
        texts.push(format!("‘{}’ x", "s' ".repeat(60)));
        texts
    }

    #[test]
    fn passing_over_repeats_changes_nothing() {
        let no_single = Families {
            single: false,
            ..Families::default()
        };
        for fam in [Families::default(), no_single] {
            for text in storm_texts() {
                let (with, ..) = scan_inner(&text, Layout::of(&text), fam, usize::MAX, true);
                let (without, ..) = scan_inner(&text, Layout::of(&text), fam, usize::MAX, false);
                assert_eq!(with, without, "{text:?}");
            }
        }
    }

    #[test]
    fn mark_storms_are_passed_over() {
        for unit in ["‹", "“", "„", "“‘", "«", "‚", "“a ", "‹a "] {
            let text = unit.repeat(100_000);
            let (quotes, _, decided) = scan_inner(
                &text,
                Layout::of(&text),
                Families::default(),
                usize::MAX,
                true,
            );
            assert!(decided < 1_000, "{unit:?}: {decided} marks decided");
            let (without, _, all) = scan_inner(
                &text,
                Layout::of(&text),
                Families::default(),
                usize::MAX,
                false,
            );
            assert_eq!(quotes, without, "{unit:?}");
            assert!(all >= 100_000, "{unit:?}: {all}");
        }
    }

    #[test]
    fn side_of_char_fast_paths_agree_with_the_unicode_tables() {
        // The marks and punctuation tried before `is_whitespace` and
        // `is_alphanumeric` are neither.
        for c in ('\u{0}'..='\u{10FFFF}').filter(|&c| side_of_char(c) != Side::Space) {
            if side_of_char(c) != Side::Alnum {
                assert!(!c.is_whitespace() && !c.is_alphanumeric(), "{c:?}");
            }
        }
        for c in ['\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}', '\u{2003}'] {
            assert_eq!(side_of_char(c), Side::Space, "{c:?}");
        }
    }

    #[test]
    fn ascii_side_table_agrees_with_side_of_char() {
        for b in 0u8..128 {
            assert_eq!(
                ASCII_SIDE[b as usize],
                side_of_char(b as char),
                "byte {b:#x}"
            );
        }
    }

    #[test]
    fn mark_at_agrees_with_mark() {
        let s = "a\"'`''``“”‘’„‚‹›«»「」『』—…é’’‘‘ンx";
        for (i, _) in s.char_indices() {
            let want = mark(&s[i..])
                .ok()
                .map(|(rest, m)| (m, s.len() - i - rest.len()));
            assert_eq!(mark_at(s, i), want, "at {i}: {:?}", &s[i..]);
        }
    }

    #[test]
    fn elision_lookup_ignores_case() {
        assert_eq!(elision_len("Til dawn"), Some(3));
        assert_eq!(elision_len("EM"), Some(2));
        assert_eq!(elision_len("n’"), Some(1));
        assert_eq!(elision_len("tiller"), None);
        assert_eq!(elision_len("éte"), None);
        assert_eq!(elision_len(""), None);
    }

    #[test]
    fn elisions_are_sorted_and_fit_their_keys() {
        let mut sorted = ELISIONS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, ELISIONS);
        // elision_len looks at six letters at most; ELISION_KEYS packs eight.
        assert!(ELISIONS.iter().all(|e| e.len() <= 6));
    }

    #[test]
    fn layouts() {
        let para = "The ferry board met on Monday in the old customs house by the quay to\n\
                    settle the winter timetable for the island route at last, after a\n\
                    month of talks. The pilots said they would run the boats every hour\n\
                    until the ice comes in.";
        let wrapped = format!("Ferries\n\n{para}\n\n{para}");
        let l = Layout::of(&wrapped);
        assert!(l.blank_lines && !l.flat);
        assert_eq!(l.wrap, 69);
        let b = wrapped.as_bytes();
        let nls: Vec<usize> = (0..b.len()).filter(|&i| b[i] == b'\n').collect();
        // The blank lines are no wraps (they break paragraphs); every line
        // break inside a paragraph is one.
        let soft: Vec<bool> = nls
            .iter()
            .map(|&nl| paragraph_break(b, nl, true).is_none() && l.soft_wrap(b, nl))
            .collect();
        assert_eq!(
            soft,
            [false, false, true, true, true, false, false, true, true, true]
        );
        // Typed lines that would have fitted more are no wraps: a byline,
        // an address.
        let typed = format!("{para}\n\nBy Ada Brisk\nHarbour Desk\n\n{para}");
        let l = Layout::of(&typed);
        let b = typed.as_bytes();
        let at = typed.find("Brisk\n").map(|i| i + 5);
        assert!(at.is_some_and(|nl| !l.soft_wrap(b, nl)));
        // One line a paragraph, short or long: not wrapped.
        let lines = "A short one.\nAnother line, longer than the first one by far, and then some more words.\nA third.\nA fourth line.";
        assert_eq!(Layout::of(lines).wrap, 0);
        // Flattened: no line breaks over many paragraphs' worth of text.
        let flat = format!("{para} ").replace('\n', " ").repeat(6);
        assert!(Layout::of(&flat).flat);
        assert!(!Layout::of(&wrapped).flat && !Layout::of("Short.").flat);
    }

    #[test]
    fn flat_text_continues_a_quote_over_paragraphs() {
        // `"One. "Two."` as a quote over two paragraphs run together: one
        // quote, when the text is flat; two, nested, when it is not.
        let body = "The harbour master spoke at length about the tides and the wall. ".repeat(20);
        let text =
            format!("{body}She said: \"The wall will go. \"Then the market goes.\" Nobody spoke.");
        let q = crate::quotes(&text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].text().ends_with("goes.\"") && q[0].is_multi_paragraph());
        let short = "She said: \"The wall will go. \"Then the market goes.\" Nobody spoke.";
        assert_eq!(crate::quotes(short).len(), 2);
        // A quote left unclosed ends at the last sentence end before the
        // next opening mark of its family, which opens a quote of its own;
        // after a title's period no sentence ends.
        let text = format!(
            "{body}She wrote: “We can win. Ann left early. Mr. Roe called it a “farce” and sat."
        );
        let q = crate::quotes(&text);
        let texts: Vec<&str> = q.iter().map(|q| q.text()).collect();
        assert_eq!(texts, ["“We can win. Ann left early.", "“farce”"]);
        assert!(!q[0].is_closed() && q[1].parent().is_none());
        // Where a blank line was flattened (a wide gap after a sentence's
        // end), an unclosed quote ended: the next paragraph's quote is its
        // own, though it opens after a sentence's end.
        let text = format!("{body}\"We can win, said Ann.  Bo left.  \"No,\" he said.");
        let q = crate::quotes(&text);
        let texts: Vec<&str> = q.iter().map(|q| q.text()).collect();
        assert_eq!(texts, ["\"We can win, said Ann.", "\"No,\""]);
    }

    #[test]
    fn blank_line_mode() {
        assert!(blank_line_paragraphs("a\n\nb"));
        assert!(blank_line_paragraphs("a\n \r\nb"));
        assert!(!blank_line_paragraphs("a\nb\nc"));
        assert!(!blank_line_paragraphs("a\n"));
    }

    #[test]
    fn next_newline_is_the_first_line_break_from_an_offset() {
        // Line breaks at every place in an eight-byte word and in the tail,
        // beside bytes whose low seven bits are a line break's (`Ċ`, 0xC4
        // 0x8A) or are not ASCII at all, and before bytes a borrow from a
        // line break marks too (0x0B).
        let text = "ab\ncdĊefgh\u{2028}ijklmnop\nqrstuvĊ\nwx\n\u{b}\u{b}yz\n\n\u{b}\n";
        let b = text.as_bytes();
        for from in 0..=b.len() + 1 {
            let bytewise = b
                .get(from..)
                .and_then(|r| r.iter().position(|&c| c == b'\n'))
                .map(|k| from + k);
            assert_eq!(next_newline(b, from), bytewise, "from {from}");
        }
        assert_eq!(next_newline(b"", 0), None);
        assert_eq!(next_newline(&[0x8A; 20], 0), None);
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("He said \"yes\" twice.", &["\"yes\""]),
            (
                "Rubio calls for 'an end to the massacre' in Ukraine",
                &["'an end to the massacre'"],
            ),
            ("Russia's envoy didn't agree", &[]),
            (
                "the Joneses' house, the '90s, rock 'n' roll, O'Brien, ‘til dawn",
                &[],
            ),
            ("Russia’s envoy didn’t agree", &[]),
            (
                "“He said ‘no’ twice,” the aide recalled",
                &["“He said ‘no’ twice,”", "‘no’"],
            ),
            ("«Oui» et « non »", &["«Oui»", "« non »"]),
            ("»Ja«", &["»Ja«"]),
            ("„Ja“ und ‚nein‘", &["„Ja“", "‚nein‘"]),
            ("「はい」と『いいえ』", &["「はい」", "『いいえ』"]),
            ("``Yes,'' he said", &["``Yes,''"]),
            ("''Yes,'' he said", &["''Yes,''"]),
            ("\"Mixed” and “mixed\"", &["\"Mixed”", "“mixed\""]),
            ("He called it ‘‘rubbish’’ today", &["‘‘rubbish’’"]),
            ("stray ” mark", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(&texts(input), want, "input: {input}");
        }
    }

    #[test]
    fn unclosed_ends_at_paragraph() {
        let s = "He said \"never closed\n\nNext paragraph \"fine\".";
        let q = scan_with(s, Families::default());
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].text(), "\"never closed");
        assert!(!q[0].is_closed());
        assert_eq!(q[1].text(), "\"fine\"");
    }

    #[test]
    fn multi_paragraph() {
        let s = "“First part.\n\n“Second part.\n\n“Third,” she said.\n\nAfter.";
        let q = scan_with(s, Families::default());
        assert_eq!(q.len(), 1);
        assert!(q[0].is_multi_paragraph());
        assert!(q[0].is_closed());
        assert_eq!(q[0].text(), "“First part.\n\n“Second part.\n\n“Third,”");
    }
}
