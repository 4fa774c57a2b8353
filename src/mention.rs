//! Mentions of people and organisations: capitalised name runs with the
//! roles the text attaches to them (a title before the name, an appositive
//! after it, a role phrase before it set off by commas), and the noun
//! phrases a speech cue can take as its subject (names, pronouns,
//! descriptors such as `the minister` or `a ministry spokeswoman`).
//!
//! Names are found in one pass over the tokens; noun phrases are parsed on
//! demand, in windows of bounded size around cues.

use crate::config::Config;
use crate::lexicon::grammar::{
    is_adverb, is_article, is_clause_word, is_definite, is_determiner, is_group_count,
    is_name_connector, is_object_preposition, is_place_preposition, is_possessive,
    is_title_small_word, names_no_one,
};
use crate::lexicon::honorifics::{honorific_gender, is_courtesy_title};
use crate::lexicon::names::name_gender;
use crate::lexicon::orgs::{is_document_noun, is_org_noun, is_org_suffix};
use crate::lexicon::pronouns::{person_noun_gender, subject_pronoun, Gender};
use crate::lexicon::titles;
use crate::lexicon::titles::{title_gender, title_len_of};
use crate::lexicon::verbs::{
    is_answer_noun, is_reporting_verb, is_speech_event, is_speech_verb, is_third_person_form,
};
use crate::lexicon::words::{
    is_furniture_label, is_group_member_of, is_not_name, is_region, is_unnamed_source_noun,
};
use crate::lexicon::{class, classes, WordBuild};
use crate::segment::{Doc, Tok, TokKind};
use crate::span::Span;
use std::collections::HashSet;

/// Longest role phrase we read, in tokens.
const MAX_ROLE_TOKENS: usize = 14;

/// A role phrase as the text states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RoleSpan {
    /// The role text (no leading article).
    pub span: Span,
    /// Token range of the role.
    pub toks: (usize, usize),
}

/// A capitalised name in the text.
#[derive(Clone, Debug)]
pub(crate) struct NameMention {
    /// First token of the mention including a title before the name.
    pub full_start: usize,
    /// Token range of the name words (`start..end`).
    pub start: usize,
    pub end: usize,
    /// The name's span, a final possessive `'s` left out.
    pub span: Span,
    pub role_before: Option<RoleSpan>,
    pub role_after: Option<RoleSpan>,
    pub gender: Option<Gender>,
    /// What the text itself says of the gender (a courtesy title, a
    /// gendered title in a stated role): never a given name's.
    pub stated_gender: Option<(crate::Gender, crate::GenderBasis)>,
    pub org: bool,
    /// The mention follows a preposition (`in Ankara`, `from Devon`): a
    /// place or an object, not a likely antecedent for a pronoun.
    pub object: bool,
    /// The mention stands inside another's appositive (`Tom Reed, an
    /// analyst at Kestrel Capital,`): an affiliation, never what `the
    /// company` refers to.
    pub in_role: bool,
    /// Evidence that this is a person: a known first name, a courtesy
    /// title or a role.
    pub personal: bool,
    /// The mention stands in a quote's cue clause, after the quote and its
    /// verb of saying (`"…," Reed told host Piet Lund`, `"…," said Reed,
    /// who backs Ada Lund`): a listener or an aside, not a new speaker.
    pub aside: bool,
}

/// Strip a final possessive (`Rubio's` → `Rubio`).
#[inline]
pub(crate) fn strip_possessive(s: &str) -> &str {
    // Most words end in neither `s`, `'` nor `’` (whose last byte is 0x99).
    match s.as_bytes().last() {
        Some(b's' | b'\'' | 0x99) => {}
        _ => return s,
    }
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .or_else(|| s.strip_suffix('\''))
        .or_else(|| s.strip_suffix('’'))
        .unwrap_or(s)
}

/// Whether mention `m` ends in a possessive (`Roe's lawyer`, `the
/// Commuters' union`): the name then modifies what follows; it is no
/// speaker or antecedent by itself.
pub(crate) fn is_possessive_mention(doc: &Doc<'_>, m: &NameMention) -> bool {
    is_possessive(doc.text_of(m.end - 1))
}

/// The classes of a word that may start a title, built in or the user's:
/// [`Lex::title_at`] reads no further without one.
const TITLE_STARTS: u32 = class::TITLE | class::TITLE_START | class::USER_TITLE_START;

/// Where [`Lex`]'s per-token class word keeps the possessive's length:
/// above every class bit ([`CLASS_BITS`]).
const POSSESSIVE_SHIFT: u32 = 29;

/// The class bits of [`Lex`]'s per-token class word.
const CLASS_BITS: u32 = (1 << POSSESSIVE_SHIFT) - 1;

// Every class fits under the possessive's bits.
const _: () = assert!(class::ALL < 1 << POSSESSIVE_SHIFT);

/// The fewest bytes of text a token may take on average for [`Lex`] to
/// keep every word's lower-cased form (16 bytes a token): prose runs at a
/// token per 5 or 6 bytes, a storm of one-character words at one per 2,
/// where the copy would cost 8 bytes of memory per byte of text.
const LOW_CACHE_BYTES: usize = 4;

/// Lexical facts about one token, computed once per token and cached.
pub(crate) struct Lex<'d, 't> {
    pub doc: &'d Doc<'t>,
    /// The user's extra speech verbs and titles.
    pub config: &'d Config,
    /// Capitalised words seen somewhere not at a sentence start.
    pub mid_caps: HashSet<&'d str, WordBuild>,
    /// Word classes per token, and in the top bits ([`POSSESSIVE_SHIFT`])
    /// how many bytes of [`Lex::low`] its possessive takes (`'s`, `’s`,
    /// `'`, `’`: at most 4), so that [`Lex::base`] is a slice of it, with
    /// no second `&str` a token (a text of punctuation holds a token every
    /// two bytes).
    cls: Vec<u32>,
    /// Lower-cased form per word ([`Doc::low`], read once: the later
    /// stages ask for it again and again); `None` for other tokens, whose
    /// form is empty, so that the zeroed pages of a stretch without words
    /// stay untouched. Empty for a text denser in tokens than
    /// [`LOW_CACHE_BYTES`] (see [`Lex::low`]).
    lows: Vec<Option<&'d str>>,
    /// The first paragraph is a headline: one sentence, with more after it.
    headline: bool,
    /// The user changed no word: a token's classes are the built-in
    /// tables' alone (see [`Lex::base_classes`]).
    built_in: bool,
    /// The first token of every line of page furniture
    /// ([`opens_furniture_line`]), in order: most texts have none, and
    /// [`on_furniture_line`] then reads nothing.
    furniture: Vec<usize>,
}

impl<'d, 't> Lex<'d, 't> {
    pub fn new(doc: &'d Doc<'t>, config: &'d Config) -> Self {
        let mut mid_caps = HashSet::default();
        // Zeroed: the pages of a stretch without words (a storm of
        // punctuation or quotes) are never written, so never resident.
        let mut cls = vec![0u32; doc.toks.len()];
        // Sixteen bytes a token: kept only where tokens are as sparse as
        // in prose, so that a storm of words costs its tokens alone.
        let bytes = match (doc.toks.first(), doc.toks.last()) {
            (Some(a), Some(b)) => b.span().end - a.span().start,
            _ => 0,
        };
        let cached = doc.toks.len().saturating_mul(LOW_CACHE_BYTES) <= bytes;
        let mut lows: Vec<Option<&'d str>> = if cached {
            vec![None; doc.toks.len()]
        } else {
            Vec::new()
        };
        let user = &config.lexicon.0;
        let built_in = user.is_empty();
        let mut furniture = Vec::new();
        for (i, (t, c)) in doc.toks.iter().zip(cls.iter_mut()).enumerate() {
            if t.kind() != TokKind::Word {
                // A line of furniture has its colon one or two tokens
                // after its start.
                if t.is_punct(':') {
                    for s in [i.wrapping_sub(2), i.wrapping_sub(1)] {
                        if doc.toks.get(s).is_some_and(Tok::line_start)
                            && opens_furniture_line(doc, s)
                        {
                            furniture.push(s);
                        }
                    }
                }
                continue;
            }
            let low = doc.low(i);
            if let Some(l) = lows.get_mut(i) {
                *l = Some(low);
            }
            let w = strip_possessive(low);
            let cut = ((low.len() - w.len()) as u32) << POSSESSIVE_SHIFT;
            let own = classes(w);
            *c = cut
                | if !w.ends_with('.') {
                    if built_in {
                        own
                    } else {
                        user.classes(w, own)
                    }
                } else {
                    let bare = w.trim_end_matches('.');
                    user.classes(bare, classes(bare)) | user.classes(w, own)
                };
            if t.cap() && !t.sent_start() {
                mid_caps.insert(low);
            }
        }

