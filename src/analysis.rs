//! Public output types: what [`Attributor::attribute`](crate::Attributor::attribute)
//! returns. They know nothing about parsing.

use crate::offsets::{OffsetMap, OffsetUnit};
use crate::scan::{MarkStyle, Quote};
use crate::span::Span;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

/// The version of the JSON shape that [`Analysis`] and [`OwnedAnalysis`]
/// serialise to (the `schema_version` field; `schema/whosaid.schema.json`
/// describes it). Raised whenever a field is renamed, removed or changes
/// meaning; a new field may be added without a new version.
pub const SCHEMA_VERSION: u32 = 1;

/// `as_str()` and `Display` for a public enum: the label its JSON uses.
macro_rules! labels {
    ($ty:ty { $($variant:ident => $label:literal,)* }) => {
        impl $ty {
            /// The label the JSON output uses (`snake_case`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(<$ty>::$variant => $label,)*
                }
            }
        }
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// What a quote is.
///
/// ```
/// use whosaid::{Attributor, QuoteKind};
/// let a = Attributor::new().attribute("The so-called \"peace plan\" stalled.").unwrap();
/// assert_eq!(a.quotes()[0].kind(), QuoteKind::Term);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuoteKind {
    /// A full utterance: a sentence or more in the speaker's words.
    Direct,
    /// A fragment of the speaker's words inside reported speech
    /// (`called for an end to "the massacre"`).
    Partial,
    /// Quoted words nobody says: a scare quote, a title, a nickname, a word
    /// cited as a word.
    Term,
}

/// The rule ("sieve") that linked a quote to its speaker; sieves run in
/// this order and the first that fires wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Sieve {
    /// A speech verb next to the quote with its subject: `"…," X said`.
    Adjacent,
    /// `X: "…"` at the start of a line, or a headline's quote.
    Colon,
    /// `according to X`.
    AccordingTo,
    /// The quote sits in a sentence whose speech verb has a subject.
    ReportedSpeech,
    /// `he said`, `she added`: the most salient earlier speaker who fits.
    Pronoun,
    /// `the minister said`: a descriptor resolved to a named speaker.
    Descriptor,
    /// A quote-only paragraph after an attributed one, or a further quote in
    /// the same sentence.
    Continuation,
    /// A quote whose speaker the text names further on (headlines, leads).
    Later,
}

/// What kind of source a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// A source the text does not name: `a State Department spokeswoman`.
    UnnamedSource,
    /// An organisation that speaks: `West Mercia Police`, `the ministry`.
    Organisation,
    /// The first-person narrator of a story (`"…," I said`): named as the
    /// text names them where it does, else `narrator`.
    Narrator,
}

labels!(QuoteKind {
    Direct => "direct",
    Partial => "partial",
    Term => "term",
});

labels!(Sieve {
    Adjacent => "adjacent",
    Colon => "colon",
    AccordingTo => "according_to",
    ReportedSpeech => "reported_speech",
    Pronoun => "pronoun",
    Descriptor => "descriptor",
    Continuation => "continuation",
    Later => "later",
});

labels!(SpeakerKind {
    Person => "person",
    UnnamedSource => "unnamed_source",
    Organisation => "organisation",
    Narrator => "narrator",
});

labels!(MarkStyle {
    StraightDouble => "straight_double",
    CurlyDouble => "curly_double",
    MixedDouble => "mixed_double",
    StraightSingle => "straight_single",
    CurlySingle => "curly_single",
    MixedSingle => "mixed_single",
    Backticks => "backticks",
    DoubledSingle => "doubled_single",
    Guillemets => "guillemets",
    ReversedGuillemets => "reversed_guillemets",
    SingleGuillemets => "single_guillemets",
    LowDouble => "low_double",
    LowSingle => "low_single",
    CornerBrackets => "corner_brackets",
    WhiteCornerBrackets => "white_corner_brackets",
});

