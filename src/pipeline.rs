//! The stages run in order over one document.

use crate::analysis::{Analysis, Attribution, QuoteKind, Sieve, SpeakerKind};
use crate::config::Config;
use crate::lexicon::class;
use crate::link::{self, Ctx, Link};
use crate::mention::{find_names, Lex, MentionIndex};
use crate::resolve::{Entities, Resolved};
use crate::scan::Quote;
use crate::segment::segment;
use crate::span::Span;

/// Per top-level quote, what linking decided.
#[derive(Clone, Copy, Debug, Default)]
struct Decision {
    kind: Option<QuoteKind>,
    entity: Option<usize>,
    sieve: Option<Sieve>,
    cue: Option<Span>,
    /// Linked only by the current-speaker fallback.
    weak: bool,
    /// A cue was found but its subject resolved to nobody.
    cue_unresolved: bool,
}

/// Confidence factor for a quote given to the current speaker with no
/// neighbouring quote to continue.
const WEAK_FACTOR: f32 = 0.7;

/// Names between the last speaker and a quote beyond which the current
/// speaker is no longer current.
const MAX_NAMES_BETWEEN: usize = 32;

/// How many paragraphs the current speaker stays current.
const CURRENT_SPEAKER_PARAGRAPHS: u32 = 3;

/// The current speaker at quote `q`: the last speaker (of a quote, or of
/// reported speech) within a few paragraphs, with no other person named
/// since.
fn current_speaker(cx: &Ctx<'_, '_, '_>, ents: &Entities, q: usize) -> Option<usize> {
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
    let is_person = |m: &crate::mention::NameMention, e: usize| {
        e != usize::MAX
            && !m.object
            && ents.list[e].kind == SpeakerKind::Person
            && (m.personal || ents.list[e].personal || ents.list[e].spoke)
    };
    let event = ents.last_event_before(qt).filter(|&(at, _)| near(at));
    // The last person introduced as a sentence's subject (`Jane Roe, who
    // lives on the estate, was less forgiving.`), if more recent than the
    // last speaker and in the paragraph just before a quote that opens its
    // own paragraph.
    let end = cx.ms.partition_point(|m| m.start < qt);
    let subject = cx.ms[..end]
        .iter()
        .enumerate()
        .rev()
        .take(16)
        .find(|(k, m)| {
            doc.toks[m.full_start].sent_start()
                && is_person(m, ents.of_mention[*k])
                && !passive_after(cx, m.end)
        })
        .map(|(k, m)| (m.start, ents.of_mention[k]));
    if let Some((at, e)) = subject {
        let newer = event.map_or(true, |(ev, _)| at > ev);
        if newer && doc.toks[qt].line_start() && doc.toks[at].para + 1 == para {
            return Some(e);
        }
    }
    let (at, e) = event?;
    let first = cx.ms.partition_point(|m| m.end <= at);
    // Many names since the last speaker (more than a reader keeps in mind)
    // end the current speaker as surely as one other person does; the bound
    // also keeps an endless paragraph linear.
    let between = cx.ms[first..].partition_point(|m| m.start < qt);
    if between > MAX_NAMES_BETWEEN {
        return None;
    }
    let blocked = cx.ms[first..first + between]
        .iter()
        .enumerate()
        .any(|(k, m)| {
            let other = ents.of_mention[first + k];
            other != e && is_person(m, other)
        });
    (!blocked).then_some(e)
}

/// `The official, harbour master Tomas Berg, …`: the head noun of a
/// sentence-opening definite phrase set before a name by a comma.
fn definite_apposition_head<'d>(
    lex: &Lex<'d, '_>,
    m: &crate::mention::NameMention,
) -> Option<&'d str> {
    let mut fs = m.full_start;
    // `The official, harbour master Tomas Berg`: a role the lexicon does
    // not know may stand between the comma and the name.
    while fs > 0 && fs + 3 > m.full_start && lex.word(fs - 1) && !lex.cap(fs - 1) {
        fs -= 1;
    }
    if fs < 3 || !lex.punct(fs - 1, ',') {
        return None;
    }
    let mut k = fs - 1;
    while k > 0 && fs - k < 10 {
        k -= 1;
        if !lex.word(k) || !lex.same_sent(k, fs) {
            return None;
        }
        if lex.doc.toks[k].sent_start() {
            if lex.low(k) != "the" {
                return None;
            }
            return (k + 1..fs - 1)
                .find(|&h| lex.cls(h) & (class::TITLE | class::UNNAMED) != 0)
                .map(|h| lex.low(h));
        }
    }
    None
}

