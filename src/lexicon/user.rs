//! The user's lexicon entries ([`Config::speech_verbs`](crate::Config::speech_verbs),
//! [`Config::titles`](crate::Config::titles) and their removals), normalised
//! once when the [`Attributor`](crate::Attributor) is built and looked up
//! in constant time: each word of a document costs one hash probe per
//! non-empty set, whatever the number of entries.

use super::{class, WordBuild};
use std::collections::HashSet;

type Set = HashSet<String, WordBuild>;

/// The user's additions to and removals from the built-in tables.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct UserLexicon {
    /// Added speech verbs.
    verbs: Set,
    /// Built-in speech verbs that no longer count.
    no_verbs: Set,
    /// Added titles, words joined by one space.
    titles: Set,
    /// The first word of each added title.
    title_starts: Set,
    /// The most words in an added title.
    title_words: usize,
    /// Built-in titles that no longer count.
    no_titles: Set,
}

/// An entry as the tables hold one: lower case, its words joined by one
/// space (`"  Harbour   MASTER "` → `"harbour master"`).
pub(crate) fn normalise(entry: &str) -> String {
    entry
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

impl UserLexicon {
    /// The sets for these entries (each normalised).
    pub(crate) fn new<'a>(
        verbs: impl IntoIterator<Item = &'a String>,
        no_verbs: impl IntoIterator<Item = &'a String>,
        titles: impl IntoIterator<Item = &'a String>,
        no_titles: impl IntoIterator<Item = &'a String>,
    ) -> UserLexicon {
        let set = |it: &mut dyn Iterator<Item = &'a String>| -> Set {
            it.map(|e| normalise(e)).filter(|e| !e.is_empty()).collect()
        };
        let titles = set(&mut titles.into_iter());
        UserLexicon {
            verbs: set(&mut verbs.into_iter()),
            no_verbs: set(&mut no_verbs.into_iter()),
            title_starts: titles
                .iter()
                .filter_map(|t| t.split(' ').next())
                .map(str::to_string)
                .collect(),
            title_words: titles
                .iter()
                .map(|t| t.split(' ').count())
                .max()
                .unwrap_or(0),
            titles,
            no_titles: set(&mut no_titles.into_iter()),
        }
    }

    /// True when the user changed nothing.
    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.verbs.is_empty()
            && self.no_verbs.is_empty()
            && self.titles.is_empty()
            && self.no_titles.is_empty()
    }

    /// The classes of `w` (a lower-case word, possessive and final period
    /// left out) with the user's entries applied: an added speech verb is
    /// one, a removed one is not; a word that starts an added title gets
    /// [`class::USER_TITLE_START`] (and [`class::TITLE`] when it is one
    /// whole); a removed one-word title loses [`class::TITLE`].
    #[inline]
    pub(crate) fn classes(&self, w: &str, mut c: u32) -> u32 {
        if self.is_empty() {
            return c;
        }
        if c & class::SPEECH != 0 && self.no_verbs.contains(w) {
            c &= !class::SPEECH;
        }
        if self.verbs.contains(w) {
            c |= class::SPEECH;
        }
        if c & class::TITLE != 0 && self.no_titles.contains(w) {
            c &= !class::TITLE;
        }
        if self.title_starts.contains(w) {
            c |= class::USER_TITLE_START;
            if self.titles.contains(w) {
                c |= class::TITLE;
            }
        }
        c
    }

    /// Whether `w` is a speech verb, built in or added, and not removed.
    pub(crate) fn speech(&self, w: &str) -> bool {
        if self.verbs.contains(w) {
            return true;
        }
        super::verbs::is_speech_verb(w) && !self.no_verbs.contains(w)
    }

    /// The length in words of the longest title at the start of `words`
    /// (lower case): built in and not removed, or added.
    pub(crate) fn title_len(&self, words: &[&str], user_start: bool) -> Option<usize> {
        let built_in = super::titles::title_len(words).filter(|&k| {
            self.no_titles.is_empty() || !self.no_titles.contains(&words[..k].join(" "))
        });
        let added = if user_start {
            (1..=words.len().min(self.title_words))
                .rev()
                .find(|&k| self.titles.contains(&words[..k].join(" ")))
        } else {
            None
        };
        built_in.max(added)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> UserLexicon {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        UserLexicon::new(
            &s(&["Opined", " quipped "]),
            &s(&["said"]),
            &s(&["Harbour  Master", "wavewarden"]),
            &s(&["minister", "prime minister"]),
        )
    }

    #[test]
    fn entries_are_normalised_and_applied() {
        let u = lexicon();
        assert!(u.speech("opined") && u.speech("quipped") && u.speech("added"));
        assert!(!u.speech("said"));
        let c = |w: &str| u.classes(w, super::super::classes(w));
        assert_ne!(c("opined") & class::SPEECH, 0);
        assert_eq!(c("said") & class::SPEECH, 0);
        assert_eq!(c("minister") & class::TITLE, 0);
        assert_ne!(c("wavewarden") & class::TITLE, 0);
        assert_ne!(c("harbour") & class::USER_TITLE_START, 0);
        assert_eq!(c("harbour") & class::TITLE, 0);
        assert_eq!(u.title_len(&["harbour", "master", "x"], true), Some(2));
        assert_eq!(u.title_len(&["wavewarden"], true), Some(1));
        assert_eq!(u.title_len(&["prime", "minister"], false), None);
        assert_eq!(u.title_len(&["foreign", "minister"], false), Some(2));
    }

    #[test]
    fn an_empty_lexicon_changes_nothing() {
        let u = UserLexicon::default();
        for w in ["said", "minister", "harbour", "the"] {
            let c = super::super::classes(w);
            assert_eq!(u.classes(w, c), c);
        }
        assert_eq!(
            u.title_len(&["prime", "minister"], false),
            super::super::titles::title_len(&["prime", "minister"])
        );
    }
}