/// A speaker's referential gender: what the text itself says of them,
/// never a guess from a given name.
///
/// ```
/// use whosaid::{Attributor, Gender, GenderBasis};
/// let a = Attributor::new().attribute("\"We are ready,\" said Mrs Ada Crane.").unwrap();
/// let s = &a.speakers()[0];
/// assert_eq!(s.gender(), Gender::Female);
/// assert_eq!(s.gender_basis(), Some(GenderBasis::Honorific));
/// assert_eq!(Gender::Female.as_str(), "female");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Gender {
    /// `she`, `Mrs`, `Ms`, `Queen`, `chairwoman`.
    Female,
    /// `he`, `Mr`, `King`, `chairman`.
    Male,
    /// The text does not say (or the speaker is not a person).
    #[default]
    Unknown,
}

/// What in the text gives a speaker's [`Gender`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GenderBasis {
    /// A courtesy title before the name: `Mrs`, `Mr`, `Ms`, `Dame`, `Sir`.
    Honorific,
    /// A gendered title in a role the text states: `Queen`, `chairwoman`.
    Title,
    /// A pronoun (`she said`) that the resolution ties to the speaker.
    Pronoun,
}

/// A gender the lexicon gives, as a speaker's referential gender with its
/// basis (only female and male: a plural or neuter pronoun says nothing).
pub(crate) fn stated(
    g: Option<crate::lexicon::Gender>,
    basis: GenderBasis,
) -> Option<(Gender, GenderBasis)> {
    match g? {
        crate::lexicon::Gender::Female => Some((Gender::Female, basis)),
        crate::lexicon::Gender::Male => Some((Gender::Male, basis)),
        _ => None,
    }
}

/// The subject pronoun next to a cue (`she said`, `said he`): the word
/// that the pronoun sieve resolved to the speaker. Reads a few bytes on
/// each side of the cue.
fn pronoun_at_cue(text: &str, cue: Span) -> Option<Gender> {
    const NEAR: usize = 12;
    let word = |s: &str| match s.to_ascii_lowercase().as_str() {
        "she" => Some(Gender::Female),
        "he" => Some(Gender::Male),
        _ => None,
    };
    let mut lo = cue.start.saturating_sub(NEAR);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (cue.end + NEAR).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let before = text.get(lo..cue.start)?.trim_end();
    let before = before.rsplit(|c: char| !c.is_alphabetic()).next()?;
    let after = text.get(cue.end..hi)?.trim_start();
    let after = after.split(|c: char| !c.is_alphabetic()).next()?;
    word(before).or_else(|| word(after))
}

labels!(Gender {
    Female => "female",
    Male => "male",
    Unknown => "unknown",
});

labels!(GenderBasis {
    Honorific => "honorific",
    Title => "title",
    Pronoun => "pronoun",
});

/// A role the text states for a speaker, split where it can be into title
/// and affiliation.
///
/// ```
/// use whosaid::Attributor;
/// let text = "\"We will talk,\" said Jane Roe, the foreign minister of Ruritania.";
/// let a = Attributor::new().attribute(text).unwrap();
/// let roe = a.speaker(&a.quotes()[0]).unwrap();
/// let role = roe.role().unwrap();
/// assert_eq!(role.text(), "foreign minister of Ruritania");
/// assert_eq!(role.title(), "foreign minister");
/// assert_eq!(role.affiliation(), Some("Ruritania"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    text: String,
    title: String,
    affiliation: Option<String>,
    span: Span,
}

