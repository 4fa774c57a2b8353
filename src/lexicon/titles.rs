//! Role and occupation nouns (`prime minister`, `spokeswoman`, `striker`,
//! `resident`), the words that may precede them inside a role (`deputy`,
//! `former`), and the gender some of them carry.

use std::cmp::Reverse;
use std::collections::HashMap;

use once_cell::sync::Lazy;

use super::{contains, Gender};

/// Role and occupation nouns and noun phrases, singular and plural, one to
/// four words, as they stand after a determiner or before a name: political
/// and diplomatic (`secretary of state`, `foreign minister`, `mp`,
/// `spokesperson`), legal and religious, military and police ranks
/// (`detective chief inspector`), business (`chief executive`, `ceo`,
/// `chief investment strategist`), media and arts, sport (`striker`,
/// `head coach`, `quarterback`), public services and science
/// (`paramedic`, `meteorologist`, `headteacher`), and the people in stories
/// (`resident`, `witness`, `grazier`, `commuter`, `mother`, `source`).
/// British and American spellings both (`defence`/`defense`,
/// `neighbour`/`neighbor`, `councillor`/`councilor`). Plurals of
/// postpositive titles appear both ways (`attorneys general`, `attorney
/// generals`).
///
/// Left out on purpose:
/// - modifiers that are not roles on their own (`deputy`, `chief`,
///   `senior`, `former`): see [`TITLE_MODIFIERS`]. A few words are in both
///   tables because they are roles too: `head`, `executive`, `general`,
///   `principal`, `veteran`. [`title_len`] prefers the longest title, so
///   `executive director` and `general manager` are matched whole;
/// - open `of` phrases (`head of policy`, `minister for X`, `director of
///   Y`) beyond a few fixed ones (`secretary of state`, `chief of staff`,
///   `director of public prosecutions`, `leader of the opposition`, the US
///   cabinet's `secretary of …`): the
///   mention stage extends a title over `of …`/`for …` itself;
/// - words mostly used as something else: `major` and `private` (ranks,
///   but adjectives far more often), `star`, `model`, `walker` (a surname
///   first), `gp` (also
///   Grand Prix), `pm` (also p.m.), `ms` (Welsh MS, but Ms), `td`, the
///   post-nominal `qc`/`kc`, and `house` alone;
/// - nationality and party words (`us senator`, `democratic senator`):
///   demonyms are in `words`, party words in [`TITLE_MODIFIERS`].
///
/// Some entries are also surnames (`cook`, `bishop`, `king`, `judge`): see
/// [`TITLES_ALSO_NAMES`]. Sports positions (`guard`, `centre`, `forward`)
/// also end organisation names (`National Guard`, `Kennedy Center`).
#[rustfmt::skip]
pub(crate) static TITLES: &[&str] = &[
    "academic", "academics", "accountant", "accountants", "accuser", "accusers", "activist",
    "activists", "actor", "actors", "actress", "actresses", "admiral", "admirals", "adviser",
    "advisers", "advisor", "advisors", "advocate", "advocates", "agent", "agents",
    "agriculture minister", "agriculture ministers", "aide", "aides", "airman", "airmen",
    "alderman", "aldermen", "alderwoman", "alderwomen", "all-rounder", "all-rounders",
    "ambassador", "ambassadors", "analyst", "analysts", "anchor", "anchors", "anthropologist",
    "anthropologists", "applicant", "applicants", "arborist", "arborists", "archaeologist",
    "archaeologists", "archbishop", "archbishops", "architect", "architects", "army chief",
    "army chiefs", "army officer", "army officers", "artist", "artists", "assemblyman",
    "assemblymen", "assemblywoman", "assemblywomen", "astronomer", "astronomers", "asylum seeker",
    "asylum seekers", "athlete", "athletes", "attorney", "attorney general", "attorney generals",
    "attorneys", "attorneys general", "auditor", "auditor general", "auditor generals", "auditors",
    "auditors general", "aunt", "aunts", "author", "authors", "baker", "bakers", "banker",
    "bankers", "barmaid", "barmaids", "barman", "barmen", "barrister", "barristers", "bartender",
    "bartenders", "batsman", "batsmen", "batter", "batters", "beekeeper", "beekeepers",
    "billionaire", "billionaires", "biologist", "biologists", "bishop", "bishops", "blogger",
    "bloggers", "board member", "board members", "border agent", "border agents", "boss", "bosses",
    "bowler", "bowlers", "boxer", "boxers", "boyfriend", "boyfriends", "brewer", "brewers",
    "brigadier", "brigadier general", "brigadier generals", "brigadiers", "broadcaster",
    "broadcasters", "broker", "brokers", "brother", "brothers", "builder", "builders",
    "bureaucrat", "bureaucrats", "bus driver", "bus drivers", "business owner", "business owners",
    "business secretaries", "business secretary", "businessman", "businessmen", "businesswoman",
    "businesswomen", "bystander", "bystanders", "cabbie", "cabbies", "cabinet secretaries",
    "cabinet secretary", "campaign manager", "campaign managers", "campaigner", "campaigners",
    "candidate", "candidates", "captain", "captains", "cardinal", "cardinals", "care worker",
    "care workers", "caregiver", "caregivers", "carer", "carers", "caretaker", "caretakers",
    "caseworker", "caseworkers", "catcher", "catchers", "center", "centers", "centre",
    "centre-back", "centre-backs", "centres", "ceo", "ceos", "cfo", "cfos", "chair", "chairman",
    "chairmen", "chairperson", "chairpersons", "chairs", "chairwoman", "chairwomen", "challenger",
    "challengers", "champion", "champions", "chancellor", "chancellor of the exchequer",
    "chancellors", "chaplain", "chaplains", "chef", "chefs", "chemist", "chemists", "chief",
    "chief constable", "chief constables", "chief economist", "chief economists",
    "chief executive", "chief executive officer", "chief executive officers", "chief executives",
    "chief financial officer", "chief financial officers", "chief inspector", "chief inspectors",
    "chief investment officer", "chief investment officers", "chief investment strategist",
    "chief investment strategists", "chief justice", "chief justices", "chief medical officer",
    "chief medical officers", "chief minister", "chief ministers", "chief of staff",
    "chief operating officer", "chief operating officers", "chief scientific adviser",
    "chief scientific advisers", "chief scientist", "chief scientists", "chief strategist",
    "chief strategists", "chief superintendent", "chief superintendents",
    "chief technology officer", "chief technology officers", "chief whip", "chief whips", "chiefs",
    "chiefs of staff", "child", "children", "cio", "cios", "citizen", "citizens", "civil servant",
    "civil servants", "claimant", "claimants", "cleaner", "cleaners", "cleric", "clerics", "clerk",
    "clerks", "climate minister", "climate ministers", "climatologist", "climatologists",
    "climber", "climbers", "co-founder", "co-founders", "co-owner", "co-owners", "co-pilot",
    "co-pilots", "coach", "coaches", "coastguard", "coastguards", "cofounder", "cofounders",
    "colonel", "colonels", "columnist", "columnists", "comedian", "comedians", "commander",
    "commander in chief", "commander-in-chief", "commanders", "commanders in chief",
    "commanders-in-chief", "commentator", "commentators", "commerce secretaries",
    "commerce secretary", "commissioner", "commissioners", "communications director",
    "communications directors", "commuter", "commuters", "complainant", "complainants",
    "comptroller", "comptrollers", "congressman", "congressmen", "congresspeople",
    "congressperson", "congresswoman", "congresswomen", "constable", "constables", "consul",
    "consul general", "consul generals", "consuls", "consuls general", "consultant", "consultants",
    "contender", "contenders", "contractor", "contractors", "coo", "cook", "cooks", "copilot",
    "copilots", "coroner", "coroners", "corporal", "corporals", "correspondent", "correspondents",
    "council member", "council members", "councillor", "councillors", "councilman", "councilmen",
    "councilor", "councilors", "councilwoman", "councilwomen", "counsel", "counsels", "cousin",
    "cousins", "crew member", "crew members", "criminologist", "criminologists", "critic",
    "critics", "crofter", "crofters", "crown prince", "crown princes", "cto", "ctos",
    "culture secretaries", "culture secretary", "curator", "curators", "customer", "customers",
    "customs officer", "customs officers", "cyclist", "cyclists", "dad", "dads", "dancer",
    "dancers", "daughter", "daughters", "dean", "deans", "defence attorney", "defence attorneys",
    "defence lawyer", "defence lawyers", "defence minister", "defence ministers",
    "defence secretaries", "defence secretary", "defendant", "defendants", "defender", "defenders",
    "defense attorney", "defense attorneys", "defense lawyer", "defense lawyers",
    "defense minister", "defense ministers", "defense secretaries", "defense secretary",
    "delegate", "delegates", "delivery driver", "delivery drivers", "demonstrator",
    "demonstrators", "dentist", "dentists", "designer", "designers", "detective",
    "detective chief inspector", "detective chief inspectors", "detective chief superintendent",
    "detective chief superintendents", "detective constable", "detective constables",
    "detective inspector", "detective inspectors", "detective sergeant", "detective sergeants",
    "detective superintendent", "detective superintendents", "detectives", "developer",
    "developers", "diplomat", "diplomats", "director", "director general", "director generals",
    "director of communications", "director of football", "director of public prosecutions",
    "director-general", "directors", "directors general", "directors of communications",
    "directors of football", "directors-general", "district attorney", "district attorneys",
    "diver", "divers", "doctor", "doctors", "driver", "drivers", "duchess", "duchesses", "duke",
    "dukes", "ecologist", "ecologists", "economist", "economists", "economy minister",
    "economy ministers", "editor", "editors", "education minister", "education ministers",
    "education secretaries", "education secretary", "electrician", "electricians", "emir", "emirs",
    "employee", "employees", "energy minister", "energy ministers", "energy secretaries",
    "energy secretary", "engineer", "engineers", "entrepreneur", "entrepreneurs",
    "environment minister", "environment ministers", "environment secretaries",
    "environment secretary", "envoy", "envoys", "epidemiologist", "epidemiologists",
    "estate agent", "estate agents", "evacuee", "evacuees", "executive", "executive chairman",
    "executive chairmen", "executive director", "executive directors", "executives", "expert",
    "experts", "eyewitness", "eyewitnesses", "factory worker", "factory workers", "fan", "fans",
    "farmer", "farmers", "father", "fathers", "fiance", "fiancee", "fiancees", "fiances", "fiancé",
    "fiancée", "fiancées", "fiancés", "fighter", "fighters", "filmmaker", "filmmakers", "finalist",
    "finalists", "finance minister", "finance ministers", "fire chief", "fire chiefs",
    "firefighter", "firefighters", "fireman", "firemen", "first lady", "first minister",
    "first ministers", "fisherman", "fishermen", "flight attendant", "flight attendants",
    "forecaster", "forecasters", "foreign affairs minister", "foreign affairs ministers",
    "foreign minister", "foreign ministers", "foreign secretaries", "foreign secretary", "forward",
    "forwards", "founder", "founders", "friend", "friends", "full-back", "full-backs", "fullback",
    "fullbacks", "fund manager", "fund managers", "gardener", "gardeners", "general",
    "general counsel", "general counsels", "general manager", "general managers",
    "general secretaries", "general secretary", "generals", "geologist", "geologists",
    "girlfriend", "girlfriends", "goalie", "goalies", "goalkeeper", "goalkeepers", "golfer",
    "golfers", "governor", "governor general", "governor generals", "governors",
    "governors general", "graduate", "graduates", "grandfather", "grandfathers", "grandmother",
    "grandmothers", "grandparent", "grandparents", "grazier", "graziers", "guard", "guards",
    "gymnast", "gymnasts", "harbor master", "harbormaster", "harbour master", "harbourmaster",
    "head", "head coach", "head coaches", "head of government", "head of state", "head teacher",
    "head teachers", "headmaster", "headmasters", "headmistress", "headmistresses", "heads",
    "heads of government", "heads of state", "headteacher", "headteachers", "health minister",
    "health ministers", "health officer", "health officers", "health secretaries",
    "health secretary", "high commissioner", "high commissioners", "hiker", "hikers", "historian",
    "historians", "holidaymaker", "holidaymakers", "home affairs minister",
    "home affairs ministers", "home secretaries", "home secretary", "homeowner", "homeowners",
    "host", "hostage", "hostages", "hosts", "hotelier", "hoteliers", "house speaker", "housewife",
    "housewives", "housing minister", "housing ministers", "hunter", "hunters", "husband",
    "husbands", "imam", "imams", "immigration minister", "immigration ministers",
    "immigration officer", "immigration officers", "immunologist", "immunologists", "incumbent",
    "incumbents", "influencer", "influencers", "inmate", "inmates", "insider", "insiders",
    "inspector", "inspector general", "inspector generals", "inspectors", "inspectors general",
    "intelligence chief", "intelligence chiefs", "interior minister", "interior ministers",
    "interior secretaries", "interior secretary", "investigator", "investigators", "investor",
    "investors", "janitor", "janitors", "jockey", "jockeys", "journalist", "journalists", "judge",
    "judges", "juror", "jurors", "justice", "justice minister", "justice ministers",
    "justice secretaries", "justice secretary", "justices", "keeper", "keepers", "king", "kings",
    "labor secretaries", "labor secretary", "laborer", "laborers", "labourer", "labourers",
    "landladies", "landlady", "landlord", "landlords", "lawmaker", "lawmakers", "lawyer",
    "lawyers", "leader", "leader of the opposition", "leaders", "lecturer", "lecturers",
    "legislator", "legislators", "librarian", "librarians", "lieutenant", "lieutenant colonel",
    "lieutenant colonels", "lieutenant general", "lieutenant generals", "lieutenant governor",
    "lieutenant governors", "lieutenants", "lifeguard", "lifeguards", "linebacker", "linebackers",
    "lobbyist", "lobbyists", "lord chancellor", "lord chancellors", "lord mayor", "lord mayors",
    "lorry driver", "lorry drivers", "magistrate", "magistrates", "magnate", "magnates",
    "major general", "major generals", "majority leader", "majority leaders", "manager",
    "managers", "managing director", "managing directors", "managing partner", "managing partners",
    "marine", "marines", "master", "masters", "mayor", "mayors", "mechanic", "mechanics",
    "mediator", "mediators", "medical examiner", "medical examiners", "member",
    "member of congress", "member of parliament", "members", "members of congress",
    "members of parliament", "mep", "meps", "meteorologist", "meteorologists", "midfielder",
    "midfielders", "midwife", "midwives", "migrant", "migrants", "military chief",
    "military chiefs", "military officer", "military officers", "miner", "miners", "minister",
    "minister of state", "ministers", "ministers of state", "minority leader", "minority leaders",
    "mla", "mlas", "mogul", "moguls", "mom", "moms", "monarch", "monarchs", "monk", "monks",
    "mother", "mothers", "motorist", "motorists", "mp", "mps", "msp", "msps", "mum", "mums",
    "musician", "musicians", "nannies", "nanny", "negotiator", "negotiators", "neighbor",
    "neighbors", "neighbour", "neighbours", "nephew", "nephews", "niece", "nieces", "nominee",
    "nominees", "non-executive director", "non-executive directors", "novelist", "novelists",
    "nun", "nuns", "nurse", "nurses", "observer", "observers", "officer", "officers", "official",
    "officials", "olympian", "olympians", "ombudsman", "ombudsmen", "onlooker", "onlookers",
    "opposition leader", "opposition leaders", "organiser", "organisers", "organizer",
    "organizers", "owner", "owners", "paralympian", "paralympians", "paramedic", "paramedics",
    "parent", "parents", "parishioner", "parishioners", "park ranger", "park rangers", "partner",
    "partners", "party leader", "party leaders", "passenger", "passengers", "passer-by",
    "passerby", "passers-by", "passersby", "pastor", "pastors", "pathologist", "pathologists",
    "patient", "patients", "peacekeeper", "peacekeepers", "pedestrian", "pedestrians", "pensioner",
    "pensioners", "permanent secretaries", "permanent secretary", "pharmacist", "pharmacists",
    "photographer", "photographers", "physician", "physicians", "physicist", "physicists",
    "physio", "physios", "physiotherapist", "physiotherapists", "pilgrim", "pilgrims", "pilot",
    "pilots", "pitcher", "pitchers", "plaintiff", "plaintiffs", "player", "players", "playwright",
    "playwrights", "plumber", "plumbers", "podcaster", "podcasters", "poet", "poets",
    "point guard", "point guards", "police chief", "police chiefs", "police commissioner",
    "police commissioners", "police constable", "police constables", "police officer",
    "police officers", "police spokesman", "police spokesmen", "police spokespeople",
    "police spokesperson", "police spokeswoman", "police spokeswomen", "policeman", "policemen",
    "policewoman", "policewomen", "politician", "politicians", "pollster", "pollsters", "pope",
    "portfolio manager", "portfolio managers", "premier", "premiers", "presenter", "presenters",
    "president", "president-elect", "presidents", "presidents-elect", "press officer",
    "press officers", "press secretaries", "press secretary", "priest", "priests",
    "prime minister", "prime ministers", "prince", "princes", "princess", "princesses",
    "principal", "principals", "prison guard", "prison guards", "prison officer",
    "prison officers", "prisoner", "prisoners", "producer", "producers", "professor", "professors",
    "proprietor", "proprietors", "prosecutor", "prosecutors", "protester", "protesters",
    "protestor", "protestors", "provost", "provosts", "psychiatrist", "psychiatrists",
    "psychologist", "psychologists", "public defender", "public defenders", "publican",
    "publicans", "publisher", "publishers", "pupil", "pupils", "quarterback", "quarterbacks",
    "queen", "queens", "rabbi", "rabbis", "racer", "racers", "rancher", "ranchers", "ranger",
    "rangers", "rapper", "rappers", "real estate agent", "real estate agents", "rector", "rectors",
    "referee", "referees", "refugee", "refugees", "regulator", "regulators", "relative",
    "relatives", "reporter", "reporters", "representative", "representatives", "researcher",
    "researchers", "resident", "residents", "restaurant owner", "restaurant owners",
    "restaurateur", "restaurateurs", "retailer", "retailers", "retiree", "retirees", "rider",
    "riders", "rookie", "rookies", "runner", "runner-up", "runners", "runners-up", "running back",
    "running backs", "sailor", "sailors", "schoolboy", "schoolboys", "schoolgirl", "schoolgirls",
    "scientist", "scientists", "scout", "scouts", "secretaries", "secretaries general",
    "secretaries of defense", "secretaries of homeland security", "secretaries of state",
    "secretaries of the treasury", "secretaries of war", "secretaries-general", "secretary",
    "secretary general", "secretary generals", "secretary of defense",
    "secretary of homeland security", "secretary of state", "secretary of the treasury",
    "secretary of war", "secretary-general", "seismologist", "seismologists", "selector",
    "selectors", "senator", "senators", "sergeant", "sergeants", "shareholder", "shareholders",
    "sheriff", "sheriffs", "shop owner", "shop owners", "shopkeeper", "shopkeepers", "shopper",
    "shoppers", "singer", "singers", "sister", "sisters", "skipper", "skippers", "smallholder",
    "smallholders", "social worker", "social workers", "sociologist", "sociologists", "soldier",
    "soldiers", "solicitor", "solicitor general", "solicitor generals", "solicitors",
    "solicitors general", "son", "songwriter", "songwriters", "sons", "source", "sources",
    "speaker", "speakers", "specialist", "specialists", "spokesman", "spokesmen", "spokespeople",
    "spokesperson", "spokespersons", "spokeswoman", "spokeswomen", "sponsor", "sponsors",
    "sporting director",
    "sporting directors", "sprinter", "sprinters", "spy chief", "spy chiefs", "staff member",
    "staff members", "staffer", "staffers", "state secretaries", "state secretary",
    "state trooper", "state troopers", "steelworker", "steelworkers", "stepfather", "stepfathers",
    "stepmother", "stepmothers", "store owner", "store owners", "strategist", "strategists",
    "striker", "strikers", "student", "students", "sultan", "sultans", "superintendent",
    "superintendents", "supporter", "supporters", "surfer", "surfers", "surgeon",
    "surgeon general", "surgeon generals", "surgeons", "surgeons general", "survivor", "survivors",
    "suspect", "suspects", "swimmer", "swimmers", "tanaiste", "taoiseach", "taxi driver",
    "taxi drivers", "taxpayer", "taxpayers", "teacher", "teachers", "team-mate", "team-mates",
    "teammate", "teammates", "technician", "technicians", "tenant", "tenants", "therapist",
    "therapists", "tourist", "tourists", "trade minister", "trade ministers", "trader", "traders",
    "train driver", "train drivers", "trainer", "trainers", "transport minister",
    "transport ministers", "transport secretaries", "transport secretary", "traveler", "travelers",
    "traveller", "travellers", "treasurer", "treasurers", "treasury secretaries",
    "treasury secretary", "trooper", "troopers", "truck driver", "truck drivers", "trustee",
    "trustees", "tutor", "tutors", "tycoon", "tycoons", "umpire", "umpires", "uncle", "uncles",
    "under secretaries", "under secretary", "undersecretaries", "undersecretary", "union leader",
    "union leaders", "union official", "union officials", "vet", "veteran", "veterans",
    "veterinarian", "veterinarians", "vets", "vicar", "vicars", "vice chancellor",
    "vice chancellors", "vice president", "vice presidents", "vice-chancellor", "vice-chancellors",
    "vice-president", "vice-presidents", "victim", "victims", "virologist", "virologists",
    "visitor", "visitors", "volcanologist", "volcanologists", "volunteer", "volunteers", "voter",
    "voters", "vp", "vps", "waiter", "waiters", "waitress", "waitresses", "warden", "wardens",
    "whip", "whips", "wicketkeeper", "wicketkeepers", "wide receiver", "wide receivers", "widow",
    "widower", "widowers", "widows", "wife", "winemaker", "winemakers", "winger", "wingers",
    "winner", "winners", "witness", "witnesses", "wives", "worker", "workers", "worshipper",
    "worshippers", "wrestler", "wrestlers", "writer", "writers", "zookeeper", "zookeepers",
];

