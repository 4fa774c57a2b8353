//! Resolution: merge name mentions into entities (`Rubio` = `Marco Rubio`
//! = `Senator Rubio`; `Medinsky` / `Medinski`), resolve pronouns and
//! descriptors to entities by salience and role, create unnamed sources and
//! organisations, and gather every role the text states for each entity.

use crate::analysis::{Role, Speaker, SpeakerKind};
use crate::lexicon::grammar::{is_article, is_descriptor_determiner, is_possessive};
use crate::lexicon::honorifics::{expand_abbreviation, is_court_office};
use crate::lexicon::names::first_name_gender;
use crate::lexicon::orgs::{is_document_noun, is_org_noun};
use crate::lexicon::pronouns::{person_noun_gender, possessive_pronoun, subject_pronoun, Gender};
use crate::lexicon::titles::{is_title_modifier, is_title_word, title_gender};
use crate::lexicon::words::{is_kin_noun, is_unnamed_source_noun};
use crate::lexicon::{class, lower, WordBuild};
use crate::mention::{
    head_noun, is_possessive_mention, span_of, strip_possessive, Lex, NameMention, Np, RoleSpan,
};
use crate::segment::abbreviation;
use crate::span::Span;
use std::borrow::Cow;
use std::collections::HashMap;

/// How far back (in entities) a spelling variant is looked for; keeps the
/// fuzzy match linear on documents with thousands of names.
const FUZZY_RECENT: usize = 64;
/// How many mentions back a pronoun looks for its antecedent.
const PRONOUN_LOOKBACK: usize = 24;

/// How many pronouns back a pronoun's antecedent is followed (see
/// [`Entities::pronoun_except`]).
const PRONOUN_CHAIN: usize = 2;
/// How many paragraphs after a pronoun with nobody before it the person
/// it refers to may be named (see [`Entities::pronoun_except`]).
const AHEAD_PARAGRAPHS: u32 = 16;
/// How many tokens before its candidate a sentence's subject pronoun is
/// looked for.
const MAX_SUBJECT_PRONOUN_READ: usize = 40;

/// How many paragraphs before a pronoun's a rival of its antecedent is
/// looked for (see [`Entities::rivalled`]).
const RIVAL_PARAGRAPHS: u32 = 4;

/// How many paragraphs back `the company` may find the organisation it
/// names: a story's firm stays its topic for a while.
const ORG_PARAGRAPHS: u32 = 6;
/// Most roles kept per entity (a long document may restate one often).
const MAX_ROLES: usize = 16;
/// How many entities of one name [`Entities::named_by`] gives.
const MAX_NAMESAKES: usize = 4;
/// The entities one word may name ([`Entities::named_by`]): up to
/// [`MAX_NAMESAKES`] by surname, else one by given name.
pub(crate) type Namesakes = [Option<usize>; MAX_NAMESAKES];

/// How many entities sharing a descriptor's head word are compared.
const MAX_DESCRIPTOR_CANDIDATES: usize = 32;

/// One source in the document.
#[derive(Clone, Debug)]
pub(crate) struct Entity {
    pub kind: SpeakerKind,
    /// Display name (fullest form seen, or the descriptor as given).
    pub name: String,
    name_words: usize,
    first: Option<String>,
    surname: String,
    pub gender: Option<Gender>,
    /// What the text itself says of the gender (see [`Speaker::gender`]).
    pub stated_gender: Option<(crate::Gender, crate::GenderBasis)>,
    pub mentions: Vec<Span>,
    pub roles: Vec<RoleSpan>,
    /// Roles given as descriptor phrases (`the Ukrainian president`).
    pub extra_roles: Vec<Span>,
    /// Role words (lower case) for descriptor matching.
    role_words: RoleWords,
    pub first_pos: usize,
    /// Evidence that this is a person (a known first name, a courtesy
    /// title, a role, a pronoun or speech linked to it).
    pub personal: bool,
    /// Named with two or more words somewhere.
    multiword: bool,
    /// Linked as the speaker of a quote or of reported speech.
    pub spoke: bool,
    /// Key for unnamed sources and unnamed organisations.
    key: Option<String>,
}

/// Entities and the links from mentions to them.
pub(crate) struct Entities {
    pub list: Vec<Entity>,
    /// Entity of each name mention.
    pub of_mention: Vec<usize>,
    by_surname: HashMap<String, Vec<usize>, WordBuild>,
    by_key: HashMap<String, usize, WordBuild>,
    /// Entities by the words of their roles (and organisations by the
    /// words of their names), for descriptors.
    by_word: HashMap<String, Vec<usize>, WordBuild>,
    /// Dynamic salience events: (token, entity), in token order of
    /// discovery, from resolved descriptors and speakers.
    events: Vec<(usize, usize)>,
    /// The first-person narrator's entity, once made.
    narrator: Option<usize>,
}

/// How many salience events [`Entities::speakers_before`] reads back.
const RECENT_EVENTS: usize = 16;

/// `xs.partition_point(pred)`, searched from the end: back in doubling
/// steps to the first element `pred` holds for, then by bisection within
/// the last step. The salience events are asked about near the quote being
/// linked, mostly at their end: a few steps, where a bisection of them all
/// takes a step for every doubling of their number.
fn partition_point_from_end<T>(xs: &[T], pred: impl Fn(&T) -> bool) -> usize {
    // `pred` fails for every element of `xs[hi..]`.
    let mut hi = xs.len();
    let mut step = 1;
    while hi > 0 {
        let lo = hi.saturating_sub(step);
        if pred(&xs[lo]) {
            return lo + 1 + xs[lo + 1..hi].partition_point(&pred);
        }
        hi = lo;
        step *= 2;
    }
    0
}

/// Spelling variants: names of six letters or more, with the same first
/// letter, at most two edits apart.
fn close_spelling(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Most pairs fail on length or first letter: find out before
    // allocating (this runs for every new surname against recent ones).
    // Different first bytes are different first letters, seen before
    // either name's letters are counted.
    if a.as_bytes().first() != b.as_bytes().first() {
        return false;
    }
    let (na, nb) = (a.chars().count(), b.chars().count());
    if na.min(nb) < 6 || na.abs_diff(nb) > 2 || a.chars().next() != b.chars().next() {
        return false;
    }
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j + 1] + 1)
                .min(cur[j] + 1)
                .min(prev[j] + usize::from(ca != cb));
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= 2
}

/// The words of mention `m` that name it, lower-cased, possessive and final
/// period left out, and short honorifics too (`Mr`, `Dr`): into `words`,
/// cleared first, so that one buffer serves every mention.
fn words_of<'d>(lex: &Lex<'d, '_>, m: &NameMention, words: &mut Vec<&'d str>) {
    words.clear();
    words.extend((m.start..m.end).filter_map(|k| {
        let w = lex.base(k).trim_end_matches('.');
        let honorific = lex.cls(k) & class::HONORIFIC != 0;
        (!honorific || w.len() > 3 && !matches!(w, "lord" | "lady" | "dame")).then_some(w)
    }));
}

/// An entity's role words (lower case), each with its hash: a descriptor
/// compares its words with those of every candidate, and a hash compared
/// first spares reading the words themselves.
#[derive(Clone, Debug, Default)]
struct RoleWords(Vec<(u64, String)>);