impl Role {
    pub(crate) fn new(
        text: String,
        title: String,
        affiliation: Option<String>,
        span: Span,
    ) -> Role {
        Role {
            text,
            title,
            affiliation,
            span,
        }
    }
    /// The role as the text states it (`U.S. special representative for Ukraine`).
    pub fn text(&self) -> &str {
        &self.text
    }
    /// The title part (`special representative`).
    pub fn title(&self) -> &str {
        &self.title
    }
    /// The affiliation part where the text gives one (`Ukraine`, `U.S.`).
    pub fn affiliation(&self) -> Option<&str> {
        self.affiliation.as_deref()
    }
    /// Where the text states the role.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// One source in the document: a person, an unnamed source or an
/// organisation, with every mention and every role the text gives it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    name: String,
    kind: SpeakerKind,
    #[serde(default)]
    gender: Gender,
    #[serde(default)]
    gender_basis: Option<GenderBasis>,
    mentions: Vec<Span>,
    roles: Vec<Role>,
}

impl Speaker {
    pub(crate) fn new(
        name: String,
        kind: SpeakerKind,
        mentions: Vec<Span>,
        roles: Vec<Role>,
    ) -> Speaker {
        Speaker {
            name,
            kind,
            gender: Gender::Unknown,
            gender_basis: None,
            mentions,
            roles,
        }
    }
    /// The speaker with the referential gender the text gives, and its basis.
    pub(crate) fn with_gender(mut self, gender: Option<(Gender, GenderBasis)>) -> Speaker {
        (self.gender, self.gender_basis) = match gender {
            Some((g, b)) if g != Gender::Unknown => (g, Some(b)),
            _ => (Gender::Unknown, None),
        };
        self
    }
    /// Referential gender: what the text says (a courtesy title, a gendered
    /// title, a pronoun tied to the speaker), [`Gender::Unknown`] when it
    /// says nothing. Never guessed from a given name.
    pub fn gender(&self) -> Gender {
        self.gender
    }
    /// What in the text gives [`Speaker::gender`]; `None` when unknown.
    pub fn gender_basis(&self) -> Option<GenderBasis> {
        self.gender_basis
    }
    /// Canonical name: the fullest form the text gives (`Marco Rubio`), or
    /// an unnamed source's descriptor (`a State Department spokeswoman`).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Person, unnamed source or organisation.
    pub fn kind(&self) -> SpeakerKind {
        self.kind
    }
    /// Every span where the text mentions this speaker, in order.
    pub fn mentions(&self) -> &[Span] {
        &self.mentions
    }
    /// Every role the text states for the speaker, the one to show first.
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }
    /// The role to show first, if the text states any.
    pub fn role(&self) -> Option<&Role> {
        self.roles.first()
    }
}

/// One quote with its attribution.
#[derive(Clone, PartialEq)]
pub struct Attribution<'t> {
    quote: Quote<'t>,
    /// The cue as it stands in the text; its span starts at `cue_start`.
    cue_text: Option<&'t str>,
    cue_start: u32,
    /// [`NO_SPEAKER`] or an index into [`Analysis::speakers`]. Offsets and
    /// indices fit in 32 bits: inputs are at most `u32::MAX` bytes.
    speaker: u32,
    /// Probabilities in 1/65535ths ([`to_fixed`]).
    confidence: u16,
    /// [`NO_ALTERNATIVE`] or the alternative's index into the speakers.
    alternative: u16,
    alternative_confidence: u16,
    kind: QuoteKind,
    sieve: Option<Sieve>,
}

const NO_SPEAKER: u32 = u32::MAX;
/// No alternative (or one whose index is past `u16::MAX - 1`: a document
/// with that many speakers shows no alternatives beyond them).
const NO_ALTERNATIVE: u16 = u16::MAX;

/// A probability in 1/65535ths (an error under 1e-5).
fn to_fixed(p: f32) -> u16 {
    (p.clamp(0.0, 1.0) * 65535.0).round() as u16
}

fn from_fixed(p: u16) -> f32 {
    f32::from(p) / 65535.0
}