        let headline = doc.paras > 1
            && doc
                .toks
                .iter()
                .find(|t| t.para > 0)
                .is_some_and(|t| t.sent <= 1);
        Lex {
            doc,
            config,
            mid_caps,
            cls,
            lows,
            headline,
            built_in,
            furniture,
        }
    }

    /// Is token `i` in a headline (see [`Lex::headline`])? A text of one
    /// paragraph has none.
    #[inline]
    pub fn in_headline(&self, i: usize) -> bool {
        self.headline && self.doc.toks.get(i).is_some_and(|t| t.para == 0)
    }

    /// The tokens with any of the classes `bits`, in order: words only
    /// (other tokens have no class), read from the classes alone.
    pub fn with_classes(&self, bits: u32) -> impl Iterator<Item = usize> + '_ {
        debug_assert_eq!(bits & !CLASS_BITS, 0);
        self.cls
            .iter()
            .enumerate()
            .filter(move |&(_, &c)| c & bits != 0)
            .map(|(i, _)| i)
    }

    /// Word classes of token `i` (its possessive and final period left out).
    #[inline]
    pub fn cls(&self, i: usize) -> u32 {
        self.cls.get(i).map_or(0, |&c| c & CLASS_BITS)
    }

    /// A speech verb at token `i`, built in or the user's.
    #[inline]
    pub fn speech_at(&self, i: usize) -> bool {
        // The user's verbs are in the classes (see `Lex::new`).
        self.word(i) && self.cls(i) & class::SPEECH != 0
    }

    /// The classes of [`Lex::base`]`(i)`, as [`classes`] gives them: those
    /// read once in [`Lex::new`] when they are that word's alone (no final
    /// period, no word of the user's), else looked up again.
    #[inline]
    pub fn base_classes(&self, i: usize) -> u32 {
        // A word that ends in a period has no possessive after it: its
        // base ends in one just when its lower-cased form does.
        if self.built_in && !self.doc.toks[i].low_dot() {
            self.cls(i)
        } else {
            classes(self.base(i))
        }
    }

    /// The classes of [`Lex::low`]`(i)`, as [`classes`] gives them (see
    /// [`Lex::base_classes`]; a word without a possessive is its base).
    #[inline]
    pub fn low_classes(&self, i: usize) -> u32 {
        if self.cls[i] >> POSSESSIVE_SHIFT == 0 {
            self.base_classes(i)
        } else {
            classes(self.low(i))
        }
    }

    /// [`title_gender`] of [`Lex::low`]`(i)`.
    pub fn title_gender(&self, i: usize) -> Option<Gender> {
        let w = self.low(i);
        if w.contains(' ') {
            title_gender(w)
        } else {
            // A word's own classes are all `title_gender` reads of it.
            titles::role_gender(self.low_classes(i))
        }
    }

    /// [`Lex::speech`] of [`Lex::low`]`(i)`.
    #[inline]
    pub fn speech_low(&self, i: usize) -> bool {
        if self.built_in {
            self.low_classes(i) & class::SPEECH != 0
        } else {
            self.speech(self.low(i))
        }
    }

    /// [`Lex::reporting`] of [`Lex::low`]`(i)`.
    #[inline]
    pub fn reporting_low(&self, i: usize) -> bool {
        if self.built_in {
            self.low_classes(i) & (class::REPORTING | class::SPEECH) != 0
        } else {
            self.reporting(self.low(i))
        }
    }

    /// Is token `i` a dash (`—`, `–`, `-`, `―`)?
    #[inline]
    pub fn dash(&self, i: usize) -> bool {
        self.doc
            .toks
            .get(i)
            .is_some_and(|t| matches!(t.kind(), TokKind::Punct('—' | '–' | '-' | '―')))
    }

    /// A speech verb, built in or the user's.
    pub fn speech(&self, w: &str) -> bool {
        let user = &self.config.lexicon.0;
        if user.is_empty() {
            is_speech_verb(w)
        } else {
            user.speech(w)
        }
    }

    /// A reporting verb (`called`, `accused`) or a speech verb.
    pub fn reporting(&self, w: &str) -> bool {
        if self.config.lexicon.0.is_empty() {
            // Both in one lookup.
            return classes(w) & (class::REPORTING | class::SPEECH) != 0;
        }
        is_reporting_verb(w) || self.speech(w)
    }

    /// The lower-cased word at token `i` (empty for non-words); as
    /// [`Doc::low`], read from the copy made once, or from the token
    /// itself in a text too dense in tokens for that copy.
    #[inline]
    pub fn low(&self, i: usize) -> &'d str {
        match self.lows.get(i) {
            Some(low) => low.unwrap_or(""),
            None => self.low_uncached(i),
        }
    }

    /// [`Doc::low`], for a text whose lower-cased forms are not kept.
    #[cold]
    #[inline(never)]
    fn low_uncached(&self, i: usize) -> &'d str {
        self.doc.low(i)
    }
    /// The lower-cased word at token `i` without a final possessive
    /// (`rubio's` → `rubio`): [`strip_possessive`] of [`Lex::low`], taken
    /// once.
    #[inline]
    pub fn base(&self, i: usize) -> &'d str {
        let low = self.low(i);
        &low[..low.len() - (self.cls[i] >> POSSESSIVE_SHIFT) as usize]
    }
    #[inline]
    pub fn word(&self, i: usize) -> bool {
        i < self.doc.toks.len() && self.doc.is_word(i)
    }
    #[inline]
    pub fn cap(&self, i: usize) -> bool {
        self.word(i) && self.doc.toks[i].cap()
    }
    #[inline]
    pub fn punct(&self, i: usize, c: char) -> bool {
        i < self.doc.toks.len() && self.doc.is_punct(i, c)
    }
    /// Same sentence?
    #[inline]
    pub fn same_sent(&self, a: usize, b: usize) -> bool {
        self.doc.toks[a].sent == self.doc.toks[b].sent
    }

    /// Length of a title starting at token `i` (words only, same sentence).
    pub fn title_at(&self, i: usize) -> Option<usize> {
        if !self.word(i) || self.cls(i) & TITLE_STARTS == 0 {
            return None;
        }
        let mut words: [&str; 5] = [""; 5];
        let mut n = 0;
        while n < 5 && self.word(i + n) && (n == 0 || self.same_sent(i, i + n)) {
            words[n] = self.base(i + n);
            n += 1;
        }
        if n == 0 {
            return None;
        }
        let user = &self.config.lexicon.0;
        if user.is_empty() {
            title_len_of(&words[..n], self.base_classes(i))
        } else {
            user.title_len(&words[..n], self.cls(i) & class::USER_TITLE_START != 0)
        }
    }

    fn title_word(&self, i: usize) -> bool {
        // The user's one-word titles are in the classes (see `Lex::new`).
        self.word(i) && self.cls(i) & (class::TITLE | class::UNNAMED) != 0
    }

    fn modifier(&self, i: usize) -> bool {
        self.word(i) && self.cls(i) & (class::MODIFIER | class::DEMONYM) != 0
    }

    /// A headline's verb in title case (`Economist Warns of …`, `Minister
    /// Cites …`): a speech or reporting verb in the present, in the first
    /// paragraph.
    fn headline_verb(&self, i: usize) -> bool {
        self.cap(i)
            && self.in_headline(i)
            && self.cls(i) & (class::SPEECH | class::REPORTING) != 0
            && self.low(i).ends_with('s')
    }

    /// `June Penhallow`, `April Reyes`: a month that is also a given name,
    /// before a capitalised word that is no date (`June Fourth` aside).
    fn month_as_given_name(&self, i: usize, w: &str) -> bool {
        matches!(w, "june" | "april" | "august")
            && self.cap(i + 1)
            && self.same_sent(i, i + 1)
            && self.cls(i + 1) & class::NOT_NAME == 0
            && !self.low(i + 1).starts_with(|c: char| c.is_ascii_digit())
    }

    /// `Human Rights Watch`, `Harbour Watch president`: an organisation's
    /// word inside a sentence, though it opens no name at a sentence's
    /// start (`Watch:` opens a link line).
    fn org_word_inside(&self, i: usize) -> bool {
        !self.doc.toks[i].sent_start() && self.base_classes(i) & ORG_WORD != 0
    }

    /// A capitalised word that can be part of a person's or an
    /// organisation's name.
    fn name_word(&self, i: usize) -> bool {
        if !self.cap(i) || self.headline_verb(i) {
            return false;
        }
        let w = self.base(i);
        if w.is_empty() || !w.chars().next().is_some_and(char::is_alphabetic) {
            return false;
        }
        // `I'd`, `I'm`, `I've`: the pronoun, contracted.
        if w.starts_with("i'") {
            return false;
        }
        // (A word of one character: `w` is not empty, so one `next` past
        // its first leaves none.)
        if self.cls(i) & class::NOT_NAME != 0
            && !self.month_as_given_name(i, w)
            && !self.org_word_inside(i)
            || w.chars().nth(1).is_none()
        {
            return false;
        }
        // `Inc.`, `Ltd.`: a company suffix alone is no name.
        if w.ends_with('.') && w.len() > 2 && !w[..w.len() - 1].contains('.') {
            return false;
        }
        true
    }
}

