//! Nouns that make a speaker an organisation (`the ministry said`), nouns
//! for things that "say" without being speakers (`the statement said`), and
//! the last words that mark a capitalised name as an organisation's
//! (`Qantas Airways`, `Acme Ltd`).

/// Head nouns of organisations and collective speakers that news copy lets
/// speak — `police`, `ministry`, `council`, `company`, `union`, `court`,
/// `club`, `hospital`, `regulator`, `watchdog`, `charity`, `kremlin`,
/// `pentagon`, `palace` — with plurals where they speak too (`the
/// companies said`). `family` and `estate` are here because a family or an
/// estate issues statements like an organisation does.
///
/// Left out on purpose: `house` (the House, but also a house), `state`
/// (`the state said`, but also `state media`), `side` (a team, but mostly
/// not), `jury` (it finds, it does not say), and the people in an
/// organisation (`officials`, `prosecutors`, `organisers`), which are
/// titles.
#[rustfmt::skip]
pub(crate) static ORG_NOUNS: &[&str] = &[
    "academy", "administration", "administrations", "agencies", "agency", "airline", "airlines",
    "airport", "alliance", "aquarium", "archdiocese", "armies", "army", "assembly", "association",
    "associations", "authorities", "authority", "automaker",
    "band", "bank", "banks", "bloc", "board", "boards", "brigade", "broadcaster", "bundestag",
    "bureau", "bureaus", "bureaux", "business",
    "cabinet", "campaign", "campaigns", "carmaker", "carrier", "caucus", "center", "centers",
    "centre", "centres", "chain", "channel", "charities", "charity", "chipmaker", "church", "city",
    "clinic", "club", "clubs", "co-op", "coalition", "coastguard", "collective", "college",
    "colleges", "commission", "commissions", "committee", "committees", "companies", "company",
    "conglomerate", "congress", "consortium", "constabulary", "consulate", "consulates",
    "cooperative", "corporation", "corporations", "council", "councils", "county", "court",
    "courts",
    "delegation", "department", "departments", "diocese", "drugmaker", "duma",
    "elysee", "embassies", "embassy", "estate", "exchange",
    "faction", "families", "family", "federation", "federations", "festival", "festivals", "firm",
    "firms", "force", "forces", "foundation", "foundations", "franchise", "fund",
    "gallery", "giant", "government", "governments", "group", "groups",
    "hospital", "hospitals",
    "inquiry", "institute", "institutes", "institution", "insurer", "insurers",
    "junta",
    "knesset", "kremlin",
    "lab", "laboratory", "league", "leagues", "legislature", "lender", "lenders", "library",
    "magazine", "maker", "manufacturer", "military", "militia", "ministries", "ministry", "mission",
    "mosque", "movement", "municipality", "museum", "museums",
    "navies", "navy", "network", "networks", "newspaper", "ngo", "non-profit", "nonprofit",
    "observatory", "office", "offices", "operator", "operators", "orchestra", "organisation",
    "organisations", "organization", "organizations", "outlet",
    "palace", "parliament", "parties", "party", "pentagon", "platform", "police", "provider",
    "publisher",
    "railroad", "railway", "regime", "regulator", "regulators", "retailer",
    "school", "schools", "senate", "service", "services", "society", "start-up", "startup",
    "station", "studio", "studios", "subcommittee", "supermarket", "supplier",
    "taskforce", "team", "teams", "theater", "theatre", "think-tank", "thinktank", "tribunal",
    "trust", "trusts",
    "union", "unions", "universities", "university", "utility",
    "vatican",
    "watchdog", "watchdogs", "whitehall",
    "zoo", "zoos",
    "élysée",
];

