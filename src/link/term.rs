//! Terms: quoted words nobody says — scare quotes (`the so-called "reset"`),
//! titles of works (`the novel "Salt Roads"`), nicknames
//! (`Tom "The Hammer" Hale`), words cited as words.

use super::Ctx;
use crate::analysis::QuoteKind;
use crate::lexicon::grammar::{
    is_article, is_owner, is_possessive, is_term_cue, is_title_small_word, is_work_maker,
    is_work_noun,
};

/// `Some(Term)` when the quote is a term by its context, before linking.
pub(crate) fn classify_kind(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<QuoteKind> {
    let lex = cx.lex;
    let t = cx.qtok[q] as usize;
    // Word count (up to 10), only where a rule needs it.
    let words = || cx.content[q].split_whitespace().take(10).count();
    // `READ MORE: "A disgrace," says …`: a link's title.
    if crate::mention::on_furniture_line(lex, t) {
        return Some(QuoteKind::Term);
    }
    // `<tweet author="…" id="…">`: the value of a markup attribute.
    if t > 0 && lex.punct(t - 1, '=') && cx.doc().toks[t - 1].span().end == cx.span(t).start {
        return Some(QuoteKind::Term);
    }
    // `the fourth album, 'Low Tide',`: a title in apposition to a work noun.
    // (`In Reed's words, "…"`, `in her words`: someone's words are speech;
    // `her album, "Low Tide"` still a title.)
    if t > 1
        && lex.punct(t - 1, ',')
        && lex.word(t - 2)
        && lex.same_sent(t - 2, t)
        && is_work_noun(lex.low(t - 2))
        && !(t > 2
            && matches!(lex.low(t - 2), "word" | "words")
            && lex.word(t - 3)
            && is_owner(lex.low(t - 3)))
        && words() <= 8
    {
        return Some(QuoteKind::Term);
    }
    if t > 0 && lex.word(t - 1) && lex.same_sent(t - 1, t) {
        let w = lex.low(t - 1);
        if is_term_cue(w) {
            return Some(QuoteKind::Term);
        }
        if is_work_noun(w) && words() <= 8 {
            return Some(QuoteKind::Term);
        }
        // `the author of "Harbour Lights,"`: a work's name after its maker.
        if w == "of" && t > 1 && lex.word(t - 2) && is_work_maker(lex.low(t - 2)) && words() <= 8 {
            return Some(QuoteKind::Term);
        }
        // `known as`, `known locally as`, `known to fans as`.
        if w == "as"
            && (2..6).any(|k| {
                t > k
                    && lex.word(t - k)
                    && lex.same_sent(t - k, t)
                    && matches!(lex.low(t - k), "known" | "referred")
            })
        {
            return Some(QuoteKind::Term);
        }
        // `what forecasters call "…"`, `what the industry has started
        // calling "…"`: a name for a thing, in the writer's words.
        // (`what he called "a grown-up decision"` is his: a person who
        // calls it so speaks.)
        if matches!(w, "call" | "calls" | "called" | "calling") {
            let what = (2..8).find(|&k| {
                t > k && lex.word(t - k) && lex.same_sent(t - k, t) && lex.low(t - k) == "what"
            });
            if let Some(k) = what {
                let who = t - k + 1;
                let person = lex.word(who)
                    && (matches!(lex.low(who), "he" | "she" | "i" | "we")
                        || cx.idx.starting_at(who).is_some());
                if !person {
                    return Some(QuoteKind::Term);
                }
            }
        }
        // `a summer series called "…"`, `a group named "…"`.
        if matches!(w, "called" | "named")
            && t > 2
            && lex.word(t - 2)
            && !lex.cap(t - 2)
            && lex.word(t - 3)
            && is_article(lex.low(t - 3))
        {
            return Some(QuoteKind::Term);
        }
        // A nickname inside a name: `Tom "The Hammer" Hale`.
        let possessive = is_possessive(w);
        if lex.cap(t - 1)
            && !possessive
            && lex.cap(t + 1)
            && lex.same_sent(t, t + 1)
            && words() <= 4
        {
            return Some(QuoteKind::Term);
        }
    }
    if title_case_name(cx, q) || sub_heading(cx, q) {
        return Some(QuoteKind::Term);
    }
    None
}

/// The most words in a quoted sub-heading.
const MAX_HEADING_WORDS: usize = 8;

/// A quote that is a paragraph of its own, short, capitalised, and with no
/// stop, comma or other mark at its end (`"A place of hope"` between two
/// paragraphs of copy): a sub-heading that quotes, not speech. Speech set
/// as its own paragraph ends in a mark (`"Not yet."`, `"Why?"`), and a
/// turn among turns may not.
fn sub_heading(cx: &Ctx<'_, '_, '_>, q: usize) -> bool {
    let doc = cx.doc();
    let t = cx.qtok[q] as usize;
    let para = cx.para_of(q);
    let own_para = cx.opens_para(q) && doc.toks.get(t + 1).map_or(true, |n| n.para != para);
    if !own_para || t == 0 || cx.in_headline(t) {
        return false;
    }
    // Not a turn among turns: no quote in the paragraph before or after.
    if q > 0 && cx.para_of(q - 1) + 1 >= para
        || q + 1 < cx.qtok.len() && cx.para_of(q + 1) <= para + 1
    {
        return false;
    }
    let content = cx.content[q].trim();
    let unmarked = content.chars().last().is_some_and(|c| c.is_alphanumeric());
    unmarked
        && content.chars().next().is_some_and(char::is_uppercase)
        && content.split_whitespace().count() <= MAX_HEADING_WORDS
}

/// A quote in the body set in title case, of two to eight words (`"Music
/// Under the Oaks"`, `"Kitchen Rescue"`, `"the Velvet Fox"`): the name of
/// a work, a brand, an operation or a person, not speech. Headlines are
/// left out (they capitalise every word), and so are quotes a colon or a
/// verb of saying introduces.
fn title_case_name(cx: &Ctx<'_, '_, '_>, q: usize) -> bool {
    let lex = cx.lex;
    let t = cx.qtok[q] as usize;
    if cx.in_headline(t) {
        return false;
    }
    let content = cx.content[q];
    // A programme or title after its network's possessive or `on` keeps
    // a sentence's stop inside its marks (`on KTV's "This Week."`).
    let after_title_word = || {
        t > 0
            && lex.word(t - 1)
            && lex.same_sent(t - 1, t)
            && (lex.cap(t - 1) && is_possessive(lex.low(t - 1)) || lex.low(t - 1) == "on")
    };
    // Most quotes are sentences: a lower-case first letter (other than in
    // `the`) or a final stop (`"We Won."` is speech set in capitals)
    // settles it before any word is split.
    let first = super::first_letter(content);
    if first.is_some_and(|c| c.is_lowercase() && c != 't')
        || content.trim_end().ends_with(['!', '?'])
        || content.trim_end().ends_with('.') && !after_title_word()
    {
        return false;
    }
    let capitalised = |w: &str| {
        w.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    // (Small words are lower case already: no need to fold them.)
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric())
    }
    // The first word capitalised (or `the`), every other word capitalised
    // or a small word; at least two capitalised words. Read word by word
    // and given up at the first word that fails (most quotes are
    // sentences: their second or third word does).
    let (mut count, mut caps) = (0, 0);
    for w in content.split_whitespace().take(9) {
        let cap = capitalised(w);
        let ok = cap
            || if count == 0 {
                bare(w) == "the"
            } else {
                is_title_small_word(bare(w))
            };
        if !ok {
            return false;
        }
        count += 1;
        caps += usize::from(cap);
    }
    if !(2..=8).contains(&count) || caps < 2 {
        return false;
    }
    // Introduced as speech: `said: "…"`, `said "…"`.
    if t > 0 && lex.same_sent(t - 1, t) {
        if lex.punct(t - 1, ':') {
            return false;
        }
        if lex.word(t - 1) && lex.speech_at(t - 1) {
            return false;
        }
    }
    // Or attributed by the cue beside it: `"Here, Charlotte," said Mr.
    // Sowerberry`.
    super::adjacent::right(cx, q).is_none()
}