/// A Roman numeral of two letters or more from `I`, `V` and `X` (`IX`,
/// `XXXV`), as chapters and monarchs are numbered.
fn roman_numeral(w: &str) -> bool {
    w.len() > 1 && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Find every name mention, in order, with the roles stated around it.
/// The classes that keep a word from being a one-word name of its own
/// (see [`accept_name`]) but not from being a surname (`Baker`, `Law`).
const COMMON_WORD: u32 = class::TITLE | class::ORG_NOUN | class::DOC_NOUN;

pub(crate) fn find_names(lex: &Lex<'_, '_>) -> Vec<NameMention> {
    let doc = lex.doc;
    let n = doc.toks.len();
    let mut out: Vec<NameMention> = Vec::new();
    // One past the last token of the latest appositive: a name inside one
    // (`a spokesman for the General Staff`) is an affiliation, not an
    // antecedent.
    let mut in_role_until = 0;
    // The last words of the people's full names so far: a word the lexicon
    // reads as a title or a common noun (`Baker`, `Law`) is the surname
    // alone after it (`"…," said Baker.` after `Jim Baker`).
    let mut surnames: HashSet<&str, WordBuild> = HashSet::default();
    let mut i = 0;
    while i < n {
        if !lex.cap(i) {
            i += 1;
            continue;
        }
        // Build a run of units: title units (which may hold `of`), name words
        // and connectors, all in one sentence.
        let run_start = i;
        let mut j = i;
        let mut last_title_end = None; // token index one past the last title/honorific unit
        let mut courtesy_gender: Option<Gender> = None;
        let mut courtesy = false;
        while j < n && lex.word(j) && lex.same_sent(run_start, j) {
            let low = lex.low(j);
            if lex.headline_verb(j) {
                break;
            }
            if lex.cap(j) {
                let bare = low.trim_end_matches('.');
                // A one-word title right after a given name, ending the
                // run, is a surname (`Amy Pope`, `Howard Dean`, `Billie
                // Jean King`).
                // (Or, for a title that is also a common surname, after
                // any name word: `Billie Jean King`. And `Dean Baker`,
                // `Earl Reed`: a given name before a surname ending the
                // run.)
                let given = |k: usize| lex.cls(k) & (class::FEMALE_NAME | class::MALE_NAME) != 0;
                let ends_run = |k: usize| !(lex.cap(k + 1) && lex.same_sent(k, k + 1));
                let after_name = j > run_start && last_title_end != Some(j);
                let surname = || {
                    after_name
                        && ends_run(j)
                        && (given(j - 1)
                            || j > run_start + 1 && given(j - 2) && lex.name_word(j - 1)
                            || lex.name_word(j - 1) && titles::is_also_name(bare))
                };
                let given_name = || {
                    j == run_start
                        && titles::is_also_given_name(bare)
                        && lex.cap(j + 1)
                        && lex.same_sent(j, j + 1)
                        && (lex.title_at(j + 1).is_none() || titles::is_also_name(lex.low(j + 1)))
                        && ends_run(j + 1)
                };
                // Only a word that may start a title is read for either
                // (`title_at` needs one), not every capitalised word.
                if lex.cls(j) & TITLE_STARTS != 0
                    && (surname() || given_name())
                    && lex.title_at(j) == Some(1)
                {
                    j += 1;
                    continue;
                }
                if let Some(k) = lex.title_at(j) {
                    // A title unit, capitalised (`Secretary of State`).
                    // It ends the prefix only if a name follows. Before an
                    // organisation's head word (`Brindle State University`,
                    // `Vell General Hospital`) it is part of that name.
                    j += k;
                    if !org_head_at(lex, run_start, j) {
                        last_title_end = Some(j);
                    }
                    continue;
                }
                if lex.cls(j) & class::HONORIFIC != 0 {
                    if lex.cls(j) & class::COURTESY != 0 {
                        courtesy = true;
                        courtesy_gender = honorific_gender(bare).or(courtesy_gender);
                    }
                    j += 1;
                    last_title_end = Some(j);
                    continue;
                }
                if lex.cls(j) & class::DEMONYM != 0 && lex.cap(j + 1) {
                    j += 1;
                    if !org_head_at(lex, run_start, j) {
                        last_title_end = Some(j);
                    }
                    continue;
                }
                // `Skarholm Commuters' Association`, `Bakers' and Allied
                // Workers' Union`: a plural possessive inside a name.
                if (low.ends_with("s'") || low.ends_with("s’"))
                    && (org_head_at(lex, run_start, j + 1) || org_name_ahead(lex, j + 1))
                {
                    j += 1;
                    continue;
                }
                if is_possessive(low) && j > run_start {
                    // `Network Rail's Chief Executive Jane Roe`: the
                    // possessive word closes an affiliation.
                    j += 1;
                    if lex.title_at(j).is_some() || lex.title_word(j) {
                        last_title_end = Some(j);
                        continue;
                    }
                    break;
                }
                if is_possessive(low) {
                    j += 1;
                    break;
                }
                j += 1;
                continue;
            }
            // `Speaker of Parliament Ada Brisk`, `Minister of Public Works Tom
            // Reed`: a title's `of` phrase in capitals, before a name of at
            // least one word (two when the phrase could take more).
            if last_title_end == Some(j) && matches!(low, "of" | "for") {
                let the = usize::from(lex.word(j + 1) && lex.low(j + 1) == "the");
                let first = j + 1 + the;
                let mut k = first;
                while k < n && k < first + 5 && lex.cap(k) && lex.same_sent(run_start, k) {
                    k += 1;
                }
                let caps = k - first;
                let phrase = match caps {
                    0 | 1 => 0,
                    2 => 1,
                    _ => caps - 2,
                };
                if phrase > 0 && (first..first + phrase).all(|t| !lex.headline_verb(t)) {
                    j = first + phrase;
                    last_title_end = Some(j);
                    continue;
                }
            }
            if j > run_start && lex.cap(j + 1) && is_name_connector(low) {
                j += 1;
                continue;
            }
            // `Fire and Rescue Service`, `Ministry of Fisheries`: a
            // connector inside an organisation's name.
            // A person's name does not run on into one (`Ian Wood of Brindle
            // University`): not after a title, a courtesy title or a known
            // first name.
            let personal_so_far = last_title_end.is_some()
                || run_start > 0
                    && lex.same_sent(run_start - 1, run_start)
                    && lex.title_word(run_start - 1)
                || (run_start..j)
                    .any(|k| lex.cls(k) & (class::FEMALE_NAME | class::MALE_NAME) != 0);
            if matches!(low, "and" | "of" | "for" | "&")
                && j > run_start
                && lex.cap(j + 1)
                && ((run_start..j).any(|k| is_org_noun(lex.base(k)))
                    || !personal_so_far && org_name_ahead(lex, j + 1))
            {
                j += 1;
                continue;
            }
            break;
        }
        let run_end = j.max(i + 1);
        let name_start = last_title_end.unwrap_or(run_start).min(run_end);
        let mut ns = name_start;
        // Leading words that are never names (`The`, `But`, `Monday`; a
        // numeral after one, as in `CHAPTER IX SISSY'S PROGRESS`: `Henry
        // VIII` ends with one).
        while ns < run_end
            && (!lex.name_word(ns) || ns > name_start && roman_numeral(lex.doc.text_of(ns)))
        {
            ns += 1;
        }
        let mut ne = run_end;
        while ne > ns && !lex.name_word(ne - 1) {
            ne -= 1;
        }
        let surname = run_end == run_start + 1
            && lex.base_classes(run_start) & COMMON_WORD != 0
            && !surnames.is_empty()
            && surnames.contains(lex.base(run_start))
            && !is_not_name(lex.base(run_start))
            && !(run_start > 0 && lex.word(run_start - 1) && is_article(lex.low(run_start - 1)))
            && (!doc.toks[run_start].sent_start()
                || cue_follows(lex, run_start)
                || lex.punct(run_start + 1, ','));
        if surname {
            (ns, ne) = (run_start, run_end);
            last_title_end = None;
        }
        if ns < ne && (surname || accept_name(lex, ns, ne)) && !unit_after_number(lex, ns, ne) {
            let span = Span::new(
                doc.toks[ns].span().start,
                doc.toks[ne - 1].span().start + strip_possessive(doc.text_of(ne - 1)).len(),
            );
            let mut role_before = None;
            let mut full_start = ns;
            if let Some(t_end) = last_title_end.filter(|&e| e <= ns && e > run_start) {
                // (`But Sen. Ada Brisk`: an opening word that is never a
                // name is no part of the role.)
                let mut first = run_start;
                while first + 1 < t_end
                    && lex.title_at(first).is_none()
                    && !lex.name_word(first)
                    && is_not_name(lex.base(first))
                {
                    first += 1;
                }
                let lo = extend_role_left(lex, first);
                let rs = role_span(lex, lo, t_end);
                if !courtesy || lex.title_at(first).is_some() || lo < first {
                    role_before = rs.filter(|r| !is_courtesy_only(lex, r));
                }
                full_start = lo.min(first);
            } else if let Some(lo) = role_left_of(lex, ns) {
                role_before = role_span(lex, lo, ns);
                full_start = lo;
            }
            if role_before.is_none() {
                // (From before a courtesy title: `The hospital's chief
                // executive, Dr Samuel Aarons, said`.)
                role_before = reverse_appositive(lex, full_start.min(ns), ne);
            }
            if role_before.is_none() {
                if let Some(lo) = unknown_role_left(lex, ns, ne) {
                    role_before = role_span(lex, lo, ns);
                    full_start = lo;
                }
            }
            let role_after = appositive(lex, ns, ne);
            let org = is_org_name(lex, ns, ne);
            let role_gender = || {
                role_before
                    .or(role_after)
                    .and_then(|r| (r.toks.0..r.toks.1).find_map(|k| lex.title_gender(k)))
            };
            let gender = courtesy_gender.or_else(role_gender);
            let stated_gender =
                crate::analysis::stated(courtesy_gender, crate::GenderBasis::Honorific)
                    .or_else(|| crate::analysis::stated(role_gender(), crate::GenderBasis::Title));
            // (A byline, `By Jane Roe, Political Reporter`, counts as one:
            // its writer is nobody's antecedent.)
            // (`in the United States` too.)
            let before =
                if full_start > 1 && lex.word(full_start - 1) && lex.low(full_start - 1) == "the" {
                    full_start - 1
                } else {
                    full_start
                };
            // (`According to Reed,` and a sentence-opening `For Reed,` name
            // a source: a candidate, no object.)
            let source = before > 0
                && match lex.low(before - 1) {
                    "to" => {
                        before > 1 && lex.word(before - 2) && lex.low(before - 2) == "according"
                    }
                    "for" => lex.doc.toks[before - 1].sent_start(),
                    _ => false,
                };
            let object = before > 0
                && lex.word(before - 1)
                && lex.same_sent(before - 1, full_start)
                && (is_object_preposition(lex.low(before - 1)) && !source
                    || lex.low(before - 1) == "by" && lex.doc.toks[before - 1].line_start())
                || is_dateline(lex, ns, ne)
                || is_furniture(lex, ns, ne)
                // `a source speaking to Kestrel News said`: the one spoken
                // to.
                || before > 1
                    && lex.same_sent(before - 2, full_start)
                    && after_talking(lex, before - 1)
                // `accused Baranova of …`, `praised Roe`: the object of a
                // reporting verb (`said Roe` is the subject, after its verb).
                || before > 0
                    && lex.word(before - 1)
                    && !lex.cap(before - 1)
                    && lex.same_sent(before - 1, full_start)
                    && lex.cls(before - 1) & (class::REPORTING | class::SPEECH) == class::REPORTING;
            let first_gender = (ne - ns > 1)
                .then(|| name_gender(lex.low_classes(ns)))
                .flatten();
            let gender = gender.or(first_gender);
            let in_role = ns < in_role_until;
            let object = object || in_role;
            if let Some(r) = role_after {
                in_role_until = r.toks.1;
            }
            let personal = !org
                && (courtesy
                    || first_gender.is_some()
                    || role_before.is_some()
                    || role_after.is_some());
            if ne - ns > 1 && personal && lex.base_classes(ne - 1) & COMMON_WORD != 0 {
                surnames.insert(lex.base(ne - 1));
            }
            out.push(NameMention {
                full_start,
                start: ns,
                end: ne,
                span,
                role_before,
                role_after,
                gender,
                stated_gender,
                org,
                object,
                in_role,
                personal,
                aside: false,
            });
        }
        i = run_end.max(i + 1);
    }
    mark_inside_roles(&mut out);
    mark_in_context(lex, &mut out);
    out
}

/// `Brindle campaign manager Tom Reed`: a name inside the role before
/// another name is an affiliation, not a person of its own in the text.
fn mark_inside_roles(ms: &mut [NameMention]) {
    for i in 1..ms.len() {
        let (lo, ns) = (ms[i].full_start, ms[i].start);
        if lo == ns {
            continue;
        }
        let mut j = i;
        while j > 0 && ms[j - 1].start >= lo {
            j -= 1;
            if ms[j].end <= ns {
                ms[j].in_role = true;
                ms[j].object = true;
            }
        }
    }
}

/// `in Columbus, Ohio,`: a name right after a place's name and a comma,
/// itself closed by punctuation, is the place's region (one or two words,
/// no title), an object too
/// (`Reed, at a rally in Columbus, Ohio, said` is Reed's); so are both
/// after `of` (`Cory James, 22, of Flint, Mich., said`). A person named
/// as such (`in Tarnby, Vera Olsen said`) or a name its verb follows
/// (`In Tarnby, Reed said`) stays a subject.
/// (Before the rest of [`mark_in_context`] on either: `prev_object` is
/// `prev.object` as [`mark_inside_roles`] and the pairs before left it.)
fn place_region(lex: &Lex<'_, '_>, prev: &NameMention, prev_object: bool, m: &NameMention) -> bool {
    // (Or a region the lexicon names after any name: `a pastor at the
    // Church of Elizabeth, Colorado, slammed`, where the apposition
    // before it makes `Colorado` look like a person with a role; a
    // given name, as `Georgia` is, still makes it one.)
    // Only a mention right after the one before can be its region (most
    // are not: nothing else is read for them).
    if m.full_start != prev.end + 1 {
        return false;
    }
    let named = names_region(lex, m);
    let Some(of) = place_after(lex, prev.full_start, prev_object)
        .filter(|_| !prev.personal)
        .or_else(|| named.then_some(false))
    else {
        return false;
    };
    let given = lex.cls(m.start) & (class::FEMALE_NAME | class::MALE_NAME) != 0;
    let region = lex.punct(prev.end, ',')
        && m.full_start == m.start
        && m.end - m.start <= 2
        && (!m.personal || named && !given)
        && !m.org
        && lex.same_sent(prev.start, m.start)
        && !lex.word(m.end);
    // (After `of`, a region of one word only: `of Pine Hollow, Gérard
    // Tremblay, 76,` names a person.)
    region && (!of || m.end - m.start == 1)
}

/// Is mention `m`, of one or two words, a region the lexicon names
/// ([`is_region`]: `Colorado`, `New York`)?
fn names_region(lex: &Lex<'_, '_>, m: &NameMention) -> bool {
    match m.end - m.start {
        1 => is_region(lex.base(m.start)),
        2 => is_region(&format!("{} {}", lex.low(m.start), lex.base(m.start + 1))),
        _ => false,
    }
}

/// Is mention `m` a place by the word before it: a place's preposition
/// (`in Columbus`, an object already), or `of` (`Cory James, 22, of
/// Flint`, where a person is from)? `Some(true)` for `of`.
pub(crate) fn place_by_preposition(lex: &Lex<'_, '_>, m: &NameMention) -> Option<bool> {
    place_after(lex, m.full_start, m.object)
}

/// [`place_by_preposition`] for a mention from token `fs` that is an
/// object (`object`) or not.
fn place_after(lex: &Lex<'_, '_>, fs: usize, object: bool) -> Option<bool> {
    if fs == 0 || !lex.word(fs - 1) {
        return None;
    }
    let w = lex.low(fs - 1);
    if w == "of" {
        Some(true)
    } else {
        (object && is_place_preposition(w)).then_some(false)
    }
}

/// Most tokens from a sentence's start to a name in its opening clause.
const FRONTED_MAX: usize = 12;

/// `Introduced by Mayor Tom Reed, councillor Piet Brandt opened …`,
/// `Asked about Reed, Lund said`: a sentence opening with a participle
/// clause (a lower-case-able first word in `-ed` or `-ing`, closed by the
/// sentence's first comma) has no subject of its own; a name in it is an
/// object, no antecedent. (`According to Reed,` names a source.)
fn fronted_participle(lex: &Lex<'_, '_>, m: &NameMention) -> bool {
    let doc = lex.doc;
    let k = m.full_start;
    let s = doc.sentence_lo(k, 0, FRONTED_MAX);
    if s == k || s > 0 && doc.toks[s - 1].sent == doc.toks[k].sent || !lex.word(s) {
        return false;
    }
    let first = lex.low(s);
    let participle = first.len() > 4
        && (first.ends_with("ed") || first.ends_with("ing"))
        && first != "according";
    let closed = || {
        (m.end..(m.end + FRONTED_MAX).min(doc.toks.len()))
            .take_while(|&j| doc.toks[j].sent == doc.toks[k].sent)
            .any(|j| lex.punct(j, ','))
    };
    participle && closed() && (s..k).all(|j| !lex.punct(j, ','))
}

/// `a senior Reed adviser`, `one Vell campaign source`, `Brisk aides`: a
/// name right before the lower-case head of a noun phrase (a title, a
/// source, an organisation word, after at most two more such words or
/// modifiers) modifies it; the phrase's head is who acts, not the name.
fn attributive(lex: &Lex<'_, '_>, m: &NameMention) -> bool {
    if m.org || is_possessive(lex.doc.text_of(m.end - 1)) {
        return false;
    }
    let e = m.end;
    let head = (e..e + 3)
        .find(|&k| !lex.word(k) || lex.cap(k) || !lex.same_sent(m.start, k) || head_noun(lex, k));
    head.is_some_and(|k| {
        lex.word(k)
            && !lex.cap(k)
            && lex.same_sent(m.start, k)
            && head_noun(lex, k)
            && (e..k).all(|j| lex.modifier(j) || head_noun(lex, j))
    })
}

/// Whether each mention stands in a quote's cue clause: in the quote's
/// sentence, after the quote and a verb of saying that follows it. One
/// walk over the tokens, as far as each mention in turn.
struct Asides {
    /// The next token to read.
    next: usize,
    sent: u32,
    quoted: bool,
    cue: bool,
}

impl Asides {
    fn new() -> Self {
        Asides {
            next: 0,
            sent: u32::MAX,
            quoted: false,
            cue: false,
        }
    }

    /// Is the next mention in order, from token `fs`, in a cue clause?
    /// (A mention that starts before the last token read, out of order,
    /// is not.)
    fn at(&mut self, lex: &Lex<'_, '_>, fs: usize) -> bool {
        if fs + 1 < self.next {
            return false;
        }
        let toks = &lex.doc.toks;
        while self.next <= fs && self.next < toks.len() {
            let (i, tok) = (self.next, &toks[self.next]);
            if tok.sent != self.sent {
                (self.sent, self.quoted, self.cue) = (tok.sent, false, false);
            }
            match tok.kind() {
                TokKind::Quote(_) => (self.quoted, self.cue) = (true, false),
                TokKind::Word if self.quoted && !self.cue => {
                    self.cue = lex.speech_at(i) && !lex.cap(i)
                }
                _ => {}
            }
            self.next += 1;
        }
        self.next == fs + 1 && self.cue
    }
}

/// What the text around each mention says of it, in one walk over the
/// mentions, each read once while it is in cache (once a pass each, the
/// passes missed the cache for every mention): a place's region
/// ([`place_region`]), a name in a fronted participle clause
/// ([`fronted_participle`]) or before the head it modifies
/// ([`attributive`]), a listener or an aside in a cue clause ([`Asides`]).
/// The same as running them one after another over all the mentions:
/// only [`place_region`] reads what another sets, and it is given the
/// mention before as the others had not yet marked it.
fn mark_in_context(lex: &Lex<'_, '_>, ms: &mut [NameMention]) {
    let mut asides = Asides::new();
    let mut prev_object = false;
    for i in 0..ms.len() {
        if i > 0 && place_region(lex, &ms[i - 1], prev_object, &ms[i]) {
            ms[i].object = true;
            ms[i - 1].object = true;
        }
        prev_object = ms[i].object;
        if fronted_participle(lex, &ms[i]) {
            ms[i].object = true;
        }
        if attributive(lex, &ms[i]) {
            ms[i].in_role = true;
            ms[i].object = true;
        }
        ms[i].aside = asides.at(lex, ms[i].full_start);
    }
}

/// The classes that end an organisation's name (`Police`, `Ministry`,
/// `Ltd`): an organisation suffix or noun, read in one lookup.
const ORG_WORD: u32 = class::ORG_SUFFIX | class::ORG_NOUN;

/// Is token `j` a capitalised organisation head (`University`, `Hospital`,
/// `Rail`) in the run from `run_start`? A title or demonym before it
/// (`Brindle State University`) is then part of the name.
fn org_head_at(lex: &Lex<'_, '_>, run_start: usize, j: usize) -> bool {
    lex.cap(j) && lex.same_sent(run_start, j) && lex.base_classes(j) & ORG_WORD != 0
}

/// Does an organisation's name end within the next few capitalised words
/// (`Rescue Service`)?
fn org_name_ahead(lex: &Lex<'_, '_>, from: usize) -> bool {
    let mut k = from;
    while k < from + 4 && lex.cap(k) && lex.same_sent(from, k) {
        if lex.base_classes(k) & ORG_WORD != 0 {
            return true;
        }
        k += 1;
    }
    false
}

/// Is the name `ns..ne` a real name? A single capitalised word at the start
/// of a sentence is taken only if it also appears capitalised mid-sentence,
/// or a speech cue or colon follows it.
fn accept_name(lex: &Lex<'_, '_>, ns: usize, ne: usize) -> bool {
    let doc = lex.doc;
    if ne - ns > 1 {
        return true;
    }
    let w = lex.base(ns);
    // A title, an organisation or a document noun (one lookup), or a pronoun.
    let c = lex.base_classes(ns);
    if c & COMMON_WORD != 0 || subject_pronoun(w).is_some() || is_group_member_of(w, c) {
        return false;
    }
    if !doc.toks[ns].sent_start() {
        return true;
    }
    if lex.mid_caps.contains(lex.low(ns)) || lex.mid_caps.contains(w) {
        return true;
    }
    cue_follows(lex, ns)
}

/// Does a colon or a verb of saying (past an adverb or two) follow the
/// one-word name at `ns`? At a sentence's start that makes the word a
/// name (`Reed said`, `Baker:`).
fn cue_follows(lex: &Lex<'_, '_>, ns: usize) -> bool {
    let mut next = ns + 1;
    while next < ns + 3 && lex.word(next) && is_adverb(lex.low(next)) {
        next += 1;
    }
    lex.punct(next, ':') || (lex.word(next) && (lex.speech_low(next) || lex.reporting_low(next)))
}

/// Organisation names: a final word like `Police`, `Ministry`, `Rail`,
/// or an acronym (`NASA`, `UCL`).
fn is_org_name(lex: &Lex<'_, '_>, ns: usize, ne: usize) -> bool {
    if lex.base_classes(ne - 1) & ORG_WORD != 0 {
        return true;
    }
    // `Ministry of Fisheries`, `Bank of Ruritania`: an organisation word
    // before a connector.
    if (ns..ne).any(|k| {
        lex.word(k + 1)
            && matches!(lex.low(k + 1), "of" | "for" | "and" | "&")
            && is_org_noun(lex.base(k))
    }) {
        return true;
    }
    let t = strip_possessive(lex.doc.text_of(ne - 1));
    ne - ns == 1 && t.len() >= 2 && t.chars().all(|c| c.is_uppercase() || c == '&')
}

/// How many tokens back the start of a line of page furniture is looked
/// for (such lines are short).
const FURNITURE_REACH: usize = 16;

/// Is token `t` on a line of page furniture: a link or credit line that a
/// label opens before a colon (`WATCH: …`, `READ MORE: …`, `Photo: …`; see
/// [`is_furniture_label`])?
pub(crate) fn on_furniture_line(lex: &Lex<'_, '_>, t: usize) -> bool {
    // The walk below stops at most `FURNITURE_REACH` tokens back: with no
    // line of furniture starting that near, there is no walk to make.
    let k = lex.furniture.partition_point(|&s| s <= t);
    if !k
        .checked_sub(1)
        .is_some_and(|k| t - lex.furniture[k] <= FURNITURE_REACH)
    {
        return false;
    }
    let toks = &lex.doc.toks;
    let mut s = t;
    while !toks[s].line_start() {
        if s == 0 || t - s >= FURNITURE_REACH || toks[s - 1].para != toks[t].para {
            return false;
        }
        s -= 1;
    }
    opens_furniture_line(lex.doc, s)
}

/// Does token `s`, the first of its line, open a line of page furniture:
/// one or two label words ([`is_furniture_label`]), then a colon?
#[inline]
fn opens_furniture_line(doc: &Doc<'_>, s: usize) -> bool {
    let colon = |k: usize| doc.toks.get(k).is_some_and(|t| t.is_punct(':'));
    // (Most lines have no colon so soon: nothing is looked up for them.)
    (colon(s + 1) || colon(s + 2))
        && (1..=2).any(|n| {
            colon(s + n) && (s..s + n).all(|k| doc.is_word(k) && is_furniture_label(doc.low(k)))
        })
}

/// Names that are page furniture, never a speaker: on a link or credit
/// line (see [`on_furniture_line`]); a label in capitals opening a line
/// before a colon (`HARBOUR NEWS: …`); either side of a credit in
/// brackets (`(Lauren Kovic / Northern Wire)`); a sub-heading in title
/// case that is a line of its own; a reporter's sign-off (`--Kim Lund`).
fn is_furniture(lex: &Lex<'_, '_>, ns: usize, ne: usize) -> bool {
    let toks = &lex.doc.toks;
    let caps = |k: usize| {
        let t = lex.doc.text_of(k);
        t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)
    };
    let label =
        toks[ns].line_start() && ne < toks.len() && lex.punct(ne, ':') && (ns..ne).all(caps);
    let credit = ns > 0
        && ne < toks.len()
        && (lex.punct(ns - 1, '(') && lex.punct(ne, '/')
            || lex.punct(ns - 1, '/') && lex.punct(ne, ')'));
    // `Minority Outreach Undone By Harbour Cuts`: a sub-heading in title
    // case, a line of its own whose small words are capitalised too.
    let heading = ne - ns >= 4
        && toks[ns].line_start()
        && (ne >= toks.len() || toks[ne].para != toks[ns].para)
        && (ns + 1..ne - 1).any(|k| lex.cap(k) && is_title_small_word(lex.low(k)));
    // `--Kim Hjelmgaard` or `— Kim Hjelmgaard, harbour correspondent` on
    // a short line of its own with no verb of saying: a reporter's
    // sign-off.
    let dash_opens = ns > 0
        && lex.dash(ns - 1)
        && (toks[ns - 1].line_start() || ns > 1 && lex.dash(ns - 2) && toks[ns - 2].line_start());
    let signoff = dash_opens
        && (ne..ne + SIGNOFF_TAIL)
            .find(|&k| k >= toks.len() || toks[k].para != toks[ns].para)
            .is_some_and(|end| (ne..end).all(|k| !lex.speech_at(k)));
    label || credit || heading || signoff || on_furniture_line(lex, ns)
}

