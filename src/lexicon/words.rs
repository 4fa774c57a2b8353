//! Closed classes of words that help find sentence ends, names,
//! nationalities and unnamed sources.

/// Abbreviations, lower-case and without their final period, after which a
/// period does not end a sentence: honorifics and ranks (`mr`, `sen`,
/// `sgt`, `supt`), name suffixes (`jr`, `sr`), place words (`st`, `mt`,
/// `ave`), month and weekday abbreviations, company forms (`inc`, `corp`,
/// `bros`), reference words (`no`, `vol`, `fig`, `vs`, `etc`), and dotted
/// forms written with their inner periods (`e.g`, `a.m`, `u.s`, `d.c`,
/// `ph.d`).
///
/// Some are ordinary words too — `sat`, `sun`, `wed`, `mar`, `no`, `min`,
/// `est`, `co`, `v` — and `He sat.` does end a sentence: a splitter should
/// also look at what follows (a digit, a lower-case word, a name).
///
/// Left out on purpose: single letters (initials are a rule, not a list:
/// one capital and a period), `may`, `june` and `july` spelled out (never
/// abbreviated), and `mp`/`plc`, which are not written with periods.
#[rustfmt::skip]
pub(crate) static ABBREVIATIONS: &[&str] = &[
    "a.m", "adm", "amb", "approx", "apr", "assn", "atty", "aug", "ave", "blvd", "brig", "bros",
    "capt", "cdr", "ch", "cllr", "cmdr", "co", "col", "corp", "cos", "cpl", "d.c", "dec", "dept",
    "det", "dr", "e.g", "e.u", "esq", "est", "etc", "feb", "fig", "fr", "fri", "ft", "gen", "gov",
    "govt", "hon", "i.e", "inc", "insp", "jan", "jr", "jul", "jun", "l.a", "lt", "ltd", "m.d",
    "maj", "mar", "max", "messrs", "min", "mlle", "mme", "mon", "mr", "mrs", "ms", "msgr", "mt",
    "n.y", "no", "nos", "nov", "oct", "p.m", "ph.d", "pres", "prof", "pte", "pvt", "rd", "rep",
    "rev", "revd", "rt", "sat", "sec", "sen", "sep", "sept", "sgt", "spc", "sr", "st", "sun",
    "supt", "thu", "thur", "thurs", "tue", "tues", "u.k", "u.n", "u.s", "u.s.a", "univ", "v", "vol",
    "vs", "wed",
];

