//! Public output types: what [`Attributor::attribute`](crate::Attributor::attribute)
//! returns. They know nothing about parsing.

use crate::scan::Quote;
use crate::span::Span;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

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
            mentions,
            roles,
        }
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
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Alternative {
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
    /// The speech cue that linked it (`said`, `according to`, `:`).
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

impl Serialize for Attribution<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let q = &self.quote;
        let mut st = s.serialize_struct("Attribution", 15)?;
        st.serialize_field("start", &q.span().start)?;
        st.serialize_field("end", &q.span().end)?;
        st.serialize_field("text", q.text())?;
        st.serialize_field("content", q.content())?;
        st.serialize_field("style", &q.style())?;
        st.serialize_field("parent", &q.parent())?;
        st.serialize_field("multi_paragraph", &q.is_multi_paragraph())?;
        st.serialize_field("closed", &q.is_closed())?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("speaker", &self.speaker_index())?;
        st.serialize_field("sieve", &self.sieve)?;
        st.serialize_field("cue", &self.cue_text)?;
        st.serialize_field("cue_span", &self.cue())?;
        st.serialize_field("confidence", &self.confidence())?;
        st.serialize_field("alternative", &self.alternative())?;
        st.end()
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
        Analysis {
            text,
            quotes: out,
            speakers,
        }
    }
}

impl Serialize for Analysis<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct QuoteOut<'a, 't> {
            #[serde(flatten)]
            quote: &'a Attribution<'t>,
            speaker_name: Option<&'a str>,
            role: Option<&'a str>,
        }
        /// The quotes with their speakers' names, made one at a time as
        /// they are written: no list as long as the document's quotes.
        struct QuotesOut<'a, 't>(&'a Analysis<'t>);
        impl Serialize for QuotesOut<'_, '_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let a = self.0;
                s.collect_seq(a.quotes.iter().map(|q| {
                    let sp = a.speaker(q);
                    QuoteOut {
                        quote: q,
                        speaker_name: sp.map(|s| s.name()),
                        role: sp.and_then(|s| s.role()).map(|r| r.text()),
                    }
                }))
            }
        }
        let mut st = s.serialize_struct("Analysis", 2)?;
        st.serialize_field("quotes", &QuotesOut(self))?;
        st.serialize_field("speakers", &self.speakers)?;
        st.end()
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
