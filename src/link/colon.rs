//! Sieve 2, colon: `X: "…"` at the start of a line (headlines, interview
//! turns, captions), and the headline's reverse, `'…': X vows to fight`.

use super::{Ctx, Link, Rule};
use crate::lexicon::grammar::is_adverb;
use crate::mention::{np_ending_at, np_starting_at, Np};

pub(crate) fn link(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    before(cx, q).or_else(|| headline_after(cx, q))
}

fn before(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let (lo, t) = cx.left(q);
    if t < lo + 2 || !cx.lex.punct(t - 1, ':') {
        return None;
    }
    // `Jane Roe (Green): "…"` in a debate report: the name before the
    // bracket.
    let mut last = t - 2;
    if cx.lex.punct(last, ')') {
        let open = (lo..last).rev().take(8).find(|&k| cx.lex.punct(k, '('))?;
        if open == lo {
            return None;
        }
        last = open - 1;
    }
    let (np, at) = np_ending_at(cx.lex, cx.idx, cx.ms, last, lo)?;
    if !cx.doc().toks[at].line_start() {
        return None;
    }
    if matches!(np, Np::Document(_) | Np::Pronoun(_)) {
        return None;
    }
    Some(Link {
        np,
        at,
        rule: Rule::ColonLabel,
        cue: Some(cx.span(t - 1)),
    })
}

/// `'We will not back down': union chief vows to fight` — a headline that
/// opens with a quote, then a colon, then its speaker and a speech verb.
fn headline_after(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let t = cx.qtok[q] as usize;
    let doc = cx.doc();
    if !cx.in_headline(t) || !doc.toks[t].line_start() {
        return None;
    }
    let (r, hi) = cx.right(q);
    if r >= hi || !cx.lex.punct(r, ':') {
        return None;
    }
    let (np, e) = np_starting_at(cx.lex, cx.idx, cx.ms, r + 1, hi)?;
    if matches!(np, Np::Document(_) | Np::Pronoun(_)) {
        return None;
    }
    let mut v = e;
    while v < hi && v < e + 2 && cx.lex.word(v) && is_adverb(cx.lex.low(v)) {
        v += 1;
    }
    // (`Brennmark recalls ambassador`: to recall is not to say, here.)
    if v >= hi || !cx.lex.speech_at(v) || cx.lex.low(v).starts_with("recall") {
        return None;
    }
    Some(Link {
        np,
        at: r + 1,
        rule: Rule::HeadlineColon,
        cue: Some(cx.span(v)),
    })
}