/// Most tokens after the name on a sign-off's line (`, harbour
/// correspondent in Skarholm`).
const SIGNOFF_TAIL: usize = 12;

/// `SKARHOLM, June 12 (Reuters) —`, `PINE RIDGE —`: a place in capitals
/// opening a paragraph, before a comma, a dash or a bracket.
fn is_dateline(lex: &Lex<'_, '_>, ns: usize, ne: usize) -> bool {
    let n = lex.doc.toks.len();
    let caps = lex.doc.toks[ns].line_start()
        && (ns..ne).all(|k| {
            let t = lex.doc.text_of(k);
            t.len() >= 2 && t.chars().all(|c| !c.is_lowercase())
        })
        && ne < n
        && matches!(
            lex.doc.toks[ne].kind(),
            TokKind::Punct(',' | '—' | '–' | '-' | '(')
        );
    // `Tarnby (AFP) – …`: a place in any case, its wire in brackets and a
    // dash, opening the line (not a person: no given name first).
    let wire = lex.doc.toks[ns].line_start()
        && name_gender(lex.low_classes(ns)).is_none()
        && ne + 3 < n
        && lex.punct(ne, '(')
        && lex.word(ne + 1)
        && lex.punct(ne + 2, ')')
        && lex.dash(ne + 3);
    caps || wire
}

/// `1400 GMT`, `30 MW`, `5 GHz`: capitals right after a number are a unit
/// or a time zone, not a name.
fn unit_after_number(lex: &Lex<'_, '_>, ns: usize, ne: usize) -> bool {
    ne - ns == 1
        && ns > 0
        && lex.doc.text_of(ns).chars().all(|c| c.is_ascii_uppercase())
        && lex.same_sent(ns - 1, ns)
        && lex.word(ns - 1)
        && lex.low(ns - 1).starts_with(|c: char| c.is_ascii_digit())
}

/// A role made only of a courtesy title (`Mr`, `Dr`) is no role.
fn is_courtesy_only(lex: &Lex<'_, '_>, r: &RoleSpan) -> bool {
    (r.toks.0..r.toks.1).all(|k| is_courtesy_title(lex.low(k).trim_end_matches('.')))
}

