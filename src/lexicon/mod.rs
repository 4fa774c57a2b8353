//! Word lists the pipeline stages consult: speech and reporting verbs, role
//! titles, honorifics, pronouns, organisation nouns, and the small closed
//! classes (abbreviations, function words, demonyms) that keep sentence
//! splitting and name finding honest.
//!
//! Every list is a sorted, deduplicated `&'static [&'static str]` of
//! lower-case entries, so membership is a binary search over data that costs
//! nothing at start-up. The lists the pipeline asks about most are also
//! folded, once, into one table of word classes (see [`classes`]): a word's
//! memberships in one hash probe. The one lookup that needs more shape —
//! multi-word titles by first word — is built once behind
//! `once_cell::sync::Lazy`. Each
//! table's doc comment says what it covers and, as much, what it leaves out
//! and why. Callers lower-case a word before asking; the tables never do.

// The stages that consult these tables land after the tables do.
#![allow(dead_code)]

pub(crate) mod grammar;
pub(crate) mod honorifics;
pub(crate) mod names;
pub(crate) mod orgs;
pub(crate) mod pronouns;
pub(crate) mod titles;
pub(crate) mod user;
pub(crate) mod verbs;
pub(crate) mod words;

pub(crate) use pronouns::Gender;

/// Whether `word` is an entry of `table`, which must be sorted (every table
/// here is; each module's tests check it).
fn contains(table: &[&str], word: &str) -> bool {
    // A short table is read through, its bytes compared only for entries
    // of the word's length (a binary search compares bytes at each step).
    if table.len() <= SHORT_TABLE {
        return table.iter().any(|t| t.len() == word.len() && *t == word);
    }
    table.binary_search(&word).is_ok()
}

/// The most entries [`contains`] reads through rather than searches.
const SHORT_TABLE: usize = 40;