/// A candidate speaker the decision weighed and did not give: the runner-up,
/// or the best candidate when its confidence was under
/// [`Config::min_confidence`](crate::Config::min_confidence).
///
/// ```
/// use whosaid::{Attributor, Config};
/// let text = "Ada Crane, the harbour master, met Tomas Berg.\n\n\"The tide turns at noon.\"";
/// let strict = Attributor::with_config(Config::new().min_confidence(1.0)).unwrap();
/// let a = strict.attribute(text).unwrap();
/// let q = &a.quotes()[0];
/// assert!(a.speaker(q).is_none());
/// if let Some(alt) = q.alternative() {
///     assert!(alt.confidence() < 1.0);
///     assert!(a.speakers().get(alt.speaker_index()).is_some());
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alternative {
    #[serde(rename = "speaker_index")]
    speaker: usize,
    confidence: f32,
}

impl Alternative {
    /// Index into [`Analysis::speakers`].
    pub fn speaker_index(&self) -> usize {
        self.speaker
    }
    /// The model's probability that this candidate is the speaker.
    pub fn confidence(&self) -> f32 {
        self.confidence
    }
}

impl<'t> Attribution<'t> {
    pub(crate) fn new(
        quote: Quote<'t>,
        kind: QuoteKind,
        speaker: Option<usize>,
        sieve: Option<Sieve>,
        cue: Option<(Span, &'t str)>,
        confidence: f32,
        alternative: Option<(usize, f32)>,
    ) -> Attribution<'t> {
        Attribution {
            quote,
            cue_text: cue.map(|(_, t)| t),
            cue_start: cue.map_or(0, |(c, _)| u32::try_from(c.start).unwrap_or(u32::MAX)),
            speaker: speaker.map_or(NO_SPEAKER, |i| u32::try_from(i).unwrap_or(NO_SPEAKER)),
            confidence: to_fixed(confidence),
            alternative: alternative
                .and_then(|(i, _)| u16::try_from(i).ok())
                .unwrap_or(NO_ALTERNATIVE),
            alternative_confidence: alternative.map_or(0, |(_, p)| to_fixed(p)),
            kind,
            sieve,
        }
    }

    /// The scanned quote (spans, marks, nesting).
    pub fn quote(&self) -> &Quote<'t> {
        &self.quote
    }
    /// The quote as it stands, marks included.
    pub fn text(&self) -> &'t str {
        self.quote.text()
    }
    /// The words between the marks (see [`Quote::content`]).
    pub fn content(&self) -> &'t str {
        self.quote.content()
    }
    /// The quote's span, marks included.
    pub fn span(&self) -> Span {
        self.quote.span()
    }
    /// Direct, partial or term.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }
    /// Index into [`Analysis::speakers`], if the quote has a speaker.
    pub fn speaker_index(&self) -> Option<usize> {
        (self.speaker != NO_SPEAKER).then_some(self.speaker as usize)
    }
    /// The sieve that linked the quote, if any did.
    pub fn sieve(&self) -> Option<Sieve> {
        self.sieve
    }
    /// The text of the speech cue that linked it (`said`, `according to`, `:`).
    pub fn cue_text(&self) -> Option<&'t str> {
        self.cue_text
    }
    /// The span of the speech cue that linked it.
    pub fn cue(&self) -> Option<Span> {
        let start = self.cue_start as usize;
        self.cue_text.map(|t| Span::new(start, start + t.len()))
    }
    /// The probability that the speaker is right, in `0.0..=1.0`, as the
    /// model learned from real news weighs the evidence; `0.0` when there
    /// is no speaker.
    pub fn confidence(&self) -> f32 {
        from_fixed(self.confidence)
    }
    /// The best candidate speaker not given: the runner-up, or the best
    /// candidate when it fell under the configured minimum confidence.
    pub fn alternative(&self) -> Option<Alternative> {
        (self.alternative != NO_ALTERNATIVE).then_some(Alternative {
            speaker: usize::from(self.alternative),
            confidence: from_fixed(self.alternative_confidence),
        })
    }
}