/// Walk left from `from` (exclusive) over words that belong to a role
/// phrase before a name (`Kremlin envoy`, `his presidential adviser`):
/// returns the first token of the role, or `from` when there is none.
fn extend_role_left(lex: &Lex<'_, '_>, from: usize) -> usize {
    let mut lo = from;
    let mut steps = 0;
    while lo > 0 && steps < MAX_ROLE_TOKENS {
        let k = lo - 1;
        if !lex.word(k) || !lex.same_sent(k, from) {
            break;
        }
        let w = lex.low(k);
        if is_determiner(w) {
            break;
        }
        // A title of several words ending here (`harbour master`).
        if let Some(j) = (1..4)
            .find(|&j| k >= j && lex.same_sent(k - j, k) && lex.title_at(k - j) == Some(j + 1))
        {
            lo = k - j;
            steps += j + 1;
            continue;
        }
        if lex.title_word(k)
            || lex.modifier(k)
            || lex.cap(k) && (!is_not_name(lex.base(k)) || lex.org_word_inside(k))
            || is_possessive(w)
        {
            lo = k;
            steps += 1;
            continue;
        }
        // An unknown lower-case word (`school` in `primary school pupil`),
        // or two (`foreign policy` in `top foreign policy aide`), only when
        // what stands before them also belongs to a noun phrase. (Not a
        // verb in the past tense: `Ada Todd pressed party chairman Piet
        // Brandt`.)
        let unknown = |j: usize| {
            let w = lex.low(j);
            lex.word(j)
                && lex.same_sent(j, k)
                && !lex.speech(w)
                && !is_not_name(w)
                && !lex.cap(j)
                && (!w.ends_with("ed") || lex.modifier(j))
        };
        let opens = |j: usize, n: usize| {
            let w2 = lex.low(j);
            lex.word(j)
                && lex.same_sent(j, k)
                && (is_determiner(w2)
                    || n == 1 && lex.cap(j)
                    || is_possessive(w2)
                    || lex.modifier(j)
                    // (`said artistic director Jane Roe`: the verb ends
                    // the phrase.)
                    || n == 1 && lex.speech(w2) && lex.title_word(k + 1))
        };
        // (Two only right before a lower-case title word, neither a verb's
        // `-s` or `-ing` form: `Reed visits dairy farm owner Ada Lund`.)
        let verb_like = |w: &str| is_third_person_form(w) || w.ends_with("ing");
        let second = |j: usize| {
            let w = lex.low(j);
            unknown(j)
                && !lex.modifier(j)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !verb_like(w)
                && !verb_like(lex.low(k))
                && lex.title_word(k + 1)
                && !lex.cap(k + 1)
        };
        if k > 0 && unknown(k) {
            if opens(k - 1, 1) {
                lo = k;
                steps += 1;
                continue;
            }
            if k > 1 && second(k - 1) && opens(k - 2, 2) {
                lo = k - 1;
                steps += 2;
                continue;
            }
        }
        if (k == 0 || lex.doc.toks[k].sent_start()) && !lex.speech(w) && !is_not_name(w) {
            lo = k;
        }
        break;
    }
    lo
}

/// A lower-case role right before a name (`envoy Vladimir`, `grazier Jane`).
fn role_left_of(lex: &Lex<'_, '_>, ns: usize) -> Option<usize> {
    if ns == 0 || !lex.same_sent(ns - 1, ns) {
        return None;
    }
    let k = ns - 1;
    if lex.title_word(k) {
        return Some(extend_role_left(lex, ns));
    }
    // `Head of school Tom Reed`, `director of the museum Ann Holt`: a title
    // and a short `of`/`for` phrase in lower case, at the sentence's start
    // or after a determiner.
    if !lex.word(k) || lex.cap(k) || lex.speech_low(k) || lex.low_classes(k) & class::NOT_NAME != 0
    {
        return None;
    }
    let floor = k.saturating_sub(3);
    let mut p = k;
    while p > floor {
        p -= 1;
        if !lex.word(p) || !lex.same_sent(p, ns) {
            return None;
        }
        let w = lex.low(p);
        if matches!(w, "of" | "for") {
            if p == 0 || !lex.same_sent(p - 1, ns) || !lex.title_word(p - 1) {
                return None;
            }
            let lo = extend_role_left(lex, p);
            let opened = lex.doc.toks[lo].sent_start()
                || lo > 0 && lex.word(lo - 1) && is_determiner(lex.low(lo - 1));
            return opened.then_some(lo);
        }
        if lex.cap(p) || lex.speech(w) || lex.title_word(p) {
            return None;
        }
    }
    None
}

/// `Local orchardist Sue Tam said`, `Herons starter Ken Ota, who …,`: a
/// role the lexicon does not know, before a full name that speaks. The
/// phrase opens its sentence, ends in a lower-case word, holds no verb we
/// know and is at most four words long; the name has two words or more
/// and is the sentence's subject. Not in a headline, whose
/// verbs (`Fans hail Jane Roe`) look like this.
fn unknown_role_left(lex: &Lex<'_, '_>, ns: usize, ne: usize) -> Option<usize> {
    if ns == 0 || ne - ns < 2 || !lex.same_sent(ns - 1, ns) {
        return None;
    }
    // The name is the sentence's subject: a comma or a verb follows.
    let subject = lex.punct(ne, ',') || lex.word(ne) && !lex.cap(ne) && lex.same_sent(ns, ne);
    let k = ns - 1;
    let w = lex.low(k);
    if !subject
        || !lex.word(k)
        || lex.low_classes(k) & class::OBJECT_VERB != 0
        || lex.cap(k)
        || lex.in_headline(k)
        || w.ends_with("ed")
        || lex.reporting_low(k)
        || lex.low_classes(k) & (class::NOT_NAME | class::DETERMINER | class::OBJECT_PREPOSITION)
            != 0
        || subject_pronoun(w).is_some()
        || !w.chars().all(|c| c.is_alphabetic() || c == '-')
    {
        return None;
    }
    // Back to the sentence's start over at most three more words:
    // capitalised words, modifiers, or hyphenated ones.
    let mut lo = k;
    while lo > 0 && !lex.doc.toks[lo].sent_start() && k - lo < 3 {
        let p = lo - 1;
        let pw = lex.low(p);
        if !lex.word(p)
            || !(lex.cap(p) || lex.modifier(p) || pw.contains('-'))
            || is_not_name(lex.base(p))
        {
            return None;
        }
        lo = p;
    }
    lex.doc.toks[lo].sent_start().then_some(lo)
}

/// `the foreign minister, Jane Roe,` — a role phrase before the name, set
/// off by a comma, opened by a determiner.
fn reverse_appositive(lex: &Lex<'_, '_>, ns: usize, ne: usize) -> Option<RoleSpan> {
    if ns < 3 || !lex.punct(ns - 1, ',') {
        return None;
    }
    // The name must end its own comma phrase.
    let after_ok = ne >= lex.doc.toks.len()
        || lex.punct(ne, ',')
        || lex.punct(ne, '.')
        || lex.doc.toks[ne].sent != lex.doc.toks[ne - 1].sent
        || (lex.word(ne) && matches!(lex.low(ne), "and" | "said" | "says"))
        || lex.word(ne) && lex.speech_low(ne);
    if !after_ok {
        return None;
    }
    let end = ns - 1;
    let head = end - 1;
    if !lex.title_word(head) && lex.title_at(head).is_none() {
        // A title ending in a prepositional phrase: `head of the office`.
        return reverse_with_pp(lex, end);
    }
    let lo = extend_role_left(lex, end);
    if !opens_reverse_role(lex, lo) {
        return None;
    }
    role_span(lex, lo, end)
}

/// Can a role phrase set off before a name start at `lo`? After a
/// determiner (`the foreign minister, Jane Roe,`), with a possessive
/// (`Brennmark's envoy, Jane Roe,`), or as the sentence's first words
/// (`Head of communications for Brennmark Rail, Ed Akers, said`).
fn opens_reverse_role(lex: &Lex<'_, '_>, lo: usize) -> bool {
    if lo > 0 && lex.word(lo - 1) && lex.same_sent(lo - 1, lo) && is_determiner(lex.low(lo - 1)) {
        return true;
    }
    if lex.word(lo) && is_possessive(lex.low(lo)) {
        return true;
    }
    lex.word(lo) && lex.doc.toks[lo].sent_start() && !is_not_name(lex.base(lo))
}

/// `the head of the presidential administration, Jane Roe`.
fn reverse_with_pp(lex: &Lex<'_, '_>, end: usize) -> Option<RoleSpan> {
    let floor = end.saturating_sub(MAX_ROLE_TOKENS);
    let mut k = end;
    while k > floor {
        k -= 1;
        if !lex.word(k) || !lex.same_sent(k, end) {
            return None;
        }
        if matches!(lex.low(k), "of" | "for" | "to" | "at") && k > 1 && lex.title_word(k - 1) {
            let lo = extend_role_left(lex, k);
            if opens_reverse_role(lex, lo) {
                return role_span(lex, lo, end);
            }
            return None;
        }
    }
    None
}

/// `Jane Roe, the trade minister,` / `Jane Roe, 62, a farmer` /
/// `Jane Roe, chairman of the parish council,` — a role after the name.
///
/// After a cue the comma is sometimes forgotten (`says Tom Reed a keeper
/// at the zoo`): an indefinite article right after the name opens the
/// role there, when a title heads it.
fn appositive(lex: &Lex<'_, '_>, ns: usize, ne: usize) -> Option<RoleSpan> {
    let n = lex.doc.toks.len();
    if ne >= n {
        return None;
    }
    let no_comma = !lex.punct(ne, ',');
    if no_comma
        && !(ns > 0
            && lex.same_sent(ns - 1, ns)
            && lex.speech_at(ns - 1)
            && lex.word(ne)
            && matches!(lex.low(ne), "a" | "an"))
    {
        return None;
    }
    let mut s = if no_comma { ne } else { ne + 1 };
    // An age: `Jane Roe, 62, a farmer`.
    if lex.word(s) && lex.low(s).chars().all(|c| c.is_ascii_digit()) && lex.punct(s + 1, ',') {
        s += 2;
    }
    if s >= n || !lex.word(s) || !lex.same_sent(ne, s) {
        return None;
    }
    let first = lex.low(s);
    let body = if is_determiner(first) && first != "this" && first != "that" {
        s + 1
    } else {
        s
    };
    // The head title must come within the first few words.
    let mut head = None;
    let mut k = body;
    while k < n && k < body + 6 && lex.word(k) && lex.same_sent(ne, k) {
        if lex.title_at(k).is_some() || lex.title_word(k) {
            head = Some(k);
            break;
        }
        let w = lex.low(k);
        if lex.speech(w) || matches!(w, "who" | "which" | "known" | "whose" | "and") {
            return None;
        }
        k += 1;
    }
    if no_comma && head.is_none() {
        return None;
    }
    // `Introduced by Mayor Tom Reed, councillor Piet Brandt opened …`,
    // `In Maine, Secretary Tom Andanar released`: a title, a name of two
    // words or more and the verb it is the subject of start another
    // person's clause, not Reed's role (`President Lund's adviser`, `Utah
    // committeeman Ada Holt of Provo` still are).
    if let Some(h) = head {
        let t = h + lex.title_at(h).unwrap_or(1);
        let mut r = t;
        while r < n && lex.same_sent(ne, r) && lex.cap(r) && r - t < 4 {
            r += 1;
        }
        let verb_next = r < n
            && lex.same_sent(ne, r)
            && lex.word(r)
            && !lex.cap(r)
            && !head_noun(lex, r)
            && !is_object_preposition(lex.low(r))
            && !is_name_connector(lex.low(r));
        if r >= t + 2 && !is_not_name(lex.base(t)) && !is_possessive(lex.low(r - 1)) && verb_next {
            return None;
        }
    }
    if head.is_none() {
        // `Tomas Berg, the harbour master, said`: a short phrase opened by
        // an article and closed by a comma or the sentence's end is a role
        // even when its noun is not in the lexicon.
        if !is_article(first) {
            return None;
        }
        let mut e = body;
        while e < n && e < body + 4 && lex.word(e) && lex.same_sent(ne, e) && !lex.cap(e) {
            let w = lex.low(e);
            if lex.speech(w) || matches!(w, "who" | "which" | "that" | "and" | "of" | "in") {
                return None;
            }
            e += 1;
        }
        let closed = e >= n || lex.punct(e, ',') || lex.punct(e, '.') || !lex.same_sent(ne, e);
        if e == body || !closed {
            return None;
        }
        return role_span(lex, body, e);
    }
    // No article and an unknown first word (`equity analyst at …`): a
    // role only when the title follows within two words and the phrase is
    // closed off below.
    let loose = body == s
        && !lex.title_word(s)
        && !lex.modifier(s)
        && lex.title_at(s).is_none()
        && !is_possessive(first)
        && !lex.cap(s);
    if loose && head.is_some_and(|h| h > body + 2 || is_not_name(first) || lex.speech(first)) {
        return None;
    }
    // Extent: to the next comma, period, colon, dash, quote or speech verb.
    let mut e = body;
    while e < n && e < body + MAX_ROLE_TOKENS && lex.same_sent(ne, e) {
        match lex.doc.toks[e].kind() {
            TokKind::Word => {
                let w = lex.low(e);
                if e > body && (lex.speech_low(e) || matches!(w, "who" | "which" | "said" | "says"))
                {
                    break;
                }
                // `…, Inc.`: a company suffix continues the phrase.
                e += 1;
            }
            TokKind::Punct(',')
                if lex.word(e + 1) && is_org_suffix(lex.low(e + 1).trim_end_matches('.')) =>
            {
                e += 2;
            }
            _ => break,
        }
    }
    if e <= body {
        return None;
    }
    if loose && !(e >= n || lex.punct(e, ',') || lex.punct(e, '.') || !lex.same_sent(ne, e)) {
        return None;
    }
    // `…, the minister, Tom Berg, said`: the phrase belongs to the next name.
    if lex.punct(e, ',') && lex.name_word(e + 1) && e + 1 < n && !lex.doc.toks[e + 1].sent_start() {
        let mut k = e + 1;
        while lex.name_word(k) {
            k += 1;
        }
        if lex.punct(k, ',') || lex.word(k) && lex.low(k) == "and" {
            return None;
        }
    }
    role_span(lex, body, e)
}

