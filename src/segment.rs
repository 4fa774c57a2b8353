//! Segmentation: the text outside quotes as a stream of tokens (words,
//! punctuation, quote placeholders) with paragraph and sentence numbers.
//!
//! One linear pass. Text inside top-level quotes is not tokenised: a quote
//! is one token. Sentences end at `.`, `!`, `?` outside quotes (not after an
//! abbreviation or an initial), at line breaks, and after a quote whose own
//! words end a sentence when a capitalised word or another quote follows.

use crate::lexicon::grammar::opens_after_abbreviation;
use crate::lexicon::verbs::{is_plain_speech_verb, is_speech_verb, looks_past_tense};
use crate::lexicon::words::is_abbreviation;
use crate::scan::{paragraph_break, Layout};
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A word: letters, digits, inner apostrophes, hyphens and periods.
    Word,
    /// One punctuation character.
    Punct(char),
    /// A top-level quote (index into the attributor's quote list).
    Quote(u32),
}

/// One token with its place in the document, packed into 24 bytes: the
/// token stream is the largest structure attribution builds.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    start: u32,
    end: u32,
    /// Words: start of the lower-cased form (in [`Doc::lower`] when
    /// `OWN_LOWER` is set, else in the text itself). Punctuation: the
    /// character. Quotes: the quote's index.
    lo: u32,
    pub sent: u32,
    pub para: u32,
    lo_len: u16,
    kind: u8,
    flags: u8,
}

const K_WORD: u8 = 0;
const K_PUNCT: u8 = 1;
const K_QUOTE: u8 = 2;
const CAP: u8 = 1;
const SENT_START: u8 = 2;
const LINE_START: u8 = 4;
const OWN_LOWER: u8 = 8;
const LOW_DOT: u8 = 16;

impl Tok {
    /// The token's span in the text.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
    #[inline]
    pub fn kind(&self) -> TokKind {
        match self.kind {
            K_WORD => TokKind::Word,
            K_PUNCT => TokKind::Punct(char::from_u32(self.lo).unwrap_or(' ')),
            _ => TokKind::Quote(self.lo),
        }
    }
    /// First character is upper case (words only).
    #[inline]
    pub fn cap(&self) -> bool {
        self.flags & CAP != 0
    }
    /// First token of its sentence.
    #[inline]
    pub fn sent_start(&self) -> bool {
        self.flags & SENT_START != 0
    }
    /// First token of its line (paragraph or hard line break).
    #[inline]
    pub fn line_start(&self) -> bool {
        self.flags & LINE_START != 0
    }
    /// A word whose lower-cased form ([`Doc::low`]) ends in a period.
    #[inline]
    pub fn low_dot(&self) -> bool {
        self.flags & LOW_DOT != 0
    }
    /// The punctuation mark `c`?
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == K_PUNCT && self.lo == c as u32
    }
}

/// The segmented document.
#[derive(Debug, Default)]
pub(crate) struct Doc<'t> {
    pub text: &'t str,
    pub toks: Vec<Tok>,
    /// Lower-cased forms of the words that differ from their text.
    pub lower: String,
    /// Index of each top-level quote's token.
    pub quote_tok: Vec<u32>,
    /// Number of paragraphs.
    pub paras: u32,
}

impl<'t> Doc<'t> {
    /// The token's text.
    #[inline]
    pub fn text_of(&self, i: usize) -> &'t str {
        let t = &self.toks[i];
        &self.text[t.start as usize..t.end as usize]
    }

    /// The lower-cased word (empty for non-words).
    #[inline(always)]
    pub fn low(&self, i: usize) -> &str {
        let t = &self.toks[i];
        if t.kind != K_WORD {
            return "";
        }
        let (a, b) = (t.lo as usize, t.lo as usize + t.lo_len as usize);
        if t.flags & OWN_LOWER != 0 {
            &self.lower[a..b]
        } else {
            &self.text[a..b]
        }
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.toks[i].kind == K_WORD
    }

    #[inline]
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks[i].is_punct(c)
    }

    /// The walk back to a sentence's start: the first token of token
    /// `k`'s sentence, going back no further than token `floor` and no
    /// more than `max` tokens (so every caller stays linear). It is the
    /// sentence's real start only where [`Tok::sent_start`] says so.
    #[inline]
    pub fn sentence_lo(&self, k: usize, floor: usize, max: usize) -> usize {
        let sent = self.toks[k].sent;
        let mut lo = k;
        while lo > floor && k - lo < max && self.toks[lo - 1].sent == sent {
            lo -= 1;
        }
        lo
    }
}

