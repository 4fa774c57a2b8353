//! Sieve 1, adjacent cue: `"…," said X` · `"…," X said` · `X said, "…"` ·
//! `X said: "…"` · `"…," X, the Y of Z, said` · `"…" — X, the Y`.

use super::{Ctx, Link, Rule, REACH};
use crate::lexicon::grammar::{
    is_adverb, is_article, is_be_form, is_clause_opener, is_cue_tail, is_determiner,
    is_object_preposition, is_owner, is_relative_pronoun, is_subordinator, is_time_noun,
    is_weekday, is_work_noun,
};
use crate::lexicon::pronouns::{is_object_pronoun, object_pronoun};
use crate::lexicon::verbs::{
    is_answer_noun, is_inverted_thought, is_issue_verb, is_phrasal_particle, is_phrasal_speech,
    is_plain_speech_verb, looks_past_tense, never_inverted, takes_listener,
};
use crate::mention::{
    bare_descriptor, head_noun, label_bracket_after, label_bracket_before, np_ending_at,
    np_starting_at, place_by_preposition, Np,
};
use crate::segment::TokKind;

/// A speech verb at token `i`?
pub(crate) fn speech_verb_at(cx: &Ctx<'_, '_, '_>, i: usize) -> bool {
    cx.lex.speech_at(i) && (!cx.lex.cap(i) || cx.doc().toks[i].sent_start() || cx.in_headline(i))
}

/// A verb of saying at `i` that is finite (`said`, `tells`), not a
/// participle (`saying`), which is no attribution on its own.
pub(crate) fn finite_speech_verb_at(cx: &Ctx<'_, '_, '_>, i: usize) -> bool {
    speech_verb_at(cx, i) && !cx.lex.low(i).ends_with("ing")
}

/// `a post`, `in a blog post`, `the court's call`: a reporting word used
/// as a noun — after a determiner, or as the second word of a compound
/// after one (a plain form, after a word that is not plural).
pub(crate) fn is_noun_here(cx: &Ctx<'_, '_, '_>, v: usize, lo: usize) -> bool {
    let det = |k: usize| cx.lex.word(k) && is_article(cx.lex.low(k));
    // (`Vell's proposed credit`, `her state`: after a possessive, a
    // modifier or a noun.)
    let owner = |k: usize| cx.lex.word(k) && is_owner(cx.lex.low(k));
    if v > lo && (det(v - 1) || owner(v - 1)) {
        return true;
    }
    let w = cx.lex.low(v);
    // (`a statement saying`: `saying` heads no compound.)
    let plain = !w.ends_with("ed")
        && !w.ends_with('s')
        && !matches!(w, "said" | "told" | "wrote" | "saying");
    plain
        && v > lo + 1
        && det(v - 2)
        && cx.lex.word(v - 1)
        && !crate::mention::looks_plural(cx.lex.low(v - 1))
}

/// Token `s` moved back over the adverbs right before it (`X also
/// repeatedly said`), no further than `floor`.
pub(crate) fn adverbs_before(cx: &Ctx<'_, '_, '_>, mut s: usize, floor: usize) -> usize {
    while s > floor && cx.lex.word(s - 1) && is_adverb(cx.lex.low(s - 1)) {
        s -= 1;
    }
    s
}

/// Token `e` moved on over at most `max` adverbs (`X also said`), staying
/// before `hi`.
pub(crate) fn adverbs_after(cx: &Ctx<'_, '_, '_>, e: usize, hi: usize, max: usize) -> usize {
    let mut k = e;
    while k < hi && k < e + max && cx.lex.word(k) && is_adverb(cx.lex.low(k)) {
        k += 1;
    }
    k
}

