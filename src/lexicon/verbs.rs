//! Verbs that introduce a quote (`said`, `told`, `quipped`) or frame quoted
//! words as someone's (`called it`, `branded`, `urged`).

use super::contains;

/// Every inflected form — base, third person `-s`, past, past participle
/// where it differs, `-ing` — of the verbs news copy uses to introduce
/// speech: `said`, `told`, `added`, `insisted`, `tweeted`, `quipped`,
/// `testified`, `reckoned`… British and American spellings both
/// (`emphasised`/`emphasized`, `counselled`/`counseled`).
///
/// Left out on purpose:
/// - phrasal verbs (`point out`, `hit back`, `went on`, `chimed in`): the
///   particle decides, and the cue stage sees it;
/// - verbs whose forms are mostly something else in news: `charge`
///   (`charged with murder`), `order`, `press`, `brief`, `read` (`the sign
///   read`), `protest`, `object`, `email`, `text`, `message`, `quote` (the
///   reporter quotes), `sing`, `speak`, `think`, `believe`, `feel`, `smile`,
///   `nod`, `shrug`;
/// - verbs that frame rather than introduce speech (`call`, `brand`,
///   `accuse`), which are in [`REPORTING_VERBS`]; a few are in both.
///
/// Fiction's verbs of reply are in (`rejoined`, `interposed`, `assented`);
/// of `return` and `resume` only the past, `"…," returned the doctor`
/// (`tax returns`, `the resumption` are nouns).
///
/// Some entries are also common nouns (`state`, `post`, `note`, `report`,
/// `comment`, `claim`, `promise`, `warning`, `estimate`): callers should
/// count them as cues only in verb position.
#[rustfmt::skip]
pub(crate) static SPEECH_VERBS: &[&str] = &[
    "acknowledge", "acknowledged", "acknowledges", "acknowledging", "add", "added", "adding",
    "adds", "admit", "admits", "admitted", "admitting", "advise", "advised", "advises", "advising",
    "affirm", "affirmed", "affirming", "affirms", "agree", "agreed", "agreeing", "agrees", "allege",
    "alleged", "alleges", "alleging", "announce", "announced", "announces", "announcing", "answer",
    "answered", "answering", "answers", "apologise", "apologised", "apologises", "apologising",
    "apologize", "apologized", "apologizes", "apologizing", "argue", "argued", "argues", "arguing",
    "ask", "asked", "asking", "asks", "assent", "assented", "assenting", "assents", "assert",
    "asserted", "asserting", "asserts", "assure", "assured", "assures", "assuring", "bark",
    "barked", "barking", "barks", "beamed", "beg", "begged", "begging", "begs", "bellow",
    "bellowed", "bellowing", "bellows", "bemoan", "bemoaned", "bemoaning", "bemoans", "blurt",
    "blurted", "blurting", "blurts", "boast", "boasted", "boasting", "boasts", "brag", "bragged",
    "bragging", "brags", "caution", "cautioned", "cautioning", "cautions", "chant", "chanted",
    "chanting", "chants", "chide", "chided", "chides", "chiding", "chuckle", "chuckled", "chuckles",
    "chuckling", "claim", "claimed", "claiming", "claims", "clarified", "clarifies", "clarify",
    "clarifying", "comment", "commented", "commenting", "comments", "complain", "complained",
    "complaining", "complains", "concede", "conceded", "concedes", "conceding", "conclude",
    "concluded", "concludes", "concluding", "concur", "concurred", "concurring", "concurs",
    "confess", "confessed", "confesses", "confessing", "confide", "confided", "confides",
    "confiding", "confirm", "confirmed", "confirming", "confirms", "contend", "contended",
    "contending", "contends", "continue", "continued", "continues", "continuing", "counsel",
    "counseled", "counseling", "counselled", "counselling", "counsels", "counter", "countered",
    "countering", "counters", "cried", "cries", "crow", "crowed", "crowing", "crows", "cry",
    "crying", "declare", "declared", "declares", "declaring", "demand", "demanded", "demanding",
    "demands", "denied", "denies", "deny", "denying", "describe", "described", "describes",
    "describing", "disagree", "disagreed", "disagreeing", "disagrees", "disclose", "disclosed",
    "discloses", "disclosing", "elaborate", "elaborated", "elaborates", "elaborating", "emphasise",
    "emphasised", "emphasises", "emphasising", "emphasize", "emphasized", "emphasizes",
    "emphasizing", "enquire", "enquired", "enquires", "enquiring", "enthuse", "enthused",
    "enthuses", "enthusing", "estimate", "estimated", "estimates", "estimating", "exclaim",
    "exclaimed", "exclaiming", "exclaims", "exhort", "exhorted", "exhorting", "exhorts", "explain",
    "explained", "explaining", "explains", "forecast", "forecasted", "forecasting", "forecasts",
    "fret", "frets", "fretted", "fretting", "fume", "fumed", "fumes", "fuming", "gasp", "gasped",
    "gasping", "gasps", "gloat", "gloated", "gloating", "gloats", "groan", "groaned", "groaning",
    "groans", "groused", "grumble", "grumbled", "grumbles", "grumbling", "gush", "gushed", "gushes",
    "gushing", "hint", "hinted", "hinting", "hints", "holler", "hollered", "hollering", "hollers",
    "implore", "implored", "implores", "imploring", "indicate", "indicated", "indicates",
    "indicating", "inform", "informed", "informing", "informs", "inquire", "inquired", "inquires",
    "inquiring", "insist", "insisted", "insisting", "insists", "interject", "interjected",
    "interjecting", "interjects", "interpose", "interposed", "interposes", "interposing",
    "interrupt", "interrupted", "interrupting", "interrupts", "jest", "jested", "jesting", "jests",
    "joke", "joked", "jokes", "joking", "lament", "lamented", "lamenting", "laments", "laugh",
    "laughed", "laughing", "laughs", "maintain", "maintained", "maintaining", "maintains", "marvel",
    "marveled", "marveling", "marvelled", "marvelling", "marvels", "mention", "mentioned",
    "mentioning", "mentions", "moan", "moaned", "moaning", "moans", "mock", "mocked", "mocking",
    "mocks", "mumble", "mumbled", "mumbles", "mumbling", "murmur", "murmured", "murmuring",
    "murmurs", "muse", "mused", "muses", "musing", "mutter", "muttered", "muttering", "mutters",
    "note", "noted", "notes", "noting", "observe", "observed", "observes", "observing", "opine",
    "opined", "opines", "opining", "plead", "pleaded", "pleading", "pleads", "pled", "pledge",
    "pledged", "pledges", "pledging", "post", "posted", "posting", "posts", "predict", "predicted",
    "predicting", "predicts", "proclaim", "proclaimed", "proclaiming", "proclaims", "promise",
    "promised", "promises", "promising", "propose", "proposed", "proposes", "proposing", "queried",
    "queries", "query", "querying", "questioned", "quip", "quipped", "quipping", "quips", "quoth",
    "rant", "ranted", "ranting", "rants", "react", "reacted", "reacting", "reacts", "reaffirm",
    "reaffirmed", "reaffirming", "reaffirms", "reassure", "reassured", "reassures", "reassuring",
    "rebuke", "rebuked", "rebukes", "rebuking", "rebut", "rebuts", "rebutted", "rebutting",
    "recall", "recalled", "recalling", "recalls", "reckon", "reckoned", "reckoning", "reckons",
    "recommend", "recommended", "recommending", "recommends", "recount", "recounted", "recounting",
    "recounts", "refute", "refuted", "refutes", "refuting", "reiterate", "reiterated", "reiterates",
    "reiterating", "rejoin", "rejoined", "rejoining", "rejoins", "remark", "remarked", "remarking",
    "remarks", "remembered", "remind", "reminded", "reminding", "reminds", "reminisce",
    "reminisced", "reminisces", "reminiscing", "repeat", "repeated", "repeating", "repeats",
    "replied", "replies", "reply", "replying", "report", "reported", "reporting", "reports",
    "respond", "responded", "responding", "responds", "restate", "restated", "restates",
    "restating", "resumed", "retort", "retorted", "retorting", "retorts", "returned", "reveal",
    "revealed", "revealing", "reveals", "said", "sang", "say", "saying", "says", "scoff", "scoffed",
    "scoffing", "scoffs", "scold", "scolded", "scolding", "scolds", "scream", "screamed",
    "screaming", "screams", "shout", "shouted", "shouting", "shouts", "shriek", "shrieked",
    "shrieking", "shrieks", "sigh", "sighed", "sighing", "sighs", "sing", "singing", "sings",
    "snap", "snapped", "snapping", "snaps", "sneer", "sneered", "sneering", "sneers", "snipe",
    "sniped", "snipes", "sniping", "sob", "sobbed", "sobbing", "sobs", "speculate", "speculated",
    "speculates", "speculating", "stammer", "stammered", "stammering", "stammers", "state",
    "stated", "states", "stating", "stress", "stressed", "stresses", "stressing", "suggest",
    "suggested", "suggesting", "suggests", "summarise", "summarised", "summarises", "summarising",
    "summarize", "summarized", "summarizes", "summarizing", "swear", "swearing", "swears", "swore",
    "sworn", "taunt", "taunted", "taunting", "taunts", "tease", "teased", "teases", "teasing",
    "tell", "telling", "tells", "testified", "testifies", "testify", "testifying", "threaten",
    "threatened", "threatening", "threatens", "told", "tweet", "tweeted", "tweeting", "tweets",
    "urge", "urged", "urges", "urging", "vow", "vowed", "vowing", "vows", "wail", "wailed",
    "wailing", "wails", "warn", "warned", "warning", "warns", "whisper", "whispered", "whispering",
    "whispers", "wonder", "wondered", "wondering", "wonders", "write", "writes", "writing",
    "written", "wrote", "yell", "yelled", "yelling", "yells",
];

