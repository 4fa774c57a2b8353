//! Sieve 6, continuation: a quote with no cue of its own continues a
//! neighbouring quote's speaker — a further quote in the same sentence, a
//! quote right before an attributed one (`"…." "…," she said.`), the next
//! quote in the paragraph, or a paragraph that opens with a quote right
//! after an attributed one — as long as nobody new is named in between.

use super::{passive_after, Ctx, Rule, REACH};
use crate::lexicon::pronouns::subject_pronoun;
use crate::lexicon::Gender;
use crate::mention::Np;
use crate::segment::TokKind;

/// How many paragraphs back a quote-led paragraph may reach.
const MAX_PARAGRAPHS_BACK: u32 = 2;

/// What linking has decided so far, as the continuation rules ask it.
pub(crate) struct Decided<'a> {
    /// Whether quote `p` has a speaker (and by a cue of its own when
    /// `cue_only`).
    pub linked: &'a dyn Fn(usize, bool) -> bool,
    /// Whether name mention `m` is a new speaker candidate that ends a
    /// continuation from quote `p`.
    pub blocks: &'a dyn Fn(usize, usize) -> bool,
    /// Whether quotes `a` and `b` have one speaker.
    pub same: &'a dyn Fn(usize, usize) -> bool,
    /// Whether quote `p` is a term (a scare quote, a title): no one's words.
    pub term: &'a dyn Fn(usize) -> bool,
}

/// How many terms a quote continues its sentence's earlier quote across.
const MAX_TERMS_BETWEEN: usize = 2;

/// Which quote's speaker quote `q` continues, and by which rule.
pub(crate) fn source(cx: &Ctx<'_, '_, '_>, q: usize, known: &Decided<'_>) -> Option<(usize, Rule)> {
    let (linked, blocks) = (known.linked, known.blocks);
    let doc = cx.doc();
    let t = cx.qtok[q] as usize;
    let tok = doc.toks[t];
    // 1. A further quote in the same sentence, past up to two terms in
    //    between (`X said it was "clear" that Y faced a "certain" loss on
    //    "every count."`).
    if q > 0 {
        let mut p = q - 1;
        while p > 0
            && q - p <= MAX_TERMS_BETWEEN
            && (known.term)(p)
            && doc.toks[cx.qtok[p] as usize].sent == tok.sent
        {
            p -= 1;
        }
        let pt = cx.qtok[p] as usize;
        // A person named between blocks it only with a verb of saying of
        // their own (`X called it "a" and Y said "b"`), not as part of the
        // reported clause (`X said Y faced "a" over "b"`).
        let other_speaks = || {
            named_between(cx, pt, t, p, blocks)
                && (pt + 1..t).any(|k| super::adjacent::speech_verb_at(cx, k))
        };
        if doc.toks[pt].sent == tok.sent && linked(p, false) && !other_speaks() {
            return Some((p, Rule::SameSentence));
        }
    }
    // 2. The next quote in the paragraph has a cue, with only punctuation
    //    between: `"…." "…," she said.`
    if let Some(&nt) = cx.qtok.get(q + 1) {
        let nt = nt as usize;
        if doc.toks[nt].para == tok.para
            && linked(q + 1, true)
            && (t + 1..nt).all(|k| !doc.is_word(k))
        {
            return Some((q + 1, Rule::NextCued));
        }
    }
    if q == 0 {
        return None;
    }
    // 3./4. The previous attributed quote, in this paragraph or (when this
    //    paragraph opens with the quote) a recent one.
    let p = q - 1;
    let pt = cx.qtok[p] as usize;
    if !linked(p, false) {
        return None;
    }
    let same_para = doc.toks[pt].para == tok.para;
    let opens_para = tok.line_start();
    if !(same_para || opens_para && tok.para - doc.toks[pt].para <= MAX_PARAGRAPHS_BACK) {
        return None;
    }
    if named_after_source(cx, pt, t, p, blocks) || !same_para && scene_break_between(cx, pt, t) {
        return None;
    }
    // Between them, no other speech: a paragraph of narration with a verb
    // of saying is somebody else's.
    let p_sent = doc.toks[pt].sent;
    if !same_para
        && (pt + 1..t).any(|k| doc.toks[k].sent != p_sent && super::adjacent::speech_verb_at(cx, k))
    {
        return None;
    }
    Some(match turn_taker(cx, q, known) {
        Some(r) => (r, Rule::TurnTaking),
        None if same_para => (p, Rule::SameParagraph),
        None => (p, Rule::NextParagraph),
    })
}