impl RoleWords {
    fn key(w: &str) -> u64 {
        use std::hash::BuildHasher;
        WordBuild::default().hash_one(w)
    }
    fn contains(&self, w: &str) -> bool {
        self.contains_keyed(Self::key(w), w)
    }
    /// Does it hold `w`, whose [`RoleWords::key`] is `key`?
    fn contains_keyed(&self, key: u64, w: &str) -> bool {
        self.0.iter().any(|(k, r)| *k == key && r == w)
    }
    fn push(&mut self, w: &str) {
        self.0.push((Self::key(w), w.to_string()));
    }
}

fn role_words(text: &str) -> impl Iterator<Item = Cow<'_, str>> {
    text.split(|c: char| !c.is_alphanumeric() && c != '.')
        .map(|w| lower(w.trim_end_matches('.')))
        .filter(|w| {
            !w.is_empty() && !matches!(&**w, "a" | "an" | "the" | "of" | "for" | "to" | "s")
        })
        .map(|w| expand_abbreviation(&w).map_or(w, Cow::Borrowed))
}

impl Entity {
    /// Named with two or more words somewhere.
    pub fn multiword(&self) -> bool {
        self.multiword
    }

    /// The entity's gender, or for a person only ever named by one word
    /// that is a given name (`Martha`, in fiction and interviews), that
    /// name's. Kept out of [`Entity::gender`] so that merging a later
    /// `Sarah Martin` into `Martin` is not blocked by it.
    pub(crate) fn gender_guess(&self) -> Option<Gender> {
        self.gender.or_else(|| {
            (self.kind == SpeakerKind::Person && !self.multiword && self.first.is_none())
                .then(|| first_name_gender(&self.surname))
                .flatten()
        })
    }
}

impl Entities {
    /// No entities yet.
    pub fn new() -> Entities {
        Entities {
            list: Vec::new(),
            of_mention: Vec::new(),
            by_surname: HashMap::default(),
            by_key: HashMap::default(),
            by_word: HashMap::default(),
            events: Vec::new(),
            narrator: None,
        }
    }

    /// Cluster the name mentions of one stretch of text (the whole
    /// document, or one window of it) into the entities known so far.
    ///
    /// Mentions and salience events are the stretch's own (token indices
    /// are its own): both start afresh. A mention starting before byte
    /// `known.0` has been clustered already, by a pass that read the same
    /// text: it takes the entity `known.1` recorded for it then, by its
    /// start (none if there is no record), and adds nothing to it.
    pub fn add_mentions(
        &mut self,
        lex: &Lex<'_, '_>,
        ms: &[NameMention],
        known: (usize, &[(u32, u32)]),
    ) {
        let (before, known) = known;
        let es = self;
        es.of_mention.clear();
        es.of_mention.reserve(ms.len());
        es.events.clear();
        // One buffer for every mention's words.
        let mut words = Vec::new();
        for m in ms {
            if m.span.start < before {
                let at = u32::try_from(m.span.start).unwrap_or(u32::MAX);
                let k = known.partition_point(|&(start, _)| start < at);
                let id = known
                    .get(k)
                    .filter(|&&(start, id)| start == at && id != u32::MAX)
                    .map_or(usize::MAX, |&(_, id)| id as usize);
                es.of_mention.push(id);
                continue;
            }
            words_of(lex, m, &mut words);
            let Some(&surname) = words.last() else {
                es.of_mention.push(usize::MAX);
                continue;
            };
            let first = (words.len() > 1).then(|| words[0]);
            // `BERG:` in a transcript is the Berg named before, not an acronym.
            let shouting = m.org && m.end - m.start == 1 && {
                let t = lex.doc.text_of(m.start);
                t.chars().all(|c| !c.is_lowercase())
            };
            let e = shouting
                .then(|| es.find_person(surname, None, m.gender, false))
                .flatten()
                .or_else(|| es.find_person(surname, first, m.gender, m.org));
            let text = &lex.doc.text[m.span.range()];
            let id = match e {
                Some(id) => {
                    let ent = &mut es.list[id];
                    if words.len() > ent.name_words {
                        ent.name = clean_name(text);
                        ent.name_words = words.len();
                        if ent.first.is_none() {
                            ent.first = first.map(str::to_string);
                        }
                    }
                    id
                }
                None => {
                    let id = es.list.len();
                    es.list.push(Entity {
                        kind: if m.org {
                            SpeakerKind::Organisation
                        } else {
                            SpeakerKind::Person
                        },
                        name: clean_name(text),
                        name_words: words.len(),
                        first: first.map(str::to_string),
                        surname: surname.to_string(),
                        gender: None,
                        stated_gender: None,
                        mentions: Vec::new(),
                        roles: Vec::new(),
                        extra_roles: Vec::new(),
                        role_words: RoleWords::default(),
                        first_pos: m.span.start,
                        personal: false,
                        multiword: false,
                        spoke: false,
                        key: None,
                    });
                    es.by_surname
                        .entry(surname.to_string())
                        .or_default()
                        .push(id);
                    id
                }
            };
            let ent = &mut es.list[id];
            ent.mentions.push(m.span);
            ent.personal |= m.personal;
            ent.multiword |= m.end - m.start > 1;
            if ent.gender.is_none() {
                ent.gender = m.gender;
            }
            if ent.stated_gender.is_none() {
                ent.stated_gender = m.stated_gender;
            }
            let mut new_words = Vec::new();
            for r in [m.role_before, m.role_after].into_iter().flatten() {
                let t = &lex.doc.text[r.span.range()];
                if ent.roles.len() < MAX_ROLES
                    && !ent
                        .roles
                        .iter()
                        .any(|x| lex.doc.text[x.span.range()].eq_ignore_ascii_case(t))
                {
                    ent.roles.push(r);
                    new_words.extend(role_words(t));
                }
            }
            if ent.kind == SpeakerKind::Organisation && ent.mentions.len() == 1 {
                new_words.extend(words.iter().map(|&w| Cow::Borrowed(w)));
            }
            for w in new_words {
                es.index_word(id, &w);
            }
            es.of_mention.push(id);
        }
    }

    /// How many salience events come before token `at`: the events'
    /// `partition_point(|&(p, _)| p < at)`, searched from their end.
    fn events_before(&self, at: usize) -> usize {
        partition_point_from_end(&self.events, |&(p, _)| p < at)
    }

    /// Salience events at or after token `from`: (token, entity).
    pub fn events_from(&self, from: usize) -> &[(usize, usize)] {
        &self.events[self.events_before(from)..]
    }

    fn find_person(
        &self,
        surname: &str,
        first: Option<&str>,
        gender: Option<Gender>,
        org: bool,
    ) -> Option<usize> {
        let compatible = |id: usize| {
            let e = &self.list[id];
            if org != (e.kind == SpeakerKind::Organisation) {
                return false;
            }
            let first_ok = match (first, e.first.as_deref()) {
                (Some(a), Some(b)) => {
                    a == b || a.len() <= 2 && b.starts_with(a.trim_end_matches('.'))
                }
                _ => true,
            };
            let gender_ok = match (gender, e.gender) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            first_ok && gender_ok
        };
        if let Some(ids) = self.by_surname.get(surname) {
            // The latest few namesakes: a document naming thousands of
            // people with one surname stays linear.
            if let Some(&id) = ids
                .iter()
                .rev()
                .take(FUZZY_RECENT)
                .find(|&&id| compatible(id))
            {
                return Some(id);
            }
            return None;
        }
        // A spelling variant of a recent surname.
        let lo = self.list.len().saturating_sub(FUZZY_RECENT);
        if let Some(id) = (lo..self.list.len()).rev().find(|&id| {
            self.list[id].key.is_none()
                && close_spelling(&self.list[id].surname, surname)
                && compatible(id)
        }) {
            return Some(id);
        }
        // A bare first name (`Gillian` after `Gillian Hall`).
        if first.is_none() {
            return (lo..self.list.len())
                .rev()
                .find(|&id| self.list[id].first.as_deref() == Some(surname) && compatible(id));
        }
        None
    }