/// Whether a quote's own words end a sentence (`"We are ready."`, `"Why?"`),
/// closing marks and brackets aside.
pub(crate) fn ends_sentence(content: &str) -> bool {
    final_stop(content).is_some()
}

/// The stop that ends a quote's words (`.`, `!`, `?`, `…`), closing marks
/// and brackets aside; `None` when its words go on (`"We are ready,"`).
pub(crate) fn final_stop(content: &str) -> Option<char> {
    content
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')'])
        .chars()
        .next_back()
        .filter(|c| matches!(c, '.' | '!' | '?' | '…'))
}

/// The largest `n <= max` such that `s[..n]` ends on a char boundary.
#[inline]
pub(crate) fn floor_char_boundary(s: &str, max: usize) -> usize {
    if max >= s.len() {
        return s.len();
    }
    let mut n = max;
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    n
}

/// The smallest `n >= min` such that `s[n..]` starts on a char boundary.
#[inline]
pub(crate) fn ceil_char_boundary(s: &str, min: usize) -> usize {
    let mut n = min.min(s.len());
    while !s.is_char_boundary(n) {
        n += 1;
    }
    n
}

/// Is `w` (a word before a period) an abbreviation, in any case? A word
/// with no ASCII capital (most words before a period) is looked up as it
/// is; other short words, as abbreviations are, are lower-cased on the
/// stack.
pub(crate) fn abbreviation(w: &str) -> bool {
    if !w.bytes().any(|c| c.is_ascii_uppercase()) {
        return is_abbreviation(w);
    }
    let mut buf = [0u8; 32];
    match buf.get_mut(..w.len()) {
        Some(lower) => {
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(is_abbreviation)
        }
        None => is_abbreviation(&w.to_ascii_lowercase()),
    }
}

/// Is `c` part of a word? (Apostrophes, hyphens and periods join two
/// words' characters: see [`scan_word`].)
#[inline]
fn word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The character at byte `i` of `text` (a char boundary), if any; an
/// ASCII byte, as most are, read as it is.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&c) if c.is_ascii() => Some(char::from(c)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// Does a word character start at byte `i` of `text` (a char boundary)?
#[inline]
fn word_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(&c) if c.is_ascii() => c.is_ascii_alphanumeric(),
        _ => char_at(text, i).is_some_and(word_char),
    }
}

/// `0x01` in every byte of a word.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a word.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// For each byte of `y` (all below `0x80`): is it at least `c` (at most
/// `0x80`)? As its high bit; no carry crosses into the next byte.
#[inline]
pub(crate) fn at_least(y: u64, c: u8) -> u64 {
    (y + (ONES * u64::from(0x80 - c))) & HIGHS
}

/// For each byte of `y` (all below `0x80`): is it `c` (below `0x80`)? As
/// its high bit.
#[inline]
pub(crate) fn equals(y: u64, c: u8) -> u64 {
    !((y ^ (ONES * u64::from(c))) + (ONES * 0x7f)) & HIGHS
}

/// The eight bytes of `b` from `i` as a word, first byte lowest, if there
/// are eight.
#[inline]
fn eight_at(b: &[u8], i: usize) -> Option<u64> {
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(b.get(i..i + 8)?);
    Some(u64::from_le_bytes(bytes))
}

/// For each byte of `x`: is it an ASCII letter or digit, and is it an
/// ASCII capital? As the high bit of each byte of the two words.
#[inline]
fn alphanumeric_and_upper(x: u64) -> (u64, u64) {
    let ascii = !x & HIGHS;
    let y = x & !HIGHS;
    let upper = at_least(y, b'A') & !at_least(y, b'Z' + 1);
    let lower = at_least(y, b'a') & !at_least(y, b'z' + 1);
    let digit = at_least(y, b'0') & !at_least(y, b'9' + 1);
    ((upper | lower | digit) & ascii, upper & ascii)
}

/// A word as [`scan_word`] reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct WordShape {
    /// Where the word ends, before any final period.
    end: usize,
    /// Every byte is ASCII.
    ascii: bool,
    /// Some letter is an ASCII capital.
    upper: bool,
    /// A period joins two of its parts (`U.S`).
    dotted: bool,
}

