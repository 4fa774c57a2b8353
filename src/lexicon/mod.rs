//! Word lists the pipeline stages consult: speech and reporting verbs, role
//! titles, honorifics, pronouns, organisation nouns, and the small closed
//! classes (abbreviations, function words, demonyms) that keep sentence
//! splitting and name finding honest.
//!
//! Every list is a sorted, deduplicated `&'static [&'static str]` of
//! lower-case entries, so membership is a binary search over data that costs
//! nothing at start-up. The one lookup that needs more shape — multi-word
//! titles by first word — is built once behind `once_cell::sync::Lazy`. Each
//! table's doc comment says what it covers and, as much, what it leaves out
//! and why. Callers lower-case a word before asking; the tables never do.

// The stages that consult these tables land after the tables do.
#![allow(dead_code)]

pub(crate) mod honorifics;
pub(crate) mod names;
pub(crate) mod orgs;
pub(crate) mod pronouns;
pub(crate) mod titles;
pub(crate) mod verbs;
pub(crate) mod words;

pub(crate) use pronouns::Gender;

/// Whether `word` is an entry of `table`, which must be sorted (every table
/// here is; each module's tests check it).
fn contains(table: &[&str], word: &str) -> bool {
    table.binary_search(&word).is_ok()
}

/// The value stored with `key` in `table`, a list of pairs sorted by key.
fn lookup<V: Copy>(table: &[(&str, V)], key: &str) -> Option<V> {
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