    /// Index entity `id` under role or name word `w` (once).
    fn index_word(&mut self, id: usize, w: &str) {
        let e = &mut self.list[id];
        if e.role_words.contains(w) {
            return;
        }
        e.role_words.push(w);
        // (The word copied only when it is new to the index.)
        match self.by_word.get_mut(w) {
            Some(ids) if ids.last() != Some(&id) => ids.push(id),
            Some(_) => {}
            None => {
                self.by_word.insert(w.to_string(), vec![id]);
            }
        }
    }

    /// The person a recent paragraph is about: named as the subject at the
    /// start of its first sentence (`Meanwhile, coach Jane Roe has praised …`) in
    /// this paragraph or the one before, not as a possessive
    /// (`Roe's goal …`). Returns the mention's token and entity.
    fn paragraph_topic(
        &self,
        lex: &Lex<'_, '_>,
        ms: &[NameMention],
        at: usize,
    ) -> Option<(usize, usize)> {
        let toks = &lex.doc.toks;
        let para = toks.get(at)?.para;
        let end = ms.partition_point(|m| m.start < at);
        ms[..end]
            .iter()
            .enumerate()
            .rev()
            .take(12)
            .find_map(|(k, m)| {
                if toks[m.start].para + 1 < para || m.object || !m.personal {
                    return None;
                }
                let id = self.of_mention[k];
                if id == usize::MAX || self.list[id].kind != SpeakerKind::Person {
                    return None;
                }
                if is_possessive_mention(lex.doc, m) {
                    return None;
                }
                let s = lex.doc.sentence_lo(m.full_start, 0, 4);
                let opens = s == 0 || toks[s - 1].sent != toks[m.full_start].sent;
                (opens && toks[s].line_start()).then_some((m.start, id))
            })
    }

    /// Can entity `id` be called by the descriptor head `head` (`her father`
    /// is no woman, `the girl` no man)? Its gender, or its given name's
    /// when the text never states one, must agree with the head's.
    fn fits_title(&self, id: usize, head: &str) -> bool {
        title_gender(head).map_or(true, |g| {
            self.list[id].gender_guess().map_or(true, |x| x == g)
        })
    }

    /// The latest unnamed source first mentioned before byte `before` whose
    /// role has the word `w`.
    pub fn unnamed_with_word(&self, w: &str, before: usize) -> Option<usize> {
        self.by_word
            .get(w)?
            .iter()
            .rev()
            .take(MAX_DESCRIPTOR_CANDIDATES)
            .copied()
            .find(|&id| {
                let e = &self.list[id];
                e.kind == SpeakerKind::UnnamedSource && e.first_pos < before
            })
    }

    /// Record that `entity` is salient at token `at` (a token index, as
    /// every position in salience is).
    pub fn touch(&mut self, at: usize, entity: usize) {
        // Events arrive in token order, save for a subject found after its
        // quote (`"…," said X`): keep the list sorted.
        let pos = partition_point_from_end(&self.events, |&(p, _)| p <= at);
        self.events.insert(pos, (at, entity));
        if self.list[entity].kind == SpeakerKind::Person {
            self.list[entity].spoke = true;
        }
    }

    /// Token of the last mention of, or event for, entity `id` before `at`.
    fn last_seen(&self, ms: &[NameMention], id: usize, at: usize) -> usize {
        let m = ms[..ms.partition_point(|m| m.start < at)]
            .iter()
            .enumerate()
            .rev()
            .take(PRONOUN_LOOKBACK)
            .find(|(k, _)| self.of_mention[*k] == id)
            .map_or(0, |(_, m)| m.start);
        let e = self.events[..self.events_before(at)]
            .iter()
            .rev()
            .take(PRONOUN_LOOKBACK)
            .find(|&&(_, e)| e == id)
            .map_or(0, |&(p, _)| p);
        m.max(e)
    }

    /// The salience events before token `at` that `near` accepts, read
    /// back until one it does not (at most [`RECENT_EVENTS`]): whether `e`
    /// is among them, and how many people are (counted up to 4).
    pub fn speakers_before(
        &self,
        at: usize,
        e: usize,
        near: impl Fn(usize) -> bool,
    ) -> (bool, usize) {
        let end = self.events_before(at);
        let mut seen: [usize; 4] = [usize::MAX; 4];
        let mut n = 0;
        let mut spoke = false;
        for &(p, f) in self.events[..end].iter().rev().take(RECENT_EVENTS) {
            if !near(p) {
                break;
            }
            spoke |= f == e;
            if n < 4 && self.list[f].kind == SpeakerKind::Person && !seen[..n].contains(&f) {
                seen[n] = f;
                n += 1;
            }
        }
        (spoke, n)
    }

    /// The most recent salience event (a speaker) before token `at`.
    pub fn last_event_before(&self, at: usize) -> Option<(usize, usize)> {
        let i = self.events_before(at);
        i.checked_sub(1).map(|i| self.events[i])
    }

    /// The entity a pronoun at token index `at` refers to: the most recent
    /// compatible person among name mentions and resolved speakers; with
    /// nobody back to the text's start, one named soon after
    /// ([`Entities::named_after`]).
    pub fn pronoun(
        &self,
        lex: &Lex<'_, '_>,
        ms: &[NameMention],
        at: usize,
        g: Gender,
    ) -> Option<usize> {
        match self.pronoun_chained(lex, ms, at, g, usize::MAX, PRONOUN_CHAIN) {
            (None, true) => self.named_after(lex, ms, at, g),
            (found, _) => found,
        }
    }

    /// [`Entities::pronoun`], passing over entity `except` (the possessor
    /// of `said her mother`, or one the quote calls by name: not the
    /// speaker).
    pub(crate) fn pronoun_except(
        &self,
        lex: &Lex<'_, '_>,
        ms: &[NameMention],
        at: usize,
        g: Gender,
        except: usize,
    ) -> Option<usize> {
        self.pronoun_chained(lex, ms, at, g, except, PRONOUN_CHAIN)
            .0
    }

