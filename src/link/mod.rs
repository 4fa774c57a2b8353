//! Linking: every attribution rule, and the order they run in.
//!
//! Each rule lives in a file of its own (or of its family) and has an id,
//! [`Rule`]; [`Rule::sieve`] is the one table from rule ids to the public
//! [`Sieve`]. The order of both passes is written once, in
//! [`link_window`]:
//!
//! - **Pass 1**, in token order: a quote that is a term by its context
//!   gets no speaker ([`term`]); otherwise the cue rules, most precise
//!   first, and the first that fires wins: [`adjacent`] (`"…," X said`,
//!   `X said: "…"`), [`colon`] (`X: "…"`), [`according`] (`according to
//!   X`), [`reported`] (the subject of a verb of saying around a partial
//!   quote). Speech verbs outside quoted sentences make their subject the
//!   current speaker as the pass goes ([`current`]).
//! - **Pass 2**, in order, over the quotes pass 1 left: a headline's quote
//!   repeated in the body ([`later`]), an action beat in the quote's own
//!   paragraph, a verdict in the next paragraph, a neighbouring quote's
//!   speaker ([`continuation`]), and last the weak fallbacks: a `he`/`she`
//!   subject, the current speaker ([`current`]).
//!
//! After every window, [`later::named_later`] names unnamed sources the
//! text names further on. Pronoun and descriptor subjects are resolved to
//! entities by [`crate::resolve`] as the links are made; later rules see
//! earlier answers.

mod according;
mod adjacent;
mod colon;
mod continuation;
mod current;
mod later;
mod reported;
mod term;

use crate::analysis::{QuoteKind, Sieve};
use crate::lexicon::grammar::is_passive_auxiliary;
use crate::mention::{Lex, MentionIndex, NameMention, Np};
use crate::resolve::{Entities, Resolved};
use crate::segment::Doc;
use crate::span::Span;

pub(crate) use later::named_later;

/// The most tokens a rule reads on either side of a quote or cue: every
/// rule's work per quote is bounded by it.
pub(crate) const REACH: usize = 40;

/// An attribution rule's id: which rule linked a quote. Tests pin it;
/// [`Rule::sieve`] maps it to the public [`Sieve`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Rule {
    /// `"…," said X` (a finite verb, then its subject).
    SaidName,
    /// `"…," X said`, `"…," X, the Y of Z, said`.
    NameSaid,
    /// `the BBC quoted him as saying "…"`: the one quoted.
    QuotedAs,
    /// `"…" — X, the Y`.
    Dash,
    /// `"Why?" X asked.`: the cue a short sentence of its own after the quote.
    NextSentenceSaid,
    /// `"…" about the decision, said X.`: the cue ends the quote's sentence.
    SentenceEndSaid,
    /// `X said: "…"`, `X told reporters, "…"`.
    NameSaidBefore,
    /// `X said:` ending the paragraph before a quote that opens its own.
    SaidColonBefore,
    /// `X followed up with an apology, saying "…"`: the clause's subject.
    Saying,
    /// `X: "…"` at the start of a line (interviews, debates, captions).
    ColonLabel,
    /// `'…': X vows to fight` in a headline.
    HeadlineColon,
    /// `X is more blunt: "…"`: the subject of a sentence ending in a colon.
    SubjectColon,
    /// `"…," according to X`, `According to X, "…"`.
    AccordingTo,
    /// `For X, the plan is "…"`: the view of the person the sentence opens with.
    ForWhom,
    /// A partial quote in a sentence whose verb of saying has a subject.
    Reported,
    /// `X issued a warning, saying travel could be "…"`.
    ReportedSaying,
    /// A further quote in the same sentence as an attributed one.
    SameSentence,
    /// `"…." "…," she said.`: the next quote, right after, has a cue.
    NextCued,
    /// The previous attributed quote in the same paragraph.
    SameParagraph,
    /// A paragraph opening with a quote, after an attributed one.
    NextParagraph,
    /// A quote-only paragraph after a question and its answer: the asker.
    TurnTaking,
    /// A short narration sentence led by a person next to the quote.
    ActionBeat,
    /// A headline quote the body repeats, or whose subject the headline names.
    HeadlineEcho,
    /// `"…"` then `That was the verdict of X`.
    Verdict,
    /// A partial quote in a sentence whose subject is `he`/`she`, or a
    /// name the story quotes (weak).
    PronounSubject,
    /// The current speaker, with no neighbour to continue (weak).
    CurrentSpeaker,
}