/// Turn-taking: a paragraph that is only a quote, after a question and
/// its answer by two speakers (or an answer to a question), goes back to
/// the one who asked — `"Did you report it?" she asked.` / `"I did," Brask
/// said.` / `"To whom?"` is hers, and so is the answer that follows a
/// question: `"Out," said Tom.` / `"Out where?"` (Martha's, who asked
/// first) / `"Just out."` (Tom's). Returns the earlier speaker's quote.
fn turn_taker(cx: &Ctx<'_, '_, '_>, q: usize, known: &Decided<'_>) -> Option<usize> {
    let (linked, blocks, same) = (known.linked, known.blocks, known.same);
    if q < 2 {
        return None;
    }
    let doc = cx.doc();
    let p = q - 1;
    let (t, pt) = (cx.qtok[q] as usize, cx.qtok[p] as usize);
    let para_p = doc.toks[pt].para;
    // The last quote of the paragraph before the answer's (`"I did," Brask
    // said. "I was told …"` is one answer).
    let mut r = p - 1;
    while r > 0 && p - r < 4 && doc.toks[cx.qtok[r] as usize].para == para_p {
        r -= 1;
    }
    let rt = cx.qtok[r] as usize;
    let (para_q, para_r) = (doc.toks[t].para, doc.toks[rt].para);
    // Each in its own paragraph, one after the other; this one only a quote.
    let alone = doc
        .toks
        .get(t + 1)
        .map_or(true, |n| n.para != para_q || !doc.is_word(t + 1));
    if !doc.toks[t].line_start()
        || !alone
        || para_p + 1 != para_q
        || para_r >= para_p
        || para_p - para_r > 2
        || !linked(p, false)
        || !linked(r, false)
        || same(p, r)
        || named_between(cx, pt, t, p, blocks)
    {
        return None;
    }
    let asks = |k: usize| cx.content_last(k) == Some('?');
    (asks(p) || asks(q) && asks(r)).then_some(r)
}

/// Is there a scene break between tokens `a` and `b`: a paragraph with no
/// lower-case letter (`* * *`, `CHAPTER IV`, `II.`)?
pub(crate) fn scene_break_between(cx: &Ctx<'_, '_, '_>, a: usize, b: usize) -> bool {
    let doc = cx.doc();
    let mut k = a + 1;
    while k < b {
        let para = doc.toks[k].para;
        let mut lower = false;
        let mut n = 0;
        while k < b && doc.toks[k].para == para {
            lower |= doc.is_word(k) && doc.text_of(k).chars().any(char::is_lowercase)
                || matches!(doc.toks[k].kind(), TokKind::Quote(_));
            n += 1;
            k += 1;
        }
        if !lower && n > 0 && para != doc.toks[a].para && para != doc.toks[b].para {
            return true;
        }
    }
    false
}