    /// [`Entities::pronoun_except`], following at most `depth` pronouns
    /// back: a sentence whose subject is a pronoun of the same gender
    /// (`He praised Mr. Orr's tact. "…," said he`) names its other people
    /// after it, and the pronoun carries on the one before. Also whether
    /// the search read back to the text's start.
    fn pronoun_chained(
        &self,
        lex: &Lex<'_, '_>,
        ms: &[NameMention],
        at: usize,
        g: Gender,
        except: usize,
        depth: usize,
    ) -> (Option<usize>, bool) {
        let sent_of = |tok: usize| lex.doc.toks.get(tok).map_or(u32::MAX, |t| t.sent);
        let fits = |id: usize| {
            let e = &self.list[id];
            if id == except {
                return false;
            }
            match g {
                Gender::Male | Gender::Female => {
                    e.kind == SpeakerKind::Person && e.gender_guess().map_or(true, |x| x == g)
                        || e.kind == SpeakerKind::UnnamedSource && e.gender == Some(g)
                }
                Gender::Plural => e.kind != SpeakerKind::Person,
                Gender::Neuter => e.kind == SpeakerKind::Organisation,
            }
        };
        // Merge two histories walking back: static mentions and events.
        // Places and objects (`in Devon`) are passed over; a candidate with
        // no sign of being a person is kept only as a fallback. Within the
        // most recent sentence that has a candidate, the first one wins: a
        // sentence's subject comes before its objects.
        let mut mi = ms.partition_point(|m| m.start < at);
        let mut ei = self.events_before(at);
        let mut steps = 0;
        let mut fallback = None;
        let mut object_fallback = None;
        let mut best: Option<(u32, usize, usize)> = None; // (sentence, entity, token)
        while steps < PRONOUN_LOOKBACK && (mi > 0 || ei > 0) {
            steps += 1;
            let take_mention = match (mi, ei) {
                (0, _) => false,
                (_, 0) => true,
                _ => ms[mi - 1].start >= self.events[ei - 1].0,
            };
            let (id, tok) = if take_mention {
                mi -= 1;
                if ms[mi].object {
                    // (`joined by Bingley. "…" said he`: an object is the
                    // antecedent only when no subject fits.)
                    let id = self.of_mention[mi];
                    if object_fallback.is_none() && id != usize::MAX && fits(id) {
                        let e = &self.list[id];
                        if e.kind == SpeakerKind::Person
                            && (e.personal || e.gender_guess().is_some())
                        {
                            object_fallback = Some(id);
                        }
                    }
                    continue;
                }
                (self.of_mention[mi], ms[mi].start)
            } else {
                ei -= 1;
                (self.events[ei].1, self.events[ei].0)
            };
            let sent = sent_of(tok);
            if let Some((s, _, _)) = best {
                if sent != s {
                    break;
                }
            }
            if id == usize::MAX || !fits(id) {
                continue;
            }
            // (`Woodhouse at last was off; but Knightley stayed`: the
            // sentence's last clause, after a semicolon, is the most
            // recent; its first fitting person wins.)
            if best.is_some_and(|(_, _, b)| semicolon_between(lex, tok, b)) {
                break;
            }
            let e = &self.list[id];
            if e.personal || e.spoke || e.gender_guess().is_some() || e.kind != SpeakerKind::Person
            {
                best = Some((sent, id, tok));
            } else if fallback.is_none() && e.multiword {
                fallback = Some(id);
            }
        }
        if let Some((sent, id, tok)) = best.filter(|_| depth > 0) {
            if let Some(p) = subject_pronoun_before(lex, tok, sent, g) {
                let (before, _) = self.pronoun_chained(lex, ms, p, g, except, depth - 1);
                return (before.or(Some(id)), false);
            }
        }
        let found = best.map(|(_, id, _)| id).or(fallback).or(object_fallback);
        (found, mi == 0 && ei == 0)
    }

    /// The antecedent of a pronoun at token `at` with nobody before it,
    /// back to the text's start (a chapter read from its middle): the
    /// first person of gender `g` (known) the text names as one who speaks
    /// after it, within [`AHEAD_PARAGRAPHS`] paragraphs and
    /// [`PRONOUN_LOOKBACK`] names.
    fn named_after(
        &self,
        lex: &Lex<'_, '_>,
        ms: &[NameMention],
        at: usize,
        g: Gender,
    ) -> Option<usize> {
        if !matches!(g, Gender::Male | Gender::Female) {
            return None;
        }
        let para = toks_para(lex, at);
        let from = ms.partition_point(|m| m.start <= at);
        ms[from..]
            .iter()
            .enumerate()
            .take(PRONOUN_LOOKBACK)
            .take_while(|(_, m)| toks_para(lex, m.start) <= para + AHEAD_PARAGRAPHS)
            .find_map(|(k, m)| {
                let id = self.of_mention[from + k];
                // (Named as one who speaks: `said Ilse Varga`, `Ilse
                // Varga replied`.)
                let speaks =
                    lex.speech_at(m.end) || m.full_start > 0 && lex.speech_at(m.full_start - 1);
                (id != usize::MAX
                    && speaks
                    && self.list[id].kind == SpeakerKind::Person
                    && self.list[id].gender_guess() == Some(g))
                .then_some(id)
            })
    }

    /// Is `chosen`, the antecedent of a `he` or `she` (gender `g`) at
    /// token `at`, rivalled: did another person whose gender is known to be
    /// `g` appear among the last [`PRONOUN_LOOKBACK`] mentions and speakers
    /// before it, in its paragraph or the [`RIVAL_PARAGRAPHS`] before?
    fn rivalled(
        &self,
        lex: &Lex<'_, '_>,
        ms: &[NameMention],
        at: usize,
        g: Gender,
        chosen: usize,
    ) -> bool {
        if !matches!(g, Gender::Male | Gender::Female) {
            return false;
        }
        // (Within [`RIVAL_PARAGRAPHS`]: what a long document's window
        // reads again before its start covers it.)
        let para = toks_para(lex, at);
        let near = |tok: usize| toks_para(lex, tok) + RIVAL_PARAGRAPHS >= para;
        let rival = |id: usize| {
            id != chosen
                && id != usize::MAX
                && self.list[id].kind == SpeakerKind::Person
                && self.list[id].gender_guess() == Some(g)
        };
        let end = ms.partition_point(|m| m.start < at);
        let named = ms[..end]
            .iter()
            .enumerate()
            .rev()
            .take(PRONOUN_LOOKBACK)
            .take_while(|(_, m)| near(m.start))
            .any(|(k, m)| !m.object && rival(self.of_mention[k]));
        named
            || self.events[..self.events_before(at)]
                .iter()
                .rev()
                .take(PRONOUN_LOOKBACK)
                .take_while(|&&(p, _)| near(p))
                .any(|&(_, e)| rival(e))
    }

    /// May entity `id` be `the <head>` when no stated role matched? Any
    /// person may be `the 23-year-old`; `the judge` (a court's office, see
    /// [`is_court_office`]) only a person the text calls one: the judge
    /// is never the defendant.
    fn fits_office(&self, head: &str, id: usize) -> bool {
        !is_court_office(head) || self.list[id].role_words.contains(head)
    }

