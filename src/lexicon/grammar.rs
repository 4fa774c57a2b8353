//! Function words and small closed classes the rules read grammar by:
//! articles and determiners, the prepositions that make a name an object,
//! auxiliaries, the adverbs that stand between a subject and its verb, the
//! connectors inside names, and the words that mark a quote as a term.
//!
//! Each table is sorted lower-case words (the module's tests check it); a
//! lookup is a binary search over a few dozen entries.

use super::contains;

/// The articles: `a`, `an`, `the`.
static ARTICLES: &[&str] = &["a", "an", "the"];

/// Whether `lower` is an article (`a`, `an`, `the`).
#[inline]
pub(crate) fn is_article(lower: &str) -> bool {
    contains(ARTICLES, lower)
}

/// Determiners that open a descriptor or a role phrase (`the minister`,
/// `his lawyer`, `another witness`, `one resident`, `some protesters`,
/// `several residents`).
pub(crate) static DETERMINERS: &[&str] = &[
    "a", "an", "another", "her", "his", "its", "many", "my", "one", "our", "several", "some",
    "that", "the", "their", "this", "your",
];

/// The days of the week, which news copy puts between a subject and its
/// verb (`Reed on Tuesday said`, `Reed later Thursday told`).
static WEEKDAYS: &[&str] = &[
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Whether `lower` is a day of the week (see [`WEEKDAYS`]).
#[inline]
pub(crate) fn is_weekday(lower: &str) -> bool {
    contains(WEEKDAYS, lower)
}

/// Spans of time that `last`, `this` or `earlier` turn into a time
/// between a subject and its verb (`Reed last week said`).
static TIME_NOUNS: &[&str] = &[
    "fall", "month", "night", "spring", "summer", "week", "weekend", "winter", "year",
];

/// Words that may follow the verb of a cue that is a sentence of its own
/// (`"…?" Tom Reed asked on Monday.`): a time or place, a listener; not
/// a clause of reported speech (`Reed said the pier …`).
#[rustfmt::skip]
static CUE_TAIL: &[&str] = &[
    "about", "after", "as", "at", "before", "by", "during", "earlier", "from", "in", "into",
    "later", "of", "on", "over", "then", "to", "today", "tonight", "when", "while", "with",
    "yesterday",
];

/// Whether `lower` may follow a cue's verb (see [`CUE_TAIL`]).
pub(crate) fn is_cue_tail(lower: &str) -> bool {
    CUE_TAIL.binary_search(&lower).is_ok()
}

/// Whether `lower` is a span of time (see [`TIME_NOUNS`]).
#[inline]
pub(crate) fn is_time_noun(lower: &str) -> bool {
    contains(TIME_NOUNS, lower)
}

/// Nouns after `said the` that name no one (`said the day before`, `said
/// the same`, `told the truth`): never the head of a speaker read from a
/// word the lexicon lacks (see `mention::np_starting_at`).
#[rustfmt::skip]
static NO_ONE_HEADS: &[&str] = &[
    "afternoon", "day", "evening", "following", "morning", "next", "other", "rest", "same",
    "thing", "things", "truth", "word", "words",
];

/// Whether `lower` names no one as the last word of `the …` (a span of
/// time, or one of [`NO_ONE_HEADS`]).
pub(crate) fn names_no_one(lower: &str) -> bool {
    is_time_noun(lower) || contains(NO_ONE_HEADS, lower)
}

/// Nouns of number that open a group before `of` (`hundreds of his
/// supporters`, `dozens of residents`).
static GROUP_COUNTS: &[&str] = &["dozens", "hundreds", "millions", "scores", "thousands"];

/// Whether `lower` opens a group before `of` (see [`GROUP_COUNTS`]).
#[inline]
pub(crate) fn is_group_count(lower: &str) -> bool {
    contains(GROUP_COUNTS, lower)
}

/// Whether `lower` opens a descriptor or a role phrase (see [`DETERMINERS`]).
#[inline]
pub(crate) fn is_determiner(lower: &str) -> bool {
    super::classes(lower) & super::class::DETERMINER != 0
}

/// Determiners that are no part of a descriptor's own words (`the
/// minister`, `his lawyer`, `another witness` are a minister, a lawyer, a
/// witness).
static DESCRIPTOR_DETERMINERS: &[&str] =
    &["a", "an", "another", "her", "his", "its", "the", "their"];

/// Whether `lower` is left out of a descriptor's words (see
/// [`DESCRIPTOR_DETERMINERS`]).
#[inline]
pub(crate) fn is_descriptor_determiner(lower: &str) -> bool {
    contains(DESCRIPTOR_DETERMINERS, lower)
}

/// The definite determiners: `the minister` refers back, `a minister`
/// introduces someone.
static DEFINITE_DETERMINERS: &[&str] = &[
    "her", "his", "its", "my", "our", "that", "the", "their", "this", "your",
];

/// Whether `lower` is a definite determiner (see [`DEFINITE_DETERMINERS`]).
#[inline]
pub(crate) fn is_definite(lower: &str) -> bool {
    contains(DEFINITE_DETERMINERS, lower)
}

/// Prepositions after which a capitalised name is most likely a place or
/// an object (`in Devon`, `from Ankara`). Scope: spatial and object
/// prepositions; `by` is left out (`said by Roe` makes Roe the speaker)
/// and `with` too (`spoke with Roe`).
pub(crate) static OBJECT_PREPOSITIONS: &[&str] = &[
    "across",
    "against",
    "around",
    "at",
    "between",
    "beyond",
    "for",
    "from",
    "in",
    "inside",
    "into",
    "near",
    "of",
    "off",
    "on",
    "outside",
    "over",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "via",
    "within",
];

/// Prepositions of place whose name may take its region after a comma
/// (`in Columbus, Ohio`, `from Tarnby, Kestria`): the second name is part
/// of the place.
static PLACE_PREPOSITIONS: &[&str] = &["at", "from", "in", "near", "outside"];

/// Whether `lower` is one of [`PLACE_PREPOSITIONS`].
pub(crate) fn is_place_preposition(lower: &str) -> bool {
    contains(PLACE_PREPOSITIONS, lower)
}

/// Whether a name after `lower` is most likely a place or an object (see
/// [`OBJECT_PREPOSITIONS`]).
#[inline]
pub(crate) fn is_object_preposition(lower: &str) -> bool {
    super::classes(lower) & super::class::OBJECT_PREPOSITION != 0
}

/// Words that may open a sentence before its subject with no comma (`But
/// Mrs Clay was talking`, `Here Mr. Weston joined them`).
static SENTENCE_OPENERS: &[&str] = &["and", "but", "here", "now", "so", "still", "then", "yet"];

/// Relative pronouns: they open a clause about the noun before them (`Tom
/// Reed, who advised the mayor, said`), whose verbs are the clause's.
static RELATIVE_PRONOUNS: &[&str] = &["which", "who", "whom", "whose"];

/// Whether `lower` is one of the [`RELATIVE_PRONOUNS`].
pub(crate) fn is_relative_pronoun(lower: &str) -> bool {
    contains(RELATIVE_PRONOUNS, lower)
}

/// Words that open a clause of reported speech after a verb of saying
/// (`said that …`, `asked whether …`): a verb followed by one reports,
/// it does not introduce a quote.
static CLAUSE_OPENERS: &[&str] = &["how", "if", "that", "what", "whether"];

/// Whether `lower` is one of the [`CLAUSE_OPENERS`].
pub(crate) fn is_clause_opener(lower: &str) -> bool {
    contains(CLAUSE_OPENERS, lower)
}

/// Capitalised, words that open a sentence and never go on one after an
/// abbreviation's period (`… in Trenton, N.J. The paradox …`,
/// `… Acme Co. He said …`): an article, a subject pronoun, a
/// determiner, or a conjunction.
#[rustfmt::skip]
static OPEN_AFTER_ABBREVIATION: &[&str] = &[
    "a", "an", "and", "but", "he", "her", "his", "it", "its", "she", "the", "their", "there",
    "these", "they", "this", "those", "we",
];

/// Does `lower`, capitalised after an abbreviation's period, open a new
/// sentence ([`OPEN_AFTER_ABBREVIATION`])?
pub(crate) fn opens_after_abbreviation(lower: &str) -> bool {
    contains(OPEN_AFTER_ABBREVIATION, lower)
}

/// Does `lower` open a sentence before its subject ([`SENTENCE_OPENERS`])?
#[inline]
pub(crate) fn is_sentence_opener(lower: &str) -> bool {
    contains(SENTENCE_OPENERS, lower)
}

/// Conjunctions that open a subordinate clause set off inside a sentence
/// (`Reed, when asked about the plan, said`): a verb of saying in the
/// clause is the clause's, not the sentence's.
static SUBORDINATORS: &[&str] = &[
    "after", "although", "as", "before", "if", "once", "since", "though", "unless", "when",
    "whenever", "while",
];

/// Does `lower` open a subordinate clause ([`SUBORDINATORS`])?
#[inline]
pub(crate) fn is_subordinator(lower: &str) -> bool {
    contains(SUBORDINATORS, lower)
}

/// Function words that end a run of plain lower-case words read as a
/// label or an unknown adjective (`Ada Brisk, R-Vel., said`, `said the
/// cheerful porter`): conjunctions, relatives, common prepositions and
/// auxiliaries.
static CLAUSE_WORDS: &[&str] = &[
    "and", "as", "at", "but", "by", "for", "from", "had", "has", "have", "if", "in", "not", "of",
    "on", "or", "that", "to", "was", "were", "when", "which", "while", "who", "whose", "with",
];

/// Is `lower` a function word that ends a run of plain words ([`CLAUSE_WORDS`])?
#[inline]
pub(crate) fn is_clause_word(lower: &str) -> bool {
    contains(CLAUSE_WORDS, lower)
}

/// Words that may stand between a subject and its verb of saying (`X also
/// said`, `X has repeatedly told`, `X did not say`): auxiliaries and
/// adverbs of time and manner. Scope: what news puts there; negation is
/// left out (`X did not say` is no attribution of what follows).
pub(crate) static ADVERBS: &[&str] = &[
    "again",
    "already",
    "also",
    "angrily",
    "bluntly",
    "calmly",
    "clearly",
    "did",
    "does",
    "earlier",
    "even",
    "finally",
    "firmly",
    "first",
    "flatly",
    "frequently",
    "further",
    "had",
    "has",
    "have",
    "initially",
    "jokingly",
    "just",
    "later",
    "never",
    "now",
    "often",
    "once",
    "only",
    "openly",
    "previously",
    "privately",
    "proudly",
    "publicly",
    "quickly",
    "quietly",
    "recently",
    "repeatedly",
    "reportedly",
    "simply",
    "softly",
    "still",
    "subsequently",
    "tearfully",
    "then",
    "will",
    "would",
    "wryly",
];

/// Words of six letters or more in `-ly` that are no adverb of manner
/// (nouns and adjectives: `the family said`, `a supply`), which
/// [`is_adverb`] would otherwise take for one.
static LY_NOT_ADVERBS: &[&str] = &[
    "anomaly",
    "assembly",
    "butterfly",
    "comply",
    "costly",
    "deadly",
    "elderly",
    "family",
    "friendly",
    "homily",
    "likely",
    "lonely",
    "lovely",
    "monopoly",
    "multiply",
    "orderly",
    "reply",
    "sickly",
    "supply",
    "timely",
    "unlikely",
    "weekly",
    "yearly",
];

/// Whether `lower` may stand between a subject and its verb (see
/// [`ADVERBS`]): a listed word, or an adverb of manner in `-ly` of six
/// letters or more (`gingerly`, `tersely`), which news coins freely.
#[inline]
pub(crate) fn is_adverb(lower: &str) -> bool {
    super::classes(lower) & super::class::ADVERB != 0
        || lower.len() >= 6
            && lower.ends_with("ly")
            && lower.bytes().all(|b| b.is_ascii_lowercase())
            && !contains(LY_NOT_ADVERBS, lower)
}

/// Forms of `be`, `have` that make what follows a passive (`Tom Reed was
/// jailed`, `residents have been told`) when a past participle follows.
static PASSIVE_AUXILIARIES: &[&str] = &["are", "been", "had", "has", "is", "was", "were"];

/// Whether `lower` is an auxiliary that may open a passive (see
/// [`PASSIVE_AUXILIARIES`]).
#[inline]
pub(crate) fn is_passive_auxiliary(lower: &str) -> bool {
    contains(PASSIVE_AUXILIARIES, lower)
}

/// Auxiliaries of tense and mood that stand between a subject and its
/// active verb (`Vell has since apologized`, `Reed would say`).
static TENSE_AUXILIARIES: &[&str] = &[
    "can", "could", "did", "do", "does", "had", "has", "have", "may", "might", "must", "shall",
    "should", "will", "would",
];

/// Whether `lower` is one of [`TENSE_AUXILIARIES`].
#[inline]
pub(crate) fn is_tense_auxiliary(lower: &str) -> bool {
    contains(TENSE_AUXILIARIES, lower)
}

/// Forms of `be`: right before a verb of saying they make it passive
/// (`residents were told`), so its subject is the one told, not the teller.
static BE_FORMS: &[&str] = &["are", "be", "been", "being", "is", "was", "were"];

/// Whether `lower` is a form of `be` (see [`BE_FORMS`]).
#[inline]
pub(crate) fn is_be_form(lower: &str) -> bool {
    contains(BE_FORMS, lower)
}

/// Words that may sit inside a name between capitalised words (`Ana de
/// Souza`, `Omar bin Said`, `Pieter van Dijk`).
pub(crate) static NAME_CONNECTORS: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le", "st",
    "ter", "van", "von",
];