// Written out so that it shows the fields as they were before the record
// was packed.
impl std::fmt::Debug for Attribution<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Attribution")
            .field("quote", &self.quote)
            .field("kind", &self.kind)
            .field("speaker", &self.speaker_index())
            .field("sieve", &self.sieve)
            .field("cue", &self.cue())
            .field("cue_text", &self.cue_text)
            .field("confidence", &self.confidence())
            .field("alternative", &self.alternative())
            .finish()
    }
}

/// The result of attributing one text: its quotes and its speakers.
///
/// Serialises to self-contained JSON (see the README for the shape).
///
/// ```
/// use whosaid::Attributor;
/// let text = "\"We are ready,\" said Jane Roe, the trade minister.";
/// let a = Attributor::new().attribute(text).unwrap();
/// let q = &a.quotes()[0];
/// assert_eq!(q.text(), "\"We are ready,\"");
/// let who = a.speaker(q).unwrap();
/// assert_eq!(who.name(), "Jane Roe");
/// assert_eq!(who.role().unwrap().text(), "trade minister");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis<'t> {
    pub(crate) text: &'t str,
    pub(crate) quotes: Vec<Attribution<'t>>,
    pub(crate) speakers: Vec<Speaker>,
}

impl<'t> Analysis<'t> {
    /// The text that was analysed.
    pub fn text(&self) -> &'t str {
        self.text
    }
    /// Every quote in order of its start (outer before nested).
    pub fn quotes(&self) -> &[Attribution<'t>] {
        &self.quotes
    }
    /// Every speaker the quotes were linked to.
    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }
    /// The speaker of `quote`, if it has one.
    pub fn speaker(&self, quote: &Attribution<'_>) -> Option<&Speaker> {
        quote.speaker_index().and_then(|i| self.speakers.get(i))
    }
}

/// What linking decided for one top-level quote, as the output shows it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Linked {
    pub kind: QuoteKind,
    /// Index into the output's speakers.
    pub speaker: Option<usize>,
    pub sieve: Option<Sieve>,
    pub cue: Option<Span>,
    pub confidence: f32,
    /// The best candidate not given, and its probability.
    pub alternative: Option<(usize, f32)>,
}

impl<'t> Analysis<'t> {
    /// The output for `text`: every quote (nested quotes included, with no
    /// speaker of their own), each top-level quote (`top`, indices into
    /// `quotes`) as `linked` gives it by its place among them. Terms are
    /// left out unless `report_terms`, and each kept quote's parent is then
    /// its nearest kept ancestor.
    pub(crate) fn assemble(
        text: &'t str,
        mut quotes: Vec<Quote<'t>>,
        top: &[u32],
        linked: impl Fn(usize) -> Linked,
        speakers: Vec<Speaker>,
        report_terms: bool,
    ) -> Analysis<'t> {
        let nested = Linked {
            kind: QuoteKind::Partial,
            speaker: None,
            sieve: None,
            cue: None,
            confidence: 0.0,
            alternative: None,
        };
        let decision = |i: usize, next_top: &mut usize| {
            if top.get(*next_top) == Some(&(i as u32)) {
                *next_top += 1;
                linked(*next_top - 1)
            } else {
                nested
            }
        };
        let keep = |d: &Linked| report_terms || d.kind != QuoteKind::Term;
        // First each kept quote's new index, and each quote's parent moved
        // to its nearest kept ancestor, then the output.
        let mut new_index = vec![u32::MAX; quotes.len()];
        let mut kept = 0u32;
        let mut next_top = 0;
        for i in 0..quotes.len() {
            let d = decision(i, &mut next_top);
            // A parent's own parent is already in output indices.
            let parent = quotes[i].parent().and_then(|p| match new_index[p] {
                u32::MAX => quotes[p].parent(),
                n => Some(n as usize),
            });
            quotes[i].set_parent(parent);
            if keep(&d) {
                new_index[i] = kept;
                kept += 1;
            }
        }
        drop(new_index);
        let mut out: Vec<Attribution<'t>> = Vec::with_capacity(kept as usize);
        let mut next_top = 0;
        for (i, quote) in quotes.into_iter().enumerate() {
            let d = decision(i, &mut next_top);
            if !keep(&d) {
                continue;
            }
            out.push(Attribution::new(
                quote,
                d.kind,
                d.speaker,
                d.sieve,
                d.cue.map(|c| (c, &text[c.range()])),
                d.confidence,
                d.alternative,
            ));
        }
        let mut speakers = speakers;
        gender_from_pronouns(text, &out, &mut speakers);
        Analysis {
            text,
            quotes: out,
            speakers,
        }
    }
}