/// The value stored with `key` in `table`, a list of pairs sorted by key.
fn lookup<V: Copy>(table: &[(&str, V)], key: &str) -> Option<V> {
    // (A short table read through, as in `contains`.)
    if table.len() <= SHORT_TABLE {
        return table
            .iter()
            .find(|(k, _)| k.len() == key.len() && *k == key)
            .map(|&(_, v)| v);
    }
    table
        .binary_search_by_key(&key, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// Panics, naming the table and the entry, unless `table` is non-empty,
/// strictly ascending (so sorted and deduplicated), and every entry is
/// lower-case words separated by single spaces.
#[cfg(test)]
fn assert_well_formed(name: &str, table: &[&str]) {
    assert!(!table.is_empty(), "{name} is empty");
    for entry in table {
        assert!(
            !entry.is_empty() && entry.split(' ').all(|w| !w.is_empty()),
            "{name}: {entry:?} has an empty word or stray space"
        );
        assert_eq!(
            *entry,
            entry.to_lowercase(),
            "{name}: {entry:?} is not lower-case"
        );
    }
    for pair in table.windows(2) {
        assert!(
            pair[0] < pair[1],
            "{name}: {:?} then {:?} is out of order or repeated",
            pair[0],
            pair[1]
        );
    }
}

/// [`assert_well_formed`] for the keys of a table of pairs.
#[cfg(test)]
fn assert_keys_well_formed<V>(name: &str, table: &[(&str, V)]) {
    let keys: Vec<&str> = table.iter().map(|&(k, _)| k).collect();
    assert_well_formed(name, &keys);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_finds_only_entries() {
        let table = ["alpha", "beta", "gamma"];
        assert!(contains(&table, "beta"));
        assert!(!contains(&table, "bet"));
        assert!(!contains(&table, ""));
        // Read through, and searched.
        for n in [SHORT_TABLE, SHORT_TABLE + 1, 3 * SHORT_TABLE] {
            let words: Vec<String> = (0..n).map(|k| format!("w{k:03}")).collect();
            let table: Vec<&str> = words.iter().map(String::as_str).collect();
            assert!(table.iter().all(|w| contains(&table, w)));
            assert!(!["w", "w0000", "", "x001"]
                .iter()
                .any(|w| contains(&table, w)));
        }
    }

    #[test]
    fn short_word_is_the_zero_padded_load() {
        let bytes = *b"\x01\x82\x03\xf4\x05\x06\xa7";
        for n in 0..8 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(short_word(&bytes[..n]), u64::from_le_bytes(padded), "{n}");
        }
    }

    #[test]
    fn class_table_finds_every_word_of_its_lists() {
        let lists: [(&[&str], u32); 4] = [
            (verbs::SPEECH_VERBS, class::SPEECH),
            (words::ABBREVIATIONS, class::ABBREV),
            (names::FEMALE_NAMES, class::FEMALE_NAME),
            (grammar::ADVERBS, class::ADVERB),
        ];
        for (words, bit) in lists {
            for w in words {
                assert_ne!(classes(w) & bit, 0, "{w}");
            }
        }
        // Longer than a key, and the longest a key holds.
        assert_ne!(classes("secretaries-general") & class::TITLE, 0);
        assert!(titles::TITLES.contains(&"secretaries-general"));
        for w in [
            "",
            "x",
            "saidx",
            "zzzzzzzzzzzzzzzz",
            "zzzzzzzzzzzzzzzzz",
            "said\0",
        ] {
            assert_eq!(classes(w), 0, "{w:?}");
        }
    }

    #[test]
    fn class_table_runs_of_full_slots_are_short() {
        let slots = &CLASSES.slots;
        let (mut run, mut longest) = (0, 0);
        // Twice round: a run may wrap past the end.
        for (key, _) in slots.iter().chain(slots) {
            run = if key.len == 0 { 0 } else { run + 1 };
            longest = longest.max(run);
        }
        assert!(longest < 32, "a run of {longest} full slots");
    }

    #[test]
    fn lookup_returns_the_paired_value() {
        let table = [("a", 1), ("b", 2)];
        assert_eq!(lookup(&table, "b"), Some(2));
        assert_eq!(lookup(&table, "c"), None);
    }

    #[test]
    #[should_panic(expected = "out of order")]
    fn well_formed_rejects_unsorted() {
        assert_well_formed("t", &["b", "a"]);
    }

    #[test]
    #[should_panic(expected = "out of order")]
    fn well_formed_rejects_duplicates() {
        assert_well_formed("t", &["a", "a"]);
    }

    #[test]
    #[should_panic(expected = "lower-case")]
    fn well_formed_rejects_capitals() {
        assert_well_formed("t", &["Mr"]);
    }

    #[test]
    #[should_panic(expected = "stray space")]
    fn well_formed_rejects_double_spaces() {
        assert_well_formed("t", &["prime  minister"]);
    }
}

/// Word classes, as bits: what the tables say of one lower-case word.
pub(crate) mod class {
    pub const SPEECH: u32 = 1;
    pub const REPORTING: u32 = 1 << 1;
    pub const TITLE: u32 = 1 << 2;
    pub const TITLE_START: u32 = 1 << 3;
    pub const MODIFIER: u32 = 1 << 4;
    pub const DEMONYM: u32 = 1 << 5;
    pub const ORG_NOUN: u32 = 1 << 6;
    pub const DOC_NOUN: u32 = 1 << 7;
    pub const UNNAMED: u32 = 1 << 8;
    pub const NOT_NAME: u32 = 1 << 9;
    pub const HONORIFIC: u32 = 1 << 10;
    pub const COURTESY: u32 = 1 << 11;
    pub const ORG_SUFFIX: u32 = 1 << 12;
    pub const PRONOUN: u32 = 1 << 13;
    pub const ABBREV: u32 = 1 << 14;
    pub const FEMALE_NAME: u32 = 1 << 15;
    pub const MALE_NAME: u32 = 1 << 16;
    pub const FEMALE_ROLE: u32 = 1 << 17;
    pub const MALE_ROLE: u32 = 1 << 18;
    /// Starts a title the user added ([`super::user::UserLexicon`]).
    pub const USER_TITLE_START: u32 = 1 << 19;
    /// A plain verb of saying (`said`, `told`): [`super::verbs::PLAIN_SPEECH_VERBS`].
    pub const PLAIN_SPEECH: u32 = 1 << 20;
    /// [`super::grammar::DETERMINERS`].
    pub const DETERMINER: u32 = 1 << 21;
    /// [`super::grammar::OBJECT_PREPOSITIONS`].
    pub const OBJECT_PREPOSITION: u32 = 1 << 22;
    /// [`super::grammar::NAME_CONNECTORS`].
    pub const NAME_CONNECTOR: u32 = 1 << 23;
    /// [`super::grammar::OBJECT_VERBS`].
    pub const OBJECT_VERB: u32 = 1 << 24;
    /// [`super::grammar::WORK_NOUNS`].
    pub const WORK_NOUN: u32 = 1 << 25;
    /// [`super::grammar::ADVERBS`] (not the `-ly` words that rule takes).
    pub const ADVERB: u32 = 1 << 26;
    /// A member of a party, faith or people: [`super::words::GROUP_MEMBER_NOUNS`].
    pub const MEMBER: u32 = 1 << 27;
    /// [`super::verbs::SPEECH_NOUNS`].
    pub const SPEECH_NOUN: u32 = 1 << 28;
    /// Every bit above (the lexer keeps other facts above them).
    pub const ALL: u32 = (SPEECH_NOUN << 1) - 1;
}

/// A small, fast hasher for short lower-case words (FxHash's multiply and
/// rotate). Lexicon keys are not attacker-chosen sets we store; lookups of
/// hostile text only cost a probe.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

/// The multiplier of a [`WordHasher`] round.
const WORD_HASH_K: u64 = 0x517c_c1b7_2722_0a95;

impl WordHasher {
    /// One round: mix in the word `w`.
    #[inline]
    fn round(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(WORD_HASH_K);
    }
}

/// The bytes of `rest` (fewer than eight) as one little-endian word,
/// zero above them, as a zero-padded eight-byte load would read them: from
/// two overlapping loads (the bytes both read are the same bytes, at the
/// same place), not a loop over the bytes.
#[inline]
fn short_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let at = |k: usize| u64::from(rest[k]) << (8 * k);
    match (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
        (Some(&lo), Some(&hi)) => {
            u64::from(u32::from_le_bytes(lo)) | u64::from(u32::from_le_bytes(hi)) << (8 * (n - 4))
        }
        // One, two or three bytes: the first, the middle and the last.
        _ if n > 0 => at(0) | at(n / 2) | at(n - 1),
        _ => 0,
    }
}

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.round(u64::from_le_bytes(w));
        }
        // The last bytes (most words are shorter than eight) as one word,
        // not one round each.
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.round(short_word(rest));
        }
    }
    /// A byte (the end mark `str` hashes after its bytes) as a round of its
    /// own, as [`WordHasher::write`] makes of it.
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.round(u64::from(b));
    }
}