/// Words that are capitalised at the start of a sentence or headline but
/// are never a person's name: articles, conjunctions, prepositions,
/// pronouns and determiners, sentence adverbs (`however`, `meanwhile`,
/// `earlier`), numbers, auxiliaries, the speech words that open sentences
/// (`asked`, `said`, `according`), page furniture (`breaking`, `updated`,
/// `watch`, `photo`, `advertisement`, `reporting`, `editing`), weekdays,
/// and months.
///
/// Left out on purpose: words that are names as well — `may` (Theresa
/// May), `will`, `mark`, `bill`, `hope`, `grace`, `rich`, `west`, `new`;
/// honorifics (`mr`, `dr`: see `honorifics`), which come before names
/// rather than standing for none; and contractions (`it's`, `don't`), whose
/// apostrophe varies.
#[rustfmt::skip]
pub(crate) static NOT_NAMES: &[&str] = &[
    "a", "about", "above", "absent", "according", "across", "additional", "additionally",
    "advertisement",
    "after", "again", "against", "all", "along", "alongside", "already", "also", "although", "amid",
    "amidst", "among", "amongst", "an", "analysis", "and", "another", "anybody", "anyone",
    "anything", "april", "are", "around", "as", "asked", "at", "atop", "august",
    "be", "because", "been", "before", "behind", "below", "beneath", "beside", "besides", "between",
    "beyond", "both", "breaking", "but", "by",
    "can", "certainly", "chapter", "clarification", "clearly", "concerning", "considering", "correction",
    "could", "currently",
    "december", "despite", "did", "do", "does", "down", "dozens", "during",
    "each", "earlier", "editing", "editorial", "eight", "either", "elsewhere", "even", "eventually",
    "every", "everybody", "everyone", "everything", "except", "excluding", "exclusive", "explainer",
    "factbox", "february", "few", "fewer", "finally", "first", "firstly", "five", "following",
    "for", "former", "four", "friday", "from", "furthermore",
    "had", "has", "have", "he", "hence", "her", "here", "hers", "herself", "him", "himself", "his",
    "how", "however", "hundreds",
    "i", "if", "image", "in", "including", "indeed", "initially", "inside", "instead", "into", "is",
    "it", "its", "itself",
    "january", "july", "june", "just",
    "last", "lastly", "later", "latest", "less", "let", "like", "likewise", "listen", "live",
    "many", "march", "maybe", "me", "meanwhile", "might", "millions", "mine", "monday", "more",
    "moreover", "most", "much", "must", "my", "myself",
    "near", "neither", "nevertheless", "next", "nine", "no", "nobody", "none", "nonetheless", "nor",
    "not", "nothing", "november", "now",
    "october", "of", "off", "oh", "ok", "okay", "on", "once", "one", "only", "onto", "opinion",
    "or", "other", "others", "otherwise", "our", "ours", "ourselves", "out", "outside", "over",
    "overall",
    "perhaps", "photo", "photograph", "picture", "please", "posted", "published",
    "read", "recently", "regarding", "related", "reporting",
    "said", "saturday", "says", "second", "secondly", "see", "separately", "september", "seven", "several",
    "share", "she", "should", "similarly", "since", "six", "so", "some", "somebody", "someone",
    "something", "soon", "speaking", "still", "subscribe", "such", "sunday",
    "ten", "thanks", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "therefore", "these", "they", "third", "this", "those", "though", "thousands", "three",
    "through", "throughout", "thursday", "thus", "timeline", "to", "today", "tomorrow", "tonight",
    "toward", "towards", "tuesday", "two",
    "ultimately", "under", "underneath", "unless", "unlike", "until", "up", "update", "updated",
    "upon", "us",
    "via", "video",
    "was", "watch", "we", "wednesday", "well", "were", "what", "whatever", "when", "whenever",
    "where", "wherever", "whether", "which", "while", "whilst", "who", "whom", "whose", "why",
    "with", "within", "without", "would",
    "yes", "yesterday", "yet", "you", "your", "yours", "yourself",
];

/// Single-word adjectives of nationality, region and jurisdiction that
/// stand before a title (`Ukrainian officials`, `a US diplomat`, `federal
/// prosecutors`): countries' demonyms, some sub-national ones (`scottish`,
/// `catalan`, `texan`), regions (`european`, `western`, `arab`), the short
/// forms `us`, `u.s.`, `uk`, `eu`, `un`, and `federal` and `state`.
///
/// `us` is also the pronoun: callers should require the capitalised `US`.
///
/// Left out on purpose: two-word demonyms whose second word is not one
/// already (`sri lankan`, `costa rican`, `puerto rican`, `new zealand`,
/// `hong kong`) — the others (`south african`, `north korean`) match on
/// their second word; and religions (`muslim`, `jewish`, `christian`),
/// which are not jurisdictions.
#[rustfmt::skip]
pub(crate) static DEMONYMS: &[&str] = &[
    "afghan", "african", "albanian", "algerian", "american", "angolan", "arab", "argentine",
    "argentinian", "armenian", "asian", "australian", "austrian", "azerbaijani", "azeri",
    "bahraini", "balkan", "baltic", "bangladeshi", "basque", "bavarian", "belarusian", "belgian",
    "bhutanese", "bolivian", "bosnian", "brazilian", "british", "bulgarian", "burmese", "burundian",
    "californian", "cambodian", "cameroonian", "canadian", "caribbean", "catalan", "chilean",
    "chinese", "colombian", "congolese", "croatian", "cuban", "cypriot", "czech",
    "danish", "dominican", "dutch",
    "e.u.", "eastern", "ecuadorian", "egyptian", "emirati", "english", "eritrean", "estonian",
    "ethiopian", "eu", "european",
    "federal", "fijian", "filipino", "finnish", "flemish", "french",
    "georgian", "german", "ghanaian", "greek", "guatemalan",
    "haitian", "honduran", "hungarian",
    "icelandic", "indian", "indonesian", "iranian", "iraqi", "irish", "israeli", "italian",
    "ivorian",
    "jamaican", "japanese", "jordanian",
    "kazakh", "kenyan", "korean", "kosovan", "kosovar", "kurdish", "kuwaiti", "kyrgyz",
    "laotian", "latvian", "lebanese", "libyan", "lithuanian", "luxembourgish",
    "macedonian", "malagasy", "malawian", "malaysian", "malian", "maltese", "mexican", "moldovan",
    "mongolian", "montenegrin", "moroccan", "mozambican",
    "namibian", "nepalese", "nepali", "nicaraguan", "nigerian", "nordic", "norwegian",
    "omani",
    "pakistani", "palestinian", "panamanian", "papuan", "paraguayan", "peruvian", "philippine",
    "polish", "portuguese",
    "qatari",
    "romanian", "russian", "rwandan",
    "salvadoran", "samoan", "saudi", "scandinavian", "scottish", "senegalese", "serbian",
    "singaporean", "slovak", "slovenian", "somali", "soviet", "spanish", "state", "sudanese",
    "swedish", "swiss", "syrian",
    "taiwanese", "tajik", "tanzanian", "texan", "thai", "tibetan", "tongan", "trinidadian",
    "tunisian", "turkish", "turkmen",
    "u.k.", "u.n.", "u.s", "u.s.", "ugandan", "uighur", "uk", "ukrainian", "un", "uruguayan", "us",
    "usa", "uyghur", "uzbek",
    "venezuelan", "vietnamese",
    "welsh", "western",
    "yemeni",
    "zambian", "zimbabwean",
];