/// The word starting at byte `start` of `text` (a word character): letters
/// and digits, and inside it an apostrophe, hyphen, period or `&` before
/// another word character (`didn't`, `U.S`, `Metro-North`, `AT&T`), or
/// an apostrophe closing a plural possessive (`farmers' union`). A final
/// period after an abbreviation or initial is the caller's to take.
#[inline]
fn scan_word(text: &str, start: usize) -> WordShape {
    let b = text.as_bytes();
    let mut w = WordShape {
        end: start,
        ascii: true,
        upper: false,
        dotted: false,
    };
    let mut j = start;
    loop {
        // ASCII letters and digits, the bulk of any word: eight bytes at
        // a time, then byte by byte where fewer than eight are left.
        while let Some(x) = eight_at(b, j) {
            let (alnum, upper) = alphanumeric_and_upper(x);
            let stop = !alnum & HIGHS;
            // The bytes before the first that is not a letter or digit.
            let run = (stop & stop.wrapping_neg()).wrapping_sub(1);
            w.upper |= upper & run != 0;
            j += (stop.trailing_zeros() / 8) as usize;
            if stop != 0 {
                break;
            }
        }
        while let Some(&c) = b.get(j) {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                j += 1;
            } else if c.is_ascii_uppercase() {
                w.upper = true;
                j += 1;
            } else {
                break;
            }
        }
        let Some(&c) = b.get(j) else {
            break;
        };
        // Most words end at an ASCII byte that joins nothing: a space or
        // a punctuation mark.
        if c.is_ascii() && !matches!(c, b'\'' | b'-' | b'.' | b'&') {
            break;
        }
        let Some(c2) = char_at(text, j) else {
            break;
        };
        let after = j + c2.len_utf8();
        if !c.is_ascii() && word_char(c2) {
            w.ascii = false;
            j = after;
            continue;
        }
        if !matches!(c2, '\'' | '’' | '-' | '‐' | '.' | '&') {
            break;
        }
        // A joiner counts only with a word character after it.
        if word_at(text, after) {
            w.ascii &= c.is_ascii();
            w.dotted |= c == b'.';
            j = after;
            continue;
        }
        // A plural possessive: `farmers' union`.
        if matches!(c2, '\'' | '’')
            && matches!(b[j - 1], b's' | b'S')
            && char_at(text, after).map_or(true, char::is_whitespace)
        {
            w.ascii &= c.is_ascii();
            j = after;
        }
        break;
    }
    w.end = j;
    w
}

/// Tokenise `text`, treating each span in `quotes` (top-level, ordered,
/// non-overlapping) as one token.
#[cfg(test)]
pub(crate) fn segment<'t>(text: &'t str, quotes: &[(Span, bool)]) -> Doc<'t> {
    segment_range(text, 0..text.len(), quotes, Layout::of(text), 0)
}

/// Tokenise `text[range]` as [`segment`] does the whole text: `range`
/// starts at the start of a paragraph (or of the text) and ends at the
/// start of one (or at the end of the text), `quotes` are the top-level
/// quotes inside it, `layout` is how the whole text lays out its
/// paragraphs and lines, and paragraphs are numbered from `first_para`. Tokens keep
/// their offsets in `text`.
pub(crate) fn segment_range<'t>(
    text: &'t str,
    range: std::ops::Range<usize>,
    quotes: &[(Span, bool)],
    layout: Layout,
    first_para: u32,
) -> Doc<'t> {
    segment_range_within(text, range, quotes, layout, first_para, LOWER_MAX)
}

/// The most bytes [`Doc::lower`] may hold: its offsets are 32-bit. Lower
/// case can be longer than the text (`Ⱥ` is two bytes, `ⱥ` three), so
/// near the 4 GiB input limit the copy could outgrow 32 bits; a word that
/// would start past this keeps its own form as its lower case instead.
const LOWER_MAX: usize = u32::MAX as usize;

/// The longest line (in bytes) that hard-wrapped text is taken to wrap:
/// a longer line ends its sentence at its line break.
const MAX_WRAP_WIDTH: usize = 100;

