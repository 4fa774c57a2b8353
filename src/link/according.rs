//! Sieve 3, according to: `"…," according to X` · `According to X, "…"` ·
//! `For X, the plan is "…"` · `As X puts it, the plan is "…"` · `In X's
//! words, "…"`.

use super::{Ctx, Link, Rule};
use crate::lexicon::grammar::is_cue_tail;
use crate::lexicon::pronouns::possessive_pronoun;
use crate::mention::{is_possessive_mention, np_starting_at, Np};
use crate::span::Span;

fn according_at(cx: &Ctx<'_, '_, '_>, i: usize) -> bool {
    cx.lex.word(i)
        && cx.lex.low(i) == "according"
        && cx.lex.word(i + 1)
        && cx.lex.low(i + 1) == "to"
}

pub(crate) fn link(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    // After the quote.
    let (r, hi) = cx.right(q);
    if let Some(a) = (r..hi.saturating_sub(1)).find(|&i| according_at(cx, i)) {
        if let Some(l) = make(cx, a, hi) {
            return Some(l);
        }
    }
    // `"…," as Reed said on the radio,`: right after the quote.
    let r_as = if r < hi && cx.lex.punct(r, ',') {
        r + 1
    } else {
        r
    };
    if let Some(l) = as_one_puts_it(cx, r_as, hi, true) {
        return Some(l);
    }
    // Before it, in the same sentence.
    let (lo, t) = cx.left(q);
    let mut i = lo;
    while i + 2 < t {
        if according_at(cx, i) {
            return make(cx, i, t);
        }
        // `The race, as Reed put it, is "…"`.
        if i > lo && cx.lex.punct(i - 1, ',') {
            if let Some(l) = as_one_puts_it(cx, i, t, false) {
                return Some(l);
            }
        }
        i += 1;
    }
    // `In Reed's words, "…"`, `…, in her words, "…"`.
    if let Some(l) = (lo..t).find_map(|i| in_ones_words(cx, i, t)) {
        return Some(l);
    }
    for_whom(cx, lo, t)
}

/// `For Tomas Reed, the plan is "a disaster in waiting".`: a sentence
/// that opens with `For` and a person's name then a comma gives its
/// partial quotes that person's view. So does one that opens `As X puts
/// it,` (`put`, `said`, `wrote`, any verb of saying, and an `it` or not).
fn for_whom(cx: &Ctx<'_, '_, '_>, lo: usize, t: usize) -> Option<Link> {
    let doc = cx.doc();
    if !doc.toks[lo].sent_start() || !cx.lex.word(lo) {
        return None;
    }
    if cx.lex.low(lo) == "as" {
        return as_one_puts_it(cx, lo, t, false);
    }
    if cx.lex.low(lo) != "for" {
        return None;
    }
    let m = cx.idx.starting_at(lo + 1)?;
    let mention = &cx.ms[m];
    let comma = mention.end;
    if mention.org || comma + 1 >= t || !cx.lex.punct(comma, ',') {
        return None;
    }
    Some(Link {
        np: Np::Name(m),
        at: lo + 1,
        rule: Rule::ForWhom,
        cue: Some(cx.span(lo)),
    })
}

/// `In Dora Lund's words, "…"` · `In the words of Dora Lund, the plan is
/// "…"` · `…, in her words, "…"`: the phrase at `i` (`in`), closed by a
/// comma before token `t`, says whose words follow.
fn in_ones_words(cx: &Ctx<'_, '_, '_>, i: usize, t: usize) -> Option<Link> {
    let lex = cx.lex;
    let word_at = |k: usize, w: &str| k < t && lex.word(k) && lex.low(k) == w;
    if !word_at(i, "in") {
        return None;
    }
    let (np, at, after) =
        if word_at(i + 1, "the") && word_at(i + 2, "words") && word_at(i + 3, "of") {
            let m = cx.idx.starting_at(i + 4)?;
            (Np::Name(m), cx.ms[m].full_start, cx.ms[m].end)
        } else if let Some(g) = (i + 1 < t && lex.word(i + 1))
            .then(|| possessive_pronoun(lex.low(i + 1)))
            .flatten()
        {
            if !word_at(i + 2, "words") {
                return None;
            }
            (Np::Pronoun(g), i + 1, i + 3)
        } else {
            let m = cx.idx.starting_at(i + 1)?;
            let e = cx.ms[m].end;
            if !is_possessive_mention(cx.doc(), &cx.ms[m]) || !word_at(e, "words") {
                return None;
            }
            (Np::Name(m), cx.ms[m].full_start, e + 1)
        };
    (after < t && lex.punct(after, ',')).then(|| Link {
        np,
        at,
        rule: Rule::ForWhom,
        cue: Some(cx.span(i)),
    })
}

/// Most words of the phrase after `as X said` (`on the radio`).
const MAX_AS_PHRASE: usize = 5;

/// `As The Ledger's Dora Lund puts it, the plan is "…"`: the phrase at
/// `lo` (`As`, opening the sentence or set off by commas before `t`) names
/// whose words the quote is. After the quote (`after`), the phrase may
/// also end the sentence: `"…," as Reed said.`
fn as_one_puts_it(cx: &Ctx<'_, '_, '_>, lo: usize, t: usize, after: bool) -> Option<Link> {
    let lex = cx.lex;
    if lo >= t || !lex.word(lo) || lex.low(lo) != "as" {
        return None;
    }
    let (np, v) = np_starting_at(lex, cx.idx, cx.ms, lo + 1, t)?;
    if matches!(np, Np::Document(_)) || v >= t || !lex.word(v) {
        return None;
    }
    let puts =
        matches!(lex.low(v), "put" | "puts") || super::adjacent::finite_speech_verb_at(cx, v);
    let it = usize::from(v + 1 < t && lex.word(v + 1) && lex.low(v + 1) == "it");
    let mut comma = v + 1 + it;
    // (`as Reed said on the radio,`: a short phrase of time or place.)
    if comma < t && lex.word(comma) && is_cue_tail(lex.low(comma)) {
        let lim = t.min(comma + MAX_AS_PHRASE);
        comma = (comma + 1..lim).find(|&k| !lex.word(k)).unwrap_or(lim);
    }
    let closed = if after {
        comma >= t || lex.punct(comma, ',') || lex.punct(comma, '.')
    } else {
        comma + 1 < t && lex.punct(comma, ',')
    };
    (puts && closed).then(|| Link {
        np,
        at: lo + 1,
        rule: Rule::ForWhom,
        cue: Some(cx.span(v)),
    })
}

fn make(cx: &Ctx<'_, '_, '_>, i: usize, hi: usize) -> Option<Link> {
    let (np, _) = np_starting_at(cx.lex, cx.idx, cx.ms, i + 2, hi)?;
    if matches!(np, Np::Document(None)) {
        return None;
    }
    let cue = Span::new(cx.span(i).start, cx.span(i + 1).end);
    Some(Link {
        np,
        at: i + 2,
        rule: Rule::AccordingTo,
        cue: Some(cue),
    })
}
