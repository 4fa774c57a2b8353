//! Sieve 4, reported speech: the quote sits in a sentence whose speech or
//! reporting verb has a subject (`X stated that they were ready for "…"`,
//! `X called for an end to "…"`).

use super::adjacent::{
    clause_subject, finite_speech_verb_at, is_noun_here, participle_subject, phrasal_verb_before,
    subject_before,
};
use super::{Ctx, Link, Rule};
use crate::lexicon::class;
use crate::lexicon::grammar::{is_adverb, is_object_preposition};
use crate::lexicon::pronouns::possessive_pronoun;
use crate::lexicon::verbs::is_continue;
use crate::lexicon::Gender;
use crate::mention::{is_possessive_mention, np_starting_at, Np};
use crate::segment::ends_sentence;

/// How many verbs, right to left, we try before giving up.
const MAX_VERBS: usize = 4;

pub(crate) fn link(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let (lo, t) = cx.left(q);
    if let Some(found) = heard(cx, lo, t) {
        return Some(found);
    }
    if let Some(found) = nominal(cx, q, lo, t) {
        return Some(found);
    }
    if let Some(found) = fronted_participle(cx, q, lo) {
        return Some(found);
    }
    // The quote right before `lo` in the sentence, if any (one that does
    // not end it).
    let before = q.checked_sub(1).filter(|&p| {
        let pt = cx.qtok[p] as usize;
        pt + 1 == lo && cx.lex.same_sent(pt, t) && !ends_sentence(cx.content[p])
    });
    // (`address "that person," telling the station …`: its comma.)
    let comma = before.is_some_and(|p| cx.content_last(p) == Some(','));
    let mut tried = 0;
    if let Some(found) = verbs_before(cx, lo, t, comma, &mut tried) {
        return Some(found);
    }
    let p = before?;
    // `Reed, the author of "Salt Roads," said the plan was "…"`: a title
    // before the quote is part of the sentence's words; the subject may be
    // before it.
    if cx.is_term(p) {
        let mut tried = 0;
        return verbs_before(cx, cx.left(p).0, t, false, &mut tried);
    }
    // `Fitton called Reed's "claim of right" over the emails "significant
    // and disturbing"`: with no verb of its own, past that quote to the
    // verbs before it.
    if tried != 0 {
        return None;
    }
    let (plo, pt) = cx.left(p);
    verbs_before(cx, plo, pt, false, &mut tried)
}

