//! Linking: each quote takes the first sieve that fires, most precise
//! first. Sieves see earlier quotes' answers (continuations copy them).
//!
//! Pass 1 runs the cue sieves on every quote (adjacent cue, colon,
//! according to, reported speech); pass 2 fills what is left from
//! neighbouring quotes (continuation). Pronoun and descriptor subjects are
//! resolved to entities by [`crate::resolve`] as the links are made.

mod according;
mod adjacent;
mod colon;
mod continuation;
mod reported;
mod term;

use crate::analysis::{QuoteKind, Sieve};
use crate::mention::{Lex, MentionIndex, NameMention, Np};
use crate::segment::Doc;
use crate::span::Span;

pub(crate) use term::{classify_kind, is_scare_quote, is_scare_word};

/// Largest window, in tokens, a sieve reads on either side of a quote.
pub(crate) const WINDOW: usize = 40;

/// A cue sieve's answer: who (as a phrase), how, and where the cue is.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Link {
    pub np: Np,
    /// Token of the phrase (for salience: pronouns look back from here).
    pub at: usize,
    pub sieve: Sieve,
    pub cue: Option<Span>,
}

/// What the sieves read: the document, its mentions, and the quotes.
pub(crate) struct Ctx<'a, 'd, 't> {
    pub lex: &'a Lex<'d, 't>,
    pub idx: &'a MentionIndex,
    pub ms: &'a [NameMention],
    /// Token index of each top-level quote.
    pub qtok: &'a [u32],
    /// Content of each top-level quote.
    pub content: &'a [&'t str],
}

impl<'a, 'd, 't> Ctx<'a, 'd, 't> {
    pub fn doc(&self) -> &'d Doc<'t> {
        self.lex.doc
    }

    /// Tokens before quote `q` that a sieve may read: back to the start of
    /// its sentence, the previous quote, or the window's edge.
    pub fn left(&self, q: usize) -> (usize, usize) {
        let t = self.qtok[q] as usize;
        let floor = if q > 0 {
            self.qtok[q - 1] as usize + 1
        } else {
            0
        };
        let toks = &self.doc().toks;
        let mut lo = t;
        while lo > floor && t - lo < WINDOW && toks[lo - 1].sent == toks[t].sent {
            lo -= 1;
        }
        (lo, t)
    }

    /// Tokens after quote `q`: to the end of its sentence, the next quote,
    /// or the window's edge.
    pub fn right(&self, q: usize) -> (usize, usize) {
        let t = self.qtok[q] as usize;
        let ceil = self
            .qtok
            .get(q + 1)
            .map_or(self.doc().toks.len(), |&n| n as usize);
        let toks = &self.doc().toks;
        let mut hi = t + 1;
        while hi < ceil && hi - t <= WINDOW && toks[hi].sent == toks[t].sent {
            hi += 1;
        }
        (t + 1, hi)
    }

    /// Is token `i` in the document's first line, where headlines capitalise
    /// their verbs (`Strategist Cites a 'Big Surprise'`)?
    pub fn in_headline(&self, i: usize) -> bool {
        self.lex.in_headline(i)
    }

    /// The span of token `i`.
    pub fn span(&self, i: usize) -> Span {
        self.doc().toks[i].span()
    }
}

/// Pass 1 for one quote: the cue sieves in order.
pub(crate) fn cue_sieves(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    adjacent::right(cx, q)
        .or_else(|| adjacent::left(cx, q))
        .or_else(|| colon::link(cx, q))
        .or_else(|| according::link(cx, q))
        .or_else(|| reported::link(cx, q))
}

/// Speech verbs outside any sentence that holds a quote, in token order:
/// indirect speech (`…, Ms Roe said.`) that makes its subject the current
/// speaker.
pub(crate) fn indirect_speech_verbs(cx: &Ctx<'_, '_, '_>) -> Vec<usize> {
    let doc = cx.doc();
    let mut quoted_sents = cx
        .qtok
        .iter()
        .map(|&t| doc.toks[t as usize].sent)
        .peekable();
    let mut out = Vec::new();
    for i in 0..doc.toks.len() {
        let sent = doc.toks[i].sent;
        while quoted_sents.peek().is_some_and(|&s| s < sent) {
            quoted_sents.next();
        }
        if quoted_sents.peek() == Some(&sent) {
            continue;
        }
        if doc.is_word(i) && adjacent::speech_verb_at(cx, i) {
            out.push(i);
        }
    }
    out
}

/// The subject of an indirect-speech verb: `X said` or `said X`.
pub(crate) fn indirect_subject(cx: &Ctx<'_, '_, '_>, v: usize) -> Option<(Np, usize)> {
    let doc = cx.doc();
    let mut lo = v;
    while lo > 0 && v - lo < WINDOW && doc.toks[lo - 1].sent == doc.toks[v].sent {
        lo -= 1;
    }
    if let Some(found) = adjacent::subject_before(cx, v, lo) {
        return Some(found);
    }
    let mut hi = v + 1;
    while hi < doc.toks.len() && hi - v < WINDOW && doc.toks[hi].sent == doc.toks[v].sent {
        hi += 1;
    }
    let (np, _) = crate::mention::np_starting_at(cx.lex, cx.idx, cx.ms, v + 1, hi)?;
    Some((np, v + 1))
}