/// The name mentions that start after token `a` and before `b`, with
/// their indices.
fn mentions_between<'m>(
    cx: &'m Ctx<'_, '_, '_>,
    a: usize,
    b: usize,
) -> impl Iterator<Item = (usize, &'m crate::mention::NameMention)> + 'm {
    let first = cx.idx.starting_before(a + 1);
    cx.ms[first..]
        .iter()
        .enumerate()
        .take_while(move |(_, m)| m.start < b)
        .map(move |(k, m)| (first + k, m))
}

/// Is a new person named between tokens `a` and `b`?
fn named_between(
    cx: &Ctx<'_, '_, '_>,
    a: usize,
    b: usize,
    p: usize,
    blocks: &dyn Fn(usize, usize) -> bool,
) -> bool {
    mentions_between(cx, a, b).any(|(k, _)| blocks(k, p))
}

/// Is a new person named between the source quote at token `pt` and
/// quote `q` at token `t`, in a way that makes them a speaker? A person
/// the source's own sentence names after its quote, with no verb of saying
/// of their own after them, is part of that attribution, not a new
/// speaker (`"…," said Reed, who worked with Ada Lund. "…"` · `"…," Reed
/// told Lund. "…"`): only names from the next sentence on count, and
/// ones in the source's sentence that a verb of saying follows (`"…," Reed
/// said, and Lund agreed.`).
fn named_after_source(
    cx: &Ctx<'_, '_, '_>,
    pt: usize,
    t: usize,
    p: usize,
    blocks: &dyn Fn(usize, usize) -> bool,
) -> bool {
    let doc = cx.doc();
    let sent = doc.toks[pt].sent;
    if doc.toks[t].sent == sent {
        return named_between(cx, pt, t, p, blocks);
    }
    // The source sentence's last verb of saying, read once and only for a
    // name in that sentence: a name before it may be its subject.
    let mut last_verb: Option<Option<usize>> = None;
    mentions_between(cx, pt, t).any(|(k, m)| {
        if !blocks(k, p) {
            return false;
        }
        if doc.toks[m.start].sent != sent {
            return true;
        }
        let v = *last_verb.get_or_insert_with(|| {
            let end = (pt + 1..t).find(|&j| doc.toks[j].sent != sent).unwrap_or(t);
            (pt + 1..end)
                .rev()
                .find(|&j| super::adjacent::speech_verb_at(cx, j))
        });
        v.is_some_and(|v| m.end <= v)
    })
}

/// An action beat: a quote with no cue whose paragraph also holds a short
/// narration sentence, right before or after it, led by a person — `She
/// did not sit. "I've had a letter."`, `Ms Roe has farmed here for 30
/// years. "It has never been this bad."` — is that person's. The sentence
/// holds no quote and no verb of saying; its subject is `he`, `she` or a
/// person's name at its start. Returns the subject and its token.
pub(crate) fn beat(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<(Np, usize)> {
    let doc = cx.doc();
    let t = cx.qtok[q] as usize;
    let tok = doc.toks[t];
    // The sentence just before, in the paragraph, when the quote opens its
    // own sentence; else the one just after.
    let before = (t > 0
        && doc.toks[t - 1].para == tok.para
        && (tok.sent_start() || doc.toks[t - 1].sent != tok.sent))
        .then(|| sentence_start(cx, t - 1));
    let after = {
        let mut k = t + 1;
        while k < doc.toks.len() && k < t + 4 && doc.toks[k].sent == tok.sent && !doc.is_word(k) {
            k += 1;
        }
        (k < doc.toks.len() && doc.toks[k].para == tok.para && doc.toks[k].sent != tok.sent)
            .then_some(k)
    };
    before
        .flatten()
        .and_then(|s| beat_subject(cx, s))
        .or_else(|| after.and_then(|s| beat_subject(cx, s)))
}

/// The first token of the sentence holding token `k`, if near.
fn sentence_start(cx: &Ctx<'_, '_, '_>, k: usize) -> Option<usize> {
    let doc = cx.doc();
    let s = doc.sentence_lo(k, 0, REACH);
    doc.toks[s].sent_start().then_some(s)
}

/// The person leading the narration sentence that starts at `s`.
fn beat_subject(cx: &Ctx<'_, '_, '_>, s: usize) -> Option<(Np, usize)> {
    let doc = cx.doc();
    let sent = doc.toks[s].sent;
    let mut k = s;
    while k < doc.toks.len() && doc.toks[k].sent == sent && k < s + REACH {
        if !doc.is_word(k) && matches!(doc.toks[k].kind(), TokKind::Quote(_)) {
            return None;
        }
        if doc.is_word(k) && (cx.lex.speech_at(k) || cx.lex.reporting(cx.lex.low(k))) {
            return None;
        }
        k += 1;
    }
    if k >= s + REACH {
        return None;
    }
    let w = cx.lex.low(s);
    if let Some(g) = subject_pronoun(w) {
        return matches!(g, Gender::Male | Gender::Female).then_some((Np::Pronoun(g), s));
    }
    let m = cx.idx.starting_at(s)?;
    let mention = &cx.ms[m];
    // `Tom Reed was jailed for six years.`: the subject undergoes; the
    // quote after it is more likely the judge's or the police's.
    let e = mention.end;
    (!mention.org && !mention.object && cx.lex.word(e) && !passive_after(cx, e))
        .then_some((Np::Name(m), s))
}