/// A quote in the headline with no cue of its own: the body's quote that
/// repeats its words (`'Exhausting': …` … `"It's been exhausting," Roe
/// said`), or the person the headline names before it (`Roe 'angry' after
/// defeat`) when that person speaks in the story.
fn headline_speaker(
    cx: &Ctx<'_, '_, '_>,
    ents: &Entities,
    dec: &[Decision],
    q: usize,
) -> Option<usize> {
    let doc = cx.doc();
    let qt = cx.qtok[q] as usize;
    if doc.toks[qt].para != 0 {
        return None;
    }
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let mine = words(cx.content[q]);
    if !mine.is_empty() && mine.len() <= 24 {
        // Later quotes, as many as a headline can reasonably be compared to.
        for p in (q + 1..cx.content.len()).take(HEADLINE_LOOKAHEAD) {
            let Some(e) = dec[p].entity else { continue };
            if dec[p].sieve == Some(Sieve::Continuation) && dec[p].weak {
                continue;
            }
            let theirs = words(cx.content[p]);
            if theirs.windows(mine.len()).any(|w| w == mine.as_slice()) {
                return Some(e);
            }
        }
    }
    // The name right before the quote, or the headline's subject before it.
    let end = cx.ms.partition_point(|m| m.start < qt);
    cx.ms[..end]
        .iter()
        .enumerate()
        .rev()
        .take(3)
        .find_map(|(k, m)| {
            let id = ents.of_mention[k];
            let last = doc.text_of(m.end - 1);
            let possessive = last.ends_with("'s") || last.ends_with("’s");
            (doc.toks[m.start].para == 0
                && !possessive
                && !m.object
                && id != usize::MAX
                && ents.list[id].spoke
                && ents.list[id].kind == SpeakerKind::Person)
                .then_some(id)
        })
}

/// How many later quotes a headline quote is compared with.
const HEADLINE_LOOKAHEAD: usize = 64;

/// A quote-only paragraph answered by the next one: `"…"` then `That was
/// the verdict of the mayor, Jane Roe, …` (`This was the message from …`).
fn verdict_of(cx: &Ctx<'_, '_, '_>, ents: &Entities, q: usize) -> Option<usize> {
    let doc = cx.doc();
    let lex = cx.lex;
    let qt = cx.qtok[q] as usize;
    if !doc.toks[qt].line_start() {
        return None;
    }
    // The next paragraph's first token.
    let para = doc.toks[qt].para;
    let mut n = qt + 1;
    while n < doc.toks.len() && doc.toks[n].para == para && n < qt + 4 {
        n += 1;
    }
    if n >= doc.toks.len() || doc.toks[n].para != para + 1 || !lex.word(n) {
        return None;
    }
    if !matches!(lex.low(n), "that" | "this" | "so" | "such") {
        return None;
    }
    let by = (n + 1..(n + 8).min(doc.toks.len()))
        .take_while(|&k| lex.same_sent(n, k))
        .find(|&k| lex.word(k) && matches!(lex.low(k), "of" | "from" | "by" | "said" | "says"))?;
    let first = cx.ms.partition_point(|m| m.start <= by);
    cx.ms[first..]
        .iter()
        .enumerate()
        .take(3)
        .find_map(|(k, m)| {
            let id = ents.of_mention[first + k];
            let possessive = {
                let last = doc.text_of(m.end - 1);
                last.ends_with("'s") || last.ends_with("’s")
            };
            (m.start < by + 8
                && lex.same_sent(by, m.start)
                && !possessive
                && id != usize::MAX
                && ents.list[id].kind == SpeakerKind::Person)
                .then_some(id)
        })
}

/// `Jane Roe was arrested`: the subject undergoes, it does not speak.
fn passive_after(cx: &Ctx<'_, '_, '_>, end: usize) -> bool {
    let lex = cx.lex;
    lex.word(end)
        && matches!(
            lex.low(end),
            "was" | "were" | "is" | "are" | "has" | "had" | "been"
        )
        && (end + 1..end + 3)
            .any(|k| lex.word(k) && lex.low(k).ends_with("ed") && !lex.speech_at(k))
}