/// Nouns that make an unnamed source when they come with an indefinite
/// article or in the plural (`a source said`, `officials said`, `one
/// resident told`), singular and plural: `source`, `official`, `witness`,
/// `resident`, `spokesperson`, `aide`, `insider`, `expert`, `analyst`,
/// `diplomat`, `employee`, `fan`, `commuter`, `local`, `organiser`, and
/// `person`/`people`, `man`/`woman`, and a party's member (`democrat`,
/// `republicans`).
///
/// Left out on purpose: every other title (`a doctor said` is unnamed too,
/// but the caller can ask [`titles`](super::titles)); and kin words
/// (`a mother said`), which stories nearly always go on to name.
#[rustfmt::skip]
pub(crate) static UNNAMED_SOURCE_NOUNS: &[&str] = &[
    "adviser", "advisers", "advisor", "advisors", "aide", "aides", "allies", "ally",
    "analyst", "analysts", "associate", "associates", "attendee", "attendees", "bystander",
    "bystanders", "colleague", "colleagues", "commuter", "commuters", "confidant", "confidante",
    "confidantes", "confidants", "democrat", "democrats", "demonstrator", "demonstrators",
    "diplomat", "diplomats", "employee", "employees", "executive", "executives", "expert",
    "experts", "eyewitness", "eyewitnesses", "fan", "fans", "friend", "friends", "insider",
    "insiders", "investigator", "investigators", "lawmaker", "lawmakers", "legislator",
    "legislators", "local", "locals", "man", "member", "members", "men", "negotiator",
    "negotiators", "neighbor", "neighbors", "neighbour", "neighbours", "observer", "observers",
    "officer", "officers", "official", "officials", "onlooker", "onlookers", "organiser",
    "organisers", "organizer", "organizers", "participant", "participants", "passenger",
    "passengers", "people", "person", "protester", "protesters", "protestor", "protestors",
    "relative", "relatives", "representative", "representatives", "republican", "republicans",
    "researcher", "researchers", "resident", "residents", "source", "sources", "spokesman",
    "spokesmen", "spokespeople", "spokesperson", "spokespersons", "spokeswoman", "spokeswomen",
    "staffer", "staffers", "voter", "voters", "whistleblower", "whistleblowers", "witness",
    "witnesses", "woman", "women", "worker", "workers",
];

/// First-level regions a town's name is followed by in news copy (`in
/// Boulder, Colorado,`, `Elizabeth, N.J.` is an abbreviation, read
/// elsewhere): the US states, Canada's provinces, Australia's states and
/// Britain's nations, of one or two words. Read only for a name set off
/// by commas right after another name (see `mention::place_region`):
/// `Georgia` or `Victoria` alone elsewhere is still a given name.
#[rustfmt::skip]
pub(crate) static REGIONS: &[&str] = &[
    "alabama", "alaska", "alberta", "arizona", "arkansas", "british columbia", "california",
    "colorado", "connecticut", "delaware", "england", "florida", "georgia", "hawaii", "idaho",
    "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "manitoba",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
    "nebraska", "nevada", "new brunswick", "new hampshire", "new jersey", "new mexico", "new york",
    "newfoundland", "north carolina", "north dakota", "nova scotia", "ohio", "oklahoma", "ontario",
    "oregon", "pennsylvania", "quebec", "queensland", "rhode island", "saskatchewan", "scotland",
    "south australia", "south carolina", "south dakota", "tasmania", "tennessee", "texas", "utah",
    "vermont", "victoria", "virginia", "wales", "washington", "west virginia", "western australia",
    "wisconsin", "wyoming",
];