/// The subject of the verb at `v`, looking left no further than `floor`:
/// skips adverbs, and an appositive between commas (`X, the Y, said`).
pub(crate) fn subject_before(cx: &Ctx<'_, '_, '_>, v: usize, floor: usize) -> Option<(Np, usize)> {
    let mut s = v;
    s = adverbs_before(cx, s, floor);
    // `Reed last week said`, `Reed this month told`.
    if s > floor + 2
        && cx.lex.word(s - 1)
        && is_time_noun(cx.lex.low(s - 1))
        && cx.lex.word(s - 2)
        && matches!(cx.lex.low(s - 2), "last" | "this" | "earlier")
    {
        s -= 2;
        s = adverbs_before(cx, s, floor);
    }
    // `Reed at the time said`, `Reed in a statement said`: a short phrase
    // of time or manner between a name and its verb.
    if let Some(p) = phrase_after_name(cx, s, floor) {
        s = p;
        s = adverbs_before(cx, s, floor);
    }
    // `Reed on Tuesday said`, `Reed later Thursday told`: a day between
    // the subject and its verb.
    if s > floor + 1 && cx.lex.word(s - 1) && is_weekday(cx.lex.low(s - 1)) {
        s -= 1;
        while s > floor
            && cx.lex.word(s - 1)
            && matches!(
                cx.lex.low(s - 1),
                "on" | "later" | "earlier" | "late" | "early"
            )
        {
            s -= 1;
        }
    }
    // An infinitive: `X had to tell`, `X went on to say`, `X was quick to add`.
    if s > floor + 1 && cx.lex.word(s - 1) && cx.lex.low(s - 1) == "to" {
        // (`would like Orr to explain`, `asked Lund to say`: a name right
        // before `to` is the object asked to speak, who has not spoken.)
        if s > floor + 2 && cx.lex.cap(s - 2) && cx.idx.ending_at(s - 2).is_some() {
            return None;
        }
        s -= 1;
        let mut k = 0;
        // (`seeking a leader to counter`, `… and to counter`: no subject
        // of its own. Never past a noun that ends the subject: `The
        // Kestrian senator declined to comment` is the senator's, not
        // Kestria's.)
        if s > floor + 1
            && cx.lex.word(s - 1)
            && (head_noun(cx.lex, s - 1) || matches!(cx.lex.low(s - 1), "and" | "or"))
        {
            return None;
        }
        while s > floor
            && k < 3
            && cx.lex.word(s - 1)
            && !cx.lex.cap(s - 1)
            && cx.lex.low(s - 1).len() > 1
            && !head_noun(cx.lex, s - 1)
        {
            s -= 1;
            k += 1;
            if crate::lexicon::pronouns::subject_pronoun(cx.lex.low(s)).is_some() {
                s += 1;
                break;
            }
        }
        s = adverbs_before(cx, s, floor);
    }
    // `Sen. Ada Brisk (D-Vel.) said`: past the party's bracket.
    if s > floor + 1 {
        if let Some(open) = label_bracket_before(cx.lex, s - 1).filter(|&o| o > floor) {
            s = open;
        }
    }
    if s <= floor {
        return None;
    }
    // `Reed was quoted as saying`: the one quoted.
    if s > floor + 3 && quoted_as_before(cx, s) {
        s -= 3;
        if s <= floor {
            return None;
        }
        return np_ending_at(cx.lex, cx.idx, cx.ms, s - 1, floor);
    }
    let mut last = s - 1;
    // `Reed is telling voters`: a progressive, whose subject speaks.
    if cx.lex.low(v).ends_with("ing")
        && last > floor
        && cx.lex.word(last)
        && matches!(cx.lex.low(last), "is" | "are" | "was" | "were")
    {
        last -= 1;
        while last > floor && cx.lex.word(last) && is_adverb(cx.lex.low(last)) {
            last -= 1;
        }
    }
    // A passive (`residents have been told`) has no speaker as subject.
    if cx.lex.word(last) && is_be_form(cx.lex.low(last)) {
        return None;
    }
    // A finite verb (not a participle) may have an aside opened by a
    // clause between it and its subject.
    let finite = !cx.lex.low(v).ends_with("ing");
    // `Jason Sims — a teacher from Mount Pleasant — says` · `Jason Sims (a
    // teacher) said`: a name, then an aside between dashes or brackets.
    if let Some(open) = aside_before(cx, last, floor).filter(|_| finite) {
        let m = cx.idx.ending_at(open - 1).filter(|&m| !cx.ms[m].object)?;
        return Some((Np::Name(m), cx.ms[m].full_start.max(floor)));
    }
    // (`Tom Reyes, the author of "Salt Roads," said`: a title's comma.)
    let title_comma = || {
        matches!(cx.doc().toks[last].kind(), TokKind::Quote(_))
            && cx
                .quote_at(last)
                .is_some_and(|q| cx.content_last(q) == Some(',') && cx.is_term(q))
    };
    if cx.lex.punct(last, ',') || title_comma() {
        // `The company's chief executive, Jane Roe, said`: the name right
        // before the comma.
        if last > floor {
            // (`…, Gov. Ada Brisk (D-Vel.), said`: past the party's bracket.)
            let name_end = label_bracket_before(cx.lex, last - 1)
                .filter(|&open| open > floor + 1)
                .map_or(last - 1, |open| open - 1);
            if let Some(m) = cx.idx.ending_at(name_end) {
                let fs = cx.ms[m].full_start;
                if fs > floor && cx.lex.punct(fs - 1, ',') && !cx.ms[m].object {
                    return Some((Np::Name(m), fs));
                }
                // (`Reed's biographers, Ada Vell and Tom Brisk, wrote`: two
                // people set off together; the first speaks for both.)
                if let Some((np, at)) = coordinated_before(cx, m, floor) {
                    if at > floor && cx.lex.punct(at - 1, ',') {
                        return Some((np, at));
                    }
                }
            }
        }
        // `Jane Roe, the trade minister, said` · `Jane Roe, 80, from Tiverton,
        // said` · `Ms Roe, who lives nearby, said`: a name followed by a
        // comma, then a bracket of words with no verb of saying.
        let lim = last.saturating_sub(28).max(floor);
        let mut c = last;
        // A verb of saying inside the bracket is allowed only in a
        // relative clause (`One resident, who asked not to be named, said`).
        let mut saying = false;
        while c > lim {
            c -= 1;
            let tok = cx.doc().toks[c];
            if matches!(tok.kind(), TokKind::Quote(_))
                && !cx.quote_at(c).is_some_and(|q| cx.is_term(q))
            {
                return None;
            }
            // (`Lund, a creative writing professor, said`: a word of
            // saying inside a noun phrase after its article is no verb.)
            let in_phrase = || {
                (c.saturating_sub(3).max(lim)..c)
                    .rev()
                    .take_while(|&k| cx.lex.word(k))
                    .any(|k| is_article(cx.lex.low(k)))
            };
            saying |= cx.lex.word(c) && speech_verb_at(cx, c) && !in_phrase();
            // (`Tom Reed, a surgeon who advised the mayor, said`: the verbs
            // after a relative pronoun inside the bracket are its clause's.)
            if super::opens_relative(cx, c) {
                saying = false;
            }
            if cx.lex.punct(c, ',') && c > floor {
                // (Or a participle's: `Reed, noting the crowd, said`.)
                let relative = if finite {
                    opens_aside(cx, c + 1)
                } else {
                    opens_clause(cx, c + 1)
                };
                // `Another witness, a man in his 40s, told …`: an appositive.
                let apposed = cx.lex.word(c + 1) && is_article(cx.lex.low(c + 1));
                if saying && !relative {
                    return None;
                }
                // (`Sen. Ada Brisk (D-Vel.), noting …, said`: past the
                // party's bracket.)
                let name_end = label_bracket_before(cx.lex, c - 1)
                    .filter(|&open| open > floor + 1)
                    .map_or(c - 1, |open| open - 1);
                match np_ending_at(cx.lex, cx.idx, cx.ms, name_end, floor) {
                    // (`Reed, at a rally in Columbus, Ohio, said`: a place
                    // inside the bracket is passed over.)
                    Some((Np::Name(m), _)) if !saying && place_then_region(cx, m) => {}
                    Some((np @ Np::Name(_), at)) => return Some((np, at)),
                    // `The farmer, who took over in 2010, said`.
                    Some((np @ Np::Descriptor { .. }, at)) if relative || apposed && !saying => {
                        return Some((np, at));
                    }
                    _ if saying => return None,
                    _ => {}
                }
            }
        }
        return None;
    }
    let Some(found) = np_ending_at(cx.lex, cx.idx, cx.ms, last, floor) else {
        return relative_before(cx, last, floor);
    };
    // `Ada Lund and Piet Brandt wrote`: the first named, as after a quote.
    if let (Np::Name(m), _) = found {
        if let Some(first) = coordinated_before(cx, m, floor) {
            return Some(first);
        }
    }
    // `Reed issued a statement saying …`: the statement's issuer.
    if let (Np::Document(None), lo) = found {
        if lo > floor + 1 && cx.lex.word(lo - 1) && is_issue_verb(cx.lex.low(lo - 1)) {
            return subject_before(cx, lo - 1, floor);
        }
    }
    Some(found)
}

/// Most tokens [`relative_before`] steps over.
const MAX_RELATIVE: usize = 14;

/// `A White House official who spoke anonymously to discuss strategy
/// said`: a relative clause with no commas ending at token `last`, right
/// before the verb; the name or descriptor before its `who` (not left of
/// `floor`). The clause holds only words. (`that` opens clauses of
/// speech too: `declared to Reed that …`.)
fn relative_before(cx: &Ctx<'_, '_, '_>, last: usize, floor: usize) -> Option<(Np, usize)> {
    let lim = last.saturating_sub(MAX_RELATIVE).max(floor + 1);
    let w = (lim..last)
        .rev()
        .take_while(|&k| cx.lex.word(k))
        .find(|&k| cx.lex.low(k) == "who")?;
    match np_ending_at(cx.lex, cx.idx, cx.ms, w - 1, floor)? {
        found @ (Np::Name(_) | Np::Descriptor { .. }, _) => Some(found),
        _ => None,
    }
}

/// Most tokens [`aside_before`] steps over.
const MAX_ASIDE: usize = 24;

/// When token `close` ends an aside between dashes or brackets (`— a
/// teacher from Mount Pleasant —`, `(a teacher)`) in its sentence, after a
/// word and not left of `floor`: the aside's opening mark. The aside holds
/// no quote, and a verb of saying only in a clause it opens (`— when asked
/// about it —`).
fn aside_before(cx: &Ctx<'_, '_, '_>, close: usize, floor: usize) -> Option<usize> {
    let paren = cx.lex.punct(close, ')');
    if !paren && !cx.lex.dash(close) {
        return None;
    }
    let lim = close.saturating_sub(MAX_ASIDE).max(floor + 1);
    let mut saying = false;
    for k in (lim..close).rev() {
        let opens = if paren {
            cx.lex.punct(k, '(')
        } else {
            cx.lex.dash(k)
        };
        if opens {
            let ok = k + 1 < close
                && cx.lex.word(k - 1)
                && cx.lex.same_sent(k - 1, close)
                && (!saying || opens_aside(cx, k + 1));
            return ok.then_some(k);
        }
        if matches!(cx.doc().toks[k].kind(), TokKind::Quote(_)) || cx.lex.punct(k, ')') {
            return None;
        }
        saying |= cx.lex.word(k) && speech_verb_at(cx, k);
    }
    None
}

/// Longest phrase [`phrase_after_name`] steps over, in tokens.
const MAX_PHRASE: usize = 4;

/// The start of a short prepositional phrase ending right before token `s`
/// (`at the time`, `in a statement`, `on Tuesday`) when a name ends right
/// before the phrase: `in`, `at`, `on` or `during`, then at most three
/// words, none a verb of saying, none capitalised but the last.
fn phrase_after_name(cx: &Ctx<'_, '_, '_>, s: usize, floor: usize) -> Option<usize> {
    let lo = s.saturating_sub(MAX_PHRASE).max(floor + 1);
    let p = (lo..s.saturating_sub(1))
        .rev()
        .find(|&k| cx.lex.word(k) && matches!(cx.lex.low(k), "in" | "at" | "on" | "during"))?;
    let plain = (p + 1..s)
        .all(|k| cx.lex.word(k) && (k + 1 == s || !cx.lex.cap(k)) && !speech_verb_at(cx, k));
    let after_name = cx.lex.word(p - 1) && cx.lex.cap(p - 1) && cx.idx.ending_at(p - 1).is_some();
    (plain && after_name).then_some(p)
}

/// Most words [`unread_cue`] steps over between a quote and its verb.
const MAX_UNREAD_SUBJECT: usize = 4;

