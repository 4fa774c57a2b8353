//! The current speaker: who the story is quoting at a point. Speech verbs
//! outside quoted sentences (`…, Ms Roe said.`) make their subject the
//! current speaker; a quote with no cue and no neighbour to continue may
//! fall back on that speaker ([`Rule::CurrentSpeaker`]), or on the
//! referent of a `he`/`she` subject in its own sentence, or a person the
//! story quotes who opens it as subject ([`Rule::PronounSubject`]). Both
//! are weak links.
//!
//! [`Rule::CurrentSpeaker`]: super::Rule::CurrentSpeaker
//! [`Rule::PronounSubject`]: super::Rule::PronounSubject

use super::{adjacent, passive_after, Ctx, REACH};
use crate::analysis::SpeakerKind;
use crate::lexicon::class;
use crate::lexicon::grammar::{is_be_form, is_determiner, is_sentence_opener};
use crate::lexicon::pronouns::subject_pronoun;
use crate::lexicon::verbs::is_base_speech_form;
use crate::mention::{looks_plural, np_starting_at, NameMention, Np};
use crate::resolve::Entities;

/// Names between the last speaker and a quote beyond which the current
/// speaker is no longer current.
const MAX_NAMES_BETWEEN: usize = 32;

/// How many paragraphs the current speaker stays current.
const CURRENT_SPEAKER_PARAGRAPHS: u32 = 3;

/// Speech verbs outside any sentence that holds a quote, in token order:
/// indirect speech (`…, Ms Roe said.`) that makes its subject the current
/// speaker.
pub(crate) fn indirect_speech_verbs(cx: &Ctx<'_, '_, '_>) -> Vec<usize> {
    let doc = cx.doc();
    let mut quoted_sents = cx
        .qtok
        .iter()
        .map(|&t| doc.toks[t as usize].sent)
        .peekable();
    let mut out = Vec::new();
    // The verbs first (few tokens are), then their sentences.
    for i in cx.lex.with_classes(class::SPEECH) {
        if !adjacent::speech_verb_at(cx, i) {
            continue;
        }
        let sent = doc.toks[i].sent;
        while quoted_sents.peek().is_some_and(|&s| s < sent) {
            quoted_sents.next();
        }
        if quoted_sents.peek() != Some(&sent) {
            out.push(i);
        }
    }
    out
}

/// The subject of an indirect-speech verb: `X said` or `said X`.
pub(crate) fn indirect_subject(cx: &Ctx<'_, '_, '_>, v: usize) -> Option<(Np, usize)> {
    // `WATCH: Kelby Fenn warns of …`: a link's title speaks for nobody.
    if crate::mention::on_furniture_line(cx.lex, v) {
        return None;
    }
    let doc = cx.doc();
    let lo = doc.sentence_lo(v, 0, REACH);
    if let Some(found) = adjacent::subject_before(cx, v, lo) {
        // `in a heavily Republican state`: a singular subject right before
        // the base form of a verb of saying is no subject (the word is a
        // noun).
        let singular_end = match found.0 {
            Np::Descriptor { end, head, .. } => (!looks_plural(cx.lex.base(head))).then_some(end),
            Np::Name(m) => {
                let e = cx.ms[m].end;
                (!cx.ms[m].org && !looks_plural(cx.lex.base(e - 1))).then_some(e)
            }
            _ => None,
        };
        if singular_end == Some(v) && is_base_speech_form(cx.lex.low(v)) {
            return None;
        }
        return Some(found);
    }
    let mut hi = v + 1;
    while hi < doc.toks.len() && hi - v < REACH && doc.toks[hi].sent == doc.toks[v].sent {
        hi += 1;
    }
    let (np, _) = np_starting_at(cx.lex, cx.idx, cx.ms, v + 1, hi)?;
    Some((np, v + 1))
}

/// A partial quote in a sentence whose subject is `he` or `she` and that
/// has no verb of saying (`he had been "accosted" by fans`): the pronoun's
/// referent.
pub(crate) fn pronoun_subject(
    cx: &Ctx<'_, '_, '_>,
    ents: &mut Entities,
    q: usize,
) -> Option<usize> {
    let lex = cx.lex;
    let (lo, t) = cx.left(q);
    let p = (lo..t).find(|&k| {
        lex.word(k)
            && matches!(lex.low(k), "he" | "she")
            && (k == lo || !lex.word(k - 1) || k < lo + 6)
    });
    let Some(p) = p else {
        return name_subject(cx, ents, q, lo, t);
    };
    let g = subject_pronoun(lex.low(p))?;
    ents.resolve(lex, cx.ms, Np::Pronoun(g), p).map(|(e, _)| e)
}