/// Words that may precede a title inside one role: rank (`senior`,
/// `deputy`, `assistant`, `chief`), tenure (`acting`, `interim`, `former`,
/// `outgoing`, `then`), scope (`regional`, `federal`, `county`, `shadow`),
/// and party (`democratic`, `labour`, `tory`), so that `former deputy
/// prime minister` or `Republican state senator` reads as one role.
///
/// Left out on purpose: subject words (`health`, `foreign`, `finance`),
/// which make fixed titles listed whole in [`TITLES`]; demonyms (in
/// `words`); and general adjectives (`embattled`, `beleaguered`,
/// `controversial`) that describe the person, not the role.
#[rustfmt::skip]
pub(crate) static TITLE_MODIFIERS: &[&str] = &[
    "acting", "adjunct", "assistant", "associate", "borough", "caretaker", "chief", "city", "co",
    "conservative", "county", "current", "democratic", "departing", "deputy", "district", "elected",
    "emeritus", "ex", "executive", "federal", "former", "founding", "future", "general", "global",
    "head", "high-ranking", "honorary", "incoming", "independent", "interim", "international",
    "joint", "junior", "labor", "labour", "lead", "liberal", "local", "long-time", "longtime",
    "managing", "municipal", "national", "non-executive", "opposition", "outgoing", "parish",
    "permanent", "principal", "provincial", "provisional", "regional", "republican", "retired",
    "senior", "serving", "shadow", "sitting", "special", "state", "then", "top", "tory", "town",
    "transitional", "under", "veteran", "vice", "visiting",
];