/// Whether `lower` may sit inside a name (see [`NAME_CONNECTORS`]).
#[inline]
pub(crate) fn is_name_connector(lower: &str) -> bool {
    super::classes(lower) & super::class::NAME_CONNECTOR != 0
}

/// Verbs that take a person as object and are no role nouns (`Voters
/// chose Jane Roe`, `Fans love Tom Reed`): irregular pasts and common
/// present forms. Scope: what stands between a sentence's subject and a
/// name; regular pasts in `-ed` are caught by their ending.
pub(crate) static OBJECT_VERBS: &[&str] = &[
    "back", "backs", "beat", "beats", "blame", "blames", "bring", "brought", "choose", "chooses",
    "chose", "elect", "elects", "face", "faces", "gave", "give", "hail", "hails", "hit", "join",
    "joins", "keep", "kept", "lead", "leads", "led", "left", "lose", "lost", "love", "loves",
    "meet", "meets", "met", "name", "names", "pick", "picks", "praise", "praises", "replace",
    "sack", "sacks", "saw", "see", "sees", "send", "sent", "sign", "signs", "slam", "slams",
    "support", "supports", "thank", "thanks", "took", "urge", "urges", "want", "wants", "welcome",
    "welcomes", "win", "won",
];

/// Whether `lower` is a verb that takes a person as its object (see
/// [`OBJECT_VERBS`]).
#[inline]
pub(crate) fn is_object_verb(lower: &str) -> bool {
    super::classes(lower) & super::class::OBJECT_VERB != 0
}