impl Rule {
    /// The public sieve a rule belongs to: the one table.
    pub(crate) fn sieve(self) -> Sieve {
        use Rule::*;
        match self {
            SaidName | NameSaid | QuotedAs | Dash | NextSentenceSaid | SentenceEndSaid
            | NameSaidBefore | SaidColonBefore | Saying => Sieve::Adjacent,
            ColonLabel | HeadlineColon | SubjectColon => Sieve::Colon,
            AccordingTo | ForWhom => Sieve::AccordingTo,
            Reported | ReportedSaying => Sieve::ReportedSpeech,
            SameSentence | NextCued | SameParagraph | NextParagraph | TurnTaking | ActionBeat
            | PronounSubject | CurrentSpeaker => Sieve::Continuation,
            HeadlineEcho | Verdict => Sieve::Later,
        }
    }

    /// A weak link: a fallback on who the story was last quoting.
    pub(crate) fn weak(self) -> bool {
        matches!(self, Rule::PronounSubject | Rule::CurrentSpeaker)
    }
}

/// A cue rule's answer: who (as a phrase), which rule, and where the cue is.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Link {
    pub np: Np,
    /// Token of the phrase (for salience: pronouns look back from here).
    pub at: usize,
    pub rule: Rule,
    pub cue: Option<Span>,
}

/// What linking decided for one top-level quote.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Decision {
    /// Set before linking for a term; settled after it for the rest.
    pub kind: Option<QuoteKind>,
    pub entity: Option<usize>,
    pub rule: Option<Rule>,
    /// The rule's sieve, or the resolution's (`she said` is a pronoun's).
    pub sieve: Option<Sieve>,
    pub cue: Option<Span>,
    /// A cue was found but its subject resolved to nobody.
    pub cue_unresolved: bool,
}

/// What the sieves read: the document, its mentions, and the quotes.
pub(crate) struct Ctx<'a, 'd, 't> {
    pub lex: &'a Lex<'d, 't>,
    pub idx: &'a MentionIndex,
    pub ms: &'a [NameMention],
    /// Token index of each top-level quote.
    pub qtok: &'a [u32],
    /// Content of each top-level quote.
    pub content: &'a [&'t str],
}

impl<'a, 'd, 't> Ctx<'a, 'd, 't> {
    pub fn doc(&self) -> &'d Doc<'t> {
        self.lex.doc
    }

    /// Tokens before quote `q` that a sieve may read: back to the start of
    /// its sentence, the previous quote, or the window's edge.
    pub fn left(&self, q: usize) -> (usize, usize) {
        let t = self.qtok[q] as usize;
        let floor = if q > 0 {
            self.qtok[q - 1] as usize + 1
        } else {
            0
        };
        (self.doc().sentence_lo(t, floor, REACH), t)
    }

    /// Tokens after quote `q`: to the end of its sentence, the next quote,
    /// or the window's edge.
    pub fn right(&self, q: usize) -> (usize, usize) {
        let t = self.qtok[q] as usize;
        let ceil = self
            .qtok
            .get(q + 1)
            .map_or(self.doc().toks.len(), |&n| n as usize);
        let toks = &self.doc().toks;
        let mut hi = t + 1;
        while hi < ceil && hi - t <= REACH && toks[hi].sent == toks[t].sent {
            hi += 1;
        }
        (t + 1, hi)
    }

    /// Is token `i` in the document's first line, where headlines capitalise
    /// their verbs (`Strategist Cites a 'Big Surprise'`)?
    pub fn in_headline(&self, i: usize) -> bool {
        self.lex.in_headline(i)
    }

    /// The span of token `i`.
    pub fn span(&self, i: usize) -> Span {
        self.doc().toks[i].span()
    }
}

/// The public sieve of a cue rule's link, given how its subject was
/// resolved: `she said` is the pronoun's, `the minister said` the
/// descriptor's (or, for a person the text names only after the quote,
/// [`Sieve::Later`]).
fn resolved_sieve(rule: Rule, how: Resolved, named_after: bool) -> Sieve {
    match how {
        Resolved::Pronoun => Sieve::Pronoun,
        Resolved::Descriptor if named_after => Sieve::Later,
        Resolved::Descriptor => Sieve::Descriptor,
        Resolved::Named => rule.sieve(),
    }
}