/// Title and honorific words that are also common surnames or given names
/// in news copy: `Tim Cook`, `Julie Bishop`, `Stephen King`, `Aaron Judge`,
/// `Barbara Boxer`, `Earl Blumenauer`. After a capitalised given name, or
/// alone where the text has named such a person, they are part of a name,
/// not a title. Only the collisions frequent enough to matter are listed;
/// `walker` and `major` are kept out of [`TITLES`] and the honorifics
/// instead, because as roles they are rare.
#[rustfmt::skip]
pub(crate) static TITLES_ALSO_NAMES: &[&str] = &[
    "baker", "baron", "bishop", "boxer", "brewer", "cook", "dean", "driver", "duke", "earl", "fan",
    "farmer", "hunter", "judge", "justice", "king", "nurse", "player", "prince", "singer",
    "speaker",
];

/// The gender a singular title commits to (`spokeswoman`, `landlord`,
/// `mother`, `first lady`), sorted by title. Plural titles are left out —
/// their pronoun is `they` whatever their gender — and so are titles held
/// by both (`priest`, `actor`, `chair`), even where one gender dominates.
pub(crate) static ROLE_GENDER: &[(&str, Gender)] = &[
    ("actress", Gender::Female),
    ("alderman", Gender::Male),
    ("alderwoman", Gender::Female),
    ("assemblyman", Gender::Male),
    ("assemblywoman", Gender::Female),
    ("aunt", Gender::Female),
    ("barmaid", Gender::Female),
    ("barman", Gender::Male),
    ("boyfriend", Gender::Male),
    ("brother", Gender::Male),
    ("businessman", Gender::Male),
    ("businesswoman", Gender::Female),
    ("chairman", Gender::Male),
    ("chairwoman", Gender::Female),
    ("congressman", Gender::Male),
    ("congresswoman", Gender::Female),
    ("councilman", Gender::Male),
    ("councilwoman", Gender::Female),
    ("dad", Gender::Male),
    ("daughter", Gender::Female),
    ("duchess", Gender::Female),
    ("duke", Gender::Male),
    ("father", Gender::Male),
    ("fiance", Gender::Male),
    ("fiancee", Gender::Female),
    ("fiancée", Gender::Female),
    ("fireman", Gender::Male),
    ("first lady", Gender::Female),
    ("fisherman", Gender::Male),
    ("girlfriend", Gender::Female),
    ("grandfather", Gender::Male),
    ("grandmother", Gender::Female),
    ("headmaster", Gender::Male),
    ("headmistress", Gender::Female),
    ("housewife", Gender::Female),
    ("husband", Gender::Male),
    ("king", Gender::Male),
    ("landlady", Gender::Female),
    ("landlord", Gender::Male),
    ("mom", Gender::Female),
    ("monk", Gender::Male),
    ("mother", Gender::Female),
    ("mum", Gender::Female),
    ("nephew", Gender::Male),
    ("niece", Gender::Female),
    ("nun", Gender::Female),
    ("policeman", Gender::Male),
    ("policewoman", Gender::Female),
    ("prince", Gender::Male),
    ("princess", Gender::Female),
    ("queen", Gender::Female),
    ("schoolboy", Gender::Male),
    ("schoolgirl", Gender::Female),
    ("sister", Gender::Female),
    ("son", Gender::Male),
    ("spokesman", Gender::Male),
    ("spokeswoman", Gender::Female),
    ("stepfather", Gender::Male),
    ("stepmother", Gender::Female),
    ("uncle", Gender::Male),
    ("waitress", Gender::Female),
    ("widow", Gender::Female),
    ("widower", Gender::Male),
    ("wife", Gender::Female),
];