pub(crate) type WordBuild = std::hash::BuildHasherDefault<WordHasher>;

/// A word of up to [`WordKey::BYTES`] bytes as two zero-padded
/// little-endian words and its length: equal keys are equal words, compared
/// in three integer comparisons (no call to `memcmp`), and hashed in two
/// multiplications.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct WordKey {
    bytes: [u64; 2],
    len: u32,
}

impl WordKey {
    /// The longest word a key holds.
    const BYTES: usize = 16;

    /// The key of `word`, if it is short enough.
    #[inline]
    fn of(word: &str) -> Option<WordKey> {
        let b = word.as_bytes();
        // Eight bytes or fewer as one word, zero above them.
        let padded = |part: &[u8]| match part.first_chunk::<8>() {
            Some(&eight) => u64::from_le_bytes(eight),
            None => short_word(part),
        };
        let bytes = match b.len() {
            0..=8 => [padded(b), 0],
            9..=16 => [padded(&b[..8]), padded(&b[8..])],
            _ => return None,
        };
        Some(WordKey {
            bytes,
            len: b.len() as u32,
        })
    }

    /// A hash of the key, its best bits at the top.
    #[inline]
    fn hash(&self) -> u64 {
        let mut h = WordHasher(u64::from(self.len));
        h.round(self.bytes[0]);
        h.round(self.bytes[1]);
        h.0
    }
}

/// The table behind [`classes`]: every word of up to [`WordKey::BYTES`]
/// bytes in an open-addressed table of keys, at most half full, probed
/// from the top bits of its hash onwards; the few longer words in a map of
/// their own. A lookup in std's map cost about 100 instructions (the hash
/// of a `str`, the group match, a call to `memcmp`); one here, inlined,
/// well under half of that. The keys are the lexicon's, not the text's: hostile
/// text only probes, and the longest run of full slots is fixed when the
/// table is built.
struct ClassTable {
    /// (key, classes) per slot; an empty slot has length 0.
    slots: Vec<(WordKey, u32)>,
    /// How far to shift a hash down to a slot's index.
    shift: u32,
    long: std::collections::HashMap<&'static str, u32, WordBuild>,
}

impl ClassTable {
    fn new(words: std::collections::HashMap<&'static str, u32, WordBuild>) -> ClassTable {
        let size = (2 * words.len()).next_power_of_two().max(2);
        let mut table = ClassTable {
            slots: vec![(WordKey::default(), 0); size],
            shift: 64 - size.trailing_zeros(),
            long: std::collections::HashMap::default(),
        };
        let mask = size - 1;
        for (word, c) in words {
            match WordKey::of(word).filter(|k| k.len > 0) {
                Some(key) => {
                    let mut i = (key.hash() >> table.shift) as usize;
                    while table.slots[i].0.len != 0 {
                        i = (i + 1) & mask;
                    }
                    table.slots[i] = (key, c);
                }
                None => {
                    table.long.insert(word, c);
                }
            }
        }
        table
    }

