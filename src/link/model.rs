//! The decision: every rule that applies to a quote proposes a candidate
//! speaker with its evidence as named features, and a logistic model
//! learned from real news (`polnear-train`; the weights are data, in
//! [`super::weights`]) gives each candidate the probability that it is the
//! right speaker. The first candidate in the rules' order wins unless the
//! model, having seen enough of its rule ([`knows`]), finds it more likely
//! wrong than right and another more likely right than wrong; the winner's
//! probability is the quote's `confidence`, and below
//! [`crate::Config::min_confidence`] the quote keeps no speaker. A turn of
//! a conversation that rests on two-party alternation, a rule news seldom
//! shows the model, takes instead the probability the text's own named
//! turns measure ([`super::dialogue::Alternation`]), when they measure it.
//!
//! The features are named once, in the `features!` table below; the
//! trainer (`examples/train`) reads the same names through
//! [`crate::train::feature_names`] and writes them beside the weights, and a
//! test fails when the table's names are not the model's.

use super::Rule;
use crate::analysis::SpeakerKind;
use crate::resolve::{Entity, Via};

macro_rules! features {
    ($($v:ident = $name:literal,)*) => {
        /// A feature's index in a candidate's evidence.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug)]
        #[repr(usize)]
        pub(crate) enum F { $($v,)* }
        /// Every feature's name, in index order.
        pub(crate) const NAMES: &[&str] = &[$($name,)*];
    };
}

features! {
    Bias = "bias",
    // Which rule proposed the candidate.
    RSaidName = "rule:said_name",
    RNameSaid = "rule:name_said",
    RQuotedAs = "rule:quoted_as",
    RDash = "rule:dash",
    RNextSentenceSaid = "rule:next_sentence_said",
    RSentenceEndSaid = "rule:sentence_end_said",
    RNameSaidBefore = "rule:name_said_before",
    RSaidColonBefore = "rule:said_colon_before",
    RSaying = "rule:saying",
    RColonLabel = "rule:colon_label",
    RHeadlineColon = "rule:headline_colon",
    RSubjectColon = "rule:subject_colon",
    RAccordingTo = "rule:according_to",
    RForWhom = "rule:for_whom",
    RReported = "rule:reported",
    RReportedSaying = "rule:reported_saying",
    RNominalSpeech = "rule:nominal_speech",
    RSameSentence = "rule:same_sentence",
    RNextCued = "rule:next_cued",
    RSameParagraph = "rule:same_paragraph",
    RNextParagraph = "rule:next_paragraph",
    RTurnTaking = "rule:turn_taking",
    RActionBeat = "rule:action_beat",
    RNarrator = "rule:narrator",
    RInterview = "rule:interview",
    RSameTurn = "rule:same_turn",
    RAddressee = "rule:addressee",
    RAlternation = "rule:alternation",
    RPresent = "rule:present",
    RDialogueUnknown = "rule:dialogue_unknown",
    RHeadlineEcho = "rule:headline_echo",
    RVerdict = "rule:verdict",
    RPronounSubject = "rule:pronoun_subject",
    RCurrentSpeaker = "rule:current_speaker",
    // How the cue's subject phrase found its entity (none for the context
    // rules that propose an entity directly).
    VMention = "via:mention",
    VPronoun = "via:pronoun",
    VPronounRivalled = "via:pronoun_with_a_rival_of_its_gender",
    VRoleFull = "via:role_full",
    VRolePart = "via:role_part",
    VOrganisation = "via:organisation",
    VTopic = "via:topic",
    VRecentSpeaker = "via:recent_speaker",
    VHeadlineAhead = "via:headline_ahead",
    VAsPronoun = "via:as_pronoun",
    VUnnamed = "via:unnamed",
    VIssuer = "via:issuer",
    // The candidate among the others.
    First = "cand:first_in_rule_order",
    Agree = "cand:several_rules_agree",
    Rival1 = "cand:one_rival",
    Rival2 = "cand:two_or_more_rivals",
    // The candidate entity.
    KindOrg = "ent:organisation",
    KindUnnamed = "ent:unnamed_source",
    Multiword = "ent:fully_named",
    Personal = "ent:personal",
    SpokeBefore = "ent:spoke_in_this_or_last_paragraph",
    NamedAfter = "ent:named_after_quote",
    NamedLately = "ent:named_in_this_or_last_paragraph",
    Gendered = "ent:gender_known",
    // Where the candidate's phrase (or source quote) is.
    NoAnchor = "pos:no_anchor",
    SameSentence = "pos:same_sentence",
    SameParagraph = "pos:same_paragraph",
    NextParagraph = "pos:paragraph_before",
    FarParagraph = "pos:two_or_more_paragraphs_away",
    NearTokens = "pos:within_three_tokens",
    FarTokens = "pos:over_twelve_tokens_away",
    AnchorHeadline = "pos:in_headline",
    Between1 = "pos:one_other_name_between",
    Between2 = "pos:two_or_more_other_names_between",
    // Who spoke in this paragraph and the one before.
    OneSpeaker = "ctx:at_most_one_person_spoke_lately",
    ManySpeakers = "ctx:four_or_more_people_spoke_lately",
    // The quote.
    Partial = "quote:partial",
    Short = "quote:20_bytes_or_fewer",
    Long = "quote:over_150_bytes",
    Headline = "quote:in_headline",
    OwnParagraph = "quote:whole_paragraph",
    Question = "quote:question",
    OtherName = "quote:other_name_in_its_sentence",
    LooseVerb = "quote:speech_verb_in_its_sentence",
    // The cue.
    SaidVerb = "cue:said_says_told",
    NoCue = "cue:none",
    SourceCued = "src:linked_by_a_cue",
    SourceNamed = "src:named_by_its_cue",
}