/// Pass 1 for one quote: the cue rules in order; the first that fires wins.
fn cue_rules(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<Link> {
    adjacent::right(cx, q)
        .or_else(|| adjacent::left(cx, q))
        .or_else(|| colon::link(cx, q))
        .or_else(|| according::link(cx, q))
        .or_else(|| reported::link(cx, q))
}

/// Which of a window's quotes and tokens are its own: quotes before
/// `lead` and tokens before `own_tok` belong to the lead-in (the end of
/// the previous window, read again for context).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reach {
    pub lead: usize,
    pub own_tok: usize,
    /// Another window follows: the speech verbs after the last quote are
    /// its first quotes' context.
    pub more: bool,
}

/// Link one window's own quotes: pass 1, then pass 2, in the order the
/// module's docs give. `dec` holds the lead-in's decisions (as the previous
/// window made them) and a default for each of the window's own quotes.
pub(crate) fn link_window(
    cx: &Ctx<'_, '_, '_>,
    ents: &mut Entities,
    dec: &mut [Decision],
    reach: Reach,
) {
    let (lex, ms) = (cx.lex, cx.ms);
    let doc = cx.doc();
    // Pass 1, in token order: each quote's cue rules, and each speech verb
    // outside quoted sentences (`…, Ms Roe said.`), whose subject becomes
    // the current speaker. Subjects are resolved as we go so that later
    // pronouns see earlier speakers.
    let verbs = current::indirect_speech_verbs(cx);
    let mut vi = verbs.partition_point(|&v| v < reach.own_tok);
    let indirect_until = |ents: &mut Entities, tok: usize, vi: &mut usize| {
        while *vi < verbs.len() && verbs[*vi] < tok {
            if let Some((np, at)) = current::indirect_subject(cx, verbs[*vi]) {
                if let Some((entity, _)) = ents.resolve(lex, ms, np, at) {
                    ents.touch(at, entity);
                }
            }
            *vi += 1;
        }
    };
    for (q, &qt) in doc.quote_tok.iter().enumerate().skip(reach.lead) {
        let qt = qt as usize;
        indirect_until(ents, qt, &mut vi);
        if let Some(k) = term::classify_kind(cx, q) {
            dec[q].kind = Some(k);
            continue;
        }
        let Some(Link { np, at, rule, cue }) = cue_rules(cx, q) else {
            continue;
        };
        let Some((entity, how)) = ents.resolve(lex, ms, np, at) else {
            // A cue whose subject resolves to nobody (`she said` with only
            // men named): the quote stays unattributed, not guessed.
            dec[q].cue_unresolved = true;
            continue;
        };
        let named_after = ents.list[entity].first_pos > doc.toks[qt].span().start;
        ents.touch(at, entity);
        dec[q] = Decision {
            kind: None,
            entity: Some(entity),
            rule: Some(rule),
            sieve: Some(resolved_sieve(rule, how, named_after)),
            cue,
            cue_unresolved: false,
        };
    }
    if reach.more {
        indirect_until(ents, doc.toks.len(), &mut vi);
    }

    // Pass 2: context, in order, seeing pass 1's answers and each other's.
    for q in reach.lead..dec.len() {
        if dec[q].kind.is_some() || dec[q].entity.is_some() || dec[q].cue_unresolved {
            continue;
        }
        let src = {
            let dec = &*dec;
            let ents = &*ents;
            let linked = |p: usize, cue_only: bool| {
                dec[p].entity.is_some()
                    && (!cue_only || dec[p].sieve.is_some_and(|s| s != Sieve::Continuation))
            };
            let blocks = |m: usize, p: usize| {
                let e = ents.of_mention[m];
                Some(e) != dec[p].entity && current::speaking_person(ents, &ms[m], e)
            };
            let same = |a: usize, b: usize| dec[a].entity == dec[b].entity;
            let known = continuation::Decided {
                linked: &linked,
                blocks: &blocks,
                same: &same,
            };
            continuation::source(cx, q, &known)
        };
        // An action beat in the quote's own paragraph outranks a
        // continuation from another paragraph.
        let para_of = |k: usize| doc.toks[cx.qtok[k] as usize].para;
        let beat = src
            .filter(|&(p, _)| para_of(p) == para_of(q))
            .is_none()
            .then(|| continuation::beat(cx, q))
            .flatten()
            .and_then(|(np, at)| ents.resolve(lex, ms, np, at));
        let (entity, rule) = if let Some(e) = later::headline_speaker(cx, ents, dec, q) {
            (Some(e), Rule::HeadlineEcho)
        } else if let Some((e, _)) = beat {
            (Some(e), Rule::ActionBeat)
        } else if let Some(e) = later::verdict_of(cx, ents, q) {
            (Some(e), Rule::Verdict)
        } else if let Some((p, rule)) = src {
            (dec[p].entity, rule)
        } else if let Some(e) = current::pronoun_subject(cx, ents, q) {
            (Some(e), Rule::PronounSubject)
        } else if let Some(e) = current::current_speaker(cx, ents, q) {
            (Some(e), Rule::CurrentSpeaker)
        } else {
            continue;
        };
        dec[q].entity = entity;
        dec[q].rule = Some(rule);
        dec[q].sieve = Some(rule.sieve());
    }
}