/// `Reed has long pushed his promise of "free college"`: a fragment in a
/// sentence that a person who has spoken opens as its subject (a name,
/// then a lower-case verb) is that person's (weak, as a pronoun's).
fn name_subject(
    cx: &Ctx<'_, '_, '_>,
    ents: &Entities,
    q: usize,
    lo: usize,
    t: usize,
) -> Option<usize> {
    let lex = cx.lex;
    let doc = cx.doc();
    let partial = cx.content[q]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_lowercase);
    if !partial || !doc.toks[lo].sent_start() || cx.in_headline(lo) {
        return None;
    }
    let m = cx.idx.starting_at(lo)?;
    let mention = &cx.ms[m];
    let e = ents.of_mention[m];
    let verb = mention.end;
    let person = speaking_person(ents, mention, e) && ents.list[e].spoke;
    (person
        && verb < t
        && lex.word(verb)
        && !lex.cap(verb)
        && !(is_be_form(lex.low(verb)) && lex.word(verb + 1) && lex.low(verb + 1).ends_with("ed"))
        && !crate::mention::is_possessive_mention(doc, mention))
    .then_some(e)
}

/// The most words of a short descriptor that opens a sentence before the
/// name it describes (`Her neighbour, retired teacher Colin Abbott, …`).
const MAX_OPENING_DESCRIPTOR: usize = 4;

/// Does a short descriptor opened by a determiner, then a comma, open the
/// sentence right before token `fs` (`Her neighbour,` · `The mayor's
/// deputy,`)?
fn described_before(cx: &Ctx<'_, '_, '_>, fs: usize) -> bool {
    let lex = cx.lex;
    if fs < 3 || !lex.punct(fs - 1, ',') {
        return false;
    }
    let mut k = fs - 2;
    for _ in 0..MAX_OPENING_DESCRIPTOR {
        if !lex.word(k) || !lex.same_sent(k, fs) {
            return false;
        }
        if cx.doc().toks[k].sent_start() {
            return is_determiner(lex.low(k));
        }
        if k == 0 {
            return false;
        }
        k -= 1;
    }
    false
}

/// Is mention `m` of entity `e` a person who could be speaking: a person
/// with some sign of being one, not an object?
pub(super) fn speaking_person(ents: &Entities, m: &NameMention, e: usize) -> bool {
    e != usize::MAX
        && !m.object
        && !m.aside
        && ents.list[e].kind == SpeakerKind::Person
        && (m.personal || ents.list[e].personal || ents.list[e].spoke)
}

/// The current speaker at quote `q`: the last speaker (of a quote, or of
/// reported speech) within a few paragraphs, with no other person named
/// since.
pub(crate) fn current_speaker(cx: &Ctx<'_, '_, '_>, ents: &Entities, q: usize) -> Option<usize> {
    let doc = cx.doc();
    let qt = cx.qtok[q] as usize;
    // Only a quote that opens its sentence: a fragment inside somebody
    // else's sentence is theirs or nobody's.
    if !doc.toks[qt].sent_start()
        && (qt == 0 || doc.toks[qt - 1].sent == doc.toks[qt].sent && doc.is_word(qt - 1))
    {
        return None;
    }
    let para = doc.toks[qt].para;
    let near = |tok: usize| para.saturating_sub(doc.toks[tok].para) <= CURRENT_SPEAKER_PARAGRAPHS;
    let event = ents.last_event_before(qt).filter(|&(at, _)| near(at));
    // The last person introduced as a sentence's subject (`Jane Roe, who
    // lives on the estate, was less forgiving.`), if more recent than the
    // last speaker and in the paragraph just before a quote that opens its
    // own paragraph.
    let end = cx.names_before(q);
    let subject = cx.ms[..end]
        .iter()
        .enumerate()
        .rev()
        .take(16)
        .find(|(k, m)| {
            // (`But Mrs Clay was talking`: after an opening word.)
            let fs = m.full_start;
            let opens = doc.toks[fs].sent_start()
                || fs > 0
                    && doc.toks[fs - 1].sent_start()
                    && cx.lex.word(fs - 1)
                    && is_sentence_opener(cx.lex.low(fs - 1))
                || described_before(cx, fs) && cx.lex.punct(m.end, ',');
            opens && speaking_person(ents, m, ents.of_mention[*k]) && !passive_after(cx, m.end)
        })
        .map(|(k, m)| (m.start, ents.of_mention[k]));
    if let Some((at, e)) = subject {
        let newer = event.map_or(true, |(ev, _)| at > ev);
        // (Or in the sentence right before the quote's, in its paragraph:
        // `Colin Abbott, a retired teacher, was blunter. "…"`.)
        let before = doc.toks[at].para + 1 == para && doc.toks[qt].line_start()
            || doc.toks[at].para == para
                && doc.toks[qt].sent_start()
                && doc.toks[at].sent + 1 == doc.toks[qt].sent;
        if newer && before {
            return Some(e);
        }
    }
    let (at, e) = event?;
    let first = cx.idx.ending_by(at);
    // Many names since the last speaker (more than a reader keeps in mind)
    // end the current speaker as surely as one other person does; the bound
    // also keeps an endless paragraph linear.
    // (The mentions before `first` end by `at`, before the quote.)
    let between = cx.names_before(q).saturating_sub(first);
    if between > MAX_NAMES_BETWEEN {
        return None;
    }
    let blocked = cx.ms[first..first + between]
        .iter()
        .enumerate()
        .any(|(k, m)| {
            let other = ents.of_mention[first + k];
            other != e && speaking_person(ents, m, other)
        });
    (!blocked).then_some(e)
}
