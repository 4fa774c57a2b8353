//! Sieve 2, colon: `X: "…"` at the start of a line (headlines, interview
//! turns, captions).

use super::{Ctx, Link};
use crate::analysis::Sieve;
use crate::mention::{np_ending_at, Np};

pub(crate) fn link(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let (lo, t) = cx.left(q);
    if t < lo + 2 || !cx.lex.punct(t - 1, ':') {
        return None;
    }
    let (np, at) = np_ending_at(cx.lex, cx.idx, cx.ms, t - 2, lo)?;
    if !cx.doc().toks[at].line_start() {
        return None;
    }
    if matches!(np, Np::Document(_) | Np::Pronoun(_)) {
        return None;
    }
    Some(Link {
        np,
        at,
        sieve: Sieve::Colon,
        cue: Some(cx.span(t - 1)),
    })
}
