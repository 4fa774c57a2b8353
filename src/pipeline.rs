//! The stages run in order over one document.

use crate::analysis::{Analysis, Attribution, QuoteKind, Sieve, SpeakerKind};
use crate::config::Config;
use crate::lexicon::class;
use crate::link::{self, Ctx, Link};
use crate::mention::{find_names, Lex, MentionIndex, NameMention};
use crate::resolve::{Entities, Resolved};
use crate::scan::{blank_line_paragraphs, paragraph_break, Quote};
use crate::segment::{segment_range, Doc};
use crate::span::Span;
use std::collections::HashMap;

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

/// A [`Decision`] kept for the whole document, in 16 bytes (a document
/// may hold a quote per 100 bytes), with what the quote's kind depends on
/// once every decision is known.
#[derive(Clone, Copy, Debug)]
struct Packed {
    /// `u32::MAX` for none (entities are fewer than the input's bytes).
    entity: u32,
    cue_start: u32,
    cue_end: u32,
    kind: Option<QuoteKind>,
    sieve: Option<Sieve>,
    flags: u8,
    /// Direct or partial, for a quote that turns out not to be a term.
    plain: QuoteKind,
}

const P_WEAK: u8 = 1;
const P_CUE_UNRESOLVED: u8 = 2;
const P_CUE: u8 = 4;
/// Unlinked and a scare quote (`is_scare_quote`), or weakly linked and a
/// scare word (`is_scare_word`).
const P_SCARE: u8 = 8;

impl Packed {
    fn new(d: &Decision, scare: bool, plain: QuoteKind) -> Packed {
        let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let flag = |on: bool, f: u8| if on { f } else { 0 };
        Packed {
            entity: d.entity.map_or(u32::MAX, offset),
            cue_start: d.cue.map_or(0, |c| offset(c.start)),
            cue_end: d.cue.map_or(0, |c| offset(c.end)),
            kind: d.kind,
            sieve: d.sieve,
            flags: flag(d.weak, P_WEAK)
                | flag(d.cue_unresolved, P_CUE_UNRESOLVED)
                | flag(d.cue.is_some(), P_CUE)
                | flag(scare, P_SCARE),
            plain,
        }
    }

    fn decision(&self) -> Decision {
        Decision {
            kind: self.kind,
            entity: (self.entity != u32::MAX).then_some(self.entity as usize),
            sieve: self.sieve,
            cue: (self.flags & P_CUE != 0)
                .then(|| Span::new(self.cue_start as usize, self.cue_end as usize)),
            weak: self.flags & P_WEAK != 0,
            cue_unresolved: self.flags & P_CUE_UNRESOLVED != 0,
        }
    }
}

/// How a long document is cut into windows (see [`windows`]).
#[derive(Clone, Copy, Debug)]
struct Sizes {
    /// A window's own text is at least this long; a document up to 1.5
    /// times this is one window.
    window: usize,
    /// How far before its start a window reads the text again, for the
    /// context its first quotes need (earlier speakers, the paragraph
    /// before).
    lead: usize,
}

/// Windows of 4 MiB that reread 64 KiB.
const SIZES: Sizes = Sizes {
    window: 4 << 20,
    lead: 64 << 10,
};

/// The first paragraph number of a window after the first: the headline
/// rules look at paragraphs 0 and 1 only.
const LATER_FIRST_PARA: u32 = 2;

/// A stretch of the document attributed in one go: the text from `start`
/// to `end`. Its quotes from `own` on are its own; the text from `start`
/// to `own` (the lead-in) is the end of the previous window, read again for
/// context only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Window {
    start: usize,
    own: usize,
    end: usize,
}