/// Multi-word titles keyed by their first word, each split into words,
/// longest first, so [`title_len`] can stop at the first match.
static MULTI_WORD_TITLES: Lazy<HashMap<&'static str, Vec<Vec<&'static str>>>> = Lazy::new(|| {
    let mut by_first: HashMap<&'static str, Vec<Vec<&'static str>>> = HashMap::new();
    for title in TITLES.iter().filter(|t| t.contains(' ')) {
        let words: Vec<&'static str> = title.split(' ').collect();
        by_first.entry(words[0]).or_default().push(words);
    }
    for phrases in by_first.values_mut() {
        phrases.sort_by_key(|words| Reverse(words.len()));
    }
    by_first
});

/// The number of words of the longest title that starts at
/// `words_lower[0]`, or `None` if no title starts there. The words must be
/// lower-case, one word per element, punctuation already stripped.
///
/// `["secretary", "of", "state", "marco"]` gives `Some(3)`, `["prime",
/// "minister"]` `Some(2)`, `["minister"]` `Some(1)`, `["prime", "suspect"]`
/// `None`. One hash lookup and a scan of the few titles sharing the first
/// word.
pub(crate) fn title_len(words_lower: &[&str]) -> Option<usize> {
    let first = *words_lower.first()?;
    let c = super::classes(first);
    if c & (super::class::TITLE | super::class::TITLE_START) == 0 {
        return None;
    }
    if c & super::class::TITLE_START == 0 {
        return Some(1);
    }
    let longer = MULTI_WORD_TITLES
        .get(first)
        .and_then(|phrases| phrases.iter().find(|words| words_lower.starts_with(words)));
    match longer {
        Some(words) => Some(words.len()),
        None => is_title_word(first).then_some(1),
    }
}