fn role_span(lex: &Lex<'_, '_>, lo: usize, hi: usize) -> Option<RoleSpan> {
    if lo >= hi {
        return None;
    }
    let mut lo = lo;
    // (`But Sen. Ada Brisk said`: a sentence's opening conjunction is no
    // part of the role.)
    while lo < hi && lex.word(lo) && (is_determiner(lex.low(lo)) || is_clause_word(lex.low(lo))) {
        lo += 1;
    }
    if lo >= hi {
        return None;
    }
    let toks = &lex.doc.toks;
    Some(RoleSpan {
        span: Span::new(toks[lo].span().start, toks[hi - 1].span().end),
        toks: (lo, hi),
    })
}

// ---------------------------------------------------------------------------
// Noun phrases a cue can take as subject.

/// A speaker phrase next to a cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Np {
    /// A name mention (index into the mention list).
    Name(usize),
    /// `he`, `she`, `they`.
    Pronoun(Gender),
    /// `the minister`, `a ministry spokeswoman`, `police`: tokens
    /// `start..end`, head token, definite or not.
    Descriptor {
        start: usize,
        end: usize,
        head: usize,
        definite: bool,
    },
    /// `the statement`: not a speaker; the issuer, if the phrase names one
    /// (`a statement from Harbour Police`), as a mention.
    Document(Option<usize>),
}

/// Name mentions indexed by token: sorted `(token, mention)` pairs,
/// searched by bisection (mentions come in token order, so building them is
/// a sort of nearly sorted data).
pub(crate) struct MentionIndex {
    /// The last name token of each mention.
    by_end: Pairs,
    /// The first token of each mention, its title included, and of its name.
    by_start: Pairs,
    /// One past the last token of each mention's appositive.
    by_role_end: Pairs,
    /// The first name token of each mention, in order: a compact copy to
    /// bisect, where a bisection of the mentions themselves (large) misses
    /// the cache at every step.
    starts: Vec<usize>,
}

/// `(token, mention)` pairs sorted by token, with a bit per token saying
/// whether any pair has it: most tokens asked about have none, and the bit
/// answers for them without a bisection.
struct Pairs {
    pairs: Vec<(usize, usize)>,
    /// Bit `t % 64` of word `t / 64`: some pair has token `t`.
    bits: Vec<u64>,
}

impl Pairs {
    /// The pairs, sorted by token (stably: mention order for equal
    /// tokens), and their bits.
    fn new(mut pairs: Vec<(usize, usize)>) -> Self {
        pairs.sort_by_key(|&(t, _)| t);
        let words = pairs.last().map_or(0, |&(t, _)| t / 64 + 1);
        let mut bits = vec![0u64; words];
        for &(t, _) in &pairs {
            bits[t / 64] |= 1 << (t % 64);
        }
        Pairs { pairs, bits }
    }

    /// The mention of the last pair for `tok`: a later mention wins, as the
    /// later insertion into a map would.
    fn find(&self, tok: usize) -> Option<usize> {
        if !self
            .bits
            .get(tok / 64)
            .is_some_and(|w| w >> (tok % 64) & 1 != 0)
        {
            return None;
        }
        let pairs = &self.pairs;
        let i = pairs.partition_point(|&(t, _)| t <= tok);
        (i > 0 && pairs[i - 1].0 == tok).then(|| pairs[i - 1].1)
    }
}

impl MentionIndex {
    pub fn new(ms: &[NameMention]) -> Self {
        let mut by_end = Vec::with_capacity(ms.len());
        let mut by_start = Vec::with_capacity(ms.len() * 2);
        let mut by_role_end = Vec::new();
        let starts = ms.iter().map(|m| m.start).collect();
        for (k, m) in ms.iter().enumerate() {
            by_end.push((m.end - 1, k));
            by_start.push((m.full_start, k));
            if m.start != m.full_start {
                by_start.push((m.start, k));
            }
            if let Some(r) = m.role_after {
                by_role_end.push((r.toks.1, k));
            }
        }
        MentionIndex {
            by_end: Pairs::new(by_end),
            by_start: Pairs::new(by_start),
            by_role_end: Pairs::new(by_role_end),
            starts,
        }
    }
    /// How many mentions start before token `tok`: the mentions' own
    /// `partition_point(|m| m.start < tok)`.
    pub fn starting_before(&self, tok: usize) -> usize {
        self.starts.partition_point(|&s| s < tok)
    }
    /// How many mentions end by token `tok` (mentions do not overlap, so
    /// the ones before the rest): the mentions' own
    /// `partition_point(|m| m.end <= tok)`.
    pub fn ending_by(&self, tok: usize) -> usize {
        self.by_end.pairs.partition_point(|&(t, _)| t < tok)
    }
    pub fn ending_at(&self, tok: usize) -> Option<usize> {
        self.by_end.find(tok)
    }
    pub fn starting_at(&self, tok: usize) -> Option<usize> {
        self.by_start.find(tok)
    }
    pub fn role_ending_at(&self, tok_end: usize) -> Option<usize> {
        self.by_role_end.find(tok_end)
    }
}

/// Is the token a head noun for a descriptor?
pub(crate) fn head_noun(lex: &Lex<'_, '_>, i: usize) -> bool {
    if !lex.word(i) {
        return false;
    }
    // A title, an unnamed source or an organisation noun (one lookup).
    const HEADS: u32 = class::TITLE | class::UNNAMED | class::ORG_NOUN;
    let w = lex.base(i);
    lex.base_classes(i) & HEADS != 0
        // `the 24-year-old`, `the 80-year-olds`
        || (w.ends_with("-year-old") || w.ends_with("-year-olds"))
            && w.starts_with(|c: char| c.is_ascii_digit())
}

/// The noun phrase whose last token is `last` (a cue's subject before it),
/// not reaching left of `floor`. Returns the phrase and its first token.
pub(crate) fn np_ending_at(
    lex: &Lex<'_, '_>,
    idx: &MentionIndex,
    ms: &[NameMention],
    last: usize,
    floor: usize,
) -> Option<(Np, usize)> {
    if last < floor || !lex.word(last) {
        return None;
    }
    if let Some(m) = idx.ending_at(last) {
        // `a spokesman for Harbour Police`: the spokesman speaks.
        if let Some(h) = person_before_pp(lex, ms[m].full_start, floor) {
            let lo = descriptor_left(lex, h, floor);
            return Some((descriptor(lex, lo, pp_end(lex, h, last), h), lo));
        }
        // `Tom Reed from Hill Farm said`: the person, not the place.
        let fs = ms[m].full_start;
        if ms[m].object && fs >= floor + 2 && matches!(lex.low(fs - 1), "from" | "of" | "at") {
            if let Some(p) = idx
                .ending_at(fs - 2)
                .filter(|&p| !ms[p].object && !ms[p].org)
            {
                return Some((Np::Name(p), ms[p].full_start.max(floor)));
            }
        }
        return Some((Np::Name(m), fs.max(floor)));
    }
    // `Dr Amal Reyes, chief medical officer:` — a name and its appositive.
    if let Some(m) = idx.role_ending_at(last + 1) {
        if ms[m].start >= floor {
            return Some((Np::Name(m), ms[m].full_start.max(floor)));
        }
    }
    let w = lex.low(last);
    if let Some(g) = subject_pronoun(w) {
        return Some((Np::Pronoun(g), last));
    }
    if is_document_noun(w) {
        let (owner, lo) = document_owner(lex, idx, ms, last, floor);
        return Some((Np::Document(owner), lo));
    }
    if head_noun(lex, last) || lex.title_at(last).is_some() {
        let lo = descriptor_left(lex, last, floor);
        // `a spokesman for the union`: the spokesman, not the union.
        if let Some(h) = person_before_pp(lex, lo, floor) {
            let lo = descriptor_left(lex, h, floor);
            return Some((descriptor(lex, lo, last + 1, h), lo));
        }
        // `Reed's email to his supporters notes`, `a letter from Reed to
        // his supporters says`: the document (or its sender), not those it
        // went to; only for a document that opens its clause (`Reed's
        // campaign sent a message to supporters saying` is the campaign's).
        let opens = |s: usize| s == floor || !lex.word(s - 1) || lex.doc.toks[s].sent_start();
        let document_opens = |k: usize| {
            let doc = if lex.word(k) && is_document_noun(lex.low(k)) {
                Some(k)
            } else {
                idx.ending_at(k).and_then(|m| {
                    let fs = ms[m].full_start;
                    (fs > floor + 1
                        && matches!(lex.low(fs - 1), "from" | "by")
                        && lex.word(fs - 2)
                        && is_document_noun(lex.low(fs - 2)))
                    .then_some(fs - 2)
                })
            };
            doc.is_some_and(|d| opens(document_owner(lex, idx, ms, d, floor).1))
        };
        if lo > floor + 1
            && lex.word(lo - 1)
            && matches!(lex.low(lo - 1), "to" | "for" | "from" | "with")
            && document_opens(lo - 2)
        {
            return np_ending_at(lex, idx, ms, lo - 2, floor);
        }
        return Some((descriptor(lex, lo, last + 1, last), lo));
    }
    // A head followed by a prepositional phrase: `a spokesperson for the
    // operators`, `a statement from the ministry`. (Never one that ends
    // in a function word: `with reporters with no explanation and` is no
    // phrase.)
    if is_clause_word(lex.low(last)) {
        return None;
    }
    let mut k = last;
    let lim = last.saturating_sub(8).max(floor);
    while k > lim {
        k -= 1;
        if !lex.word(k) || !lex.same_sent(k, last) {
            return None;
        }
        if let Some(h) = pp_head(lex, k, floor, true) {
            if is_document_noun(lex.low(h)) {
                let lo = descriptor_left(lex, h, floor);
                return Some((Np::Document(idx.ending_at(last)), lo));
            }
            if head_noun(lex, h) {
                let lo = descriptor_left(lex, h, floor);
                return Some((descriptor(lex, lo, pp_end(lex, h, last), h), lo));
            }
        }
    }
    None
}

