//! Linking: every attribution rule, the order they run in, and the
//! decision between their candidates.
//!
//! Each rule lives in a file of its own (or of its family) and has an id,
//! [`Rule`]; [`Rule::sieve`] is the one table from rule ids to the public
//! [`Sieve`]. The order of both passes is written once, in
//! [`link_window`]:
//!
//! - **Pass 1**, in token order: a quote that is a term by its context
//!   gets no speaker ([`term`]); otherwise every cue rule, most precise
//!   first, proposes a candidate: [`adjacent`] (`"…," X said`, `X said:
//!   "…"`), [`colon`] (`X: "…"`), [`according`] (`according to X`),
//!   [`reported`] (the subject of a verb of saying around a partial
//!   quote); a name at an adjacent verb settles it. Speech verbs outside
//!   quoted sentences make their subject the current speaker as the pass
//!   goes ([`current`]).
//! - **Pass 2**, over the quotes pass 1 left: the narrator (`"…," I said`,
//!   [`dialogue`]); then, as candidates in this order, a headline's quote
//!   repeated in the body ([`later`]), an action beat in the quote's own
//!   paragraph, a verdict in the next paragraph, a turn in a conversation
//!   ([`dialogue`]), a neighbouring quote's speaker ([`continuation`]), and
//!   the weak fallbacks: a `he`/`she` subject, the current speaker
//!   ([`current`]).
//!
//! The decision ([`model`]) gives every candidate the probability, learned
//! from real news, that it is the speaker: the first candidate in the
//! rules' order wins unless the model, knowing its rule, finds it more
//! likely wrong than right and another more likely right than wrong; its
//! probability is the quote's confidence. After every window,
//! [`later::named_later`] names unnamed sources the text names further on.
//! Pronoun and descriptor subjects are resolved to entities by
//! [`crate::resolve`] (proposed, then committed for the winner); later
//! rules see earlier answers.

mod according;
mod adjacent;
mod colon;
mod continuation;
mod current;
mod dialogue;
mod later;
mod model;
mod reported;
mod term;
mod weights;

use crate::analysis::{QuoteKind, Sieve};
use crate::lexicon::grammar::{is_passive_auxiliary, is_relative_pronoun};
use crate::lexicon::pronouns::{person_noun_gender, possessive_pronoun};
use crate::lexicon::titles::title_gender;
use crate::lexicon::verbs::is_plain_speech_verb;
use crate::lexicon::words::is_kin_noun;
use crate::mention::{Lex, MentionIndex, NameMention, Np};
use crate::resolve::{Entities, Resolution, Resolved, Via};
use crate::segment::Doc;
use crate::span::Span;
use model::{Evidence, Features, QuoteFacts};

pub(crate) use later::named_later;
pub(crate) use model::NAMES as FEATURE_NAMES;
pub(crate) use weights::MIN_CONFIDENCE as TRAINED_MIN_CONFIDENCE;

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
    /// `X said:` (or `she said,`) ending the paragraph before a quote that
    /// opens its own.
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
    /// `Reed's pledge to be "tough on crime"`: a possessive and a noun
    /// for something said.
    NominalSpeech,
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
    /// `"…," I said`: the first-person narrator.
    Narrator,
    /// `A: "…"` in an interview: the interviewee.
    Interview,
    /// A turn's first quote, whose speaker a cue later in its paragraph
    /// names.
    SameTurn,
    /// A turn after one that addressed someone (`"Mr Orr, …"`, `said Ilse
    /// to Tomas`): the one addressed answers.
    Addressee,
    /// A turn in a two-party exchange: the one who spoke two turns ago.
    Alternation,
    /// A turn in a conversation whose turns name one person: the one
    /// other person present.
    Present,
    /// A turn in a conversation by someone other than the last speaker,
    /// with nobody to name: no speaker.
    DialogueUnknown,
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
            | NameSaidBefore | SaidColonBefore | Saying | Narrator => Sieve::Adjacent,
            ColonLabel | HeadlineColon | SubjectColon | Interview => Sieve::Colon,
            AccordingTo | ForWhom => Sieve::AccordingTo,
            Reported | ReportedSaying | NominalSpeech => Sieve::ReportedSpeech,
            SameSentence | NextCued | SameParagraph | NextParagraph | TurnTaking | ActionBeat
            | PronounSubject | CurrentSpeaker => Sieve::Continuation,
            Addressee | Alternation | Present | SameTurn | DialogueUnknown => Sieve::Continuation,
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

/// What linking decided for one top-level quote, in 28 bytes: a window
/// holds one for each of its quotes, and a storm of quotes holds one per
/// 16 bytes of text. Entities and offsets are 32-bit (inputs are at most
/// `u32::MAX` bytes, and entities fewer), [`NONE`] for none.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Decision {
    entity: u32,
    cue_start: u32,
    cue_end: u32,
    /// The best other candidate, and its probability.
    alt: u32,
    alt_prob: f32,
    /// The model's probability that `entity` is the speaker.
    pub prob: f32,
    /// Set before linking for a term; settled after it for the rest.
    pub kind: Option<QuoteKind>,
    pub rule: Option<Rule>,
    /// The rule's sieve, or the resolution's (`she said` is a pronoun's).
    pub sieve: Option<Sieve>,
    /// [`HAS_CUE`], [`CUE_UNRESOLVED`], the quote's kind should it not be
    /// a term if the decision read it ([`PLAIN`]), and above them bits of
    /// the caller's own ([`Decision::marks`]).
    flags: u8,
}