/// Things that "say" or "read" but are not speakers — `statement`,
/// `report`, `letter`, `press release`, `tweet`, `filing`, `study`,
/// `ruling`, `sign`, `caption`, `poll`, `figures` — singular and plural:
/// `the statement said` attributes the quote to whoever issued it, not to
/// the statement.
///
/// Left out on purpose: events (`interview`, `speech`, `hearing`,
/// `briefing`), where the speaker is a person at them, and `account`
/// (a social media account speaks for someone, but the word is mostly
/// about money or a version of events).
#[rustfmt::skip]
pub(crate) static DOCUMENT_NOUNS: &[&str] = &[
    "ad", "advert", "advertisement", "advisories", "advisory", "affidavit", "agreement", "alert",
    "alerts", "amendment", "analysis", "announcement", "announcements", "article", "articles",
    "assessment", "audit",
    "banner", "bill", "bills", "blog", "book", "books", "brochure", "budget", "bulletin",
    "caption", "captions", "charter", "clip", "column", "communique", "communiqué", "complaint",
    "constitution", "contract",
    "data", "decision", "declaration", "dissent", "document", "documents", "dossier", "draft",
    "e-mail", "e-mails", "editorial", "editorials", "email", "emails", "essay",
    "figures", "filing", "filings", "findings", "flyer", "footage", "forecast",
    "guidance", "guidelines",
    "headline", "headlines",
    "index", "indictment",
    "judgement", "judgment",
    "law", "laws", "lawsuit", "leaflet", "legislation", "letter", "letters",
    "manifesto", "memo", "memorandum", "memos", "message", "messages", "minutes", "motion",
    "newsletter", "note", "notes", "notice", "notices",
    "op-ed", "opinion", "order", "orders",
    "page", "pamphlet", "paper", "papers", "petition", "placard", "plan", "plaque", "podcast",
    "policy", "poll", "polls", "post", "poster", "posts", "press release", "proposal",
    "readout", "record", "recording", "records", "regulation", "regulations", "release", "releases",
    "report", "reports", "research", "resolution", "results", "review", "rule", "rules", "ruling",
    "rulings",
    "sign", "signs", "slogan", "statement", "statements", "statute", "story", "studies", "study",
    "summary", "survey", "surveys",
    "testimony", "transcript", "treaty", "tweet", "tweets",
    "update", "updates",
    "verdict", "video", "videos",
    "warning", "warnings", "website", "websites",
];

/// Final words that make a capitalised name an organisation: company forms
/// (`inc`, `ltd`, `plc`, `llc`, `gmbh`, `pty`), institutions (`university`,
/// `ministry`, `council`, `hospital`), sport (`fc`, `united`, `rovers`),
/// media (`news`, `times`, `post`, `gazette`), and trades (`airways`,
/// `motors`, `pharmaceuticals`).
///
/// Left out on purpose: `city`, `town`, `county` and `state` (Manchester
/// City but Salt Lake City, Derby County but Orange County, Ohio State but
/// Washington State), `today`, `sun`, `independent` and `economist`
/// (ordinary words and roles before they are papers), abbreviations that
/// are also places (`sa`, `ag`, `nv`, `lp`), and US team nicknames (an
/// open class of plurals).
#[rustfmt::skip]
pub(crate) static ORG_SUFFIXES: &[&str] = &[
    "academy", "administration", "aerospace", "afc", "agencies", "agency", "aid", "airlines",
    "airport", "airports", "airways", "albion", "alliance", "army", "assembly", "associates",
    "association", "assurance", "athletic", "authority", "automotive",
    "ballet", "bank", "board", "brands", "brewery", "brewing", "brigade", "broadcasting", "bureau",
    "capital", "caucus", "center", "centre", "channel", "charity", "chemicals", "chronicle",
    "clinic", "club", "co", "co-op", "coalition", "college", "command", "commission", "committee",
    "communications", "commuters", "company", "confederation", "conference", "congress",
    "consortium", "constabulary", "consulate", "consulting", "cooperative", "corp", "corporation",
    "corps", "cos", "council", "courier", "court",
    "department", "directorate",
    "electric", "embassy", "energy", "enterprises", "entertainment", "examiner", "express",
    "farms", "fc", "federation", "ferries", "festival", "financial", "foods", "force", "forum",
    "foundation", "foundations", "front", "fund",
    "gallery", "games", "gazette", "gmbh", "government", "group", "guard", "guardian",
    "health", "herald", "holdings", "hospital", "hospitals", "hotels",
    "inc", "industries", "infirmary", "initiative", "inquirer", "institute", "institutes",
    "institution", "insurance", "international", "investments",
    "journal",
    "laboratories", "laboratory", "labs", "league", "library", "lines", "llc", "llp", "logistics",
    "ltd",
    "magazine", "mail", "materials", "media", "metals", "minerals", "mining", "ministries",
    "ministry", "mirror", "mission", "motors", "movement", "museum",
    "navy", "network", "networks", "news",
    "observatory", "observer", "office", "oil", "opera", "orchestra", "organisation",
    "organization",
    "pac", "parliament", "partners", "partnership", "party", "pharma", "pharmaceuticals",
    "pictures", "plc", "police", "post", "press", "project", "pty",
    "radio", "rail", "railway", "railways", "rangers", "records", "regiment", "resorts",
    "resources", "review", "rovers",
    "school", "schools", "secretariat", "securities", "senate", "service", "services", "shipping",
    "society", "solicitors", "solutions", "standard", "steel", "stores", "studios", "supermarkets",
    "systems",
    "technologies", "telecom", "telecoms", "telegraph", "television", "theater", "theatre",
    "therapeutics", "times", "transit", "transport", "transportation", "tribunal", "tribune",
    "trust", "tv",
    "union", "unions", "united", "university", "utilities",
    "ventures",
    "wanderers", "watch", "water",
    "zoo",
];

