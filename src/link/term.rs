//! Terms: quoted words nobody says — scare quotes (`the so-called "reset"`),
//! titles of works (`the novel "Salt Roads"`), nicknames
//! (`Tom "The Hammer" Hale`), words cited as words.

use super::Ctx;
use crate::analysis::QuoteKind;

/// Words right before a quote that mark it as a term.
const TERM_CUES: &[&str] = &[
    "dubbed",
    "entitled",
    "nicknamed",
    "so-called",
    "titled",
    "trademarked",
    "branded as",
];

/// Nouns for works and labels: `the film "…"`, `the hashtag "…"`.
/// Scope: kinds of works and names; `report`/`statement` are left out
/// because they are quoted for their words.
const WORK_NOUNS: &[&str] = &[
    "album",
    "anthem",
    "app",
    "book",
    "campaign",
    "column",
    "documentary",
    "episode",
    "exhibition",
    "film",
    "game",
    "hashtag",
    "headline",
    "hit",
    "motto",
    "movie",
    "musical",
    "nickname",
    "novel",
    "opera",
    "operation",
    "painting",
    "phrase",
    "play",
    "podcast",
    "poem",
    "program",
    "programme",
    "series",
    "show",
    "single",
    "slogan",
    "song",
    "tagline",
    "term",
    "title",
    "tune",
    "word",
    "words",
];

/// `Some(Term)` when the quote is a term by its context, before linking.
pub(crate) fn classify_kind(cx: &Ctx<'_, '_, '_>, q: usize) -> Option<QuoteKind> {
    let lex = cx.lex;
    let t = cx.qtok[q] as usize;
    // Word count (up to 10), only where a rule needs it.
    let words = || cx.content[q].split_whitespace().take(10).count();
    // `the fourth album, 'Low Tide',`: a title in apposition to a work noun.
    if t > 1
        && lex.punct(t - 1, ',')
        && lex.word(t - 2)
        && lex.same_sent(t - 2, t)
        && WORK_NOUNS.binary_search(&lex.low(t - 2)).is_ok()
        && words() <= 8
    {
        return Some(QuoteKind::Term);
    }
    if t > 0 && lex.word(t - 1) && lex.same_sent(t - 1, t) {
        let w = lex.low(t - 1);
        if TERM_CUES.contains(&w) || w == "so-called" {
            return Some(QuoteKind::Term);
        }
        if words() <= 8 && WORK_NOUNS.binary_search(&w).is_ok() {
            return Some(QuoteKind::Term);
        }
        if w == "as" && t > 1 && lex.word(t - 2) && matches!(lex.low(t - 2), "known" | "referred") {
            return Some(QuoteKind::Term);
        }
        // A nickname inside a name: `Tom "The Hammer" Hale`.
        let possessive = w.ends_with("'s") || w.ends_with("s'");
        if lex.cap(t - 1)
            && !possessive
            && lex.cap(t + 1)
            && lex.same_sent(t, t + 1)
            && words() <= 4
        {
            return Some(QuoteKind::Term);
        }
    }
    None
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
        && matches!(lex.low(t - 1), "a" | "an" | "the" | "so-called")
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
    ) || prev.ends_with("'s");
    if first_lower && determined {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_nouns_sorted() {
        let mut s = WORK_NOUNS.to_vec();
        s.sort_unstable();
        assert_eq!(s, WORK_NOUNS);
    }
}