/// Cut `text` into windows: one for the whole text unless it is over
/// 1.5 × `sizes.window`; otherwise each window's own text is at least
/// `sizes.window` bytes and ends at the first paragraph break after that
/// which no top-level quote spans, and is followed by at least half a
/// window. Each window after the first reads again the paragraphs that
/// start within `sizes.lead` bytes before it (within the previous window's
/// own text). A text with no such paragraph break stays whole.
fn windows(
    text: &str,
    quotes: &[Quote<'_>],
    top: &[u32],
    blank_lines: bool,
    sizes: Sizes,
) -> Vec<Window> {
    let size = sizes.window;
    let b = text.as_bytes();
    // The end of the top-level quote that spans offset `at`, if one does.
    let inside = |at: usize| {
        let k = top.partition_point(|&i| quotes[i as usize].span().start < at);
        let span = quotes[*top.get(k.checked_sub(1)?)? as usize].span();
        (span.end > at).then_some(span.end)
    };
    // The first paragraph start after offset `from` that no quote spans.
    let cut_after = |from: usize| -> Option<usize> {
        let mut i = from;
        loop {
            let nl = i + b.get(i..)?.iter().position(|&c| c == b'\n')?;
            match paragraph_break(b, nl, blank_lines) {
                Some(j) if j < b.len() => match inside(j) {
                    Some(end) => i = end.max(nl + 1),
                    None => return Some(j),
                },
                _ => i = nl + 1,
            }
        }
    };
    let mut out = Vec::new();
    let (mut start, mut own) = (0, 0);
    loop {
        let cut = (text.len() - own > size + size / 2)
            .then(|| cut_after(own + size))
            .flatten()
            .filter(|&c| text.len() - c >= size / 2);
        let Some(cut) = cut else {
            out.push(Window {
                start,
                own,
                end: text.len(),
            });
            return out;
        };
        out.push(Window {
            start,
            own,
            end: cut,
        });
        start = cut_after(cut.saturating_sub(sizes.lead).max(own))
            .filter(|&l| l <= cut)
            .unwrap_or(cut);
        own = cut;
    }
}

/// Linked only by a sieve that a scare word overrules.
fn weakly_linked(sieve: Option<Sieve>) -> bool {
    matches!(
        sieve,
        None | Some(Sieve::ReportedSpeech | Sieve::Continuation)
    )
}

/// What a window hands the next: the salience events (who spoke where) in
/// the text the next window reads again, as (start of the event's token,
/// entity), in order. Token indices are each window's own.
type Carry = Vec<(usize, usize)>;

/// How names were clustered before linking (see [`Entities::add_mentions`]):
/// mentions before the offset take the entity recorded for their start.
type Known<'a> = (usize, &'a [(u32, u32)]);

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
                && !link::passive_after(cx, m.end)
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
    if !cx.in_headline(qt) {
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
            (cx.in_headline(m.start)
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
    run_in_windows(text, quotes, config, SIZES)
}

/// [`run`], with windows of the given sizes.
fn run_in_windows<'t>(
    text: &'t str,
    mut quotes: Vec<Quote<'t>>,
    config: &Config,
    sizes: Sizes,
) -> Analysis<'t> {
    // Top-level quotes, by index into `quotes`; input offsets and counts
    // fit in 32 bits (`Config` sees to it).
    let top: Vec<u32> = (0..quotes.len())
        .filter(|&i| quotes[i].parent().is_none())
        .map(|i| i as u32)
        .collect();
    let blank_lines = blank_line_paragraphs(text);
    let windows = windows(text, &quotes, &top, blank_lines, sizes);

    let env = WindowEnv {
        text,
        quotes: &quotes,
        top: &top,
        blank_lines,
    };
    // Entities and the named-later renames live for the whole document;
    // everything else lives for one window.
    let mut ents = Entities::new();
    // With several windows, every name is clustered first, window by
    // window, so that linking in any window knows every name the document
    // gives (as it does when the document is read whole): (mention start,
    // entity) for each. The first and the last window are read once for
    // both passes (so with two windows nothing is read twice); the others
    // are read again.
    let n = windows.len();
    let edges: Vec<(Doc<'t>, Vec<&'t str>)> = if n > 1 {
        vec![
            window_doc(&env, &windows[0]),
            window_doc(&env, &windows[n - 1]),
        ]
    } else {
        Vec::new()
    };
    let edge_lex: Vec<Lex<'_, 't>> = edges.iter().map(|(d, _)| Lex::new(d, config)).collect();
    let edge_ms: Vec<Vec<NameMention>> = edge_lex.iter().map(find_names).collect();
    let edge = |k: usize| match k {
        0 if n > 1 => Some(0),
        k if n > 1 && k == n - 1 => Some(1),
        _ => None,
    };
    let mut known: Vec<(u32, u32)> = Vec::new();
    for (k, w) in windows.iter().enumerate().filter(|_| n > 1) {
        let (doc_here, lex_here, ms_here);
        let (lex, ms) = match edge(k) {
            Some(e) => (&edge_lex[e], &edge_ms[e][..]),
            None => {
                doc_here = window_doc(&env, w).0;
                lex_here = Lex::new(&doc_here, config);
                ms_here = find_names(&lex_here);
                (&lex_here, &ms_here[..])
            }
        };
        // The lead-in's names are the previous window's.
        ents.add_mentions(lex, ms, (w.own, &[]));
        let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        known.extend(
            ms.iter()
                .zip(&ents.of_mention)
                .filter(|(m, _)| m.span.start >= w.own)
                .map(|(m, &e)| (offset(m.span.start), offset(e))),
        );
    }
    let mut packed: Vec<Packed> = Vec::with_capacity(top.len());
    let mut renamed: HashMap<usize, usize> = HashMap::new();
    let mut carry = Carry::new();
    for (k, w) in windows.iter().enumerate() {
        let next_start = windows.get(k + 1).map(|n| n.start);
        let known = if n > 1 {
            (usize::MAX, &known[..])
        } else {
            (0, &known[..])
        };
        let (read_here, lex_here, ms_here);
        let read = match edge(k) {
            Some(e) => Read {
                doc: &edges[e].0,
                content: &edges[e].1,
                lex: &edge_lex[e],
                ms: &edge_ms[e],
            },
            None => {
                read_here = window_doc(&env, w);
                lex_here = Lex::new(&read_here.0, config);
                ms_here = find_names(&lex_here);
                Read {
                    doc: &read_here.0,
                    content: &read_here.1,
                    lex: &lex_here,
                    ms: &ms_here,
                }
            }
        };
        carry = attribute_window(
            &env,
            w,
            read,
            next_start,
            (known, &carry),
            &mut ents,
            &mut packed,
            &mut renamed,
        );
    }
    // Every window's data goes before the output is made.
    drop((carry, known, edge_ms));
    drop(edge_lex);
    drop(edges);

    // Named later: `An official said …` then `The official, harbour master
    // Tomas Berg, said …` — the unnamed source was that person. Then the
    // kinds for the rest; unlinked short quotes after an article are scare
    // quotes.
    let dec: Vec<Packed> = packed
        .into_iter()
        .map(|p| {
            let mut d = p.decision();
            if let Some(&named) = d.entity.and_then(|e| renamed.get(&e)) {
                d.entity = Some(named);
                d.sieve = Some(Sieve::Later);
            }
            if d.kind.is_none() {
                let scare =
                    p.flags & P_SCARE != 0 && (d.entity.is_none() || weakly_linked(d.sieve));
                d.kind = Some(if scare {
                    d.entity = None;
                    d.sieve = None;
                    QuoteKind::Term
                } else {
                    p.plain
                });
            }
            Packed::new(&d, false, p.plain)
        })
        .collect();

    // Speakers: entities linked to a quote, in order of first mention.
    let mut used: Vec<usize> = dec.iter().filter_map(|d| d.decision().entity).collect();
    used.sort_unstable_by_key(|&e| (ents.list[e].first_pos, e));
    used.dedup();
    let speakers = ents.speakers(text, &used);
    let out_index = |e: usize| {
        used.binary_search_by_key(&(ents.list[e].first_pos, e), |&u| {
            (ents.list[u].first_pos, u)
        })
        .ok()
    };

    // Output, nested quotes included (no speaker of their own). Terms may
    // be left out: first each kept quote's new index, and each quote's
    // parent moved to its nearest kept ancestor, then the output.
    let decision = |i: usize, next_top: &mut usize| {
        if top.get(*next_top) == Some(&(i as u32)) {
            *next_top += 1;
            dec[*next_top - 1].decision()
        } else {
            Decision {
                kind: Some(QuoteKind::Partial),
                ..Decision::default()
            }
        }
    };
    let keep = |d: &Decision| config.report_terms || d.kind != Some(QuoteKind::Term);
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
        let kind = d.kind.unwrap_or(QuoteKind::Direct);
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