/// One quote as the JSON shows it, borrowed from an [`Analysis`]: the same
/// fields, in the same order, as [`OwnedQuote`] (a test checks that the two
/// serialise alike).
#[derive(Serialize)]
struct QuoteOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    content: &'a str,
    style: MarkStyle,
    parent: Option<usize>,
    multi_paragraph: bool,
    closed: bool,
    kind: QuoteKind,
    speaker: Option<&'a str>,
    speaker_index: Option<usize>,
    role: Option<&'a str>,
    sieve: Option<Sieve>,
    cue: Option<&'a str>,
    cue_span: Option<Span>,
    confidence: f32,
    alternative: Option<Alternative>,
}

impl<'t> Analysis<'t> {
    fn quote_out<'a>(&'a self, q: &'a Attribution<'t>) -> QuoteOut<'a> {
        let quote = q.quote();
        let span = quote.span();
        let sp = self.speaker(q);
        QuoteOut {
            start: span.start,
            end: span.end,
            text: quote.text(),
            content: quote.content(),
            style: quote.style(),
            parent: quote.parent(),
            multi_paragraph: quote.is_multi_paragraph(),
            closed: quote.is_closed(),
            kind: q.kind(),
            speaker: sp.map(Speaker::name),
            speaker_index: q.speaker_index(),
            role: sp.and_then(Speaker::role).map(Role::text),
            sieve: q.sieve(),
            cue: q.cue_text(),
            cue_span: q.cue(),
            confidence: q.confidence(),
            alternative: q.alternative(),
        }
    }

    /// The result as an owned value with byte offsets: `'static`, `Send`,
    /// `Serialize` and `Deserialize`, serialising to the same JSON as the
    /// analysis itself. It keeps every quote's text, not the document's.
    ///
    /// ```
    /// use whosaid::{Attributor, OwnedAnalysis};
    /// let text = "\"We are ready,\" said Jane Roe, the trade minister.";
    /// let owned = Attributor::new().attribute(text).unwrap().into_owned();
    /// let json = serde_json::to_string(&owned).unwrap();
    /// let back: OwnedAnalysis = serde_json::from_str(&json).unwrap();
    /// assert_eq!(back, owned);
    /// assert_eq!(back.quotes()[0].speaker_name(), Some("Jane Roe"));
    /// ```
    pub fn into_owned(self) -> OwnedAnalysis {
        self.to_owned_in(OffsetUnit::Bytes)
    }

    /// The result as an owned value (see [`Analysis::into_owned`]) with
    /// every offset (quote and cue spans, mentions, roles) in `unit`:
    /// UTF-8 bytes, Unicode scalar values (Python's `str`, Rust's `chars`)
    /// or UTF-16 code units (JavaScript, Java, C#). One pass over the text
    /// for the whole analysis.
    ///
    /// ```
    /// use whosaid::{Attributor, OffsetUnit};
    /// let text = "Zoë wrote: «Très bien», said Zoë Lind.";
    /// let a = Attributor::new().attribute(text).unwrap();
    /// let owned = a.to_owned_in(OffsetUnit::Chars);
    /// let q = &owned.quotes()[0];
    /// let chars: Vec<char> = text.chars().collect();
    /// let sliced: String = chars[q.span().range()].iter().collect();
    /// assert_eq!(sliced, "«Très bien»");
    /// ```
    pub fn to_owned_in(&self, unit: OffsetUnit) -> OwnedAnalysis {
        let mut offsets = Vec::new();
        if unit != OffsetUnit::Bytes {
            let mut add = |s: Span| {
                offsets.push(s.start);
                offsets.push(s.end);
            };
            for q in &self.quotes {
                add(q.span());
                if let Some(c) = q.cue() {
                    add(c);
                }
            }
            for s in &self.speakers {
                s.mentions.iter().copied().for_each(&mut add);
                s.roles.iter().for_each(|r| add(r.span));
            }
        }
        let map = OffsetMap::new(self.text, offsets, unit);
        let span = |s: Span| Span::new(map.get(s.start), map.get(s.end));
        OwnedAnalysis {
            schema_version: SCHEMA_VERSION,
            offsets: unit,
            quotes: self
                .quotes
                .iter()
                .map(|q| {
                    let o = self.quote_out(q);
                    let at = span(Span::new(o.start, o.end));
                    OwnedQuote {
                        start: at.start,
                        end: at.end,
                        text: o.text.to_owned(),
                        content: o.content.to_owned(),
                        style: o.style,
                        parent: o.parent,
                        multi_paragraph: o.multi_paragraph,
                        closed: o.closed,
                        kind: o.kind,
                        speaker: o.speaker.map(str::to_owned),
                        speaker_index: o.speaker_index,
                        role: o.role.map(str::to_owned),
                        sieve: o.sieve,
                        cue: o.cue.map(str::to_owned),
                        cue_span: o.cue_span.map(span),
                        confidence: o.confidence,
                        alternative: o.alternative,
                    }
                })
                .collect(),
            speakers: self
                .speakers
                .iter()
                .map(|s| {
                    let mut s = s.clone();
                    if unit != OffsetUnit::Bytes {
                        s.mentions.iter_mut().for_each(|m| *m = span(*m));
                        s.roles.iter_mut().for_each(|r| r.span = span(r.span));
                    }
                    s
                })
                .collect(),
        }
    }
}