/// Does quote `q`, ending in a comma, a question or an exclamation, have a
/// cue right after it whose subject no rule reads (`"…," the Saudis state
/// in the paper.`, `"…?" From asked.`): within its sentence, a finite verb
/// of saying first or after at most [`MAX_UNREAD_SUBJECT`] words, then
/// the sentence's end, a comma or a word that may follow a cue?
pub(crate) fn unread_cue(cx: &Ctx<'_, '_, '_>, q: usize) -> bool {
    if !matches!(cx.content_last(q), Some(',' | '?' | '!')) {
        return false;
    }
    let (r, hi) = cx.right(q);
    // (`"…," was his only answer`: the answer's noun phrase, no cue.)
    if r < hi && cx.lex.word(r) && is_be_form(cx.lex.low(r)) {
        return false;
    }
    let lim = hi.min(r + MAX_UNREAD_SUBJECT + 1);
    // (Not a noun: `was his answer`, `began in reply`.)
    let verb = |k: usize| {
        finite_speech_verb_at(cx, k)
            && !cx.lex.cap(k)
            && !is_noun_here(cx, k, r)
            && (k == r
                || !is_be_form(cx.lex.low(k - 1)) && !is_object_preposition(cx.lex.low(k - 1)))
    };
    let Some(v) = (r..lim).take_while(|&k| cx.lex.word(k)).find(|&k| verb(k)) else {
        return false;
    };
    let n = v + 1;
    n >= hi
        || cx.lex.punct(n, '.')
        || cx.lex.punct(n, ',')
        || cx.lex.word(n) && is_cue_tail(cx.lex.low(n))
}

/// `"…," said X` · `"…," X said` · `"…" — X, the Y`.
pub(crate) fn right(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    // `A man in the crowd shouted, "Reed!" Lund laughed.` · `When a man
    // shouted, "Reed," Lund joked, "Come up!"`: a quote its own cue
    // introduces (a subject, a verb of saying and a comma or colon right
    // before it) is that subject's; a cue after it is the next sentence's
    // or the next quote's.
    if introduced_before(cx, q) {
        return None;
    }
    right_beside(cx, q).or_else(|| sentence_end_cue(cx, q))
}

/// `"Never again" was the response of one councillor`, `"…" came the
/// reply from Tom Reed`: right after a quote (at token `r`), a form of
/// `be` or `came`, `the` or a possessive, a noun that names words as an
/// answer, `of` or `from`, and whose they are.
fn named_as_words(cx: &Ctx<'_, '_, '_>, r: usize, hi: usize) -> Option<Link> {
    let lex = cx.lex;
    // (Cheapest tests first: every quote with words after it asks.)
    if r + 4 >= hi || !lex.word(r + 3) || !matches!(lex.low(r + 3), "of" | "from") {
        return None;
    }
    let noun = r + 2;
    if !matches!(lex.low(r + 1), "the" | "his" | "her" | "their")
        || !is_answer_noun(lex.low(noun))
        || !(is_be_form(lex.low(r)) || lex.low(r) == "came")
    {
        return None;
    }
    // (A name or a known head: `the message of the march` is no one's.)
    let (np, _) = np_starting_at(lex, cx.idx, cx.ms, r + 4, hi)?;
    let someone = match np {
        Np::Name(_) => true,
        Np::Descriptor { head, .. } => head_noun(lex, head),
        _ => false,
    };
    someone.then_some(Link {
        np,
        at: r + 4,
        rule: Rule::SaidName,
        cue: Some(cx.span(noun)),
    })
}

/// Does quote `q` follow its own cue: `X shouted, "…"`, `X said: "…"`?
fn introduced_before(cx: &Ctx<'_, '_, '_>, q: usize) -> bool {
    let (lo, t) = cx.left(q);
    t >= lo + 2
        && (cx.lex.punct(t - 1, ',') || cx.lex.punct(t - 1, ':'))
        && finite_speech_verb_at(cx, t - 2)
        && subject_before(cx, t - 2, lo).is_some()
}

/// How many tokens after a quote the comma before a cue that ends its
/// sentence may stand.
const TAIL_REACH: usize = 16;

/// `"We are extremely happy" about the decision, said Ada Brisk.` · `"…"
/// for the victory, Reed said.`: the quote's sentence goes on a few words,
/// then ends in a cue after a comma.
fn sentence_end_cue(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let (r, hi) = cx.right(q);
    // (`the "Today" show as an anchor, NBC announced`: a title.)
    if r >= hi || !cx.lex.word(r) || is_work_noun(cx.lex.low(r)) {
        return None;
    }
    // (`"…" if she loses the vote, and maybe sooner, said Ada Vell.`: the
    // cue may follow a later comma of the tail too, when no verb of saying
    // stands after the first.)
    let lim = hi.min(r + TAIL_REACH);
    let mut k = r + 1;
    let mut comma = false;
    while k < lim {
        if comma && cx.lex.word(k) && finite_speech_verb_at(cx, k) {
            return None;
        }
        if cx.lex.punct(k, ',') {
            comma = true;
            if let Some(found) = cue_after_tail_comma(cx, k + 1, hi) {
                return Some(found);
            }
        }
        k += 1;
    }
    None
}

/// The cue of [`sentence_end_cue`] after the tail's comma, from token `k`:
/// `said X` or `X said` ending the sentence.
fn cue_after_tail_comma(cx: &Ctx<'_, '_, '_>, k: usize, hi: usize) -> Option<Link> {
    // The phrase ends the sentence, or a comma opens its apposition.
    let ends = |e: usize| e >= hi || cx.lex.punct(e, '.') || cx.lex.punct(e, ',');
    let finite = |v: usize| v < hi && finite_speech_verb_at(cx, v);
    if finite(k) {
        let (np, e) = np_starting_at(cx.lex, cx.idx, cx.ms, k + 1, hi)?;
        // (`…, said David Vell, an analyst at the Kestrel Report.`: a
        // name, then the rest of its sentence, no verb of saying in it.)
        // (Not after `told`, whose object listens: `told The Ledger in
        // 2013`.)
        let apposed = || {
            matches!(np, Np::Name(_))
                && !takes_listener(cx.lex.low(k))
                && (e..hi.min(e + MAX_APPOSITION)).all(|j| {
                    if cx.lex.word(j) {
                        !speech_verb_at(cx, j)
                    } else {
                        !matches!(cx.doc().toks[j].kind(), TokKind::Quote(_))
                    }
                })
                && e + MAX_APPOSITION >= hi
        };
        return (!matches!(np, Np::Document(None)) && (ends(e) || apposed())).then(|| Link {
            np,
            at: k + 1,
            rule: Rule::SentenceEndSaid,
            cue: Some(cx.span(k)),
        });
    }
    // (`…, harbour candidate Ben Vasco said`: a lower-case word or two
    // the lexicon does not know before a titled name.)
    let (np, e) = np_starting_at(cx.lex, cx.idx, cx.ms, k, hi).or_else(|| {
        let j = (k + 1..(k + 3).min(hi)).find(|&j| {
            cx.idx
                .starting_at(j)
                .is_some_and(|m| cx.ms[m].full_start < cx.ms[m].start)
        })?;
        let plain = (k..j).all(|i| cx.lex.word(i) && !cx.lex.cap(i) && !cx.lex.speech_at(i));
        plain
            .then(|| np_starting_at(cx.lex, cx.idx, cx.ms, j, hi))
            .flatten()
    })?;
    // (`…, Ben Vasco said after the attacks.`: a short phrase of time or
    // place may close the sentence after the verb.)
    let closes = |v: usize| {
        if ends(v) {
            return true;
        }
        let last = (v..hi).find(|&j| !cx.lex.word(j)).unwrap_or(hi);
        cx.lex.word(v)
            && (is_cue_tail(cx.lex.low(v)) || is_weekday(cx.lex.low(v)))
            && last - v <= MAX_CLOSING_PHRASE
            && (last >= hi || cx.lex.punct(last, '.'))
    };
    let speaks = matches!(np, Np::Name(_) | Np::Descriptor { .. }) && finite(e) && closes(e + 1);
    speaks.then(|| Link {
        np,
        at: k,
        rule: Rule::SentenceEndSaid,
        cue: Some(cx.span(e)),
    })
}