/// What every window reads.
struct WindowEnv<'a, 't> {
    text: &'t str,
    quotes: &'a [Quote<'t>],
    top: &'a [u32],
    blank_lines: bool,
}

/// The window's text segmented, and its top-level quotes' spans and
/// contents.
fn window_doc<'t>(env: &WindowEnv<'_, 't>, w: &Window) -> (Doc<'t>, Vec<&'t str>) {
    let (quotes, top) = (env.quotes, env.top);
    let first_at = |at: usize| top.partition_point(|&i| quotes[i as usize].span().start < at);
    let mine = &top[first_at(w.start)..first_at(w.end)];
    let spans: Vec<(Span, bool)> = mine
        .iter()
        .map(|&i| {
            let q = &quotes[i as usize];
            (q.span(), ends_sentence(q.content()))
        })
        .collect();
    let content = mine.iter().map(|&i| quotes[i as usize].content()).collect();
    let first_para = if w.start == 0 { 0 } else { LATER_FIRST_PARA };
    let doc = segment_range(
        env.text,
        w.start..w.end,
        &spans,
        env.blank_lines,
        first_para,
    );
    (doc, content)
}

/// Segment, find names and link the quotes of one window, appending its
/// own quotes' decisions to `packed`. `known` is how its names were
/// clustered (see [`Entities::add_mentions`]), `carry` what the previous
/// window left for the lead-in. `next_start` is where the next window
/// starts reading, if there is one: the returned [`Carry`] covers the text
/// from there.
/// A window's text read: segmented (with its quotes' contents), its words'
/// facts and its names.
struct Read<'a, 't> {
    doc: &'a Doc<'t>,
    content: &'a [&'t str],
    lex: &'a Lex<'a, 't>,
    ms: &'a [NameMention],
}