/// Whether `lower` is a head noun of an organisation (`police`,
/// `ministry`, `companies`).
pub(crate) fn is_org_noun(lower: &str) -> bool {
    super::classes(lower) & super::class::ORG_NOUN != 0
}

/// Whether `lower` names a text rather than a speaker (`statement`,
/// `report`, `tweet`, `press release`).
pub(crate) fn is_document_noun(lower: &str) -> bool {
    super::classes(lower) & super::class::DOC_NOUN != 0
}

/// Whether `lower`, the last word of a capitalised name, makes the name an
/// organisation's (`ltd`, `university`, `fc`, `airways`). Strip a trailing
/// period first: `Inc.` → `inc`.
pub(crate) fn is_org_suffix(lower: &str) -> bool {
    super::classes(lower) & super::class::ORG_SUFFIX != 0
}

/// Participles that tie a document to its issuer with `by` (`a notice
/// posted by the Harbour Trust`, `a letter signed by the mayor`).
#[rustfmt::skip]
pub(crate) static ISSUING_PARTICIPLES: &[&str] = &[
    "circulated", "distributed", "issued", "posted", "published", "put", "released", "sent",
    "shared", "signed", "written",
];

/// Whether `lower` is one of the [`ISSUING_PARTICIPLES`].
pub(crate) fn is_issuing_participle(lower: &str) -> bool {
    super::contains(ISSUING_PARTICIPLES, lower)
}

/// What hears evidence (`the court heard`, `the inquest was told`): a
/// quote in what it heard is the witness's or the defendant's words, not
/// the court's.
#[rustfmt::skip]
pub(crate) static HEARINGS: &[&str] = &[
    "court", "hearing", "inquest", "inquiry", "jurors", "jury", "magistrates", "trial", "tribunal",
];

/// Whether `lower` is one of the [`HEARINGS`].
pub(crate) fn is_hearing(lower: &str) -> bool {
    super::contains(HEARINGS, lower)
}

#[cfg(test)]
mod tests {
    use super::super::assert_well_formed;
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        assert_well_formed("ORG_NOUNS", ORG_NOUNS);
        assert_well_formed("DOCUMENT_NOUNS", DOCUMENT_NOUNS);
        assert_well_formed("ORG_SUFFIXES", ORG_SUFFIXES);
        assert_well_formed("HEARINGS", HEARINGS);
        assert_well_formed("ISSUING_PARTICIPLES", ISSUING_PARTICIPLES);
    }

    #[test]
    fn org_nouns() {
        for word in [
            "police",
            "ministry",
            "department",
            "council",
            "government",
            "company",
            "union",
            "court",
            "club",
            "university",
            "hospital",
            "airline",
            "army",
            "party",
            "kremlin",
            "pentagon",
            "regulator",
            "watchdog",
            "charity",
            "zoo",
            "companies",
            "agencies",
        ] {
            assert!(is_org_noun(word), "{word:?}");
        }
        for word in [
            "spokesperson",
            "officials",
            "statement",
            "house",
            "state",
            "Police",
            "",
        ] {
            assert!(!is_org_noun(word), "{word:?}");
        }
    }

    #[test]
    fn document_nouns() {
        for word in [
            "statement",
            "report",
            "letter",
            "press release",
            "tweet",
            "email",
            "e-mail",
            "filing",
            "study",
            "ruling",
            "sign",
            "caption",
            "poll",
            "figures",
            "data",
        ] {
            assert!(is_document_noun(word), "{word:?}");
        }
        for word in ["interview", "speech", "minister", "police", "press"] {
            assert!(!is_document_noun(word), "{word:?}");
        }
    }

    #[test]
    fn org_suffixes() {
        for word in [
            "inc",
            "ltd",
            "llc",
            "plc",
            "corp",
            "co",
            "group",
            "police",
            "university",
            "airways",
            "fc",
            "united",
            "news",
            "times",
            "post",
            "commuters",
            "partnership",
            "zoo",
        ] {
            assert!(is_org_suffix(word), "{word:?}");
        }
        for word in ["city", "town", "county", "state", "inc.", "smith", "said"] {
            assert!(!is_org_suffix(word), "{word:?}");
        }
    }

    /// A word that is both a speaker and a text would make the two sieves
    /// fight over it.
    #[test]
    fn no_noun_is_both_organisation_and_document() {
        for word in ORG_NOUNS {
            assert!(!is_document_noun(word), "{word:?} is in both tables");
        }
    }
}
