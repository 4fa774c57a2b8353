//! Long documents in windows: a document over a few MiB is cut at
//! paragraph breaks no quote spans and linked window by window, after a
//! document-wide pass that clusters its names, so memory stays near the
//! input's size and the output equals reading it whole. Each window is
//! segmented, its names found, and its quotes linked by [`crate::link`];
//! the decisions are kept packed until the output is assembled.

use crate::analysis::{Analysis, Linked, QuoteKind};
use crate::config::Config;
use crate::link::{self, Ctx, Decision, Reach, Sink};
use crate::mention::{find_names, Lex, MentionIndex, NameMention};
use crate::resolve::Entities;
use crate::scan::{next_newline, paragraph_break, Layout, Quote};
use crate::segment::{ends_sentence, segment_range, Doc};
use crate::span::Span;
use std::collections::HashMap;

/// A [`Decision`] kept for the whole document, in 28 bytes (a document may hold a
/// quote per 16 bytes), with what the quote's kind depends on once every
/// decision is known in its marks ([`Decision::marks`]), and no `plain`.
type Packed = Decision;

/// Unlinked and a scare quote (`is_scare_quote`), or weakly linked and a
/// scare word (`is_scare_word`).
const P_SCARE: u8 = 16;
/// Partial (else direct), for a quote that turns out not to be a term.
const P_PARTIAL: u8 = 32;

/// `d` as kept, with what its kind depends on.
fn pack(d: &Decision, scare: bool, plain: QuoteKind) -> Packed {
    let flag = |on: bool, f: u8| if on { f } else { 0 };
    let mut p = *d;
    p.set_plain(None);
    p.set_marks(flag(scare, P_SCARE) | flag(plain == QuoteKind::Partial, P_PARTIAL));
    p
}

/// The decision kept in `p`.
fn unpack(p: &Packed) -> Decision {
    let mut d = *p;
    d.set_marks(0);
    d
}

/// The quote's kind should it not be a term.
fn plain_of(p: &Packed) -> QuoteKind {
    if p.marks() & P_PARTIAL != 0 {
        QuoteKind::Partial
    } else {
        QuoteKind::Direct
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
            let nl = next_newline(b, i)?;
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

/// What a window hands the next: the salience events (who spoke where) in
/// the text the next window reads again, as (start of the event's token,
/// entity), in order. Token indices are each window's own.
type Carry = Vec<(usize, usize)>;

/// How names were clustered before linking (see [`Entities::add_mentions`]):
/// mentions before the offset take the entity recorded for their start.
type Known<'a> = (usize, &'a [(u32, u32)]);

/// Attribute `text` (with its `quotes`, and its [`Layout::of`], which the
/// scanner read too), recording every candidate the decision weighs in
/// `sink` when one is given (the rules' own choice then stands: the
/// trainer's view).
pub(crate) fn run<'t>(
    text: &'t str,
    quotes: Vec<Quote<'t>>,
    layout: Layout,
    config: &Config,
    sink: Option<&mut Sink>,
) -> Analysis<'t> {
    run_in_windows(text, quotes, layout, config, SIZES, sink)
}

/// [`run`], with windows of the given sizes.
fn run_in_windows<'t>(
    text: &'t str,
    quotes: Vec<Quote<'t>>,
    layout: Layout,
    config: &Config,
    sizes: Sizes,
    mut sink: Option<&mut Sink>,
) -> Analysis<'t> {
    // Top-level quotes, by index into `quotes`; input offsets and counts
    // fit in 32 bits (`Config` sees to it).
    let top: Vec<u32> = (0..quotes.len())
        .filter(|&i| quotes[i].parent().is_none())
        .map(|i| i as u32)
        .collect();
    let windows = windows(text, &quotes, &top, layout.blank_lines, sizes);

    let env = WindowEnv {
        text,
        quotes: &quotes,
        top: &top,
        layout,
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
            sink.as_deref_mut(),
        );
    }
    if let Some(sink) = sink {
        // The records' entities as the output would name them.
        sink.names = (0..ents.list.len())
            .map(|e| {
                ents.list[renamed.get(&e).copied().unwrap_or(e)]
                    .name
                    .clone()
            })
            .collect();
        sink.spans = top.iter().map(|&i| quotes[i as usize].span()).collect();
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
            let d = link::settle(unpack(&p), p.marks() & P_SCARE != 0, plain_of(&p), &renamed);
            pack(&d, false, plain_of(&p))
        })
        .collect();

    // Below the threshold a quote keeps no speaker; its best candidate is
    // then its alternative, else the runner-up is.
    let min = config.min_confidence;
    let shown = |d: &Decision| -> (Option<usize>, Option<(usize, f32)>) {
        match d.entity() {
            Some(e) if d.prob >= min => (Some(e), d.alt()),
            Some(e) => (None, Some((e, d.prob))),
            None => (None, None),
        }
    };
    // Speakers: entities linked to a quote or offered as an alternative, in
    // order of first mention.
    let (speakers, used) = ents.output_speakers(
        text,
        dec.iter().flat_map(|p| {
            let (e, alt) = shown(p);
            e.into_iter().chain(alt.map(|a| a.0))
        }),
    );
    let index = ents.output_indices(&used);
    let output_index = |e: usize| index.get(e).copied().flatten();
    let linked = |k: usize| {
        let d = &dec[k];
        let (entity, alt) = shown(d);
        let speaker = entity.and_then(output_index);
        Linked {
            kind: d.kind.unwrap_or(QuoteKind::Direct),
            speaker,
            sieve: speaker.and(d.sieve),
            cue: speaker.and(d.cue()),
            confidence: speaker.map_or(0.0, |_| d.prob),
            alternative: alt.and_then(|(e, p)| Some((output_index(e)?, p))),
        }
    };
    Analysis::assemble(text, quotes, &top, linked, speakers, config.report_terms)
}