/// Whether `lower` is one of [`REGIONS`].
pub(crate) fn is_region(lower: &str) -> bool {
    super::contains(REGIONS, lower)
}

/// Whether a period after `lower_no_final_period` (`mr`, `jan`, `u.s`)
/// may be an abbreviation's rather than a sentence's end.
pub(crate) fn is_abbreviation(lower_no_final_period: &str) -> bool {
    super::classes(lower_no_final_period) & super::class::ABBREV != 0
}

/// Whether `lower` is a word that is never a person's name even when
/// capitalised (`the`, `however`, `monday`, `breaking`).
pub(crate) fn is_not_name(lower: &str) -> bool {
    super::classes(lower) & super::class::NOT_NAME != 0
}

/// Whether `lower` is an adjective of nationality, region or jurisdiction
/// (`ukrainian`, `u.s.`, `federal`).
pub(crate) fn is_demonym(lower: &str) -> bool {
    super::classes(lower) & super::class::DEMONYM != 0
}

/// Nouns for a member of a party, faith or people, singular and plural,
/// that are not demonyms with an `s` (`democrat`, `republicans`, `tories`,
/// `britons`, `muslims`): capitalised, they are still no one's name
/// (`one Democrat said`). Plural demonyms (`canadians`, `israelis`) are
/// read from [`DEMONYMS`] by [`is_group_member`].
#[rustfmt::skip]
pub(crate) static GROUP_MEMBER_NOUNS: &[&str] = &[
    "anglicans", "arabs", "britons", "brits", "buddhists", "catholics", "christians",
    "communist", "communists", "conservatives", "danes", "democrat", "democrats", "evangelicals",
    "finns", "hindus", "jews", "kurds", "labourites", "liberals", "libertarian", "libertarians",
    "muslims", "poles", "protestants", "republican", "republicans", "scots", "sikhs",
    "socialist", "socialists", "swedes", "tories", "tory", "turks",
];

/// Whether `lower` names a member of a party, faith or people
/// ([`GROUP_MEMBER_NOUNS`], or a demonym's plural: `canadians`).
pub(crate) fn is_group_member(lower: &str) -> bool {
    is_group_member_of(lower, super::classes(lower))
}

/// [`is_group_member`] of `lower`, whose classes (see [`super::classes`])
/// are `c`.
pub(crate) fn is_group_member_of(lower: &str, c: u32) -> bool {
    c & super::class::MEMBER != 0
        || lower
            .strip_suffix('s')
            .is_some_and(|stem| super::classes(stem) & super::class::DEMONYM != 0)
}

/// Kin nouns, singular (`father`, `sister`, `wife`, `cousin`): `said her
/// father` names a relative of someone the text has named, a character
/// the story knows, never an unnamed source of its own.
#[rustfmt::skip]
pub(crate) static KIN_NOUNS: &[&str] = &[
    "aunt", "brother", "brother-in-law", "cousin", "dad", "daughter", "daughter-in-law",
    "father", "father-in-law", "grandfather", "grandmother", "husband", "mamma", "mother",
    "mother-in-law", "nephew", "niece", "papa", "sister", "sister-in-law", "son", "son-in-law",
    "uncle", "wife",
];

/// Whether `lower` is one of [`KIN_NOUNS`].
pub(crate) fn is_kin_noun(lower: &str) -> bool {
    super::contains(KIN_NOUNS, lower)
}

/// Whether `lower` makes an unnamed source with `a`/`one` or in the plural
/// (`source`, `officials`, `residents`).
pub(crate) fn is_unnamed_source_noun(lower: &str) -> bool {
    super::classes(lower) & super::class::UNNAMED != 0
}