/// Every inflected form of the verbs that frame a partial quote as the
/// subject's words without introducing speech: `called it "a disgrace"`,
/// `branded the plan "reckless"`, `urged "restraint"`, `ruled out "any
/// deal"`, `likened it to "a war zone"`. British and American spellings
/// both. Overlaps [`SPEECH_VERBS`] where a verb does both jobs (`warn`,
/// `insist`, `vow`, `urge`, `describe`, `deny`, `demand`, `mock`).
///
/// Left out on purpose: verbs too general to say the words are the
/// subject's (`consider`, `see`, `view`, `seek`, `push`, `support`,
/// `oppose`, `challenge`), `quote` (the reporter quotes), `name` (`named
/// it`: rare, and mostly about naming people), and phrasal verbs (`hit out
/// at`, `lash out`).
#[rustfmt::skip]
pub(crate) static REPORTING_VERBS: &[&str] = &[
    "accuse", "accused", "accuses", "accusing", "appeal", "appealed", "appealing", "appeals",
    "applaud", "applauded", "applauding", "applauds", "attack", "attacked", "attacking", "attacks",
    "bashed", "bashing", "blame", "blamed", "blames", "blaming", "blast",
    "blasted", "blasting", "blasts", "brand", "branded", "branding", "brands", "call", "called",
    "calling", "calls", "castigate", "castigated", "castigates", "castigating", "characterise",
    "characterised", "characterises", "characterising", "characterize", "characterized",
    "characterizes", "characterizing", "chastise", "chastised", "chastises", "chastising", "cite",
    "cited", "cites", "citing", "commend", "commended", "commending", "commends", "compare",
    "compared", "compares", "comparing", "condemn", "condemned", "condemning", "condemns", "credit",
    "credited", "crediting", "credits", "criticise", "criticised", "criticises", "criticising",
    "criticize", "criticized", "criticizes", "criticizing", "decried", "decries", "decry",
    "decrying", "deem", "deemed", "deeming", "deems", "defend", "defended", "defending", "defends",
    "demand", "demanded", "demanding", "demands", "denied", "denies", "denounce", "denounced",
    "denounces", "denouncing", "deny", "denying", "depict", "depicted", "depicting", "depicts",
    "deride", "derided", "derides", "deriding", "describe", "described", "describes", "describing",
    "dismiss", "dismissed", "dismisses", "dismissing", "dispute", "disputed", "disputes",
    "disputing", "dub", "dubbed", "dubbing", "dubs", "echo", "echoed", "echoes", "echoing",
    "express", "expressed", "expresses", "expressing", "gripe", "griped", "gripes", "griping",
    "hail", "hailed", "hailing", "hails", "herald", "heralded", "heralding", "heralds", "highlight",
    "highlighted", "highlighting", "highlights", "insist", "insisted", "insisting", "insists",
    "invoke", "invoked", "invokes", "invoking", "justified", "justifies", "justify", "justifying",
    "label", "labeled", "labeling", "labelled", "labelling", "labels", "lambast", "lambaste",
    "lambasted", "lambastes", "lambasting", "lambasts", "laud", "lauded",
    "lauding", "lauds", "liken", "likened", "likening", "likens", "mock", "mocked", "mocking",
    "mocks", "panned", "panning", "pin", "pinned", "pinning", "pins", "pledge", "pledged",
    "pledges", "pledging", "portray", "portrayed", "portraying", "portrays", "praise", "praised",
    "praises", "praising", "promise", "promised", "promises", "promising", "question", "questioned",
    "questioning", "questions", "rail", "railed", "railing", "rails", "rebuff", "rebuffed",
    "rebuffing", "rebuffs", "rebuke", "rebuked", "rebukes", "rebuking", "refer", "referred",
    "referring", "refers", "reject", "rejected", "rejecting", "rejects", "ridicule", "ridiculed",
    "ridicules", "ridiculing", "ripped", "ripping", "rule", "ruled", "rules", "ruling", "savaged",
    "savaging", "signal", "signaled", "signaling", "signalled", "signalling", "signals", "skewer",
    "skewered", "skewering", "skewers", "slam", "slammed", "slamming", "slams", "term", "termed",
    "terming", "terms", "thank", "thanked", "thanking", "thanks", "threaten", "threatened",
    "threatening", "threatens", "tout", "touted", "touting", "touts", "trumpet", "trumpeted",
    "trumpeting", "trumpets", "underline", "underlined", "underlines", "underlining", "underscore",
    "underscored", "underscores", "underscoring", "urge", "urged", "urges", "urging", "voice",
    "voiced", "voices", "voicing", "vow", "vowed", "vowing", "vows", "warn", "warned", "warning",
    "warns", "welcome", "welcomed", "welcomes", "welcoming",
];