/// Most words of the phrase that may close a sentence after its cue's
/// verb (`said after the attacks on Tuesday.`).
const MAX_CLOSING_PHRASE: usize = 6;

/// The most adverbs between a quote and the verb of its cue (`"…,"
/// eagerly rejoined X`).
const MAX_CUE_ADVERBS: usize = 2;

/// The cue right beside the quote.
/// Most tokens of a cue that a colon ends right before the next quote
/// (`Tomas Reed told reporters:`), in [`right_beside`].
const MAX_COLON_CUE: usize = 7;

fn right_beside(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let (mut r, hi) = cx.right(q);
    if r >= hi {
        return next_sentence(cx, q).or_else(|| dash_line(cx, q));
    }
    // `After Scalia said that students did better at "less advanced
    // schools," Trump said: "…"`: a cue that a colon ends opens the next
    // quote, not a quote inside its sentence's clause.
    let t = cx.qtok[q] as usize;
    // (A short cue, its colon right after it: `the source recalled,
    // adding that Reed said of her: "…"` is still the source's.)
    let opens_next = cx.qtok.get(q + 1).is_some_and(|&n| n as usize == hi)
        && cx.lex.punct(hi - 1, ':')
        && hi - r <= MAX_COLON_CUE
        && (r..hi - 1).all(|k| cx.lex.word(k));
    if opens_next && !cx.doc().toks[t].sent_start() && cx.lex.word(t - 1) {
        return None;
    }
    let dashed = cx.lex.dash(r);
    if cx.lex.punct(r, ',') || dashed {
        // (`--` typed for a dash is two.)
        r += 1 + usize::from(dashed && r + 1 < hi && cx.lex.dash(r + 1));
    }
    if r >= hi {
        return None;
    }
    if let Some(found) = named_as_words(cx, r, hi) {
        return Some(found);
    }
    // said X (a finite verb: `saying X` is not an attribution), after an
    // adverb or two (`eagerly rejoined X`)
    // (A verb form that is also a modifier, `state Sen. Tom Reed said`,
    // falls through to `X said` when no phrase follows it.)
    let v = adverbs_after(cx, r, hi, MAX_CUE_ADVERBS);
    let after_verb = (v < hi && finite_speech_verb_at(cx, v) && !never_inverted(cx.lex.low(v)))
        .then(|| {
            np_starting_at(cx.lex, cx.idx, cx.ms, v + 1, hi)
                .or_else(|| role_then_name(cx, v + 1, hi))
        })
        .flatten();
    // `"…," thought Ilse`, `"…!" thought she`: a thought, written as a
    // quote, of the name or pronoun right after the verb.
    let after_verb = after_verb.or_else(|| {
        (v + 1 < hi && cx.lex.word(v) && is_inverted_thought(cx.lex.low(v)))
            .then(|| np_starting_at(cx.lex, cx.idx, cx.ms, v + 1, hi))
            .flatten()
            .filter(|(np, _)| matches!(np, Np::Name(_) | Np::Pronoun(_)))
    });
    if let Some((np, _)) = after_verb {
        if matches!(np, Np::Document(_)) && !matches!(np, Np::Document(Some(_))) {
            return None;
        }
        return Some(Link {
            np,
            at: v + 1,
            rule: Rule::SaidName,
            cue: Some(cx.span(v)),
        });
    }
    // X said
    let (np, e) = np_starting_at(cx.lex, cx.idx, cx.ms, r, hi)
        .or_else(|| role_then_name(cx, r, hi))
        .or_else(|| {
            // `"…," one user wrote.`: a determiner's phrase the lexicon
            // does not know, vouched for by the verb that follows it.
            let v = (r + 2..hi.min(r + 8)).find(|&k| speech_verb_at(cx, k))?;
            bare_descriptor(cx.lex, r, v).map(|np| (np, v))
        })?;
    // `the BBC quoted him as saying`: the one quoted speaks.
    if e + 3 < hi
        && cx.lex.word(e)
        && matches!(cx.lex.low(e), "quoted" | "quotes" | "cited" | "cites")
    {
        let object = object_pronoun(cx.lex.low(e + 1));
        let who = match object {
            Some(g) => Some((Np::Pronoun(g), e + 2)),
            None => np_starting_at(cx.lex, cx.idx, cx.ms, e + 1, hi),
        };
        if let Some((who, we)) = who {
            if cx.lex.word(we) && cx.lex.low(we) == "as" && cx.lex.word(we + 1) {
                return Some(Link {
                    np: who,
                    at: e + 1,
                    rule: Rule::QuotedAs,
                    cue: Some(cx.span(e)),
                });
            }
        }
    }
    let (np_end, k) = past_subject(cx, np, e, hi);
    // (`"…," Reed was quoted as saying.`)
    if k + 3 < hi && cx.lex.low(k + 3) == "saying" && quoted_as_before(cx, k + 3) {
        return Some(Link {
            np,
            at: r,
            rule: Rule::NameSaid,
            cue: Some(cx.span(k + 3)),
        });
    }
    if k < hi && (speech_verb_at(cx, k) || phrasal_at(cx, k) || unknown_cue_verb(cx, q, np, k, hi))
    {
        return Some(Link {
            np,
            at: r,
            rule: Rule::NameSaid,
            cue: Some(cx.span(k)),
        });
    }
    // (`"…," Harry Bond, 30, of Tarnby, N.C., who was polled, said`: asides
    // the readers above do not know, one after another.)
    if let Some(v) = matches!(np, Np::Name(_))
        .then(|| asides_then_cue(cx, np_end, hi))
        .flatten()
    {
        return Some(Link {
            np,
            at: r,
            rule: Rule::NameSaid,
            cue: Some(cx.span(v)),
        });
    }
    // "…" — X, the Y  (the phrase ends the sentence, or a comma and an
    // occasion follow: `— Jane Roe, in her victory speech`)
    let ends = np_end >= hi
        || cx.lex.punct(np_end, '.')
        || matches!(np, Np::Name(_)) && cx.lex.punct(np_end, ',');
    if dashed && !matches!(np, Np::Pronoun(_) | Np::Document(_)) && ends {
        return Some(Link {
            np,
            at: r,
            rule: Rule::Dash,
            cue: Some(cx.span(r - 1)),
        });
    }
    None
}

/// `"…," an angry Vell retaliated.` · `"Why?" he shrugged.`: a verb the
/// lexicon does not know as one of saying still makes a cue when the quote
/// ends in a comma, question or exclamation mark (its sentence goes on),
/// a name or `he`/`she` follows it, and then a single past-tense word that
/// ends the sentence or a clause (a period, a comma, or the paragraph's
/// end).
fn unknown_cue_verb(cx: &Ctx<'_, '_, '_>, q: usize, np: Np, k: usize, hi: usize) -> bool {
    let lex = cx.lex;
    let open = matches!(cx.content_last(q), Some(',' | '?' | '!'));
    let ends = k + 1 >= hi
        || lex.punct(k + 1, '.')
        || lex.punct(k + 1, ',')
        || cx
            .doc()
            .toks
            .get(k + 1)
            .map_or(true, |t| t.para != cx.doc().toks[k].para);
    open && matches!(np, Np::Name(_) | Np::Pronoun(_))
        && lex.word(k)
        && !lex.cap(k)
        && looks_past_tense(lex.low(k))
        && !crate::lexicon::grammar::is_be_form(lex.low(k))
        && ends
}

/// Does a clause open at token `k`: a relative pronoun (`who asked not to
/// be named`) or a participle (`noting the crowd`)? A verb of saying in an
/// aside so opened is the clause's, not the sentence's cue.
fn opens_clause(cx: &Ctx<'_, '_, '_>, k: usize) -> bool {
    super::opens_relative(cx, k) || cx.lex.word(k) && cx.lex.low(k).ends_with("ing")
}

