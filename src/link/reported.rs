//! Sieve 4, reported speech: the quote sits in a sentence whose speech or
//! reporting verb has a subject (`X stated that they were ready for "…"`,
//! `X called for an end to "…"`).

use super::adjacent::subject_before;
use super::{Ctx, Link};
use crate::analysis::Sieve;

/// How many verbs, right to left, we try before giving up.
const MAX_VERBS: usize = 4;

pub(crate) fn link(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let (lo, t) = cx.left(q);
    let mut tried = 0;
    let mut v = t;
    while v > lo && tried < MAX_VERBS {
        v -= 1;
        if !cx.lex.word(v) || cx.lex.cap(v) && !cx.doc().toks[v].sent_start() && !cx.in_headline(v)
        {
            continue;
        }
        let w = cx.lex.low(v);
        if !(cx.lex.reporting(w)) {
            continue;
        }
        tried += 1;
        if let Some((np, at)) = subject_before(cx, v, lo) {
            return Some(Link {
                np,
                at,
                sieve: Sieve::ReportedSpeech,
                cue: Some(cx.span(v)),
            });
        }
    }
    None
}