/// Phrasal verbs that introduce speech right next to a quote (`"…," Reed
/// shot back`, `Lund cut in: "…"`), as (verb form, particle), sorted: the
/// past and present forms news copy uses. Read only as a cue beside a
/// quote, where `went on` or `pointed out` cannot mean anything else.
static PHRASAL_SPEECH: &[(&str, &str)] = &[
    ("chimed", "in"),
    ("chimes", "in"),
    ("cut", "in"),
    ("cuts", "in"),
    ("fired", "back"),
    ("fires", "back"),
    ("goes", "on"),
    ("hit", "back"),
    ("hits", "back"),
    ("pointed", "out"),
    ("points", "out"),
    ("put", "it"),
    ("puts", "it"),
    ("shoots", "back"),
    ("shot", "back"),
    ("snapped", "back"),
    ("went", "on"),
];

/// Is `lower` the second word of one of the [`PHRASAL_SPEECH`] verbs
/// (`back`, `in`, `it`, `on`, `out`)? A cheap test before the table's.
#[inline]
pub(crate) fn is_phrasal_particle(lower: &str) -> bool {
    matches!(lower, "back" | "in" | "it" | "on" | "out")
}

/// Whether `verb` then `particle` is a phrasal verb of saying (see
/// [`PHRASAL_SPEECH`]).
pub(crate) fn is_phrasal_speech(verb: &str, particle: &str) -> bool {
    PHRASAL_SPEECH.binary_search(&(verb, particle)).is_ok()
}