/// Does an aside between a subject and its finite verb open at token `k`
/// with a clause: as [`opens_clause`], or a subordinating conjunction
/// (`Reed, when asked about the plan, said`) or a passive participle of
/// saying (`Reed, asked about the plan, said`)? (Before a participle, a
/// clause so opened belongs to the sentence: `at Purchase, when
/// protesters interrupted her, shouting "…"`.)
fn opens_aside(cx: &Ctx<'_, '_, '_>, k: usize) -> bool {
    if opens_clause(cx, k) {
        return true;
    }
    if !cx.lex.word(k) {
        return false;
    }
    let w = cx.lex.low(k);
    let asked = speech_verb_at(cx, k) && (w.ends_with("ed") || w == "told");
    is_subordinator(w) || asked
}

/// Most tokens [`asides_then_cue`] reads.
const MAX_ASIDES: usize = 28;

/// `, 30, of Tarnby, N.C., who was among those polled, said` after a name
/// ending at token `e` (its comma, or a relative pronoun): asides set off by commas, of any
/// shape (an age, a place, an apposition, a relative clause), in the same
/// sentence and holding no quote, then a comma and a finite verb of
/// saying. A verb of saying inside an aside is allowed only in a relative
/// clause or a participle's (`who asked not to be named`), as before a
/// quote. Returns the verb.
fn asides_then_cue(cx: &Ctx<'_, '_, '_>, e: usize, hi: usize) -> Option<usize> {
    // (Or a relative clause right after an apposition the name's phrase
    // took in: `Nate Silver, a man who founded the site, said`.)
    let first = if cx.lex.punct(e, ',') {
        e + 1
    } else if super::opens_relative(cx, e) {
        e
    } else {
        return None;
    };
    let doc = cx.doc();
    let sent = doc.toks[e].sent;
    let lim = hi.min(first + MAX_ASIDES);
    let mut clause = opens_aside(cx, first);
    for k in first..lim {
        if doc.toks[k].sent != sent || matches!(doc.toks[k].kind(), TokKind::Quote(_)) {
            return None;
        }
        if cx.lex.punct(k, ',') {
            let v = adverbs_after(cx, k + 1, hi, 2);
            if v < hi && finite_speech_verb_at(cx, v) {
                return Some(v);
            }
            clause = opens_aside(cx, k + 1);
        } else if cx.lex.word(k) && speech_verb_at(cx, k) && !clause {
            return None;
        }
    }
    None
}

/// Longest appositive or relative clause the readers below step over, in
/// tokens.
const MAX_APPOSITION: usize = 10;

/// `, deputy security adviser,` · `, after a long pause and a sigh,`
/// after a name at token `e` (its comma): a role without an article, or a
/// phrase of time or manner, of words only and no verb of saying, then a
/// comma and a verb of saying. A role joins no other name with `and`, `or`
/// or `but`; a phrase opening with a preposition may hold them. Returns
/// the closing comma.
fn bare_apposition(cx: &Ctx<'_, '_, '_>, e: usize, hi: usize) -> Option<usize> {
    if !cx.lex.punct(e, ',') || e + 1 >= hi || !cx.lex.word(e + 1) {
        return None;
    }
    let first = cx.lex.low(e + 1);
    if is_article(first) || super::opens_relative(cx, e + 1) || first.ends_with("ing") {
        return None;
    }
    let phrase = matches!(
        first,
        "after" | "before" | "during" | "in" | "on" | "at" | "with" | "from" | "like"
    );
    let lim = hi.min(e + 2 + MAX_APPOSITION);
    let c = (e + 2..lim).find(|&k| !cx.lex.word(k))?;
    let plain = (e + 1..c).all(|k| {
        !cx.lex.speech_at(k) && (phrase || !matches!(cx.lex.low(k), "and" | "or" | "but"))
    });
    (plain && cx.lex.punct(c, ',') && c + 1 < hi && speech_verb_at(cx, c + 1)).then_some(c)
}

/// A relative clause after a name that runs into the cue with no closing
/// comma (`who chairs the group said`), starting at token `k` (`who`):
/// words only, then a finite verb of saying that is not the clause's own
/// first verb. Returns the token before that verb.
fn relative_then_cue(cx: &Ctx<'_, '_, '_>, k: usize, hi: usize) -> Option<usize> {
    let lim = hi.min(k + MAX_APPOSITION + 2);
    let mut j = k + 2;
    while j < lim && cx.lex.word(j) {
        if finite_speech_verb_at(cx, j) {
            return Some(j);
        }
        j += 1;
    }
    None
}

/// Most tokens of an organisation's name [`organisation_after`] reads.
const MAX_ORGANISATION_TOKENS: usize = 10;

/// `of the Calder Institute for Coastal Studies`, `at Kestrel Bank`: `of`,
/// `at` or `from`, an optional `the`, then capitalised words (joined by
/// `of`, `for`, `and`, `on`, `the`, `&` before another capitalised word),
/// starting at token `k` and ending before `hi`, when a verb of saying
/// follows. Returns one past the name.
fn organisation_after(cx: &Ctx<'_, '_, '_>, k: usize, hi: usize) -> Option<usize> {
    if k >= hi || !cx.lex.word(k) || !matches!(cx.lex.low(k), "of" | "at" | "from") {
        return None;
    }
    let mut e = k + 1;
    if e < hi && cx.lex.word(e) && cx.lex.low(e) == "the" {
        e += 1;
    }
    let start = e;
    let lim = hi.min(start + MAX_ORGANISATION_TOKENS);
    while e < lim && cx.lex.word(e) {
        let capitalised = cx.lex.cap(e) && !speech_verb_at(cx, e);
        let joining = e > start
            && e + 1 < lim
            && matches!(cx.lex.low(e), "of" | "for" | "and" | "on" | "the" | "&")
            && cx.lex.word(e + 1)
            && cx.lex.cap(e + 1);
        if !(capitalised || joining) {
            break;
        }
        e += 1;
    }
    let v = adverbs_after(cx, e, hi, 3);
    (e > start && v < hi && speech_verb_at(cx, v)).then_some(e)
}

/// `R-Vel.,`, `D-N.Y.,`: a party's letter, a hyphen and a state, then a
/// comma, starting at token `k`. Returns one past the comma.
fn party_label_end(cx: &Ctx<'_, '_, '_>, k: usize) -> Option<usize> {
    if !cx.lex.word(k) {
        return None;
    }
    let (party, _) = cx.doc().text_of(k).split_once('-')?;
    if party.is_empty() || party.len() > 3 {
        return None;
    }
    if !party.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    (k + 1..k + 5)
        .take_while(|&j| !cx.lex.word(j) || cx.lex.cap(j))
        .find(|&j| cx.lex.punct(j, ','))
        .map(|j| j + 1)
}

/// `was quoted as` right before token `s` (a form of `be`, `quoted`, `as`).
fn quoted_as_before(cx: &Ctx<'_, '_, '_>, s: usize) -> bool {
    s >= 3
        && (s - 3..s).all(|k| cx.lex.word(k))
        && is_be_form(cx.lex.low(s - 3))
        && cx.lex.low(s - 2) == "quoted"
        && cx.lex.low(s - 1) == "as"
}

/// `shot back`, `cut in`, `chimed in`: a verb of saying in two words at
/// token `k` (see [`is_phrasal_speech`]).
fn phrasal_at(cx: &Ctx<'_, '_, '_>, k: usize) -> bool {
    cx.lex.word(k)
        && cx.lex.word(k + 1)
        && is_phrasal_particle(cx.lex.low(k + 1))
        && !cx.lex.cap(k)
        && cx.lex.same_sent(k, k + 1)
        && is_phrasal_speech(cx.lex.low(k), cx.lex.low(k + 1))
}

/// The verb of a verb of saying in two words whose particle is token
/// `particle` (`pointed` of `pointed out`), the verb right of `floor`.
pub(crate) fn phrasal_verb_before(
    cx: &Ctx<'_, '_, '_>,
    particle: usize,
    floor: usize,
) -> Option<usize> {
    (particle > floor && phrasal_at(cx, particle - 1)).then(|| particle - 1)
}

/// `Ada Lund and Piet Brandt`: when the person of mention `m` is joined
/// by `and` to another person's name (neither an organisation nor a
/// place), one past that second name; else `None`. The first named
/// stands for both.
fn coordinated_person(cx: &Ctx<'_, '_, '_>, m: usize, hi: usize) -> Option<usize> {
    // (Each a person by the look of it: `Labour and Social Affairs
    // Minister Katarina Novak` is one person.)
    let person = |n: &crate::mention::NameMention| {
        !n.org && !n.object && (n.personal || n.end - n.start >= 2)
    };
    let (a, and) = (&cx.ms[m], cx.ms[m].end);
    if !person(a) || !cx.lex.word(and) || cx.lex.low(and) != "and" {
        return None;
    }
    let b = &cx.ms[cx.idx.starting_at(and + 1)?];
    (person(b) && b.end < hi && cx.lex.same_sent(and, b.start)).then_some(b.end)
}