/// Pass 2: which earlier or later quote's speaker this quote continues.
pub(crate) use continuation::beat;
pub(crate) use continuation::source as continuation_source;
pub(crate) use continuation::Decided;

/// `Jane Roe was arrested`: after the subject ending before `end`, a
/// passive; the subject undergoes, it does not speak.
pub(crate) fn passive_after(cx: &Ctx<'_, '_, '_>, end: usize) -> bool {
    let lex = cx.lex;
    lex.word(end)
        && matches!(
            lex.low(end),
            "was" | "were" | "is" | "are" | "has" | "had" | "been"
        )
        && (end + 1..end + 3)
            .any(|k| lex.word(k) && lex.low(k).ends_with("ed") && !lex.speech_at(k))
}

/// Does token `k` open a relative clause (`who`, `whose`, `which`)?
pub(crate) fn opens_relative(cx: &Ctx<'_, '_, '_>, k: usize) -> bool {
    cx.lex.word(k) && matches!(cx.lex.low(k), "who" | "whose" | "which")
}

/// Confidence of a sieve's link.
pub(crate) fn confidence(sieve: Sieve) -> f32 {
    match sieve {
        Sieve::Adjacent => 0.95,
        Sieve::Colon => 0.9,
        Sieve::AccordingTo => 0.9,
        Sieve::Descriptor => 0.8,
        Sieve::ReportedSpeech => 0.8,
        Sieve::Pronoun => 0.75,
        Sieve::Continuation => 0.7,
        Sieve::Later => 0.6,
    }
}

/// Kind for quotes that are not terms: a fragment inside a sentence is
/// partial, a quote that opens with a capital or follows a colon or comma
/// is direct.
pub(crate) fn direct_or_partial(cx: &Ctx<'_, '_, '_>, q: usize) -> QuoteKind {
    let first = cx.content[q]
        .chars()
        .find(|c| c.is_alphanumeric())
        .unwrap_or('A');
    let t = cx.qtok[q] as usize;
    let doc = cx.doc();
    let embedded = t > 0
        && doc.toks[t - 1].sent == doc.toks[t].sent
        && doc.is_word(t - 1)
        && !cx.lex.speech(doc.low(t - 1));
    if first.is_lowercase() && embedded
        || first.is_lowercase() && !doc.toks[t].sent_start() && t > 0 && doc.is_word(t - 1)
    {
        QuoteKind::Partial
    } else {
        QuoteKind::Direct
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{QuoteKind, Sieve};
    use crate::Attributor;

    /// (text, index of the quote, expected sieve, expected speaker name).
    const SIEVES: &[(&str, usize, Option<Sieve>, Option<&str>)] = &[
        (
            "\"Fine,\" said Ada Crane.",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "\"Fine,\" Ada Crane said.",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "Ada Crane said: \"Fine.\"",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "Ada Crane told the inquiry: \"Fine.\"",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "The inquiry met.\n\nAda Crane said:\n\n\"Fine.\"",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "\"Fine.\" — Ada Crane, the harbour master",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "Crane: \"Fine.\"\nBerg: \"Not fine.\"",
            1,
            Some(Sieve::Colon),
            Some("Berg"),
        ),
        (
            "\"It is fine,\" according to Ada Crane.",
            0,
            Some(Sieve::AccordingTo),
            Some("Ada Crane"),
        ),
        (
            "Ada Crane said the pier was \"quite safe\".",
            0,
            Some(Sieve::ReportedSpeech),
            Some("Ada Crane"),
        ),
        (
            "Ada Crane arrived. \"Fine,\" she said.",
            0,
            Some(Sieve::Pronoun),
            Some("Ada Crane"),
        ),
        (
            "Ada Crane is the harbour master. \"Fine,\" the harbour master said.",
            0,
            Some(Sieve::Descriptor),
            Some("Ada Crane"),
        ),
        (
            "\"Fine,\" said Ada Crane.\n\n\"Really fine.\"",
            1,
            Some(Sieve::Continuation),
            Some("Ada Crane"),
        ),
        ("The pier was \"quite safe\" for years.", 0, None, None),
    ];

    #[test]
    fn each_sieve_fires_on_its_pattern() {
        let who = Attributor::new();
        for &(text, i, sieve, name) in SIEVES {
            let a = who.attribute(text).expect("attribute");
            let q = &a.quotes()[i];
            assert_eq!(q.sieve(), sieve, "{text}");
            assert_eq!(a.speaker(q).map(|s| s.name()), name, "{text}");
        }
    }

    #[test]
    fn kinds() {
        let cases: &[(&str, QuoteKind)] = &[
            ("\"We are ready,\" said Ada Crane.", QuoteKind::Direct),
            (
                "Ada Crane said the talks were \"going nowhere\".",
                QuoteKind::Partial,
            ),
            ("The so-called \"reset\" failed.", QuoteKind::Term),
            ("Her novel \"Salt Roads\" sold well.", QuoteKind::Term),
        ];
        let who = Attributor::new();
        for &(text, kind) in cases {
            let a = who.attribute(text).expect("attribute");
            assert_eq!(a.quotes()[0].kind(), kind, "{text}");
        }
    }
}
