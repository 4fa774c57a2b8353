//! Words that stand before a name as a form of address or rank (`Mr`,
//! `Dame`, `Sen.`, `Det Supt`), with the gender some carry and the full
//! word behind each abbreviation.

use super::{contains, lookup, Gender};

/// Honorifics, lower-case and without a trailing period: courtesy titles
/// (`mr`, `mrs`, `ms`, `mx`, `dr`, `sir`, `dame`), peerage (`lord`,
/// `baroness`, `duke`), clergy (`rev`, `father`, `rabbi`, `imam`),
/// office holders used as a form of address (`senator`, `gov`, `mayor`,
/// `cllr`, `judge`, `coach`), royalty, and military and police ranks with
/// their abbreviations (`gen`, `lt`, `sgt`, `det`, `supt`, `insp`, `dci`,
/// `pc`).
///
/// Several are ordinary words too (`father`, `sister`, `general`,
/// `private`, `vice`, `chief`, `officer`): they are honorifics only when
/// capitalised and followed by a name, which callers check.
///
/// Left out on purpose: `major` spelled out (John Major, Major League
/// Baseball; the abbreviation `maj` stays); `brother` and `mother` (kin far
/// more often than clergy); the UK police ranks `dc`, `di` and `ds` (Washington DC, Italian
/// surnames such as Di Maio, and too rare to be worth the confusion);
/// `deputy` (a modifier, see `titles`); `pm` (also p.m.); `st` (saint or
/// street); and post-nominals such as `esq`, `qc`, `kc`, `mp`, which follow
/// the name.
#[rustfmt::skip]
pub(crate) static HONORIFICS: &[&str] = &[
    "adm", "admiral", "alderman", "amb", "ambassador", "archbishop", "assemblyman", "assemblywoman",
    "attorney", "atty", "ayatollah", "baron", "baroness", "bishop", "brig", "brigadier", "capt",
    "captain", "cardinal", "cdr", "ch", "chairman", "chairwoman", "chancellor", "chief", "cllr",
    "cmdr", "coach", "col", "colonel", "commander", "commissioner", "congressman", "congresswoman",
    "corporal", "councillor", "councilor", "countess", "cpl", "dame", "dci", "deacon", "det",
    "detective", "doctor", "dr", "duchess", "duke", "earl", "emir", "emperor", "ens", "ensign",
    "father", "fr", "gen", "general", "gov", "governor", "hon", "imam", "insp", "inspector",
    "judge", "justice", "king", "lady", "lieutenant", "lord", "lt", "maj", "marquess", "mayor",
    "minister", "miss", "mlle", "mme", "monsignor", "mr", "mrs", "ms", "msgr", "mx", "officer",
    "pastor", "pc", "pope", "premier", "pres", "president", "prince", "princess", "private", "prof",
    "professor", "pte", "pvt", "queen", "rabbi", "rep", "representative", "rev", "revd", "reverend",
    "rt", "sec", "secretary", "sen", "senator", "sergeant", "sgt", "sheikh", "sheriff", "sir",
    "sister", "spc", "speaker", "specialist", "sultan", "superintendent", "supt", "trooper", "vice",
    "viscount", "vp",
];

/// Courtesy titles: honorifics that say how to address a person, not what
/// the person does, so a role lexicon must never report them as a role.
/// Includes the French `mme`/`mlle` that English copy borrows; leaves out
/// `professor` and `doctor` spelled out, which are occupations too.
pub(crate) static COURTESY_TITLES: &[&str] = &[
    "dame", "dr", "lady", "lord", "miss", "mlle", "mme", "mr", "mrs", "ms", "mx", "prof", "sir",
];

