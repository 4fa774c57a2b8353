//! Role and occupation nouns (`prime minister`, `spokeswoman`, `striker`,
//! `pianist`, `resident`), the words that may precede them inside a role
//! (`deputy`, `former`), and the gender some of them carry.

use std::collections::HashMap;
use std::ops::Range;

use once_cell::sync::Lazy;

use super::{contains, Gender, WordBuild};

/// Role and occupation nouns and noun phrases, singular and plural, one to
/// four words, as they stand after a determiner or before a name:
/// - political, civic and diplomatic, in British, American, Australian and
///   Canadian use (`secretary of state`, `foreign minister`, `mp`, `mpp`,
///   `councillor`, `alderman`, `selectman`, `select board member`, `state
///   senator`, `police and crime commissioner`, `returning officer`,
///   `spokesperson`);
/// - law and courts (`barrister`, `juror`, `bailiff`, `magistrate`,
///   `procurator fiscal`, `justice of the peace`) and religion (`imam`,
///   `deacon`, `abbess`, `mufti`, `missionary`);
/// - police, fire, rescue and military ranks (`detective chief inspector`,
///   `fire marshal`, `coxswain`, `lance corporal`, `squadron leader`,
///   `petty officer`);
/// - business and finance (`chief executive`, `ceo`, `fund manager`,
///   `equity analyst`, `rates strategist`, `stockbroker`, `programme
///   manager`, `receptionist`, `first-time buyer`), and media (`columnist`,
///   `newsreader`, `podcaster`, `political editor`);
/// - music, performing and visual arts (`pianist`, `drummer`, `soprano`,
///   `choreographer`, `sculptor`, `graphic designer`), trades and crafts
///   (`joiner`, `shopfitter`, `stonemason`, `barista`), and agriculture,
///   fishing and forestry (`orchardist`, `dairy farmer`, `stockman`,
///   `deckhand`, `forester`);
/// - health and care (`paramedic`, `anaesthetist`, `midwife`, `care
///   assistant`, `childminder`), education and research (`headteacher`,
///   `teaching assistant`, `postdoc`, `senior fellow`, `marine biologist`,
///   `labour economist`), and transport (`train driver`, `ferry captain`,
///   `air traffic controller`, `chauffeur`);
/// - sport across codes (`striker`, `fly-half`, `scrum-half`,
///   `wicketkeeper`, `shortstop`, `starter`, `tight end`, `goaltender`,
///   `caddie`, `domestique`, `team principal`, `head coach`);
/// - the people in stories (`resident`, `witness`, `grazier`, `commuter`,
///   `tenant`, `teenager`, `mother`, `son-in-law`, `source`).
///
/// British and American spellings both (`defence`/`defense`,
/// `neighbour`/`neighbor`, `councillor`/`councilor`,
/// `paediatrician`/`pediatrician`). Plurals of postpositive titles appear
/// both ways where both are in use (`attorneys general`, `attorney
/// generals`), otherwise as used (`notaries public`, `justices of the
/// peace`, `editors-in-chief`).
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
///   cabinet's `secretary of …`, `director of rugby`): the mention stage
///   extends a title over `of …`/`for …` itself;
/// - words mostly used as something else: `major` and `private` (ranks,
///   but adjectives far more often; `major general` and `private
///   investigator` are in whole), `star` (but `pop star`), `model` (but
///   `fashion model`), `walker` (a surname first; `dog walker` is in), `gp`
///   (also Grand Prix), `pm` (also p.m.), `ms` (Welsh MS, but Ms), `td`,
///   `md`, the post-nominal `qc`/`kc`, and `house` alone;
/// - adjectives and verbs that are also roles: `closer` (a comparative far
///   more often than a baseball closer), `tenor` (of a debate), `fitter`,
///   `substitute`, `amateur`, `professional`, `accused`, `convict`, `spy`,
///   `mentor`, `recruit`, `tailor`, `artisan` (`artisan bread`),
///   `constituent`, `dissident`, `militant`, `rebel` (but `rebel leader`),
///   `elder` (but `church elder`);
/// - positions and ranks that are common words: `hooker`, `prop`, `lock`,
///   `wing`, `safety`, `opener` and `qualifier` (as often a
///   match), `reader`, `fellow` (but `senior fellow`), `recorder` (a device
///   more than a judge), `peer` (but `life peer`), `canon`, `prior`,
///   `guardian`, `receiver`, `controller`, `printer`, `teller`, `dealer`
///   alone (but `art dealer`); and the spaced `left back`, `left wing`,
///   `right wing` (`she left back home`, a party's wing: `left-back` is
///   in);
/// - words that name papers, parties, teams and products: a capitalised
///   title inside a run of capitalised words is read as a title, which
///   would break up `Irish Examiner`, `Daily Caller`, `The Spectator`, the
///   `Courier`, `Kicker`, the `Consumer Financial Protection Bureau`, the
///   `Democratic Unionist Party`, a `Loyalist` group, the `Gunners`,
///   `Mariners`, `Islanders` or `Boilermakers`, a `Navigator` or
///   `Commodore`, and the US `Coast Guard` (`coastguard` is in);
/// - nouns business news uses for companies: `grocer`, `confectioner`,
///   `distiller`, `shipbuilder`, `caterer`, `underwriter`, `employer`,
///   `streamer`, `asset manager`, `wealth manager`;
/// - occupations that are first of all common surnames: `carpenter`,
///   `mason`, `thatcher`, `shepherd`, `weaver`, `cooper`, `turner`,
///   `porter` (but `hospital porter`), `butler`, `butcher`, `fisher`,
///   `smith`, `goldsmith`, `archer`, `piper`, `barber`, `shearer`,
///   `sexton`, `cantor`, `seaman` (but `able seaman`), `fielder` (but
///   `center fielder`), `seller` (Peter Sellers), and `foreman` and `marshal` alone (but
///   `site foreman`, `fire marshal`);
/// - nationality and party words (`us senator`, `democratic senator`):
///   demonyms are in `words`, party words in [`TITLE_MODIFIERS`].
///
/// Some entries are also surnames (`cook`, `bishop`, `king`, `judge`): see
/// [`TITLES_ALSO_NAMES`]. Sports positions (`guard`, `centre`, `forward`)
/// also end organisation names (`National Guard`, `Kennedy Center`).
#[rustfmt::skip]
pub(crate) static TITLES: &[&str] = &[
    "abbess", "abbesses", "abbot", "abbots", "able seaman", "able seamen", "academic", "academics",
    "accountant", "accountants", "accuser", "accusers", "acrobat", "acrobats", "activist",
    "activist investor", "activist investors", "activists", "actor", "actors", "actress",
    "actresses", "actuaries", "actuary", "adjudicator", "adjudicators", "administrator",
    "administrators", "admiral", "admirals", "adventurer", "adventurers", "adviser", "advisers",
    "advisor", "advisors", "advocate", "advocates", "agent", "agents", "agriculture minister",
    "agriculture ministers", "agronomist", "agronomists", "aid worker", "aid workers", "aide",
    "aides", "air force chief", "air force chiefs", "air hostess", "air hostesses", "air marshal",
    "air marshals", "air traffic controller", "air traffic controllers", "airline pilot",
    "airline pilots", "airman", "airmen", "alderman", "aldermen", "alderwoman", "alderwomen",
    "all-rounder", "all-rounders", "alumni", "alumnus", "ambassador", "ambassadors",
    "ambulance driver", "ambulance drivers", "ambulance officer", "ambulance officers",
    "anaesthetist", "anaesthetists", "analyst", "analysts", "anchor", "anchorman", "anchormen",
    "anchors", "anchorwoman", "anchorwomen", "anesthesiologist", "anesthesiologists", "anesthetist",
    "anesthetists", "angler", "anglers", "animator", "animators", "anthropologist",
    "anthropologists", "antiques dealer", "antiques dealers", "appeals judge", "appeals judges",
    "appellant", "appellants", "applicant", "applicants", "appointee", "appointees", "apprentice",
    "apprentices", "arbitrator", "arbitrators", "arborist", "arborists", "archaeologist",
    "archaeologists", "archbishop", "archbishops", "archdeacon", "archdeacons", "architect",
    "architects", "archivist", "archivists", "army chief", "army chiefs", "army commander",
    "army commanders", "army officer", "army officers", "army veteran", "army veterans",
    "art critic", "art critics", "art dealer", "art dealers", "art historian", "art historians",
    "artist", "artistic director", "artistic directors", "artists", "assembly member",
    "assembly members", "assemblyman", "assemblymember", "assemblymembers", "assemblymen",
    "assemblywoman", "assemblywomen", "astronaut", "astronauts", "astronomer", "astronomers",
    "astrophysicist", "astrophysicists", "asylum seeker", "asylum seekers", "athlete", "athletes",
    "atmospheric scientist", "atmospheric scientists", "attache", "attaches", "attaché", "attachés",
    "attacking midfielder", "attacking midfielders", "attorney", "attorney general",
    "attorney generals", "attorneys", "attorneys general", "au pair", "au pairs", "auctioneer",
    "auctioneers", "audiologist", "audiologists", "auditor", "auditor general", "auditor generals",
    "auditors", "auditors general", "aunt", "aunts", "author", "authors", "aviator", "aviators",
    "ayatollah", "ayatollahs", "babysitter", "babysitters", "back-rower", "back-rowers",
    "backbencher", "backbenchers", "backer", "backers", "backing singer", "backing singers",
    "bagpiper", "bagpipers", "bailiff", "bailiffs", "baker", "bakers", "ballerina", "ballerinas",
    "ballet dancer", "ballet dancers", "ballplayer", "ballplayers", "band manager", "band managers",
    "band member", "band members", "bandleader", "bandleaders", "bandmate", "bandmates",
    "bank manager", "bank managers", "banker", "bankers", "bar owner", "bar owners", "barista",
    "baristas", "baritone", "baritones", "barmaid", "barmaids", "barman", "barmen", "barrister",
    "barristers", "bartender", "bartenders", "baseball player", "baseball players",
    "basketball player", "basketball players", "bass player", "bass players", "bassist", "bassists",
    "batsman", "batsmen", "batswoman", "batswomen", "batter", "batters", "batting coach",
    "batting coaches", "beautician", "beauticians", "beef farmer", "beef farmers", "beekeeper",
    "beekeepers", "behavioral economist", "behavioral economists", "behavioural economist",
    "behavioural economists", "bench coach", "bench coaches", "benefactor", "benefactors", "biker",
    "bikers", "billionaire", "billionaires", "binman", "binmen", "biochemist", "biochemists",
    "bioethicist", "bioethicists", "biographer", "biographers", "biologist", "biologists", "bishop",
    "bishops", "blacksmith", "blacksmiths", "blogger", "bloggers", "blueliner", "blueliners",
    "board chair", "board chairs", "board member", "board members", "board president",
    "board presidents", "bodybuilder", "bodybuilders", "bodyguard", "bodyguards", "bond strategist",
    "bond strategists", "bond trader", "bond traders", "bookkeeper", "bookkeepers", "border agent",
    "border agents", "border guard", "border guards", "border patrol agent", "border patrol agents",
    "borrower", "borrowers", "boss", "bosses", "botanist", "botanists", "bowler", "bowlers",
    "bowling coach", "bowling coaches", "boxer", "boxers", "boyfriend", "boyfriends",
    "branch manager", "branch managers", "breeder", "breeders", "brewer", "brewers", "bricklayer",
    "bricklayers", "bride", "bridegroom", "bridegrooms", "brides", "brigadier", "brigadier general",
    "brigadier generals", "brigadiers", "broadcast journalist", "broadcast journalists",
    "broadcaster", "broadcasters", "broker", "brokers", "bronze medalist", "bronze medalists",
    "bronze medallist", "bronze medallists", "brother", "brother-in-law", "brothers",
    "brothers-in-law", "builder", "builders", "bureau chief", "bureau chiefs", "bureaucrat",
    "bureaucrats", "bus driver", "bus drivers", "business editor", "business editors",
    "business leader", "business leaders", "business owner", "business owners",
    "business secretaries", "business secretary", "businessman", "businessmen", "businesspeople",
    "businessperson", "businesswoman", "businesswomen", "busker", "buskers", "buyer", "buyers",
    "bystander", "bystanders", "cab driver", "cab drivers", "cabbie", "cabbies", "cabinet member",
    "cabinet members", "cabinet minister", "cabinet ministers", "cabinet secretaries",
    "cabinet secretary", "caddie", "caddies", "cadet", "cadets", "cameraman", "cameramen",
    "camerawoman", "camerawomen", "campaign manager", "campaign managers", "campaigner",
    "campaigners", "candidate", "candidates", "cane farmer", "cane farmers", "canoeist",
    "canoeists", "canvasser", "canvassers", "captain", "captains", "car dealer", "car dealers",
    "cardiac surgeon", "cardiac surgeons", "cardinal", "cardinals", "cardiologist", "cardiologists",
    "care assistant", "care assistants", "care worker", "care workers", "caregiver", "caregivers",
    "carer", "carers", "caretaker", "caretakers", "cartoonist", "cartoonists", "caseworker",
    "caseworkers", "cashier", "cashiers", "casting director", "casting directors", "catcher",
    "catchers", "cattle farmer", "cattle farmers", "celebrity chef", "celebrity chefs", "cellist",
    "cellists", "centenarian", "centenarians", "center", "center fielder", "center fielders",
    "center forward", "center forwards", "centers", "central banker", "central bankers",
    "central midfielder", "central midfielders", "centre", "centre forward", "centre forwards",
    "centre-back", "centre-backs", "centre-forward", "centre-forwards", "centre-half",
    "centre-halves", "centres", "ceo", "ceos", "ceramicist", "ceramicists", "cfo", "cfos", "chair",
    "chair umpire", "chair umpires", "chairman", "chairmen", "chairperson", "chairpersons",
    "chairs", "chairwoman", "chairwomen", "challenger", "challengers", "champion", "champions",
    "chancellor", "chancellor of the exchequer", "chancellors", "chaplain", "chaplains",
    "charity worker", "charity workers", "chartered accountant", "chartered accountants",
    "chauffeur", "chauffeurs", "chef", "chefs", "chemist", "chemists", "chief", "chief constable",
    "chief constables", "chief economist", "chief economists", "chief executive",
    "chief executive officer", "chief executive officers", "chief executives",
    "chief financial officer", "chief financial officers", "chief fire officer",
    "chief fire officers", "chief information officer", "chief information officers",
    "chief inspector", "chief inspectors", "chief investment officer", "chief investment officers",
    "chief investment strategist", "chief investment strategists", "chief justice",
    "chief justices", "chief marketing officer", "chief marketing officers",
    "chief medical officer", "chief medical officers", "chief minister", "chief ministers",
    "chief of staff", "chief operating officer", "chief operating officers", "chief risk officer",
    "chief risk officers", "chief scientific adviser", "chief scientific advisers",
    "chief scientist", "chief scientists", "chief strategist", "chief strategists",
    "chief superintendent", "chief superintendents", "chief technology officer",
    "chief technology officers", "chief whip", "chief whips", "chiefs", "chiefs of staff",
    "chieftain", "chieftains", "child", "childminder", "childminders", "children", "chiropractor",
    "chiropractors", "choirmaster", "choirmasters", "choreographer", "choreographers", "chorister",
    "choristers", "church elder", "church elders", "churchgoer", "churchgoers", "cia officer",
    "cia officers", "cinematographer", "cinematographers", "cio", "cios", "circuit judge",
    "circuit judges", "citizen", "citizens", "city manager", "city managers", "city planner",
    "city planners", "civic leader", "civic leaders", "civil engineer", "civil engineers",
    "civil rights lawyer", "civil rights lawyers", "civil servant", "civil servants", "claimant",
    "claimants", "clarinetist", "clarinetists", "clarinettist", "clarinettists", "classmate",
    "classmates", "cleaner", "cleaners", "clergyman", "clergymen", "clergywoman", "clergywomen",
    "cleric", "clerics", "clerk", "clerks", "client", "clients", "climate minister",
    "climate ministers", "climate scientist", "climate scientists", "climatologist",
    "climatologists", "climber", "climbers", "clinical director", "clinical directors", "clinician",
    "clinicians", "clockmaker", "clockmakers", "club captain", "club captains", "club chairman",
    "club chairmen", "club president", "club presidents", "co-driver", "co-drivers", "co-founder",
    "co-founders", "co-ordinator", "co-ordinators", "co-owner", "co-owners", "co-pilot",
    "co-pilots", "co-worker", "co-workers", "coach", "coaches", "coal miner", "coal miners",
    "coastguard", "coastguards", "cocoa farmer", "cocoa farmers", "coder", "coders",
    "coffee farmer", "coffee farmers", "cofounder", "cofounders", "colonel", "colonels",
    "columnist", "columnists", "comedian", "comedians", "commandant", "commandants", "commander",
    "commander in chief", "commander-in-chief", "commanders", "commanders in chief",
    "commanders-in-chief", "commando", "commandos", "commentator", "commentators",
    "commerce secretaries", "commerce secretary", "commissioner", "commissioners",
    "committee chair", "committee chairman", "committee chairmen", "committee chairs",
    "committee chairwoman", "committee chairwomen", "committeeman", "committeemen",
    "committeewoman", "committeewomen", "commodities analyst", "commodities analysts",
    "commodities trader", "commodities traders", "communications director",
    "communications directors", "community activist", "community activists", "community leader",
    "community leaders", "community organiser", "community organisers", "community organizer",
    "community organizers", "community support officer", "community support officers",
    "community worker", "community workers", "commuter", "commuters", "company director",
    "company directors", "complainant", "complainants", "composer", "composers", "comptroller",
    "comptrollers", "computer scientist", "computer scientists", "concert pianist",
    "concert pianists", "concert promoter", "concert promoters", "concertgoer", "concertgoers",
    "conductor", "conductors", "congressman", "congressmen", "congresspeople", "congressperson",
    "congresswoman", "congresswomen", "conscript", "conscripts", "conservation biologist",
    "conservation biologists", "conservationist", "conservationists", "conservator", "conservators",
    "constable", "constables", "construction worker", "construction workers", "consul",
    "consul general", "consul generals", "consuls", "consuls general", "consultant", "consultants",
    "contender", "contenders", "content creator", "content creators", "contractor", "contractors",
    "contributor", "contributors", "coo", "cook", "cooks", "coordinator", "coordinators", "cop",
    "copilot", "copilots", "cops", "copy editor", "copy editors", "copywriter", "copywriters",
    "cornerback", "cornerbacks", "coroner", "coroners", "corporal", "corporals", "correspondent",
    "correspondents", "cosmologist", "cosmologists", "cosmonaut", "cosmonauts", "costume designer",
    "costume designers", "cotton farmer", "cotton farmers", "council leader", "council leaders",
    "council member", "council members", "council officer", "council officers", "council president",
    "council presidents", "council worker", "council workers", "councillor", "councillors",
    "councilman", "councilmember", "councilmembers", "councilmen", "councilor", "councilors",
    "councilwoman", "councilwomen", "counsel", "counsellor", "counsellors", "counselor",
    "counselors", "counsels", "country singer", "country singers", "county executive",
    "county executives", "court clerk", "court clerks", "court reporter", "court reporters",
    "courtier", "courtiers", "cousin", "cousins", "coworker", "coworkers", "coxswain", "coxswains",
    "craftsman", "craftsmen", "craftswoman", "craftswomen", "creative director",
    "creative directors", "credit analyst", "credit analysts", "crew member", "crew members",
    "cricketer", "cricketers", "crime reporter", "crime reporters", "criminologist",
    "criminologists", "critic", "critics", "crofter", "crofters", "crossbencher", "crossbenchers",
    "crown prince", "crown princes", "crown princess", "crown princesses", "crown prosecutor",
    "crown prosecutors", "cto", "ctos", "culture secretaries", "culture secretary", "curator",
    "curators", "currency strategist", "currency strategists", "currency trader",
    "currency traders", "customer", "customers", "customs officer", "customs officers", "cyclist",
    "cyclists", "czar", "czars", "dad", "dads", "dairy farmer", "dairy farmers", "dancer",
    "dancers", "data analyst", "data analysts", "data scientist", "data scientists", "daughter",
    "daughter-in-law", "daughters", "daughters-in-law", "deacon", "deacons", "dean", "deans",
    "debutant", "debutants", "decathlete", "decathletes", "deckhand", "deckhands", "decorator",
    "decorators", "defector", "defectors", "defence analyst", "defence analysts", "defence attaché",
    "defence attachés", "defence attorney", "defence attorneys", "defence chief", "defence chiefs",
    "defence counsel", "defence counsels", "defence lawyer", "defence lawyers", "defence minister",
    "defence ministers", "defence secretaries", "defence secretary", "defenceman", "defencemen",
    "defendant", "defendants", "defender", "defenders", "defending champion", "defending champions",
    "defense analyst", "defense analysts", "defense attorney", "defense attorneys", "defense chief",
    "defense chiefs", "defense counsel", "defense counsels", "defense lawyer", "defense lawyers",
    "defense minister", "defense ministers", "defense secretaries", "defense secretary",
    "defenseman", "defensemen", "defensive back", "defensive backs", "defensive coordinator",
    "defensive coordinators", "defensive end", "defensive ends", "defensive lineman",
    "defensive linemen", "defensive midfielder", "defensive midfielders", "defensive tackle",
    "defensive tackles", "delegate", "delegates", "delivery driver", "delivery drivers",
    "delivery rider", "delivery riders", "demographer", "demographers", "demonstrator",
    "demonstrators", "dental nurse", "dental nurses", "dentist", "dentists", "dermatologist",
    "dermatologists", "designated hitter", "designated hitters", "designer", "designers",
    "detainee", "detainees", "detective", "detective chief inspector", "detective chief inspectors",
    "detective chief superintendent", "detective chief superintendents", "detective constable",
    "detective constables", "detective inspector", "detective inspectors", "detective sergeant",
    "detective sergeants", "detective superintendent", "detective superintendents", "detectives",
    "developer", "developers", "development economist", "development economists", "dictator",
    "dictators", "dietician", "dieticians", "dietitian", "dietitians", "dinner ladies",
    "dinner lady", "diplomat", "diplomatic correspondent", "diplomatic correspondents", "diplomats",
    "directeur sportif", "directeur sportifs", "director", "director general", "director generals",
    "director of communications", "director of cricket", "director of football",
    "director of public prosecutions", "director of rugby", "director-general", "directors",
    "directors general", "directors of communications", "directors of cricket",
    "directors of football", "directors of rugby", "directors-general", "disc jockey",
    "disc jockeys", "dispatcher", "dispatchers", "distance runner", "distance runners",
    "district attorney", "district attorneys", "district judge", "district judges",
    "district nurse", "district nurses", "diver", "divers", "dj", "djs", "dock worker",
    "dock workers", "dockworker", "dockworkers", "doctor", "doctoral candidate",
    "doctoral candidates", "doctoral student", "doctoral students", "doctors",
    "documentary filmmaker", "documentary filmmakers", "documentary maker", "documentary makers",
    "domestic worker", "domestic workers", "domestique", "domestiques", "donor", "donors",
    "doubles partner", "doubles partners", "doula", "doulas", "dramatist", "dramatists", "driver",
    "drivers", "driving instructor", "driving instructors", "drover", "drovers", "drummer",
    "drummers", "duchess", "duchesses", "duke", "dukes", "dustman", "dustmen", "ecologist",
    "ecologists", "economics correspondent", "economics correspondents", "economics editor",
    "economics editors", "economist", "economists", "economy minister", "economy ministers",
    "editor", "editor-in-chief", "editors", "editors-in-chief", "education minister",
    "education ministers", "education secretaries", "education secretary", "educator", "educators",
    "election observer", "election observers", "election official", "election officials",
    "electoral officer", "electoral officers", "electrician", "electricians", "emergency doctor",
    "emergency doctors", "emergency physician", "emergency physicians", "emergency responder",
    "emergency responders", "emergency worker", "emergency workers", "emir", "emirs", "emissaries",
    "emissary", "emperor", "emperors", "employee", "employees", "empress", "empresses", "emt",
    "emts", "endocrinologist", "endocrinologists", "energy analyst", "energy analysts",
    "energy minister", "energy ministers", "energy secretaries", "energy secretary", "engineer",
    "engineers", "entertainer", "entertainers", "entomologist", "entomologists", "entrepreneur",
    "entrepreneurs", "environment minister", "environment ministers", "environment secretaries",
    "environment secretary", "environmentalist", "environmentalists", "envoy", "envoys",
    "epidemiologist", "epidemiologists", "equity analyst", "equity analysts", "equity strategist",
    "equity strategists", "essayist", "essayists", "essential worker", "essential workers",
    "estate agent", "estate agents", "ethicist", "ethicists", "evacuee", "evacuees", "evangelist",
    "evangelists", "evolutionary biologist", "evolutionary biologists", "ex-boyfriend",
    "ex-boyfriends", "ex-girlfriend", "ex-girlfriends", "ex-husband", "ex-husbands", "ex-wife",
    "ex-wives", "executive", "executive chairman", "executive chairmen", "executive director",
    "executive directors", "executive producer", "executive producers", "executive vice president",
    "executive vice presidents", "executives", "expat", "expatriate", "expatriates", "expats",
    "expert", "expert witness", "expert witnesses", "experts", "eyewitness", "eyewitnesses",
    "f1 driver", "f1 drivers", "fact-checker", "fact-checkers", "factory worker", "factory workers",
    "faith leader", "faith leaders", "family doctor", "family doctors", "family friend",
    "family friends", "family member", "family members", "family physician", "family physicians",
    "fan", "fans", "farm hand", "farm hands", "farm manager", "farm managers", "farm worker",
    "farm workers", "farmer", "farmers", "farmhand", "farmhands", "farmworker", "farmworkers",
    "fashion designer", "fashion designers", "fashion model", "fashion models", "fast bowler",
    "fast bowlers", "father", "father-in-law", "fathers", "fathers-in-law", "fbi agent",
    "fbi agents", "fencer", "fencers", "ferry captain", "ferry captains", "festivalgoer",
    "festivalgoers", "fiance", "fiancee", "fiancees", "fiances", "fiancé", "fiancée", "fiancées",
    "fiancés", "fiddler", "fiddlers", "field marshal", "field marshals", "fighter", "fighter pilot",
    "fighter pilots", "fighters", "figure skater", "figure skaters", "film critic", "film critics",
    "film director", "film directors", "film star", "film stars", "film-maker", "film-makers",
    "filmmaker", "filmmakers", "finalist", "finalists", "finance director", "finance directors",
    "finance minister", "finance ministers", "financial adviser", "financial advisers",
    "financial advisor", "financial advisors", "financial analyst", "financial analysts",
    "financial controller", "financial controllers", "financial planner", "financial planners",
    "fire chief", "fire chiefs", "fire commissioner", "fire commissioners", "fire marshal",
    "fire marshals", "fire officer", "fire officers", "firearms officer", "firearms officers",
    "firefighter", "firefighters", "fireman", "firemen", "first baseman", "first basemen",
    "first gentleman", "first gentlemen", "first lady", "first lieutenant", "first lieutenants",
    "first minister", "first ministers", "first officer", "first officers", "first responder",
    "first responders", "first-team coach", "first-team coaches", "first-time buyer",
    "first-time buyers", "fisherman", "fishermen", "fisherwoman", "fisherwomen", "fishmonger",
    "fishmongers", "fitness coach", "fitness coaches", "five-eighth", "five-eighths", "flanker",
    "flankers", "flatmate", "flatmates", "flautist", "flautists", "flight attendant",
    "flight attendants", "flight director", "flight directors", "flight instructor",
    "flight instructors", "flight lieutenant", "flight lieutenants", "florist", "florists",
    "flutist", "flutists", "fly-half", "fly-halves", "flyhalf", "flyhalves", "folk singer",
    "folk singers", "football player", "football players", "footballer", "footballers",
    "forecaster", "forecasters", "foreign affairs minister", "foreign affairs ministers",
    "foreign correspondent", "foreign correspondents", "foreign editor", "foreign editors",
    "foreign minister", "foreign ministers", "foreign secretaries", "foreign secretary",
    "forensic pathologist", "forensic pathologists", "forensic scientist", "forensic scientists",
    "forester", "foresters", "forestry worker", "forestry workers", "forward", "forwards",
    "foster carer", "foster carers", "foster parent", "foster parents", "founder", "founders",
    "franchisee", "franchisees", "freeholder", "freeholders", "freelance journalist",
    "freelance journalists", "freelancer", "freelancers", "friar", "friars", "friend", "friends",
    "front-runner", "front-runners", "frontbencher", "frontbenchers", "frontline worker",
    "frontline workers", "frontman", "frontmen", "frontrunner", "frontrunners", "frontwoman",
    "frontwomen", "fruit farmer", "fruit farmers", "fruit grower", "fruit growers", "fruit picker",
    "fruit pickers", "full-back", "full-backs", "fullback", "fullbacks", "fund manager",
    "fund managers", "funeral director", "funeral directors", "game designer", "game designers",
    "game warden", "game wardens", "gamekeeper", "gamekeepers", "gamer", "gamers", "gardener",
    "gardeners", "gas fitter", "gas fitters", "gastroenterologist", "gastroenterologists",
    "general", "general counsel", "general counsels", "general manager", "general managers",
    "general practitioner", "general practitioners", "general secretaries", "general secretary",
    "generals", "geneticist", "geneticists", "geographer", "geographers", "geologist", "geologists",
    "geophysicist", "geophysicists", "ghostwriter", "ghostwriters", "girlfriend", "girlfriends",
    "glaciologist", "glaciologists", "glazier", "glaziers", "goalie", "goalies", "goalkeeper",
    "goalkeepers", "goalkeeping coach", "goalkeeping coaches", "goaltender", "goaltenders",
    "gold medalist", "gold medalists", "gold medallist", "gold medallists", "golfer", "golfers",
    "gospel singer", "gospel singers", "governor", "governor general", "governor generals",
    "governor-elect", "governors", "governors general", "governors-elect", "graduate",
    "graduate student", "graduate students", "graduates", "graffiti artist", "graffiti artists",
    "grand mufti", "grand muftis", "grandchild", "grandchildren", "granddad", "granddads",
    "granddaughter", "granddaughters", "grandfather", "grandfathers", "grandma", "grandmas",
    "grandmaster", "grandmasters", "grandmother", "grandmothers", "grandpa", "grandparent",
    "grandparents", "grandpas", "grandson", "grandsons", "graphic designer", "graphic designers",
    "grazier", "graziers", "greengrocer", "greengrocers", "groundskeeper", "groundskeepers",
    "groundsman", "groundsmen", "group captain", "group captains", "grower", "growers", "guard",
    "guards", "guitarist", "guitarists", "guru", "gurus", "gymnast", "gymnasts", "gynaecologist",
    "gynaecologists", "gynecologist", "gynecologists", "hacker", "hackers", "haematologist",
    "haematologists", "hairdresser", "hairdressers", "hairstylist", "hairstylists", "half-back",
    "half-backs", "halfback", "halfbacks", "handyman", "handymen", "harbor master", "harbormaster",
    "harbour master", "harbourmaster", "harpist", "harpists", "head", "head boy", "head boys",
    "head chef", "head chefs", "head coach", "head coaches", "head girl", "head girls",
    "head of government", "head of state", "head teacher", "head teachers", "headhunter",
    "headhunters", "headmaster", "headmasters", "headmistress", "headmistresses", "heads",
    "heads of government", "heads of state", "headteacher", "headteachers", "health care worker",
    "health care workers", "health correspondent", "health correspondents", "health editor",
    "health editors", "health minister", "health ministers", "health officer", "health officers",
    "health secretaries", "health secretary", "health visitor", "health visitors", "health worker",
    "health workers", "healthcare assistant", "healthcare assistants", "healthcare worker",
    "healthcare workers", "heart surgeon", "heart surgeons", "hedge fund manager",
    "hedge fund managers", "heiress", "heiresses", "helicopter pilot", "helicopter pilots",
    "hematologist", "hematologists", "heptathlete", "heptathletes", "herder", "herders",
    "hgv driver", "hgv drivers", "high commissioner", "high commissioners", "high court judge",
    "high court judges", "high jumper", "high jumpers", "high school teacher",
    "high school teachers", "high sheriff", "high sheriffs", "hiker", "hikers", "historian",
    "historians", "hitter", "hitters", "hitting coach", "hitting coaches", "hockey player",
    "hockey players", "holding midfielder", "holding midfielders", "holidaymaker", "holidaymakers",
    "home affairs minister", "home affairs ministers", "home buyer", "home buyers",
    "home secretaries", "home secretary", "homebuyer", "homebuyers", "homeowner", "homeowners",
    "horseman", "horsemen", "horsewoman", "horsewomen", "horticulturalist", "horticulturalists",
    "horticulturist", "horticulturists", "hospital porter", "hospital porters", "host", "hostage",
    "hostages", "hostess", "hostesses", "hosts", "hotelier", "hoteliers", "house speaker",
    "householder", "householders", "housekeeper", "housekeepers", "housemate", "housemates",
    "housewife", "housewives", "housing minister", "housing ministers", "human rights lawyer",
    "human rights lawyers", "humanitarian worker", "humanitarian workers", "hunter", "hunters",
    "hurdler", "hurdlers", "husband", "husbands", "hydrologist", "hydrologists", "ice agent",
    "ice agents", "illusionist", "illusionists", "illustrator", "illustrators", "imam", "imams",
    "immigrant", "immigrants", "immigration lawyer", "immigration lawyers", "immigration minister",
    "immigration ministers", "immigration officer", "immigration officers", "immunologist",
    "immunologists", "impresario", "impresarios", "incident commander", "incident commanders",
    "incumbent", "incumbents", "industrialist", "industrialists", "infielder", "infielders",
    "influencer", "influencers", "informant", "informants", "informer", "informers", "inmate",
    "inmates", "innkeeper", "innkeepers", "insider", "insiders", "inspector", "inspector general",
    "inspector generals", "inspectors", "inspectors general", "instructor", "instructors",
    "insurance broker", "insurance brokers", "intelligence analyst", "intelligence analysts",
    "intelligence chief", "intelligence chiefs", "intelligence officer", "intelligence officers",
    "interior designer", "interior designers", "interior minister", "interior ministers",
    "interior secretaries", "interior secretary", "intern", "interns", "interpreter",
    "interpreters", "interviewer", "interviewers", "inventor", "inventors",
    "investigative journalist", "investigative journalists", "investigator", "investigators",
    "investment analyst", "investment analysts", "investment banker", "investment bankers",
    "investment manager", "investment managers", "investment strategist", "investment strategists",
    "investor", "investors", "jackaroo", "jackaroos", "janitor", "janitors", "jazz musician",
    "jazz musicians", "jazz pianist", "jazz pianists", "jazz singer", "jazz singers", "jeweler",
    "jewelers", "jeweller", "jewellers", "jillaroo", "jillaroos", "jockey", "jockeys", "joiner",
    "joiners", "journalist", "journalists", "judge", "judges", "judoka", "judokas", "juggler",
    "jugglers", "junior doctor", "junior doctors", "juror", "jurors", "jury foreman",
    "jury foremen", "jury forewoman", "jury forewomen", "justice", "justice minister",
    "justice ministers", "justice of the peace", "justice secretaries", "justice secretary",
    "justices", "justices of the peace", "kayaker", "kayakers", "keeper", "keepers", "key worker",
    "key workers", "keyboard player", "keyboard players", "keyboardist", "keyboardists",
    "keyworker", "keyworkers", "kickboxer", "kickboxers", "king", "kings", "lab technician",
    "lab technicians", "labor economist", "labor economists", "labor secretaries",
    "labor secretary", "laborer", "laborers", "labour economist", "labour economists", "labourer",
    "labourers", "lance corporal", "lance corporals", "landladies", "landlady", "landlord",
    "landlords", "landowner", "landowners", "landscape architect", "landscape architects",
    "landscaper", "landscapers", "laureate", "laureates", "law professor", "law professors",
    "lawmaker", "lawmakers", "lawyer", "lawyers", "lead singer", "lead singers", "leader",
    "leader of the opposition", "leaders", "leaseholder", "leaseholders", "lecturer", "lecturers",
    "left fielder", "left fielders", "left-back", "left-backs", "left-hander", "left-handers",
    "left-winger", "left-wingers", "leg-spinner", "leg-spinners", "legal analyst", "legal analysts",
    "legal scholar", "legal scholars", "legislator", "legislators", "letting agent",
    "letting agents", "librarian", "librarians", "lieutenant", "lieutenant colonel",
    "lieutenant colonels", "lieutenant commander", "lieutenant commanders", "lieutenant general",
    "lieutenant generals", "lieutenant governor", "lieutenant governors", "lieutenants",
    "life peer", "life peers", "lifeguard", "lifeguards", "line judge", "line judges",
    "line manager", "line managers", "linebacker", "linebackers", "lineman", "linemen", "linesman",
    "linesmen", "linguist", "linguists", "listener", "listeners", "lobbyist", "lobbyists",
    "locksmith", "locksmiths", "lodger", "lodgers", "logger", "loggers", "lollipop ladies",
    "lollipop lady", "long jumper", "long jumpers", "long-distance runner", "long-distance runners",
    "longshoreman", "longshoremen", "loosehead", "looseheads", "lord chancellor",
    "lord chancellors", "lord lieutenant", "lord lieutenants", "lord mayor", "lord mayors",
    "lord provost", "lord provosts", "lorry driver", "lorry drivers", "lumberjack", "lumberjacks",
    "lyricist", "lyricists", "machinist", "machinists", "magician", "magicians", "magistrate",
    "magistrates", "magnate", "magnates", "maid", "maids", "major general", "major generals",
    "majority leader", "majority leaders", "majority whip", "majority whips", "make-up artist",
    "make-up artists", "makeup artist", "makeup artists", "management consultant",
    "management consultants", "manager", "managers", "managing director", "managing directors",
    "managing editor", "managing editors", "managing partner", "managing partners",
    "marathon runner", "marathon runners", "marathoner", "marathoners", "marine",
    "marine biologist", "marine biologists", "marine ecologist", "marine ecologists",
    "marine scientist", "marine scientists", "marines", "market analyst", "market analysts",
    "market strategist", "market strategists", "marketing director", "marketing directors",
    "marketing manager", "marketing managers", "martial artist", "martial artists", "master",
    "master sergeant", "master sergeants", "masters", "math teacher", "math teachers",
    "mathematician", "mathematicians", "maths teacher", "maths teachers", "matriarch", "matriarchs",
    "matron", "matrons", "mayor", "mayor-elect", "mayoress", "mayoresses", "mayors", "mayors-elect",
    "mechanic", "mechanical engineer", "mechanical engineers", "mechanics", "medalist", "medalists",
    "medallist", "medallists", "media mogul", "media moguls", "mediator", "mediators", "medic",
    "medical director", "medical directors", "medical examiner", "medical examiners",
    "medical student", "medical students", "medics", "member", "member of congress",
    "member of parliament", "members", "members of congress", "members of parliament",
    "mental health nurse", "mental health nurses", "mental health worker", "mental health workers",
    "mep", "meps", "meteorologist", "meteorologists", "metro mayor", "metro mayors",
    "mezzo-soprano", "mezzo-sopranos", "microbiologist", "microbiologists",
    "middle-distance runner", "middle-distance runners", "midfielder", "midfielders", "midshipman",
    "midshipmen", "midwife", "midwives", "migrant", "migrant worker", "migrant workers", "migrants",
    "military attaché", "military attachés", "military chief", "military chiefs",
    "military commander", "military commanders", "military historian", "military historians",
    "military officer", "military officers", "military spokesman", "military spokesmen",
    "military spokesperson", "military spokespersons", "military spokeswoman",
    "military spokeswomen", "millionaire", "millionaires", "miner", "miners", "minister",
    "minister of state", "ministers", "ministers of state", "minority leader", "minority leaders",
    "minority whip", "minority whips", "missionaries", "missionary", "mla", "mlas", "moderator",
    "moderators", "mogul", "moguls", "molecular biologist", "molecular biologists", "mom", "moms",
    "monarch", "monarchs", "monk", "monks", "mortgage broker", "mortgage brokers", "mother",
    "mother-in-law", "mothers", "mothers-in-law", "motorcyclist", "motorcyclists", "motorist",
    "motorists", "mountain biker", "mountain bikers", "mountaineer", "mountaineers", "mountie",
    "mounties", "mourner", "mourners", "movie star", "movie stars", "moviegoer", "moviegoers", "mp",
    "mpp", "mpps", "mps", "msp", "msps", "mufti", "muftis", "mullah", "mullahs", "multimillionaire",
    "multimillionaires", "mum", "mums", "muralist", "muralists", "music critic", "music critics",
    "music director", "music directors", "music producer", "music producers", "musical director",
    "musical directors", "musician", "musicians", "nannies", "nanny", "narrator", "narrators", "naturalist", "naturalists",
    "naval officer", "naval officers", "navy chief", "navy chiefs", "negotiator", "negotiators",
    "neighbor", "neighbors", "neighbour", "neighbours", "nephew", "nephews", "netballer",
    "netballers", "netminder", "netminders", "neurologist", "neurologists", "neuroscientist",
    "neuroscientists", "neurosurgeon", "neurosurgeons", "newcomer", "newcomers", "news anchor",
    "news anchors", "news director", "news directors", "news editor", "news editors", "newsagent",
    "newsagents", "newscaster", "newscasters", "newsreader", "newsreaders", "niece", "nieces",
    "night watchman", "night watchmen", "nightwatchman", "nightwatchmen", "nobel laureate",
    "nobel laureates", "nominee", "nominees", "non-executive director", "non-executive directors",
    "nonagenarian", "nonagenarians", "notaries", "notaries public", "notary", "notary public",
    "novelist", "novelists", "nuclear physicist", "nuclear physicists", "nun", "nuns", "nurse",
    "nurse practitioner", "nurse practitioners", "nursery worker", "nursery workers", "nurses",
    "nutritionist", "nutritionists", "oarsman", "oarsmen", "oarswoman", "oarswomen", "observer",
    "observers", "obstetrician", "obstetricians", "occupational therapist",
    "occupational therapists", "oceanographer", "oceanographers", "octogenarian", "octogenarians",
    "off-spinner", "off-spinners", "offensive coordinator", "offensive coordinators",
    "offensive lineman", "offensive linemen", "offensive tackle", "offensive tackles",
    "office worker", "office workers", "officer", "officers", "official", "officials",
    "oil analyst", "oil analysts", "oil trader", "oil traders", "olympian", "olympians",
    "olympic champion", "olympic champions", "ombudsman", "ombudsmen", "ombudsperson",
    "ombudspersons", "oncologist", "oncologists", "onlooker", "onlookers", "opening batsman",
    "opening batsmen", "opening batter", "opening batters", "opera singer", "opera singers",
    "operations director", "operations directors", "operations manager", "operations managers",
    "ophthalmologist", "ophthalmologists", "opponent", "opponents", "opposition leader",
    "opposition leaders", "optician", "opticians", "optometrist", "optometrists", "orchardist",
    "orchardists", "organiser", "organisers", "organist", "organists", "organizer", "organizers",
    "ornithologist", "ornithologists", "orthodontist", "orthodontists", "orthopaedic surgeon",
    "orthopaedic surgeons", "orthopedic surgeon", "orthopedic surgeons", "osteopath", "osteopaths",
    "outfielder", "outfielders", "outreach worker", "outreach workers", "owner", "owners",
    "oyster farmer", "oyster farmers", "pace bowler", "pace bowlers", "paceman", "pacemen",
    "paediatrician", "paediatricians", "painter", "painter and decorator", "painters",
    "painters and decorators", "palaeontologist", "palaeontologists", "paleontologist",
    "paleontologists", "paparazzi", "paparazzo", "paralegal", "paralegals", "paralympian",
    "paralympians", "paramedic", "paramedics", "paratrooper", "paratroopers", "parent", "parents",
    "parish priest", "parish priests", "parishioner", "parishioners", "park ranger", "park rangers",
    "parliamentarian", "parliamentarians", "parliamentary secretaries", "parliamentary secretary",
    "parole officer", "parole officers", "partner", "partners", "party chair", "party chairman",
    "party chairmen", "party chairs", "party leader", "party leaders", "party member",
    "party members", "party official", "party officials", "party secretaries", "party secretary",
    "partygoer", "partygoers", "passenger", "passengers", "passer-by", "passerby", "passers-by",
    "passersby", "pastor", "pastors", "pastry chef", "pastry chefs", "pathologist", "pathologists",
    "patient", "patients", "patriarch", "patriarchs", "patrol officer", "patrol officers",
    "patrolman", "patrolmen", "patrolwoman", "patrolwomen", "patron", "patrons", "peacekeeper",
    "peacekeepers", "pedestrian", "pedestrians", "pediatrician", "pediatricians", "pensioner",
    "pensioners", "percussionist", "percussionists", "performance director",
    "performance directors", "performer", "performers", "permanent secretaries",
    "permanent secretary", "personal trainer", "personal trainers", "petitioner", "petitioners",
    "petty officer", "petty officers", "pharmacist", "pharmacists", "pharmacologist",
    "pharmacologists", "phd candidate", "phd candidates", "phd student", "phd students",
    "philanthropist", "philanthropists", "philosopher", "philosophers", "photographer",
    "photographers", "photojournalist", "photojournalists", "physician", "physicians", "physicist",
    "physicists", "physio", "physios", "physiotherapist", "physiotherapists", "pianist", "pianists",
    "pig farmer", "pig farmers", "pilgrim", "pilgrims", "pilot", "pilots", "pipefitter",
    "pipefitters", "pitcher", "pitchers", "pitching coach", "pitching coaches", "placekicker",
    "placekickers", "plaintiff", "plaintiffs", "planner", "planners", "plasterer", "plasterers",
    "plastic surgeon", "plastic surgeons", "player", "player-manager", "player-managers", "players",
    "playmaker", "playmakers", "playwright", "playwrights", "plumber", "plumbers", "podcaster",
    "podcasters", "podiatrist", "podiatrists", "poet", "poet laureate", "poet laureates", "poets",
    "poets laureate", "point guard", "point guards", "pole vaulter", "pole vaulters", "pole-sitter",
    "pole-sitters", "polesitter", "polesitters", "police and crime commissioner",
    "police and crime commissioners", "police captain", "police captains", "police chief",
    "police chiefs", "police commander", "police commanders", "police commissioner",
    "police commissioners", "police community support officer", "police community support officers",
    "police constable", "police constables", "police detective", "police detectives",
    "police inspector", "police inspectors", "police lieutenant", "police lieutenants",
    "police officer", "police officers", "police sergeant", "police sergeants", "police spokesman",
    "police spokesmen", "police spokespeople", "police spokesperson", "police spokeswoman",
    "police spokeswomen", "police superintendent", "police superintendents", "policeman",
    "policemen", "policewoman", "policewomen", "policy analyst", "policy analysts",
    "political analyst", "political analysts", "political commentator", "political commentators",
    "political consultant", "political consultants", "political correspondent",
    "political correspondents", "political economist", "political economists", "political editor",
    "political editors", "political reporter", "political reporters", "political scientist",
    "political scientists", "politician", "politicians", "poll worker", "poll workers", "pollster",
    "pollsters", "pop singer", "pop singers", "pop star", "pop stars", "pope", "portfolio manager",
    "portfolio managers", "postal worker", "postal workers", "postdoc", "postdocs",
    "postdoctoral researcher", "postdoctoral researchers", "postgraduate", "postgraduates",
    "postman", "postmaster", "postmasters", "postmen", "postmistress", "postmistresses",
    "postwoman", "postwomen", "poultry farmer", "poultry farmers", "power broker", "power brokers",
    "power forward", "power forwards", "powerlifter", "powerlifters", "preacher", "preachers",
    "prefect", "prefects", "premier", "premiers", "presenter", "presenters", "president",
    "president-elect", "presidents", "presidents-elect", "press officer", "press officers",
    "press secretaries", "press secretary", "priest", "priestess", "priestesses", "priests",
    "primary care physician", "primary care physicians", "primary school teacher",
    "primary school teachers", "prime minister", "prime ministers", "prince", "princes", "princess",
    "princesses", "principal", "principals", "prison governor", "prison governors", "prison guard",
    "prison guards", "prison officer", "prison officers", "prison warden", "prison wardens",
    "prisoner", "prisoners", "private detective", "private detectives", "private investigator",
    "private investigators", "probation officer", "probation officers", "procurator fiscal",
    "procurators fiscal", "producer", "producers", "product manager", "product managers",
    "professor", "professors", "program director", "program directors", "program manager",
    "program managers", "programme director", "programme directors", "programme manager",
    "programme managers", "programmer", "programmers", "project director", "project directors",
    "project leader", "project leaders", "project manager", "project managers", "promoter",
    "promoters", "property developer", "property developers", "property owner", "property owners",
    "proponent", "proponents", "proprietor", "proprietors", "prosecutor", "prosecutors", "protege",
    "proteges", "protester", "protesters", "protestor", "protestors", "protégé", "protégés",
    "provost", "provosts", "psychiatrist", "psychiatrists", "psychologist", "psychologists",
    "psychotherapist", "psychotherapists", "pub landlord", "pub landlords", "public advocate",
    "public advocates", "public defender", "public defenders", "public prosecutor",
    "public prosecutors", "public servant", "public servants", "publican", "publicans", "publicist",
    "publicists", "publisher", "publishers", "pundit", "pundits", "punter", "punters", "pupil",
    "pupils", "puppeteer", "puppeteers", "quantity surveyor", "quantity surveyors",
    "quarter-finalist", "quarter-finalists", "quarterback", "quarterbacks", "quarterfinalist",
    "quarterfinalists", "queen", "queens", "rabbi", "rabbis", "racehorse trainer",
    "racehorse trainers", "racer", "racers", "racing driver", "racing drivers", "radio host",
    "radio hosts", "radio presenter", "radio presenters", "radiographer", "radiographers",
    "radiologist", "radiologists", "rail worker", "rail workers", "railway worker",
    "railway workers", "rally driver", "rally drivers", "rancher", "ranchers", "ranger", "rangers",
    "ranking member", "ranking members", "rapper", "rappers", "rapporteur", "rapporteurs",
    "rates strategist", "rates strategists", "rcmp officer", "rcmp officers", "real estate agent",
    "real estate agents", "reality star", "reality stars", "realtor", "realtors", "rear admiral",
    "rear admirals", "rear-admiral", "rear-admirals", "rebel commander", "rebel commanders",
    "rebel leader", "rebel leaders", "receptionist", "receptionists", "recipient", "recipients",
    "record holder", "record holders", "record producer", "record producers", "recording artist",
    "recording artists", "recruiter", "recruiters", "rector", "rectors", "referee", "referees",
    "refugee", "refugees", "registrar", "registrars", "regulator", "regulators",
    "reigning champion", "reigning champions", "relative", "relatives", "relief pitcher",
    "relief pitchers", "relief worker", "relief workers", "reliever", "relievers",
    "religious leader", "religious leaders", "reporter", "reporters", "representative",
    "representatives", "rescuer", "rescuers", "research analyst", "research analysts",
    "research assistant", "research assistants", "research associate", "research associates",
    "research fellow", "research fellows", "research scientist", "research scientists",
    "researcher", "researchers", "reservist", "reservists", "resident", "resident doctor",
    "resident doctors", "residents", "respondent", "respondents", "restaurant manager",
    "restaurant managers", "restaurant owner", "restaurant owners", "restaurateur", "restaurateurs",
    "restorer", "restorers", "retailer", "retailers", "retiree", "retirees", "returning officer",
    "returning officers", "reviewer", "reviewers", "rice farmer", "rice farmers", "rider", "riders",
    "right fielder", "right fielders", "right-back", "right-backs", "right-hander", "right-handers",
    "right-winger", "right-wingers", "roofer", "roofers", "rookie", "rookies", "roommate",
    "roommates", "rough sleeper", "rough sleepers", "rower", "rowers", "royal correspondent",
    "royal correspondents", "rugby player", "rugby players", "runner", "runner-up", "runners",
    "runners-up", "running back", "running backs", "sailor", "sailors", "sales director",
    "sales directors", "sales manager", "sales managers", "salesman", "salesmen", "salespeople",
    "salesperson", "saleswoman", "saleswomen", "sanitation worker", "sanitation workers",
    "satirist", "satirists", "saver", "savers", "saxophonist", "saxophonists", "scaffolder",
    "scaffolders", "sceptic", "sceptics", "scholar", "scholars", "school board member",
    "school board members", "school nurse", "school nurses", "school superintendent",
    "school superintendents", "school teacher", "school teachers", "schoolboy", "schoolboys",
    "schoolchild", "schoolchildren", "schoolgirl", "schoolgirls", "schoolteacher", "schoolteachers",
    "science editor", "science editors", "science teacher", "science teachers", "scientist",
    "scientists", "scout", "scouts", "screenwriter", "screenwriters", "scriptwriter",
    "scriptwriters", "scrum-half", "scrum-halves", "scrumhalf", "scrumhalves", "sculptor",
    "sculptors", "seafarer", "seafarers", "seamer", "seamers", "seamstress", "seamstresses",
    "seasonal worker", "seasonal workers", "second baseman", "second basemen", "second ladies",
    "second lady", "second lieutenant", "second lieutenants", "second seed", "second seeds",
    "secret service agent", "secret service agents", "secretaries", "secretaries general",
    "secretaries of defense", "secretaries of homeland security", "secretaries of state",
    "secretaries of the treasury", "secretaries of war", "secretaries-general", "secretary",
    "secretary general", "secretary generals", "secretary of defense",
    "secretary of homeland security", "secretary of state", "secretary of the treasury",
    "secretary of war", "secretary-general", "security chief", "security chiefs",
    "security correspondent", "security correspondents", "security guard", "security guards",
    "security officer", "security officers", "security researcher", "security researchers",
    "seismologist", "seismologists", "select board member", "select board members",
    "selectboard member", "selectboard members", "selectman", "selectmen", "selector", "selectors",
    "selectwoman", "selectwomen", "semi-finalist", "semi-finalists", "semifinalist",
    "semifinalists", "senator", "senator-elect", "senators", "senators-elect", "senior citizen",
    "senior citizens", "senior fellow", "senior fellows", "senior partner", "senior partners",
    "sergeant", "sergeant major", "sergeant majors", "sergeants", "sergeants major",
    "service member", "service members", "serviceman", "servicemember", "servicemembers",
    "servicemen", "servicewoman", "servicewomen", "session musician", "session musicians",
    "settler", "settlers", "sex worker", "sex workers", "shareholder", "shareholders",
    "sheep farmer", "sheep farmers", "sheriff", "sheriffs", "shooting guard", "shooting guards",
    "shop owner", "shop owners", "shop steward", "shop stewards", "shop worker", "shop workers",
    "shopfitter", "shopfitters", "shopkeeper", "shopkeepers", "shopper", "shoppers", "shortstop",
    "shortstops", "show jumper", "show jumpers", "showjumper", "showjumpers", "showrunner",
    "showrunners", "sibling", "siblings", "silver medalist", "silver medalists", "silver medallist",
    "silver medallists", "silversmith", "silversmiths", "singer", "singer-songwriter",
    "singer-songwriters", "singers", "single mother", "single mothers", "single mum", "single mums",
    "sister", "sister-in-law", "sisters", "sisters-in-law", "site foreman", "site foremen",
    "site manager", "site managers", "skateboarder", "skateboarders", "skater", "skaters",
    "skeptic", "skeptics", "skier", "skiers", "skipper", "skippers", "slugger", "sluggers",
    "smallholder", "smallholders", "snowboarder", "snowboarders", "soap star", "soap stars",
    "soccer player", "soccer players", "social scientist", "social scientists", "social worker",
    "social workers", "socialite", "socialites", "sociologist", "sociologists",
    "software developer", "software developers", "software engineer", "software engineers",
    "soldier", "soldiers", "solicitor", "solicitor general", "solicitor generals", "solicitors",
    "solicitors general", "soloist", "soloists", "sommelier", "sommeliers", "son", "son-in-law",
    "songwriter", "songwriters", "sons", "sons-in-law", "soprano", "sopranos", "sound engineer",
    "sound engineers", "source", "sources", "sous chef", "sous chefs", "southpaw", "southpaws",
    "spad", "spads", "speaker", "speakers", "special constable", "special constables",
    "special teams coordinator", "special teams coordinators", "specialist", "specialists",
    "speech and language therapist", "speech and language therapists", "speech therapist",
    "speech therapists", "speechwriter", "speechwriters", "speed skater", "speed skaters",
    "spin doctor", "spin doctors", "spinner", "spinners", "spiritual leader", "spiritual leaders",
    "spokesman", "spokesmen", "spokespeople", "spokesperson", "spokespersons", "spokeswoman",
    "spokeswomen", "sponsor", "sponsors", "sporting director", "sporting directors",
    "sports broadcaster", "sports broadcasters", "sports commentator", "sports commentators",
    "sports editor", "sports editors", "sports presenter", "sports presenters", "sports reporter",
    "sports reporters", "sportscaster", "sportscasters", "sportsman", "sportsmen", "sportspeople",
    "sportsperson", "sportswoman", "sportswomen", "spouse", "spouses", "sprinter", "sprinters",
    "spy chief", "spy chiefs", "squadron leader", "squadron leaders", "staff member",
    "staff members", "staff sergeant", "staff sergeants", "staffer", "staffers", "stage manager",
    "stage managers", "stand-up comedian", "stand-up comedians", "starter", "starters",
    "starting pitcher", "starting pitchers", "state representative", "state representatives",
    "state secretaries", "state secretary", "state senator", "state senators", "state trooper",
    "state troopers", "statistician", "statisticians", "stay-at-home dad", "stay-at-home dads",
    "stay-at-home mum", "stay-at-home mums", "steelworker", "steelworkers", "stepdad", "stepdads",
    "stepdaughter", "stepdaughters", "stepfather", "stepfathers", "stepmother", "stepmothers",
    "stepmum", "stepmums", "stepson", "stepsons", "steward", "stewardess", "stewardesses",
    "stewards", "stockbroker", "stockbrokers", "stockman", "stockmen", "stonemason", "stonemasons",
    "store manager", "store managers", "store owner", "store owners", "strategist", "strategists",
    "street artist", "street artists", "street performer", "street performers",
    "strength and conditioning coach", "strength and conditioning coaches", "striker", "strikers",
    "structural engineer", "structural engineers", "student", "student nurse", "student nurses",
    "students", "stunt performer", "stunt performers", "stuntman", "stuntmen", "stuntwoman",
    "stuntwomen", "stylist", "stylists", "sub-postmaster", "sub-postmasters", "sub-postmistress",
    "sub-postmistresses", "subpostmaster", "subpostmasters", "subpostmistress", "subpostmistresses",
    "substitute teacher", "substitute teachers", "sultan", "sultans", "superintendent",
    "superintendents", "supermodel", "supermodels", "supervisor", "supervisors", "supply teacher",
    "supply teachers", "support worker", "support workers", "supporter", "supporters",
    "supreme court justice", "supreme court justices", "supreme leader", "supreme leaders",
    "surfer", "surfers", "surgeon", "surgeon general", "surgeon generals", "surgeons",
    "surgeons general", "surveyor", "surveyors", "survivor", "survivors", "suspect", "suspects",
    "swimmer", "swimmers", "tailback", "tailbacks", "talent agent", "talent agents", "talent scout",
    "talent scouts", "talk show host", "talk show hosts", "tanaiste", "taoiseach", "tattoo artist",
    "tattoo artists", "tattooist", "tattooists", "taxi driver", "taxi drivers", "taxpayer",
    "taxpayers", "teacher", "teachers", "teaching assistant", "teaching assistants", "team boss",
    "team bosses", "team doctor", "team doctors", "team leader", "team leaders", "team manager",
    "team managers", "team owner", "team owners", "team principal", "team principals", "team-mate",
    "team-mates", "teammate", "teammates", "technical director", "technical directors",
    "technician", "technicians", "technology editor", "technology editors", "teenager", "teenagers",
    "televangelist", "televangelists", "television host", "television hosts",
    "television personalities", "television personality", "television presenter",
    "television presenters", "tenant", "tenant farmer", "tenant farmers", "tenants",
    "tennis player", "tennis players", "theater critic", "theater critics", "theater director",
    "theater directors", "theatre critic", "theatre critics", "theatre director",
    "theatre directors", "theologian", "theologians", "therapist", "therapists", "third baseman",
    "third basemen", "ticket inspector", "ticket inspectors", "tight end", "tight ends",
    "tighthead", "tightheads", "tiler", "tilers", "titleholder", "titleholders", "top seed",
    "top seeds", "tour manager", "tour managers", "tourist", "tourists", "town planner",
    "town planners", "toxicologist", "toxicologists", "trade minister", "trade ministers",
    "trade unionist", "trade unionists", "trader", "traders", "tradesman", "tradesmen",
    "tradespeople", "tradesperson", "tradeswoman", "tradeswomen", "tradie", "tradies",
    "traffic warden", "traffic wardens", "train driver", "train drivers", "trainee", "trainees",
    "trainer", "trainers", "translator", "translators", "transplant surgeon", "transplant surgeons",
    "transport minister", "transport ministers", "transport secretaries", "transport secretary",
    "trauma surgeon", "trauma surgeons", "travel agent", "travel agents", "traveler", "travelers",
    "traveller", "travellers", "treasurer", "treasurers", "treasury secretaries",
    "treasury secretary", "tree surgeon", "tree surgeons", "trial judge", "trial judges",
    "triathlete", "triathletes", "tribal elder", "tribal elders", "tribal leader", "tribal leaders",
    "trombonist", "trombonists", "trooper", "troopers", "truck driver", "truck drivers",
    "trumpeter", "trumpeters", "trustee", "trustees", "tsar", "tsars", "tutor", "tutors", "tv host",
    "tv hosts", "tv personalities", "tv personality", "tv presenter", "tv presenters", "tycoon",
    "tycoons", "umpire", "umpires", "uncle", "uncles", "under secretaries", "under secretary",
    "under-secretaries", "under-secretary", "undergraduate", "undergraduates", "undersecretaries",
    "undersecretary", "undertaker", "undertakers", "union boss", "union bosses", "union leader",
    "union leaders", "union member", "union members", "union official", "union officials",
    "union organiser", "union organisers", "union organizer", "union organizers", "urban planner",
    "urban planners", "van driver", "van drivers", "venture capitalist", "venture capitalists",
    "vet", "veteran", "veterans", "veterinarian", "veterinarians", "veterinary surgeon",
    "veterinary surgeons", "vets", "vicar", "vicars", "vice admiral", "vice admirals",
    "vice chancellor", "vice chancellors", "vice president", "vice presidents", "vice-admiral",
    "vice-admirals", "vice-captain", "vice-captains", "vice-chancellor", "vice-chancellors",
    "vice-president", "vice-presidents", "victim", "victims", "videographer", "videographers",
    "viewer", "viewers", "villager", "villagers", "violinist", "violinists", "virologist",
    "virologists", "visiting fellow", "visiting fellows", "visitor", "visitors", "vlogger",
    "vloggers", "vocalist", "vocalists", "voice actor", "voice actors", "volcanologist",
    "volcanologists", "volunteer", "volunteers", "voter", "voters", "vp", "vps", "waiter",
    "waiters", "waitress", "waitresses", "war correspondent", "war correspondents", "war veteran",
    "war veterans", "warden", "wardens", "warehouse worker", "warehouse workers", "warlord",
    "warlords", "warrant officer", "warrant officers", "watchmaker", "watchmakers",
    "weapons inspector", "weapons inspectors", "weatherman", "weathermen", "weightlifter",
    "weightlifters", "welder", "welders", "whip", "whips", "whistleblower", "whistleblowers",
    "white house correspondent", "white house correspondents", "wicket-keeper", "wicket-keepers",
    "wicketkeeper", "wicketkeepers", "wide receiver", "wide receivers", "wideout", "wideouts",
    "widow", "widower", "widowers", "widows", "wife", "wildlife biologist", "wildlife biologists",
    "wine grower", "wine growers", "winegrower", "winegrowers", "winemaker", "winemakers",
    "wing commander", "wing commanders", "wing-back", "wing-backs", "wingback", "wingbacks",
    "winger", "wingers", "winner", "winners", "witness", "witnesses", "wives", "worker", "workers",
    "world champion", "world champions", "world record holder", "world record holders", "worshiper",
    "worshipers", "worshipper", "worshippers", "wrestler", "wrestlers", "writer", "writers",
    "yachtsman", "yachtsmen", "yachtswoman", "yachtswomen", "youngster", "youngsters",
    "youth worker", "youth workers", "youtuber", "youtubers", "zookeeper", "zookeepers",
    "zoologist", "zoologists",
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
/// by both (`priest`, `actor`, `chair`, `midwife`, `postmaster`), even
/// where one gender dominates. A `-man` title is listed only where a
/// `-woman` one is used beside it (`salesman`/`saleswoman`), so
/// `linesman`, `groundsman` and `ombudsman` carry none. A title of several
/// words whose last word is listed (`crown princess`, `military
/// spokeswoman`) is left out too: [`title_gender`] falls back to that word.
pub(crate) static ROLE_GENDER: &[(&str, Gender)] = &[
    ("abbess", Gender::Female),
    ("abbot", Gender::Male),
    ("actress", Gender::Female),
    ("alderman", Gender::Male),
    ("alderwoman", Gender::Female),
    ("anchorman", Gender::Male),
    ("anchorwoman", Gender::Female),
    ("assemblyman", Gender::Male),
    ("assemblywoman", Gender::Female),
    ("aunt", Gender::Female),
    ("ballerina", Gender::Female),
    ("barmaid", Gender::Female),
    ("barman", Gender::Male),
    ("batswoman", Gender::Female),
    ("boyfriend", Gender::Male),
    ("bride", Gender::Female),
    ("bridegroom", Gender::Male),
    ("brother", Gender::Male),
    ("brother-in-law", Gender::Male),
    ("businessman", Gender::Male),
    ("businesswoman", Gender::Female),
    ("cameraman", Gender::Male),
    ("camerawoman", Gender::Female),
    ("chairman", Gender::Male),
    ("chairwoman", Gender::Female),
    ("clergyman", Gender::Male),
    ("clergywoman", Gender::Female),
    ("committeeman", Gender::Male),
    ("committeewoman", Gender::Female),
    ("congressman", Gender::Male),
    ("congresswoman", Gender::Female),
    ("councilman", Gender::Male),
    ("councilwoman", Gender::Female),
    ("craftsman", Gender::Male),
    ("craftswoman", Gender::Female),
    ("dad", Gender::Male),
    ("daughter", Gender::Female),
    ("daughter-in-law", Gender::Female),
    ("dinner lady", Gender::Female),
    ("duchess", Gender::Female),
    ("duke", Gender::Male),
    ("emperor", Gender::Male),
    ("empress", Gender::Female),
    ("ex-boyfriend", Gender::Male),
    ("ex-girlfriend", Gender::Female),
    ("ex-husband", Gender::Male),
    ("ex-wife", Gender::Female),
    ("father", Gender::Male),
    ("father-in-law", Gender::Male),
    ("fiance", Gender::Male),
    ("fiancee", Gender::Female),
    ("fiancée", Gender::Female),
    ("fireman", Gender::Male),
    ("first gentleman", Gender::Male),
    ("first lady", Gender::Female),
    ("fisherman", Gender::Male),
    ("fisherwoman", Gender::Female),
    ("friar", Gender::Male),
    ("frontman", Gender::Male),
    ("frontwoman", Gender::Female),
    ("girlfriend", Gender::Female),
    ("granddad", Gender::Male),
    ("granddaughter", Gender::Female),
    ("grandfather", Gender::Male),
    ("grandma", Gender::Female),
    ("grandmother", Gender::Female),
    ("grandpa", Gender::Male),
    ("grandson", Gender::Male),
    ("head boy", Gender::Male),
    ("head girl", Gender::Female),
    ("headmaster", Gender::Male),
    ("headmistress", Gender::Female),
    ("heiress", Gender::Female),
    ("horseman", Gender::Male),
    ("horsewoman", Gender::Female),
    ("hostess", Gender::Female),
    ("housewife", Gender::Female),
    ("husband", Gender::Male),
    ("jillaroo", Gender::Female),
    ("jury forewoman", Gender::Female),
    ("king", Gender::Male),
    ("landlady", Gender::Female),
    ("landlord", Gender::Male),
    ("lollipop lady", Gender::Female),
    ("maid", Gender::Female),
    ("matriarch", Gender::Female),
    ("mayoress", Gender::Female),
    ("mom", Gender::Female),
    ("monk", Gender::Male),
    ("mother", Gender::Female),
    ("mother-in-law", Gender::Female),
    ("mum", Gender::Female),
    ("nephew", Gender::Male),
    ("niece", Gender::Female),
    ("nun", Gender::Female),
    ("oarsman", Gender::Male),
    ("oarswoman", Gender::Female),
    ("patriarch", Gender::Male),
    ("patrolman", Gender::Male),
    ("patrolwoman", Gender::Female),
    ("policeman", Gender::Male),
    ("policewoman", Gender::Female),
    ("postman", Gender::Male),
    ("postmistress", Gender::Female),
    ("postwoman", Gender::Female),
    ("priestess", Gender::Female),
    ("prince", Gender::Male),
    ("princess", Gender::Female),
    ("queen", Gender::Female),
    ("salesman", Gender::Male),
    ("saleswoman", Gender::Female),
    ("schoolboy", Gender::Male),
    ("schoolgirl", Gender::Female),
    ("seamstress", Gender::Female),
    ("second lady", Gender::Female),
    ("selectman", Gender::Male),
    ("selectwoman", Gender::Female),
    ("serviceman", Gender::Male),
    ("servicewoman", Gender::Female),
    ("sister", Gender::Female),
    ("sister-in-law", Gender::Female),
    ("son", Gender::Male),
    ("son-in-law", Gender::Male),
    ("spokesman", Gender::Male),
    ("spokeswoman", Gender::Female),
    ("sportsman", Gender::Male),
    ("sportswoman", Gender::Female),
    ("stepdad", Gender::Male),
    ("stepdaughter", Gender::Female),
    ("stepfather", Gender::Male),
    ("stepmother", Gender::Female),
    ("stepmum", Gender::Female),
    ("stepson", Gender::Male),
    ("stewardess", Gender::Female),
    ("stuntman", Gender::Male),
    ("stuntwoman", Gender::Female),
    ("sub-postmistress", Gender::Female),
    ("subpostmistress", Gender::Female),
    ("tradesman", Gender::Male),
    ("tradeswoman", Gender::Female),
    ("uncle", Gender::Male),
    ("waitress", Gender::Female),
    ("weatherman", Gender::Male),
    ("widow", Gender::Female),
    ("widower", Gender::Male),
    ("wife", Gender::Female),
    ("yachtsman", Gender::Male),
    ("yachtswoman", Gender::Female),
];

/// Multi-word titles by their first two words: the stretch of [`TITLES`]
/// (sorted) from the first to the last title that starts with them, as a
/// range of its indices. Titles that share two first words are neighbours
/// there (`f s`, then `f s …`); a title in between would not match the
/// words a lookup has anyway, as [`leading_title`] reads all of a title's
/// words. Built with no list of its own per key.
static MULTI_WORD_TITLES: Lazy<HashMap<(&str, &str), Range<usize>, WordBuild>> = Lazy::new(|| {
    let mut by_start: HashMap<(&str, &str), Range<usize>, WordBuild> =
        HashMap::with_capacity_and_hasher(TITLES.len() / 2, WordBuild::default());
    for (k, &title) in TITLES.iter().enumerate() {
        if let Some((first, rest)) = title.split_once(' ') {
            let second = rest.split_once(' ').map_or(rest, |(second, _)| second);
            by_start.entry((first, second)).or_insert(k..k).end = k + 1;
        }
    }
    by_start
});

/// How many words `title` has, if `words_lower` starts with them.
fn leading_title(words_lower: &[&str], title: &str) -> Option<usize> {
    let mut n = 0;
    for word in title.split(' ') {
        if words_lower.get(n) != Some(&word) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The number of words of the longest title that starts at
/// `words_lower[0]`, or `None` if no title starts there. The words must be
/// lower-case, one word per element, punctuation already stripped.
///
/// `["secretary", "of", "state", "marco"]` gives `Some(3)`, `["prime",
/// "minister"]` `Some(2)`, `["minister"]` `Some(1)`, `["prime", "suspect"]`
/// `None`. One hash lookup by the first word, one by the first two, and a
/// scan of the few titles sharing them.
pub(crate) fn title_len(words_lower: &[&str]) -> Option<usize> {
    let first = *words_lower.first()?;
    title_len_of(words_lower, super::classes(first))
}

/// [`title_len`] of `words_lower`, whose first word's classes (see
/// [`super::classes`]) are `c`.
pub(crate) fn title_len_of(words_lower: &[&str], c: u32) -> Option<usize> {
    let first = *words_lower.first()?;
    if c & (super::class::TITLE | super::class::TITLE_START) == 0 {
        return None;
    }
    if c & super::class::TITLE_START == 0 {
        return Some(1);
    }
    // The longest title that matches (two distinct titles of one length
    // cannot both).
    let longer = words_lower.get(1).and_then(|&second| {
        let stretch = MULTI_WORD_TITLES.get(&(first, second))?;
        TITLES[stretch.clone()]
            .iter()
            .filter_map(|title| leading_title(words_lower, title))
            .max()
    });
    longer.or_else(|| (c & super::class::TITLE != 0).then_some(1))
}

/// Whether `lower` is a one-word title (`minister`, `ceo`, `residents`).
pub(crate) fn is_title_word(lower: &str) -> bool {
    super::classes(lower) & super::class::TITLE != 0
}

/// Whether `lower` may precede a title inside a role (`deputy`, `former`).
pub(crate) fn is_title_modifier(lower: &str) -> bool {
    super::classes(lower) & super::class::MODIFIER != 0
}

/// Of [`TITLES_ALSO_NAMES`], those that are common given names as well
/// (`Dean Baker`, `Earl Blumenauer`): before a capitalised surname that
/// ends the run, a given name, not a title.
pub(crate) static TITLES_ALSO_GIVEN_NAMES: &[&str] = &["dean", "earl"];

/// Whether `lower` is one of [`TITLES_ALSO_GIVEN_NAMES`].
pub(crate) fn is_also_given_name(lower: &str) -> bool {
    contains(TITLES_ALSO_GIVEN_NAMES, lower)
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
    let gender_of = |w: &str| role_gender(super::classes(w));
    gender_of(lower).or_else(|| lower.rsplit_once(' ').and_then(|(_, head)| gender_of(head)))
}

/// The gender of a one-word role whose classes (see [`super::classes`])
/// are `c`, if [`ROLE_GENDER`] gives it one.
pub(crate) fn role_gender(c: u32) -> Option<Gender> {
    if c & super::class::FEMALE_ROLE != 0 {
        Some(Gender::Female)
    } else if c & super::class::MALE_ROLE != 0 {
        Some(Gender::Male)
    } else {
        None
    }
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
        assert_well_formed("TITLES_ALSO_GIVEN_NAMES", TITLES_ALSO_GIVEN_NAMES);
        for word in TITLES_ALSO_GIVEN_NAMES {
            assert!(is_also_name(word), "{word:?} is in TITLES_ALSO_NAMES too");
        }
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