/// `Jane Roe was arrested`: after the subject ending before `end`, a
/// passive; the subject undergoes, it does not speak.
pub(crate) fn passive_after(cx: &Ctx<'_, '_, '_>, end: usize) -> bool {
    let lex = cx.lex;
    lex.word(end)
        && is_passive_auxiliary(lex.low(end))
        && (end + 1..end + 3)
            .any(|k| lex.word(k) && lex.low(k).ends_with("ed") && !lex.speech_at(k))
}

/// Does token `k` open a relative clause (`who`, `whose`, `which`)?
pub(crate) fn opens_relative(cx: &Ctx<'_, '_, '_>, k: usize) -> bool {
    cx.lex.word(k) && matches!(cx.lex.low(k), "who" | "whose" | "which")
}

/// Confidence factor for a quote given to the current speaker with no
/// neighbouring quote to continue.
const WEAK_FACTOR: f32 = 0.7;

/// Confidence of a decision's link.
pub(crate) fn confidence(d: &Decision) -> f32 {
    let Some(sieve) = d.sieve else {
        return 0.0;
    };
    let base = match sieve {
        Sieve::Adjacent => 0.95,
        Sieve::Colon => 0.9,
        Sieve::AccordingTo => 0.9,
        Sieve::Descriptor => 0.8,
        Sieve::ReportedSpeech => 0.8,
        Sieve::Pronoun => 0.75,
        Sieve::Continuation => 0.7,
        Sieve::Later => 0.6,
    };
    base * if d.rule.is_some_and(Rule::weak) {
        WEAK_FACTOR
    } else {
        1.0
    }
}

/// Linked only by a rule that a scare word overrules.
fn weakly_linked(sieve: Option<Sieve>) -> bool {
    matches!(
        sieve,
        None | Some(Sieve::ReportedSpeech | Sieve::Continuation)
    )
}

/// What quote `q`'s kind depends on, once its window is linked: whether it
/// is a scare quote (unlinked and `is_scare_quote`, or weakly linked and
/// `is_scare_word`), and its kind should it not be a term.
pub(crate) fn kind_evidence(cx: &Ctx<'_, '_, '_>, d: &Decision, q: usize) -> (bool, QuoteKind) {
    let scare = d.kind.is_none()
        && if d.entity.is_none() {
            term::is_scare_quote(cx, q)
        } else {
            weakly_linked(d.sieve) && term::is_scare_word(cx, q)
        };
    let plain = if d.kind.is_some() || scare && d.entity.is_none() {
        QuoteKind::Direct
    } else {
        direct_or_partial(cx, q)
    };
    (scare, plain)
}