/// Is mention `m` a place after its preposition with its region after a
/// comma (`in Columbus, Ohio`, `of Flint, Mich.`; see
/// `mention::place_region`)?
fn place_then_region(cx: &Ctx<'_, '_, '_>, m: usize) -> bool {
    let e = cx.ms[m].end;
    // (A region the lexicon does not name: `Kest.,`, an abbreviation.)
    let region = cx.lex.punct(e, ',')
        && (cx.idx.starting_at(e + 1).is_some_and(|n| cx.ms[n].object)
            || cx.lex.word(e + 1) && cx.lex.cap(e + 1) && cx.lex.punct(e + 2, ','));
    region && place_by_preposition(cx.lex, &cx.ms[m]).is_some()
}

/// The first of two people joined by `and` when mention `m` is the second
/// (see [`coordinated_person`]), as a subject starting after `floor`.
fn coordinated_before(cx: &Ctx<'_, '_, '_>, m: usize, floor: usize) -> Option<(Np, usize)> {
    let fs = cx.ms[m].full_start;
    if fs < floor + 2 || !cx.lex.word(fs - 1) || cx.lex.low(fs - 1) != "and" {
        return None;
    }
    let p = cx.idx.ending_at(fs - 2)?;
    let start = cx.ms[p].full_start;
    (start >= floor && coordinated_person(cx, p, usize::MAX) == Some(cx.ms[m].end))
        .then_some((Np::Name(p), start))
}

/// Past the subject phrase `np` of a cue, which ends at token `e`, to
/// where its verb should stand (before `hi`): past a party's bracket, the
/// organisation the person is of, a relative clause or an apposition, an
/// age, and adverbs. Returns the end of the phrase proper and that place.
fn past_subject(cx: &Ctx<'_, '_, '_>, np: Np, mut e: usize, hi: usize) -> (usize, usize) {
    // `"…," Sen. Ada Brisk (D-Vel.) said`: past the party's bracket.
    if matches!(np, Np::Name(_)) {
        if let Some(after) = label_bracket_after(cx.lex, e).filter(|&a| a < hi) {
            e = after;
        }
    }
    // `"…," Ada Lund and Piet Brandt wrote`: the first of two people who
    // speak together, past the second (and the organisation
    // they are of, below).
    if let Np::Name(m) = np {
        if let Some(after) = coordinated_person(cx, m, hi) {
            e = after;
        }
    }
    // `"…," Jeffrey Orr of the Calder Institute for Coastal Studies
    // wrote`: past the organisation the person is of.
    if matches!(np, Np::Name(_)) {
        if let Some(after) = organisation_after(cx, e, hi) {
            e = after;
        }
    }
    let np_end = e;
    // `"…," Reed, who was first elected in 2010, told reporters`: past a
    // relative clause to its closing comma.
    // (Or a participle's: `the official, speaking on condition of
    // anonymity, told …`.)
    if cx.lex.punct(e, ',')
        && cx.lex.word(e + 1)
        && (super::opens_relative(cx, e + 1)
            || cx.lex.low(e + 1).ends_with("ing") && !cx.lex.speech_at(e + 1))
        && matches!(np, Np::Name(_) | Np::Descriptor { .. })
    {
        if let Some(c) = (e + 2..hi.min(e + 30)).find(|&k| cx.lex.punct(k, ',')) {
            e = c;
        } else if let Some(v) = relative_then_cue(cx, e + 1, hi) {
            // (`"…," Katie Vell, who chairs the group said`: the clause's
            // closing comma left out.)
            e = v;
        }
    } else if let Some(c) = bare_apposition(cx, e, hi).filter(|_| matches!(np, Np::Name(_))) {
        // `"…," Amy Pope, deputy security adviser, said`.
        e = c;
    }
    if cx.lex.punct(e, ',') {
        e += 1;
        // An age: `"…," Mr Reed, 45, said`.
        if cx.lex.word(e)
            && cx.lex.low(e).bytes().all(|c| c.is_ascii_digit())
            && cx.lex.punct(e + 1, ',')
        {
            e += 2;
        }
        // A party and state: `"…," Sen. Ada Brisk, R-Vel., said`.
        if let Some(after) = party_label_end(cx, e).filter(|&a| a < hi) {
            e = after;
        }
    }
    (np_end, adverbs_after(cx, e, hi, 3))
}

/// Most tokens after a cue's verb to the end of a cue sentence of its own
/// ([`next_sentence`]): `told Fox News host Ada Lund earlier this month.`
const MAX_CUE_SENTENCE_TAIL: usize = 10;

/// `"Is that all?" Tom Reed asked.` · `"We will win." Reed said.`: a quote
/// that ends its sentence, then a short sentence of its own that is only
/// the cue — a subject, a verb of saying, and at most a time, a place or
/// a listener.
fn next_sentence(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let doc = cx.doc();
    let t = cx.qtok[q] as usize;
    let r = t + 1;
    if r >= doc.toks.len()
        || !cx.lex.word(r)
        || doc.toks[r].para != doc.toks[t].para
        || doc.toks[r].sent == doc.toks[t].sent
        || doc.toks[r].line_start()
        || !crate::segment::ends_sentence(cx.content[q])
    {
        return None;
    }
    // The quote stands alone (`Roe called it "a farce." Reed said …` is
    // not Reed's).
    if !doc.toks[t].sent_start() && t > 0 && cx.lex.word(t - 1) {
        return None;
    }
    let ceil = cx.qtok.get(q + 1).map_or(doc.toks.len(), |&n| n as usize);
    let mut hi = r;
    while hi < ceil && hi - r <= REACH && doc.toks[hi].sent == doc.toks[r].sent {
        hi += 1;
    }
    let (np, e) = np_starting_at(cx.lex, cx.idx, cx.ms, r, hi)?;
    if matches!(np, Np::Document(_)) {
        return None;
    }
    let (_, k) = past_subject(cx, np, e, hi);
    // (`"Who says so?" Ada Brisk shot back.`: a verb in two words.)
    let after = if k >= hi {
        return None;
    } else if finite_speech_verb_at(cx, k) {
        k + 1
    } else if phrasal_at(cx, k) {
        k + 2
    } else if matches!(cx.content_last(q), Some('?' | '!')) && unknown_cue_verb(cx, q, np, k, hi) {
        // (`"Would it be negotiable?" Lund pressed.`: a verb the lexicon
        // does not know, as after a comma.)
        k + 1
    } else {
        return None;
    };
    // (`Reed said pleasantly into the phone.`)
    let n = adverbs_after(cx, after, hi, 2);
    // The cue ends its sentence, at once or after a short phrase of time,
    // place or listener (`Reed said on Monday.`, `Reed told Fox News host
    // Ada Lund last week.`): not before a clause of its own (`says in a
    // statement that …`, `told AP he was …`), nor before a colon or a
    // comma that opens the next quote (`Reed replied: "…"`, `Lund asked,
    // "…"`): text whose paragraphs were joined has many such sentences.
    // (After a question or an exclamation the cue is the same sentence's
    // as a rule: `"Who knows?" Reed told the station in an interview aired
    // on Monday`; only a quote's own period is checked so.)
    let loose = matches!(cx.content_last(q), Some('?' | '!'));
    // (After a quote's period, only a plain verb of saying: `"…." Strand
    // disagreed.`, `"…." Lund agrees.` introduce what follows.)
    if !loose && !is_plain_speech_verb(cx.lex.low(k)) {
        return None;
    }
    let ends = |j: usize| matches!(doc.toks[j].kind(), TokKind::Punct('.' | '!' | '?'));
    let short_tail = || {
        hi - n <= MAX_CUE_SENTENCE_TAIL
            && (n..hi).all(|j| {
                ends(j) || cx.lex.word(j) && cx.lex.low(j) != "that" && !speech_verb_at(cx, j)
            })
    };
    // (Read only when `n` is short of `hi`.)
    let ends_at_once = || {
        if loose {
            matches!(doc.toks[n].kind(), TokKind::Punct(c) if c != ':')
        } else {
            ends(n)
        }
    };
    // (`to` opens a listener, `said to reporters`, not an infinitive:
    // `has vowed to keep it legal` is a sentence of its own.)
    let phrase = || {
        cx.lex.word(n)
            && is_cue_tail(cx.lex.low(n))
            && !(cx.lex.low(n) == "to" && infinitive_at(cx, n + 1))
            || takes_listener(cx.lex.low(k))
    };
    // (`McConnell has said repeatedly "the next president" should …`: a
    // quote further in the cue's sentence is the one the verb opens.)
    if hi == ceil && hi < doc.toks.len() && doc.toks[hi].sent == doc.toks[r].sent {
        return None;
    }
    let tail_ok = n >= hi || ends_at_once() || phrase() && (loose || short_tail());
    tail_ok.then_some(Link {
        np,
        at: r,
        rule: Rule::NextSentenceSaid,
        cue: Some(cx.span(k)),
    })
}