/// [`segment_range`] with `lower` held to `lower_max` bytes.
fn segment_range_within<'t>(
    text: &'t str,
    range: std::ops::Range<usize>,
    quotes: &[(Span, bool)],
    layout: Layout,
    first_para: u32,
    lower_max: usize,
) -> Doc<'t> {
    let blank_lines = layout.blank_lines;
    let len = range.end - range.start;
    let mut doc = Doc {
        text,
        toks: Vec::with_capacity(len / 6),
        lower: String::with_capacity(len / 32),
        quote_tok: Vec::with_capacity(quotes.len()),
        paras: 1,
    };
    let mut para = first_para;
    let mut sent = 0u32;
    let mut sent_start = true;
    let mut line_start = true;
    // Where the current line begins (for the wrapping width).
    let mut line_begin = range.start;
    let mut qi = 0usize;
    let mut i = range.start;
    // Nothing past the range is read: it ends where a paragraph starts, so
    // a look ahead from inside it meets a line break first.
    let text = &text[..range.end];
    let b = text.as_bytes();
    while i < b.len() {
        // A quote starting here becomes one token.
        if qi < quotes.len() && quotes[qi].0.start <= i {
            let (span, ends_sentence) = quotes[qi];
            if layout.flat && sent_start && !line_start && soft_paragraph(&doc, text, i, true) {
                para += 1;
                line_start = true;
            }
            doc.quote_tok.push(doc.toks.len() as u32);
            doc.toks.push(Tok {
                start: span.start as u32,
                end: span.end as u32,
                lo: qi as u32,
                sent,
                para,
                lo_len: 0,
                kind: K_QUOTE,
                flags: flags(false, sent_start, line_start),
            });
            sent_start = false;
            line_start = false;
            i = span.end.max(i + 1);
            // A multi-paragraph quote moves the paragraph count on; a
            // hard-wrapped line inside a quote (a single line break where
            // blank lines separate paragraphs) does not.
            let inner = &b[span.range()];
            // Most quotes have no line break: looked for first, as
            // `memchr` does, several bytes at a time.
            if inner.contains(&b'\n')
                && (0..inner.len()).filter(|&i| inner[i] == b'\n').any(|nl| {
                    paragraph_break(inner, nl, blank_lines).is_some_and(|j| j < inner.len())
                })
            {
                para += 1;
            }
            if ends_sentence && next_starts_sentence(text, i, blank_lines) {
                sent += 1;
                sent_start = true;
            }
            qi += 1;
            continue;
        }
        let c = b[i];
        if c == b'\n' {
            match paragraph_break(b, i, blank_lines) {
                Some(next) => {
                    para += 1;
                    i = next;
                }
                // A hard wrap inside a paragraph is a space.
                None if layout.soft_wrap(b, i) => {
                    i += 1;
                    line_begin = i;
                    continue;
                }
                // Else a short line where blank lines part paragraphs: the
                // sentence runs on too (`"…," said⏎Ilse.`).
                None if blank_lines && i - line_begin <= MAX_WRAP_WIDTH => {
                    i += 1;
                    line_begin = i;
                    line_start = true;
                    continue;
                }
                None => i += 1,
            }
            line_begin = i;
            if !sent_start {
                sent += 1;
                sent_start = true;
            }
            line_start = true;
            continue;
        }
        if c.is_ascii_whitespace() {
            if layout.flat
                && c == b' '
                && b.get(i + 1) == Some(&b' ')
                && !doc.toks.is_empty()
                && !goes_on(&doc, sent_start)
            {
                // Paragraphs run together: a wide gap (two spaces or more,
                // where a blank line was flattened) before what may start
                // a sentence ends the paragraph.
                let mut j = i + 2;
                while j < b.len() && matches!(b[j], b' ' | b'\t') {
                    j += 1;
                }
                if j < b.len() && next_starts_sentence(text, j, blank_lines) {
                    if !sent_start {
                        sent += 1;
                        sent_start = true;
                    }
                    if !line_start {
                        para += 1;
                        line_start = true;
                    }
                }
                i = j;
                continue;
            }
            i += 1;
            continue;
        }
        let Some(ch) = char_at(text, i) else {
            break;
        };
        if ch.is_whitespace() {
            i += ch.len_utf8();
            continue;
        }
        if word_char(ch) {
            if layout.flat && sent_start && !line_start && soft_paragraph(&doc, text, i, false) {
                para += 1;
                line_start = true;
            }
            let start = i;
            let shape = scan_word(text, start);
            let mut end = shape.end;
            // `Sen.`, `U.S.`, `J.` keep their final period.
            let mut abbreviated = false;
            if b.get(end) == Some(&b'.') {
                let w = &text[start..end];
                // (`w` opens with `ch`: one character when no more.)
                let single_cap = w.len() == ch.len_utf8() && ch.is_uppercase();
                // (Not a web address's: `TheLedger.com.` ends a sentence.)
                let address = || {
                    w.rsplit('.').next().is_some_and(|last| {
                        last.len() >= 2 && last.bytes().all(|c| c.is_ascii_lowercase())
                    })
                };
                if single_cap || shape.dotted && !address() || abbreviation(w) {
                    end += 1;
                    abbreviated = true;
                }
            }
            let word = &text[start..end];
            // Most words are lower-case ASCII already: point into the text.
            // (A final abbreviation period is ASCII: the shape still holds.)
            // Past `lower_max` (offsets are 32-bit), the word as it is.
            let plain = shape.ascii && !shape.upper;
            let own = !plain
                && word.len() <= u16::MAX as usize
                && doc.lower.len().saturating_add(word.len().saturating_mul(3)) <= lower_max;
            let (lo, lo_len) = if !own {
                (start as u32, floor_char_boundary(word, u16::MAX as usize))
            } else if shape.ascii {
                // ASCII lower-cases in place, byte for byte.
                let lo = doc.lower.len();
                doc.lower.push_str(word);
                doc.lower[lo..].make_ascii_lowercase();
                (lo as u32, word.len())
            } else {
                let lo = doc.lower.len();
                for c2 in word.chars() {
                    if c2.is_ascii() {
                        doc.lower.push(c2.to_ascii_lowercase());
                    } else if c2 == '’' {
                        doc.lower.push('\'');
                    } else {
                        doc.lower.extend(c2.to_lowercase());
                    }
                }
                // Lower-casing can grow a word (`İ` is two bytes, `i̇`
                // three): keep at most `u16::MAX` bytes, cut on a char
                // boundary.
                let keep = floor_char_boundary(&doc.lower[lo..], u16::MAX as usize);
                doc.lower.truncate(lo + keep);
                (lo as u32, keep)
            };
            let low = if own { doc.lower.as_bytes() } else { b };
            let dot = low[..lo as usize + lo_len].ends_with(b".");
            doc.toks.push(Tok {
                start: start as u32,
                end: end as u32,
                lo,
                sent,
                para,
                lo_len: lo_len.min(u16::MAX as usize) as u16,
                kind: K_WORD,
                flags: flags(ch.is_uppercase(), sent_start, line_start)
                    | if own { OWN_LOWER } else { 0 }
                    | if dot { LOW_DOT } else { 0 },
            });
            sent_start = false;
            line_start = false;
            // (`in Trenton, N.J. The paradox …`: the abbreviation's period
            // ends the sentence too.)
            if abbreviated && sentence_after_abbreviation(text, end) {
                sent += 1;
                sent_start = true;
            }
            i = past_single_space(b, end, layout.flat);
            continue;
        }
        // Punctuation.
        let len = ch.len_utf8();
        doc.toks.push(Tok {
            start: i as u32,
            end: (i + len) as u32,
            lo: ch as u32,
            sent,
            para,
            lo_len: 0,
            kind: K_PUNCT,
            flags: flags(false, sent_start, line_start),
        });
        sent_start = false;
        line_start = false;
        i += len;
        if matches!(ch, '.' | '!' | '?') && next_starts_sentence(text, i, blank_lines) {
            sent += 1;
            sent_start = true;
        }
        i = past_single_space(b, i, layout.flat);
    }
    doc.paras = para + 1;
    doc
}