const _: () = assert!(std::mem::size_of::<Decision>() <= 28);

/// [`Decision`]'s 32-bit none.
const NONE: u32 = u32::MAX;
/// [`Decision`] has a cue.
const HAS_CUE: u8 = 1;
/// A cue was found but its subject resolved to nobody.
const CUE_UNRESOLVED: u8 = 2;
/// [`Decision::plain`]: none, direct, partial or term, in these bits.
const PLAIN: u8 = 0b1100;
const PLAIN_SHIFT: u32 = 2;
/// The bits [`Decision::marks`] leaves the caller.
const MARKS: u8 = !(HAS_CUE | CUE_UNRESOLVED | PLAIN);

/// An index or offset in 32 bits ([`NONE`] past them: none).
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(NONE)
}

impl Default for Decision {
    fn default() -> Self {
        Decision {
            entity: NONE,
            cue_start: 0,
            cue_end: 0,
            alt: NONE,
            alt_prob: 0.0,
            prob: 0.0,
            kind: None,
            rule: None,
            sieve: None,
            flags: 0,
        }
    }
}

impl Decision {
    /// The entity the quote is linked to.
    #[inline]
    pub fn entity(&self) -> Option<usize> {
        (self.entity != NONE).then_some(self.entity as usize)
    }
    #[inline]
    pub fn set_entity(&mut self, e: Option<usize>) {
        self.entity = e.map_or(NONE, narrow);
    }
    /// The cue's span.
    #[inline]
    pub fn cue(&self) -> Option<Span> {
        (self.flags & HAS_CUE != 0)
            .then(|| Span::new(self.cue_start as usize, self.cue_end as usize))
    }
    pub fn set_cue(&mut self, cue: Option<Span>) {
        self.cue_start = cue.map_or(0, |c| narrow(c.start));
        self.cue_end = cue.map_or(0, |c| narrow(c.end));
        self.flags = self.flags & !HAS_CUE | if cue.is_some() { HAS_CUE } else { 0 };
    }
    /// The best other candidate and its probability.
    #[inline]
    pub fn alt(&self) -> Option<(usize, f32)> {
        (self.alt != NONE).then_some((self.alt as usize, self.alt_prob))
    }
    pub fn set_alt(&mut self, alt: Option<(usize, f32)>) {
        self.alt = alt.map_or(NONE, |(e, _)| narrow(e));
        self.alt_prob = alt.map_or(0.0, |(_, p)| p);
    }
    /// A cue was found but its subject resolved to nobody.
    #[inline]
    pub fn cue_unresolved(&self) -> bool {
        self.flags & CUE_UNRESOLVED != 0
    }
    pub fn set_cue_unresolved(&mut self) {
        self.flags |= CUE_UNRESOLVED;
    }
    /// The quote's kind should it not be a term, if the decision read it.
    #[inline]
    pub fn plain(&self) -> Option<QuoteKind> {
        match (self.flags & PLAIN) >> PLAIN_SHIFT {
            1 => Some(QuoteKind::Direct),
            2 => Some(QuoteKind::Partial),
            3 => Some(QuoteKind::Term),
            _ => None,
        }
    }
    pub fn set_plain(&mut self, plain: Option<QuoteKind>) {
        let bits = match plain {
            None => 0,
            Some(QuoteKind::Direct) => 1,
            Some(QuoteKind::Partial) => 2,
            Some(QuoteKind::Term) => 3,
        };
        self.flags = self.flags & !PLAIN | bits << PLAIN_SHIFT;
    }
    /// The caller's own bits ([`MARKS`]): linking neither reads nor sets
    /// them.
    pub fn marks(&self) -> u8 {
        self.flags & MARKS
    }
    pub fn set_marks(&mut self, marks: u8) {
        debug_assert_eq!(marks & !MARKS, 0);
        self.flags = self.flags & !MARKS | marks & MARKS;
    }
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
    /// Where the tokens [`Ctx::left`] and [`Ctx::right`] give each
    /// top-level quote start and end, read once ([`sides`]): every rule
    /// asks.
    pub sides: &'a [(u32, u32)],
    /// How many mentions start before each top-level quote's token, read
    /// once ([`names_before`]): the features and the current speaker ask
    /// for every quote.
    pub names_before: &'a [u32],
}

/// For each of `doc`'s top-level quotes, how many of the mentions `ms`
/// (in order) start before its token: one walk over both, where a
/// bisection per quote would miss the cache at every step.
pub(crate) fn names_before(doc: &Doc<'_>, ms: &[NameMention]) -> Vec<u32> {
    let mut k = 0;
    doc.quote_tok
        .iter()
        .map(|&qt| {
            while k < ms.len() && ms[k].start < qt as usize {
                k += 1;
            }
            u32::try_from(k).unwrap_or(u32::MAX)
        })
        .collect()
}

