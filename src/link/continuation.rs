//! Sieve 6, continuation: a quote with no cue of its own continues a
//! neighbouring quote's speaker — a further quote in the same sentence, a
//! quote right before an attributed one (`"…." "…," she said.`), the next
//! quote in the paragraph, or a paragraph that opens with a quote right
//! after an attributed one — as long as nobody new is named in between.

use super::Ctx;

/// How many paragraphs back a quote-led paragraph may reach.
const MAX_PARAGRAPHS_BACK: u32 = 2;

/// Which quote's speaker quote `q` continues. `linked(p)` says whether
/// quote `p` has a speaker (and by a cue of its own when `cue_only`);
/// `blocks(m)` says whether name mention `m` is a new speaker candidate
/// that ends a continuation from quote `p`.
pub(crate) fn source(
    cx: &Ctx<'_, '_, '_>,
    q: usize,
    linked: &dyn Fn(usize, bool) -> bool,
    blocks: &dyn Fn(usize, usize) -> bool,
) -> Option<usize> {
    let doc = cx.doc();
    let t = cx.qtok[q] as usize;
    let tok = doc.toks[t];
    // 1. A further quote in the same sentence.
    if q > 0 {
        let p = q - 1;
        let pt = cx.qtok[p] as usize;
        if doc.toks[pt].sent == tok.sent && linked(p, false) && !named_between(cx, pt, t, p, blocks)
        {
            return Some(p);
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
            return Some(q + 1);
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
    if named_between(cx, pt, t, p, blocks) {
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
    Some(p)
}

/// Is a new person named between tokens `a` and `b`?
fn named_between(
    cx: &Ctx<'_, '_, '_>,
    a: usize,
    b: usize,
    p: usize,
    blocks: &dyn Fn(usize, usize) -> bool,
) -> bool {
    let first = cx.ms.partition_point(|m| m.start <= a);
    cx.ms[first..]
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.start < b)
        .any(|(k, _)| blocks(first + k, p))
}