/// Words right before a quote that mark it as a term (`the so-called
/// "reset"`, `a plan dubbed "Blue Harbour"`).
static TERM_CUES: &[&str] = &[
    "code-named",
    "codenamed",
    "dubbed",
    "entitled",
    "nicknamed",
    "so-called",
    "titled",
    "trademarked",
];

/// Whether `lower`, right before a quote, makes it a term (see
/// [`TERM_CUES`]).
#[inline]
pub(crate) fn is_term_cue(lower: &str) -> bool {
    contains(TERM_CUES, lower)
}

/// Nouns for works and labels: `the film "…"`, `the hashtag "…"`.
/// Scope: kinds of works and names; `report`/`statement` are left out
/// because they are quoted for their words.
pub(crate) static WORK_NOUNS: &[&str] = &[
    "album",
    "anthem",
    "app",
    "ballet",
    "biography",
    "book",
    "brand",
    "campaign",
    "code-name",
    "codename",
    "column",
    "comedy",
    "documentary",
    "drama",
    "episode",
    "exercise",
    "exhibition",
    "film",
    "game",
    "hashtag",
    "headline",
    "hit",
    "label",
    "memoir",
    "mixtape",
    "motto",
    "movie",
    "musical",
    "newsletter",
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
    "range",
    "series",
    "show",
    "single",
    "sitcom",
    "slogan",
    "song",
    "symphony",
    "tagline",
    "term",
    "thriller",
    "title",
    "track",
    "tune",
    "word",
    "words",
];