    /// The entity a descriptor (`the minister`, `a ministry spokeswoman`)
    /// refers to, creating an unnamed source or organisation when the text
    /// introduces one. Returns the entity, how it was found, and what
    /// linking to it would add (see [`Entities::commit`]).
    fn descriptor(
        &mut self,
        lex: &Lex<'_, '_>,
        ms: &[NameMention],
        start: usize,
        end: usize,
        head: usize,
        definite: bool,
    ) -> Option<(usize, Via, Commit)> {
        let matched = |via: Via| {
            let span = span_of(lex, start, end);
            // A person's role; `the 24-year-old` gives an age, no role.
            let age = lex.low(head).ends_with("-year-old");
            let role = (!age)
                .then(|| role_without_article(lex, start, end))
                .flatten();
            (
                via,
                Commit {
                    mention: Some(span),
                    role,
                    make_org: via == Via::Organisation,
                },
            )
        };
        // Borrowed from `lex`: owned copies only for a new entity.
        let head_w = lex.base(head);
        let words: Vec<&str> = (start..end)
            .map(|k| lex.base(k))
            .filter(|w| !is_descriptor_determiner(w))
            .collect();
        let at = lex.doc.toks[start].span().start;
        // A named entity whose roles contain the head (and most modifiers).
        if definite || start == head {
            let mut best: Option<(usize, usize, bool)> = None; // (score, id, before)
            let candidates = self.by_word.get(head_w).map_or(&[][..], |v| &v[..]);
            let keys: Vec<u64> = words.iter().map(|w| RoleWords::key(w)).collect();
            let recent = candidates.len().saturating_sub(MAX_DESCRIPTOR_CANDIDATES);
            // `the union said` is the union, not its organiser.
            let org_head = is_org_noun(head_w) && !is_title_word(head_w);
            for &id in &candidates[recent..] {
                let e = &self.list[id];
                if e.kind == SpeakerKind::UnnamedSource || org_head && e.kind == SpeakerKind::Person
                {
                    continue;
                }
                let score = words
                    .iter()
                    .zip(&keys)
                    .filter(|&(w, &k)| e.role_words.contains_keyed(k, w))
                    .count();
                let before = e.first_pos < at;
                let better = match best {
                    None => true,
                    Some((s, _, b)) => {
                        (score, before) > (s, b) || (score, before) == (s, b) && before
                    }
                };
                if better {
                    best = Some((score, id, before));
                }
            }
            if let Some((score, id, _)) = best {
                if score * 2 >= words.len().max(1) || score >= 2 {
                    let (via, commit) = matched(Via::RoleMatch {
                        full: score >= words.len(),
                    });
                    return Some((id, via, commit));
                }
            }
        }
        let is_org = is_org_noun(head_w) && !is_title_word(head_w);
        // `the railroad said`, `the company said`: the organisation the
        // text has just named (`Metro-North`, `Debenhams`), if any. (A
        // family is its people, never the firm just named.)
        let kin = matches!(head_w, "family" | "families" | "relatives");
        // `her campaign said`, `Reed's office said`: a person's own
        // organisation, never the one the text named last.
        let persons = (start..head).any(|k| {
            let w = lex.low(k);
            matches!(possessive_pronoun(w), Some(Gender::Male | Gender::Female))
                || lex.cap(k) && is_possessive(w)
        });
        if is_org && definite && !kin && !persons {
            let end = ms.partition_point(|m| m.start < start);
            let para = lex.doc.toks[start].para;
            // An organisation named as such first; else a name the text
            // repeats with no sign of being a person (a one-off
            // capitalised word, like a headline's `Delays`, is no name).
            // An affiliation inside someone's appositive (`an analyst at
            // Kestrel Capital`) only when no other organisation will do.
            let candidate = |org_only: bool, affiliations: bool| {
                ms[..end]
                    .iter()
                    .enumerate()
                    .rev()
                    .take(PRONOUN_LOOKBACK)
                    .find_map(|(k, m)| {
                        let id = self.of_mention[k];
                        let e = self.list.get(id)?;
                        let fits = if org_only {
                            e.kind == SpeakerKind::Organisation
                        } else {
                            // (or one word that has spoken, never a full
                            // name: `Amazon said …`)
                            e.kind == SpeakerKind::Person
                                && !e.personal
                                && (e.mentions.len() >= 2 || e.spoke && !e.multiword)
                        };
                        (fits
                            && !m.personal
                            && (affiliations || !m.in_role)
                            && lex.doc.toks[m.start].para + ORG_PARAGRAPHS >= para
                            && !is_possessive_mention(lex.doc, m))
                        .then_some(id)
                    })
            };
            let named = candidate(true, false)
                .or_else(|| candidate(false, false))
                .or_else(|| candidate(true, true));
            if let Some(id) = named {
                let (via, commit) = matched(Via::Organisation);
                return Some((id, via, commit));
            }
        }
        // `his supporters chanted`, `the owners said`: a group speaks, not
        // the last person named.
        let group = crate::mention::looks_plural(head_w);
        // (A head the lexicon lacks, `the gentleman`, `the pauper`, is no
        // role a named person is known by.)
        let known = head_noun(lex, head);
        // `Reed's campaign manager said`: a role a person's possessive
        // makes definite introduces someone of its own (unless a person the
        // text named holds it, above); never the salient person, often the
        // possessor. (`Vell Bank's chief executive said` may be the one
        // named before.)
        let named_owner = {
            let k = ms.partition_point(|m| m.start < start);
            ms.get(k).is_some_and(|m| {
                let person = self
                    .list
                    .get(self.of_mention[k])
                    .is_some_and(|e| e.kind == SpeakerKind::Person && (e.personal || m.personal));
                m.start == start && person && is_possessive_mention(lex.doc, m)
            })
        };
        if !is_org && !is_unnamed_source_noun(head_w) && definite && !group && known && !named_owner
        {
            // `the 23-year-old`, `the former coach` with no such role
            // stated: the most salient person who fits, as a pronoun would.
            let g = title_gender(head_w).unwrap_or(Gender::Male);
            let tok = start;
            // `said her mother`: someone other than the one `her` names.
            let possessor = possessive_pronoun(lex.low(start))
                .filter(|g| matches!(g, Gender::Male | Gender::Female))
                .and_then(|pg| self.pronoun(lex, ms, tok, pg))
                .unwrap_or(usize::MAX);
            // The story's latest speaker first (`the 23-year-old said`
            // follows the person the story is about), then as a pronoun.
            let para = lex.doc.toks[start].para;
            let recent_speaker = self.events[..self.events_before(tok)]
                .iter()
                .rev()
                .take(4)
                .find(|&&(p, id)| {
                    let e = &self.list[id];
                    lex.doc.toks[p].para + 3 >= para
                        && id != possessor
                        && e.kind == SpeakerKind::Person
                        && self.fits_title(id, head_w)
                        && self.fits_office(head_w, id)
                })
                .map(|&(_, id)| id);
            let topic = self.paragraph_topic(lex, ms, tok).filter(|&(_, id)| {
                id != possessor && self.fits_title(id, head_w) && self.fits_office(head_w, id)
            });
            match (topic, recent_speaker) {
                (Some((t, id)), Some(_))
                    if self
                        .events
                        .iter()
                        .rev()
                        .find(|&&(p, e)| p < tok && Some(e) == recent_speaker)
                        .is_some_and(|&(p, _)| t > p) =>
                {
                    let (via, commit) = matched(Via::Topic);
                    return Some((id, via, commit));
                }
                (Some((_, id)), None) => {
                    let (via, commit) = matched(Via::Topic);
                    return Some((id, via, commit));
                }
                (_, Some(id)) => {
                    let (via, commit) = matched(Via::RecentSpeaker);
                    return Some((id, via, commit));
                }
                _ => {}
            }
            // A headline's descriptor (`Union boss: "…"`) names the person
            // the story then introduces.
            if para <= 1 && self.events.is_empty() {
                let next = ms.partition_point(|m| m.start < tok);
                // Not the name inside the descriptor itself (`Wall Street's
                // top strategist` is not Wall Street).
                let inside: Vec<usize> = ms[next..]
                    .iter()
                    .enumerate()
                    .take_while(|(_, m)| m.start < end)
                    .map(|(k, _)| self.of_mention[next + k])
                    .collect();
                let ahead = ms[next..].iter().enumerate().take(12).find_map(|(k, m)| {
                    let id = self.of_mention[next + k];
                    (id != usize::MAX
                        && !inside.contains(&id)
                        && (para + 1..=para + 2).contains(&toks_para(lex, m.start))
                        && !m.object
                        && (m.personal || m.end - m.start > 1)
                        && self.list[id].kind == SpeakerKind::Person
                        && self.fits_office(head_w, id))
                    .then_some(id)
                });
                if let Some(id) = ahead {
                    let (via, commit) = matched(Via::HeadlineAhead);
                    return Some((id, via, commit));
                }
            }
            let found = match title_gender(head_w) {
                Some(_) => self.pronoun_except(lex, ms, tok, g, possessor),
                None => self
                    .pronoun_except(lex, ms, tok, Gender::Male, possessor)
                    .into_iter()
                    .chain(self.pronoun_except(lex, ms, tok, Gender::Female, possessor))
                    .max_by_key(|&id| self.last_seen(ms, id, tok)),
            };
            let found = found.filter(|&id| self.fits_office(head_w, id));
            let (via, commit) = matched(Via::AsPronoun);
            // `the judge said`, `said the security guard` with nobody to
            // be found: an unnamed source with that role (below). (Offices
            // other than a court's keep the salient person when there is
            // one: held to their stated roles or made unnamed sources,
            // they cost accuracy.)
            if found.is_some() {
                return found.map(|id| (id, via, commit));
            }
        }
        let span = span_of(lex, start, end);
        let text = &lex.doc.text[span.range()];
        let lowered = lower(text);
        // The articles trimmed as `trim_start_matches` would, each in turn,
        // without its string searcher.
        let mut key = &*lowered;
        for article in ["the ", "a ", "an ", "another "] {
            while let Some(rest) = key.strip_prefix(article) {
                key = rest;
            }
        }
        let again = Commit {
            mention: Some(span),
            role: None,
            make_org: false,
        };
        if let Some(&id) = self.by_key.get(key) {
            return Some((id, Via::Unnamed, again));
        }
        // `the spokeswoman` after `a State Department spokeswoman`.
        if definite {
            let unnamed = self.by_word.get(head_w).and_then(|v| {
                v.iter()
                    .rev()
                    .find(|&&id| self.list[id].key.is_some())
                    .copied()
            });
            if let Some(id) = unnamed {
                return Some((id, Via::Unnamed, again));
            }
        }
        // `the man said`, `said the old woman` that nothing before
        // introduced: a person the text does not say, no source of its own
        // (in fiction, a character named elsewhere).
        // Nor does `said her father`, `cried his sister`: a relative of
        // someone named, whom the text knows by name.
        if definite && person_noun_gender(head_w).is_some()
            || possessive_pronoun(lex.low(start)).is_some() && is_kin_noun(head_w)
        {
            return None;
        }
        let role_toks = {
            let mut lo = start;
            while lo < end && matches!(lex.low(lo), "the" | "a" | "an" | "another" | "one") {
                lo += 1;
            }
            (lo, end)
        };
        let id = self.list.len();
        let kind = if is_org && !kin {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::UnnamedSource
        };
        let roles = if kind == SpeakerKind::UnnamedSource && !kin && role_toks.0 < role_toks.1 {
            vec![RoleSpan {
                span: span_of(lex, role_toks.0, role_toks.1),
                toks: role_toks,
            }]
        } else {
            Vec::new()
        };
        self.list.push(Entity {
            kind,
            name: clean_name(text),
            name_words: words.len(),
            first: None,
            surname: head_w.to_string(),
            gender: title_gender(head_w),
            stated_gender: crate::analysis::stated(title_gender(head_w), crate::GenderBasis::Title),
            mentions: vec![span],
            roles,
            extra_roles: Vec::new(),
            role_words: RoleWords::default(),
            first_pos: span.start,
            personal: kind == SpeakerKind::UnnamedSource,
            multiword: false,
            spoke: false,
            key: Some(key.to_string()),
        });
        self.by_key.insert(key.to_string(), id);
        for w in &words {
            self.index_word(id, w);
        }
        Some((id, Via::Unnamed, Commit::default()))
    }