/// Speakers of whom the text says nothing by title get the gender of the
/// pronouns (`she said`) through which the pronoun sieve linked quotes to
/// them, when those pronouns agree.
fn gender_from_pronouns(text: &str, quotes: &[Attribution<'_>], speakers: &mut [Speaker]) {
    // Per speaker: no pronoun yet, one gender, or pronouns that disagree.
    let mut seen: Vec<Option<Option<Gender>>> = vec![None; speakers.len()];
    for q in quotes {
        let (Some(Sieve::Pronoun), Some(i), Some(cue)) = (q.sieve(), q.speaker_index(), q.cue())
        else {
            continue;
        };
        let Some(g) = pronoun_at_cue(text, cue) else {
            continue;
        };
        if let Some(slot) = seen.get_mut(i) {
            *slot = match *slot {
                None => Some(Some(g)),
                Some(Some(h)) if h == g => Some(Some(g)),
                _ => Some(None),
            };
        }
    }
    for (s, g) in speakers.iter_mut().zip(seen) {
        if let (Some(Some(g)), Gender::Unknown) = (g, s.gender) {
            if matches!(s.kind, SpeakerKind::Person | SpeakerKind::UnnamedSource) {
                s.gender = g;
                s.gender_basis = Some(GenderBasis::Pronoun);
            }
        }
    }
}

impl Serialize for Analysis<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        /// The quotes made one at a time as they are written: no list as
        /// long as the document's quotes.
        struct QuotesOut<'a, 't>(&'a Analysis<'t>);
        impl Serialize for QuotesOut<'_, '_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let a = self.0;
                s.collect_seq(a.quotes.iter().map(|q| a.quote_out(q)))
            }
        }
        let mut st = s.serialize_struct("Analysis", 4)?;
        st.serialize_field("schema_version", &SCHEMA_VERSION)?;
        st.serialize_field("offsets", &OffsetUnit::Bytes)?;
        st.serialize_field("quotes", &QuotesOut(self))?;
        st.serialize_field("speakers", &self.speakers)?;
        st.end()
    }
}