/// Whether `lower` names a kind of work or label (see [`WORK_NOUNS`]).
#[inline]
pub(crate) fn is_work_noun(lower: &str) -> bool {
    super::classes(lower) & super::class::WORK_NOUN != 0
}

/// Nouns for the maker of a work, before `of` and its title: `the author
/// of "Harbour Lights"`, `the director of "Cold Water"`. What follows is
/// the work's name, not the maker's words.
#[rustfmt::skip]
static WORK_MAKERS: &[&str] = &[
    "author", "authors", "co-author", "co-authors", "coauthor", "composer", "creator", "creators",
    "director", "directors", "editor", "host", "hosts", "playwright", "producer", "producers",
    "screenwriter", "star", "stars", "writer", "writers",
];

/// Whether `lower` is one of the [`WORK_MAKERS`].
pub(crate) fn is_work_maker(lower: &str) -> bool {
    contains(WORK_MAKERS, lower)
}

/// Small words a title in title case leaves in lower case (`Music Under
/// the Oaks`).
static TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// Whether a title in title case leaves `lower` in lower case (see
/// [`TITLE_SMALL_WORDS`]).
#[inline]
pub(crate) fn is_title_small_word(lower: &str) -> bool {
    contains(TITLE_SMALL_WORDS, lower)
}