/// For each of `doc`'s top-level quotes, the first token a sieve may read
/// before it (back to the start of its sentence, the previous quote, or
/// the window's edge, at most [`REACH`] tokens) and one past the last it
/// may read after it (to the end of its sentence, the next quote, or the
/// window's edge): what [`Ctx::left`] and [`Ctx::right`] give.
pub(crate) fn sides(doc: &Doc<'_>) -> Vec<(u32, u32)> {
    let (qtok, toks) = (&doc.quote_tok, &doc.toks);
    // Token indices fit in u32, as the quotes' do.
    let index = |k: usize| u32::try_from(k).unwrap_or(u32::MAX);
    (0..qtok.len())
        .map(|q| {
            let t = qtok[q] as usize;
            let floor = q.checked_sub(1).map_or(0, |p| qtok[p] as usize + 1);
            let lo = doc.sentence_lo(t, floor, REACH);
            let ceil = qtok.get(q + 1).map_or(toks.len(), |&n| n as usize);
            let mut hi = t + 1;
            while hi < ceil && hi - t <= REACH && toks[hi].sent == toks[t].sent {
                hi += 1;
            }
            (index(lo), index(hi))
        })
        .collect()
}

impl<'a, 'd, 't> Ctx<'a, 'd, 't> {
    pub fn doc(&self) -> &'d Doc<'t> {
        self.lex.doc
    }

    /// The paragraph quote `q` opens in.
    pub fn para_of(&self, q: usize) -> u32 {
        self.doc().toks[self.qtok[q] as usize].para
    }

    /// Does quote `q` open its paragraph?
    pub fn opens_para(&self, q: usize) -> bool {
        let t = self.qtok[q] as usize;
        t == 0 || self.doc().toks[t - 1].para != self.doc().toks[t].para
    }

    /// How many mentions start before quote `q`'s token: the mentions'
    /// `partition_point(|m| m.start < qtok[q])`.
    #[inline]
    pub fn names_before(&self, q: usize) -> usize {
        self.names_before[q] as usize
    }

    /// Tokens before quote `q` that a sieve may read: back to the start of
    /// its sentence, the previous quote, or the window's edge (see
    /// [`sides`]).
    #[inline]
    pub fn left(&self, q: usize) -> (usize, usize) {
        (self.sides[q].0 as usize, self.qtok[q] as usize)
    }

    /// Tokens after quote `q`: to the end of its sentence, the next quote,
    /// or the window's edge (see [`sides`]).
    #[inline]
    pub fn right(&self, q: usize) -> (usize, usize) {
        (self.qtok[q] as usize + 1, self.sides[q].1 as usize)
    }

    /// Is token `i` in the document's first line, where headlines capitalise
    /// their verbs (`Strategist Cites a 'Big Surprise'`)?
    pub fn in_headline(&self, i: usize) -> bool {
        self.lex.in_headline(i)
    }

    /// The last character of quote `q`'s words, past any mark left inside
    /// its content (`…?'` → `?`): whether it asks, or goes on (`,`).
    pub fn content_last(&self, q: usize) -> Option<char> {
        self.content[q]
            .trim_end()
            .trim_end_matches(['"', '\'', '”', '’'])
            .chars()
            .next_back()
    }

    /// Is quote `q` a term by its context (`the author of "Salt Roads,"`)?
    pub fn is_term(&self, q: usize) -> bool {
        term::classify_kind(self, q) == Some(QuoteKind::Term)
    }