/// A single lower-case word set off as a scare quote after an article
/// (`call it a "reset"`), even in a sentence with a verb of saying.
pub(crate) fn is_scare_word(cx: &Ctx<'_, '_, '_>, q: usize) -> bool {
    let lex = cx.lex;
    let t = cx.qtok[q] as usize;
    let content = cx.content[q].trim();
    t > 0
        && lex.word(t - 1)
        && lex.same_sent(t - 1, t)
        && (is_article(lex.low(t - 1)) || lex.low(t - 1) == "so-called")
        && !content.contains(char::is_whitespace)
        && content.chars().next().is_some_and(char::is_lowercase)
}

/// After linking: a short quote with no speaker, right after an article or
/// a possessive and with no speech verb around, is a scare quote.
pub(crate) fn is_scare_quote(cx: &Ctx<'_, '_, '_>, q: usize) -> bool {
    let lex = cx.lex;
    let t = cx.qtok[q] as usize;
    let words = cx.content[q].split_whitespace().take(4).count();
    if words > 3 || t == 0 || !lex.word(t - 1) || !lex.same_sent(t - 1, t) {
        return false;
    }
    let content = cx.content[q];
    let first_lower = content.chars().next().is_some_and(char::is_lowercase);
    let prev = lex.low(t - 1);
    let determined = matches!(
        prev,
        "a" | "an"
            | "the"
            | "this"
            | "that"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "so-called"
    ) || is_possessive(prev);
    if first_lower && determined {
        return true;
    }
    // `plans to 'modernise' the network`: one verb set off after `to`.
    if first_lower && words == 1 && prev == "to" {
        return true;
    }
    // `the trawler "Northern Star" ran aground`: a name in title case after
    // a common noun, mid-sentence.
    let title_case = content.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
    });
    title_case
        && !content.trim_end().ends_with(['.', '!', '?', ','])
        && !lex.cap(t - 1)
        && lex.word(t + 1)
        && lex.same_sent(t, t + 1)
        && !lex.cap(t + 1)
}