/// Whether the word `w` (as written) ends in a possessive: `Rubio's`,
/// `Rubio’s`, `voters'`, `Forbes’`. The one test every rule shares; a word of two
/// characters or fewer (`'s` alone) is none.
#[inline]
pub(crate) fn is_possessive(w: &str) -> bool {
    w.len() > 2
        && (w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’"))
}

/// Whether the word `lower` says whose the next noun is: a possessive
/// (`Vell's`, `voters'`) or a possessive pronoun (`her`, `their`).
pub(crate) fn is_owner(lower: &str) -> bool {
    is_possessive(lower) || super::pronouns::possessive_pronoun(lower).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::assert_well_formed;
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        for (name, table) in [
            ("ARTICLES", ARTICLES),
            ("DETERMINERS", DETERMINERS),
            ("DEFINITE_DETERMINERS", DEFINITE_DETERMINERS),
            ("DESCRIPTOR_DETERMINERS", DESCRIPTOR_DETERMINERS),
            ("OBJECT_PREPOSITIONS", OBJECT_PREPOSITIONS),
            ("PLACE_PREPOSITIONS", PLACE_PREPOSITIONS),
            ("CLAUSE_WORDS", CLAUSE_WORDS),
            ("SUBORDINATORS", SUBORDINATORS),
            ("SENTENCE_OPENERS", SENTENCE_OPENERS),
            ("OPEN_AFTER_ABBREVIATION", OPEN_AFTER_ABBREVIATION),
            ("RELATIVE_PRONOUNS", RELATIVE_PRONOUNS),
            ("CLAUSE_OPENERS", CLAUSE_OPENERS),
            ("ADVERBS", ADVERBS),
            ("TIME_NOUNS", TIME_NOUNS),
            ("CUE_TAIL", CUE_TAIL),
            ("LY_NOT_ADVERBS", LY_NOT_ADVERBS),
            ("PASSIVE_AUXILIARIES", PASSIVE_AUXILIARIES),
            ("BE_FORMS", BE_FORMS),
            ("NAME_CONNECTORS", NAME_CONNECTORS),
            ("OBJECT_VERBS", OBJECT_VERBS),
            ("GROUP_COUNTS", GROUP_COUNTS),
            ("WEEKDAYS", WEEKDAYS),
            ("TERM_CUES", TERM_CUES),
            ("WORK_NOUNS", WORK_NOUNS),
            ("WORK_MAKERS", WORK_MAKERS),
            ("TITLE_SMALL_WORDS", TITLE_SMALL_WORDS),
        ] {
            assert_well_formed(name, table);
        }
    }

    #[test]
    fn definite_determiners_are_determiners() {
        for w in DEFINITE_DETERMINERS {
            assert!(is_determiner(w), "{w}");
        }
        for w in ARTICLES {
            assert!(is_determiner(w), "{w}");
        }
    }

    #[test]
    fn lookups() {
        assert!(is_article("the") && !is_article("this"));
        assert!(is_definite("their") && !is_definite("a"));
        assert!(is_object_preposition("towards") && !is_object_preposition("by"));
        assert!(is_adverb("also") && is_adverb("repeatedly") && !is_adverb("not"));
        assert!(is_passive_auxiliary("was") && !is_passive_auxiliary("be"));
        assert!(is_be_form("being") && !is_be_form("has"));
        assert!(is_name_connector("van") && !is_name_connector("and"));
        assert!(is_object_verb("chose") && !is_object_verb("said"));
        assert!(is_term_cue("dubbed") && !is_term_cue("said"));
        assert!(is_work_noun("podcast") && !is_work_noun("statement"));
        assert!(is_title_small_word("the") && !is_title_small_word("oaks"));
    }

    #[test]
    fn possessives() {
        for w in ["Rubio's", "Rubio’s", "voters'", "Ross's"] {
            assert!(is_possessive(w), "{w}");
        }
        for w in ["'s", "Rubio", "its", "boss", "s'"] {
            assert!(!is_possessive(w), "{w}");
        }
    }
}