    /// The first-person narrator, speaking at byte `pos` (`"…," I said`):
    /// one entity for the document, made on first use.
    pub fn narrator(&mut self, pos: usize) -> usize {
        if let Some(e) = self.narrator {
            return e;
        }
        self.narrator = Some(self.list.len());
        self.list.push(Entity {
            kind: SpeakerKind::Narrator,
            name: "narrator".to_string(),
            name_words: 1,
            first: None,
            surname: String::new(),
            gender: None,
            stated_gender: None,
            mentions: Vec::new(),
            roles: Vec::new(),
            extra_roles: Vec::new(),
            role_words: RoleWords::default(),
            first_pos: pos,
            personal: true,
            multiword: false,
            spoke: true,
            key: None,
        });
        self.list.len() - 1
    }

    /// The entities the text may call by the word `word` (`Tomas`, `Orr`),
    /// whatever their kind (the people among them: [`Entities::people_among`]):
    /// those with it as surname, else a recent one with it as given name;
    /// the latest few, latest first. Between two calls of
    /// [`Entities::add_mentions`] they change only as entities are added: a
    /// caller asking again may keep them while `list.len()` stays.
    pub fn named_by(&self, word: &str) -> Namesakes {
        let w = lower(word.trim_end_matches('.'));
        let by_surname = self.by_surname.get(&*w).map_or(&[][..], |v| &v[..]);
        let lo = self.list.len().saturating_sub(FUZZY_RECENT);
        let by_first = if by_surname.is_empty() {
            (lo..self.list.len())
                .rev()
                .find(|&id| self.list[id].first.as_deref() == Some(&*w))
        } else {
            None
        };
        let mut ids = [None; MAX_NAMESAKES];
        let found = by_surname
            .iter()
            .rev()
            .take(MAX_NAMESAKES)
            .copied()
            .chain(by_first);
        for (slot, id) in ids.iter_mut().zip(found) {
            *slot = Some(id);
        }
        ids
    }