/// Verbs by which someone puts out a document (`Reed issued a statement
/// saying …`, `the ministry released a report`): the document's words
/// are its issuer's. Past forms, as news copy uses them.
static ISSUE_VERBS: &[&str] = &[
    "circulated",
    "emailed",
    "issued",
    "posted",
    "published",
    "released",
    "sent",
    "tweeted",
];

/// Nouns for something said that a possessive owner says (`Reed's pledge
/// to be "tough"`, `Vell's "47 percent" comment`): the quote in or beside
/// the phrase is the owner's words. Sorted; read as the word class
/// `SPEECH_NOUN`.
///
/// Left out on purpose: `words` (see `in X's words`), `slogan` (a title's
/// work noun), `statement` and the other documents (an issuer's), and
/// `call` (a telephone call as often as a demand).
#[rustfmt::skip]
pub(crate) static SPEECH_NOUNS: &[&str] = &[
    "accusation", "accusations", "admission", "assertion", "assertions", "boast", "catchphrase",
    "charge", "claim", "claims", "comment", "comments", "description", "insistence", "jab",
    "mantra", "pledge", "pledges", "prediction", "promise", "promises", "quip", "remark",
    "remarks", "retort", "vow", "vows", "warning",
];

/// Occasions on which someone speaks, after the speaker's possessive
/// (`Reed's speech called for …`, `in Reed's interview`): what is quoted
/// there is the possessor's.
#[rustfmt::skip]
static SPEECH_EVENTS: &[&str] = &[
    "address", "appearance", "interview", "interviews", "lecture", "sermon", "speech",
    "speeches", "talk",
];