/// Where a descriptor whose head `h` a phrase ending at `last` hangs from
/// ends: with the phrase (`a spokesman for Harbour Police`), or at the
/// head before a participle of talking (`a source` of `a source speaking
/// to Kestrel News`), whose listener is no part of it.
fn pp_end(lex: &Lex<'_, '_>, h: usize, last: usize) -> usize {
    if lex.word(h + 1) && crate::lexicon::verbs::is_talking_participle(lex.low(h + 1)) {
        h + 1
    } else {
        last + 1
    }
}

/// Is token `prep` the `to` or `with` after a participle of talking (`a
/// source speaking to`, `talking with`), whose object is the listener?
fn after_talking(lex: &Lex<'_, '_>, prep: usize) -> bool {
    prep > 0
        && lex.word(prep)
        && matches!(lex.low(prep), "to" | "with")
        && lex.word(prep - 1)
        && crate::lexicon::verbs::is_talking_participle(lex.low(prep - 1))
}

/// The noun a preposition at `prep` hangs from: the word before `for`,
/// `of`, `at`, `from`, `in` (and `with`, when `with` is true), or before
/// `close to` or `familiar with` (`a source close to the couple`), or before a participle of
/// talking and its `to`/`with` (`a source speaking to`). Not left of
/// `floor`.
fn pp_head(lex: &Lex<'_, '_>, prep: usize, floor: usize, with: bool) -> Option<usize> {
    if prep <= floor || !lex.word(prep) {
        return None;
    }
    // (`a source speaking to Kestrel News`: the noun before the
    // participle.)
    match lex.low(prep) {
        "to" | "with" if prep > floor + 1 && after_talking(lex, prep) => Some(prep - 2),
        // (`a person familiar with the talks`: the noun before the
        // adjective.)
        "with" if prep > floor + 1 && lex.word(prep - 1) && lex.low(prep - 1) == "familiar" => {
            Some(prep - 2)
        }
        "for" | "of" | "at" | "from" | "in" => Some(prep - 1),
        "with" if with => Some(prep - 1),
        "to" if prep > floor + 1 && lex.word(prep - 1) && lex.low(prep - 1) == "close" => {
            Some(prep - 2)
        }
        _ => None,
    }
}

/// The head of `a spokesman for …` when the phrase starting at `lo` is the
/// object of `for`/`of`/`at`/`from` after a noun for a person.
fn person_before_pp(lex: &Lex<'_, '_>, lo: usize, floor: usize) -> Option<usize> {
    let lo = if lo > floor && lex.word(lo - 1) && lex.low(lo - 1) == "the" {
        lo - 1
    } else {
        lo
    };
    if lo < floor + 2 || !lex.same_sent(lo - 2, lo) {
        return None;
    }
    let h = pp_head(lex, lo - 1, floor, false)?;
    if !lex.same_sent(h, lo) {
        return None;
    }
    let w = lex.base(h);
    let person = lex.word(h)
        && !lex.cap(h)
        && !is_org_noun(w)
        && (is_unnamed_source_noun(w) || lex.title_word(h));
    person.then_some(h)
}

/// The name whose possessive owns the document noun at `d` (`Harbour
/// Police's statement`, `Tom Reed's fundraising email`), and the first
/// token of the document's phrase, from `floor`. The owner stands past a
/// modifier or two (`fundraising`, `closing`) but not a noun of its own:
/// `Reed's track record said` is no record's, nor `Reed's firing and
/// carrying signs` any sign's.
fn document_owner(
    lex: &Lex<'_, '_>,
    idx: &MentionIndex,
    ms: &[NameMention],
    d: usize,
    floor: usize,
) -> (Option<usize>, usize) {
    let mut owner = None;
    let mut k = d;
    while k > floor && d - k < 3 && lex.word(k - 1) && lex.same_sent(k - 1, d) {
        k -= 1;
        if let Some(m) = idx.ending_at(k) {
            owner = (ms[m].end == d || is_possessive_mention(lex.doc, &ms[m])).then_some(m);
            break;
        }
        let function = lex.cls(k)
            & (class::DETERMINER | class::OBJECT_PREPOSITION | class::NAME_CONNECTOR)
            != 0
            || matches!(lex.low(k), "and" | "or" | "but");
        let modifier = lex.modifier(k) || lex.low(k).ends_with("ing");
        if lex.cap(k) || function || !modifier {
            break;
        }
    }
    let lo = descriptor_left(lex, d, floor);
    (
        owner,
        owner.map_or(lo, |m| lo.min(ms[m].full_start.max(floor))),
    )
}

/// Walk left from a head noun over its modifiers to the determiner.
fn descriptor_left(lex: &Lex<'_, '_>, head: usize, floor: usize) -> usize {
    let mut lo = head;
    while lo > floor && lo + 6 > head {
        let k = lo - 1;
        if !lex.word(k) || !lex.same_sent(k, head) {
            break;
        }
        let w = lex.low(k);
        if is_determiner(w) {
            lo = k;
            break;
        }
        if lex.title_word(k)
            || lex.modifier(k)
            || lex.cap(k)
            || is_possessive(w)
            || w.contains('-')
            || is_org_noun(lex.base(k))
        {
            lo = k;
            continue;
        }
        break;
    }
    lo
}

/// A plural noun by its form (`officials`, `residents`, `people`), not
/// `boss` or `bus`.
pub(crate) fn looks_plural(w: &str) -> bool {
    matches!(
        w,
        "people" | "men" | "women" | "staff" | "police" | "spokespeople"
    ) || w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
}

fn descriptor(lex: &Lex<'_, '_>, start: usize, end: usize, head: usize) -> Np {
    // `the minister`, `his adviser`, and journalese without an article
    // (`former Barcelona boss said`) are definite; `a spokesman`,
    // `officials` are not.
    let det = lex.word(start) && is_determiner(lex.low(start));
    let definite = !lex.word(start)
        || det && is_definite(lex.low(start))
        || !det && !looks_plural(lex.base(head));
    Np::Descriptor {
        start,
        end,
        head,
        definite,
    }
}

/// Most words of a [`bare_descriptor`] after its determiner.
const MAX_BARE_WORDS: usize = 4;

/// `one user`, `a voice-over in the ad`, `another mourner`: a determiner
/// (not `the`, which names a known referent the resolver looks for) and a
/// few lower-case words whose head the lexicon need not know, starting at
/// `first` and ending right before `verb`, a verb of saying the caller has
/// found. Only for the inverted cue after a quote, where the verb vouches
/// for the phrase.
pub(crate) fn bare_descriptor(lex: &Lex<'_, '_>, first: usize, verb: usize) -> Option<Np> {
    if !lex.word(first) || lex.cap(first) && !lex.doc.toks[first].sent_start() {
        return None;
    }
    let det = lex.low(first);
    if !is_determiner(det)
        || is_definite(det)
        || verb <= first + 1
        || verb - first > MAX_BARE_WORDS + 1
    {
        return None;
    }
    let plain = (first + 1..verb).all(|k| {
        lex.word(k) && !lex.cap(k) && !lex.speech(lex.low(k)) && !is_clause_word(lex.low(k))
            || matches!(lex.low(k), "in" | "at" | "of" | "for" | "the")
    });
    // (The head is the last word before any prepositional phrase.)
    let head = (first + 1..verb)
        .find(|&k| matches!(lex.low(k), "in" | "at" | "of" | "for"))
        .map_or(verb - 1, |p| p - 1);
    (plain && head > first).then(|| descriptor(lex, first, verb, head))
}

/// The noun phrase starting at `first` (a cue's subject after it:
/// `said Jane Roe`, `said a spokeswoman for the ministry`), not reaching
/// beyond `ceil`. Returns the phrase and one past its last token.
pub(crate) fn np_starting_at(
    lex: &Lex<'_, '_>,
    idx: &MentionIndex,
    ms: &[NameMention],
    first: usize,
    ceil: usize,
) -> Option<(Np, usize)> {
    if first >= ceil || !lex.word(first) {
        return None;
    }
    if let Some(mut m) = idx.starting_at(first) {
        // `Vell Bank's Tomas Reed`: the name the possessive modifies.
        if is_possessive_mention(lex.doc, &ms[m]) && ms[m].end < ceil {
            if let Some(n) = idx.starting_at(ms[m].end).filter(|&n| n != m) {
                m = n;
            } else {
                match np_starting_at(lex, idx, ms, ms[m].end, ceil) {
                    // `Ada Brisk's right-hand woman`, `Reed's spokesman`:
                    // someone else, whom the possessive makes definite.
                    Some((Np::Descriptor { end, head, .. }, e)) => {
                        let np = Np::Descriptor {
                            start: first,
                            end,
                            head,
                            definite: true,
                        };
                        return Some((np, e));
                    }
                    // `Reed's spokesman, Tom Berg`, `Reed's deputy Ada
                    // Lund`: the one the role names.
                    Some((np @ Np::Name(_), e)) => return Some((np, e)),
                    // `Reed's introducer, actress Ann Curtis`: a noun the
                    // lexicon lacks, in apposition to the name after it.
                    inner => {
                        let k = ms[m].end;
                        if lex.word(k) && !lex.cap(k) {
                            if let Some(found) = apposed_name(lex, idx, ms, k + 1, ceil) {
                                return Some(found);
                            }
                            // (`Kestria's agriculture ministry rejected …,
                            // calling`: what the possessive modifies, a
                            // phrase the lexicon cannot read, is no name;
                            // `Reed's response was:`, `Reed's remarks`
                            // are Reed's words.)
                            // (`Reed's latest tweet`, `Reed's first
                            // response`: a head a few words on.)
                            let words = || {
                                (k..(k + 4).min(ceil))
                                    .take_while(|&j| lex.word(j) && !lex.cap(j))
                                    .any(|j| {
                                        lex.cls(j) & class::SPEECH_NOUN != 0
                                            || is_answer_noun(lex.low(j))
                                            || is_document_noun(lex.base(j))
                                            || is_speech_event(lex.low(j))
                                    })
                            };
                            if inner.is_none() && !words() {
                                return None;
                            }
                        }
                    }
                }
            }
        }
        let mut end = ms[m].end;
        if let Some(r) = ms[m].role_after {
            end = end.max(r.toks.1);
        }
        return Some((Np::Name(m), end.min(ceil)));
    }
    let w = lex.low(first);
    if let Some(g) = subject_pronoun(w) {
        return Some((Np::Pronoun(g), first + 1));
    }
    // `The Ledger's Dora Lund`: an article before a name's possessive
    // belongs to that name; the phrase is what the possessive modifies.
    if is_determiner(w) {
        if let Some(m) = idx.starting_at(first + 1) {
            if is_possessive_mention(lex.doc, &ms[m]) {
                return np_starting_at(lex, idx, ms, first + 1, ceil);
            }
        }
    }
    // Determiner, modifiers, head, then an optional prepositional phrase.
    let mut k = first;
    // `hundreds of his supporters`: the group is the phrase after `of`.
    if is_group_count(w) && lex.word(first + 1) && lex.low(first + 1) == "of" {
        k += 2;
        if lex.word(k) && is_determiner(lex.low(k)) {
            k += 1;
        }
    } else if is_determiner(w) {
        k += 1;
    }
    let mut head = None;
    while k < ceil && k < first + 7 && lex.word(k) && lex.same_sent(first, k) {
        if let Some(m) = idx.starting_at(k) {
            // `said Harbour Police` is a name; `said the Harbour Police
            // spokesman` continues to its head below.
            // (`the Democratic presidential candidate`: a modifier, then the
            // head a word or two on.)
            let e = ms[m].end;
            let head_on = k > first
                && is_determiner(w)
                && (e..(e + 3).min(ceil))
                    .take_while(|&j| lex.word(j) && !lex.cap(j) && lex.same_sent(first, j))
                    .any(|j| head_noun(lex, j) || lex.title_at(j).is_some());
            if head_on {
                k = e;
                continue;
            }
            if !head_noun(lex, ms[m].end) {
                if k == first || is_determiner(w) {
                    return Some((Np::Name(m), ms[m].end.min(ceil)));
                }
                return None;
            }
            k = ms[m].end;
            continue;
        }
        if let Some(t) = lex.title_at(k) {
            head = Some(k + t - 1);
            k += t;
            // Keep going: `the deputy minister`, `a State Department spokeswoman`.
            if k < ceil && lex.word(k) && (head_noun(lex, k) || lex.title_at(k).is_some()) {
                continue;
            }
            break;
        }
        if head_noun(lex, k) {
            head = Some(k);
            k += 1;
            if k < ceil && lex.word(k) && head_noun(lex, k) {
                continue;
            }
            break;
        }
        // (`a data expert`: a document noun as a modifier.)
        let modifies = (k + 1..(k + 3).min(ceil))
            .take_while(|&j| lex.word(j) && !lex.cap(j))
            .any(|j| head_noun(lex, j));
        if is_document_noun(lex.low(k)) && !modifies {
            // `a report by the Water Authority`, `a notice posted by the
            // Harbour Trust`: its issuer.
            let mut p = k + 1;
            if lex.word(p)
                && crate::lexicon::orgs::is_issuing_participle(lex.low(p))
                && lex.word(p + 1)
                && lex.low(p + 1) == "by"
            {
                p += 1;
            }
            if lex.word(p) && matches!(lex.low(p), "by" | "from" | "of") {
                p += 1;
                if lex.word(p) && lex.low(p) == "the" {
                    p += 1;
                }
                if let Some(m) = idx.starting_at(p) {
                    return Some((Np::Document(Some(m)), ms[m].end));
                }
            }
            return Some((Np::Document(None), k + 1));
        }
        if lex.modifier(k)
            || lex.cap(k)
            || lex.low(k).contains('-')
            || is_possessive(lex.low(k))
            || lex.low(k).starts_with(|c: char| c.is_ascii_digit())
        {
            k += 1;
            continue;
        }
        // `said her client, Tom Reed`: a noun the lexicon lacks, in
        // apposition to the name after it.
        if is_determiner(w) && lex.punct(k + 1, ',') && idx.starting_at(k + 2).is_some() {
            head = Some(k);
            k += 1;
            break;
        }
        // `said the cheerful ferryman`, `one unaligned Vell strategist`: an
        // adjective the lexicon lacks, after a determiner, before a head
        // that follows within the phrase.
        if is_determiner(w) && k > first && unknown_adjective(lex, k) {
            k += 1;
            continue;
        }
        if let Some(h) = lacked_head(lex, first, k, ceil) {
            head = Some(h);
            k = h + 1;
            break;
        }
        return None;
    }
    let head = match head {
        Some(h) => h,
        None => {
            let h = lacked_head(lex, first, k, ceil)?;
            k = h + 1;
            h
        }
    };
    // `said former secretary of state Ada Brisk`: a role the name's own
    // mention did not take in, then the name.
    if k < ceil && lex.same_sent(first, k) {
        if let Some(m) = idx.starting_at(k).filter(|&m| !ms[m].org) {
            let end = ms[m]
                .role_after
                .map_or(ms[m].end, |r| r.toks.1.max(ms[m].end));
            return Some((Np::Name(m), end.min(ceil)));
        }
    }
    // `the council leader, Joan Pike, told`: the name in apposition.
    if let Some(found) = apposed_name(lex, idx, ms, k, ceil) {
        return Some(found);
    }
    // `a spokesperson for train operators along the route` · `a source
    // familiar with the talks` · `an aide close to the minister`
    let mut end = k;
    if end + 1 < ceil
        && lex.word(end)
        && lex.word(end + 1)
        && matches!(
            (lex.low(end), lex.low(end + 1)),
            ("familiar", "with") | ("close", "to")
        )
    {
        end += 1;
    }
    if end < ceil
        && lex.word(end)
        && matches!(lex.low(end), "for" | "of" | "at" | "with" | "from" | "to")
        && (lex.low(end) != "to" || lex.low(end - 1) == "close")
    {
        let mut e = end + 1;
        while e < ceil && e < end + 9 && lex.word(e) && lex.same_sent(first, e) {
            let we = lex.low(e);
            if lex.speech_low(e) || matches!(we, "who" | "that" | "which") {
                break;
            }
            e += 1;
        }
        end = e;
    }
    Some((descriptor(lex, first, end, head), end))
}