    /// The quote whose token is `i`, if any.
    pub fn quote_at(&self, i: usize) -> Option<usize> {
        u32::try_from(i)
            .ok()
            .and_then(|i| self.qtok.binary_search(&i).ok())
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

/// A cue rule: quote `q`'s speaker phrase, if the rule fires.
type CueRule = fn(&Ctx<'_, '_, '_>, usize) -> Option<Link>;

/// Pass 1's cue rules, in order: the first that fires gives the candidate
/// the rules would give alone; the others propose rivals (or agree). A name
/// at an adjacent verb of saying (`"…," said Ada Crane`) is the most
/// precise cue there is: the rules after it are not asked.
const CUE_RULES: [CueRule; 5] = [
    adjacent::right,
    adjacent::left,
    colon::link,
    according::link,
    reported::link,
];

/// Does a cue's phrase settle the quote, so that no later rule is asked?
fn settles(link: &Link) -> bool {
    matches!(link.np, Np::Name(_)) && link.rule.sieve() == Sieve::Adjacent
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

/// A candidate speaker a rule proposes for a quote, before it is weighed.
#[derive(Clone, Copy, Debug)]
struct Proposal {
    entity: usize,
    rule: Rule,
    /// How a cue's subject phrase found the entity, and what linking it
    /// adds (committed only if the candidate wins).
    resolution: Option<Resolution>,
    /// The candidate's phrase, or the quote a continuation continues.
    anchor: Option<usize>,
    cue: Option<Span>,
    /// A continuation's source quote.
    source: Option<usize>,
    /// The probability the rule itself measured in this text, for a rule
    /// the model has not seen enough of to judge ([`model::knows`]).
    measured: Option<f32>,
}

/// What the decision records of each candidate when asked to (the
/// trainer's view, see [`crate::train`]).
#[derive(Clone, Debug)]
pub(crate) struct Record {
    /// The quote, among the window's top-level quotes.
    pub q: usize,
    pub entity: usize,
    pub x: Features,
}

/// Where the decision records its candidates for the trainer. With a sink
/// the rules' written order decides, not the model: the trainer's data must
/// not depend on the weights it trains.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    pub records: Vec<Record>,
    /// Each entity's name as the output gives it (filled at the end).
    pub names: Vec<String>,
    /// Each top-level quote's span (filled at the end).
    pub spans: Vec<Span>,
}

/// The tokens of quote `q`'s sentence the rules read around it (as
/// [`Ctx::left`] and [`Ctx::right`] bound them), within its paragraph.
fn sentence_around(cx: &Ctx<'_, '_, '_>, q: usize) -> (usize, usize) {
    let toks = &cx.doc().toks;
    let t = cx.qtok[q] as usize;
    let para = toks[t].para;
    let ((mut lo, _), (_, mut hi)) = (cx.left(q), cx.right(q));
    while lo < t && toks[lo].para != para {
        lo += 1;
    }
    while hi > t + 1 && toks[hi - 1].para != para {
        hi -= 1;
    }
    (lo, hi)
}

/// The quote's facts, the same for each of its candidates.
fn quote_facts(cx: &Ctx<'_, '_, '_>, q: usize) -> QuoteFacts {
    let doc = cx.doc();
    let t = cx.qtok[q] as usize;
    let para = doc.toks[t].para;
    let content = cx.content[q];
    let (lo, hi) = sentence_around(cx, q);
    QuoteFacts {
        partial: direct_or_partial(cx, q) == QuoteKind::Partial,
        len: content.len(),
        headline: cx.in_headline(t),
        own_paragraph: (t == 0 || doc.toks[t - 1].para != para)
            && doc.toks.get(t + 1).map_or(true, |n| n.para != para),
        // A `?` among the last few bytes, after the last ASCII letter or
        // digit (closing marks and brackets aside).
        question: content
            .bytes()
            .rev()
            .take(8)
            .find(|&b| b.is_ascii_alphanumeric() || b == b'?')
            == Some(b'?'),
        speech_verb: (lo..hi).any(|k| cx.lex.speech_at(k)),
        sentence: (lo, hi),
    }
}

/// Is a person other than `e` named in tokens `lo..hi`? (`near`: a
/// mention near `lo`, see [`partition_near`].)
fn other_name_in(
    cx: &Ctx<'_, '_, '_>,
    ents: &Entities,
    e: usize,
    (lo, hi): (usize, usize),
    near: usize,
) -> bool {
    let first = partition_near(cx.ms, near, |m| m.start < lo);
    cx.ms[first..]
        .iter()
        .zip(&ents.of_mention[first..])
        .take_while(|(m, _)| m.start < hi)
        .any(|(m, &o)| o != e && names_someone(m))
}

/// Weigh quote `q`'s proposals (in the rules' written order): each distinct
/// entity's probability of being the speaker. Returns the index of the
/// winner among `props`, its probability, and the best other candidate.
/// The first proposal wins unless the model judges it more likely wrong
/// than right and another more likely right than wrong. With a sink the
/// first always wins, and every candidate is recorded.
fn weigh(
    cx: &Ctx<'_, '_, '_>,
    ents: &Entities,
    dec: &[Decision],
    q: usize,
    props: &[Proposal],
    sink: Option<&mut Sink>,
) -> Option<Weighed> {
    let doc = cx.doc();
    let qt = cx.qtok[q] as usize;
    let facts = quote_facts(cx, q);
    // The quote's place among the names, where the features' reading of
    // them starts.
    let near = cx.names_before(q);
    let distinct = |i: usize| props[..i].iter().all(|p| p.entity != props[i].entity);
    let n_distinct = (0..props.len()).filter(|&i| distinct(i)).count();
    let mut scored: [(usize, f32); MAX_PROPOSALS] = [(usize::MAX, 0.0); MAX_PROPOSALS];
    let mut n = 0;
    let mut sink = sink;
    for (i, p) in props.iter().enumerate() {
        if !distinct(i) || n == MAX_PROPOSALS {
            continue;
        }
        let e = &ents.list[p.entity];
        // Who spoke in this paragraph and the one before: what a window's
        // lead-in always holds, so windows see what the whole text does.
        let para = doc.toks[qt].para;
        let (spoke_before, speakers_so_far) =
            ents.speakers_before(qt, p.entity, |t| doc.toks[t].para + 1 >= para);
        let dist = p.anchor.map(|a| {
            let (ta, tq) = (doc.toks[a], doc.toks[qt]);
            (
                ta.sent.abs_diff(tq.sent),
                ta.para.abs_diff(tq.para),
                a.abs_diff(qt),
            )
        });
        let said_verb = p
            .cue
            .is_some_and(|c| is_plain_speech_verb(&doc.text[c.range()]));
        let ev = Evidence {
            rule: p.rule,
            via: p.resolution.map(|r| r.via),
            first: i == 0,
            agree: props[i + 1..].iter().any(|o| o.entity == p.entity),
            rivals: n_distinct - 1,
            dist,
            anchor_in_headline: p.anchor.is_some_and(|a| cx.in_headline(a)) && !facts.headline,
            quote: facts,
            said_verb,
            cue: p.cue.is_some(),
            source_cued: p
                .source
                .is_some_and(|s| dec[s].sieve.is_some_and(|v| v != Sieve::Continuation)),
            source_named: p.source.is_some_and(|s| {
                matches!(
                    dec[s].sieve,
                    Some(Sieve::Adjacent | Sieve::Colon | Sieve::AccordingTo)
                )
            }),
            names_between: p
                .anchor
                .map_or(0, |a| names_between(cx, ents, p.entity, (a, qt), near)),
            spoke_before,
            named_lately: named_lately(cx, ents, p.entity, qt, near),
            speakers_so_far,
            other_name: other_name_in(cx, ents, p.entity, facts.sentence, near),
        };
        let named_after = e.first_pos > doc.toks[qt].span().start;
        let x = model::features(&ev, e, named_after);
        let prob = match p.measured {
            Some(m) if !model::knows(p.rule) => m,
            _ => model::probability(&x),
        };
        scored[n] = (i, prob);
        n += 1;
        if let Some(sink) = sink.as_deref_mut() {
            sink.records.push(Record {
                q,
                entity: p.entity,
                x: x.dense(),
            });
        }
    }
    let scored = &scored[..n];
    let first = *scored.first()?;
    // The rules' order stands unless the model, knowing the first rule
    // well, finds its candidate more likely wrong than right and another
    // more likely right than wrong.
    let best = match most_probable(scored.iter().copied()).unwrap_or(first) {
        b if sink.is_none() && first.1 < 0.5 && b.1 >= 0.5 && model::knows(props[first.0].rule) => {
            b
        }
        _ => first,
    };
    let alt = most_probable(scored.iter().copied().filter(|c| c.0 != best.0))
        .map(|(i, p)| (props[i].entity, p));
    let plain = if facts.partial {
        QuoteKind::Partial
    } else {
        QuoteKind::Direct
    };
    Some(Weighed {
        winner: best.0,
        prob: best.1,
        alt,
        plain,
    })
}

/// Does mention `m` name someone who could be speaking, by its own evidence
/// (a known first name, a title, two words; not the object of a
/// preposition nor inside another's appositive)? Not a capitalised word
/// that only the rest of the text shows to be a name: a window of a long
/// text must see what the whole text does.
fn names_someone(m: &NameMention) -> bool {
    (m.personal || m.end - m.start > 1) && !m.object && !m.in_role
}

/// How many names of entities other than `e` stand between tokens `a` and
/// `b` (either order), counted up to 2 (and read up to [`MAX_NAMES_READ`]).
/// (`near`: a mention near them, see [`partition_near`].)
fn names_between(
    cx: &Ctx<'_, '_, '_>,
    ents: &Entities,
    e: usize,
    (a, b): (usize, usize),
    near: usize,
) -> usize {
    let (lo, hi) = (a.min(b), a.max(b));
    let first = partition_near(cx.ms, near, |m| m.start <= lo);
    cx.ms[first..]
        .iter()
        .zip(&ents.of_mention[first..])
        .take(MAX_NAMES_READ)
        .take_while(|(m, _)| m.end <= hi)
        .filter(|&(m, &o)| o != e && names_someone(m))
        .take(2)
        .count()
}

/// Is `e` named in quote `q`'s paragraph or the one before, before the
/// quote (among the last [`MAX_NAMES_READ`] names)? (`near`: a mention
/// near the quote's token `qt`, see [`partition_near`].)
fn named_lately(cx: &Ctx<'_, '_, '_>, ents: &Entities, e: usize, qt: usize, near: usize) -> bool {
    let toks = &cx.doc().toks;
    let para = toks[qt].para;
    let end = partition_near(cx.ms, near, |m| m.start < qt);
    cx.ms[..end]
        .iter()
        .zip(&ents.of_mention[..end])
        .rev()
        .take(MAX_NAMES_READ)
        .take_while(|(m, _)| toks[m.start].para + 1 >= para)
        .any(|(_, &o)| o == e)
}

/// `xs.partition_point(before)` (`before` holds of a first stretch of `xs`
/// and of nothing after it), looked for by stepping from index `near` for
/// a few steps, then by bisection of the side it lies on: the names a
/// quote's features read are mostly a step or two from the quote.
fn partition_near<T>(xs: &[T], near: usize, before: impl Fn(&T) -> bool) -> usize {
    let mut i = near.min(xs.len());
    for _ in 0..NEAR_STEPS {
        if i > 0 && !before(&xs[i - 1]) {
            i -= 1;
        } else if i < xs.len() && before(&xs[i]) {
            i += 1;
        } else {
            return i;
        }
    }
    if i > 0 && !before(&xs[i - 1]) {
        xs[..i].partition_point(before)
    } else {
        i + xs[i..].partition_point(before)
    }
}

/// How many steps [`partition_near`] takes before it bisects.
const NEAR_STEPS: usize = 8;

/// The most names [`names_between`] and [`named_lately`] read.
const MAX_NAMES_READ: usize = 16;

/// What [`weigh`] found.
#[derive(Clone, Copy, Debug)]
struct Weighed {
    /// The winner's index among the proposals.
    winner: usize,
    prob: f32,
    /// The best other entity, with its probability.
    alt: Option<(usize, f32)>,
    /// The quote's kind should it not be a term.
    plain: QuoteKind,
}

impl Decision {
    /// Quote linked to proposal `p`, as `w` weighed it, under `sieve`.
    fn linked(p: &Proposal, sieve: Sieve, w: &Weighed) -> Decision {
        let mut d = Decision {
            rule: Some(p.rule),
            sieve: Some(sieve),
            prob: w.prob,
            ..Decision::default()
        };
        d.set_plain(Some(w.plain));
        d.set_entity(Some(p.entity));
        d.set_cue(p.cue);
        d.set_alt(w.alt);
        d
    }
}

/// The most probable of `(index, probability)` pairs; the first of equals.
fn most_probable(scored: impl Iterator<Item = (usize, f32)>) -> Option<(usize, f32)> {
    scored.fold(None, |b, c| match b {
        Some(b) if b.1 >= c.1 => Some(b),
        _ => Some(c),
    })
}

/// The most candidates weighed per quote: one per rule of a pass.
const MAX_PROPOSALS: usize = 8;

/// Link one window's own quotes: pass 1, then pass 2, in the order the
/// module's docs give. `dec` holds the lead-in's decisions (as the previous
/// window made them) and a default for each of the window's own quotes.
pub(crate) fn link_window(
    cx: &Ctx<'_, '_, '_>,
    ents: &mut Entities,
    dec: &mut [Decision],
    reach: Reach,
    mut sink: Option<&mut Sink>,
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
    let mut props: Vec<Proposal> = Vec::with_capacity(MAX_PROPOSALS);
    // The quotes' vocatives, read once for both passes' conversations.
    let mut vocs = dialogue::Vocatives::new(cx.content.len());
    for (q, &qt) in doc.quote_tok.iter().enumerate().skip(reach.lead) {
        let qt = qt as usize;
        indirect_until(ents, qt, &mut vi);
        if let Some(k) = term::classify_kind(cx, q) {
            dec[q].kind = Some(k);
            continue;
        }
        props.clear();
        let links = CUE_RULES.iter().filter_map(|rule| rule(cx, q));
        for (i, link) in links.enumerate() {
            let settled = i == 0 && settles(&link);
            let Link { np, at, rule, cue } = link;
            // `"…," said she` (or `said the old man`) in a conversation:
            // its participant of that gender (link/dialogue.rs), before
            // whoever was named last.
            let turn = match np {
                Np::Pronoun(g) => dialogue::pronoun_speaker(cx, ents, &mut vocs, dec, q, g),
                // (`said her mother`: a kin word after `his`/`her`, whose
                // sex the word gives.)
                Np::Descriptor {
                    start,
                    head,
                    definite: true,
                    ..
                } => person_noun_gender(lex.low(head))
                    .or_else(|| {
                        let kin = possessive_pronoun(lex.low(start)).is_some()
                            && is_kin_noun(lex.base(head));
                        kin.then(|| title_gender(lex.base(head))).flatten()
                    })
                    .and_then(|g| dialogue::pronoun_speaker(cx, ents, &mut vocs, dec, q, g)),
                _ => None,
            };
            let found = match turn {
                Some(e) => Some(Resolution::pronoun(e)),
                None => ents.propose(lex, ms, np, at).and_then(|r| match np {
                    // (`"Did you sit for it, Ilse?" said she`: not Ilse, when
                    // another of her sex is near.)
                    Np::Pronoun(g)
                        if matches!(r.via, Via::Pronoun { rivalled: true })
                            && dialogue::calls_in_turn(cx, ents, &mut vocs, q, r.entity) =>
                    {
                        ents.pronoun_except(lex, ms, at, g, r.entity)
                            .map(Resolution::pronoun)
                    }
                    _ => Some(r),
                }),
            };
            match found {
                Some(r) => props.push(Proposal {
                    entity: r.entity,
                    rule,
                    resolution: Some(r),
                    anchor: Some(at),
                    cue,
                    source: None,
                    measured: None,
                }),
                // A cue whose subject resolves to nobody (`she said` with
                // only men named): the quote stays unattributed, not
                // guessed.
                None if i == 0 => {
                    dec[q].set_cue_unresolved();
                    break;
                }
                None => {}
            }
            if settled {
                break;
            }
        }
        // `"…," the Saudis state in the paper.`: a cue whose speaker no rule
        // reads is still a cue; no other rule guesses past it.
        if props.is_empty() && adjacent::unread_cue(cx, q) {
            dec[q].set_cue_unresolved();
        }
        if dec[q].cue_unresolved() {
            continue;
        }
        let Some(w) = weigh(cx, ents, dec, q, &props, sink.as_deref_mut()) else {
            continue;
        };
        let p = props[w.winner];
        let Some(r) = p.resolution else { continue };
        let named_after = ents.list[p.entity].first_pos > doc.toks[qt].span().start;
        ents.commit(&r);
        if let Some(at) = p.anchor {
            ents.touch(at, p.entity);
        }
        dec[q] = Decision::linked(&p, resolved_sieve(p.rule, r.how(), named_after), &w);
    }
    if reach.more {
        indirect_until(ents, doc.toks.len(), &mut vi);
    }

    // Pass 2: context, in order, seeing pass 1's answers and each other's.
    let alternation = dialogue::Alternation::measure(cx, dec, 0);
    let mut narrator_read = false;
    for q in reach.lead..dec.len() {
        if dec[q].kind.is_some() || dec[q].entity().is_some() {
            continue;
        }
        // `"…," I said` (link/dialogue.rs): the first-person narrator, the
        // one candidate.
        if let Some(cue) = dialogue::narrator_cue(cx, q) {
            let qt = cx.qtok[q] as usize;
            let narrator = ents.narrator(cx.span(qt).start);
            // Its name, if the window's narration gives it (read once).
            if !narrator_read && ents.narrator_unnamed() {
                narrator_read = true;
                if let Some(span) = dialogue::narrator_name(cx) {
                    ents.name_narrator(span, &doc.text[span.range()]);
                }
            }
            props.clear();
            props.push(Proposal {
                entity: narrator,
                rule: Rule::Narrator,
                resolution: None,
                anchor: Some(qt),
                cue: Some(cue),
                source: None,
                measured: None,
            });
            if let Some(w) = weigh(cx, ents, dec, q, &props, sink.as_deref_mut()) {
                dec[q] = Decision::linked(&props[0], Rule::Narrator.sieve(), &w);
            }
            continue;
        }
        if dec[q].cue_unresolved() {
            continue;
        }
        let src = {
            let dec = &*dec;
            let ents = &*ents;
            let linked = |p: usize, cue_only: bool| {
                dec[p].entity().is_some()
                    && (!cue_only || dec[p].sieve.is_some_and(|s| s != Sieve::Continuation))
            };
            let blocks = |m: usize, p: usize| {
                let e = ents.of_mention[m];
                Some(e) != dec[p].entity() && current::speaking_person(ents, &ms[m], e)
            };
            let same = |a: usize, b: usize| dec[a].entity() == dec[b].entity();
            let term = |p: usize| dec[p].kind == Some(QuoteKind::Term);
            let known = continuation::Decided {
                linked: &linked,
                blocks: &blocks,
                same: &same,
                term: &term,
            };
            continuation::source(cx, q, &known)
        };
        // Every context rule's candidate, in the rules' order: the
        // headline's speaker, an action beat in the quote's own paragraph
        // (unless a continuation comes from it too), a verdict, a turn in a
        // conversation, the continued quote's speaker, a `he`/`she`
        // subject, the current speaker.
        let para_of = |k: usize| cx.para_of(k);
        let plain = |entity: usize, rule: Rule| Proposal {
            entity,
            rule,
            resolution: None,
            anchor: None,
            cue: None,
            source: None,
            measured: None,
        };
        props.clear();
        if let Some(e) = later::headline_speaker(cx, ents, dec, q) {
            props.push(plain(e, Rule::HeadlineEcho));
        }
        if src.filter(|&(p, _)| para_of(p) == para_of(q)).is_none() {
            if let Some((np, at)) = continuation::beat(cx, q) {
                if let Some(r) = ents.propose(lex, ms, np, at) {
                    props.push(Proposal {
                        resolution: Some(r),
                        anchor: Some(at),
                        ..plain(r.entity, Rule::ActionBeat)
                    });
                }
            }
        }
        if let Some(e) = later::verdict_of(cx, ents, q) {
            props.push(plain(e, Rule::Verdict));
        }
        // A turn in a conversation (link/dialogue.rs), unless a quote in
        // its own paragraph is to be continued; a turn by someone the
        // conversation cannot name gets no candidate after it.
        let turn = src
            .filter(|&(_, r)| {
                matches!(r, Rule::SameSentence | Rule::NextCued | Rule::SameParagraph)
            })
            .is_none()
            .then(|| dialogue::turn(cx, ents, &mut vocs, dec, q))
            .flatten();
        match turn {
            Some(dialogue::Turn::Speaker {
                entity,
                rule,
                alternates,
            }) => props.push(Proposal {
                measured: alternates.then(|| alternation.probability()),
                ..plain(entity, rule)
            }),
            Some(dialogue::Turn::Unknown) if props.is_empty() => {
                dec[q].rule = Some(Rule::DialogueUnknown);
                continue;
            }
            _ => {}
        }
        let unknown = matches!(turn, Some(dialogue::Turn::Unknown));
        // A quote that calls someone by name is not theirs: read for a turn
        // (a paragraph the quote opens), where a vocative names the other
        // party; a speaker's own continued sentence seldom calls them.
        let turn_at = cx.opens_para(q);
        if let Some((p, rule)) = src.filter(|_| !unknown) {
            if let Some(e) = dec[p]
                .entity()
                .filter(|&e| !(turn_at && dialogue::calls(cx, ents, &mut vocs, q, e)))
            {
                props.push(Proposal {
                    anchor: Some(cx.qtok[p] as usize),
                    source: Some(p),
                    ..plain(e, rule)
                });
            }
        }
        if let Some(e) = current::pronoun_subject(cx, ents, q).filter(|_| !unknown) {
            props.push(plain(e, Rule::PronounSubject));
        }
        if let Some(e) = current::current_speaker(cx, ents, q)
            .filter(|&e| !(unknown || turn_at && dialogue::calls(cx, ents, &mut vocs, q, e)))
        {
            let at = ents
                .last_event_before(cx.qtok[q] as usize)
                .filter(|&(_, f)| f == e)
                .map(|(at, _)| at);
            props.push(Proposal {
                anchor: at,
                ..plain(e, Rule::CurrentSpeaker)
            });
        }
        let Some(w) = weigh(cx, ents, dec, q, &props, sink.as_deref_mut()) else {
            continue;
        };
        let p = props[w.winner];
        if let Some(r) = p.resolution {
            ents.commit(&r);
        }
        dec[q] = Decision::linked(&p, p.rule.sieve(), &w);
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
    cx.lex.word(k) && is_relative_pronoun(cx.lex.low(k))
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
        && if d.entity().is_none() {
            term::is_scare_quote(cx, q)
        } else {
            weakly_linked(d.sieve) && term::is_scare_word(cx, q)
        };
    let plain = if d.kind.is_some() || scare && d.entity().is_none() {
        QuoteKind::Direct
    } else {
        d.plain().unwrap_or_else(|| direct_or_partial(cx, q))
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
    if let Some(&named) = d.entity().and_then(|e| renamed.get(&e)) {
        d.set_entity(Some(named));
        d.sieve = Some(Sieve::Later);
    }
    if let Some((e, p)) = d.alt() {
        d.set_alt(Some((renamed.get(&e).copied().unwrap_or(e), p)));
    }
    if d.kind.is_none() {
        let scare = scare && (d.entity().is_none() || weakly_linked(d.sieve));
        d.kind = Some(if scare {
            d.set_entity(None);
            d.rule = None;
            d.sieve = None;
            d.set_alt(None);
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
    let first = first_letter(cx.content[q]).unwrap_or('A');
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

/// The most characters [`first_letter`] reads.
const LETTER_REACH: usize = 32;

/// A quote's first letter or digit, read among its first
/// [`LETTER_REACH`] characters: none past them (a storm of marks has no
/// letter at all, and prose one within a few characters).
#[inline]
pub(crate) fn first_letter(content: &str) -> Option<char> {
    content
        .chars()
        .take(LETTER_REACH)
        .find(|c| c.is_alphanumeric())
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
        // Every candidate kept, however weak: this is about the rules.
        let who = Attributor::with_config(crate::Config::new().min_confidence(0.0)).unwrap();
        for &(text, i, sieve, name) in SIEVES {
            let a = who.attribute(text).expect("attribute");
            let q = &a.quotes()[i];
            assert_eq!(q.sieve(), sieve, "{text}");
            assert_eq!(a.speaker(q).map(|s| s.name()), name, "{text}");
        }
    }

    #[test]
    fn partition_near_is_partition_point_from_anywhere() {
        // Sorted, with repeats, long enough for both bisections.
        let xs: Vec<usize> = (0..60).map(|k| k / 3 * 2).collect();
        for at in 0..=xs.len() + 2 {
            for near in 0..=xs.len() + 2 {
                assert_eq!(
                    super::partition_near(&xs, near, |&x| x < at),
                    xs.partition_point(|&x| x < at),
                    "at {at}, near {near}"
                );
            }
        }
        assert_eq!(super::partition_near(&[] as &[usize], 3, |&x| x < 1), 0);
    }

    #[test]
    fn a_quotes_first_letter_is_read_near_its_start() {
        assert_eq!(super::first_letter("\u{2014} well, then"), Some('w'));
        assert_eq!(super::first_letter("... 42 reasons"), Some('4'));
        assert_eq!(super::first_letter(&"\u{201c}".repeat(100)), None);
        let late = format!("{}late", "-".repeat(40));
        assert_eq!(super::first_letter(&late), None);
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