/// Labels that open a line of page furniture before a colon: links
/// (`WATCH: …`, `READ MORE: …`, `Related: …`, `See also: …`) and photo
/// credits (`Photo: …`, `Credit: …`). Names there are nobody who speaks,
/// and a quote there is a title.
#[rustfmt::skip]
pub(crate) static FURNITURE_LABELS: &[&str] = &[
    "also", "credit", "credits", "image", "images", "listen", "more", "photo", "photograph",
    "photos", "picture", "pictures", "read", "related", "see", "video", "videos", "watch",
];

/// Whether `lower` is one of the [`FURNITURE_LABELS`].
pub(crate) fn is_furniture_label(lower: &str) -> bool {
    super::contains(FURNITURE_LABELS, lower)
}

#[cfg(test)]
mod tests {
    use super::super::assert_well_formed;
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        assert_well_formed("ABBREVIATIONS", ABBREVIATIONS);
        assert_well_formed("NOT_NAMES", NOT_NAMES);
        assert_well_formed("REGIONS", REGIONS);
        assert_well_formed("DEMONYMS", DEMONYMS);
        assert_well_formed("UNNAMED_SOURCE_NOUNS", UNNAMED_SOURCE_NOUNS);
        assert_well_formed("FURNITURE_LABELS", FURNITURE_LABELS);
        assert_well_formed("GROUP_MEMBER_NOUNS", GROUP_MEMBER_NOUNS);
        assert_well_formed("KIN_NOUNS", KIN_NOUNS);
    }

    #[test]
    fn kin() {
        for word in ["father", "sister-in-law", "wife", "cousin"] {
            assert!(is_kin_noun(word), "{word:?}");
        }
        for word in ["friend", "fathers", "spokesman", "Father", ""] {
            assert!(!is_kin_noun(word), "{word:?}");
        }
    }

    #[test]
    fn group_members() {
        for word in [
            "democrat",
            "republicans",
            "tories",
            "canadians",
            "israelis",
            "britons",
        ] {
            assert!(is_group_member(word), "{word:?}");
        }
        for word in ["canadian", "reed", "members", "dens", "s", ""] {
            assert!(!is_group_member(word), "{word:?}");
        }
    }

    #[test]
    fn abbreviations() {
        for word in [
            "mr", "mrs", "dr", "st", "jr", "sen", "gen", "jan", "sept", "thurs", "inc", "corp",
            "no", "vs", "etc", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "d.c", "l.a",
        ] {
            assert!(is_abbreviation(word), "{word:?}");
        }
        for word in ["mr.", "u.s.", "said", "may", "june", "a", ""] {
            assert!(!is_abbreviation(word), "{word:?}");
        }
        for word in ABBREVIATIONS {
            assert!(!word.ends_with('.'), "{word:?} keeps its final period");
        }
    }

    #[test]
    fn not_names() {
        for word in [
            "the",
            "but",
            "however",
            "meanwhile",
            "earlier",
            "this",
            "they",
            "his",
            "according",
            "monday",
            "sunday",
            "january",
            "december",
            "breaking",
            "updated",
            "advertisement",
        ] {
            assert!(is_not_name(word), "{word:?}");
        }
        for word in ["may", "will", "mark", "mr", "smith", "The"] {
            assert!(!is_not_name(word), "{word:?}");
        }
    }

    #[test]
    fn demonyms() {
        for word in [
            "american",
            "british",
            "ukrainian",
            "russian",
            "turkish",
            "israeli",
            "palestinian",
            "u.s.",
            "us",
            "uk",
            "eu",
            "un",
            "european",
            "western",
            "federal",
            "state",
        ] {
            assert!(is_demonym(word), "{word:?}");
        }
        for word in ["america", "britain", "muslim", "senior", ""] {
            assert!(!is_demonym(word), "{word:?}");
        }
    }

    #[test]
    fn unnamed_source_nouns() {
        for word in [
            "source",
            "sources",
            "official",
            "officials",
            "witness",
            "residents",
            "spokeswoman",
            "spokespeople",
            "insider",
            "people",
            "analysts",
            "locals",
            "organisers",
            "organizers",
        ] {
            assert!(is_unnamed_source_noun(word), "{word:?}");
        }
        for word in ["minister", "mother", "police", "said"] {
            assert!(!is_unnamed_source_noun(word), "{word:?}");
        }
    }

    /// An honorific stands before a name, so it must not be a word that
    /// rules a name out.
    #[test]
    fn not_names_are_not_honorifics() {
        for word in NOT_NAMES {
            assert!(!super::super::honorifics::is_honorific(word), "{word:?}");
        }
    }
}