/// How many features a candidate has.
pub(crate) const N: usize = NAMES.len();

/// A candidate's features, dense (the trainer's view).
pub(crate) type Features = [f32; N];

/// A candidate's features as the features that are on (all features are
/// 0 or 1): what the decision sums the weights of.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Active {
    on: [u8; N],
    len: usize,
}

impl Active {
    fn set(&mut self, f: F, yes: bool) {
        if yes {
            self.on[self.len] = f as u8;
            self.len += 1;
        }
    }

    /// The features, dense.
    pub(crate) fn dense(&self) -> Features {
        let mut x = [0.0; N];
        for &f in &self.on[..self.len] {
            x[usize::from(f)] = 1.0;
        }
        x
    }
}

/// What the rules know of a candidate, beyond its entity.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Evidence {
    pub rule: Rule,
    /// How a cue's subject phrase was resolved (none for context rules).
    pub via: Option<Via>,
    /// The candidate the rules in their written order give first.
    pub first: bool,
    /// Other rules propose the same entity.
    pub agree: bool,
    /// Other distinct entities proposed for the quote.
    pub rivals: usize,
    /// Sentence and paragraph distance from the candidate's phrase (or the
    /// quote it continues) to the quote, and tokens between them; none when
    /// the rule gives no place.
    pub dist: Option<(u32, u32, usize)>,
    pub anchor_in_headline: bool,
    pub quote: QuoteFacts,
    /// The cue is `said`, `says`, `told` or the like.
    pub said_verb: bool,
    pub cue: bool,
    /// A continuation's source quote was linked by a cue of its own.
    pub source_cued: bool,
    /// ... by a cue that names its speaker (not a pronoun or descriptor).
    pub source_named: bool,
    /// Other entities' names between the candidate's anchor and the quote
    /// (counted up to 2).
    pub names_between: usize,
    /// The candidate spoke in this paragraph or the one before, before the
    /// quote.
    pub spoke_before: bool,
    /// The candidate is named in this paragraph or the one before, before
    /// the quote.
    pub named_lately: bool,
    /// People who did (counted up to 4).
    pub speakers_so_far: usize,
    /// Another entity is named in the quote's sentence.
    pub other_name: bool,
}

/// Facts about the quote itself, the same for each of its candidates.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct QuoteFacts {
    pub partial: bool,
    /// The content's length in bytes (a word is about six).
    pub len: usize,
    pub headline: bool,
    pub own_paragraph: bool,
    pub question: bool,
    /// A speech verb stands in the quote's sentence.
    pub speech_verb: bool,
    /// The tokens of the quote's sentence (within its paragraph).
    pub sentence: (usize, usize),
}

fn rule_feature(rule: Rule) -> F {
    use Rule::*;
    match rule {
        SaidName => F::RSaidName,
        NameSaid => F::RNameSaid,
        QuotedAs => F::RQuotedAs,
        Dash => F::RDash,
        NextSentenceSaid => F::RNextSentenceSaid,
        SentenceEndSaid => F::RSentenceEndSaid,
        NameSaidBefore => F::RNameSaidBefore,
        SaidColonBefore => F::RSaidColonBefore,
        Saying => F::RSaying,
        ColonLabel => F::RColonLabel,
        HeadlineColon => F::RHeadlineColon,
        SubjectColon => F::RSubjectColon,
        AccordingTo => F::RAccordingTo,
        ForWhom => F::RForWhom,
        Reported => F::RReported,
        ReportedSaying => F::RReportedSaying,
        NominalSpeech => F::RNominalSpeech,
        SameSentence => F::RSameSentence,
        NextCued => F::RNextCued,
        SameParagraph => F::RSameParagraph,
        NextParagraph => F::RNextParagraph,
        TurnTaking => F::RTurnTaking,
        ActionBeat => F::RActionBeat,
        Narrator => F::RNarrator,
        Interview => F::RInterview,
        SameTurn => F::RSameTurn,
        Addressee => F::RAddressee,
        Alternation => F::RAlternation,
        Present => F::RPresent,
        DialogueUnknown => F::RDialogueUnknown,
        HeadlineEcho => F::RHeadlineEcho,
        Verdict => F::RVerdict,
        PronounSubject => F::RPronounSubject,
        CurrentSpeaker => F::RCurrentSpeaker,
    }
}