#[allow(clippy::too_many_arguments)]
fn attribute_window(
    env: &WindowEnv<'_, '_>,
    w: &Window,
    read: Read<'_, '_>,
    next_start: Option<usize>,
    (known, carry): (Known<'_>, &Carry),
    ents: &mut Entities,
    packed: &mut Vec<Packed>,
    renamed: &mut HashMap<usize, usize>,
) -> Carry {
    let (quotes, top) = (env.quotes, env.top);
    let first_at = |at: usize| top.partition_point(|&i| quotes[i as usize].span().start < at);
    let (q_start, q_own) = (first_at(w.start), first_at(w.own));
    debug_assert_eq!(q_own, packed.len());
    let Read {
        doc,
        content,
        lex,
        ms,
    } = read;
    let idx = MentionIndex::new(ms);
    ents.add_mentions(lex, ms, known);
    let tok_at = |at: usize| doc.toks.partition_point(|t| t.span().start < at);
    // The lead-in's salience, as the previous window left it.
    for &(at, e) in carry {
        let k = tok_at(at);
        if doc.toks.get(k).is_some_and(|t| t.span().start == at) {
            ents.touch(k, e);
        }
    }
    let cx = Ctx {
        lex,
        idx: &idx,
        ms,
        qtok: &doc.quote_tok,
        content,
    };
    let n = content.len();
    let lead = q_own - q_start;
    // The lead-in's quotes as the previous window decided them (before
    // renames and kinds, as the quotes after them expect).
    let mut dec: Vec<Decision> = packed[q_start..q_own]
        .iter()
        .map(Packed::decision)
        .chain(std::iter::repeat(Decision::default()).take(n - lead))
        .collect();

    // Pass 1, in token order: each quote's cue sieves, and each speech verb
    // outside quoted sentences (`…, Ms Roe said.`), whose subject becomes
    // the current speaker. Subjects are resolved as we go so that later
    // pronouns see earlier speakers.
    let verbs = link::indirect_speech_verbs(&cx);
    let mut vi = verbs.partition_point(|&v| v < tok_at(w.own));
    let indirect_until = |ents: &mut Entities, tok: usize, vi: &mut usize| {
        while *vi < verbs.len() && verbs[*vi] < tok {
            if let Some((np, at)) = link::indirect_subject(&cx, verbs[*vi]) {
                if let Some((entity, _)) = ents.resolve(lex, ms, np, at) {
                    ents.touch(at, entity);
                }
            }
            *vi += 1;
        }
    };
    for (q, &qt) in doc.quote_tok.iter().enumerate().skip(lead) {
        let qt = qt as usize;
        indirect_until(ents, qt, &mut vi);
        if let Some(k) = link::classify_kind(&cx, q) {
            dec[q].kind = Some(k);
            continue;
        }
        let Some(Link { np, at, sieve, cue }) = link::cue_sieves(&cx, q) else {
            continue;
        };
        let Some((entity, how)) = ents.resolve(lex, ms, np, at) else {
            // A cue whose subject resolves to nobody (`she said` with only
            // men named): the quote stays unattributed, not guessed.
            dec[q].cue_unresolved = true;
            continue;
        };
        let qstart = doc.toks[qt].span().start;
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
    // The speech verbs after the last quote are the next window's first
    // quotes' context (the last window has no use for them).
    if next_start.is_some() {
        indirect_until(ents, doc.toks.len(), &mut vi);
    }

    // Pass 2: continuations, in order, seeing pass 1's answers and each
    // other's.
    for q in lead..n {
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
            let same = |a: usize, b: usize| dec[a].entity == dec[b].entity;
            let known = link::Decided {
                linked: &linked,
                blocks: &blocks,
                same: &same,
            };
            link::continuation_source(&cx, q, &known)
        };
        // An action beat in the quote's own paragraph outranks a
        // continuation from another paragraph.
        let para_of = |k: usize| cx.doc().toks[cx.qtok[k] as usize].para;
        let beat = src
            .filter(|&p| para_of(p) == para_of(q))
            .is_none()
            .then(|| link::beat(&cx, q))
            .flatten()
            .and_then(|(np, at)| ents.resolve(lex, ms, np, at));
        if let Some(e) = headline_speaker(&cx, ents, &dec, q) {
            dec[q].entity = Some(e);
            dec[q].sieve = Some(Sieve::Later);
        } else if let Some((e, _)) = beat {
            dec[q].entity = Some(e);
            dec[q].sieve = Some(Sieve::Continuation);
        } else if let Some(e) = verdict_of(&cx, ents, q) {
            dec[q].entity = Some(e);
            dec[q].sieve = Some(Sieve::Later);
        } else if let Some(p) = src {
            dec[q].entity = dec[p].entity;
            dec[q].sieve = Some(Sieve::Continuation);
        } else if let Some(e) =
            pronoun_subject(&cx, ents, lex, ms, q).or_else(|| current_speaker(&cx, ents, q))
        {
            dec[q].entity = Some(e);
            dec[q].sieve = Some(Sieve::Continuation);
            dec[q].weak = true;
        }
    }

    // Named later (applied once every window is done): `The official,
    // harbour master Tomas Berg, …` names the unnamed source `an official`.
    for (k, m) in ms.iter().enumerate() {
        let named = ents.of_mention[k];
        if named == usize::MAX || m.span.start < w.own {
            continue;
        }
        let Some(head) = definite_apposition_head(lex, m) else {
            continue;
        };
        if let Some(unnamed) = ents.unnamed_with_word(head, m.span.start) {
            renamed.entry(unnamed).or_insert(named);
        }
    }

    // What the quotes' kinds depend on here; the kinds are settled once
    // the renames are known (a rename makes a link strong, never weak).
    for (q, d) in dec.iter().enumerate().skip(lead) {
        let scare = d.kind.is_none()
            && if d.entity.is_none() {
                link::is_scare_quote(&cx, q)
            } else {
                weakly_linked(d.sieve) && link::is_scare_word(&cx, q)
            };
        let plain = if d.kind.is_some() || scare && d.entity.is_none() {
            QuoteKind::Direct
        } else {
            link::direct_or_partial(&cx, q)
        };
        packed.push(Packed::new(d, scare, plain));
    }

    // The salience events in the text the next window reads again.
    let Some(next) = next_start else {
        return Carry::new();
    };
    ents.events_from(tok_at(next))
        .iter()
        .map(|&(t, e)| (doc.toks[t].span().start, e))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::{scan_with, Families};

    const WHOLE: Sizes = Sizes {
        window: usize::MAX / 4,
        lead: 0,
    };

    fn attribute(text: &str, sizes: Sizes) -> Analysis<'_> {
        run_in_windows(
            text,
            scan_with(text, Families::default()),
            &Config::default(),
            sizes,
        )
    }

    fn cut(text: &str, sizes: Sizes) -> Vec<Window> {
        let quotes = scan_with(text, Families::default());
        let top: Vec<u32> = (0..quotes.len() as u32)
            .filter(|&i| quotes[i as usize].parent().is_none())
            .collect();
        windows(text, &quotes, &top, blank_line_paragraphs(text), sizes)
    }

    /// The bundled stories, again and again, with a multi-paragraph quote
    /// and quote-only paragraphs in every copy.
    fn long_text(copies: usize) -> String {
        let stories = [
            include_str!("../examples/data/news-sample.txt"),
            include_str!("../examples/data/quotes-sample.txt"),
        ];
        let mut text = String::new();
        for k in 0..copies {
            text.push_str(stories[k % 2]);
            text.push_str(
                "\n\n\"It went on and on,\" the harbour master said, \"and on.\n\n\
                 \"Then it stopped.\"\n\n\"Nobody came.\"\n\nShe said nothing more.\n\n",
            );
        }
        text
    }

    #[test]
    fn terms_left_out_hand_their_nested_quotes_to_the_nearest_kept_quote() {
        let text = "Her novel \"Salt 'Roads' Home\" sold well. \"We read it,\" said Ann \
                    Lee, \"and the so-called 'thing \"x\" here' too.\" The film \
                    \"A 'B' C\" ran.";
        let all = attribute(text, WHOLE);
        assert!(all.quotes().iter().any(|q| q.kind() == QuoteKind::Term));
        let config = Config::new().report_terms(false);
        let some = run_in_windows(text, scan_with(text, Families::default()), &config, WHOLE);
        let kept: Vec<usize> = (0..all.quotes().len())
            .filter(|&i| all.quotes()[i].kind() != QuoteKind::Term)
            .collect();
        assert_eq!(some.quotes().len(), kept.len());
        for (new, &old) in kept.iter().enumerate() {
            let mut p = all.quotes()[old].quote().parent();
            while let Some(x) = p.filter(|x| !kept.contains(x)) {
                p = all.quotes()[x].quote().parent();
            }
            let expected = p.and_then(|x| kept.iter().position(|&k| k == x));
            assert_eq!(some.quotes()[new].quote().parent(), expected, "{new}");
            assert_eq!(some.quotes()[new].text(), all.quotes()[old].text());
        }
    }

    #[test]
    fn windows_cover_the_text_and_cut_between_quotes() {
        let text = long_text(12);
        let sizes = Sizes {
            window: 2000,
            lead: 700,
        };
        let ws = cut(&text, sizes);
        assert!(ws.len() > 10, "{} windows", ws.len());
        assert_eq!((ws[0].start, ws[0].own), (0, 0));
        assert_eq!(ws.last().map(|w| w.end), Some(text.len()));
        let quotes = scan_with(&text, Families::default());
        for pair in ws.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            assert_eq!(a.end, b.own);
            assert!(b.own - a.own >= sizes.window);
            // The lead-in is the end of the previous window's own text.
            assert!(a.own <= b.start && b.start <= b.own && b.own - b.start <= sizes.lead);
            // Cuts are paragraph starts that no quote spans.
            for at in [b.start, b.own] {
                assert!(
                    text[..at].ends_with("\n\n"),
                    "{:?}",
                    &text[at - 20..at + 20]
                );
                assert!(!quotes
                    .iter()
                    .any(|q| q.span().start < at && at < q.span().end));
            }
        }
    }

    #[test]
    fn short_or_unbroken_texts_are_one_window() {
        let sizes = Sizes {
            window: 1000,
            lead: 100,
        };
        let short = long_text(1);
        assert_eq!(cut(&short[..1400], sizes).len(), 1);
        let unbroken = "\"Word,\" she said. ".repeat(400);
        assert_eq!(cut(&unbroken, sizes).len(), 1);
        // A quote that runs over every paragraph leaves nowhere to cut.
        let quoted = format!("\"{}", "Still talking.\n\n\"".repeat(300));
        assert_eq!(cut(&quoted, sizes).len(), 1);
    }

    /// How `a` differs from `b`, one line per quote or speaker. A window
    /// sees only its own text's evidence that a capitalised word opening a
    /// sentence is a name (the word capitalised mid-sentence), so a speaker
    /// may have fewer mentions in `a`: that is not counted.
    fn differences(a: &Analysis<'_>, b: &Analysis<'_>) -> Vec<String> {
        let line = |x: &Analysis<'_>, q: &Attribution<'_>| {
            let s = x.speaker(q).map(|s| s.name());
            format!(
                "{:?} {:?} {s:?} {:?} {:?}",
                q.span(),
                q.kind(),
                q.sieve(),
                q.cue()
            )
        };
        let mut out: Vec<String> = a
            .quotes()
            .iter()
            .zip(b.quotes())
            .filter(|(p, q)| line(a, p) != line(b, q) || p != q)
            .map(|(p, q)| format!("{} | whole: {}", line(a, p), line(b, q)))
            .collect();
        for (s, t) in a.speakers().iter().zip(b.speakers()) {
            let fewer = s.mentions().iter().all(|m| t.mentions().contains(m));
            if (s.name(), s.kind(), s.roles()) != (t.name(), t.kind(), t.roles()) || !fewer {
                out.push(format!("speaker {s:?} | whole: {t:?}"));
            }
        }
        if a.quotes().len() != b.quotes().len() || a.speakers().len() != b.speakers().len() {
            out.push("lengths differ".into());
        }
        out
    }

    #[test]
    fn windows_attribute_as_the_whole_text_does() {
        let text = long_text(16);
        // Paragraphs one line each, and no blank lines between them.
        let lines = text.replace("\n\n\n", "\n").replace("\n\n", "\n");
        for text in [&text, &lines] {
            let whole = attribute(text, WHOLE);
            for window in [1500, 2500, 4000] {
                let sizes = Sizes { window, lead: 1200 };
                assert!(cut(text, sizes).len() > 5);
                let windowed = attribute(text, sizes);
                assert_eq!(differences(&windowed, &whole), Vec::<String>::new());
            }
        }
        let whole = attribute(&text, WHOLE);
        // Without the lead-in, quotes right after a cut lose their context.
        let blind = attribute(
            &text,
            Sizes {
                window: 1500,
                lead: 0,
            },
        );
        assert!(!differences(&blind, &whole).is_empty());
    }
}