/// What every window reads.
struct WindowEnv<'a, 't> {
    text: &'t str,
    quotes: &'a [Quote<'t>],
    top: &'a [u32],
    layout: Layout,
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
    let doc = segment_range(env.text, w.start..w.end, &spans, env.layout, first_para);
    (doc, content)
}

/// A window's text read: segmented (with its quotes' contents), its words'
/// facts and its names.
struct Read<'a, 't> {
    doc: &'a Doc<'t>,
    content: &'a [&'t str],
    lex: &'a Lex<'a, 't>,
    ms: &'a [NameMention],
}

/// Link the quotes of one window (read), appending its own quotes'
/// decisions to `packed`. `known` is how its names were clustered (see
/// [`Entities::add_mentions`]), `carry` what the previous window left for
/// the lead-in. `next_start` is where the next window starts reading, if
/// there is one: the returned [`Carry`] covers the text from there.
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
    mut sink: Option<&mut Sink>,
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
    let sides = link::sides(doc);
    let names_before = link::names_before(doc, ms);
    let cx = Ctx {
        lex,
        idx: &idx,
        ms,
        qtok: &doc.quote_tok,
        content,
        sides: &sides,
        names_before: &names_before,
    };
    let n = content.len();
    let lead = q_own - q_start;
    // The lead-in's quotes as the previous window decided them (before
    // renames and kinds, as the quotes after them expect). With nothing
    // kept yet (the first window), the decisions are made where they are
    // kept, not copied there.
    let in_place = packed.is_empty();
    let mut dec: Vec<Decision> = if in_place {
        let mut dec = std::mem::take(packed);
        dec.resize(n, Decision::default());
        dec
    } else {
        packed[q_start..q_own]
            .iter()
            .map(unpack)
            .chain(std::iter::repeat(Decision::default()).take(n - lead))
            .collect()
    };
    let reach = Reach {
        lead,
        own_tok: tok_at(w.own),
        more: next_start.is_some(),
    };
    let recorded = sink.as_ref().map_or(0, |s| s.records.len());
    link::link_window(&cx, ents, &mut dec, reach, sink.as_deref_mut());
    if let Some(sink) = sink {
        // Records count the window's quotes; the document's count on.
        for r in &mut sink.records[recorded..] {
            r.q += q_start;
        }
    }
    link::named_later(&cx, ents, w.own, renamed);

    // What the quotes' kinds depend on here; the kinds are settled once
    // the renames are known (a rename makes a link strong, never weak).
    for (q, d) in dec.iter_mut().enumerate().skip(lead) {
        let (scare, plain) = link::kind_evidence(&cx, d, q);
        *d = pack(d, scare, plain);
    }
    if in_place {
        *packed = dec;
    } else {
        packed.extend_from_slice(&dec[lead..]);
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
    use crate::analysis::Attribution;
    use crate::scan::{scan_with, Families};

    const WHOLE: Sizes = Sizes {
        window: usize::MAX / 4,
        lead: 0,
    };

    fn attribute(text: &str, sizes: Sizes) -> Analysis<'_> {
        run_in_windows(
            text,
            scan_with(text, Families::default()),
            Layout::of(text),
            &Config::default(),
            sizes,
            None,
        )
    }

    fn cut(text: &str, sizes: Sizes) -> Vec<Window> {
        let quotes = scan_with(text, Families::default());
        let top: Vec<u32> = (0..quotes.len() as u32)
            .filter(|&i| quotes[i as usize].parent().is_none())
            .collect();
        windows(text, &quotes, &top, Layout::of(text).blank_lines, sizes)
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
        let some = run_in_windows(
            text,
            scan_with(text, Families::default()),
            Layout::of(text),
            &config,
            WHOLE,
            None,
        );
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