/// An [`Analysis`] that owns its data ([`Analysis::into_owned`],
/// [`Analysis::to_owned_in`]): it can cross threads, be stored, and be
/// read back from the JSON it writes, which is the analysis's own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnedAnalysis {
    schema_version: u32,
    offsets: OffsetUnit,
    quotes: Vec<OwnedQuote>,
    speakers: Vec<Speaker>,
}

impl OwnedAnalysis {
    /// The version of the JSON shape ([`SCHEMA_VERSION`] when made here).
    pub fn schema_version(&self) -> u32 {
        self.schema_version
    }
    /// The unit of every offset in the result.
    pub fn offsets(&self) -> OffsetUnit {
        self.offsets
    }
    /// Every quote in order of its start (outer before nested).
    pub fn quotes(&self) -> &[OwnedQuote] {
        &self.quotes
    }
    /// Every speaker the quotes were linked to.
    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }
    /// The speaker of `quote`, if it has one.
    pub fn speaker(&self, quote: &OwnedQuote) -> Option<&Speaker> {
        quote.speaker_index.and_then(|i| self.speakers.get(i))
    }
}

/// One quote of an [`OwnedAnalysis`], with its attribution. Offsets are in
/// the analysis's [`OwnedAnalysis::offsets`] unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnedQuote {
    start: usize,
    end: usize,
    text: String,
    content: String,
    style: MarkStyle,
    parent: Option<usize>,
    multi_paragraph: bool,
    closed: bool,
    kind: QuoteKind,
    speaker: Option<String>,
    speaker_index: Option<usize>,
    role: Option<String>,
    sieve: Option<Sieve>,
    cue: Option<String>,
    cue_span: Option<Span>,
    confidence: f32,
    alternative: Option<Alternative>,
}

impl OwnedQuote {
    /// The quote's span, marks included.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    /// The quote as it stands, marks included.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// The words between the marks.
    pub fn content(&self) -> &str {
        &self.content
    }
    /// The mark style.
    pub fn style(&self) -> MarkStyle {
        self.style
    }
    /// Index of the quote this one is nested in.
    pub fn parent(&self) -> Option<usize> {
        self.parent
    }
    /// True when the quote runs over several paragraphs.
    pub fn is_multi_paragraph(&self) -> bool {
        self.multi_paragraph
    }
    /// False when no closing mark was found.
    pub fn is_closed(&self) -> bool {
        self.closed
    }
    /// Direct, partial or term.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }
    /// The speaker's name, if the quote has a speaker.
    pub fn speaker_name(&self) -> Option<&str> {
        self.speaker.as_deref()
    }
    /// Index into [`OwnedAnalysis::speakers`], if the quote has a speaker.
    pub fn speaker_index(&self) -> Option<usize> {
        self.speaker_index
    }
    /// The text of the speaker's first role, if any.
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }
    /// The sieve that linked the quote, if any did.
    pub fn sieve(&self) -> Option<Sieve> {
        self.sieve
    }
    /// The text of the speech cue that linked it.
    pub fn cue_text(&self) -> Option<&str> {
        self.cue.as_deref()
    }
    /// The span of the speech cue that linked it.
    pub fn cue(&self) -> Option<Span> {
        self.cue_span
    }
    /// The probability that the speaker is right; `0.0` without a speaker.
    pub fn confidence(&self) -> f32 {
        self.confidence
    }
    /// The best candidate speaker not given.
    pub fn alternative(&self) -> Option<Alternative> {
        self.alternative
    }
}

#[cfg(test)]
mod tests {
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn attributions_stay_small() {
        // One per quote, and a dense document holds a quote per 100 bytes.
        assert!(std::mem::size_of::<super::Attribution<'_>>() <= 72);
    }
}
