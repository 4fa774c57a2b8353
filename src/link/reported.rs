//! Sieve 4, reported speech: the quote sits in a sentence whose speech or
//! reporting verb has a subject (`X stated that they were ready for "…"`,
//! `X called for an end to "…"`).

use super::adjacent::{clause_subject, subject_before};
use super::{Ctx, Link, Rule};
use crate::lexicon::grammar::is_article;

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
        if is_noun_here(cx, v, lo) {
            continue;
        }
        tried += 1;
        // `X issued a warning, saying travel could be "…"`.
        if v > lo && cx.lex.punct(v - 1, ',') && w.ends_with("ing") {
            if let Some((np, at)) = clause_subject(cx, v) {
                return Some(Link {
                    np,
                    at,
                    rule: Rule::ReportedSaying,
                    cue: Some(cx.span(v)),
                });
            }
        }
        if let Some((np, at)) = subject_before(cx, v, lo) {
            return Some(Link {
                np,
                at,
                rule: Rule::Reported,
                cue: Some(cx.span(v)),
            });
        }
    }
    None
}

/// `a post`, `in a blog post`, `the court's call`: a reporting word used
/// as a noun — after a determiner, or as the second word of a compound
/// after one (a plain form, after a word that is not plural).
fn is_noun_here(cx: &Ctx<'_, '_, '_>, v: usize, lo: usize) -> bool {
    let det = |k: usize| cx.lex.word(k) && is_article(cx.lex.low(k));
    if v > lo && det(v - 1) {
        return true;
    }
    let w = cx.lex.low(v);
    let plain = !w.ends_with("ed") && !w.ends_with('s') && !matches!(w, "said" | "told" | "wrote");
    plain
        && v > lo + 1
        && det(v - 2)
        && cx.lex.word(v - 1)
        && !crate::mention::looks_plural(cx.lex.low(v - 1))
}