/// Whether `lower` is one of the [`SPEECH_EVENTS`].
pub(crate) fn is_speech_event(lower: &str) -> bool {
    super::contains(SPEECH_EVENTS, lower)
}

/// Nouns that name a quote as someone's words after `was the` (`"Never
/// again" was the response of one councillor`, `… came the reply from Tom
/// Reed`), sorted.
static ANSWER_NOUNS: &[&str] = &[
    "answer", "message", "reaction", "reply", "response", "retort", "verdict", "words",
];

/// Whether `lower` is one of [`ANSWER_NOUNS`].
pub(crate) fn is_answer_noun(lower: &str) -> bool {
    contains(ANSWER_NOUNS, lower)
}

/// Participles of talking that take the listener after `to` or `with`
/// (`a source speaking to Kestrel News said`, `talking with reporters`):
/// the name after them is spoken to, not speaking.
static TALKING_PARTICIPLES: &[&str] = &["chatting", "speaking", "talking", "writing"];

/// Whether `lower` is one of [`TALKING_PARTICIPLES`].
pub(crate) fn is_talking_participle(lower: &str) -> bool {
    TALKING_PARTICIPLES.binary_search(&lower).is_ok()
}

/// Whether `lower` is a verb that puts out a document (see
/// [`ISSUE_VERBS`]).
pub(crate) fn is_issue_verb(lower: &str) -> bool {
    ISSUE_VERBS.binary_search(&lower).is_ok()
}

/// Whether `lower` is a form of a speech verb (`said`, `tells`, `adding`).
pub(crate) fn is_speech_verb(lower: &str) -> bool {
    super::classes(lower) & super::class::SPEECH != 0
}

/// Whether `lower` is a form of a verb that frames a partial quote
/// (`called`, `branded`, `urges`).
pub(crate) fn is_reporting_verb(lower: &str) -> bool {
    super::classes(lower) & super::class::REPORTING != 0
}

/// Whether `lower` is the third person singular present of a speech verb:
/// `says`, `tells`, `adds`, `writes`, `warns`, `insists` — the tense of
/// headlines (`Minister says "no deal"`). Base forms (`say`, as in
/// `Experts say`) and the `-s` forms of reporting verbs (`calls`, `slams`)
/// are not included; see [`is_present_tense_reporting`] for the latter.
pub(crate) fn is_present_tense_speech(lower: &str) -> bool {
    is_third_person_form(lower) && is_speech_verb(lower)
}

/// Whether `lower` is the third person singular present of a reporting
/// verb: `calls`, `slams`, `urges`, `hails` — headline verbs for a partial
/// quote (`Rubio calls for "an end to the massacre"`).
pub(crate) fn is_present_tense_reporting(lower: &str) -> bool {
    is_third_person_form(lower) && is_reporting_verb(lower)
}

/// The past forms in [`SPEECH_VERBS`] that end in neither `-ed` nor `-s`
/// (`said`, `wrote`); `forecast` is one too.
static IRREGULAR_PAST: &[&str] = &[
    "forecast", "quoth", "said", "sang", "swore", "sworn", "told", "written", "wrote",
];

