//! Speakers the text names after the quote: a headline's quote whose words
//! the body repeats or whose subject the headline names
//! ([`Rule::HeadlineEcho`]); a quote-only paragraph answered by the next
//! (`That was the verdict of …`, [`Rule::Verdict`]); and an unnamed source
//! named later (`An official said …` then `The official, harbour master
//! Tomas Berg, …`), which renames the source in whichever quotes it was
//! linked to.
//!
//! [`Rule::HeadlineEcho`]: super::Rule::HeadlineEcho
//! [`Rule::Verdict`]: super::Rule::Verdict

use super::{Ctx, Decision};
use crate::analysis::SpeakerKind;
use crate::lexicon::class;
use crate::mention::{is_possessive_mention, Lex, NameMention};
use crate::resolve::Entities;
use std::collections::HashMap;

/// How many later quotes a headline quote is compared with.
const HEADLINE_LOOKAHEAD: usize = 64;

/// A quote in the headline with no cue of its own: the body's quote that
/// repeats its words (`'Exhausting': …` … `"It's been exhausting," Roe
/// said`), or the person the headline names before it (`Roe 'angry' after
/// defeat`) when that person speaks in the story.
pub(crate) fn headline_speaker(
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
            let Some(e) = dec[p].entity() else { continue };
            if dec[p].rule.is_some_and(super::Rule::weak) {
                continue;
            }
            let theirs = words(cx.content[p]);
            if theirs.windows(mine.len()).any(|w| w == mine.as_slice()) {
                return Some(e);
            }
        }
    }
    // The name right before the quote, or the headline's subject before it.
    let end = cx.names_before(q);
    cx.ms[..end]
        .iter()
        .enumerate()
        .rev()
        .take(3)
        .find_map(|(k, m)| {
            let id = ents.of_mention[k];
            (cx.in_headline(m.start)
                && !is_possessive_mention(doc, m)
                && !m.object
                && id != usize::MAX
                && ents.list[id].spoke
                && ents.list[id].kind == SpeakerKind::Person)
                .then_some(id)
        })
}

/// A quote-only paragraph answered by the next one: `"…"` then `That was
/// the verdict of the mayor, Jane Roe, …` (`This was the message from …`).
pub(crate) fn verdict_of(cx: &Ctx<'_, '_, '_>, ents: &Entities, q: usize) -> Option<usize> {
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
    let first = cx.idx.starting_before(by + 1);
    cx.ms[first..]
        .iter()
        .enumerate()
        .take(3)
        .find_map(|(k, m)| {
            let id = ents.of_mention[first + k];
            (m.start < by + 8
                && lex.same_sent(by, m.start)
                && !is_possessive_mention(doc, m)
                && id != usize::MAX
                && ents.list[id].kind == SpeakerKind::Person)
                .then_some(id)
        })
}

/// `The official, harbour master Tomas Berg, …`: the head noun of a
/// sentence-opening definite phrase set before a name by a comma.
fn definite_apposition_head<'d>(lex: &Lex<'d, '_>, m: &NameMention) -> Option<&'d str> {
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

/// Named later: for each name mention from byte `own` on set after a
/// sentence-opening definite phrase (`The official, harbour master Tomas
/// Berg, …`), the unnamed source with that phrase's head word introduced
/// before it (`an official`) was that person. Records the first such
/// naming of each unnamed source in `renamed` (applied once every window
/// is done).
pub(crate) fn named_later(
    cx: &Ctx<'_, '_, '_>,
    ents: &Entities,
    own: usize,
    renamed: &mut HashMap<usize, usize>,
) {
    for (k, m) in cx.ms.iter().enumerate() {
        let named = ents.of_mention[k];
        if named == usize::MAX || m.span.start < own {
            continue;
        }
        let Some(head) = definite_apposition_head(cx.lex, m) else {
            continue;
        };
        if let Some(unnamed) = ents.unnamed_with_word(head, m.span.start) {
            renamed.entry(unnamed).or_insert(named);
        }
    }
}