/// Whether `lower` is a one-word title (`minister`, `ceo`, `residents`).
pub(crate) fn is_title_word(lower: &str) -> bool {
    super::classes(lower) & super::class::TITLE != 0
}

/// Whether `lower` may precede a title inside a role (`deputy`, `former`).
pub(crate) fn is_title_modifier(lower: &str) -> bool {
    super::classes(lower) & super::class::MODIFIER != 0
}

/// Whether `lower`, a title or honorific word, is also a common surname or
/// given name (`cook`, `bishop`, `king`), so that a capitalised one after a
/// given name belongs to the name.
pub(crate) fn is_also_name(lower: &str) -> bool {
    contains(TITLES_ALSO_NAMES, lower)
}

/// The gender a title commits to: the title itself if it is listed in
/// [`ROLE_GENDER`], else its last word (`police spokeswoman` → `Female`,
/// `executive chairman` → `Male`). `None` for titles either gender holds.
pub(crate) fn title_gender(lower: &str) -> Option<Gender> {
    let gender_of = |w: &str| {
        let c = super::classes(w);
        if c & super::class::FEMALE_ROLE != 0 {
            Some(Gender::Female)
        } else if c & super::class::MALE_ROLE != 0 {
            Some(Gender::Male)
        } else {
            None
        }
    };
    gender_of(lower).or_else(|| lower.rsplit_once(' ').and_then(|(_, head)| gender_of(head)))
}