/// Does a new sentence open after the abbreviation ending at `i`: a space
/// or two, then a word that opens sentences and never follows an
/// abbreviation inside one, capitalised (`N.J. The`, `Co. He`)?
fn sentence_after_abbreviation(text: &str, i: usize) -> bool {
    let rest = &text[i..];
    let word = rest.trim_start_matches([' ', '\t']);
    if word.len() == rest.len() || rest.len() - word.len() > 2 {
        return false;
    }
    let end = word
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(word.len());
    let (w, after) = word.split_at(end);
    let mut low = [0u8; 8];
    if w.is_empty() || w.len() > low.len() || !after.starts_with([' ', ',']) {
        return false;
    }
    let bytes = w.as_bytes();
    if !bytes[0].is_ascii_uppercase() || bytes[1..].iter().any(u8::is_ascii_uppercase) {
        return false;
    }
    low[..w.len()].copy_from_slice(bytes);
    low[..w.len()].make_ascii_lowercase();
    std::str::from_utf8(&low[..w.len()]).is_ok_and(opens_after_abbreviation)
}

/// Where the next token may start after one ending at `i`: past a single
/// space, which the tokeniser's loop would only step over (most tokens end
/// at one). Not past two spaces in flat text: a wide gap may end a
/// paragraph there.
#[inline]
fn past_single_space(b: &[u8], i: usize, flat: bool) -> usize {
    let single = b.get(i) == Some(&b' ') && (!flat || b.get(i + 1) != Some(&b' '));
    i + usize::from(single)
}

/// Does the sentence go on after the last token, whatever the gap: after
/// a comma, or a quote that goes on into its cue (`"…,"  Lund said`)?
fn goes_on(doc: &Doc<'_>, sent_start: bool) -> bool {
    doc.toks.last().is_some_and(|t| {
        t.kind == K_QUOTE && !sent_start || t.kind == K_PUNCT && t.lo == ',' as u32
    })
}

