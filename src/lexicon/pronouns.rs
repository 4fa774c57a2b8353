//! Third-person pronouns and the gender they carry, for linking `he said`
//! to the right earlier speaker.
//!
//! A closed class of a handful of words, so `match` rather than a table.
//! First and second person singular (`i`, `you`, `my`, `your`) are left out:
//! inside a quote they are the speaker, outside one the reporter or reader,
//! and neither points back at an earlier mention. `we`/`our` are kept as
//! plural because news copy uses them for a group that speaks
//! (`we are ready, the union said`).

/// The grammatical gender a pronoun, honorific or title commits to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    /// `he`, `his`, `Mr`, `spokesman`.
    Male,
    /// `she`, `her`, `Mrs`, `spokeswoman`.
    Female,
    /// `they`, `we`, `their`, `our`: a group, or a person whose gender the
    /// text does not give.
    Plural,
    /// `it`, `its`: an organisation, a document, a thing.
    Neuter,
}

/// The gender of a subject pronoun: `he` → `Male`, `she` → `Female`,
/// `they`/`we` → `Plural`, `it` → `Neuter`; `None` for anything else,
/// including `i`, `you` and object forms (`him`, `them`).
pub(crate) fn subject_pronoun(lower: &str) -> Option<Gender> {
    match lower {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        "they" | "we" => Some(Gender::Plural),
        "it" => Some(Gender::Neuter),
        _ => None,
    }
}

/// The gender of a third-person object pronoun: `him` → `Male`, `her` →
/// `Female`, `them` → `Plural`; `None` for anything else.
pub(crate) fn object_pronoun(lower: &str) -> Option<Gender> {
    match lower {
        "him" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        "them" => Some(Gender::Plural),
        _ => None,
    }
}

/// Is `lower` an object pronoun that names a person (`him`, `her`, `them`,
/// `us`, `me`, `you`)?
pub(crate) fn is_object_pronoun(lower: &str) -> bool {
    object_pronoun(lower).is_some() || matches!(lower, "us" | "me" | "you")
}

/// The gender of a possessive determiner: `his` → `Male`, `her` →
/// `Female`, `their`/`our` → `Plural`, `its` → `Neuter`; `None` otherwise.
/// `her` is also an object pronoun; either way it is female.
pub(crate) fn possessive_pronoun(lower: &str) -> Option<Gender> {
    match lower {
        "his" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        "their" | "our" => Some(Gender::Plural),
        "its" => Some(Gender::Neuter),
        _ => None,
    }
}

/// The gender of a noun that names a person by sex alone, singular, as the
/// head of `the man`, `the old woman`, `the young gentleman`: in a
/// conversation, like `he` or `she`, it points at a participant. `None`
/// for anything else (a title's gender is [`super::titles::title_gender`]).
pub(crate) fn person_noun_gender(lower: &str) -> Option<Gender> {
    match lower {
        "man" | "gentleman" | "boy" | "lad" | "fellow" => Some(Gender::Male),
        "woman" | "lady" | "girl" | "lass" => Some(Gender::Female),
        _ => None,
    }
}

/// Second-person forms (`you`, `your`, `yourself`, `yourselves`, `thou`,
/// `thee`, `thy`): a quote that holds one talks to someone,
/// which is how a conversation's turns differ from a statement to the
/// press. Object and archaic forms are in; `ye` is left out (an old
/// spelling of `the` in names). Any case.
pub(crate) fn is_second_person(word: &str) -> bool {
    const FORMS: &[&str] = &[
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "thou",
        "thee",
        "thy",
        "thine",
    ];
    // Every form starts with `y` or `t`: most words are passed over on
    // their first byte.
    matches!(word.as_bytes().first(), Some(b'y' | b'Y' | b't' | b'T'))
        && FORMS.iter().any(|f| f.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_pronouns() {
        assert_eq!(object_pronoun("him"), Some(Gender::Male));
        assert_eq!(object_pronoun("them"), Some(Gender::Plural));
        assert!(is_object_pronoun("us") && is_object_pronoun("her"));
        assert!(!is_object_pronoun("he") && !is_object_pronoun("it"));
    }

    #[test]
    fn subject_pronouns() {
        let cases = [
            ("he", Some(Gender::Male)),
            ("she", Some(Gender::Female)),
            ("they", Some(Gender::Plural)),
            ("we", Some(Gender::Plural)),
            ("it", Some(Gender::Neuter)),
            ("i", None),
            ("you", None),
            ("him", None),
            ("his", None),
            ("He", None), // callers lower-case first
            ("", None),
        ];
        for (word, want) in cases {
            assert_eq!(subject_pronoun(word), want, "{word:?}");
        }
    }

    #[test]
    fn person_nouns() {
        assert_eq!(person_noun_gender("man"), Some(Gender::Male));
        assert_eq!(person_noun_gender("gentleman"), Some(Gender::Male));
        assert_eq!(person_noun_gender("woman"), Some(Gender::Female));
        assert_eq!(person_noun_gender("lady"), Some(Gender::Female));
        for word in ["men", "person", "doctor", "Man", ""] {
            assert_eq!(person_noun_gender(word), None, "{word:?}");
        }
    }

    #[test]
    fn possessive_pronouns() {
        let cases = [
            ("his", Some(Gender::Male)),
            ("her", Some(Gender::Female)),
            ("their", Some(Gender::Plural)),
            ("our", Some(Gender::Plural)),
            ("its", Some(Gender::Neuter)),
            ("it's", None),
            ("my", None),
            ("your", None),
            ("he", None),
        ];
        for (word, want) in cases {
            assert_eq!(possessive_pronoun(word), want, "{word:?}");
        }
    }
}