fn via_feature(via: Via) -> F {
    match via {
        Via::Mention => F::VMention,
        Via::Pronoun { rivalled: false } => F::VPronoun,
        Via::Pronoun { rivalled: true } => F::VPronounRivalled,
        Via::RoleMatch { full: true } => F::VRoleFull,
        Via::RoleMatch { full: false } => F::VRolePart,
        Via::Organisation => F::VOrganisation,
        Via::Topic => F::VTopic,
        Via::RecentSpeaker => F::VRecentSpeaker,
        Via::HeadlineAhead => F::VHeadlineAhead,
        Via::AsPronoun => F::VAsPronoun,
        Via::Unnamed => F::VUnnamed,
        Via::Issuer => F::VIssuer,
    }
}

/// A candidate's features: its evidence and its entity (`named_after`:
/// the entity is first named after the quote).
pub(crate) fn features(ev: &Evidence, e: &Entity, named_after: bool) -> Active {
    let mut x = Active { on: [0; N], len: 0 };
    let mut on = |f: F, yes: bool| x.set(f, yes);
    on(F::Bias, true);
    on(rule_feature(ev.rule), true);
    if let Some(v) = ev.via {
        on(via_feature(v), true);
    }
    on(F::First, ev.first);
    on(F::Agree, ev.agree);
    on(F::Rival1, ev.rivals == 1);
    on(F::Rival2, ev.rivals >= 2);
    on(F::KindOrg, e.kind == SpeakerKind::Organisation);
    on(F::KindUnnamed, e.kind == SpeakerKind::UnnamedSource);
    on(F::Multiword, e.multiword());
    on(F::Personal, e.personal);
    on(F::SpokeBefore, ev.spoke_before);
    on(F::NamedAfter, named_after);
    on(F::NamedLately, ev.named_lately);
    on(F::Gendered, e.gender.is_some());
    match ev.dist {
        None => on(F::NoAnchor, true),
        Some((sents, paras, toks)) => {
            on(F::NearTokens, toks <= 3);
            on(F::FarTokens, toks > 12);
            on(F::SameSentence, sents == 0);
            on(F::SameParagraph, paras == 0);
            on(F::NextParagraph, paras == 1);
            on(F::FarParagraph, paras >= 2);
        }
    }
    on(F::AnchorHeadline, ev.anchor_in_headline);
    on(F::Between1, ev.names_between == 1);
    on(F::Between2, ev.names_between >= 2);
    on(F::OneSpeaker, ev.speakers_so_far <= 1);
    on(F::ManySpeakers, ev.speakers_so_far >= 4);
    let q = &ev.quote;
    on(F::Partial, q.partial);
    on(F::Short, q.len <= 20);
    on(F::Long, q.len > 150);
    on(F::Headline, q.headline);
    on(F::OwnParagraph, q.own_paragraph);
    on(F::Question, q.question);
    on(F::OtherName, ev.other_name);
    on(F::LooseVerb, q.speech_verb);
    on(F::SaidVerb, ev.said_verb);
    on(F::NoCue, !ev.cue);
    on(F::SourceCued, ev.source_cued);
    on(F::SourceNamed, ev.source_named);
    x
}

/// Has the model seen enough of `rule` (at least [`MIN_EVIDENCE`] training
/// candidates) to judge its candidate against the others? A rule of
/// fiction or interviews, rare in news, has not.
pub(crate) fn knows(rule: Rule) -> bool {
    super::weights::EVIDENCE
        .get(rule_feature(rule) as usize)
        .is_some_and(|&n| n >= MIN_EVIDENCE)
}

/// See [`knows`].
const MIN_EVIDENCE: u32 = 20;

/// The model's probability that a candidate with features `x` is the
/// quote's speaker.
pub(crate) fn probability(x: &Active) -> f32 {
    let w = super::weights::WEIGHTS;
    let z: f32 = x.on[..x.len]
        .iter()
        .map(|&f| w.get(usize::from(f)).copied().unwrap_or(0.0))
        .sum();
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weights_are_for_these_features() {
        assert_eq!(super::super::weights::NAMES, NAMES);
        assert_eq!(super::super::weights::WEIGHTS.len(), N);
        assert_eq!(super::super::weights::EVIDENCE.len(), N);
    }

    #[test]
    fn every_feature_index_fits_a_byte() {
        assert!(N <= usize::from(u8::MAX));
    }

    #[test]
    fn names_are_unique() {
        let mut n = NAMES.to_vec();
        n.sort_unstable();
        n.dedup();
        assert_eq!(n.len(), N);
    }
}