    /// Of the entities `ids` ([`Entities::named_by`]), the people, in order.
    pub fn people_among(&self, ids: Namesakes) -> impl Iterator<Item = usize> + '_ {
        ids.into_iter()
            .flatten()
            .filter(|&id| self.list[id].kind == SpeakerKind::Person)
    }

    /// Give the narrator the name the text gives it (`My name is Dev
    /// Raman`), at `span`, unless it has one already.
    pub fn name_narrator(&mut self, span: Span, name: &str) {
        let Some(e) = self.narrator else { return };
        let ent = &mut self.list[e];
        if ent.name_words > 0 && ent.name != "narrator" {
            return;
        }
        ent.name = clean_name(name);
        ent.name_words = ent.name.split_whitespace().count();
        ent.mentions.push(span);
    }

    /// Is the narrator still unnamed (made, with no name from the text)?
    pub fn narrator_unnamed(&self) -> bool {
        self.narrator
            .is_some_and(|e| self.list[e].name == "narrator")
    }

    /// Resolve a subject phrase at token `at` to an entity and link it
    /// ([`Entities::propose`], then [`Entities::commit`]).
    pub fn resolve(
        &mut self,
        lex: &Lex<'_, '_>,
        ms: &[NameMention],
        np: Np,
        at: usize,
    ) -> Option<(usize, Resolved)> {
        let r = self.propose(lex, ms, np, at)?;
        self.commit(&r);
        Some((r.entity, r.how()))
    }

    /// The entity a subject phrase at token `at` would refer to, without
    /// linking it: the mention and role a descriptor adds to its entity
    /// wait for [`Entities::commit`]. (An unnamed source the phrase
    /// introduces is created here, so that the same phrase later finds it.)
    pub fn propose(
        &mut self,
        lex: &Lex<'_, '_>,
        ms: &[NameMention],
        np: Np,
        at: usize,
    ) -> Option<Resolution> {
        let plain = |entity: usize, via: Via| Resolution {
            entity,
            via,
            commit: Commit::default(),
        };
        match np {
            Np::Name(m) | Np::Document(Some(m)) => {
                let id = *self.of_mention.get(m)?;
                (id != usize::MAX).then(|| plain(id, Via::Mention))
            }
            Np::Pronoun(g) => self.pronoun(lex, ms, at, g).map(|id| {
                let rivalled = self.rivalled(lex, ms, at, g, id);
                plain(id, Via::Pronoun { rivalled })
            }),
            Np::Descriptor {
                start,
                end,
                head,
                definite,
            } => {
                let (entity, via, commit) = self.descriptor(lex, ms, start, end, head, definite)?;
                Some(Resolution {
                    entity,
                    via,
                    commit,
                })
            }
            Np::Document(None) => self.issuer(lex, ms, at).map(|id| plain(id, Via::Issuer)),
        }
    }

    /// Link a proposed resolution: a descriptor's mention and role join its
    /// entity; `the company` makes a one-word name an organisation.
    pub fn commit(&mut self, r: &Resolution) {
        let e = &mut self.list[r.entity];
        if r.commit.make_org {
            e.kind = SpeakerKind::Organisation;
        }
        if let Some(span) = r.commit.mention {
            e.mentions.push(span);
        }
        // (`the company` says nothing new of a company.)
        if let Some(role) = r
            .commit
            .role
            .filter(|_| e.kind != SpeakerKind::Organisation)
        {
            e.extra_roles.push(role);
        }
    }

    /// The issuer of a document mentioned at token `at` (`the statement
    /// said`): a name shortly before that issued, released or posted
    /// something, or that the text ties to the same kind of document (`In
    /// a statement, Jane Roe said …`, `a report published by the Water
    /// Board`).
    fn issuer(&self, lex: &Lex<'_, '_>, ms: &[NameMention], at: usize) -> Option<usize> {
        let toks = &lex.doc.toks;
        let para = toks.get(at)?.para;
        // The document's noun (`statement`, `report`), just after `at`.
        let noun = (at..(at + 4).min(toks.len()))
            .find(|&k| lex.word(k) && is_document_noun(lex.low(k)))
            .map(|k| lex.low(k));
        let end = ms.partition_point(|m| m.start < at);
        ms[..end]
            .iter()
            .enumerate()
            .rev()
            .take(8)
            .find_map(|(k, m)| {
                if toks[m.start].para + 2 < para {
                    return None;
                }
                // `published by X` (not `seen by X`): the issuer as object.
                let by_at = (m.full_start > 1 && lex.word(m.full_start - 1))
                    .then(|| {
                        let b = m.full_start - 1;
                        if lex.low(b) == "the" {
                            b - 1
                        } else {
                            b
                        }
                    })
                    .filter(|&b| lex.word(b) && lex.low(b) == "by");
                let by = by_at.is_some_and(|b| {
                    (b.saturating_sub(4)..b).any(|t| {
                        lex.word(t)
                            && matches!(
                                lex.low(t),
                                "published"
                                    | "issued"
                                    | "released"
                                    | "commissioned"
                                    | "written"
                                    | "produced"
                                    | "compiled"
                                    | "prepared"
                                    | "filed"
                            )
                    })
                });
                if (m.object || by_at.is_some()) && !by {
                    return None;
                }
                let issued = (m.end..(m.end + 4).min(at)).any(|t| {
                    lex.word(t)
                        && matches!(
                            lex.low(t),
                            "issued"
                                | "released"
                                | "published"
                                | "posted"
                                | "put"
                                | "sent"
                                | "shared"
                                | "tweeted"
                        )
                });
                // The same document noun in the name's sentence, within a
                // few words of it.
                // (And it speaks there: `In a statement, Jane Roe said`.)
                let speaks = by
                    || (m.end..(m.end + 4).min(toks.len())).any(|t| {
                        lex.word(t) && lex.speech_at(t) && toks[t].sent == toks[m.start].sent
                    });
                let same_doc = speaks
                    && noun.is_some_and(|n| {
                        let sent = toks[m.start].sent;
                        let lo = m.full_start.saturating_sub(12);
                        let hi = (m.end + 12).min(at);
                        (lo..hi).any(|t| toks[t].sent == sent && lex.word(t) && lex.low(t) == n)
                    });
                let id = self.of_mention[k];
                ((issued || same_doc) && id != usize::MAX).then_some(id)
            })
    }

    /// The output's speakers: the entities in `linked` (those linked to a
    /// quote, repeats allowed), in order of first mention. Returns them and
    /// the entities in that order, for [`Entities::output_indices`].
    pub fn output_speakers(
        &self,
        text: &str,
        linked: impl Iterator<Item = usize>,
    ) -> (Vec<Speaker>, Vec<usize>) {
        // Each entity once (a quote per 16 bytes names few of them), then
        // sorted: fewer to sort than the links.
        let mut seen = vec![false; self.list.len()];
        let mut used: Vec<usize> = linked
            .filter(|&e| seen.get_mut(e).is_some_and(|s| !std::mem::replace(s, true)))
            .collect();
        used.sort_unstable_by_key(|&e| (self.list[e].first_pos, e));
        (self.speakers(text, &used), used)
    }

    /// Each entity's index among the output's speakers (`used`, as
    /// [`Entities::output_speakers`] returned it), by entity: made once,
    /// read for every quote and its alternative.
    pub fn output_indices(&self, used: &[usize]) -> Vec<Option<usize>> {
        let mut index = vec![None; self.list.len()];
        for (k, &e) in used.iter().enumerate() {
            if let Some(slot) = index.get_mut(e) {
                *slot = Some(k);
            }
        }
        index
    }

    /// Final speakers for the entities in `used` (in that order), with
    /// every role split into title and affiliation.
    fn speakers(&self, text: &str, used: &[usize]) -> Vec<Speaker> {
        used.iter()
            .map(|&id| {
                let e = &self.list[id];
                let mut mentions = e.mentions.clone();
                mentions.sort_unstable();
                mentions.dedup();
                let mut roles: Vec<Role> = Vec::new();
                let mut seen: Vec<String> = Vec::new();
                let mut stated: Vec<(Span, Option<(usize, usize)>)> = e
                    .roles
                    .iter()
                    .map(|r| (r.span, Some(r.toks)))
                    .chain(e.extra_roles.iter().map(|&s| (s, None)))
                    .collect();
                // A bare abbreviated title (`Cllr`, `Sen.`, `Lt Col`) says less than
                // any other role the text gives: show it last. (Each key
                // read once: it lower-cases words.)
                stated.sort_by_cached_key(|&(span, _)| {
                    // At most two words, each an abbreviation: counted as
                    // they are read, with no list of them kept.
                    let mut n = 0;
                    text[span.range()].split_whitespace().all(|w| {
                        n += 1;
                        n <= 2 && abbreviation(w.trim_end_matches('.'))
                    })
                });
                for r in stated {
                    let text = text[r.0.range()].to_string();
                    let key = lower(&text);
                    if seen.iter().any(|s| *s == *key) {
                        continue;
                    }
                    seen.push(key.into_owned());
                    let (title, affiliation) = split_role(&text);
                    roles.push(Role::new(text, title, affiliation, r.0));
                }
                Speaker::new(e.name.clone(), e.kind, mentions, roles).with_gender(e.stated_gender)
            })
            .collect()
    }
}