    /// The classes of `word`: 0 for a word in no list.
    #[inline(always)]
    fn get(&self, word: &str) -> u32 {
        let Some(key) = WordKey::of(word) else {
            return self.get_long(word);
        };
        let mask = self.slots.len() - 1;
        let mut i = (key.hash() >> self.shift) as usize;
        loop {
            let (k, c) = self.slots[i];
            if k == key {
                return c;
            }
            if k.len == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    /// [`ClassTable::get`] of a word longer than a key (few are).
    #[cold]
    #[inline(never)]
    fn get_long(&self, word: &str) -> u32 {
        self.long.get(word).copied().unwrap_or(0)
    }
}

static CLASSES: once_cell::sync::Lazy<ClassTable> = once_cell::sync::Lazy::new(|| {
    let lists: [(&[&'static str], u32); 22] = [
        (verbs::SPEECH_VERBS, class::SPEECH),
        (verbs::REPORTING_VERBS, class::REPORTING),
        (words::DEMONYMS, class::DEMONYM),
        (words::GROUP_MEMBER_NOUNS, class::MEMBER),
        (orgs::ORG_NOUNS, class::ORG_NOUN),
        (orgs::DOCUMENT_NOUNS, class::DOC_NOUN),
        (orgs::ORG_SUFFIXES, class::ORG_SUFFIX),
        (words::UNNAMED_SOURCE_NOUNS, class::UNNAMED),
        (words::NOT_NAMES, class::NOT_NAME),
        (honorifics::HONORIFICS, class::HONORIFIC),
        (titles::TITLE_MODIFIERS, class::MODIFIER),
        (words::ABBREVIATIONS, class::ABBREV),
        (names::FEMALE_NAMES, class::FEMALE_NAME),
        (names::MALE_NAMES, class::MALE_NAME),
        (verbs::PLAIN_SPEECH_VERBS, class::PLAIN_SPEECH),
        (grammar::DETERMINERS, class::DETERMINER),
        (grammar::OBJECT_PREPOSITIONS, class::OBJECT_PREPOSITION),
        (grammar::NAME_CONNECTORS, class::NAME_CONNECTOR),
        (grammar::OBJECT_VERBS, class::OBJECT_VERB),
        (grammar::WORK_NOUNS, class::WORK_NOUN),
        (grammar::ADVERBS, class::ADVERB),
        (verbs::SPEECH_NOUNS, class::SPEECH_NOUN),
    ];
    // Room for the entries at once (a word in several lists takes one;
    // the pronouns below are in them), so the table is never rebuilt as
    // it grows.
    let entries = lists.iter().map(|(words, _)| words.len()).sum::<usize>()
        + titles::ROLE_GENDER.len()
        + titles::TITLES.len();
    let mut m: std::collections::HashMap<&'static str, u32, WordBuild> =
        std::collections::HashMap::with_capacity_and_hasher(entries, WordBuild::default());
    for (words, bit) in lists {
        for &w in words {
            *m.entry(w).or_insert(0) |= bit;
        }
    }
    for &(w, g) in titles::ROLE_GENDER {
        let bit = if g == Gender::Female {
            class::FEMALE_ROLE
        } else {
            class::MALE_ROLE
        };
        *m.entry(w).or_insert(0) |= bit;
    }
    for &t in titles::TITLES {
        match t.split_once(' ') {
            None => *m.entry(t).or_insert(0) |= class::TITLE,
            Some((first, _)) => *m.entry(first).or_insert(0) |= class::TITLE_START,
        }
    }
    for w in ["he", "she", "they", "we", "it"] {
        *m.entry(w).or_insert(0) |= class::PRONOUN;
    }
    // A courtesy title is one only as an honorific.
    for w in honorifics::COURTESY_TITLES {
        if let Some(c) = m.get_mut(w).filter(|c| **c & class::HONORIFIC != 0) {
            *c |= class::COURTESY;
        }
    }
    ClassTable::new(m)
});

/// `s` in lower case, as [`str::to_lowercase`] gives it, borrowed when it
/// is already (most words and roles are): no allocation for them, and the
/// ASCII case without the Unicode tables.
pub(crate) fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if !s.is_ascii() {
        Cow::Owned(s.to_lowercase())
    } else if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// Every class of `lower` (a lower-case word, no trailing period), as bits
/// of [`class`]; one hash probe.
#[inline]
pub(crate) fn classes(lower: &str) -> u32 {
    CLASSES.get(lower)
}