#[cfg(test)]
mod tests {
    use super::super::{assert_keys_well_formed, assert_well_formed};
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        assert_well_formed("TITLES", TITLES);
        assert_well_formed("TITLE_MODIFIERS", TITLE_MODIFIERS);
        assert_well_formed("TITLES_ALSO_NAMES", TITLES_ALSO_NAMES);
        assert_keys_well_formed("ROLE_GENDER", ROLE_GENDER);
    }

    #[test]
    fn gendered_titles_are_titles() {
        for &(title, gender) in ROLE_GENDER {
            assert!(
                contains(TITLES, title),
                "{title:?} has a gender but is not a title"
            );
            assert!(
                matches!(gender, Gender::Male | Gender::Female),
                "{title:?}: only singular titles carry a gender"
            );
        }
    }

    #[test]
    fn longest_title_wins() {
        let cases: &[(&[&str], Option<usize>)] = &[
            (&["secretary", "of", "state", "marco"], Some(3)),
            (&["secretary", "of", "agriculture"], Some(1)),
            (&["secretary", "of", "the", "treasury"], Some(4)),
            (&["prime", "minister"], Some(2)),
            (&["prime", "ministers", "said"], Some(2)),
            (&["minister"], Some(1)),
            (&["chancellor", "of", "the", "exchequer", "rachel"], Some(4)),
            (&["chancellor", "of", "the"], Some(1)),
            (&["detective", "chief", "inspector", "jane"], Some(3)),
            (&["detective", "chief"], Some(1)),
            (&["chief", "executive", "officer"], Some(3)),
            (&["chief", "executive"], Some(2)),
            (&["attorneys", "general"], Some(2)),
            (&["spokeswoman", "for"], Some(1)),
            (&["prime"], None),
            (&["prime", "suspect"], None),
            (&["said"], None),
            (&["deputy", "mayor"], None),
            (&[], None),
        ];
        for (words, want) in cases {
            assert_eq!(title_len(words), *want, "{words:?}");
        }
    }

    /// Every multi-word title is found whole, at every length it has.
    #[test]
    fn every_title_matches_itself() {
        for title in TITLES {
            let words: Vec<&str> = title.split(' ').collect();
            assert_eq!(title_len(&words), Some(words.len()), "{title:?}");
        }
    }

    #[test]
    fn title_words() {
        for word in [
            "minister",
            "ceo",
            "mp",
            "spokespeople",
            "co-founder",
            "grazier",
            "residents",
        ] {
            assert!(is_title_word(word), "{word:?}");
        }
        for word in ["prime minister", "prime", "deputy", "mr", "", "Minister"] {
            assert!(!is_title_word(word), "{word:?}");
        }
    }

    #[test]
    fn title_modifiers() {
        for word in [
            "senior", "deputy", "former", "acting", "shadow", "then", "longtime", "co",
        ] {
            assert!(is_title_modifier(word), "{word:?}");
        }
        for word in ["minister", "the", "said", "mr"] {
            assert!(!is_title_modifier(word), "{word:?}");
        }
    }

    #[test]
    fn names_that_are_titles() {
        for word in TITLES_ALSO_NAMES {
            assert!(
                is_title_word(word) || super::super::honorifics::is_honorific(word),
                "{word:?} is neither a title nor an honorific"
            );
        }
        for word in ["cook", "bishop", "king", "judge"] {
            assert!(is_also_name(word), "{word:?}");
        }
        for word in ["minister", "spokesman", "walker", "Cook"] {
            assert!(!is_also_name(word), "{word:?}");
        }
    }

    #[test]
    fn title_genders() {
        let cases = [
            ("spokesman", Some(Gender::Male)),
            ("spokeswoman", Some(Gender::Female)),
            ("chairwoman", Some(Gender::Female)),
            ("congressman", Some(Gender::Male)),
            ("landlady", Some(Gender::Female)),
            ("father", Some(Gender::Male)),
            ("first lady", Some(Gender::Female)),
            ("police spokeswoman", Some(Gender::Female)),
            ("executive chairman", Some(Gender::Male)),
            ("spokesperson", None),
            ("spokesmen", None),
            ("prime minister", None),
            ("", None),
        ];
        for (title, want) in cases {
            assert_eq!(title_gender(title), want, "{title:?}");
        }
    }
}