/// Whether `lower` is the base form of a speech verb (`state`, `say`,
/// `note`): no `-s`, `-ed` or `-ing` ending and no irregular past. A
/// singular subject never takes it in the present (`a heavily Republican
/// state` is no cue).
pub(crate) fn is_base_speech_form(lower: &str) -> bool {
    is_speech_verb(lower)
        && !is_third_person_form(lower)
        && !lower.ends_with("ed")
        && !lower.ends_with("ing")
        && !contains(IRREGULAR_PAST, lower)
}

/// Whether a form from these tables is the `-s` form. No base form here
/// ends in a single `s` (`stress`, `express` and `dismiss` end in `ss`),
/// and no past or `-ing` form ends in `s` at all; the tests hold the tables
/// to that.
pub(crate) fn is_third_person_form(form: &str) -> bool {
    form.ends_with('s') && !form.ends_with("ss")
}

/// Forms of `continue`, a verb of saying alone (`"…," he continued`) but
/// none before `to` (`Reed will continue to be "a champion"`).
pub(crate) fn is_continue(lower: &str) -> bool {
    matches!(lower, "continue" | "continued" | "continues" | "continuing")
}

/// Verbs of saying whose object is the one spoken to (`told The Ledger`,
/// `asked Reed`), never the speaker.
static LISTENER_VERBS: &[&str] = &[
    "ask", "asked", "asking", "asks", "tell", "telling", "tells", "told",
];

/// Is `lower` one of the [`LISTENER_VERBS`] (`told`, `asks`)?
pub(crate) fn takes_listener(lower: &str) -> bool {
    LISTENER_VERBS.binary_search(&lower).is_ok()
}

/// Is `lower` a listener verb that never comes before its speaker after a
/// quote (`"…," told Reed` is no English: Reed would be the listener;
/// `"…?" asked Reed` is Reed's)?
pub(crate) fn never_inverted(lower: &str) -> bool {
    takes_listener(lower) && !lower.starts_with("ask")
}

/// Verbs of thinking that, right after a quote and before their subject
/// (`"…," thought Ilse`), give the quote to that subject, as fiction
/// writes thoughts as quotes. Not verbs of saying anywhere else.
static INVERTED_THOUGHT_VERBS: &[&str] = &["mused", "reflected", "thought"];

/// Is `lower` one of the [`INVERTED_THOUGHT_VERBS`] (`thought`)?
pub(crate) fn is_inverted_thought(lower: &str) -> bool {
    INVERTED_THOUGHT_VERBS.binary_search(&lower).is_ok()
}

/// Does `lower` look like a past-tense verb the lexicon need not know
/// (`retaliated`, `pressed`): five letters or more, ending in `ed`? Read
/// only where a cue's shape (a quote, a name, the word, its sentence's
/// end) already says it is a verb.
pub(crate) fn looks_past_tense(lower: &str) -> bool {
    lower.len() > 4 && lower.ends_with("ed")
}

/// The plain verbs of saying most cues are: the decision weighs a plain cue
/// apart from a coloured one (`scoffed`, `conceded`). Every form is also in
/// [`SPEECH_VERBS`].
pub(crate) static PLAIN_SPEECH_VERBS: &[&str] = &[
    "added", "adds", "said", "say", "saying", "says", "tell", "tells", "told",
];

/// Is `lower` one of the [`PLAIN_SPEECH_VERBS`] (`said`, `told`, `added`)?
pub(crate) fn is_plain_speech_verb(lower: &str) -> bool {
    super::classes(lower) & super::class::PLAIN_SPEECH != 0
}