/// Words a sentence is read for a verb of saying by [`cue_ahead`].
const CUE_WORDS: usize = 8;

/// Does a verb of saying come in the first [`CUE_WORDS`] words of `rest`,
/// before the sentence ends or a quote opens (`Ann Roe, the mayor, said
/// …`)? At most a few hundred bytes are read.
/// After a quote that ends in a period (`plain`), only a plain verb of
/// saying (`said`, `added`) makes the cue: `"…." Paradis agrees.`,
/// `"…." Rubio disagreed.` introduce what follows.
fn cue_ahead(rest: &str, plain: bool) -> bool {
    let rest = &rest[..floor_char_boundary(rest, 240)];
    let end = rest
        .find(['.', '!', '?', '"', '“', '\n'])
        .unwrap_or(rest.len());
    let words = || {
        rest[..end]
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
    };
    let known = words().take(CUE_WORDS).any(|w| {
        let w = w.to_lowercase();
        if plain {
            is_plain_speech_verb(&w)
        } else {
            is_speech_verb(&w)
        }
    });
    // (`"…?" Lund pressed.`: after a question or an exclamation, a name
    // and one past-tense word the lexicon does not know, as
    // `adjacent::unknown_cue_verb` reads it.)
    let unknown = || {
        let n = words().take(4).count();
        let last = words().next_back().unwrap_or("");
        (2..=3).contains(&n)
            && rest[end..].starts_with('.')
            && last.bytes().all(|c| c.is_ascii_lowercase())
            && looks_past_tense(last)
    };
    known || !plain && unknown()
}

/// In a text whose paragraphs run together (`Layout::flat`): does the
/// sentence starting at `i` (with a quote when `quote`) open a paragraph?
/// It does after a quote that ended the sentence before (`… "We are
/// done." Then …`, `… done." "Then …`) unless it is that quote's cue
/// (`"Done!" Ann said.`). A sentence after a cue (`… done," Ann said.
/// "Then …`) goes on with the speaker's paragraph.
fn soft_paragraph(doc: &Doc<'_>, text: &str, i: usize, quote: bool) -> bool {
    // (A wide gap has set `line_start` already.)
    let Some(last) = doc.toks.last() else {
        return false;
    };
    let period = || final_stop(&text[last.span().range()]) == Some('.');
    last.kind == K_QUOTE && (quote || !cue_ahead(&text[i..], period()))
}

#[inline]
fn flags(cap: bool, sent_start: bool, line_start: bool) -> u8 {
    (if cap { CAP } else { 0 })
        | (if sent_start { SENT_START } else { 0 })
        | (if line_start { LINE_START } else { 0 })
}