/// Settle a decision once every window is linked: an unnamed source named
/// later is that person (`renamed`); a quote with no kind yet is a term if
/// it is a scare quote no strong link holds, else `plain`.
pub(crate) fn settle(
    mut d: Decision,
    scare: bool,
    plain: QuoteKind,
    renamed: &std::collections::HashMap<usize, usize>,
) -> Decision {
    // (The rule that linked the quote stays; the rename says who it was.)
    if let Some(&named) = d.entity.and_then(|e| renamed.get(&e)) {
        d.entity = Some(named);
        d.sieve = Some(Sieve::Later);
    }
    if d.kind.is_none() {
        let scare = scare && (d.entity.is_none() || weakly_linked(d.sieve));
        d.kind = Some(if scare {
            d.entity = None;
            d.rule = None;
            d.sieve = None;
            QuoteKind::Term
        } else {
            plain
        });
    }
    d
}

/// Kind for quotes that are not terms: a fragment inside a sentence is
/// partial, a quote that opens with a capital or follows a colon or comma
/// is direct.
pub(crate) fn direct_or_partial(cx: &Ctx<'_, '_, '_>, q: usize) -> QuoteKind {
    let first = cx.content[q]
        .chars()
        .find(|c| c.is_alphanumeric())
        .unwrap_or('A');
    let t = cx.qtok[q] as usize;
    let doc = cx.doc();
    let embedded = t > 0
        && doc.toks[t - 1].sent == doc.toks[t].sent
        && doc.is_word(t - 1)
        && !cx.lex.speech(doc.low(t - 1));
    if first.is_lowercase() && embedded
        || first.is_lowercase() && !doc.toks[t].sent_start() && t > 0 && doc.is_word(t - 1)
    {
        QuoteKind::Partial
    } else {
        QuoteKind::Direct
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{QuoteKind, Sieve};
    use crate::Attributor;

    /// (text, index of the quote, expected sieve, expected speaker name).
    const SIEVES: &[(&str, usize, Option<Sieve>, Option<&str>)] = &[
        (
            "\"Fine,\" said Ada Crane.",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "\"Fine,\" Ada Crane said.",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "Ada Crane said: \"Fine.\"",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "Ada Crane told the inquiry: \"Fine.\"",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "The inquiry met.\n\nAda Crane said:\n\n\"Fine.\"",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "\"Fine.\" — Ada Crane, the harbour master",
            0,
            Some(Sieve::Adjacent),
            Some("Ada Crane"),
        ),
        (
            "Crane: \"Fine.\"\nBerg: \"Not fine.\"",
            1,
            Some(Sieve::Colon),
            Some("Berg"),
        ),
        (
            "\"It is fine,\" according to Ada Crane.",
            0,
            Some(Sieve::AccordingTo),
            Some("Ada Crane"),
        ),
        (
            "Ada Crane said the pier was \"quite safe\".",
            0,
            Some(Sieve::ReportedSpeech),
            Some("Ada Crane"),
        ),
        (
            "Ada Crane arrived. \"Fine,\" she said.",
            0,
            Some(Sieve::Pronoun),
            Some("Ada Crane"),
        ),
        (
            "Ada Crane is the harbour master. \"Fine,\" the harbour master said.",
            0,
            Some(Sieve::Descriptor),
            Some("Ada Crane"),
        ),
        (
            "\"Fine,\" said Ada Crane.\n\n\"Really fine.\"",
            1,
            Some(Sieve::Continuation),
            Some("Ada Crane"),
        ),
        ("The pier was \"quite safe\" for years.", 0, None, None),
    ];

    #[test]
    fn each_sieve_fires_on_its_pattern() {
        let who = Attributor::new();
        for &(text, i, sieve, name) in SIEVES {
            let a = who.attribute(text).expect("attribute");
            let q = &a.quotes()[i];
            assert_eq!(q.sieve(), sieve, "{text}");
            assert_eq!(a.speaker(q).map(|s| s.name()), name, "{text}");
        }
    }

    #[test]
    fn kinds() {
        let cases: &[(&str, QuoteKind)] = &[
            ("\"We are ready,\" said Ada Crane.", QuoteKind::Direct),
            (
                "Ada Crane said the talks were \"going nowhere\".",
                QuoteKind::Partial,
            ),
            ("The so-called \"reset\" failed.", QuoteKind::Term),
            ("Her novel \"Salt Roads\" sold well.", QuoteKind::Term),
        ];
        let who = Attributor::new();
        for &(text, kind) in cases {
            let a = who.attribute(text).expect("attribute");
            assert_eq!(a.quotes()[0].kind(), kind, "{text}");
        }
    }
}