/// The first `he` or `she` of gender `g` in sentence `sent` before token
/// `tok` (read back at most [`MAX_SUBJECT_PRONOUN_READ`] tokens).
fn subject_pronoun_before(lex: &Lex<'_, '_>, tok: usize, sent: u32, g: Gender) -> Option<usize> {
    if !matches!(g, Gender::Male | Gender::Female) {
        return None;
    }
    let toks = &lex.doc.toks;
    (tok.saturating_sub(MAX_SUBJECT_PRONOUN_READ)..tok)
        .skip_while(|&k| toks[k].sent != sent)
        .find(|&k| lex.word(k) && subject_pronoun(lex.low(k)) == Some(g))
}

fn toks_para(lex: &Lex<'_, '_>, tok: usize) -> u32 {
    lex.doc.toks[tok].para
}

/// How a subject phrase was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Resolved {
    Named,
    Pronoun,
    Descriptor,
}

/// How a subject phrase found its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Via {
    /// A name mention (or a document named by its issuer's name).
    Mention,
    /// A pronoun's antecedent (`rivalled`: another person of the
    /// pronoun's known gender was named or spoke shortly before, so the
    /// choice is less sure).
    Pronoun { rivalled: bool },
    /// A descriptor matched to an entity's stated roles (`full`: every
    /// word of the descriptor).
    RoleMatch { full: bool },
    /// `the company`: the organisation the text has just named.
    Organisation,
    /// `the 23-year-old`: the person the paragraph is about.
    Topic,
    /// `the 23-year-old`: the story's latest speaker.
    RecentSpeaker,
    /// A headline's descriptor: the person the story then introduces.
    HeadlineAhead,
    /// A definite descriptor with no role match: as a pronoun would.
    AsPronoun,
    /// An unnamed source (`a ministry spokeswoman`, `the spokeswoman`
    /// again), or an organisation the descriptor names.
    Unnamed,
    /// A document's issuer (`the statement said`).
    Issuer,
}

/// What linking to a proposed entity adds to it.
#[derive(Clone, Copy, Debug, Default)]
struct Commit {
    mention: Option<Span>,
    role: Option<Span>,
    make_org: bool,
}

/// A subject phrase's entity, proposed (see [`Entities::propose`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Resolution {
    pub entity: usize,
    pub via: Via,
    commit: Commit,
}

impl Resolution {
    /// A pronoun's resolution to `entity`, found by what the pronoun's
    /// context shows (a conversation's participants), not by salience.
    pub fn pronoun(entity: usize) -> Resolution {
        Resolution {
            entity,
            via: Via::Pronoun { rivalled: false },
            commit: Commit::default(),
        }
    }

    /// How the public sieve sees it: named, a pronoun, or a descriptor
    /// matched to someone.
    pub fn how(&self) -> Resolved {
        match self.via {
            Via::Pronoun { .. } => Resolved::Pronoun,
            Via::Mention | Via::Unnamed | Via::Issuer => Resolved::Named,
            _ => Resolved::Descriptor,
        }
    }
}

/// Most tokens [`semicolon_between`] reads.
const MAX_CLAUSE_SCAN: usize = 64;

/// Is there a semicolon between tokens `a` and `b` (`a` < `b`), within
/// [`MAX_CLAUSE_SCAN`] tokens? (Farther apart: read as none.)
fn semicolon_between(lex: &Lex<'_, '_>, a: usize, b: usize) -> bool {
    b > a && b - a <= MAX_CLAUSE_SCAN && (a + 1..b).any(|k| lex.punct(k, ';'))
}

fn role_without_article(lex: &Lex<'_, '_>, start: usize, end: usize) -> Option<Span> {
    let mut lo = start;
    while lo < end && is_descriptor_determiner(lex.low(lo)) {
        lo += 1;
    }
    (lo < end).then(|| span_of(lex, lo, end))
}

/// A name as displayed: courtesy titles and a possessive left out.
fn clean_name(text: &str) -> String {
    let t = strip_possessive(text.trim());
    // The words joined by single spaces, written straight into the name.
    let mut name = String::with_capacity(t.len());
    for w in t.split_whitespace() {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(w);
    }
    name
}

/// Split a role into title and affiliation: `foreign minister of Ukraine`
/// → (`foreign minister`, `Ukraine`); `Kremlin envoy` → (`envoy`,
/// `Kremlin`); `Network Rail's chief executive` → (`chief executive`,
/// `Network Rail`).
pub(crate) fn split_role(text: &str) -> (String, Option<String>) {
    let words: Vec<&str> = text.split_whitespace().collect();
    // A title of several words (`Secretary of State`) stays whole.
    let low: Vec<_> = words.iter().map(|w| lower(w)).collect();
    let low: Vec<&str> = low.iter().map(|w| &**w).collect();
    if crate::lexicon::titles::title_len(&low) == Some(words.len()) {
        return (text.to_string(), None);
    }
    // Possessive affiliation.
    if let Some(k) = words.iter().position(|w| is_possessive(w)) {
        if k + 1 < words.len() {
            let aff = words[..=k].join(" ");
            let aff = strip_possessive(&aff).to_string();
            return (words[k + 1..].join(" "), Some(aff));
        }
    }
    // `… of/for/at/with Capitalised …`
    for (k, w) in words.iter().enumerate().skip(1) {
        if matches!(*w, "of" | "for" | "at" | "with" | "from" | "in") {
            let rest: Vec<&str> = words[k + 1..]
                .iter()
                .copied()
                .skip_while(|x| is_article(x))
                .collect();
            let head_is_title = low[..k]
                .iter()
                .any(|l| is_title_word(l) || is_title_modifier(l));
            if head_is_title
                && rest
                    .first()
                    .is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase))
            {
                return (words[..k].join(" "), Some(rest.join(" ")));
            }
            break;
        }
    }
    // Leading capitalised words that are not part of the title.
    let lead = words
        .iter()
        .zip(&low)
        .take_while(|(w, l)| {
            let l = l.trim_end_matches('.');
            w.chars().next().is_some_and(char::is_uppercase)
                && !is_title_word(l)
                && !is_title_modifier(l)
        })
        .count();
    if lead > 0 && lead < words.len() {
        return (words[lead..].join(" "), Some(words[..lead].join(" ")));
    }
    (text.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partition_point_from_end_is_partition_point() {
        for len in 0..40usize {
            let xs: Vec<usize> = (0..len).map(|i| i / 3).collect();
            for at in 0..=len / 3 + 1 {
                assert_eq!(
                    partition_point_from_end(&xs, |&x| x < at),
                    xs.partition_point(|&x| x < at),
                    "{len} {at}"
                );
                assert_eq!(
                    partition_point_from_end(&xs, |&x| x <= at),
                    xs.partition_point(|&x| x <= at),
                    "{len} {at}"
                );
            }
        }
    }

    #[test]
    fn spelling_variants() {
        assert!(close_spelling("medinsky", "medinski"));
        assert!(close_spelling("medinsky", "mediski"));
        assert!(!close_spelling("berg", "borg"));
        assert!(!close_spelling("medinsky", "kellogg"));
    }

    #[test]
    fn role_split() {
        let cases = [
            (
                "foreign minister of Ukraine",
                "foreign minister",
                Some("Ukraine"),
            ),
            ("Kremlin envoy", "envoy", Some("Kremlin")),
            (
                "Network Rail's chief executive",
                "chief executive",
                Some("Network Rail"),
            ),
            ("U.S. President", "President", Some("U.S.")),
            ("Secretary of State", "Secretary of State", None),
            ("adviser to the president", "adviser to the president", None),
        ];
        for (text, title, aff) in cases {
            let (t, a) = split_role(text);
            assert_eq!((t.as_str(), a.as_deref()), (title, aff), "{text}");
        }
    }
}