/// After a sentence-ending character at `i`: does a new sentence start
/// (a capital, a digit, a quotation mark, or the end of the text)?
fn next_starts_sentence(text: &str, i: usize, blank_lines: bool) -> bool {
    for (k, c) in text[i..].char_indices() {
        if c == ' ' || c == '\t' || c == '\u{a0}' || c == ')' {
            continue;
        }
        // A hard-wrapped line: what follows the wrap decides.
        if c == '\n' && blank_lines && paragraph_break(text.as_bytes(), i + k, true).is_none() {
            continue;
        }
        return c.is_uppercase()
            || c.is_ascii_digit()
            || c == '\n'
            || c == '\r'
            || matches!(c, '"' | '“' | '‘' | '\'' | '«' | '„' | '(' | '[');
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_copy_never_passes_its_limit() {
        // Every word needs its own lower case; the copy may hold 13 bytes
        // (room is checked for three times the word: 9 bytes here).
        let text = "Ⱥb Ⱥc Ⱥd Ⱥe Ⱥf";
        let d = segment_range_within(text, 0..text.len(), &[], Layout::default(), 0, 13);
        assert!(d.lower.len() <= 13, "{}", d.lower.len());
        let lows: Vec<&str> = (0..d.toks.len()).map(|i| d.low(i)).collect();
        // The first words are lower-cased (`ⱥ` is a byte longer than `Ⱥ`),
        // the rest keep their form rather than point past the copy.
        assert_eq!(lows, ["ⱥb", "ⱥc", "Ⱥd", "Ⱥe", "Ⱥf"]);
        let whole = segment(text, &[]);
        let lows: Vec<&str> = (0..whole.toks.len()).map(|i| whole.low(i)).collect();
        assert_eq!(lows, ["ⱥb", "ⱥc", "ⱥd", "ⱥe", "ⱥf"]);
    }

    fn words(d: &Doc<'_>) -> Vec<String> {
        (0..d.toks.len())
            .map(|i| match d.toks[i].kind() {
                TokKind::Word => d.text_of(i).to_string(),
                TokKind::Punct(c) => c.to_string(),
                TokKind::Quote(q) => format!("Q{q}"),
            })
            .collect()
    }

    #[test]
    fn words_keep_inner_marks_and_abbreviations() {
        let d = segment(
            "Sen. Roe didn't visit the U.S. on Jan. 5, said J. Doe.",
            &[],
        );
        assert_eq!(
            words(&d),
            [
                "Sen.", "Roe", "didn't", "visit", "the", "U.S.", "on", "Jan.", "5", ",", "said",
                "J.", "Doe", "."
            ]
        );
        assert_eq!(d.toks.last().map(|t| t.sent), Some(0));
        assert_eq!(d.low(2), "didn't");
    }

    #[test]
    fn scan_word_reads_joiners_and_shape() {
        // (text, where the word ends, ascii, upper, dotted)
        let rows = [
            ("didn't go", 6, true, false, false),
            ("U.S. and", 3, true, true, true),
            ("Metro-North,", 11, true, true, false),
            ("AT&T.", 4, true, true, false),
            ("farmers' union", 8, true, false, false),
            ("farmers’ union", 10, false, false, false),
            ("farmers'union", 13, true, false, false),
            ("Ann' x", 3, true, true, false),
            ("O’Dell said", 8, false, true, false),
            ("café-bar!", 9, false, false, false),
            ("Émile", 6, false, false, false),
            ("end-", 3, true, false, false),
            ("word", 4, true, false, false),
            // Eight bytes at a time: capitals before, inside and after the
            // run, and runs ending at, before and past the eighth byte.
            ("abcdefgh", 8, true, false, false),
            ("abcdefg Hij", 7, true, false, false),
            ("abcdefgHij k", 10, true, true, false),
            ("abcdefghijklmnoPq", 17, true, true, false),
            ("longer9words, Then", 12, true, false, false),
            ("McAllister-Smith's", 18, true, true, false),
            ("reallylongword\u{e9}s and", 17, false, false, false),
        ];
        for (text, end, ascii, upper, dotted) in rows {
            let got = scan_word(text, 0);
            let want = WordShape {
                end,
                ascii,
                upper,
                dotted,
            };
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn sentences_and_paragraphs() {
        let text = "One here. Two there.\n\nThree.";
        let d = segment(text, &[]);
        let sents: Vec<u32> = d.toks.iter().map(|t| t.sent).collect();
        assert_eq!(sents, [0, 0, 0, 1, 1, 1, 2, 2]);
        assert_eq!(d.toks[6].para, 1);
        assert!(d.toks[6].line_start());
    }

    #[test]
    fn an_abbreviation_ends_its_sentence_before_a_word_that_opens_one() {
        let text =
            "She lives in Tarnby, N.J. The town is small. Ask Sen. Ada Orr or Acme Co. He said so.";
        let d = segment(text, &[]);
        let sent = |w: &str| {
            d.toks
                .iter()
                .find(|t| &text[t.span().range()] == w)
                .map(|t| t.sent)
                .expect(w)
        };
        assert_eq!(sent("N.J."), sent("lives"));
        assert_eq!(sent("The"), sent("lives") + 1);
        // A title's period goes on into its name; `Co.` before `He` ends.
        assert_eq!(sent("Sen."), sent("Ada"));
        assert_eq!(sent("Co."), sent("Ada"));
        assert_eq!(sent("He"), sent("Ada") + 1);
        assert!(d
            .toks
            .iter()
            .any(|t| &text[t.span().range()] == "He" && t.sent_start()));
        // A web address's final period ends its sentence; `a.m.` keeps its.
        let text = "Ask the editor of TheLedger.com. Tarnby voted at 9 a.m. on Monday.";
        let d = segment(text, &[]);
        let words: Vec<&str> = d.toks.iter().map(|t| &text[t.span().range()]).collect();
        assert!(
            words.contains(&"TheLedger.com") && words.contains(&"a.m."),
            "{words:?}"
        );
        let tarnby = d
            .toks
            .iter()
            .find(|t| &text[t.span().range()] == "Tarnby")
            .unwrap();
        assert!(tarnby.sent_start());
    }

    #[test]
    fn a_hard_wrapped_line_runs_its_sentence_on() {
        // Blank lines separate paragraphs: a single line break is a wrap,
        // and `Ann` is in the sentence of `said` before it.
        let text = "Tea came. \"Well,\" said\nAnn.\n\nNext.";
        let d = segment(text, &[(Span::new(10, 17), false)]);
        let tok = |w: &str| {
            d.toks
                .iter()
                .find(|t| &text[t.span().range()] == w)
                .copied()
                .expect(w)
        };
        assert_eq!(tok("said").sent, tok("Ann").sent);
        assert_ne!(tok("Ann").sent, tok("Next").sent);
        assert!(tok("Ann").line_start());
        // With no blank line anywhere, each line is a paragraph.
        let text = "\"Well,\" said\nAnn.";
        let d = segment(text, &[(Span::new(0, 7), false)]);
        assert_ne!(d.toks[1].sent, d.toks[2].sent);
        // A line longer than a wrapping width ends its sentence.
        let long = format!("{} said\nAnn.\n\nNext.", "word ".repeat(30));
        let d = segment(&long, &[]);
        let said = d
            .toks
            .iter()
            .position(|t| &long[t.span().range()] == "said");
        let said = said.expect("said");
        assert_ne!(d.toks[said].sent, d.toks[said + 1].sent);
    }

    #[test]
    fn a_hard_wrapped_quote_stays_in_its_paragraph() {
        // Blank lines separate paragraphs; the quote's line break is a
        // wrap, so `said` is in the quote's paragraph and `Next` in the one
        // after; a quote over two paragraphs moves the count on.
        let text = "\"One two\nthree,\" said Ann.\n\nNext.";
        let d = segment(text, &[(Span::new(0, 16), false)]);
        let para = |w: &str| {
            d.toks
                .iter()
                .find(|t| &text[t.span().range()] == w)
                .map(|t| t.para)
        };
        assert_eq!(para("said"), Some(0));
        assert_eq!(para("Next"), Some(1));
        let text = "\"One\n\ntwo,\" said Ann.";
        let d = segment(text, &[(Span::new(0, 12), false)]);
        let said = d.toks.iter().find(|t| &text[t.span().range()] == "said");
        assert_eq!(said.map(|t| t.para), Some(1));
    }

    #[test]
    fn flattened_paragraphs_are_recovered() {
        let flat = Layout {
            flat: true,
            ..Layout::default()
        };
        let para = |d: &Doc<'_>, text: &str, w: &str| {
            d.toks
                .iter()
                .find(|t| &text[t.span().range()] == w)
                .map(|t| (t.para, t.line_start()))
        };
        // A wide gap where a blank line was; a sentence after a quote that
        // ended one; not the quote's cue, nor a sentence after a cue.
        let text = "Heading here  Ann spoke. \"We go.\" Then Bo. \"No!\" Cy said. \"Yes.\"";
        let q = |a: &str| {
            let s = text.find(a).unwrap_or(0);
            (Span::new(s, s + a.len()), true)
        };
        let quotes = [q("\"We go.\""), q("\"No!\""), q("\"Yes.\"")];
        let d = segment_range(text, 0..text.len(), &quotes, flat, 0);
        assert_eq!(para(&d, text, "Heading"), Some((0, true)));
        assert_eq!(para(&d, text, "Ann"), Some((1, true)));
        assert_eq!(para(&d, text, "\"We go.\""), Some((1, false)));
        assert_eq!(para(&d, text, "Then"), Some((2, true)));
        assert_eq!(para(&d, text, "\"No!\""), Some((2, false)));
        assert_eq!(para(&d, text, "Cy"), Some((2, false)));
        assert_eq!(para(&d, text, "\"Yes.\""), Some((2, false)));
        // A wide gap before a quote's cue, or after a comma, ends nothing.
        let text2 = "Ann spoke. \"We go,\"  Cy said,  Then Bo.";
        let d2 = segment_range(
            text2,
            0..text2.len(),
            &[(Span::new(11, 20), false)],
            flat,
            0,
        );
        assert!(d2.toks.iter().all(|t| t.para == 0), "{:?}", d2.toks);
        // The same text not flat: one paragraph.
        let d = segment_range(text, 0..text.len(), &quotes, Layout::default(), 0);
        assert!(d.toks.iter().all(|t| t.para == 0));
    }

    #[test]
    fn quotes_are_single_tokens() {
        let text = "\"Go home.\" He left.";
        let d = segment(text, &[(Span::new(0, 10), true)]);
        assert_eq!(words(&d), ["Q0", "He", "left", "."]);
        assert_eq!(d.toks[1].sent, 1);
        assert_eq!(d.quote_tok, [0]);
    }
}