/// A partial quote in a sentence whose subject is `he` or `she` and that
/// has no verb of saying (`he had been "accosted" by fans`): the pronoun's
/// referent.
fn pronoun_subject(
    cx: &Ctx<'_, '_, '_>,
    ents: &mut Entities,
    lex: &Lex<'_, '_>,
    ms: &[crate::mention::NameMention],
    q: usize,
) -> Option<usize> {
    let (lo, t) = cx.left(q);
    let p = (lo..t).find(|&k| {
        lex.word(k)
            && matches!(lex.low(k), "he" | "she")
            && (k == lo || !lex.word(k - 1) || k < lo + 6)
    })?;
    let g = crate::lexicon::pronouns::subject_pronoun(lex.low(p))?;
    ents.resolve(lex, ms, crate::mention::Np::Pronoun(g), p)
        .map(|(e, _)| e)
}

fn ends_sentence(content: &str) -> bool {
    content
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')'])
        .ends_with(['.', '!', '?', '…'])
}

pub(crate) fn run<'t>(text: &'t str, quotes: Vec<Quote<'t>>, config: &Config) -> Analysis<'t> {
    let top: Vec<usize> = (0..quotes.len())
        .filter(|&i| quotes[i].parent().is_none())
        .collect();
    let spans: Vec<(Span, bool)> = top
        .iter()
        .map(|&i| (quotes[i].span(), ends_sentence(quotes[i].content())))
        .collect();
    let content: Vec<&'t str> = top.iter().map(|&i| quotes[i].content()).collect();
    let doc = segment(text, &spans);
    let lex = Lex::new(&doc, config);
    let ms = find_names(&lex);
    let idx = MentionIndex::new(&ms);
    let mut ents = Entities::build(&lex, &ms);
    let cx = Ctx {
        lex: &lex,
        idx: &idx,
        ms: &ms,
        qtok: &doc.quote_tok,
        content: &content,
    };
    let n = top.len();
    let mut dec = vec![Decision::default(); n];

    // Pass 1, in token order: each quote's cue sieves, and each speech verb
    // outside quoted sentences (`…, Ms Roe said.`), whose subject becomes
    // the current speaker. Subjects are resolved as we go so that later
    // pronouns see earlier speakers.
    let verbs = link::indirect_speech_verbs(&cx);
    let mut vi = 0;
    for q in 0..n {
        let qt = doc.quote_tok[q] as usize;
        while vi < verbs.len() && verbs[vi] < qt {
            if let Some((np, at)) = link::indirect_subject(&cx, verbs[vi]) {
                if let Some((entity, _)) = ents.resolve(&lex, &ms, np, at) {
                    ents.touch(at, entity);
                }
            }
            vi += 1;
        }
        if let Some(k) = link::classify_kind(&cx, q) {
            dec[q].kind = Some(k);
            continue;
        }
        let Some(Link { np, at, sieve, cue }) = link::cue_sieves(&cx, q) else {
            continue;
        };
        let Some((entity, how)) = ents.resolve(&lex, &ms, np, at) else {
            // A cue whose subject resolves to nobody (`she said` with only
            // men named): the quote stays unattributed, not guessed.
            dec[q].cue_unresolved = true;
            continue;
        };
        let qstart = spans[q].0.start;
        let sieve = match how {
            Resolved::Pronoun => Sieve::Pronoun,
            Resolved::Descriptor if ents.list[entity].first_pos > qstart => Sieve::Later,
            Resolved::Descriptor => Sieve::Descriptor,
            Resolved::Named => sieve,
        };
        ents.touch(at, entity);
        dec[q] = Decision {
            kind: None,
            entity: Some(entity),
            sieve: Some(sieve),
            cue,
            weak: false,
            cue_unresolved: false,
        };
    }

    // Pass 2: continuations, in order, seeing pass 1's answers and each
    // other's.
    for q in 0..n {
        if dec[q].kind.is_some() || dec[q].entity.is_some() || dec[q].cue_unresolved {
            continue;
        }
        let src = {
            let linked = |p: usize, cue_only: bool| {
                dec[p].entity.is_some()
                    && (!cue_only || dec[p].sieve.is_some_and(|s| s != Sieve::Continuation))
            };
            let blocks = |m: usize, p: usize| {
                let e = ents.of_mention[m];
                e != usize::MAX
                    && Some(e) != dec[p].entity
                    && ents.list[e].kind == SpeakerKind::Person
                    && !ms[m].object
                    && (ms[m].personal || ents.list[e].personal || ents.list[e].spoke)
            };
            link::continuation_source(&cx, q, &linked, &blocks)
        };
        if let Some(e) = headline_speaker(&cx, &ents, &dec, q) {
            dec[q].entity = Some(e);
            dec[q].sieve = Some(Sieve::Later);
        } else if let Some(e) = verdict_of(&cx, &ents, q) {
            dec[q].entity = Some(e);
            dec[q].sieve = Some(Sieve::Later);
        } else if let Some(p) = src {
            dec[q].entity = dec[p].entity;
            dec[q].sieve = Some(Sieve::Continuation);
        } else if let Some(e) =
            pronoun_subject(&cx, &mut ents, &lex, &ms, q).or_else(|| current_speaker(&cx, &ents, q))
        {
            dec[q].entity = Some(e);
            dec[q].sieve = Some(Sieve::Continuation);
            dec[q].weak = true;
        }
    }

    // Named later: `An official said …` then `The official, harbour master
    // Tomas Berg, said …` — the unnamed source was that person.
    let mut renamed: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (k, m) in ms.iter().enumerate() {
        let named = ents.of_mention[k];
        if named == usize::MAX {
            continue;
        }
        let Some(head) = definite_apposition_head(&lex, m) else {
            continue;
        };
        if let Some(unnamed) = ents.unnamed_with_word(head, m.span.start) {
            renamed.entry(unnamed).or_insert(named);
        }
    }
    if !renamed.is_empty() {
        for d in dec.iter_mut() {
            if let Some(&named) = d.entity.and_then(|e| renamed.get(&e)) {
                d.entity = Some(named);
                d.sieve = Some(Sieve::Later);
            }
        }
    }

    // Kinds for the rest; unlinked short quotes after an article are
    // scare quotes.
    for (q, d) in dec.iter_mut().enumerate() {
        if d.kind.is_some() {
            continue;
        }
        let weakly_linked = matches!(
            d.sieve,
            None | Some(Sieve::ReportedSpeech | Sieve::Continuation)
        );
        let scare = if d.entity.is_none() {
            link::is_scare_quote(&cx, q)
        } else {
            weakly_linked && link::is_scare_word(&cx, q)
        };
        d.kind = Some(if scare {
            d.entity = None;
            d.sieve = None;
            QuoteKind::Term
        } else {
            link::direct_or_partial(&cx, q)
        });
    }

    // Speakers: entities linked to a quote, in order of first mention.
    let mut used: Vec<usize> = dec.iter().filter_map(|d| d.entity).collect();
    used.sort_unstable_by_key(|&e| (ents.list[e].first_pos, e));
    used.dedup();
    let speakers = ents.speakers(&lex, &used);
    let out_index = |e: usize| {
        used.binary_search_by_key(&(ents.list[e].first_pos, e), |&u| {
            (ents.list[u].first_pos, u)
        })
        .ok()
    };

    // Output, nested quotes included (no speaker of their own).
    let mut decision_of = vec![None; quotes.len()];
    for (q, &i) in top.iter().enumerate() {
        decision_of[i] = Some(q);
    }
    let orig_parent: Vec<Option<usize>> = quotes.iter().map(|q| q.parent()).collect();
    let mut out: Vec<Attribution<'t>> = Vec::with_capacity(quotes.len());
    let mut new_index = vec![usize::MAX; quotes.len()];
    for (i, mut quote) in quotes.into_iter().enumerate() {
        let d = decision_of[i].map(|q| dec[q]).unwrap_or(Decision {
            kind: Some(QuoteKind::Partial),
            ..Decision::default()
        });
        let kind = d.kind.unwrap_or(QuoteKind::Direct);
        if kind == QuoteKind::Term && !config.report_terms {
            continue;
        }
        // Parents dropped with a term: point to the nearest kept ancestor.
        let mut parent = quote.parent();
        while let Some(p) = parent {
            if new_index[p] != usize::MAX {
                break;
            }
            parent = orig_parent[p];
        }
        quote.set_parent(parent.map(|p| new_index[p]));
        new_index[i] = out.len();
        let speaker = d.entity.and_then(out_index);
        out.push(Attribution::new(
            quote,
            kind,
            speaker,
            speaker.and(d.sieve),
            speaker.and(d.cue).map(|c| (c, &text[c.range()])),
            speaker.and(d.sieve).map_or(0.0, |s| {
                link::confidence(s) * if d.weak { WEAK_FACTOR } else { 1.0 }
            }),
        ));
    }
    Analysis {
        text,
        quotes: out,
        speakers,
    }
}