#[cfg(test)]
mod tests {
    use super::super::{assert_well_formed, contains};
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        assert_well_formed("SPEECH_VERBS", SPEECH_VERBS);
        assert_well_formed("REPORTING_VERBS", REPORTING_VERBS);
        assert_well_formed("PLAIN_SPEECH_VERBS", PLAIN_SPEECH_VERBS);
        assert_well_formed("SPEECH_EVENTS", SPEECH_EVENTS);
        assert_well_formed("INVERTED_THOUGHT_VERBS", INVERTED_THOUGHT_VERBS);
        assert!(PLAIN_SPEECH_VERBS.iter().all(|v| is_speech_verb(v)));
        assert_well_formed("IRREGULAR_PAST", IRREGULAR_PAST);
        assert!(IRREGULAR_PAST.iter().all(|v| is_speech_verb(v)));
        assert!(is_base_speech_form("state") && is_base_speech_form("say"));
        assert!(!is_base_speech_form("said") && !is_base_speech_form("states"));
        assert!(!is_base_speech_form("stated") && !is_base_speech_form("stating"));
    }

    #[test]
    fn phrasal_table_is_sorted_and_distinct() {
        assert!(PHRASAL_SPEECH.windows(2).all(|w| w[0] < w[1]));
        assert!(PHRASAL_SPEECH.iter().all(|&(_, p)| is_phrasal_particle(p)));
        assert!(LISTENER_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(takes_listener("told") && !takes_listener("said"));
        assert!(never_inverted("told") && !never_inverted("asked") && !never_inverted("said"));
        assert!(is_phrasal_speech("shot", "back") && !is_phrasal_speech("shot", "down"));
        assert!(ISSUE_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(TALKING_PARTICIPLES.windows(2).all(|w| w[0] < w[1]));
        assert!(SPEECH_NOUNS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_issue_verb("issued") && !is_issue_verb("said"));
    }

    #[test]
    fn tables_are_single_words() {
        for form in SPEECH_VERBS.iter().chain(REPORTING_VERBS) {
            assert!(
                !form.contains(' '),
                "{form:?}: phrasal verbs belong to the cue stage"
            );
        }
    }

    #[test]
    fn speech_verbs() {
        for form in [
            "say",
            "says",
            "said",
            "saying",
            "told",
            "added",
            "insisted",
            "wrote",
            "written",
            "tweeted",
            "replied",
            "acknowledges",
            "quipped",
            "cried",
            "testified",
            "pled",
            "emphasised",
            "emphasized",
            "apologises",
            "sworn",
            "forecast",
            "counselled",
        ] {
            assert!(is_speech_verb(form), "{form:?}");
        }
        for word in [
            "", "Said", "the", "sayed", "point", "charged", "thinks", "quoted",
        ] {
            assert!(!is_speech_verb(word), "{word:?}");
        }
    }

    #[test]
    fn reporting_verbs() {
        for form in [
            "called",
            "calls",
            "branded",
            "labelled",
            "labeled",
            "urged",
            "ruled",
            "criticised",
            "criticizes",
            "slammed",
            "dubbed",
            "likened",
            "pinned",
            "echoes",
            "signalled",
        ] {
            assert!(is_reporting_verb(form), "{form:?}");
        }
        for word in ["said", "quoted", "named", "considered", "hit"] {
            assert!(!is_reporting_verb(word), "{word:?}");
        }
    }

    #[test]
    fn present_tense_speech() {
        for form in [
            "says", "tells", "adds", "writes", "warns", "insists", "replies", "stresses",
        ] {
            assert!(is_present_tense_speech(form), "{form:?}");
        }
        for form in [
            "say", "said", "saying", "stress", "stressed", "calls", "news", "",
        ] {
            assert!(!is_present_tense_speech(form), "{form:?}");
        }
    }

    #[test]
    fn present_tense_reporting() {
        for form in [
            "calls",
            "slams",
            "urges",
            "hails",
            "echoes",
            "decries",
            "dismisses",
        ] {
            assert!(is_present_tense_reporting(form), "{form:?}");
        }
        for form in ["call", "dismiss", "express", "called", "says"] {
            assert!(!is_present_tense_reporting(form), "{form:?}");
        }
    }

    /// Keeps `is_third_person_form` honest: every form it calls `-s` has
    /// its base form in the same table (`replies` → `reply`, `stresses` →
    /// `stress`, `says` → `say`).
    #[test]
    fn every_s_form_has_its_base() {
        for table in [SPEECH_VERBS, REPORTING_VERBS] {
            for form in table.iter().filter(|f| is_third_person_form(f)) {
                let stem = &form[..form.len() - 1];
                let bases = [
                    stem.to_string(),
                    stem.strip_suffix('e').unwrap_or(stem).to_string(),
                    form.strip_suffix("ies")
                        .map(|s| format!("{s}y"))
                        .unwrap_or_default(),
                ];
                assert!(
                    bases.iter().any(|b| contains(table, b)),
                    "{form:?} looks like an -s form but no base form is listed"
                );
            }
        }
    }
}