/// The gender an honorific commits to, sorted by honorific. Clergy titles
/// are listed only where the office is held by men alone (`father`, `pope`,
/// `imam`); `rev`, `bishop`, `rabbi` and `pastor` are left out.
pub(crate) static HONORIFIC_GENDER: &[(&str, Gender)] = &[
    ("alderman", Gender::Male),
    ("assemblyman", Gender::Male),
    ("assemblywoman", Gender::Female),
    ("ayatollah", Gender::Male),
    ("baron", Gender::Male),
    ("baroness", Gender::Female),
    ("cardinal", Gender::Male),
    ("chairman", Gender::Male),
    ("chairwoman", Gender::Female),
    ("congressman", Gender::Male),
    ("congresswoman", Gender::Female),
    ("countess", Gender::Female),
    ("dame", Gender::Female),
    ("duchess", Gender::Female),
    ("duke", Gender::Male),
    ("earl", Gender::Male),
    ("emir", Gender::Male),
    ("emperor", Gender::Male),
    ("father", Gender::Male),
    ("fr", Gender::Male),
    ("imam", Gender::Male),
    ("king", Gender::Male),
    ("lady", Gender::Female),
    ("lord", Gender::Male),
    ("marquess", Gender::Male),
    ("miss", Gender::Female),
    ("mlle", Gender::Female),
    ("mme", Gender::Female),
    ("monsignor", Gender::Male),
    ("mr", Gender::Male),
    ("mrs", Gender::Female),
    ("ms", Gender::Female),
    ("msgr", Gender::Male),
    ("pope", Gender::Male),
    ("prince", Gender::Male),
    ("princess", Gender::Female),
    ("queen", Gender::Female),
    ("sheikh", Gender::Male),
    ("sir", Gender::Male),
    ("sister", Gender::Female),
    ("sultan", Gender::Male),
    ("viscount", Gender::Male),
];

/// Abbreviated honorifics and the word they stand for, sorted by
/// abbreviation. `mr`, `mrs` and `ms` are not here: they are used as they
/// stand, and `mister`/`missus` would be no more useful to a caller.
pub(crate) static ABBREVIATION_EXPANSIONS: &[(&str, &str)] = &[
    ("adm", "admiral"),
    ("amb", "ambassador"),
    ("atty", "attorney"),
    ("brig", "brigadier"),
    ("capt", "captain"),
    ("cdr", "commander"),
    ("ch", "chief"),
    ("cllr", "councillor"),
    ("cmdr", "commander"),
    ("col", "colonel"),
    ("cpl", "corporal"),
    ("dci", "detective chief inspector"),
    ("det", "detective"),
    ("dr", "doctor"),
    ("ens", "ensign"),
    ("fr", "father"),
    ("gen", "general"),
    ("gov", "governor"),
    ("insp", "inspector"),
    ("lt", "lieutenant"),
    ("maj", "major"),
    ("msgr", "monsignor"),
    ("pc", "police constable"),
    ("pres", "president"),
    ("prof", "professor"),
    ("pte", "private"),
    ("pvt", "private"),
    ("rep", "representative"),
    ("rev", "reverend"),
    ("revd", "reverend"),
    ("sec", "secretary"),
    ("sen", "senator"),
    ("sgt", "sergeant"),
    ("spc", "specialist"),
    ("supt", "superintendent"),
    ("vp", "vice president"),
];

/// Whether `lower_no_period` (`mr`, `sen`, `dame`, `lieutenant`) is an
/// honorific. Strip a trailing period first: `Sen.` → `sen`.
pub(crate) fn is_honorific(lower_no_period: &str) -> bool {
    super::classes(lower_no_period) & super::class::HONORIFIC != 0
}

/// The gender an honorific commits to: `mr`, `sir`, `lord`, `king`,
/// `father` → `Male`; `mrs`, `ms`, `miss`, `dame`, `lady`, `queen`,
/// `sister` → `Female`; `None` for the rest (`dr`, `mx`, `sen`, `rev`).
pub(crate) fn honorific_gender(lower_no_period: &str) -> Option<Gender> {
    lookup(HONORIFIC_GENDER, lower_no_period)
}

/// Whether `lower_no_period` is a courtesy title (`mr`, `mrs`, `ms`,
/// `miss`, `mx`, `dr`, `prof`, `sir`, `dame`, `lord`, `lady`, and the
/// borrowed `mme`, `mlle`): a form of address, never a role.
pub(crate) fn is_courtesy_title(lower_no_period: &str) -> bool {
    contains(COURTESY_TITLES, lower_no_period)
}

/// Offices of a court: `the judge` is only a person the text calls one
/// (never the defendant, whom the story is about); with no one to hold it,
/// an unnamed source with that role.
#[rustfmt::skip]
pub(crate) static COURT_OFFICES: &[&str] = &["coroner", "judge", "justice", "magistrate"];

/// Whether `lower` is one of the [`COURT_OFFICES`].
pub(crate) fn is_court_office(lower: &str) -> bool {
    contains(COURT_OFFICES, lower)
}