/// `said the ferryman.`, `said the hunchback, …`, `said the pauper in the
/// corner`, `said the porter quietly`: in a phrase opened by `the` at
/// `first`, a word the lexicon lacks that the phrase ends with (before an
/// adverb), at the token before `k` (a mark, the sentence's end, or a
/// preposition or relative after it), is its head.
fn lacked_head(lex: &Lex<'_, '_>, first: usize, k: usize, ceil: usize) -> Option<usize> {
    // (`the` first: most phrases that end here do not open with it.)
    if lex.low(first) != "the" {
        return None;
    }
    let mut last = k.checked_sub(1).filter(|&l| l > first)?;
    // (`said the porter quietly`: the adverb after the head.)
    if lex.low(last).ends_with("ly") && last - 1 > first {
        last -= 1;
    }
    let ends = k >= ceil
        || !lex.word(k)
        || !lex.same_sent(first, k)
        || matches!(lex.low(k), "in" | "with" | "at" | "from" | "who" | "as");
    // (Not an adverb or participle; nor a noun of sex alone, `the girl`,
    // which conversations read as a pronoun.)
    let w = lex.low(last);
    (ends
        && unknown_adjective(lex, last)
        && !names_no_one(w)
        && !(w.ends_with("ly") || w.ends_with("ing") || w.ends_with("ed"))
        && person_noun_gender(w).is_none())
    .then_some(last)
}

/// A name set off in apposition after a role, at the comma at token
/// `comma` (`the council leader, Joan Pike, told`): the name, closed by
/// a comma, a period or the sentence's end.
fn apposed_name(
    lex: &Lex<'_, '_>,
    idx: &MentionIndex,
    ms: &[NameMention],
    comma: usize,
    ceil: usize,
) -> Option<(Np, usize)> {
    if !lex.punct(comma, ',') {
        return None;
    }
    let m = idx.starting_at(comma + 1)?;
    let e = ms[m].end;
    (e >= ceil || lex.punct(e, ',') || lex.punct(e, '.') || !lex.same_sent(comma, e))
        .then(|| (Np::Name(m), e.min(ceil)))
}

/// Most tokens inside a label bracket after a name.
const MAX_LABEL_TOKENS: usize = 6;

/// `Ada Brisk (D-Vel.)`, `Tom Reed (Green)`: a short bracket right after a
/// name, opening at token `open`, of capitalised words and punctuation
/// only — a party and a state, a party — that a cue reads past. Returns
/// one past its closing bracket.
pub(crate) fn label_bracket_after(lex: &Lex<'_, '_>, open: usize) -> Option<usize> {
    if !lex.punct(open, '(') || !lex.cap(open + 1) {
        return None;
    }
    let lim = (open + 2 + MAX_LABEL_TOKENS).min(lex.doc.toks.len());
    for k in open + 1..lim {
        if lex.punct(k, ')') {
            return (k > open + 1).then_some(k + 1);
        }
        let fits = match lex.doc.toks[k].kind() {
            TokKind::Word => lex.cap(k),
            TokKind::Punct(c) => matches!(c, '.' | '-' | ',' | '–'),
            TokKind::Quote(_) => false,
        };
        if !fits || !lex.same_sent(open, k) {
            return None;
        }
    }
    None
}

/// The opening bracket of a label bracket (see [`label_bracket_after`])
/// that closes at token `close`.
pub(crate) fn label_bracket_before(lex: &Lex<'_, '_>, close: usize) -> Option<usize> {
    if !lex.punct(close, ')') {
        return None;
    }
    let lo = close.saturating_sub(MAX_LABEL_TOKENS + 1);
    (lo..close)
        .rev()
        .find(|&k| lex.punct(k, '('))
        .filter(|&k| label_bracket_after(lex, k) == Some(close + 1))
}

/// A lower-case word that may be an adjective the lexicon lacks: letters
/// only, and no verb, pronoun, preposition or conjunction we know.
fn unknown_adjective(lex: &Lex<'_, '_>, k: usize) -> bool {
    let w = lex.low(k);
    lex.word(k)
        && !lex.cap(k)
        && w.len() > 2
        && w.chars().all(char::is_alphabetic)
        && !lex.reporting(w)
        && !is_determiner(w)
        && !is_object_preposition(w)
        && subject_pronoun(w).is_none()
        && !is_clause_word(w)
}

/// The determiner-free words of a descriptor, as the text gives them.
pub(crate) fn span_of(lex: &Lex<'_, '_>, start: usize, end: usize) -> Span {
    let toks = &lex.doc.toks;
    Span::new(toks[start].span().start, toks[end - 1].span().end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    #[test]
    fn furniture_lines_are_found_as_the_walk_back_finds_them() {
        // Lines of furniture whose words run to the walk's reach and past
        // it, a label with no colon, a colon with no label, two colons.
        let far = "w ".repeat(FURNITURE_REACH + 2);
        let text = format!(
            "READ MORE: {far}\nPhoto: Ann Lee {far}\nWATCH Ann Lee: no.\n\
             Reed: \"Yes.\"\nSee also: :: {far}\nvideo:: x\n\nREAD: MORE: x"
        );
        let doc = segment(&text, &[]);
        let config = Config::default();
        let lex = Lex::new(&doc, &config);
        // The walk back to the line's start, read for every token.
        let walk = |t: usize| {
            let toks = &doc.toks;
            let mut s = t;
            while !toks[s].line_start() {
                if s == 0 || t - s >= FURNITURE_REACH || toks[s - 1].para != toks[t].para {
                    return false;
                }
                s -= 1;
            }
            opens_furniture_line(&doc, s)
        };
        let found = (0..doc.toks.len()).filter(|&t| walk(t)).count();
        assert!(found > 2 * FURNITURE_REACH, "{found}");
        for t in 0..doc.toks.len() {
            assert_eq!(on_furniture_line(&lex, t), walk(t), "token {t}");
        }
    }

    #[test]
    fn token_class_reads_are_the_lookups_they_replace() {
        // Possessives, final periods, initials, gendered roles, titles and
        // verbs of saying, with and without words of the user's.
        let text = "Mr. Lund's widow, a U.S. spokeswoman, said Ada told Acme Inc. \
                    the Democrats' plans. Prime Minister Jo Sands, 40, warned: the \
                    officials' aide harrumphed and noted it. Chairman's said. Dr.";
        let configs = [
            Config::new(),
            Config::new()
                .speech_verbs(["harrumphed"])
                .remove_speech_verbs(["noted"])
                .titles(["aide"]),
        ];
        for config in &configs {
            let doc = segment(text, &[]);
            let lex = Lex::new(&doc, config);
            for i in 0..doc.toks.len() {
                let (low, base) = (lex.low(i), lex.base(i));
                assert_eq!(lex.base_classes(i), classes(base), "{base}");
                assert_eq!(lex.low_classes(i), classes(low), "{low}");
                assert_eq!(lex.speech_low(i), lex.speech(low), "{low}");
                assert_eq!(lex.reporting_low(i), lex.reporting(low), "{low}");
                assert_eq!(lex.title_gender(i), title_gender(low), "{low}");
            }
        }
    }

    #[test]
    fn a_text_dense_in_tokens_reads_its_words_from_the_tokens() {
        // Prose keeps the lower-cased forms; a storm of short words (a
        // token per 2 bytes) reads them from the tokens, alike.
        let storm = "A b Mr. c É d'x, e. ".repeat(8);
        for (text, cached) in [
            ("Mayor Ann Roe's aide said the U.S. talks went well.", true),
            (storm.as_str(), false),
        ] {
            let doc = segment(text, &[]);
            let config = Config::new();
            let lex = Lex::new(&doc, &config);
            assert_eq!(!lex.lows.is_empty(), cached, "{text}");
            for i in 0..doc.toks.len() {
                assert_eq!(lex.low(i), doc.low(i), "{text} {i}");
                assert_eq!(lex.base_classes(i), classes(lex.base(i)), "{text} {i}");
            }
        }
    }
}