/// Does token `j`, right after `to`, read as an infinitive's verb (`vowed
/// to keep`) rather than a listener (`to reporters`, `to the crowd`, `to
/// CNN`, `to him`): a lower-case word, no determiner, object pronoun or
/// plural?
fn infinitive_at(cx: &Ctx<'_, '_, '_>, j: usize) -> bool {
    let lex = cx.lex;
    if !lex.word(j) || lex.cap(j) {
        return false;
    }
    let w = lex.low(j);
    !is_determiner(w) && !is_object_pronoun(w) && !w.ends_with('s')
}

/// `"…"` as a paragraph of its own, then `— Ada Miller, Skarholm.` (or
/// `-Ada Miller`) opening the next: a pull quote's or a list's credit
/// line names a person (not an outlet: `— AFP` is a wire credit).
fn dash_line(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let doc = cx.doc();
    let t = cx.qtok[q] as usize;
    let r = t + 1;
    if !cx.opens_para(q)
        || r + 1 >= doc.toks.len()
        || doc.toks[r].para != doc.toks[t].para + 1
        || !cx.lex.dash(r)
    {
        return None;
    }
    let m = cx.idx.starting_at(r + 1)?;
    let name = &cx.ms[m];
    let e = name.end;
    let person = !name.org && (name.personal || e - name.start > 1);
    let ends = e >= doc.toks.len()
        || doc.toks[e].para != doc.toks[r].para
        || cx.lex.punct(e, ',')
        || cx.lex.punct(e, '.')
            && (e + 1 >= doc.toks.len() || doc.toks[e + 1].para != doc.toks[r].para);
    (person && ends).then(|| Link {
        np: Np::Name(m),
        at: r + 1,
        rule: Rule::Dash,
        cue: Some(cx.span(r)),
    })
}

/// `harbour pilot Ilse Varga`, `the cheerful porter Tom Reed`: a name
/// after a few lower-case words of a role the lexicon does not know (an
/// article at most first), as the subject or object of a cue right after
/// a quote. Returns the name and one past its phrase.
fn role_then_name(cx: &Ctx<'_, '_, '_>, r: usize, hi: usize) -> Option<(Np, usize)> {
    let lex = cx.lex;
    let mut k = r;
    if lex.word(k) && is_article(lex.low(k)) {
        k += 1;
    }
    while k < hi && k < r + 5 {
        if let Some(m) = cx.idx.starting_at(k).filter(|_| k > r) {
            let m_ = &cx.ms[m];
            if m_.org || m_.end - m_.start < 2 && !m_.personal {
                return None;
            }
            let end = m_.role_after.map_or(m_.end, |a| a.toks.1.max(m_.end));
            return Some((Np::Name(m), end.min(hi)));
        }
        let w = lex.low(k);
        let plain = lex.word(k)
            && !lex.cap(k)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lex.reporting(w)
            && !crate::lexicon::grammar::is_determiner(w)
            && crate::lexicon::pronouns::subject_pronoun(w).is_none()
            && !crate::lexicon::grammar::is_clause_word(w);
        if !plain {
            return None;
        }
        k += 1;
    }
    None
}

/// `X said, "…"` · `X said: "…"` · `X told reporters: "…"` · `X responded "…"`,
/// and `X said:` (or, in fiction, `she said,`) ending the paragraph before
/// a quote that opens its own.
pub(crate) fn left(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    let (lo, t) = cx.left(q);
    if t <= lo {
        let doc = cx.doc();
        if t == 0 || !doc.toks[t].line_start() || doc.toks[t - 1].para + 1 != doc.toks[t].para {
            return None;
        }
        // (In fiction the colon may be a comma or a dash: `Ilse said--`,
        // `thus began:--`.)
        let mut end = t;
        while end > t.saturating_sub(MAX_END_DASHES) && cx.lex.dash(end - 1) {
            end -= 1;
        }
        let colon_before =
            end > 0 && (end < t || cx.lex.punct(end - 1, ':') || cx.lex.punct(end - 1, ','));
        if !colon_before {
            return None;
        }
        // The sentence that ends in that colon (not reaching past the
        // previous quote).
        let floor = if q > 0 {
            cx.qtok[q - 1] as usize + 1
        } else {
            0
        };
        let lo = doc.sentence_lo(end - 1, floor, REACH - 1);
        return left_of(cx, lo, end, Rule::SaidColonBefore).or_else(|| ends_in_saying(cx, lo, end));
    }
    left_of(cx, lo, t, Rule::NameSaidBefore).or_else(|| said_first(cx, lo, t))
}

/// The most dashes ending a paragraph before a quote (`said--`).
const MAX_END_DASHES: usize = 3;

/// The most tokens between a verb of saying that ends a paragraph and its
/// last comma (`added, with a smile,`, `said to Ilse,`).
const MAX_SAYING_TAIL: usize = 8;

/// A paragraph of narration whose last sentence (from `lo` to its end
/// punctuation at `end`) ends in a verb of saying with only an adverbial
/// or a listener after it, and whose subject opens the sentence: `Ilse
/// opened the door and called out,`, `To this, Ilse very gravely
/// replied,`, `Ilse hesitated, and then replied,`, `Ilse presently
/// added, with a smile,` — the subject speaks the quote opening the next
/// paragraph. (Not past a relative clause or another name between the
/// subject and the verb: `Tomas turned to Ilse, who said,`.)
fn ends_in_saying(cx: &Ctx<'_, '_, '_>, lo: usize, end: usize) -> Option<Link> {
    let mut e = end;
    if e > lo && (cx.lex.punct(e - 1, ',') || cx.lex.punct(e - 1, ':')) {
        e -= 1;
    }
    let lim = e.saturating_sub(MAX_SAYING_TAIL).max(lo + 1);
    let v = (lim..e)
        .rev()
        .find(|&k| speech_verb_at(cx, k) && !is_noun_here(cx, k, lo))?;
    let tail_ok = (v + 1..e)
        .all(|k| cx.lex.punct(k, ',') || cx.lex.word(k) && !is_clause_opener(cx.lex.low(k)));
    if !tail_ok {
        return None;
    }
    // (The sentence's first words, else past an opening phrase.)
    let opening = np_starting_at(cx.lex, cx.idx, cx.ms, lo, v)
        .filter(|&(np, e)| !matches!(np, Np::Document(None)) && e < v && cx.lex.word(e))
        .map(|(np, _)| (np, lo));
    let (np, at) = opening
        .or_else(|| clause_subject(cx, v))
        .filter(|&(_, at)| at >= lo)?;
    // (Past the subject's own capitalised words.)
    let mut from = at + 1;
    while from < v && cx.lex.word(from) && cx.lex.cap(from) {
        from += 1;
    }
    let clear = (from..v).all(|k| {
        !cx.lex.word(k)
            || !cx.lex.cap(k) && !is_relative_pronoun(cx.lex.low(k)) && cx.lex.low(k) != "that"
    });
    clear.then(|| Link {
        np,
        at,
        rule: Rule::SaidColonBefore,
        cue: Some(cx.span(v)),
    })
}

