//! Sieve 2, colon: `X: "…"` at the start of a line (headlines, interview
//! turns, captions), and the headline's reverse, `'…': X vows to fight`.

use super::adjacent::clause_subject;
use super::{Ctx, Link, Rule, REACH};
use crate::lexicon::grammar::{is_adverb, is_determiner, is_tense_auxiliary};
use crate::lexicon::orgs::is_document_noun;
use crate::mention::{np_ending_at, np_starting_at, Np};
use crate::segment::TokKind;

pub(crate) fn link(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    before(cx, q)
        .or_else(|| headline_after(cx, q))
        .or_else(|| subject_colon(cx, q))
}

/// `Ada Brisk is more blunt: "…"`, `Reed delivered a warning to the board:`
/// ending the paragraph before a quote that opens its own, `Vell issued a
/// statement, "…"`, `Here's Vell in 1992: "…"`: a sentence that ends in a
/// colon (or a document and a comma) right before the quote gives the
/// quote to its subject (a name, pronoun or descriptor opening it). It may
/// hold one verb of saying, the subject's own (`Vell has since apologized
/// for what happened:`); `Reed said that Lund told her:` and `Reed said
/// Lund was right:` are neither's.
fn subject_colon(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let doc = cx.doc();
    let t = cx.qtok[q] as usize;
    // (Or a comma after a document: `Vell issued a statement, "…"`.)
    let colon = t > 0
        && (cx.lex.punct(t - 1, ':')
            || t > 1
                && cx.lex.punct(t - 1, ',')
                && cx.lex.word(t - 2)
                && is_document_noun(cx.lex.low(t - 2)));
    if !colon {
        return None;
    }
    let c = t - 1;
    let next_para = doc.toks[t].line_start() && doc.toks[c].para + 1 == doc.toks[t].para;
    if doc.toks[c].sent != doc.toks[t].sent && !next_para {
        return None;
    }
    let s = doc.sentence_lo(c, 0, REACH);
    if !doc.toks[s].sent_start() {
        return None;
    }
    // The sentence's verbs of saying: none, or one whose own subject is
    // the sentence's (`Vell has since apologized for what happened:`);
    // `Reed said that Lund told her:` and `Reed said Lund was right:` are
    // neither's.
    let mut verb = None;
    // (`delivered a snappy retort:`: a noun of saying, last before the
    // colon a word or two after a determiner, is no verb.)
    let det = |j: usize| j >= s && cx.lex.word(j) && is_determiner(cx.lex.low(j));
    for k in s..c {
        let noun = k + 1 == c && k > s + 1 && (det(k - 1) || det(k - 2));
        if matches!(doc.toks[k].kind(), TokKind::Quote(_)) {
            return None;
        }
        if cx.lex.speech_at(k) && !noun {
            if verb.is_some() {
                return None;
            }
            verb = Some(k);
        }
    }
    let (np, at) = here_is(cx, s, c).or_else(|| clause_subject(cx, c))?;
    if matches!(np, Np::Document(_)) {
        return None;
    }
    if let Some(v) = verb {
        // (Its subject: the sentence's, then only auxiliaries and
        // adverbs: `Vell has since apologized`.)
        let lex = cx.lex;
        let own = np_starting_at(lex, cx.idx, cx.ms, at, c).is_some_and(|(_, e)| {
            e <= v
                && (e..v).all(|k| {
                    lex.word(k)
                        && (is_tense_auxiliary(lex.low(k))
                            || is_adverb(lex.low(k))
                            || lex.low(k) == "since")
                })
        });
        let first = cx.idx.starting_before(v + 1);
        if !own || cx.ms.get(first).is_some_and(|m| m.start < c) {
            return None;
        }
    }
    Some(Link {
        np,
        at,
        rule: Rule::SubjectColon,
        cue: Some(cx.span(c)),
    })
}

fn before(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let (lo, t) = cx.left(q);
    // Interview copy sets its labels in bold or italics: `**Ada Brisk:**
    // "…"`, `**Ada Brisk**: "…"`, `_Brisk:_ "…"`.
    let colon = emphasis_before(cx, t, lo);
    if colon < lo + 2 || !cx.lex.punct(colon - 1, ':') {
        return None;
    }
    // `Jane Roe (Green): "…"` in a debate report: the name before the
    // bracket.
    let mut last = emphasis_before(cx, colon - 1, lo) - 1;
    if last < lo {
        return None;
    }
    if cx.lex.punct(last, ')') {
        let open = (lo..last).rev().take(8).find(|&k| cx.lex.punct(k, '('))?;
        if open == lo {
            return None;
        }
        last = open - 1;
    }
    let (np, at) = np_ending_at(cx.lex, cx.idx, cx.ms, last, lo)?;
    // A label opens its line (past any emphasis marks: `**Ada Brisk:**`);
    // a name may also follow a dash, an ellipsis or a sentence's end in
    // running text (`RED TIDE RETURNS - Jeffrey Orr: "…"`, `he posted ...
    // Tom Reed: "…"`).
    let label_start = emphasis_before(cx, at, lo);
    let toks = &cx.doc().toks;
    let after_break = matches!(np, Np::Name(_))
        && (toks[at].sent_start()
            || at > lo
                && matches!(
                    toks[at - 1].kind(),
                    TokKind::Punct('-' | '—' | '–' | '…' | '.')
                ));
    // (`…, explained moderator Nancy Cordes: "…"`: an inverted cue.)
    let inverted = at > lo && super::adjacent::finite_speech_verb_at(cx, at - 1);
    if !toks[label_start].line_start() && !after_break && !inverted {
        return None;
    }
    if matches!(np, Np::Document(_) | Np::Pronoun(_)) {
        return None;
    }
    Some(Link {
        np,
        at,
        rule: Rule::ColonLabel,
        cue: Some(cx.span(colon - 1)),
    })
}

/// The first of the emphasis marks (`*`, `_`; at most
/// [`MAX_EMPHASIS_MARKS`]) that end right before token `t`, not before
/// `lo`: `t` itself when there are none.
fn emphasis_before(cx: &Ctx<'_, '_, '_>, t: usize, lo: usize) -> usize {
    let mut k = t;
    while k > lo
        && t - k < MAX_EMPHASIS_MARKS
        && (cx.lex.punct(k - 1, '*') || cx.lex.punct(k - 1, '_'))
    {
        k -= 1;
    }
    k
}

/// The most emphasis marks read around a label (`**`, `__`, `***`).
const MAX_EMPHASIS_MARKS: usize = 3;

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
    let v = super::adjacent::adverbs_after(cx, e, hi, 2);
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

/// `Here's Ada Vell in December 1992: "…"` · `Here is Vell:`: a sentence
/// that opens with `here's` and a person's name, ending in the colon at
/// `c`, presents that person's words.
fn here_is(cx: &Ctx<'_, '_, '_>, s: usize, c: usize) -> Option<(Np, usize)> {
    let lex = cx.lex;
    let w = |k: usize| if k < c && lex.word(k) { lex.low(k) } else { "" };
    let at = match w(s) {
        "here's" | "here\u{2019}s" => s + 1,
        "here" if w(s + 1) == "is" => s + 2,
        _ => return None,
    };
    let m = cx.idx.starting_at(at)?;
    (!cx.ms[m].org).then_some((Np::Name(m), at))
}