/// The reported-speech cue among the last verbs between `lo` and `t`
/// (right to left, [`MAX_VERBS`] tried in all, counting `tried`);
/// `comma`: a quote ending in a comma stands right before `lo`.
fn verbs_before(
    cx: &Ctx<'_, '_, '_>,
    lo: usize,
    t: usize,
    comma: bool,
    tried: &mut usize,
) -> Option<Link> {
    let mut v = t;
    while v > lo && *tried < MAX_VERBS {
        v -= 1;
        if !cx.lex.word(v) || cx.lex.cap(v) && !cx.doc().toks[v].sent_start() && !cx.in_headline(v)
        {
            continue;
        }
        // (`Reed pointed out that …`: a verb of saying in two words, its
        // clause opened by `that` within a short phrase.)
        if !cx.lex.reporting_low(v) {
            let that =
                || (v + 1..(v + 5).min(t)).any(|k| cx.lex.word(k) && cx.lex.low(k) == "that");
            match phrasal_verb_before(cx, v, lo + 1).filter(|_| that()) {
                Some(verb) => v = verb,
                None => continue,
            }
        }
        let w = cx.lex.low(v);
        // (`Rubio will continue to be "…"`: no saying.)
        if is_continue(w) && cx.lex.word(v + 1) && cx.lex.low(v + 1) == "to" {
            continue;
        }
        if is_noun_here(cx, v, lo) {
            continue;
        }
        *tried += 1;
        // `…, with Tomas Reed tweeting that it was a "disaster"`: the one
        // named after `with` does it.
        if w.ends_with("ing") && v > lo + 1 {
            if let Some(m) = cx.idx.ending_at(v - 1) {
                let s = cx.ms[m].full_start;
                if s > lo && cx.lex.word(s - 1) && cx.lex.low(s - 1) == "with" && !cx.ms[m].org {
                    return Some(Link {
                        np: Np::Name(m),
                        at: s,
                        rule: Rule::ReportedSaying,
                        cue: Some(cx.span(v)),
                    });
                }
            }
        }
        // `X issued a warning, saying travel could be "…"` · `X rallied
        // supporters by warning that "…"`.
        // (`…, stating this and chiding that`: coordinated participles.)
        let participle_after = v > lo
            && (cx.lex.punct(v - 1, ',')
                || cx.lex.word(v - 1) && matches!(cx.lex.low(v - 1), "by" | "and"))
            || v == lo && comma
            // (`on KTV's "Morning Call," calling it …`: a title's comma.)
            || v > lo && cx.quote_at(v - 1).is_some_and(|p| cx.content_last(p) == Some(','));
        if participle_after && w.ends_with("ing") {
            // (`Berg added, saying …`: the subject of the verb of saying
            // the participle follows.)
            if let Some((np, at)) = participle_subject(cx, v, lo) {
                return Some(Link {
                    np,
                    at,
                    rule: Rule::ReportedSaying,
                    cue: Some(cx.span(v)),
                });
            }
        }
        // `Reed took the stage and called the plan "…"`: a verb joined to
        // the sentence's first by `and` has its subject.
        // (`… but now said`: adverbs between.)
        let mut j = v;
        while j > lo + 1 && v - j < 3 && cx.lex.word(j - 1) && is_adverb(cx.lex.low(j - 1)) {
            j -= 1;
        }
        let joined = j > lo + 1
            && cx.lex.word(j - 1)
            && matches!(cx.lex.low(j - 1), "and" | "but")
            && !w.ends_with("ing");
        // (`statements by Donald Trump calling for a ban make him "…"`: a
        // participle right after a name that a preposition governs
        // modifies the name; it is no cue. `– Ryan saying he was "…"`,
        // `and Trump calling it a "…"` are.)
        let governed = |m: usize| {
            let fs = cx.ms[m].full_start;
            fs > lo
                && cx.lex.word(fs - 1)
                && (is_object_preposition(cx.lex.low(fs - 1)) || cx.lex.low(fs - 1) == "by")
        };
        if w.ends_with("ing")
            && !participle_after
            && v > lo
            && cx.idx.ending_at(v - 1).is_some_and(governed)
        {
            continue;
        }
        let subject = subject_before(cx, v, lo).or_else(|| {
            joined
                .then(|| clause_subject(cx, v))
                .flatten()
                .filter(|&(np, _)| !matches!(np, crate::mention::Np::Document(_)))
        });
        if let Some((np, at)) = subject {
            // `Reed said Lund called on members to be "…"`: the one who
            // reports the clause, not its subject.
            if let Some(outer) = teller(cx, at, lo) {
                return Some(outer);
            }
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

/// How many tokens after its quote a fronted participle's clause may run
/// to its comma.
const FRONTED_REACH: usize = 12;

/// `Calling the plan "a disaster," Ada Brisk walked out` · `Acknowledging
/// that Reed "says a lot," though, Brisk …`: a sentence that opens at `lo`
/// with a participle of saying, the quote in its clause; the main clause's
/// subject after the clause's comma speaks.
fn fronted_participle(cx: &Ctx<'_, '_, '_>, q: usize, lo: usize) -> Option<Link> {
    let lex = cx.lex;
    if !cx.doc().toks[lo].sent_start()
        || !lex.word(lo)
        || !lex.low(lo).ends_with("ing")
        || !lex.reporting_low(lo)
    {
        return None;
    }
    let (r, hi) = cx.right(q);
    let lim = hi.min(r + FRONTED_REACH);
    // The clause's comma: a comma inside the quote's marks counts too.
    let inside = cx.content[q].trim_end().ends_with(',');
    let mut k = if inside {
        r
    } else {
        (r..lim).find(|&k| lex.punct(k, ','))? + 1
    };
    // (`…, though, Brisk`: a word set off by commas.)
    if k + 2 < hi && lex.word(k) && !lex.cap(k) && lex.punct(k + 1, ',') {
        k += 2;
    }
    let (np, e) = np_starting_at(lex, cx.idx, cx.ms, k, hi)?;
    let subject = matches!(np, Np::Name(_) | Np::Descriptor { .. } | Np::Pronoun(_));
    (subject && e < hi && lex.word(e)).then(|| Link {
        np,
        at: k,
        rule: Rule::ReportedSaying,
        cue: Some(cx.span(lo)),
    })
}

/// How many words after `heard` (or `told`) the court's clause may run
/// before the quote.
const HEARD_REACH: usize = 16;

/// Court reporting: `The court heard that when Orr saw the man he "simply
/// snapped"`, `the inquest was told Lund had "no chance"` — what a court
/// heard is evidence, and a quote in it is the words of the clause's
/// subject right before it (`he`, `Lund`), never the court's.
fn heard(cx: &Ctx<'_, '_, '_>, lo: usize, t: usize) -> Option<Link> {
    let lex = cx.lex;
    let floor = lo.max(t.saturating_sub(HEARD_REACH));
    let v = (floor..t).find(|&k| lex.word(k) && matches!(lex.low(k), "heard" | "told"))?;
    // `the court heard`, `the jury was told`.
    let court = (1..=3).any(|d| {
        v >= lo + d && lex.word(v - d) && crate::lexicon::orgs::is_hearing(lex.low(v - d))
    });
    if !court || v + 1 >= t {
        return None;
    }
    let (np, at) = subject_before(cx, t, v + 1)?;
    if matches!(np, crate::mention::Np::Document(_)) {
        return None;
    }
    Some(Link {
        np,
        at,
        rule: Rule::Reported,
        cue: Some(cx.span(v)),
    })
}

/// How many words a verb of saying may stand before the `that` opening
/// the clause it reports (`said on Thursday that`).
const TELLER_GAP: usize = 4;

/// `Reed said Lund …`, `Reed said on Monday that Lund …`: a finite verb of
/// saying (not a gerund) that reports the clause whose subject starts at
/// `at`, with a subject of its own.
fn teller(cx: &Ctx<'_, '_, '_>, at: usize, lo: usize) -> Option<Link> {
    let lex = cx.lex;
    let finite = |k: usize| finite_speech_verb_at(cx, k);
    if at <= lo + 1 || !lex.word(at - 1) {
        return None;
    }
    let u = if finite(at - 1) {
        at - 1
    } else if lex.low(at - 1) == "that" {
        // (`Maddow pointed out that Sanders calls it "…"`: a verb of
        // saying in two words too.)
        let lim = (at - 1).saturating_sub(TELLER_GAP).max(lo);
        (lim..at - 1)
            .rev()
            .take_while(|&k| lex.word(k))
            .find_map(|k| {
                finite(k)
                    .then_some(k)
                    .or_else(|| phrasal_verb_before(cx, k, lo + 1))
            })?
    } else {
        return None;
    };
    let (np, s) = subject_before(cx, u, lo)?;
    Some(Link {
        np,
        at: s,
        rule: Rule::Reported,
        cue: Some(cx.span(u)),
    })
}

/// `claims from councillor Ada Lund that he had "…"`, `a pledge by Reed
/// to …`: a noun for something said, `from` or `by` and its source's name
/// (a role before it allowed), ending at token `k`, then the noun's clause.
/// Returns the source and the noun's token.
fn source_of_noun(cx: &Ctx<'_, '_, '_>, k: usize, lo: usize) -> Option<((Np, usize), usize)> {
    let lex = cx.lex;
    // (The clause first: a capitalised word before most quotes is none.)
    if !lex.word(k + 1) || !matches!(lex.low(k + 1), "that" | "to") {
        return None;
    }
    let m = cx.idx.ending_at(k)?;
    let name = &cx.ms[m];
    if name.org {
        return None;
    }
    // Back over a role's words to `from` or `by`, then the noun.
    let mut j = name.full_start;
    for _ in 0..=MAX_ROLE_WORDS {
        if j <= lo + 1 || !lex.word(j - 1) || lex.cap(j - 1) {
            return None;
        }
        j -= 1;
        if matches!(lex.low(j), "from" | "by") {
            let noun = j - 1;
            return (lex.word(noun) && lex.low_classes(noun) & class::SPEECH_NOUN != 0)
                .then_some(((Np::Name(m), name.full_start), noun));
        }
    }
    None
}

/// Most words of a role between `from` and a name ([`source_of_noun`]).
const MAX_ROLE_WORDS: usize = 3;

/// How many tokens a noun for something said may stand before its quote
/// (`pledge to be`, `claim that the port was`).
const NOMINAL_REACH: usize = 8;

/// `Reed's pledge to be "tough on crime"` · `his claim that the port was
/// "finished"` · `Vell's "47 percent" comment`: a possessive name or
/// pronoun owns a noun for something said, and the quote completes it
/// (no verb of saying and no other name between) or sits between the
/// two. The owner said it, whoever reports the sentence. (A verdict on
/// the noun is not its clause: `calling Reed's charge "pathetic"`.)
fn nominal(cx: &Ctx<'_, '_, '_>, q: usize, lo: usize, t: usize) -> Option<Link> {
    let lex = cx.lex;
    // The owner ending at token `k`: a possessive name, or `his`/`her`.
    let owner = |k: usize| -> Option<(Np, usize)> {
        if k < lo || !lex.word(k) {
            return None;
        }
        // (`his claim`: only in a sentence no verb of saying reports, whose
        // subject would say it better.)
        if let Some(g) = possessive_pronoun(lex.low(k)) {
            let reported = (lo..k).any(|j| lex.word(j) && lex.reporting_low(j));
            (g != Gender::Neuter && !reported).then_some((Np::Pronoun(g), k))
        } else {
            let m = cx.idx.ending_at(k)?;
            (!cx.ms[m].org && is_possessive_mention(cx.doc(), &cx.ms[m]))
                .then(|| (Np::Name(m), cx.ms[m].full_start))
        }
    };
    let link = |(np, at): (Np, usize), noun: usize| Link {
        np,
        at,
        rule: Rule::NominalSpeech,
        cue: Some(cx.span(noun)),
    };
    // `Vell's "47 percent" comment`.
    let (r, hi) = cx.right(q);
    if r < hi && t > lo && lex.word(r) && lex.low_classes(r) & class::SPEECH_NOUN != 0 {
        if let Some(o) = owner(t - 1) {
            return Some(link(o, r));
        }
    }
    // `Reed's pledge to be "…"`: the noun, then words only, none a verb of
    // saying or a name.
    let floor = lo.max(t.saturating_sub(NOMINAL_REACH));
    let mut k = t;
    while k > floor {
        k -= 1;
        if lex.word(k) && lex.cap(k) {
            if let Some((o, noun)) = source_of_noun(cx, k, lo) {
                return Some(link(o, noun));
            }
            // (`Reed's claim that President Ada Brisk "founded the
            // gang"`: past the name right before the quote, the subject of
            // the noun's clause. Not `Brisk's claim that Reed is soft is
            // "untrue"`, a verdict on the claim.)
            let m = cx.idx.ending_at(k).filter(|_| k + 1 == t)?;
            k = cx.ms[m].full_start;
            continue;
        }
        if !lex.word(k) {
            return None;
        }
        // (At least one word between: `Trump's charge "pathetic"` is a
        // verdict on the charge.)
        // (And the noun's own clause: `that`, `to` or `of` after it;
        // `Trump's comments about immigrants were "…"` is a verdict.)
        if lex.low_classes(k) & class::SPEECH_NOUN != 0
            && k + 1 < t
            && matches!(lex.low(k + 1), "that" | "to" | "of")
        {
            // (`his campaign pledge`, `Reed's earlier claim`: a word
            // between.)
            let found = owner(k - 1).or_else(|| (k > lo + 1).then(|| owner(k - 2)).flatten());
            if let Some(o) = found {
                return Some(link(o, k));
            }
        }
        // (A noun of saying may be a verb's form too: `pledge`, `claims`.)
        if finite_speech_verb_at(cx, k) {
            return None;
        }
    }
    None
}