/// `Said Dora Lund, who grew up with him, "We were all so proud."`: a
/// sentence that opens with its verb of saying (or a phrase, a comma and
/// the verb: `But, said Dora Lund, "…"`, `Because of the schedule,
/// explained Dora Lund, "…"`), then its subject, and goes on to the quote
/// at `t`.
fn said_first(cx: &Ctx<'_, '_, '_>, lo: usize, t: usize) -> Option<Link> {
    let doc = cx.doc();
    if !doc.toks[lo].sent_start() {
        return None;
    }
    // (After an opening phrase and its comma: the first comma's.)
    let v = if finite_speech_verb_at(cx, lo) {
        lo
    } else {
        let lim = t.min(lo + MAX_OPENING_PHRASE);
        let comma = (lo + 1..lim).find(|&k| cx.lex.punct(k, ','))?;
        comma + 1
    };
    if v + 1 >= t || !finite_speech_verb_at(cx, v) || cx.lex.cap(v) && v != lo {
        return None;
    }
    let (np, e) = np_starting_at(cx.lex, cx.idx, cx.ms, v + 1, t)?;
    let named = matches!(np, Np::Name(_) | Np::Descriptor { .. });
    (named && e < t && cx.lex.punct(e, ',')).then(|| Link {
        np,
        at: v + 1,
        rule: Rule::NameSaidBefore,
        cue: Some(cx.span(v)),
    })
}

/// `X said: "…"` with the verb's sentence from `lo` to the quote at `t`;
/// `rule` is the link's when the verb's subject speaks.
fn left_of(cx: &Ctx<'_, '_, '_>, lo: usize, t: usize, rule: Rule) -> Option<Link> {
    if t <= lo {
        return None;
    }
    let mut end = t;
    if cx.lex.punct(end - 1, ',') || cx.lex.punct(end - 1, ':') {
        end -= 1;
    }
    // The verb may be followed by a listener or a short adverbial:
    // `told reporters`, `told the BBC`, `said on Friday`.
    let lim = end.saturating_sub(6).max(lo);
    let mut v = end;
    while v > lim {
        v -= 1;
        // (`Reed shot back, "…"`, `pointed out in December, "…"`: the
        // particle ends the verb, before the quote or a short phrase.)
        let particle = phrasal_verb_before(cx, v, lo);
        // (`in a written statement, "…"`: a noun.)
        if speech_verb_at(cx, v) && !is_noun_here(cx, v, lo) || particle.is_some() {
            // Between the verb and the quote: no clause (`that …`).
            let gap_ok = (v + 1..end).all(|k| {
                let w = cx.lex.low(k);
                cx.lex.word(k) && !is_clause_opener(w) && !matches!(w, "to" | "for")
            });
            if !gap_ok || (v + 1 < end && end == t) {
                return None;
            }
            // `X followed up with an apology, saying "…"`: the clause's
            // subject speaks.
            if v > lo && cx.lex.punct(v - 1, ',') && cx.lex.low(v).ends_with("ing") {
                return saying(cx, v, lo);
            }
            let verb = particle.unwrap_or(v);
            // (`She turned to him and said, "…"`: a verb after `and`
            // shares the subject that opens its clause.)
            let coordinated = || {
                (v > lo + 1 && cx.lex.word(v - 1) && cx.lex.low(v - 1) == "and")
                    .then(|| clause_subject(cx, v))
                    .flatten()
                    .filter(|&(_, at)| at >= lo)
            };
            let (np, at) = subject_before(cx, verb, lo).or_else(coordinated)?;
            // `Her campaign sent an email to supporters saying: "…"`: a
            // participle after an object; the clause's subject speaks.
            if cx.lex.low(verb).ends_with("ing")
                && at > lo
                && cx.lex.word(at - 1)
                && !cx.lex.cap(at - 1)
                && is_object_preposition(cx.lex.low(at - 1))
            {
                return saying(cx, verb, lo);
            }
            return Some(Link {
                np,
                at,
                rule,
                cue: Some(cx.span(verb)),
            });
        }
        if !cx.lex.word(v) {
            return None;
        }
    }
    None
}

/// A participle of saying at token `v` whose clause's subject speaks
/// (`X followed up with an apology, saying "…"`).
fn saying(cx: &Ctx<'_, '_, '_>, v: usize, lo: usize) -> Option<Link> {
    let (np, at) = participle_subject(cx, v, lo)?;
    Some(Link {
        np,
        at,
        rule: Rule::Saying,
        cue: Some(cx.span(v)),
    })
}

/// Who speaks by a participle of saying at `v` that follows a comma or
/// `by`/`and`: after a finite verb of saying and its comma (`Berg said,
/// adding …`, `…, Lund said, adding: "…"`), that verb's subject; else the
/// clause's subject (`X issued a warning, saying …`). `lo` bounds the
/// search for the verb's subject.
pub(crate) fn participle_subject(cx: &Ctx<'_, '_, '_>, v: usize, lo: usize) -> Option<(Np, usize)> {
    // (`shrugged off Reed's comments, telling`: a noun, no verb.)
    let after_cue = v > lo + 2
        && cx.lex.punct(v - 1, ',')
        && cx.lex.word(v - 2)
        && finite_speech_verb_at(cx, v - 2)
        && !is_noun_here(cx, v - 2, lo);
    after_cue
        .then(|| subject_before(cx, v - 2, lo))
        .flatten()
        .or_else(|| clause_subject(cx, v))
}

/// Longest opening phrase before a clause's subject (`When told the
/// minister had resigned, Reed …`), in tokens.
const MAX_OPENING_PHRASE: usize = 24;

/// Most tokens of a dateline before its dash (`TARNBY, June 12 (AFP) –`).
const MAX_DATELINE_TOKENS: usize = 10;

/// The subject that opens the sentence holding token `v`: a name,
/// pronoun or descriptor at the sentence's start (after an opening `But`
/// or `And`, or a short phrase and a comma), followed by a word (its verb).
pub(crate) fn clause_subject(cx: &Ctx<'_, '_, '_>, v: usize) -> Option<(Np, usize)> {
    let doc = cx.doc();
    // The sentence's start, over any quote in it (a title in quotes).
    let mut s = doc.sentence_lo(v, 0, REACH);
    if !doc.toks[s].sent_start() {
        return None;
    }
    if cx.lex.word(s) && matches!(cx.lex.low(s), "but" | "and" | "so") {
        s += 1;
    }
    // A name may be followed by its bracket (`Denholm, 35, who stars in …,
    // shared a message, saying`); other subjects by their verb.
    let subject_at = |s: usize| {
        let (np, e) = np_starting_at(cx.lex, cx.idx, cx.ms, s, v)?;
        // (`Sen. Ada Brisk (D-Vel.) left, saying`: a name's party bracket.)
        let followed = cx.lex.word(e)
            || matches!(np, Np::Name(_)) && (cx.lex.punct(e, ',') || cx.lex.punct(e, '('));
        (!matches!(np, Np::Document(None)) && e < v && followed).then_some((np, s))
    };
    // `TARNBY (AFP) – Ada Lund left, saying`: past a dateline's dash,
    // after no lower-case word.
    let dateline_dash = (s + 1..v.min(s + MAX_DATELINE_TOKENS))
        .take_while(|&k| {
            !cx.lex.word(k)
                || cx.lex.cap(k)
                || cx.lex.low(k).starts_with(|c: char| c.is_ascii_digit())
        })
        .find(|&k| cx.lex.dash(k));
    if let Some(d) = dateline_dash {
        if let Some(found) = subject_at(d + 1) {
            return Some(found);
        }
    }
    // Else after an opening phrase: `After the vote, Jane Roe left, saying …`
    // (past a place's region in it: `Speaking in Tarnby, Kestria, Reed
    // left, saying`).
    subject_at(s).or_else(|| {
        let lim = v.min(s + MAX_OPENING_PHRASE);
        let mut comma = (s + 1..lim).find(|&k| cx.lex.punct(k, ','))?;
        loop {
            let found = subject_at(comma + 1);
            match found {
                Some((Np::Name(m), _)) if cx.ms[m].object && cx.lex.punct(cx.ms[m].end, ',') => {
                    comma = cx.ms[m].end;
                }
                _ => return found,
            }
        }
    })
}