/// The full word for an abbreviated honorific: `sen` → `senator`, `gen` →
/// `general`, `dr` → `doctor`, `dci` → `detective chief inspector`; `None`
/// for words that are not abbreviations (`senator`, `mr`).
pub(crate) fn expand_abbreviation(lower_no_period: &str) -> Option<&'static str> {
    lookup(ABBREVIATION_EXPANSIONS, lower_no_period)
}

#[cfg(test)]
mod tests {
    use super::super::{assert_keys_well_formed, assert_well_formed};
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        assert_well_formed("HONORIFICS", HONORIFICS);
        assert_well_formed("COURTESY_TITLES", COURTESY_TITLES);
        assert_well_formed("COURT_OFFICES", COURT_OFFICES);
        assert_keys_well_formed("HONORIFIC_GENDER", HONORIFIC_GENDER);
        assert_keys_well_formed("ABBREVIATION_EXPANSIONS", ABBREVIATION_EXPANSIONS);
    }

    /// The side tables only describe honorifics.
    #[test]
    fn side_tables_describe_honorifics() {
        for title in COURTESY_TITLES {
            assert!(is_honorific(title), "{title:?}");
        }
        for &(title, _) in HONORIFIC_GENDER {
            assert!(is_honorific(title), "{title:?}");
        }
        for &(short, long) in ABBREVIATION_EXPANSIONS {
            assert!(is_honorific(short), "{short:?}");
            assert!(
                !long.ends_with('.') && long == long.to_lowercase(),
                "{long:?}"
            );
        }
    }

    #[test]
    fn honorifics() {
        for word in [
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev",
            "fr", "rabbi", "sen", "gov", "gen", "lt", "sgt", "det", "supt", "king", "pope",
            "mayor", "coach", "cllr",
        ] {
            assert!(is_honorific(word), "{word:?}");
        }
        for word in [
            "mr.", "Mr", "major", "brother", "mother", "deputy", "dc", "the", "",
        ] {
            assert!(!is_honorific(word), "{word:?}");
        }
    }

    #[test]
    fn honorific_genders() {
        let cases = [
            ("mr", Some(Gender::Male)),
            ("sir", Some(Gender::Male)),
            ("lord", Some(Gender::Male)),
            ("king", Some(Gender::Male)),
            ("prince", Some(Gender::Male)),
            ("father", Some(Gender::Male)),
            ("baron", Some(Gender::Male)),
            ("mrs", Some(Gender::Female)),
            ("ms", Some(Gender::Female)),
            ("miss", Some(Gender::Female)),
            ("dame", Some(Gender::Female)),
            ("lady", Some(Gender::Female)),
            ("queen", Some(Gender::Female)),
            ("princess", Some(Gender::Female)),
            ("baroness", Some(Gender::Female)),
            ("sister", Some(Gender::Female)),
            ("dr", None),
            ("mx", None),
            ("sen", None),
            ("rev", None),
            ("rabbi", None),
        ];
        for (word, want) in cases {
            assert_eq!(honorific_gender(word), want, "{word:?}");
        }
    }

    #[test]
    fn courtesy_titles_are_not_roles() {
        for word in [
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady",
        ] {
            assert!(is_courtesy_title(word), "{word:?}");
        }
        for word in [
            "sen",
            "senator",
            "professor",
            "doctor",
            "king",
            "gen",
            "rev",
            "mayor",
        ] {
            assert!(!is_courtesy_title(word), "{word:?}");
        }
    }

    #[test]
    fn expansions() {
        let cases = [
            ("sen", Some("senator")),
            ("rep", Some("representative")),
            ("gov", Some("governor")),
            ("gen", Some("general")),
            ("lt", Some("lieutenant")),
            ("col", Some("colonel")),
            ("sgt", Some("sergeant")),
            ("pres", Some("president")),
            ("sec", Some("secretary")),
            ("prof", Some("professor")),
            ("supt", Some("superintendent")),
            ("insp", Some("inspector")),
            ("det", Some("detective")),
            ("amb", Some("ambassador")),
            ("capt", Some("captain")),
            ("cmdr", Some("commander")),
            ("adm", Some("admiral")),
            ("maj", Some("major")),
            ("cpl", Some("corporal")),
            ("pvt", Some("private")),
            ("atty", Some("attorney")),
            ("dr", Some("doctor")),
            ("senator", None),
            ("mr", None),
            ("sen.", None),
        ];
        for (word, want) in cases {
            assert_eq!(expand_abbreviation(word), want, "{word:?}");
        }
    }
}
